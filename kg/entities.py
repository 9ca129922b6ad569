"""Entity mentions from the parse, typed by cues, resolved into entities inside a document.

Pure functions over records:

* :func:`find_mentions` (Document → Mentions): proper-noun spans (PROPN words, capitalised words inside a sentence,
  NER spans when the parser ran NER) joined through the dependency tree (flat/flat:name/compound/nummod), trimmed of
  generic words (months, "AI", titles), split where a known place prefixes a name ("China Moonshot AI"), and linked to
  a parenthetical other name ("X (sebelumnya Twitter)").
* :func:`type_mention`: the type from, strongest first, the place gazetteer, an apposed title ("CEO OpenAI, Sam
  Altman" → Person), a model/product cue noun ("model Llama 3"), a version-like name ("Kimi K2"), the NER tag, an
  organisation cue ("perusahaan X"), else Organization by default.
* :func:`resolve_entities` (Mentions → Entities + an index from words to entities): one entity per name; a one-word
  name that is part of exactly one longer person name is that person ("Altman"), a name followed only by a version is
  that model ("Kimi" → "Kimi K2"), parenthetical names are aliases, headline-only names are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from kg.items import Entity, Mention, name_key
from kg.lexicon import Lexicon
from kg.records import Document, Sentence, Word

NAME_DEPRELS = frozenset({"flat", "flat:name", "flat:foreign", "compound", "nummod", "goeswith", "fixed"})
_VERSION = re.compile(r"^(?:[A-Za-z]{0,3}\d+(?:[.,]\d+)*[A-Za-z]{0,3}|[IVX]{1,4}|[A-Z]\d*|Pro|Max|Mini|Ultra|Turbo)$")
_HAS_DIGIT_NAME = re.compile(r"^[A-Za-z]+[-]?\d+[A-Za-z0-9.]*$")
ALIAS_CUES = frozenset(
    {"sebelumnya", "dulu", "dahulu", "dulunya", "dahulunya", "bernama", "dikenal", "sebagai", "alias", "yang",
     "atau", "kini", "sekarang", "eks", "mantan", "disebut"}
)
NER_TYPES = {
    "PERSON": "Person", "PER": "Person",
    "ORGANISATION": "Organization", "ORGANIZATION": "Organization", "ORG": "Organization",
    "PLACE": "Place", "LOC": "Place", "LOCATION": "Place", "GPE": "Place",
}
# strength of each kind of type evidence, strongest first
TYPE_RANK = {"gazetteer": 0, "cue:title": 1, "cue:product": 2, "version": 3, "ner": 4, "cue:org": 5, "role": 6,
             "default": 9}
PRONOUNS = frozenset({"dia", "ia", "mereka", "beliau", "nya"})
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})


def _rank(source: str) -> int:
    return TYPE_RANK.get(source.split(":")[0] if source.startswith("ner") else source, 9)


def is_headline(sentence: Sentence) -> bool:
    """Tell whether a sentence looks like a title-case headline rather than running text.

    sentence: the sentence.
    RETURNS: True when it has no final full stop and at least 60% of its (two or more) alphabetic words are
    capitalised ("OpenAI Tunda Rilis Model AI", "Faktor Meta").
    """
    words = [w.text for w in sentence.words if any(c.isalpha() for c in w.text)]
    if len(words) < 2 or sentence.text.rstrip().endswith("."):
        return False
    caps = sum(1 for w in words[1:] if w[0].isupper())  # the first word is capitalised anyway
    return caps / (len(words) - 1) >= 0.6


def is_foreign(sentence: Sentence, lexicon: Lexicon) -> bool:
    """RETURNS True when a sentence has more English than Indonesian function words ("Leave a Reply")."""
    low = [w.text.lower() for w in sentence.words]
    en = sum(1 for t in low if t in lexicon.english_words)
    return en > 0 and en > sum(1 for t in low if t in lexicon.indonesian_words)


def _ner_label(tag: str | None) -> tuple[str, str] | None:
    """RETURNS (position, label) of a BIOES tag, e.g. ("B", "PERSON"); None for O or no tag."""
    if not tag or tag == "O" or "-" not in tag:
        return None
    pos, _, label = tag.partition("-")
    return pos, label


def _is_candidate(word: Word, first_alpha: int) -> bool:
    text = word.text
    if not any(c.isalnum() for c in text) or word.upos in ("PUNCT", "SYM", "ADP", "CCONJ", "SCONJ", "PART"):
        return False
    if word.upos == "PROPN":
        return True
    if _ner_label(word.ner) is not None:
        return True
    if word.id == first_alpha:  # sentence-initial capital says nothing, unless the word has inner capitals/digits
        return any(c.isupper() for c in text[1:]) or bool(_HAS_DIGIT_NAME.match(text))
    return text[0].isupper() and word.upos in ("NOUN", "X", "ADJ", "VERB", "NUM", "PRON", "DET", "ADV")


def _is_version(word: Word) -> bool:
    return bool(_VERSION.match(word.text)) and word.upos not in ("PUNCT",)


def _components(sentence: Sentence, ids: Sequence[int]) -> list[list[int]]:
    """Split a run of adjacent candidate words into tree-connected groups."""
    members = set(ids)
    parent = {i: i for i in ids}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in ids:
        w = sentence.word(i)
        if w.head in members and w.deprel not in ("appos", "conj", "punct", "cc", "parataxis"):
            parent[find(i)] = find(w.head)
    groups: dict[int, list[int]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    # a group must be contiguous; split it where it is not
    out: list[list[int]] = []
    for g in groups.values():
        g.sort()
        cur = [g[0]]
        for i in g[1:]:
            if i == cur[-1] + 1:
                cur.append(i)
            else:
                out.append(cur)
                cur = [i]
        out.append(cur)
    return sorted(out)


def _span_text(doc: Document, sentence: Sentence, ids: Sequence[int]) -> tuple[str, int, int]:
    first, last = sentence.word(ids[0]), sentence.word(ids[-1])
    text = doc.text[first.start:last.end] if doc.text else ""
    if not text or len(text) > 4 * sum(len(sentence.word(i).text) + 1 for i in ids):
        text = " ".join(sentence.word(i).text for i in ids)
    return " ".join(text.split()), first.start, last.end


def _head_of(sentence: Sentence, ids: Sequence[int]) -> int:
    members = set(ids)
    for i in ids:
        if sentence.word(i).head not in members:
            return i
    return ids[0]


def _place_prefix(sentence: Sentence, ids: list[int], lexicon: Lexicon) -> int:
    """RETURNS how many leading words of ``ids`` form a known place name followed by more name (0 if none)."""
    for k in range(min(3, len(ids) - 1), 0, -1):
        name = " ".join(sentence.word(i).text for i in ids[:k])
        if name_key(name) in lexicon.places and sentence.word(ids[k]).text[:1].isupper():
            return k
    return 0


def find_mentions(doc: Document, lexicon: Lexicon) -> list[Mention]:
    """Find the names in a document.

    doc: the parsed document.
    lexicon: the lexicons (stop names, places, cues).
    RETURNS: the mentions in document order, each typed by its local cues (see :func:`type_mention`).
    """
    mentions: list[Mention] = []
    for sentence in doc.sentences:
        mentions.extend(_sentence_mentions(doc, sentence, lexicon))
    return mentions


def _sentence_mentions(doc: Document, sentence: Sentence, lexicon: Lexicon) -> list[Mention]:
    headline = is_headline(sentence) or is_foreign(sentence, lexicon)
    first_alpha = next((w.id for w in sentence.words if any(c.isalpha() for c in w.text)), 0)
    cand = [w.id for w in sentence.words if _is_candidate(w, first_alpha)]
    # version continuations: "Llama 3", "Kimi K2"
    chosen = set(cand)
    for w in sentence.words:
        if w.id - 1 in chosen and w.id not in chosen and _is_version(w):
            chosen.add(w.id)
    runs: list[list[int]] = []
    for i in sorted(chosen):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[Mention] = []
    for run in runs:
        for group in _components(sentence, run):
            out.extend(_group_mentions(doc, sentence, group, lexicon, headline))
    return _link_parenthetical_aliases(sentence, out)


def _group_mentions(
    doc: Document, sentence: Sentence, group: list[int], lexicon: Lexicon, headline: bool
) -> list[Mention]:
    ids = list(group)
    while ids and name_key(sentence.word(ids[0]).text) in lexicon.not_entities:
        ids.pop(0)
    if not ids:
        return []
    pieces = []
    k = _place_prefix(sentence, ids, lexicon)
    if k:
        pieces = [ids[:k], ids[k:]]
    else:
        pieces = [ids]
    out = []
    for piece in pieces:
        text, start, end = _span_text(doc, sentence, piece)
        key = name_key(text)
        if key in lexicon.not_entities or not any(c.isalpha() for c in text):
            continue
        if all(sentence.word(i).upos == "NUM" for i in piece):
            continue
        head = _head_of(sentence, piece)
        mention = Mention(sentence=sentence.index, words=tuple(piece), head=head, text=text, start=start, end=end,
                          headline=headline)
        etype, source = type_mention(sentence, mention, lexicon)
        out.append(replace(mention, type=etype, type_source=source))
    return out


def _link_parenthetical_aliases(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mark "N" in "M (sebelumnya N)" / "M (N)" as another name of M."""
    out = list(mentions)
    for a_i, a in enumerate(out):
        for b_i in range(a_i + 1, len(out)):
            b = out[b_i]
            between = [sentence.word(i) for i in range(a.words[-1] + 1, b.words[0])]
            if not between or between[0].text != "(":
                continue
            inner = [w.text.lower() for w in between[1:]]
            after = b.words[-1] + 1
            closes = after <= len(sentence.words) and sentence.word(after).text == ")"
            if closes and all(t in ALIAS_CUES for t in inner) and (inner or b.text.isupper()):
                out[b_i] = replace(b, alias_of=a.text)
            break
    return out


def _cue_words(sentence: Sentence, mention: Mention) -> list[tuple[Word, str]]:
    """RETURNS the words around a mention that may type it, with how they relate ("appos", "mod", "prev")."""
    head = sentence.word(mention.head)
    found: list[tuple[Word, str]] = []
    members = set(mention.words)
    if head.head and head.head not in members:
        gov = sentence.word(head.head)
        found.append((gov, "appos" if head.deprel == "appos" else "gov:" + head.deprel))
    for child in sentence.children(mention.head):
        if child.id not in members:
            found.append((child, "appos" if child.deprel == "appos" else "dep:" + child.deprel))
    prev = mention.words[0] - 1
    if prev >= 1 and prev not in members:
        found.append((sentence.word(prev), "prev"))
    return found


def _after_title_comma(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> bool:
    """True for the name in "CEO OpenAI, Sam Altman": a comma, then up to three name words, then a title before."""
    i = mention.words[0] - 1
    if i < 2 or sentence.word(i).text != ",":
        return False
    for back in range(i - 1, max(0, i - 5), -1):
        if sentence.word(back).text.lower() in lexicon.titles:
            return True
        if not sentence.word(back).text[:1].isupper():
            return False
    return False


def type_mention(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> tuple[str, str]:
    """Type one mention from its local evidence.

    sentence: the mention's sentence.
    mention: the mention.
    lexicon: cues and gazetteer.
    RETURNS: (type, source), source being one of the keys of TYPE_RANK ("gazetteer", "cue:title", ...).
    """
    if name_key(mention.text) in lexicon.places:
        return "Place", "gazetteer"
    cues = _cue_words(sentence, mention)
    for word, rel in cues:
        low = word.text.lower()
        if low in lexicon.titles and rel == "appos":
            return "Person", "cue:title"
    if _after_title_comma(sentence, mention, lexicon):
        return "Person", "cue:title"
    for word, rel in cues:
        etype = lexicon.type_cues.get(word.text.lower()) or lexicon.type_cues.get(word.lemma.lower())
        if etype in ("AIModel", "Product") and rel in ("appos", "prev", "gov:flat", "gov:compound", "gov:nmod",
                                                         "gov:flat:name", "dep:compound"):
            return etype, "cue:product"
    if _is_version(sentence.word(mention.words[-1])) and len(mention.words) > 1:
        return "AIModel", "version"
    if len(mention.words) == 1 and _HAS_DIGIT_NAME.match(mention.text) and not mention.text.isupper():
        return "AIModel", "version"
    tags = [_ner_label(sentence.word(i).ner) for i in mention.words]
    labels = Counter(NER_TYPES[t[1]] for t in tags if t is not None and t[1] in NER_TYPES)
    if labels:
        return labels.most_common(1)[0][0], "ner"
    for word, rel in cues:
        etype = lexicon.type_cues.get(word.text.lower()) or lexicon.type_cues.get(word.lemma.lower())
        if etype == "Person" and rel == "appos":
            return "Person", "cue:title"
        if etype in ("Organization", "Place") and rel != "dep:nmod":
            return etype, "cue:org"
        if word.text.lower() in lexicon.titles and rel in ("prev", "gov:compound", "gov:nmod", "gov:flat"):
            return "Organization", "cue:org"  # "CEO OpenAI": the name after a title is its organisation
    return "Organization", "default"


@dataclass(frozen=True)
class EntityIndex:
    """The entities of one document and where they are mentioned.

    entities: label → Entity.
    at_word: (sentence index, word id) → entity label.
    """

    entities: dict[str, Entity] = field(default_factory=dict)
    at_word: dict[tuple[int, int], str] = field(default_factory=dict)

    def at(self, sentence: int, word_id: int) -> Entity | None:
        """RETURNS the entity mentioned at a word, or None."""
        label = self.at_word.get((sentence, word_id))
        return self.entities.get(label) if label is not None else None

    def type_of(self, label: str) -> str | None:
        """RETURNS the type of the entity with this label, or None."""
        ent = self.entities.get(label)
        return ent.type if ent else None


def _tokens(name: str) -> list[str]:
    return name_key(name).split()


def _is_version_tail(tokens: Iterable[str]) -> bool:
    return all(_VERSION.match(t) or _VERSION.match(t.upper()) or _VERSION.match(t.capitalize()) for t in tokens)


def resolve_entities(mentions: Sequence[Mention], lexicon: Lexicon) -> EntityIndex:
    """Group a document's mentions into entities.

    mentions: the document's mentions (from :func:`find_mentions`).
    lexicon: for place names (a place takes its gazetteer name; "Tiongkok" → "China").
    RETURNS: the EntityIndex.
    """
    names: dict[str, str] = {}  # key → first surface form
    for m in mentions:
        key = name_key(m.text)
        if key in lexicon.places:
            names.setdefault(key, lexicon.places[key])
        names.setdefault(key, m.text)
    parent = {k: k for k in names}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:  # b joins a's group
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    # places: all names of one place go together
    for key in list(names):
        if key in lexicon.places:
            canon = name_key(lexicon.places[key])
            names.setdefault(canon, lexicon.places[key])
            parent.setdefault(canon, canon)
            union(canon, key)
    for m in mentions:
        if m.alias_of is not None and name_key(m.alias_of) in names:
            union(name_key(m.alias_of), name_key(m.text))
    persons = {name_key(m.text) for m in mentions if m.type == "Person" and len(_tokens(m.text)) > 1}
    longer_all = sorted({name_key(m.text) for m in mentions if len(_tokens(m.text)) > 1})
    for key in sorted(names):
        toks = key.split()
        if len(toks) != 1 or key in lexicon.places:
            continue
        person_hits = [p for p in sorted(persons) if key in p.split()]
        version_hits = [
            n for n in longer_all if n.split()[0] == key and _is_version_tail(n.split()[1:])
        ]
        if len(person_hits) == 1:
            union(person_hits[0], key)
        elif len(version_hits) == 1 and not person_hits:
            union(version_hits[0], key)
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(find(name_key(m.text)), []).append(m)
    entities: dict[str, Entity] = {}
    at_word: dict[tuple[int, int], str] = {}
    for root, ms in groups.items():
        if all(m.headline for m in ms):
            continue
        main = [m for m in ms if m.alias_of is None] or ms
        if root in lexicon.places or any(name_key(m.text) in lexicon.places for m in ms):
            label = names[root]
        else:
            best = max(main, key=lambda m: (len(_tokens(m.text)), len(m.text), -m.start))
            label = best.text
        typed = sorted(ms, key=lambda m: (_rank(m.type_source), m.start))
        etype = typed[0].type or "Organization"
        source = typed[0].type_source
        aliases = sorted({m.text for m in ms if name_key(m.text) != name_key(label)}
                         | ({names[root]} if name_key(names[root]) != name_key(label) else set()),
                         key=lambda s: (s.casefold(), s))
        ent = Entity(label=label, type=etype, aliases=tuple(aliases), mentions=tuple(ms), type_source=source)
        entities[label] = ent
        for m in ms:
            for i in m.words:
                at_word[(m.sentence, i)] = label
    return EntityIndex(entities=entities, at_word=at_word)


class EntityRegistry:
    """Resolves entities across documents, one document at a time (streaming).

    A document's entity joins a known one when one of its names (label or alias) equals a known name, or when it is a
    one-word name that is part of exactly one known multi-word person name ("Altman" → "Sam Altman"). The first
    label seen stays canonical; other names become aliases; the strongest type evidence wins. Feed documents in a
    fixed order (the build sorts its inputs) and the result is deterministic.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._entities: dict[str, Entity] = {}
        self._documents: dict[str, list[str]] = {}

    def _match(self, entity: Entity) -> str | None:
        for name in (entity.label, *entity.aliases):
            found = self._by_key.get(name_key(name))
            if found is not None:
                return found
        toks = name_key(entity.label).split()
        if len(toks) == 1 and entity.type in ("Person", "Organization") and entity.type_source in ("default", "ner"):
            hits = [label for label, e in self._entities.items()
                    if e.type == "Person" and len(name_key(label).split()) > 1 and toks[0] in name_key(label).split()]
            if len(hits) == 1 and (entity.type == "Person" or entity.type_source == "default"):
                return hits[0]
        return None

    def add(self, document: str, entities: Iterable[Entity]) -> dict[str, str]:
        """Merge one document's entities.

        document: the document id.
        entities: its entities (from :func:`resolve_entities`).
        RETURNS: the map from each local label to the global canonical label.
        """
        mapping: dict[str, str] = {}
        for ent in entities:
            target = self._match(ent)
            if target is None:
                self._entities[ent.label] = replace(ent, mentions=())
                self._documents[ent.label] = [document]
                target = ent.label
            else:
                known = self._entities[target]
                names = {*known.aliases, ent.label, *ent.aliases} - {known.label}
                names = {n for n in names if name_key(n) != name_key(known.label)}
                better = _rank(ent.type_source) < _rank(known.type_source)
                self._entities[target] = replace(
                    known,
                    aliases=tuple(sorted(names, key=lambda s: (s.casefold(), s))),
                    type=ent.type if better else known.type,
                    type_source=ent.type_source if better else known.type_source,
                )
                if document not in self._documents[target]:
                    self._documents[target].append(document)
            for name in (ent.label, *ent.aliases):
                self._by_key.setdefault(name_key(name), target)
            mapping[ent.label] = target
        return mapping

    def entities(self) -> list[tuple[Entity, list[str]]]:
        """RETURNS every entity with the ids of the documents that mention it, sorted by label."""
        return [(self._entities[k], list(self._documents[k])) for k in sorted(self._entities)]
