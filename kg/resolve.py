"""Identity: when two mentions are the same organization, person or post.

- An organization's canonical name is its longest form in the article
  ("Đảng ủy Khối" → "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh" when the
  article names both), with "tỉnh" resolved to the article's province
  ("Tỉnh ủy" in a Tuyên Quang article → "Tỉnh ủy Tuyên Quang").
- A person is one node per (normalized name, province): the same official
  across articles of one province is one node; namesakes in two provinces are
  two. In an article of no known province (a national paper) it is one node per
  name and article: kg.identity decides from evidence which of them are one.
- A post is its role head and canonical organization.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon import WordIndex
from kg.extract.names import opens_with_country
from kg.extract.text import tokenize
from kg.normalize import key, strip_diacritics
from kg.resources import abbreviations, levels, provinces, titles


@lru_cache(maxsize=None)
def _province_folds() -> tuple[str, ...]:
    return tuple(strip_diacritics(n).lower() for p in provinces() for n in (p.name, *p.aliases))


@lru_cache(maxsize=100_000)
def _names_province(name: str) -> bool:
    folded = strip_diacritics(name).lower()
    return any(n in folded for n in _province_folds())


_NATIONAL_KINDS = {"CentralBody", "StateBody"}
_NATIONAL_WORDS = ("trung ương", "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "việt nam", "thủ tướng")


def is_national(name: str, kind: str | None) -> bool:
    """Whether a body is one for the whole country (Bộ Chính trị, Quốc hội …),
    the same in every province's articles."""
    k = key(name)
    return kind in _NATIONAL_KINDS or any(w in k for w in _NATIONAL_WORDS)


@lru_cache(maxsize=None)
def _heads_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    from kg.resources import bodies

    spelled = {b.vi.lower(): b.vi for b in bodies() if " " in b.vi}
    alts = "|".join(re.escape(v) for v in sorted(spelled, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.IGNORECASE), spelled


def _recase(name: str) -> str:
    """Known organization heads in their usual spelling ("Bộ chính trị" → "Bộ Chính trị")."""
    pattern, spelled = _heads_pattern()
    return pattern.sub(lambda m: spelled.get(m.group(0).lower(), m.group(0)), name)


@lru_cache(maxsize=100_000)
def _keyed(name: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """A name's words, the key's syllables of them all, and where each word's
    syllables start (a word's key can be several: "UBND" → "ủy ban nhân dân")."""
    words = tuple(name.split())
    flat: list[str] = []
    starts = []
    for w in words:
        starts.append(len(flat))
        flat += key(w).split()
    return words, tuple(flat), tuple(starts)


def _completion(name: str, article_orgs: list[str]) -> str:
    """The longest name in the article that the shorthand begins, or that holds it
    as the start of a body ("Đảng bộ" in "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh")."""
    k = tuple(key(name).split())
    n = len(k)
    best, best_len = name, n
    for other in article_orgs:
        words, flat, starts = _keyed(other)
        if len(flat) <= best_len or (k and k[0] not in flat):
            continue
        for w, at in enumerate(starts):
            if len(flat) - at > best_len and flat[at:at + n] == k:
                if at + n in starts and opens_with_country(" ".join(words[starts.index(at + n):])):
                    break  # "Quốc hội Cuba" is Cuba's: it completes no bare "Quốc hội"
                best, best_len = " ".join(words[w:]), len(flat) - at
                break
    return best



def canonical_org(name: str, province: str | None, article_orgs: list[str] | tuple[str, ...] = ()) -> str:
    """The organization's name with shorthand completed and "tỉnh" resolved."""
    return _canonical_org(name, province, tuple(article_orgs))


@lru_cache(maxsize=50_000)
def _canonical_org(name: str, province: str | None, article_orgs: tuple[str, ...]) -> str:
    longest = _recase(_completion(name, list(dict.fromkeys(article_orgs))))
    words = key(longest).split()
    if province and ("tỉnh" in words or "thành" in words) and not _names_province(longest):
        return f"{longest} {province}"
    return longest


def org_key(canonical: str) -> str:
    """Identity key of a canonical organization name."""
    return key(canonical)


@lru_cache(maxsize=100_000)
def org_identity(canonical: str, kind: str | None, province: str | None, article_id: str) -> str:
    """Identity of an organization: its key, scoped to the province unless the body
    is national or its name says its province ("Huyện ủy Châu Thành" exists in several
    provinces); scoped to the article when the province is unknown."""
    k = org_key(canonical)
    if is_national(canonical, kind) or _names_province(canonical):
        return k
    return f"{k}|{key(province) if province else 'article:' + article_id}"


_LOCAL = {"xã", "phường", "thị trấn", "thôn", "bản", "xóm", "ấp", "tổ dân phố", "khu phố"}


def person_key(name: str, province: str | None, bodies: list[str] = (), article_id: str = "") -> str:
    """Identity key of an official: the name and the province of the article, or the
    article itself when its province is unknown (national papers report officials
    of every province and body: a name there is no evidence of one person, so
    kg.identity joins such nodes only on shared posts).

    Namesakes are common among commune and village officials, so a person whose
    posts in the article are all at that level is also keyed by the first such
    body ("Bí thư Chi bộ thôn Nà Sát"): posts at different communes are not
    compatible. Provincial and district officials are one per name and province.
    """
    return _person_key(name, province, tuple(bodies), article_id)


@lru_cache(maxsize=100_000)
def _person_key(name: str, province: str | None, bodies: tuple[str, ...], article_id: str) -> str:
    base = f"{key(name)}|{key(province) if province else 'article:' + article_id if article_id else ''}"
    if bodies and all(_is_local(b) for b in bodies):
        return f"{base}|{key(bodies[0])}"
    return base


@lru_cache(maxsize=100_000)
def _is_local(body: str) -> bool:
    return bool(_LOCAL & set(_grams(key(body))))


def _grams(text: str) -> list[str]:
    w = text.split()
    return w + [" ".join(w[i:i + 2]) for i in range(len(w) - 1)] + [" ".join(w[i:i + 3]) for i in range(len(w) - 2)]


@lru_cache(maxsize=None)
def _gloss_index() -> WordIndex[str]:
    """Organization heads, indexed; the value is the English gloss."""
    from kg.resources import bodies

    # a comma is a token of its own, as in the extractors' index ("Sở Quy hoạch, Kiến trúc")
    return WordIndex([(tuple(b.vi.lower().replace(",", " , ").split()), b.en) for b in bodies()])


@lru_cache(maxsize=50_000)
def english_org(name: str) -> str:
    """An English gloss of an organization name, from its heads and level words.

    "Ban Tổ chức Tỉnh ủy" → "Organisation Commission of the Provincial Party
    Committee"; words with no gloss are kept in brackets.
    """
    toks = tokenize(name)
    parts: list[str] = []
    rest: list[str] = []
    lv = levels()
    i = 0
    while i < len(toks):
        hit = _gloss_index().match(toks, i)
        if hit:
            parts.append(hit[1])
            i += hit[0]
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


@lru_cache(maxsize=50_000)
def english_title(role: str, org: str | None) -> str:
    """An English gloss of a post: "Phó Bí thư" + "Tỉnh ủy" → "Deputy Secretary of the Provincial Party Committee"."""
    en = titles().get(role, role)
    return f"{en} of the {english_org(org)}" if org else en
