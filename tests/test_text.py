import re

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.text import match_words, split_sentences, tokenize


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
