"""person – holds – position, told by who leads a standing group ("X do A làm Chủ tịch")."""

from kg.article import Article
from kg.extract.headed import headed_posts
from kg.extract.pipeline import extract_facts
from kg.facts import Sentence


def _posts(text, persons):
    s = Sentence(0, text, 0, len(text))
    return [(p.person, p.title.text) for p in headed_posts([s], {0: persons})]


def test_the_head_of_a_council_holds_its_chair():
    got = _posts("Bộ trưởng đã ký quyết định thành lập Hội đồng kỷ luật do Thứ trưởng Lê Văn Hào làm Chủ tịch "
                 "để xem xét vụ việc.", ["Lê Văn Hào"])
    assert got == [("Lê Văn Hào", "Chủ tịch Hội đồng kỷ luật")]


def test_the_groups_name_ends_where_what_is_said_of_it_begins():
    # "gồm 3 thành viên" is said of the committee; its name, with a lower-case "về", stays whole
    got = _posts("Hiện nay, Ủy ban quốc gia về Hợp tác kinh tế gồm 3 thành viên do tiến sỹ Phạm Minh Tân "
                 "làm Chủ tịch.", ["Phạm Minh Tân"])
    assert got == [("Phạm Minh Tân", "Chủ tịch Ủy ban quốc gia về Hợp tác kinh tế")]


def test_the_shared_word_of_role_and_group_is_said_once():
    got = _posts("Ban Chỉ đạo đầu tư đường bộ cao tốc do Phó Thủ tướng Trịnh Văn Đông làm Trưởng ban.",
                 ["Trịnh Văn Đông"])
    assert got == [("Trịnh Văn Đông", "Trưởng ban Chỉ đạo đầu tư đường bộ cao tốc")]
    # a holder with his own titles between "do" and "làm"
    got = _posts("Tổ công tác liên ngành do ông Đào Văn Lực, Phó Giám đốc Sở Tài nguyên và Môi trường, "
                 "làm Tổ trưởng.", ["Đào Văn Lực"])
    assert got == [("Đào Văn Lực", "Tổ trưởng Tổ công tác liên ngành")]


def test_no_post_from_a_delegation_a_plan_or_several_heads():
    # a delegation's lead is ad hoc: no post (led_groups.txt leaves "Đoàn" out)
    assert _posts("Đoàn công tác của Bộ Y tế do Thứ trưởng Lê Thanh Hà làm Trưởng đoàn đã làm việc với tỉnh.",
                  ["Lê Thanh Hà"]) == []
    # a plan is no post yet
    assert _posts("Ban soạn thảo sẽ do Thứ trưởng Lê Thanh Hà làm Trưởng ban.", ["Lê Thanh Hà"]) == []
    # several heads, or none named
    assert _posts("Hội đồng do ông Lê Thanh Hà và ông Ngô Văn Tú làm Chủ tịch.",
                  ["Lê Thanh Hà", "Ngô Văn Tú"]) == []
    assert _posts("Hội đồng thẩm định do Giám đốc Sở Xây dựng làm Chủ tịch.", []) == []
    # a role that is not the group's
    assert _posts("Ban quản lý dự án do ông Lê Thanh Hà làm Chủ tịch.", ["Lê Thanh Hà"]) == []


def test_an_article_keeps_the_led_groups_post_beside_the_holders_own():
    text = ("Thành lập hội đồng xét kỷ luật\n\nNgày 3/2, Bộ trưởng ký quyết định thành lập Hội đồng kỷ luật do "
            "Thứ trưởng Bộ Công Thương Lê Văn Hào làm Chủ tịch để xem xét vụ việc.")
    f = extract_facts(Article(id="t", path="t", text=text))
    got = {(p.person, p.title.text) for p in f.positions}
    assert ("Lê Văn Hào", "Thứ trưởng Bộ Công Thương") in got
    assert ("Lê Văn Hào", "Chủ tịch Hội đồng kỷ luật") in got


def test_a_verb_opening_with_a_groups_word_is_no_group():
    # "ban hành", "tổ chức": the group is the last head before "do"
    got = _posts("UBND tỉnh ban hành quyết định thành lập Ban Chỉ đạo phòng chống dịch do ông Nguyễn Văn An "
                 "làm Trưởng ban.", ["Nguyễn Văn An"])
    assert got == [("Nguyễn Văn An", "Trưởng ban Chỉ đạo phòng chống dịch")]
    got = _posts("UBND tỉnh ban hành quyết định thành lập Hội đồng kỷ luật do ông Nguyễn Văn An làm chủ tịch.",
                 ["Nguyễn Văn An"])
    assert got == [("Nguyễn Văn An", "Chủ tịch Hội đồng kỷ luật")]  # the role as the data writes it
    assert _posts("Sở tổ chức đoàn kiểm tra do ông Nguyễn Văn An làm Tổ trưởng.", ["Nguyễn Văn An"]) == []


def test_a_head_alone_and_a_two_word_head():
    # a group that is only its head names none here, and reading it raises nothing
    assert _posts("Hội đồng do ông Nguyễn Văn An làm Chủ tịch.", ["Nguyễn Văn An"]) == []
    assert _posts("Ủy ban có nhiệm vụ do ông Nguyễn Văn An làm Chủ tịch.", ["Nguyễn Văn An"]) == []
    # a two-word head is said once
    got = _posts("Tiểu ban Văn kiện do ông Nguyễn Văn An làm Trưởng tiểu ban.", ["Nguyễn Văn An"])
    assert got == [("Nguyễn Văn An", "Trưởng tiểu ban Văn kiện")]
    # a holder is a whole name: "Trần Văn An" is not inside "Trần Văn Anh"
    got = _posts("Hội đồng thẩm định do ông Trần Văn Anh làm Chủ tịch.", ["Trần Văn An", "Trần Văn Anh"])
    assert got == [("Trần Văn Anh", "Chủ tịch Hội đồng thẩm định")]


def test_a_comma_inside_one_field_of_the_groups_name():
    # "phòng, chống" is one field (comma_pairs.tsv), not the end of the name
    got = _posts("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng do Tổng Bí thư Nguyễn Phú Trọng làm Trưởng ban.",
                 ["Nguyễn Phú Trọng"])
    assert got == [("Nguyễn Phú Trọng", "Trưởng ban Chỉ đạo Trung ương về phòng, chống tham nhũng")]
