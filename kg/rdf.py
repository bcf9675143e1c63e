"""Facts → RDF. One graph per article: its facts and their provenance.

Shared things (persons, organizations, posts, meetings) get IRIs from their
identity keys (see kg.resolve), so the same official in two articles is one
node; each article's graph says only what that article says about it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache
import re
from pathlib import Path
from typing import Callable

from rdflib import RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, PROV, SKOS

from kg.extract.numbers import roman
from kg.facts import ArticleFacts, Org, Title
from kg.iris import GLOSS_GRAPH, ID, KG, ONTOLOGY_GRAPH, article_iri_str, mint_str, named_iri, named_iri_str, part_iri_str
from kg.normalize import expand_abbreviations, key
from kg.extract.lexicon import body_index
from kg.extract.text import tokenize
from kg.resolve import canonical_org, english_org, english_title, org_identity, person_key
from kg.resources import (abbreviations, award_kinds, document_kinds, figure_kinds, one_in_country_posts, outlets, provinces,
                          provinces_2025, titles)

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
MERGER_DATE = dt.date(2025, 7, 1)  # 63 provinces became 34
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


class _Terms:
    """The IRIs of a namespace as N-Triples terms ("<…#name>"), each made once: the
    mapping writes N-Quads text, and rdflib term objects cost more to make than the
    extraction itself."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        term = f"<{self._base}{name}>"
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


_KG, _RDF, _RDFS = _Terms(str(KG)), _Terms(str(RDF)), _Terms(str(RDFS))
_ORG, _SCHEMA, _PROV, _FOAF = _Terms(str(ORG)), _Terms(str(SCHEMA)), _Terms(str(PROV)), _Terms(str(FOAF))
_SKOS = _Terms(str(SKOS))

# XSD's terms as strings, made once (rdflib's DefinedNamespace looks each one up in Python)
_XSD_DATE, _XSD_MONTH_DAY, _XSD_YEAR, _XSD_ANY_URI = (str(XSD.date), str(XSD.gMonthDay), str(XSD.gYear),
                                                      str(XSD.anyURI))
_TRUE, _FALSE, _INTEGER = f'"true"^^<{XSD.boolean}>', f'"false"^^<{XSD.boolean}>', f"^^<{XSD.integer}>"
_NT_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def lit(value: str | int | bool, lang_or_type: str | None = None) -> str:
    """A literal in N-Triples syntax: a string with a language tag ("vi") or a
    datatype IRI, or a bare string; ints and bools get their XSD type."""
    if value is True or value is False:
        return _TRUE if value else _FALSE
    if isinstance(value, int):
        return f'"{value}"{_INTEGER}'
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        value = value.translate(_NT_ESCAPE)
    text = f'"{value}"'
    if lang_or_type is None:
        return text
    if ":" in lang_or_type:
        return f"{text}^^<{lang_or_type}>"
    return f"{text}@{lang_or_type}"


def _iri(node: str) -> str:
    return f"<{node}>"


def _mint(kind: str, name: str, identity: str | None = None) -> str:
    return f"<{mint_str(kind, name, identity)}>"


def _named_iri(kind: str, name: str) -> str:
    return f"<{named_iri_str(kind, name)}>"


Triple = tuple[str, str, str]


class Triples:
    """One article's triples as N-Triples terms in a plain set: far cheaper to fill
    than an rdflib Graph, which indexes every triple three ways."""

    add: Callable[[Triple], None]
    """Add a triple (a repeat is ignored)."""

    shared: set[Triple]
    """Triples that describe a shared node the same way whichever article names it
    (an organization's English gloss): stored once, in the glosses graph."""

    def __init__(self) -> None:
        self._set: set[Triple] = set()
        self.add = self._set.add  # the mapping's hottest call: the set's own method, no wrapper
        self.shared = set()

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._set | self.shared)

    def __len__(self) -> int:
        return len(self._set | self.shared)

    def ntriples(self) -> str:
        """The triples as N-Triples (the shared ones too), one line each, sorted."""
        return "".join(sorted(f"{s} {p} {o} .\n" for s, p, o in self._set | self.shared))

    def graph(self) -> Graph:
        """The triples as an rdflib Graph, prefixes bound."""
        from kg.bridge import parse_ntriples

        return parse_ntriples(self.ntriples(), bind(Graph()))

    def nquads(self, graph: URIRef | str) -> str:
        """The triples as N-Quads in `graph`, one line each (in no particular order);
        the shared ones in the glosses graph, after them."""
        ctx, shared = f" <{graph}> .\n", f" <{GLOSS_GRAPH}> .\n"
        return ("".join(f"{s} {p} {o}{ctx}" for s, p, o in self._set)
                + "".join(f"{s} {p} {o}{shared}" for s, p, o in self.shared))


def bind(g: Graph) -> Graph:
    """Bind the project's prefixes on a graph (for readable Turtle)."""
    for p, ns in (("kg", KG), ("id", ID), ("org", ORG), ("schema", SCHEMA), ("prov", PROV),
                  ("foaf", FOAF), ("skos", SKOS), ("owl", OWL)):
        g.bind(p, ns)
    return g


@lru_cache(maxsize=None)
def pipeline_fingerprint() -> str:
    """A hash of kg's own code, data files and ontology: when the extractor or the
    mapping changes, every article's graph is made again."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for f in sorted([*root.rglob("*.py"), *root.rglob("*.tsv"), *root.rglob("*.txt"), ONTOLOGY_FILE]):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def file_hash(name: str, data: bytes) -> str:
    """SHA-256 of what an article's graph is made from: the file's name and bytes,
    and the version of kg that reads them. Same hash, same graph: the build skips it."""
    h = hashlib.sha256(pipeline_fingerprint().encode())
    h.update(b"\x1f" + name.encode("utf-8") + b"\x1f")
    h.update(data)
    return h.hexdigest()


def content_hash(facts: ArticleFacts) -> str:
    """The hash of an article read from text in memory (no file): its body and metadata."""
    a = facts.article
    basis = "\x1f".join([a.id, a.title or "", str(a.published or ""), a.outlet or "", a.province or "",
                         "|".join(a.authors), a.url or "", a.text])
    return file_hash(a.id, basis.encode("utf-8"))


def _vi_en(g: Triples, node: str, vi: str, en: str | None) -> None:
    g.add((node, _RDFS.label, lit(vi, "vi")))
    if en:
        g.add((node, _RDFS.label, lit(en, "en")))


def _link_abbreviations(g: Triples, node: str, written: str) -> None:
    for abbr in _abbreviations_in(written):
        g.add((node, _KG.usesAbbreviation, _iri(abbreviation_iri(abbr))))


@lru_cache(maxsize=65536)
def _abbreviations_in(written: str) -> tuple[str, ...]:
    """The known abbreviations a name is written with ("UBND tỉnh" → ("UBND",))."""
    table = abbreviations()
    return tuple(sorted({w.upper() for w in re.findall(r"[\w.]+", written)
                         if len(w) > 1 and w.isupper() and w.upper() in table}))


def _date(iso: str) -> str:
    return lit(iso, _XSD_MONTH_DAY if iso.startswith("--") else _XSD_DATE)


def abbreviation_iri(abbr: str) -> URIRef:
    """IRI of an abbreviation in the vocabulary ("UBND")."""
    return named_iri("abbreviation", abbr.replace(".", "-"))


# the words of a body's key that make it a city's, or a province's, body
_CITY_LEVELS = ("thành phố", "thành ủy", "thành đoàn")
_PROVINCE_LEVELS = ("tỉnh", "tỉnh ủy", "tỉnh đoàn")


@lru_cache(maxsize=None)
def _province_kinds() -> dict[str, str]:
    """Each province's kind: "tỉnh" or "thành phố" (a centrally-run city)."""
    return {p.name: p.kind for p in provinces()}


class _Mapper:
    """Maps one article's facts into one graph."""

    def __init__(self, facts: ArticleFacts, digest: str | None = None) -> None:
        self.f = facts
        self.digest = digest
        self.a = facts.article
        self.g = Triples()
        self.art = f"<{article_iri_str(self.a.id)}>"
        self._sentences: dict[int, str] = {}
        self._memo: dict = {}  # the nodes made so far: each adds its triples once
        self.prov = self.a.province
        if self.prov and self.a.published and self.a.published >= MERGER_DATE:
            # from 1 July 2025 "tỉnh" is the merged unit
            self.prov = next((p.merged_into for p in provinces() if p.name == self.prov), self.prov)
        self.orgs_written = tuple(self._org_names())
        self._canonical: dict[tuple[str, bool], str] = {}
        self.canon: dict[str, str] = {}  # organization node → canonical name

    def _org_names(self) -> list[str]:
        f = self.f
        names = [p.title.body.name for p in f.positions if p.title.body]
        names += [m.organizer.name for m in f.meetings if m.organizer]
        for w in f.awards:
            names += [o.name for o in (w.giver, w.recipient_org) if o]
        names += [d.issuer.name for d in f.documents if d.issuer]
        names += [x.subject.name for x in f.figures if x.subject]
        return names

    def canonical(self, name: str, with_province: bool = True) -> str:
        """:func:`canonical_org` of a name in this article."""
        k = (name, with_province)
        found = self._canonical.get(k)
        if found is None:
            # canonical_org's own cache keys on all the article's names: hashing them
            # on each of the many calls an article makes cost more than a dict of its own
            found = self._canonical[k] = canonical_org(name, self.province_of(name) if with_province else None,
                                                       self.orgs_written)
        return found

    def province_of(self, name: str) -> str | None:
        """The province a body written without its place is in: the article's, unless
        the body's level is not that province's kind. A city's body ("UBND TP", "Thành
        ủy") is in the centrally-run city the article names most (a Long An or a TP.HCM
        paper's bare "Chủ tịch UBND TP" is often Hà Nội's or TP.HCM's when the article
        is about that city), a province's ("UBND tỉnh") in the tỉnh it names most, when
        the article names that one at least as often as its own province (more often,
        when its own province is of the body's kind)."""
        prov = self.prov
        if not prov or prov != self.a.province:
            return prov  # after the 2025 merger "tỉnh" is the merged unit, as it is
        words = f" {key(name)}"
        # only a body that ends in its level names no place of its own ("UBND TP Hội An"
        # is Hội An's, in whatever province the article is)
        level = "thành phố" if any(words.endswith(f" {w}") for w in _CITY_LEVELS) else \
            "tỉnh" if any(words.endswith(f" {w}") for w in _PROVINCE_LEVELS) else None
        if level is None:
            return prov
        if "counts" not in self._memo:
            from kg.article import province_counts
            self._memo["counts"] = province_counts(self.a.text)
        counts = self._memo["counts"]
        kinds = _province_kinds()
        best = max((c, n) for n, c in counts.items() if kinds.get(n) == level) if any(
            kinds.get(n) == level for n in counts) else None
        if best is None or counts.get(prov, 0) > best[0] or (kinds.get(prov) == level and counts.get(prov, 0) == best[0]):
            return prov  # a tỉnh's paper writing its own provincial city's "UBND thành phố" names itself more
        return best[1]

    def _local_bodies(self, name: str) -> list[str]:
        """The canonical bodies of a person's posts in this article."""
        if "bodies" not in self._memo:
            by_person: dict[str, list[str]] = {}
            for p in self.f.positions:
                if p.title.body:
                    by_person.setdefault(p.person, []).append(self.canonical(p.title.body.name))
            self._memo["bodies"] = by_person
        return self._memo["bodies"].get(name, [])

    def part(self, kind: str, n: int) -> str:
        """The n-th fact of a kind in this article (sentence, holding, award …)."""
        return f"<{part_iri_str(self.a.id, kind, n)}>"

    def sentence(self, idx: int) -> str:
        if idx in self._sentences:
            return self._sentences[idx]
        s = self.f.sentences[idx]
        node = self.part("sentence", idx)
        g = self.g
        # its text and where it stands; its index is the end of its IRI, its article the
        # graph's name (and the start of its IRI)
        g.add((node, _KG.text, lit(s.text, "vi")))
        g.add((node, _KG.span, lit(f"{s.start}-{s.end}")))
        self._sentences[idx] = node
        return node

    def province(self) -> str | None:
        """The article's province: as it stood when the article was published (the
        unit formed on 1 July 2025 for an article from that day on)."""
        if "province" not in self._memo:
            self._memo["province"] = self._province()
        return self._memo["province"]

    def _province(self) -> str | None:
        if not self.prov:
            return None
        a = self.a
        if a.published and a.published >= MERGER_DATE:
            # the vocabulary labels the unit "… (từ 2025)": its plain name is said here
            node = _named_iri("province-2025", self.prov)
            en = next((p.en for p in provinces_2025() if p.name == self.prov), None)
            _vi_en(self.g, node, self.prov, en)
            return node
        # its type and labels are the vocabulary's (ontology graph)
        return _named_iri("province", self.prov)

    def person(self, name: str) -> str:
        if ("person", name) not in self._memo:
            self._memo["person", name] = self._person(name)
        return self._memo["person", name]

    def _person(self, name: str) -> str:
        node = _mint("person", name, person_key(name, self.prov, self._local_bodies(name), self.a.id))
        g = self.g
        g.add((node, _RDF.type, _KG.Person))
        g.add((node, _FOAF.name, lit(name)))  # its province is the article's (kg:province)
        return node

    def written(self, o: Org) -> str:
        """The organization's name as the article writes it, shorthand completed
        from the article itself ("Đảng ủy Khối" → "Đảng ủy Khối các cơ quan tỉnh")."""
        return self.canonical(o.name, with_province=False)

    def org(self, o: Org) -> str:
        if ("org", o) not in self._memo:
            self._memo["org", o] = self._org(o)
        return self._memo["org", o]

    def _org(self, o: Org) -> str:
        canon = self.canonical(o.name)
        node = _mint("org", canon, org_identity(canon, o.kind, self.prov, self.a.id))
        g = self.g
        g.add((node, _RDF.type, _KG[o.kind] if o.kind else _KG.Organization))
        written = self.written(o)  # said where a fact needs it (kg:organizerAsWritten …)
        expanded = expand_abbreviations(canon)
        g.add((node, _KG.canonicalName, lit(expanded, "vi")))
        self.canon.setdefault(node, expanded)
        g.shared.add((node, _KG.englishGloss, lit(english_org(canon), "en")))
        prov = self.province() if canon != written else None
        if prov:
            g.add((node, _KG.province, prov))
        return node

    def article(self) -> None:
        a, g, art = self.a, self.g, self.art
        g.add((art, _RDF.type, _KG.Article))
        g.add((art, _KG.sourceFile, lit(Path(a.path).name or a.id)))
        g.add((art, _KG.contentHash, lit(self.digest or content_hash(self.f))))
        if a.title:
            g.add((art, _SCHEMA.headline, lit(a.title, "vi")))
        if a.published:
            g.add((art, _SCHEMA.datePublished, lit(a.published.isoformat(), _XSD_DATE)))
        if self.f.year:
            g.add((art, _KG.year, lit(self.f.year)))
            if self.f.year_from_text:
                g.add((art, _KG.yearFromText, lit(True)))
        if a.url:
            g.add((art, _SCHEMA.url, lit(a.url, _XSD_ANY_URI)))
        if a.outlet:
            out = _mint("outlet", a.outlet)
            if a.outlet not in _vocabulary_outlets():  # a known outlet is the vocabulary's
                g.add((out, _RDF.type, _KG.Outlet))
                g.add((out, _RDFS.label, lit(a.outlet, "vi")))
            g.add((art, _SCHEMA.publisher, out))
        for name in a.authors:
            au = _mint("author", name)
            g.add((au, _RDF.type, _KG.Author))
            g.add((au, _SCHEMA.name, lit(name)))
            g.add((art, _SCHEMA.author, au))
        prov = self.province()
        if prov:
            g.add((art, _KG.province, prov))

    def post(self, title: Title) -> tuple[str, str, str | None]:
        """A title's post node (with its label, role and body), its role and its body."""
        g = self.g
        role = _named_iri("role", title.role)
        body = self.org(title.body) if title.body else None
        canon_body = self.canonical(title.body.name) if title.body else None
        post_vi = f"{title.role} {canon_body}" if canon_body else title.role
        # a post is its role in its body; a bare role ("Tỉnh ủy viên") is the province's,
        # unless it is one post in the country ("Ủy viên Bộ Chính trị")
        if canon_body:
            body_ident = org_identity(canon_body, title.body.kind, self.prov, self.a.id)
        elif title.role.lower() in one_in_country_posts():
            body_ident = "|country"
        else:
            body_ident = f"|{self.prov or self.a.id}"
        post = _mint("post", post_vi, f"{key(title.role)} {body_ident}")
        _vi_en(g, post, post_vi, english_title(title.role, canon_body))
        g.add((post, _ORG.role, role))
        if body:
            g.add((post, _ORG.postIn, body))
        return post, role, body

    def positions(self) -> None:
        g = self.g
        for n, p in enumerate(self.f.positions):
            person = self.person(p.person)
            post, _, _ = self.post(p.title)  # the post says its role and body
            h = self.part("holding", n)  # a kg:PostHolding: org:member says so
            g.add((h, _ORG.member, person))
            g.add((h, _KG.post, post))
            g.add((h, _KG.asWritten, lit(p.title.text, "vi")))
            if p.title.past:
                g.add((h, _KG.former, lit(True)))  # "nguyên Bí thư …": held before, not now
            _link_abbreviations(g, h, p.title.text)
            g.add((h, _PROV.wasDerivedFrom, self.sentence(p.sentence)))

    def events(self) -> None:
        """Each career event a node: who, what kind, which post, when, from which sentence."""
        g = self.g
        for n, e in enumerate(self.f.events):
            node = self.part("event", n)
            g.add((node, _RDF.type, _KG.CareerEvent))
            g.add((node, _KG.eventKind, lit(e.kind)))
            g.add((node, _KG.person, self.person(e.person)))
            if e.title is not None:
                post, _, _ = self.post(e.title)
                g.add((node, _KG.post, post))
                g.add((node, _KG.asWritten, lit(e.title.text, "vi")))
            if e.date:
                g.add((node, _SCHEMA.startDate, _date(e.date)))
            g.add((node, _PROV.wasDerivedFrom, self.sentence(e.sentence)))

    def meetings(self) -> list[str]:
        g = self.g
        nodes = []
        for m in self.f.meetings:
            org = self.org(m.organizer) if m.organizer else None
            canon = self.canonical(m.organizer.name) if m.organizer else ""
            org_ident = org_identity(canon, m.organizer.kind, self.prov, self.a.id) if m.organizer else self.a.id
            ident = f"{org_ident}|{m.date}|{m.kind}|{m.session}"
            node = _mint("meeting", f"{m.kind_vi} {canon} {m.date or ''}", ident)
            nodes.append(node)
            g.add((node, _RDF.type, _KG[m.kind]))
            _vi_en(g, node, f"{m.kind_vi} {canon}" + (f" ({m.date})" if m.date else ""), None)
            g.add((node, _KG.meetingName, lit(m.name, "vi")))
            if org:
                g.add((node, _KG.organizer, org))
                g.add((node, _KG.organizerAsWritten, lit(self.written(m.organizer), "vi")))
            if m.date:
                g.add((node, _SCHEMA.startDate, _date(m.date)))
            if m.session is not None:
                g.add((node, _KG.sessionNumber, lit(m.session)))
            if m.term:
                g.add((node, _KG["term"], lit(m.term)))
                num = int(m.term) if m.term.isdigit() else roman(m.term)
                if num:
                    g.add((node, _KG.termNumber, lit(num)))
            if m.tenure:
                g.add((node, _KG.tenureStart, lit(str(m.tenure[0]), _XSD_YEAR)))
                g.add((node, _KG.tenureEnd, lit(str(m.tenure[1]), _XSD_YEAR)))
            if m.extended:
                g.add((node, _KG.extended, lit(True)))
            if m.online:
                g.add((node, _KG.online, lit(True)))
            g.add((node, _PROV.wasDerivedFrom, self.sentence(m.sentence)))
        return nodes

    def participations(self, meetings: list[str]) -> None:
        g = self.g
        for n, p in enumerate(self.f.participations):
            person = self.person(p.person)
            node = self.part("participation", n)
            g.add((node, _KG.participant, person))
            g.add((node, _KG.atMeeting, meetings[p.meeting]))
            g.add((node, _KG.participationRole, lit(p.role)))
            g.add((node, _PROV.wasDerivedFrom, self.sentence(p.sentence)))

    def awards(self, meetings: list[str]) -> None:
        g = self.g
        for n, w in enumerate(self.f.awards):
            node = self.part("award", n)  # a kg:AwardConferral: kg:awardKind says so
            kind = _named_iri("award-kind", w.kind)
            if w.kind not in _vocabulary_award_kinds():
                g.add((kind, _RDF.type, _KG.AwardKind))
                _vi_en(g, kind, w.kind, w.kind_en)
            g.add((node, _KG.awardKind, kind))
            g.add((node, _KG.awardName, lit(w.kind, "vi")))
            recipient = w.recipient_person or (w.recipient_org.name if w.recipient_org else w.group)
            _vi_en(g, node, f"{w.kind} → {recipient or '?'}", None)
            if w.giver:
                # several bodies that give it together ("Sở X, UBND huyện Y và Trường Z đã tặng giấy
                # khen cho em A"): one conferral, given by each
                for giver in w.givers or (w.giver,):
                    g.add((node, _KG.giver, self.org(giver)))
                g.add((node, _KG.giverAsWritten, lit(self.written(w.giver), "vi")))
            if w.recipient_org:
                g.add((node, _KG.recipient, self.org(w.recipient_org)))
                g.add((node, _KG.recipientAsWritten, lit(self.written(w.recipient_org), "vi")))
            if w.recipient_person:
                g.add((node, _KG.recipient, self.person(w.recipient_person)))
                g.add((node, _KG.recipientAsWritten, lit(w.recipient_person, "vi")))
            if w.group:
                g.add((node, _KG.recipientGroup, lit(w.group, "vi")))
            at = [k for k, m in enumerate(self.f.meetings) if m.sentence <= w.sentence]
            if at:
                g.add((node, _KG.atMeeting, meetings[at[-1]]))
            g.add((node, _PROV.wasDerivedFrom, self.sentence(w.sentence)))


    def _meeting_of(self, sentence: int, meetings: list[str]) -> str | None:
        """The meeting a sentence speaks of: the last one reported up to it, when the
        sentence speaks of a meeting at all."""
        text = self.f.sentences[sentence].text.lower()
        at = [k for k, m in enumerate(self.f.meetings) if m.sentence <= sentence]
        if at and (self.f.meetings[at[-1]].sentence == sentence
                   or re.search(r"hội nghị|đại hội|phiên họp|kỳ họp", text)):
            return meetings[at[-1]]
        return None

    def documents(self, meetings: list[str]) -> None:
        g = self.g
        local = {"TU", "HU", "ĐU", "ĐUK", "UBND", "HĐND", "BCSĐ"}
        for d in self.f.documents:
            code = d.number.rsplit("/", 1)[1] if "/" in d.number else None
            # a provincial number (48-NQ/TU) is only unique within its province
            scope = "" if code and code not in local else (self.prov or self.a.id)
            node = _mint("document", f"{d.kind} {d.number}", f"{key(d.kind)} {d.number.lower()}|{scope}")
            # a kg:Document (kg:documentKind says so), labelled by its kind (a kg:DocumentKind
            # of the vocabulary, in Vietnamese and English) and its number
            g.add((node, _KG.documentKind, lit(d.kind, "vi")))
            g.add((node, _KG.documentNumber, lit(d.number)))
            if d.date:
                g.add((node, _SCHEMA.dateCreated, lit(d.date, _XSD_DATE)))
            if d.issuer:
                g.add((node, _KG.issuer, self.org(d.issuer)))
            # the article cites it: it is in the article's graph, quoted from its sentence
            meeting = self._meeting_of(d.sentence, meetings)
            if meeting is not None:
                g.add((meeting, _SCHEMA.citation, node))
            g.add((node, _PROV.wasQuotedFrom, self.sentence(d.sentence)))

    def figures(self) -> None:
        g = self.g
        for n, f in enumerate(self.f.figures):
            # no body named: the figure speaks of the body whose meeting is being reported
            before = [m.organizer for m in self.f.meetings if m.organizer and m.sentence <= f.sentence]
            fallback = before[-1] if before else next((m.organizer for m in self.f.meetings if m.organizer), None)
            node = self.part("figure", n)  # a kg:Figure: kg:measure says so
            g.add((node, _KG.measure, _KG[f.measure]))
            g.add((node, _KG.value, lit(f.value)))  # its unit is its measure's (the vocabulary's label)
            g.add((node, _KG.asWritten, lit(f.written, "vi")))
            subject = f.subject or fallback
            if subject:
                g.add((node, _KG.about, self.org(subject)))
            if f.period:
                g.add((node, _KG.year, lit(int(f.period[:4]))))  # what --from/--to bind
                if f.period != f.period[:4]:  # a period that is a year is its kg:year
                    g.add((node, _KG.period, lit(f.period)))
            g.add((node, _PROV.wasDerivedFrom, self.sentence(f.sentence)))


    def hierarchy(self) -> None:
        """org:subOrganizationOf read from names: the parent is the body named at the
        end of the child's name ("Ban Tổ chức Tỉnh ủy Tuyên Quang" is part of "Tỉnh ủy
        Tuyên Quang", which is created when the article does not name it)."""
        g = self.g
        todo = list(self.canon)
        seen = set(todo)
        while todo:
            child = todo.pop()
            found = _parent_body(self.canon[child])
            if found is None:
                continue
            parent_name, kind = found
            parent = _mint("org", parent_name, org_identity(parent_name, kind, self.prov, self.a.id))
            g.add((parent, _RDF.type, _KG[kind]))
            g.add((parent, _KG.canonicalName, lit(parent_name, "vi")))
            if parent not in self.canon:  # not named in the article, nor made here before
                g.shared.add((parent, _KG.englishGloss, lit(english_org(parent_name), "en")))
            g.add((child, _ORG.subOrganizationOf, parent))
            self.canon.setdefault(parent, parent_name)
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)


@lru_cache(maxsize=65536)
def _parent_body(name: str) -> tuple[str, str] | None:
    """The body named at the end of an organization's name, and its kind
    ("Ban Tổ chức Tỉnh ủy Tuyên Quang" → ("Tỉnh ủy Tuyên Quang", "PartyCommittee"))."""
    toks = tokenize(name)
    for k in range(1, len(toks)):
        found = body_index().match(toks, k) if toks[k].is_cap else None
        if found is None:
            continue
        parent_name = name[toks[k].start:]
        if len(tokenize(parent_name)) == 1 and found[1] == "Bloc":
            return None  # a bare "Khối" names no body
        return parent_name, found[1]
    return None


@lru_cache(maxsize=None)
def _vocabulary_award_kinds() -> frozenset[str]:
    """The award kinds the vocabulary graph types and labels (a pattern is not one)."""
    return frozenset(k.vi for k in award_kinds() if "\\" not in k.vi)


@lru_cache(maxsize=None)
def _vocabulary_outlets() -> frozenset[str]:
    """The outlets the vocabulary graph types and labels."""
    return frozenset(o.name for o in outlets().values())


def article_graph(facts: ArticleFacts) -> Graph:
    """The RDF graph of one article's facts and their provenance."""
    return article_triples(facts).graph()


def article_triples(facts: ArticleFacts, digest: str | None = None) -> Triples:
    """One article's facts and provenance as a plain set of triples (the fast path);
    `digest` is the article file's hash (see :func:`file_hash`)."""
    m = _Mapper(facts, digest)
    m.article()
    m.positions()
    m.events()
    meetings = m.meetings()
    m.participations(meetings)
    m.awards(meetings)
    m.documents(meetings)
    m.figures()
    m.hierarchy()
    return m.g


def vocabulary_graph() -> Graph:
    """The ontology plus the known titles, award kinds, meeting kinds and provinces,
    each labelled in Vietnamese and English."""
    t = Triples()
    for vi, en in titles().items():
        node = _named_iri("role", vi)
        t.add((node, _RDF.type, _KG.Role))
        _vi_en(t, node, vi, en)
    for k in award_kinds():
        if k.vi in _vocabulary_award_kinds():
            node = _named_iri("award-kind", k.vi)
            t.add((node, _RDF.type, _KG.AwardKind))
            _vi_en(t, node, k.vi, k.en)
    for abbr, exp in abbreviations().items():
        node = _iri(abbreviation_iri(abbr))
        t.add((node, _RDF.type, _KG.Abbreviation))
        t.add((node, _SKOS.altLabel, lit(abbr)))
        t.add((node, _SKOS.prefLabel, lit(exp.vi, "vi")))
        t.add((node, _SKOS.prefLabel, lit(exp.en, "en")))
        _vi_en(t, node, f"{abbr} = {exp.vi}", f"{abbr} = {exp.en}")
    for dk in document_kinds():
        node = _named_iri("document-kind", dk.vi)
        t.add((node, _RDF.type, _KG.DocumentKind))
        _vi_en(t, node, dk.vi, dk.en)
    for fk in figure_kinds():
        t.add((_KG[fk.measure], _RDF.type, _KG.Measure))
        _vi_en(t, _KG[fk.measure], fk.unit, fk.en)
    for name in sorted(_vocabulary_outlets()):
        node = _mint("outlet", name)
        t.add((node, _RDF.type, _KG.Outlet))
        t.add((node, _RDFS.label, lit(name, "vi")))
    for p in provinces():
        node = _named_iri("province", p.name)
        t.add((node, _RDF.type, _KG.Province))
        _vi_en(t, node, p.name, p.en)
        t.add((node, _KG.newspaper, lit(p.newspaper, "vi")))
        t.add((node, _KG.mergedInto, _named_iri("province-2025", p.merged_into)))
    for p in provinces_2025():
        node = _named_iri("province-2025", p.name)
        t.add((node, _RDF.type, _KG.Province))
        _vi_en(t, node, f"{p.name} (từ 2025)", f"{p.en} (from 2025)")
        t.add((node, _SCHEMA.foundingDate, lit(MERGER_DATE.isoformat(), _XSD_DATE)))
        for old in p.formed_from:
            t.add((node, _KG.formedFrom, _named_iri("province", old)))
    return t.graph().parse(ONTOLOGY_FILE, format="turtle")


__all__ = ["article_graph", "vocabulary_graph", "content_hash", "ONTOLOGY_GRAPH", "bind"]
