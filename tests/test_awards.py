import pytest

from kg.extract.awards import extract_awards, giver_parts
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


def test_orders_medals_titles_and_flags_are_kinds():
    assert awards("Chủ tịch nước trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho Bộ Chỉ huy Quân sự tỉnh.") == [
        ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Chủ tịch nước", "Bộ Chỉ huy Quân sự tỉnh", None, None)]
    assert [a[0] for a in awards("Dịp này, Bộ Công an tặng Huân chương Chiến công hạng Ba cho 4 cán bộ, chiến sĩ "
                                 "và Huy chương Chiến sĩ vẻ vang cho 12 cán bộ.")] == [
        "Huân chương Chiến công hạng Ba", "Huy chương Chiến sĩ vẻ vang"]
    assert awards("Chi bộ Trường Tiểu học Hòa Lạc vinh dự được UBND tỉnh tặng Cờ thi đua xuất sắc.") == [
        ("Cờ Thi đua xuất sắc", "UBND tỉnh", "Chi bộ Trường Tiểu học Hòa Lạc", None, None)]
    assert awards("Chủ tịch nước đã ký quyết định phong tặng danh hiệu Nhà giáo Nhân dân cho 25 nhà giáo.") == [
        ("Danh hiệu Nhà giáo Nhân dân", "Chủ tịch nước", None, None, "25 nhà giáo")]
    assert awards("UBND tỉnh tặng danh hiệu Tập thể Lao động xuất sắc cho Sở Tài chính tỉnh Hưng Yên.") == [
        ("Danh hiệu Tập thể Lao động xuất sắc", "UBND tỉnh", "Sở Tài chính tỉnh Hưng Yên", None, None)]


def test_a_commune_and_its_people_receive_a_title():
    assert awards("Thay mặt Đảng, Nhà nước, Phó Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân "
                  "cho Nhân dân và cán bộ xã Phước Tân.") == [
        ("Danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Đảng, Nhà nước", "Nhân dân và cán bộ xã Phước Tân",
         None, None)]


def test_a_person_named_after_a_title_or_a_kin_word():
    assert awards("Thủ tướng Chính phủ tặng Bằng khen cho Đại sứ Trịnh Minh Châu và em Lò Thị Duyên.") == [
        ("Bằng khen", "Thủ tướng Chính phủ", None, "Trịnh Minh Châu", None),
        ("Bằng khen", "Thủ tướng Chính phủ", None, "Lò Thị Duyên", None)]
    # a count before the names does not make them a counted group
    assert [a[3] for a in awards("Bí thư Huyện ủy trao Huy hiệu 65 năm tuổi Đảng cho hai đảng viên Đào Văn Khải "
                                 "(91 tuổi) và Lương Thị Hoa (87 tuổi).")] == ["Đào Văn Khải", "Lương Thị Hoa"]
    # her posts after her name are not more recipients
    assert awards("Bộ trưởng tặng Kỷ niệm chương cho bà Đinh Thị Hồng Vân, nguyên Thứ trưởng, Phó Chủ tịch "
                  "Hội Luật gia.") == [("Kỷ niệm chương", "Bộ trưởng", None, "Đinh Thị Hồng Vân", None)]


def test_the_official_who_hands_it_over_is_not_the_giver():
    assert awards("Đồng chí Lâm Văn Đức, Phó Bí thư Tỉnh ủy trao Huy hiệu 55 năm tuổi Đảng cho đồng chí "
                  "Hà Văn Thuật.") == [("Huy hiệu 55 năm tuổi Đảng", None, None, "Hà Văn Thuật", None)]
    assert awards("Thừa ủy quyền của Chủ tịch nước, đồng chí Vi Văn Sơn, Bí thư Tỉnh ủy trao Huân chương Lao động "
                  "hạng Ba cho Đảng bộ huyện Bình Gia.") == [
        ("Huân chương Lao động hạng Ba", "Chủ tịch nước", "Đảng bộ huyện Bình Gia", None, None)]
    assert awards("Chủ tịch nước Đỗ Quang Vinh trao Huân chương Độc lập hạng Ba cho tỉnh Hậu Giang.") == [
        ("Huân chương Độc lập hạng Ba", "Chủ tịch nước", "tỉnh Hậu Giang", None, None)]


def test_badge_tiers_in_one_sentence_are_one_award_each():
    assert awards("Ban Thường vụ Thị ủy trao Huy hiệu 70 năm tuổi Đảng cho 3 đảng viên, 60 năm cho 5 đảng viên "
                  "và 40 năm cho 11 đảng viên.") == [
        ("Huy hiệu 70 năm tuổi Đảng", "Ban Thường vụ Thị ủy", None, None, "3 đảng viên"),
        ("Huy hiệu 60 năm tuổi Đảng", "Ban Thường vụ Thị ủy", None, None, "5 đảng viên"),
        ("Huy hiệu 40 năm tuổi Đảng", "Ban Thường vụ Thị ủy", None, None, "11 đảng viên")]
    # the tiers after "trong đó" share the giver of the sentence
    assert awards("Huyện ủy Tiên Lữ tổ chức trao tặng huy hiệu Đảng cho 40 đảng viên; trong đó, có 4 đồng chí "
                  "nhận huy hiệu 60 năm tuổi Đảng, 36 đồng chí nhận huy hiệu 30 năm tuổi Đảng.")[1:] == [
        ("Huy hiệu 60 năm tuổi Đảng", "Huyện ủy Tiên Lữ", None, None, "4 đồng chí"),
        ("Huy hiệu 30 năm tuổi Đảng", "Huyện ủy Tiên Lữ", None, None, "36 đồng chí")]


def test_names_listed_after_gom():
    got = awards("Đảng bộ phường Đông Hải có 2 đồng chí được nhận Huy hiệu 75 năm tuổi Đảng, gồm: đồng chí "
                 "Trần Đình Tri; đồng chí Lý Thị Mai.")
    assert [a[3] for a in got] == [None, "Trần Đình Tri", "Lý Thị Mai"]


def test_not_an_award_of_the_event():
    for text in ("UBND tỉnh đã quyết định thu hồi Bằng khen đã tặng cho ông Trần Văn Khôi.",
                 "Hội đồng Thi đua khen thưởng tỉnh đang xét tặng Cờ thi đua cho 5 đơn vị.",
                 "Tại lễ bế mạc, đại diện Ban tổ chức đã trao cờ Olympic cho đoàn Hàn Quốc.",
                 "Ông Lê Văn Tư từng được tặng Huân chương Kháng chiến hạng Nhì.",
                 "Năm 2012, bà Phạm Thị Loan được nhận Bằng khen của Thủ tướng Chính phủ.",
                 "Tính từ đầu năm đến nay, Huyện ủy đã tặng Huy hiệu Đảng cho 48 đảng viên.",
                 "Bộ trưởng hy vọng năm sau sẽ có dịp trao Bằng khen cho các đơn vị.",
                 "Nhiều tập thể được Đảng, Nhà nước phong tặng danh hiệu Anh hùng Lao động.",
                 "Ông Quách Văn Bảy được tặng nhiều Bằng khen, Giấy khen.",
                 "Hai ông xứng đáng được tặng bằng khen từ lâu.",
                 "Người dân nhận bằng khen của UBND tỉnh vì đã cứu người."):
        assert awards(text) == [], text


def _article(*texts):
    from kg.extract.awards import article_awards
    sents = [Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)]
    out = article_awards([a for s in sents for a in extract_awards(s)], sents)
    return [(a.kind, a.recipient_org and a.recipient_org.name, a.recipient_person, a.group) for a in out]


def test_one_conferral_is_one_fact_in_an_article():
    # the lead counts the persons the body then names: the names are the facts
    assert _article("Phó Bí thư Huyện ủy đã trao huy hiệu 65, 55 năm tuổi Đảng cho ba đồng chí cao niên.",
                    "Phó Bí thư Huyện ủy trao huy hiệu 65 năm tuổi Đảng cho ông Lã Văn Cừ và ông Hầu Đức Vọng.",
                    "Phó Bí thư Huyện ủy trao huy hiệu 55 năm tuổi Đảng cho bà Mẫn Thị Nụ.") == [
        ("Huy hiệu 65 năm tuổi Đảng", None, "Lã Văn Cừ", None),
        ("Huy hiệu 65 năm tuổi Đảng", None, "Hầu Đức Vọng", None),
        ("Huy hiệu 55 năm tuổi Đảng", None, "Mẫn Thị Nụ", None)]
    # the same group told twice; the badge of all ages before the ages
    assert _article("Bộ trưởng Bộ Quốc phòng quyết định tặng Kỷ niệm chương cho 14 cá nhân.",
                    "Thừa ủy quyền, Đại tá Lưu Văn Tâm trao Kỷ niệm chương cho 14 cá nhân.",
                    "Đảng ủy xã trao tặng huy hiệu Đảng cho 17 đồng chí, có 5 đồng chí được tặng huy hiệu "
                    "50 năm tuổi Đảng và 12 đồng chí được tặng huy hiệu 45 năm tuổi Đảng.") == [
        ("Kỷ niệm chương", None, None, "14 cá nhân"),
        ("Huy hiệu 50 năm tuổi Đảng", None, None, "5 đồng chí"),
        ("Huy hiệu 45 năm tuổi Đảng", None, None, "12 đồng chí")]
    # a badge of no age to a person who gets one of an age; a name in part
    assert _article("Huyện ủy trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Bùi Văn Tám.",
                    "Đồng chí Bí thư Huyện ủy trao Huy hiệu Đảng cho đồng chí Bùi Văn Tám.",
                    "Sở Y tế tặng Giấy khen cho chị Hạnh.",
                    "Chị Đoàn Thị Hạnh là điều dưỡng của trạm y tế.") == [
        ("Huy hiệu 60 năm tuổi Đảng", None, "Bùi Văn Tám", None),
        ("Giấy khen", None, "Đoàn Thị Hạnh", None)]


def test_verb_after_the_award_and_names_after_a_colon():
    assert awards("Bằng khen của Ban Thường vụ Tỉnh ủy được trao cho 6 tập thể và 9 cá nhân.") == [
        ("Bằng khen", "Ban Thường vụ Tỉnh ủy", None, None, "6 tập thể và 9 cá nhân")]
    assert [a[3] for a in awards("Đảng ủy phường trao Huy hiệu 40 năm tuổi Đảng cho các đảng viên: đồng chí "
                                 "Nông Văn Pha, đồng chí Hoàng Thị Nhung.")] == [None, "Nông Văn Pha", "Hoàng Thị Nhung"]


def test_a_unit_receives_at_its_ceremony():
    assert awards("Sáng nay, Hội Nông dân tỉnh long trọng tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.") == [
        ("Huân chương Lao động hạng Nhì", None, "Hội Nông dân tỉnh", None, None)]
    assert awards("Lãnh đạo tỉnh dự lễ kỷ niệm và đón nhận Huân chương Lao động hạng Ba của Hội Cựu chiến binh "
                  "tỉnh.") == [("Huân chương Lao động hạng Ba", None, "Hội Cựu chiến binh tỉnh", None, None)]


def test_a_caption_glued_to_the_next_sentence():
    assert awards("Giấy khen của UBND huyện Đăk Mil trao cho Phan Văn Lượng Theo danh sách 14 người, UBND xã "
                  "Thuận An gửi lên huyện.") == [("Giấy khen", "UBND huyện Đăk Mil", None, "Phan Văn Lượng", None)]
    assert awards("Em Đặng Văn Tú, học sinh quận Long Biên, cho biết khi nhận giấy khen về thì rất vui.") == []


def test_counted_groups_as_the_subject_and_after_cho():
    assert awards("Dịp này, 7 tập thể, 12 cá nhân được UBND huyện tặng Giấy khen vì có thành tích xuất sắc.") == [
        ("Giấy khen", "UBND huyện", None, None, "7 tập thể, 12 cá nhân")]
    assert awards("Ông Lò Văn Mừng trao Bằng khen của UBND tỉnh cho các tập thể, cá nhân có thành tích tiêu biểu.") == [
        ("Bằng khen", "UBND tỉnh", None, None, "các tập thể, cá nhân")]


def test_the_bodies_of_a_place_hold_the_ceremony_and_the_place_receives():
    assert awards("Sáng 3/9, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Lai Châu long trọng tổ chức Lễ kỷ niệm 20 năm "
                  "tái lập tỉnh (1/1/2004 - 1/1/2024) và đón nhận Huân chương Lao động hạng Nhất.") == [
        ("Huân chương Lao động hạng Nhất", None, "tỉnh Lai Châu", None, None)]


def test_decision_and_award_handed_over_together_and_a_yearly_tally():
    # the ward's Secretary hands it over; the body in his title is not named as its giver
    assert awards("Đồng chí Bí thư Đảng ủy phường trao Quyết định và Huy hiệu 40 năm tuổi Đảng cho đồng chí "
                  "Đinh Công Thắm.") == [("Huy hiệu 40 năm tuổi Đảng", None, None, "Đinh Công Thắm", None)]
    assert awards("Trong năm, Hội Cựu chiến binh huyện được nhận 12 Bằng khen các loại.") == []


def test_one_unit_spelt_two_ways_is_one_recipient():
    assert _article("Phó Thủ tướng trao danh hiệu Anh hùng Lao động cho Viện 69- Bộ Quốc phòng.",
                    "Viện 69 - Tổng cục Kỹ thuật - Bộ Quốc phòng đã long trọng tổ chức lễ đón nhận danh hiệu "
                    "Anh hùng Lao động.") == [("Danh hiệu Anh hùng Lao động", "Viện 69- Bộ Quốc phòng", None, None)]


def test_an_embassy_keeps_its_place():
    assert [(a[2], a[3]) for a in awards("Thủ tướng Chính phủ tặng Bằng khen cho Đại sứ quán Việt Nam tại Ba Lan và "
                                         "ông Trương Minh Đạt - Đại sứ Việt Nam tại Ba Lan.")] == [
        ("Đại sứ quán Việt Nam tại Ba Lan", None), (None, "Trương Minh Đạt")]


def test_an_acronym_of_a_recipient_is_spelt_out_as_the_article_spells_it():
    assert _article("Sáng 12/3, Sở Tài nguyên và Môi trường tỉnh Phú Yên tổ chức lễ kỷ niệm 20 năm thành lập.",
                    "Dịp này, UBND tỉnh trao tặng Bằng khen cho Sở TN&MT.") == [
        ("Bằng khen", "Sở Tài nguyên và Môi trường", None, None)]


@pytest.mark.parametrize("text", [
    "Đảng ủy phường gắn Huy hiệu 30 năm đến 45 năm tuổi Đảng cho 12 đảng viên.",
    "Đảng ủy phường gắn Huy hiệu từ 30 đến 45 năm tuổi Đảng cho 12 đảng viên.",
    "Đảng ủy phường gắn Huy hiệu 30 - 45 năm tuổi Đảng cho 12 đảng viên.",
])
def test_a_badge_for_a_range_of_party_years_in_any_spelling(text):
    assert _article(text) == [("Huy hiệu 30 năm đến 45 năm tuổi Đảng", None, None, "12 đảng viên")]


def _article_givers(*texts):
    from kg.extract.awards import article_awards
    sents = [Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)]
    out = article_awards([a for s in sents for a in extract_awards(s)], sents)
    return [(a.kind, a.giver and a.giver.name, a.recipient_org and a.recipient_org.name, a.recipient_person, a.group)
            for a in out]


def test_a_deputy_hands_over_and_the_conferring_body_is_the_giver():
    # (b) a deputy prime minister presents; he gives nothing in his own name
    assert awards("Phó Thủ tướng Lê Văn Năm đã trao danh hiệu Anh hùng Lao động cho Viện 12.") == [
        ("Danh hiệu Anh hùng Lao động", None, "Viện 12", None, None)]
    # … and the body told after the recipient ("do … phong tặng") is the giver
    assert awards("Phó Thủ tướng Lê Văn Năm đã trao danh hiệu Anh hùng Lao động cho Viện 12 do Chủ tịch nước "
                  "phong tặng.") == [("Danh hiệu Anh hùng Lao động", "Chủ tịch nước", "Viện 12", None, None)]


def test_an_office_giver_is_written_whole():
    # (a) a city written with a dot ("TP.Hải Phòng") stays in the office
    assert awards("Chủ tịch UBND TP.Hải Phòng đã tặng bằng khen cho 2 tập thể, 4 cá nhân.") == [
        ("Bằng khen", "Chủ tịch UBND TP.Hải Phòng", None, None, "2 tập thể, 4 cá nhân")]
    # a minister named without his ministry: the ministry the article gives him
    assert _article_givers("Dự lễ có Bộ trưởng Bộ Tư pháp Đoàn Văn Khang.",
                           "Bộ trưởng Đoàn Văn Khang tặng Kỷ niệm chương cho bà Lê Thị Mơ.") == [
        ("Kỷ niệm chương", "Bộ trưởng Bộ Tư pháp", None, "Lê Thị Mơ", None)]
    # a body's own field after "về" belongs to its name
    assert awards("Lễ trao Kỷ niệm chương của Ủy ban Liên bang về hợp tác khoa học Ba Lan tặng Thiếu tướng "
                  "Lê Văn Hai.") == [
        ("Kỷ niệm chương", "Ủy ban Liên bang về hợp tác khoa học Ba Lan", None, "Lê Văn Hai", None)]


def test_bodies_giving_together_are_all_the_giver():
    # (c) the whole list, across a ";" that only groups it, not its last body
    assert awards("Cũng tại buổi lễ, Sở GD&ĐT, Hội Khuyến học tỉnh, Tỉnh đoàn Bình Định; Huyện ủy, UBND huyện Tây Sơn "
                  "cùng nhiều đơn vị khác đã trao tặng giấy khen cho học sinh Lê Văn Huy.") == [
        ("Giấy khen", "Sở GD&ĐT, Hội Khuyến học tỉnh, Tỉnh đoàn Bình Định; Huyện ủy, UBND huyện Tây Sơn", None,
         "Lê Văn Huy", None)]


def test_a_giver_stated_elsewhere_in_the_clause():
    # (d) the agent of the clause's first verb gives the next award too
    assert awards("Vừa qua, công đoàn các cấp được Tổng LĐLĐVN tặng cờ vững mạnh cho 7 tập thể, tặng bằng khen cho "
                  "20 tập thể, 35 cá nhân.") == [("Cờ vững mạnh", "Tổng LĐLĐVN", None, None, "7 tập thể"),
                                                  ("Bằng khen", "Tổng LĐLĐVN", None, None, "20 tập thể, 35 cá nhân")]
    # a body written in lower case
    assert awards("3 nữ du học sinh được cảnh sát thành phố Kobe tặng bằng khen vì cứu một em bé.") == [
        ("Bằng khen", "cảnh sát thành phố Kobe", None, None, "3 nữ du học sinh")]
    # a clause after ";" with a subject of its own does not take the first clause's giver
    got = awards("Hội Nông dân tỉnh trao 3 Bằng khen tặng các hội viên; Thông tấn xã Việt Nam trao 2 Kỷ niệm chương "
                 "tặng các phóng viên và 3 Giấy khen tặng các chiến sĩ.")
    assert [g[1] for g in got] == ["Hội Nông dân tỉnh", "Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"]
    got = awards("Hội Nông dân tỉnh trao 3 Bằng khen tặng các hội viên; ông Lê Văn Bình trao 2 Kỷ niệm chương "
                 "tặng các phóng viên và 3 Giấy khen tặng các chiến sĩ.")
    assert [g[1] for g in got] == ["Hội Nông dân tỉnh", None, None]


def test_recipients_named_in_full():
    # (e) a unit named by its head alone is the one the article spells out
    assert _article_givers("Sáng nay, Cục Kiểm lâm Bắc Bộ đã tổ chức lễ kỷ niệm 50 năm thành lập.",
                           "Phó Thủ tướng Lê Văn Năm đã trao tặng Cờ thi đua của Chính phủ cho tập thể Cục.") == [
        ("Cờ Thi đua", "Chính phủ", "Cục Kiểm lâm Bắc Bộ", None, None)]
    # persons listed in the subject, and after "gồm:" with no honorific: each a row
    assert [g[3] for g in awards("Ba nữ du học sinh Lê Thị Mận (30 tuổi), Phạm Thị Đào (28 tuổi), Vũ Thị Lê (24 tuổi), "
                                 "đã được cảnh sát thành phố Kobe tặng bằng khen.")] == [
        "Lê Thị Mận", "Phạm Thị Đào", "Vũ Thị Lê"]
    assert _article("Hai thí sinh khác được tặng Bằng khen gồm: Lê Văn Tâm, học sinh lớp 11, Trường THPT Chuyên Lê Quý "
                    "Đôn, tỉnh Bình Định; Vũ Thị Thu Hà (học sinh lớp 12, Trường THPT Chuyên Hà Tĩnh).") == [
        ("Bằng khen", None, "Lê Văn Tâm", None), ("Bằng khen", None, "Vũ Thị Thu Hà", None)]
    # a caption's "Cô bé" glued to a name in part; the full name the sentence gives
    assert _article("Chủ tịch xã trao bằng khen cho em Ngọc Ánh Cô bé Đặng Thị Ngọc Ánh có thành tích học tập tốt.") == [
        ("Bằng khen", None, "Đặng Thị Ngọc Ánh", None)]


def test_honours_summed_up_in_a_portrait_are_not_of_an_event():
    # (g) no ceremony in the article, a reason first, then the person "vinh dự được …"
    assert _article("Anh Hồ Văn Khoa nuôi 200 con bò sữa ở xã Tân Lập.",
                    "Làm kinh tế giỏi và giúp đỡ nhiều hộ nghèo, anh Hồ Văn Khoa vinh dự được Thủ tướng Chính phủ "
                    "tặng Bằng khen.") == []
    assert awards("Ông Lò Văn Páo là một trong 12 thuyền trưởng được tặng bằng khen vì bám biển.") == []
    # the same sentence in a report of a ceremony is an award of it
    assert _article("Sáng 3/5, xã Tân Lập tổ chức lễ tuyên dương nông dân giỏi.",
                    "Làm kinh tế giỏi và giúp đỡ nhiều hộ nghèo, anh Hồ Văn Khoa vinh dự được Thủ tướng Chính phủ "
                    "tặng Bằng khen.") == [("Bằng khen", None, "Hồ Văn Khoa", None)]


def _rows(*texts, year=None):
    from kg.extract.awards import article_awards
    sents = [Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)]
    out = article_awards([a for s in sents for a in extract_awards(s)], sents, year)
    return [(a.kind, a.giver and a.giver.name, a.recipient_org and a.recipient_org.name, a.recipient_person, a.group)
            for a in out]


def test_an_award_shares_its_verb_with_things_handed_over():
    assert awards("Dịp này, Ban tổ chức đã trao cúp và bằng khen cho Công ty Cổ phần Hoàng Long.")[0][2:] == (
        "Công ty Cổ phần Hoàng Long", None, None)
    assert awards("Ông Trần Văn Bình trao tặng hoa và Giấy khen cho em Lê Thị Mai.") == [
        ("Giấy khen", None, None, "Lê Thị Mai", None)]
    assert awards("Sở Y tế tặng quà, tiền thưởng và Bằng khen cho bác sĩ Đỗ Văn Tâm.")[0][3] == "Đỗ Văn Tâm"


def test_a_recipient_after_vinh_danh():
    assert awards("Chủ tịch UBND tỉnh đã tặng bằng khen vinh danh em Phạm Minh Khôi.") == [
        ("Bằng khen", "Chủ tịch UBND tỉnh", None, "Phạm Minh Khôi", None)]


def test_khen_thuong_is_a_giving_verb():
    assert awards("Em Lê Văn Hùng được UBND tỉnh khen thưởng Bằng khen.") == [
        ("Bằng khen", "UBND tỉnh", None, "Lê Văn Hùng", None)]


def test_the_unit_of_a_representative():
    assert [g[2] for g in awards("Phó Chủ tịch UBND tỉnh trao Bằng khen cho đại diện Công ty Điện lực Hà Tĩnh.")] == [
        "Công ty Điện lực Hà Tĩnh"]


def test_a_list_after_a_semicolon_keeps_its_verb():
    got = awards("Bộ trưởng đã trao Huân chương Lao động hạng nhất tặng Bệnh viện Nhi; Huân chương Lao động hạng nhì "
                 "tặng PGS,TS Trần Văn Kiên, Giám đốc Bệnh viện.")
    assert [(g[0], g[2], g[3]) for g in got] == [("Huân chương Lao động hạng nhất", "Bệnh viện Nhi", None),
                                                ("Huân chương Lao động hạng nhì", None, "Trần Văn Kiên")]


def test_an_aside_parts_a_place_from_the_name():
    got = awards("Thủ tướng đã quyết định tặng Bằng khen cho nữ công nhân Công ty Môi trường quận Hải Châu (Đà Nẵng) "
                 "Lê Thị Hoa.")
    assert [g[3] for g in got] == ["Lê Thị Hoa"]


def test_the_same_kind_from_two_givers_is_two_rows():
    got = _rows("Ngoài ra, 12 tập thể và 30 cá nhân cũng được nhận Bằng khen của Thủ tướng Chính phủ và Bằng khen "
                   "của Bộ trưởng Bộ Y tế.")
    assert [g[1] for g in got] == ["Thủ tướng Chính phủ", "Bộ trưởng Bộ Y tế"]


def test_an_acronym_of_the_unit_is_the_same_recipient():
    got = _rows("Phó Thủ tướng trao Cờ thi đua của Chính phủ cho Cục Quản lý Thị trường.",
                "Phó Thủ tướng trao tặng Cờ thi đua của Chính phủ cho Cục QLTT.")
    assert [g[2] for g in got] == ["Cục Quản lý Thị trường"]


def test_an_emulation_title_in_a_report_is_no_award():
    assert _rows("Cấp phát đầy đủ phụ cấp trong những ngày lễ lớn.",
                    "Công an xã Hòa Bình được Công an huyện tặng danh hiệu Đơn vị quyết thắng.") == []
    assert len(_rows("Chiều 5/1, Công an xã Hòa Bình được Công an huyện tặng danh hiệu Đơn vị quyết thắng.")) == 1


def test_a_contest_grade_is_no_award():
    assert _rows("Đội tuyển giành 1 huy chương vàng, 2 huy chương bạc và 3 bằng khen.",
                    "Ba thí sinh được tặng Bằng khen gồm: Lê Văn An, Trần Văn Bảo và Vũ Thị Cúc.") == []


def test_a_recipient_between_the_verb_and_the_award():
    assert awards("Phó Thủ tướng trao tặng Cục Quản lý Thị trường Cờ thi đua của Chính phủ.") == [
        ("Cờ Thi đua", "Chính phủ", "Cục Quản lý Thị trường", None, None)]
    assert awards("Bộ trưởng đã trao tặng ông Trần Văn Lâm Bằng khen của Bộ Tài chính.")[0][3] == "Trần Văn Lâm"


def test_a_group_told_by_a_word_of_quantity_is_a_row_with_no_named_recipient():
    # readers give the event's uncounted group a row (recipient null), as a counted one
    got = _rows("Ngoài ra, nhiều đơn vị và cá nhân cũng được nhận Bằng khen của Bộ trưởng Bộ Xây dựng.")
    assert [(r[0], r[2], r[3], r[4]) for r in got] == [("Bằng khen", None, None, "nhiều đơn vị và cá nhân")]
    got = _rows("Bà Lê Thị Hạnh, Chủ tịch Hội Chữ thập đỏ tỉnh trao bằng khen cho những người hiến máu tiêu biểu.")
    assert [(r[0], r[4]) for r in got] == [("Bằng khen", "những người hiến máu tiêu biểu")]
    got = _rows("Thứ trưởng Đỗ Văn Khiêm trao Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo tặng các học sinh "
                "đoạt giải.")
    assert [(r[0], r[4]) for r in got] == [("Bằng khen", "các học sinh đoạt giải")]


def test_a_bare_noun_or_a_class_told_again_is_no_group_row():
    # a rule about awards, no event's group, with or without a word of quantity
    assert _rows("Theo Thông tư 22 của Bộ Giáo dục và Đào tạo về việc tặng giấy khen cuối năm học cho học sinh.") == []
    assert _rows("Theo Thông tư 22 của Bộ Giáo dục và Đào tạo về việc tặng giấy khen cuối năm học cho các học "
                 "sinh.") == []
    # an award not given; "những người" alone is a clause's subject
    assert _rows("Năm nay, UBND tỉnh không tặng Bằng khen cho các tập thể vi phạm.") == []
    assert _rows("Những người nhận giấy khen được tặng thêm một suất quà.") == []
    # a "không" elsewhere in the sentence takes no award away
    got = _rows("Sáng 20/6, Hội Chữ thập đỏ tỉnh tặng giấy khen cho các tình nguyện viên không nhận thù lao.")
    assert [(r[0], r[1]) for r in got] == [("Giấy khen", "Hội Chữ thập đỏ tỉnh")]
    # the order given "cho tập thể, cá nhân", then each class to whom it went
    got = _rows("Sáng 2/7, Đại sứ quán tổ chức lễ đón nhận Huân chương Lao động phong tặng cho tập thể, cá nhân "
                "có thành tích xuất sắc.",
                "Chủ tịch nước đã trao Huân chương Lao động hạng Nhất cho ông Trần Văn Sơn.")
    assert [(r[0], r[3]) for r in got] == [("Huân chương Lao động hạng Nhất", "Trần Văn Sơn")]


def test_a_group_is_counted_by_its_awards_or_elsewhere_in_the_article():
    # as many medals as recipients
    got = _rows("Ngày 5/3, Bộ Chỉ huy Quân sự tỉnh đã trao 156 kỷ niệm chương cho các cán bộ, chiến sĩ của đơn vị.")
    assert [(r[0], r[2], r[3], r[4]) for r in got] == [("Kỷ niệm chương", None, None, "các cán bộ")]
    # the caption's group is the one the report counts
    got = _rows("Tại hội nghị, Ban Thường vụ Huyện ủy khen thưởng 7 tập thể, 4 cá nhân có thành tích xuất sắc.",
                "Lãnh đạo Huyện ủy Đông Sơn trao giấy khen cho các tập thể, cá nhân")
    assert [(r[0], r[4]) for r in got] == [("Giấy khen", "các tập thể, cá nhân")]


def test_an_official_named_by_post_alone_hands_it_over():
    assert awards("Chiều cùng ngày, Bí thư Tỉnh ủy cũng đến tận nhà trao Huy hiệu 65 năm tuổi Đảng cho đồng chí "
                  "Lương Văn Khởi.") == [("Huy hiệu 65 năm tuổi Đảng", None, None, "Lương Văn Khởi", None)]


def test_officials_who_hand_it_over_together_are_no_giver():
    assert awards("Bí thư Tỉnh ủy Hà Văn Tâm và Chủ tịch UBND tỉnh Lê Minh Phúc trao cúp và bằng khen cho "
                  "Công ty Cổ phần Sông Mây.") == [("Bằng khen", None, "Công ty Cổ phần Sông Mây", None, None)]


def test_the_giver_of_an_order_is_taken_from_where_the_article_names_it():
    got = _rows("Chiều 3-8 đã diễn ra Lễ trao tặng Huân chương của Chủ tịch nước cho các cá nhân nước bạn.",
                "Tại buổi lễ, Phó Chủ tịch Quốc hội Lê Văn Nam trao Huân chương Lao động hạng Nhì cho 4 cá nhân.")
    assert [(r[0], r[1], r[4]) for r in got] == [("Huân chương Lao động hạng Nhì", "Chủ tịch nước", "4 cá nhân")]
    got = _rows("Sáng 4/9, Công ty Cổ phần Sông Mây tổ chức lễ kỷ niệm 20 năm thành lập và đón nhận Huân chương "
                "Lao động hạng Ba.",
                "Thay mặt lãnh đạo Đảng và Nhà nước, Phó Thủ tướng Lê Văn An trao tặng Huân chương Lao động hạng Ba "
                "cho Công ty.")
    assert [(r[0], r[1], r[2]) for r in got] == [
        ("Huân chương Lao động hạng Ba", "Đảng và Nhà nước", "Công ty Cổ phần Sông Mây")]
    # "đón nhận … của X": X is who receives it, not a giver
    got = _rows("Sáng 4/9 diễn ra lễ đón nhận Huân chương Lao động hạng Ba của Công ty Cổ phần Sông Mây.")
    assert [r[1] for r in got] == [None]


def test_a_middle_and_given_name_alone_is_a_name_in_part():
    # "Ngọc Lan" with no family name anywhere in the article: no recipient
    assert _rows("Chị Thu Trang cùng đàn chị Ngọc Lan được Ban tổ chức tặng bằng khen vì thành tích hiến máu.") == []
    # the article gives the full name elsewhere: that one
    got = _rows("Em Văn Toàn được Chủ tịch UBND huyện tặng Giấy khen.",
                "Trước đó, em Nguyễn Văn Toàn đã cứu hai em nhỏ bị đuối nước.")
    assert [r[3] for r in got] == ["Nguyễn Văn Toàn"]



def test_an_order_s_giver_is_not_taken_from_a_speaker_on_behalf_of_a_body():
    got = _rows("Sáng 4/9, Công ty Cổ phần Sông Mây đón nhận Huân chương Lao động hạng Ba.",
                "Thay mặt Ban Giám đốc, ông Lê Văn An cảm ơn các đơn vị đã giúp công ty đạt Huân chương Lao động "
                "hạng Ba.")
    assert [r[1] for r in got] == [None]


def test_counted_tiers_with_a_count_of_deeds():
    # "N lần" counts the group's deeds (donations), not awards received before
    got = awards("Trong đó, 35 cá nhân hiến máu tình nguyện 50 lần được trao Kỷ niệm chương “Vì sức khỏe cộng đồng”, "
                 "120 cá nhân hiến máu tình nguyện 25 lần được tặng Bằng khen của Hội Chữ thập đỏ tỉnh và "
                 "310 cá nhân hiến máu tình nguyện 15 lần được UBND tỉnh tặng Giấy khen.")
    assert [(g[0], g[1], g[4].split()[0]) for g in got] == [
        ("Kỷ niệm chương", None, "35"), ("Bằng khen", "Hội Chữ thập đỏ tỉnh", "120"), ("Giấy khen", "UBND tỉnh", "310")]


def test_awards_received_several_times_are_a_career():
    for text in ("Ông Lý Văn Tòng là kỹ sư duy nhất được chọn làm đại diện, 3 lần được trao tặng Huân chương Lao động.",
                 "Bệnh viện Đa khoa Bình Phú hai lần được tặng Cờ thi đua của Chính phủ."):
        assert awards(text) == [], text


def test_honour_of_the_state_named_in_full():
    got = awards("Sáng 8/3, UBND huyện Tân Lạc tổ chức lễ trao tặng và truy tặng danh hiệu vinh dự Nhà nước "
                 "“Bà mẹ Việt Nam Anh hùng” cho mẹ Đinh Thị Rạng và mẹ Bùi Thị Khuyên.")
    assert got == [("Danh hiệu Bà mẹ Việt Nam Anh hùng", "UBND huyện Tân Lạc", None, "Đinh Thị Rạng", None),
                   ("Danh hiệu Bà mẹ Việt Nam Anh hùng", "UBND huyện Tân Lạc", None, "Bùi Thị Khuyên", None)]
    assert [g[4] for g in awards("Tỉnh ủy tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước "
                                 "“Bà mẹ Việt Nam Anh hùng” cho 48 mẹ.")] == ["48 mẹ"]


def test_a_tally_after_a_history_of_the_state_is_no_conferral():
    assert awards("Toàn huyện có 14 tập thể được Đảng, Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang "
                  "nhân dân, 260 bà mẹ được truy tặng và phong tặng danh hiệu Bà mẹ Việt Nam Anh hùng.") == []


def test_the_ones_praised_with_an_award_receive_it():
    got = awards("Sở Giáo dục và Đào tạo đã trao Giấy khen và tuyên dương em Lò Thị Mai, học sinh lớp 5B.")
    assert got == [("Giấy khen", "Sở Giáo dục và Đào tạo", None, "Lò Thị Mai", None)]


def test_a_name_misspelt_once_is_the_same_recipient():
    got = _article("UBND xã đã trao Giấy khen cho em Phan Thi Hồng Nhung.",
                   "Chủ tịch xã trao Giấy khen cho em Phan Thị Hồng Nhung, học sinh lớp 3.",
                   "Em Phan Thị Hồng Nhung rất vui.")
    assert got == [("Giấy khen", None, "Phan Thị Hồng Nhung", None)]


def test_a_person_with_his_post_receives_not_the_body_of_the_post():
    assert awards("Ông Đào Văn Khải, Giám đốc Sở Tư pháp được Thủ tướng Chính phủ tặng Bằng khen.") == [
        ("Bằng khen", "Thủ tướng Chính phủ", None, "Đào Văn Khải", None)]
    assert awards("Ông Mạc Văn Lực, nguyên Bí thư Huyện ủy được trao Huy hiệu 55 năm tuổi Đảng.") == [
        ("Huy hiệu 55 năm tuổi Đảng", None, None, "Mạc Văn Lực", None)]


def test_recipient_after_den_or_right_after_the_badge():
    assert awards("Đồng chí Tạ Văn Hưng trao Huy hiệu 40 năm tuổi Đảng đến đồng chí Kiều Văn Toàn.") == [
        ("Huy hiệu 40 năm tuổi Đảng", None, None, "Kiều Văn Toàn", None)]
    assert [g[3] for g in awards("Đồng chí Tạ Văn Hưng trao Huy hiệu 30 năm tuổi Đảng đồng chí Kiều Văn Toàn "
                                 "và đồng chí Đinh Thị Lụa.")] == ["Kiều Văn Toàn", "Đinh Thị Lụa"]
    assert [g[4] for g in awards("Ban Thường vụ Huyện ủy trao Giấy khen đến 14 tập thể và 26 cá nhân.")] == [
        "14 tập thể và 26 cá nhân"]
    assert awards("Việc trao Bằng khen đến nay vẫn chậm.") == []


def test_two_kinds_the_giver_after_them_gives_the_last():
    assert awards("Ông Đỗ Văn Khang đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba và Bằng khen "
                  "của Thủ tướng Chính phủ.") == [
        ("Huân chương Lao động hạng Ba", "Chủ tịch nước", None, "Đỗ Văn Khang", None),
        ("Bằng khen", "Thủ tướng Chính phủ", None, "Đỗ Văn Khang", None)]
    assert [g[1] for g in awards("Trường Mầm non Hoa Sen vinh dự đón nhận Huân chương Lao động hạng Ba "
                                 "và Cờ thi đua của UBND tỉnh.")] == [None, "UBND tỉnh"]


def test_a_second_passive_giving_keeps_the_recipient():
    assert awards("Ông Đỗ Văn Khang đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba và được "
                  "Thủ tướng Chính phủ tặng Bằng khen.") == [
        ("Huân chương Lao động hạng Ba", "Chủ tịch nước", None, "Đỗ Văn Khang", None),
        ("Bằng khen", "Thủ tướng Chính phủ", None, "Đỗ Văn Khang", None)]


def test_two_badges_written_with_the_party_age_once():
    assert [g[0] for g in awards("Đồng chí Phí Văn Lâm trao Huy hiệu 55 năm và Huy hiệu 45 năm tuổi Đảng "
                                 "cho 7 đồng chí.")] == ["Huy hiệu 55 năm tuổi Đảng", "Huy hiệu 45 năm tuổi Đảng"]


def test_a_comrade_right_after_a_named_medal():
    assert awards("Đồng chí Mai Văn Tư trao Kỷ niệm chương “Vì sự nghiệp Dân vận” đồng chí Quách Thị Nhàn.") == [
        ("Kỷ niệm chương", None, None, "Quách Thị Nhàn", None)]


def _article_awards(text):
    from kg.article import Article
    from kg.extract.pipeline import extract_facts
    facts = extract_facts(Article(id="t", path="t", text=text))
    return sorted((a.kind, a.recipient_person or (a.recipient_org and a.recipient_org.name) or a.group,
                   a.giver and a.giver.name) for a in facts.awards)


def test_bodies_that_give_together_make_one_conferral():
    # the list of givers stays as written (readers count one row); the graph links each body
    got = _article_awards("Sáng 12/3, tại lễ chào cờ đầu tuần, Hội đồng đội tỉnh, Sở GD&ĐT Hà Tĩnh và UBND "
                          "xã Kỳ Tiến đã trao giấy khen cho em Trần Thị Mai vì nhặt được của rơi trả lại người mất.")
    assert got == [("Giấy khen", "Trần Thị Mai", "Hội đồng đội tỉnh, Sở GD&ĐT Hà Tĩnh và UBND xã Kỳ Tiến")]
    from kg.article import Article
    from kg.extract.pipeline import extract_facts
    [award] = extract_facts(Article(id="t", path="t", text="Sáng 12/3, Hội đồng đội tỉnh, Sở GD&ĐT Hà Tĩnh và UBND "
                                    "xã Kỳ Tiến đã trao giấy khen cho em Trần Thị Mai.")).awards
    assert [g.name for g in award.givers] == ["Hội đồng đội tỉnh", "Sở GD&ĐT Hà Tĩnh", "UBND xã Kỳ Tiến"]
    assert giver_parts("Hội đồng đội tỉnh, Sở GD&ĐT Hà Tĩnh và UBND xã Kỳ Tiến") == [
        "Hội đồng đội tỉnh", "Sở GD&ĐT Hà Tĩnh", "UBND xã Kỳ Tiến"]
    # a place's leadership listed together is one body
    assert giver_parts("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Hà Tĩnh") == []


def test_a_places_leadership_listed_together_is_one_giver():
    # "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh X": the province's leadership acting as one
    got = _article_awards("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Kon Tum trao Bằng khen cho 25 tập thể "
                          "có thành tích xuất sắc.")
    assert len(got) == 1 and got[0][2] == "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Kon Tum"


def test_a_bare_group_noun_counted_by_the_awards_before_it():
    # "trao 3 Bằng khen tặng cá nhân …": three Bằng khen, so three persons; uncounted, no row
    got = _article_awards("Sáng 5/6, Liên đoàn Lao động tỉnh đã trao 4 Bằng khen tặng cá nhân có thành tích xuất sắc.")
    assert got == [("Bằng khen", "cá nhân", "Liên đoàn Lao động tỉnh")]
    assert _article_awards("Sáng 5/6, Liên đoàn Lao động tỉnh đã trao Bằng khen tặng cá nhân có thành tích.") == []


def test_named_persons_after_their_count_are_the_recipients():
    # "Hai sinh viên A và B được …": the names, not the count, receive
    got = awards("Hai sinh viên Lê Văn Hiệp và Trần Văn Thắng được UBND tỉnh Đắk Nông tặng bằng khen.")
    assert [(g, p) for _, g, _, p, _ in got] == [("UBND tỉnh Đắk Nông", "Lê Văn Hiệp"),
                                                 ("UBND tỉnh Đắk Nông", "Trần Văn Thắng")]
    # each named after what they are: "sinh viên A và sinh viên B"
    got = awards("UBND tỉnh tặng Bằng khen cho sinh viên Lê Văn Hiệp và sinh viên Trần Văn Thắng.")
    assert [p for *_, p, _ in got] == ["Lê Văn Hiệp", "Trần Văn Thắng"]
    # a count with no names stays a counted group
    assert awards("12 đảng viên được trao Huy hiệu 30 năm tuổi Đảng.") == [
        ("Huy hiệu 30 năm tuổi Đảng", None, None, None, "12 đảng viên")]


def test_a_corporation_written_tct_receives():
    got = awards("Thay mặt lãnh đạo Nhà nước, bà Lê Thị Mai trao tặng Huân chương Lao động hạng Ba "
                 "cho TCT Bưu điện Việt Nam.")
    assert [(k, o) for k, _, o, _, _ in got] == [("Huân chương Lao động hạng Ba", "TCT Bưu điện Việt Nam")]


def test_a_head_of_agency_gives_in_his_own_name():
    # award_givers.txt: heads of agencies confer Giấy khen in their own name
    got = awards("Giám đốc Công an TP. Hải Phòng cũng tặng Giấy khen cho 1 tập thể và 16 cá nhân.")
    assert [(k, g, grp) for k, g, _, _, grp in got] == [("Giấy khen", "Giám đốc Công an TP. Hải Phòng",
                                                         "1 tập thể và 16 cá nhân")]
    # his deputy hands over; a board gives as itself
    got = awards("Phó Giám đốc Công an tỉnh Nguyễn Văn An trao Giấy khen cho 5 cán bộ.")
    assert [g for _, g, *_ in got] == [None]
    got = awards("Ban Giám đốc Công an tỉnh đã tặng giấy khen cho đồng chí Võ Thành Cương.")
    assert [g for _, g, *_ in got] == ["Ban Giám đốc Công an tỉnh"]


def test_no_office_starts_inside_a_longer_role():
    # "Phó Tổng cục trưởng", "Chi cục trưởng" hold no "Cục trưởng" that gives
    assert [g for _, g, *_ in awards("Phó Tổng cục trưởng Tổng cục Chính trị Nguyễn Văn An trao Bằng khen "
                                     "cho 10 tập thể.")] == [None]
    assert [g for _, g, *_ in awards("Tổng cục trưởng Tổng cục Thuế tặng Bằng khen cho 5 cá nhân.")] == [
        "Tổng cục trưởng Tổng cục Thuế"]


def test_a_recipient_unit_whose_name_ends_in_lower_case_or_is_joined_by_dashes():
    assert awards("Nhân dịp này, Phó Thủ tướng Lê Văn An đã trao Cờ Thi đua của Chính phủ cho Cục Quản lý "
                  "Y dược cổ truyền.") == [("Cờ Thi đua", "Chính phủ", "Cục Quản lý Y dược cổ truyền", None, None)]
    assert awards("Thay mặt Chính phủ, Phó Thủ tướng Lê Văn An trao tặng Huân chương Lao động hạng nhất cho "
                  "Tổng cục Tiêu chuẩn - Đo lường - Chất lượng.")[0][2] == "Tổng cục Tiêu chuẩn - Đo lường - Chất lượng"
    assert awards("Bộ trưởng trao Bằng khen cho Cục Quản lý Dược - Bộ Y tế vì đã có thành tích.")[0][2] == \
        "Cục Quản lý Dược - Bộ Y tế"
    # a dash before a post ends the recipient
    assert awards("Chủ tịch UBND tỉnh trao Bằng khen cho ông Lê Văn An - Giám đốc Sở Y tế.") == [
        ("Bằng khen", "Chủ tịch UBND tỉnh", None, "Lê Văn An", None)]


def test_a_trade_union_s_flags_and_units():
    # a union's own flag, and its units as a counted group of recipients
    assert awards("Tổng LĐLĐ Việt Nam tặng cờ vững mạnh xuất sắc cho 9 tập thể.") == [
        ("Cờ vững mạnh xuất sắc", "Tổng LĐLĐ Việt Nam", None, None, "9 tập thể")]
    assert awards("LĐLĐ tỉnh tặng 6 cờ thi đua xuất sắc cho các công đoàn cơ sở.") == [
        ("Cờ Thi đua xuất sắc", "LĐLĐ tỉnh", None, None, "các công đoàn cơ sở")]
    # a headline run into the next sentence: the group ends at its noun
    assert awards("Hội Nông dân tỉnh tặng bằng khen cho 9 tập thể Vừa qua, Hội đã tổ chức hội nghị.")[0][4] == "9 tập thể"


def test_one_giver_spelt_two_ways_gives_one_conferral():
    assert _article("Tổng LĐLĐ Việt Nam tặng bằng khen cho 29 tập thể.",
                    "Các cấp công đoàn được Tổng LĐLĐVN tặng bằng khen cho 29 tập thể.") == [
        ("Bằng khen", None, None, "29 tập thể")]


def test_a_recipient_written_once_with_an_abbreviation_is_one_conferral():
    from kg.article import parse_article
    from kg.extract.pipeline import extract_facts
    text = ("Tin\n\nNgày 16/6/2017\n\nSáng 16/6, Tổng công ty Bưu điện Việt Nam đón nhận Huân chương Lao động hạng "
            "Ba. Thay mặt lãnh đạo Đảng và Nhà nước, bà Trương Thị Mai trao tặng Huân chương Lao động hạng Ba cho TCT "
            "Bưu điện Việt Nam.\n")
    found = extract_facts(parse_article(text, "t")).awards
    assert len(found) == 1 and found[0].recipient_org.name.endswith("Bưu điện Việt Nam")


def test_an_army_unit_receives_an_award():
    assert awards("Sáng 12/3, Lữ đoàn Công binh 575 đã đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.") == [
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", None, "Lữ đoàn Công binh 575", None, None)]


def test_members_of_a_body_are_a_group_not_the_body():
    # "cho hội viên Hội X": the members are awarded, not the association
    got = awards("Ông Hồ Văn Lợi trao Kỷ niệm chương cho hội viên Liên Chi hội Nhà báo ngành Tài chính.")
    assert got == [("Kỷ niệm chương", None, None, None, "hội viên Liên Chi hội Nhà báo ngành Tài chính")]
    # a unit's noun names the body awarded
    got = awards("Sáng 12/3, UBND tỉnh tặng Bằng khen cho đảng bộ Công an tỉnh vì thành tích xuất sắc.")
    assert got == [("Bằng khen", "UBND tỉnh", "đảng bộ Công an tỉnh", None, None)]
    got = awards("Hội Nhà báo tỉnh đã trao tặng Kỷ niệm chương cho 30 hội viên.")
    assert got == [("Kỷ niệm chương", "Hội Nhà báo tỉnh", None, None, "30 hội viên")]
