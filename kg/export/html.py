"""The interactive HTML view of a knowledge graph: a projection of the RDF graph drawn with vis-network.

The page is one self-contained file: vis-network's JavaScript (the copy bundled inside the ``pyvis`` package) and
our own script and styles are inlined, so it opens offline and fetches nothing. Every string taken from the graph
(names, evidence sentences, document identifiers) travels as JSON inside a ``<script type="application/json">``
element with ``<``, ``>`` and ``&`` escaped, and the page puts it into the DOM with ``textContent`` only, so a
document that contains ``<script>`` or ``<img onerror=…>`` is shown as text and runs nothing.

What the page draws (the projection, read from the graph contract):

- a node for every entity: a subject whose ``rdf:type`` is a ``kgo:`` class other than ``kgo:Document``;
- an edge for every distinct (subject, predicate, object, certainty) among the ``rdf:Statement`` nodes whose subject
  and object are drawn entities, carrying every evidence sentence with its document;
- an edge for every plain ``kgo:`` triple between two drawn entities that no statement already covers (asserted,
  without evidence).

Past ``max_nodes`` entities the view keeps the most connected ones (by degree, ties broken by IRI) and says so on
the page; the Turtle keeps everything.

Example::

    from pathlib import Path
    import rdflib
    from kg.export.html import write_html

    graph = rdflib.Graph().parse("output/graph.ttl")
    write_html(graph, Path("output/graph.html"))
"""

from __future__ import annotations

import html as _html
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

__all__ = ["DEFAULT_MAX_NODES", "GraphView", "build_view", "render_html", "write_html"]

KGO = "https://w3id.org/kg-id/ontology#"
DEFAULT_MAX_NODES = 250

_CERTAINTIES = ("asserted", "speculative", "negated")
_DOCUMENT = URIRef(KGO + "Document")
_STYLE_BY_CLASS: dict[str, tuple[str, str]] = {
    # class local name: (vis-network shape, colour). Shapes that scale with the node's value only.
    "Organization": ("dot", "#3b6fb6"),
    "Person": ("diamond", "#e07b24"),
    "AIModel": ("hexagon", "#3c9a4c"),
    "Product": ("square", "#c8404a"),
    "Place": ("triangle", "#2a9d9a"),
    "Event": ("star", "#c99a06"),
}
_OTHER_STYLE = ("dot", "#8a8a8a")
_CLASS_LABELS: dict[str, tuple[str, str]] = {
    # class local name: (Indonesian, English), used when the graph and ontology carry no labels.
    "Organization": ("Organisasi", "Organization"),
    "Person": ("Orang", "Person"),
    "AIModel": ("Model AI", "AI model"),
    "Product": ("Produk", "Product"),
    "Place": ("Tempat", "Place"),
    "Event": ("Peristiwa", "Event"),
}


@dataclass(frozen=True)
class GraphView:
    """What the page draws: plain, JSON-ready data projected from the RDF graph.

    nodes: one dict per drawn entity (id, label, names, cls, degree, docs).
    edges: one dict per drawn claim (id, from, to, rel, certainty, evidence).
    classes/relations: the legend and filter entries, each with Indonesian and English labels.
    total_nodes/total_edges: counts before the node budget was applied.
    """

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    classes: list[dict[str, str]] = field(default_factory=list)
    relations: list[dict[str, str]] = field(default_factory=list)
    total_nodes: int = 0
    total_edges: int = 0
    max_nodes: int = DEFAULT_MAX_NODES

    @property
    def truncated(self) -> bool:
        """True when the node budget left some entities out."""
        return len(self.nodes) < self.total_nodes


def _local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri


def _humanize(name: str) -> str:
    """``competesWith`` → ``competes with``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower() if name else name


def _labels(term: URIRef, graphs: list[Graph], fallback: tuple[str, str] | None = None) -> tuple[str, str]:
    """(Indonesian, English) rdfs:label of an ontology term, from the first graph that has them."""
    label_id = label_en = label_any = None
    for g in graphs:
        for lit in g.objects(term, RDFS.label):
            if not isinstance(lit, Literal):
                continue
            lang = (lit.language or "").lower()
            if lang == "id" and label_id is None:
                label_id = str(lit)
            elif lang == "en" and label_en is None:
                label_en = str(lit)
            elif not lang and label_any is None:
                label_any = str(lit)
    if fallback is None:
        fallback = (_humanize(_local_name(str(term))),) * 2
    return (label_id or label_any or fallback[0], label_en or label_any or fallback[1])


def _default_ontology() -> Graph | None:
    """The ontology beside the package in a source checkout (``ontology/kg.ttl``), if there is one."""
    candidates = [Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"]
    for path in candidates:
        if path.is_file():
            try:
                return Graph().parse(path, format="turtle")
            except Exception:  # noqa: BLE001 - a broken ontology must not break the view: labels fall back to local names
                return None
    return None


def build_view(graph: Graph, *, max_nodes: int = DEFAULT_MAX_NODES, ontology: Graph | None = None) -> GraphView:
    """Project the RDF graph onto the nodes and edges the page draws (pure: reads the graph, changes nothing).

    graph: a graph following the graph contract (entities, rdf:Statement claims, kgo:Document nodes).
    max_nodes: the node budget; past it only the most connected entities are kept.
    ontology: where to read class and property labels; defaults to ``ontology/kg.ttl`` of a source checkout.
        Labels in ``graph`` itself win; without any label the local name is used.
    RETURNS (GraphView): the JSON-ready view.
    """
    if ontology is None:
        ontology = _default_ontology()
    label_graphs = [graph] + ([ontology] if ontology is not None else [])

    # Entities.
    entity_class: dict[URIRef, URIRef] = {}
    for subject, cls in graph.subject_objects(RDF.type):
        if (
            isinstance(subject, URIRef)
            and isinstance(cls, URIRef)
            and str(cls).startswith(KGO)
            and cls != _DOCUMENT
            # Several kgo classes: keep the first in a stable order so the colour does not flicker between runs.
            and (subject not in entity_class or str(cls) < str(entity_class[subject]))
        ):
            entity_class[subject] = cls

    doc_ids: dict[URIRef, str] = {}
    for doc in graph.subjects(RDF.type, _DOCUMENT):
        ident = graph.value(doc, DCTERMS.identifier)
        if isinstance(doc, URIRef):
            doc_ids[doc] = str(ident) if ident is not None else _local_name(str(doc))

    # Claims: statements grouped by (s, p, o, certainty).
    claims: dict[tuple[URIRef, URIRef, URIRef, str], list[dict[str, Any]]] = {}
    for stmt in graph.subjects(RDF.type, RDF.Statement):
        s = graph.value(stmt, RDF.subject)
        p = graph.value(stmt, RDF.predicate)
        o = graph.value(stmt, RDF.object)
        if not (isinstance(s, URIRef) and isinstance(p, URIRef) and isinstance(o, URIRef)):
            continue
        if s not in entity_class or o not in entity_class:
            continue
        certainty = str(graph.value(stmt, URIRef(KGO + "certainty")) or "asserted")
        if certainty not in _CERTAINTIES:
            certainty = "asserted"
        sentence = graph.value(stmt, URIRef(KGO + "evidence"))
        source = graph.value(stmt, PROV.wasDerivedFrom)
        confidence = graph.value(stmt, URIRef(KGO + "confidence"))
        extractor = graph.value(stmt, URIRef(KGO + "extractor"))
        cue = graph.value(stmt, URIRef(KGO + "cue"))
        items = claims.setdefault((s, p, o, certainty), [])
        if sentence is not None:
            items.append(
                {
                    "text": str(sentence),
                    "doc": doc_ids.get(source, _local_name(str(source))) if isinstance(source, URIRef) else "",
                    "confidence": float(confidence) if isinstance(confidence, Literal) else None,
                    "extractor": str(extractor) if extractor is not None else "",
                    "cue": str(cue) if cue is not None else "",
                }
            )
    for s, p, o in graph.triples((None, None, None)):
        if (
            isinstance(p, URIRef)
            and str(p).startswith(KGO)
            and s in entity_class
            and o in entity_class
            and isinstance(s, URIRef)
            and isinstance(o, URIRef)
            and not any((s, p, o, c) in claims for c in _CERTAINTIES)
        ):
            claims[(s, p, o, "asserted")] = []

    # Degree over all claims, then the node budget.
    degree: dict[URIRef, int] = {e: 0 for e in entity_class}
    for s, _p, o, _c in claims:
        degree[s] += 1
        degree[o] += 1
    ranked = sorted(entity_class, key=lambda e: (-degree[e], str(e)))
    budget = max(0, int(max_nodes))
    kept = set(ranked[:budget])

    nodes: list[dict[str, Any]] = []
    docs_of: dict[URIRef, set[str]] = {e: set() for e in kept}
    edges: list[dict[str, Any]] = []
    for index, ((s, p, o, certainty), found) in enumerate(
        sorted(claims.items(), key=lambda kv: tuple(str(x) for x in kv[0]))
    ):
        if s not in kept or o not in kept:
            continue
        evidence_sorted = sorted(found, key=lambda ev: (ev["doc"], ev["text"]))
        # Same sentence from the same document once only.
        unique: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for ev in evidence_sorted:
            if (ev["doc"], ev["text"]) not in seen:
                seen.add((ev["doc"], ev["text"]))
                unique.append(ev)
        for ev in unique:
            if ev["doc"]:
                docs_of[s].add(ev["doc"])
                docs_of[o].add(ev["doc"])
        edges.append(
            {
                "id": f"e{index}",
                "from": str(s),
                "to": str(o),
                "rel": str(p),
                "certainty": certainty,
                "evidence": unique,
            }
        )

    for entity in sorted(kept, key=str):
        labels = [str(x) for x in graph.objects(entity, RDFS.label)]
        label = min(labels) if labels else _local_name(str(entity))
        alt = sorted({str(x) for x in graph.objects(entity, SKOS.altLabel)} - {label})
        nodes.append(
            {
                "id": str(entity),
                "label": label,
                "names": alt,
                "cls": str(entity_class[entity]),
                "degree": degree[entity],
                "docs": sorted(docs_of[entity]),
            }
        )

    class_iris = sorted({n["cls"] for n in nodes}, key=lambda c: (_class_rank(c), c))
    classes = []
    for cls in class_iris:
        local = _local_name(cls)
        shape, colour = _STYLE_BY_CLASS.get(local, _OTHER_STYLE)
        id_label, en_label = _labels(URIRef(cls), label_graphs, _CLASS_LABELS.get(local))
        classes.append({"id": cls, "id_label": id_label, "en_label": en_label, "shape": shape, "color": colour})
    relations = []
    for rel in sorted({e["rel"] for e in edges}):
        id_label, en_label = _labels(URIRef(rel), label_graphs)
        symmetric = any((URIRef(rel), RDF.type, OWL.SymmetricProperty) in g for g in label_graphs)
        relations.append({"id": rel, "id_label": id_label, "en_label": en_label, "symmetric": symmetric})

    return GraphView(
        nodes=nodes,
        edges=edges,
        classes=classes,
        relations=relations,
        total_nodes=len(entity_class),
        total_edges=len(claims),
        max_nodes=budget,
    )


def _class_rank(cls: str) -> int:
    order = list(_STYLE_BY_CLASS)
    local = _local_name(cls)
    return order.index(local) if local in order else len(order)


def _json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or line separators can break out."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _vis_network_js() -> str:
    """vis-network's standalone bundle, as shipped inside the pyvis package (no CDN, no download)."""
    js = resources.files("pyvis").joinpath("lib", "vis-9.1.2", "vis-network.min.js").read_text(encoding="utf-8")
    # A source-map comment would make developer tools fetch a file that is not there.
    js = re.sub(r"//# sourceMappingURL=\S*\s*$", "", js)
    # The bundle spells "<script>" inside a string literal; escaped, it cannot end or reopen our script element.
    return js.replace("</script", "<\\/script").replace("<script", "<\\u0073cript").replace("<!--", "<\\!--")


def _template() -> str:
    return resources.files("kg.export").joinpath("html_template.html").read_text(encoding="utf-8")


def render_html(
    graph: Graph, *, max_nodes: int = DEFAULT_MAX_NODES, ontology: Graph | None = None, title: str = "kg-id"
) -> str:
    """Render the interactive view of ``graph`` as one self-contained HTML page.

    graph: a graph following the graph contract.
    max_nodes: the node budget (see :func:`build_view`).
    ontology: where to read class and property labels (see :func:`build_view`).
    title: the page title.
    RETURNS (str): the page.
    """
    view = build_view(graph, max_nodes=max_nodes, ontology=ontology)
    payload = {
        "nodes": view.nodes,
        "edges": view.edges,
        "classes": view.classes,
        "relations": view.relations,
        "total_nodes": view.total_nodes,
        "total_edges": view.total_edges,
        "max_nodes": view.max_nodes,
        "truncated": view.truncated,
        "other_style": {"shape": _OTHER_STYLE[0], "color": _OTHER_STYLE[1]},
    }
    page = _template()
    # Replace the markers in one pass so text inside the payload can never be read as another marker.
    replacements = {
        "@@TITLE@@": _html.escape(title),
        "@@VIS_JS@@": _vis_network_js(),
        "@@DATA@@": _json_for_script(payload),
    }
    return re.sub(r"@@(TITLE|VIS_JS|DATA)@@", lambda m: replacements[m.group(0)], page)


def write_html(
    graph: Graph,
    path: Path | str,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    ontology: Graph | None = None,
) -> None:
    """Write the interactive view of ``graph`` to ``path`` atomically (a temp file in the same folder, then rename).

    graph: a graph following the graph contract.
    path: the HTML file to write; its folder must exist.
    max_nodes: the node budget (see :func:`build_view`).
    ontology: where to read class and property labels (see :func:`build_view`).
    RETURNS (None): nothing; the file is replaced whole or not at all.
    """
    path = Path(path)
    page = render_html(graph, max_nodes=max_nodes, ontology=ontology)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
