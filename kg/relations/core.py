"""The shared ground of the relation rules: constants, trigger lookup, the document context used for coreference,
and :class:`Arguments`, which resolves a sentence's words to entities (names, pronouns, definite descriptions,
relative clauses, titles) and records claims. The rules themselves are mixins in the sibling modules.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.entities import (
    COPULAS,
    DEMONSTRATIVES,
    EXAMPLE_OPENERS,
    INDEFINITES,
    LEGAL_FORMS,
    OPENING_QUOTES,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    EntityIndex,
    is_ordinal,
)
from kg.items import OFFICES, Claim, Entity, Event, name_key
from kg.lexicon import CLITICS, Lexicon, RelationSpec, is_passive, roots_of, stem, without_nya
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
ORG = frozenset({"Organization"})

# words that open a list of examples of the phrase before them ("perusahaan konstruksi seperti PT A dan PT B")
EXAMPLE_MARKS = frozenset({"seperti", "termasuk"})
# words that introduce what a noun phrase names: "anak perusahaan X adalah Y", "bank asal Indonesia …, yakni A dan B"
NAMING = frozenset({"adalah", "yakni", "yaitu", "ialah"})
# the example openers of an object's phrase ("meluncurkan ponsel seperti A", "obligasi berupa X", "novel, antara lain
# A"), not the naming ones: "perusahaan saudaranya, yaitu A dan B di Singapura" is read by the rules of naming
_OBJECT_EXAMPLE_OPENERS = tuple(o for o in EXAMPLE_OPENERS if o[0] not in NAMING)
# a stake, whose company may follow "di" or "pada" ("2.700 saham di PT X", "kepemilikan 30 persen pada Y")
STAKE_NOUNS = frozenset({"saham", "kepemilikan"})
# relations through which a clause shares the subject of the clause above ("A hengkang dan bergabung …", "sepakat
# membangun", "Setelah …, A …")
SHARED_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
# "X yang dahulu bernama Y": Y is X's former name
RENAMING = frozenset({"bernama", "dikenal"})
FORMERLY = frozenset({"dahulu", "dulu", "dulunya", "sebelumnya", "semula", "awalnya", "tadinya"})
# words that may stand between a person and their title ("Y, yang kini menjabat sebagai Ketua X")
LINKS = frozenset({"selaku", "sebagai", "yang", "kini", "sekarang", "menjabat", "adalah", "merupakan", "juga",
                   "saat", "ini", "masih", "pernah", "mantan", "sang", "terpilih", "dipilih", "diangkat", "ditunjuk",
                   "dilantik", "menjadi", "resmi", "kembali", "akan", "bakal", "diperkirakan", "dikabarkan",
                   "kabarnya", "rencananya", "segera", "telah", "sudah", "baru", "tengah", "sedang", "dikenal",
                   "tercatat"})

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


def fits(ent: Entity, types: frozenset[str]) -> bool:
    """True when an entity may fill a slot of ``types``: its type, or — for an organisation slot — a one-word name the
    NER tagged PER or LOC (it tags many company names so: "Meta", "Nvidia")."""
    return ent.type in types or ("Organization" in types and weak_person(ent))


# the relations whose object is a product: what a description of a product may point back at
_PRODUCT_SLOTS = frozenset({"releases", "announced"})
# the first words of the names of public bodies that no description of a company means
_PUBLIC_OPENERS = frozenset({"pemerintah", "pemprov", "pemkot", "pemkab", "pemda", "partai", "universitas",
                             "kepolisian", "kpk"})  # besides the lexicon's office nouns, legislatures and forces


def _base(deprel: str) -> str:
    return deprel.split(":")[0]


def case_of(sentence: Sentence, word: Word) -> str:
    """RETURNS the lowercased preposition ("case" or "mark" dependent) introducing a word, or ""."""
    found = ""
    for child in sentence.children(word.id):
        if child.deprel in ("case", "mark") and child.upos in ("ADP", "SCONJ", "ADV", "NOUN", "VERB"):
            if found == "bersama" and child.text.lower() in ("antara", "dengan") and child.id < word.id:
                return child.text.lower()  # "kontrak operasi bersama antara A dan B": the parser took the
                # "joint" of the noun for a preposition of the phrase after it
            found = found or child.text.lower()
    return found


def _is_affixed(text: str, root: str) -> bool:
    low = text.lower()
    return low != root and not low.startswith(root)


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
            nxt = without_nya(nxt)  # "menanamkan modalnya"
            cands += [f"{r} {nxt}" for r in cands]
        seen: set[str] = set()
        for root in cands:
            for rel in lexicon.relations_for_root(root):
                spec = lexicon.relations[rel]
                if rel in seen:
                    continue
                if root in spec.affixed_only and not _is_affixed(word.text, root.split()[0]):
                    continue
                if any(word.text.lower().endswith(form[:-1]) if form.endswith("$") else form in word.text.lower()
                       for form in spec.not_forms):
                    continue
                if any(i >= len(p) and tuple(w.text.lower() for w in words[i - len(p):i]) == p
                       for p in spec.not_after):
                    continue
                seen.add(rel)
                yield word, spec, root


# adverbs of sequence the parser may read as a noun with "-nya" ("akhirnya": finally), never an event
_SEQUENCE_ADVERBS = frozenset({"akhirnya", "kemudian", "selanjutnya", "sebelumnya", "sesudahnya", "setelahnya",
                               "lalu", "lantas", "sementara itu"})
# process nouns that a purpose clause names ("proses untuk bergabung dengan ACTA", "rencana untuk membangun …")
_PROCESS_NOUNS = frozenset({"proses", "rencana", "upaya", "langkah", "usaha", "persiapan"})
# nouns of a step taken, which "itu"/"tersebut" points back at the previous sentence's actor with
_ACTION_NOUNS = frozenset({"langkah", "upaya", "strategi", "tindakan", "kebijakan", "keputusan"})


@dataclass
class DocContext:
    """What a document has established so far, for coreference: mention counts, leaders, events, recent entities."""

    index: EntityIndex
    type_cues: dict[str, str]  # the lexicon's type cues ("perusahaan" → Organization): what a description names
    counts: Counter[str] = field(default_factory=Counter)
    leaders: dict[str, str] = field(default_factory=dict)  # organisation → person who leads it
    events: dict[tuple[str, str], list[Event]] = field(default_factory=dict)  # (kind, subject) → events
    recent: list[str] = field(default_factory=list)  # entity labels in order of mention
    partners: dict[str, str] = field(default_factory=dict)  # symmetric relation → its last second party
    makers: dict[str, str] = field(default_factory=dict)  # product → who made it (from developedBy claims)
    # the names a claim has put in a product's slot (released, announced, made), whatever their type then
    products: list[str] = field(default_factory=list)
    # what an encyclopaedic text is about: the named subject of a copula opening it ("X adalah perusahaan …")
    defined: str | None = None
    subjects: list[str | None] = field(default_factory=list)  # per sentence: the named subject of its main clause
    # (person, leads|ceoOf, organisation) as the text gave them, for a successor to take over
    offices: list[tuple[str, str, str]] = field(default_factory=list)
    # a lower-case organisation noun → the names introduced right after it ("konsorsium" → the consortium named
    # "konsorsium Galuh Sport Investama"): what a later "Konsorsium … itu" means
    introduced: dict[str, list[str]] = field(default_factory=dict)
    outlets: frozenset[str] | None = None  # the document's news outlets, once asked for (Arguments.outlets)

    def see_sentence(self, sentence: Sentence) -> None:
        """Record the entities mentioned in a sentence (after its claims were found), and its main clause's subject."""
        self.subjects.append(self.main_subject(sentence))
        if not [x for x in self.subjects[:-1] if x is not None] and self.defined is None:
            root = next((w for w in sentence.words if w.head == 0), None)
            if root is not None and any(c.deprel == "cop" for c in sentence.children(root.id)):
                self.defined = self.subjects[-1]  # ("X adalah perusahaan patungan …")
        seen: list[str] = []
        for w in sentence.words:
            ent = self.index.at(sentence.index, w.id)
            if ent is not None and (not seen or seen[-1] != ent.label):
                seen.append(ent.label)
                noun = sentence.word(w.id - 1) if w.id > 1 else None
                if (noun is not None and (noun.text.islower() or noun.id == 1) and noun.upos == "NOUN"
                        and self.type_cues.get(noun.text.lower()) == ent.type == "Organization"):
                    # the last of the names run together after it: "klub Liga 2 Persatuan Sepak Bola Priangan" is
                    # the club, the league classifying it
                    k, last = w.id, ent
                    while k <= len(sentence.words) and (at := self.index.at(sentence.index, k)) is not None:
                        last, k = (at if at.type == "Organization" else last), k + 1
                    self.introduced.setdefault(noun.text.lower(), []).append(last.label)
        for label in seen:
            self.counts[label] += 1
            self.recent.append(label)

    def see_dateline(self) -> None:
        """Record a dateline ("Bisnis.com, JAKARTA"): a sentence with no subject, whose outlet and place no later
        "perusahaan tersebut" or "-nya" points back at."""
        self.subjects.append(None)

    def main_subject(self, sentence: Sentence) -> str | None:
        """RETURNS the entity named as the subject of a sentence's main clause, or None."""
        root = next((w for w in sentence.words if w.head == 0), None)
        if root is None:
            return None
        subj = next((c for c in sentence.children(root.id) if c.deprel in ("nsubj", "nsubj:pass")), None)
        if subj is None:
            return None
        own = self.index.at(sentence.index, subj.id)
        if own is not None:
            return own.label
        named = [(c.id, ent) for c in sentence.children(subj.id) if c.deprel in ("flat", "flat:name", "appos")
                 and (ent := self.index.at(sentence.index, c.id)) is not None]
        if subj.upos == "NOUN":  # "Maskapai berbiaya murah PT X menurunkan …": the company the description names,
            # the last one named ("Klub Liga 2 X FC": the league classifies the club), also on the description's
            # own compound ("Perusahaan teknologi finansial X")
            nouns, k = [subj], 0
            if self.type_cues.get(subj.text.lower()) in ("Organization", "Person"):  # (not "saham X")
                while k < len(nouns) and k < 4:  # the description's words: "teknologi", "finansial"
                    nouns += [c for c in sentence.children(nouns[k].id)
                              if c.deprel in ("compound", "amod") and c.text.islower()]
                    k += 1
            named += [(c.id, ent) for n in nouns for c in sentence.children(n.id)
                      if c.deprel == "nmod" and (ent := self.index.at(sentence.index, c.id)) is not None
                      and ent.type == "Organization" and not any(g.deprel == "case" for g in sentence.children(c.id))]
            return max(named, key=lambda x: x[0])[1].label if named else None
        return named[0][1].label if named else None

    def led_by(self, person: str | None) -> str | None:
        """RETURNS the first organisation the document has made ``person`` the leader of, else None."""
        return next((o for o, p in self.leaders.items() if p == person), None) if person else None

    def recent_subject(self, types: frozenset[str], within: int = 3,
                       exclude: frozenset[str] = frozenset()) -> str | None:
        """RETURNS the named main-clause subject of one of the last ``within`` sentences, the latest first, when it
        is of one of ``types`` (an organisation slot also takes a one-word name the NER calls a person) and not in
        ``exclude``."""
        for label in [x for x in self.subjects[-within:] if x is not None][::-1]:
            ent = self.index.entities.get(label)
            if label in exclude:
                continue
            if ent is not None and fits(ent, types):
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
            if ent is not None and label not in exclude and fits(ent, ORG):
                return label
        return None

    def party_story(self, lexicon: Lexicon, named: frozenset[str] = frozenset()) -> str | None:
        """RETURNS the political party a document is about: of the parties (by the gazetteer's names, or a name
        beginning "Partai") already named, the one mentioned more often in the whole document than any other, or
        None."""
        def is_party(ent: Entity) -> bool:
            names = (ent.label, *ent.aliases)
            return ent.type == "Organization" and any(
                n.lower().startswith("partai ") or tuple(n.lower().split()) in lexicon.parties for n in names)
        # only a party named before the title, in the story so far or earlier in its sentence (``named``): "PSSI …
        # Ketua Umum X … Partai Golkar mengirim utusan" is not about the party named after
        # ... or, where the story has named no organisation yet, the one party it names later ("Seandainya Ani menjadi
        # ketua umum, … kader Demokrat …")
        opening = self.last_org() is None and not any(self.index.type_of(x) == "Organization" for x in named)
        counts = sorted(((len(e.mentions), e.label) for e in self.index.entities.values()
                         if is_party(e) and (e.label in self.counts or e.label in named or opening)), reverse=True)
        if opening and len(counts) > 1:
            return None  # (several parties named later: none is the story's yet)
        if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        return counts[0][1]

    def topic(self, types: frozenset[str], exclude: frozenset[str]) -> str | None:
        """RETURNS the most mentioned entity so far of one of ``types`` (ties: first mentioned), or None."""
        best = [
            (-n, self.recent.index(label), label)
            for label, n in self.counts.items()
            if self.index.type_of(label) in types and label not in exclude
        ]
        return min(best)[2] if best else None


class Arguments:
    """Argument resolution and coreference for one sentence, shared by every rule; holds the sentence, the
    document context and the lexicon, and collects the sentence's claims."""

    def __init__(self, doc: Document, sentence: Sentence, ctx: DocContext, lexicon: Lexicon) -> None:
        self.doc, self.s, self.ctx, self.lex = doc, sentence, ctx, lexicon
        self.claims: list[Claim] = []
        self.triggers: list[tuple[Word, RelationSpec, str]] = []  # the sentence's triggers, found once in run()

    # ---- argument resolution -------------------------------------------------------------------------------------

    def entity(self, word: Word) -> str | None:
        ent = self.ctx.index.at(self.s.index, word.id)
        while ent is None and word.text.lower().rstrip(".") in self.lex.honorifics and word.id < len(self.s.words):
            # "… adalah Dr. Supian Hadi", "… adalah Prof. Dr. Ir. X": the parser heads the name with the honorific
            # (each of a chain with the next), which is no part of it
            nxt = self.s.word(word.id + 1)
            if nxt.head != word.id or _base(nxt.deprel) != "flat":
                break
            ent, word = self.ctx.index.at(self.s.index, nxt.id), nxt
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
        if (ent.type_source == "default" and types <= PRODUCT_TYPES and ent.label[:1].islower()
                and any(c.isupper() for c in ent.label[1:])):
            return True  # "memperkenalkan iPhone", "meluncurkan eFarm": a brand spelling; the verb says it is a product
        # a name typed only by default may fill any non-place slot
        return ent.type_source == "default" and "Place" not in types and bool(types & PEER_TYPES)

    def _maker_described(self, word: Word) -> str | None:
        """The maker of a product named in a definite description of a company ("perusahaan pengembang X itu",
        "produsen X tersebut"), as a developedBy claim made earlier in the text gave it; else None."""
        words = self.s.words
        for k in range(word.id - 1, min(len(words), word.id + 3)):  # 0-based: the noun and the words after it
            if words[k].text.lower() not in self.lex.developer_nouns or k + 1 >= len(words):
                continue
            product = self.entity(words[k + 1])
            return self.ctx.makers.get(product) if product is not None else None
        return None

    def comma_conj(self, word: Word) -> bool:
        """True for a common noun the parser made a conjunct though only a comma joins it: an apposition ("Cohere,
        rival OpenAI dan Anthropic, merilis …"), not a second party."""
        return (word.deprel == "conj" and word.upos == "NOUN" and word.id > 1 and self.s.word(word.id - 1).text == ","
                and not any(c.deprel == "cc" for c in self.s.children(word.id)))

    def resolve(self, word: Word, types: frozenset[str], depth: int = 0) -> list[str]:
        """Entities a noun phrase (and its coordinated phrases) refers to, of the wanted types."""
        out = self._resolve_one(word, types, depth)
        own = self.entity(word)
        # the conjunct may hang on the last word of a name ("Bank Mandiri dan Pertamina": on "Mandiri")
        span = range(self.mention_start(word.id, own), self.past_mention(word.id, own)) if own else range(0)
        hosts = [word] + [self.s.word(i) for i in span if i != word.id]
        for host in hosts:
            for child in self.s.children(host.id):
                if depth < 3 and (child.deprel == "conj" and not self.comma_conj(child)  # "A, B dan C": C on B
                                  or self._coordinated_nmod(word, child) or self._listed_title(own, child)):
                    out += [x for x in self.resolve(child, types, depth + 1) if x not in out]
        return out

    def _reporting_subject(self, word: Word) -> str | None:
        """The organisation that is the subject of the verb reporting the clause ``word`` is the subject of ("X
        membantah (laporan) bahwa pihaknya …", "X menegaskan perusahaannya …"): who "-nya" points to; None when the
        reporting verb's subject is no organisation, or a person is named between them (the speaker)."""
        if not word.deprel.startswith("nsubj") or not word.head:
            return None
        clause = self.s.word(word.head)
        if not clause.head or _base(clause.deprel) not in ("ccomp", "advcl", "acl") or not any(
                c.deprel == "mark" and c.text.lower() == "bahwa" for c in self.s.children(clause.id)):
            return None
        gov = self.s.word(clause.head)
        while gov.upos == "NOUN" and gov.head and gov.deprel == "obj":  # "membantah laporan bahwa …"
            gov = self.s.word(gov.head)
        if gov.upos != "VERB" or gov.text.lower() not in self.lex.speech_words | self.lex.denial_words:
            return None
        found = self.subject_of(gov, frozenset({"Organization"}))[0]
        if len(found) != 1 or any(self.ctx.index.type_of(self.entity(w) or "") == "Person"
                                  for w in self.s.words[gov.id:word.id - 1]):
            return None
        return found[0]

    def _listed_title(self, own: str | None, child: Word) -> bool:
        """'singel "A", "B" dan "C"': a quoted title the parser hung on the one before as an apposition is the next
        item of a list of works, when both are products."""
        other = self.entity(child)
        if own is None or other is None or other == own or _base(child.deprel) != "appos":
            return False
        first = self.mention_start(child.id, other)
        return (first > 2 and self.s.word(first - 1).text in OPENING_QUOTES and self.s.word(first - 2).text == ","
                and self.ctx.index.type_of(own) == self.ctx.index.type_of(other) == "Product")

    def _coordinated_nmod(self, word: Word, child: Word) -> bool:
        """"di PT A sebesar 99 persen dan di PT B …": a phrase with its own "dan" and the same preposition as the
        phrase it hangs on, which the parser made a modifier, is a conjunct."""
        if _base(child.deprel) != "nmod" or self.entity(child) is None:
            return False
        prep = case_of(self.s, word)
        return bool(prep) and case_of(self.s, child) == prep and any(
            c.deprel == "cc" and c.id < child.id for c in self.s.children(child.id))

    def examples(self, word: Word, types: frozenset[str]) -> list[str]:
        """The names a phrase lists as examples right after it ("BUMN konstruksi seperti PT A (A), PT B dan PT C"):
        read linearly from the phrase's head to "seperti" / "termasuk" within its clause; empty when there is none."""
        words, k = self.s.words, word.id  # 0-based index of the word after the head
        own = self.entity(word)
        while own is not None and k < len(words) and self.entity(words[k]) == own:
            k += 1  # past the phrase's own name
        start = k
        def opener(i: int) -> int:
            return self.opener_at(i, _OBJECT_EXAMPLE_OPENERS)

        while k < len(words) and k < start + 6 and not opener(k):
            if words[k].upos in ("VERB", "AUX") or words[k].text in (".", ";", ":"):
                return []
            k += 1
        if k >= len(words) or not opener(k):
            return []
        return self.examples_from(k + 1 + opener(k), types)  # ids are 1-based: the word after the mark

    def opener_at(self, i: int, openers: tuple[tuple[str, ...], ...] = EXAMPLE_OPENERS) -> int:
        """The length of the list opener ("antara lain": 2, "seperti": 1) starting at 0-based index ``i``, else 0."""
        return next((len(o) for o in openers
                     if tuple(w.text.lower() for w in self.s.words[i:i + len(o)]) == o), 0)

    def examples_from(self, first: int, types: frozenset[str], links: frozenset[str] = frozenset()) -> list[str]:
        """The names listed from word ``first`` on ("A, B dan C"), of ``types``, up to the first other word; a name in
        brackets is a short form of the one before it ("PT A (A), PT B"), not another item. ``links``: more words
        that may stand between the items, numbers included ("A 39,71 persen, B 6,02 persen")."""
        words, k = self.s.words, first - 1
        found: list[str] = []
        depth = 0
        while k < len(words):
            w = words[k]
            label = self.entity(w)
            depth += (w.text == "(") - (w.text == ")")
            if depth == 0 and w.text != ")":
                if label is not None:
                    if label not in found and self.type_ok(label, types):
                        found.append(label)
                elif w.text != "," and w.text.lower() not in ("dan", "serta", "atau") and not (
                        links and (w.upos == "NUM" or w.text.lower() in links)):
                    break
            k += 1
        return found

    def _resolve_one(self, word: Word, types: frozenset[str], depth: int) -> list[str]:
        label = self.entity(word)
        if (label is not None and label.split()[0].lower() in self.lex.leagues and word.id > 1
                and self.s.word(self.mention_start(word.id, label) - 1).text.lower() in self.lex.club_nouns):
            nxt = self.past_mention(word.id, label)  # "klub Liga 2 (,) Surabaya Patriot FC": the league's club
            if nxt < len(self.s.words) and self.s.word(nxt).text == ",":
                nxt += 1
            club = self.entity(self.s.word(nxt)) if nxt <= len(self.s.words) else None
            if club is not None and club != label and self.type_ok(club, types):
                return [club]
        if label is not None:
            if self._place(label) and "Organization" in types and depth <= 3:
                # "Perusahaan energi Malaysia Petronas …": the country describes the company named after it; so
                # does it with a comma ("perusahaan farmasi Denmark, Nordvik Pharma", the name hung on the country)
                comma = self.past_mention(word.id, label)  # (the name right after the country's comma)
                for child in self.s.children(word.id):
                    named = self.entity(child)
                    apposed = (child.deprel == "appos" and named is not None and comma < len(self.s.words)
                               # (a bare modifier of a described noun, not "mitranya dari China, Y", not a dateline)
                               and not case_of(self.s, word) and word.head and word.head < word.id
                               and self.s.word(word.head).upos == "NOUN" and self.s.word(word.head).text.islower()
                               and self.s.word(comma).text == "," and self.mention_start(child.id, named) == comma + 1)
                    if ((child.deprel in ("flat", "flat:name", "compound") or apposed) and named not in (None, label)
                            and self.ctx.index.type_of(named) == "Organization"):
                        return [named]
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
        if (types <= PRODUCT_TYPES and low in self.lex.maker_cases - PREPOSITION_MAKERS and word.head
                and _base(word.deprel) in ("compound", "nmod", "amod") and depth < 3):
            # "film … karya sutradara X yang diproduksi oleh Y": the maker word (the relative clause hung on it) stands
            # for the work it describes, not for the maker named after it
            return self._resolve_one(self.s.word(word.head), types, depth + 1)
        if types <= PRODUCT_TYPES and low in self.lex.life_events:
            return []  # "mengumumkan pembubaran M&D", "memperkenalkan pemerintahan baru Clinton": no product's
        both = low == "keduanya" or (low == "kedua" and word.upos == "NUM" and any(
            c.text.lower() in CLITICS for c in self.s.children(word.id)))
        if both:  # "Keduanya bersaing …" (split by the tokenizer into "Kedua" + "nya"): the last two parties named
            for kind in ("Organization", "Person"):
                pair = self.last_n_before(word, frozenset({kind}), 2) if kind in types else []
                if pair:
                    return pair
            return []
        if low == "yang" and word.head:  # relative pronoun: the noun the clause modifies
            clause = self.s.word(word.head)
            if clause.head and clause.deprel.startswith("acl"):
                noun = self.s.word(clause.head)
                top = noun  # ("prosesor SoC pertama Intel yang …" with the clause on "SoC": up to "prosesor")
                while (top.head and top.deprel in ("nmod", "compound") and self.entity(top) is None
                       and top.id - top.head <= 3):
                    top = self.s.word(top.head)
                verb = self.s.word(top.head) if top.head and top.deprel in ("obj", "xcomp") else None
                if (verb is not None and verb.text.lower() in COPULAS and self.entity(top) is None
                        and self.entity(noun) is None):
                    # "Medfield merupakan prosesor Intel yang dibuat untuk menantang Y": the noun describes the
                    # copula's subject, which the clause is about (not the maker named inside the noun phrase)
                    for child in self.s.children(verb.id):  # (a named subject only: "Pembeli saham X merupakan
                        # perusahaan yang …" describes the unnamed buyer, not X)
                        if child.deprel == "nsubj" and child.id < verb.id and self.entity(child) is not None:
                            found = self._resolve_one(child, types, depth + 1)
                            if found:
                                return found
                return self.resolve(noun, types, depth + 1)
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
                wanted = types or PEER_TYPES
                if low in PERSONAL_PRONOUNS:  # "ia", "beliau": a person, not the club or company named before
                    return self._personal_antecedent(word, wanted)
                if low == "mereka" and "Organization" in wanted:
                    # "Kepala Keuangan X, Y, mengatakan …, tempat mereka bersaing dengan Z": "they" are a company
                    # named in the sentence rather than the one person quoted in it
                    org = self.last_before(word, frozenset({"Organization"}), same_sentence=True)
                    if org is not None:
                        return [org]
                topic = self._topic_nya(word, wanted)
                antecedent = topic or self.last_before(word, wanted, exclude=self.outlets())
                return [antecedent] if antecedent else []
            return []
        if depth > 3:
            return []
        if "Organization" in types and self.entity(word) is None and word.upos == "NOUN" and (
                without_nya(low) in self.lex.club_nouns and low != without_nya(low) or low in self.lex.club_nouns
                and any(c.text.lower() in CLITICS and c.id == word.id + 1 for c in self.s.children(word.id))):
            # "Pelatih X, Y, mengakui timnya bersaing dengan Z": his team is the club the sentence named him with
            # (a coach or a player does not lead it)
            person = self.last_before(word, frozenset({"Person"}), same_sentence=True)
            if person is not None:
                # the club in the person's title ("Pelatih X, Y, mengakui timnya …"), else the one the story is about
                # ("Manajer tim, X, mengatakan klubnya …"); not any other organisation the sentence names ("Usai
                # bertemu dengan PT X, Y mengatakan timnya …")
                club = self._titled_org(person) or self.ctx.recent_subject(frozenset({"Organization"}))
                return [club] if club is not None else []
        cue = self.lex.type_cues.get(low) or self.lex.type_cues.get(word.lemma.lower())
        if cue is None and low in self.lex.definite_org_nouns and (any(
                c.text.lower() in DEMONSTRATIVES for c in self.s.children(word.id))
                or (word.id > 2 and self.s.word(word.id - 1).text == ",")):
            # "jaringan ini", "X, jaringan relawan yang …": the body pointed back at or apposed (but "jaringan
            # Palapa Ring" names no firm)
            cue = "Organization"
        if cue == "Organization" and "Organization" in types:  # "perusahaan Mark Zuckerberg"
            # only a company or a party is someone's ("kepolisian X" names the police chief's force, not the
            # organisation last named)
            owner = self._possessor_person(word) if low in self.lex.possessed_orgs else None
            speaker = False
            if owner is None and any(c.upos == "PRON" and c.text.lower() in CLITICS and c.id == word.id + 1
                                     for c in self.s.children(word.id)):
                reporter = self._reporting_subject(word)
                if reporter is not None:  # "X membantah laporan bahwa pihaknya akan …": X's side, X
                    return [reporter]
                owner = self.last_before(word, frozenset({"Person"}))  # "pihaknya", "perusahaannya": the speaker's
                speaker = True
            if owner is not None:
                org = self.company_of(owner, word, claim_leader=not speaker)
                return [org] if org else []
        if low in self.lex.kin_address and word.text[:1].isupper() and word.id < len(self.s.words):
            named = self.entity(self.s.word(word.id + 1))  # "oleh Bapak Surya Sugiarto": Mr Surya Sugiarto
            if named is not None and self.ctx.index.type_of(named) == "Person":
                return [named] if self.type_ok(named, types) else []
        if low in self.lex.kin_nouns:
            # "Roy Disney, keponakan Walt Disney sekaligus pemilik X": the relative apposed to a person is that
            # person, not the one named after the kin noun; "mantan istri atlet yudo X itu merilis …": an unnamed
            # relative of X, not X
            apposed = word.id > 2 and self.s.word(word.id - 1).text == ","
            before = self.entity(self.s.word(word.id - 2)) if apposed else None
            if before is not None and self.ctx.index.type_of(before) == "Person":
                return [before] if self.type_ok(before, types) else []
            named = [x for c in self.s.children(word.id) if c.deprel == "appos"
                     for x in [self.entity(c)] if x is not None and self.ctx.index.type_of(x) == "Person"]
            if named:  # "Putra X, Tommy, …": the relative's own name
                return named[:1] if self.type_ok(named[0], types) else []
            if "Person" in types and any(self.ctx.index.type_of(self.entity(w) or "") == "Person"
                                         for w in self._subtree(word)):
                return []  # "Istri pengusaha Budi Santoso merilis …": Budi's wife, unnamed
        # a noun heading a name ("startup AI China Moonshot AI", "CEO OpenAI, Sam Altman", "talenta OpenAI")
        children = self.s.children(word.id)
        if "Person" in types and (low in self.lex.titles or any(t == (low,) for t in self.lex.name_titles)):
            # "CEO X Y mengumumkan …": the title's holder acts, not the organisation named in the title
            for w in self._subtree(word):
                label = self.entity(w)
                if label is not None and self.ctx.index.type_of(label) == "Person":
                    return [label]
        if cue is not None and any(c.deprel == "cop" for c in children):
            # "X adalah serial drama HDTV yang diproduksi oleh Y": the predicate noun is its subject X, not the
            # names modifying the noun
            for child in children:
                label = self.entity(child) if child.deprel in ("nsubj", "nsubj:pass") else None
                if label is not None and self.type_ok(label, types):
                    return [label]
        order = NP_DEPRELS
        if cue == "Place" or types == frozenset({"Place"}):  # "di kota Dover, Kent": the city's own name first,
            # also when it hangs as a modifier ("di kawasan Burbank, California": Burbank, then its state)
            order = ("flat", "flat:name", "compound", "nmod", "appos", *NP_DEPRELS[5:])
        # the owner's phrase last: "Aplikasi X milik PT Y bersaing …" is about X, owned by Y (and Y only where the
        # noun has no name of its own: "aplikasi milik PT Y")
        ordered = sorted(children, key=lambda c: (c.text.lower() in self.lex.owned_by_words,
                                                  order.index(c.deprel) if c.deprel in order else 99, c.id))
        # "perusahaan asuransi milik PT X itu": a company described as owned and pointed back at (a demonstrative in
        # the phrase, not in a relative clause on it) is the company described, not its owner
        owned_at = next((c.id for c in children if c.text.lower() in self.lex.owned_by_words), None)
        definite_owned = owned_at is not None and cue == "Organization" and any(
            c.text.lower() in DEMONSTRATIVES for c in self._subtree(word))
        if not definite_owned:
            owned_at = None
        for child in ordered:
            if child.deprel not in NP_DEPRELS or child.deprel == "det":
                continue
            if owned_at is not None and child.id >= owned_at:
                continue  # (the owner's phrase, hung on the noun or on "milik")
            if child.deprel == "nmod" and case_of(self.s, child) in self.lex.origin_cases:
                # "Startup … asal China, DeepSeek, …": the name apposed after the origin belongs to the description
                for grand in self.s.children(child.id):
                    found = self.resolve(grand, types, depth + 1) if grand.deprel == "appos" else []
                    if found:
                        return found
                continue
            if child.deprel == "nmod" and case_of(self.s, child) not in NP_CASES and not (
                    case_of(self.s, child) == "antara"
                    and any(c.text.lower() == "lain" for c in self.s.children(child.id))) and not (
                    low in STAKE_NOUNS and case_of(self.s, child) in ("di", "pada")):  # "saham di PT X": X's shares
                continue
            if types <= PRODUCT_TYPES and child.text.lower() in self.lex.maker_cases:
                continue  # "Novel \"X\" karya Y diterbitkan …": Y made the novel, it is not the thing released
            if (child.deprel == "compound" and child.text.islower() and self.entity(child) is None
                    and child.text in self.lex.type_cues and low in self.lex.type_cues
                    and not any(self.entity(x) for x in self._subtree(child))):
                continue  # "emiten peritel tersebut": a noun classifying the description, no referent of its own
            if (types & PRODUCT_TYPES and word.upos in ("NOUN", "X") and child.deprel != "appos"
                    and self.feature_name(child)):
                continue  # "memproduksi handset Android": what the handset runs on, not a product of its own
            found = self.resolve(child, types, depth + 1)  # with its coordinated names ("yakni A dan B")
            if found:
                return found
        for child in children:  # a copular predicate ("X adalah klub … yang berbasis di Y"): its subject
            if child.deprel in ("nsubj", "nsubj:pass") and any(c.deprel == "cop" for c in children):
                found = self._resolve_one(child, types, depth + 1)
                if found:
                    return found
            # "X, salah satu perusahaan … di Jepang, menanamkan modal …" parsed as "X [is] perusahaan" with the verb
            # hung on the noun: the apposition set off by commas describes its subject
            if (child.deprel == "nsubj" and child.id < word.id and word.upos == "NOUN"
                    and any(self.s.word(k).text == "," for k in range(child.id + 1, word.id))
                    and not any(c.deprel == "cop" for c in children)):
                found = self._resolve_one(child, types, depth + 1)
                if found:
                    return found
        if cue is not None and word.deprel in ("obj", "xcomp") and word.head and self.s.word(
                word.head).text.lower() in COPULAS:
            # "X merupakan perusahaan pelayaran yang berkedudukan di Y": the copula verb's subject is the noun, when
            # the subject is itself a name (not "Investor terbesar X merupakan perusahaan …")
            for child in self.s.children(word.head):
                label = self.entity(child) if child.deprel in ("nsubj", "nsubj:pass") and child.id < word.id else None
                if label is not None and self.type_ok(label, types):
                    return [label]
        comma = word.id - 1
        if comma > 2 and self.s.word(comma).text.lower() in INDEFINITES:  # "Triodos, sebuah bank yang …"
            comma -= 1
        if cue is not None and cue in types and comma > 1 and self.s.word(comma).text == ",":
            # "Sagarindo, perusahaan … yang berbasis di X" with the apposition hung elsewhere: the name before it
            # (past its short form in brackets: "Parti Rakyat Bersatu (PRB), partai oposisi …")
            before = comma - 1
            if before > 3 and self.s.word(before).text == ")" and self.s.word(before - 2).text == "(":
                before -= 3
            label = self.entity(self.s.word(before))
            # ("X, model AI yang …": X may be typed a product elsewhere; "Menurut X, raksasa …" is no apposition)
            kinds = PRODUCT_TYPES if cue in PRODUCT_TYPES else frozenset({cue})
            if label is not None and self.ctx.index.type_of(label) in kinds and not self._quoted_source(label):
                return [label]
        if low in self.lex.self_references and "Organization" in types and not [
                c for c in children if case_of(self.s, c) not in ("bersama", "dengan")]:  # ("perseroan bersama X")
            # "Perseroan juga berencana …": Indonesian business news calls the company it reports on "Perseroan": the
            # first registered company it names ("PT X Tbk"), else the organisation named last
            antecedent = self._issuer_before(word) or self.last_before(word, frozenset({"Organization"}))
            return [antecedent] if antecedent else []
        # a definite description ("perusahaan itu", "Asosiasi yang bermarkas di X ini", "sang vendor"): the last
        # entity of that type named before it, in this sentence or an earlier one
        sang = word.id > 1 and self.s.word(word.id - 1).text.lower() in self.lex.definite_before  # "sang vendor"
        # an indefinite article ("di sebuah koran Jepang") introduces something new; a demonstrative of a time phrase
        # inside the noun's phrase ("koran … hari ini") makes no description definite
        indefinite = any(c.deprel == "det" and c.text.lower() in INDEFINITES for c in children)
        if (cue is not None and cue in types and cue != "Person" and not indefinite and (any(
                c.text.lower() in DEMONSTRATIVES and not self._in_time_phrase(c, word)
                for c in [*children, *self._subtree(word, keep_clauses=True)])
                or self._demonstrative_after(word) or sang)):
            if any(c.text.lower() in ("kedua", "dua") for c in children):  # "kedua perusahaan itu": the last two
                return self.last_n_before(word, frozenset({cue}), 2)
            kinds = PRODUCT_TYPES if cue in PRODUCT_TYPES else frozenset({cue})  # "chatbot tersebut": Grok 3
            maker = self._maker_described(word) if cue == "Organization" else None
            if maker is not None:  # "perusahaan pengembang Ojekita itu": the maker the text gave that product
                return [maker]
            named_kind = self._named_by_noun(word, kinds)
            if named_kind is not None:  # "PT Bank X … Bank yang berkantor pusat di Y itu": the bank, not the
                return [named_kind]  # story's subject
            this = any(c.deprel == "det" and c.text.lower() == "ini" for c in children)  # "perusahaan ini"
            before = self.last_before(word, kinds, same_sentence=True)
            if word.deprel in ("nsubj", "nsubj:pass") and (before is None or self._quoted_source(before)):
                # a description opening a sentence continues the story's subject (centering): "xAI merilis Grok.
                # … OpenAI … . Perusahaan itu …" is xAI, not the organisation named last
                named = frozenset(x for x in map(self.entity, self.s.words) if x is not None)  # not "X … investor X"
                named |= self._public_bodies(word)
                antecedent = (self._defined(kinds, named) if this else None) or self.ctx.recent_subject(
                    kinds, exclude=named) or (
                    self.ctx.last_org(exclude=named) if cue == "Organization" else None)
                if antecedent is not None:
                    return [antecedent]
            # not the subject of its own clause ("Amazon menanamkan modal ke perusahaan tersebut" is not Amazon)
            antecedent, own = None, self.clause_subjects(word)
            if cue == "Organization" and this:
                # "X adalah perusahaan patungan … . A memegang 60 persen saham perusahaan ini": "this company" is the
                # one the text is about, a recent sentence's subject, not the last one named
                antecedent = self._defined(kinds, own) or self.ctx.recent_subject(
                    kinds, exclude=own | self._public_bodies(word))
            antecedent = antecedent or (self.last_org_before(word, exclude=own)
                                        if cue == "Organization" else self.last_before(word, kinds))
            if antecedent is None and kinds == PRODUCT_TYPES and self.ctx.products:
                # "X merilis Kingdom Tide. Gim strategi itu …": the name last put in a product's slot, which only its
                # role makes a product (retyped after extraction, kg.extract.retype_by_role)
                antecedent = self.ctx.products[-1]
            return [antecedent] if antecedent else []
        return []

    def _titled_org(self, person: str) -> str | None:
        """The organisation named in the title before a person in this sentence ("Pelatih Persikad FC, Y", "Presiden
        klub X Y"): the name right before the person (past a comma), itself right after a title or a person's noun."""
        for start in self.mention_starts(person):
            k = start - 1
            if k >= 1 and self.s.word(k).text == ",":
                k -= 1
            org = self.entity(self.s.word(k)) if k >= 1 else None
            if org is None or self.ctx.index.type_of(org) != "Organization":
                continue
            first = self.mention_start(k, org)
            before = self.s.word(first - 1).text.lower() if first > 1 else ""
            if before in self.lex.titles or self.lex.type_cues.get(before) == "Person":
                return org
        return None

    def _defined(self, kinds: frozenset[str], exclude: frozenset[str]) -> str | None:
        """What "perusahaan ini", "klub ini" mean in an encyclopaedic text: the name its opening copula defines (see
        DocContext.defined), when of ``kinds`` and not in ``exclude``; else None."""
        defined = self.ctx.defined
        if defined is None or defined in exclude or self.ctx.index.type_of(defined) not in kinds:
            return None
        return defined

    def _public_bodies(self, word: Word) -> frozenset[str]:
        """For a company's description ("perusahaan itu", "emiten tersebut"): the organisations named so far whose
        names open with a public body's noun ("Badan Pemeriksa Keuangan", "Komisi …", "Pemerintah …", "Partai …"),
        which no such description means; empty for any other description."""
        if word.text.lower() not in self.lex.descriptor_nouns:
            return frozenset()
        public = self.lex.office_nouns | self.lex.legislatures | self.lex.force_names | _PUBLIC_OPENERS
        return frozenset(label for label in self.ctx.recent + [x for x in map(self.entity, self.s.words) if x]
                         if label.split()[0].lower() in public)

    def surface(self, word: Word) -> str:
        """The surface token a word belongs to ("menyetujuinya" for "menyetujui" and "nya")."""
        return self.s.text[word.start - self.s.start:word.end - self.s.start] or word.text

    def feature_name(self, word: Word) -> bool:
        """True when the name at ``word`` is a platform, standard or part ("Android", "Windows 8", "SIM") written
        after a common noun: "tablet Windows 8", "ponsel dual SIM" say what the product runs on or carries."""
        label = self.entity(word)
        if label is None or not ({label.lower(), label.lower().split()[0]} & self.lex.platforms):
            return False
        first = min(i for i in range(1, word.id + 1) if all(self.entity(self.s.word(k)) == label
                                                            for k in range(i, word.id + 1)))
        j = first - 1
        while j >= 2 and (self.s.word(j).upos == "ADJ" or (  # "ponsel dual SIM" ("dual" often tagged X)
                self.s.word(j).upos == "X" and self.s.word(j - 1).upos in ("NOUN", "X"))):
            j -= 1
        noun = self.s.word(j) if j >= 1 else None
        return (noun is not None and noun.upos in ("NOUN", "X") and noun.text[:1].islower()
                and noun.text.lower() not in self.lex.platform_nouns)

    def _in_time_phrase(self, det: Word, top: Word) -> bool:
        """True when the demonstrative ``det`` belongs to a time phrase below ``top`` ("hari ini", "tahun itu")."""
        if det.id > 1 and self.s.word(det.id - 1).text.lower() in self.lex.time_words:
            return True  # "koran Australia hari ini" with "ini" hung on "koran"
        w = det
        while w.head and w.id != top.id:
            w = self.s.word(w.head)
            if w.id != top.id and w.text.lower() in self.lex.time_words:
                return True
        return False

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

    def _issuer_before(self, word: Word) -> str | None:
        """The first registered company (opened by a legal form, ``LEGAL_FORMS``: "PT …", or "… Tbk") the document
        names before ``word``: the issuer a company report calls "Perseroan"."""
        best: tuple[int, str] | None = None
        for label, ent in self.ctx.index.entities.items():
            toks = name_key(label).split()
            if ent.type != "Organization" or not (toks[0] in LEGAL_FORMS or toks[-1] == "tbk"):
                continue
            starts = [m.start for m in ent.mentions if m.start < word.start]
            if starts and (best is None or min(starts) < best[0]):
                best = (min(starts), label)
        return best[1] if best else None

    def outlets(self) -> frozenset[str]:
        """The document's entities that are news outlets: what the story quotes or talks to, no antecedent of a
        "-nya" ("… mengatakan kepada Reuters. … pesaing utamanya, Y": the company's rival, not the agency's). Read
        once per document (DocContext.outlets)."""
        if self.ctx.outlets is None:
            self.ctx.outlets = frozenset(x for x in self.ctx.index.entities
                                         if " ".join(x.lower().split()) in self.lex.outlets)
        return self.ctx.outlets

    def _topic_nya(self, word: Word, types: frozenset[str]) -> str | None:
        """"Perusahaan ini … tercatat di Bursa Efek Indonesia. Jajaran direksinya dipimpin oleh …": a "-nya" in the
        main subject of a sentence that names nothing of ``types`` before it is the previous sentence's subject (the
        topic it goes on about), not the name that sentence mentioned last; None where there is no such subject."""
        if word.text.lower() not in CLITICS or any(
                self.ctx.index.type_of(x) in types for x in map(self.entity, self.s.words[:word.id - 1]) if x):
            return None
        top = word
        while top.head and top.deprel in ("nmod", "nmod:poss", "compound", "det") or (
                top.head and top.deprel.startswith("nmod")):
            top = self.s.word(top.head)
        if not top.deprel.startswith("nsubj") or not top.head or self.s.word(top.head).deprel != "root":
            return None
        return self.ctx.recent_subject(types, within=1, exclude=self.outlets())

    def last_before(self, word: Word, types: frozenset[str], *, same_sentence: bool = False,
                    exclude: frozenset[str] = frozenset()) -> str | None:
        """Coreference for a pronoun or a definite description: the nearest entity of one of ``types`` named before
        ``word`` in its sentence, else the last one named in the earlier sentences (see DocContext.recent); none of
        ``exclude``."""
        for w in reversed(self.s.words[:word.id - 1]):
            label = self.entity(w)
            if label is not None and label not in exclude and self.ctx.index.type_of(label) in types:
                return label
        return None if same_sentence else self.ctx.last_of(types, exclude)

    def _named_by_noun(self, word: Word, kinds: frozenset[str]) -> str | None:
        """The entity of ``kinds`` last named, within the last three sentences, whose name holds the description's
        own noun ("Bank … itu" for "PT Bank Lancang Kuning", "Universitas tersebut" for "Universitas Flores"), when
        exactly one such entity was named; else None."""
        noun = word.text.lower()
        if word.upos not in ("NOUN", "PROPN") or len(noun) < 3 or noun in self.lex.generic_kinds:
            return None  # ("perusahaan itu" may be any company, also "PT Perusahaan Listrik Negara"'s neighbour)
        window = self.ctx.recent[-40:] + [x for x in map(self.entity, self.s.words[:word.id - 1]) if x]
        introduced = set(self.ctx.introduced.get(noun, ()))  # ("konsorsium X … Konsorsium yang dipimpin Y itu")
        club = noun in self.lex.club_nouns  # "klub itu": a name a club's last word ends ("Ashford City FC")
        hits = list(dict.fromkeys(
            label for label in reversed(window) if self.ctx.index.type_of(label) in kinds
            and (noun in name_key(label).split() or label in introduced
                 or club and name_key(label).split()[-1] in self.lex.club_ends)))
        if len(hits) > 1:  # two banks named: the one a recent sentence was about ("PT Bank X … izin dari Bank
            # Indonesia. Direktur utama bank ini …"), when only one of them was
            subjects = [h for h in hits if h in self.ctx.subjects[-3:]]
            hits = subjects if len(subjects) == 1 else hits
        return hits[0] if len(hits) == 1 else None

    def subject_word(self, verb: Word, through: frozenset[str] = frozenset(), steps: int = 8) -> Word | None:
        """The word heading a verb's subject (nsubj, nsubj:pass), else the one of the clause above, up the relations
        ``through`` which a clause shares its subject ("sepakat membangun": xcomp), at most ``steps`` clauses up."""
        for _ in range(steps + 1):
            subj = next((c for c in self.s.children(verb.id) if c.deprel.startswith("nsubj")), None)
            if subj is not None or not verb.head or _base(verb.deprel) not in through:
                return subj
            verb = self.s.word(verb.head)
        return None

    def _personal_antecedent(self, word: Word, wanted: frozenset[str]) -> list[str]:
        """Whom "ia/dia/beliau" means: the person named before it in its sentence; as a subject with none, the previous
        sentence's subject (centering: "Ahmad Zaky bertemu Presiden Joko Widodo. Ia …" is Zaky), or the chief of the
        organisation that was its subject ("CEO Bukalapak X bertemu …"); else the last person named. Where the
        relation wants an organisation and that person is its present chief, the organisation ("Aravind Srinivas, CEO
        Perplexity, … Ia menjajaki kerja sama dengan Samsung": the company its chief acts for)."""
        person_t = frozenset({"Person"})
        person = self.last_before(word, person_t, same_sentence=True)
        if person is None and word.deprel.startswith("nsubj"):
            person = self.ctx.recent_subject(person_t, within=1)
            if person is None:
                org = self.ctx.recent_subject(ORG, within=1)
                person = self.ctx.leaders.get(org) if org is not None else None
        person = person or self.last_before(word, person_t)
        led = self.ctx.led_by(person)
        if led is not None and "Organization" in wanted:
            return [led]
        return [person] if person and "Person" in wanted else []

    def last_org_before(self, word: Word, exclude: frozenset[str] = frozenset()) -> str | None:
        """The organisation a definite description means ("perusahaan itu"): the last one named before it in its
        sentence, else in the earlier ones, counting one-word names the NER typed PER or LOC (it tags many company
        names so); none of ``exclude``. A description whose noun is in a name ("bank ini") means that name (see
        _named_by_noun), past other organisations named since; a company's description none of the public bodies
        (see _public_bodies)."""
        exclude = exclude | self._public_bodies(word)
        named = self._named_by_noun(word, frozenset({"Organization"}))
        if named is not None and named not in exclude:
            return named
        found = self.last_before(word, frozenset({"Organization"}), same_sentence=True)
        if found is not None and found not in exclude and not self._quoted_source(found):
            return found
        if found is not None and found in exclude:  # "Ketika X berkembang, Y membeli saham perusahaan tersebut": past
            # the clause's own subject, the organisation named before it
            for w in reversed(self.s.words[:word.id - 1]):
                label = self.entity(w)
                if (label is not None and label not in exclude and self.ctx.index.type_of(label) == "Organization"
                        and not self._quoted_source(label)):
                    return label
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
        joined = [c for c in subjects[1:] if any(g.deprel == "cc" for g in self.s.children(c.id))]
        if joined:  # "A (X) dan B menandatangani …" parsed as two subjects: both, as "A dan B" would be
            both = [x for c in [subjects[0], *joined] for x in self.resolve(c, types)]
            if len(both) > 1:
                return list(dict.fromkeys(both)), depth > 0
        # two subjects (a misparsed sentence adverb: "Kabarnya, X bersaing …"): a name beats a description
        subjects.sort(key=lambda c: self.entity(c) is None)
        for child in subjects:
            found = self.resolve(child, types)
            kinds = {self.ctx.index.type_of(x) for x in found}
            if ("Person" in kinds and len(kinds) > 1 and child.upos == "NOUN" and self.entity(child) is None
                    and child.text.islower() and self.lex.type_cues.get(child.text.lower()) != "Organization"):
                # "Dua kader senior Partai X, A dan B, akan bersaing": the persons the noun describes, not the party
                # they belong to
                found = [x for x in found if self.ctx.index.type_of(x) == "Person"]
            relative = child.text.lower() == "yang" and verb.deprel.startswith("acl")  # read from the noun, below
            if (not found and child.text.lower() in _ACTION_NOUNS and self.s.index > 0 and any(
                    c.text.lower() in DEMONSTRATIVES for c in self.s.children(child.id))):
                # "X menurunkan harga tiket. Langkah itu diambil untuk bersaing dengan Y": the step is the previous
                # sentence's subject's
                back = self.ctx.recent_subject(types, within=1)
                found = [back] if back is not None else []
            if (not found and child.upos == "NOUN" and self.entity(child) is None and child.id < verb.id
                    and self.lex.type_cues.get(child.text.lower()) == "Organization"):
                # "Perusahaan rintisan berbasis di Bandung, X, membuka …" with X hung on the place as its
                # apposition: the description's name
                found = [x for o in self.s.children(verb.id) if _base(o.deprel) == "obl"
                         and verb.text.lower() in self.lex.seat_participles and verb.id < o.id <= verb.id + 3
                         for a in self.s.children(o.id) if a.deprel == "appos" and a.id > o.id
                         and self.s.word(a.id - 1).text == "," and (x := self.entity(a)) is not None
                         and self.ctx.index.type_of(x) == "Organization" and self.type_ok(x, types)][:1]
            if found or (child is subjects[-1] and not relative):
                return found, depth > 0
        if depth > 3 or not verb.head:
            return [], False
        gov = self.s.word(verb.head)
        if verb.deprel.startswith("acl"):
            found = self.resolve(gov, types)
            if not found and gov.upos in ("NOUN", "PROPN") and self.entity(gov) is None and gov.id < verb.id:
                # "Perusahaan rintisan yang berbasis di X itu, PT Y, …": the description's name apposed after the
                # relative clause (and its demonstrative), between commas
                end = max([verb.id, *(w.id for w in self._subtree(verb))])
                if end < len(self.s.words) and self.s.word(end + 1).text.lower() in DEMONSTRATIVES:
                    end += 1
                if end + 2 <= len(self.s.words) and self.s.word(end + 1).text == ",":
                    label = self.entity(self.s.word(end + 2))
                    if label is not None and self.type_ok(label, types):
                        found = [label]
                last = self.s.word(end)
                label = self.entity(last)
                if (not found and label is not None and self.type_ok(label, types)
                        and self.ctx.index.type_of(label) != "Person"
                        and self.lex.type_cues.get(gov.text.lower()) != "Person"
                        and end + 1 <= len(self.s.words) and self.s.word(end + 1).text == ","
                        and not (end + 2 <= len(self.s.words)
                                 and self.s.word(end + 2).text.lower() in DEMONSTRATIVES)):
                    # "Badan antariksa yang berpusat di Paris, ESA, …": the parser hangs the name on the place (not
                    # "maskapai yang bermarkas di Sepang, Selangor, itu": the place's region, the clause closed)
                    start = self.mention_start(end, label)
                    first = self.s.word(start)
                    if (start > 1 and self.s.word(start - 1).text == "," and first.deprel == "appos"
                            and first.head < start):
                        found = [label]
            return found, True
        unmarked = verb.deprel == "advcl" and not any(c.deprel == "mark" for c in self.s.children(verb.id))
        commanded = verb.deprel in ("xcomp", "advcl") and self.commands(gov)
        if (verb.deprel == "xcomp" or unmarked) and gov.upos == "VERB" and not is_passive(gov) and not commanded:
            # (a passive's object is its agent: "X dilantik Presiden Y menjadi Ketua Z" makes X, not Y, the chair)
            # "X mengatakan pihaknya akan menguasai Y" parsed with "pihaknya" as the object of "mengatakan": the
            # object standing right before the clause is its subject
            for child in self.s.children(gov.id):
                between = [self.s.word(k) for k in range(child.id + 1, verb.id)]
                if (child.deprel == "obj" and child.id < verb.id and gov.id < child.id
                        and all(w.upos in ("AUX", "ADV", "PART") or w.head == child.id for w in between)):
                    found = self.resolve(child, types)
                    if found:
                        return found, True
        if commanded:
            # "X menugaskan Y untuk memimpin Z": the object of a verb of command does what it is told
            objs = [c for c in self.s.children(gov.id) if c.deprel == "obj" and c.id < verb.id]
            if objs and self.entity(objs[0]) is None and any(
                    c.deprel == "nmod:poss" and c.upos == "PRON" for c in self.s.children(objs[0].id)):
                return [], True  # "menugaskan jajarannya bersinergi dengan X": his staff, not he, is told to
            if objs:
                return self.resolve(objs[0], types), True
        if _base(verb.deprel) in ("conj", "xcomp", "advcl") and gov.upos in ("VERB", "AUX", "ADJ", "NOUN"):
            # shared grammatical subject: "Meta dikabarkan merekrut …", "…, sambil merekrut …", "X … dan merilis …"
            subj, _ = self.subject_of(gov, types, depth + 1)
            return subj, True
        return [], False

    def clause_subjects(self, word: Word, *, relatives: bool = False) -> frozenset[str]:
        """The named subjects of the clause a word belongs to (its first verb above it): a description in the clause
        does not point back at them ("Amazon menanamkan modal ke perusahaan tersebut"). With ``relatives``, a relative
        "yang" stands for the name it hangs on or follows ("ASML, yang menjadi pemegang saham startup … tersebut")."""
        verb = word
        while verb.head and verb.upos != "VERB":
            verb = self.s.word(verb.head)
        if verb.upos != "VERB":
            return frozenset()
        own: set[str] = set()
        for c in self.s.children(verb.id):
            if not c.deprel.startswith("nsubj"):
                continue
            if c.text.lower() == "yang" and relatives:
                k = c.id - 2 if c.id > 2 and self.s.word(c.id - 1).text == "," else c.id - 1
                subjects = [self.s.word(verb.head)] if verb.head else []
                subjects += [self.s.word(k)] if k >= 1 else []
            else:
                subjects = [c]
                # "A dan perusahaan modal ventura B … saham perusahaan itu": every coordinated subject
                own.update(x for k in self.s.children(c.id) if k.deprel == "conj"
                           for x in self.resolve(k, frozenset({"Organization", "Person"})))
            own.update(x for x in map(self.entity, subjects) if x)
        return frozenset(own)

    def commands(self, word: Word) -> bool:
        """True for a verb of command, request or invitation, whose object does what the clause after it says."""
        return bool(set(roots_of(word.text, word.lemma)) & self.lex.control_verbs)

    def told(self, verb: Word) -> bool:
        """True when a verb says what someone was told to do: the complement of a verb of command that has an object
        before it ("X mengajak desainer itu bekerja sama …"), or a clause the parser hung on that object ("mengimbau
        warga bekerjasama …")."""
        if not verb.head:
            return False
        gov = self.s.word(verb.head)
        if verb.deprel in ("xcomp", "advcl"):
            return self.commands(gov) and any(c.deprel == "obj" and c.id < verb.id for c in self.s.children(gov.id))
        return verb.deprel.startswith("acl") and gov.deprel == "obj" and bool(gov.head) and self.commands(
            self.s.word(gov.head))

    def agent_of(self, verb: Word, types: frozenset[str]) -> list[str]:
        """Agent of a passive verb: "oleh X" (obl/obl:agent/nmod) or a bare obl:agent ("ditunjukkan Altman")."""
        # "dirilis ulang oleh X": the parser hangs the "oleh" phrase on the adverb it makes an xcomp
        hosts = [verb] + [c for c in self.s.children(verb.id) if c.deprel == "xcomp" and c.id == verb.id + 1
                          and not any(_base(g.deprel) in ("obj", "nsubj") for g in self.s.children(c.id))]
        agents: list[str] = []
        for child in (c for host in hosts for c in self.s.children(host.id)):
            by_oleh = _base(child.deprel) in ("obl", "nmod") and (case_of(self.s, child) == "oleh" or any(
                c.deprel == "case" and c.text.lower() == "oleh" for c in self.s.children(child.id)))  # "bersama oleh"
            if agents and any(c.text.lower() in ("bukan", "tidak", "tak") for c in self.s.children(child.id)):
                continue  # "diakuisisi oleh A, bukan oleh B": B is no agent
            if child.deprel == "obl:agent" or by_oleh:
                # "dipimpin oleh A (1999–2005), kemudian oleh B": each "oleh" phrase of the verb is an agent
                agents += [a for a in self.resolve(child, types) if a not in agents]
        if agents:
            return agents
        for child in self.s.children(verb.id):  # "dirilis perusahaan rekaman X": a bare agent right after the verb
            if child.deprel in ("obj", "nsubj", "obl") and child.id > verb.id and not case_of(self.s, child) and (
                    child.deprel != "obl" or child.id == verb.id + 1):
                return self.resolve(child, types)
        return []

    def patient_of(self, verb: Word) -> Word | None:
        for child in self.s.children(verb.id):
            if child.deprel in ("nsubj:pass", "nsubj") and child.text.lower() in self.lex.time_words and any(
                    c.deprel == "nummod" for c in self.s.children(child.id)):
                continue  # "enam bulan setelah peluncuran X sempat ditunda": how long after, not what was delayed
            if child.deprel in ("nsubj:pass", "nsubj"):
                if child.text.lower() == "yang" and verb.deprel.startswith("acl") and verb.head:
                    return self.s.word(verb.head)  # "investigasi yang tertunda": the noun the clause is about
                return child
        if verb.deprel.startswith("acl") and verb.head:
            return self.s.word(verb.head)
        if verb.deprel == "appos" and verb.head and verb.id > 1 and self.s.word(verb.id - 1).text == "(":
            noun = self.s.word(verb.head)  # "Faksi X (dipimpin oleh A dan B)": a bracketed passive on a name (not on
            # a common noun, whose own modifiers are no patient: "Tim kuasa hukum PT X (dipimpin oleh Y)")
            if self.entity(noun) is not None:
                return noun
        if verb.deprel in ("advcl", "xcomp") and verb.head:  # "Setelah diakuisisi oleh A, X berganti nama"
            for child in self.s.children(verb.head):
                if child.deprel in ("nsubj", "nsubj:pass") and child.id > verb.id:
                    return child
        if verb.deprel == "conj" and verb.head and is_passive(verb):
            # "X disutradarai oleh A dan diproduseri oleh B": the second passive shares the first one's subject
            head = self.s.word(verb.head)
            if head.upos == "VERB" and is_passive(head):
                shared = next((c for c in self.s.children(head.id) if c.deprel in ("nsubj:pass", "nsubj")), None)
                if shared is not None:
                    return shared
        for child in self.s.children(verb.id):
            # "Sekitar 30 insinyur X direkrut Y", "Sebanyak 75 persen saham X dibeli Y": a quantity opening the
            # clause makes the parser read the subject as an oblique
            if (child.id < verb.id and _base(child.deprel) in ("obl", "nmod") and child.upos in ("NOUN", "PROPN")
                    and (case_of(self.s, child) in self.lex.quantity_openers or not case_of(self.s, child))
                    and (child.text.lower() in self.lex.quantity_openers
                         or any(c.deprel == "nummod" or c.text.lower() in self.lex.quantity_openers
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

    def partner_phrases(self, word: Word, spec: RelationSpec) -> Iterator[Word]:
        """The phrases with a partner case ("dengan B", "antara A dan B") on a symmetric trigger, then on its
        governors up to the clause's verb (the "dengan" phrase often attaches to the clause)."""
        places = [word]
        while len(places) < 5 and places[-1].head and _base(places[-1].deprel) not in ("root", "conj", "parataxis"):
            places.append(self.s.word(places[-1].head))
            if places[-1].upos in ("VERB", "AUX"):  # up to the clause's verb, no further
                break
        field = self.field_after(word, bare=spec.symmetric)
        if field is not None and field not in places:  # "kerja sama di bidang keamanan dengan B": on the field
            places.append(field)
        for host in places:
            for child in self.s.children(host.id):
                if (child.id != word.id and _base(child.deprel) in ("obl", "nmod", "advcl", "obj")
                        and case_of(self.s, child) in spec.partner_cases):
                    yield child

    def field_after(self, word: Word, *, bare: bool = False) -> Word | None:
        """The field noun right after a trigger, with or without its preposition ("kerja sama di bidang perdagangan",
        "kerja sama bidang kesehatan", "bersaing ketat di sektor ritel"), on which the parser often hangs the
        trigger's partner phrase; None when there is none. ``bare``: also a field named by any bare noun within two
        words ("kerja sama distribusi dengan B"), parsed a noun or an unaffixed verb."""
        for j in range(word.id + 1, min(word.id + 3, len(self.s.words)) + 1):  # "kerja sama", "persaingan ketat"
            w = self.s.word(j)
            if w.text.lower() in ("di", "dalam", "pada") and j < len(self.s.words):
                w = self.s.word(j + 1)
                return w if w.text.lower() in self.lex.field_nouns else None
            if w.text.lower() in self.lex.field_nouns:
                return w
            if (bare and j <= word.id + 2 and w.text.isalpha() and w.text.islower() and w.text.lower() != "sama"
                    and (w.upos == "NOUN" or (w.upos == "VERB" and w.lemma.lower() == w.text.lower()))):
                return w
            if w.upos in ("VERB", "PUNCT", "AUX", "ADP", "CCONJ"):
                return None
        return None

    def partners(self, word: Word, spec: RelationSpec, types: frozenset[str]) -> list[str]:
        """Second parties of a symmetric relation: the first partner phrase that names one."""
        for child in self.partner_phrases(word, spec):
            # an organisation or person in the phrase before a place ("dengan pihak Walt Disney kawasan Asia
            # Tenggara": the region is Disney's)
            found = (self.resolve(child, types - {"Place"}) if "Place" in types else []) or self.resolve(child, types)
            if found:
                # "bersaing dengan A, yang …, serta dengan B": the second phrase, with its own "serta"/"dan", hung on
                # the first one's relative clause, is coordinated with it
                # (the clause's own first phrase of that case is its own: "dengan A, yang bersaing dengan B dan
                # dengan C" leaves B and C to A; a comma closes the clause before the "serta")
                case = case_of(self.s, child)
                for clause in (c for c in self.s.children(child.id) if c.deprel.startswith("acl")):
                    own = [g for g in self.s.children(clause.id)
                           if _base(g.deprel) in ("obl", "nmod") and case_of(self.s, g) == case]
                    for g in own[:1]:
                        cc = next((c for c in self.s.children(g.id) if c.deprel == "cc"), None)
                        if cc is not None and cc.id > 1 and self.s.word(cc.id - 1).text == ",":
                            found += [x for x in self.resolve(g, types) if x not in found]
                return found
        return []

    def coordinated_before(self, verb: Word, types: frozenset[str]) -> list[str]:
        """Names coordinated right before a verb ("A dan B bernegosiasi"), read linearly. RETURNS [] unless the
        words before the verb are only names, commas and "dan"/"serta"."""
        found = self.listed_back(verb.id - 1)
        return [f for f in found if self.type_ok(f, types)] if len(found) > 1 else []

    def listed_back(self, j: int) -> list[str]:
        """The names listed with commas and "dan"/"serta"/"&" that end at word ``j`` (1-based), read back linearly
        up to the first other word, in text order."""
        found: list[str] = []
        while j >= 1:
            w = self.s.word(j)
            label = self.entity(w)
            if label is not None:
                if label not in found:
                    found.insert(0, label)
            elif w.text.lower() not in ("dan", "serta", ",", "&"):
                break
            j -= 1
        return found

    def unnamed_partner(self, word: Word, spec: RelationSpec) -> bool:
        """True when the trigger's partner phrase names no one: "A dan B menjalin kerja sama dengan badan usaha apa
        pun" (a third party left unnamed, so A and B are not each other's partners; "dengan baik" is a manner)."""
        return any(c.upos == "NOUN" and c.text.islower() and not self.resolve(c, spec.object_types)
                   for c in self.partner_phrases(word, spec))

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
                if (_base(c.deprel) == "nmod" and c.text.lower() in self.lex.time_words
                        and case_of(self.s, c) in ("dari", "ke", "hingga", "sampai", "pada", "sejak")):
                    continue  # "perilisan film X dari Mei ke November 2015": when, not what
                walk(c)

        walk(head)
        kept = {w.id for w in keep}
        for w in self.s.words:  # "jalur Medan–Binjai", "tol Kayuagung-Palembang": a dash glued to two kept words
            if (w.id not in kept and w.text in ("-", "–", "—", "/") and w.id - 1 in kept and w.id + 1 in kept
                    and self.s.word(w.id - 1).end == w.start and self.s.word(w.id + 1).start == w.end):
                keep.append(w)
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
        label = self.np_label(obj) + self._purpose_of(obj)
        if obj.upos in ("ADV", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT") or label.lower() in _SEQUENCE_ADVERBS:
            return None  # "Setelah sempat tertunda …, akhirnya album X dirilis": an adverb describes no event
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

    def _purpose_of(self, obj: Word) -> str:
        """" untuk bergabung dengan ACTA" after a bare process noun ("menunda proses untuk bergabung dengan ACTA"): the
        purpose clause that says which process, which the parser hangs on the verb; empty for any other noun."""
        if obj.text.lower() not in _PROCESS_NOUNS or obj.id >= len(self.s.words):
            return ""
        mark = self.s.word(obj.id + 1)
        if mark.text.lower() != "untuk" or not mark.head:
            return ""
        clause = self.s.word(mark.head)
        if clause.upos != "VERB" or clause.deprel not in ("xcomp", "advcl", "acl"):
            return ""
        end = max([clause, *self._subtree(clause)], key=lambda w: w.id)
        words = [w for w in self.s.words if mark.id <= w.id <= end.id]
        if any(w.text in (",", ";", ".") for w in words):
            return ""
        return " " + (self.doc.text[mark.start:end.end] if self.doc.text else " ".join(w.text for w in words))

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

    def _chief_executive_title_before(self, person: str) -> bool:
        """True when a mention of ``person`` in this sentence comes right after a chief executive's title ("Direktur
        Utama X", "CEO X")."""
        words = [w.text.lower() for w in self.s.words]
        titles = (self.lex.title_ending(words[max(0, start - 4):start - 1]) for start in self.mention_starts(person))
        return any(t is not None and self.lex.titles.get(t) == "ceoOf" for t in titles)

    # ---- emitting -------------------------------------------------------------------------------------------------

    def add(self, subject: str, predicate: str, obj: str | Event, rule: str, confidence: float, trigger: Word,
            *, nominal: bool = False, ended: bool = False) -> None:
        if isinstance(obj, str) and obj == subject:
            return
        if predicate == "leads" and rule.startswith("verb") and self._chief_executive_title_before(subject):
            predicate = "ceoOf"  # "dipimpin oleh Direktur Utama X": the office the title names
        spec = self.lex.relations.get(predicate)
        if spec is not None and spec.appointed_after and isinstance(obj, str) and self._appointed(obj, spec):
            return
        if spec is not None and spec.introduced_to and isinstance(obj, str) and self._introduced(obj, spec):
            return
        if predicate in ("investsIn", "acquires") and isinstance(obj, str) and self._exchange_venue(obj):
            return  # "membeli saham di Bursa Efek Indonesia": where the shares trade, no company owned
        if spec is not None and spec.employment_roots and isinstance(obj, str) and set(
                roots_of(trigger.text, trigger.lemma)) & spec.employment_roots and {
                self.ctx.index.type_of(subject), self.ctx.index.type_of(obj)} == {"Person", "Organization"}:
            return  # "Budi menandatangani kontrak dengan PT X": a hiring, not a partnership
        if spec is not None and spec.place_pairs and isinstance(obj, str):
            subject, obj = self._region_owner(subject), self._region_owner(obj)
            # a country that is the verb's own subject acts as a party ("Jepang berkolaborasi dengan Bank Dunia")
            acting = rule == "verb-active" and self._place(subject) and not self._place(obj)
            if subject == obj or (self._place(subject) != self._place(obj) and not acting
                                  and not (self._government(subject) or self._government(obj))):
                return  # "Aliansi Delapan Negara … Jerman": a member, no partner; a government treats with both
        if predicate in OFFICES and isinstance(obj, str):
            former = trigger.id > 1 and self.s.word(trigger.id - 1).text.lower() in self.lex.former_words
            if not former:  # ("Mantan CEO X Y": Y no longer speaks for X)
                self.ctx.leaders.setdefault(obj, subject)
            title = " ".join(w.text.lower() for w in self.s.words[trigger.id - 1:trigger.id + 1])  # "wali kota"
            regional = trigger.text.lower() in self.lex.place_titles or title in self.lex.place_titles
            government = self._regional_government(obj, title) if regional else None
            if government is not None:
                # "Gubernur Jawa Barat X" where the document names "Pemerintah Provinsi Jawa Barat": X heads that
                # government too (dev/GUIDELINES: the governor leads the named provincial government)
                self.add(subject, predicate, government, rule, confidence, trigger, nominal=nominal, ended=ended)
        if predicate == "developedBy" and isinstance(obj, str):
            self.ctx.makers.setdefault(subject, obj)
        made = subject if predicate == "developedBy" else obj if predicate in _PRODUCT_SLOTS else None
        if isinstance(made, str):
            self.ctx.products.append(made)
        city = self._city_of_address(obj) if predicate == "basedIn" and isinstance(obj, str) else None
        if city is not None and city != obj:
            # the street (most specific, as dev/GUIDELINES asks) and the city after it (what a reader queries)
            self.add(subject, predicate, city, rule, confidence, trigger, nominal=nominal, ended=ended)
        self.claims.append(
            Claim(subject=subject, predicate=predicate, object=obj, document=self.doc.id, sentence=self.s.index,
                  start=self.s.start, end=self.s.end, evidence=self.s.text, confidence=round(confidence, 2),
                  extractor=f"rule:{rule}", trigger=trigger.text, trigger_word=trigger.id, nominal=nominal,
                  ended=ended)
        )

    def _appointed(self, label: str, spec: RelationSpec) -> bool:
        """True for a person named here as appointed to something: a full name (two or more words, no digit) followed
        within three words by one of the relation's ``appointed_after`` words ("mengumumkan Rajeev Sethi akan
        menggantikan …"); the NER tags many product names as persons ("Copilot Vision"), so the name alone does not
        tell."""
        ent = self.ctx.index.entities.get(label)
        if ent is None or ent.type != "Person" or any(c.isdigit() for c in label):
            return False
        ids = self.ids_of(label)
        if len(ids) < 2:
            return False
        after = {self.s.word(j).text.lower() for j in range(max(ids) + 1, min(len(self.s.words), max(ids) + 3) + 1)}
        return bool(after & spec.appointed_after)

    def _exchange_venue(self, label: str) -> bool:
        """True for a stock exchange named after "di" in this sentence ("saham di Bursa Efek Indonesia", "di BEI")."""
        words = label.split()
        if not (words[0].lower() == "bursa" or label in self.lex.stock_exchanges or "Stock Exchange" in label):
            return False
        return any(k > 1 and self.s.word(k - 1).text.lower() in ("di", "pada") for k in self.mention_starts(label))

    def _introduced(self, label: str, spec: RelationSpec) -> bool:
        """True when a person is named right after one of the relation's ``introduced_to`` words that follows the
        name ("memperkenalkan Widy kepada Kevin"): the name is someone introduced to people, not a product."""
        ids = self.ids_of(label)
        if not ids:
            return False
        j = max(ids) + 1
        if j > len(self.s.words) or self.s.word(j).text.lower() not in spec.introduced_to:
            return False
        nxt = self.entity(self.s.word(j + 1)) if j + 1 <= len(self.s.words) else None
        return nxt is not None and self.ctx.index.type_of(nxt) == "Person"

    def _place(self, label: str) -> bool:
        """True for a place, not counting a one-word name only the NER called one (often a company's)."""
        ent = self.ctx.index.entities.get(label)
        return ent is not None and ent.type == "Place" and not weak_person(ent)

    def _government(self, label: str) -> bool:
        """True for a government ("Pemerintah Indonesia"), a party to treaties with countries and to contracts."""
        word = self.lex.government[1]
        return bool(word) and self.ctx.index.type_of(label) == "Organization" and label.lower().startswith(word + " ")

    def _regional_government(self, place: str, title: str = "") -> str | None:
        """The organisation the document names as the government of a place ("Pemerintah Provinsi Jawa Barat",
        "Pemkab Cianjur" for Jawa Barat, Cianjur), else None."""
        if not self._place(place):
            return None
        ent = self.ctx.index.entities.get(place)
        keys = {name_key(n) for n in (place, *(ent.aliases if ent is not None else ()))}
        for label, org in sorted(self.ctx.index.entities.items()):
            if org.type != "Organization":
                continue
            toks = name_key(label).split()
            for n in (1, 2):
                heads = self.lex.regional_governments.get(" ".join(toks[:n]))
                # the head's title must fit the kind of government: a regent's regency, not the same-named city
                if (len(toks) > n and heads is not None and " ".join(toks[n:]) in keys
                        and (not heads or any(title.startswith(h) for h in heads))):
                    return label
        return None

    def _region_owner(self, label: str) -> str:
        """A place written right after an organisation's name or its bracketed short form ("Balai Konservasi Sumber
        Daya Alam (BKSDA) Riau") names that organisation's region: RETURNS the organisation, else ``label``."""
        if not self._place(label):
            return label
        for w in self.s.words:
            if self.entity(w) == label and not (w.id > 1 and self.entity(self.s.word(w.id - 1)) == label):
                owner = self.org_right_before(w.id)
                if owner is not None:
                    return owner
        return label

    def org_right_before(self, first: int) -> str | None:
        """The organisation whose name, or bracketed short form, ends right before word ``first`` ("PAN Sulawesi
        Selatan", "Balai … (BKSDA) Riau"): a place written there names its regional branch."""
        k = first - 1
        if k >= 1 and self.s.word(k).text == ")":
            k = next((j for j in range(k - 1, 0, -1) if self.s.word(j).text == "("), 0) - 1
        if k < 1:
            return None
        word = self.s.word(k)
        return self.entity(word) if self.entity(word) is not None and self._is_org_word(word) else None

    def mention_starts(self, label: str) -> list[int]:
        """The ids of the first words of this sentence's mentions of ``label``."""
        ids = self.ids_of(label)
        return [i for i in ids if i - 1 not in ids]

    def mention_start(self, i: int, label: str) -> int:
        """RETURNS the id of the first word of the mention of ``label`` that word ``i`` belongs to."""
        while i > 1 and self.entity(self.s.word(i - 1)) == label:
            i -= 1
        return i

    def owner_after_ordinal(self, noun: Word, label: str) -> bool:
        """True when ``label`` is named right after an ordinal that follows a work noun ("album ketiga Dewa", "film
        terbaru Hanung"): whose album, not its name (not "album ketiga bertajuk X", "generasi pertama Kindle")."""
        if noun.text.lower() not in self.lex.artist_works:
            return False
        first = next((i for i in self.ids_of(label) if i > noun.id), None)
        return first is not None and first - noun.id <= 3 and is_ordinal(self.s.word(first - 1).text)

    def description_comma(self, noun_id: int, limit: int = 7) -> int | None:
        """The id of the comma closing a lower-case description that opens at word ``noun_id``, past lower-case words
        and places, at most ``limit`` words on ("senator asal Nusa Tenggara Barat, X", "perusahaan energi asal
        Norwegia, B, …"): the name after it is the one described. None when anything else comes first."""
        words = self.s.words
        k = noun_id + 1
        while k < len(words) and k - noun_id <= limit and self.s.word(k).text != "," and (
                self.s.word(k).text.islower() or self.ctx.index.type_of(self.entity(self.s.word(k)) or "") == "Place"):
            k += 1
        return k if k < len(words) and self.s.word(k).text == "," else None

    def past_mention(self, i: int, label: str) -> int:
        """RETURNS the id of the first word from ``i`` on that is not part of ``label``'s mention."""
        n = len(self.s.words)
        while i <= n:
            if self.entity(self.s.word(i)) == label:
                i += 1
            elif (i + 3 <= n and self.s.word(i).text == "(" and self.entity(self.s.word(i + 1)) == label
                  and self.s.word(i + 2).text == ")" and self.entity(self.s.word(i + 3)) == label):
                i += 3  # "Kepolisian Daerah (Polda) Kalimantan Selatan": its short form inside the name
            else:
                break
        return i

    def ids_of(self, label: str) -> list[int]:
        """The ids of the words of this sentence that mention ``label``."""
        return [w.id for w in self.s.words if self.entity(w) == label]

    def is_match(self, trigger: Word, parties: list[str]) -> bool:
        """True for a fighting word ("bertarung", "pertarungan") between parties not all persons, or a trigger with a
        round of a tournament on it ("di babak delapan besar"): a match or a battle, no rivalry (dev/GUIDELINES:
        persons competing for a post count, a single match does not)."""
        lows = [w.text.lower() for w in self.s.words]
        if any(_base(c.deprel) in ("obl", "nmod") and any(tuple(lows[c.id - 1:c.id - 1 + len(r)]) == r
                                                         for r in self.lex.match_rounds)
               for c in self.s.children(trigger.id)):
            return True  # "Di babak delapan besar, A akan ditantang oleh B": a round of a tournament, one match
        return bool(set(roots_of(trigger.text, trigger.lemma)) & self.lex.fight_roots) and any(
            self.ctx.index.type_of(x) != "Person" for x in parties)

    def _city_of_address(self, place: str) -> str:
        """A street address as a seat ("berkantor di Jalan Hayam Wuruk Nomor 30, Jakarta") is in the place named right
        after it; RETURNS that place, else ``place`` itself."""
        if place.split()[0].lower() not in self.lex.address_words:
            return place
        ids = self.ids_of(place)
        if not ids:
            return place
        j = max(ids) + 1
        if j < len(self.s.words) and self.s.word(j).text == ",":
            city = self.entity(self.s.word(j + 1))
            if city is not None and self.ctx.index.type_of(city) == "Place":
                return city
        return place

    def emit(self, spec: RelationSpec, subjects: list[str], objects: list[str | Event], rule: str, conf: float,
             trigger: Word) -> None:
        for subj in subjects:
            for obj in objects:
                s, o = (obj, subj) if spec.inverse else (subj, obj)
                if isinstance(s, Event):
                    continue
                self.add(s, spec.name, o, rule, conf, trigger)

    def _name_before(self, i: int, links: frozenset[str], reach: int = 3) -> str | None:
        """The entity named right before word index ``i`` (0-based), past commas and ``links`` words within ``reach``
        words: "Y, anak perusahaan X", "Y merupakan perusahaan induk X", "Khalid, penulis buku …"."""
        words = self.s.words
        b = i - 1
        while b >= 0 and i - b <= reach and self.entity(words[b]) is None and (
                words[b].text == "," or words[b].text.lower() in links):
            b -= 1
        if 0 <= b < i and words[b].text == ")" and self.entity(words[b]) is None:
            # "PT X (Consumer Branded Product), anak usaha Y": past a gloss in brackets, up to eight words
            k = b - 1
            while k >= 0 and b - k <= 8 and words[k].text != "(":
                k -= 1
            b = k - 1 if k >= 0 and words[k].text == "(" else b
        if not 0 <= b < i:
            return None
        label = self.entity(words[b])
        if label is None:
            return None
        # "Toba Pulp yang dahulu bernama PT Inti Indorayon …": the company under its present name, not its former
        first = self.mention_start(b + 1, label) - 1  # 0-based
        k = first - 1
        if k >= 0 and words[k].text.lower() in RENAMING:
            k -= 1
            while k >= 0 and words[k].text.lower() in FORMERLY:
                k -= 1
            if k >= 1 and words[k].text.lower() == "yang":
                renamed = self.entity(words[k - 1 if words[k - 1].text != "," else k - 2])
                if renamed is not None and renamed != label:
                    return renamed
        return label

    def _relations_of(self, word: Word) -> set[str]:
        """The relations a word's roots trigger, whatever its affixes ("penundaan" → delayed)."""
        return {rel for r in roots_of(word.text, word.lemma) for rel in self.lex.relations_for_root(r)}

    def _is_org_word(self, word: Word) -> bool:
        """True for an organisation's name or an organisation noun ("perusahaan", "startup")."""
        label = self.entity(word)
        if label is not None:
            return self.ctx.index.type_of(label) == "Organization"
        if word.text in self.lex.lower_org_nouns:  # "harian Inggris, The Guardian"
            return True
        cue = None
        if word.id < len(self.s.words):  # "kantor berita asal AS", "perguruan tinggi": a two-word cue comes first
            cue = self.lex.type_cues.get(f"{word.text.lower()} {self.s.word(word.id + 1).text.lower()}")
        cue = cue or self.lex.type_cues.get(word.text.lower()) or self.lex.type_cues.get(word.lemma.lower())
        return cue == "Organization"
