"""Would a trained tagger find the posts kg's rules miss? A probe, not a feature.

Trains a linear-chain CRF (CRFsuite, through python-crfsuite) to mark titles and
their holders' names in sentences, from the hand-made gold of bench/heldout/ (and
the workspace's dev set when given), then scores on held-out sets: kg's rules alone,
the tagger alone, and the rules with the tagger's pairs added where the rules have
none like them.

    pip install python-crfsuite
    python3 bench/tagger_probe.py --corpus /tmp/corpus/baomoi-2017 \\
        --dev ../shared/eval/dev --test meas40,awmeas20

Training labels come from the gold by alignment: a gold title written within
REACH tokens of its holder's full name in a sentence marks those tokens (title and
name); a sentence where a gold row cannot be aligned so still trains, its tokens
unmarked. The measuring sets (--hold, by default meas40 and awmeas20) never train.
Results of the 6 Dec 2026 run are in README ("A trained tagger, measured").
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from kg.article import ArticleError, read_article  # noqa: E402
from kg.evaluate import RELATIONS, normalize, score  # noqa: E402
from kg.extract.lexicon import body_index, families, level_index, place_index, rank_index, role_index  # noqa: E402
from kg.extract.pipeline import extract_facts  # noqa: E402
from kg.extract.positions import extract_positions  # noqa: E402
from kg.extract.text import Token, split_sentences, tokenize  # noqa: E402

REACH = 12  # tokens between a gold title and its holder's name, at most, for it to train
HOLD = ("meas40", "awmeas20")
LINKS = frozenset({",", "kiêm", "và", "-", "–", "(", ";"})
HONORIFIC_WORDS = frozenset({"ông", "bà", "đ/c"})


def norm_words(text: str) -> list[str]:
    """The tokens of a text as the scorer compares them (lower case, new-style tones)."""
    return [normalize(t.text) or t.text for t in tokenize(text)]


def find_all(seq: list[str], sub: list[str]) -> list[int]:
    """Every start of `sub` in `seq`."""
    n = len(sub)
    return [i for i in range(len(seq) - n + 1) if n and seq[i:i + n] == sub]


def align(words: list[str], person: list[str], title: list[str], reach: int = REACH) -> tuple[int, int] | None:
    """(title start, name start) of the closest title and name of one gold row in a
    sentence's words, the title before or after the name; None when either is
    missing or they lie more than `reach` tokens apart."""
    best: tuple[int, int, int] | None = None
    for a in find_all(words, title):
        for p in find_all(words, person):
            gap = p - (a + len(title)) if a < p else a - (p + len(person))
            if gap >= 0 and gap <= reach and (best is None or gap < best[0]):
                best = (gap, a, p)
    return (best[1], best[2]) if best else None


def spans(labels: list[str], kind: str) -> list[tuple[int, int]]:
    """Token spans [a, b) a label sequence marks as `kind` ("T" title, "P" name)."""
    out, i = [], 0
    while i < len(labels):
        if labels[i].endswith("-" + kind):
            j = i + 1
            while j < len(labels) and labels[j] == "I-" + kind:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def pair(words: list[str], titles: list[tuple[int, int]], names: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """(name, title start, title end) for each title with a holder: the name right
    after it (an honorific or more titles between: "Ủy viên Bộ Chính trị, Bí thư
    Thành ủy Nguyễn Văn A"), else the name it follows as an apposition ("Nguyễn Văn
    A, Phó Chủ tịch UBND tỉnh")."""
    start_of = {a: n for a, _, n in names}
    end_of = {b: n for _, b, n in names}
    title_at = dict(titles)
    title_ending = {b: a for a, b in titles}
    out = []
    for a, b in titles:
        holder, j = None, b
        while j < len(words):
            if j in start_of:
                holder = start_of[j]
                break
            if words[j] in HONORIFIC_WORDS:
                j += 1
            elif words[j] == "đồng" and j + 1 < len(words) and words[j + 1] == "chí":
                j += 2
            elif words[j] in LINKS and j + 1 in title_at:
                j = title_at[j + 1]
            else:
                break
        j = a
        while holder is None and j > 0:
            if j in end_of:
                holder = end_of[j]
            elif words[j - 1] in LINKS and j - 1 in end_of:
                holder = end_of[j - 1]
            elif words[j - 1] in LINKS and j - 1 in title_ending:
                j = title_ending[j - 1]
                continue
            elif words[j - 1] in LINKS:
                j -= 1
                continue
            break
        if holder:
            out.append((holder, a, b))
    return out


def _marks(tokens: list[Token]) -> list[set[str]]:
    """What kg's lexicon says of each token: opens or continues a role head (R), an
    organization's head (B), a place (L), a rank (K), a level word (V)."""
    tags: list[set[str]] = [set() for _ in tokens]
    for name, index in (("R", role_index()), ("B", body_index()), ("L", place_index()), ("K", rank_index()),
                        ("V", level_index())):
        i = 0
        while i < len(tokens):
            hit = index.match(tokens, i)
            if not hit:
                i += 1
                continue
            tags[i].add(name + "b")
            for j in range(i + 1, min(len(tokens), i + hit[0])):
                tags[j].add(name + "i")
            i += hit[0]
    return tags


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if not w[:1].isalnum():
        return "p" + w
    if w.isupper() and len(w) > 1:
        return "U"
    return "C" if w[:1].isupper() else "l"


def _bucket(d: int) -> str:
    return str(d) if d < 4 else "4-7" if d < 8 else "8+" if d < 99 else "none"


def features(tokens: list[Token], names: list[str]) -> list[list[str]]:
    """CRFsuite features of each token: its word, shape, lexicon marks, whether kg's
    rules read it as part of a name (B/I/O in `names`), how far the next name and
    the last one are, and the same of its neighbours."""
    words, shapes, marks, fam = [normalize(t.text) or t.text for t in tokens], [_shape(t.text) for t in tokens], \
        _marks(tokens), families()
    n = len(tokens)
    ahead, since = [99] * n, [99] * n
    d = 99
    for i in range(n - 1, -1, -1):
        d = 0 if names[i] == "B" else min(d + 1, 99)
        ahead[i] = d
    d = 99
    for i in range(n):
        since[i] = d
        d = 0 if names[i] != "O" else min(d + 1, 99)
    out = []
    for i in range(n):
        f = ["bias", "w=" + words[i], "s=" + shapes[i], "p=" + names[i], "nx=" + _bucket(ahead[i]),
             "pv=" + _bucket(since[i])] + ["x=" + m for m in marks[i]]
        if words[i] in fam:
            f.append("fam")
        for o in (-2, -1, 1, 2):
            j = i + o
            if 0 <= j < n:
                f += [f"{o}w={words[j]}", f"{o}s={shapes[j]}", f"{o}p={names[j]}"] + [f"{o}x={m}" for m in marks[j]]
            else:
                f.append(f"{o}edge")
        if i:
            f.append(f"bg={words[i - 1]}|{words[i]}")
        if i + 1 < n:
            f.append(f"bg+={words[i]}|{words[i + 1]}")
        out.append(f)
    return out


def name_spans(words: list[str], persons: list[str]) -> tuple[list[str], list[tuple[int, int, str]]]:
    """B/I/O marks of the names kg's rules found in a sentence, and their spans."""
    mask, found = ["O"] * len(words), []
    for p in persons:
        pw = norm_words(p)
        for i in find_all(words, pw):
            if all(m == "O" for m in mask[i:i + len(pw)]):
                mask[i:i + len(pw)] = ["B"] + ["I"] * (len(pw) - 1)
                found.append((i, i + len(pw), p))
    return mask, sorted(found)


@dataclass
class Sent:
    """One sentence, ready to train or tag."""

    stem: str
    text: str
    tokens: list[Token]
    words: list[str]
    names: list[tuple[int, int, str]]
    x: list[list[str]]
    y: list[str]


def read_set(items: list[tuple[str, Path, dict]]) -> tuple[list[Sent], dict[str, list[dict]]]:
    """Sentences with their gold labels, and kg's own position rows per article."""
    sents, rules = [], {}
    for stem, path, gold in items:
        try:
            art = read_article(path)
        except (ArticleError, OSError) as e:
            print(f"tagger_probe: {stem}: {e}", file=sys.stderr)
            continue
        rules[stem] = [{"person": p.person, "position": ("nguyên " if p.title.past and not p.title.text.lower()
                                                         .startswith(("nguyên", "cựu")) else "") + p.title.text}
                       for p in extract_facts(art).positions]
        for s in split_sentences(art.text):
            tokens = tokenize(s.text)
            if not tokens:
                continue
            words = [normalize(t.text) or t.text for t in tokens]
            mask, found = name_spans(words, extract_positions(s)[0])
            y = ["O"] * len(tokens)
            for g in gold.get("positions", []):
                pw, tw = norm_words(g["person"]), norm_words(g["position"])
                hit = align(words, pw, tw)
                if hit:
                    a, p = hit
                    y[p:p + len(pw)] = ["B-P"] + ["I-P"] * (len(pw) - 1)
                    y[a:a + len(tw)] = ["B-T"] + ["I-T"] * (len(tw) - 1)
            sents.append(Sent(stem, s.text, tokens, words, found, features(tokens, mask), y))
    return sents, rules


def tagged_rows(tagger, sents: list[Sent]) -> dict[str, list[dict]]:
    """The tagger's (person, title) rows per article."""
    out: dict[str, list[dict]] = {}
    for s in sents:
        labels = tagger.tag(s.x)
        names = list(s.names)
        taken = {j for a, b, _ in names for j in range(a, b)}
        for a, b in spans(labels, "P"):
            if not taken.intersection(range(a, b)):
                names.append((a, b, s.text[s.tokens[a].start:s.tokens[b - 1].end]))
        for person, a, b in pair(s.words, spans(labels, "T"), sorted(names)):
            out.setdefault(s.stem, []).append(
                {"person": person, "position": s.text[s.tokens[a].start:s.tokens[b - 1].end]})
    return out


def merged(rules: dict[str, list[dict]], tagged: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The rules' rows, and each of the tagger's whose person has no rule row with a
    title holding or held by it."""
    out = {}
    for stem, rows in rules.items():
        keep = list(rows)
        for r in tagged.get(stem, []):
            p, t = normalize(r["person"]), normalize(r["position"])
            if not any(normalize(k["person"]) == p and (t in normalize(k["position"]) or normalize(k["position"]) in t)
                       for k in keep):
                keep.append(r)
        out[stem] = keep
    return out


def _sets(corpus: Path, dev: Path | None) -> dict[str, list[tuple[str, Path, dict]]]:
    out = {}
    for d in sorted((HERE / "heldout").iterdir()):
        if d.is_dir() and (d / "gold.json").is_file():
            gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
            out[d.name] = [(s, corpus / f"{s}.txt", g) for s, g in gold.items() if (corpus / f"{s}.txt").is_file()]
    if dev:
        gold = json.loads((dev / "gold.json").read_text(encoding="utf-8"))
        paths = {p.stem: p for p in (dev / "articles").rglob("*.txt")}
        out["dev"] = [(s, paths[s], g) for s, g in gold.items() if s in paths]
    return out


def _line(name: str, who: str, gold: dict, rows: dict[str, list[dict]]) -> str:
    answers = [dict(x, source=stem) for stem in gold for x in rows.get(stem, [])]
    r = score(gold, {"positions": answers})["positions"]
    return f"{name:<10} {who:<7} gold {r.gold:>4}  system {r.system:>4}  tp {r.tp:>4}  P {r.precision:.3f}  " \
           f"R {r.recall:.3f}  F1 {r.f1:.3f}"


def main() -> int:
    """Train on every set but the test and held ones; print positions P/R/F1 of the
    rules, the tagger and both, per test set."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True, help="the unpacked baomoi-2017 folder")
    ap.add_argument("--dev", type=Path, help="the workspace's eval/dev folder (gold.json, articles/): trains too")
    ap.add_argument("--test", required=True, help="sets to score, comma-separated (bench/heldout names, or dev)")
    ap.add_argument("--hold", default=",".join(HOLD), help="sets that never train (default: %(default)s)")
    ap.add_argument("--model", type=Path, default=Path("/tmp/kg-tagger-probe.crfsuite"), help="where the model goes")
    args = ap.parse_args()
    try:
        import pycrfsuite
    except ImportError:
        print("tagger_probe: needs python-crfsuite (pip install python-crfsuite)", file=sys.stderr)
        return 2
    if not args.corpus.is_dir():
        print(f"tagger_probe: no such corpus folder: {args.corpus}", file=sys.stderr)
        return 2
    sets = _sets(args.corpus, args.dev)
    test = [t for t in args.test.split(",") if t]
    unknown = [t for t in test if t not in sets]
    if unknown:
        print(f"tagger_probe: unknown set(s): {', '.join(unknown)} (have: {', '.join(sets)})", file=sys.stderr)
        return 2
    hold = set(args.hold.split(",")) | set(test)
    train, _ = read_set([item for name, items in sets.items() if name not in hold for item in items])
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in train:
        trainer.append(s.x, s.y)
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    trainer.train(str(args.model))
    print(f"trained on {len(train)} sentences of {len({s.stem for s in train})} articles "
          f"(sets: {', '.join(n for n in sets if n not in hold)})")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(args.model))
    for name in test:
        sents, rules = read_set(sets[name])
        gold = {stem: {r: g.get(r, []) for r in RELATIONS} for stem, _, g in sets[name]}
        tagged = tagged_rows(tagger, sents)
        for who, rows in (("rules", rules), ("tagger", tagged), ("both", merged(rules, tagged))):
            print(_line(name, who, gold, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
