"""The trie-shaped alternation matches what a longest-first alternation matches."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.alternation import trie_alternation

# a small alphabet (with a space, a Vietnamese letter and a regex metacharacter) so that
# words share prefixes and the texts contain them often
_ALPHABET = "abọ .+"
_words = st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=8)
_texts = st.text(alphabet=_ALPHABET, max_size=30)


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=400, deadline=None)
@given(_words, _texts)
def test_every_match_is_the_longest_first_alternations(words: list[str], text: str) -> None:
    for wrap in ("(?:{})", r"(?<!\w)(?:{})(?!\w)"):
        trie = re.compile(wrap.format(trie_alternation(words)))
        plain = re.compile(wrap.format(_plain(words)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_cue_of_a_career_event() -> None:
    rx = re.compile(r"(?<!\w)(?:" + trie_alternation(["bổ nhiệm", "bổ sung", "bầu", "bầu bổ sung"]) + r")(?!\w)")
    assert rx.search("ông a được bầu bổ sung vào ban chấp hành").group() == "bầu bổ sung"
    assert rx.search("được bổ nhiệm giữ chức").group() == "bổ nhiệm"
    assert rx.search("bổ nhiệmx và bầux") is None
    assert rx.search("chưa bầu").group() == "bầu"


def test_no_words_match_nothing() -> None:
    assert re.search(trie_alternation([]), "any text") is None
    assert re.search(trie_alternation([""]), "any text") is None
