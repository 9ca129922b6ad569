"""kg/build.py: bad inputs are skipped, the rest is built, outputs are atomic and deterministic."""

from __future__ import annotations

from pathlib import Path

from conftest import SENTENCES
from rdflib import Graph

from kg.build import build, extract_graph
from kg.conllu import read_conllu


def test_bad_inputs_are_skipped_and_the_good_one_is_built(inputs: Path, tmp_path: Path, fake_parser) -> None:
    done: list[str] = []
    report = build([inputs, tmp_path / "nope.txt"], tmp_path / "out", parser=fake_parser, on_document=done.append)
    assert report.documents == ["a_good"]
    assert sorted(Path(e.path).name for e in report.skipped) == [
        "b_empty.txt", "c_binary.txt", "d_latin1.txt", "e_english.txt", "nope.txt"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.graphml", "graph.html", "graph.ttl"]
    assert len(done) == 5  # every input file reported once to the progress bar
    Graph().parse(tmp_path / "out" / "graph.ttl")


def test_nothing_readable_writes_nothing_and_loads_no_model(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("", encoding="utf-8")

    def no_parser(texts):
        raise AssertionError("the parser must not be called")

    report = build([tmp_path / "e.txt"], tmp_path / "out", parser=no_parser)
    assert report.documents == [] and len(report.skipped) == 1
    assert not (tmp_path / "out").exists()


def test_same_input_gives_byte_identical_turtle(inputs: Path, tmp_path: Path, fake_parser) -> None:
    build([inputs / "a_good.txt"], tmp_path / "o1", parser=fake_parser)
    build([inputs / "a_good.txt"], tmp_path / "o2", parser=fake_parser)
    assert (tmp_path / "o1" / "graph.ttl").read_bytes() == (tmp_path / "o2" / "graph.ttl").read_bytes()


def test_extract_graph_counts_entities_and_claims() -> None:
    docs = [read_conllu(SENTENCES["negated"], "n"), read_conllu(SENTENCES["active"], "a")]
    _, report = extract_graph(docs)
    assert report.documents == ["n", "a"]
    assert report.claims[("acquires", "negated")] == 1 and report.claims[("recruitsFrom", "asserted")] == 1
    assert report.entities["Organization"] == 4
