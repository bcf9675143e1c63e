from kg.extract.awards import extract_awards
from kg.facts import Sentence


def awards(text):
    out = extract_awards(Sentence(0, text, 0, len(text)))
    return [(a.kind, a.giver and a.giver.name, a.recipient_org and a.recipient_org.name, a.recipient_person, a.group)
            for a in out]


def test_flag_to_a_named_unit():
    assert awards("Đồng chí Trần Việt Hùng, Phó Bí thư Thường trực Đảng ủy Khối trao cờ của BTV Tỉnh ủy "
                  "cho tập thể Đảng bộ Văn phòng Tỉnh ủy.") == [
        ("Cờ Thi đua", "BTV Tỉnh ủy", "Đảng bộ Văn phòng Tỉnh ủy", None, None)]


def test_counted_groups_have_no_named_recipient():
    got = awards("Nhân dịp này, Đảng ủy Khối đã trao Cờ Thi đua của Ban Thường vụ Tỉnh ủy tặng 2 đảng bộ và "
                 "1 chi bộ; tặng Bằng khen cho 2 Đảng bộ, 2 chi bộ và 3 cá nhân có thành tích xuất sắc tiêu biểu năm 2021.")
    assert got == [("Cờ Thi đua", "Ban Thường vụ Tỉnh ủy", None, None, "2 đảng bộ và 1 chi bộ"),
                   ("Bằng khen", "Đảng ủy Khối", None, None, "2 Đảng bộ, 2 chi bộ và 3 cá nhân")]


def test_giver_is_the_subject():
    assert awards("Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh cũng đã tặng Giấy khen cho 6 đảng "
                  "viên hoàn thành xuất sắc nhiệm vụ 5 năm liền (2017-2021).") == [
        ("Giấy khen", "Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", None, None, "6 đảng viên")]


def test_party_badge_to_a_person():
    assert awards("Dịp này, Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho đồng chí Hoàng Văn Páo.") == [
        ("Huy hiệu 40 năm tuổi Đảng", "Huyện ủy", None, "Hoàng Văn Páo", None)]


def test_several_named_recipients():
    got = awards("Ủy ban nhân dân tỉnh tặng Bằng khen cho Chi bộ Trường THPT Chuyên và Đảng bộ xã Phương Thiện.")
    assert [g[2] for g in got] == ["Chi bộ Trường THPT Chuyên", "Đảng bộ xã Phương Thiện"]


def test_received_by_the_subject():
    assert awards("Đảng bộ xã Minh Ngọc được tặng Bằng khen của Ban Thường vụ Tỉnh ủy.") == [
        ("Bằng khen", "Ban Thường vụ Tỉnh ủy", "Đảng bộ xã Minh Ngọc", None, None)]
    assert awards("Dịp này, 12 đảng viên được trao tặng Huy hiệu 30, 40 năm tuổi Đảng.") == [
        ("Huy hiệu 30 năm tuổi Đảng", None, None, None, "12 đảng viên"),
        ("Huy hiệu 40 năm tuổi Đảng", None, None, None, "12 đảng viên")]


def test_coordinated_awards_share_giver_and_recipients():
    assert awards("Ban Thường vụ Tỉnh ủy tặng Bằng khen và Giấy khen cho 20 tập thể.") == [
        ("Bằng khen", "Ban Thường vụ Tỉnh ủy", None, None, "20 tập thể"),
        ("Giấy khen", "Ban Thường vụ Tỉnh ủy", None, None, "20 tập thể")]


def test_giver_named_after_the_award():
    assert awards("Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Nguyễn Văn Sơn trao Bằng khen của Thủ tướng "
                  "Chính phủ cho 3 tập thể.") == [("Bằng khen", "Thủ tướng Chính phủ", None, None, "3 tập thể")]


def test_proposal_is_not_an_award():
    assert awards("đề nghị tặng Huy hiệu 30 năm tuổi Đảng cho 03 đảng viên") == []
    assert awards("Đảng ủy Khối đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể") == []


def test_flag_without_a_giving_verb_is_not_an_award():
    assert awards("Các đại biểu chào cờ trước khi khai mạc hội nghị.") == []
