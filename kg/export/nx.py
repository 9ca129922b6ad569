"""Project the RDF graph onto networkx (a MultiDiGraph of entities and events, one edge per claim) and GraphML.

Nodes are keyed by CURIE (``kgr:OpenAI``) and carry ``label``, ``type`` and ``iri``; edges are keyed by the claim's
CURIE and carry ``relation``, ``certainty``, ``confidence``, ``evidence``, ``document``, ``char_start``, ``char_end``
and ``extractor``. Only what the RDF graph says goes in: the projection adds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.fsutil import atomic_call
from kg.vocab import KGO


def curie(graph: Graph, iri: URIRef) -> str:
    """RETURNS the CURIE of an IRI with the graph's prefixes (the full IRI when none fits)."""
    try:
        return graph.namespace_manager.curie(iri, generate=False)
    except (ValueError, KeyError):
        return str(iri)


def _local(iri: Any) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1] if "#" in s else s.rsplit("/", 1)[-1]


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Project the knowledge graph onto a networkx MultiDiGraph.

    graph: the RDF graph built by :func:`kg.to_rdf.build_graph`.
    RETURNS: nodes for entities and events, one edge per claim statement (all certainties), deterministic order.
    """
    g = nx.MultiDiGraph()
    nodes: set[URIRef] = set()
    for cls in (KGO.Organization, KGO.Person, KGO.AIModel, KGO.Product, KGO.Place, KGO.Event):
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef):
                nodes.add(node)
    for node in sorted(nodes):
        label = graph.value(node, RDFS.label)
        ntype = graph.value(node, RDF.type)
        g.add_node(curie(graph, node), label=str(label) if label is not None else _local(node),
                   type=_local(ntype) if ntype is not None else "", iri=str(node))
    for st in sorted(s for s in graph.subjects(RDF.type, RDF.Statement) if isinstance(s, URIRef)):
        subj, pred, obj = (graph.value(st, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        if not isinstance(subj, URIRef) or not isinstance(obj, URIRef) or pred is None:
            continue
        doc = graph.value(st, PROV.wasDerivedFrom)
        doc_id = graph.value(doc, DCTERMS.identifier) if doc is not None else None
        attrs: dict[str, Any] = {
            "relation": _local(pred),
            "certainty": str(graph.value(st, KGO.certainty) or ""),
            "confidence": float(graph.value(st, KGO.confidence) or 0.0),
            "evidence": str(graph.value(st, KGO.evidence) or ""),
            "document": str(doc_id or ""),
            "char_start": int(graph.value(st, KGO.charStart) or 0),
            "char_end": int(graph.value(st, KGO.charEnd) or 0),
            "extractor": str(graph.value(st, KGO.extractor) or ""),
        }
        for end in (subj, obj):
            if curie(graph, end) not in g:
                g.add_node(curie(graph, end), label=_local(end), type="", iri=str(end))
        g.add_edge(curie(graph, subj), curie(graph, obj), key=curie(graph, st), **attrs)
    return g


def write_graphml(graph: Graph, path: str | Path) -> None:
    """Write the networkx projection of ``graph`` as GraphML, atomically.

    graph: the RDF graph.
    path: the .graphml file to write.
    """
    projected = to_networkx(graph)
    atomic_call(path, lambda tmp: nx.write_graphml(projected, str(tmp), encoding="utf-8"))
