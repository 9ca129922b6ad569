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
* ``title-apposition``: "CEO OpenAI, Sam Altman" / "Sam Altman, CEO OpenAI" → ceoOf (titles in types.toml); also
  read linearly, so attachment errors do not matter: "Direktur Utama X (Tbk) Y", "Kepala X Jenderal (Purn) Y",
  "Y selaku Ketua X". Deputies ("Wakil Ketua") and branch heads ("Kepala Perwakilan X") are not leaders.
* ``transfer``: "X hijrah dari B ke A" → A recruitsFrom B. ``monopoly-ended``: "A bukan lagi monopoli … dengan
  masuknya B" → B competesWith A (asserted: the negation is the monopoly's). ``noun-trigger+received``: "Y meraih
  pendanaan dari X" → X investsIn Y. A restricted root needs a fitting object ("membeli saham X", not "membeli
  pesawat X"). A light verb lends its subject only when it triggers nothing itself ("menunda peluncuran X" is no
  release).
* ``possessive-apposition``: "partai X, Y" (a party owned by person X, apposed to its name Y) → X leads Y.
* ``possessive-company``: "perusahaan Mark Zuckerberg" → the organisation the text last named that has no other
  known leader; the person leads it.
* ``maker-phrase``: "model baru dari startup X", "chatbot buatan X" next to a model or product → developedBy.
* ``place-modifier``: a known place inside an organisation's noun phrase ("startup AI China Moonshot AI",
  "perusahaan asal Korea Selatan") → basedIn.

Fallbacks for the real parser's attachment errors, each marked in ``extractor`` and given a lower confidence:
``+linear`` (the nearest name of the right type before/after the verb inside its clause), ``+nearest`` (a symmetric
verb whose subject is not in the tree), ``+owner`` (an agentless passive or nominal delay: the organisation whose thing
it is, else the document's topic), a relative "yang" under an advcl (the name right before "yang"), an "oleh" phrase
hung on an active verb (it belongs to the nominal trigger), and "A dan B <symmetric verb>" read linearly.

Coreference (small and explained): a pronoun or "-nya" is the nearest entity of the wanted type before it in the
sentence, else the last one named before; a definite description ("perusahaan itu", "Asosiasi … ini") is the last
entity of the cue noun's type ("kedua perusahaan itu": the last two); "perusahaan <person>" is the organisation that
person leads, else the last one named; a title heading a subject ("CEO X Y mengumumkan …") acts through its holder Y;
a passive opening a sentence with no subject ("… . Dirilis pada 1997.") is about the product last named, released by
its maker.

Events (``delayed``) keep the time and reason their clause gives, as written ("hingga Maret", "karena hujan"). A claim
in a sentence quoting a named source ("…, kata X") records it (``stated_by``), keeping the certainty of its content.

Direction matters: the grammatical subject of an active trigger is the relation's subject unless the relation is
``inverse`` (X mengembangkan Y → Y developedBy X).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from kg.entities import COPULAS, DEMONSTRATIVES, PRONOUNS, QUOTES, EntityIndex
from kg.items import Claim, Entity, Event
from kg.lexicon import Lexicon, RelationSpec, roots_of, stem
from kg.records import Document, Sentence, Word

log = logging.getLogger(__name__)

VERB_PREFIXES = ("me", "di", "ber", "ter", "mem", "men", "meng", "meny", "memper", "diper")
NOUN_AFFIXES = ("pe", "per", "ke", "pen", "pem", "peng", "peny")
REFLEXIVES = frozenset({"diri", "dirinya"})
# maker cases that are prepositions, not nouns: they need the tree ("model dari X" is not always made by X)
PREPOSITION_MAKERS = frozenset({"dari", "milik", "produk"})
# how the second word of a two-word verb ("ambil alih", "tanam modal") hangs under the first
PARTICLE_DEPRELS = frozenset({"xcomp", "compound", "compound:prt", "advmod", "fixed"})
NP_DEPRELS = ("appos", "flat", "flat:name", "compound", "nmod", "nmod:poss", "amod", "flat:foreign", "det")
NOMINAL_BOUNDARY = frozenset({"acl:relcl", "acl", "punct", "appos", "conj", "cc", "advmod", "parataxis"})
# prepositions under which a noun phrase may still name what it is about ("model seperti Llama 3", "talenta dari X")
NP_CASES = frozenset({"", "milik", "dari", "asal", "seperti", "yakni", "yaitu", "termasuk", "bernama"})
PEER_TYPES = frozenset({"Organization", "Person", "AIModel", "Product"})
PRODUCT_TYPES = frozenset({"AIModel", "Product"})
# words that open a quantity before a noun phrase ("sekitar 30 insinyur", "sebanyak 75 persen saham")
QUANTITY_OPENERS = ("sekitar", "sebanyak", "hampir", "lebih", "kurang", "setidaknya", "sedikitnya", "total")

# words that may stand between a person and their title ("Y, yang kini menjabat sebagai Ketua X")
LINKS = frozenset({"selaku", "sebagai", "yang", "kini", "sekarang", "menjabat", "adalah", "merupakan", "juga",
                   "saat", "ini", "masih", "pernah", "mantan", "sang", "terpilih", "dipilih", "diangkat", "ditunjuk",
                   "dilantik", "menjadi", "resmi", "kembali", "akan", "bakal", "diperkirakan", "dikabarkan",
                   "kabarnya", "rencananya", "segera", "telah", "sudah", "baru", "tengah", "sedang"})

CONF_VERB = 0.9
CONF_INHERITED = 0.8
CONF_NOUN = 0.75
CONF_TOPIC = 0.6
CONF_NP = 0.85
CONF_COREF = 0.65


def weak_person(ent: Entity) -> bool:
    """True for a name typed Person or Place only by the NER and only ever written as one word (no title, no full
    name, not in the gazetteer): the NER often tags one-word company names so."""
    return (ent.type in ("Person", "Place") and ent.type_source == "ner"
            and all(len(m.words) == 1 for m in ent.mentions) and bool(ent.mentions))


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
        if i + 1 < len(words) and words[i + 1].text.lower() in REFLEXIVES:
            continue  # a verb or noun done to oneself is another word: "mengundurkan / pengunduran diri" is resigning
        cands = list(roots_of(word.text, word.lemma))
        if i + 1 < len(words):
            nxt = words[i + 1].text.lower()
            nxt = nxt[:-3] if nxt.endswith("nya") and len(nxt) > 5 else nxt  # "menanamkan modalnya"
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
    partners: dict[str, str] = field(default_factory=dict)  # symmetric relation → its last second party
    makers: dict[str, str] = field(default_factory=dict)  # product → who made it (from developedBy claims)
    subjects: list[str | None] = field(default_factory=list)  # per sentence: the named subject of its main clause

    def see_sentence(self, sentence: Sentence) -> None:
        """Record the entities mentioned in a sentence (after its claims were found), and its main clause's subject."""
        self.subjects.append(self._main_subject(sentence))
        seen: list[str] = []
        for w in sentence.words:
            ent = self.index.at(sentence.index, w.id)
            if ent is not None and (not seen or seen[-1] != ent.label):
                seen.append(ent.label)
        for label in seen:
            self.counts[label] += 1
            self.recent.append(label)

    def _main_subject(self, sentence: Sentence) -> str | None:
        root = next((w for w in sentence.words if w.head == 0), None)
        subj = next((c for c in sentence.children(root.id) if c.deprel in ("nsubj", "nsubj:pass")), None) if root else None
        if subj is None:
            return None
        for w in (subj, *(c for c in sentence.children(subj.id) if c.deprel in ("flat", "flat:name", "appos"))):
            ent = self.index.at(sentence.index, w.id)
            if ent is not None:
                return ent.label
        return None

    def recent_subject(self, types: frozenset[str], within: int = 3, exclude: frozenset[str] = frozenset()) -> str | None:
        """RETURNS the named main-clause subject of one of the last ``within`` sentences, the latest first, when it
        is of one of ``types`` (an organisation slot also takes a one-word name the NER calls a person) and not in
        ``exclude``."""
        for label in [x for x in self.subjects[-within:] if x is not None][::-1]:
            ent = self.index.entities.get(label)
            if label in exclude:
                continue
            if ent is not None and (ent.type in types or ("Organization" in types and weak_person(ent))):
                return label
        return None

    def last_of(self, types: frozenset[str], exclude: frozenset[str] = frozenset()) -> str | None:
        """RETURNS the most recently mentioned entity of one of ``types`` not in ``exclude``."""
        for label in reversed(self.recent):
            if self.index.type_of(label) in types and label not in exclude:
                return label
        return None

    def last_org(self, exclude: frozenset[str] = frozenset()) -> str | None:
        """RETURNS the most recently mentioned organisation not in ``exclude``, counting the one-word names the NER
        tags PER or LOC (it tags many company names so: "Meta", "Nvidia"), which an organisation slot may take."""
        for label in reversed(self.recent):
            ent = self.index.entities.get(label)
            if ent is not None and label not in exclude and (ent.type == "Organization" or weak_person(ent)):
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
        self.triggers: list[tuple[Word, RelationSpec, str]] = []  # the sentence's triggers, found once in run()

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
        if weak_person(ent) and "Organization" in types:
            return True  # the NER tags many one-word company names PER ("Sagarindo"): an organisation slot may take it
        if ent.type_source == "ner" and types <= PRODUCT_TYPES:
            return True  # the NER knows no products: what it tags ORG/PER may be the product a verb's slot wants
        # a name typed only by default may fill any non-place slot
        return ent.type_source == "default" and "Place" not in types and bool(types & PEER_TYPES)

    def resolve(self, word: Word, types: frozenset[str], depth: int = 0) -> list[str]:
        """Entities a noun phrase (and its coordinated phrases) refers to, of the wanted types."""
        out = self._resolve_one(word, types, depth)
        for child in self.s.children(word.id):
            if child.deprel == "conj" and depth < 3:  # "A, B dan C": C hangs on B
                out += [x for x in self.resolve(child, types, depth + 1) if x not in out]
        return out

    def _resolve_one(self, word: Word, types: frozenset[str], depth: int) -> list[str]:
        label = self.entity(word)
        if label is not None:
            if self.type_ok(label, types):
                return [label]
            if depth > 3:
                return []
            # a place written before the name inside one phrase ("startup AI China Moonshot AI"): look further in
            for child in self.s.children(word.id):
                if child.deprel in ("flat", "flat:name", "compound") and self.entity(child) != label:
                    found = self._resolve_one(child, types, depth + 1)
                    if found:
                        return found
            return []
        low = word.text.lower()
        if low == "yang" and word.head:  # relative pronoun: the noun the clause modifies
            clause = self.s.word(word.head)
            if clause.head and clause.deprel.startswith("acl"):
                return self.resolve(self.s.word(clause.head), types, depth + 1)
            # attachment error ("…, Meta, yang merekrut …" parsed as advcl): the phrase right before "yang"
            prev = word.id - 1
            while prev >= 1 and self.s.word(prev).upos == "PUNCT":
                prev -= 1
            if prev >= 1 and depth < 3:
                return self._resolve_one(self.s.word(prev), types, depth + 1)
            return []
        if low in ("kami", "kita") and "Organization" in types:
            org = self._speakers_org(word)  # "\"Kami akan …,\" kata Direktur PT X, Y": we = the speaker's company
            if org is not None:
                return [org]
        if word.upos == "PRON" or low in PRONOUNS:
            if low in PRONOUNS or word.lemma.lower() in PRONOUNS:
                antecedent = self.last_before(word, types or PEER_TYPES)
                return [antecedent] if antecedent else []
            return []
        if depth > 3:
            return []
        cue = self.lex.type_cues.get(low) or self.lex.type_cues.get(word.lemma.lower())
        if cue == "Organization" and "Organization" in types:  # "perusahaan Mark Zuckerberg"
            owner = self._possessor_person(word)
            speaker = False
            if owner is None and any(c.upos == "PRON" and c.text.lower() in ("nya", "-nya") and c.id == word.id + 1
                                     for c in self.s.children(word.id)):
                owner = self.last_before(word, frozenset({"Person"}))  # "pihaknya", "perusahaannya": the speaker's
                speaker = True
            if owner is not None:
                org = self.company_of(owner, word, claim_leader=not speaker)
                return [org] if org else []
        # a noun heading a name ("startup AI China Moonshot AI", "CEO OpenAI, Sam Altman", "talenta OpenAI")
        children = self.s.children(word.id)
        if "Person" in types and (low in self.lex.titles or any(t == (low,) for t in self.lex.name_titles)):
            # "CEO X Y mengumumkan …": the title's holder acts, not the organisation named in the title
            for w in self._subtree(word):
                label = self.entity(w)
                if label is not None and self.ctx.index.type_of(label) == "Person":
                    return [label]
        order = NP_DEPRELS
        if cue == "Place" or types == frozenset({"Place"}):  # "di kota Dover, Kent": the city's own name first
            order = ("flat", "flat:name", "compound", "appos", *NP_DEPRELS[4:])
        ordered = sorted(children, key=lambda c: (order.index(c.deprel) if c.deprel in order else 99, c.id))
        for child in ordered:
            if child.deprel not in NP_DEPRELS or child.deprel == "det":
                continue
            if child.deprel == "nmod" and case_of(self.s, child) in self.lex.origin_cases:
                # "Startup … asal China, DeepSeek, …": the name apposed after the origin belongs to the description
                for grand in self.s.children(child.id):
                    found = self.resolve(grand, types, depth + 1) if grand.deprel == "appos" else []
                    if found:
                        return found
                continue
            if child.deprel == "nmod" and case_of(self.s, child) not in NP_CASES and not (
                    case_of(self.s, child) == "antara"
                    and any(c.text.lower() == "lain" for c in self.s.children(child.id))):  # "antara lain A dan B"
                continue
            found = self.resolve(child, types, depth + 1)  # with its coordinated names ("yakni A dan B")
            if found:
                return found
        for child in children:  # a copular predicate ("X adalah klub … yang berbasis di Y"): its subject
            if child.deprel in ("nsubj", "nsubj:pass") and any(c.deprel == "cop" for c in children):
                found = self._resolve_one(child, types, depth + 1)
                if found:
                    return found
        if cue is not None and cue in types and word.id > 2 and self.s.word(word.id - 1).text == ",":
            # "Sagarindo, perusahaan … yang berbasis di X" with the apposition hung elsewhere: the name before it
            label = self.entity(self.s.word(word.id - 2))
            # ("X, model AI yang …": X may be typed a product elsewhere; "Menurut X, raksasa …" is no apposition)
            kinds = PRODUCT_TYPES if cue in PRODUCT_TYPES else frozenset({cue})
            if label is not None and self.ctx.index.type_of(label) in kinds and not self._quoted_source(label):
                return [label]
        if low in self.lex.self_references and "Organization" in types and not children:
            # "Perseroan juga berencana …": Indonesian business news calls the company it reports on "Perseroan"
            antecedent = self.last_before(word, frozenset({"Organization"}))
            return [antecedent] if antecedent else []
        # a definite description ("perusahaan itu", "Asosiasi yang bermarkas di X ini"): the last entity of that
        # type named before it, in this sentence or an earlier one
        if (cue is not None and cue in types and cue != "Person" and (any(
                c.text.lower() in DEMONSTRATIVES for c in [*children, *self._subtree(word, keep_clauses=True)])
                or self._demonstrative_after(word))):
            if any(c.text.lower() in ("kedua", "dua") for c in children):  # "kedua perusahaan itu": the last two
                return self.last_n_before(word, frozenset({cue}), 2)
            kinds = PRODUCT_TYPES if cue in PRODUCT_TYPES else frozenset({cue})  # "chatbot tersebut": Grok 3
            before = self.last_before(word, kinds, same_sentence=True)
            if word.deprel in ("nsubj", "nsubj:pass") and (before is None or self._quoted_source(before)):
                # a description opening a sentence continues the story's subject (centering): "xAI merilis Grok.
                # … OpenAI … . Perusahaan itu …" is xAI, not the organisation named last
                named = frozenset(x for x in map(self.entity, self.s.words) if x is not None)  # not "X … investor X"
                antecedent = self.ctx.recent_subject(kinds, exclude=named) or (
                    self.ctx.last_org(exclude=named) if cue == "Organization" else None)
                if antecedent is not None:
                    return [antecedent]
            antecedent = self.last_org_before(word) if cue == "Organization" else self.last_before(word, kinds)
            return [antecedent] if antecedent else []
        return []

    def _demonstrative_after(self, word: Word) -> bool:
        """True when "itu"/"ini"/"tersebut" closes the noun's phrase but the parser hung it elsewhere ("Perusahaan
        mobil listrik asal Austin, Texas, itu menegaskan …" with "itu" made the verb's subject)."""
        end = max(w.id for w in [word, *self._subtree(word, keep_clauses=True)])
        j = end + 1
        while j <= len(self.s.words) and self.s.word(j).text == ",":
            j += 1
        return (j <= len(self.s.words) and self.s.word(j).text.lower() in DEMONSTRATIVES
                and self.s.word(j).head != word.id and self.s.word(j).deprel in ("nsubj", "det", "dep", "obj"))

    def _speakers_org(self, word: Word) -> str | None:
        """The organisation of whoever says the sentence that holds "kami": the first organisation named after a
        verb of reported speech ("…," kata Direktur PT X, Y / ujar Y dari X), else the one its speaker leads."""
        words = self.s.words
        for w in words:
            if w.text.lower() not in self.lex.speech_words or w.id < word.id:
                continue
            for x in words[w.id:w.id + 10]:
                label = self.entity(x)
                if label is None:
                    continue
                kind = self.ctx.index.type_of(label)
                if kind == "Organization":
                    return label
                if kind == "Person":
                    led = [o for o, p in self.ctx.leaders.items() if p == label]
                    if led:
                        return led[0]
        return None

    def last_n_before(self, word: Word, types: frozenset[str], n: int) -> list[str]:
        """The last ``n`` distinct entities of ``types`` named before ``word`` (this sentence, then earlier ones)."""
        found: list[str] = []
        before = [self.entity(w) for w in reversed(self.s.words[:word.id - 1])]
        for label in [*before, *reversed(self.ctx.recent)]:
            if label is not None and label not in found and self.ctx.index.type_of(label) in types:
                found.append(label)
            if len(found) == n:
                return found[::-1]
        return []

    def last_before(self, word: Word, types: frozenset[str], *, same_sentence: bool = False) -> str | None:
        """Coreference for a pronoun or a definite description: the nearest entity of one of ``types`` named before
        ``word`` in its sentence, else the last one named in the earlier sentences (see DocContext.recent)."""
        for w in reversed(self.s.words[:word.id - 1]):
            label = self.entity(w)
            if label is not None and self.ctx.index.type_of(label) in types:
                return label
        return None if same_sentence else self.ctx.last_of(types)

    def last_org_before(self, word: Word, exclude: frozenset[str] = frozenset()) -> str | None:
        """The organisation a definite description means ("perusahaan itu"): the last one named before it in its
        sentence, else in the earlier ones, counting one-word names the NER typed PER or LOC (it tags many company
        names so); none of ``exclude``."""
        found = self.last_before(word, frozenset({"Organization"}), same_sentence=True)
        if found is not None and found not in exclude and not self._quoted_source(found):
            return found
        for w in reversed(self.s.words[:word.id - 1]):
            label = self.entity(w)
            ent = self.ctx.index.entities.get(label) if label else None
            if ent is not None and label not in exclude and weak_person(ent):
                return label
        return self.ctx.last_org(exclude=exclude)

    def _quoted_source(self, label: str) -> bool:
        """True when the entity is named in this sentence only as a source ("Menurut laporan Bloomberg, raksasa
        teknologi itu …"): who reports is not what the description is about."""
        for w in self.s.words:
            if self.entity(w) != label:
                continue
            x, steps = w, 0
            while steps < 3:
                if case_of(self.s, x) == "menurut":
                    break
                if not x.head:
                    return False
                x, steps = self.s.word(x.head), steps + 1
            else:
                return False
        return True

    def _possessor_person(self, word: Word) -> str | None:
        for child in self.s.children(word.id):
            if child.deprel in ("nmod", "nmod:poss", "compound", "flat", "flat:name", "appos") and case_of(
                    self.s, child) in ("", "milik"):  # "perusahaan (milik) X", not "perusahaan, antara lain X"
                label = self.entity(child)
                if label and self.ctx.index.type_of(label) == "Person":
                    return label
        return None

    def company_of(self, person: str, cue_word: Word, *, claim_leader: bool = True) -> str | None:
        """The organisation meant by "perusahaan <person>": one they lead, else the last one named without a leader
        (which "perusahaan <person>" then says they lead; "pihaknya" — the speaker's side — says no more than that)."""
        for org, leader in self.ctx.leaders.items():
            if leader == person:
                return org
        taken = frozenset(org for org, leader in self.ctx.leaders.items() if leader != person)
        last = self.last_before(cue_word, frozenset({"Organization"}))  # this sentence first ("Dirut X Y: pihaknya …")
        if last is None or last in taken:
            last = self.ctx.last_org(exclude=taken)
        if last is not None and self.type_ok(last, frozenset({"Organization"})):
            if claim_leader:
                self.add(person, "leads", last, "possessive-company", CONF_COREF, cue_word, nominal=True)
            return last
        return None

    def subject_of(self, verb: Word, types: frozenset[str], depth: int = 0) -> tuple[list[str], bool]:
        """Subject entities of an active verb: its nsubj, else inherited. RETURNS (labels, inherited?)."""
        wanted = ("nsubj", "csubj") if depth == 0 else ("nsubj", "csubj", "nsubj:pass")
        if depth == 0 and set(roots_of(verb.text, verb.lemma)) & self.lex.light_verbs:
            wanted = ("nsubj", "csubj", "nsubj:pass")  # "X tercatat sebagai pemegang saham …": X is who holds them
        subjects = [c for c in self.s.children(verb.id) if c.deprel in wanted]
        # two subjects (a misparsed sentence adverb: "Kabarnya, X bersaing …"): a name beats a description
        subjects.sort(key=lambda c: self.entity(c) is None)
        for child in subjects:
            found = self.resolve(child, types)
            if found or child is subjects[-1]:
                return found, depth > 0
        if depth > 3 or not verb.head:
            return [], False
        gov = self.s.word(verb.head)
        if verb.deprel.startswith("acl"):
            return self.resolve(gov, types), True
        unmarked = verb.deprel == "advcl" and not any(c.deprel == "mark" for c in self.s.children(verb.id))
        if (verb.deprel == "xcomp" or unmarked) and gov.upos == "VERB":
            # "X mengatakan pihaknya akan menguasai Y" parsed with "pihaknya" as the object of "mengatakan": the
            # object standing right before the clause is its subject
            for child in self.s.children(gov.id):
                between = [self.s.word(k) for k in range(child.id + 1, verb.id)]
                if (child.deprel == "obj" and child.id < verb.id and gov.id < child.id
                        and all(w.upos in ("AUX", "ADV", "PART") or w.head == child.id for w in between)):
                    found = self.resolve(child, types)
                    if found:
                        return found, True
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
        for child in self.s.children(verb.id):  # "dirilis perusahaan rekaman X": a bare agent right after the verb
            if child.deprel in ("obj", "nsubj", "obl") and child.id > verb.id and not case_of(self.s, child) and (
                    child.deprel != "obl" or child.id == verb.id + 1):
                return self.resolve(child, types)
        return []

    def patient_of(self, verb: Word) -> Word | None:
        for child in self.s.children(verb.id):
            if child.deprel in ("nsubj:pass", "nsubj"):
                return child
        if verb.deprel.startswith("acl") and verb.head:
            return self.s.word(verb.head)
        if verb.deprel in ("advcl", "xcomp") and verb.head:  # "Setelah diakuisisi oleh A, X berganti nama"
            for child in self.s.children(verb.head):
                if child.deprel in ("nsubj", "nsubj:pass") and child.id > verb.id:
                    return child
        for child in self.s.children(verb.id):
            # "Sekitar 30 insinyur X direkrut Y", "Sebanyak 75 persen saham X dibeli Y": a quantity opening the
            # clause makes the parser read the subject as an oblique
            if (child.id < verb.id and _base(child.deprel) in ("obl", "nmod") and child.upos in ("NOUN", "PROPN")
                    and case_of(self.s, child) in ("", *QUANTITY_OPENERS)
                    and (child.text.lower() in QUANTITY_OPENERS
                         or any(c.deprel == "nummod" or c.text.lower() in QUANTITY_OPENERS
                                for c in self.s.children(child.id)))):
                return child
        return None

    def _particle(self, verb: Word) -> Word | None:
        """The second word of a two-word verb hung under the first ("mengambil alih": alih is its xcomp)."""
        if verb.id < len(self.s.words):
            nxt = self.s.word(verb.id + 1)
            if nxt.head == verb.id and nxt.deprel in PARTICLE_DEPRELS and nxt.upos not in ("NOUN", "PROPN", "PRON"):
                return nxt
        return None

    def object_word(self, verb: Word, spec: RelationSpec) -> Word | None:
        objs = [c for c in self.s.children(verb.id) if c.deprel == "obj"]
        if objs:  # "merekrut sedikitnya 40 analis …": the noun, not the quantifier the parser also made an object
            return next((c for c in objs if c.upos in ("NOUN", "PROPN", "PRON", "X")), objs[0])
        particle = self._particle(verb)
        if particle is not None:  # "mengambil alih X": X hangs under "alih"
            for child in self.s.children(particle.id):
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
        while len(places) < 5 and places[-1].head and _base(places[-1].deprel) not in ("root", "conj", "parataxis"):
            places.append(self.s.word(places[-1].head))
            if places[-1].upos in ("VERB", "AUX"):  # up to the clause's verb, no further
                break
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

    def event_details(self, trigger: Word | None) -> tuple[str | None, str | None]:
        """(date, reason) the clause of a trigger gives, as written: an oblique headed by a time word or a month
        ("pada 11 Juli", "hingga tahun 2010", "pekan lalu") and a phrase introduced by a reason word ("karena
        hujan", "dengan alasan keamanan"). A noun trigger also looks at the verb it depends on."""
        if trigger is None:
            return None, None
        hosts = [trigger]
        if trigger.upos in ("NOUN", "PROPN") and trigger.head:
            hosts.append(self.s.word(trigger.head))
        date = reason = None
        for host in hosts:
            for child in self.s.children(host.id):
                base = _base(child.deprel)
                words = [child, *self._subtree(child)]
                low = child.text.lower()
                year = any(w.upos == "NUM" and len(w.text) == 4 and w.text.isdigit() for w in words
                           if w.head == child.id)
                if (date is None and base in ("obl", "nmod", "advmod", "obj") and (low in self.lex.time_words or year)
                        and not self.ctx.index.at(self.s.index, child.id)):
                    date = self._span(words)
                marker = {w.text.lower() for w in self.s.children(child.id) if w.deprel in ("case", "mark")}
                if reason is None and base in ("obl", "advcl", "nmod") and (
                        marker & self.lex.reason_marks or low in self.lex.reason_marks):
                    reason = self._span(words)
        return date, reason

    def _span(self, words: list[Word]) -> str:
        ids = sorted(w.id for w in words)
        first, last = self.s.word(ids[0]), self.s.word(ids[-1])
        text = self.doc.text[first.start:last.end] if self.doc.text else " ".join(w.text for w in words)
        return " ".join(text.split()).strip(" ,.")

    def make_event(self, kind: str, subject: str, obj: Word | None, trigger: Word | None = None) -> Event | None:
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
        date, reason = self.event_details(trigger)
        event = Event(kind=kind, label=label, document=self.doc.id, about=about, date=date, reason=reason)
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
        if predicate == "developedBy" and isinstance(obj, str):
            self.ctx.makers.setdefault(subject, obj)
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
        self.maker_rule()  # first: a release whose agent is only the maker ("album karya X. Dirilis …") reads it
        self.title_rule()  # and the offices: "Bos X Y menegaskan perusahaannya …" is X, the company Y leads
        self.triggers = list(find_triggers(self.s, self.lex))
        for word, spec, root in self.triggers:
            try:
                if root in spec.restricted_roots and not self._object_allowed(word, spec):
                    continue
                if spec.object_not and is_verbal(word, root.split()[0]):
                    obj = self.object_word(word, spec)
                    if obj is not None and (obj.text.lower() in spec.object_not or obj.lemma.lower() in spec.object_not):
                        continue  # "meluncurkan roket": a launch, not a release
                if is_verbal(word, root.split()[0]):
                    self.verb_rule(word, spec)
                elif word.upos in ("NOUN", "PROPN", "X", "ADJ"):
                    self.noun_rule(word, spec)
            except (IndexError, KeyError) as err:  # a malformed parse must not fail the document
                log.warning("%s sentence %d: skipped trigger %r (%s)", self.doc.id, self.s.index, word.text, err)
        self.office_verb_rule()
        self.event_reference_rule()
        self.possessive_rule()
        self.place_rule()
        self.transfer_rule()
        self.relocation_rule()
        self.monopoly_rule()
        self.subsidiary_rule()
        self.maker_role_rule()
        self.stake_rule()
        self.claims = [replace(c, predicate="investsIn") if c.predicate == "acquires" and self._minority_stake(c)
                       else c for c in self.claims]
        ceo = {(c.subject, c.object) for c in self.claims if c.predicate == "ceoOf"}
        return [c for c in self.claims if not (c.predicate == "leads" and (c.subject, c.object) in ceo)]

    def stake_rule(self) -> None:
        """An investment or acquisition verb whose object the tree did not give, with the shares named later in its
        clause: "X menanamkan modalnya … untuk mendapatkan 39,4 persen saham yang diterbitkan Y" → X investsIn Y.
        Read linearly from the verb to "saham", then past "yang diterbitkan / milik / dari" to the issuer's name."""
        words = self.s.words
        done = {c.trigger_word for c in self.claims}
        org_t = frozenset({"Organization"})
        for word, spec, root in self.triggers:
            if spec.name not in ("investsIn", "acquires") or word.id in done or not is_verbal(word, root.split()[0]):
                continue
            subjects, _ = self.subject_of(word, spec.subject_types)
            if not subjects:
                continue
            j = word.id + 1
            while j <= len(words) and j - word.id <= 12 and words[j - 1].text not in (".", ";", "?", "!"):
                if words[j - 1].text.lower() == "saham":
                    k = j + 1
                    while k <= len(words) and k - j <= 3 and self.entity(words[k - 1]) is None and (
                            words[k - 1].text.lower() in self.lex.stake_links):
                        k += 1
                    issuer = self.entity(words[k - 1]) if k <= len(words) else None
                    if issuer is not None and self.type_ok(issuer, org_t) and issuer not in subjects:
                        for sub in subjects:
                            self.add(sub, spec.name, issuer, "stake-phrase", CONF_NP - 0.1, word)
                    break
                j += 1

    def _name_before(self, i: int, links: frozenset[str], reach: int = 3) -> str | None:
        """The entity named right before word index ``i`` (0-based), past commas and ``links`` words within ``reach``
        words: "Y, anak perusahaan X", "Y merupakan perusahaan induk X", "Khalid, penulis buku …"."""
        words = self.s.words
        b = i - 1
        while b >= 0 and i - b <= reach and self.entity(words[b]) is None and (
                words[b].text == "," or words[b].text.lower() in links):
            b -= 1
        return self.entity(words[b]) if 0 <= b < i else None

    def _own_subsidiary(self, i: int) -> None:
        """"X, melalui anak usahanya Y, mengakuisisi Z": Y is X's subsidiary (X investsIn Y), and a takeover X makes
        through it is Y's too (dev/GUIDELINES: parent and subsidiary both get the triple)."""
        words = self.s.words
        org_t = frozenset({"Organization"})
        j = i + 3
        child = self.entity(words[j]) if j < len(words) else None
        parent = self._name_before(i, frozenset({"melalui", "lewat", "via", "dan"}))
        if not parent or not child or parent == child or not (self.type_ok(parent, org_t) and self.type_ok(child, org_t)):
            return
        self.add(parent, "investsIn", child, "subsidiary-apposition", CONF_NP, words[i], nominal=True)
        for c in list(self.claims):
            if c.subject == parent and c.predicate in ("acquires", "investsIn") and c.object != child and not any(
                    x.subject == child and x.predicate == c.predicate and x.object == c.object for x in self.claims):
                self.claims.append(replace(c, subject=child, extractor=c.extractor + "+subsidiary"))

    def _minority_stake(self, claim: Claim) -> bool:
        """True when the shares an acquisition verb takes are under half ("membeli 20 persen saham X"): holding a stake
        short of control is an investment (dev/GUIDELINES.md), not a takeover."""
        words = self.s.words
        if not claim.trigger_word:
            return False
        t = self.s.word(claim.trigger_word)
        for k in range(t.id, min(len(words), t.id + 6)):
            w = words[k]
            if w.text.lower() in ("persen", "%") and k > 0 and k + 1 < len(words) and "saham" in (
                    words[k + 1].text.lower(), words[min(k + 2, len(words) - 1)].text.lower()):
                try:
                    value = float(words[k - 1].text.replace(",", "."))
                except ValueError:
                    return False
                return value < 50
        return False

    def maker_role_rule(self) -> None:
        """"Khalid, penulis buku berjudul \"X\"", "Deddy sebagai produser sinetron X": a person named with a maker's
        role noun and the work it governs → X developedBy the person. Read linearly: the person right before the
        noun (past a comma or a link word), the first product within a few words after it."""
        words = self.s.words
        product_t = frozenset({"AIModel", "Product"})
        for i, w in enumerate(words):
            if w.text.lower() not in self.lex.maker_roles or self.entity(w) is not None:
                continue
            person = self._name_before(i, LINKS)
            if person is None or self.ctx.index.type_of(person) != "Person":
                continue
            j = i + 1
            while j < len(words) and j - i <= 4 and self.entity(words[j]) is None and (
                    words[j].text in QUOTES or words[j].text.lower() in self.lex.naming_words
                    or self.lex.type_cues.get(words[j].text.lower()) in ("Product", "AIModel")):
                j += 1
            work = self.entity(words[j]) if j < len(words) else None
            if work is not None and self.type_ok(work, product_t) and self.ctx.index.type_of(work) in product_t:
                self.add(work, "developedBy", person, "maker-role", CONF_NP, w, nominal=True)

    def subsidiary_rule(self) -> None:
        """"anak perusahaan X (di Z), Y" / "Y, anak perusahaan X" / "Y merupakan anak usaha X" / "X adalah perusahaan
        induk Y" / "Y milik X": the parent (owner) owns the subsidiary → X investsIn Y. Read linearly: the parent is the organisation right after the noun, the
        subsidiary the one apposed after the parent's phrase (past a comma) or before the noun."""
        words = self.s.words
        org_t = frozenset({"Organization"})
        for i, w in enumerate(words[:-1]):
            if " ".join((w.text.lower(), words[i + 1].text.lower())) not in self.lex.subsidiary_nouns:
                continue
            if i + 2 < len(words) and words[i + 2].text.lower() in ("nya", "-nya"):
                self._own_subsidiary(i)  # "X, melalui anak usahanya Y, …": X's subsidiary Y
                continue
            j = i + 2
            while j < len(words) and j <= i + 3 and self.entity(words[j]) is None and words[j].text[:1].islower():
                j += 1  # "anak usaha milik X"
            parent = self.entity(words[j]) if j < len(words) else None
            if parent is None or not self.type_ok(parent, org_t):
                continue
            while j < len(words) and self.entity(words[j]) == parent:
                j += 1
            child = None
            k = j
            while k < len(words) and k <= j + 4 and words[k].text != ",":  # "… di Hongkong, Y"
                k += 1
            if k + 1 < len(words) and words[k].text == ",":
                child = self.entity(words[k + 1])
            if child is None:  # "Y, anak perusahaan X" / "Y merupakan anak perusahaan X"
                child = self._name_before(i, LINKS)
            if child is not None and child != parent and self.type_ok(child, org_t):
                self.add(parent, "investsIn", child, "subsidiary-apposition", CONF_NP, w, nominal=True)
        owner_t = frozenset({"Organization", "Person"})
        for i, w in enumerate(words[1:-1], start=1):
            low = w.text.lower()
            pair = " ".join((low, words[i + 1].text.lower()))
            if low in self.lex.owned_by_words:  # "PT X milik HNSI Cilacap": the owner invests in X
                owned, owner = self.entity(words[i - 1]), self.entity(words[i + 1])
                start = i - 1
                while start > 0 and self.entity(words[start - 1]) == owned:
                    start -= 1
                before = words[start - 1] if start > 0 else None
                if before is not None and before.upos == "NOUN" and before.text[:1].islower() and (
                        self.lex.type_cues.get(before.text.lower()) != "Organization"):
                    continue  # "teleskop Zeiss milik X": a thing of that make, not the company
                if owned and owner and owned != owner and self.ctx.index.type_of(owned) == "Organization" and (
                        self.type_ok(owner, owner_t)):
                    self.add(owner, "investsIn", owned, "owner-apposition", CONF_NP - 0.1, w, nominal=True)
            elif pair in self.lex.parent_nouns:  # "X adalah perusahaan induk (dari) Y"
                f = i + 2
                if f < len(words) and words[f].text.lower() in ("dari", "bagi"):
                    f += 1
                parent = self._name_before(i, LINKS)
                child = self.entity(words[f]) if f < len(words) else None
                if parent and child and parent != child and self.type_ok(parent, org_t) and self.type_ok(child, org_t):
                    self.add(parent, "investsIn", child, "subsidiary-apposition", CONF_NP, w, nominal=True)

    def monopoly_rule(self) -> None:
        """"A bukan lagi monopoli … dengan masuknya B": a market entry that ends a monopoly → B competesWith A.
        The negation belongs to the monopoly; the claim is made by the entry verb, so it stays asserted."""
        for w in self.s.words:
            if stem(w.text) not in self.lex.monopoly_roots or not any(
                    c.text.lower() in self.lex.negated_words for c in self.s.children(w.id)):
                continue
            holders = [x for c in self.s.children(w.id) if c.deprel.startswith("nsubj")
                       for x in self.resolve(c, PEER_TYPES)]
            if not holders and w.head:
                holders, _ = self.subject_of(self.s.word(w.head), PEER_TYPES)
            for entry in self.s.words:
                if stem(entry.text) not in self.lex.entry_roots:
                    continue
                entrants = [x for c in self.s.children(entry.id) if _base(c.deprel) in ("obj", "nsubj", "nmod")
                            for x in self.resolve(c, PEER_TYPES)]
                for a in holders:
                    for b in entrants:
                        self.add(b, "competesWith", a, "monopoly-ended", CONF_NOUN, entry)
    def transfer_rule(self) -> None:
        """"X hijrah dari B ke A", "X pindah dari B ke A": a person moving from B to A → A recruitsFrom B. The two
        organisations are read from the verb's obliques, else linearly after "dari" and "ke" within the clause."""
        org_t = frozenset({"Organization"})
        for verb in self.s.words:
            if not set(roots_of(verb.text, verb.lemma)) & self.lex.transfer_verbs:
                continue
            source = target = None
            for j in range(verb.id + 1, min(len(self.s.words), verb.id + 12) + 1):
                w = self.s.word(j)
                if w.upos == "PUNCT" and w.text != "-":
                    break
                low = w.text.lower()
                if low in self.lex.transfer_from or low in self.lex.transfer_to:
                    k = j + 1
                    while k <= len(self.s.words) and self.entity(self.s.word(k)) is None and k - j <= 3 and (
                            self.s.word(k).text[:1].islower()):
                        k += 1  # "dari klub B", "ke tim A"
                    label = self.entity(self.s.word(k)) if k <= len(self.s.words) else None
                    ent = self.ctx.index.entities.get(label) if label else None
                    if ent is None or not self.type_ok(label, org_t) or (ent.type == "Place" and not weak_person(ent)):
                        continue
                    if low in self.lex.transfer_from and source is None:
                        source = label
                    elif low in self.lex.transfer_to and target is None:
                        target = label
            if target and not source:  # "karyawan B pindah ke A": the movers' organisation is the source
                for subj in self.s.children(verb.id):
                    if subj.deprel == "nsubj" and (subj.text.lower() in self.lex.transfer_movers
                                                   or subj.lemma.lower() in self.lex.transfer_movers):
                        found = [x for x in self.resolve(subj, org_t) if x != target]
                        source = found[0] if found else None
            if source and target and source != target:
                self.add(target, "recruitsFrom", source, "transfer", CONF_NOUN, verb)

    def relocation_rule(self) -> None:
        """"X memindahkan kantor pusatnya dari A ke B": X basedIn B, claimed on the verb so that its hedges and
        negations decide how sure it is ("akan memindahkan" speculative, "tidak akan" negated), and X basedIn A,
        where the seat is now, stated by the phrase alone."""
        place_t, org_t = frozenset({"Place"}), frozenset({"Organization"})
        words = self.s.words
        for verb in words:
            if not set(roots_of(verb.text, verb.lemma)) & self.lex.relocation_verbs or not is_verbal(verb, "pindah"):
                continue
            seat = None
            for j in range(verb.id, min(len(words), verb.id + 3)):
                texts = tuple(w.text.lower().removesuffix("nya") for w in words[j:j + 2])
                if any(texts[:len(p)] == p for p in self.lex.relocation_seats):
                    seat = words[j]
                    break
            if seat is None:
                continue
            owners = self.subject_of(verb, org_t)[0] if not is_passive(verb) else []
            if not owners:  # "kantor pusat X dipindahkan ke B", "memindahkan kantor pusatnya": whose seat it is
                owners = [x for x in (self.entity(w) for w in self.s.children(seat.id)) if x and self.type_ok(x, org_t)]
            if not owners:
                continue
            for j in range(seat.id, min(len(words), seat.id + 10)):
                w = words[j]
                if w.upos == "PUNCT" and w.text != "-":
                    break
                low = w.text.lower()
                if low not in ("dari", "ke") or j + 1 >= len(words):
                    continue
                place = self.entity(words[j + 1])
                if place is None or self.ctx.index.type_of(place) not in place_t:
                    continue
                for owner in owners:
                    if low == "ke":
                        self.add(owner, "basedIn", place, "relocation", CONF_VERB, verb)
                    else:
                        self.add(owner, "basedIn", place, "relocation-from", CONF_NP, seat, nominal=True)

    def _sides(self, spec: RelationSpec) -> tuple[frozenset[str], frozenset[str]]:
        """(types of the grammatical subject, types of the grammatical object) for a trigger."""
        if spec.inverse:
            return spec.object_types, spec.subject_types
        return spec.subject_types, spec.object_types

    def verb_rule(self, verb: Word, spec: RelationSpec) -> None:
        subj_types, obj_types = self._sides(spec)
        low = verb.text.lower()
        # "tertunda" (ter- : it happened to it) reads like an agentless passive for the relations that allow one
        stative = spec.agentless_owner and low.startswith("ter") and stem(low) != low
        if is_passive(verb) or stative:
            subjects = self.agent_of(verb, subj_types)
            obj_word = self.patient_of(verb)
            for child in self.s.children(verb.id):  # "X direkrut A dari B": the source is B, not the recruit X
                if (spec.object_cases and _base(child.deprel) in ("obl", "nmod")
                        and case_of(self.s, child) in spec.object_cases and self.resolve(child, obj_types)):
                    obj_word = child
                    break
            rule, conf = "verb-passive", CONF_VERB - 0.05
        else:
            subjects, inherited = self.subject_of(verb, subj_types)
            obj_word = self.object_word(verb, spec)
            rule, conf = "verb-active", CONF_INHERITED if inherited else CONF_VERB
            if not subjects:
                subjects = self._coordinated_before(verb, subj_types)
            seconds = self.partners(verb, spec, obj_types) or (
                self.resolve(obj_word, obj_types) if obj_word is not None else [])
            if not subjects and spec.symmetric and seconds:
                # "Bagi X, …, gagal bersaing dengan Y": the nearest party named before the verb
                before = self.last_before(verb, subj_types & PEER_TYPES, same_sentence=True)
                partners_ = set(seconds)
                subjects = [before] if before and before not in partners_ else []
                rule, conf = "verb-active+nearest", CONF_TOPIC
        if not subjects and is_passive(verb) and not spec.inverse and obj_types <= frozenset({"AIModel", "Product"}):
            # "… album karya X. Dirilis pada 1997.": the product last named, released by its maker
            opens = verb.id == 1 or self.s.word(verb.id - 1).text in (".", ";", "!", "?")  # "… . Dirilis pada …"
            product = self._zero_patient(verb, obj_types) if obj_word is None and opens else None
            maker = self.ctx.makers.get(product) if product else None
            if obj_word is not None:  # "X milik / buatan Y resmi dirilis": its maker, named in the phrase, releases it
                product = next(iter(self.resolve(obj_word, obj_types)), None)
                in_phrase = {self.entity(w) for w in self._subtree(obj_word)}
                maker = self.ctx.makers.get(product) if product else None
                maker = maker if maker in in_phrase else None
            if product and maker:
                self.add(maker, spec.name, product, "verb-passive+maker", CONF_COREF, verb)
                return
        if not subjects and (is_passive(verb) or stative) and spec.agentless_owner:
            # "peluncuran produk X ditunda": the organisation the sentence names, else the document's topic
            subjects = self._owner(verb, subj_types)
            rule, conf = "verb-passive+owner", CONF_TOPIC
        if not subjects and not is_passive(verb) and not verb.deprel.startswith("acl"):
            # attachment error: the nearest name of the right type before the verb, inside its clause
            found = self._linear(verb, subj_types, -1)
            if found is not None:
                subjects, rule, conf = [found], "verb-active+linear", CONF_TOPIC
        if not subjects:
            return
        if spec.symmetric:
            partners = self.partners(verb, spec, obj_types)
            if not partners and obj_word is not None and len(subjects) < 2:  # "menantang ChatGPT"
                partners = self.resolve(obj_word, obj_types)  # (but "A dan B bersaing memperebutkan X": A vs B)
            coordinated = self._coordinated_before(verb, subj_types)
            if len(subjects) < 2 and len(coordinated) > 1 and not partners:  # "A dan B bernegosiasi"
                subjects = coordinated
            if partners:
                self.emit(spec, subjects, list(partners), rule, conf, verb)
            elif len(subjects) > 1:  # "Google dan Meta bersaing"
                for i, a in enumerate(subjects):
                    for b in subjects[i + 1:]:
                        self.add(a, spec.name, b, rule + "-coordinated", conf, verb)
            return
        if obj_word is not None and self._is_other_trigger(obj_word, spec):
            return  # "akuisisi X oleh Y diumumkan": the announcement is of an acquisition, the noun's own claim
        objects = self.objects(spec, obj_word, subjects, obj_types, verb)
        if not objects and "Event" not in obj_types and not is_passive(verb):
            found = self._linear(verb, obj_types, +1, exclude=frozenset(subjects))
            if found is not None:  # the nearest name of the right type after the verb, inside its clause
                objects, rule, conf = [found], rule + "+linear", min(conf, CONF_TOPIC)
        if not objects and spec.object_cases and "Event" not in obj_types:
            # "mendatangkan pemain dari X": the object phrase names nobody, the oblique does; "menanamkan modal di X"
            # with the oblique hung on the object
            hosts = [verb, *([obj_word] if obj_word is not None else [])]
            if obj_word is not None:  # "menyuntikkan dana 4 miliar dollar AS ke X": hung on the amount's noun
                hosts += [c for c in self.s.children(obj_word.id) if c.deprel in ("compound", "nmod", "nummod")
                          and not case_of(self.s, c)]
            for child in [c for h in hosts for c in self.s.children(h.id)]:
                if _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) in spec.object_cases:
                    objects = list(self.resolve(child, obj_types))
                    if objects:
                        break
        self.emit(spec, subjects, objects, rule, conf * spec.confidence / 0.9 if spec.confidence < 0.9 else conf, verb)

    def _is_other_trigger(self, word: Word, spec: RelationSpec) -> bool:
        """True when the object noun triggers another relation itself and so names an event, not a product."""
        if word.upos != "NOUN" or not ({"AIModel", "Product"} & spec.object_types):
            return False
        # "mengumumkan peluncuran X": announcing a release still announces X
        return bool(self._relations_of(word) - {spec.name, "releases"})

    def _zero_patient(self, verb: Word, types: frozenset[str]) -> str | None:
        """The unnamed patient of a passive with no subject ("Dirilis pada 1997."): the entity of ``types`` named
        last before the verb, in this sentence or the ones before (zero anaphora)."""
        return self.last_before(verb, types)

    def _linear(self, verb: Word, types: frozenset[str], step: int, *,
                exclude: frozenset[str] = frozenset()) -> str | None:
        """The nearest entity of one of ``types`` (strictly typed, not by default) before (step -1) or after (+1) a
        verb, within six words and without crossing a clause boundary (punctuation other than a comma inside a
        name's apposition, a conjunction, a relative "yang", or another verb)."""
        j, seen = verb.id + step, 0
        particle = self._particle(verb) if step > 0 else None
        while 1 <= j <= len(self.s.words) and seen < 6:
            w = self.s.word(j)
            if particle is not None and w.id == particle.id:
                j += step
                continue
            label = self.entity(w)
            if label is not None:
                ent = self.ctx.index.entities.get(label)
                if ent is not None and ent.type in types and label not in exclude:
                    return label
            elif (w.upos in ("PUNCT", "CCONJ", "SCONJ", "VERB", "AUX") and w.text != "-") or w.text.lower() == "yang":
                return None
            j += step
            seen += 1
        return None

    def _coordinated_before(self, verb: Word, types: frozenset[str]) -> list[str]:
        """Names coordinated right before a verb ("A dan B bernegosiasi"), read linearly. RETURNS [] unless the
        words before the verb are only names, commas and "dan"/"serta"."""
        found: list[str] = []
        j = verb.id - 1
        while j >= 1:
            w = self.s.word(j)
            label = self.entity(w)
            if label is not None:
                if label not in found:
                    found.insert(0, label)
            elif w.text.lower() not in ("dan", "serta", ",", "&"):
                break
            j -= 1
        return [f for f in found if self.type_ok(f, types)] if len(found) > 1 else []

    def _owner(self, verb: Word, types: frozenset[str]) -> list[str]:
        """Who owns what an agentless passive is about: the organisation the sentence names outside the patient
        phrase (nearest to the verb), else the document's most mentioned organisation so far."""
        patient = verb if verb.upos in ("NOUN", "PROPN") else self.patient_of(verb)
        inside = {w.id for w in ([patient, *self._subtree(patient)] if patient is not None else [])}
        for i in sorted(inside):  # whose thing it is: "konser grup X ditunda" → X
            label = self.entity(self.s.word(i))
            if label is not None and self.ctx.index.type_of(label) == "Organization":
                return [label]
        best: tuple[int, str] | None = None
        for w in self.s.words:
            label = self.entity(w)
            if label is None or w.id in inside or self.ctx.index.type_of(label) != "Organization":
                continue
            if best is None or abs(w.id - verb.id) < best[0]:
                best = (abs(w.id - verb.id), label)
        if best is not None:
            return [best[1]]
        topic = self.ctx.topic(frozenset({"Organization"}), exclude=frozenset())
        return [topic] if topic else []

    def objects(self, spec: RelationSpec, obj_word: Word | None, subjects: list[str],
                obj_types: frozenset[str], trigger: Word | None = None) -> list[str | Event]:
        if "Event" in obj_types:
            if obj_word is not None and not spec.inverse:
                ents = self.resolve(obj_word, obj_types - {"Event"}) if obj_types - {"Event"} else []
                ents = [e for e in ents if self.ctx.index.type_of(e) in ("AIModel", "Product")]
                if ents and spec.name != "delayed":
                    return list(ents)
            event = self.make_event(spec.name, subjects[0], obj_word, trigger) if subjects else None
            return [event] if event is not None else []
        if obj_word is None:
            return []
        found: list[str | Event] = list(self.resolve(obj_word, obj_types))
        if not found and obj_types <= frozenset({"AIModel", "Product"}):
            # "merilis model … yang semakin kuat seperti Llama 3": a named model anywhere in the object phrase
            cue = self.lex.type_cues.get(obj_word.text.lower()) or self.lex.type_cues.get(obj_word.lemma.lower())
            for w in [obj_word, *self._subtree(obj_word, keep_clauses=True)]:
                ent = self.ctx.index.at(self.s.index, w.id)
                if ent is None:
                    continue
                if ent.type in obj_types and ent.type_source != "default":
                    return [ent.label]
                if cue in obj_types and ent.type_source == "default":  # "teknologi bernama X"
                    return [ent.label]
        return found

    def _relations_of(self, word: Word) -> set[str]:
        """The relations a word's roots trigger, whatever its affixes ("penundaan" → delayed)."""
        return {rel for r in roots_of(word.text, word.lemma) for rel in self.lex.relations_for_root(r)}

    def _under_delay(self, word: Word) -> bool:
        """True when a word sits in what a delay trigger governs ("penundaan peluncuran X", "peluncuran X ditunda"):
        the release it names has not happened."""
        w, steps = word, 0
        while w.head and steps < 3:
            w, steps = self.s.word(w.head), steps + 1
            if "delayed" in self._relations_of(w):
                return True
        return False

    def noun_rule(self, noun: Word, spec: RelationSpec) -> None:
        subj_types, obj_types = self._sides(spec)
        if spec.name != "delayed" and self._under_delay(noun):
            return  # the delay is the claim; the delayed release is its object
        if spec.source_cases and self.received(noun, spec, subj_types, obj_types):
            return
        agents: list[str] = []
        others: list[Word] = []
        if not spec.symmetric:  # "rencana akuisisi X oleh Y": the "oleh" phrase may hang on a governing word
            host = noun
            for _ in range(4):
                for child in self.s.children(host.id):
                    if _base(child.deprel) in ("nmod", "obl") and case_of(self.s, child) == "oleh" and not agents:
                        agents = self.resolve(child, subj_types)
                if agents or not host.head:
                    break
                gov = self.s.word(host.head)
                if gov.upos in ("VERB", "AUX") and (is_passive(gov) or host.deprel.startswith("nsubj")):
                    # "X ditunda oleh Y": Y is the passive's agent, not the agent of the noun X; but in
                    # "akuisisi X oleh Y diumumkan" the "oleh" phrase stands between the noun and the verb: it is ours
                    for child in self.s.children(gov.id):
                        if (noun.id < child.id < gov.id and _base(child.deprel) in ("nmod", "obl")
                                and case_of(self.s, child) == "oleh"):
                            agents = self.resolve(child, subj_types)
                    break
                host = gov  # an active verb has no "oleh" agent of its own: a misattached "oleh" phrase is ours
                if host.upos in ("VERB", "AUX"):
                    for child in self.s.children(host.id):
                        if _base(child.deprel) in ("nmod", "obl") and case_of(self.s, child) == "oleh":
                            agents = self.resolve(child, subj_types)
                    break
            if not agents:  # "Penundaan pembukaan gerai X di Surabaya oleh PT Y": the parser hung it deeper
                for w in self._subtree(noun):
                    if _base(w.deprel) in ("nmod", "obl") and case_of(self.s, w) == "oleh":
                        agents = self.resolve(w, subj_types)
                        if agents:
                            break
        for child in self.s.children(noun.id):
            base, case = _base(child.deprel), case_of(self.s, child)
            if (base in ("nmod", "obl") and case == "oleh") or (spec.symmetric and case in spec.partner_cases):
                continue
            if child.deprel in ("nmod", "nmod:poss", "compound", "flat", "flat:name", "appos") and (
                case in ("", *spec.object_cases)
            ):
                others.append(child)
        if spec.symmetric:
            self.competition_noun(noun, spec, others)
            return
        objects: list[str | Event] = []
        obj_word: Word | None = None
        if not agents and noun.deprel == "appos" and noun.head:  # "A, pemegang saham B"
            agents = self.resolve(self.s.word(noun.head), subj_types)
        if not agents:  # "A adalah pemegang saham B"
            agents = [x for c in self.s.children(noun.id) if c.deprel == "nsubj" for x in self.resolve(c, subj_types)]
        if not agents and self.under_light(noun):
            agents, _ = self.subject_of(self.s.word(noun.head), subj_types)  # "A menjadi investor B"
        by_oleh = bool(agents)
        fallback: Word | None = None
        for child in others:
            ents = self.resolve(child, subj_types | obj_types - {"Event"})
            as_agent = [e for e in ents if self.ctx.index.type_of(e) in subj_types and not self._is_object(e, spec)]
            if not agents and not as_agent and any(
                    w.upos == "PRON" and w.deprel == "nmod:poss" for w in [child, *self.s.children(child.id)]):
                # "Kantor pusatnya … di Jakarta": the owner "-nya" is the party, not the place named last
                as_agent = [e for e in self.resolve(child, subj_types) if not self._is_object(e, spec)]
                ents = ents or as_agent
            if not agents and as_agent:
                agents = as_agent
            elif obj_word is None and not (by_oleh and set(ents) & set(agents)):
                if ents or "Event" in obj_types:
                    obj_word = child
                elif fallback is None:  # "pemegang saham terbesar di X": "saham" names nobody, the "di" phrase does
                    fallback = child
        obj_word = obj_word or fallback
        if (obj_word is None and agents and noun.text.lower() in self.lex.led_by_nouns and noun.head
                and noun.deprel in ("nmod", "appos", "acl", "compound", "amod")):
            obj_word = self.s.word(noun.head)  # "Orkes X pimpinan Y": what is led is the name the noun describes
        if obj_word is None and noun.deprel.startswith("nsubj") and noun.head:
            # "Markas X terletak di Y": the place hangs on the verb the noun is the subject of
            for child in self.s.children(noun.head):
                if _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) in spec.object_cases:
                    obj_word = child
                    break
        rule, conf = "noun-trigger", CONF_NOUN
        if not agents and self.under_light(noun):
            agents, _ = self.subject_of(self.s.word(noun.head), subj_types)  # "melakukan perekrutan"
        if not agents and spec.agentless_owner and obj_word is not None:  # "penundaan peluncuran produk X"
            agents = self._owner(noun, subj_types)
            rule, conf = "noun-trigger+owner", CONF_TOPIC
        if not agents:
            return
        if "Event" in obj_types:
            event = self.make_event(spec.name, agents[0], obj_word, noun)
            objects = [event] if event is not None else []
        elif obj_word is not None:
            objects = list(self.resolve(obj_word, obj_types))
        self.emit(spec, agents, objects, rule, conf, noun)

    def _object_allowed(self, word: Word, spec: RelationSpec) -> bool:
        """For a restricted root ("membeli"): the object is a name itself or headed by one of ``object_heads``."""
        obj = None
        if is_passive(word):  # "saham X dimiliki oleh Y": what is owned is the passive's subject
            obj = next((c for c in self.s.children(word.id) if c.deprel.startswith("nsubj")), None)
        obj = obj or self.object_word(word, spec)
        if obj is None:
            return False
        return self.entity(obj) is not None or obj.text.lower() in spec.object_heads or obj.lemma.lower() in (
            spec.object_heads)

    def received(self, noun: Word, spec: RelationSpec, subj_types: frozenset[str], obj_types: frozenset[str]) -> bool:
        """"Y meraih pendanaan dari X": a noun trigger received by the light verb's subject from a "dari" party, who
        is the relation's subject (X investsIn Y). RETURNS True when it made the claims."""
        if not self.under_light(noun):
            return False
        verb = self.s.word(noun.head)
        givers: list[str] = []
        for host in (noun, verb):
            for child in self.s.children(host.id):
                if _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) in spec.source_cases:
                    givers = givers or self.resolve(child, subj_types)
        receivers, _ = self.subject_of(verb, obj_types)
        for giver in givers:
            for receiver in receivers:
                self.add(giver, spec.name, receiver, "noun-trigger+received", CONF_NOUN, noun)
        return bool(givers and receivers)

    def under_light(self, noun: Word) -> bool:
        """True when a relation noun is what a light verb takes: its object ("menjadi sponsor"), or its "sebagai"
        phrase ("tercatat sebagai pemegang saham …", "masuk sebagai investor")."""
        if not noun.head or not self.is_light(self.s.word(noun.head)):
            return False
        return noun.deprel in ("obj", "xcomp") or (_base(noun.deprel) == "obl" and case_of(self.s, noun) == "sebagai")

    def is_light(self, verb: Word) -> bool:
        """True for a verb that lends its subject to the noun it governs ("melakukan perekrutan", "menjadi
        sponsor"): a verb that triggers no relation itself ("menunda peluncuran X" is no release by the subject)."""
        if verb.upos not in ("VERB", "AUX"):
            return False
        if not set(roots_of(verb.text, verb.lemma)) & self.lex.light_verbs:
            return False  # "membunuh para pemimpin X": the killer does not lead X
        return not self._relations_of(verb)

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
        if set(roots_of(noun.text, noun.lemma)) & spec.case_only:  # "kontrak dengan B" yes, "kontrak B" no
            if not partners:
                return
            owners = []
        first: list[str] = []
        rule, conf = "noun-trigger", CONF_NOUN
        if noun.deprel == "appos" and noun.head:  # "A, pesaing B"
            first = self.resolve(self.s.word(noun.head), types)
            partners = partners or owners
        elif any(c.deprel in ("nsubj", "cop") for c in self.s.children(noun.id)):  # "A adalah pesaing B"
            first = [x for c in self.s.children(noun.id) if c.deprel == "nsubj" for x in self.resolve(c, types)]
            partners = partners or owners
        elif self.under_light(noun):
            # light verb: "A menjadi sponsor B", "A melakukan kerja sama dengan B"
            first, _ = self.subject_of(self.s.word(noun.head), types)
            partners = partners or owners
            if len(first) > 1 and not partners:  # "A dan B menjalin kemitraan": each pair
                first, partners = first[:1], first[1:]
            elif first and not partners:  # "C kini menjadi sponsor": the party last named for it
                last = self.ctx.partners.get(spec.name)
                partners = [last] if last and last not in first else []
        elif partners:
            first = owners
        elif len(owners) > 1:
            first, partners = owners[:1], owners[1:]
        if not partners:
            first, partners, rule = self._rival_apposition(noun, types) or (first, partners, rule)
        if first and not partners:  # "A menjadi rival terberat B", the parser hanging B on the adjective
            j = noun.id + 1
            while j <= len(self.s.words) and j - noun.id <= 2 and (
                    self.s.word(j).upos == "ADJ" or self.s.word(j).text.lower().startswith("ter")) and \
                    self.entity(self.s.word(j)) is None:
                j += 1
            label = self.entity(self.s.word(j)) if j <= len(self.s.words) and j > noun.id + 1 else None
            if label is not None and label not in first and self.type_ok(label, types):
                partners = [label]
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
                self.ctx.partners[spec.name] = b

    def _rival_apposition(self, noun: Word, types: frozenset[str]) -> tuple[list[str], list[str], str] | None:
        """"A dan rival utamanya, B" / "Rivalnya, B, …": read linearly (the parser often hangs B elsewhere). The
        "-nya" owner is the conjunct the noun is coordinated with, else the party named last before it."""
        j, owned = noun.id + 1, False
        while j <= len(self.s.words):
            w = self.s.word(j)
            if w.text.lower() in ("nya", "-nya"):
                owned = True
            elif w.upos != "ADJ":
                break
            j += 1
        if not owned or j >= len(self.s.words) or self.s.word(j).text != ",":
            return None
        partner = self.entity(self.s.word(j + 1))
        if partner is None or not self.type_ok(partner, types):
            return None
        owner = None
        if noun.deprel == "conj" and noun.head:
            got = self.resolve(self.s.word(noun.head), types)
            owner = got[0] if got else None
        if owner is None:
            owner = self.last_before(noun, types)
        if owner is None or owner == partner:
            return None
        return [owner], [partner], "noun-trigger+apposition"

    def title_rule(self) -> None:
        """"CEO X, Y", "Direktur Utama X Y", "Kepala X Jenderal (Purn) Y", "Y, CEO X", "Y selaku Kepala X"."""
        words = self.s.words
        person_t = frozenset({"Person"})
        for i, w in enumerate(words):
            title = None
            for n in (3, 2, 1):
                phrase = " ".join(x.text.lower() for x in words[i:i + n])
                if len(words[i:i + n]) == n and phrase in self.lex.titles:
                    title = phrase
                    break
            owned = w.text.lower().endswith("-nya") and w.text.lower()[:-4] in self.lex.titles  # "CEO-nya" unsplit
            if owned:
                title = w.text.lower()[:-4]
            if title is None or self.entity(w) is not None:
                continue
            if i > 0 and words[i - 1].text.lower() in self.lex.not_top:  # "Wakil Ketua", "Vice President"
                continue
            if title in self.lex.led_by_nouns and i > 0 and self.entity(words[i - 1]) is not None:
                continue  # "Gamelan X pimpinan Y dari Z": X is led by Y (the noun rule), Z is where Y comes from
            after = i + len(title.split())
            if after + 2 < len(words) and words[after].text == "(" and ")" in (words[after + 2].text,
                                                                            words[min(after + 3, len(words) - 1)].text):
                after = next(k for k in range(after, len(words)) if words[k].text == ")") + 1  # "Direktur Utama (Dirut) X"
            if after < len(words) and words[after].text.lower() in self.lex.branch_words:  # "Kepala Perwakilan"
                continue
            if (after + 1 < len(words) and words[after].text.lower() in self.lex.org_unit_prefixes
                    and self.entity(words[after]) is None):
                after += 1  # "Ketua Umum DPP Partai X": the party's board, cut off its name
            rel = self.lex.titles[title]
            org_t = frozenset({"Organization", "Place"}) if title in self.lex.place_titles else frozenset(
                {"Organization"})
            orgs: list[str] = []
            persons: list[str] = []
            for child in self.s.children(w.id):
                if child.deprel == "appos" or child.deprel == "nsubj":
                    persons += self._resolve_one(child, person_t, 0)
                elif child.deprel in ("compound", "nmod", "flat", "flat:name", "nmod:poss") and (
                    case_of(self.s, child) in ("", "dari")
                ):
                    got = self._resolve_one(child, org_t, 0)
                    orgs += [g for g in got if self.ctx.index.type_of(g) != "Person"]
                    persons += [x for x in self._resolve_one(child, person_t, 0)
                                if self.ctx.index.type_of(x) == "Person"]
            if w.head and w.deprel in ("appos", "flat", "flat:name", "compound", "nmod"):
                head_label = self.entity(self.s.word(w.head))  # "Sam Altman, CEO X": a name, not a pronoun
                if head_label is not None and self.ctx.index.type_of(head_label) == "Person":
                    persons.append(head_label)
            # linear reading, robust to attachment errors: the name right after the title is what is led
            nxt = words[after] if after < len(words) else None
            org_end = after
            label_after, apposed_org = None, False
            if (nxt is not None and self.entity(nxt) is None and after + 1 < len(words)
                    and self.lex.type_cues.get(nxt.text.lower()) == "Organization"
                    and words[after + 1].text.lower() in DEMONSTRATIVES):
                # "Presiden Direktur perusahaan itu, Ratna …": the company named before, led by the name after
                org = self.last_org_before(nxt)
                if org is not None:
                    orgs.insert(0, org)
                    org_end = after + 2
                nxt = None
            if owned or (nxt is not None and nxt.text.lower() in ("nya", "-nya") and self.entity(nxt) is None):
                # "CEO-nya, Aravind Srinivas": the title of the company the story is about
                org = self.ctx.recent_subject(frozenset({"Organization"})) or self.last_org_before(w)
                if org is not None:
                    orgs.insert(0, org)
                    org_end = after + (0 if owned else 1)
                nxt = None
            if nxt is not None:
                label = self.entity(nxt)
                ent = self.ctx.index.entities.get(label) if label else None
                # "Wulan Pertiwi, Direktur Utama Sagarindo": with the person apposed, a one-word name the NER took
                # for a person is the organisation
                apposed_org = bool(persons) and ent is not None and weak_person(ent) and ent.type == "Person"
                label_after = label
                if label and (apposed_org or self.ctx.index.type_of(label) != "Person") and (
                        apposed_org or self.type_ok(label, org_t)):
                    if label not in orgs:
                        orgs.insert(0, label)
                    while org_end < len(words) and self.entity(words[org_end]) == label:
                        org_end += 1
                    # "CEO Google dan Alphabet": one title over coordinated organisations
                    other = self.entity(words[org_end + 1]) if org_end + 1 < len(words) and words[
                        org_end].text.lower() == "dan" else None
                    if other is not None and other not in orgs and self.type_ok(other, org_t) and (
                            self.ctx.index.type_of(other) != "Place"):
                        orgs.append(other)
                        org_end += 1
                        while org_end < len(words) and self.entity(words[org_end]) == other:
                            org_end += 1
            orgs = [o for o in orgs if self.ctx.index.type_of(o) in org_t or self.type_ok(o, org_t)
                    or (o == label_after and apposed_org)]
            if title not in self.lex.place_titles:
                orgs = [o for o in orgs if self.ctx.index.type_of(o) != "Place"]
            persons = [p for p in persons if self.ctx.index.type_of(p) == "Person"]
            if orgs:
                after_org = self._person_after(org_end)
                persons += after_org
                if not after_org:  # "Y, CEO X"; in "Y, Gubernur X Z, …" the office is Z's, not Y's
                    persons += self._person_before(i)
            for p in dict.fromkeys(persons):
                for o in dict.fromkeys(orgs):
                    self.add(p, rel, o, "title-apposition", CONF_NP, w, nominal=True)

    def event_reference_rule(self) -> None:
        """"Altman mengumumkan penundaan ini …, dengan alasan …": a nominal trigger with a demonstrative and no
        party of its own points back at the last event of its kind; the time or reason its clause gives is added to
        that event (the claim is restated here, so the sentence is its evidence)."""
        claimed = {c.trigger_word for c in self.claims}
        for word, spec, _ in self.triggers:
            if "Event" not in spec.object_types or word.id in claimed or word.upos not in ("NOUN", "PROPN"):
                continue
            if not any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(word.id)):
                continue
            latest = [(key, evs[-1]) for key, evs in self.ctx.events.items() if key[0] == spec.name and evs]
            if len(latest) != 1:
                continue  # none, or several parties' events: which one is meant is not clear
            (_, subject), event = latest[0]
            date, reason = self.event_details(word)
            if (date is None or event.date) and (reason is None or event.reason):
                continue
            richer = replace(event, date=event.date or date, reason=event.reason or reason)
            self.ctx.events[(spec.name, subject)][-1] = richer
            self.add(subject, spec.name, richer, "event-reference", CONF_COREF, word)

    def office_verb_rule(self) -> None:
        """A title given or held through a verb: "X menunjuk Y sebagai CEO (baru)" (Y ceoOf X), "Y (tidak lagi)
        menjabat Ketua X", "Y diangkat menjadi Direktur Utama X". Claimed on the verb, so its hedges and negations
        count ("akan menunjuk", "tidak lagi menjabat")."""
        words = self.s.words
        org_t, person_t = frozenset({"Organization"}), frozenset({"Person"})
        for i, w in enumerate(words):
            title = next((" ".join(x.text.lower() for x in words[i:i + n]) for n in (3, 2, 1)
                          if " ".join(x.text.lower() for x in words[i:i + n]) in self.lex.titles), None)
            if title is None or self.entity(w) is not None or not w.head:
                continue
            if i > 0 and words[i - 1].text.lower() in self.lex.not_top:
                continue
            verb = self.s.word(w.head)
            if verb.upos != "VERB" or not set(roots_of(verb.text, verb.lemma)) & self.lex.office_verbs:
                continue
            if _base(w.deprel) not in ("obj", "xcomp", "obl") or (
                    _base(w.deprel) == "obl" and case_of(self.s, w) not in ("sebagai", "")):
                continue
            after = i + len(title.split())
            label = self.entity(words[after]) if after < len(words) else None
            orgs = [label] if label and self.type_ok(label, org_t) and self.ctx.index.type_of(label) != "Place" else []
            subjects = self.subject_of(verb, org_t | person_t)[0] if not is_passive(verb) else []
            if not orgs:  # "X menunjuk Y sebagai CEO": the office is in the appointing organisation
                orgs = [x for x in subjects if self.ctx.index.type_of(x) != "Person" and self.type_ok(x, org_t)]
            if is_passive(verb):
                patient = self.patient_of(verb)
                holders = self.resolve(patient, person_t) if patient is not None else []
            else:
                holders = [x for x in subjects if self.ctx.index.type_of(x) == "Person"]
                if not holders:
                    holders = [x for c in self.s.children(verb.id) if c.deprel == "obj" and c.id != w.id
                               for x in self.resolve(c, person_t)]
            rule, conf = "office-verb", CONF_VERB
            bare = after >= len(words) or words[after].upos in ("PUNCT", "ADJ", "ADV")  # "sebagai CEO (baru)."
            if holders and not orgs and bare:
                # "…, Dario Amodei, yang kini menjabat sebagai CEO.": the office in the company the story is about
                topic = self.ctx._main_subject(self.s) or self.ctx.recent_subject(org_t)
                if topic is not None and topic not in holders and self.type_ok(topic, org_t) and (
                        self.ctx.index.type_of(topic) != "Place"):
                    orgs, rule, conf = [topic], "office-verb+topic", CONF_TOPIC
            for person in holders:
                for org in orgs:
                    self.add(person, self.lex.titles[title], org, rule, conf, verb)

    def possessive_rule(self) -> None:
        """"partai X, Y" / "perusahaan X, Y": an organisation noun owned by a person and apposed to an
        organisation's name: the person leads it (read linearly, within a few words)."""
        words = self.s.words
        for i, w in enumerate(words):
            cue = self.lex.type_cues.get(w.text.lower())
            if cue != "Organization" or self.entity(w) is not None:
                continue
            j = i + 1
            while j < len(words) and j <= i + 4 and self.entity(words[j]) is None and words[j].text[:1].islower():
                j += 1
            person = self.entity(words[j]) if j < len(words) else None
            if person is None or self.ctx.index.type_of(person) != "Person":
                continue
            while j < len(words) and self.entity(words[j]) == person:
                j += 1
            if j + 1 < len(words) and words[j].text == ",":
                org = self.entity(words[j + 1])
                if org and self.ctx.index.type_of(org) == "Organization":
                    self.add(person, "leads", org, "possessive-apposition", CONF_NP - 0.1, w, nominal=True)

    def _person_after(self, j: int) -> list[str]:
        """The person named right after an organisation's name, past a comma, brackets and ranks
        ("Direktur Utama X (Tbk) Y", "Kepala X Jenderal (Purn) Y", "CEO X, Y")."""
        words = self.s.words
        depth, steps = 0, 0
        while j < len(words) and steps < 8:
            w = words[j]
            label = self.entity(w)
            if depth == 0 and label is not None:
                # "TITLE ORG NAME": the name is the title holder even when the NER typed it otherwise (not a place)
                ent = self.ctx.index.entities.get(label)
                ok = ent is not None and (ent.type == "Person" or (
                    ent.type != "Place" and ent.type_source in ("ner", "default") and len(ent.label.split()) > 1))
                return [label] if ok else []
            low = w.text.lower()
            if w.text == "(":
                depth += 1
            elif w.text == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and w.text != "," and w.upos not in ("ADJ", "PROPN") and not any(
                    low == " ".join(t) for t in self.lex.name_titles):
                return []
            j += 1
            steps += 1
        return []

    def _person_before(self, i: int) -> list[str]:
        """The person named right before a title: "Y, CEO X", "Y selaku Kepala X", "Y sebagai Ketua X"."""
        words = self.s.words
        j = i - 1
        if j > 0 and words[j].text.lower() in self.lex.former_words:  # "Y, bekas Ketua X": the office was Y's
            j -= 1
        if j < 0 or not (words[j].text == "," or words[j].text.lower() in LINKS):
            return []
        while j >= 0 and i - j <= 7 and self.entity(words[j]) is None:  # "Y, yang kini menjabat sebagai Ketua X"
            if words[j].text != "," and words[j].text.lower() not in LINKS:
                return []
            j -= 1
        label = self.entity(words[j]) if j >= 0 else None
        if label and self.ctx.index.type_of(label) == "Person":
            return [label]
        return []

    def maker_rule(self) -> None:
        product_t = frozenset({"AIModel", "Product"})
        maker_t = frozenset({"Organization", "Person"})
        for w in self.s.words:
            case = case_of(self.s, w)
            cases = self.lex.maker_cases | self.lex.publisher_cases
            maker_word = w.text.lower() in cases
            if not w.head or (_base(w.deprel) not in ("nmod", "obl", "acl", "amod")
                              and not (maker_word and w.deprel in ("compound", "flat"))):
                continue
            if case not in cases and w.text.lower() not in cases:
                continue
            published = case in self.lex.publisher_cases or w.text.lower() in self.lex.publisher_cases
            gov = self.s.word(w.head)
            products = [p for p in self._product_of(gov) if self.ctx.index.type_of(p) in product_t]
            if not products:
                continue
            makers = [m for m in self.resolve(w, maker_t) if self.ctx.index.type_of(m) in maker_t]
            if not makers and w.id < len(self.s.words):  # "karya X" with X attached elsewhere: the name after it
                label = self.entity(self.s.word(w.id + 1))
                makers = [label] if label and self.ctx.index.type_of(label) in maker_t else []
            if not makers:
                makers = self._person_past_occupation(w.id + 1)
            self._maker_claims(products, makers, published, w)
        self._linear_maker_rule(product_t, maker_t)

    def _person_past_occupation(self, j: int) -> list[str]:
        """The person named after an occupation noun and its qualifiers, from word ``j`` on: "karya wartawan Kompas JB
        Kristanto", "karya pematung Italia Silvio Gazzaniga", "karya sutradara Austria, Michael Glawogger"."""
        words = self.s.words
        steps = 0
        while j <= len(words) and steps < 6:
            x = self.s.word(j)
            label = self.entity(x)
            if label is not None:
                kind = self.ctx.index.type_of(label)
                if kind == "Person":
                    return [label] if steps else []  # right after the maker noun: the caller's reading
                if kind not in ("Place", "Organization"):
                    return []
                while j + 1 <= len(words) and self.entity(self.s.word(j + 1)) == label:
                    j += 1
            elif not ((x.text[:1].islower() and x.upos in ("NOUN", "ADJ", "PROPN")) or (x.text == "," and steps)):
                return []
            j += 1
            steps += 1
        return []

    def _maker_claims(self, products: list[str], makers: list[str], published: bool, w: Word) -> None:
        for p in products:
            for m in makers:
                if published:  # "buku X terbitan Y": Y put X on the market
                    self.add(m, "releases", p, "publisher-phrase", CONF_NP, w, nominal=True)
                else:
                    self.add(p, "developedBy", m, "maker-phrase", CONF_NP, w, nominal=True)

    def _linear_maker_rule(self, product_t: frozenset[str], maker_t: frozenset[str]) -> None:
        """"<product> terbitan|karya|buatan <maker>" read linearly, for the trees where the parser took the maker noun
        for a verb. Only nouns count here, not prepositions ("dari" needs the tree)."""
        for w in self.s.words:
            low = w.text.lower()
            if low not in self.lex.maker_cases and low not in self.lex.publisher_cases:
                continue
            if w.id < 2 or w.id >= len(self.s.words):
                continue
            b = w.id - 1
            copula = b > 1 and self.s.word(b).text.lower() in COPULAS
            if copula:  # "X adalah karya Y", "X merupakan produk Y"
                b -= 1
            elif low in PREPOSITION_MAKERS:
                continue
            before, after = self.entity(self.s.word(b)), self.entity(self.s.word(w.id + 1))
            if before is None or after is None or before == after:
                continue
            if self.ctx.index.type_of(before) in product_t and self.ctx.index.type_of(after) in maker_t:
                self._maker_claims([before], [after], low in self.lex.publisher_cases, w)

    def _product_of(self, word: Word) -> list[str]:
        label = self.entity(word)
        if label:
            return [label]
        cue = self.lex.type_cues.get(word.text.lower()) or self.lex.type_cues.get(word.lemma.lower())
        if cue not in ("AIModel", "Product"):
            return []
        if word.deprel == "appos" and word.head:  # "Kimi K2—model … dari X"
            return self.resolve(self.s.word(word.head), frozenset({"AIModel", "Product"}))
        if any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(word.id)):  # "Aplikasi buatan X itu"
            found = self.last_before(word, frozenset({cue}))
            return [found] if found else []
        if word.deprel in ("obj", "xcomp") and word.head:  # "X merupakan album karya Y": the copula's subject
            gov = self.s.word(word.head)
            if gov.text.lower() in COPULAS:
                for child in self.s.children(gov.id):
                    if child.id < gov.id and self.entity(child) is not None:
                        return [x for x in [self.entity(child)] if x is not None]
        for child in self.s.children(word.id):
            if child.deprel in ("appos", "flat", "flat:name", "compound"):
                got = self.resolve(child, frozenset({"AIModel", "Product"}))
                if got:
                    return got
        return []

    def _is_org_word(self, word: Word) -> bool:
        """True for an organisation's name or an organisation noun ("perusahaan", "startup")."""
        label = self.entity(word)
        if label is not None:
            return self.ctx.index.type_of(label) == "Organization"
        cue = self.lex.type_cues.get(word.text.lower()) or self.lex.type_cues.get(word.lemma.lower())
        return cue == "Organization"

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
            before = self.s.word(w.id - 1) if w.id > 1 else None
            if before is not None and (before.text == "(" or before.text.lower() == "seluruh"):
                continue  # "Kenenisa Bekele (Etiopia)": a nationality; "Persatuan … Seluruh Indonesia": the name's
            gov = self.s.word(w.head)
            # the place must modify an organisation's name or an organisation noun ("perusahaan migas Malaysia"),
            # not an amount, a person or an event ("5 juta dollar AS", "Menteri Luar Negeri Korea X")
            host: Word | None = gov
            for _ in range(2):
                if host is None or self._is_org_word(host):
                    break
                amount = any(c.deprel == "nummod" for c in self.s.children(host.id))  # "5 juta dollar AS"
                host = (self.s.word(host.head) if host.head and host.deprel in ("compound", "flat", "amod", "nmod")
                        and not case_of(self.s, host) and not amount else None)
            if host is None or not self._is_org_word(host):
                continue
            org_t = frozenset({"Organization"})
            orgs = [o for o in self.resolve(gov, org_t) if self.ctx.index.type_of(o) != "Place"]
            if not orgs and gov.head and gov.deprel in ("appos", "flat", "compound"):
                orgs = [o for o in self.resolve(self.s.word(gov.head), frozenset({"Organization"}))
                        if self.ctx.index.type_of(o) == "Organization"]
            if not orgs:  # "raksasa teknologi asal Korea Selatan, Samsung,": the name apposed after the comma
                j = w.id
                while j <= len(self.s.words) and self.entity(self.s.word(j)) == place:
                    j += 1
                if j + 1 <= len(self.s.words) and self.s.word(j).text == ",":
                    label = self.entity(self.s.word(j + 1))
                    if label is not None and self.ctx.index.type_of(label) != "Place" and self.type_ok(label, org_t):
                        orgs = [label]
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
            ent = self.ctx.index.entities.get(ob)
            first = a.id
            while first > 1 and self.entity(ws[first - 2]) == pa:
                first -= 1
            origin = first > 1 and ws[first - 2].text.lower() in self.lex.origin_cases  # "startup asal Beijing X"
            if ent is None or (ent.type_source == "default" and not origin):  # an untyped name after a place may be
                continue  # a person
            if first > 1 and ws[first - 2].upos == "ADP" and not origin:  # "di China Meta …": a place adverbial
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
        source = speaker(sentence, index, lexicon)
        for claim in _Extractor(doc, sentence, ctx, lexicon).run():
            key = (claim.sentence, claim.subject, claim.predicate, claim.object)
            if key not in seen:
                seen.add(key)
                # a title or apposition describing someone is the writer's, not the quoted source's
                claims.append(replace(claim, stated_by=source) if source and not claim.nominal else claim)
        ctx.see_sentence(sentence)
    return claims


def speaker(sentence: Sentence, index: EntityIndex, lexicon: Lexicon) -> str | None:
    """Who a sentence quotes: the named person or organisation of a speech verb ("…, kata X", "X mengatakan …",
    "menurut X, …"; verbs in triggers.toml [speech]).

    sentence: the sentence.
    index: the document's entities.
    lexicon: the speech verbs.
    RETURNS: the speaker's label, or None when the sentence reports nobody named.
    """
    for w in sentence.words:
        if w.text.lower() not in lexicon.speech_words and w.lemma.lower() not in lexicon.speech_words:
            continue
        args = [c for c in sentence.children(w.id) if c.deprel.split(":")[0] in ("nsubj", "obj", "obl", "nmod")]
        if w.head and w.upos == "ADP":  # "menurut X": the preposition hangs on X
            args.append(sentence.word(w.head))
        if w.id < len(sentence.words):
            args.append(sentence.word(w.id + 1))  # "kata X" with X attached elsewhere
        for arg in args:
            ent = index.at(sentence.index, arg.id)
            if ent is not None and ent.type in ("Person", "Organization"):
                return ent.label
    return None
