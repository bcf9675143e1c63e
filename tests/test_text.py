import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.text import MAX_SENTENCE, match_words, split_sentences, tokenize


def test_sentences_keep_their_spans():
    body = "Ngày 14.1, Đảng bộ họp. Tại TP. Hà Giang, hội nghị diễn ra.\nDòng mới"
    ss = split_sentences(body)
    assert [s.text for s in ss] == ["Ngày 14.1, Đảng bộ họp.", "Tại TP. Hà Giang, hội nghị diễn ra.", "Dòng mới"]
    for s in ss:
        assert body[s.start:s.end].strip() == s.text


def test_wrapped_caption_lines_are_joined():
    body = "Đồng chí Trần Việt Hùng trao cờ của BTV Tỉnh ủy\ncho tập thể Đảng bộ Văn phòng Tỉnh ủy."
    [s] = split_sentences(body)
    assert s.text == body.replace("\n", " ")


def test_tokens_expand_abbreviations():
    toks = tokenize("Chủ tịch UBND tỉnh, T.Ư")
    assert [t.text for t in toks] == ["Chủ", "tịch", "UBND", "tỉnh", ",", "T.Ư"]
    assert toks[2].exp == ("ủy", "ban", "nhân", "dân")
    assert match_words(toks, 2, ("ủy", "ban", "nhân", "dân", "tỉnh")) == 2
    assert match_words(toks, 2, ("ủy", "ban")) == 0  # never half a token


@given(st.text(alphabet="aĐđ Ủ.’'/,-:()\t\n0123456789“”", max_size=40))
def test_token_spans_are_where_the_tokens_stand(text):
    toks = tokenize(text)
    assert [t.text for t in toks] == [m.group() for m in re.finditer(r"\w+(?:[.’'/]\w+)*|[^\w\s]", text)]
    assert [(t.start, t.end) for t in toks] == [m.span() for m in re.finditer(r"\w+(?:[.’'/]\w+)*|[^\w\s]", text)]
    for t in toks:
        assert text[t.start:t.end] == t.text


def test_a_level_abbreviated_with_a_dot_is_a_word_before_a_place():
    from kg.extract.text import tokenize
    toks = tokenize("UBND TP.Tam Kỳ và UBND H. Phú Ninh, Thành ủy TP.HCM, anh Lê Văn H. (25 tuổi)")
    assert [t.text for t in toks] == ["UBND", "TP.", "Tam", "Kỳ", "và", "UBND", "H.", "Phú", "Ninh", ",",
                                      "Thành", "ủy", "TP.HCM", ",", "anh", "Lê", "Văn", "H", ".", "(", "25",
                                      "tuổi", ")"]
    assert toks[1].exp == ("thành", "phố") and toks[6].exp == ("huyện",)


def test_the_city_s_level_with_a_space_before_its_capital_letters_is_a_word_of_its_own():
    from kg.extract.text import tokenize
    toks = tokenize("Công an TP. HCM và Tp. HCM, không TP.HCM, TP. HCMC hay TP. UBND")
    assert [t.text for t in toks] == ["Công", "an", "TP.", "HCM", "và", "Tp.", "HCM", ",", "không", "TP.HCM", ",",
                                      "TP", ".", "HCMC", "hay", "TP", ".", "UBND"]
    assert toks[2].exp == ("thành", "phố") and toks[3].exp == ("hồ", "chí", "minh")


@pytest.mark.parametrize("body, sentences", [
    # places, degrees and titles keep the name that follows them
    ("Hội nghị diễn ra tại TP. Cần Thơ. Dự có PGS.TS. Lê Văn Tám, Giám đốc Sở.",
     ["Hội nghị diễn ra tại TP. Cần Thơ.", "Dự có PGS.TS. Lê Văn Tám, Giám đốc Sở."]),
    ("Ông làm việc ở Q. Gò Vấp và P. Tân Định. ThS. Võ Thị Hà và Th.S. Đỗ Minh báo cáo.",
     ["Ông làm việc ở Q. Gò Vấp và P. Tân Định.", "ThS. Võ Thị Hà và Th.S. Đỗ Minh báo cáo."]),
    ("Trưởng đoàn là ThS.BS. Phan Thu. Thư ký là N.T.H. Lan.",
     ["Trưởng đoàn là ThS.BS. Phan Thu.", "Thư ký là N.T.H. Lan."]),
    ("Xã thuộc (H. Mường Tè) đã họp.", ["Xã thuộc (H. Mường Tè) đã họp."]),
    # an initial that ends a sentence still ends it
    ("Người khai báo là ông Trần Văn K. Sau đó công an vào cuộc.",
     ["Người khai báo là ông Trần Văn K.", "Sau đó công an vào cuộc."]),
    # numbers, dates, a place at the end of a sentence
    ("Có 1.250 đảng viên dự ngày 15.3.2017. Hội nghị họp ở TP.HCM. Sau đó bế mạc.",
     ["Có 1.250 đảng viên dự ngày 15.3.2017.", "Hội nghị họp ở TP.HCM.", "Sau đó bế mạc."]),
    # a quote keeps its closing mark; an ellipsis before a lower-case word is no end
    ('Ông nói: "Chúng tôi sẽ làm." Bà đáp: "Được." Rồi… đợi mãi. Xong… Bắt đầu.',
     ['Ông nói: "Chúng tôi sẽ làm."', 'Bà đáp: "Được."', "Rồi… đợi mãi.", "Xong…", "Bắt đầu."]),
    # after a lone full stop a lower-case word opens a sentence too (a caption's credit)
    ("Trao quà cho hộ nghèo. ảnh: Thu Hà. Xã còn 12 hộ nghèo.",
     ["Trao quà cho hộ nghèo.", "ảnh: Thu Hà.", "Xã còn 12 hộ nghèo."]),
    ("Vì sao? ông hỏi lại. Ông đi ở TP. đà lạt.", ["Vì sao? ông hỏi lại.", "Ông đi ở TP. đà lạt."]),
    ("Khi đó anh Lò Văn Đ. xuống giếng. Bà Lò Thị M. gọi người.",
     ["Khi đó anh Lò Văn Đ. xuống giếng.", "Bà Lò Thị M. gọi người."]),
])
def test_sentences_of_real_shapes(body, sentences):
    assert [s.text for s in split_sentences(body)] == sentences


def test_a_run_on_text_is_cut_into_bounded_sentences_in_linear_time():
    body = "ông Lê Văn Hải, Bí thư Đảng ủy xã Tân Lập, " * 50_000  # 2 MB, no full stop
    ss = split_sentences(body)
    assert all(len(s.text) <= MAX_SENTENCE for s in ss) and len(ss) > 600
    assert all(s.text.endswith(",") for s in ss[:-1])  # cut after a comma, never in a name
    assert "".join(body[s.start:s.end] for s in ss).replace(" ", "") == body.replace(" ", "")


@given(st.text(alphabet="aĐđ ƯỞ.…!?\"”“’'()TPQH,\n0123456789", max_size=80))
def test_sentence_spans_point_at_their_text(body):
    ss = split_sentences(body)
    for s in ss:
        assert body[s.start:s.end].replace("\n", " ") == s.text  # wrapped lines are joined by a space
    assert [s.index for s in ss] == list(range(len(ss)))


def test_a_photo_credit_in_capitals_ends_before_the_next_sentence():
    body = "Lễ cắt băng khánh thành. Ảnh: MINH ANH Ông Lê Văn Hai, Phó Bí thư Thành ủy, phát biểu."
    assert [s.text for s in split_sentences(body)] == [
        "Lễ cắt băng khánh thành.", "Ảnh: MINH ANH", "Ông Lê Văn Hai, Phó Bí thư Thành ủy, phát biểu."]


def test_a_photo_credit_with_initials_ends_before_a_word_that_opens_a_sentence():
    body = "Lễ khởi công cầu vượt. Ảnh: H.Kỳ Ông Lê Văn Tám, Phó Giám đốc Sở Xây dựng, cho biết."
    assert [s.text for s in split_sentences(body)] == [
        "Lễ khởi công cầu vượt.", "Ảnh: H.Kỳ", "Ông Lê Văn Tám, Phó Giám đốc Sở Xây dựng, cho biết."]
    assert [s.text for s in split_sentences("Ảnh: T.V.Giang Theo đó, tỉnh sẽ làm đường.")] == [
        "Ảnh: T.V.Giang", "Theo đó, tỉnh sẽ làm đường."]
    # a credit whose next word may be a name's goes on: no cut inside "N.Văn Minh"
    assert len(split_sentences("Ảnh: N.Văn Minh dự lễ.")) == 1


def test_a_western_middle_initial_ends_no_sentence():
    texts = [s.text for s in split_sentences("Cựu Tổng thống Mỹ Harold K. Wilbers đến thăm. Ông Trần Văn H. Sau đó ông về.")]
    assert texts == ["Cựu Tổng thống Mỹ Harold K. Wilbers đến thăm.", "Ông Trần Văn H.", "Sau đó ông về."]


def test_sentence_tokens_are_kept_for_one_article_only():
    from kg.extract.text import end_article, sentence_tokens
    first = sentence_tokens("Ông Trần Văn Bình dự họp.")
    assert sentence_tokens("Ông Trần Văn Bình dự họp.") is first  # read once per article
    end_article()
    again = sentence_tokens("Ông Trần Văn Bình dự họp.")
    assert again is not first and [t.text for t in again] == [t.text for t in first]


@pytest.mark.parametrize("text", ["Ông A\u00a0B, (TP. Vinh) và TP.HCM;  x_y H. Quỳ Hợp", "ở TP. HCM, Tp. HCM.", "a\tb  c", "", " ", "T.Ư 14.1 đ/c Q.Bình"])
def test_tokens_of_words_between_spaces_are_the_regex_tokens(text):
    from kg.extract.text import _SPACED_TOKEN, tokenize
    expected, pos = [], 0
    for spaces, w in _SPACED_TOKEN.findall(text):
        pos += len(spaces)
        expected.append((w, pos, pos + len(w)))
        pos += len(w)
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == expected


def test_a_place_s_level_before_a_sentence_opener_or_a_title_ends_the_sentence():
    from kg.extract.text import split_sentences
    got = [s.text for s in split_sentences(
        "Báo chí đồng hành cùng sự phát triển của TP. Chủ tịch HĐND TP Đà Nẵng Lê Văn An đánh giá cao. "
        "Dân ở TP. Theo ông A, việc này tốt. Ông ở TP. Hồ Chí Minh. Ở TP. Thủ Dầu Một có hội nghị.")]
    assert got == ["Báo chí đồng hành cùng sự phát triển của TP.",
                   "Chủ tịch HĐND TP Đà Nẵng Lê Văn An đánh giá cao.",
                   "Dân ở TP.", "Theo ông A, việc này tốt.",
                   "Ông ở TP. Hồ Chí Minh.", "Ở TP. Thủ Dầu Một có hội nghị."]
