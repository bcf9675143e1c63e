"""Identity: when two mentions are the same organization, person or post.

- An organization's canonical name is its longest form in the article
  ("Đảng ủy Khối" → "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh" when the
  article names both), with "tỉnh" resolved to the article's province
  ("Tỉnh ủy" in a Tuyên Quang article → "Tỉnh ủy Tuyên Quang").
- A person is one node per (normalized name, province): the same official
  across articles of one province is one node; namesakes in two provinces are
  two.
- A post is its role head and canonical organization.
"""

from __future__ import annotations

from kg.extract.lexicon import body_heads
from kg.extract.text import match_words, tokenize
from kg.normalize import key, strip_diacritics
from kg.resources import abbreviations, levels, provinces, titles


def _names_province(name: str) -> bool:
    folded = strip_diacritics(name).lower()
    return any(strip_diacritics(n).lower() in folded for p in provinces() for n in (p.name, *p.aliases))


def canonical_org(name: str, province: str | None, article_orgs: list[str] = ()) -> str:
    """The organization's name with shorthand completed and "tỉnh" resolved."""
    k = key(name).split()
    longest = name
    for other in article_orgs:
        ok = key(other).split()
        if len(ok) > len(key(longest).split()) and ok[: len(k)] == k:
            longest = other
    words = key(longest).split()
    if province and ("tỉnh" in words or "thành" in words) and not _names_province(longest):
        return f"{longest} {province}"
    return longest


def org_key(canonical: str) -> str:
    """Identity key of a canonical organization name."""
    return key(canonical)


def person_key(name: str, province: str | None) -> str:
    """Identity key of an official: the name and the province of the article."""
    return f"{key(name)}|{key(province) if province else ''}"


def english_org(name: str) -> str:
    """An English gloss of an organization name, from its heads and level words.

    "Ban Tổ chức Tỉnh ủy" → "Organisation Commission of the Provincial Party
    Committee"; words with no gloss are kept in brackets.
    """
    from kg.resources import bodies

    en_of = {tuple(b.vi.lower().split()): b.en for b in bodies()}
    toks = tokenize(name)
    parts: list[str] = []
    rest: list[str] = []
    lv = levels()
    i = 0
    while i < len(toks):
        hit = next(((n, w) for w, _ in body_heads() if (n := match_words(toks, i, w))), None)
        if hit:
            n, words = hit
            parts.append(en_of[words])
            i += n
            continue
        low = toks[i].text.lower()
        two = " ".join(t.text.lower() for t in toks[i:i + 2])
        if two in lv and parts:
            parts[-1] = f"{lv[two].adj} {parts[-1]}"
            i += 2
            continue
        if low in lv and parts:
            parts[-1] = f"{lv[low].adj} {parts[-1]}"
        elif toks[i].text.upper() in abbreviations() and toks[i].text.isupper():
            rest.append(abbreviations()[toks[i].text.upper()].en)
        else:
            rest.append(toks[i].text)
        i += 1
    gloss = " of the ".join(parts) if parts else ""
    extra = " ".join(rest).strip(" –-")
    if extra:
        gloss = f"{gloss} ({extra})" if gloss else extra
    return gloss or name


def english_title(role: str, org: str | None) -> str:
    """An English gloss of a post: "Phó Bí thư" + "Tỉnh ủy" → "Deputy Secretary of the Provincial Party Committee"."""
    en = titles().get(role, role)
    return f"{en} of the {english_org(org)}" if org else en
