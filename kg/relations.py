"""Relations from dependency paths, lemma triggers and noun-phrase patterns.

Pure functions over records: :func:`find_claims` takes a parsed Document and its EntityIndex and returns Claims
(certainty is set afterwards by :mod:`kg.certainty`). The rules, each named in the claim's ``extractor``:

* ``verb-active`` / ``verb-passive``: a verb whose root triggers a relation (triggers.toml). The subject is its
  ``nsubj`` (active) or its ``obl``/``obl:agent`` "oleh" phrase (passive); without one it is inherited from the noun a
  relative clause modifies ("Meta, yang merekrut …") or from the governing verb (conj, xcomp, advcl: "…, sambil
  merekrut …"). Coordinated subjects and objects give one claim each ("Google dan Meta bersaing" → a pair).
* ``noun-trigger``: a nominalisation ("penundaan peluncuran X oleh Y", "persaingan antara A dan B", "pesaing B");
  light verbs ("melakukan perekrutan") lend their subject. A competition noun with only its "dengan" partner named
  takes the clause subject, else the document's most mentioned peer so far (lower confidence).
* ``title-apposition``: "CEO OpenAI, Sam Altman" / "Sam Altman, CEO OpenAI" → ceoOf (titles in types.toml).
* ``possessive-company``: "perusahaan Mark Zuckerberg" → the organisation the text last named that has no other
  known leader; the person leads it.
* ``maker-phrase``: "model baru dari startup X", "chatbot buatan X" next to a model or product → developedBy.
* ``place-modifier``: a known place inside an organisation's noun phrase ("startup AI China Moonshot AI",
  "perusahaan asal Korea Selatan") → basedIn.

Direction matters: the grammatical subject of an active trigger is the relation's subject unless the relation is
``inverse`` (X mengembangkan Y → Y developedBy X).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.entities import DEMONSTRATIVES, PRONOUNS, EntityIndex
from kg.items import Claim, Event
from kg.lexicon import Lexicon, RelationSpec, roots_of, stem
from kg.records import Document, Sentence, Word

log = logging.getLogger(__name__)

VERB_PREFIXES = ("me", "di", "ber", "ter", "mem", "men", "meng", "meny", "memper", "diper")
NOUN_AFFIXES = ("pe", "per", "ke", "pen", "pem", "peng", "peny")
NP_DEPRELS = ("appos", "flat", "flat:name", "compound", "nmod", "nmod:poss", "amod", "flat:foreign", "det")
NOMINAL_BOUNDARY = frozenset({"acl:relcl", "acl", "punct", "appos", "conj", "cc", "advmod", "parataxis"})
# prepositions under which a noun phrase may still name what it is about ("model seperti Llama 3", "talenta dari X")
NP_CASES = frozenset({"", "milik", "dari", "asal", "seperti", "yakni", "yaitu", "termasuk", "bernama"})
PEER_TYPES = frozenset({"Organization", "Person", "AIModel", "Product"})

CONF_VERB = 0.9
CONF_INHERITED = 0.8
CONF_NOUN = 0.75
CONF_TOPIC = 0.6
CONF_NP = 0.85
CONF_COREF = 0.65


def _base(deprel: str) -> str:
    return deprel.split(":")[0]


def case_of(sentence: Sentence, word: Word) -> str:
    """RETURNS the lowercased preposition ("case" or "mark" dependent) introducing a word, or ""."""
    for child in sentence.children(word.id):
        if child.deprel in ("case", "mark") and child.upos in ("ADP", "SCONJ", "ADV", "NOUN", "VERB"):
            return child.text.lower()
    return ""


def _is_affixed(text: str, root: str) -> bool:
    low = text.lower()
    return low != root and not low.startswith(root)


def is_passive(word: Word) -> bool:
    """RETURNS True for a passive verb (Voice=Pass, or a di- form whose root differs)."""
    if word.feats and "Voice=Pass" in word.feats:
        return True
    low = word.text.lower()
    return low.startswith("di") and word.upos == "VERB" and stem(low) != low and not low.startswith(stem(low))


def is_verbal(word: Word, root: str) -> bool:
    """RETURNS True when a trigger word is used as a verb (by POS, or by its verbal prefix when POS is unsure)."""
    if word.upos in ("VERB", "AUX"):
        return True
    if word.upos in ("NOUN", "PROPN", "X"):
        return False
    low = word.text.lower()
    return low.startswith(VERB_PREFIXES) and _is_affixed(low, root)


def find_triggers(sentence: Sentence, lexicon: Lexicon) -> Iterator[tuple[Word, RelationSpec, str]]:
    """Find the words of a sentence whose root triggers a relation.

    sentence: the sentence.
    lexicon: the trigger lexicon.
    RETURNS: (word, relation spec, matched root) for each trigger, in sentence order.
    """
    words = sentence.words
    for i, word in enumerate(words):
        cands = list(roots_of(word.text, word.lemma))
        if i + 1 < len(words):
            nxt = words[i + 1].text.lower()
            cands += [f"{r} {nxt}" for r in cands]
        seen: set[str] = set()
        for root in cands:
            for rel in lexicon.relations_for_root(root):
                spec = lexicon.relations[rel]
                if rel in seen:
                    continue
                if root in spec.affixed_only and not _is_affixed(word.text, root.split()[0]):
                    continue
                seen.add(rel)
                yield word, spec, root


@dataclass
class DocContext:
    """What a document has established so far, for coreference: mention counts, leaders, events, recent entities."""

    index: EntityIndex
    counts: Counter[str] = field(default_factory=Counter)
    leaders: dict[str, str] = field(default_factory=dict)  # organisation → person who leads it
    events: dict[tuple[str, str], list[Event]] = field(default_factory=dict)  # (kind, subject) → events
    recent: list[str] = field(default_factory=list)  # entity labels in order of mention

    def see_sentence(self, sentence: Sentence) -> None:
        """Record the entities mentioned in a sentence (after its claims were found)."""
        seen: list[str] = []
        for w in sentence.words:
            ent = self.index.at(sentence.index, w.id)
            if ent is not None and (not seen or seen[-1] != ent.label):
                seen.append(ent.label)
        for label in seen:
            self.counts[label] += 1
            self.recent.append(label)

    def last_of(self, types: frozenset[str], exclude: frozenset[str] = frozenset()) -> str | None:
        """RETURNS the most recently mentioned entity of one of ``types`` not in ``exclude``."""
        for label in reversed(self.recent):
            if self.index.type_of(label) in types and label not in exclude:
                return label
        return None

    def topic(self, types: frozenset[str], exclude: frozenset[str]) -> str | None:
        """RETURNS the most mentioned entity so far of one of ``types`` (ties: first mentioned), or None."""
        best = [
            (-n, self.recent.index(label), label)
            for label, n in self.counts.items()
            if self.index.type_of(label) in types and label not in exclude
        ]
        return min(best)[2] if best else None


class _Extractor:
    """Finds the claims of one sentence; holds the sentence, document and lexicon to keep signatures short."""

    def __init__(self, doc: Document, sentence: Sentence, ctx: DocContext, lexicon: Lexicon) -> None:
        self.doc, self.s, self.ctx, self.lex = doc, sentence, ctx, lexicon
        self.claims: list[Claim] = []

    # ---- argument resolution -------------------------------------------------------------------------------------

    def entity(self, word: Word) -> str | None:
        ent = self.ctx.index.at(self.s.index, word.id)
        return ent.label if ent else None

    def type_ok(self, label: str, types: frozenset[str]) -> bool:
        ent = self.ctx.index.entities.get(label)
        if ent is None:
            return False
        if not types or ent.type in types:
            return True
        # a name typed only by default may fill any non-place slot
        return ent.type_source == "default" and "Place" not in types and bool(types & PEER_TYPES)

    def resolve(self, word: Word, types: frozenset[str], depth: int = 0) -> list[str]:
        """Entities a noun phrase (and its coordinated phrases) refers to, of the wanted types."""
        out = self._resolve_one(word, types, depth)
        for child in self.s.children(word.id):
            if child.deprel == "conj" and depth < 3:
                out += [x for x in self._resolve_one(child, types, depth + 1) if x not in out]
        return out

    def _resolve_one(self, word: Word, types: frozenset[str], depth: int) -> list[str]:
        label = self.entity(word)
        if label is not None:
            return [label] if self.type_ok(label, types) else []
        low = word.text.lower()
        if low == "yang" and word.head:  # relative pronoun: the noun the clause modifies
            clause = self.s.word(word.head)
            if clause.head and clause.deprel.startswith("acl"):
                return self.resolve(self.s.word(clause.head), types, depth + 1)
            return []
        if word.upos == "PRON" or low in PRONOUNS:
            if low in PRONOUNS or word.lemma.lower() in PRONOUNS:
                found = self.ctx.last_of(types or PEER_TYPES)
                return [found] if found else []
            return []
        if depth > 3:
            return []
        cue = self.lex.type_cues.get(low) or self.lex.type_cues.get(word.lemma.lower())
        if cue == "Organization" and "Organization" in types:  # "perusahaan Mark Zuckerberg"
            owner = self._possessor_person(word)
            if owner is not None:
                org = self.company_of(owner, word)
                return [org] if org else []
        # a noun heading a name ("startup AI China Moonshot AI", "CEO OpenAI, Sam Altman", "talenta OpenAI")
        children = self.s.children(word.id)
        ordered = sorted(children, key=lambda c: (NP_DEPRELS.index(c.deprel) if c.deprel in NP_DEPRELS else 99, c.id))
        for child in ordered:
            if child.deprel not in NP_DEPRELS or child.deprel == "det":
                continue
            if child.deprel == "nmod" and case_of(self.s, child) not in NP_CASES:
                continue
            found = self._resolve_one(child, types, depth + 1)
            if found:
                return found
        if cue == "Organization" and "Organization" in types:
            if any(c.text.lower() in DEMONSTRATIVES for c in children):  # "perusahaan itu"
                found = self.ctx.last_of(frozenset({"Organization"}))
                return [found] if found else []
        return []

    def _possessor_person(self, word: Word) -> str | None:
        for child in self.s.children(word.id):
            if child.deprel in ("nmod", "nmod:poss", "compound", "flat", "flat:name", "appos"):
                label = self.entity(child)
                if label and self.ctx.index.type_of(label) == "Person":
                    return label
        return None

    def company_of(self, person: str, cue_word: Word) -> str | None:
        """The organisation meant by "perusahaan <person>": one they lead, else the last one named without a leader."""
        for org, leader in self.ctx.leaders.items():
            if leader == person:
                return org
        taken = frozenset(org for org, leader in self.ctx.leaders.items() if leader != person)
        org = self.ctx.last_of(frozenset({"Organization"}), exclude=taken)
        if org is not None and self.type_ok(org, frozenset({"Organization"})):
            self.add(person, "leads", org, "possessive-company", CONF_COREF, cue_word, nominal=True)
            return org
        return None

    def subject_of(self, verb: Word, types: frozenset[str], depth: int = 0) -> tuple[list[str], bool]:
        """Subject entities of an active verb: its nsubj, else inherited. RETURNS (labels, inherited?)."""
        wanted = ("nsubj", "csubj") if depth == 0 else ("nsubj", "csubj", "nsubj:pass")
        for child in self.s.children(verb.id):
            if child.deprel in wanted:
                return self.resolve(child, types), depth > 0
        if depth > 3 or not verb.head:
            return [], False
        gov = self.s.word(verb.head)
        if verb.deprel.startswith("acl"):
            return self.resolve(gov, types), True
        if _base(verb.deprel) in ("conj", "xcomp", "advcl") and gov.upos in ("VERB", "AUX", "ADJ", "NOUN"):
            # shared grammatical subject: "Meta dikabarkan merekrut …", "…, sambil merekrut …", "X … dan merilis …"
            subj, _ = self.subject_of(gov, types, depth + 1)
            return subj, True
        return [], False

    def agent_of(self, verb: Word, types: frozenset[str]) -> list[str]:
        """Agent of a passive verb: "oleh X" (obl/obl:agent/nmod) or a bare obl:agent ("ditunjukkan Altman")."""
        for child in self.s.children(verb.id):
            by_oleh = _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) == "oleh"
            if child.deprel == "obl:agent" or by_oleh:
                return self.resolve(child, types)
        return []

    def patient_of(self, verb: Word) -> Word | None:
        for child in self.s.children(verb.id):
            if child.deprel in ("nsubj:pass", "nsubj"):
                return child
        if verb.deprel.startswith("acl") and verb.head:
            return self.s.word(verb.head)
        return None

    def object_word(self, verb: Word, spec: RelationSpec) -> Word | None:
        for child in self.s.children(verb.id):
            if child.deprel == "obj":
                return child
        for child in self.s.children(verb.id):
            if _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) in spec.object_cases:
                return child
        for child in self.s.children(verb.id):  # "merilis X" parsed as xcomp/ccomp/compound of the verb
            if child.deprel in ("xcomp", "compound") and child.upos in ("NOUN", "PROPN"):
                return child
        return None

    def partners(self, word: Word, spec: RelationSpec, types: frozenset[str]) -> list[str]:
        """Second parties of a symmetric relation: "dengan B", "antara A dan B", looked for on the word, then on its
        governor's other dependents (the "dengan" phrase often attaches to the clause)."""
        places = [word]
        while len(places) < 3 and places[-1].head and _base(places[-1].deprel) not in ("root", "conj", "parataxis"):
            places.append(self.s.word(places[-1].head))
        for host in places:
            for child in self.s.children(host.id):
                if child.id == word.id:
                    continue
                if _base(child.deprel) not in ("obl", "nmod", "advcl", "obj"):
                    continue
                if case_of(self.s, child) in spec.partner_cases:
                    found = self.resolve(child, types)
                    if found:
                        return found
        return []

    # ---- events ---------------------------------------------------------------------------------------------------

    def np_label(self, head: Word) -> str:
        """Text of a noun phrase without relative clauses, demonstratives, appositions or punctuation."""
        keep: list[Word] = []

        def walk(w: Word) -> None:
            keep.append(w)
            for c in self.s.children(w.id):
                if c.deprel in NOMINAL_BOUNDARY or c.deprel in ("mark", "cop", "nsubj", "obl", "advcl"):
                    continue
                if c.deprel == "case" and w.id == head.id:
                    continue
                if c.text.lower() in DEMONSTRATIVES:
                    continue
                walk(c)

        walk(head)
        keep.sort(key=lambda w: w.id)
        parts: list[str] = []
        last_end = -1
        for w in keep:
            if w.start == last_end or (parts and w.start < last_end):
                if w.start < last_end:
                    continue  # part of the same multiword token
                parts[-1] += self.doc.text[w.start:w.end] if self.doc.text else w.text
            else:
                parts.append(self.doc.text[w.start:w.end] if self.doc.text else w.text)
            last_end = w.end
        return " ".join(" ".join(parts).split())

    def make_event(self, kind: str, subject: str, obj: Word | None) -> Event | None:
        """The event a trigger's object describes; reuses an earlier event of the same kind and subject when the
        object is a demonstrative ("rilis ini"), absent, or names the same head root ("Rilis" ~ "perilisan")."""
        earlier = self.ctx.events.get((kind, subject), [])
        if obj is None:
            return earlier[-1] if earlier else None
        label = self.np_label(obj)
        demonstrative = any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(obj.id))
        if earlier and (demonstrative or not label):
            return earlier[-1]
        head_root = stem(obj.text)
        for ev in earlier:
            if stem(ev.label.split()[0]) == head_root:
                return ev
        if not label:
            return None
        about = None
        for w in [obj, *self._subtree(obj)]:
            ent = self.ctx.index.at(self.s.index, w.id)
            if ent is not None and ent.type in ("AIModel", "Product"):
                about = ent.label
                break
        event = Event(kind=kind, label=label, document=self.doc.id, about=about)
        self.ctx.events.setdefault((kind, subject), []).append(event)
        return event

    def _subtree(self, word: Word, *, keep_clauses: bool = False) -> list[Word]:
        out: list[Word] = []
        stack = list(self.s.children(word.id))
        while stack:
            w = stack.pop()
            if w.deprel in ("acl:relcl", "acl") and not keep_clauses:
                continue
            out.append(w)
            stack.extend(self.s.children(w.id))
        return sorted(out, key=lambda w: w.id)

    # ---- emitting -------------------------------------------------------------------------------------------------

    def add(self, subject: str, predicate: str, obj: str | Event, rule: str, confidence: float, trigger: Word,
            *, nominal: bool = False) -> None:
        if isinstance(obj, str) and obj == subject:
            return
        if predicate in ("leads", "ceoOf") and isinstance(obj, str):
            self.ctx.leaders.setdefault(obj, subject)
        self.claims.append(
            Claim(subject=subject, predicate=predicate, object=obj, document=self.doc.id, sentence=self.s.index,
                  start=self.s.start, end=self.s.end, evidence=self.s.text, confidence=round(confidence, 2),
                  extractor=f"rule:{rule}", trigger=trigger.text, trigger_word=trigger.id, nominal=nominal)
        )

    def emit(self, spec: RelationSpec, subjects: list[str], objects: list[str | Event], rule: str, conf: float,
             trigger: Word) -> None:
        for subj in subjects:
            for obj in objects:
                s, o = (obj, subj) if spec.inverse else (subj, obj)
                if isinstance(s, Event):
                    continue
                self.add(s, spec.name, o, rule, conf, trigger)

    # ---- rules ----------------------------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        for word, spec, root in find_triggers(self.s, self.lex):
            try:
                if is_verbal(word, root.split()[0]):
                    self.verb_rule(word, spec)
                elif word.upos in ("NOUN", "PROPN", "X", "ADJ"):
                    self.noun_rule(word, spec)
            except (IndexError, KeyError) as err:  # a malformed parse must not fail the document
                log.warning("%s sentence %d: skipped trigger %r (%s)", self.doc.id, self.s.index, word.text, err)
        self.title_rule()
        self.maker_rule()
        self.place_rule()
        return self.claims

    def _sides(self, spec: RelationSpec) -> tuple[frozenset[str], frozenset[str]]:
        """(types of the grammatical subject, types of the grammatical object) for a trigger."""
        if spec.inverse:
            return spec.object_types, spec.subject_types
        return spec.subject_types, spec.object_types

    def verb_rule(self, verb: Word, spec: RelationSpec) -> None:
        subj_types, obj_types = self._sides(spec)
        if is_passive(verb):
            subjects = self.agent_of(verb, subj_types)
            obj_word = self.patient_of(verb)
            rule, conf = "verb-passive", CONF_VERB - 0.05
        else:
            subjects, inherited = self.subject_of(verb, subj_types)
            obj_word = self.object_word(verb, spec)
            rule, conf = "verb-active", CONF_INHERITED if inherited else CONF_VERB
        if not subjects:
            return
        if spec.symmetric:
            partners = self.partners(verb, spec, obj_types)
            if not partners and obj_word is not None:  # "menantang ChatGPT"
                partners = self.resolve(obj_word, obj_types)
            if partners:
                self.emit(spec, subjects, list(partners), rule, conf, verb)
            elif len(subjects) > 1:  # "Google dan Meta bersaing"
                for i, a in enumerate(subjects):
                    for b in subjects[i + 1:]:
                        self.add(a, spec.name, b, rule + "-coordinated", conf, verb)
            return
        objects = self.objects(spec, obj_word, subjects, obj_types)
        self.emit(spec, subjects, objects, rule, conf * spec.confidence / 0.9 if spec.confidence < 0.9 else conf, verb)

    def objects(self, spec: RelationSpec, obj_word: Word | None, subjects: list[str],
                obj_types: frozenset[str]) -> list[str | Event]:
        if "Event" in obj_types:
            if obj_word is not None and not spec.inverse:
                ents = self.resolve(obj_word, obj_types - {"Event"}) if obj_types - {"Event"} else []
                ents = [e for e in ents if self.ctx.index.type_of(e) in ("AIModel", "Product")]
                if ents and spec.name != "delayed":
                    return list(ents)
            event = self.make_event(spec.name, subjects[0], obj_word) if subjects else None
            return [event] if event is not None else []
        if obj_word is None:
            return []
        found = list(self.resolve(obj_word, obj_types))
        if not found and obj_types <= frozenset({"AIModel", "Product"}):
            # "merilis model … yang semakin kuat seperti Llama 3": a named model anywhere in the object phrase
            for w in [obj_word, *self._subtree(obj_word, keep_clauses=True)]:
                ent = self.ctx.index.at(self.s.index, w.id)
                if ent is not None and ent.type in obj_types and ent.type_source != "default":
                    return [ent.label]
        return found

    def noun_rule(self, noun: Word, spec: RelationSpec) -> None:
        subj_types, obj_types = self._sides(spec)
        agents: list[str] = []
        others: list[Word] = []
        for child in self.s.children(noun.id):
            base, case = _base(child.deprel), case_of(self.s, child)
            if base in ("nmod", "obl") and case == "oleh":
                agents = self.resolve(child, subj_types)
            elif spec.symmetric and case in spec.partner_cases:
                continue
            elif child.deprel in ("nmod", "nmod:poss", "compound", "flat", "appos") and (
                case in ("", *spec.object_cases)
            ):
                others.append(child)
        if spec.symmetric:
            self.competition_noun(noun, spec, others)
            return
        objects: list[str | Event] = []
        obj_word: Word | None = None
        for child in others:
            ents = self.resolve(child, subj_types | obj_types - {"Event"})
            as_agent = [e for e in ents if self.ctx.index.type_of(e) in subj_types and not self._is_object(e, spec)]
            if not agents and as_agent:
                agents = as_agent
            elif obj_word is None:
                obj_word = child
        if not agents and noun.deprel in ("obj", "xcomp") and noun.head:  # light verb: "melakukan perekrutan"
            gov = self.s.word(noun.head)
            agents, _ = self.subject_of(gov, subj_types)
        if not agents:
            return
        if "Event" in obj_types:
            event = self.make_event(spec.name, agents[0], obj_word)
            objects = [event] if event is not None else []
        elif obj_word is not None:
            objects = list(self.resolve(obj_word, obj_types))
        self.emit(spec, agents, objects, "noun-trigger", CONF_NOUN, noun)

    def _is_object(self, label: str, spec: RelationSpec) -> bool:
        t = self.ctx.index.type_of(label)
        return t in spec.object_types and t not in spec.subject_types

    def competition_noun(self, noun: Word, spec: RelationSpec, mods: list[Word]) -> None:
        types = spec.subject_types
        between = [c for c in self.s.children(noun.id) if case_of(self.s, c) == "antara"]
        if between:
            parties = self.resolve(between[0], types)
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    self.add(a, spec.name, b, "noun-trigger", CONF_NOUN, noun)
            return
        owners = [x for c in mods for x in self.resolve(c, types)]
        partners = self.partners(noun, spec, types)
        first: list[str] = []
        rule, conf = "noun-trigger", CONF_NOUN
        if noun.deprel == "appos" and noun.head:  # "A, pesaing B"
            first = self.resolve(self.s.word(noun.head), types)
            partners = partners or owners
        elif any(c.deprel in ("nsubj", "cop") for c in self.s.children(noun.id)):  # "A adalah pesaing B"
            first = [x for c in self.s.children(noun.id) if c.deprel == "nsubj" for x in self.resolve(c, types)]
            partners = partners or owners
        elif partners:
            first = owners
        elif len(owners) > 1:
            first, partners = owners[:1], owners[1:]
        if partners and not first:  # "di tengah persaingan … dengan Meta": the clause subject, else the topic
            gov = self.s.word(noun.head) if noun.head else None
            if gov is not None:
                first, _ = self.subject_of(gov, types)
            if not first:
                topic = self.ctx.topic(types, exclude=frozenset(partners))
                first = [topic] if topic else []
                rule, conf = "noun-trigger+topic", CONF_TOPIC
        for a in first:
            for b in partners:
                self.add(a, spec.name, b, rule, conf, noun)

    def title_rule(self) -> None:
        words = self.s.words
        for i, w in enumerate(words):
            title = None
            for n in (3, 2, 1):
                phrase = " ".join(x.text.lower() for x in words[i:i + n])
                if len(words[i:i + n]) == n and phrase in self.lex.titles:
                    title = phrase
                    break
            if title is None or self.entity(w) is not None:
                continue
            rel = self.lex.titles[title]
            person_t, org_t = frozenset({"Person"}), frozenset({"Organization"})
            orgs: list[str] = []
            persons: list[str] = []
            for child in self.s.children(w.id):
                if child.deprel == "appos" or child.deprel == "nsubj":
                    persons += self.resolve(child, person_t)
                elif child.deprel in ("compound", "nmod", "flat", "flat:name", "nmod:poss") and (
                    case_of(self.s, child) in ("", "di", "dari")
                ):
                    got = self.resolve(child, org_t)
                    orgs += [g for g in got if self.ctx.index.type_of(g) != "Person"]
                    persons += [x for x in self.resolve(child, person_t) if self.ctx.index.type_of(x) == "Person"]
            if w.head and w.deprel in ("appos", "flat", "flat:name", "compound", "nmod"):
                persons += [p for p in self.resolve(self.s.word(w.head), person_t)
                            if self.ctx.index.type_of(p) == "Person"]
            if not orgs:  # linear fallback: the name right after the title
                nxt = words[i + len(title.split())] if i + len(title.split()) < len(words) else None
                if nxt is not None:
                    label = self.entity(nxt)
                    if label and self.ctx.index.type_of(label) != "Person" and self.type_ok(label, org_t):
                        orgs.append(label)
            if not persons:  # "CEO OpenAI, Sam Altman" with the name attached elsewhere: the name after the comma
                j = i + len(title.split())
                while j < len(words) and self.entity(words[j]) is not None and self.entity(words[j]) in orgs:
                    j += 1
                if j + 1 < len(words) and words[j].text == ",":
                    label = self.entity(words[j + 1])
                    if label and self.ctx.index.type_of(label) == "Person":
                        persons.append(label)
            for p in dict.fromkeys(persons):
                for o in dict.fromkeys(orgs):
                    self.add(p, rel, o, "title-apposition", CONF_NP, w, nominal=True)

    def maker_rule(self) -> None:
        product_t = frozenset({"AIModel", "Product"})
        maker_t = frozenset({"Organization", "Person"})
        for w in self.s.words:
            if _base(w.deprel) not in ("nmod", "obl", "acl", "amod") or not w.head:
                continue
            case = case_of(self.s, w)
            if case not in self.lex.maker_cases and w.text.lower() not in self.lex.maker_cases:
                continue
            gov = self.s.word(w.head)
            products = [p for p in self._product_of(gov) if self.ctx.index.type_of(p) in product_t]
            if not products:
                continue
            makers = [m for m in self.resolve(w, maker_t) if self.ctx.index.type_of(m) in maker_t]
            for p in products:
                for m in makers:
                    self.add(p, "developedBy", m, "maker-phrase", CONF_NP, w, nominal=True)

    def _product_of(self, word: Word) -> list[str]:
        label = self.entity(word)
        if label:
            return [label]
        cue = self.lex.type_cues.get(word.text.lower()) or self.lex.type_cues.get(word.lemma.lower())
        if cue not in ("AIModel", "Product"):
            return []
        if word.deprel == "appos" and word.head:  # "Kimi K2—model … dari X"
            return self.resolve(self.s.word(word.head), frozenset({"AIModel", "Product"}))
        for child in self.s.children(word.id):
            if child.deprel in ("appos", "flat", "flat:name", "compound"):
                got = self.resolve(child, frozenset({"AIModel", "Product"}))
                if got:
                    return got
        return []

    def place_rule(self) -> None:
        for w in self.s.words:
            place = self.entity(w)
            if place is None or self.ctx.index.type_of(place) != "Place" or not w.head:
                continue
            if self.ctx.index.at(self.s.index, w.head) is not None and self.entity(self.s.word(w.head)) == place:
                continue
            case = case_of(self.s, w)
            if w.deprel not in ("compound", "flat", "flat:name", "amod", "nmod", "appos") or (
                case and case not in self.lex.origin_cases
            ):
                continue
            gov = self.s.word(w.head)
            orgs = [o for o in self.resolve(gov, frozenset({"Organization"}))
                    if self.ctx.index.type_of(o) == "Organization"]
            if not orgs and gov.head and gov.deprel in ("appos", "flat", "compound"):
                orgs = [o for o in self.resolve(self.s.word(gov.head), frozenset({"Organization"}))
                        if self.ctx.index.type_of(o) == "Organization"]
            for o in orgs:
                self.add(o, "basedIn", place, "place-modifier", CONF_NP, w, nominal=True)
        # a known place written right before an organisation's name, inside one phrase ("startup China Moonshot AI")
        ws = self.s.words
        for a, b in zip(ws, ws[1:]):
            pa, ob = self.entity(a), self.entity(b)
            if not pa or not ob or pa == ob:
                continue
            if self.ctx.index.type_of(pa) != "Place" or self.ctx.index.type_of(ob) != "Organization":
                continue
            first = a.id
            while first > 1 and self.entity(ws[first - 2]) == pa:
                first -= 1
            if first > 1 and ws[first - 2].upos == "ADP":  # "di China Meta …" is a place adverbial, not a modifier
                continue
            self.add(ob, "basedIn", pa, "place-modifier", CONF_NP - 0.1, a, nominal=True)


def find_claims(doc: Document, index: EntityIndex, lexicon: Lexicon) -> list[Claim]:
    """Extract the claims of a document, sentence by sentence, in order (coreference looks back, never ahead).

    doc: the parsed document.
    index: its entities (from :func:`kg.entities.resolve_entities`).
    lexicon: the lexicons.
    RETURNS: the claims, all "asserted" (see :func:`kg.certainty.assess_claims`), without duplicates.
    """
    ctx = DocContext(index=index)
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    for sentence in doc.sentences:
        for claim in _Extractor(doc, sentence, ctx, lexicon).run():
            key = (claim.sentence, claim.subject, claim.predicate, claim.object)
            if key not in seen:
                seen.add(key)
                claims.append(claim)
        ctx.see_sentence(sentence)
    return claims
