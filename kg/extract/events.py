"""Career events: a post begun, left or a sanction, with its date when one is given.

"Ngày 15/3/2017, ông A được bầu giữ chức Chủ tịch UBND tỉnh X", "HĐND tỉnh bổ
nhiệm ông B giữ chức Giám đốc Sở Y", "ông C được điều động, bổ nhiệm giữ chức …",
"ông D thôi giữ chức X để nghỉ hưu từ ngày 1/7/2017", "kỷ luật cảnh cáo đối với
ông E". The words and their kinds are in career_events.tsv.

An event reads what the rest of the pipeline has read: its holder is a person the
article names (a full name, a part of one after "ông"/"bà", or a bare "ông"/"bà"
standing for the one the article has named most), its post one of the posts the
article gives that holder in the same sentence. A proposal, a plan or a negation
before the words ("đề nghị bầu", "sẽ bổ nhiệm"; post_verb_blockers.txt) is no event.

The date is one the event's own words give ("từ ngày 1/7/2017"), else the date
the sentence gives, else a date an earlier sentence opened with, when the
sentence speaks of no year of its own ("Năm 2010, ông được bổ nhiệm …" is of a
year, not of the article's day: no date). A day and month take the article's year
as kg.extract.dates does for meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from kg.extract.alternation import trie_alternation
from kg.extract.dates import ANY_DATE, DayMonth, _groups, content_years, lead_date_span, resolve
from kg.extract.lexicon import WordIndex
from kg.extract.text import Token, sentence_tokens
from kg.facts import CareerEvent, Position, Sentence, Title
from kg.resources import data_lines

#: kinds of event that begin a post, and those that end one
BEGINS = frozenset({"elected", "appointed", "transferred", "assigned"})
ENDS = frozenset({"left", "retired", "dismissed"})
KINDS = BEGINS | ENDS | {"disciplined"}

# how far (in characters) after active words their object may be named
_OBJECT_REACH = 40
# how far back (in characters) a blocker word stops the event
_BLOCK_REACH = 40
_HONORIFIC = r"(?:ông|bà|đồng chí|đ/c)"
# words before event words that make them a noun ("ông bầu", "cuộc bầu", "việc bổ nhiệm")
_NOUN_BEFORE = frozenset({"ông", "bà", "cuộc", "việc", "lần", "đợt", "kỳ", "danh", "sách"})
_PART_NAME = re.compile(r"(?<!\w)" + _HONORIFIC + r"\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)?)",
                        re.IGNORECASE)
# "kể từ ngày 1/7/2017", "từ 1-7-2017": a date the event's own words give
_FROM = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:ngày\s+)?(\d{1,2})\s*[./\-]\s*(\d{1,2})(?:\s*[./\-]\s*((?:19|20)\d{2}))?"
                   r"(?![\d./\-]*\d)", re.IGNORECASE)
_REPLACED = re.compile(r"(?:thay|thế)\s*(?:cho\s+)?(?:ông|bà|đồng chí)?\s*$", re.IGNORECASE)
_PASSIVE = re.compile(r"(?<!\w)(?:được|bị)(?!\w)", re.IGNORECASE)
_BIRTH = re.compile(r"sinh\s*(?:ngày|năm)?\s*$", re.IGNORECASE)




@lru_cache(maxsize=None)
def _words() -> WordIndex[str]:
    """Event words → kind, longest first."""
    rows = [ln.split("\t") for ln in data_lines("career_events.tsv")]
    return WordIndex([(tuple(p.lower().split()), k.strip()) for p, k in rows])


@lru_cache(maxsize=None)
def _cue() -> re.Pattern[str]:
    """A cheap test on the lower-cased sentence: one of the event words' first two words."""
    heads = {" ".join(p.lower().split()[:2]) for p, k in (ln.split("\t") for ln in data_lines("career_events.tsv"))
             if k.strip() != "none"}
    return re.compile(trie_alternation(heads))


@lru_cache(maxsize=None)
def _blockers() -> re.Pattern[str]:
    """The post verbs' blockers (a proposal, a plan, a negation) and the events' own
    (event_blockers.txt: "sắp nghỉ hưu", "đến tuổi nghỉ hưu")."""
    words = sorted(data_lines("post_verb_blockers.txt") + data_lines("event_blockers.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


# what may stand between two names of one list: "A, B và ông C"
_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:ông|bà|đồng chí)\s+)?")


@lru_cache(maxsize=None)
def _breaks() -> re.Pattern[str]:
    words = sorted(data_lines("event_breaks.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


class _Hit:
    __slots__ = ("start", "end", "kind", "passive")

    def __init__(self, start: int, end: int, kind: str, passive: bool) -> None:
        self.start, self.end, self.kind, self.passive = start, end, kind, passive


def _hits(text: str, tokens: list[Token]) -> list[_Hit]:
    """The event words of a sentence, in order, as character spans."""
    out: list[_Hit] = []
    firsts = _words().first_words()
    i = 0
    while i < len(tokens):
        if tokens[i].exp[0] not in firsts:
            i += 1
            continue
        hit = _words().match(tokens, i)
        if not hit:
            i += 1
            continue
        n, kind = hit
        if (i > 0 and tokens[i].is_cap) or (i > 0 and tokens[i - 1].exp[0] in _NOUN_BEFORE
                                             and tokens[i].exp[0] not in {"được", "bị", "thôi", "nghỉ"}):
            i += n  # "Bầu Tú", "ông bầu Trần Văn A": a word of a name, a team's owner, no verb
            continue
        if kind != "none":
            passive = tokens[i].exp[0] in {"được", "bị", "thôi", "xin", "nghỉ", "về", "tái", "đắc", "trúng"} \
                or (i > 0 and tokens[i - 1].exp[0] in {"được", "bị"}) or kind == "retired"
            out.append(_Hit(tokens[i].start, tokens[i + n - 1].end, kind, passive))
        i += n
    return out


def _names(text: str, persons: list[str], article_persons: list[str]) -> list[tuple[int, int, str]]:
    """Where the sentence names a person: (start, end, full name), in order. A part
    of a name after an honorific ("ông Thăng") is the one article name ending so,
    else "" (someone kg cannot name)."""
    found: list[tuple[int, int, str]] = []
    for p in sorted(set(persons), key=len, reverse=True):
        for m in re.finditer(re.escape(p), text):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), p))
    for m in _PART_NAME.finditer(text):
        if any(s <= m.start(1) < e for s, e, _ in found):
            continue
        part = m.group(1)
        full = {p for p in article_persons if p == part or p.endswith(" " + part)}
        # a part-name the article does not tell stands for someone: no holder, but it
        # hides those named before it ("theo ông A, ông Tâm thôi giữ chức …" is not A)
        found.append((m.start(1), m.end(1), full.pop() if len(full) == 1 else ""))
    return sorted(found)


def _pronoun_before(text: str, at: int) -> bool:
    """Whether a bare "ông"/"bà"/"đồng chí" stands in the clause before `at`."""
    clause = re.split(r"[;:]", text[:at])[-1]
    return re.search(r"(?<!\w)(?:ông|bà|đồng chí)(?!\w)(?!\s+[A-ZĐ])", clause, re.IGNORECASE) is not None


def _holders(text: str, hit: _Hit, names: list[tuple[int, int, str]], main: str | None,
             next_start: int) -> list[str]:
    """Whom an event is about: for active words the one named right after them (before
    the next event's words), else, and for passive ones, the one named last before
    them in their clause (with those listed before it); else a bare "ông"/"bà" before
    them stands for `main`. A speech verb between a name and the words
    (event_breaks.txt) makes it no holder."""
    # "cách chức X đối với ông A", "cho thôi giữ chức đối với ông Cục trưởng": the one
    # named right after "đối với", or no one the article names
    for m in re.finditer(r"(?<!\w)(đối\s+)?với\s+", text[hit.end:next_start]):
        at = hit.end + m.end()
        named = [n for n in names if at <= n[0] <= at + 20]
        if named or m.group(1):  # a bare "với" names the holder only if a name follows
            return [named[0][2]] if named else []
    if not hit.passive:
        # (no comma between: "Trước khi nhận nhiệm vụ mới, ông A là …" has no object)
        after = [n for n in names if hit.end <= n[0] <= min(hit.end + _OBJECT_REACH, next_start)
                 and "," not in text[hit.end:n[0]]]
        if after:
            return [after[0][2]]
    clause_start = max(text.rfind(c, 0, hit.start) for c in ";:“\"")
    before = [n for n in names if clause_start < n[0] and n[1] <= hit.start]
    if before and _breaks().search(text, before[-1][1], hit.start):
        return []  # "ông A cho rằng người bị kỷ luật …": A speaks of someone else
    if before and (hit.passive or _PASSIVE.search(text, before[-1][1], hit.start)):
        # (an unnamed part-name gives "": no holder)
        # active words with no one named after them: a holder before them is their
        # object only through "được"/"bị" ("ông A vừa được HĐND tỉnh bầu giữ chức …");
        # names listed before it share it ("Các đồng chí A, B và C được bầu …")
        if not before[-1][2]:
            return []  # the one named last is someone kg cannot name
        k = len(before) - 1
        while k > 0 and _LIST_GAP.fullmatch(text[before[k - 1][1]:before[k][0]]):
            k -= 1
        return [n[2] for n in before[k:]]
    if before:
        return []
    if main and _pronoun_before(text, hit.start):
        return [main]
    return []


def _blocked(text: str, hit: _Hit, holder_at: int) -> bool:
    """A proposal, a plan or a negation in the clause before the words ("để" only
    before a post begun: "thôi giữ chức X để nghỉ hưu" is a retirement)."""
    lo = max(0, min(hit.start, holder_at) - _BLOCK_REACH)
    clause_start = max(text.rfind(c, 0, hit.start) for c in ";:“\"") + 1
    return any(m.group().lower() != "để" or hit.kind in BEGINS
               for m in _blockers().finditer(text[max(lo, clause_start):hit.start]))


def _date_in(text: str, lo: int, hi: int) -> DayMonth | None:
    """A date the event's own words give ("từ ngày 1/7/2017"), between lo and hi."""
    m = _FROM.search(text, lo, hi)
    if m:
        try:
            d, mo = int(m.group(1)), int(m.group(2))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                return DayMonth(d, mo, int(m.group(3)) if m.group(3) else None)
        except ValueError:
            return None
    return None


def _sentence_date(text: str) -> DayMonth | None:
    """The date a sentence opens with, else its first "ngày d/m" not of a birth."""
    span = lead_date_span(text)
    if span is not None:
        return span[0]
    for m in ANY_DATE.finditer(text):
        if _BIRTH.search(text[max(0, m.start() - 12):m.start()]):
            continue
        found = _groups(m)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=None)
def _intro() -> re.Pattern[str]:
    """Words a post is introduced by after event words (event_post_words.txt), at the
    end of the text before the post."""
    words = sorted(data_lines("event_post_words.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s*:?\s*$", re.IGNORECASE)


def _post_titles(text: str, positions: list[Position], holder: str, lo: int, hi: int,
                 introduced: bool = True, name_starts: set[int] | None = None,
                 rest: list[Title] | None = None) -> list[Title]:
    """The holder's posts written between lo and hi, in order (any post the article
    gives them: a post is kept once per article, at any of its sentences). With
    `introduced`, only a post right after the event words, after words that introduce
    a post ("giữ chức", "làm"), or after such a post and "," / "và" / "kiêm": not a
    post that names the holder in apposition ("bổ nhiệm ông A, Phó Giám đốc Sở X,
    giữ chức …")."""
    low = text.lower()
    found: dict[int, tuple[int, Title]] = {}
    for p in positions:
        if p.person != holder:
            continue
        t = p.title
        written = t.text
        if t.past and written.split(" ", 1)[0].lower() in {"nguyên", "cựu"}:
            written = written.split(" ", 1)[1]
            t = Title(written, t.role, t.body, False)  # read here as a post begun or left, not a former one
        at = low.find(written.lower(), lo, hi)
        if at > 0 and (text[at - 1].isalnum() or low[max(0, at - 4):at] == "phó "):
            continue  # inside a longer word or post: "Chủ tịch UBND xã" of "Phó Chủ tịch UBND xã"
        if at >= 0 and (at not in found or len(written) > found[at][0]):
            found[at] = (len(written), t)
    out: list[Title] = []
    later: list[Title] = []
    end = lo
    for at in sorted(found):
        n, t = found[at]
        if at < end:
            continue
        if name_starts and any(at + n <= b <= at + n + 1 for b in name_starts):
            continue  # "chỉ định Thứ trưởng Bộ X Đỗ Văn A …": the title the holder is named by
        gap = text[end:at]
        if not introduced:
            out.append(t)
        elif not out and not later:
            if gap.strip(" :") and not _intro().search(gap):
                continue
            out.append(t)
        elif re.fullmatch(r"\s*(?:,|;|và|kiêm|,\s*kiêm)\s*", gap):
            (later or out).append(t)
        elif not later and _intro().search(gap):
            # "thôi giữ chức X (…), giữ chức Y": Y is no post left but one taken up
            later.append(t)
        else:
            break
        end = at + n
    if rest is not None:
        rest += later
    return out


def career_events(sentences: list[Sentence], persons_by_sentence: dict[int, list[str]],
                  positions: list[Position], year: int | None,
                  published: dt.date | None = None) -> list[CareerEvent]:
    """The career events of an article, in reading order: one per (holder, kind, post)
    a sentence reports; `positions` are the article's posts (the events' posts are
    among them), `year` the article's year for a day and month without one."""
    if not persons_by_sentence:
        return []
    cued = [_cue().search(s.text.lower()) is not None for s in sentences]
    if not any(cued):
        return []  # no sentence has an event's words: the dates and names need not be read
    last = max(k for k, c in enumerate(cued) if c)
    article_persons = [p for idx in sorted(persons_by_sentence) for p in persons_by_sentence[idx]]
    out: list[CareerEvent] = []
    named: Counter[str] = Counter()
    last_day: DayMonth | None = None  # the date an earlier sentence opened with
    for k, s in enumerate(sentences[:last + 1]):
        text = s.text
        persons = persons_by_sentence.get(s.index, [])
        opened = lead_date_span(text, published)
        if cued[k] and (persons or named):
            out += _sentence_events(s, persons, article_persons, positions, named, last_day,
                                    year, published)
        named.update(persons)
        if opened is not None:
            last_day = opened[0]
    return out


def _sentence_events(s: Sentence, persons: list[str], article_persons: list[str], positions: list[Position],
                     named: Counter[str], last_day: DayMonth | None, year: int | None,
                     published: dt.date | None) -> list[CareerEvent]:
    text = s.text
    tokens = sentence_tokens(text)
    hits = _hits(text, tokens)
    if not hits:
        return []
    known = [p for p in article_persons if named[p] or p in persons]
    names = _names(text, persons, known)
    name_starts = {n[0] for n in names}
    main = max(reversed(known), key=lambda p: named[p] + persons.count(p)) if known else None
    day = _sentence_date(text)
    if day is None and last_day is not None and not content_years(text):
        day = last_day
    out: list[CareerEvent] = []
    chain: dict[str, str] = {}  # holder → the kind of begun-post words still waiting for their post
    for k, hit in enumerate(hits):
        nxt = hits[k + 1].start if k + 1 < len(hits) else len(text)
        if hit.kind == "disciplined" and not any(hit.end <= n[0] < nxt for n in names):
            # a discipline that names no one before the posts it takes away reaches over them
            # to the one disciplined ("thi hành kỷ luật cảnh cáo, cho thôi chức X với ông A");
            # one that names its own ("kỷ luật ông A, đồng thời cách chức X đối với ông B") not
            later = [h for h in hits[k + 1:] if h.kind not in ENDS]
            nxt = later[0].start if later else len(text)
        waiting, chain = chain, {}
        for holder in _holders(text, hit, names, main, nxt):
            if not holder:
                continue
            at = next((n[0] for n in names if n[2] == holder), hit.start)
            if _blocked(text, hit, at) or hit.kind in BEGINS and _REPLACED.search(text[max(0, at - 20):at]):
                continue  # "đề nghị bầu ông A", "bầu ông B thay ông A": A is no holder here
            rest: list[Title] = []
            titles = _post_titles(text, positions, holder, hit.end, nxt, name_starts=name_starts, rest=rest)
            kind = waiting.get(holder, hit.kind) if hit.kind in BEGINS else hit.kind
            if hit.kind in BEGINS and not titles:
                if k + 1 < len(hits) and len(text[hit.end:nxt]) < 60:
                    # "được điều động, bổ nhiệm giữ chức X", "phân công ông A thôi giữ chức X,
                    # giữ chức Y": the post comes after the next words, and the event is of this kind
                    chain[holder] = kind
                continue  # a post begun, none named: nothing a tenure can begin with ("đắc cử tổng thống")
            if not titles and kind == "dismissed":
                continue  # and often no post at all ("còn cách chức vô địch")
            if not titles and kind in {"retired", "disciplined"}:
                # "ông A, Chủ tịch UBND tỉnh, nghỉ hưu": the post the sentence gives them before
                # (or after their name: "kỷ luật cảnh cáo đối với ông A, Giám đốc Sở X")
                titles = (_post_titles(text, positions, holder, at, hit.start if at < hit.start else nxt,
                                       introduced=False)
                          or _post_titles(text, positions, holder, 0, hit.start, introduced=False)[-1:])[:1]
            own = _date_in(text, hit.start, nxt)
            date = own or day
            iso = resolve(date, year, published) if date is not None else None
            if iso is not None and iso.startswith("--"):
                iso = None
            found = [CareerEvent(holder, kind, t, iso, s.index) for t in titles or [None]]
            if rest and hit.kind in ENDS:
                # "thôi giữ chức X, giữ chức Y": Y begun, of the kind of the words before if any
                found += [CareerEvent(holder, waiting.get(holder, "transferred"), t, iso, s.index) for t in rest]
            out += [e for e in found if e not in out]  # one event per (holder, kind, post, date) a sentence
    # the same change named again without its post ("… thôi chức X, việc thôi chức này là …")
    # is that change, not another
    return [e for e in out if e.title is not None
            or not any(o.person == e.person and o.kind == e.kind and o.title is not None for o in out)]
