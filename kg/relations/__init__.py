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
* ``office-left``: "X mundur dari jabatannya sebagai Ketua Y", "X dicopot dari jabatan Direktur Utama Y" → the office
  negated (it held and has ended); a departure only planned or denied gives nothing.
* ``represented-by``: "Universitas X, yang diwakili oleh Rektor Y" → Y holds the bare title in the body represented.
* ``possessive-apposition``: "partai X, Y" (a party owned by person X, apposed to its name Y) → X leads Y.
* ``possessive-company``: "perusahaan Mark Zuckerberg" → the organisation the text last named that has no other
  known leader; the person leads it.
* ``maker-phrase``: "model baru dari startup X", "chatbot buatan X" next to a model or product → developedBy.
* ``developer-description``: "Anthropic, pengembang Claude", "X dikenal sebagai pengembang chatbot Y", "pengembang
  Y, PT X,", "perusahaan pengembang Y itu" (a developer noun describing an organisation) → Y developedBy X.
* ``possessed-work``: "lewat bukunya berjudul X", "Dalam novelnya yang berjudul X, Y menggambarkan …" → X developedBy
  the clause's subject (not one who only appears in it: "tampil dalam filmnya"). ``works-listed``: "beberapa karya
  Y, yakni A, B dan C" → each developedBy Y.
* ``election-rivals``: in a sentence about an election, "A kalah dari B", "A mengalahkan B", "A berhadapan dengan
  B" → competesWith between persons (a single match elsewhere is no rivalry).
* ``joint-activity``: "A dan B menggelar latihan militer bersama" (an activity done "bersama", its coordinated
  parties organisations or countries) → each pair partnersWith.
* ``signed-agreement``: "Nota kesepahaman yang ditandatangani A dan B" → A partnersWith B.
* ``loan``: "X bermain untuk A dengan status pinjaman dari B" (a player lent to the club he plays for) → A
  recruitsFrom B.
* ``co-agent``: "X dikembangkan oleh A bersama B" (a partner named after a passive's agent) → X developedBy B as
  well, and A partnersWith B.
* ``artist-release``: "X adalah singel perdana dari grup Y yang dirilis …", "album terbaru Y, X, yang dirilis …",
  "X adalah album ketiga Y. Album ini diluncurkan …" (a record released with no agent named) → Y releases X.
* ``co-hosts``: "Kegiatan ini diselenggarakan oleh A dan B" (a passive of holding, hosting or sponsoring with two or
  more agents of one type) → each pair partnersWith.
* ``predecessor``: "X dilantik sebagai Ketua Y menggantikan Z yang …" (the one replaced, right after the office) →
  Z leads Y, its certainty read from Z's own relative clause.
* ``successor``: "X digantikan oleh Y", "Posisinya kini diisi oleh Y", "Kursi CEO Intel kini diduduki Y", "X
  menyerahkan jabatan itu kepada Y" → Y holds the office the text gave X (this sentence or before), certainty from
  the verb.
* ``remainder``: "90 persen saham X dimiliki A dan sisanya dipegang B" → B investsIn X as A does.
* ``besides``: "Selain dengan A, X bersaing dengan B" (a fronted "selain" phrase in the preposition of a party of
  the main clause) → the claim made with B is made with A too.
* ``through-subsidiary``: "X melalui anak usahanya, Y, mengakuisisi Z" → Y acquires Z as X does.
* ``funding-lead``: "X meraih pendanaan seri A yang dipimpin Y", "Putaran pendanaan itu dipimpin oleh Y dengan
  partisipasi Z" → Y (and Z) investsIn X.
* ``place-investment``: "Samsung tidak berani berinvestasi ke Indonesia", "X menanamkan modal di Batam" (investing
  as such, with a "di/ke" place) → the investor investsIn the place.
* ``holder-list``: "kepemilikan saham X terdiri dari A 39,71 persen, B 6,02 persen dan C" → each holder investsIn X.
* ``place-modifier``: a known place inside an organisation's noun phrase ("startup AI China Moonshot AI",
  "perusahaan asal Korea Selatan") → basedIn.
* ``place-description``: "X, sebuah universitas terkemuka di Hongaria" (a description apposed to a name puts it in a
  place) → basedIn.
* ``place-seat-name``: "Pusat … Penyakit di Amerika Serikat (CDC)" (an organisation's name, "di" its seat, then its
  short form in brackets: one name phrase) → basedIn.
* ``place-origin``: "Panathinaikos dari Yunani" (a "dari" phrase written right after a typed organisation's name)
  → basedIn.
* ``sited-institution``: "Universitas X di Y", "RS X di Y" (an institution that stands in one place, with a "di"
  phrase on its own name) → basedIn; ``seat-verb``: "X berlokasi di Y", "X didirikan di Y" → basedIn.

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

Layout: :mod:`kg.relations.core` holds the constants, trigger lookup, the document context and
:class:`~kg.relations.core.Arguments` (argument resolution and coreference, shared by every rule); each rule family is
a mixin over it: :mod:`~kg.relations.verbs`, :mod:`~kg.relations.nouns`, :mod:`~kg.relations.offices` (titles and
office verbs), :mod:`~kg.relations.makers`, :mod:`~kg.relations.ownership` (stakes, subsidiaries) and
:mod:`~kg.relations.moves` (transfers, relocations, ended monopolies, place modifiers). ``_Extractor.run`` below
decides their order.
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities import EntityIndex, dateline_outlet, dateline_place
from kg.items import OFFICES, Claim
from kg.lexicon import Lexicon, roots_of
from kg.records import Document, Sentence
from kg.relations.core import DocContext, case_of, find_triggers, is_passive, is_verbal, log, weak_person
from kg.relations.makers import MakerRules
from kg.relations.moves import MoveRules
from kg.relations.nouns import NounRules
from kg.relations.offices import OfficeRules
from kg.relations.ownership import OwnershipRules
from kg.relations.verbs import VerbRules

__all__ = ["DocContext", "case_of", "find_claims", "find_triggers", "is_passive", "is_verbal", "speaker", "weak_person"]


class _Extractor(VerbRules, NounRules, OfficeRules, MakerRules, OwnershipRules, MoveRules):
    """Finds the claims of one sentence: every rule mixin over the shared argument resolution."""

    # ---- rules ----------------------------------------------------------------------------------------------------

    def run(self) -> list[Claim]:
        self.maker_rule()  # first: a release whose agent is only the maker ("album karya X. Dirilis …") reads it
        self.possessed_work_rule()
        self.artist_release_rule()
        self.works_listed_rule()
        self.title_rule()  # and the offices: "Bos X Y menegaskan perusahaannya …" is X, the company Y leads
        self.triggers = list(find_triggers(self.s, self.lex))
        for word, spec, root in self.triggers:
            if self.entity(word) is not None:
                continue  # a word of a name ("Indeks Daya Saing Global", "Perjanjian Kemitraan Ekonomi") states nothing
            try:
                if root in spec.restricted_roots and not self._object_allowed(word, spec):
                    continue
                if root in spec.removing_roots and is_verbal(word, root.split()[0]) and any(
                        case_of(self.s, c) in spec.removed_from_cases for c in self.s.children(word.id)):
                    continue  # "mengeluarkan perangkat ini dari saku": taken out, not put on the market
                if (spec.object_not or spec.unnamed_groups) and is_verbal(word, root.split()[0]):
                    obj = self.patient_of(word) if is_passive(word) else self.object_word(word, spec)
                    if obj is not None and obj.upos == "PRON" and word.deprel.startswith("acl") and word.head:
                        obj = self.s.word(word.head)  # "X yang dikeluarkan oleh Y": the noun the clause is about
                    if obj is not None and {obj.text.lower(), obj.lemma.lower()} & spec.object_not:
                        continue  # "meluncurkan roket": a launch, not a release
                    if obj is not None and obj.text.lower() in spec.unnamed_groups and self.entity(obj) is None:
                        continue  # "tim peneliti X yang dipimpin Y": the team is led, not X
                    top = obj if obj is not None and self.entity(obj) is not None else None
                    while top is not None and top.head and self.entity(self.s.word(top.head)) == self.entity(top):
                        top = self.s.word(top.head)  # (up to the head of the name the clause hangs in)
                    hosts = []  # the common nouns the name modifies ("Majelis hakim Pengadilan X": hakim, majelis)
                    while top is not None and top.head and top.deprel.startswith(("nmod", "compound")) and len(
                            hosts) < 2 and self.entity(self.s.word(top.head)) is None:
                        top = self.s.word(top.head)
                        hosts.append(top.text.lower())
                    if is_passive(word) and word.deprel.startswith("acl") and set(hosts) & spec.unnamed_groups:
                        continue  # "Majelis hakim Pengadilan X yang diketuai Y": the clause hung on the body's name
                elif spec.object_not and word.id < len(self.s.words):
                    nxt = self.s.word(word.id + 1)  # "peluncuran roket X", "investasi pembangunan pabrik X"
                    if nxt.head == word.id and nxt.deprel in ("compound", "nmod") and (
                            nxt.text.lower() in spec.object_not):
                        continue
                if is_verbal(word, root.split()[0]):
                    if root not in spec.noun_only:
                        self.verb_rule(word, spec)
                elif word.upos in ("NOUN", "PROPN", "X", "ADJ") and not (
                        spec.name == "developedBy" and word.text.lower() in self.lex.maker_cases):
                    # (a maker word, "garapan", "produksi", is read by maker_rule, which knows the work from its maker)
                    self.noun_rule(word, spec)
            except (IndexError, KeyError) as err:  # a malformed parse must not fail the document
                log.warning("%s sentence %d: skipped trigger %r (%s)", self.doc.id, self.s.index, word.text, err)
        self.co_agent_rule()
        self.office_verb_rule()
        self.represented_rule()
        self.office_left_rule()
        self.no_longer_serving_rule()
        self.predecessor_rule()
        self.successor_rule()
        self.together_rule()
        self.joint_activity_rule()
        self.co_hosts_rule()
        self.event_reference_rule()
        self.possessive_rule()
        self.leadership_rule()
        self.minister_rule()
        self.fused_title_rule()
        self.place_rule()
        self.seat_verb_rule()
        self.sited_rule()
        self.transfer_rule()
        self.loan_rule()
        self.career_rule()
        self.relocation_rule()
        self.monopoly_rule()
        self.election_rule()
        self.signed_rule()
        self.subsidiary_rule()
        self.joint_venture_rule()
        self.maker_role_rule()
        self.developer_rule()
        self.stake_rule()
        self.funding_lead_rule()
        self.holder_list_rule()
        self.sale_rule()
        self.country_investment_rule()
        self.place_investment_rule()
        self.remainder_rule()
        self.besides_rule()  # copies the claims made before it
        self.through_subsidiary_rule()  # last: it copies the claims the rules before made
        self.claims = [replace(c, predicate="investsIn") if c.predicate == "acquires" and self._minority_stake(c)
                       else c for c in self.claims]
        self.claims = self._officials_for_bodies(self.claims)
        ceo = {(c.subject, c.object) for c in self.claims if c.predicate == "ceoOf"}
        return [c for c in self.claims if not (c.predicate == "leads" and (c.subject, c.object) in ceo)]

    def _officials_for_bodies(self, claims: list[Claim]) -> list[Claim]:
        """An official who works with someone for the organisation named in the title works for it ("Direktur Utama
        Bank BTN X bekerjasama dengan Y": Bank BTN and Y are partners; dev/GUIDELINES: persons are partners only when
        their institutions are not named)."""
        held: dict[str, set[str]] = {}
        for c in claims:
            if c.predicate in OFFICES and isinstance(c.object, str) and c.nominal and (
                    self.ctx.index.type_of(c.object) == "Organization"):
                held.setdefault(c.subject, set()).add(c.object)
        out = []
        for c in claims:
            if c.predicate == "partnersWith" and isinstance(c.object, str):
                subject = next(iter(held[c.subject])) if len(held.get(c.subject, ())) == 1 else c.subject
                obj = next(iter(held[c.object])) if len(held.get(c.object, ())) == 1 else c.object
                if subject != obj and (subject, obj) != (c.subject, c.object):
                    c = replace(c, subject=subject, object=obj)
            out.append(c)
        return out


def find_claims(doc: Document, index: EntityIndex, lexicon: Lexicon) -> list[Claim]:
    """Extract the claims of a document, sentence by sentence, in order (coreference looks back, never ahead).

    doc: the parsed document.
    index: its entities (from :func:`kg.entities.resolve_entities`).
    lexicon: the lexicons.
    RETURNS: the claims, all "asserted" (see :func:`kg.certainty.assess_claims`), without duplicates.
    """
    ctx = DocContext(index=index, type_cues=lexicon.type_cues)
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    for sentence in doc.sentences:
        # "Bisnis.com, JAKARTA", "KOMPAS.com": where the story was filed, not a claim
        if dateline_place(sentence, lexicon) or dateline_outlet(sentence, lexicon):
            ctx.see_dateline()
            continue
        source = speaker(sentence, index, lexicon)
        for claim in _Extractor(doc, sentence, ctx, lexicon).run():
            if claim.predicate in OFFICES and isinstance(claim.object, str):
                ctx.offices.append((claim.subject, claim.predicate, claim.object))  # what a successor may take over
            # an office said to have ended is kept beside the title that gave it ("Bupati X mengundurkan diri dari
            # jabatannya"): kg.certainty keeps one of the two, by whether the ending is stated as done
            key = (claim.sentence, claim.subject, claim.predicate, claim.object, claim.ended)
            if key not in seen:
                seen.add(key)
                # a title or apposition describing someone is the writer's, not the quoted source's
                claims.append(replace(claim, stated_by=source) if source and not claim.nominal else claim)
        ctx.see_sentence(sentence)
    # the chief of a company the document names elsewhere "leads" it in the office the document gave ("Ia menjabat
    # Presiden Direktur X … kini ia tidak lagi memimpin X"): one office, as the sentence-level rule keeps it
    ceo = {(c.subject, c.object) for c in claims if c.predicate == "ceoOf"}
    claims = [replace(c, predicate="ceoOf") if c.predicate == "leads" and (c.subject, c.object) in ceo else c
              for c in claims]
    return _called_acquisitions(doc, index, lexicon, claims)


def _called_acquisitions(doc: Document, index: EntityIndex, lexicon: Lexicon, claims: list[Claim]) -> list[Claim]:
    """A purchase of shares the document elsewhere calls an acquisition of that company ("pelepasan saham Lonsum yang
    dibeli Indofood. Dengan akuisisi Lonsum, …") is a takeover: the stake becomes ``acquires`` (the tune gold's
    reading). Only an acquisition noun with the company as its own modifier and no agent of its own counts."""
    spec = lexicon.relations.get("acquires")
    if spec is None:
        return claims
    called: set[str] = set()
    for sentence in doc.sentences:
        for w in sentence.words:
            roots = set(roots_of(w.text, w.lemma))
            if w.upos != "NOUN" or not roots & spec.roots or roots & spec.stake_roots:
                continue  # (a takeover word: not "pembelian saham di X", a purchase of shares)
            kids = sentence.children(w.id)
            if any(case_of(sentence, c) == "oleh" for c in kids):
                continue
            for c in kids:
                ent = index.at(sentence.index, c.id)
                if (c.deprel in ("nmod", "compound", "flat") and not case_of(sentence, c) and ent is not None
                        and ent.type == "Organization"):
                    called.add(ent.label)
    if not called:
        return claims
    return [replace(c, predicate="acquires") if c.predicate == "investsIn" and c.object in called
            # (not a holding stated in a noun phrase, nor a stake read off the shares named after its verb)
            and not c.nominal and c.extractor != "rule:stake-phrase" else c for c in claims]


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
