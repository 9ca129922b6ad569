"""Rules on trigger nouns: nominalisations, light verbs, competition nouns and rival appositions, and later
references to an event ("penundaan ini").
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from kg.entities import COALITIONS, COPULAS, DEMONSTRATIVES, PERSONAL_PRONOUNS, is_nominalisation
from kg.items import Event
from kg.lexicon import CLITICS, RelationSpec, roots_of, without_nya
from kg.records import Word
from kg.relations.core import (
    CONF_COREF,
    CONF_NOUN,
    CONF_TOPIC,
    NAMING,
    SHARED_SUBJECT,
    Arguments,
    _base,
    case_of,
    is_passive,
    weak_person,
)

# "rival sekota", "rival senegara": a rival from the same city or country, of the party named before
# words linking a subject to a predicate noun ("X bukan pesaing Y", "X adalah mitra Y")
LINKING_WORDS = NAMING | frozenset({"bukan", "merupakan", "juga", "pun", "tetap", "masih"})
SAME_PLACE = frozenset({"sekota", "senegara", "sedaerah", "seprovinsi", "sekampung", "sepulau", "sebenua"})
# "perjanjian/kesepakatan antara A dan B": an accord named in passing (a peace treaty, a quota deal between government
# and parliament), no joint work; signing one with a party ("A meneken perjanjian dengan B") or one of cooperation
# ("perjanjian kerja sama antara A dan B") is (claim audits 2026-12-05/06)
ACCORDS = frozenset({"perjanjian", "kesepakatan"})


class NounRules(Arguments):
    """A trigger used as a noun: its agent and object from the phrase and the verb it serves."""

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
        led_noun = noun.text.lower() in self.lex.led_by_nouns
        led_by = led_noun and noun.id > 1 and self.s.word(noun.id - 1).text != ","
        if not agents and noun.deprel == "appos" and noun.head and not led_by:  # "A, pemegang saham B" (not "X
            # pimpinan Y": what Y leads)
            agents = self.resolve(self.s.word(noun.head), subj_types)
        if not agents:  # "A adalah pemegang saham B"
            agents = [x for c in self.s.children(noun.id) if c.deprel == "nsubj" for x in self.resolve(c, subj_types)]
        if (not agents and noun.deprel in ("obj", "xcomp") and noun.head
                and self.s.word(noun.head).text.lower() in COPULAS and not led_noun):
            # "A merupakan (salah satu) investor B": the parser takes the copula for a verb with the noun its object
            agents = [x for c in self.s.children(noun.head) if c.deprel == "nsubj" and c.text.lower() != "yang"
                      for x in self.resolve(c, subj_types)]
        if not agents and noun.id > 2 and self.s.word(noun.id - 1).text.lower() in ("selaku", "sebagai"):
            # "Grup Salim selaku pemegang saham PT X", "Y selaku produsen Z": the name right before is the agent,
            # however the parser hangs the noun
            before = self.entity(self.s.word(noun.id - 2))
            agents = [before] if before is not None and self.type_ok(before, subj_types) else []
        light = self.light_verb(noun)
        if not agents and light is not None:
            agents, _ = self.subject_of(light, subj_types)  # "A menjadi investor B", "melakukan perekrutan"
        if not agents and self._listed_after_copula(noun, spec, subj_types, obj_types):
            return
        by_oleh = bool(agents)
        fallback: Word | None = None
        for child in others:
            ents = self.resolve(child, subj_types | obj_types - {"Event"})
            as_agent = [e for e in ents if self.ctx.index.type_of(e) in subj_types and not self._is_object(e, spec)]
            owned = any(w.upos == "PRON" and w.deprel == "nmod:poss" for w in [child, *self.s.children(child.id)])
            if not agents and owned and spec.object_types == {"Place"} and self.entity(child) is None:
                # a seat's owner "-nya" is an organisation, not the founder named just before ("… oleh A dan B.
                # Kantor pusatnya …")
                as_agent = [e for e in self.resolve(child, frozenset({"Organization"})) if not self._is_object(e, spec)]
                ents = as_agent
            elif not agents and not as_agent and owned:
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
        if (obj_word is None and agents and led_noun and noun.head
                and noun.deprel in ("nmod", "appos", "acl", "compound", "amod")):
            # "Orkes X pimpinan Y (dari Bandung)": what is led is the name the noun describes, not where Y is from
            obj_word = self.s.word(noun.head)
        if obj_word is None and agents and "Event" not in obj_types:
            # "Stadion X merupakan markas Y": the copula's subject is the object when it fits only that side
            host = noun if any(c.deprel == "cop" for c in self.s.children(noun.id)) else (
                self.s.word(noun.head) if noun.head and noun.deprel in ("obj", "xcomp") and self.s.word(
                    noun.head).text.lower() in COPULAS else None)
            for c in self.s.children(host.id) if host is not None else []:
                if (c.deprel.startswith("nsubj") and c.id < noun.id and self.resolve(c, obj_types)
                        and not self.resolve(c, subj_types)):
                    obj_word = c
        if (obj_word is None and agents and "Event" not in obj_types and noun.deprel == "appos" and noun.head
                and self.resolve(self.s.word(noun.head), obj_types)
                and not self.resolve(self.s.word(noun.head), subj_types)):
            obj_word = self.s.word(noun.head)  # "Stadion X, markas Y, …": the name the noun is apposed to
        obj_word = obj_word or fallback
        if obj_word is None and noun.deprel.startswith("nsubj") and noun.head:
            # "Markas X terletak di Y": the place hangs on the verb the noun is the subject of
            for child in self.s.children(noun.head):
                if _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) in spec.object_cases:
                    obj_word = child
                    break
        seat = self._place_after_owner(noun, spec) if obj_word is None and spec.object_types == {"Place"} else None
        if seat is not None and (not agents or seat[0] in agents):
            agents, obj_word = [seat[0]], seat[1]
        rule, conf = "noun-trigger", CONF_NOUN
        topic = self._bare_kind_owner(noun) if not agents and spec.object_types == {"Place"} else None
        if topic is not None:  # "Kantor pusat perusahaan terletak di X": the company the text is about
            if (obj_word is None or not self.resolve(obj_word, obj_types)) and noun.deprel.startswith("nsubj"):
                obj_word = next((c for c in self.s.children(noun.head) if _base(c.deprel) in ("obl", "nmod")
                                 and case_of(self.s, c) in spec.object_cases), None)
            if obj_word is not None:
                agents, rule, conf = [topic], "noun-trigger+topic", CONF_TOPIC
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
            if led_by and obj_word.id == noun.head and self.entity(obj_word) in objects:
                objects = [self.entity(obj_word)]  # "A pimpinan X, dan B pimpinan Y": X leads A alone
        self.emit(spec, agents, objects, rule, conf, noun)

    def _bare_kind_owner(self, noun: Word) -> str | None:
        """"Kantor pusat perusahaan terletak di X": a seat noun owned by a bare kind noun ("perusahaan", "organisasi",
        no name, no demonstrative) is the seat of the organisation the text is about, a recent sentence's subject;
        None where the phrase has no such owner or no such subject."""
        phrase = [noun]
        while phrase[-1].id < len(self.s.words):
            nxt = self.s.word(phrase[-1].id + 1)
            if nxt.head not in {w.id for w in phrase} or nxt.deprel not in ("compound", "nmod"):
                break
            phrase.append(nxt)
        owner = phrase[-1]
        if (len(phrase) < 2 or owner.text.lower() not in self.lex.generic_kinds or self.entity(owner) is not None
                or self.s.children(owner.id) or any(c.deprel.startswith(("acl", "det")) for c in
                                                    self.s.children(noun.id))):
            return None  # (not "Kantor pusat perusahaan yang diakuisisi itu …": a company described, not the topic)
        verb = self.s.word(noun.head) if noun.head else None
        if verb is not None and any(c.text.lower() in self.lex.obligation_words for c in self.s.children(verb.id)):
            return None  # "kantor pusat perusahaan harus berada di Indonesia": a rule, no company's seat
        return self.ctx.recent_subject(frozenset({"Organization"}))

    def _place_after_owner(self, noun: Word, spec: RelationSpec) -> tuple[str, Word] | None:
        """"… di depan kantor pusat UNHCR di Jenewa": the parser often hangs the "di" phrase on the verb, but a seat
        noun, its owner's name right after it and "di" + a place right after the name say where the seat is. Read
        linearly. RETURNS (the owner, the place's first word), or None."""
        n, k = len(self.s.words), noun.id + 1
        trigger_words = {x for root in spec.roots for x in root.split()}
        while k <= n and self.s.word(k).text in trigger_words:
            k += 1  # "kantor pusat", "markas besar"
        owner = self.entity(self.s.word(k)) if k <= n else None
        if owner is None or not self.type_ok(owner, spec.subject_types):
            return None
        end = self.past_mention(k, owner)
        if end + 1 > n or self.s.word(end).text.lower() not in spec.object_cases:
            return None
        place = self.entity(self.s.word(end + 1))
        return (owner, self.s.word(end + 1)) if place is not None and self.type_ok(place, spec.object_types) else None

    def _listed_after_copula(self, noun: Word, spec: RelationSpec, subj_types: frozenset[str],
                             obj_types: frozenset[str]) -> bool:
        """"Pemegang saham PT X adalah A, B dan C", "… dengan pemegang sahamnya adalah A, B": an agent noun (pe-…,
        "investor") whose phrase ends in a copula names its agents in the list after it; what the noun is of is the
        name inside the phrase, or for "-nya" the organisation named before. Read linearly (the parser often
        breaks the copula off). RETURNS True when it made the claims."""
        low = noun.text.lower()
        if not (low.startswith("pe") and not low.endswith("an")) and low not in ("investor", "sponsor"):
            return False
        words = self.s.words
        k, inner, owned = noun.id, None, False  # k: 0-based index of the word after the noun
        while k < len(words) and k - noun.id < 6 and words[k].text.lower() not in NAMING:
            w = words[k]
            if w.text.lower() in CLITICS or w.text.lower().endswith("nya"):
                owned = True
            elif self.entity(w) is not None:
                inner = inner or self.entity(w)
            elif not (w.upos in ("NOUN", "ADJ") and w.text[:1].islower()):
                return False
            k += 1
        if k >= len(words) or words[k].text.lower() not in NAMING:
            return False
        agents = [a for a in self.examples_from(k + 2, subj_types) if a != inner]
        target = inner
        if target is None and owned:  # "-nya": the organisation named before it in the same clause, no comma between
            for x in reversed(words[:noun.id - 1]):
                if x.text in (",", ";", ":") or x.upos in ("PUNCT",):
                    break
                if self.entity(x) is not None and self.ctx.index.type_of(self.entity(x)) in obj_types:
                    target = self.entity(x)
                    break
            if target is None and not any(self.entity(x) is not None for x in words[:noun.id - 1]):
                # "PT X adalah bank umum syariah. … Pemegang saham mayoritasnya adalah A": the body the story is about
                target = self.ctx.recent_subject(obj_types)
        if not agents or target is None or not self.type_ok(target, obj_types):
            return False
        self.emit(spec, agents, [target], "noun-trigger+copula-list", CONF_NOUN, noun)
        return True

    def _object_allowed(self, word: Word, spec: RelationSpec) -> bool:
        """For a restricted root ("membeli"): the object is a name itself or headed by one of ``object_heads``."""
        obj = None
        if is_passive(word):  # "saham X dimiliki oleh Y": what is owned is the passive's subject
            obj = self.patient_of(word)
        obj = obj or self.object_word(word, spec)
        if obj is None:
            return False
        heads = [obj]
        if obj.text.lower() in self.lex.quantity_openers:  # "Sebanyak 21,4 persen saham X": the shares it counts
            heads += [c for c in self._subtree(obj) if c.deprel in ("compound", "nmod") and c.upos == "NOUN"]
        elif word.deprel.startswith("acl") and obj.id == word.head and is_nominalisation(obj.text):
            # "pelepasan saham X yang dibeli Y": the clause hung on the process noun is about the shares after it
            heads += [c for c in self.s.children(obj.id) if c.deprel == "compound" and c.upos == "NOUN"]
        label = self.entity(obj)
        ent = self.ctx.index.entities.get(label) if label is not None else None
        # a name by evidence ("memiliki PT X"), not one typed by default ("tak memiliki SNI", "Anggaran Dasar X")
        return (ent is not None and ent.type_source != "default") or any(
            h.text.lower() in spec.object_heads or h.lemma.lower() in spec.object_heads for h in heads)

    def received(self, noun: Word, spec: RelationSpec, subj_types: frozenset[str], obj_types: frozenset[str]) -> bool:
        """"Y meraih pendanaan dari X": a noun trigger received by the light verb's subject from a "dari" party, who
        is the relation's subject (X investsIn Y). RETURNS True when it made the claims."""
        verb = self.light_verb(noun)
        if verb is None:
            return False
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

    def light_verb(self, noun: Word) -> Word | None:
        """The light verb that takes a relation noun: as its object ("menjadi sponsor"), in its "sebagai" phrase
        ("tercatat sebagai pemegang saham …", "masuk sebagai investor"), or through a frame noun the noun fills
        ("membuat kerangka kerja sama dengan B", "menjalin bentuk kemitraan"); None when there is none."""
        host = self._frame_of(noun)
        if not host.head or not self.is_light(self.s.word(host.head)):
            return None
        if host.deprel in ("obj", "xcomp") or (_base(host.deprel) == "obl" and case_of(self.s, host) == "sebagai"):
            return self.s.word(host.head)
        return None

    def _frame_of(self, noun: Word) -> Word:
        """The frame noun a relation noun fills right after it ("kerangka kerja sama", "bentuk kemitraan"), else the
        noun itself: what the clause's verb takes."""
        if (noun.head and noun.deprel in ("compound", "nmod") and noun.id == noun.head + 1
                and self.s.word(noun.head).text.lower() in self.lex.light_frames):
            return self.s.word(noun.head)
        return noun

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

    def _between_after_field(self, noun: Word) -> list[Word]:
        """"kerja sama di bidang perdagangan antara A dan B": the "antara" phrase after the trigger's field, which the
        parser hangs on the field's noun or on the verb; [] when there is none."""
        words = self.s.words
        field = self.field_after(noun)
        if field is None:
            return []
        start = next((w for w in words if w.id > field.id and case_of(self.s, w) == "antara"
                      and min([w.id, *(x.id for x in self._subtree(w))]) > field.id), None)
        if start is None:
            return []
        gap = [w for w in words if field.id < w.id < min([start.id, *(x.id for x in self._subtree(start))])]
        # only the field's own words between: no verb, no comma, no other name
        if any(w.upos in ("VERB", "PUNCT", "AUX") or self.entity(w) for w in gap) or len(gap) > 4:
            return []
        return [start]

    def _kind_named(self, noun: Word, spec: RelationSpec) -> bool:
        """True when a noun that needs a partner case ("perjanjian") is of the relation's own kind, a trigger noun
        right after it that needs none ("perjanjian kerja sama", "kontrak kemitraan")."""
        if noun.id >= len(self.s.words):
            return False
        nxt = self.s.word(noun.id + 1)
        after = self.s.word(noun.id + 2).text.lower() if noun.id + 2 <= len(self.s.words) else ""
        roots = set(roots_of(nxt.text, nxt.lemma))
        roots |= {f"{r} {after}" for r in roots}
        return nxt.head == noun.id and bool(roots & (spec.roots - spec.case_only))

    def _activity_between(self, noun: Word, label: str) -> bool:
        """True when the name hangs on an activity noun under the relation noun ("nota kesepahaman pembangunan PLTU":
        what the memorandum is about, not a party to it): a lower-case "pe-…-an" nominalisation on the way up (not a
        "ke-…-an" noun: "kesepakatan kerja sama antara X dan Y" is the agreement itself)."""
        for i in self.ids_of(label):
            w = self.s.word(i)
            steps = 0
            while w.head and w.head != noun.id and steps < 4:
                w = self.s.word(w.head)
                steps += 1
                if w.upos == "NOUN" and w.text.islower() and is_nominalisation(w.text, fields=False):
                    return True
        return False

    def competition_noun(self, noun: Word, spec: RelationSpec, mods: list[Word]) -> None:
        types = spec.subject_types
        j = noun.id + 1
        while j <= len(self.s.words) and self.s.word(j).upos == "ADJ":
            j += 1
        if j <= len(self.s.words) and self.s.word(j).text.lower() in self.lex.kin_nouns:
            return  # "dua rival putranya, X dan Y", "pesaing anak X": a relative's rivals, not the subject's
        between = [c for c in self.s.children(noun.id) if case_of(self.s, c) == "antara"]
        if not between and noun.head and noun.deprel in ("compound", "nmod", "appos", "obj"):
            # "hasil nota kesepahaman (MOU) antara A dan B": the parser hangs the "antara" phrase on the governing
            # noun; it is the trigger's when it comes right after the trigger's own words
            last = max([noun.id, *(w.id for w in self._subtree(noun))])
            between = [c for c in self.s.children(noun.head) if case_of(self.s, c) == "antara"
                       and c.id > noun.id and min([c.id, *(w.id for w in self._subtree(c))]) == last + 1]
        if not between:
            between = self._between_after_field(noun)
        if between and set(roots_of(noun.text, noun.lemma)) & ACCORDS and not self._kind_named(noun, spec):
            return
        if between:
            parties = self.resolve(between[0], types)
            for c in self.s.children(between[0].id):  # "antara A dengan B": the colloquial "dengan" for "dan"
                if case_of(self.s, c) == "dengan":
                    parties += [x for x in self.resolve(c, types) if x not in parties]
            for part in [between[0], *(c for c in self.s.children(between[0].id) if c.deprel == "conj")]:
                # "antara Presiden Direktur X Y dan Direktur Utama Z W": officials sign for the bodies in their
                # titles; only officials of no named body are the parties themselves
                if part.text.lower() in self.lex.titles or part.text.lower() in self.lex.name_title_words:
                    body = self._resolve_one(part, frozenset({"Organization"}), 0)
                    holders = self._resolve_one(part, types, 0)
                    if body:
                        parties = [x for x in parties if x not in holders]
                        parties += [x for x in body if x not in parties]
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    self.add(a, spec.name, b, "noun-trigger", CONF_NOUN, noun)
            return
        for c in self.s.children(noun.id):  # "mitra kerja PT X" with "kerja" parsed as a verb taking X
            if c.text.lower() in self.lex.partner_kinds:
                mods = [*mods, *(g for g in self.s.children(c.id) if g.deprel in ("obj", "nmod", "compound", "flat"))]
        owners = [x for c in mods for x in self.resolve(c, types) if not self._activity_between(noun, x)]
        if owners:  # "Kolaborasi Gojek dan Tokopedia …" with the second name hung on the noun as its conjunct
            owners += [x for c in self.s.children(noun.id) if c.deprel == "conj" and self.entity(c) is not None
                       and c.id > max(m.id for m in mods) for x in self.resolve(c, types) if x not in owners]
        partners = self.partners(noun, spec, types)
        listed = (self.examples_from(noun.id + 1, types) if noun.id < len(self.s.words)
                  and noun.text.lower() in COALITIONS and self.entity(self.s.word(noun.id + 1)) is not None else [])
        if not partners and len(listed) > 1 and set(owners) <= set(listed) and not self.is_match(noun, listed):
            # "Koalisi Partai Gerindra, PKS, dan PAN mengusung …": the parties listed right after the noun, each pair
            self._each_pair(listed, spec, noun)
            return
        if set(roots_of(noun.text, noun.lemma)) & spec.case_only:  # "kontrak dengan B" yes, "kontrak B" no
            if not partners and not self._kind_named(noun, spec):
                return  # (but "A dan B meneken perjanjian kerja sama": the agreement's kind is the relation's noun)
            owners = []
        first: list[str] = []
        rule, conf = "noun-trigger", CONF_NOUN
        if (noun.deprel == "appos" or self.comma_conj(noun)) and noun.head:  # "A, pesaing B"
            first = self.resolve(self.s.word(noun.head), types)
            partners = partners or owners
        elif any(c.deprel in ("nsubj", "cop") for c in self.s.children(noun.id)):  # "A adalah pesaing B"
            first = [x for c in self.s.children(noun.id) if c.deprel == "nsubj" for x in self.resolve(c, types)]
            partners = partners or owners
        elif noun.deprel == "nsubj" and noun.head and owners and any(
                c.deprel == "cop" for c in self.s.children(noun.head)):
            # "Pesaing utama A adalah B", "Saingan berat A adalah B": the copula's predicate is the other party
            first = owners
            partners = partners or [x for x in self.resolve(self.s.word(noun.head), types) if x not in owners]
        elif (noun.head and noun.deprel in ("obj", "xcomp") and self.s.word(noun.head).text.lower() in COPULAS
              and len(owners) == 1 and any(c.deprel == "nsubj" and self.entity(c) is not None
                                           for c in self.s.children(noun.head))):
            # "A merupakan salah satu pesaing B", with the copula parsed as a verb taking the noun as its object (the
            # subject named in the clause itself; "Penghargaan itu merupakan kerja sama A dan B" names both parties)
            first = [x for c in self.s.children(noun.head) if c.deprel == "nsubj"
                     for x in self.resolve(c, types) if x not in owners]
            partners = partners or owners
        elif (light := self.light_verb(noun)) is not None:
            # light verb: "A menjadi sponsor B", "A melakukan kerja sama dengan B"
            first, _ = self.subject_of(light, types)
            partners = partners or owners
            if len(first) > 1 and not partners and not self.unnamed_partner(noun, spec):
                # "A dan B menjalin kemitraan", "A, B, dan C menandatangani nota kesepahaman": every pair (the parser
                # may hang B on A as an apposition: the names listed before the verb count)
                listed = self.coordinated_before(light, types)
                if len(listed) > len(first) and set(first) <= set(listed):
                    first = listed
                if self.is_match(noun, first):
                    return
                self._each_pair(first, spec, noun, rule, conf, remember=True)
                return
            elif first and not partners:  # "C kini menjadi sponsor": the party last named for it
                last = self.ctx.partners.get(spec.name)
                partners = [last] if last and last not in first else []
        elif partners:
            first = owners
        elif len(owners) > 1 and (rivals := self._rival_apposition(noun, types)) is not None:
            first, partners, rule = rivals  # "dua pesaing barunya, A dan B": the owner's rivals, not each other's
        elif len(owners) > 1:
            first, partners = owners[:1], owners[1:]
        if not first and not partners and owners:
            # "Yoga menegaskan PT X bukan pesaing Y" with the copula's subject parsed the speech verb's object: the
            # name right before the linking word
            j = noun.id - 1
            linked = False
            while j >= 1 and self.s.word(j).text.lower() in LINKING_WORDS:
                linked, j = True, j - 1
            before = self.entity(self.s.word(j)) if linked and j >= 1 else None
            if (before is None and linked and j > 1 and self.s.word(j).text.lower() in CLITICS
                    and self.lex.type_cues.get(self.s.word(j - 1).text.lower()) == "Organization"):
                # "perusahaannya bukan pesaing Y": the company of the one the clause is about
                before = next(iter(self.resolve(self.s.word(j - 1), types)), None)
            if before is not None and before not in owners and self.type_ok(before, types):
                first, partners = [before], owners
        if not partners and not first and self._through_this(noun, spec):
            return
        if not partners:
            first, partners, rule = self._rival_apposition(noun, types) or (first, partners, rule)
        if not partners:
            first, partners = self._verb_object_party(noun, types, first) or (first, partners)
        if not partners and (first or owners) and not spec.case_only:
            named = self._named_after(noun, types, first or owners)
            first, partners = (first or owners, named) if named else (first, partners)
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
            host = self._frame_of(noun)
            gov = self.s.word(host.head) if host.head else None
            if gov is not None:
                first, _ = self.subject_of(gov, types)
            if not first and not (gov is not None and self._pronoun_subject(gov, PERSONAL_PRONOUNS)):
                # (not "ia menandatangani kontrak dengan …": a person the passage does not name)
                topic = self.ctx.topic(types, exclude=frozenset(partners))
                first = [topic] if topic else []
                rule, conf = "noun-trigger+topic", CONF_TOPIC
        if self.is_match(noun, [*first, *partners]):
            return  # "pertarungan Persija dan Persib": a match
        # (a rival named in apposition is one whatever the clause says of the match: "akan menjamu rival sekota, B"
        # hedges the match, not the rivalry)
        kids = self.s.children(noun.id)
        apposed = rule == "noun-trigger+apposition" or (
            any(c.text.lower() in SAME_PLACE for c in kids) and any(c.deprel == "appos" for c in kids)) or (
            # "akan menghadapi seteru abadinya X": whose rival X is, a description the clause's hedge does not reach
            without_nya(noun.text.lower()) in self.lex.rival_nouns and self._owned(noun))
        for a in first:
            for b in partners:
                self.add(a, spec.name, b, rule, conf, noun, nominal=apposed)
                self.ctx.partners[spec.name] = b

    def _owned(self, noun: Word) -> bool:
        """True when a noun carries a possessive "-nya", on itself or on an adjective after it ("rival beratnya")."""
        if noun.text.lower().endswith("nya"):
            return True
        hosts = [noun, *(c for c in self.s.children(noun.id) if c.upos == "ADJ" or c.deprel == "compound")]
        return any(c.text.lower() in CLITICS for h in hosts for c in self.s.children(h.id))

    def _through_this(self, noun: Word, spec: RelationSpec) -> bool:
        """"Melalui kerja sama ini, A dan B memperluas …", "Dalam kemitraan tersebut, A dan B …": the relation named
        before, in a "melalui/dalam/lewat" phrase with a demonstrative, is between the clause's coordinated subjects.
        RETURNS True when it made the claims."""
        if (not noun.head or _base(noun.deprel) != "obl" or case_of(self.s, noun) not in ("melalui", "dalam", "lewat")
                or not any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(noun.id))):
            return False
        verb = self.s.word(noun.head)
        if verb.upos not in ("VERB", "AUX"):
            return False
        first, _ = self.subject_of(verb, spec.subject_types)
        if len(first) < 2 or self.is_match(noun, first):
            return False
        self._each_pair(first, spec, noun)
        return True

    def _each_pair(self, parties: list[str], spec: RelationSpec, noun: Word, rule: str = "noun-trigger",
                   conf: float = CONF_NOUN, remember: bool = False) -> None:
        """A symmetric relation between every two of the parties (``remember``: the last is the partner a later
        "C kini menjadi sponsor" refers to)."""
        for a, b in itertools.combinations(parties, 2):
            self.add(a, spec.name, b, rule, conf, noun)
            if remember:
                self.ctx.partners[spec.name] = b

    def _verb_object_party(self, noun: Word, types: frozenset[str],
                           first: list[str]) -> tuple[list[str], list[str]] | None:
        """"A mengejar B dalam persaingan di pasar X", "A menggandeng B dalam kerja sama": the noun in a "dalam"
        phrase of a verb whose subject and object are the two parties; None when the verb has no such object."""
        if not noun.head or _base(noun.deprel) != "obl" or case_of(self.s, noun) != "dalam":
            return None
        verb = self.s.word(noun.head)
        if verb.upos != "VERB" or is_passive(verb):
            return None
        objects = [x for c in self.s.children(verb.id) if c.deprel == "obj" for x in self.resolve(c, types)]
        subjects = first or self.subject_of(verb, types)[0]
        objects = [x for x in objects if x not in subjects]
        return (subjects, objects) if subjects and objects else None

    def _named_after(self, noun: Word, types: frozenset[str], first: list[str]) -> list[str]:
        """"Rival terbesar A di Liga 1 yaitu B": the party named after a naming word (NAMING) later in the noun's own
        phrase (no verb or other clause between); [] when there is none."""
        words = self.s.words
        for k in range(noun.id + 1, min(noun.id + 9, len(words))):
            w = words[k - 1]
            if w.text.lower() in NAMING:
                found = self.examples_from(k + 1, types)
                return [x for x in found if x not in first]
            if w.upos in ("VERB", "AUX", "SCONJ") or w.text in (";", ":") or w.text.lower() == "yang":
                return []
        return []

    def _pronoun_subject(self, verb: Word, only: frozenset[str] | None = None) -> bool:
        """True when the subject a verb has or shares (through conj, xcomp, advcl) is a pronoun (one of ``only``, if
        given)."""
        subj = self.subject_word(verb, SHARED_SUBJECT, steps=3)
        return subj is not None and subj.upos == "PRON" and (only is None or subj.text.lower() in only)

    def _rival_apposition(self, noun: Word, types: frozenset[str]) -> tuple[list[str], list[str], str] | None:
        """"A dan rival utamanya, B" / "Rivalnya, B, …" / "dua pesaing barunya, B dan C": read linearly (the parser
        often hangs B elsewhere); every name listed is a rival. The "-nya" owner is the conjunct the noun is
        coordinated with, else the party named last before it."""
        j, owned, same_place = noun.id + 1, False, False
        while j <= len(self.s.words):
            w = self.s.word(j)
            low = w.text.lower()
            if low in CLITICS:
                owned = True
            elif low in SAME_PLACE and w.head == noun.id:
                owned = same_place = True  # "rival sekota / senegara": the rival of the clause's subject
            elif w.upos != "ADJ":
                break
            j += 1
        if (owned and j < len(self.s.words) and self.s.word(j).text.islower()
                and self.lex.type_cues.get(self.s.word(j).text) in ("Person", "Organization")):
            # "saingan ketatnya senator asal Nusa Tenggara Barat, Farouk Muhammad": a description before the name
            j = self.description_comma(j, limit=5) or j
        if not owned or j >= len(self.s.words) or self.s.word(j).text != ",":
            return None
        partner = self.entity(self.s.word(j + 1))
        if partner is None or not self.type_ok(partner, types):
            return None
        listed = self.examples_from(j + 1, types) or [partner]
        owner = None
        if same_place:
            verb = self.s.word(noun.head) if noun.head and _base(noun.deprel) in ("obj", "obl") else None
            got = self.subject_of(verb, types)[0] if verb is not None and verb.upos == "VERB" else []
            if verb is not None and self._pronoun_subject(verb):
                got = []  # "Mereka … kalah dari rival senegara, B": whose rival a pronoun hides
            # a club's rival, not its coach's ("Pelatih X Aji Santoso yakin bisa mengalahkan rival sekota, Y")
            got = [g for g in got if self.ctx.index.type_of(g) == "Organization"
                   or weak_person(self.ctx.index.entities[g])]
            owner = got[0] if got else None
        elif noun.deprel == "conj" and noun.head:
            got = self.resolve(self.s.word(noun.head), types)
            owner = got[0] if got else None
        if owner is None and not same_place:
            owner = self.last_before(noun, types, exclude=self.outlets())
            led = self.ctx.led_by(owner) if owner is not None else None
            if (led is not None and self.ctx.index.type_of(owner) == "Person"
                    and all(self.ctx.index.type_of(x) == "Organization" for x in listed)):
                owner = led  # "Direktur Utama X, Y, mengatakan … pesaing utamanya, Z": X's rival, a company's
        if owner is None or owner in listed:
            return None
        return [owner], listed, "noun-trigger+apposition"

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
