"""Errors the library raises. Each says what went wrong and what to do next.

    KGError
    ├── InputError          a document or path the user gave cannot be read as Indonesian text
    ├── ModelError          the Stanza models are missing, corrupt or cannot be loaded
    ├── QueryError          a SPARQL query is malformed or its graph cannot be read
    └── GoldError           a gold annotation file is malformed

The CLI maps every KGError to one message and a non-zero exit status; nothing else should reach the user as a traceback.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class: ``str(err)`` is a complete message for the user."""


class InputError(KGError):
    """An input file or folder cannot be used. ``path`` names it."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}")


class ModelError(KGError):
    """The Stanza models cannot be loaded."""


class QueryError(KGError):
    """A SPARQL query cannot be run."""


class GoldError(KGError):
    """A gold annotation file cannot be read."""
