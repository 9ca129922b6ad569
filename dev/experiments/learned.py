"""Experiment (ninth session, not shipped): a linear relation classifier over pairs of names in one sentence.

The question was whether a learned back-off could read relations between entity pairs the rules leave unrelated. The
pairs, the features and the model are here; ``train_relations.py`` trains and cross-validates it on ``dev/tune``.
Features are words, not names: the types of the two names, the lemmas between them (or the nearest ones when far
apart), the lemmas and relations on the dependency path that joins their heads, and the word that governs both.
The answer was no (see ``README.md`` in this folder), so kg/ does not use it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.entities import EntityIndex, dateline_place
from kg.lexicon import Lexicon
from kg.records import Document, Sentence

MODEL_PATH = Path(__file__).resolve().parent / "relations.json"
NONE = "none"
_WINDOW = 8  # names further apart than this many words give only the words next to each


@dataclass(frozen=True)
class Pair:
    """Two entities named in one sentence, in the order subject, object."""

    sentence: Sentence
    subject: str
    object: str
    subject_type: str
    object_type: str
    subject_words: tuple[int, ...]
    object_words: tuple[int, ...]
    subject_head: int
    object_head: int


@dataclass(frozen=True)
class RelationModel:
    """A linear model: per feature, one weight per label; a threshold per predictable relation."""

    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    thresholds: dict[str, float]
    allowed: dict[str, tuple[frozenset[str], frozenset[str]]]  # relation → (subject types, object types)
    symmetric: frozenset[str] = frozenset()

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """RETURNS label → probability for one pair's features."""
        scores = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for i, v in enumerate(w):
                    scores[i] += v
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp)}

    def admits(self, relation: str, subject_type: str, object_type: str) -> bool:
        """RETURNS whether the relation takes these argument types and has a threshold."""
        spec = self.allowed.get(relation)
        return relation in self.thresholds and spec is not None and subject_type in spec[0] and object_type in spec[1]

    def to_json(self) -> dict[str, object]:
        """RETURNS the model as plain data (sorted, rounded: the file is byte-identical for the same weights)."""
        return {"labels": list(self.labels), "bias": [round(b, 4) for b in self.bias],
                "thresholds": dict(sorted(self.thresholds.items())),
                "allowed": {k: [sorted(s), sorted(o)] for k, (s, o) in sorted(self.allowed.items())},
                "symmetric": sorted(self.symmetric),
                "weights": {f: [round(v, 4) for v in w] for f, w in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> RelationModel:
        """RETURNS the model read from :meth:`to_json`'s data; ValueError if it is malformed."""
        try:
            labels = tuple(str(x) for x in data["labels"])  # type: ignore[union-attr]
            weights = {str(f): tuple(float(v) for v in w) for f, w in data["weights"].items()}  # type: ignore
            bias = tuple(float(b) for b in data["bias"])  # type: ignore[union-attr]
            thresholds = {str(k): float(v) for k, v in data["thresholds"].items()}  # type: ignore[union-attr]
            allowed = {str(k): (frozenset(v[0]), frozenset(v[1])) for k, v in data["allowed"].items()}  # type: ignore
            symmetric = frozenset(str(x) for x in data.get("symmetric", ()))  # type: ignore[union-attr]
        except (KeyError, TypeError, AttributeError, IndexError) as err:
            raise ValueError(f"malformed relation model: {err}") from err
        if len(bias) != len(labels) or any(len(w) != len(labels) for w in weights.values()):
            raise ValueError("malformed relation model: weight rows do not match the labels")
        return cls(labels, weights, bias, thresholds, allowed, symmetric)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> RelationModel | None:
    """RETURNS the relation model at ``path`` (loaded once per process), or None when there is no such file."""
    if not path.exists():
        return None
    return RelationModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def _spans(index: EntityIndex, sentence: Sentence) -> list[tuple[str, tuple[int, ...]]]:
    """RETURNS (label, word ids) of each run of words one entity covers in the sentence, in sentence order."""
    runs: list[tuple[str, list[int]]] = []
    for w in sentence.words:
        label = index.at_word.get((sentence.index, w.id))
        if label is None:
            continue
        if runs and runs[-1][0] == label and runs[-1][1][-1] == w.id - 1:
            runs[-1][1].append(w.id)
        else:
            runs.append((label, [w.id]))
    return [(label, tuple(ids)) for label, ids in runs]


def _head(sentence: Sentence, ids: tuple[int, ...]) -> int:
    """RETURNS the word of a span whose head lies outside it (the first such, else the span's last word)."""
    inside = set(ids)
    return next((i for i in ids if sentence.word(i).head not in inside), ids[-1])


def pairs(doc: Document, index: EntityIndex, lexicon: Lexicon) -> Iterator[Pair]:
    """Every ordered pair of different entities named in one sentence, with the first mention of each.

    doc: the parsed document; index: its entities; lexicon: for the datelines, which state no relation.
    """
    for sentence in doc.sentences:
        if dateline_place(sentence, lexicon):
            continue
        first: dict[str, tuple[int, ...]] = {}
        for label, ids in _spans(index, sentence):
            first.setdefault(label, ids)
        for a, a_ids in first.items():
            for b, b_ids in first.items():
                if a == b:
                    continue
                ta, tb = index.type_of(a), index.type_of(b)
                if ta is None or tb is None:
                    continue
                yield Pair(sentence, a, b, ta, tb, a_ids, b_ids, _head(sentence, a_ids), _head(sentence, b_ids))


def _ancestors(sentence: Sentence, word_id: int) -> list[int]:
    out, seen = [word_id], {word_id}
    while True:
        head = sentence.word(out[-1]).head
        if head == 0 or head in seen or not 0 < head <= len(sentence.words):
            return out
        out.append(head)
        seen.add(head)


def _lemma(sentence: Sentence, word_id: int) -> str:
    w = sentence.word(word_id)
    return (w.lemma or w.text).casefold()


def joining_word(p: Pair) -> int:
    """RETURNS the id of the lowest word that governs both heads (one of them when one governs the other)."""
    up_a = _ancestors(p.sentence, p.subject_head)
    up_b = set(_ancestors(p.sentence, p.object_head))
    return next((i for i in up_a if i in up_b), p.subject_head)


def features(p: Pair) -> list[str]:
    """RETURNS the pair's features: argument types, order, the words between and around, the dependency path."""
    s = p.sentence
    out = [f"T:{p.subject_type}>{p.object_type}"]
    before = p.subject_words[-1] < p.object_words[0]
    left, right = (p.subject_words, p.object_words) if before else (p.object_words, p.subject_words)
    out.append("ORD:" + ("so" if before else "os"))
    between = [i for i in range(left[-1] + 1, right[0])]
    if len(between) <= _WINDOW:
        out.append(f"GAP:{len(between)}")
        out.extend(f"B:{_lemma(s, i)}" for i in between)
        out.append("BS:" + " ".join(_lemma(s, i) for i in between))
    else:
        out.append("GAP:far")
        out.extend(f"BL:{_lemma(s, i)}" for i in between[:3])
        out.extend(f"BR:{_lemma(s, i)}" for i in between[-3:])
    if between:
        out.append(f"B1:{_lemma(s, between[0])}")
        out.append(f"B-1:{_lemma(s, between[-1])}")
    if left[0] > 1:
        out.append(f"L1:{_lemma(s, left[0] - 1)}")
    if left[0] > 2:
        out.append(f"L2:{_lemma(s, left[0] - 2)}")
    if right[-1] < len(s.words):
        out.append(f"R1:{_lemma(s, right[-1] + 1)}")
    up_a = _ancestors(s, p.subject_head)
    up_b = _ancestors(s, p.object_head)
    join = next((i for i in up_a if i in set(up_b)), None)
    if join is None:
        out.append("PATH:none")
        return out
    path_a = up_a[:up_a.index(join)]
    path_b = up_b[:up_b.index(join)]
    rels = [f"{s.word(i).deprel.split(':')[0]}^" for i in path_a] + [
        f"{s.word(i).deprel.split(':')[0]}v" for i in reversed(path_b)]
    out.append("PATH:" + " ".join(rels))
    out.append(f"J:{_lemma(s, join)}")
    out.append(f"JU:{s.word(join).upos}")
    out.append(f"JP:{_lemma(s, join)}|{' '.join(rels)}")
    for i in path_a[1:] + path_b[1:]:
        out.append(f"P:{_lemma(s, i)}")
    out.append(f"DS:{s.word(p.subject_head).deprel.split(':')[0]}")
    out.append(f"DO:{s.word(p.object_head).deprel.split(':')[0]}")
    return out
