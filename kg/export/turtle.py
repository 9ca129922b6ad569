"""Write the graph as canonical Turtle: rdflib's ``longturtle`` serializer, byte-identical for the same graph."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from rdflib import Graph

from kg.fsutil import atomic_write


def to_turtle(graph: Graph) -> bytes:
    """Serialise a graph as canonical Turtle.

    graph: the graph (no blank nodes, so the output is stable).
    RETURNS: UTF-8 Turtle bytes, sorted by subject and predicate.
    """
    data = graph.serialize(format="longturtle", encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def write_turtle(graph: Graph, target: str | Path | BinaryIO) -> None:
    """Write a graph as canonical Turtle.

    graph: the graph.
    target: a path (written atomically: temp file in the same folder, then os.replace) or a binary stream.
    """
    data = to_turtle(graph)
    if isinstance(target, (str, Path)):
        atomic_write(Path(target), data)
    else:
        target.write(data)
