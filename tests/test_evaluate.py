"""kg/evaluate.py: the matching rules of the gold README, on small graphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import GoldError
from kg.evaluate import evaluate, evaluate_graph, load_gold
from kg.items import Claim, Entity, Event
from kg.to_rdf import build_graph

GOLD = {
    "id": "g1",
    "document": "x.txt",
    "lang": "id",
    "entities": [
        {"name": "Alpha Corp", "type": "Organization", "aliases": ["Alpha"]},
        {"name": "Beta", "type": "Organization"},
        {"name": "Rina Sari", "type": "Person", "aliases": ["Sari"]},
        {"name": "Gamma 2", "type": "AIModel", "also": ["Product"]},
    ],
    "triples": [
        {"subject": "Alpha Corp", "predicate": "recruitsFrom", "object": "Beta", "certainty": "asserted"},
        {"subject": "Beta", "predicate": "competesWith", "object": "Alpha Corp", "certainty": "asserted"},
        {"subject": "Rina Sari", "predicate": "leads", "object": "Alpha Corp", "certainty": "asserted"},
        {"subject": "Alpha Corp", "predicate": "delayed", "object": "peluncuran model baru", "certainty": "asserted"},
        {"subject": "Beta", "predicate": "acquires", "object": "Gamma 2", "certainty": "speculative"},
    ],
    "optional_triples": [{"subject": "Rina Sari", "predicate": "announced", "object": "penundaan"}],
}


def _claim(s, p, o, certainty="asserted") -> Claim:
    return Claim(subject=s, predicate=p, object=o, document="g1", sentence=0, start=0, end=5, evidence="x",
                 confidence=0.9, extractor="rule:test", certainty=certainty)


def _graph(claims):
    ents = [(Entity("Alpha", "Organization"), ["g1"]), (Entity("Beta", "Organization"), ["g1"]),
            (Entity("Rina Sari", "Person"), ["g1"]), (Entity("Gamma 2", "Organization"), ["g1"]),
            (Entity("Delta", "Organization"), ["g1"])]
    return build_graph(["g1"], ents, claims)


@pytest.fixture
def gold(tmp_path: Path):
    path = tmp_path / "g1.gold.json"
    path.write_text(json.dumps(GOLD), encoding="utf-8")
    return load_gold(path)


def test_perfect_extraction_scores_one(gold) -> None:
    claims = [
        _claim("Alpha", "recruitsFrom", "Beta"),
        _claim("Alpha", "competesWith", "Beta"),  # symmetric: either direction
        _claim("Rina Sari", "ceoOf", "Alpha"),  # ceoOf counts for leads
        _claim("Alpha", "delayed", Event("delayed", "peluncuran model", "g1")),  # 2 of 3 words
        _claim("Beta", "acquires", "Gamma 2", "speculative"),
        _claim("Rina Sari", "announced", Event("announced", "penundaan", "g1")),  # optional: neither hit nor miss
    ]
    report = evaluate_graph([gold], _graph(claims))
    assert (report.overall.precision, report.overall.recall) == (1.0, 1.0)
    assert report.certainty_accuracy == 1.0 and report.speculative_asserted == 0
    assert report.entities.recall == 1.0 and report.entities.precision == 4 / 5
    assert report.type_accuracy == 3 / 4  # Gamma 2 typed Organization


def test_reversed_recruits_and_asserted_rumour_are_counted(gold) -> None:
    claims = [_claim("Beta", "recruitsFrom", "Alpha"), _claim("Beta", "acquires", "Gamma 2"),
              _claim("Alpha", "delayed", Event("delayed", "rapat tahunan", "g1"))]
    report = evaluate_graph([gold], _graph(claims))
    assert report.reversed_recruits == 1
    assert report.speculative_asserted == 1
    assert report.per_relation["recruitsFrom"].precision == 0.0
    assert report.per_relation["delayed"].recall == 0.0  # too few of the description's words
    assert report.overall.matched_gold == 1 and report.overall.gold == 5
    assert report.certainty_accuracy == 0.0


def test_bad_gold_files_raise(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gold.json"
    bad.write_text(json.dumps({"id": "b", "triples": [{"subject": "A", "predicate": "likes", "object": "B"}]}))
    with pytest.raises(GoldError, match="unknown predicate 'likes'"):
        load_gold(bad)
    with pytest.raises(GoldError, match="no such gold file"):
        load_gold(tmp_path / "missing.gold.json")


def test_evaluate_reads_a_turtle_file(gold, tmp_path: Path) -> None:
    from kg.export.turtle import write_turtle

    write_turtle(_graph([_claim("Alpha", "recruitsFrom", "Beta")]), tmp_path / "g.ttl")
    report = evaluate([gold.path], tmp_path / "g.ttl")
    assert report.overall.matched_gold == 1
    with pytest.raises(GoldError, match="no such graph file"):
        evaluate([gold.path], tmp_path / "none.ttl")
