"""Frozen records passed between the pipeline's stages.

Stanza's own types stop at :mod:`kg.parse`; everything downstream works on these.
Character offsets are always offsets into :attr:`Document.text` (Python ``str`` indices).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Word:
    """One syntactic word (a multiword token such as ``menyetujuinya`` gives several words).

    id: 1-based index of the word in its sentence.
    head: id of the syntactic head, 0 for the root.
    start/end: character span of the surface token the word belongs to (shared by the parts of a multiword token).
    """

    id: int
    text: str
    lemma: str
    upos: str
    head: int
    deprel: str
    start: int
    end: int
    xpos: str | None = None
    feats: str | None = None
    ner: str | None = None  # BIOES tag from the NER model, when one ran ("O" otherwise)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its index in the document, its text, its span in the document, and its words."""

    index: int
    text: str
    start: int
    end: int
    words: tuple[Word, ...]

    def word(self, word_id: int) -> Word:
        """RETURNS the word with the 1-based id ``word_id``."""
        return self.words[word_id - 1]

    def children(self, word_id: int) -> tuple[Word, ...]:
        """RETURNS the dependents of word ``word_id`` in sentence order."""
        return tuple(w for w in self.words if w.head == word_id)


@dataclass(frozen=True)
class Document:
    """A parsed document. ``id`` is the file name without extension; ``source`` the path it was read from."""

    id: str
    text: str
    sentences: tuple[Sentence, ...]
    source: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
