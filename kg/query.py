"""SPARQL over a knowledge graph file: run a query (text or a ``.rq`` file) and format the answer.

The project's prefixes are predeclared (``kgo:``, ``kgr:``, ``rdf:``, ``rdfs:``, ``owl:``, ``xsd:``, ``skos:``,
``prov:``, ``dcterms:``, ``schema:``), so a quick query needs no PREFIX lines; the shipped ``queries/*.rq`` still
declare theirs so that they run on any SPARQL engine.

Every failure is a :class:`kg.errors.QueryError` whose message says what to do: a graph file that is missing or is not
RDF, a query file that is missing, a syntax error (with its line and column and a caret under the spot), an unknown
prefix, a variable bound twice.

Example::

    from kg.query import format_result, run_query

    result = run_query("output/graph.ttl", "queries/contested.rq")
    print(format_result(result, "table"))
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as TypingLiteral

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import BNode, Identifier, Node

from kg.errors import QueryError

__all__ = ["FORMATS", "PREFIXES", "QueryResult", "format_result", "load_graph", "read_query", "run_query"]

Format = TypingLiteral["table", "csv", "json"]
FORMATS: tuple[str, ...] = ("table", "csv", "json")
PREFIXES: Mapping[str, Namespace] = {
    "kgo": Namespace("https://w3id.org/kg-id/ontology#"),
    "kgr": Namespace("https://w3id.org/kg-id/resource/"),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "schema": Namespace("https://schema.org/"),
}
_RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".rdf": "xml", ".xml": "xml",
                ".owl": "xml", ".jsonld": "json-ld", ".json": "json-ld", ".n3": "n3"}


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query.

    kind: "SELECT", "ASK", "CONSTRUCT" or "DESCRIBE".
    columns: the SELECT variables, in order (empty for the other kinds).
    rows: one tuple of RDF terms per solution (None where a variable is unbound).
    boolean: the answer of an ASK query.
    graph: the graph a CONSTRUCT or DESCRIBE query built.
    namespaces: prefix → namespace, to write IRIs as CURIEs in tables.
    """

    kind: str
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None
    namespaces: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def records(self) -> list[dict[str, str | None]]:
        """RETURNS (list[dict]): the SELECT rows as dicts of plain strings (IRIs in full, literals' lexical form)."""
        return [{c: (None if v is None else str(v)) for c, v in zip(self.columns, row)} for row in self.rows]


def load_graph(path: str | Path) -> Graph:
    """Parse an RDF file (Turtle unless its extension says otherwise).

    path: the graph file, e.g. ``output/graph.ttl``.
    RETURNS (Graph): the parsed graph.
    RAISES QueryError: the file is missing or is not valid RDF.
    """
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file. Build one with `kg build` (it writes output/graph.ttl).")
    fmt = _RDF_FORMATS.get(path.suffix.lower(), "turtle")
    try:
        return Graph().parse(path, format=fmt)
    except Exception as err:  # rdflib raises many kinds (BadSyntax, SAXParseException, ValueError…)
        raise QueryError(f"{path}: cannot be read as RDF ({fmt}): {_first_line(str(err))}") from err


def read_query(query: str | Path) -> tuple[str, str]:
    """Take a query as text, or read it from a ``.rq``/``.sparql`` file.

    query: SPARQL text, or the path of a file holding it (a Path, or a string ending in .rq/.sparql/.txt, or a string
        naming an existing file).
    RETURNS (tuple[str, str]): the query text and where it came from (the file name, or "query").
    RAISES QueryError: a query file that does not exist or is not UTF-8.
    """
    if isinstance(query, Path) or _looks_like_path(query):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{path}: no such query file. Pass SPARQL text or the path of a .rq file.")
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except UnicodeDecodeError as err:
            raise QueryError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start}).") from err
    return query, "query"


def _looks_like_path(text: str) -> bool:
    if "\n" in text or "{" in text:
        return False
    if text.lower().endswith((".rq", ".sparql", ".txt")):
        return True
    try:
        return Path(text).is_file()
    except OSError:  # a string too long to be a file name
        return False


def run_query(
    graph: Graph | str | Path,
    query: str | Path,
    *,
    bindings: Mapping[str, str | Identifier] | None = None,
) -> QueryResult:
    """Run a SPARQL query over a graph.

    graph: a Graph, or the path of an RDF file (Turtle by default).
    query: SPARQL text, or the path of a ``.rq`` file.
    bindings: values for variables, e.g. ``{"name": "OpenAI"}``; a string in ``<…>`` is an IRI, any other string a
        plain literal.
    RETURNS (QueryResult): the answer.
    RAISES QueryError: a missing or unreadable file, a syntax error (with line and column), an unknown prefix.
    """
    text, source = read_query(query)
    g = graph if isinstance(graph, Graph) else load_graph(graph)
    prepared = _prepare(text, source)
    init = {name: _as_term(value) for name, value in (bindings or {}).items()}
    try:
        result: Result = g.query(prepared, initBindings=init)
        kind = str(result.type)
        if kind == "SELECT":
            columns = tuple(str(v) for v in (result.vars or []))
            rows = tuple(tuple(row) for row in result)  # type: ignore[arg-type]
            return QueryResult(kind, columns, rows, namespaces=_namespaces(g))
        if kind == "ASK":
            return QueryResult(kind, boolean=bool(result.askAnswer))
        out = Graph()
        for prefix, ns in _namespaces(g):
            out.bind(prefix, ns)
        for triple in result:
            out.add(triple)  # type: ignore[arg-type]
        return QueryResult(kind, graph=out, namespaces=_namespaces(g))
    except QueryError:
        raise
    except Exception as err:  # evaluation errors: rdflib raises plain Exceptions
        raise QueryError(f"{source}: the query failed while running: {_first_line(str(err))}") from err


def _prepare(text: str, source: str) -> Query:
    try:
        return prepareQuery(text, initNs=dict(PREFIXES))
    except Exception as err:
        lineno = getattr(err, "lineno", None)
        col = getattr(err, "col", None)
        if lineno is not None and col is not None:
            line = text.splitlines()[lineno - 1] if 0 < lineno <= len(text.splitlines()) else ""
            msg = getattr(err, "msg", str(err))
            raise QueryError(
                f"{source}: SPARQL syntax error at line {lineno}, column {col}: {msg}\n"
                f"    {line}\n    {' ' * (col - 1)}^"
            ) from err
        message = _first_line(str(err))
        if message.startswith("Unknown namespace prefix"):
            prefix = message.rsplit(":", 1)[-1].strip()
            raise QueryError(
                f"{source}: unknown prefix '{prefix}:'. Declare it with PREFIX {prefix}: <…>, or use one of "
                f"{', '.join(p + ':' for p in PREFIXES)}."
            ) from err
        raise QueryError(f"{source}: not a valid SPARQL query: {message}") from err


def _as_term(value: str | Identifier) -> Identifier:
    if isinstance(value, Identifier):
        return value
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    return Literal(value)


def _namespaces(g: Graph) -> tuple[tuple[str, str], ...]:
    found = {str(p): str(ns) for p, ns in g.namespaces() if p}
    for prefix, ns in PREFIXES.items():
        found.setdefault(prefix, str(ns))
    # Longest namespace first, so kgr:doc/… does not win over a more specific prefix.
    return tuple(sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text


# ---- formatting ----------------------------------------------------------------------------------------------------


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Format an answer for people or for other tools.

    result: what :func:`run_query` returned.
    fmt: "table" (aligned columns, IRIs as CURIEs), "csv" (RFC 4180, full IRIs) or "json" (SPARQL 1.1 Query Results
        JSON for SELECT and ASK; JSON-LD for CONSTRUCT and DESCRIBE).
    RETURNS (str): the text, ending in a newline.
    RAISES QueryError: an unknown format, or CSV asked of a graph.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}.")
    if result.kind == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.kind in ("CONSTRUCT", "DESCRIBE"):
        if fmt == "csv" or result.graph is None:
            raise QueryError(f"a {result.kind} query gives a graph, not a table: use --format table (Turtle) or json.")
        text = result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
        return text if text.endswith("\n") else text + "\n"
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    return _table(result)


def _csv(result: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if v is None else str(v) for v in row])
    return buf.getvalue()


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def _json(result: QueryResult) -> str:
    bindings = [
        {c: _json_term(v) for c, v in zip(result.columns, row) if v is not None} for row in result.rows
    ]
    doc = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _cell(term: Node | None, namespaces: Sequence[tuple[str, str]]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        for prefix, ns in namespaces:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"
    text = str(term)
    # One row per solution: line breaks inside a value would break the alignment.
    return " ".join(text.split()) if any(ch in text for ch in "\r\n\t") else text


def _width(text: str) -> int:
    """Columns a string takes on a terminal: wide (CJK) characters count 2, combining marks 0."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _table(result: QueryResult) -> str:
    header = list(result.columns)
    body = [[_cell(v, result.namespaces) for v in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = [
        "  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    noun = "row" if len(body) == 1 else "rows"
    lines.append(f"({len(body)} {noun})")
    return "\n".join(lines) + "\n"
