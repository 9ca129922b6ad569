"""Frozen records produced by the extractor: mentions, entities, events and claims.

They sit beside :mod:`kg.records` (the parse) and flow one way: :mod:`kg.entities` makes Mentions and Entities,
:mod:`kg.relations` makes Claims, :mod:`kg.certainty` sets their certainty, :mod:`kg.to_rdf` turns them into RDF.
Entities are identified by their canonical label (the IRI is minted from it in :mod:`kg.to_rdf`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["Organization", "Person", "AIModel", "Product", "Place"]
ENTITY_TYPES: tuple[str, ...] = ("Organization", "Person", "AIModel", "Product", "Place")
Certainty = Literal["asserted", "speculative", "negated"]
CERTAINTIES: tuple[str, ...] = ("asserted", "speculative", "negated")


# the relations of holding an office: a person leads an organisation, or is its chief executive
OFFICES = ("leads", "ceoOf")


@dataclass(frozen=True)
class Mention:
    """A name in a sentence.

    sentence: index of the sentence in its document.
    words: ids of the words the name spans (1-based, in the sentence).
    head: id of the word that heads the span in the dependency tree.
    text: the surface name as written; start/end: its character span in the document.
    type: the type the local cues give (None when nothing says).
    type_source: what typed it ("cue:model", "ner:PERSON", "gazetteer", "version", "default").
    headline: True when the sentence looks like a title-case headline.
    """

    sentence: int
    words: tuple[int, ...]
    head: int
    text: str
    start: int
    end: int
    type: str | None = None
    type_source: str = "default"
    headline: bool = False
    alias_of: str | None = None  # a name this mention is explicitly another name for ("X (sebelumnya Twitter)")


@dataclass(frozen=True)
class Entity:
    """A resolved entity: one canonical label, a type, other names, and the mentions that refer to it."""

    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    type_source: str = "default"

    @property
    def key(self) -> str:
        """RETURNS the identity key: the case-folded label with white space collapsed."""
        return name_key(self.label)


@dataclass(frozen=True)
class Event:
    """Something that happened or will happen, named by a description ("perilisan model AI open-weight").

    kind: the relation that introduced it (e.g. "delayed").
    label: the description as written in the text.
    about: label of the named product or model it concerns, if the text names one.
    date/reason: the time and the reason the text gives for it, as written (not resolved), if any.
    document: id of the document it comes from (events are not merged across documents).
    """

    kind: str
    label: str
    document: str
    about: str | None = None
    date: str | None = None  # when, as the text says it ("11 Juli", "tahun depan")
    reason: str | None = None  # why, as the text says it ("karena hujan", "alasan keamanan")


@dataclass(frozen=True)
class Claim:
    """One extracted fact with its evidence.

    subject: canonical label of the subject entity.
    predicate: local name of the ontology property ("recruitsFrom").
    object: canonical label of the object entity, or an Event.
    certainty: "asserted", "speculative" or "negated"; cue: the word that set it (None for asserted).
    document: document id; sentence: sentence index; start/end: the sentence's offsets in the document.
    evidence: the sentence text. confidence: 0-1. extractor: the rule that made the claim.
    trigger: the word that triggered the rule.
    stated_by: who says it, when the sentence is reported speech of a named source ("…, kata X").
    """

    subject: str
    predicate: str
    object: str | Event
    document: str
    sentence: int
    start: int
    end: int
    evidence: str
    confidence: float
    extractor: str
    trigger: str = ""
    trigger_word: int = 0  # id of the trigger word in its sentence (0: none), used for certainty scope
    nominal: bool = False  # True for facts stated inside a noun phrase (apposition, title): no clausal scope
    ended: bool = False  # True when the text says the relation held and has ended ("mundur dari jabatannya sebagai …")
    certainty: str = "asserted"
    cue: str | None = None
    stated_by: str | None = None  # label of the named person or organisation the sentence quotes ("kata X")


@dataclass(frozen=True)
class DocumentExtraction:
    """Everything extracted from one document: its entities and claims, plus warnings for skipped sentences."""

    document: str
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = field(default=())


def name_key(name: str) -> str:
    """Normalise a name for comparison: case-folded, white space collapsed.

    name: any name.
    RETURNS: the key ("  Sam   ALTMAN " → "sam altman").
    """
    return " ".join(name.split()).casefold()
