"""kg/lexicon.py: the data files load, roots are found by lemma or stem."""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon, roots_of, stem
from kg.vocab import RELATIONS


@pytest.mark.parametrize("word", ["menunda", "ditunda", "penundaan", "tunda"])
def test_affixed_forms_reach_the_same_root(word: str) -> None:
    assert stem(word) == "tunda"


def test_roots_include_lemma_and_stem() -> None:
    assert "rekrut" in roots_of("perekrutan", None)
    assert "saing" in roots_of("PERSAINGAN", "persaingan")


def test_every_relation_of_the_ontology_has_triggers(lexicon: Lexicon) -> None:
    for rel in RELATIONS:
        if rel == "ceoOf":  # from titles, not verbs
            assert "ceo" in lexicon.titles
            continue
        assert lexicon.relations[rel].roots, rel
    assert lexicon.relations_for_root("tunda") == ("delayed",)


def test_places_map_variants_to_one_name(lexicon: Lexicon) -> None:
    assert lexicon.places["tiongkok"] == lexicon.places["china"]
    assert "ceo" in lexicon.not_entities


def test_phrases_are_longest_first(lexicon: Lexicon) -> None:
    lengths = [len(p) for p in lexicon.speculative_phrases]
    assert lengths == sorted(lengths, reverse=True)
