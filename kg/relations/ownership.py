"""Ownership: stakes ("menanamkan modal … saham yang diterbitkan Y"), minority stakes, subsidiaries and parent
companies.
"""

from __future__ import annotations

from dataclasses import replace

from kg.entities import COPULAS, DEMONSTRATIVES, INDEFINITES
from kg.items import OFFICES, Claim
from kg.lexicon import CLITICS, roots_of, without_nya
from kg.records import Word
from kg.relations.core import (
    CONF_NP,
    LINKS,
    NAMING,
    SHARED_SUBJECT,
    Arguments,
    _base,
    case_of,
    is_passive,
    is_verbal,
)

# the words of a joint venture ("perusahaan patungan", "usaha patungan", "joint venture")
JOINT_VENTURES = frozenset({"patungan", "venture"})


# nouns of a funding round ("pendanaan seri A", "putaran pendanaan"): what "dipimpin oleh X" leads as an investor
_ROUNDS = frozenset({"pendanaan", "putaran", "investasi", "suntikan"})


class OwnershipRules(Arguments):
    """Stakes, subsidiaries and parents."""

    def funding_lead_rule(self) -> None:
        """"DinginKu meraih pendanaan seri A yang dipimpin East Ventures", "Putaran pendanaan itu dipimpin oleh X
        dengan partisipasi Y": the investor leading a funding round, and those taking part in it, invest in the
        company that raises it (not leads: "dipimpin" of a round names its lead investor). The company is the
        subject of the verb receiving the round, else, for "pendanaan itu", the organisation the story last made a
        subject."""
        org_t = frozenset({"Organization"})
        for verb in self.s.words:
            if not is_passive(verb) or "pimpin" not in roots_of(verb.text, verb.lemma):
                continue
            noun = self.patient_of(verb)  # ("pendanaan … yang dipimpin X": the noun the clause is about)
            if noun is None or without_nya(noun.text) not in _ROUNDS and not any(
                    without_nya(c.text) in _ROUNDS for c in self.s.children(noun.id) if c.deprel == "compound"):
                continue
            leads = [x for x in self.agent_of(verb, org_t) if self.type_ok(x, org_t)]
            if not leads:
                continue
            takers = [x for w in self.s.words if w.text.lower() == "partisipasi" and w.id > verb.id
                      for c in self.s.children(w.id) if _base(c.deprel) in ("nmod", "obl", "compound", "flat")
                      for x in self.resolve(c, org_t) if self.type_ok(x, org_t)]
            receiver = None
            gov = self.s.word(noun.head) if noun.head and noun.deprel in ("obj", "nsubj:pass") else None
            if gov is not None and gov.upos == "VERB":
                got = [x for x in self.subject_of(gov, org_t)[0] if self.type_ok(x, org_t)]
                receiver = got[0] if got else None
            if receiver is None and any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(noun.id)):
                # "Putaran itu …": the company named after the round in the sentence before ("putaran pendanaan Seri C
                # Mistral AI"), else the one the story last made a subject
                receiver = self._round_owner_before() or self.ctx.recent_subject(
                    org_t, exclude=frozenset(leads + takers))
            if receiver is None:
                continue
            for investor in dict.fromkeys(leads + takers):
                if investor != receiver:
                    self.add(investor, "investsIn", receiver, "funding-lead", CONF_NP - 0.1, verb)

    def remainder_rule(self) -> None:
        """"90 persen saham X dimiliki A dan sisanya dipegang B", "… sedangkan sisanya dimiliki oleh B": the rest of
        the shares a first owner's claim named belong to the second; B investsIn X as A does."""
        org_t = frozenset({"Organization", "Person"})
        owned = [c for c in self.claims if c.predicate == "investsIn" and c.trigger_word is not None]
        for verb in self.s.words:
            if not is_passive(verb) or not set(roots_of(verb.text, verb.lemma)) & {"milik", "pegang", "kuasa"}:
                continue
            subject = next((c for c in self.s.children(verb.id) if c.deprel.startswith("nsubj")), None)
            if subject is None or without_nya(subject.text) != "sisa":
                continue
            first = next((c for c in owned if c.trigger_word < verb.id), None)
            if first is None:
                continue
            holders = [x for x in self.agent_of(verb, org_t) if self.type_ok(x, org_t)]
            for holder in holders:
                if holder not in (first.subject, first.object):
                    self.add(holder, "investsIn", first.object, "remainder", CONF_NP - 0.1, verb)

    def through_subsidiary_rule(self) -> None:
        """"X melalui anak usahanya, Y, mengakuisisi Z": the parent acting through its named subsidiary and the
        subsidiary both take the deal (dev/GUIDELINES: when a parent and its subsidiary are both named as doing it,
        both get the triple). Copies the parent's acquisition or investment made by the verb after the phrase."""
        words = self.s.words
        for claim in list(self.claims):
            if claim.predicate not in ("acquires", "investsIn") or claim.trigger_word is None:
                continue
            for start in self.mention_starts(claim.subject):
                k = self.past_mention(start, claim.subject)  # 1-based id after the parent's name
                if k + 3 > len(words) or words[k - 1].text.lower() not in ("melalui", "lewat", "via"):
                    continue
                phrase = " ".join(without_nya(w.text) for w in words[k:k + 2])
                if phrase not in self.lex.subsidiary_nouns:
                    continue
                j = k + 2  # past "anak usahanya" (0-based index of the next word)
                j += 1 if j < len(words) and words[j].text.lower() in CLITICS else 0  # (split off)
                j += 1 if j < len(words) and words[j].text == "," else 0
                child = self.entity(words[j]) if j < len(words) else None
                if (child is None or child == claim.subject or self.ctx.index.type_of(child) != "Organization"
                        or min(self.mention_starts(child), default=len(words)) > claim.trigger_word):
                    continue
                self.add(child, claim.predicate, claim.object, "through-subsidiary", CONF_NP - 0.1,
                         self.s.word(claim.trigger_word))

    def _round_owner_before(self) -> str | None:
        """The organisation named within four words after a funding round's noun in the sentence before ("pendanaan
        Seri C Mistral AI"), else None."""
        if self.s.index < 1:
            return None
        before = self.doc.sentences[self.s.index - 1]
        for w in before.words:
            if without_nya(w.text) not in _ROUNDS:
                continue
            for k in range(w.id + 1, min(w.id + 5, len(before.words) + 1)):
                ent = self.ctx.index.at(before.index, k)
                if ent is not None:
                    return ent.label if ent.type == "Organization" else None
        return None

    def stake_rule(self) -> None:
        """An investment or acquisition verb (or its noun under a light verb) whose object the tree did not give, with
        the shares named later in its clause: "X menanamkan modalnya … untuk mendapatkan 39,4 persen saham yang
        diterbitkan Y" → X investsIn Y; "X melakukan transaksi pembelian 62 juta saham dalam Y".
        Read linearly from the verb to "saham", then past "yang diterbitkan / milik / dari" to the issuer's name."""
        words = self.s.words
        done = {c.trigger_word for c in self.claims}
        for word, spec, root in self.triggers:
            if spec.name not in ("investsIn", "acquires") or word.id in done:
                continue
            verb = self._acting_verb(word, root)
            subjects = self.subject_of(verb, spec.subject_types)[0] if verb is not None else []
            if not subjects:
                continue
            j = word.id + 1
            while j <= len(words) and j - word.id <= 12 and words[j - 1].text not in (".", ";", "?", "!"):
                if words[j - 1].text.lower() == "saham":
                    issuer = self._issuer_after(j)
                    if issuer is not None and issuer not in subjects:
                        for sub in subjects:
                            self.add(sub, spec.name, issuer, "stake-phrase", CONF_NP - 0.1, word)
                    break
                j += 1

    def holder_list_rule(self) -> None:
        """"(komposisi) kepemilikan saham X terdiri dari A 39,71 persen, B 6,02 persen, dan C": each holder listed
        with its stake invests in X. The list must be announced ("terdiri dari", ":", "yakni"), so "pemegang saham BCA,
        BRI, dan Mandiri" (the holders of three banks) lists nothing. The issuer does not take over or hold its
        holders: a stake or takeover read the other way round from the same list (the parser hangs the names on the
        percentages) is dropped."""
        words = self.s.words
        holder_t = frozenset({"Organization", "Person"})
        for i, w in enumerate(words[:-2]):
            if (w.text.lower() != "saham" or i == 0 or words[i - 1].text.lower() not in self.lex.holding_words
                    or self.entity(w) is not None):  # not "Rapat Umum Pemegang Saham X", a name
                continue
            issuer = self.entity(words[i + 1])  # (a company named like a model: "Mobile 8")
            if issuer is None or self.ctx.index.type_of(issuer) in ("Person", "Place"):
                continue
            k = i + 1
            while k < len(words) and self.entity(words[k]) == issuer:
                k += 1
            announced = False
            while k < len(words) and k <= i + 8 and (words[k].upos == "NUM" or words[k].text.lower() in
                                                      self.lex.holding_marks | self.lex.holding_after_marks):
                announced = announced or words[k].text.lower() in self.lex.holding_marks
                k += 1  # "Mobile 8 terdiri dari"
            if not announced:
                continue
            holders = [x for x in self.examples_from(k + 1, holder_t, self.lex.holding_links) if x != issuer]
            if len(holders) < 2:
                continue  # a list: one name after "terdiri dari" may be anything
            self.claims = [c for c in self.claims if not (c.predicate in ("acquires", "investsIn")
                                                          and c.subject == issuer and c.object in holders)]
            for holder in holders:
                self.add(holder, "investsIn", issuer, "holder-list", CONF_NP, w, nominal=True)

    def sale_rule(self) -> None:
        """"X menjual 50 persen saham Y kepada Z": the buyer Z takes a stake in Y (the seller's stake ends: the
        certainty step reads that off the selling verb). The shares and their company are read linearly after the verb,
        the buyer from its "kepada" phrase."""
        words = self.s.words
        org_t = frozenset({"Organization"})
        for verb in words:
            if verb.upos != "VERB" or not set(roots_of(verb.text, verb.lemma)) & self.lex.sold_roots:
                continue
            # the "kepada" phrase on the verb, or hung on the shares it sells (not in a clause joined to it)
            objs = [c for c in self.s.children(verb.id) if c.deprel == "obj"]
            phrases = [*self.s.children(verb.id), *(w for o in objs for w in self._subtree(o))]
            buyers = [x for c in phrases if _base(c.deprel) in ("obl", "nmod") and case_of(self.s, c) == "kepada"
                      for x in self.resolve(c, org_t | frozenset({"Person"}))]
            issuer = None
            j = verb.id + 1
            while j <= len(words) and j - verb.id <= 8 and words[j - 1].text.lower() != "kepada":
                if words[j - 1].text.lower() in ("saham", "kepemilikan"):
                    issuer = self._issuer_after(j)
                    break
                j += 1
            if (issuer is not None and j <= len(words) and j > verb.id + 1
                    and words[j - 2].text.lower() in ("seluruh", "semua")):
                # "X telah melepas seluruh sahamnya di Y": X's stake in Y has ended, negated once the sale is stated
                # as done (a planned sale says nothing sure; dev/GUIDELINES: a relation that ended takes its final
                # state)
                for seller in self.subject_of(verb, org_t | frozenset({"Person"}))[0]:
                    if seller != issuer and seller not in buyers:
                        self.add(seller, "investsIn", issuer, "sale-seller", CONF_NP - 0.1, verb, ended=True)
            if not buyers:
                continue
            for buyer in buyers:
                if issuer is not None and buyer != issuer:
                    self.add(buyer, "investsIn", issuer, "sale-buyer", CONF_NP - 0.1, verb)

    def _issuer_after(self, j: int) -> str | None:
        """The company whose shares word ``j`` (1-based: "saham", "kepemilikan") names, read past a few link words:
        "saham yang diterbitkan X", "saham milik X", "kepemilikan sahamnya di X"."""
        words = self.s.words
        links = self.lex.stake_links | {"saham", "nya", "-nya", "dalam"}
        k = j + 1
        while (k <= len(words) and k - j <= 4 and self.entity(words[k - 1]) is None
               and words[k - 1].text.lower() in links):
            k += 1
        described = k
        while (k <= len(words) and k - described < 5 and self.entity(words[k - 1]) is None
               and words[k - 1].upos in ("NOUN", "ADJ") and words[k - 1].text.isalpha() and words[k - 1].text.islower()
               and words[k - 1].text not in ("anak", "induk")):
            k += 1  # "51 persen saham penyedia layanan internet PT X": what the company is, written before its name
            # (not "saham anak usaha X", a subsidiary's shares)
        label = self.entity(words[k - 1]) if k <= len(words) else None
        return label if label is not None and self.type_ok(label, frozenset({"Organization"})) else None

    def _acting_verb(self, word: Word, root: str) -> Word | None:
        """The verb whose subject acts in a trigger: the trigger itself used as a verb, or the light verb of its noun
        ("X melakukan transaksi pembelian …", "Jepang melakukan investasi di …"); None for neither."""
        if is_verbal(word, root.split()[0]):
            return word
        return self.light_verb(word) if word.upos == "NOUN" else None

    def place_investment_rule(self) -> None:
        """"Samsung, LG, Nokia tidak berani berinvestasi ke Indonesia", "X menanamkan modal di Batam": investing as
        such (not buying or owning) in a place, named in a "di/ke" phrase of the verb or of its noun under a light
        verb → the investor investsIn the place (dev/GUIDELINES: an investment goes to the country)."""
        investor_t = frozenset({"Organization", "Place"})
        for word, spec, root in self.triggers:
            if spec.name != "investsIn" or root not in self.lex.place_investment_roots:
                continue
            verb = self._acting_verb(word, root)
            if verb is None:
                continue
            subjects, _ = self.subject_of(verb, investor_t)
            subject = self.subject_word(verb, SHARED_SUBJECT, steps=3)  # (also of "berani masuk berinvestasi")
            listed = self.examples(subject, investor_t) if subject is not None else []
            own = self.entity(subject) if subject is not None and not listed else None
            if own is not None:  # "Samsung, LG, Nokia tidak berani …" with the parser's subject on the last name
                named = self.listed_back(self.past_mention(subject.id, own) - 1)
                kind = self.ctx.index.type_of(own)
                listed = [x for x in named if self.ctx.index.type_of(x) == kind] if len(named) > 1 else []
            subjects = listed or subjects  # "pemain besar seperti Samsung, LG, Nokia tidak berani berinvestasi …"
            # an organisation, or a country named as the subject itself ("Jepang melakukan investasi di X"; not
            # "perusahaan Indonesia yang berinvestasi di Afrika"); a person is mostly an official talking about it
            subjects = [x for x in subjects if self.ctx.index.type_of(x) == "Organization" or (
                self.ctx.index.type_of(x) == "Place" and subject is not None and self.entity(subject) == x)]
            kids = [*self.s.children(word.id)]
            if root == "tanam modal":  # "menanamkan modal sebesar 80 juta dolar AS di X": hung inside the amount
                kids += [c for k in kids if k.deprel == "obj" for c in self._subtree(k)]
            places = [x for c in kids if _base(c.deprel) in ("obl", "nmod") and case_of(self.s, c) in ("di", "ke")
                      for x in [self.entity(c)] if x is not None and self.ctx.index.type_of(x) == "Place"]
            for sub in subjects:
                for place in places[:1]:
                    if sub != place:
                        self.add(sub, "investsIn", place, "place-investment", CONF_NP - 0.1, word)

    def country_investment_rule(self) -> None:
        """"investasi Swiss di Indonesia", "penanaman modal Jepang ke Indonesia": a country investing in a country
        (dev/GUIDELINES: the investment goes to the country) — only in this nominal form, where both sides are named
        as places in one phrase."""
        for noun in self.s.words:
            if noun.upos != "NOUN" or noun.text.lower() not in self.lex.investment_nouns:
                continue
            kids = self.s.children(noun.id)
            sources = [x for c in kids if c.deprel in ("nmod", "compound", "flat") and not case_of(self.s, c)
                       for x in [self.entity(c)] if x is not None and self.ctx.index.type_of(x) == "Place"]
            targets = [x for c in kids if _base(c.deprel) in ("nmod", "obl") and case_of(self.s, c) in ("di", "ke")
                       for x in [self.entity(c)] if x is not None and self.ctx.index.type_of(x) == "Place"]
            for a in sources[:1]:
                for b in targets[:1]:
                    if a != b:
                        self.add(a, "investsIn", b, "country-investment", CONF_NP - 0.1, noun, nominal=True)

    def _described_parent(self, j: int) -> tuple[str, int] | None:
        """"… ditangani anak usaha perseroan, PT X", "anak perusahaan emiten tersebut, PT X": a parent named by a
        description of the company the report is about, at 0-based index ``j``. RETURNS (the parent, the 0-based
        index past its description), or None."""
        words = self.s.words
        if j >= len(words) or self.entity(words[j]) is not None:
            return None
        low = words[j].text.lower()
        end = j + 1
        if end < len(words) and words[end].text.lower() in DEMONSTRATIVES:
            end += 1
        elif low not in self.lex.self_references:
            return None  # ("anak usaha milik X": the owner named after a word)
        if self.lex.type_cues.get(low) != "Organization":
            return None
        found = self.resolve(words[j], frozenset({"Organization"}))
        return (found[0], end) if len(found) == 1 else None

    def _own_subsidiary(self, i: int) -> None:
        """"X, melalui anak usahanya Y, mengakuisisi Z": Y is X's subsidiary (X investsIn Y), and a takeover X makes
        through it is Y's too (dev/GUIDELINES: parent and subsidiary both get the triple)."""
        words = self.s.words
        org_t = frozenset({"Organization"})
        j = i + 3
        if j < len(words) and words[j].text == ",":
            j += 1  # "PT A dan anak usahanya, PT B, …"
        opener = self.opener_at(j) or (1 if j < len(words) and words[j].text.lower() in self.lex.listing_verbs else 0)
        # "Anak usahanya antara lain A dan B", "Anak perusahaannya meliputi A dan B": every subsidiary listed
        children = self.examples_from(j + opener + 1, org_t) if opener else []
        child = self.entity(words[j]) if j < len(words) and not opener else None
        parent = self._name_before(i, frozenset({"melalui", "lewat", "via", "dan"}))
        if parent is None:  # "Presiden Direktur X Y mengatakan, … dari anak usahanya, PT Z": the company of the
            # clause's subject, or the one the subject leads
            main = self.ctx.main_subject(self.s)
            if main is not None and self.ctx.index.type_of(main) == "Person":
                main = self.ctx.led_by(main)
            root = next((x for x in words if x.head == 0), None)
            subj = self.subject_word(root) if root is not None else None
            if main is None and subj is not None:  # the subject is the title of the chief who speaks
                main = next((c.object for c in self.claims if c.trigger_word == subj.id and isinstance(c.object, str)
                             and c.predicate in OFFICES), None)
            parent = main if main is not None and self.ctx.index.type_of(main) == "Organization" else None
        if parent is None and i == 0:  # "X adalah konglomerasi …. Anak usahanya antara lain A": the story's body
            parent = self.ctx.recent_subject(org_t)
        if children:
            for c in children:
                if parent and c != parent and self.type_ok(parent, org_t):
                    self.add(parent, "investsIn", c, "subsidiary-apposition", CONF_NP, words[i], nominal=True)
            return
        if not parent or not child or parent == child or not (
                self.type_ok(parent, org_t) and self.type_ok(child, org_t)):
            return
        self.add(parent, "investsIn", child, "subsidiary-apposition", CONF_NP, words[i], nominal=True)
        for c in list(self.claims):
            if c.subject == parent and c.predicate in ("acquires", "investsIn") and c.object != child and not any(
                    x.subject == child and x.predicate == c.predicate and x.object == c.object for x in self.claims):
                self.claims.append(replace(c, subject=child, extractor=c.extractor + "+subsidiary"))

    def _minority_stake(self, claim: Claim) -> bool:
        """True when the shares an acquisition verb takes are under half ("membeli 20 persen saham X"), or when a verb
        of buying a stake takes shares with nothing that gives control ("membeli saham X"; not "membeli sisa / saham
        mayoritas X"): holding a stake short of control is an investment (dev/GUIDELINES.md), not a takeover."""
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
        spec = self.lex.relations["acquires"]
        if not set(roots_of(t.text, t.lemma)) & spec.stake_roots:
            return False
        if t.upos == "NOUN":  # "melakukan pembelian saham di X": the noun's own phrase names what is bought
            obj = t
        else:
            obj = self.patient_of(t) if is_passive(t) else self.object_word(t, spec)
        phrase = [obj, *self._subtree(obj)] if obj is not None else []
        if t.upos == "NOUN":  # "pembelian 62.693.500 saham dalam X" with the shares hung elsewhere: read on a little
            phrase += [w for w in words[t.id:t.id + 4] if w not in phrase]
        if not any(w.text.lower() == "saham" for w in phrase) or any(
                w.text.lower() in spec.control_words or w.lemma.lower() in spec.control_words for w in phrase):
            return False
        for w in phrase:  # "Sebanyak 75,01 persen saham X dibeli Y": the share counted before a passive verb
            if w.upos == "NUM" and w.id < len(words) and self.s.word(w.id + 1).text.lower() in ("persen", "%"):
                try:
                    return float(w.text.replace(",", ".")) < 50
                except ValueError:
                    return False
        return True

    def _described_owned(self, i: int) -> str | None:
        """The company that an organisation noun right before "milik" (word index ``i``) describes: "X adalah
        perusahaan milik Y", "X, salah satu bank milik Y" (the name before the noun, past commas and links)."""
        words = self.s.words
        k = next((k for k in range(i - 1, max(0, i - 4), -1)  # "bank swasta milik Y", "perusahaan minyak milik Y"
                  if words[k].upos == "NOUN" and self.lex.type_cues.get(words[k].text.lower()) == "Organization"), None)
        if k is None or any(not (words[m].upos in ("NOUN", "ADJ") and words[m].text.islower()) for m in range(k, i)):
            return None
        b = k
        if b >= 2 and words[b - 1].text.lower() in ("satu", "sebuah") and words[b - 2].text.lower() == "salah":
            b -= 2
        owned = self._name_before(b, LINKS)
        if owned is None and any(x.text.lower() in DEMONSTRATIVES for x in self._subtree(words[k])):
            # "memimpin perusahaan asuransi milik PT X itu": the company a definite description points back at
            owned = next(iter(self.resolve(words[k], frozenset({"Organization"}))), None)
        return owned if owned is not None and self.ctx.index.type_of(owned) == "Organization" else None

    def subsidiary_rule(self) -> None:
        """"anak perusahaan X (di Z), Y" / "Y, anak perusahaan X" / "Y merupakan anak usaha X" / "X adalah perusahaan
        induk Y" / "Y milik X": the parent (owner) owns the subsidiary → X investsIn Y. Read linearly: the parent is
        the organisation right after the noun, the subsidiary the one apposed after the parent's phrase (past a comma)
        or before the noun."""
        words = self.s.words
        org_t = frozenset({"Organization"})
        for i, w in enumerate(words[:-1]):
            owned = i + 2 < len(words) and words[i + 2].text.lower() in CLITICS  # (or unsplit "induknya")
            comma = i + 3 if owned else i + 2
            if (w.text.lower() == "perusahaan" and comma + 1 < len(words) and words[comma].text == ","
                    and without_nya(words[i + 1].text.lower()) == "induk"
                    and (owned or words[i + 1].text.lower() != "induk")):
                # "Perusahaan induknya, Qantas, …": the named parent owns the company the story is about
                parent = self.entity(words[comma + 1])
                child = self.ctx.recent_subject(org_t, exclude=frozenset({parent} if parent else ()))
                if (parent is not None and child is not None and self.type_ok(parent, org_t)
                        and self.ctx.index.type_of(parent) == "Organization"):
                    self.add(parent, "investsIn", child, "parent-apposition", CONF_NP, w, nominal=True)
                continue
            if " ".join((w.text.lower(), words[i + 1].text.lower())) not in self.lex.subsidiary_nouns:
                continue
            if i + 2 < len(words) and words[i + 2].text.lower() in CLITICS:
                self._own_subsidiary(i)  # "X, melalui anak usahanya Y, …": X's subsidiary Y
                continue
            j = i + 2
            described = self._described_parent(j)
            while j < len(words) and j <= i + 3 and self.entity(words[j]) is None and words[j].text[:1].islower():
                j += 1  # "anak usaha milik X"
            parent = described[0] if described else (self.entity(words[j]) if j < len(words) else None)
            if parent is None or not self.type_ok(parent, org_t):
                continue
            j = described[1] if described else self.past_mention(j + 1, parent) - 1
            children: list[str] = []
            parents = [parent]
            k = j
            while (k < len(words) and k <= j + 4 and words[k].text != "," and words[k].text.lower() not in NAMING
                   and not self.opener_at(k)):
                k += 1  # "… di Hongkong, Y"
            if k + 1 < len(words) and (words[k].text == "," or words[k].text.lower() in NAMING or self.opener_at(k)):
                # (", yakni", "adalah", "antara lain": a naming word introduces the subsidiaries; a bare comma right
                # after the parent's name may continue a list of parents)
                named, right_after = words[k].text.lower() in NAMING or bool(self.opener_at(k)), k == j
                k += max(1, self.opener_at(k))
                while k < len(words) and words[k].text.lower() in NAMING:  # ", yakni Y"
                    k += 1
                    named = True
                children = self.examples_from(k + 1, org_t)  # "Anak perusahaan X adalah Y dan Z": every name
                if len(children) > 1 and not named and right_after:
                    # "anak perusahaan dari A, B, dan C": the parent's own list, three owners, not an apposition
                    parents, children = [parent, *children], []
            if not children:  # "Y, anak perusahaan X" / "Y merupakan anak perusahaan X" / "Y, sebuah anak usaha X"
                child = self._name_before(i, LINKS | INDEFINITES | {"salah", "satu"}, reach=5)
                children = [child] if child is not None else []
            for owner in parents:
                for child in children:
                    if child != owner and child not in parents and self.type_ok(child, org_t):
                        self.add(owner, "investsIn", child, "subsidiary-apposition", CONF_NP, w, nominal=True)
        owner_t = frozenset({"Organization", "Person"})
        for i, w in enumerate(words[1:-1], start=1):
            low = w.text.lower()
            pair = " ".join((low, words[i + 1].text.lower()))
            if low in self.lex.owned_by_words:  # "PT X milik HNSI Cilacap": the owner invests in X
                owned, owner = self.entity(words[i - 1]), self.entity(words[i + 1])
                if (owner is None and i + 2 < len(words) and words[i + 1].upos == "NOUN"
                        and words[i + 1].text.islower() and words[i + 1].text in self.lex.type_cues):
                    owner = self.entity(words[i + 2])  # "milik konglomerat Sukanto Tanoto": the owner described
                if owned is None and owner is not None:
                    owned = self._described_owned(i)
                    if owned is not None:
                        if owned != owner and self.type_ok(owner, owner_t):
                            self.add(owner, "investsIn", owned, "owner-apposition", CONF_NP - 0.1, w, nominal=True)
                        continue
                start = i - 1
                while start > 0 and self.entity(words[start - 1]) == owned:
                    start -= 1
                before = words[start - 1] if start > 0 else None
                if before is not None and before.upos == "NOUN" and before.text[:1].islower() and (
                        self.lex.type_cues.get(before.text.lower()) != "Organization"):
                    continue  # "teleskop Zeiss milik X": a thing of that make, not the company
                # (a name typed only by default is more often a thing owned: "NightPot milik Badan Antariksa Eropa",
                # "StarOne dan Flexi milik PT Telkom", a device and a service)
                if owned and owner and owned != owner and self.ctx.index.type_of(owned) == "Organization" and (
                        self.ctx.index.entities[owned].type_source != "default") and self.type_ok(owner, owner_t):
                    self.add(owner, "investsIn", owned, "owner-apposition", CONF_NP - 0.1, w, nominal=True)
            elif pair in self.lex.parent_nouns:  # "X adalah perusahaan induk (dari) Y"
                f = i + 2
                if f < len(words) and words[f].text.lower() in ("dari", "bagi"):
                    f += 1
                while (f < len(words) and f <= i + 5 and self.entity(words[f]) is None and words[f].text.islower()
                       and words[f].upos in ("NOUN", "ADJ")):
                    f += 1  # "perusahaan induk dari studio game A": what the children are (not "yang dimiliki oleh")
                parent = self._name_before(i, LINKS, reach=4)  # "X, yang merupakan perusahaan induk …"
                if parent is None or not self.type_ok(parent, org_t) or f >= len(words):
                    continue
                for child in self.examples_from(f + 1, org_t):  # every child listed ("… studio game A, B, dan C")
                    if child != parent:
                        self.add(parent, "investsIn", child, "subsidiary-apposition", CONF_NP, w, nominal=True)

    def joint_venture_rule(self) -> None:
        """"X merupakan perusahaan patungan antara A dan B", "X, usaha patungan A dan B, …": the partners of a joint
        venture named as a company hold shares in it → A investsIn X and B investsIn X (beside their partnership)."""
        org_t = frozenset({"Organization"})
        parties: dict[int, list[str]] = {}
        for c in self.claims:
            if c.predicate == "partnersWith" and c.trigger_word and isinstance(c.object, str):
                names = parties.setdefault(c.trigger_word, [])
                names += [x for x in (c.subject, c.object) if x not in names]
        for t, names in parties.items():
            noun = self.s.word(t)
            head = self.s.word(noun.head) if noun.head and noun.deprel == "compound" else noun  # "perusahaan patungan"
            if not ({noun.text.lower(), head.text.lower()} & JOINT_VENTURES):
                continue
            ventures: list[str] = []
            if head.deprel == "appos" and head.head:  # "X, perusahaan patungan antara A dan B, …"
                ventures = self.resolve(self.s.word(head.head), org_t)
            elif head.head and _base(head.deprel) in ("obj", "xcomp") and (
                    self.s.word(head.head).text.lower() in COPULAS):  # "X merupakan perusahaan patungan …"
                ventures = self.subject_of(self.s.word(head.head), org_t)[0]
                if not ventures and self.s.word(head.head).deprel == "xcomp" and self.s.word(head.head).head:
                    # "X didirikan pada 1976 merupakan perusahaan patungan …": the subject of the verb it completes
                    gov = self.s.word(self.s.word(head.head).head)
                    ventures = [x for c in self.s.children(gov.id) if c.deprel.startswith("nsubj")
                                for x in self.resolve(c, org_t)]
            for venture in ventures:
                # the venture is no partner of its own parents ("X, perusahaan patungan A dan B": A and B are)
                self.claims = [c for c in self.claims if not (
                    c.predicate == "partnersWith" and c.sentence == self.s.index and venture in (c.subject, c.object)
                    and {c.subject, c.object} - {venture} <= set(names))]
                for party in names:
                    if party != venture and self.type_ok(party, org_t):
                        self.add(party, "investsIn", venture, "joint-venture", CONF_NP - 0.1, noun, nominal=True)
