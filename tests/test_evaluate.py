"""kg.evaluate: normalization, matching, the one-to-one matching, scoring, gold
checking, and the `kg eval` command over the project's own corpus."""

from __future__ import annotations

import itertools
import json
import unicodedata

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.evaluate import (GoldError, article_of, covers, describe, match_award, match_meeting, match_position,
                         max_matching, normalize, parse_gold, same_date, same_name, score)

from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"

# ------------------------------------------------------------- normalization

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
vi_text = st.text(alphabet=LETTERS + LETTERS.upper() + " .,-–/()'\"_:;!?…0123456789&", max_size=40)
vi_words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=7), min_size=1, max_size=6)


@given(vi_text)
def test_normalize_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


@given(vi_text)
def test_normalize_ignores_case_and_unicode_composition(text):
    assert normalize(text.upper()) == normalize(text.lower()) == normalize(unicodedata.normalize("NFD", text))


# an onset (never "q": in "quý" the u belongs to the consonant), then o+a, o+e or
# u+y with the tone written on either vowel, then a word boundary
onsets = st.sampled_from(["", "h", "th", "kh", "ng", "x", "t", "l", "th"])
rhymes = st.sampled_from([("o", "a"), ("o", "e"), ("u", "y")])
tones = st.sampled_from("\u0300\u0301\u0309\u0303\u0323")


@given(vi_words, onsets, rhymes, tones, vi_words)
def test_old_and_new_tone_placement_are_equal(before, onset, rhyme, tone, after):
    first, second = rhyme
    old = onset + first + unicodedata.normalize("NFC", second + tone)
    new = onset + unicodedata.normalize("NFC", first + tone) + second
    assert normalize(" ".join(before + [old] + after)) == normalize(" ".join(before + [new] + after))


@given(vi_words)
def test_spacing_dashes_and_punctuation_fold(words):
    assert normalize("  –  ".join(words) + ".") == normalize(" ".join(words))


def test_normalize_examples():
    assert normalize("Chủ tịch UBND TP.HCM") == "chủ tịch ủy ban nhân dân thành phố hồ chí minh"
    assert normalize("Phó Bí thư Tỉnh uỷ") == normalize("phó bí thư tỉnh ủy")
    assert normalize("Hội nghị BCH Đảng bộ tỉnh lần thứ 5") == "hội nghị ban chấp hành đảng bộ tỉnh lần thứ 5"
    assert normalize("Đồng chí Lò Văn Hoà") == "lò văn hòa"
    assert normalize("quý") == "quý" and normalize("hoàn") == "hoàn"
    assert normalize("ÐBQH") == "đại biểu quốc hội"  # the eth that looks like Đ
    assert normalize(None) == ""


# ------------------------------------------------------------------ matching

def test_same_name_equal_longer_and_shorter():
    gold = "Trưởng Ban Tuyên giáo Tỉnh ủy"
    assert same_name(gold, "Trưởng Ban Tuyên giáo Tỉnh uỷ")
    assert same_name(gold, "Trưởng Ban Tuyên giáo Tỉnh ủy Hà Giang")  # up to 4 more words
    assert not same_name(gold, "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy khóa XVI")  # 5 more
    assert same_name("Chủ tịch Ủy ban nhân dân huyện", "Chủ tịch UBND")  # 5 of 6 words
    assert not same_name("Bí thư Tỉnh ủy Lai Châu", "Bí thư Tỉnh ủy")  # 4 of 6 words
    assert not same_name("Bí thư Tỉnh ủy", "Phó Bí thư")  # not inside it
    assert not same_name("", "Bí thư") and not same_name("Bí thư", None)


def test_covers_needs_half_the_organizers_words():
    assert covers("Ban Chấp hành Đảng bộ huyện Mèo Vạc", "Đảng bộ huyện Mèo Vạc")  # 5 of 8
    assert not covers("Ban Chấp hành Đảng bộ huyện Mèo Vạc", "Huyện ủy")
    assert not covers("", "Huyện ủy")


def test_same_date_with_and_without_the_year():
    assert same_date("2017-05-12", "2017-05-12")
    assert not same_date("2017-05-12", "2016-05-12") and not same_date("2017-05-12", "--05-12")
    assert same_date("--05-12", "2019-05-12") and same_date("--05-12", "--05-12")
    assert not same_date("--05-12", "2019-05-13") and not same_date("--05-12", None)


def test_match_position_needs_the_same_person():
    gold = {"person": "Hoàng Thị Lụa", "position": "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"}
    assert match_position(gold, {"person": "đồng chí Hoàng Thị Lụa", "position": "Chủ tịch Hội LHPN tỉnh"})
    assert not match_position(gold, {"person": "Hoàng Thị Lựa", "position": "Chủ tịch Hội LHPN tỉnh"})


def test_match_meeting_needs_the_day_and_the_organizer():
    gold = {"organizer": "Huyện ủy Bảo Lâm", "date": "--03-08", "ordinal": None}
    assert match_meeting(gold, {"organizer": "Ban Thường vụ Huyện ủy Bảo Lâm", "date": "2018-03-08"})
    assert not match_meeting(gold, {"organizer": "Ban Thường vụ Huyện ủy Bảo Lâm", "date": "2018-03-09"})
    assert not match_meeting(gold, {"organizer": None, "date": "2018-03-08"})


def test_match_award_kind_within_and_recipient():
    gold = {"recipient": "Chi bộ thôn Nà Lầu", "award": "Giấy khen", "giver": "Đảng ủy xã"}
    assert match_award(gold, {"recipient": "Chi bộ thôn Nà Lầu", "award": "Giấy khen của Đảng ủy xã"})
    assert not match_award(gold, {"recipient": "Chi bộ thôn Nà Lầu", "award": "Bằng khen"})
    assert not match_award(gold, {"recipient": "Chi bộ thôn Phiêng Luông", "award": "Giấy khen"})
    group = {"recipient": None, "award": "Bằng khen", "giver": None}
    assert match_award(group, {"recipient": None, "award": "Bằng khen", "group": "5 tập thể"})


def test_max_matching_moves_an_earlier_pair_to_make_room():
    # gold 0 can take answer 0 or 1, gold 1 only answer 0: a greedy choice of 0
    # for gold 0 would leave gold 1 unmatched
    edges = {(0, 0), (0, 1), (1, 0)}
    pairs = max_matching([0, 1], [0, 1], lambda g, a: (g, a) in edges)
    assert pairs == {0: 1, 1: 0}


@settings(max_examples=200)
@given(st.integers(0, 5), st.integers(0, 5), st.data())
def test_max_matching_is_one_to_one_and_maximum(n_gold, n_answers, data):
    cells = list(itertools.product(range(n_gold), range(n_answers)))
    edges = set(data.draw(st.lists(st.sampled_from(cells), unique=True)) if cells else [])
    pairs = max_matching(list(range(n_gold)), list(range(n_answers)), lambda g, a: (g, a) in edges)
    assert all((g, a) in edges for g, a in pairs.items())
    assert len(set(pairs.values())) == len(pairs)
    best = 0  # brute force: the largest set of edges with no shared end
    for k in range(min(n_gold, n_answers), 0, -1):
        if any(len({g for g, _ in c}) == k == len({a for _, a in c})
               for c in itertools.combinations(sorted(edges), k)):
            best = k
            break
    assert len(pairs) == best


# ------------------------------------------------------------------- scoring

GOLD = {
    "x01": {"positions": [{"person": "Lò Văn Pành", "position": "Bí thư Huyện ủy Sìn Hồ"},
                          {"person": "Lò Văn Pành", "position": "Chủ tịch HĐND huyện"}],
            "meetings": [{"organizer": "Huyện ủy Sìn Hồ", "date": "2018-07-02", "ordinal": 12}],
            "awards": []},
    "x01b": {"positions": [{"person": "Vàng Thị Mai", "position": "Phó Chủ tịch UBND xã"}]},
}


def test_score_counts_dedups_and_ignores_other_articles():
    answers = {
        "positions": [
            {"person": "Lò Văn Pành", "position": "Bí thư Huyện ủy Sìn Hồ", "source": "urn:x:x01"},
            {"person": "Lò Văn Pành", "position": "Bí thư Huyện uỷ Sìn Hồ", "source": "urn:x:x01"},  # same
            {"person": "Lò Văn Pành", "position": "Chủ tịch", "source": "urn:x:x01"},  # too short
            {"person": "Vàng Thị Mai", "position": "Phó Chủ tịch UBND xã", "source": "urn:x:x01b.txt"},
            {"person": "Lý A Sử", "position": "Chủ tịch UBND xã", "source": "urn:x:x99"},  # not in gold
        ],
        "meetings": [{"organizer": "Ban Thường vụ Huyện ủy Sìn Hồ", "date": "2018-07-02", "source": "urn:x:x01"}],
    }
    report = score(GOLD, answers)
    pos = report["positions"]
    assert (pos.gold, pos.system, pos.tp) == (3, 3, 2)
    assert pos.precision == pytest.approx(2 / 3) and pos.recall == pytest.approx(2 / 3)
    assert pos.misses == [("x01", GOLD["x01"]["positions"][1])]
    assert [(a, r["position"]) for a, r in pos.extras] == [("x01", "Chủ tịch")]
    assert (report["meetings"].tp, report["meetings"].f1) == (1, 1.0)
    assert (report["awards"].gold, report["awards"].system, report["awards"].f1) == (0, 0, 0.0)


def test_article_of_takes_the_longest_stem():
    assert article_of("https://w3id.org/kgvn/id/article/x01b", ["x01", "x01b", "1b"]) == "x01b"
    assert article_of("urn:article:bai%20mot.txt", ["bai mot"]) == "bai mot"
    assert article_of("urn:article:y02", ["x01"]) is None


def test_describe_rows():
    assert describe("positions", {"person": "Lò Văn Pành", "position": None}) == "Lò Văn Pành — ?"
    assert describe("meetings", GOLD["x01"]["meetings"][0]) == "Huyện ủy Sìn Hồ, 2018-07-02, lần thứ 12"
    assert (describe("awards", {"recipient": None, "award": "Bằng khen", "giver": "UBND tỉnh"})
            == "Bằng khen → (a counted group) (by UBND tỉnh)")


# ---------------------------------------------------------------------- gold

@pytest.mark.parametrize("text, says", [
    ("{not json", "not JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
    ("[]", "expected an object keyed by article"),
    ('{"a": []}', "article 'a': expected an object with positions, meetings, awards, found a list"),
    ('{"a": {"position": []}}', "article 'a': unknown key 'position'"),
    ('{"a": {"positions": {}}}', "positions must be a list of rows, found an object"),
    ('{"a": {"positions": ["Lò Văn Pành"]}}', "positions row 1: expected an object, found a string"),
    ('{"a": {"positions": [{"person": "Lò Văn Pành"}]}}', "positions row 1: 'position' is missing"),
    ('{"a": {"positions": [{"person": "A B", "position": 3}]}}', "'position' must be a title, found a number"),
    ('{"a": {"positions": [{"person": " ", "position": "Bí thư"}]}}', "'person' is empty"),
    ('{"a": {"meetings": [{"organizer": "Huyện ủy", "date": "12/5/2017"}]}}',
     "meetings row 1: date '12/5/2017' must be \"YYYY-MM-DD\" or \"--MM-DD\""),
    ('{"a": {"meetings": [{"organizer": "Huyện ủy", "date": "2017-05-12", "ordinal": true}]}}',
     "'ordinal' must be a whole number or null, found true/false"),
    ('{"a": {"awards": [{"award": "Bằng khen"}]}}', "'recipient' is missing (it is a name, or null for a counted"),
])
def test_bad_gold_is_named_in_one_line(text, says):
    with pytest.raises(GoldError) as e:
        parse_gold(text, "g.json")
    assert says in str(e.value) and str(e.value).startswith("g.json: ") and "\n" not in str(e.value)


def test_good_gold_parses():
    text = json.dumps(GOLD, ensure_ascii=False)
    assert parse_gold(text) == GOLD
    assert parse_gold((CORPUS / "gold.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------- kg eval

def run(*args):
    r = CliRunner().invoke(main, ["eval", *map(str, args)])
    return r.exit_code, r.stdout, r.stderr


def test_eval_scores_the_projects_corpus_in_full():
    code, out, err = run(CORPUS / "gold.json", CORPUS / "articles")
    assert code == 0, out + err
    lines = out.splitlines()
    assert lines[0] == "6 of 6 gold articles scored"
    assert lines[2].split() == ["positions", "23", "23", "23", "1.000", "1.000", "1.000"]
    assert lines[-1].split() == ["mean", "F1", "1.000"]


def test_eval_verbose_lists_misses_and_extras_by_article(tmp_path):
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    first = sorted(gold)[0]
    removed = gold[first]["positions"].pop(0)
    gold[first]["positions"].append({"person": "Tòng Văn Khiêm", "position": "Chủ tịch UBND xã Chiềng Sơ"})
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(tmp_path / "gold.json", CORPUS / "articles", "-v")
    assert code == 0
    tail = out.split("\n\n", 1)[1].splitlines()
    assert tail[:3] == ["positions: 1 missed, 1 extra", f"  {first}",
                        f"    EXTRA {removed['person']} — {removed['position']}"]
    assert tail[3] == "    MISS  Tòng Văn Khiêm — Chủ tịch UBND xã Chiềng Sơ"


def test_eval_json_and_a_store_built_before(tmp_path):
    store = tmp_path / "store"
    r = CliRunner().invoke(main, ["build", str(CORPUS / "articles"), "--store", str(store),
                                  "--out", str(tmp_path / "out")])
    assert r.exit_code == 0, r.output
    code, out, err = run(CORPUS / "gold.json", "--store", store, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["articles"] == {"gold": 6, "scored": 6, "without_gold": 0}
    assert {rel: (v["tp"], v["f1"]) for rel, v in data["relations"].items()} == {
        "positions": (23, 1.0), "meetings": (5, 1.0), "awards": (7, 1.0)}


def test_eval_warns_of_gold_articles_it_was_not_given(tmp_path):
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    gold["z99_chua_co"] = {"positions": [{"person": "Sùng A Lử", "position": "Bí thư Chi bộ"}]}
    (tmp_path / "g.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(tmp_path / "g.json", CORPUS / "articles")
    assert code == 0
    assert "kg: 1 of 7 gold articles are not among the articles (z99_chua_co): their rows count as misses" in err
    assert out.splitlines()[2].split()[:4] == ["positions", "24", "23", "23"]


@pytest.mark.parametrize("text, says", [
    ("{\"a\": ", "g.json: not JSON: Expecting value at line 1, column 7"),
    ('{"a": {"awards": [{"recipient": null, "award": ""}]}}', "article 'a': awards row 1: 'award' is empty (it is an award kind)"),
])
def test_eval_bad_gold_is_one_line_and_exit_1(tmp_path, text, says):
    (tmp_path / "g.json").write_text(text, encoding="utf-8")
    code, out, err = run(tmp_path / "g.json", CORPUS / "articles")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"Error: {tmp_path / 'g.json'}: {says.removeprefix('g.json: ')}"]


def test_eval_needs_articles_or_a_store(tmp_path):
    code, _, err = run(CORPUS / "gold.json")
    assert code == 2 and "give the ARTICLES the gold describes, or --store" in err
    code, _, err = run(CORPUS / "gold.json", "--store", tmp_path / "none")
    assert code == 1 and "no store at" in err
    code, _, err = run(tmp_path / "missing.json", CORPUS / "articles")
    assert code == 1 and "missing.json: No such file or directory" in err
