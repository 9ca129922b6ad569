"""The HTML view (kg/export/html.py): the projection, its escaping and budget, and the page in a real browser.

The browser tests drive Debian's Chromium (``/usr/bin/chromium``, ``apt-get install chromium``) with Playwright for
Python; they never download a browser. Outside CI they skip when Chromium or Playwright is missing; in CI (``CI`` set)
they fail instead, so a missing install step cannot pass unnoticed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rdflib

from kg.export.html import build_view, render_html, write_html

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample_graph.ttl"
KGO = "https://w3id.org/kg-id/ontology#"
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def sample() -> rdflib.Graph:
    return rdflib.Graph().parse(SAMPLE, format="turtle")


def expected_counts(graph: rdflib.Graph) -> tuple[int, int]:
    """Entities and distinct claims, counted straight from the graph with SPARQL (independent of kg.export.html)."""
    entities = graph.query(
        """
        PREFIX kgo: <https://w3id.org/kg-id/ontology#>
        SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e a ?c . FILTER(STRSTARTS(STR(?c), STR(kgo:)) && ?c != kgo:Document)
        }"""
    )
    n_entities = int(next(iter(entities))[0])
    claims = {
        (str(r.s), str(r.p), str(r.o), str(r.c))
        for r in graph.query(
            """
            PREFIX kgo: <https://w3id.org/kg-id/ontology#>
            SELECT ?s ?p ?o ?c WHERE { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                            kgo:certainty ?c . }"""
        )
    }
    plain = {
        (str(r.s), str(r.p), str(r.o))
        for r in graph.query(
            """
            PREFIX kgo: <https://w3id.org/kg-id/ontology#>
            SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?s a ?cs . ?o a ?co .
              FILTER(STRSTARTS(STR(?p), STR(kgo:)) && ?cs != kgo:Document && ?co != kgo:Document) }"""
        )
    }
    covered = {(s, p, o) for s, p, o, _c in claims}
    return n_entities, len(claims) + len(plain - covered)


# ---- the projection ------------------------------------------------------------------------------------------------


def test_view_has_every_entity_and_claim(sample: rdflib.Graph) -> None:
    view = build_view(sample)
    n_entities, n_edges = expected_counts(sample)
    assert (len(view.nodes), len(view.edges)) == (n_entities, n_edges) == (18, 21)
    assert not view.truncated
    classes = {n["label"]: n["cls"].removeprefix(KGO) for n in view.nodes}
    assert classes["Sam Altman"] == "Person" and classes["perilisan model AI open-weight"] == "Event"
    assert "https://w3id.org/kg-id/resource/doc_artikel_satu" not in {n["id"] for n in view.nodes}


def test_same_claim_from_two_documents_is_one_edge_with_both_evidences(sample: rdflib.Graph) -> None:
    view = build_view(sample)
    edges = [e for e in view.edges if e["rel"] == KGO + "competesWith" and e["from"].endswith("/OpenAI")]
    assert len(edges) == 1
    assert sorted(ev["doc"] for ev in edges[0]["evidence"]) == ["artikel_dua", "artikel_satu"]


def test_certainty_and_plain_triples(sample: rdflib.Graph) -> None:
    view = build_view(sample)
    by_cert = {c: sum(e["certainty"] == c for e in view.edges) for c in ("asserted", "speculative", "negated")}
    assert by_cert == {"asserted": 17, "speculative": 2, "negated": 2}
    about = [e for e in view.edges if e["rel"] == KGO + "about"]
    assert len(about) == 1 and about[0]["evidence"] == [] and about[0]["certainty"] == "asserted"
    spec = next(e for e in view.edges if e["certainty"] == "speculative" and e["rel"] == KGO + "recruitsFrom")
    assert spec["evidence"][0]["cue"] == "dikabarkan"


def test_degree_counts_claims(sample: rdflib.Graph) -> None:
    degree = {n["label"]: n["degree"] for n in build_view(sample).nodes}
    assert degree["OpenAI"] == 8  # 9 statements, two of them the same claim
    assert degree["X"] == 0


def test_labels_come_from_the_ontology_or_fall_back(sample: rdflib.Graph) -> None:
    ontology = rdflib.Graph().parse(
        data="""@prefix kgo: <https://w3id.org/kg-id/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        kgo:recruitsFrom rdfs:label "merekrut dari"@id, "recruits from"@en .
        kgo:competesWith a owl:SymmetricProperty .""",
        format="turtle",
    )
    rels = {r["id"].removeprefix(KGO): r for r in build_view(sample, ontology=ontology).relations}
    assert (rels["recruitsFrom"]["id_label"], rels["recruitsFrom"]["en_label"]) == ("merekrut dari", "recruits from")
    assert rels["investsIn"]["en_label"] == "invests in"  # no label anywhere: the local name, spelt out
    assert rels["competesWith"]["symmetric"] and not rels["recruitsFrom"]["symmetric"]


def test_node_budget_keeps_the_most_connected(sample: rdflib.Graph) -> None:
    view = build_view(sample, max_nodes=3)
    assert view.truncated and view.total_nodes == 18
    assert {n["label"] for n in view.nodes} == {"OpenAI", "Meta", "Google DeepMind"}
    kept = {n["id"] for n in view.nodes}
    assert view.edges and all(e["from"] in kept and e["to"] in kept for e in view.edges)


def test_page_is_self_contained_and_escaped(sample: rdflib.Graph) -> None:
    page = render_html(sample)
    # nothing loaded from elsewhere
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.IGNORECASE)
    assert "sourceMappingURL" not in page
    # the data block holds the hostile text, escaped: it cannot close the script element or open a tag
    data = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    payload = json.loads(data)
    texts = [ev["text"] for e in payload["edges"] for ev in e["evidence"]]
    assert any("<img src=x onerror=alert(1)>" in t and "</script><script>alert(2)</script>" in t for t in texts)
    assert page.count("<script") == 3  # the data, vis-network, ours
    assert "<img src=x" not in page and "\\u003cimg src=x onerror=alert(1)\\u003e" in page  # escaped only


def test_write_html_is_atomic_and_replaces(tmp_path: Path, sample: rdflib.Graph) -> None:
    out = tmp_path / "graph.html"
    out.write_text("old", encoding="utf-8")
    write_html(sample, out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]  # no temp file left behind


def test_write_html_leaves_nothing_on_failure(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_html(rdflib.Graph(), tmp_path / "missing" / "graph.html")
    assert list(tmp_path.iterdir()) == []


def test_empty_graph_renders(tmp_path: Path) -> None:
    view = build_view(rdflib.Graph())
    assert view.nodes == [] and view.edges == [] and not view.truncated
    write_html(rdflib.Graph(), tmp_path / "g.html")
    assert "kg-data" in (tmp_path / "g.html").read_text(encoding="utf-8")


# ---- in a real browser -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - depends on the machine
        if os.environ.get("CI"):
            raise
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield b
        b.close()


class Page:
    """An opened graph.html with everything it logged, requested and tried to pop up."""

    def __init__(self, browser: Any, path: Path, query: str = "") -> None:
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.console: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(self.url + query)
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def drawn(self) -> dict[str, int]:
        return self.page.evaluate("window.kgView.drawn()")

    def hover_node(self, label: str) -> str:
        """Move the mouse onto the node labelled ``label``; RETURNS the tooltip's text."""
        point = self.page.evaluate(
            """(label) => {
                const v = window.kgView, n = v.data.nodes.find(x => x.label === label);
                const p = v.network.canvasToDOM(v.network.getPositions([n.id])[n.id]);
                const box = document.getElementById('graph').getBoundingClientRect();
                return {x: box.left + p.x, y: box.top + p.y};
            }""",
            label,
        )
        self.page.mouse.move(point["x"] + 40, point["y"] + 40)
        self.page.mouse.move(point["x"], point["y"], steps=4)
        self.page.wait_for_selector("#tooltip:not([hidden])", timeout=5_000)
        return self.page.inner_text("#tooltip")

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory: pytest.TempPathFactory, sample: rdflib.Graph) -> Path:
    out = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(sample, out)
    return out


@pytest.mark.browser
def test_browser_draws_the_graph_offline(browser: Any, sample_html: Path, sample: rdflib.Graph) -> None:
    page = Page(browser, sample_html)
    try:
        assert page.console == []
        assert page.requests == [page.url]  # the file itself, nothing else
        n_entities, n_edges = expected_counts(sample)
        assert page.drawn() == {"nodes": n_entities, "edges": n_edges}
        assert page.page.evaluate("window.kgView.isStabilised()")
        assert page.page.evaluate("window.kgView.network.physics.physicsEnabled") is False  # settled, then stopped
        # something is actually painted: many non-background pixels in the canvas
        painted = page.page.evaluate(
            """() => { const c = document.querySelector('#graph canvas'), ctx = c.getContext('2d');
                       const d = ctx.getImageData(0, 0, c.width, c.height).data; let n = 0;
                       for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }"""
        )
        assert painted > 20_000
        legend = page.page.inner_text("#f-classes")
        for name in ("Organisasi", "Orang", "Model AI", "Produk", "Tempat", "Peristiwa"):
            assert name in legend
        shot = sample_html.parent / "graph.png"
        page.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 30_000
    finally:
        page.close()


@pytest.mark.browser
def test_browser_hover_shows_evidence_with_document(browser: Any, sample_html: Path) -> None:
    page = Page(browser, sample_html)
    try:
        text = page.hover_node("Meta")
        assert "Meta" in text and "Organisasi" in text and "Meta Platforms" in text
        assert "merekrut talenta OpenAI" in text
        assert "artikel_satu" in text
        # an edge: the speculative recruitment, with its cue
        point = page.page.evaluate(
            """() => { const v = window.kgView;
                const e = v.data.edges.find(x => x.certainty === 'speculative' && x.rel.endsWith('recruitsFrom'));
                const p = v.network.body.edges[e.id].edgeType.getPoint(0.5);
                const d = v.network.canvasToDOM(p), box = document.getElementById('graph').getBoundingClientRect();
                return {x: box.left + d.x, y: box.top + d.y}; }"""
        )
        page.page.mouse.move(point["x"] + 30, point["y"] + 30)
        page.page.mouse.move(point["x"], point["y"], steps=4)
        page.page.wait_for_function("document.getElementById('tooltip').innerText.includes('dikabarkan')", timeout=5_000)
        text = page.page.inner_text("#tooltip")
        assert "spekulatif" in text and "artikel_dua" in text
        assert page.console == []
    finally:
        page.close()


@pytest.mark.browser
def test_browser_hostile_document_is_shown_not_run(browser: Any, sample_html: Path) -> None:
    page = Page(browser, sample_html)
    try:
        text = page.hover_node("Acme <img src=x onerror=alert(1)>")
        assert "bermitra dengan OpenAI </script><script>alert(2)</script>" in text
        assert "</script><script>alert(3)</script>" in text  # the other name
        assert "hostile_<b>doc</b>" in text
        page.page.mouse.click(*_node_point(page, "Acme <img src=x onerror=alert(1)>"))
        assert "Acme <img src=x onerror=alert(1)>" in page.page.inner_text("#details-body")
        page.page.fill("#search", "onerror")
        assert page.page.inner_text("#search-info").startswith("1")
        page.page.wait_for_timeout(200)
        assert page.dialogs == []
        assert page.page.evaluate("document.querySelectorAll('img').length") == 0
        assert page.page.evaluate("document.scripts.length") == 3
        assert page.console == []
        assert page.requests == [page.url]  # the <img src=x> was never requested
    finally:
        page.close()


def _node_point(page: Page, label: str) -> tuple[float, float]:
    p = page.page.evaluate(
        """(label) => { const v = window.kgView, n = v.data.nodes.find(x => x.label === label);
            const d = v.network.canvasToDOM(v.network.getPositions([n.id])[n.id]);
            const box = document.getElementById('graph').getBoundingClientRect();
            return [box.left + d.x, box.top + d.y]; }""",
        label,
    )
    return p[0], p[1]


@pytest.mark.browser
def test_browser_filters_search_and_language(browser: Any, sample_html: Path) -> None:
    page = Page(browser, sample_html)
    try:
        p = page.page
        p.uncheck("input[data-group=certainty][data-key=negated]")
        assert page.drawn() == {"nodes": 18, "edges": 19}
        p.uncheck(f"input[data-group=classes][data-key='{KGO}Person']")
        # 3 people hidden, with their 4 claims (2 ceoOf, leads, announced)
        assert page.drawn() == {"nodes": 15, "edges": 15}
        p.uncheck(f"input[data-group=relations][data-key='{KGO}developedBy']")
        assert page.drawn()["edges"] == 12
        p.click("#reset-filters")
        assert page.drawn() == {"nodes": 18, "edges": 21}
        p.fill("#search", "tiongkok")  # an other name, any case
        assert p.inner_text("#search-info").startswith("1")
        assert p.evaluate("window.kgView.network.getSelectedNodes()") == ["https://w3id.org/kg-id/resource/China"]
        label_of = "(rel) => window.kgView.edges.get().find(e => window.kgView.data.edges.find(d => d.id === e.id).rel.endsWith(rel)).label"
        before = p.evaluate(label_of, "recruitsFrom")
        p.click(".seg button[data-lang=en]")
        after = p.evaluate(label_of, "recruitsFrom")
        assert before != after
        assert "Organization" in p.inner_text("#f-classes") and p.text_content("#h-classes") == "Entity types"
        assert page.console == []
    finally:
        page.close()


@pytest.mark.browser
def test_browser_node_budget_says_so(browser: Any, tmp_path: Path, sample: rdflib.Graph) -> None:
    out = tmp_path / "graph.html"
    write_html(sample, out, max_nodes=5)
    page = Page(browser, out, "?lang=en")
    try:
        assert page.drawn()["nodes"] == 5
        banner = page.page.inner_text("#banner")
        assert page.page.is_visible("#banner") and "5" in banner and "18" in banner
        page.page.screenshot(path=str(tmp_path / "budget.png"))
    finally:
        page.close()


@pytest.mark.browser
def test_browser_on_a_freshly_built_graph(browser: Any, built_output: Path, tmp_path: Path) -> None:
    """The page ``kg build`` wrote (real extractor, RDF and export; hand-written parses instead of the model)."""
    graph = rdflib.Graph().parse(built_output / "graph.ttl", format="turtle")
    page = Page(browser, built_output / "graph.html")
    try:
        assert page.console == []
        assert page.requests == [page.url]
        n_entities, n_edges = expected_counts(graph)
        assert n_entities > 10 and n_edges > 10
        assert page.drawn() == {"nodes": n_entities, "edges": n_edges}
        text = page.hover_node("Apple")
        assert "Apple merekrut insinyur Tesla." in text and "active" in text  # evidence and its document
        page.page.mouse.move(5, 5)
        page.page.screenshot(path=str(tmp_path / "built.png"))
        assert (tmp_path / "built.png").stat().st_size > 30_000
    finally:
        page.close()
