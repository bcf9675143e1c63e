"""kg.identity: which person nodes are one official, decided from evidence only."""

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.identity import (Held, Mention, acronym_post, company_post, decide, district_post, national_post,
                         province_named, provincial_post, same_place, unit_post)

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


def test_national_bodies_however_written():
    # an abbreviation of the table, "… Việt Nam" and a bracketed acronym add nothing
    assert national_post("Thống đốc NHNN") == national_post("Thống đốc Ngân hàng Nhà nước Việt Nam (NHNN)") \
        == national_post("Thống đốc Ngân hàng Nhà nước") == "thống đốc ngân hàng nhà nước"
    assert national_post("Đại biểu Quốc hội Việt Nam") == national_post("Đại biểu Quốc hội")
    assert national_post("Người phát ngôn của Bộ Nội vụ") == national_post("Người phát ngôn Bộ Nội vụ")
    # national mass organisations and the National Assembly's committees; their local
    # branches name their level
    assert national_post("Chủ tịch Tổng LĐLĐ Việt Nam") == national_post("Chủ tịch Tổng Liên đoàn Lao động Việt Nam")
    assert national_post("Chủ tịch Liên minh Hợp tác xã Việt Nam")  # "hợp tác xã" is no commune
    assert national_post("Chủ nhiệm Ủy ban Tài chính - Ngân sách") \
        == national_post("Chủ nhiệm Ủy ban Tài chính, Ngân sách")
    for local in ("Chủ tịch Liên đoàn Lao động tỉnh Hà Nam", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Bình Lục",
                  "Chủ tịch Liên minh Hợp tác xã tỉnh Hà Nam"):
        assert national_post(local) is None, local


def test_the_papers_shorthand_for_a_provinces_top_posts():
    assert provincial_post("Bí thư Sơn La") == provincial_post("Bí thư Tỉnh ủy Sơn La")
    assert provincial_post("Bí thư Cần Thơ") == provincial_post("Bí thư Thành ủy Cần Thơ")  # a city's Thành ủy
    assert provincial_post("Chủ tịch tỉnh Hà Nam") == provincial_post("Chủ tịch UBND tỉnh Hà Nam")
    assert provincial_post("Phó Chủ tịch HĐND TP.Cần Thơ") == provincial_post("Phó Chủ tịch HĐND TP Cần Thơ")
    # a provincial city's Thành ủy is not its province's Tỉnh ủy
    assert provincial_post("Bí thư Thành ủy Nam Định") != provincial_post("Bí thư Tỉnh ủy Nam Định")
    mentions = [m("p:a", "Lường Văn Pấng", "Sơn La", "2017-01-01", Held("Bí thư Tỉnh ủy Sơn La")),
                m("p:b", "Lường Văn Pấng", None, "2017-02-01", Held("Bí thư Sơn La"))]
    assert clusters(decide(mentions)) == [("p:a", "p:b")]


def test_a_post_of_a_company_named_by_its_own_name_joins():
    assert company_post("Tổng Giám đốc Công ty Cổ phần Gạch men Sao Thủy") \
        == company_post("Tổng Giám đốc CTCP Gạch men Sao Thủy") \
        == company_post("Tổng Giám đốc Công ty CP Gạch men Sao Thủy")
    for generic in ("Giám đốc Công ty", "Giám đốc Công ty TNHH Kim", "Giám đốc Công ty Điện lực huyện Đông Sơn",
                    "Công ty Cổ phần Gạch men Sao Thủy"):
        assert company_post(generic) is None, generic
    assert national_post("Giám đốc Công ty Cổ phần Gạch men Sao Thủy") is None  # not a national post
    mentions = [
        m("p:a", "Đào Văn Khiêm", "Nam Định", "2017-01-01", Held("Tổng Giám đốc Công ty Cổ phần Gạch men Sao Thủy")),
        m("p:b", "Đào Văn Khiêm", None, "2017-03-01", Held("Tổng Giám đốc CTCP Gạch men Sao Thủy")),
        m("p:c", "Đào Văn Khiêm", "Thái Bình", "2017-03-01", Held("Giám đốc Công ty TNHH Kim")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:a", "p:b"), ("p:c",)]
    assert "post of a named company" in d.officials[0].joins[0].reason


def test_a_post_of_a_named_unit_is_one_however_written():
    # a unit's name folded to its initials, whatever its case, acronym or parent
    assert unit_post("Cục trưởng Cục Bảo tồn Mỹ thuật") == unit_post("Cục trưởng Cục bảo tồn mỹ thuật") \
        == unit_post("Cục trưởng Cục BTMT") == unit_post("Cục trưởng Cục Bảo tồn mỹ thuật, Bộ VH-TT&DL")
    assert unit_post("Phó Cục trưởng Cục Bảo tồn Mỹ thuật") != unit_post("Cục trưởng Cục Bảo tồn Mỹ thuật")
    for none in ("Giám đốc Trung tâm", "Cục trưởng", "Cục trưởng Cục Thuế", "Giám đốc Trung tâm Y tế huyện Yên Lạc",
                 "Ủy viên Ban Thường vụ Hội Cựu chiến binh"):
        assert unit_post(none) is None, none
    # a central unit (Cục, Vụ) is one in the country; a Trung tâm, or a province's
    # own kind of Cục, only within the article's province (or among articles of none)
    assert not unit_post("Cục trưởng Cục Bảo tồn Mỹ thuật").endswith("?")
    assert unit_post("Cục trưởng Cục Quản lý thị trường").endswith("?")
    center = Held("Giám đốc Trung tâm Kiểm định chất lượng")
    mentions = [m("p:a", "Lê Văn Tụng", "Nam Định", "2017-01-01", Held("Cục trưởng Cục Bảo tồn Mỹ thuật")),
                m("p:b", "Lê Văn Tụng", None, "2017-02-01", Held("Cục trưởng Cục BTMT")),
                m("p:c", "Lê Thị Hoa", None, "2017-01-01", center), m("p:d", "Lê Thị Hoa", None, "2017-02-01", center),
                m("p:e", "Lê Thị Hoa", "Nam Định", "2017-03-01", center)]
    d = decide(mentions)
    assert clusters(d) == [("p:a", "p:b"), ("p:c", "p:d"), ("p:e",)]
    assert "post of a named unit" in d.officials[0].joins[0].reason


def test_a_post_of_a_named_district_or_of_a_company_by_its_acronym():
    assert district_post("Phó Giám đốc Bệnh viện Đa khoa huyện Tân Mỹ") \
        == district_post("Phó Giám đốc BVĐK huyện Tân Mỹ") != district_post("Phó Giám đốc BVĐK huyện Tân Lạc")
    assert district_post("Chủ tịch Hội Nông dân TX Hồng Lĩnh") == district_post("Chủ tịch Hội Nông dân thị xã Hồng Lĩnh")
    assert district_post("Chủ tịch UBND xã Tân Lập huyện Yên Lạc") is None  # a commune's: too many of one name
    assert district_post("Chủ tịch UBND huyện Yên Lạc, tỉnh Vĩnh Phúc") is None  # names its province
    assert acronym_post("Tổng Giám đốc PVTEX") == acronym_post("Tổng Giám đốc PVTex")
    assert acronym_post("Chủ tịch HĐQT VKX") == acronym_post("Chủ tịch Hội đồng quản trị VKX")
    for none in ("Chủ tịch UBND", "Chủ tịch TPHCM", "Giám đốc Sở", "Tổng Giám đốc Ninh"):
        assert acronym_post(none) is None, none


def test_a_provinces_body_is_one_by_its_initials():
    assert provincial_post("Phó Giám đốc Sở GD-ĐT Thái Bình") == provincial_post("Phó Giám đốc Sở GDĐT Thái Bình") \
        == provincial_post("Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Thái Bình") \
        == provincial_post("Phó Giám đốc Sở Giáo dục - Đào tạo Thái Bình")
    assert national_post("Chủ nhiệm Ủy ban Pháp luật của Quốc hội") == national_post("Chủ nhiệm Ủy ban Pháp luật")
    assert national_post("Ủy viên Ủy ban Thường vụ Quốc hội") != national_post("Ủy viên Ủy ban Thường vụ")
    assert national_post("Giám đốc Trung tâm Dữ liệu quốc gia")  # "… quốc gia" is the country's


def test_a_bare_title_joins_the_one_holder_of_such_a_post():
    mentions = [m("p:a", "Phùng Văn Tài", None, "2017-01-01", Held("Thứ trưởng Bộ Xây dựng")),
                m("p:b", "Phùng Văn Tài", None, "2017-02-01", Held("Thứ trưởng")),
                m("p:c", "Phùng Văn Tài", None, "2017-02-01", Held("Giám đốc Sở Xây dựng"))]
    d = decide(mentions)
    assert clusters(d) == [("p:a", "p:b"), ("p:c",)]
    assert "Thứ trưởng with no body named" in d.officials[0].joins[0].reason
    # two deputy ministers of that name: a bare "Thứ trưởng" is no evidence of which
    two = mentions + [m("p:d", "Phùng Văn Tài", None, "2017-03-01", Held("Thứ trưởng Bộ Y tế"))]
    assert clusters(decide(two)) == [("p:a",), ("p:b",), ("p:c",), ("p:d",)]
    # a sentence's words taken into a post make no second holder of a ministry's title
    noisy = mentions + [m("p:e", "Phùng Văn Tài", None, "2017-04-01", Held("Thứ trưởng Bộ Xây dựng kê khai tài sản"))]
    assert clusters(decide(noisy))[0] == ("p:a", "p:b")
    # nor does it join a holder whose provincial posts clash with it
    clash = [m("p:a", "Phùng Văn Tài", "Hà Nam", "2017-01-01", Held("Thứ trưởng Bộ Xây dựng"),
               Held("Phó Bí thư Tỉnh ủy Hà Nam")),
             m("p:b", "Phùng Văn Tài", "Sơn La", "2017-01-01", Held("Thứ trưởng"), Held("Bí thư Tỉnh ủy Sơn La"))]
    d = decide(clash)
    assert clusters(d) == [("p:a",), ("p:b",)] and len(d.apart) == 1


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


def test_a_provinces_official_continues_in_the_unit_it_became_after_the_merger():
    # no shared post: Hà Giang's Bí thư in 2024, Tuyên Quang's Phó Bí thư in August 2025
    mentions = [
        m("p:hg", "Sùng Văn Páo", "Hà Giang", "2024-05-10", Held("Bí thư Tỉnh ủy Hà Giang")),
        m("p:hg", "Sùng Văn Páo", "Hà Giang", "2025-03-02", Held("Bí thư Tỉnh ủy Hà Giang")),
        m("p:tq", "Sùng Văn Páo", "Tuyên Quang", "2025-08-12", Held("Phó Bí thư Tỉnh ủy Tuyên Quang")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:hg", "p:tq")] and not d.apart
    (join,) = d.officials[0].joins
    assert "continues Hà Giang's post in Tuyên Quang after the 2025 merger" in join.reason
    assert join.posts == ("Bí thư Tỉnh ủy Hà Giang", "Phó Bí thư Tỉnh ủy Tuyên Quang")
    # a state post of the province (its UBND, however written) continues too
    ubnd = [m("p:hg", "Sùng Văn Páo", "Hà Giang", "2024-05-10", Held("Chủ tịch tỉnh Hà Giang")),
            m("p:tq", "Sùng Văn Páo", "Tuyên Quang", "2025-08-12", Held("Phó Chủ tịch UBND tỉnh Tuyên Quang"))]
    assert clusters(decide(ubnd)) == [("p:hg", "p:tq")]


def test_no_merger_join_with_two_candidates_or_before_the_merger_or_for_other_posts():
    before = m("p:hg", "Sùng Văn Páo", "Hà Giang", "2024-05-10", Held("Bí thư Tỉnh ủy Hà Giang"))
    # two namesakes could continue him after the merger: join none
    two = [before,
           m("p:tq", "Sùng Văn Páo", "Tuyên Quang", "2025-08-12", Held("Phó Bí thư Tỉnh ủy Tuyên Quang")),
           m("p:n1", "Sùng Văn Páo", None, "2025-09-01", Held("Phó Chủ tịch HĐND tỉnh Tuyên Quang"))]
    assert clusters(decide(two)) == [("p:hg",), ("p:n1",), ("p:tq",)]
    # nor two before it (Tuyên Quang's own official before the merger may be the one continuing)
    two_before = [before, m("p:tq0", "Sùng Văn Páo", "Tuyên Quang", "2024-05-10", Held("Chủ tịch UBND tỉnh Tuyên Quang")),
                  m("p:tq", "Sùng Văn Páo", "Tuyên Quang", "2025-08-12", Held("Phó Bí thư Tỉnh ủy Tuyên Quang"))]
    assert clusters(decide(two_before)) == [("p:hg",), ("p:tq",), ("p:tq0",)]
    # both before the merger they were two provinces: no join
    both_before = [before, m("p:tq", "Sùng Văn Páo", "Tuyên Quang", "2025-03-02", Held("Phó Bí thư Tỉnh ủy Tuyên Quang"))]
    assert clusters(decide(both_before)) == [("p:hg",), ("p:tq",)]
    # a province not merged into the unit, a district's post, an undated article: no join
    for other in (m("p:yb", "Sùng Văn Páo", "Yên Bái", "2025-08-12", Held("Phó Bí thư Tỉnh ủy Yên Bái")),
                  m("p:tq", "Sùng Văn Páo", "Tuyên Quang", "2025-08-12", Held("Chủ tịch UBND xã Yên Sơn")),
                  m("p:tq", "Sùng Văn Páo", "Tuyên Quang", None, Held("Phó Bí thư Tỉnh ủy Tuyên Quang"))):
        assert len(clusters(decide([before, other]))) == 2, other
    # a former post before the merger is no current post there
    past = [m("p:hg", "Sùng Văn Páo", "Hà Giang", "2024-05-10", Held("Bí thư Tỉnh ủy Hà Giang", past=True)),
            two[1]]
    assert len(clusters(decide(past))) == 2


def test_a_merger_join_that_would_put_a_clash_inside_one_official_is_refused():
    # the one after the merger is (by a shared national post) Điện Biên's chairman while
    # the one before it was Hà Giang's Bí thư: namesakes
    mentions = [
        m("p:hg", "Sùng Văn Páo", "Hà Giang", "2024-05-10", Held("Bí thư Tỉnh ủy Hà Giang")),
        m("p:tq", "Sùng Văn Páo", "Tuyên Quang", "2025-08-12", UVTW, Held("Phó Bí thư Tỉnh ủy Tuyên Quang")),
        m("p:db", "Sùng Văn Páo", "Điện Biên", "2024-05-10", UVTW, Held("Chủ tịch UBND tỉnh Điện Biên")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:db", "p:tq"), ("p:hg",)]
    assert "2025 merger" in d.apart[0].reason


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
posts = st.sampled_from([UVTW, Held("Thứ trưởng Bộ Y tế"), Held("Đại biểu Quốc hội"), Held("Thứ trưởng"),
                         Held("Thứ trưởng Bộ Tư pháp"), Held("Giám đốc Trung tâm Kiểm định chất lượng"),
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


def test_a_node_holding_posts_in_two_provinces_is_no_evidence_of_two_people():
    # a Bình Dương paper's node reads the city secretary of TP.HCM both as "… TP.HCM"
    # and, where the paper wrote "Bí thư Thành ủy" bare, as its own province's: that
    # node clashes with nobody holding the TP.HCM post, it holds it itself
    mentions = [
        m("p:hcm", "Vương Đình Sang", "Hồ Chí Minh", "2017", Held("Bí thư Thành ủy TP.HCM")),
        m("p:bd", "Vương Đình Sang", "Bình Dương", "2017", Held("Bí thư Thành ủy TP HCM"),
          Held("Bí thư Thành ủy Bình Dương")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:bd", "p:hcm")] and not d.apart
    # two nodes each in one province of their own still clash
    mentions[1] = m("p:bd", "Vương Đình Sang", "Bình Dương", "2017", UVTW, Held("Bí thư Tỉnh ủy Bình Dương"))
    mentions[0] = m("p:hcm", "Vương Đình Sang", "Hồ Chí Minh", "2017", UVTW, Held("Bí thư Thành ủy TP.HCM"))
    assert clusters(decide(mentions)) == [("p:bd",), ("p:hcm",)]


def test_a_national_assembly_deputy_for_a_province_works_anywhere():
    # elected in Trà Vinh, secretary of TP.HCM the same year: one official
    mentions = [
        m("p:a", "Lạc Thiện Minh", None, "2017", Held("Ủy viên Bộ Chính trị"),
          Held("Bí thư Thành ủy TP.HCM")),
        m("p:b", "Lạc Thiện Minh", None, "2017", Held("Ủy viên Bộ Chính trị"),
          Held("Đại biểu Quốc hội tỉnh Trà Vinh")),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:a", "p:b")] and not d.apart
    # the head of a province's delegation is that province's post: it clashes
    mentions[1] = m("p:b", "Lạc Thiện Minh", None, "2017", Held("Ủy viên Bộ Chính trị"),
                    Held("Trưởng Đoàn ĐBQH tỉnh Trà Vinh"))
    assert clusters(decide(mentions)) == [("p:a",), ("p:b",)]


def test_a_post_run_into_the_next_sentence_is_the_post():
    # "… Tỉnh ủy Lạng Sơn.Sáng nay": the full stop ends the post's name
    assert provincial_post("Bí thư Tỉnh ủy Lạng Sơn.Sáng") == provincial_post("Bí thư Tỉnh ủy Lạng Sơn")
    assert provincial_post("Giám đốc Sở Y tế Lạng Sơn. Hôm") == provincial_post("Giám đốc Sở Y tế tỉnh Lạng Sơn")
    # a term after the province is part of it; "TP." before it is no sentence end
    assert provincial_post("Chủ tịch UBND tỉnh Lạng Sơn khóa XVI") != provincial_post("Chủ tịch UBND tỉnh Lạng Sơn")
    assert provincial_post("Chủ tịch UBND TP. Cần Thơ") == provincial_post("Chủ tịch UBND thành phố Cần Thơ")


def test_nodes_sharing_two_posts_join_once_by_both_and_the_strongest_pair_first():
    # three nodes of one name: a and b share two national posts, a and c (and b and c) one;
    # the pair sharing more is joined first and its join names both posts, then the first
    # of the others by IRI; a pair already one official is not joined again
    mentions = [
        m("p:a", "Lê Văn Nam", None, "2017-01-02", UVTW, Held("Thứ trưởng Bộ Nội vụ")),
        m("p:b", "Lê Văn Nam", None, "2017-03-02", UVTW, Held("Thứ trưởng Bộ Nội vụ")),
        m("p:c", "Lê Văn Nam", None, "2017-05-02", UVTW),
    ]
    d = decide(mentions)
    assert clusters(d) == [("p:a", "p:b", "p:c")]
    first, second = d.officials[0].joins
    assert (first.a, first.b) == ("p:a", "p:b") and len(first.posts) == 2
    assert (second.a, second.b) == ("p:a", "p:c") and len(second.posts) == 1
