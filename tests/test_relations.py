"""kg/relations/: each construction on a short sentence that is not from the seed."""

from __future__ import annotations

from kg.entities import find_mentions, resolve_entities
from kg.items import Event
from kg.lexicon import Lexicon
from kg.relations import find_claims, find_triggers


def triples(doc, lexicon: Lexicon) -> set[tuple[str, str, str]]:
    index = resolve_entities(find_mentions(doc, lexicon), lexicon)
    out = set()
    for c in find_claims(doc, index, lexicon):
        obj = c.object.label if isinstance(c.object, Event) else c.object
        out.add((c.subject, c.predicate, obj))
    return out


def test_triggers_match_affixed_forms(parse, lexicon: Lexicon) -> None:
    found = [(w.text, spec.name) for w, spec, _ in find_triggers(parse("relcl").sentences[0], lexicon)]
    assert ("merekrut", "recruitsFrom") in found and ("bersaing", "competesWith") in found


def test_active_recruits_from_the_owner_of_the_object_never_reversed(parse, lexicon: Lexicon) -> None:
    got = triples(parse("active"), lexicon)
    assert ("Apple", "recruitsFrom", "Tesla") in got
    assert ("Tesla", "recruitsFrom", "Apple") not in got


def test_relative_clause_takes_the_modified_noun_as_subject(parse, lexicon: Lexicon) -> None:
    got = triples(parse("relcl"), lexicon)
    assert ("Meta", "recruitsFrom", "Google") in got
    assert ("Meta", "competesWith", "OpenAI") in got


def test_passive_with_oleh_agent_makes_a_delay_event_about_the_product(parse, lexicon: Lexicon) -> None:
    doc = parse("passive")
    index = resolve_entities(find_mentions(doc, lexicon), lexicon)
    (claim,) = find_claims(doc, index, lexicon)
    assert (claim.subject, claim.predicate, claim.extractor) == ("Google", "delayed", "rule:verb-passive")
    assert isinstance(claim.object, Event)
    assert claim.object.label == "Peluncuran Gemini 2" and claim.object.about == "Gemini 2"


def test_passive_relative_clause_developed_by(parse, lexicon: Lexicon) -> None:
    assert ("Claude", "developedBy", "Anthropic") in triples(parse("alias"), lexicon)


def test_coordinated_subjects_give_a_symmetric_pair(parse, lexicon: Lexicon) -> None:
    assert triples(parse("coordination"), lexicon) == {("Google", "competesWith", "Microsoft")}


def test_title_apposition_gives_ceo_of(parse, lexicon: Lexicon) -> None:
    got = triples(parse("appos"), lexicon)
    assert ("Jensen Huang", "ceoOf", "Nvidia") in got
    assert ("Nvidia", "ceoOf", "Jensen Huang") not in got


def test_maker_phrase_and_place_modifier(parse, lexicon: Lexicon) -> None:
    got = triples(parse("maker"), lexicon)
    assert ("Qwen 2", "developedBy", "Upstage") in got
    assert ("Upstage", "basedIn", "Korea Selatan") in got
    assert ("Qwen 2", "competesWith", "Claude") in got


def test_inherited_subject_in_a_coordinated_clause(parse, lexicon: Lexicon) -> None:
    got = triples(parse("scope"), lexicon)
    assert ("Nvidia", "recruitsFrom", "AMD") in got
    assert ("Intel", "recruitsFrom", "AMD") not in got


def test_possessive_company_resolves_to_an_earlier_organisation_without_a_leader(coref_doc, lexicon) -> None:
    got = triples(coref_doc, lexicon)
    assert ("Marc Benioff", "ceoOf", "Salesforce") in got
    assert ("Larry Ellison", "leads", "Oracle") in got
    assert ("Oracle", "releases", "Exadata X10") in got
    assert ("Larry Ellison", "leads", "Salesforce") not in got


def test_light_verb_nominalisation_lends_the_subject(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Tokopedia menjalin kemitraan dengan Gojek.", """
        Tokopedia tokopedia PROPN 2 nsubj
        menjalin jalin VERB 0 root Voice=Act
        kemitraan mitra NOUN 2 obj
        dengan dengan ADP 5 case
        Gojek gojek PROPN 3 nmod
        . . PUNCT 2 punct
        """))
    assert ("Tokopedia", "partnersWith", "Gojek") in triples(doc, lexicon)


def test_nominal_delay_with_oleh_agent(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Penundaan peluncuran Galaxy S30 oleh Samsung mengejutkan pasar.", """
        Penundaan tunda NOUN 7 nsubj
        peluncuran luncur NOUN 1 compound
        Galaxy galaxy PROPN 2 nmod
        S30 s30 PROPN 3 flat:name
        oleh oleh ADP 6 case
        Samsung samsung PROPN 1 nmod
        mengejutkan kejut VERB 0 root Voice=Act
        pasar pasar NOUN 7 obj
        . . PUNCT 7 punct
        """))
    got = triples(doc, lexicon)
    assert ("Samsung", "delayed", "peluncuran Galaxy S30") in got


def test_named_model_given_as_an_example_of_the_object(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Mistral merilis model ringan seperti Ministral 8B.", """
        Mistral mistral PROPN 2 nsubj
        merilis rilis VERB 0 root Voice=Act
        model model NOUN 2 obj
        ringan ringan ADJ 3 amod
        seperti seperti ADP 6 case
        Ministral ministral PROPN 3 nmod
        8B 8b PROPN 6 flat:name
        . . PUNCT 2 punct
        """))
    assert ("Mistral", "releases", "Ministral 8B") in triples(doc, lexicon)


def test_person_after_title_and_comma_even_when_attached_to_the_organisation(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("CEO Grab, Anthony Tan, berbicara.", """
        CEO ceo NOUN 7 nsubj
        Grab grab PROPN 1 compound
        , , PUNCT 4 punct
        Anthony anthony PROPN 2 appos
        Tan tan PROPN 4 flat:name
        , , PUNCT 4 punct
        berbicara bicara VERB 0 root Voice=Act
        . . PUNCT 7 punct
        """))
    assert triples(doc, lexicon) == {("Anthony Tan", "ceoOf", "Grab")}
