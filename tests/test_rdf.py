from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import FOAF, OWL, PROV

from kg.article import read_article
from kg.extract.pipeline import extract_facts
from kg.iris import KG
from kg.rdf import ORG, article_graph, vocabulary_graph
from kg.resolve import canonical_org, english_org, english_title

SCHEMA_PUBLISHER = URIRef("https://schema.org/publisher")


def graph_of(seeds_dir, stem):
    return article_graph(extract_facts(read_article(next(seeds_dir.glob(stem + "*")))))


def test_every_post_holding_has_its_sentence(seeds_dir):
    g = graph_of(seeds_dir, "001")
    holdings = list(g.subjects(ORG.member))  # post holdings: org:member says so
    assert len(holdings) == 5
    for h in holdings:
        s = g.value(h, PROV.wasDerivedFrom)
        assert str(s).startswith(str(g.value(predicate=RDF.type, object=KG.Article)) + "/sentence/")
        written = str(g.value(h, KG.asWritten))
        assert written.split()[-1] in str(g.value(s, KG.text))


def test_person_holds_posts_with_english_labels(seeds_dir):
    g = graph_of(seeds_dir, "001")
    [son] = [p for p in g.subjects(FOAF.name, Literal("Nguyễn Văn Sơn"))]
    held = {g.value(h, KG.post) for h in g.subjects(ORG.member, son)}  # through the holdings
    posts = {str(g.value(p, RDFS.label)) for p in held}
    en = {str(o) for p in held for o in g.objects(p, RDFS.label) if o.language == "en"}
    assert len(posts) == 2
    assert "Chairman of the Provincial People's Committee" in en


def test_meeting_facts(seeds_dir):
    g = graph_of(seeds_dir, "000")
    meetings = list(g.subjects(RDF.type, KG.Conference))  # typed with its kind only
    assert len(meetings) == 2
    sessions = sorted(int(g.value(m, KG.sessionNumber)) for m in meetings)
    assert sessions == [3, 4]
    assert {str(g.value(m, KG["term"])) for m in meetings} == {"XXIII", "III"}


def test_province_resolves_tinh(seeds_dir):
    g = graph_of(seeds_dir, "003")
    names = {str(o) for o in g.objects(None, KG.canonicalName)}
    assert "Ban Thường vụ Tỉnh ủy Tuyên Quang" in names
    assert "Đảng bộ Văn phòng Tỉnh ủy Tuyên Quang" in names


def test_authors_are_not_officials(seeds_dir):
    g = graph_of(seeds_dir, "000")
    assert list(g.subjects(RDF.type, KG.Person)) == []
    assert len(list(g.subjects(RDF.type, KG.Author))) == 1


def test_vocabulary_labels_every_class_and_property_in_both_languages():
    g = vocabulary_graph()
    things = set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(
        g.subjects(RDF.type, OWL.DatatypeProperty)) | set(g.subjects(RDF.type, KG.Role))
    assert len(things) > 60
    for t in things:
        langs = {o.language for o in g.objects(t, RDFS.label)}
        assert {"vi", "en"} <= langs, t


def test_known_titles_have_english():
    g = vocabulary_graph()
    en = {str(o) for s in g.subjects(RDF.type, KG.Role) for o in g.objects(s, RDFS.label) if o.language == "en"}
    assert {"Secretary", "Standing Deputy Secretary", "Vice Chairman"} <= en


def test_resolution_and_glosses():
    assert canonical_org("Tỉnh ủy", "Tuyên Quang") == "Tỉnh ủy Tuyên Quang"
    assert canonical_org("UBND tỉnh Hà Giang", "Hà Giang") == "UBND tỉnh Hà Giang"
    assert canonical_org("Đảng ủy Khối", "Lạng Sơn", ["Đảng ủy Khối các cơ quan tỉnh"]) == \
        "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"
    assert english_org("Ban Tổ chức Tỉnh ủy") == "Organisation Commission of the Provincial Party Committee"
    assert english_title("Phó Bí thư", "Tỉnh ủy") == "Deputy Secretary of the Provincial Party Committee"
    # a body whose name holds a comma is glossed whole, as the extractors read it
    assert english_org("Sở Quy hoạch, Kiến trúc Hà Nội") == "Department of Planning and Architecture (Hà Nội)"


def test_abbreviations_are_kept_and_linked_to_their_expansion(seeds_dir):
    from rdflib.namespace import SKOS
    g = graph_of(seeds_dir, "001")
    v = vocabulary_graph()
    [h] = [h for h in g.subjects(ORG.member) if str(g.value(h, KG.asWritten)) == "Chủ tịch UBND tỉnh"]
    [abbr] = list(g.objects(h, KG.usesAbbreviation))
    assert str(v.value(abbr, SKOS.altLabel)) == "UBND"
    assert {str(o) for o in v.objects(abbr, SKOS.prefLabel)} == {"Ủy ban nhân dân", "People's Committee"}


def test_gazetteer_before_and_after_the_2025_merger():
    from kg.iris import named_iri
    from kg.resources import provinces, provinces_2025
    assert len(provinces()) == 63 and len(provinces_2025()) == 34
    assert {p.merged_into for p in provinces()} == {p.name for p in provinces_2025()}
    g = vocabulary_graph()
    assert (named_iri("province", "Hà Giang"), KG.mergedInto, named_iri("province-2025", "Tuyên Quang")) in g
    assert (named_iri("province-2025", "Gia Lai"), KG.formedFrom, named_iri("province", "Bình Định")) in g


def test_article_after_the_merger_is_in_the_new_province():
    import datetime as dt
    from kg.article import parse_article
    from kg.iris import named_iri
    a = parse_article("Tin\n\nThứ Hai, 04/08/2025\n\nBHG - Ngày 2/8, Tỉnh ủy tổ chức hội nghị.", "late")
    g = article_graph(extract_facts(a))
    assert a.published == dt.date(2025, 8, 4) and a.province == "Hà Giang"
    assert (None, KG.province, named_iri("province-2025", "Tuyên Quang")) in g
    assert "Tỉnh ủy Tuyên Quang" in {str(o) for o in g.objects(None, KG.canonicalName)}


def test_identity_of_officials():
    from kg.resolve import person_key
    # provincial officials: one per name and province
    assert person_key("Nguyễn Văn Sơn", "Tuyên Quang", ["Tỉnh ủy Tuyên Quang"]) == person_key("Nguyễn Văn Sơn", "Tuyên Quang")
    assert person_key("Nguyễn Văn Sơn", "Tuyên Quang") != person_key("Nguyễn Văn Sơn", "Hà Giang")
    # commune officials of two communes are two people
    a = person_key("Nguyễn Văn An", "Hà Giang", ["Đảng ủy xã Tùng Vài"])
    b = person_key("Nguyễn Văn An", "Hà Giang", ["Đảng ủy xã Cao Mã Pờ"])
    assert a != b


def test_same_official_in_two_articles_is_one_node(tmp_path):
    from kg.article import parse_article
    head = "Tin\n\nThứ Hai, 04/01/2021\n\nBHG - "
    g1 = article_graph(extract_facts(parse_article(head + "Đồng chí Thào Hồng Sơn, Phó Bí thư Tỉnh ủy dự.", "x1")))
    g2 = article_graph(extract_facts(parse_article(head + "Đồng chí Thào Hồng Sơn, Chủ tịch HĐND tỉnh phát biểu.", "x2")))
    p1 = set(g1.subjects(FOAF.name, Literal("Thào Hồng Sơn")))
    p2 = set(g2.subjects(FOAF.name, Literal("Thào Hồng Sơn")))
    assert p1 == p2 and len(p1) == 1


def test_a_former_post_is_marked_former_and_keeps_its_nguyen():
    from kg.article import parse_article
    raw = ("Lễ viếng một cán bộ lão thành\n\n"
           "Ông Đào Văn Khiêm, nguyên Bí thư Huyện ủy Kim Bôi, Chủ tịch Hội Cựu chiến binh huyện, đến viếng.\n")
    g = article_graph(extract_facts(parse_article(raw, "t-former")))
    flags = {str(g.value(h, KG.asWritten)): g.value(h, KG.former)
             for h in g.subjects(ORG.member)}
    assert flags == {"nguyên Bí thư Huyện ủy Kim Bôi": Literal(True),
                     "Chủ tịch Hội Cựu chiến binh huyện": None}


def test_a_post_one_in_the_country_is_one_node_wherever_it_is_reported():
    # "Ủy viên Bộ Chính trị" reported by a Hà Giang and a Yên Bái paper is one post;
    # "Tỉnh ủy viên" is each province's own; a bare "Thủ tướng" (foreign heads too) stays local
    from kg.article import parse_article

    def posts(code, body, stem):
        g = article_graph(extract_facts(parse_article(f"Tin\n\nThứ Hai, 04/01/2021\n\n{code} - {body}", stem)))
        return {str(label): p for p in g.subjects(ORG.role)
                for label in g.objects(p, RDFS.label) if label.language == "vi"}

    text = ("Dự hội nghị có đồng chí Lò Văn Quý, Ủy viên Bộ Chính trị; đồng chí Hà Thị Lan, Tỉnh ủy viên. "
            "Thủ tướng Nguyễn Văn Bảo phát biểu.")
    hg, yb = posts("BHG", text, "hg"), posts("YBĐT", text, "yb")
    assert hg["Ủy viên Bộ Chính trị"] == yb["Ủy viên Bộ Chính trị"]
    assert hg["Tỉnh ủy viên"] != yb["Tỉnh ủy viên"]
    assert hg["Thủ tướng"] != yb["Thủ tướng"]


def test_a_foreign_states_body_completes_no_bare_body_of_the_article():
    """"Quốc hội" in a Vietnamese article is Vietnam's, though the article also names
    the chairman of "Quốc hội Cuba"; a domestic fuller name still completes it."""
    assert canonical_org("Quốc hội", None, ["Quốc hội Cuba", "Quốc hội"]) == "Quốc hội"
    assert canonical_org("Chính phủ", None, ["Chính phủ Lào"]) == "Chính phủ"
    assert canonical_org("Ban Thường vụ", None, ["Ban Thường vụ Tỉnh ủy Yên Bái"]) == "Ban Thường vụ Tỉnh ủy Yên Bái"


# The lean article graph (issue 17): what the vocabulary or a fact's other triples say is
# not said again in each article's graph.

def _lean_graph():
    from kg.article import parse_article

    text = ("Ngày 12/3/2021, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 4. Dự hội nghị có đồng chí "
            "Lương Văn Khải, Bí thư Tỉnh ủy; đồng chí Đào Thị Mến, Chủ tịch UBND tỉnh. Ban Thường vụ Tỉnh ủy "
            "tặng Bằng khen cho 12 tập thể.")
    return article_graph(extract_facts(parse_article(f"Tin\n\nThứ Hai, 15/03/2021\n\nBHG - {text}", "lean")))


def test_a_holding_says_member_and_post_and_the_post_says_role_and_body():
    g = _lean_graph()
    holdings = list(g.subjects(ORG.member))
    assert len(holdings) == 2
    for h in holdings:
        assert g.value(h, ORG.member) is not None and g.value(h, KG.post) is not None
        assert g.value(h, ORG.role) is None and g.value(h, ORG.organization) is None
        assert g.value(h, RDF.type) is None
        post = g.value(h, KG.post)
        assert g.value(post, ORG.role) is not None and g.value(post, RDF.type) is None
    assert not list(g.triples((None, ORG.holds, None))) and not list(g.triples((None, ORG.heldBy, None)))


def test_a_sentence_is_its_text_and_span():
    g = _lean_graph()
    sentences = set(g.objects(None, PROV.wasDerivedFrom))
    assert sentences
    for s in sentences:
        assert {p for p, _ in g.predicate_objects(s)} == {KG.text, KG.span}
        start, end = (int(x) for x in str(g.value(s, KG.span)).split("-"))
        assert 0 <= start < end
        assert str(s).rsplit("/", 1)[1].isdigit()  # its index ends its IRI


def test_no_type_or_label_the_vocabulary_supplies():
    g = _lean_graph()
    vocabulary = vocabulary_graph()
    province = g.value(g.value(predicate=RDF.type, object=KG.Article), KG.province)
    assert province is not None and not list(g.triples((province, None, None)))
    assert (province, RDF.type, KG.Province) in vocabulary
    for kind in g.objects(None, KG.awardKind):  # "Bằng khen" is the vocabulary's
        assert not list(g.triples((kind, None, None))) and (kind, RDF.type, KG.AwardKind) in vocabulary
    for x in set(g.subjects(KG.canonicalName)):  # an organization: its kind, once
        types = set(g.objects(x, RDF.type))
        assert len(types) == 1 and (next(iter(types)), RDFS.subClassOf, KG.Organization) in vocabulary
    for m in g.subjects(KG.sessionNumber):  # a meeting: its kind, a kg:Meeting
        assert set(g.objects(m, RDF.type)) == {KG.Conference}
    for p in g.subjects(RDF.type, KG.Person):  # its name; its province is the article's
        assert g.value(p, RDFS.label) is None and g.value(p, FOAF.name) is not None
        assert g.value(p, KG.province) is None
    for x in set(g.subjects(KG.canonicalName)):  # how it is written is the facts' (…AsWritten)
        assert g.value(x, RDFS.label) is None
    outlet = next(g.objects(None, SCHEMA_PUBLISHER), None)  # a known outlet is the vocabulary's
    assert outlet is not None and not list(g.triples((outlet, None, None)))
    assert (outlet, RDF.type, KG.Outlet) in vocabulary
    from kg.iris import named_iri
    resolution = named_iri("document-kind", "Nghị quyết")  # a document is labelled by its kind and number
    assert {str(o) for o in vocabulary.objects(resolution, RDFS.label)} == {"Nghị quyết", "Resolution"}


def test_a_fact_is_said_by_the_property_only_it_has():
    g = _lean_graph()
    awards = list(g.subjects(KG.awardKind))
    assert awards and all(g.value(a, RDF.type) is None for a in awards)  # kg:awardKind's domain
    for cls in (KG.AwardConferral, KG.Figure, KG.Document, KG.PostHolding, KG.Participation, KG.Sentence,
                KG.Post, KG.Meeting, KG.Organization, KG.Province, KG.AwardKind):
        assert not list(g.subjects(RDF.type, cls)), cls


def test_a_participation_is_one_node_with_its_role():
    g = _lean_graph()
    parts = list(g.subjects(KG.participationRole))
    assert len(parts) == 2
    for p in parts:
        assert {pr for pr, _ in g.predicate_objects(p)} == {KG.participant, KG.atMeeting, KG.participationRole,
                                                          PROV.wasDerivedFrom}
    assert not list(g.triples((None, KG.attendee, None))) and not list(g.triples((None, KG.chair, None)))


def test_bodies_that_give_one_award_together_are_each_its_giver():
    from kg.article import parse_article
    raw = ("Tuyên dương học sinh trả lại của rơi\n\n"
           "Sáng 12/3, Hội đồng đội tỉnh, Sở GD&ĐT Hà Tĩnh và UBND xã Kỳ Tiến đã trao giấy khen cho em Trần Thị Mai.\n")
    g = article_graph(extract_facts(parse_article(raw, "t-givers")))
    [award] = set(g.subjects(KG.awardName, None))
    assert [str(w) for w in g.objects(award, KG.giverAsWritten)] == [
        "Hội đồng đội tỉnh, Sở GD&ĐT Hà Tĩnh và UBND xã Kỳ Tiến"]
    givers = {str(g.value(o, KG.canonicalName)) for o in g.objects(award, KG.giver)}
    assert len(givers) == 3 and any("Kỳ Tiến" in n for n in givers)
