"""Score a built graph against gold annotations (the format and matching rules of ``tests/gold/README.md``).

* Names compare case-insensitively after collapsing white space; an extracted entity matches a gold entity when its
  rdfs:label or any skos:altLabel equals the gold name or one of its aliases.
* An extracted triple is one (subject, property, object) of the graph's rdf:Statements derived from the gold
  document (several statements of the same triple are one triple; its certainty is "asserted" if any statement is,
  else "speculative" if any is, else "negated"). It matches a gold triple when the properties are equal (ceoOf also
  counts for a gold leads), subject and object match as entities (either direction for the symmetric competesWith
  and partnersWith), and for an event object described in words, at least half of the gold description's words
  appear in the event's label (an event also answers to the names of the product it is kgo:about).
* Precision: extracted triples that match a gold triple / extracted triples, leaving out those that only match an
  optional triple. Recall: gold triples matched / gold triples. Per property (precision by the extracted property,
  recall by the gold one) and overall, micro-averaged over all gold files. Certainty accuracy: matched gold triples
  whose matching extracted triples all carry the gold certainty / matched gold triples.
* Entities: precision and recall by name and alias over the entities derived from the document, then type accuracy
  over matched gold entities (the gold type or one of its ``also`` types).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.errors import GoldError
from kg.items import name_key
from kg.vocab import ENTITY_CLASSES, KGO, RELATIONS, SYMMETRIC

_WORDS = re.compile(r"[\w'-]+", re.UNICODE)
CERTAINTY_ORDER = ("asserted", "speculative", "negated")


@dataclass(frozen=True)
class GoldEntity:
    """A gold entity: canonical name, type, other names and other acceptable types."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    def keys(self) -> frozenset[str]:
        """RETURNS the normalised names this entity answers to."""
        return frozenset(name_key(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class GoldTriple:
    """A gold triple (subject and object are canonical gold names or, for delayed, a description)."""

    subject: str
    predicate: str
    object: str
    certainty: str
    evidence: str = ""


@dataclass(frozen=True)
class GoldDocument:
    """One gold file."""

    id: str
    entities: tuple[GoldEntity, ...]
    triples: tuple[GoldTriple, ...]
    optional: tuple[GoldTriple, ...] = ()
    path: str = ""


@dataclass(frozen=True)
class Extracted:
    """An extracted triple: the names of its subject and object, and whether the object is an event description."""

    subject: frozenset[str]
    predicate: str
    object: frozenset[str]
    object_label: str
    object_is_event: bool
    certainty: str
    subject_label: str = ""


@dataclass
class Scores:
    """Counts for precision (over extracted) and recall (over gold)."""

    correct_extracted: int = 0
    extracted: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """RETURNS precision (1.0 when nothing was extracted and nothing was expected, else 0.0 if nothing)."""
        return self.correct_extracted / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        """RETURNS recall (1.0 when there is no gold triple)."""
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """RETURNS the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    """The evaluation of one graph against gold files."""

    documents: list[str] = field(default_factory=list)
    per_relation: dict[str, Scores] = field(default_factory=dict)
    overall: Scores = field(default_factory=Scores)
    certainty_correct: int = 0
    certainty_total: int = 0
    speculative_asserted: int = 0
    reversed_recruits: int = 0
    entities: Scores = field(default_factory=Scores)
    type_correct: int = 0
    type_total: int = 0
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def certainty_accuracy(self) -> float:
        """RETURNS the share of matched gold triples extracted with the right certainty (1.0 if none matched)."""
        return self.certainty_correct / self.certainty_total if self.certainty_total else 1.0

    @property
    def type_accuracy(self) -> float:
        """RETURNS the share of matched gold entities extracted with an acceptable type (1.0 if none matched)."""
        return self.type_correct / self.type_total if self.type_total else 1.0

    def to_dict(self) -> dict[str, Any]:
        """RETURNS the report as plain data (for JSON)."""

        def sc(s: Scores) -> dict[str, Any]:
            return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                    "correct_extracted": s.correct_extracted, "extracted": s.extracted,
                    "matched_gold": s.matched_gold, "gold": s.gold}

        return {
            "documents": self.documents,
            "overall": sc(self.overall),
            "per_relation": {k: sc(v) for k, v in sorted(self.per_relation.items())},
            "certainty_accuracy": round(self.certainty_accuracy, 4),
            "certainty_correct": self.certainty_correct,
            "certainty_total": self.certainty_total,
            "speculative_asserted": self.speculative_asserted,
            "reversed_recruitsFrom": self.reversed_recruits,
            "entities": sc(self.entities),
            "type_accuracy": round(self.type_accuracy, 4),
            "missed": self.missed,
            "false_positives": self.false_positives,
            "warnings": self.warnings,
        }


def _strs(value: Any, what: str, path: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldError(f"{path}: '{what}' must be a list of strings.")
    return tuple(value)


def _triple(raw: Any, path: str, where: str) -> GoldTriple:
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: {where} is not an object.")
    for key in ("subject", "predicate", "object"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise GoldError(f"{path}: {where} has no '{key}'.")
    if raw["predicate"] not in RELATIONS:
        raise GoldError(f"{path}: {where} has an unknown predicate '{raw['predicate']}' "
                        f"(one of: {', '.join(RELATIONS)}).")
    certainty = raw.get("certainty", "asserted")
    if certainty not in CERTAINTY_ORDER:
        raise GoldError(f"{path}: {where} has certainty '{certainty}' (one of: asserted, speculative, negated).")
    return GoldTriple(raw["subject"], raw["predicate"], raw["object"], certainty, str(raw.get("evidence", "")))


def load_gold(path: str | Path) -> GoldDocument:
    """Read a gold annotation file.

    path: a ``<document id>.gold.json`` file.
    RETURNS: the GoldDocument.
    Raises GoldError naming the file and the problem when it is missing or malformed.
    """
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise GoldError(f"{path}: no such gold file.") from err
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise GoldError(f"{path}: not a readable JSON gold file ({err}).") from err
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: the gold file must hold a JSON object.")
    doc_id = raw.get("id") or p.name.removesuffix(".gold.json")
    entities = []
    for i, e in enumerate(raw.get("entities", [])):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not isinstance(e.get("type"), str):
            raise GoldError(f"{path}: entity {i + 1} needs a 'name' and a 'type'.")
        if e["type"] not in ENTITY_CLASSES:
            raise GoldError(f"{path}: entity '{e['name']}' has an unknown type '{e['type']}'.")
        entities.append(GoldEntity(e["name"], e["type"], _strs(e.get("aliases"), "aliases", str(path)),
                                   _strs(e.get("also"), "also", str(path))))
    triples = tuple(_triple(t, str(path), f"triple {i + 1}") for i, t in enumerate(raw.get("triples", [])))
    optional = tuple(_triple(t, str(path), f"optional triple {i + 1}")
                     for i, t in enumerate(raw.get("optional_triples", [])))
    return GoldDocument(str(doc_id), tuple(entities), triples, optional, str(path))


def _names(graph: Graph, node: Any) -> frozenset[str]:
    names = [graph.value(node, RDFS.label), *graph.objects(node, SKOS.altLabel)]
    return frozenset(name_key(str(n)) for n in names if n is not None)


def _document_node(graph: Graph, doc_id: str) -> URIRef | None:
    for node in graph.subjects(DCTERMS.identifier, None):
        if str(graph.value(node, DCTERMS.identifier)) == doc_id and (node, RDF.type, KGO.Document) in graph:
            return node if isinstance(node, URIRef) else None
    return None


def read_extracted(graph: Graph, doc_id: str) -> tuple[list[tuple[frozenset[str], str]], list[Extracted]]:
    """Read what the graph says about one document.

    graph: the built graph.
    doc_id: the document id (dcterms:identifier).
    RETURNS: (entities as (names, type) derived from the document, the extracted triples).
    """
    doc = _document_node(graph, doc_id)
    if doc is None:
        return [], []
    types = {v: k for k, v in ENTITY_CLASSES.items()}
    entities = []
    for node in sorted(set(graph.subjects(PROV.wasDerivedFrom, doc))):
        etype = next((types[t] for t in graph.objects(node, RDF.type) if t in types), None)
        if etype is not None:
            entities.append((_names(graph, node), etype))
    grouped: dict[tuple[Any, Any, Any], set[str]] = {}
    for st in graph.subjects(PROV.wasDerivedFrom, doc):
        if (st, RDF.type, RDF.Statement) not in graph:
            continue
        key = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        grouped.setdefault(key, set()).add(str(graph.value(st, KGO.certainty) or "asserted"))
    triples = []
    for (s, p, o), certs in sorted(grouped.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        is_event = (o, RDF.type, KGO.Event) in graph
        obj_names = _names(graph, o)
        if is_event:
            for product in graph.objects(o, KGO.about):
                obj_names |= _names(graph, product)
        label = str(graph.value(o, RDFS.label) or "")
        certainty = next((c for c in CERTAINTY_ORDER if c in certs), "asserted")
        triples.append(Extracted(_names(graph, s), str(p).rsplit("#", 1)[-1], obj_names, label, is_event, certainty,
                                 str(graph.value(s, RDFS.label) or "")))
    return entities, triples


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text)]


class _Matcher:
    def __init__(self, gold: GoldDocument) -> None:
        self.by_name: dict[str, GoldEntity] = {}
        for e in gold.entities:
            for k in e.keys():
                self.by_name.setdefault(k, e)

    def keys(self, name: str) -> frozenset[str]:
        ent = self.by_name.get(name_key(name))
        return ent.keys() if ent is not None else frozenset({name_key(name)})

    def side(self, gold_name: str, names: frozenset[str]) -> bool:
        return bool(self.keys(gold_name) & names)

    def obj(self, g: GoldTriple, x: Extracted) -> bool:
        if self.side(g.object, x.object):
            return True
        if x.object_is_event and name_key(g.object) not in self.by_name:
            gold_words = _words(g.object)
            have = set(_words(x.object_label))
            return bool(gold_words) and sum(1 for w in gold_words if w in have) * 2 >= len(gold_words)
        return False

    def match(self, g: GoldTriple, x: Extracted) -> bool:
        if not (x.predicate == g.predicate or (x.predicate == "ceoOf" and g.predicate == "leads")):
            return False
        if self.side(g.subject, x.subject) and self.obj(g, x):
            return True
        if g.predicate in SYMMETRIC:
            return self.side(g.object, x.subject) and self.side(g.subject, x.object)
        return False


def _describe(x: Extracted) -> str:
    return f"{x.subject_label} {x.predicate} {x.object_label} ({x.certainty})"


def evaluate_graph(golds: Sequence[GoldDocument], graph: Graph) -> EvalReport:
    """Score a graph against gold documents.

    golds: the gold documents.
    graph: the built knowledge graph.
    RETURNS: the EvalReport (micro-averaged over the documents).
    """
    report = EvalReport()
    for gold in golds:
        report.documents.append(gold.id)
        if _document_node(graph, gold.id) is None:
            report.warnings.append(f"{gold.id}: the graph has no document with this id; all its gold triples count "
                                   "as missed.")
        entities, extracted = read_extracted(graph, gold.id)
        m = _Matcher(gold)
        for g in gold.triples:
            rel = report.per_relation.setdefault(g.predicate, Scores())
            rel.gold += 1
            report.overall.gold += 1
            hits = [x for x in extracted if m.match(g, x)]
            if hits:
                rel.matched_gold += 1
                report.overall.matched_gold += 1
                report.certainty_total += 1
                if all(x.certainty == g.certainty for x in hits):
                    report.certainty_correct += 1
                if g.certainty != "asserted" and any(x.certainty == "asserted" for x in hits):
                    report.speculative_asserted += 1
            else:
                report.missed.append(f"{gold.id}: {g.subject} {g.predicate} {g.object} ({g.certainty})")
        for x in extracted:
            required = any(m.match(g, x) for g in gold.triples)
            if not required and any(m.match(g, x) for g in gold.optional):
                continue
            rel = report.per_relation.setdefault(x.predicate, Scores())
            rel.extracted += 1
            report.overall.extracted += 1
            if required:
                rel.correct_extracted += 1
                report.overall.correct_extracted += 1
            else:
                report.false_positives.append(f"{gold.id}: {_describe(x)}")
                if x.predicate == "recruitsFrom":
                    flipped = Extracted(x.object, x.predicate, x.subject, "", False, x.certainty)
                    if any(m.match(g, flipped) for g in gold.triples):
                        report.reversed_recruits += 1
        # entities
        report.entities.gold += len(gold.entities)
        report.entities.extracted += len(entities)
        for names, _etype in entities:
            if any(names & e.keys() for e in gold.entities):
                report.entities.correct_extracted += 1
        for e in gold.entities:
            found = [etype for names, etype in entities if names & e.keys()]
            if found:
                report.entities.matched_gold += 1
                report.type_total += 1
                if found[0] in (e.type, *e.also):
                    report.type_correct += 1
    return report


def evaluate(gold_paths: Iterable[str | Path], graph_path: str | Path) -> EvalReport:
    """Score a Turtle graph file against gold files.

    gold_paths: ``*.gold.json`` files.
    graph_path: the graph (Turtle), e.g. ``output/graph.ttl``.
    RETURNS: the EvalReport.
    Raises GoldError for a malformed gold file or an unreadable graph.
    """
    golds = [load_gold(p) for p in gold_paths]
    if not golds:
        raise GoldError("No gold files given: pass one or more <document id>.gold.json files.")
    graph = Graph()
    try:
        graph.parse(str(graph_path), format="turtle")
    except FileNotFoundError as err:
        raise GoldError(f"{graph_path}: no such graph file; build it first with `kg build`.") from err
    except Exception as err:  # rdflib raises many parser error types
        raise GoldError(f"{graph_path}: not a readable Turtle graph ({type(err).__name__}: {err}).") from err
    return evaluate_graph(golds, graph)
