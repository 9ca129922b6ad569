"""kg/entities.py: mentions, types and resolution, on hand-written parses."""

from __future__ import annotations

from kg.entities import EntityRegistry, find_mentions, is_headline, resolve_entities
from kg.items import Entity
from kg.lexicon import Lexicon


def _entities(doc, lexicon):
    return resolve_entities(find_mentions(doc, lexicon), lexicon).entities


def test_flat_names_form_one_person_typed_by_an_apposed_title(parse, lexicon: Lexicon) -> None:
    ents = _entities(parse("appos"), lexicon)
    assert ents["Jensen Huang"].type == "Person"
    assert ents["Nvidia"].type == "Organization"
    assert "CEO" not in ents


def test_version_like_names_are_models_and_places_split_off(parse, lexicon: Lexicon) -> None:
    ents = _entities(parse("maker"), lexicon)
    assert ents["Qwen 2"].type == "AIModel"
    assert ents["Korea Selatan"].type == "Place"
    assert ents["Upstage"].type == "Organization"


def test_parenthetical_other_name_is_an_alias(parse, lexicon: Lexicon) -> None:
    ents = _entities(parse("alias"), lexicon)
    assert ents["Anthropic"].aliases == ("Antropik",)
    assert "Antropik" not in ents


def test_short_name_resolves_to_the_full_person_name(coref_doc, lexicon: Lexicon) -> None:
    ents = _entities(coref_doc, lexicon)
    assert "Benioff" in ents["Marc Benioff"].aliases
    assert "Benioff" not in ents


def test_headline_only_names_are_dropped(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Faktor Zeta Raya", "Faktor faktor NOUN 0 root\nZeta zeta PROPN 1 nmod\nRaya raya PROPN 2 flat:name"))
    assert is_headline(doc.sentences[0])
    assert _entities(doc, lexicon) == {}


def test_registry_merges_names_across_documents() -> None:
    reg = EntityRegistry()
    first = reg.add("d1", [Entity("Sam Altman", "Person", type_source="ner")])
    second = reg.add("d2", [Entity("Altman", "Person", type_source="ner"), Entity("OpenAI", "Organization")])
    assert first == {"Sam Altman": "Sam Altman"}
    assert second["Altman"] == "Sam Altman"
    ents = dict((e.label, docs) for e, docs in reg.entities())
    assert ents["Sam Altman"] == ["d1", "d2"]
