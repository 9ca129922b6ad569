"""kg/vocab.py against ontology/kg.ttl: the same terms, and typos raise."""

from __future__ import annotations

import pytest
from conftest import ROOT
from rdflib import OWL, RDF, RDFS, Graph, Literal

from kg.vocab import KGO, RELATIONS


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl")


def test_vocab_and_ontology_declare_the_same_terms(ontology: Graph) -> None:
    ns = str(KGO._NS)
    declared = {str(s)[len(ns):] for s in ontology.subjects(RDF.type, None) if str(s).startswith(ns)}
    assert declared == set(KGO.__annotations__)


def test_every_term_has_indonesian_and_english_labels(ontology: Graph) -> None:
    for name in KGO.__annotations__:
        langs = {lit.language for lit in ontology.objects(KGO[name], RDFS.label) if isinstance(lit, Literal)}
        assert {"id", "en"} <= langs, name
        assert any(True for _ in ontology.objects(KGO[name], RDFS.comment)), name


def test_relations_are_object_properties_and_ceo_of_is_a_kind_of_leads(ontology: Graph) -> None:
    for rel in RELATIONS:
        assert (KGO[rel], RDF.type, OWL.ObjectProperty) in ontology
    assert (KGO.ceoOf, RDFS.subPropertyOf, KGO.leads) in ontology
    assert (KGO.competesWith, RDF.type, OWL.SymmetricProperty) in ontology


def test_a_typo_raises_instead_of_minting_a_term() -> None:
    with pytest.raises(AttributeError):
        KGO.competeWith  # noqa: B018
