"""The pipeline: input files → parse → entities → relations → certainty → RDF → Turtle, GraphML, HTML.

Documents stream through: texts are read lazily, parsed in batches by :func:`kg.parse.parse_texts` (the model is
loaded once per process), extracted one at a time by :func:`kg.extract.extract_document` (pure, so it can run on
workers later), and merged across documents by :class:`kg.entities.EntityRegistry`. A bad input is reported and
skipped; the other documents are still built. Every output file is written atomically.

Example:
    >>> report = build(["seeds"], "output")  # doctest: +SKIP
    >>> report.documents, report.skipped  # doctest: +SKIP
    (['000_454f6280905caf3a'], [])
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.entities import EntityRegistry
from kg.errors import InputError, KGError
from kg.export.nx import write_graphml
from kg.export.turtle import write_turtle
from kg.extract import extract_document, relabel
from kg.inputs import collect_inputs, read_text
from kg.items import Claim
from kg.lexicon import Lexicon, load_lexicon
from kg.records import Document
from kg.to_rdf import build_graph

log = logging.getLogger(__name__)

Parser = Callable[[Iterable[tuple[str, str]]], Iterator[Document]]
OUTPUT_FILES = ("graph.ttl", "graph.graphml", "graph.html")


@dataclass
class BuildReport:
    """What a build did.

    documents: ids of the documents built, in order.
    skipped: one InputError per input that was not built (``str(err)`` names the file and the reason).
    entities: entity count by type; claims: claim count by (relation, certainty).
    warnings: messages about parts of documents that were skipped.
    outputs: the files written (empty when nothing was built).
    """

    documents: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    claims: Counter[tuple[str, str]] = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    graph: Graph | None = None


def _default_parser(models: str | None) -> Parser:
    def parse(texts: Iterable[tuple[str, str]]) -> Iterator[Document]:
        from kg.parse import parse_texts  # the only Stanza import, loaded only when there is something to parse

        return parse_texts(texts, models=models)

    return parse


def _readable(files: Sequence[Path], report: BuildReport, lexicon: Lexicon,
              on_document: Callable[[str], None] | None) -> Iterator[tuple[str, str]]:
    for path in files:
        try:
            text = read_text(path, lexicon)
        except InputError as err:
            report.skipped.append(err)
            if on_document is not None:
                on_document(path.stem)
            continue
        yield path.stem, text


def extract_graph(
    documents: Iterable[Document],
    *,
    lexicon: Lexicon | None = None,
    on_document: Callable[[str], None] | None = None,
    report: BuildReport | None = None,
) -> tuple[Graph, BuildReport]:
    """Extract the knowledge graph of parsed documents (no files read or written).

    documents: parsed documents, in a fixed order.
    lexicon: the lexicons (None: the bundled ones).
    on_document: called with each document id once it is done (for a progress bar).
    report: a report to fill in (None: a new one).
    RETURNS: (the RDF graph, the report with documents, entity and claim counts).
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    rep = report if report is not None else BuildReport()
    registry = EntityRegistry()
    claims: list[Claim] = []
    for doc in documents:
        try:
            result = extract_document(doc, lex)
        except (ValueError, IndexError, KeyError) as err:  # a bad parse loses one document, not the build
            rep.warnings.append(f"{doc.id}: extraction failed ({type(err).__name__}: {err}); document skipped.")
            log.warning("extraction failed for %s", doc.id, exc_info=True)
            continue
        mapping = registry.add(doc.id, result.entities)
        claims.extend(relabel(c, mapping) for c in result.claims)
        rep.warnings.extend(result.warnings)
        rep.documents.append(doc.id)
        if on_document is not None:
            on_document(doc.id)
    entities = registry.entities()
    graph = build_graph(rep.documents, entities, claims)
    rep.entities = Counter(e.type for e, _ in entities)
    rep.claims = Counter((c.predicate, c.certainty) for c in claims)
    rep.graph = graph
    return graph, rep


def write_outputs(graph: Graph, out_dir: str | Path) -> list[Path]:
    """Write graph.ttl, graph.graphml and graph.html into ``out_dir`` (created if needed), each atomically.

    graph: the knowledge graph.
    out_dir: the output folder.
    RETURNS: the paths written.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise InputError(str(out), f"cannot create the output folder ({err.strerror}).") from err
    from kg.export.html import write_html

    paths = [out / name for name in OUTPUT_FILES]
    write_turtle(graph, paths[0])
    write_graphml(graph, paths[1])
    write_html(graph, paths[2])
    return paths


def build(
    inputs: Sequence[str | Path] = ("seeds",),
    out_dir: str | Path = "output",
    *,
    models: str | None = None,
    parser: Parser | None = None,
    lexicon: Lexicon | None = None,
    on_start: Callable[[int], None] | None = None,
    on_document: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the knowledge graph of Indonesian news texts and write it out.

    inputs: .txt files and folders of them.
    out_dir: where graph.ttl, graph.graphml and graph.html go (nothing is written when no document could be built).
    models: the Stanza models (None: bundled; "official"; or a resources directory).
    parser: replaces the Stanza parser (tests); takes (doc_id, text) pairs and yields Documents in order.
    lexicon: the lexicons (None: the bundled ones).
    on_start: called once with the number of input files (for a progress bar).
    on_document: called with each document id when it is done or skipped.
    RETURNS: the BuildReport; ``report.skipped`` lists the inputs that were not built.
    Raises KGError when the models cannot be loaded or the output cannot be written.
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    report = BuildReport()
    files, problems = collect_inputs(inputs)
    report.skipped.extend(problems)
    if on_start is not None:
        on_start(len(files))
    texts = _readable(files, report, lex, on_document)
    first = next(texts, None)
    if first is None:  # nothing readable: do not load the model, do not overwrite earlier outputs
        return report

    parse = parser if parser is not None else _default_parser(models)
    documents = parse(itertools.chain([first], texts))
    graph, report = extract_graph(documents, lexicon=lex, on_document=on_document, report=report)
    if not report.documents:
        return report
    try:
        report.outputs = write_outputs(graph, out_dir)
    except OSError as err:
        raise KGError(f"Could not write the outputs to {out_dir}: {err}.") from err
    return report
