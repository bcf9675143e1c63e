import pytest

from kg.extract.names import country_at, foreign_name_at, lead_in, name_at, person_name, vietnamese_syllable
from kg.extract.text import tokenize


def name(text, honorific=False):
    toks = tokenize(text)
    n = name_at(toks, 0, after_honorific=honorific)
    return person_name(toks, 0, n) if n else None


@pytest.mark.parametrize("text, expected", [
    ("Ma Thế Hồng, Ủy viên", "Ma Thế Hồng"),
    ("Nguyễn Thị Thu Hà phát biểu", "Nguyễn Thị Thu Hà"),
    ("Lò Văn Tùng", "Lò Văn Tùng"),
    ("Sùng Mí Vừ dự", "Sùng Mí Vừ"),
    ("Giàng Seo Phử", "Giàng Seo Phử"),
    ("Cát Thị Mai Lan phát biểu", "Cát Thị Mai Lan"),  # rarer family names of the data
    ("Khuất Văn Bình dự", "Khuất Văn Bình"),
    ("Nhâm Quang Huy, Bí thư", "Nhâm Quang Huy"),
    ("Sền Mí Chư", None),  # Sền is not in the family-name list …
    ("NGUYỄN VĂN SƠN phát biểu", "Nguyễn Văn Sơn"),
    ("Hà Giang là tỉnh", None),
    ("Hồ Chí Minh", None),
    ("Nguyễn", None),
    ("Phó Bí thư Tỉnh ủy", None),
])
def test_names(text, expected):
    assert name(text) == expected


def test_after_an_honorific_any_capitalised_run_is_a_name():
    assert name("Sền Mí Chư", honorific=True) == "Sền Mí Chư"


def test_a_name_stops_before_a_title():
    assert name("Trần Văn A Bí thư Tỉnh ủy") == "Trần Văn A"


@pytest.mark.parametrize("text, n", [
    ("đồng chí Đại tá Nguyễn Văn Hải", 4),
    ("PGS.TS Trần Thị Mai", 1),
    ("PGS. TS. Trần Thị Mai", 4),
    ("ông TS Lê Văn An", 2),
    ("Thiếu tướng, PGS.TS Hồ Quang Bình", 4),
    ("Nguyễn Văn Hải", 0),
])
def test_honorifics_ranks_and_degrees_lead_in_to_a_name(text, n):
    assert lead_in(tokenize(text), 0) == n


@pytest.mark.parametrize("text, expected", [
    ("TS Lê Văn An", None),                 # a degree is no part of a name
    ("Lê Văn An Tại buổi làm việc", "Lê Văn An"),
    ("Hà Lan và Việt Nam", None),           # a country, not Ms Hà Lan
    ("Châu Âu", None),
    ("Nguyễn Thị Nga", "Nguyễn Thị Nga"),   # a given name that is also a country stays
    ("Trần Đức Anh", "Trần Đức Anh"),
])
def test_what_is_and_is_not_part_of_a_name(text, expected):
    assert name(text) == expected


@pytest.mark.parametrize("word, vi", [
    ("Nguyễn", True), ("Nghiêm", True), ("Khuyến", True), ("Mí", True),
    ("Donald", False), ("Trump", False), ("Bangkok", False),
])
def test_vietnamese_syllable_shape(word, vi):
    assert vietnamese_syllable(word) is vi


def test_two_names_side_by_side_split_at_the_second_family_name():
    toks = tokenize("Vũ Thị Hồng Nhung Lê Văn Tám phát biểu")
    assert name_at(toks, 0) == 4 and name_at(toks, 4) == 3


def test_roman_numerals_and_kin_words_inside_a_sentence_are_no_names():
    toks = tokenize("chuyên khoa II Tạ Văn Hùng")
    assert name_at(toks, 2, after_honorific=True) == 0 and name_at(toks, 3) == 3
    toks = tokenize("Thủ tướng Anh Lê Văn Hùng")
    assert lead_in(toks, 2) == 0 and lead_in(tokenize("Anh Lê Văn Hùng"), 0) == 1


def foreign(text, after_country=False):
    toks = tokenize(text)
    n = foreign_name_at(toks, 0, after_country=after_country)
    return person_name(toks, 0, n) if n else None


@pytest.mark.parametrize("text, expected", [
    ("Xổm-phăn Vi-lay-vông hội đàm", "Xổm-phăn Vi-lay-vông"),  # hyphen-joined syllables are one word
    ("Jean-Pierre Moulin phát biểu", "Jean-Pierre Moulin"),
    ("Hendrik van der Broek cho biết", "Hendrik van der Broek"),
    ("Kim Soo-min nói", "Kim Soo-min"),
    ("Pu-lin đã tới", None),  # a surname alone is a name written in part
    ("Tập Viễn Bình nói", None),  # Vietnamese-shaped syllables alone are no foreign name …
    ("Liên hợp quốc", None),
    ("Pháp Michel Durant", None),  # a country is no part of the name
])
def test_foreign_names(text, expected):
    assert foreign(text) == expected


def test_sino_vietnamese_names_after_a_country():
    assert foreign("Tập Viễn Bình nói", after_country=True) == "Tập Viễn Bình"
    assert foreign("Nguyễn Văn Hai Bình nói", after_country=True) is None  # four syllables: not such


def test_a_vietnamese_name_is_not_cut_from_a_hyphenated_word():
    # "Lào Bun-xay …": the country and the first piece of a hyphenated name are no person
    assert name("Lào Bun-xay Vo-la-phăn", honorific=True) is None
    assert name("Nguyễn Văn Bình-Chủ tịch UBND xã") == "Nguyễn Văn Bình"  # a dash before a title


def test_countries():
    assert country_at(tokenize("Cam-pu-chia Hun Xa"), 0) == 5
    assert country_at(tokenize("CHDCND Lào Bun-xay"), 0) == 2
    assert country_at(tokenize("Lào Cai Đặng Văn A"), 0) == 0  # a province, not the country


@pytest.mark.parametrize("text, n", [
    ("Cộng hòa Séc", 3),
    ("nước Cộng hòa Hồi giáo Iran", 6),
    ("CHXHCN Việt Nam", 3),
    ("Liên bang Nga tại", 3),
    ("Cộng hòa nhân dân", 0),  # a state form with no country after it
    ("nước mắm", 0),
])
def test_a_country_keeps_the_state_form_its_formal_name_opens_with(text, n):
    assert country_at(tokenize(text), 0) == n


def test_a_head_word_closed_by_a_mark_is_the_given_name():
    # "Viện", "Hội", "Báo" open bodies ("Viện X", "Hội Y"), but with a mark right after
    # them nothing of a body follows: they end the person's name
    from kg.extract.positions import extract_positions
    from kg.facts import Sentence
    for text, name in [("Theo ông Trần Hữu Viện - Giám đốc Sở Y tế - việc này đã xong.", "Trần Hữu Viện"),
                       ("Ông Lê Văn Hội, Chủ tịch UBND xã, cho biết.", "Lê Văn Hội")]:
        persons, positions = extract_positions(Sentence(0, text, 0, len(text)))
        assert persons == [name] and [p.person for p in positions] == [name]


def test_a_place_closed_by_a_mark_after_a_family_and_a_middle_name_is_the_given_name():
    from kg.extract.names import name_at
    from kg.extract.text import tokenize
    toks = tokenize("bà Khúc Thị Bình Thuận, Phó Giám đốc Sở Tư pháp")
    assert name_at(toks, 1, after_honorific=True) == 4
    toks = tokenize("ông Khúc Văn Hải Dương - Bí thư Huyện ủy")
    assert name_at(toks, 1, after_honorific=True) == 4


def test_a_place_before_the_sentences_verb_after_a_family_and_a_middle_name_is_the_given_name():
    from kg.extract.positions import extract_positions
    from kg.facts import Sentence
    toks = tokenize("Chủ tịch UBND huyện Đào Gia Thái Bình cho hay đất đã giao")
    assert name_at(toks, 4) == 4
    text = "Phó Chủ tịch UBND huyện Đông Anh Đào Gia Thái Bình cũng nhìn nhận có sự bất cập."
    persons, positions = extract_positions(Sentence(0, text, 0, len(text)))
    assert [(p.person, p.title.text) for p in positions] == [("Đào Gia Thái Bình", "Phó Chủ tịch UBND huyện Đông Anh")]
    # after a family name alone the place is no given name ("Nguyễn Hà Nam" stays two words here)
    toks = tokenize("UBND tỉnh Hà Nam cho biết")
    assert name_at(toks, 2) == 0


@pytest.mark.parametrize("text, n", [
    ("Ksor Văn Tơ, Phó Chủ tịch", 3),      # a family name in plain Latin letters, then marked syllables
    ("Điểu K'rơm, Bí thư", 2),             # a syllable with an apostrophe after its first letter
    ("Điểu K’rơm, Bí thư", 2),             # the same with a typographic apostrophe
    ("Y Khuê Bk’rông cho biết", 3),
])
def test_central_highlands_names(text, n):
    assert name_at(tokenize(text), 0, after_honorific=True) == n


def test_an_apostrophe_after_more_than_two_letters_makes_no_name_syllable():
    assert name_at(tokenize("Asia's Next Top"), 0, after_honorific=True) == 0


@pytest.mark.parametrize("text, expected", [
    ("Đại biểu Điểu Văn Sơn phát biểu.", "Điểu Văn Sơn"),
    ("Vụ trưởng Ngũ Văn Tâm cho biết.", "Ngũ Văn Tâm"),
    ("Phó Chủ tịch Quốc hội Uông Văn Tâm điều hành phiên họp.", "Uông Văn Tâm"),
    ("Giám đốc Khưu Minh Tâm cho biết.", "Khưu Minh Tâm"),
])
def test_rarer_family_names_start_a_name_without_an_honorific(text, expected):
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == expected.split()[0])
    assert person_name(toks, i, name_at(toks, i)) == expected


def test_what_follows_a_bare_head_in_another_states_body_opens_with_a_country():
    from kg.extract.names import opens_with_country

    assert opens_with_country("Cuba")  # "Quốc hội| Cuba"
    assert opens_with_country("Lào")  # "Chính phủ| Lào"
    assert not opens_with_country("đổi mới và phát triển doanh nghiệp")  # "Ban chỉ đạo| …"
    assert not opens_with_country("")


@pytest.mark.parametrize("text, expected", [
    ("Đỗ Văn Viện cho biết", "Đỗ Văn Viện"),  # a head word the verb follows is the given name
    ("Hà Thị Ban đã ký", "Hà Thị Ban"),
    ("Lương Văn Hội và các đại biểu", "Lương Văn Hội"),
    ("Đỗ Văn Khang Viện Kinh tế", "Đỗ Văn Khang"),  # a head word with its name opens a body
])
def test_a_head_word_before_a_verb_ends_the_name_as_its_given_name(text, expected):
    assert name(text) == expected


@pytest.mark.parametrize("text, person", [
    ("Người phát ngôn Văn phòng Tổng thống Myanmar, ông U Kyaw Htun, cho biết như vậy.", "Kyaw Htun"),
    ("Tổng thống Kazakhstan President Nursultan Abenov phát biểu tại lễ khai mạc.", "Nursultan Abenov"),
    ("Quốc vương Qatar Sheikh Tamim bin Khalid Al-Nasser bày tỏ hy vọng rạn nứt sẽ được hàn gắn.",
     "Tamim bin Khalid Al-Nasser"),
])
def test_a_foreign_honorific_before_a_foreign_name_is_no_part_of_it(text, person):
    from kg.extract.positions import extract_positions
    from kg.facts import Sentence
    _, found = extract_positions(Sentence(0, text, 0, len(text)))
    assert [p.person for p in found] == [person]


def test_u_before_a_vietnamese_looking_name_stays():
    from kg.extract.positions import extract_positions
    from kg.facts import Sentence
    text = "Ông U Minh Thanh, Chủ tịch UBND xã Hòa Bình cho biết như vậy."
    _, found = extract_positions(Sentence(0, text, 0, len(text)))
    assert [p.person for p in found] == ["U Minh Thanh"]


def test_a_monks_dharma_surname_opens_his_name():
    from kg.extract.positions import extract_positions
    from kg.facts import Sentence
    text = "Thượng tọa Thích Minh Tuệ, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bình Dương, dự lễ."
    persons, found = extract_positions(Sentence(0, text, 0, len(text)))
    assert persons == ["Thích Minh Tuệ"]
    assert [(p.person, p.title.text) for p in found] == [
        ("Thích Minh Tuệ", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bình Dương")]
    # the Buddha is no person of the news
    text = "Đại lễ tưởng niệm Đức Phật Thích Ca Mâu Ni diễn ra tại chùa."
    assert extract_positions(Sentence(0, text, 0, len(text)))[0] == []


def test_a_marked_family_opens_a_name_only_before_a_middle_name():
    from kg.extract.names import name_at
    from kg.extract.text import tokenize
    # "Đồng" (marked_families.txt) is a family name before a middle name, and a whole name
    toks = tokenize("Đồng Văn Lâm phát biểu")
    assert name_at(toks, 0) == 3
    # and the first word of places, streets and the currency otherwise
    for text in ("Đồng Hới hôm nay", "Đồng Văn hôm nay", "đồng Việt Nam tăng giá", "Đồng Việt Nam tăng giá"):
        assert name_at(tokenize(text), 0) == 0, text


def test_a_marked_familys_name_may_hold_viet_later():
    from kg.extract.names import name_at
    from kg.extract.text import tokenize
    assert name_at(tokenize("Đồng Văn Việt Hùng phát biểu"), 0) == 4


def test_a_name_read_as_exactly_a_district_is_the_place():
    # district_names.txt: "Vũ Quang", "Hoàng Mai" begin like a person's name
    toks = tokenize("Giám đốc Bệnh viện Đa khoa Vũ Quang Nguyễn Văn Toại")
    assert name_at(toks, 6) == 0 and name_at(toks, 8) == 3
    assert name_at(tokenize("Trưởng Công an quận Hoàng Mai cho biết"), 4) == 0
    # a longer name that begins with one is a person's, and so is a district of three words read
    # as family, middle and given name ("Dương Minh Châu")
    assert name_at(tokenize("Hà Trung Kiên cho biết"), 0) == 3
    assert name_at(tokenize("Giám đốc Sở Tài chính Dương Minh Châu cho biết"), 5) == 3
    # after an honorific or a rank, the two words are a person's name
    assert name_at(tokenize("ông Từ Sơn"), 1, after_honorific=True) == 2
    assert name_at(tokenize("Thiếu tướng Từ Sơn, Giám đốc Công an tỉnh"), 2) == 2


def test_a_family_name_that_opens_only_a_long_name():
    # long_families.txt: "Du Chính Thanh" is a person, "Tây Du Ký" a film
    assert name_at(tokenize("Du Chính Thanh phát biểu"), 0) == 3
    assert name_at(tokenize("Phim Tây Du Ký"), 2) == 0


def test_no_name_begins_inside_a_place_or_is_a_year_s_name():
    # "Đào Nha" of "Bồ Đào Nha", "Rịa-Vũng Tàu" of "Bà Rịa-Vũng Tàu"
    toks = tokenize("Đội tuyển Bồ Đào Nha thắng")
    assert name_at(toks, 3) == 0
    toks = tokenize("tỉnh Bà Rịa-Vũng Tàu mưa lớn")
    assert name_at(toks, 2, after_honorific=True) == 0 and foreign_name_at(toks, 2) == 0
    # year_names.txt: "Tết Đinh Dậu" names a year; a longer name that begins so is a person's
    assert name_at(tokenize("Tết Đinh Dậu"), 1) == 0
    assert name_at(tokenize("Đinh Dậu Minh cho biết"), 0) == 3


def test_a_capitalised_level_and_its_place_is_no_name():
    # "… đoàn Đại biểu Quốc hội Tỉnh Quảng Bình": a province written with a capital "Tỉnh"
    assert name("Tỉnh Quảng Bình ghi nhận", honorific=True) is None
    assert name("Huyện Quảng Ninh cho biết", honorific=True) is None
    # a capitalised word that is a level word alone, with no place after it, still may be a name's
    assert name("Tỉnh Văn Hòa cho biết", honorific=True) == "Tỉnh Văn Hòa"


def test_a_head_word_right_after_a_family_name_may_be_the_person_s():
    # "Bộ Lĩnh" is no ministry, "Ban" closed by a comma no committee: a middle and a given name
    assert name("Lê Bộ Lĩnh trình bày dự thảo") == "Lê Bộ Lĩnh"
    assert name("Hà Ban, Phó Trưởng ban Tổ chức Trung ương", honorific=True) == "Hà Ban"
    # a head and its field, or a head and a place, still open a body
    assert name("Trần Bộ Y tế cho biết") is None
    assert name("Nguyễn Sở Tư pháp cho biết") is None


def test_thay_is_the_old_spelling_of_the_teacher_s_honorific():
    from kg.extract.names import honorific_at
    from kg.extract.text import tokenize
    assert honorific_at(tokenize("Thày Võ Minh Thông cho biết"), 0)


def test_a_pronoun_of_two_words_ends_a_name_its_first_word_alone_does_not():
    from kg.extract.positions import extract_positions
    from kg.facts import Sentence
    for text, pairs in [
            ("Theo đó, ông Đặng Văn Chúng, Chánh văn phòng HĐND và UBND quận đã ký thông cáo.",
             [("Đặng Văn Chúng", "Chánh văn phòng HĐND và UBND quận")]),
            # a lost sentence break before "Chúng tôi": the name stops there
            ("Bí thư Tỉnh ủy Lê Văn An Chúng tôi sẽ làm tốt việc này.", [("Lê Văn An", "Bí thư Tỉnh ủy")])]:
        _, positions = extract_positions(Sentence(0, text, 0, len(text)))
        assert [(p.person, p.title.text) for p in positions] == pairs
