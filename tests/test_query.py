"""kg query (kg/query.py and the ``query`` command): the shipped queries' rows, formats, and errors with positions.

The expected rows are those of the hand-written graph ``tests/data/sample_graph.ttl`` (see queries/README.md). When a
built ``output/graph.ttl`` exists, the shipped queries are also checked against it, on what the seed's gold file says.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.query import format_result, load_graph, read_query, run_query

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
SAMPLE = ROOT / "tests" / "data" / "sample_graph.ttl"
SEED_GRAPH = ROOT / "output" / "graph.ttl"
GOLD = sorted((ROOT / "tests" / "gold").glob("*.gold.json"))
SHIPPED = ("claims", "competitors", "contested", "delays", "leaders", "recruitment")


@pytest.fixture(scope="module")
def sample() -> rdflib.Graph:
    return load_graph(SAMPLE)


def rows(graph: rdflib.Graph | Path, name: str, **bindings: str) -> list[dict[str, str | None]]:
    return run_query(graph, QUERIES / f"{name}.rq", bindings=bindings).records()


def test_every_shipped_query_is_documented() -> None:
    assert sorted(p.stem for p in QUERIES.glob("*.rq")) == sorted(SHIPPED)
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    for name in SHIPPED:
        text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
        header = [line for line in text.splitlines() if line.startswith("#")]
        assert header[0].startswith(f"# {name}.rq: ") and len(header) >= 5, name
        assert any(line.startswith("# Columns:") for line in header), name
        assert "PREFIX kgo:" in text, name  # portable: declares its prefixes
        assert f"{name}.rq" in readme, name


def test_competitors_both_directions_asserted_only(sample: rdflib.Graph) -> None:
    got = {(r["organization"], r["competitor"], r["documents"]) for r in rows(sample, "competitors")}
    # Anthropic's denial of competing with OpenAI is negated: not a competitor
    assert got == {("OpenAI", "Meta", "2"), ("Meta", "OpenAI", "2")}
    only = rows(sample, "competitors", organization="Meta")
    assert [(r["organization"], r["competitor"]) for r in only] == [("Meta", "OpenAI")]


def test_delays_with_what_about_and_why(sample: rdflib.Graph) -> None:
    got = rows(sample, "delays")
    assert [(r["who"], r["what"], r["about"], r["certainty"], r["document"]) for r in got] == [
        ("Google DeepMind", "peluncuran Gemini Ultra", "Gemini", "speculative", "artikel_dua"),
        ("OpenAI", "perilisan model AI open-weight", None, "asserted", "artikel_satu"),
    ]
    assert "karena perlu pengujian keamanan" in (got[1]["why"] or "")


def test_recruitment_direction_and_rumours(sample: rdflib.Graph) -> None:
    got = [(r["recruiter"], r["source"], r["certainty"]) for r in rows(sample, "recruitment")]
    assert got == [("Meta", "Google DeepMind", "speculative"), ("Meta", "OpenAI", "asserted")]


def test_leaders_include_ceos(sample: rdflib.Graph) -> None:
    got = [(r["person"], r["organization"], r["role"]) for r in rows(sample, "leaders")]
    assert got == [
        ("Demis Hassabis", "Google DeepMind", "ceoOf"),
        ("Mark Zuckerberg", "Meta", "leads"),
        ("Sam Altman", "OpenAI", "ceoOf"),
    ]


def test_leaders_follow_subproperties_from_the_ontology(sample: rdflib.Graph) -> None:
    g = rdflib.Graph()
    for t in sample:
        g.add(t)
    kgo = rdflib.Namespace("https://w3id.org/kg-id/ontology#")
    g.add((kgo.chairOf, rdflib.RDFS.subPropertyOf, kgo.leads))
    g.add((rdflib.URIRef("https://w3id.org/kg-id/resource/Sam_Altman"), kgo.chairOf, rdflib.URIRef("https://w3id.org/kg-id/resource/X")))
    got = [(r["person"], r["organization"], r["role"]) for r in rows(g, "leaders")]
    assert ("Sam Altman", "X", "chairOf") in got and len(got) == 4


def test_claims_every_statement_with_evidence(sample: rdflib.Graph) -> None:
    got = rows(sample, "claims")
    n_statements = len(set(sample.subjects(rdflib.RDF.type, rdflib.RDF.Statement)))
    assert len(got) == n_statements == 21
    assert all(r["evidence"] and r["certainty"] in ("asserted", "speculative", "negated") for r in got)
    assert all(r["document"] and r["start"] is not None and r["extractor"] for r in got)
    assert {r["certainty"] for r in got} == {"asserted", "speculative", "negated"}


def test_contested_are_never_plain_triples(sample: rdflib.Graph) -> None:
    got = rows(sample, "contested")
    assert {(r["subject"], r["relation"], r["object"], r["certainty"]) for r in got} == {
        ("Anthropic", "competesWith", "OpenAI", "negated"),
        ("Meta", "acquires", "Moonshot AI", "negated"),
        ("Google DeepMind", "delayed", "peluncuran Gemini Ultra", "speculative"),
        ("Meta", "recruitsFrom", "Google DeepMind", "speculative"),
    }
    assert {r["cue"] for r in got} == {"membantah", "dikabarkan", None}


# ---- formats ---------------------------------------------------------------------------------------------------------


def test_table_is_aligned_and_counts_rows(sample: rdflib.Graph) -> None:
    text = format_result(run_query(sample, QUERIES / "leaders.rq"), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["person", "organization", "role"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    col = lines[0].index("organization")
    assert all(line[col - 2 : col] == "  " and line[col] != " " for line in lines[2:5])
    assert lines[-1] == "(3 rows)"


def test_table_writes_iris_as_curies(sample: rdflib.Graph) -> None:
    text = format_result(run_query(sample, "SELECT ?s WHERE { ?s kgo:ceoOf kgr:OpenAI }"), "table")
    assert "kgr:Sam_Altman" in text


def test_csv_and_json(sample: rdflib.Graph) -> None:
    result = run_query(sample, QUERIES / "recruitment.rq")
    parsed = list(csv.DictReader(io.StringIO(format_result(result, "csv"))))
    assert [(r["recruiter"], r["source"]) for r in parsed] == [("Meta", "Google DeepMind"), ("Meta", "OpenAI")]
    doc = json.loads(format_result(result, "json"))
    assert doc["head"]["vars"] == ["recruiter", "source", "certainty", "evidence", "document"]
    first = doc["results"]["bindings"][0]
    assert first["evidence"]["xml:lang"] == "id" and first["recruiter"] == {"type": "literal", "value": "Meta"}


def test_ask_and_construct(sample: rdflib.Graph) -> None:
    assert format_result(run_query(sample, "ASK { kgr:Meta kgo:recruitsFrom kgr:OpenAI }"), "table") == "true\n"
    assert format_result(run_query(sample, "ASK { kgr:OpenAI kgo:recruitsFrom kgr:Meta }"), "json") == (
        '{"head": {}, "boolean": false}\n'
    )
    built = run_query(sample, "CONSTRUCT { ?b kgo:competesWith ?a } WHERE { ?a kgo:competesWith ?b }")
    turtle = format_result(built, "table")
    assert rdflib.Graph().parse(data=turtle, format="turtle").__len__() == 2
    with pytest.raises(QueryError, match="gives a graph"):
        format_result(built, "csv")


# ---- errors ----------------------------------------------------------------------------------------------------------


def test_syntax_error_names_line_and_column(sample: rdflib.Graph) -> None:
    with pytest.raises(QueryError) as info:
        run_query(sample, "SELECT ?s\nWHERE { ?s ?p }")
    message = str(info.value)
    assert "line 2, column" in message and "WHERE { ?s ?p }" in message and "^" in message


def test_bad_query_file_names_its_path(tmp_path: Path, sample: rdflib.Graph) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("# a comment\nSELEC ?x WHERE { ?x ?y ?z }\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"bad\.rq: SPARQL syntax error at line 2, column 1"):
        run_query(sample, bad)


def test_unknown_prefix(sample: rdflib.Graph) -> None:
    with pytest.raises(QueryError, match="unknown prefix 'foo:'"):
        run_query(sample, "SELECT * WHERE { ?s foo:bar ?o }")


def test_missing_files(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no such graph file"):
        run_query(tmp_path / "graph.ttl", "SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="no such query file"):
        read_query(str(tmp_path / "missing.rq"))


def test_graph_that_is_not_rdf(tmp_path: Path) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot be read as RDF"):
        load_graph(bad)


def test_unknown_format(sample: rdflib.Graph) -> None:
    with pytest.raises(QueryError, match="unknown format 'xml'"):
        format_result(run_query(sample, "ASK {}"), "xml")


# ---- the command -----------------------------------------------------------------------------------------------------


def test_cli_query_table_and_csv() -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["query", str(SAMPLE), str(QUERIES / "leaders.rq")])
    assert res.exit_code == 0, res.output
    assert "Sam Altman" in res.output and res.output.rstrip().endswith("(3 rows)")
    res = runner.invoke(app, ["query", str(SAMPLE), str(QUERIES / "competitors.rq"), "-f", "csv", "-b", "organization=OpenAI"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["organization,competitor,competitor_type,documents", "OpenAI,Meta,Organization,2"]


def test_cli_query_errors_exit_1_with_one_message(tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["query", str(tmp_path / "none.ttl"), "ASK {}"])
    assert res.exit_code == 1
    assert f"Error: {tmp_path / 'none.ttl'}: no such graph file." in res.output
    res = runner.invoke(app, ["query", str(SAMPLE), "SELECT ?x WHERE { ?x"])
    assert res.exit_code == 1 and "SPARQL syntax error at line 1, column" in res.output
    res = runner.invoke(app, ["query", str(SAMPLE), "ASK {}", "--bind", "oops"])
    assert res.exit_code == 1 and "write NAME=VALUE" in res.output


# ---- the seed's graph, when it has been built -----------------------------------------------------------------------


needs_seed_graph = pytest.mark.skipif(not SEED_GRAPH.is_file(), reason="output/graph.ttl is not built yet (kg build)")


@needs_seed_graph
@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_query_runs_on_the_seed_graph(name: str) -> None:
    result = run_query(SEED_GRAPH, QUERIES / f"{name}.rq")
    assert result.kind == "SELECT"
    for fmt in ("table", "csv", "json"):
        assert format_result(result, fmt)


@needs_seed_graph
def test_seed_graph_answers_match_the_gold() -> None:
    gold = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD]
    triples = [t for g in gold for t in g["triples"]]
    assert triples
    graph = load_graph(SEED_GRAPH)

    def gold_pairs(pred: str) -> set[tuple[str, str]]:
        return {(t["subject"], t["object"]) for t in triples if t["predicate"] == pred and t["certainty"] == "asserted"}

    recruit = {(r["recruiter"], r["source"]) for r in rows(graph, "recruitment") if r["certainty"] == "asserted"}
    assert gold_pairs("recruitsFrom") <= recruit
    assert not {(b, a) for a, b in gold_pairs("recruitsFrom")} & recruit  # never reversed
    leaders = {(r["person"], r["organization"]) for r in rows(graph, "leaders")}
    assert gold_pairs("ceoOf") | gold_pairs("leads") <= leaders
    competitors = {(r["organization"], r["competitor"]) for r in rows(graph, "competitors")}
    for a, b in gold_pairs("competesWith"):
        if (a, b) in competitors or (b, a) in competitors:
            assert (a, b) in competitors and (b, a) in competitors  # read both ways
    org_pairs = [(a, b) for a, b in gold_pairs("competesWith") if any(e["name"] == a and e["type"] == "Organization"
                                                                        for g in gold for e in g["entities"])]
    assert all((a, b) in competitors for a, b in org_pairs)
    delays = {(r["who"], r["what"]) for r in rows(graph, "delays") if r["certainty"] == "asserted"}
    assert gold_pairs("delayed") <= delays
    claims = rows(graph, "claims")
    assert claims and all(r["evidence"] and r["document"] for r in claims)
    contested = rows(graph, "contested")
    assert all(r["certainty"] in ("speculative", "negated") for r in contested)
    for r in run_query(graph, """SELECT ?s ?p ?o WHERE { ?st kgo:certainty ?c ; rdf:subject ?s ; rdf:predicate ?p ;
                                    rdf:object ?o . FILTER(?c != "asserted")
                                    FILTER NOT EXISTS { ?st2 kgo:certainty "asserted" ; rdf:subject ?s ;
                                                        rdf:predicate ?p ; rdf:object ?o } }""").rows:
        assert (r[0], r[1], r[2]) not in graph  # a rumour is never a plain fact
