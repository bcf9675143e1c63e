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

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, OWL, PROV, SKOS

from kg.extract.numbers import roman
from kg.facts import ArticleFacts, Org
from kg.iris import ID, KG, ONTOLOGY_GRAPH, article_iri, mint, named_iri, part_iri
from kg.normalize import expand_abbreviations, key
from kg.extract.lexicon import body_index
from kg.extract.text import tokenize
from kg.resolve import canonical_org, english_org, english_title, org_identity, person_key
from kg.resources import abbreviations, award_kinds, figure_kinds, provinces, provinces_2025, titles

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
MERGER_DATE = dt.date(2025, 7, 1)  # 63 provinces became 34
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


class Triples:
    """The few graph operations the mapping needs, over a plain set: far cheaper to
    fill than an rdflib Graph, which indexes every triple three ways."""

    def __init__(self) -> None:
        self._set: set[tuple[URIRef, URIRef, URIRef | Literal]] = set()
        self._sp: dict[tuple[URIRef, URIRef], list[URIRef | Literal]] = {}

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> None:
        if triple not in self._set:
            self._set.add(triple)
            self._sp.setdefault((triple[0], triple[1]), []).append(triple[2])

    def value(self, s: URIRef, p: URIRef) -> URIRef | Literal | None:
        found = self._sp.get((s, p))
        return found[0] if found else None

    def subjects(self, p: URIRef, o: URIRef | Literal) -> list[URIRef]:
        return [t[0] for t in self._set if t[1] == p and t[2] == o]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._set)

    def __len__(self) -> int:
        return len(self._set)

    def graph(self) -> Graph:
        """The triples as an rdflib Graph, prefixes bound."""
        g = bind(Graph())
        for t in self._set:
            g.add(t)
        return g

    def nquads(self, graph: URIRef) -> str:
        """The triples as N-Quads in `graph`, one line each, sorted."""
        ctx = f" <{graph}> .\n"
        return "".join(sorted(f"{_nt(s)} {_nt(p)} {_nt(o)}{ctx}" for s, p, o in self._set))


_NT_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: URIRef | Literal) -> str:
    """A term in N-Triples syntax (IRIs are minted valid; literals are escaped)."""
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_NT_ESCAPE) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{text}^^<{term.datatype}>"
        return text
    return f"<{term}>"


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


def _vi_en(g: Graph, node: URIRef, vi: str, en: str | None) -> None:
    g.add((node, RDFS.label, Literal(vi, lang="vi")))
    if en:
        g.add((node, RDFS.label, Literal(en, lang="en")))


def abbreviation_iri(abbr: str) -> URIRef:
    """IRI of an abbreviation in the vocabulary ("UBND")."""
    return named_iri("abbreviation", abbr.replace(".", "-"))


def _link_abbreviations(g: Graph, node: URIRef, written: str) -> None:
    """Link a name to the expansions of the abbreviations it is written with."""
    table = abbreviations()
    for word in set(re.findall(r"[\w.]+", written)):
        if len(word) > 1 and word.isupper() and word.upper() in table:
            g.add((node, KG.usesAbbreviation, abbreviation_iri(word.upper())))


def _date(iso: str) -> Literal:
    return Literal(iso, datatype=XSD.gMonthDay if iso.startswith("--") else XSD.date)


class _Mapper:
    """Maps one article's facts into one graph."""

    def __init__(self, facts: ArticleFacts, digest: str | None = None) -> None:
        self.f = facts
        self.digest = digest
        self.a = facts.article
        self.g = Triples()
        self.art = article_iri(self.a.id)
        self.prov = self.a.province
        if self.prov and self.a.published and self.a.published >= MERGER_DATE:
            # from 1 July 2025 "tỉnh" is the merged unit
            self.prov = next((p.merged_into for p in provinces() if p.name == self.prov), self.prov)
        self.orgs_written = self._org_names()

    def _org_names(self) -> list[str]:
        f = self.f
        names = [p.title.body.name for p in f.positions if p.title.body]
        names += [m.organizer.name for m in f.meetings if m.organizer]
        for w in f.awards:
            names += [o.name for o in (w.giver, w.recipient_org) if o]
        names += [d.issuer.name for d in f.documents if d.issuer]
        names += [x.subject.name for x in f.figures if x.subject]
        return names

    def _local_bodies(self, name: str) -> list[str]:
        """The canonical bodies of a person's posts in this article."""
        return [canonical_org(p.title.body.name, self.prov, self.orgs_written)
                for p in self.f.positions if p.person == name and p.title.body]

    def sentence(self, idx: int) -> URIRef:
        s = self.f.sentences[idx]
        node = part_iri(self.a.id, "sentence", idx)
        g = self.g
        g.add((node, RDF.type, KG.Sentence))
        g.add((node, KG.inArticle, self.art))
        g.add((node, KG.text, Literal(s.text, lang="vi")))
        g.add((node, KG.sentenceIndex, Literal(idx)))
        g.add((node, KG.charStart, Literal(s.start)))
        g.add((node, KG.charEnd, Literal(s.end)))
        return node

    def province(self) -> URIRef | None:
        """The article's province: as it stood when the article was published (the
        unit formed on 1 July 2025 for an article from that day on)."""
        if not self.prov:
            return None
        a = self.a
        if a.published and a.published >= MERGER_DATE:
            node = named_iri("province-2025", self.prov)
            en = next((p.en for p in provinces_2025() if p.name == self.prov), None)
            label = self.prov
        else:
            node = named_iri("province", self.prov)
            en = next((p.en for p in provinces() if p.name == self.prov), None)
            label = self.prov
        self.g.add((node, RDF.type, KG.Province))
        _vi_en(self.g, node, label, en)
        return node

    def person(self, name: str) -> URIRef:
        node = mint("person", name, person_key(name, self.prov, self._local_bodies(name)))
        g = self.g
        g.add((node, RDF.type, KG.Person))
        g.add((node, FOAF.name, Literal(name)))
        g.add((node, RDFS.label, Literal(name, lang="vi")))
        prov = self.province()
        if prov:
            g.add((node, KG.province, prov))
        return node

    def written(self, o: Org) -> str:
        """The organization's name as the article writes it, shorthand completed
        from the article itself ("Đảng ủy Khối" → "Đảng ủy Khối các cơ quan tỉnh")."""
        return canonical_org(o.name, None, self.orgs_written)

    def org(self, o: Org) -> URIRef:
        canon = canonical_org(o.name, self.prov, self.orgs_written)
        node = mint("org", canon, org_identity(canon, o.kind, self.prov, self.a.id))
        g = self.g
        g.add((node, RDF.type, KG.Organization))
        if o.kind:
            g.add((node, RDF.type, KG[o.kind]))
        written = self.written(o)
        g.add((node, RDFS.label, Literal(written, lang="vi")))
        _link_abbreviations(g, node, written)
        g.add((node, KG.canonicalName, Literal(expand_abbreviations(canon), lang="vi")))
        g.add((node, KG.englishGloss, Literal(english_org(canon), lang="en")))
        prov = self.province() if canon != written else None
        if prov:
            g.add((node, KG.province, prov))
        return node

    def article(self) -> None:
        a, g, art = self.a, self.g, self.art
        g.add((art, RDF.type, KG.Article))
        g.add((art, KG.sourceFile, Literal(Path(a.path).name or a.id)))
        g.add((art, KG.contentHash, Literal(self.digest or content_hash(self.f))))
        if a.title:
            g.add((art, SCHEMA.headline, Literal(a.title, lang="vi")))
            g.add((art, RDFS.label, Literal(a.title, lang="vi")))
        if a.published:
            g.add((art, SCHEMA.datePublished, Literal(a.published.isoformat(), datatype=XSD.date)))
        if self.f.year:
            g.add((art, KG.year, Literal(self.f.year)))
        if a.url:
            g.add((art, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.outlet:
            out = mint("outlet", a.outlet)
            g.add((out, RDF.type, KG.Outlet))
            g.add((out, RDFS.label, Literal(a.outlet, lang="vi")))
            g.add((art, SCHEMA.publisher, out))
        for name in a.authors:
            au = mint("author", name)
            g.add((au, RDF.type, KG.Author))
            g.add((au, SCHEMA.name, Literal(name)))
            g.add((au, RDFS.label, Literal(name, lang="vi")))
            g.add((art, SCHEMA.author, au))
        prov = self.province()
        if prov:
            g.add((art, KG.province, prov))

    def positions(self) -> None:
        g = self.g
        for n, p in enumerate(self.f.positions):
            person = self.person(p.person)
            role = named_iri("role", p.title.role)
            body = self.org(p.title.body) if p.title.body else None
            canon_body = (canonical_org(p.title.body.name, self.prov, self.orgs_written)
                          if p.title.body else None)
            post_vi = f"{p.title.role} {canon_body}" if canon_body else p.title.role
            # a post is its role in its body; a bare role ("Tỉnh ủy viên") is the province's
            body_ident = (org_identity(canon_body, p.title.body.kind, self.prov, self.a.id) if canon_body
                          else f"|{self.prov or self.a.id}")
            post = mint("post", post_vi, f"{key(p.title.role)} {body_ident}")
            g.add((post, RDF.type, KG.Post))
            _vi_en(g, post, post_vi, english_title(p.title.role, canon_body))
            g.add((post, ORG.role, role))
            if body:
                g.add((post, ORG.postIn, body))
            g.add((person, ORG.holds, post))
            g.add((post, ORG.heldBy, person))
            h = part_iri(self.a.id, "holding", n)
            g.add((h, RDF.type, KG.PostHolding))
            g.add((h, ORG.member, person))
            g.add((h, KG.post, post))
            g.add((h, ORG.role, role))
            if body:
                g.add((h, ORG.organization, body))
            g.add((h, KG.asWritten, Literal(p.title.text, lang="vi")))
            _link_abbreviations(g, h, p.title.text)
            g.add((h, PROV.wasDerivedFrom, self.sentence(p.sentence)))

    def meetings(self) -> list[URIRef]:
        g = self.g
        nodes = []
        for m in self.f.meetings:
            org = self.org(m.organizer) if m.organizer else None
            canon = canonical_org(m.organizer.name, self.prov, self.orgs_written) if m.organizer else ""
            org_ident = org_identity(canon, m.organizer.kind, self.prov, self.a.id) if m.organizer else self.a.id
            ident = f"{org_ident}|{m.date}|{m.kind}|{m.session}"
            node = mint("meeting", f"{m.kind_vi} {canon} {m.date or ''}", ident)
            nodes.append(node)
            g.add((node, RDF.type, KG.Meeting))
            g.add((node, RDF.type, KG[m.kind]))
            _vi_en(g, node, f"{m.kind_vi} {canon}" + (f" ({m.date})" if m.date else ""), None)
            g.add((node, KG.meetingName, Literal(m.name, lang="vi")))
            if org:
                g.add((node, KG.organizer, org))
                g.add((node, KG.organizerAsWritten, Literal(self.written(m.organizer), lang="vi")))
            if m.date:
                g.add((node, SCHEMA.startDate, _date(m.date)))
            if m.session is not None:
                g.add((node, KG.sessionNumber, Literal(m.session)))
            if m.term:
                g.add((node, KG["term"], Literal(m.term)))
                num = int(m.term) if m.term.isdigit() else roman(m.term)
                if num:
                    g.add((node, KG.termNumber, Literal(num)))
            if m.tenure:
                g.add((node, KG.tenureStart, Literal(str(m.tenure[0]), datatype=XSD.gYear)))
                g.add((node, KG.tenureEnd, Literal(str(m.tenure[1]), datatype=XSD.gYear)))
            g.add((node, KG.extended, Literal(m.extended)))
            if m.online:
                g.add((node, KG.online, Literal(True)))
            g.add((node, PROV.wasDerivedFrom, self.sentence(m.sentence)))
        return nodes

    def participations(self, meetings: list[URIRef]) -> None:
        g = self.g
        prop = {"chair": KG.chair, "speaker": KG.speaker, "attendee": KG.attendee}
        for n, p in enumerate(self.f.participations):
            person = self.person(p.person)
            g.add((meetings[p.meeting], prop[p.role], person))
            node = part_iri(self.a.id, "participation", n)
            g.add((node, RDF.type, KG.Participation))
            g.add((node, KG.participant, person))
            g.add((node, KG.atMeeting, meetings[p.meeting]))
            g.add((node, KG.participationRole, Literal(p.role)))
            g.add((node, PROV.wasDerivedFrom, self.sentence(p.sentence)))

    def awards(self, meetings: list[URIRef]) -> None:
        g = self.g
        for n, w in enumerate(self.f.awards):
            node = part_iri(self.a.id, "award", n)
            g.add((node, RDF.type, KG.AwardConferral))
            kind = named_iri("award-kind", w.kind)
            g.add((kind, RDF.type, KG.AwardKind))
            _vi_en(g, kind, w.kind, w.kind_en)
            g.add((node, KG.awardKind, kind))
            g.add((node, KG.awardName, Literal(w.kind, lang="vi")))
            recipient = w.recipient_person or (w.recipient_org.name if w.recipient_org else w.group)
            _vi_en(g, node, f"{w.kind} → {recipient or '?'}", None)
            if w.giver:
                g.add((node, KG.giver, self.org(w.giver)))
                g.add((node, KG.giverAsWritten, Literal(self.written(w.giver), lang="vi")))
            if w.recipient_org:
                g.add((node, KG.recipient, self.org(w.recipient_org)))
                g.add((node, KG.recipientAsWritten, Literal(self.written(w.recipient_org), lang="vi")))
            if w.recipient_person:
                g.add((node, KG.recipient, self.person(w.recipient_person)))
                g.add((node, KG.recipientAsWritten, Literal(w.recipient_person, lang="vi")))
            if w.group:
                g.add((node, KG.recipientGroup, Literal(w.group, lang="vi")))
            at = [k for k, m in enumerate(self.f.meetings) if m.sentence <= w.sentence]
            if at:
                g.add((node, KG.atMeeting, meetings[at[-1]]))
            g.add((node, PROV.wasDerivedFrom, self.sentence(w.sentence)))


    def _meeting_of(self, sentence: int, meetings: list[URIRef]) -> URIRef | None:
        """The meeting a sentence speaks of: the last one reported up to it, when the
        sentence speaks of a meeting at all."""
        text = self.f.sentences[sentence].text.lower()
        at = [k for k, m in enumerate(self.f.meetings) if m.sentence <= sentence]
        if at and (self.f.meetings[at[-1]].sentence == sentence
                   or re.search(r"hội nghị|đại hội|phiên họp|kỳ họp", text)):
            return meetings[at[-1]]
        return None

    def documents(self, meetings: list[URIRef]) -> None:
        g = self.g
        local = {"TU", "HU", "ĐU", "ĐUK", "UBND", "HĐND", "BCSĐ"}
        for d in self.f.documents:
            code = d.number.rsplit("/", 1)[1] if "/" in d.number else None
            # a provincial number (48-NQ/TU) is only unique within its province
            scope = "" if code and code not in local else (self.prov or self.a.id)
            node = mint("document", f"{d.kind} {d.number}", f"{key(d.kind)} {d.number.lower()}|{scope}")
            g.add((node, RDF.type, KG.Document))
            _vi_en(g, node, f"{d.kind} số {d.number}", f"{d.kind_en} No. {d.number}")
            g.add((node, KG.documentKind, Literal(d.kind, lang="vi")))
            g.add((node, KG.documentNumber, Literal(d.number)))
            if d.date:
                g.add((node, SCHEMA.dateCreated, Literal(d.date, datatype=XSD.date)))
            if d.issuer:
                g.add((node, KG.issuer, self.org(d.issuer)))
            g.add((self.art, SCHEMA.citation, node))
            meeting = self._meeting_of(d.sentence, meetings)
            if meeting is not None:
                g.add((meeting, SCHEMA.citation, node))
            g.add((node, PROV.wasQuotedFrom, self.sentence(d.sentence)))

    def figures(self) -> None:
        g = self.g
        for n, f in enumerate(self.f.figures):
            # no body named: the figure speaks of the body whose meeting is being reported
            before = [m.organizer for m in self.f.meetings if m.organizer and m.sentence <= f.sentence]
            fallback = before[-1] if before else next((m.organizer for m in self.f.meetings if m.organizer), None)
            node = part_iri(self.a.id, "figure", n)
            g.add((node, RDF.type, KG.Figure))
            g.add((node, KG.measure, KG[f.measure]))
            g.add((node, KG.value, Literal(f.value)))
            g.add((node, KG.unit, Literal(f.unit, lang="vi")))
            g.add((node, KG.asWritten, Literal(f.written, lang="vi")))
            _vi_en(g, node, f"{f.written}", None)
            subject = f.subject or fallback
            if subject:
                g.add((node, KG.about, self.org(subject)))
            if f.period:
                g.add((node, KG.period, Literal(f.period)))
                g.add((node, KG.year, Literal(int(f.period[:4]))))
            prov = self.province()
            if prov:
                g.add((node, KG.province, prov))
            g.add((node, PROV.wasDerivedFrom, self.sentence(f.sentence)))


    def hierarchy(self) -> None:
        """org:subOrganizationOf read from names: the parent is the body named at the
        end of the child's name ("Ban Tổ chức Tỉnh ủy Tuyên Quang" is part of "Tỉnh ủy
        Tuyên Quang", which is created when the article does not name it)."""
        g = self.g
        todo = list(set(g.subjects(RDF.type, KG.Organization)))
        seen = set(todo)
        while todo:
            child = todo.pop()
            name = str(g.value(child, KG.canonicalName) or "")
            toks = tokenize(name)
            for k in range(1, len(toks)):
                found = body_index().match(toks, k) if toks[k].is_cap else None
                if found is None:
                    continue
                hit = found[1]
                parent_name = name[toks[k].start:]
                if len(tokenize(parent_name)) == 1 and hit == "Bloc":
                    break  # a bare "Khối" names no body
                parent = mint("org", parent_name, org_identity(parent_name, hit, self.prov, self.a.id))
                g.add((parent, RDF.type, KG.Organization))
                g.add((parent, RDF.type, KG[hit]))
                g.add((parent, KG.canonicalName, Literal(parent_name, lang="vi")))
                if g.value(parent, RDFS.label) is None:
                    g.add((parent, RDFS.label, Literal(parent_name, lang="vi")))
                    g.add((parent, KG.englishGloss, Literal(english_org(parent_name), lang="en")))
                g.add((child, ORG.subOrganizationOf, parent))
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
                break


def article_graph(facts: ArticleFacts) -> Graph:
    """The RDF graph of one article's facts and their provenance."""
    return article_triples(facts).graph()


def article_triples(facts: ArticleFacts, digest: str | None = None) -> Triples:
    """One article's facts and provenance as a plain set of triples (the fast path);
    `digest` is the article file's hash (see :func:`file_hash`)."""
    m = _Mapper(facts, digest)
    m.article()
    m.positions()
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
    g = bind(Graph())
    g.parse(ONTOLOGY_FILE, format="turtle")
    for vi, en in titles().items():
        node = named_iri("role", vi)
        g.add((node, RDF.type, KG.Role))
        _vi_en(g, node, vi, en)
    for k in award_kinds():
        if "\\" not in k.vi:
            node = named_iri("award-kind", k.vi)
            g.add((node, RDF.type, KG.AwardKind))
            _vi_en(g, node, k.vi, k.en)
    for abbr, exp in abbreviations().items():
        node = abbreviation_iri(abbr)
        g.add((node, RDF.type, KG.Abbreviation))
        g.add((node, SKOS.altLabel, Literal(abbr)))
        g.add((node, SKOS.prefLabel, Literal(exp.vi, lang="vi")))
        g.add((node, SKOS.prefLabel, Literal(exp.en, lang="en")))
        _vi_en(g, node, f"{abbr} = {exp.vi}", f"{abbr} = {exp.en}")
    for fk in figure_kinds():
        g.add((KG[fk.measure], RDF.type, KG.Measure))
        _vi_en(g, KG[fk.measure], fk.unit, fk.en)
    for p in provinces():
        node = named_iri("province", p.name)
        g.add((node, RDF.type, KG.Province))
        _vi_en(g, node, p.name, p.en)
        g.add((node, KG.newspaper, Literal(p.newspaper, lang="vi")))
        g.add((node, KG.mergedInto, named_iri("province-2025", p.merged_into)))
    for p in provinces_2025():
        node = named_iri("province-2025", p.name)
        g.add((node, RDF.type, KG.Province))
        _vi_en(g, node, f"{p.name} (từ 2025)", f"{p.en} (from 2025)")
        g.add((node, SCHEMA.foundingDate, Literal(MERGER_DATE.isoformat(), datatype=XSD.date)))
        for old in p.formed_from:
            g.add((node, KG.formedFrom, named_iri("province", old)))
    return g


__all__ = ["article_graph", "vocabulary_graph", "content_hash", "ONTOLOGY_GRAPH", "bind"]
