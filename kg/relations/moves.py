"""Patterns read along the sentence: people moving between employers ("hijrah dari B ke A"), seats moving
("memindahkan kantor pusat ke X"), a monopoly ended by a newcomer, and places modifying an organisation
("perusahaan asal X").
"""

from __future__ import annotations

import itertools

from kg.entities import COPULAS, DEMONSTRATIVES, INDEFINITES, _head_of
from kg.items import name_key
from kg.lexicon import known_word, knows_place, phrase_starts, plain_word, roots_of, stem
from kg.records import Word
from kg.relations.core import (
    CONF_NOUN,
    CONF_NP,
    CONF_VERB,
    NAMING,
    PEER_TYPES,
    Arguments,
    _base,
    case_of,
    is_passive,
    is_verbal,
)

# words of lending a player, and verbs of playing for a club (loan_rule)
_LOAN_WORDS = frozenset({"pinjaman", "dipinjamkan", "dipinjam"})
_PLAY_VERBS = frozenset({"bermain", "memperkuat", "membela"})
_CLAUSE_LINKS = ("advcl", "xcomp", "conj")  # how a clause hangs on the one it continues

# words after which a place name is a language ("Alkitab bahasa Indonesia"), not where something is
LANGUAGE_WORDS = frozenset({"bahasa", "berbahasa"})
# words that go on from one stop to the next ("dari Universitas X, Kudus, lalu Pati"): places on a way, not seats
ITINERARY = frozenset({"lalu", "kemudian", "hingga", "sampai", "ke", "menuju", "lantas"})


class MoveRules(Arguments):
    """Transfers, relocations, ended monopolies and seats named by a place in the phrase."""

    def monopoly_rule(self) -> None:
        """"A bukan lagi monopoli … dengan masuknya B": a market entry that ends a monopoly → B competesWith A.
        The negation belongs to the monopoly; the claim is made by the entry verb, so it stays asserted."""
        for w in self.s.words:
            ender = self.s.word(w.head) if w.head and _base(w.deprel) == "obj" else None
            if (stem(w.text) in self.lex.monopoly_roots and ender is not None and ender.upos == "VERB"
                    and not is_passive(ender) and set(roots_of(ender.text, ender.lemma)) & self.lex.ending_roots):
                # "Masuknya B ke … mengakhiri monopoli A", "B mematahkan monopoli A": the holder named after the
                # monopoly, the entrant the verb's subject
                holders = [x for c in self.s.children(w.id) if _base(c.deprel) in ("nmod", "appos")
                           and not case_of(self.s, c) for x in self.resolve(c, PEER_TYPES)]  # (not "di rute X")
                governing = {self.lex.government[1], *(k.split()[0] for k in self.lex.regional_governments)}
                for b in self.subject_of(ender, PEER_TYPES)[0]:
                    for a in holders:  # (a government that ends a monopoly regulates, it does not compete)
                        if a != b and name_key(b).split()[0] not in governing:
                            self.add(b, "competesWith", a, "monopoly-ended", CONF_NOUN, ender)
                continue
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

    def signed_rule(self) -> None:
        """"Nota kesepahaman yang ditandatangani A dan B", "perjanjian … ditandatangani oleh A dan B": the parties
        who signed an agreement together are partners (dev/GUIDELINES: a signed MoU). One signer alone says nothing
        of the other party."""
        spec = self.lex.relations["partnersWith"]
        party_t = frozenset({"Organization", "Person", "Place"})
        for w in self.s.words:
            if w.upos != "VERB" or not is_passive(w) or not set(roots_of(w.text, w.lemma)) & self.lex.signing_roots:
                continue
            patient = self.patient_of(w)
            if patient is not None and patient.upos == "PRON" and w.deprel.startswith("acl") and w.head:
                patient = self.s.word(w.head)
            texts = [patient.text.lower(), *(c.text.lower() for c in self.s.children(patient.id)
                                             if c.deprel in ("compound", "flat"))] if patient is not None else []
            if not any(set(roots_of(t, t)) & spec.roots for t in texts) and not any(
                    " ".join(texts[k:k + 2]) in spec.roots for k in range(len(texts))):
                continue  # what was signed must be an agreement ("nota kesepahaman", "perjanjian", "kontrak")
            kinds = {x.text.lower() for c in (self.s.children(patient.id) if patient is not None else [])
                     if c.deprel in ("compound", "amod", "nmod") for x in [c, *self.s.children(c.id)]}
            if kinds & self.lex.signing_not_kinds:
                continue  # a loan, a sale, a peace or a marriage agreement is no partnership
            parties: list[str] = []
            for child in self.s.children(w.id):
                by = _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) == "oleh"
                bare_agent = child.deprel == "obl" and not case_of(self.s, child) and child.id == w.id + 1
                other = _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) in spec.partner_cases
                if not (by or bare_agent or other or child.deprel in ("obl:agent", "obj")):
                    continue  # ("ditandatangani pemerintah dan X": a bare agent; "… oleh A dengan B": the other party)
                heads = [x for x in [child, *(c for c in self.s.children(child.id) if c.deprel == "conj")]
                         if not any(c.text.lower() in self.lex.excluding_words for c in self.s.children(x.id))]
                end = max([child.id, *(x.id for x in self._subtree(child))])
                for k, x in enumerate(heads):
                    stop = heads[k + 1].id - 1 if k + 1 < len(heads) else end
                    party = self._signer(x, stop, party_t)
                    if party is not None and party not in parties:
                        parties.append(party)
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    # persons partner persons only: a contract a club and a player sign is employment
                    persons = [self.ctx.index.type_of(x) == "Person" for x in (a, b)]
                    if a != b and persons[0] == persons[1]:
                        self.add(a, "partnersWith", b, "signed-agreement", CONF_VERB - 0.05, w)

    def _signer(self, head: Word, stop: int, party_t: frozenset[str]) -> str | None:
        """The party one conjunct of the signers stands for, read from its head to word ``stop``: the organisation an
        official signs for ("oleh Rektor UGM Prof. X": UGM), else the person or place named ("pemerintah" stands for
        the home government); nothing for a name deep in a description ("ketua umum partai-partai pendukung X").
        """
        if self.entity(head) is not None:
            return self.entity(head)
        labels = [x for x in dict.fromkeys(self.entity(self.s.word(i)) for i in range(head.id, stop + 1))
                  if x is not None and self.type_ok(x, party_t)]
        low = head.text.lower()  # an official of the organisation ("Rektor X", "Direktur Utama X", "Wakil Rektor X")
        titled = low in self.lex.titles or low in self.lex.signing_officials
        orgs = [x for x in labels if self.ctx.index.type_of(x) == "Organization"]
        if titled and orgs:  # (not "para pendukung X", "mantan karyawan X", "istri Direktur X")
            return orgs[0]
        bare = not any(c.deprel in ("nmod", "compound", "appos", "acl", "acl:relcl") for c in self.s.children(head.id))
        found = self.resolve(head, party_t) if bare else []
        return found[0] if found else (labels[0] if labels and titled else None)

    def election_rule(self) -> None:
        """"A kalah dari B dalam pemilihan ketua umum", "A mengalahkan B pada pilkada", "pasangan A akan berhadapan
        dengan pasangan B dalam pilgub": persons who win against, lose to or face each other in an election compete
        for the post. The election must be named in the contest verb's clause or the one it hangs on ("pemilihan
        presiden", "pilkada", not "pemilihan pemain" nor "calon juara"), or one up to three clause links above it;
        elsewhere the same verbs report one match,
        which is no rivalry (dev/GUIDELINES). Both rivals are persons, or both organisations (parties), named right at
        the verb."""
        rival_t = frozenset({"Person", "Organization"})
        for w in self.s.words:
            if w.upos != "VERB" or w.text.lower() not in self.lex.contest_words:
                continue
            # the verb's own clause, or the clause it hangs on, up to three links up ("NDC memenangkan pemilihan
            # umum, merebut 11 kursi dan mengalahkan NNP": conj of advcl of the clause that names the election)
            scope, steps, named = w, 0, False
            if not (w.head and w.deprel in _CLAUSE_LINKS):
                named = self._names_election(w)
            while not named and steps < 3 and scope.head and scope.deprel in _CLAUSE_LINKS:
                scope, steps = self.s.word(scope.head), steps + 1
                named = self._names_election(scope)
            if not named:
                continue
            subjects = self._rival_subjects(w, rival_t)
            others = [x for c in self.s.children(w.id)
                      if c.deprel == "obj" or (_base(c.deprel) in ("obl", "nmod")
                                               and case_of(self.s, c) in self.lex.contest_cases)
                      for x in [self.entity(c)] if x is not None]  # the rival itself, not a name inside "kritik dari X"
            if not others:
                others = [x for x in [self._rival_after(w)] if x is not None]
            for a in subjects:
                for b in others:
                    # two candidates, or two parties ("NDC memenangkan pemilu … dan mengalahkan NNP"); not a person
                    # against an organisation
                    kinds = {self.ctx.index.type_of(a), self.ctx.index.type_of(b)}
                    if a != b and kinds in ({"Person"}, {"Organization"}):
                        self.add(a, "competesWith", b, "election-rivals", CONF_VERB - 0.1, w)

    def _names_election(self, clause: Word) -> bool:
        """Whether the words under ``clause`` (clauses included) name an election ("pilkada", "pemilihan ketua")."""
        texts = [x.text.lower() for x in [clause, *self._subtree(clause, keep_clauses=True)]]
        return bool(set(texts) & self.lex.election_words) or bool(phrase_starts(texts, self.lex.election_phrases))

    def _rival_after(self, verb: Word) -> str | None:
        """The rival named right after a contest verb and its case, past a few lower-case words or numbers the parser
        took for the object ("kalah dua kali dengan mendiang Sergey Bagapsh")."""
        words = self.s.words
        j, skipped = verb.id + 1, 0
        while j <= len(words) and skipped < 5:
            w = self.s.word(j)
            label = self.entity(w)
            if label is not None:
                return label if self.ctx.index.type_of(label) in ("Person", "Organization") else None
            if not (w.text.lower() in self.lex.contest_cases or (w.text.isalpha() and w.text.islower())
                    or w.text.isdigit()):
                return None
            j, skipped = j + 1, skipped + 1
        return None

    def _rival_subjects(self, verb: Word, person_t: frozenset[str]) -> list[str]:
        """The persons who contest: the verb's own subject; for a complement ("menyaksikan A kalah dari B",
        "menunjukkan pasangan A kalah dari B") the object standing right before it; for a coordinated or adverbial
        clause, the subject of the clause it hangs on (not a plural pronoun: "mereka" is not one rival)."""
        v, steps = verb, 0
        while steps < 4:
            found = [x for c in self.s.children(v.id) if c.deprel == "nsubj"
                     and c.text.lower() not in self.lex.plural_pronouns for x in self.resolve(c, person_t)]
            if found or not v.head or v.deprel not in ("conj", "advcl", "xcomp"):
                return found
            before = [x for c in self.s.children(v.head) if c.deprel == "obj" and c.id < v.id
                      for x in self.resolve(c, person_t)]  # ("pasangan A": the pair's name)
            if before and v.deprel in ("xcomp", "advcl"):
                return before
            v, steps = self.s.word(v.head), steps + 1
        return []

    def loan_rule(self) -> None:
        """"X bermain untuk A dengan status pinjaman dari B", "bermain di A setelah dipinjamkan oleh B": a player B
        lends to the club A he plays for → A recruitsFrom B. Only where a verb of playing for a club ("bermain untuk /
        di", "memperkuat", "membela") names A in the sentence: elsewhere a "pinjaman" is money ("pinjaman dari
        bank")."""
        org_t = frozenset({"Organization"})
        words = self.s.words
        lenders = []
        for w in words:
            if w.text.lower() not in _LOAN_WORDS:
                continue
            for j in range(w.id + 1, min(len(words), w.id + 3) + 1):
                if self.s.word(j).text.lower() in ("dari", "oleh") and j < len(words):
                    b = self.entity(self.s.word(j + 1))
                    if b is not None and self.ctx.index.type_of(b) == "Organization":
                        lenders.append((w, b))
                    break
        if not lenders:
            return
        clubs = []
        for v in words:
            low = v.text.lower()
            if low not in _PLAY_VERBS:
                continue
            j = v.id + 1
            if low == "bermain":
                if j > len(words) or self.s.word(j).text.lower() not in ("untuk", "di", "bagi"):
                    continue
                j += 1
            a = self.entity(self.s.word(j)) if j <= len(words) else None
            if a is not None and self.type_ok(a, org_t) and self.ctx.index.type_of(a) == "Organization":
                clubs.append(a)
        for w, b in lenders:
            for a in clubs:
                if a != b:
                    self.add(a, "recruitsFrom", b, "loan", CONF_NP, w)

    def transfer_rule(self) -> None:
        """"X hijrah dari B ke A", "X pindah dari B ke A": a person moving from B to A → A recruitsFrom B. The two
        organisations are read from the verb's obliques, else linearly after "dari" and "ke" within the clause."""
        org_t = frozenset({"Organization"})
        for verb in self.s.words:
            if not set(roots_of(verb.text, verb.lemma)) & self.lex.transfer_verbs:
                continue
            if verb.upos == "NOUN" and "gabung" in roots_of(verb.text, verb.lemma):
                continue  # "gabungan dari B dengan A", "penggabungan": a merger, no one moving
            source = target = None
            also: list[str] = []  # "bergabung dengan A dan B": every organisation joined
            for j in range(verb.id + 1, min(len(self.s.words), verb.id + 12) + 1):
                w = self.s.word(j)
                nxt = self.s.word(j + 1).text.lower() if j < len(self.s.words) else ""
                if w.upos == "PUNCT" and w.text != "-" and not (
                        w.text == "," and (nxt in self.lex.transfer_from or nxt in self.lex.transfer_to)):
                    break  # "bergabung dengan A tiga musim lalu, dari B": a comma before the other club goes on
                timed = w.head and self.s.word(w.head).text.lower() in self.lex.time_words
                moving = set(roots_of(w.text, w.lemma)) & self.lex.transfer_verbs  # "hengkang dan bergabung dengan A"
                if w.upos == "VERB" and not timed and not moving:
                    break  # "bergabung dengan A ketimbang menerima tawaran dari B": another verb's phrase (not the
                    # "lalu" of "tiga musim yang lalu")
                low = w.text.lower()
                if low in self.lex.transfer_from or low in self.lex.transfer_to:
                    k = j + 1
                    while k <= len(self.s.words) and self.entity(self.s.word(k)) is None and k - j <= 3 and (
                            self.s.word(k).text[:1].islower()):
                        k += 1  # "dari klub B", "ke tim A"
                    label = self.entity(self.s.word(k)) if k <= len(self.s.words) else None
                    if label is not None and self._place(label):  # "dari klub Brasil B": the club's country first
                        end = self.past_mention(k, label)
                        after = self.entity(self.s.word(end)) if end <= len(self.s.words) else None
                        label, k = (after, end) if after is not None else (label, k)
                    ent = self.ctx.index.entities.get(label) if label else None
                    if ent is None or not self.type_ok(label, org_t) or self._place(label):
                        continue
                    if low in self.lex.transfer_from and source is None:
                        source = label
                    elif low in self.lex.transfer_to and target is None:
                        target = label
                        also = [x for x in self.examples_from(k, org_t) if x != label and not self._place(x)]
            if target and not source:  # "Setelah meninggalkan B, X bergabung dengan A": the club left before
                source = self._left_before(verb, target)
            if target and not source:  # "karyawan B pindah ke A": the movers' organisation is the source
                for subj in self.s.children(verb.id):
                    if subj.deprel == "nsubj" and (subj.text.lower() in self.lex.transfer_movers
                                                   or subj.lemma.lower() in self.lex.transfer_movers):
                        # "Tiga anggota DPRD X dari Partai B pindah ke A": the movers' own "dari" phrase first
                        via = [c for c in self.s.children(subj.id) if _base(c.deprel) == "nmod"
                               and case_of(self.s, c) in self.lex.transfer_from]
                        found = [x for c in [*via, subj] for x in self.resolve(c, org_t) if x != target]
                        source = found[0] if found else None
            for t in [target, *also] if source else []:
                if t and t != source:
                    self.add(t, "recruitsFrom", source, "transfer", CONF_NOUN, verb)

    def career_rule(self) -> None:
        """A career told as a sequence in one sentence: "Kariernya dimulai dari A, lalu pindah ke B, kemudian C,
        sebelum memperkuat D" → B recruitsFrom A, C recruitsFrom B, D recruitsFrom C. A step is an organisation
        after a start ("dimulai dari"), a move or join ("pindah ke", "bergabung dengan", "memperkuat"), or right
        after a sequence word ("kemudian C"); two steps chain only with a sequence word between them."""
        org_t = frozenset({"Organization"})
        words = self.s.words
        steps: list[tuple[int, str]] = []  # (word id of the organisation's first word, its label)
        for w in words:
            low = w.text.lower()
            moving = bool(set(roots_of(w.text, w.lemma)) & self.lex.transfer_verbs)
            if not (moving or low in self.lex.career_joins or low in self.lex.career_starts
                    or low in self.lex.career_then):
                continue
            for k in range(w.id + 1, min(len(words), w.id + 4) + 1):
                x = self.s.word(k)
                label = self.entity(x)
                if label is not None:
                    end = self.past_mention(k, label)
                    after = self.s.word(end).text.lower() if end <= len(words) else "."
                    # a bare step after a sequence word is a list item ("kemudian AC Milan,"), not a new clause's
                    # subject ("kemudian Persija menang …")
                    bare = low in self.lex.career_then and k == w.id + 1
                    if (self.type_ok(label, org_t) and not self._place(label) and (not steps or steps[-1][1] != label)
                            and not (bare and after not in (",", ".", ";", "dan", *self.lex.career_then))):
                        items = [x for x in self.examples_from(k, org_t) if not self._place(x)] if not bare else []
                        if len(items) > 1 and items[0] == label:  # "pindah ke A, B dan C sebelum …": the last
                            last = max(j for j in range(k, len(words) + 1) if self.entity(self.s.word(j)) == items[-1])
                            steps.append((last, items[-1]))  # club of the list is the one left next
                        else:
                            steps.append((k, label))
                    break
                if not (x.text.lower() in ("dari", "ke", "dengan", "di", "klub", "tim") or x.upos == "ADP"):
                    break  # "kemudian pindah ke B" reaches B through its verb
        for (a, source), (b, target) in itertools.pairwise(steps):
            between = {self.s.word(k).text.lower() for k in range(a + 1, b)}
            if between & self.lex.career_then and source != target:
                self.add(target, "recruitsFrom", source, "career", CONF_NOUN, self.s.word(b))

    def _left_before(self, verb: Word, target: str) -> str | None:
        """The organisation a clause "setelah meninggalkan B" / "usai hengkang dari B" on the moving verb says its
        subject left, else None."""
        org_t = frozenset({"Organization"})
        for clause in self.s.children(verb.id):
            marks = [c.text.lower() for c in self.s.children(clause.id) if c.deprel == "mark"]
            if clause.deprel not in ("advcl", "xcomp", "ccomp") or not set(marks) & self.lex.transfer_after:
                continue
            low = clause.text.lower()
            if not any(low.startswith(w) for w in self.lex.transfer_leave):
                continue
            args = [c for c in self.s.children(clause.id) if c.deprel in ("obj", "obl")
                    and (c.deprel == "obj" or case_of(self.s, c) in self.lex.transfer_from)]
            found = [x for c in args for x in self.resolve(c, org_t) if x != target and not self._place(x)]
            if found:
                return found[0]
        return None

    def relocation_rule(self) -> None:
        """"X memindahkan kantor pusatnya dari A ke B": X basedIn B, claimed on the verb so that its hedges and
        negations decide how sure it is ("akan memindahkan" speculative, "tidak akan" negated), and X basedIn A,
        where the seat is now, stated by the phrase alone."""
        place_t, org_t = frozenset({"Place"}), frozenset({"Organization"})
        words = self.s.words
        for verb in words:
            roots = set(roots_of(verb.text, verb.lemma)) & self.lex.relocation_verbs
            if not roots or not is_verbal(verb, min(roots)):
                continue
            seat = None
            for j in range(verb.id, min(len(words), verb.id + 3)):
                texts = tuple(w.text.lower().removesuffix("nya") for w in words[j:j + 2])
                if any(texts[:len(p)] == p for p in self.lex.relocation_seats):
                    seat = words[j]
                    break
                if words[j].upos in ("NOUN", "DET", "NUM"):
                    break  # "memindahkan sebagian karyawan kantor pusat": part of the seat moves, not the seat
            if seat is None:
                continue
            owners = self.subject_of(verb, org_t)[0] if not is_passive(verb) else []
            if not owners:  # "kantor pusat X dipindahkan ke B", "memindahkan kantor pusatnya": whose seat it is
                owners = [x for x in (self.entity(w) for w in self.s.children(seat.id)) if x and self.type_ok(x, org_t)]
            if not owners and not is_passive(verb):  # "Produsen pakan ternak PT X memindahkan …" with the name
                # parsed inside the describing subject
                subj = next((c for c in self.s.children(verb.id) if c.deprel == "nsubj" and self._is_org_word(c)), None)
                named = [x for x in dict.fromkeys(self.entity(w) for w in self._subtree(subj, keep_clauses=True))
                         if x and self.ctx.index.type_of(x) == "Organization"] if subj is not None else []
                owners = named[:1]
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

    def _described_name(self, noun: Word) -> str | None:
        """The organisation a comma-apposed description names ("X, (sebuah / salah satu) perusahaan … di Y"): the
        description's head must be an organisation noun right after "X,", else None."""
        if noun.upos not in ("NOUN", "PROPN") or not self._is_org_word(noun) or self.entity(noun) is not None:
            return None  # ("perguruan tinggi": a two-word cue)
        # "X adalah (salah satu) universitas swasta di Y", "X merupakan perusahaan teknologi di Y": the copula's
        # subject is what the description places
        kids = self.s.children(noun.id)
        subjects = [c for c in kids if c.deprel == "nsubj"] if any(c.deprel == "cop" for c in kids) else []
        if not subjects and noun.deprel in ("obj", "xcomp") and noun.head and (
                self.s.word(noun.head).text.lower() in COPULAS):
            subjects = [c for c in self.s.children(noun.head) if c.deprel == "nsubj"]
        for c in subjects:
            label = self.entity(c)
            if label is not None and self.ctx.index.type_of(label) == "Organization":
                return label
        k = noun.id - 1
        while k >= 1 and self.s.word(k).text.lower() in INDEFINITES | {"salah", "satu"}:  # "salah satu": one of
            k -= 1
        if k < 2 or self.s.word(k).text != ",":
            return None
        label = self.entity(self.s.word(k - 1))
        # (a one-word name the NER calls a person may be the company the description describes: "Nestle, perusahaan …")
        if label is None or not self.type_ok(label, frozenset({"Organization"})) or self._place(label):
            return None
        return label

    def seat_verb_rule(self) -> None:
        """"X adalah universitas swasta yang bertempat di Y", "Perusahaan itu berlokasi di Y": a verb of location
        whose subject is an organisation (a person or a thing "berada di" a place is only there) → basedIn."""
        org_t = frozenset({"Organization"})
        for w in self.s.words:
            if w.upos != "VERB" or w.text.lower() not in self.lex.seat_verbs:
                continue
            # the place itself, not a name deep in the phrase ("berada di bawah naungan X" is no seat)
            # ... or hung by the parser on a date before it ("didirikan pada tanggal 17 April 1999 di Y")
            kids = list(self.s.children(w.id))
            kids += [g for c in kids if c.deprel == "obl:tmod" or case_of(self.s, c) == "pada"
                     for g in self.s.children(c.id) if g.deprel == "nmod"]
            places = [x for c in kids if _base(c.deprel) in ("obl", "nmod")
                      and case_of(self.s, c) == "di" for x in [self.entity(c)]
                      if x is not None and self.ctx.index.type_of(x) == "Place"]
            if not places:
                continue
            if is_passive(w):  # "X didirikan di Y oleh Z": the founded organisation, not its founder
                own = next((c for c in self.s.children(w.id) if c.deprel == "nsubj:pass"), None)
                if own is not None and own.text.lower() == "yang":
                    own = None
                noun = own if own is not None else (self.s.word(w.head) if w.head and w.deprel.startswith("acl")
                                                    else None)
                # the name itself, not one inside a facility's phrase ("Pabrik milik PT X didirikan di Y", "Kantor
                # cabang Bank X didirikan di Y": where the building stands)
                subject = self.entity(noun) if noun is not None else None
                if subject is None and own is None and noun is not None:
                    # "X adalah organisasi yang didirikan di Y": the name the description is about
                    subject = self._described_name(noun)
                subjects = [subject] if subject is not None else []
            else:
                own = next((c for c in self.s.children(w.id) if c.deprel == "nsubj"), None)
                if own is not None and own.text.lower() == "yang" and w.head and w.deprel.startswith("acl"):
                    own = self.s.word(w.head)  # "toko X yang berlokasi di Y": the noun the clause describes
                if (own is not None and own.upos == "NOUN" and self.entity(own) is None
                        and own.text.lower() not in self.lex.premises
                        and not self._is_org_word(own)):  # (a two-word cue too: "perguruan tinggi")
                    continue  # a shop, a plant or a branch of X is where it stands, not X's seat
                subjects, _ = self.subject_of(w, org_t)
            for subject in subjects:
                ent = self.ctx.index.entities.get(subject)
                # an organisation by evidence, not by default ("Karangsari adalah desa yang berada di …")
                if ent is not None and ent.type == "Organization" and ent.type_source != "default":
                    self.add(subject, "basedIn", places[0], "seat-verb", CONF_VERB - 0.1, w)

    def sited_rule(self) -> None:
        """"Universitas X di Y", "Kedutaan Besar X di Y", "RS X di Y": an institution that stands in one place, with
        a "di" phrase hung on its own name, is based there. A company "di Y" is a branch or a venue, no seat."""
        for w in self.s.words:
            if w.text.lower() != "di" or w.upos != "ADP" or w.id < 2 or not w.head:
                continue
            place_word = self.s.word(w.head)
            place, org = self.entity(place_word), self.entity(self.s.word(w.id - 1))
            if place is None or org is None or place == org or self.ctx.index.type_of(place) != "Place":
                continue
            if self.ctx.index.type_of(org) != "Organization":
                continue
            span = range(self.mention_start(w.id - 1, org), w.id)
            top = _head_of(self.s, span)
            # the "di" phrase hangs on the name, or on the noun the name modifies ("pejabat Kedutaan Besar Jepang di
            # Jakarta": the parser's attachment, the place right after the name)
            # ... or the name follows its premises at a street address ("kantor Lingkaran Survei Indonesia di Jalan
            # Pramuka, Jakarta Timur": where its office is; not "kantor Kementerian X di Surabaya", a regional office,
            # nor "kantor cabang X di Y", a branch)
            premises = self.s.word(span[0] - 1) if span[0] > 1 else None
            at_premises = (premises is not None and premises.text in self.lex.premises
                           and place_word.head in (premises.id, premises.head)  # (on the premises or their verb)
                           and place.split()[0].lower() in self.lex.address_words)
            if not at_premises and (not (place_word.head in span or place_word.head == self.s.word(top).head)
                                    or not self._sited(span)):
                continue
            self.add(org, "basedIn", place, "sited-institution", CONF_NP - 0.1, place_word, nominal=True)
        # "Kedutaan Besar X, Jakarta, …", "Universitas Y, Depok.": a city set off by commas after the institution
        for w in self.s.words:
            if w.text != "," or w.id < 2 or w.id >= len(self.s.words):
                continue
            org, place = self.entity(self.s.word(w.id - 1)), self.entity(self.s.word(w.id + 1))
            if (org is None or place is None or place == org or self.ctx.index.type_of(org) != "Organization"
                    or self.ctx.index.type_of(place) != "Place"):
                continue
            end = self.past_mention(w.id + 1, place)
            if end <= len(self.s.words) and self.s.word(end).text not in (",", ".", ")"):
                continue  # "Universitas X, Bandung dan Bogor": a list, not a seat
            if end <= len(self.s.words) and self.s.word(end).text == "," and end < len(self.s.words):
                nxt = self.s.word(end + 1)
                if nxt.text.lower() in ITINERARY:
                    continue  # "dari Universitas X, Kudus, lalu Pati": stops on a way, no seat
                if nxt.text.lower() in ("dan", "serta") and end + 2 <= len(self.s.words) and (
                        self.ctx.index.type_of(self.entity(self.s.word(end + 2)) or "") == "Place"):
                    continue  # "Universitas X, Kudus, dan Pati": places listed
                # (but "Universitas X, Makassar, Jamaluddin …", "Institut X, Bogor, Jawa Barat, …": an address)
            span = range(self.mention_start(w.id - 1, org), w.id)
            seat_before = span[0] > 2 and [self.s.word(k).text.lower() for k in (span[0] - 2, span[0] - 1)] in (
                ["kantor", "pusat"], ["markas", "besar"])  # "di Kantor Pusat X, Jakarta": where X's headquarters is
            if seat_before or self._sited(span):
                self.add(org, "basedIn", place, "sited-institution", CONF_NP - 0.15, self.s.word(w.id + 1),
                         nominal=True)

    def _sited(self, span: range) -> bool:
        """True when the name over the word ids ``span`` opens with an institution that stands in one place
        ("Universitas …", "Kedutaan Besar …", "RSUD …")."""
        opening = [self.s.word(k).text.lower() for k in span]
        return any(i == 0 for i, _ in phrase_starts(opening, self.lex.sited_orgs))

    def _named_after_origin(self, w: Word, place: str) -> str | None:
        """The organisation named right after "asal <place>" ("band asal Denmark Lukas Graham"), else None."""
        j = self.past_mention(w.id, place)
        label = self.entity(self.s.word(j)) if j <= len(self.s.words) else None
        if label is None or self.ctx.index.type_of(label) != "Organization":
            return None
        return label

    def _ends_in_place(self, label: str) -> bool:
        """True for an organisation's name whose last words are a known place ("… Kabupaten Sumenep", "… Bandung")."""
        if self.ctx.index.type_of(label) != "Organization":
            return False
        toks = name_key(label).split()
        if len(toks) > 2 and self.lex.type_cues.get(toks[-2]) == "Place":
            return True  # "… Kabupaten Sumenep", "… Kota Batu"
        return any(knows_place(" ".join(toks[-n:]), self.lex) for n in range(1, min(3, len(toks) - 1) + 1))

    def _venue(self, word: Word) -> bool:
        """True when the name a comma-place follows stands in a locative phrase ("di X, Las Vegas", "di Gedung DPR,
        Jakarta"): the place is where that building or office is, where something happened, not a seat."""
        for _ in range(3):
            if case_of(self.s, word) in self.lex.venue_cases:
                return True
            if not word.head or _base(word.deprel) not in ("flat", "compound", "nmod", "appos", "conj"):
                return False  # (a conjunct shares its first conjunct's preposition: "di Gedung DPR/MPR, Jakarta")
            word = self.s.word(word.head)
        return False

    def _common_words(self, label: str) -> bool:
        """True for a name typed by default whose words are all dictionary words: a capitalised common noun ("Output
        industri Nevada", "Kaisar terakhir Tiongkok", "pasukan Afrika Bersatu"), not an organisation a place
        describes ("kantor berita Jepang Domei")."""
        ent = self.ctx.index.entities.get(label)
        if ent is None or ent.type_source != "default":
            return False
        # a name set off by a comma is apposed to its description, and may be made of dictionary words ("Perusahaan
        # rintisan asal Surabaya, Kopi Serambi Senja")
        if any(m.sentence == self.s.index and m.words[0] > 1 and self.s.word(m.words[0] - 1).text == ","
               for m in ent.mentions):
            return False
        return all(known_word(t) for t in label.replace("-", " ").split())

    def _origin_after_name(self, w: Word, place: str) -> bool:
        """"Panathinaikos dari Yunani", "Hyundai Merchant Marine dari Korea Selatan": a "dari" phrase on the name of an
        organisation, written right after it, says where it comes from → basedIn (only a name typed by the lexicon, the
        NER or a cue: an untyped name before "dari" may be a person's). True when the claim is made."""
        dari = w.id - 1
        if dari < 2 or self.s.word(dari).text.lower() != "dari" or self.mention_start(w.id, place) != w.id:
            return False
        org = self.entity(self.s.word(dari - 1))
        ent = self.ctx.index.entities.get(org) if org else None
        if ent is None or ent.type != "Organization" or ent.type_source == "default" or _base(w.deprel) != "nmod":
            return False
        if not self.mention_start(dari - 1, org) - 1 <= w.head < dari:  # on the name (or the noun it opens with)
            return False
        where = self.ctx.index.entities.get(place)
        if where is None or where.type_source != "gazetteer" or self._venue(self.s.word(dari - 1)):
            return False  # "mendarat di Bandara X dari Yogyakarta": where a flight came from; a place only the NER
            # found may be an outlet ("dikutip X dari Gizmodo")
        after = self.past_mention(w.id, place)
        if after <= len(self.s.words) and self.s.word(after).text.lower() in ("ke", "menuju", "tujuan", "hingga"):
            return False  # "Penerbangan Garuda Indonesia dari Jakarta menuju Heathrow": a route, no origin
        self.add(org, "basedIn", place, "place-origin", CONF_NP - 0.1, w, nominal=True)
        return True

    def _named_with_seat(self, w: Word, place: str) -> bool:
        """Add basedIn for an organisation's name written with its seat and then its short form in brackets
        ("Pusat Pengendalian dan Pencegahan Penyakit di Amerika Serikat (CDC) …"): the bracket closes one name
        phrase, so the "di" is the name's own, not a verb's adverbial. RETURNS whether it did."""
        words = self.s.words
        first = self.mention_start(w.id, place)
        j = self.past_mention(w.id, place)  # 1-based id of the word after the place
        if first < 3 or j + 2 > len(words) or words[j - 1].text != "(" or words[j + 1].text != ")":
            return False
        short = words[j].text
        if not (short.isupper() and short.isalpha() and len(short) >= 2):
            return False
        org = self.entity(self.s.word(first - 2))
        if org is None or self.ctx.index.type_of(org) != "Organization" or self.s.word(first - 1).text.lower() != "di":
            return False
        self.add(org, "basedIn", place, "place-seat-name", CONF_NP - 0.1, w, nominal=True)
        return True

    def place_rule(self) -> None:
        for w in self.s.words:
            place = self.entity(w)
            if place is None or self.ctx.index.type_of(place) != "Place" or not w.head:
                continue
            if self.ctx.index.at(self.s.index, w.head) is not None and self.entity(self.s.word(w.head)) == place:
                continue
            case = case_of(self.s, w)
            described = None
            if case in ("di", "dari"):  # "X, sebuah universitas … di Y", "X, grup penyedia layanan keuangan dari Y"
                host_word, steps = self.s.word(w.head), 0
                while described is None and steps < 3:
                    described = self._described_name(host_word)
                    if described is None and host_word.head and _base(host_word.deprel) in ("compound", "nmod", "amod"):
                        host_word = self.s.word(host_word.head)
                    else:
                        break
                    steps += 1
            if case == "dari" and not described and self._origin_after_name(w, place):
                continue
            first = self.mention_start(w.id, place)
            owner = self.entity(self.s.word(first - 2)) if case == "asal" and first > 2 else None
            if (owner is not None and _base(w.deprel) == "obl" and self.ctx.index.type_of(owner) == "Organization"
                    and self.s.word(first - 1).text.lower() == "asal" and not self._common_words(owner)):
                # "Klub Garuda Muda FC asal Depok menang" with the origin hung on the verb: the name before "asal"
                self.add(owner, "basedIn", place, "place-modifier", CONF_NP - 0.1, w, nominal=True)
                continue
            if case == "di" and not described and self._named_with_seat(w, place):
                continue
            if w.deprel not in ("compound", "flat", "flat:name", "amod", "nmod", "appos") or (
                case and case not in self.lex.origin_cases and not described
            ):
                continue
            if described:  # "X, sebuah universitas terkemuka di Hongaria": where the description puts X
                self.add(described, "basedIn", place, "place-description", CONF_NP - 0.1, w, nominal=True)
                continue
            before = self.s.word(w.id - 1) if w.id > 1 else None
            if before is not None and before.text.lower() in LANGUAGE_WORDS:
                continue  # "Alkitab bahasa Indonesia": a language, not a place
            if before is not None and before.text.lower() in self.lex.owned_by_words:
                continue  # "perusahaan milik Chairul Tanjung": an owner (a name the gazetteer takes for a place)
            if before is not None and before.text.lower() in self.lex.leagues:
                continue  # "di Liga Spanyol Barcelona …": the league's country, not a seat of a club playing in it
            if before is not None and before.text.lower() in self.lex.titles:
                continue  # "rumah dinas Gubernur DKI Jakarta": the place an office governs, no one's seat
            if before is not None and before.text.lower() in self.lex.not_seat_before:
                continue  # "Bank X cabang Surabaya" (a branch), "tari Topeng gaya Beber" (a style): no seat
            if before is not None and (before.text == "(" or before.text.lower() == "seluruh"):
                continue  # "Kenenisa Bekele (Etiopia)": a nationality; "Persatuan … Seluruh Indonesia": the name's
            first = self.mention_start(w.id, place)
            lead = self.s.word(first - 1) if first > 1 else None
            if lead is not None and (lead.text in ("-", "–", "/") or lead.text.lower().startswith("se-")
                                     or lead.text.lower() == "se"):
                # "RI - Jepang", "Sistan - Baluchestan", "ruas Lemah Abang - Slipi": a pair, not a seat; "PAN
                # se-Sulawesi Selatan": the party all over a region
                continue
            after = self.past_mention(w.id, place)
            if (after + 1 <= len(self.s.words) and self.s.word(after).text in ("-", "–", "/")
                    and (nxt := self.entity(self.s.word(after + 1))) is not None
                    and self.ctx.index.type_of(nxt) == "Place"):
                continue  # "Airfast Indonesia rute Sumenep - Surabaya": a route's end, no seat
            if lead is not None and self.org_right_before(first) is not None:
                # "PAN Sulawesi Selatan", "BKSDA (Balai …) Sulawesi Tengah", "KPUD Gorontalo": a place written
                # right after an organisation's name names its regional branch or office, not where it is based
                continue
            gov = self.s.word(w.head)
            named_before = self.entity(self.s.word(first - 2)) if lead is not None and first > 2 else None
            if lead is not None and lead.text == "," and named_before is not None and self._ends_in_place(named_before):
                # "DPD Partai NasDem Kabupaten Sumenep, Jawa Timur": the place after the comma says where the place
                # ending the name lies (its province), not the organisation's seat
                continue
            if lead is not None and lead.text == "," and self._venue(gov):
                continue  # "tewas di University Medical Center, Las Vegas": where a building stands, no seat
            # the place must modify an organisation's name or an organisation noun ("perusahaan migas Malaysia"),
            # not an amount, a person or an event ("5 juta dollar AS", "Menteri Luar Negeri Korea X")
            host: Word | None = gov
            origin = case in self.lex.origin_cases
            relinked: str | None = None
            first_word = self.s.word(first)
            noun = self.s.word(first - 2) if origin and first > 2 else None
            if (noun is not None and noun.id != gov.id and noun.upos == "NOUN" and self.entity(noun) is None
                    and self._is_org_word(noun) and case_of(self.s, first_word) in self.lex.origin_cases
                    and self.s.word(first - 1).text.lower() in self.lex.origin_cases):
                # "pelatih klub asal London itu" with London hung on "pelatih": the organisation noun right before
                # "asal" is what the origin describes
                gov = host = noun
                j = self.past_mention(first, place)
                if j <= len(self.s.words) and self.s.word(j).text.lower() in DEMONSTRATIVES:
                    # "… Chelsea … klub asal London itu": that club, not the clause's own subject ("ASML, yang
                    # menjadi pemegang saham startup asal Prancis tersebut")
                    relinked = self.last_org_before(noun, exclude=self.clause_subjects(noun, relatives=True))
            for _ in range(2):
                if host is None or self._is_org_word(host) or (origin and host.text.lower() in self.lex.origin_hosts):
                    break
                amount = any(c.deprel == "nummod" for c in self.s.children(host.id))  # "5 juta dollar AS"
                host = (self.s.word(host.head) if host.head and host.deprel in ("compound", "flat", "amod", "nmod")
                        and not case_of(self.s, host) and not amount else None)
            if host is None or not (self._is_org_word(host) or (origin and host.text.lower() in self.lex.origin_hosts)):
                continue
            org_t = frozenset({"Organization"})
            orgs = [o for o in self.resolve(gov, org_t) if self.ctx.index.type_of(o) != "Place"]
            if not orgs and relinked is not None:
                orgs = [relinked]
            # "band asal Denmark Lukas Graham", "operator seluler Norwegia Telenor": the name written right after the
            # description's origin or nationality
            named = (self._named_after_origin(w, place)
                     if origin or (not case and self.entity(host) is None) else None)
            if named is not None:
                orgs = [named]  # "grup band asal Denmark Lukas Graham": the name the origin is written before
            if not orgs and gov.head and gov.deprel in ("appos", "flat", "compound"):
                orgs = [o for o in self.resolve(self.s.word(gov.head), frozenset({"Organization"}))
                        if self.ctx.index.type_of(o) == "Organization"]
            near = gov.id == host.id or (gov.upos == "ADJ" and gov.head == host.id)  # the place describes the noun
            if not orgs and near and host.head and (host.deprel == "appos" or self.comma_conj(host)):
                # "Honda, produsen otomotif Jepang, …": the description's own name
                orgs = [o for o in self.resolve(self.s.word(host.head), org_t)
                        if self.ctx.index.type_of(o) != "Place"]
            if not orgs and (near or (gov.head == host.id and gov.deprel == "compound")):
                # "Nestle, perusahaan makanan raksasa asal Swiss, …" with the description parsed as a second subject:
                # the name before the comma that opens the description's phrase ("CUT, salah satu serikat buruh utama
                # Brasil": the place on the noun's compound)
                top = host
                while top.head and top.deprel in ("compound", "amod", "flat"):
                    top = self.s.word(top.head)
                orgs = [d for d in [self._described_name(top)] if d is not None]
            if not orgs and not case and host.deprel == "root" and any(
                    c.deprel == "cop" for c in self.s.children(host.id)):
                # "X adalah jaringan televisi swasta Kolombia": the copula's subject is what the place describes
                orgs = [o for c in self.s.children(host.id) if c.deprel == "nsubj"
                        for o in self.resolve(c, org_t) if self.ctx.index.type_of(o) == "Organization"]
            if not orgs and host.head and host.deprel in ("compound", "nmod"):
                # "X adalah nama sebuah grup band asal Banjarmasin", "X adalah salah satu klub asal Madrid": the
                # copula's subject, past the noun that names or picks out the described one
                top, steps = self.s.word(host.head), 0
                while (steps < 2 and top.head and top.deprel in ("compound", "nmod") and top.text.lower() != "nama"
                       and top.text.lower() not in self.lex.quantity_heads):
                    top, steps = self.s.word(top.head), steps + 1  # "nama sebuah grup band asal …"
                if ((top.text.lower() == "nama" or top.text.lower() in self.lex.quantity_heads)
                        and top.deprel == "root" and any(c.deprel == "cop" for c in self.s.children(top.id))):
                    orgs = [o for c in self.s.children(top.id) if c.deprel == "nsubj"
                            for o in self.resolve(c, org_t) if self.ctx.index.type_of(o) == "Organization"]
            copula = (self.s.word(host.head) if host.head and host.deprel in ("obj", "xcomp")
                      and self.s.word(host.head).text.lower() in COPULAS else None)
            if not orgs and copula is not None:
                # "Dikarenakan Pinewood merupakan perusahaan Inggris, Disney …": the copula's subject, in the tree or
                # right before it; never the name after the comma, which opens the next clause
                subject = self.entity(self.s.word(copula.id - 1)) if copula.id > 1 else None
                orgs = [o for c in self.s.children(copula.id) if c.deprel == "nsubj"
                        for o in self.resolve(c, org_t) if self.ctx.index.type_of(o) == "Organization"] or [
                    o for o in [subject] if o is not None and self.ctx.index.type_of(o) == "Organization"]
            if not orgs and copula is None:
                # "raksasa teknologi asal Korea Selatan, Samsung,": the name apposed after the comma
                j = self.past_mention(w.id, place)
                if j < len(self.s.words) and self.s.word(j).text.lower() in DEMONSTRATIVES:
                    j += 1  # "Perusahaan asal Malang itu, PT X, …"
                if j + 1 <= len(self.s.words) and self.s.word(j).text.lower() == "yang":
                    # "dua bank syariah asal Indonesia yang lolos, yakni A dan B": past a short relative clause
                    k = j + 1
                    while (k <= len(self.s.words) and k <= j + 4 and self.s.word(k).text != ","
                           and self.entity(self.s.word(k)) is None):  # no name inside ("yang berbasis di X, Y")
                        k += 1
                    j = k if k <= len(self.s.words) and self.s.word(k).text == "," else j
                if j + 1 <= len(self.s.words) and self.s.word(j).text == ",":
                    label = self.entity(self.s.word(j + 1))
                    if origin and label is not None and self.ctx.index.type_of(label) == "Place":
                        k = self.past_mention(j + 1, label)  # "Klub asal Jayapura, Papua, X": past the province
                        if k + 1 <= len(self.s.words) and self.s.word(k).text == ",":
                            j, label = k, self.entity(self.s.word(k + 1))
                    if label is not None and self.ctx.index.type_of(label) != "Place" and self.type_ok(label, org_t):
                        orgs = [label]
                    elif self.s.word(j + 1).text.lower() in NAMING:  # ", yakni A dan B": every name
                        orgs = [o for o in self.examples_from(j + 2, org_t) if self.ctx.index.type_of(o) != "Place"]
            if host.text.lower() == self.lex.government[1] and not origin:
                # "pemerintah Mali dan kelompok X": the country a government governs seats nothing coordinated
                # with it (but "Bea Cukai pemerintah Taiwan": the government's own office, named before it)
                orgs = [o for o in orgs if min(self.mention_starts(o), default=host.id) < host.id]
            for o in orgs:
                if o.casefold().split()[0] == self.lex.government[1]:
                    continue  # "Pemerintah AS": the country a government governs, not its seat
                # a name the description's nationality introduces is a name even if the stemmer finds a root in it
                # ("operator seluler Norwegia Telenor"), unless it is made of plain words ("pasukan Afrika Bersatu")
                introduced = o == named and not origin and not all(plain_word(t) for t in o.split())
                if introduced or not self._common_words(o):
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
            first = self.mention_start(a.id, pa)
            origin = first > 1 and ws[first - 2].text.lower() in self.lex.origin_cases  # "startup asal Beijing X"
            if ent is None or (ent.type_source == "default" and not origin):  # an untyped name after a place may be
                continue  # a person
            if first > 1 and ws[first - 2].upos == "ADP" and not origin:  # "di China Meta …": a place adverbial
                continue
            if first > 1 and ws[first - 2].text.lower() in self.lex.leagues:
                continue  # "di Liga Spanyol Barcelona …": the league's country, then a club playing in it
            if first > 1 and ws[first - 2].text.lower() in LANGUAGE_WORDS:  # "lembaga bahasa Jerman X": a language
                continue
            if not self._common_words(ob):
                self.add(ob, "basedIn", pa, "place-modifier", CONF_NP - 0.1, a, nominal=True)
