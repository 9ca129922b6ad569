"""kg/to_rdf.py: the graph contract."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.items import Claim, Entity, Event
from kg.to_rdf import build_graph, document_iri, entity_iri
from kg.vocab import KGO


def _claim(**kw) -> Claim:
    base = dict(subject="Meta", predicate="recruitsFrom", object="OpenAI", document="d1", sentence=0, start=10,
                end=52, evidence="Meta merekrut peneliti OpenAI.", confidence=0.9, extractor="rule:verb-active",
                trigger="merekrut", trigger_word=2)
    base.update(kw)
    return Claim(**base)


def _graph(claims) -> Graph:
    ents = [(Entity("Meta", "Organization", aliases=("Facebook",)), ["d1"]), (Entity("OpenAI", "Organization"), ["d1"])]
    return build_graph(["d1"], ents, claims)


def test_entities_have_type_one_label_and_alt_labels() -> None:
    g = _graph([])
    meta = entity_iri("Meta")
    assert (meta, RDF.type, KGO.Organization) in g
    assert list(g.objects(meta, RDFS.label)) == [Literal("Meta")]
    assert (meta, SKOS.altLabel, Literal("Facebook")) in g
    assert (document_iri("d1"), DCTERMS.identifier, Literal("d1")) in g
    assert (document_iri("d1"), RDF.type, KGO.Document) in g


def test_asserted_claim_is_a_statement_with_evidence_and_a_plain_triple() -> None:
    g = _graph([_claim()])
    (st,) = list(g.subjects(RDF.type, RDF.Statement))
    assert g.value(st, RDF.subject) == entity_iri("Meta")
    assert g.value(st, RDF.predicate) == KGO.recruitsFrom
    assert g.value(st, KGO.certainty) == Literal("asserted")
    assert g.value(st, PROV.wasDerivedFrom) == document_iri("d1")
    assert g.value(st, KGO.charStart).toPython() == 10 and g.value(st, KGO.charEnd).toPython() == 52
    assert 0 <= float(g.value(st, KGO.confidence)) <= 1
    assert str(g.value(st, KGO.extractor)) == "rule:verb-active"
    assert str(g.value(st, KGO.evidence)) == "Meta merekrut peneliti OpenAI."
    assert (entity_iri("Meta"), KGO.recruitsFrom, entity_iri("OpenAI")) in g


def test_speculative_and_negated_claims_are_only_statements() -> None:
    for certainty in ("speculative", "negated"):
        g = _graph([_claim(certainty=certainty, cue="dikabarkan")])
        assert (entity_iri("Meta"), KGO.recruitsFrom, entity_iri("OpenAI")) not in g
        assert len(list(g.subjects(RDF.type, RDF.Statement))) == 1


def test_delayed_object_is_an_event_about_the_named_product() -> None:
    ev = Event(kind="delayed", label="peluncuran Llama 5", document="d1", about="Llama 5")
    g = _graph([_claim(predicate="delayed", object=ev)])
    (node,) = list(g.subjects(RDF.type, KGO.Event))
    assert str(g.value(node, RDFS.label)) == "peluncuran Llama 5"
    assert g.value(node, KGO.about) == entity_iri("Llama 5")
    assert (entity_iri("Meta"), KGO.delayed, node) in g


def test_no_blank_nodes_and_same_input_same_graph() -> None:
    from kg.export.turtle import to_turtle

    a, b = _graph([_claim(), _claim(sentence=1)]), _graph([_claim(sentence=1), _claim()])
    assert to_turtle(a) == to_turtle(b)
    assert not any(t.__class__.__name__ == "BNode" for triple in a for t in triple)
