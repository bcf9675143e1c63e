"""Posts stated with a verb or in a career narrative (kg/extract/careers.py).
Invented names and places; each shape is one the apposition reader misses."""

from __future__ import annotations

from kg.article import Article
from kg.extract.pipeline import extract_facts


def _posts(text: str) -> set[tuple[str, str]]:
    facts = extract_facts(Article(id="t", path="t", text=text))
    return {(p.person, p.title.text) for p in facts.positions}


def test_career_list_after_an_aside_gives_every_post():
    got = _posts("Ông Nguyễn Văn An (sinh năm 1970) từng giữ các chức vụ Phó Chủ tịch UBND huyện Đức Lập; "
                 "Bí thư Huyện ủy Đức Lập; Giám đốc Sở Xây dựng tỉnh Quảng Tây.")
    assert {("Nguyễn Văn An", "Phó Chủ tịch UBND huyện Đức Lập"), ("Nguyễn Văn An", "Bí thư Huyện ủy Đức Lập"),
            ("Nguyễn Văn An", "Giám đốc Sở Xây dựng tỉnh Quảng Tây")} <= got


def test_appointment_verb_far_from_the_name():
    got = _posts("Ngày 3-4, Ban Bí thư đã ký quyết định chỉ định ông Trần Quốc Hưng tham gia Ban Chấp hành, "
                 "Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Hòa Bình nhiệm kỳ 2015-2020.")
    assert ("Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy Hòa Bình") in got


def test_pronoun_takes_the_full_name_given_before():
    got = _posts("Ông Trần Quốc Hưng sinh năm 1968 tại Nam Định. Trước khi làm Thứ trưởng Bộ Công Thương, "
                 "ông từng giữ các chức vụ: Vụ trưởng Vụ Kế hoạch, Chánh Văn phòng Bộ.")
    assert ("Trần Quốc Hưng", "Vụ trưởng Vụ Kế hoạch") in got
    assert not any(person == "Nam Định" for person, _ in got)


def test_part_name_takes_the_full_name_and_copula_needs_a_body():
    got = _posts("Ông Lê Văn Bình được bầu giữ chức Chủ tịch HĐND tỉnh. Trước đó, ông Bình là Phó Chủ tịch UBND tỉnh.")
    assert ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh") in got


def test_part_name_without_full_name_is_no_row():
    got = _posts("Ông Lê Văn Bình đến dự. Trước đó, ông Bình là Phó Chủ tịch UBND tỉnh Hòa Lâm, "
                 "còn ông Tâm là Giám đốc Sở Y tế tỉnh Hòa Lâm.")
    assert ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh Hòa Lâm") in got
    assert not any(title == "Giám đốc Sở Y tế tỉnh Hòa Lâm" for _, title in got)


def test_left_post_and_new_post_after_titles():
    got = _posts("Theo quyết định, ông Phạm Minh Tâm, Ủy viên Trung ương Đảng, thôi giữ chức Bí thư Tỉnh ủy Long An, "
                 "được phân công nhiệm vụ Phó Trưởng Ban Nội chính Trung ương.")
    assert {("Phạm Minh Tâm", "Bí thư Tỉnh ủy Long An"), ("Phạm Minh Tâm", "Phó Trưởng Ban Nội chính Trung ương")} <= got


def test_duties_after_a_colon_read_whole_items():
    got = _posts("Ông Đoàn Văn Hậu thực hiện các nhiệm vụ: Trưởng ban chỉ đạo công tác cải cách hành chính của Bộ "
                 "Tư pháp; Trưởng ban Chỉ huy quân sự Bộ Tư pháp; Chủ tịch Hội đồng thi đua khen thưởng Bộ Tư pháp.")
    assert {("Đoàn Văn Hậu", "Trưởng ban chỉ đạo công tác cải cách hành chính của Bộ Tư pháp"),
            ("Đoàn Văn Hậu", "Trưởng ban Chỉ huy quân sự Bộ Tư pháp"),
            ("Đoàn Văn Hậu", "Chủ tịch Hội đồng thi đua khen thưởng Bộ Tư pháp")} <= got


def test_frame_with_holder_after_it():
    got = _posts("Trên cương vị Giám đốc Sở Công Thương tỉnh Hòa Lâm, ông Lương Văn Tài đã chỉ đạo nhiều việc. "
                 "Đây là chuyến thăm đầu tiên của ông Lương Văn Tài trên cương vị Bí thư Tỉnh ủy Hòa Lâm.")
    assert {("Lương Văn Tài", "Giám đốc Sở Công Thương tỉnh Hòa Lâm"),
            ("Lương Văn Tài", "Bí thư Tỉnh ủy Hòa Lâm")} <= got


def test_career_joined_by_roi():
    got = _posts("Ông Đặng Văn Khoa sinh năm 1950. Sau ngày thống nhất, ông Khoa từng làm Bí thư Quận ủy quận 3 "
                 "rồi Trưởng ban Tuyên giáo Thành ủy.")
    assert {("Đặng Văn Khoa", "Bí thư Quận ủy quận 3"), ("Đặng Văn Khoa", "Trưởng ban Tuyên giáo Thành ủy")} <= got


def test_appointment_object_is_the_holder_not_the_one_who_hands_it():
    got = _posts("Tại hội nghị, Bộ trưởng Đặng Văn Khoa đã trao quyết định bổ nhiệm ông Lý Văn Tường giữ chức vụ "
                 "Giám đốc Sở Tài chính tỉnh Hà Nam.")
    assert ("Lý Văn Tường", "Giám đốc Sở Tài chính tỉnh Hà Nam") in got
    assert ("Đặng Văn Khoa", "Giám đốc Sở Tài chính tỉnh Hà Nam") not in got


def test_proposals_and_plans_are_no_rows():
    got = _posts("Ông Hà Văn Dũng, Phó Giám đốc Sở Y tế, dự kiến sẽ giữ chức Giám đốc Sở Y tế tỉnh Hòa Lâm. "
                 "Ông Vũ Văn Cường, Phó Chủ tịch UBND huyện, chưa giữ chức Chủ tịch UBND huyện Tân Lạc.")
    assert ("Hà Văn Dũng", "Giám đốc Sở Y tế tỉnh Hòa Lâm") not in got
    assert ("Vũ Văn Cường", "Chủ tịch UBND huyện Tân Lạc") not in got
    got = _posts("Hội nghị đề nghị Ban Bí thư chỉ định ông Hà Văn Dũng tham gia Ban Chấp hành, giữ chức Giám đốc "
                 "Sở Y tế tỉnh Hòa Lâm; "
                 "ông Vũ Văn Cường, Phó Chủ tịch UBND huyện, thôi giữ chức Chủ tịch UBND huyện Tân Lạc.")
    assert ("Hà Văn Dũng", "Giám đốc Sở Y tế tỉnh Hòa Lâm") not in got
    assert ("Vũ Văn Cường", "Chủ tịch UBND huyện Tân Lạc") in got


def test_no_double_and_no_cut_copy_beside_the_full_post():
    got = _posts("Bà Lò Thị Hà, Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Hòa Lâm, dự lễ. Bà Hà từng giữ các chức vụ "
                 "Chủ tịch Hội hữu nghị Việt – Lào tỉnh Hòa Lâm, Phó Giám đốc Sở Ngoại vụ tỉnh Hòa Lâm.")
    assert {t for p, t in got if p == "Lò Thị Hà"} == {"Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Hòa Lâm",
                                                       "Phó Giám đốc Sở Ngoại vụ tỉnh Hòa Lâm"}


def test_a_fuller_post_replaces_its_cut_form():
    got = _posts("Thủ tướng Lê Văn Hùng đến thăm. Đây là chuyến thăm đầu tiên của ông Lê Văn Hùng "
                 "trên cương vị Thủ tướng Chính phủ.")
    assert {t for p, t in got if p == "Lê Văn Hùng"} == {"Thủ tướng Chính phủ"}


def test_pronoun_skips_a_name_that_is_no_subject():
    got = _posts("Ông Trần Văn Lâm sinh năm 1960 tại Hòa Lâm, là học trò của Nguyễn Hữu Đạt. "
                 "Năm 2001, ông được bầu làm Chủ tịch Hội Văn nghệ tỉnh Hòa Lâm.")
    assert ("Nguyễn Hữu Đạt", "Chủ tịch Hội Văn nghệ tỉnh Hòa Lâm") not in got
    assert ("Trần Văn Lâm", "Chủ tịch Hội Văn nghệ tỉnh Hòa Lâm") in got


def test_terms_between_posts_and_a_list_item_of_another_person():
    got = _posts("Ông Lê Văn Nhân là Ủy viên Trung ương Đảng khóa X, XI, XII; Ủy viên Bộ Chính trị khóa XI, XII; "
                 "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam khóa VII. Theo đó, bà Lê Thị Hoa làm Bộ trưởng Quốc phòng "
                 "tỉnh Hòa Lâm; cựu Giám đốc Sở Nông nghiệp Nguyễn Văn Lộc được làm Giám đốc Sở Công Thương.")
    assert {("Lê Văn Nhân", "Ủy viên Bộ Chính trị khóa XI, XII"),
            ("Lê Văn Nhân", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")} <= got
    assert not any(p == "Lê Thị Hoa" and "Nông nghiệp" in t for p, t in got)


def test_a_relative_named_before_the_verb_is_not_the_holder():
    got = _posts("Báo chí đề cập việc tỉnh bổ nhiệm ông Phạm Văn Quý, em trai Bí thư Tỉnh ủy Phạm Thị Thanh Hà "
                 "làm Giám đốc Sở Tài chính tỉnh Hòa Lâm. Trước đó, ông Quý từng giữ chức Phó Giám đốc Sở Tài "
                 "chính tỉnh Hòa Lâm.")
    assert ("Phạm Thị Thanh Hà", "Giám đốc Sở Tài chính tỉnh Hòa Lâm") not in got
    assert ("Phạm Văn Quý", "Phó Giám đốc Sở Tài chính tỉnh Hòa Lâm") in got


def test_became_honoured_and_former_copula():
    got = _posts("Thứ trưởng Bộ Công Thương Lê Văn Toàn vừa đắc cử trở thành tân Chủ tịch Hội Cơ khí Việt Nam. "
                 "Bà Hà Thị Yến - Phó Bí thư Thường trực được Đại hội suy tôn làm Chủ tịch danh dự Hội Cơ khí Việt Nam. "
                 "Bị kỷ luật có ông Lò Văn Phúc, Phó trưởng ban Dân vận Tỉnh ủy, nguyên là Bí thư Huyện ủy kiêm "
                 "Chủ tịch UBND huyện Mường Khoa.")
    assert ("Lê Văn Toàn", "Chủ tịch Hội Cơ khí Việt Nam") in got
    assert ("Hà Thị Yến", "Chủ tịch danh dự Hội Cơ khí Việt Nam") in got
    # the district written after "kiêm" is the first post's too
    assert {("Lò Văn Phúc", "nguyên Bí thư Huyện ủy Mường Khoa"),
            ("Lò Văn Phúc", "nguyên Chủ tịch UBND huyện Mường Khoa")} <= got


def test_duties_list_in_the_next_sentence_or_on_bullet_lines():
    got = _posts("Ông Lê Văn Hùng, Thứ trưởng Bộ Tài chính. Thực hiện các nhiệm vụ: Trưởng ban chỉ đạo cải cách "
                 "hành chính của Bộ Tài chính; Thường trực Hội đồng thi đua Bộ Tài chính; Chủ tịch Hội đồng lương Cơ quan "
                 "Bộ Tài chính.\n"
                 "Bà Trần Thị Mai được phân công thực hiện các nhiệm vụ:\n- Trưởng ban Chỉ huy quân sự Bộ Nội vụ;\n"
                 "- Chủ tịch Hội đồng thi đua khen thưởng Bộ Nội vụ.\nHội nghị kết thúc lúc 11 giờ.")
    assert {("Lê Văn Hùng", "Trưởng ban chỉ đạo cải cách hành chính của Bộ Tài chính"),
            ("Lê Văn Hùng", "Chủ tịch Hội đồng lương Cơ quan Bộ Tài chính"),
            ("Trần Thị Mai", "Trưởng ban Chỉ huy quân sự Bộ Nội vụ"),
            ("Trần Thị Mai", "Chủ tịch Hội đồng thi đua khen thưởng Bộ Nội vụ")} <= got


def test_pronoun_stands_for_the_person_the_narrative_is_about():
    got = _posts("Lễ gắn biển tên đường Trần Văn Lâm. Nhà báo Trần Văn Lâm sinh năm 1921 tại Hòa Lâm. "
                 "Liệt sỹ Trần Văn Lâm là lãnh đạo đầu tiên của Nha. "
                 "Dự lễ có đồng chí Võ Văn Hải, Phó Chủ tịch HĐND tỉnh Hòa Lâm. Năm 1945, ông được cử giữ chức "
                 "Phó Giám đốc Nha Thông tin Việt Nam. Bà Nguyễn Tú Anh nhận quyết định. Tháng 4, bà Tú Anh "
                 "trở thành Tổng giám đốc Công ty Thanh toán Hòa Lâm.")
    assert ("Trần Văn Lâm", "Phó Giám đốc Nha Thông tin Việt Nam") in got
    assert ("Võ Văn Hải", "Phó Giám đốc Nha Thông tin Việt Nam") not in got
    assert ("Nguyễn Tú Anh", "Tổng giám đốc Công ty Thanh toán Hòa Lâm") in got


def test_pronoun_after_a_part_name_takes_its_full_name():
    # "ông Lâm" stands for Phạm Văn Lâm; the bare "ông" two sentences on does too
    got = _posts("Ông Phạm Văn Lâm sinh năm 1961. Trước đó, ông Lâm có 10 năm công tác tại Tổng công ty Hòa Bình. "
                 "Giai đoạn 2001-2006, ông Lâm làm Chủ tịch Hội đồng quản trị PVC. "
                 "Từ năm 2006 đến năm 2011, ông làm Bộ trưởng Xây dựng.")
    assert ("Phạm Văn Lâm", "Bộ trưởng Xây dựng") in got


def test_a_deputys_terms_listed_after_a_post():
    got = _posts("Ông Phạm Văn Lâm sinh năm 1961. Ông là Ủy viên Trung ương Đảng khóa X, XI; "
                 "đại biểu Quốc hội khóa XI, XIII.")
    assert ("Phạm Văn Lâm", "đại biểu Quốc hội khóa XI, XIII") in got


def test_a_bare_minister_beside_the_rank_and_post_is_the_same_post():
    got = _posts("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Đào Văn Hưng chủ trì họp báo. "
                 "Theo Bộ trưởng Đào Văn Hưng, Chính phủ sẽ rà soát các dự án.")
    assert got == {("Đào Văn Hưng", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")}


def test_counted_deputies_take_the_body_of_the_head_named_before():
    got = _posts("Ông Lê Văn Hòa được bầu làm Chủ tịch Hội Làm vườn Việt Nam khóa V. "
                 "Các Phó chủ tịch gồm các ông: Trần Văn Ba, Ngô Thị Tư.")
    assert {("Trần Văn Ba", "Phó chủ tịch Hội Làm vườn Việt Nam"),
            ("Ngô Thị Tư", "Phó chủ tịch Hội Làm vườn Việt Nam")} <= got
    got = _posts("Hiện nay, ông Lê Văn Hòa, Ủy viên Bộ Chính trị làm Trưởng ban Nội chính Trung ương. "
                 "Năm phó ban khác gồm các ông Trần Văn Ba, Thứ trưởng Bộ Công an; Ngô Văn Tư, Ủy viên dự khuyết "
                 "Trung ương Đảng.")
    assert {("Trần Văn Ba", "phó ban Nội chính Trung ương"), ("Ngô Văn Tư", "phó ban Nội chính Trung ương"),
            ("Trần Văn Ba", "Thứ trưởng Bộ Công an")} <= got


def test_counted_deputies_with_no_head_named_before_are_no_rows():
    got = _posts("Hội nghị diễn ra sáng nay. Các Phó chủ tịch gồm các ông: Trần Văn Ba, Ngô Thị Tư.")
    assert not any(title.startswith("Phó chủ tịch") for _, title in got)


def test_deputies_not_a_post_of_another_deputy():
    # "Phó Chủ tịch thường trực HĐQT" is one deputy's own post, not the others'
    got = _posts("Ông Lê Văn Hòa giữ chức Chủ tịch HĐQT ngân hàng. Ông Trần Văn Ba giữ chức Phó Chủ tịch thường "
                 "trực HĐQT ngân hàng. Hiện có 3 Phó Chủ tịch là ông Ngô Văn Tư, ông Trần Văn Ba và ông Đỗ Văn Năm.")
    assert ("Ngô Văn Tư", "Phó Chủ tịch HĐQT ngân hàng") in got


def test_posts_taken_away_from_the_one_named_after_doi_voi():
    got = _posts("Ông Phan Văn Tài là đại biểu Quốc hội. Ban Bí thư quyết định kỷ luật cách chức Ủy viên Ban Thường "
                 "vụ Tỉnh ủy nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015 đối với ông Phan Văn Tài (bao gồm cách "
                 "chức cả các chức vụ: Phó bí thư Tỉnh ủy, Bí thư Tỉnh ủy Bắc Sơn theo quy định).")
    # the province the list ends with is spread to the earlier post of the same level
    assert {("Phan Văn Tài", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Phan Văn Tài", "Phó bí thư Tỉnh ủy Bắc Sơn"),
            ("Phan Văn Tài", "Bí thư Tỉnh ủy Bắc Sơn")} <= got
    got = _posts("Ủy ban Thường vụ Quốc hội cho thôi làm nhiệm vụ đại biểu Quốc hội khóa XIV đối với ông Phan Văn Tài.")
    assert ("Phan Văn Tài", "đại biểu Quốc hội khóa XIV") in got


def test_who_takes_a_post_away_does_not_hold_it():
    got = _posts("Tổng thống Pháp Marco Ferrel đã cách chức Giám đốc Cơ quan Tình báo Pháp Jean Dubois hôm qua.")
    assert ("Marco Ferrel", "Giám đốc Cơ quan Tình báo Pháp") not in got
    got = _posts("Ông Phan Văn Tài bị cách chức Giám đốc Sở Xây dựng tỉnh Bắc Sơn.")
    assert ("Phan Văn Tài", "Giám đốc Sở Xây dựng tỉnh Bắc Sơn") in got


def test_a_rank_after_la_before_the_post_is_skipped():
    got = _posts("Bộ trưởng trao huy hiệu cho ông Trần Văn Lợi. Ông Lợi là đại tá, nguyên hiệu trưởng Trường "
                 "Sỹ quan Thông tin.")
    assert ("Trần Văn Lợi", "nguyên hiệu trưởng Trường Sỹ quan Thông tin") in got



def test_transferred_and_appointed_to_a_post():
    got = _posts("Ông Hồ Văn Sáu được điều động và bổ nhiệm chức danh Phó Giám đốc Sở Công Thương kể từ ngày 1-6; "
                 "ông Lê Văn Bảy được điều động, bổ nhiệm giữ chức Phó Ban Tuyên giáo Tỉnh ủy.")
    assert {("Hồ Văn Sáu", "Phó Giám đốc Sở Công Thương"), ("Lê Văn Bảy", "Phó Ban Tuyên giáo Tỉnh ủy")} <= got


def test_a_holder_may_stand_only_near_a_person_or_an_honorific():
    from kg.extract.careers import _may_have_holder
    from kg.facts import Sentence
    plain = Sentence(5, "Sau đó giữ chức Giám đốc Sở Tài chính tỉnh Lâm Hà.", 0, 10)
    assert not _may_have_holder(plain, {1: ["Trần Văn Bình"]})
    assert _may_have_holder(plain, {4: ["Trần Văn Bình"]})  # the subject left out is the one before
    said = Sentence(5, "Trước đó, Ông từng giữ chức Giám đốc Sở Tài chính.", 0, 10)
    assert _may_have_holder(said, {1: ["Trần Văn Bình"]})


def test_posts_in_lower_case_with_the_years_held_after_them():
    got = _posts("Ông Hoàng Văn Lực có quá trình công tác gần 30 năm. Thế nhưng trên cương vị ủy viên Ban Chấp "
                 "hành Trung ương Đảng khóa X, bí thư Đảng ủy, chủ tịch hội đồng thành viên Tổng công ty Lương "
                 "thực Việt Nam giai đoạn 2008-2012, ông đã mắc nhiều khuyết điểm.")
    assert {("Hoàng Văn Lực", "ủy viên Ban Chấp hành Trung ương Đảng khóa X"),
            ("Hoàng Văn Lực", "bí thư Đảng ủy Tổng công ty Lương thực Việt Nam"),
            ("Hoàng Văn Lực", "chủ tịch hội đồng thành viên Tổng công ty Lương thực Việt Nam")} <= got


def test_posts_framed_by_the_time_they_were_held():
    got = _posts("Trung ương cho ông Phạm Quốc Trụ thôi giữ chức do vi phạm trong thời kỳ là Ủy viên Trung ương "
                 "Đảng, Bí thư Đảng ủy, Chủ tịch Hội đồng Thành viên Tập đoàn Cao su Việt Nam, để lại hậu quả.")
    assert {("Phạm Quốc Trụ", "Ủy viên Trung ương Đảng"),
            ("Phạm Quốc Trụ", "Chủ tịch Hội đồng Thành viên Tập đoàn Cao su Việt Nam")} <= got
    assert _posts("Ông Phạm Quốc Trụ khi là sinh viên đã đi làm thêm.") == set()


def test_leaving_a_post_says_it_is_held_even_in_a_plan():
    got = _posts("Theo quyết định của Ban Thường vụ Tỉnh ủy, ông Lương Văn Tám sẽ thôi giữ chức Trưởng ban "
                 "Dân vận Tỉnh ủy Hòa Lâm để nhận công tác mới.")
    assert ("Lương Văn Tám", "Trưởng ban Dân vận Tỉnh ủy Hòa Lâm") in got
    got = _posts("Sau khi bị kỷ luật, ông Lương Văn Tám đã có đơn xin thôi Ủy viên Ban Thường vụ Tỉnh ủy Hòa Lâm.")
    assert ("Lương Văn Tám", "Ủy viên Ban Thường vụ Tỉnh ủy Hòa Lâm") in got
    got = _posts("Ông Lương Văn Tám, Phó Giám đốc Sở Y tế, sẽ giữ chức Giám đốc Sở Y tế tỉnh Hòa Lâm.")
    assert ("Lương Văn Tám", "Giám đốc Sở Y tế tỉnh Hòa Lâm") not in got


def test_the_one_disciplined_loses_the_post_the_clause_takes_away():
    got = _posts("Hội nghị quyết định thi hành kỷ luật ông Lương Văn Tám bằng hình thức cảnh cáo và cho thôi "
                 "giữ chức Ủy viên Ban Chấp hành Trung ương Đảng khóa XII.")
    assert ("Lương Văn Tám", "Ủy viên Ban Chấp hành Trung ương Đảng khóa XII") in got
    got = _posts("Trung ương đã xem xét thi hành kỷ luật bằng hình thức cảnh cáo và cho thôi giữ chức Ủy viên Bộ "
                 "Chính trị khóa XII đối với ông Lương Văn Tám.")
    assert ("Lương Văn Tám", "Ủy viên Bộ Chính trị khóa XII") in got
    # the one who signs the decision loses nothing
    got = _posts("Chủ tịch UBND tỉnh Đoàn Văn Chín đã ký quyết định cho thôi giữ chức Giám đốc Sở Y tế tỉnh Hòa Lâm.")
    assert not any(p == "Đoàn Văn Chín" and "Sở Y tế" in t for p, t in got)


def test_a_bare_post_held_at_once_with_the_one_before_it_is_the_holders():
    got = _posts("Ông Hồ Văn Mười sinh năm 1960. Từ năm 2008 đến 2010, ông là Phó Chủ tịch HĐQT kiêm Tổng giám đốc.")
    assert {("Hồ Văn Mười", "Phó Chủ tịch HĐQT"), ("Hồ Văn Mười", "Tổng giám đốc")} <= got


def test_a_frame_states_a_post_held_even_in_a_clause_that_weighs_a_sanction():
    got = _posts("Trung ương đã xem xét thi hành kỷ luật đối với ông Hồ Văn Mười, Bí thư Tỉnh ủy Hòa Lâm do có "
                 "vi phạm rất nghiêm trọng trong công tác lãnh đạo, quản lý và công tác cán bộ trong thời kỳ là "
                 "Bí thư Đảng ủy, Tổng giám đốc Tổng công ty Lâm nghiệp Hòa Lâm.")
    assert ("Hồ Văn Mười", "Tổng giám đốc Tổng công ty Lâm nghiệp Hòa Lâm") in got
    got = _posts("Khi ông Hồ Văn Mười còn công tác ở tỉnh, ở vị trí Phó Chủ tịch UBND tỉnh Hòa Lâm, "
                 "việc thu hút đầu tư rất khó khăn.")
    assert ("Hồ Văn Mười", "Phó Chủ tịch UBND tỉnh Hòa Lâm") in got


def test_a_duty_list_in_a_later_clause_is_the_subject_of_the_sentence_before():
    got = _posts("Đồng chí Hồ Văn Mười sinh năm 1970 tại Hòa Lâm, hiện là Thứ trưởng Bộ Xây dựng. "
                 "Trực tiếp theo dõi công tác văn phòng của khối cơ quan Bộ; Thực hiện các nhiệm vụ: "
                 "Trưởng ban Chỉ huy quân sự Bộ Xây dựng; Chủ tịch Hội đồng lương Bộ Xây dựng.")
    assert ("Hồ Văn Mười", "Trưởng ban Chỉ huy quân sự Bộ Xây dựng") in got


def test_verbs_joined_in_one_clause_share_the_holder_named_far_back():
    got = _posts("Theo quyết định của Ban Thường vụ Thành ủy, ông Hồ Văn Mười, Bí thư Quận ủy Hòa Lâm, nhiệm kỳ "
                 "2015-2020 thôi giữ chức Bí thư Quận ủy Hòa Lâm, điều động đến nhận công tác tại Trường Chính trị "
                 "thành phố và bổ nhiệm giữ chức Hiệu trưởng Trường Chính trị thành phố.")
    assert ("Hồ Văn Mười", "Hiệu trưởng Trường Chính trị thành phố") in got
    # someone else named between: the later verb is not the first one's
    got = _posts("Ông Hồ Văn Mười thôi giữ chức Bí thư Quận ủy Hòa Lâm, còn bà Lê Thị Na được bổ nhiệm giữ chức "
                 "Hiệu trưởng Trường Chính trị thành phố.")
    assert ("Hồ Văn Mười", "Hiệu trưởng Trường Chính trị thành phố") not in got


def test_a_country_leader_after_a_copula_is_no_post():
    got = _posts("Thủ tướng Hồ Văn Mười cũng là lãnh đạo ASEAN đầu tiên tới thăm Canada.")
    assert not any(t.lower().startswith("lãnh đạo") for _, t in got)


def test_ba_stands_for_the_woman_not_the_man_named_more_often():
    # "bà" is a woman: not the man the article has named most, whom it calls "ông"
    text = ("Ông Phan Văn Lộc nhận nhiệm vụ mới. Trước đó, ông Lộc là Phó Giám đốc Sở Công Thương. "
            "Ông Phan Văn Lộc cảm ơn lãnh đạo tỉnh. Bà Đặng Thị Mai, Giám đốc Sở Nội vụ, phát biểu. "
            "Bà cũng là Ủy viên Ban Thường vụ Tỉnh ủy.")
    got = _posts(text)
    assert ("Đặng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy") in got
    assert ("Phan Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy") not in got


def test_ong_never_stands_for_one_the_article_calls_ba():
    # a woman's name need not hold "Thị": the honorific the article gave her says it
    text = ("Bà Trương Hồng Nhung, Phó Chủ tịch UBND huyện Tân Phước, dự buổi lễ. "
            "Ông được bầu làm Chủ tịch Hội Nông dân huyện.")
    got = _posts(text)
    assert ("Trương Hồng Nhung", "Chủ tịch Hội Nông dân huyện") not in got


def test_ba_with_no_woman_named_may_stand_for_an_unmarked_name():
    # no one is called "ông" or has a "Thị" name: the one named before may be the woman
    text = ("Lê Hồng Vân, Phó Chủ tịch UBND tỉnh Tây Sơn, dự hội nghị. "
            "Bà từng giữ chức Giám đốc Sở Tài chính tỉnh Tây Sơn.")
    got = _posts(text)
    assert ("Lê Hồng Vân", "Giám đốc Sở Tài chính tỉnh Tây Sơn") in got


def test_an_appointing_agent_between_duoc_and_its_verb():
    # "A được Quốc hội phê chuẩn làm X": the one named before "được" takes the post, not the agent
    got = _posts("Ông Trần Văn Tiến được Quốc hội phê chuẩn làm Phó Chánh án Tòa án nhân dân tối cao.")
    assert ("Trần Văn Tiến", "Phó Chánh án Tòa án nhân dân tối cao") in got
    got = _posts("Ông Lê Văn Hạnh được Thủ tướng Nguyễn Văn Phúc bổ nhiệm làm Thứ trưởng Bộ Y tế.")
    assert ("Lê Văn Hạnh", "Thứ trưởng Bộ Y tế") in got and ("Nguyễn Văn Phúc", "Thứ trưởng Bộ Y tế") not in got
    got = _posts("Ông Lê Văn Hạnh được Bộ Chính trị phân công giữ chức Bí thư Tỉnh ủy Cao Bằng.")
    assert ("Lê Văn Hạnh", "Bí thư Tỉnh ủy Cao Bằng") in got
    # no "được": the subject appoints, he takes no post
    got = _posts("Chủ tịch UBND tỉnh Lê Văn Hạnh bổ nhiệm làm Giám đốc Sở Y tế một cán bộ trẻ.")
    assert ("Lê Văn Hạnh", "Giám đốc Sở Y tế") not in got


def test_a_proposal_between_duoc_and_its_appointing_verb_is_no_post():
    for text in ("Ông Trần Văn An được đề nghị bổ nhiệm làm Phó Giám đốc Sở Y tế.",
                 "Ông Trần Văn An được Ban Thường vụ Tỉnh ủy đề nghị bổ nhiệm làm Phó Giám đốc Sở Y tế.",
                 "Ông Trần Văn An được dự kiến bổ nhiệm làm Thứ trưởng Bộ Y tế.",
                 "Ông Trần Văn An là người được nhiều người kỳ vọng bổ nhiệm làm Thứ trưởng Bộ Y tế."):
        assert not any(p == "Trần Văn An" for p, _ in _posts(text)), text
    # an agent whose post opens in lower case, a level's, or the verb's own adverb, still appoints
    assert ("Lê Văn Hạnh", "Bộ trưởng Bộ Ngoại giao") in _posts(
        "Ông Lê Văn Hạnh được tái bổ nhiệm làm Bộ trưởng Bộ Ngoại giao.")
    assert ("Lê Văn Hạnh", "Giám đốc Sở Y tế") in _posts("Ông Lê Văn Hạnh được cấp trên bổ nhiệm làm Giám đốc Sở Y tế.")
    got = _posts("Tháng 12/2014, ông Vũ Văn Duy được chủ tịch UBND TP Hải Phòng bổ nhiệm làm Phó giám đốc Sở "
                 "Công Thương Hải Phòng.")
    assert ("Vũ Văn Duy", "Phó giám đốc Sở Công Thương Hải Phòng") in got


def test_an_amount_after_the_post_held_is_no_part_of_it():
    assert _posts("Ông Ebrahim Raisi tiếp tục giữ cương vị Tổng thống Iran thêm một nhiệm kỳ.") \
        == {("Ebrahim Raisi", "Tổng thống Iran")}


def test_a_post_given_up_by_a_discipline_was_held():
    assert _posts("Hội nghị Trung ương đã thi hành kỷ luật ông Hoàng Văn Tám bằng hình thức cảnh cáo, "
                  "thôi chức Ủy viên Bộ Chính trị.") == {("Hoàng Văn Tám", "Ủy viên Bộ Chính trị")}
    assert ("Hoàng Văn Tám", "Bí thư Tỉnh ủy Hà Nam") in _posts(
        "Bộ Chính trị phân công ông Hoàng Văn Tám thôi chức Bí thư Tỉnh ủy Hà Nam để nhận nhiệm vụ mới.")


def test_a_national_post_taken_away_from_the_one_named_after_doi_voi():
    assert _posts("Quốc hội đã miễn nhiệm chức vụ Phó Chủ tịch Quốc hội đối với ông Lê Quang Vinh.") \
        == {("Lê Quang Vinh", "Phó Chủ tịch Quốc hội")}
    assert _posts("Quốc hội đã bãi nhiệm tư cách đại biểu Quốc hội đối với bà Phan Thị Mai.") \
        == {("Phan Thị Mai", "đại biểu Quốc hội")}
