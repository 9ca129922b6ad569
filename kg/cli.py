"""The ``kg`` command: one function per command, each parsing its arguments and calling one library function.

A :class:`kg.errors.KGError` becomes one message on stderr and exit status 1; a build that skipped some inputs
exits with status 2 after writing what it could. Progress and summaries go to the terminal through rich.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.errors import KGError

if TYPE_CHECKING:
    from kg.build import BuildReport

app = typer.Typer(
    name="kg",
    help="Knowledge graphs from Indonesian news: build a graph with evidence, evaluate it against gold annotations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_ERROR = 1
EXIT_SKIPPED = 2


def _err() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(err: KGError) -> typer.Exit:
    _err().print(f"Error: {err}", markup=False)
    return typer.Exit(EXIT_ERROR)


@app.command()
def build(
    inputs: Annotated[
        Optional[list[Path]],  # noqa: UP007 - typer needs Optional here
        typer.Argument(help="Text files (.txt) and folders of them. Default: seeds/.", show_default=False),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for graph.ttl, graph.graphml and graph.html.")]
    = Path("output"),
    models: Annotated[
        Optional[str],  # noqa: UP007
        typer.Option(help="Stanza models: a resources directory, or 'official'. Default: the bundled models."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Build the knowledge graph of Indonesian news texts into OUT (graph.ttl, graph.graphml, graph.html).

    Exit status: 0 when every input was built, 2 when some input was skipped (each named with the reason), 1 on an
    error that stops the build (models missing, output not writable).
    """
    from kg.build import build as run_build

    err = _err()
    paths = list(inputs) if inputs else [Path("seeds")]
    progress = Progress(TextColumn("[bold]Building[/]"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.description}"),
                        TimeElapsedColumn(), console=err, transient=True, disable=quiet or not err.is_terminal)
    task = progress.add_task("", total=None)
    try:
        with progress:
            report = run_build(
                paths, out, models=models,
                on_start=lambda n: progress.update(task, total=n),
                on_document=lambda doc_id: progress.update(task, advance=1, description=doc_id),
            )
    except KGError as exc:
        raise _fail(exc) from exc
    for problem in report.skipped:
        err.print(f"Skipped {problem}", markup=False)
    for warning in report.warnings:
        err.print(f"Warning: {warning}", markup=False)
    if not quiet and report.documents:
        _print_build_summary(report, out)
    if not report.documents:
        err.print("Nothing was built: no readable Indonesian text among the inputs.", markup=False)
        raise typer.Exit(EXIT_SKIPPED if report.skipped else EXIT_ERROR)
    if report.skipped:
        n = len(report.skipped)
        err.print(f"{n} input{'s were' if n > 1 else ' was'} skipped; the other documents were built.", markup=False)
        raise typer.Exit(EXIT_SKIPPED)


def _print_build_summary(report: BuildReport, out: Path) -> None:
    console = Console(highlight=False)
    console.print(f"Built {len(report.documents)} document(s) into {out}/: "
                  + ", ".join(p.name for p in report.outputs), markup=False)
    ents = Table(title="Entities", show_edge=False)
    ents.add_column("type")
    ents.add_column("count", justify="right")
    for etype, n in sorted(report.entities.items()):
        ents.add_row(etype, str(n))
    console.print(ents)
    claims = Table(title="Claims", show_edge=False)
    claims.add_column("relation")
    for c in ("asserted", "speculative", "negated"):
        claims.add_column(c, justify="right")
    for rel in sorted({r for r, _ in report.claims}):
        claims.add_row(rel, *(str(report.claims.get((rel, c), 0)) for c in ("asserted", "speculative", "negated")))
    console.print(claims)
    console.print(f"Warnings: {len(report.warnings)}", markup=False)


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold annotation files (<document id>.gold.json).")],
    graph: Annotated[Path, typer.Option("--graph", "-g", help="The graph to score (Turtle).")] = Path(
        "output/graph.ttl"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    figures_only: Annotated[bool, typer.Option(
        "--figures-only", help="Scores only, without the missed and extra triples: for a held-out split, whose "
                               "errors must not be read.")] = False,
) -> None:
    """Score a graph against gold annotations: P/R/F1 per relation and overall, certainty and entity accuracy."""
    from kg.evaluate import evaluate

    try:
        report = evaluate(gold, graph)
    except KGError as exc:
        raise _fail(exc) from exc
    if as_json:
        data = report.to_dict()
        if figures_only:
            del data["missed"], data["false_positives"]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    table = Table(title=f"Triples ({', '.join(report.documents)})", show_edge=False)
    for col in ("relation", "P", "R", "F1", "correct/extracted", "matched/gold"):
        table.add_column(col, justify="left" if col == "relation" else "right")
    rows = sorted(report.per_relation.items()) + [("overall", report.overall)]
    for rel, s in rows:
        table.add_row(rel, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      f"{s.correct_extracted}/{s.extracted}", f"{s.matched_gold}/{s.gold}")
    console.print(table)
    console.print(f"Certainty accuracy: {report.certainty_accuracy:.3f} ({report.certainty_correct}/"
                  f"{report.certainty_total}); speculative/negated extracted as asserted: "
                  f"{report.speculative_asserted}; "
                  f"reversed recruitsFrom: {report.reversed_recruits}", markup=False)
    e = report.entities
    console.print(f"Entities: P {e.precision:.3f}  R {e.recall:.3f}  F1 {e.f1:.3f}; type accuracy "
                  f"{report.type_accuracy:.3f} ({report.type_correct}/{report.type_total})", markup=False)
    for line in [] if figures_only else report.missed:
        console.print(f"missed: {line}", markup=False)
    for line in [] if figures_only else report.false_positives:
        console.print(f"extra:  {line}", markup=False)
    for line in report.warnings:
        _err().print(f"Warning: {line}", markup=False)


@app.command("query")
def query_command(
    graph: Annotated[Path, typer.Argument(help="The graph to query (Turtle, e.g. output/graph.ttl).")],
    query: Annotated[str, typer.Argument(help="SPARQL text, or the path of a .rq file (see queries/).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (aligned), csv or json (SPARQL results JSON).")]
    = "table",
    bind: Annotated[
        Optional[list[str]],  # noqa: UP007
        typer.Option("--bind", "-b", help="NAME=VALUE: set ?NAME before running (repeatable); <…> makes an IRI."),
    ] = None,
) -> None:
    """Run a SPARQL query over a graph file and print the answer.

    The prefixes kgo:, kgr:, rdf:, rdfs:, owl:, xsd:, skos:, prov:, dcterms: and schema: are predeclared.
    Example: kg query output/graph.ttl queries/competitors.rq --bind organization=OpenAI
    """
    from kg.errors import QueryError
    from kg.query import format_result, run_query

    try:
        bindings = {}
        for item in bind or []:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise QueryError(f"--bind {item!r}: write NAME=VALUE, e.g. --bind organization=OpenAI.")
            bindings[name.strip().lstrip("?")] = value
        text = format_result(run_query(graph, query, bindings=bindings), fmt)
    except KGError as exc:
        raise _fail(exc) from exc
    typer.echo(text, nl=False)


@app.command("parse")
def parse_command(
    text: Annotated[str, typer.Argument(help="Indonesian text, or the path of a UTF-8 .txt file.")],
    models: Annotated[
        Optional[str],  # noqa: UP007
        typer.Option(help="Stanza models: a resources directory, or 'official'. Default: the bundled models."),
    ] = None,
    conllu: Annotated[bool, typer.Option("--conllu", help="Print CoNLL-U instead of a table.")] = False,
) -> None:
    """Parse Indonesian text with the Stanza pipeline and print each word's lemma, UPOS, head, relation and NER tag."""
    from kg.parse import parse_text

    path = Path(text)
    try:
        if path.suffix == ".txt" and path.is_file():
            text = path.read_text(encoding="utf-8")
        doc = parse_text(text, "text", models=models)
    except KGError as err:
        raise _fail(err) from err
    except (OSError, UnicodeDecodeError) as err:
        raise _fail(KGError(f"{text}: cannot read it as UTF-8 text ({err})")) from err
    console = Console(highlight=False, soft_wrap=True)
    for sentence in doc.sentences:
        if conllu:
            console.print(f"# text = {sentence.text}", markup=False)
            for w in sentence.words:
                cols = [str(w.id), w.text, w.lemma, w.upos, w.xpos or "_", w.feats or "_", str(w.head), w.deprel, "_",
                        f"start_char={w.start}|end_char={w.end}" + (f"|NER={w.ner}" if w.ner else "")]
                console.print("\t".join(cols), markup=False)
            console.print()
            continue
        table = Table(title=sentence.text, title_justify="left")
        for column in ("id", "word", "lemma", "upos", "head", "deprel", "ner"):
            table.add_column(column)
        for w in sentence.words:
            table.add_row(str(w.id), w.text, w.lemma, w.upos, str(w.head), w.deprel, w.ner or "")
        console.print(table)
