"""kg/export: Turtle (deterministic, round-trips) and the networkx/GraphML projection."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from conftest import SENTENCES
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import extract_graph
from kg.conllu import read_conllu
from kg.export.nx import to_networkx, write_graphml
from kg.export.turtle import to_turtle, write_turtle
from kg.items import Claim, Entity
from kg.to_rdf import build_graph


def _graph() -> Graph:
    return extract_graph([read_conllu(v, k) for k, v in sorted(SENTENCES.items())])[0]


def test_turtle_is_byte_identical_and_reparses(tmp_path: Path) -> None:
    g = _graph()
    write_turtle(g, tmp_path / "a.ttl")
    write_turtle(_graph(), tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()
    assert isomorphic(Graph().parse(tmp_path / "a.ttl"), g)
    assert not list(tmp_path.glob(".*.tmp"))  # the temp file was moved into place
    stream = io.BytesIO()
    write_turtle(g, stream)
    assert stream.getvalue() == (tmp_path / "a.ttl").read_bytes()


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=80), st.text(min_size=1, max_size=200))
def test_any_indonesian_text_round_trips_through_turtle(name: str, sentence: str) -> None:
    claim = Claim(subject=name, predicate="competesWith", object="Meta", document="d", sentence=0, start=0,
                  end=len(sentence), evidence=sentence, confidence=0.5, extractor="rule:x")
    g = build_graph(["d"], [(Entity(name, "Organization"), ["d"])], [claim])
    back = Graph().parse(data=to_turtle(g).decode("utf-8"), format="turtle")
    assert isomorphic(back, g)


def test_networkx_projection_has_one_edge_per_claim(tmp_path: Path) -> None:
    g = _graph()
    proj = to_networkx(g)
    from rdflib import RDF

    assert proj.number_of_edges() == len(list(g.subjects(RDF.type, RDF.Statement)))
    certs = {d["certainty"] for _, _, d in proj.edges(data=True)}
    assert {"asserted", "speculative", "negated"} <= certs
    assert proj.nodes["kgr:Meta"]["type"] == "Organization"
    write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.number_of_edges() == proj.number_of_edges()
