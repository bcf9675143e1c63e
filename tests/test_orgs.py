import pytest

from kg.extract.orgs import orgs_in, org_at
from kg.extract.text import tokenize


def org(text):
    found = org_at(text, tokenize(text), 0)
    return (found[1].name, found[1].kind) if found else None


@pytest.mark.parametrize("text, expected", [
    ("Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh tổ chức", ("Đảng bộ Khối Cơ quan – Doanh nghiệp tỉnh", "PartyOrganization")),
    ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đã", ("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "PartyCommittee")),
    ("Ban Thường vụ Tỉnh ủy và các đồng chí", ("Ban Thường vụ Tỉnh ủy", "StandingCommittee")),
    ("UBND tỉnh Hà Giang, ", ("UBND tỉnh Hà Giang", "PeoplesCommittee")),
    ("Hội Cựu chiến binh huyện Yên Minh tổ chức", ("Hội Cựu chiến binh huyện Yên Minh", "MassOrganization")),
    ("Đoàn TNCS Hồ Chí Minh tỉnh", ("Đoàn TNCS Hồ Chí Minh tỉnh", "MassOrganization")),
    ("Chi bộ Báo Lạng Sơn đẩy mạnh", ("Chi bộ Báo Lạng Sơn", "PartyCell")),
    ("Ủy ban Kiểm tra Huyện ủy Bắc Mê", ("Ủy ban Kiểm tra Huyện ủy Bắc Mê", "InspectionCommission")),
    ("các đại biểu", None),
    ("Tại hội nghị", None),
])
def test_organization_names(text, expected):
    assert org(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trung tâm Y tế huyện Kỳ Sơn tổ chức", ("Trung tâm Y tế huyện Kỳ Sơn", "StateAgency")),
    ("Bệnh viện Đa khoa tỉnh Phú Yên đã", ("Bệnh viện Đa khoa tỉnh Phú Yên", "StateAgency")),
    ("Ban Tuyên giáo và Dân vận Huyện ủy Đức Thọ chủ trì", ("Ban Tuyên giáo và Dân vận Huyện ủy Đức Thọ",
                                                           "PartyCommission")),
    ("Ủy ban Kinh tế của Quốc hội thẩm tra", ("Ủy ban Kinh tế của Quốc hội", "StateBody")),
    ("Bộ Tư lệnh Quân khu 4 tổ chức", ("Bộ Tư lệnh Quân khu 4", "StateAgency")),
    # a verb after the name is no part of it, however it is spelled
    ("UBND tỉnh Bình Định tổ chức hội nghị", ("UBND tỉnh Bình Định", "PeoplesCommittee")),
    ("Thành ủy TP.HCM Nguyễn Văn Tâm", ("Thành ủy TP.HCM", "PartyCommittee")),
])
def test_names_with_lower_case_syllables_numbers_and_of(text, expected):
    assert org(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sở Lao động, Thương binh và Xã hội tỉnh Hà Nam đã", ("Sở Lao động, Thương binh và Xã hội tỉnh Hà Nam",
                                                          "StateAgency")),
    # a comma before another body, a role or a person ends the name
    ("Sở Tư pháp, Sở Nội vụ và Công an tỉnh", ("Sở Tư pháp", "StateAgency")),
    ("Hiệp hội Du lịch tỉnh Khánh Hòa Theo đó", ("Hiệp hội Du lịch tỉnh Khánh Hòa", "MassOrganization")),
])
def test_names_that_list_their_fields(text, expected):
    assert org(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Liên hiệp các tổ chức hữu nghị tỉnh Bình Thuận đã", ("Liên hiệp các tổ chức hữu nghị tỉnh Bình Thuận",
                                                            "MassOrganization")),
    ("Cục Phát thanh, truyền hình và thông tin điện tử đã", ("Cục Phát thanh, truyền hình và thông tin điện tử",
                                                             "StateAgency")),
])
def test_lower_case_fields_listed_in_a_name(text, expected):
    assert org(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name's second syllable in lower case, before the verb of the clause
    ("Hội Nhà văn tổ chức hội nghị tổng kết.", "Hội Nhà văn"),
    # "và" joins a second field written in lower case, up to the place
    ("Trung tâm Giám sát và điều phối giao thông công cộng TP.HCM cho biết.",
     "Trung tâm Giám sát và điều phối giao thông công cộng TP.HCM"),
    # "và" joins a second capitalised field after a lower-case word
    ("Ban Thẩm tra và Dự báo, Viện Kinh tế, cho biết.", "Ban Thẩm tra và Dự báo"),
    # a field opened by "về", up to the place
    ("Viện Khảo cứu về phát triển bền vững Cần Thơ công bố.", "Viện Khảo cứu về phát triển bền vững Cần Thơ"),
    # a verb phrase after "về" is no field
    ("Sở Y tế về kiểm tra Cần Thơ.", "Sở Y tế"),
    # a name's word whose second syllable alone would be a clause word
    ("Văn phòng Đăng ký đất đai, Sở Tài nguyên, cho biết.", "Văn phòng Đăng ký đất đai"),
    ("Công ty Tư vấn công trình hàng không, nêu rõ.", "Công ty Tư vấn công trình hàng không"),
    # an acronym before the lower-case words, closed like an apposition
    ("Ban QLDA cầu vượt sông Lam, cho biết.", "Ban QLDA cầu vượt sông Lam"),
])
def test_a_name_goes_on_in_lower_case_words(text, expected):
    assert org(text)[0] == expected


def test_the_general_confederation_keeps_its_tong_wherever_it_is_found():
    assert [o.name for o in orgs_in("Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 3 tập thể.")] \
        == ["Tổng Liên đoàn Lao động Việt Nam"]
    assert [o.name for o in orgs_in("Công đoàn ngành được Tổng LĐLĐ Việt Nam tặng Cờ thi đua.")][-1] \
        == "Tổng LĐLĐ Việt Nam"


def test_a_comma_joining_two_acts_stays_inside_the_name():
    assert org("Trung tâm Phòng, chống HIV/AIDS tỉnh Bắc Sơn cho biết")[0] == "Trung tâm Phòng, chống HIV/AIDS tỉnh Bắc Sơn"
    assert org("Phòng Cảnh sát phòng cháy, chữa cháy Công an tỉnh Bắc Sơn đã")[0] == \
        "Phòng Cảnh sát phòng cháy, chữa cháy Công an tỉnh Bắc Sơn"
    # any other comma still ends it
    assert org("Trung tâm Y tế huyện Tân An, chống dịch")[0] == "Trung tâm Y tế huyện Tân An"


@pytest.mark.parametrize("text, expected", [
    # a lower-case field ending in its level closes at the sentence's end
    ("Chi cục Kiểm lâm vùng núi tỉnh.", "Chi cục Kiểm lâm vùng núi tỉnh"),
    ("Trung tâm Dịch vụ nông nghiệp thành phố.", "Trung tâm Dịch vụ nông nghiệp thành phố"),
    ("Sở Y tế bật khóc.", "Sở Y tế"),  # a verb phrase stays out
])
def test_a_lower_case_field_ending_in_its_level_ends_the_sentence(text, expected):
    assert org(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # "thuộc" and a named body: the body the unit is part of
    ("Trung tâm Phát triển quỹ đất thuộc Sở Tài nguyên và Môi trường tỉnh Bình Sơn cho biết",
     "Trung tâm Phát triển quỹ đất thuộc Sở Tài nguyên và Môi trường tỉnh Bình Sơn"),
    ("Phòng Kế hoạch – Tài chính thuộc Sở TN&MT cho biết", "Phòng Kế hoạch – Tài chính thuộc Sở TN&MT"),
    # a bare head after "thuộc" is a name cut short: the unit ends before it
    ("Viện Nghiên cứu châu Á thuộc Trung tâm vì một nền an ninh mới nhận xét", "Viện Nghiên cứu châu Á"),
    # "thuộc" and a place is a clause: "xã A thuộc huyện B"
    ("Trường Tiểu học Tân Lập thuộc huyện Đồng Xuân", "Trường Tiểu học Tân Lập"),
])
def test_a_unit_goes_on_to_the_body_it_belongs_to(text, expected):
    assert org(text)[0] == expected


def test_a_lower_case_field_goes_on_to_its_branch():
    # "Chi nhánh" after the field's lower-case words is the office's branch, not a new name
    assert org("Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 5 bị phê bình")[0] == \
        "Văn phòng Đăng ký quyền sử dụng đất Chi nhánh quận 5"


def test_a_front_keeps_its_tran():
    assert org("Hội đồng quốc gia Mặt trận Đoàn kết xây dựng Tổ quốc Campuchia dự lễ")[0] == \
        "Hội đồng quốc gia Mặt trận Đoàn kết xây dựng Tổ quốc Campuchia"


def test_a_grade_inside_a_name_is_a_word_of_its_field():
    assert org("Phòng Tổ chức cán bộ Sở Y tế tỉnh Bình Sơn cho biết")[0] == "Phòng Tổ chức cán bộ Sở Y tế tỉnh Bình Sơn"
    assert org("Cục Nhà giáo và Cán bộ quản lý giáo dục cho biết")[0] == "Cục Nhà giáo và Cán bộ quản lý giáo dục"


def test_a_name_listing_several_fields_after_commas_is_read_whole():
    assert org("Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội cho biết")[0] == \
        "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"
    # a list of bodies, each with its head, is no one name
    assert org("Sở Y tế, Sở Tài chính, Công an tỉnh và các ngành")[0] == "Sở Y tế"


def test_the_anti_smuggling_steering_committee_keeps_its_listed_fields():
    assert org("Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Bình Sơn chủ trì")[0] == \
        "Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh Bình Sơn"


def test_places_listed_after_a_body_are_no_fields_of_its_name():
    assert org("Sở Y tế Hà Nội, Hải Phòng, Đà Nẵng và TP.HCM dự họp")[0] == "Sở Y tế Hà Nội"


def test_the_air_defence_air_force_service_keeps_its_name():
    assert org("Quân chủng Phòng không - Không quân tổ chức lễ")[0] == "Quân chủng Phòng không - Không quân"
    assert org("Quân chủng Hải quân tổ chức lễ")[0] == "Quân chủng Hải quân"


def test_a_level_word_that_no_place_follows_does_not_make_a_name_a_place():
    from kg.extract.orgs import org_span
    from kg.extract.text import tokenize
    toks = tokenize("UBND TP Nguyễn Văn Phong, TP phải cương quyết")
    assert org_span(toks, 0, after_role=True) == 2
    toks = tokenize("UBND phường Bùi Thị Xuân, quận Hai Bà Trưng")
    assert org_span(toks, 0, after_role=True) == 5


def test_a_post_after_cua_is_no_body_s_owner():
    from kg.extract.orgs import org_span
    from kg.extract.text import tokenize
    toks = tokenize("Cục Chống tham nhũng và số điện thoại cá nhân của Cục trưởng Cục Chống tham nhũng")
    stop = [t.text for t in toks].index("của")
    assert org_span(toks, 0) <= stop  # the post after "của" and its body stay out
