"""kg.identity: which person nodes are one official, decided from evidence only."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.identity import Held, Mention, decide, national_post, province_named, provincial_post, same_place

UVTW = Held("Ủy viên Ban Chấp hành Trung ương Đảng")


def m(person, name, province, date, *posts, article=None):
    return Mention(person, name, province, date, article or f"{person}@{date}", tuple(posts))


def clusters(decision):
    return sorted(o.persons for o in decision.officials)


def test_national_posts_are_one_key_whatever_the_spelling():
    assert national_post("Ủy viên BCH Trung ương Đảng") == national_post("Ủy viên Trung ương Đảng") \
        == national_post("Ủy viên Ban Chấp hành Trung ương")
    assert national_post("Thứ trưởng Bộ Nội vụ") == "thứ trưởng bộ nội vụ"
    assert national_post("Phó Thủ tướng Chính phủ") == national_post("Phó Thủ tướng") == "phó thủ tướng"
    assert national_post("Bộ trưởng Bộ Lao động - Thương binh và Xã hội")  # "xã hội" is no commune
    # a ministry however written: its initials decide
    assert national_post("Thứ trưởng Bộ GD-ĐT") == national_post("Thứ trưởng Bộ GD và ĐT") \
        == national_post("Thứ trưởng Bộ Giáo dục và Đào tạo") == "thứ trưởng bộ giáo dục và đào tạo"
    assert national_post("Bộ trưởng Bộ NN&PTNT") == national_post("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn")
    assert national_post("Thứ trưởng Bộ VH-TT-DL") == national_post("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch")
    assert national_post("Ủy viên Bộ Chính trị") != national_post("Ủy viên Bộ Công Thương")  # both "ct"
    assert national_post("Thứ trưởng KH&ĐT") == national_post("Thứ trưởng Bộ Kế hoạch và Đầu tư")  # no "Bộ"
    assert national_post("Bộ trưởng GTVT") == "bộ trưởng bộ giao thông vận tải"
    assert national_post("Giám đốc Sở Tư pháp") is None  # "Tư" is no abbreviation of trung ương
    assert national_post("Ủy viên Bộ Chính trị") and national_post("Đại biểu Quốc hội")
    for local in ("Trưởng Đoàn ĐBQH tỉnh Hà Nam", "Bí thư Tỉnh ủy Sơn La", "Chủ tịch UBND huyện Mường Tè",
                  "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lập", "Giám đốc Công ty Cổ phần Bình Minh"):
        assert national_post(local) is None, local


def test_province_named_in_a_post():
    assert province_named("Phó Bí thư Tỉnh ủy Lai Châu") == "Lai Châu"
    assert province_named("Bí thư Thành ủy TPHCM") == "Hồ Chí Minh"
    assert province_named("Bí thư Trung ương Đoàn TNCS Hồ Chí Minh") is None  # named after him
    assert same_place("Hà Giang", "Tuyên Quang", False, True) and not same_place("Hà Giang", "Tuyên Quang")
    assert not same_place("Hà Giang", "Lào Cai", False, True) and same_place("Lào Cai", "Lào Cai")


def test_deputy_minister_later_deputy_secretary_of_a_province_is_one_official():
    # a Thứ trưởng reported in a Lai Châu paper, then sent to Sơn La as Phó Bí thư Tỉnh ủy
    mentions = [
        m("p:lc", "Đinh Quang Vũ", "Lai Châu", "2016-03-02", UVTW, Held("Thứ trưởng Bộ Nội vụ")),
        m("p:sl", "Đinh Quang Vũ", "Sơn La", "2017-06-10", UVTW, Held("Phó Bí thư Tỉnh ủy Sơn La")),
        m("p:sl", "Đinh Quang Vũ", "Sơn La", "2017-09-01", Held("Phó Bí thư Tỉnh ủy Sơn La")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:lc", "p:sl")]
    (join,) = d.officials[0].joins
    assert "Ủy viên Ban Chấp hành Trung ương Đảng" in join.reason and not d.apart


def test_namesakes_with_provincial_posts_at_overlapping_dates_stay_apart():
    mentions = [
        m("p:hn", "Lê Văn Tám", "Hà Nam", "2017-01-05", UVTW, Held("Bí thư Tỉnh ủy Hà Nam")),
        m("p:hn", "Lê Văn Tám", "Hà Nam", "2017-08-05", Held("Bí thư Tỉnh ủy Hà Nam")),
        m("p:bg", "Lê Văn Tám", "Bắc Giang", "2017-04-20", UVTW, Held("Chủ tịch UBND tỉnh Bắc Giang")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:bg",), ("p:hn",)]
    (apart,) = d.apart
    assert "Hà Nam" in apart.reason and "Bắc Giang" in apart.reason and "overlapping" in apart.reason


def test_a_shared_post_of_a_named_province_joins_a_commune_post_does_not():
    mentions = [
        m("p:bd", "Trần Văn Châu", "Bình Định", "2017-02-01", Held("Phó Chủ tịch UBND tỉnh Bình Định")),
        m("p:hn", "Trần Văn Châu", "Hà Nội", "2017-05-01", Held("Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Định")),
        m("p:x1", "Lò Thị Én", "Sơn La", "2017-05-01", Held("Chủ tịch UBND xã Tân Lập")),
        m("p:x2", "Lò Thị Én", "Lai Châu", "2017-06-01", Held("Chủ tịch UBND xã Tân Lập")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:bd", "p:hn"), ("p:x1",), ("p:x2",)]
    (join,) = d.officials[0].joins
    assert "post of a named province" in join.reason
    assert provincial_post("Bí thư Tỉnh ủy tỉnh Quảng Trị") == provincial_post("Bí thư Tỉnh ủy Quảng Trị")
    assert provincial_post("Chủ tịch UBND xã Tân Lập") is None


def test_no_shared_national_post_no_join():
    mentions = [m("p:a", "Vũ Thị Lan", "Nam Định", "2017-01-01", Held("Phó Chủ tịch UBND tỉnh Nam Định")),
                m("p:b", "Vũ Thị Lan", "Ninh Bình", "2018-01-01", Held("Phó Chủ tịch UBND tỉnh Ninh Bình"))]
    assert clusters(decide(mentions)) == [("p:a",), ("p:b",)]


def test_other_names_never_join():
    mentions = [m("p:a", "Vũ Thị Lan", "Nam Định", "2017-01-01", UVTW),
                m("p:b", "Vũ Thị Lành", "Ninh Bình", "2017-01-01", UVTW)]
    assert clusters(decide(mentions)) == [("p:a",), ("p:b",)]


def test_former_posts_do_not_clash_and_the_merger_is_one_place():
    mentions = [
        m("p:a", "Hầu Văn Lý", "Hà Giang", "2017-03-01", UVTW, Held("Phó Bí thư Tỉnh ủy Hà Giang")),
        m("p:b", "Hầu Văn Lý", "Tuyên Quang", "2017-03-01", UVTW,
          Held("Phó Bí thư Tỉnh ủy Lào Cai", past=True), Held("Bí thư Tỉnh ủy Tuyên Quang"), ),
    ]
    # Lào Cai is a former post; Tuyên Quang and Hà Giang clash (two provinces in 2017)
    assert clusters(decide(mentions)) == [("p:a",), ("p:b",)]
    after = [
        m("p:a", "Hầu Văn Lý", "Hà Giang", "2024-03-01", UVTW, Held("Phó Bí thư Tỉnh ủy Hà Giang")),
        m("p:c", "Hầu Văn Lý", "Tuyên Quang", "2025-08-02", UVTW, Held("Bí thư Tỉnh ủy Tuyên Quang")),
    ]
    assert clusters(decide(after)) == [("p:a", "p:c")]


def test_a_join_that_would_put_a_clash_inside_one_official_is_refused():
    # b shares the post with both a and c; a and c clash: b goes with one, never both
    mentions = [
        m("p:a", "Lò Văn Pọm", "Điện Biên", "2017-05-01", UVTW, Held("Bí thư Tỉnh ủy Điện Biên")),
        m("p:b", "Lò Văn Pọm", "Hà Nội", "2017-05-01", UVTW),
        m("p:c", "Lò Văn Pọm", "Lai Châu", "2017", UVTW, Held("Bí thư Tỉnh ủy Lai Châu")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:a", "p:b"), ("p:c",)]
    assert len(d.apart) == 2


names = st.sampled_from(["Nguyễn Văn An", "Trần Thị Bích", "Nguyễn Văn Ấn"])
provinces = st.sampled_from(["Hà Giang", "Tuyên Quang", "Yên Bái", "Lào Cai", None])
posts = st.sampled_from([UVTW, Held("Thứ trưởng Bộ Y tế"), Held("Đại biểu Quốc hội"),
                         Held("Bí thư Tỉnh ủy Yên Bái"), Held("Chủ tịch UBND tỉnh"),
                         Held("Phó Bí thư Tỉnh ủy Lào Cai", past=True), Held("Chủ tịch UBND huyện Bảo Yên")])
dates = st.sampled_from(["2016-01-10", "2016-06-01", "2017-03-03", "2017", None])
mention = st.builds(lambda p, n, pv, d, hs: Mention(f"p:{p}:{n}:{pv}", n, pv, d, f"a:{p}", tuple(hs)),
                    st.integers(0, 5), names, provinces, dates, st.lists(posts, max_size=3))


@settings(max_examples=150, deadline=None)
@given(st.lists(mention, max_size=14), st.randoms(use_true_random=False))
def test_clusters_do_not_depend_on_the_order_of_the_mentions(mentions, rnd):
    d1 = decide(mentions)
    shuffled = list(mentions)
    rnd.shuffle(shuffled)
    d2 = decide(shuffled)
    assert clusters(d1) == clusters(d2)
    assert sorted(d1.apart, key=repr) == sorted(d2.apart, key=repr)
    every = [p for o in d1.officials for p in o.persons]
    assert sorted(every) == sorted({x.person for x in mentions})  # each node in one official
