"""Rules on trigger verbs: active and passive, with the attachment-error fallbacks (read linearly, nearest party,
an agentless passive's owner). See the package docstring for the whole picture.
"""

from __future__ import annotations

import itertools

from kg.entities import COPULAS, _head_of
from kg.items import Event, name_key
from kg.lexicon import RelationSpec, is_ter_form, roots_of, stem, without_nya
from kg.records import Word
from kg.relations.core import (
    CONF_COREF,
    CONF_INHERITED,
    CONF_NOUN,
    CONF_TOPIC,
    CONF_VERB,
    PEER_TYPES,
    PRODUCT_TYPES,
    Arguments,
    _base,
    case_of,
    is_passive,
    weak_person,
)

# prepositions of whom or what an action is for: the name after one is no object read linearly
BENEFICIARY_CASES = frozenset({"untuk", "bagi", "demi", "kepada"})
# prepositions of where something goes or happens: a name after one owns nothing postponed
LOCATIVE_CASES = frozenset({"ke", "di", "menuju"})
# holding, hosting and sponsoring verbs: several agents of one passive do it together (co_hosts_rule)
_CO_HOST = frozenset({"selenggara", "adakan", "gelar", "prakarsa", "sponsori"})
# words opening a fronted time clause whose subject is the main clause's ("Setelah kalah bersaing dengan Y, X …")
_FRONTED_TIME = frozenset({"setelah", "sesudah", "sebelum", "usai", "seusai", "selepas", "sejak", "ketika", "saat",
                           "sambil", "sembari"})
# acts a country itself may be the subject of (its government's): a delay, an announcement, a release
_STATE_ACTS = frozenset({"delayed", "announced", "releases"})


# the dependents that end a noun phrase after its head ("perusahaan|nya", "PT Sinar Jaya", "laptop itu")
_PHRASE_TAILS = frozenset({"flat", "flat:name", "nmod:poss", "det", "compound"})


class VerbRules(Arguments):
    """A trigger used as a verb: its subject, object and partners from the tree, else linearly."""

    def _sides(self, spec: RelationSpec) -> tuple[frozenset[str], frozenset[str]]:
        """(types of the grammatical subject, types of the grammatical object) for a trigger."""
        if spec.inverse:
            return spec.object_types, spec.subject_types
        return spec.subject_types, spec.object_types

    def _stolen_subject(self, verb: Word) -> Word | None:
        """The subject of a reported clause that the parser made the object of the verb reporting it ("menegaskan
        perusahaannya | tidak bersaing …"): the object right before the clause's verb, past its adverbs and
        auxiliaries; None when there is none."""
        if verb.deprel != "ccomp" or not verb.head:
            return None
        j = verb.id - 1
        while j >= 1 and self.s.word(j).upos in ("ADV", "PART", "AUX"):
            j -= 1
        while j >= 1 and 0 < self.s.word(j).head < j and self.s.word(j).deprel in _PHRASE_TAILS:
            j = self.s.word(j).head  # up to the phrase's head: "perusahaan|nya", "PT Sinar Jaya"
        word = self.s.word(j) if j >= 1 else None
        if word is None or word.deprel != "obj" or word.head != verb.head or word.upos not in ("NOUN", "PROPN"):
            return None
        return word

    def _described_work(self, noun: Word) -> Word | None:
        """The subject of the copula whose predicate, a work noun, ``noun`` modifies ("X adalah album … penyanyi Y":
        X for Y), up to four heads away; None when there is none."""
        w, steps = noun, 0
        while w.head and steps < 4 and _base(w.deprel) in ("nmod", "compound", "flat", "amod"):
            w, steps = self.s.word(w.head), steps + 1
            cue = self.lex.type_cues.get(w.text.lower()) or self.lex.type_cues.get(w.lemma.lower())
            if w.upos == "NOUN" and self.entity(w) is None and cue in PRODUCT_TYPES:
                pred = w
                if pred.deprel in ("obj", "xcomp") and pred.head and self.s.word(pred.head).text.lower() in COPULAS:
                    pred = self.s.word(pred.head)  # "X merupakan album …"
                elif not any(c.deprel == "cop" for c in self.s.children(pred.id)):
                    return None
                return next((c for c in self.s.children(pred.id) if c.deprel.startswith("nsubj")
                             and c.id < pred.id and self.entity(c) is not None), None)
        return None

    def verb_rule(self, verb: Word, spec: RelationSpec) -> None:
        subj_types, obj_types = self._sides(spec)
        low = verb.text.lower()
        roots = set(roots_of(verb.text, verb.lemma))
        recruits_person = bool(roots & spec.person_object_roots)  # "mendatangkan X": X is whom it brings in
        if roots & spec.causative:
            kids = self.s.children(verb.id)
            if any(c.deprel == "obj" for c in kids) and any(c.deprel == "xcomp" and c.upos in ("VERB", "ADJ")
                                                            for c in kids):
                return  # "X membuat Y bekerja keras / kagum": a causative, Y made to do or feel, not a thing made
            for obj in (c for c in kids if c.deprel == "obj" and c.upos == "PROPN" and not is_passive(verb)):
                end = max([obj.id] + [c.id for c in self.s.children(obj.id) if c.deprel.startswith("flat")])
                if end + 2 < len(self.s.words) and self.s.word(end + 1).text == "," and self.s.word(
                        end + 2).text.lower() == "yang":  # "membuat X, yang populer, menjadi …": past the clause
                    end = next((k for k in range(end + 3, len(self.s.words)) if self.s.word(k).text == ","), end)
                if end < len(self.s.words) and self.s.word(end + 1).upos in ("AUX", "VERB"):
                    return  # "membuat Ibrahimovic bisa menyamakan", the predicate hung elsewhere: a named doer
        # "tertunda" (ter- : it happened to it) reads like an agentless passive for the relations that allow one
        stative = spec.agentless_owner and low.startswith("ter") and stem(low) != low
        by_oleh = any(case_of(self.s, c) == "oleh" for c in self.s.children(verb.id))
        if is_ter_form(verb) and not stative and not by_oleh:
            return  # "Gol X tercipta lantaran …": what befell X, no one's act, unless "oleh" names the doer
        if is_passive(verb) or stative or is_ter_form(verb):  # "tercipta oleh Y": no active "menciptakan"
            subjects = self.agent_of(verb, subj_types)
            obj_word = self.patient_of(verb)
            if (obj_word is not None and obj_types <= PRODUCT_TYPES and verb.deprel.startswith("acl") and (
                    self.lex.type_cues.get(obj_word.text.lower()) in ("Person", "Organization")
                    or (self.entity(obj_word) is not None and not self.resolve(obj_word, obj_types)))):
                # "X adalah album studio kedua penyanyi Y yang dirilis oleh Z": the clause hung on the singer
                # describes the work the copula names
                obj_word = self._described_work(obj_word) or obj_word
            for child in self.s.children(verb.id):  # "X direkrut A dari B": the source is B, not the recruit X
                if (spec.object_cases and _base(child.deprel) in ("obl", "nmod")
                        and case_of(self.s, child) in spec.object_cases and self.resolve(child, obj_types)):
                    obj_word = child
                    break
            rule, conf = "verb-passive", CONF_VERB - 0.05
        else:
            subjects, inherited = self.subject_of(verb, subj_types)
            obj_word = self.object_word(verb, spec)
            if recruits_person and obj_word is not None and obj_word.upos == "NOUN" and self.entity(obj_word) is None:
                # "mendatangkan tiga juta dosis vaksin dari PT X": goods brought in, no one recruited (but
                # "mendatangkan pelatih asal Brasil dari X", "merekrut insinyur dari Y")
                head = {obj_word.text.lower(), obj_word.lemma.lower(), without_nya(obj_word.text)}
                nouns = head | {c.text.lower() for c in self.s.children(obj_word.id) if c.deprel == "compound"}
                if nouns & self.lex.goods_nouns or any(
                        self.lex.type_cues.get(n) in ("Product", "AIModel") for n in head):
                    return
            if recruits_person:
                # "merekrut Yabes dari Borneo FC": the source named by the case, whatever the NER made of the recruit
                # (the parser may hang "dari B" on the recruit: "mendatangkan Kaka dari AC Milan")
                hosts = [verb, *([obj_word] if obj_word is not None else [])]
                source = next((c for h in hosts for c in self.s.children(h.id) if _base(c.deprel) in ("obl", "nmod")
                               and case_of(self.s, c) in spec.object_cases and self.resolve(c, obj_types)), None)
                obj_word = source or obj_word
            rule, conf = "verb-active", CONF_INHERITED if inherited else CONF_VERB
            stolen = self._stolen_subject(verb) if not subjects else None
            if stolen is not None:  # "Y menegaskan perusahaannya tidak bersaing dengan Z", "perusahaannya" made the
                subjects = self.resolve(stolen, subj_types)  # speech verb's object: the reported clause's subject
            if not subjects:
                subjects = self.coordinated_before(verb, subj_types)
            if not subjects and spec.name in _STATE_ACTS:
                subjects = self._acting_countries(verb)
            seconds = self.partners(verb, spec, obj_types) or (
                self.resolve(obj_word, obj_types) if obj_word is not None else [])
            if not subjects and spec.symmetric and seconds and not self.told(verb):
                # "Setelah … dan kalah bersaing dengan Y di …, X harus …": a fronted time clause has the main
                # clause's subject (not the agent of an earlier verb the parser hung the verb on)
                main = self._fronted_clause_subject(verb)
                if main is not None and main not in seconds and self.type_ok(main, subj_types & PEER_TYPES):
                    subjects, rule, conf = [main], "verb-active+fronted", CONF_TOPIC
                elif main is not None:
                    return  # the clause's subject is named, of no type that takes part: no nearer name stands in
            if not subjects and spec.symmetric and seconds and not self.told(verb):
                # "Bagi X, …, gagal bersaing dengan Y": the nearest party named before the verb (not "X mengajak
                # desainer itu bekerja sama dengan Y": the unnamed designer is told to)
                before = self.last_before(verb, subj_types & PEER_TYPES, same_sentence=True)
                partners_ = set(seconds)
                subjects = [before] if before and before not in partners_ else []
                rule, conf = "verb-active+nearest", CONF_TOPIC
        if not subjects and is_passive(verb) and not spec.inverse and obj_types <= frozenset({"AIModel", "Product"}):
            # "… album karya X. Dirilis pada 1997.": the product last named, released by its maker
            opens = verb.id == 1 or self.s.word(verb.id - 1).text in (".", ";", "!", "?")  # "… . Dirilis pada …"
            product = self._zero_patient(verb, obj_types) if obj_word is None and opens else None
            if obj_word is not None:  # "X milik / buatan Y resmi dirilis": its maker, named in the phrase, releases it
                product = next(iter(self.resolve(obj_word, obj_types)), None)
            maker = self.ctx.makers.get(product) if product else None
            if obj_word is not None and maker not in {self.entity(w) for w in self._subtree(obj_word)}:
                maker = None
            if product and maker is None and obj_word is not None:
                maker = self._owner_in_phrase(obj_word)  # "X milik Y resmi dirilis": its owner puts it out
            if product and maker:
                self.add(maker, spec.name, product, "verb-passive+maker", CONF_COREF, verb)
                return
        if not subjects and (is_passive(verb) or stative) and spec.agentless_owner:
            # "peluncuran produk X ditunda": the organisation the sentence names, else the document's topic
            subjects = self._owner(verb, subj_types)
            rule, conf = "verb-passive+owner", CONF_TOPIC
        subject_word = self.subject_word(verb)
        kin = subject_word is not None and subject_word.text.lower() in self.lex.kin_nouns
        if not subjects and not is_passive(verb) and not verb.deprel.startswith("acl") and not kin:
            # attachment error: the nearest name of the right type before the verb, inside its clause (not past a
            # relative's noun: "Istri pengusaha X merilis …" is X's wife, unnamed)
            found = self._linear(verb, subj_types, -1)
            if found is not None:
                subjects, rule, conf = [found], "verb-active+linear", CONF_TOPIC
        if not subjects:
            return
        if spec.symmetric:
            partners = self.partners(verb, spec, obj_types)
            prize = bool(set(roots_of(verb.text, verb.lemma)) & self.lex.prize_roots)  # "memperebutkan X": no rival
            # "menantang ChatGPT"; "Kedua lembaga itu berencana menggandeng X": a transitive verb's object is the
            # partner whoever its subjects are (but "A dan B bersaing memperebutkan X": A vs B)
            transitive = verb.text.lower().startswith("me")
            if not partners and obj_word is not None and (len(subjects) < 2 or transitive) and not prize:
                partners = self.resolve(obj_word, obj_types)
            if obj_word is not None and not is_passive(verb) and not prize:  # "menggandeng BUMN seperti PT A dan PT B"
                partners = self.examples(obj_word, obj_types) or partners
            if self.is_match(verb, [*subjects, *partners]):
                return  # "Persija bertarung melawan Persib", "bertarung melawan orang-orang Romawi": a match, a battle
            coordinated = self.coordinated_before(verb, subj_types)
            if len(coordinated) > max(1, len(subjects)) and set(subjects) <= set(coordinated) and not partners:
                subjects = coordinated  # "A dan B bernegosiasi"; "A, B, dan C bekerja sama" with B hung on A
            if partners:
                self.emit(spec, subjects, list(partners), rule, conf, verb)
            elif len(subjects) > 1 and not self.unnamed_partner(verb, spec):  # "Google dan Meta bersaing"
                for a, b in itertools.combinations(subjects, 2):
                    self.add(a, spec.name, b, rule + "-coordinated", conf, verb)
            return
        if obj_word is not None and self._is_other_trigger(obj_word, spec):
            return  # "akuisisi X oleh Y diumumkan": the announcement is of an acquisition, the noun's own claim
        objects = self.objects(spec, obj_word, subjects, obj_types, verb)
        if obj_word is not None and obj_types <= PRODUCT_TYPES | {"Event"}:
            # "Album ketiga Dewa dirilis oleh X": the owner of an unnamed album, not a product
            objects = [o for o in objects if not (isinstance(o, str) and self.owner_after_ordinal(obj_word, o))]
        if recruits_person and obj_word is not None and case_of(self.s, obj_word) not in spec.object_cases:
            # "mendatangkan Ronaldo", "Ronaldo didatangkan Juventus": a name the NER calls a person, recruited
            # directly, is the recruit, not the organisation recruited from
            # (not "merekrut pendiri Inflection": the company named inside the object phrase, whose founder he is)
            # (a copular subject is no part of the phrase: "Ronaldo adalah salah satu pemain yang didatangkan …")
            phrase = [c for c in self.s.children(obj_word.id) if not c.deprel.startswith("nsubj")]
            inside = {self.entity(w) for c in phrase for w in (c, *self._subtree(c))} - {self.entity(obj_word)}
            objects = [o for o in objects if not (o not in inside and self._tagged_recruit(o))]
        if obj_word is not None and not is_passive(verb) and "Event" not in obj_types:
            objects = self.examples(obj_word, obj_types) or objects  # "mengakuisisi startup seperti A dan B"
        if not objects and "Event" not in obj_types and not is_passive(verb):
            found = self._linear(verb, obj_types, +1, exclude=frozenset(subjects))
            if found is not None:  # the nearest name of the right type after the verb, inside its clause
                objects, rule, conf = self._with_conjuncts(found, verb, obj_types), rule + "+linear", min(conf,
                                                                                                      CONF_TOPIC)
        if not objects and spec.object_cases and "Event" not in obj_types:
            # "mendatangkan pemain dari X": the object phrase names nobody, the oblique does; "menanamkan modal di X"
            # with the oblique hung on the object
            hosts = [verb, *([obj_word] if obj_word is not None else [])]
            if obj_word is not None:  # "menyuntikkan dana 4 miliar dollar AS ke X": hung on the amount's noun
                hosts += [c for c in self.s.children(obj_word.id) if c.deprel in ("compound", "nmod", "nummod")
                          and (not case_of(self.s, c) or case_of(self.s, c) in self.lex.origin_cases)]
                # ("mendatangkan gelandang asal Brasil X dari Y": hung on the player's country of origin)
            # "menanamkan modal hingga 8 miliar dollar AS ke X": hung on an amount the verb governs
            hosts += [c for c in self.s.children(verb.id) if _base(c.deprel) in ("obl", "nmod")
                      and any(g.deprel == "nummod" or g.upos == "NUM" for g in self._subtree(c))]
            for child in [c for h in hosts for c in self.s.children(h.id)]:
                if _base(child.deprel) in ("obl", "nmod") and case_of(self.s, child) in spec.object_cases:
                    objects = list(self.resolve(child, obj_types))
                    if objects:
                        break
        self.emit(spec, subjects, objects, rule, conf * spec.confidence / 0.9 if spec.confidence < 0.9 else conf, verb)

    def co_agent_rule(self) -> None:
        """"X dikembangkan oleh A bersama B", "X digarap A bersama dengan B": the partner named after a passive's agent
        made the thing too, and the two worked together (dev/GUIDELINES: "bersama dengan" is joint work). Copies the
        claims the verb made with A, with B; only organisations and persons of A's own type."""
        made = frozenset({"developedBy", "releases"})
        words = self.s.words
        for claim in list(self.claims):
            if claim.predicate not in made or not isinstance(claim.object, str) or claim.trigger_word is None:
                continue
            verb = self.s.word(claim.trigger_word)
            if not is_passive(verb):
                continue
            agent = claim.object if claim.predicate == "developedBy" else claim.subject
            starts = [i for i in self.mention_starts(agent) if i > verb.id]
            nxt = words[verb.id] if verb.id < len(words) else None
            described = nxt is not None and nxt.upos == "NOUN" and self.entity(nxt) is None and (
                agent in self.resolve(nxt, PEER_TYPES))
            if described:  # "Produk tersebut dikembangkan perseroan bersama Y": the agent named by a description
                starts = [verb.id + 1]  # right after the verb, its "bersama" phrase hung on it
            if not starts:
                continue
            k = starts[0] + 1 if described else self.past_mention(starts[0], agent)
            if k + 2 <= len(words) and words[k - 1].text == "(" and words[k + 1].text == ")":
                k += 3  # past the agent's short form in brackets ("oleh Institut X (ITX) bersama Y"), which
                # past_mention leaves for the callers that read what the bracket holds
            if k > len(words) or words[k - 1].text.lower() != "bersama":
                continue
            k += 1 if k < len(words) and words[k].text.lower() == "dengan" else 0
            other = self.entity(words[k]) if k < len(words) else None
            if other is None or other == agent or self.ctx.index.type_of(other) != self.ctx.index.type_of(agent):
                continue
            if claim.predicate == "developedBy":
                self.add(claim.subject, claim.predicate, other, "verb-passive+co-agent", CONF_NOUN, verb)
            else:
                self.add(other, claim.predicate, claim.object, "verb-passive+co-agent", CONF_NOUN, verb)
            if self.ctx.index.type_of(agent) == "Organization":
                self.add(agent, "partnersWith", other, "co-agent", CONF_NOUN, verb)

    def besides_rule(self) -> None:
        """"Selain dengan A, X harus bersaing dengan B", "Selain di A, X memiliki penyertaan modal di B": a fronted
        "selain" phrase adds A to the claims the main clause makes with a party in the same preposition. Copies each
        claim whose object is named after the phrase's comma, in a phrase with that preposition; only parties of the
        object's own type."""
        words = self.s.words
        k = 0
        while (k < len(words) and words[k].upos in ("CCONJ", "ADV")
               and words[k].text.lower() not in self.lex.besides_words):
            k += 1  # "Namun, selain …", "Dan selain …"
        if k + 3 >= len(words) or words[k].text.lower() not in self.lex.besides_words:
            return
        prep = words[k + 1].text.lower()
        if prep not in self.lex.besides_cases:
            return
        extra = self.entity(words[k + 2])
        if extra is None:
            return
        comma = self.past_mention(k + 3, extra)  # 1-based id of the word after the name
        if comma > len(words) or words[comma - 1].text != ",":
            return
        for claim in list(self.claims):
            if not isinstance(claim.object, str) or claim.trigger_word <= comma or claim.object == extra:
                continue
            if self.ctx.index.type_of(claim.object) != self.ctx.index.type_of(extra) or claim.subject == extra:
                continue
            if not any(i > comma and self._after_preposition(i, prep) for i in self.mention_starts(claim.object)):
                continue
            self.add(claim.subject, claim.predicate, extra, "besides", CONF_NOUN, self.s.word(claim.trigger_word))

    def _after_preposition(self, i: int, prep: str) -> bool:
        """True when the name starting at word ``i`` follows ``prep``, directly or past one common noun ("dengan
        vendor Samsung")."""
        before = self.s.words[max(0, i - 3):i - 1]
        if before and before[-1].text.lower() == prep:
            return True
        return (len(before) == 2 and before[0].text.lower() == prep and before[1].upos == "NOUN"
                and before[1].text.islower())

    def together_rule(self) -> None:
        """"A bersama (dengan) B meluncurkan …": two organisations doing one thing together work together
        (dev/GUIDELINES: "bersama dengan", joint work). Only organisations: "X bersama istrinya menghadiri …", a person
        going somewhere with another, is company, not a partnership."""
        spec = self.lex.relations.get("partnersWith")
        if spec is None:
            return
        org_t = frozenset({"Organization"})
        for w in self.s.words:
            if w.text.lower() != "bersama" or w.id < 2 or w.upos not in ("ADP", "VERB", "ADV"):
                continue  # (tagged a verb or an adverb, too: "Telkomsel bersama dengan Huawei menggelar …")
            a = self.entity(self.s.word(w.id - 1))
            k = w.id + 1
            if k <= len(self.s.words) and self.s.word(k).text.lower() == "dengan":
                k += 1
            b = self.entity(self.s.word(k)) if k <= len(self.s.words) else None
            described = False
            if (b is None and k <= len(self.s.words) and self.s.word(k).text.islower()
                    and self.lex.type_cues.get(self.s.word(k).text) == "Organization"):
                # "A bersama perusahaan energi asal Norwegia, B, membangun …": a description, its name between commas
                j = self.description_comma(k)
                if j is not None:
                    b, k, described = self.entity(self.s.word(j + 1)), j + 1, True
            if a is None or b is None or a == b:
                continue
            if self.ctx.index.type_of(a) != "Organization" or self.ctx.index.type_of(b) != "Organization":
                continue
            end = self.past_mention(k, b)
            if described and end <= len(self.s.words) and self.s.word(end).text == ",":
                end += 1
            verb = self.s.word(end) if end <= len(self.s.words) else None
            if verb is None or verb.upos != "VERB" or not self.type_ok(a, org_t):
                continue  # the pair must be the subject of the verb right after it
            first = self.mention_start(w.id - 1, a)
            before = self.s.word(first - 1) if first > 1 else None
            if before is not None and before.upos in ("NOUN", "VERB") and before.text.islower():
                continue  # not "menjadi sponsor Liga 1 bersama GO-JEK": an object, the subject's co-sponsor after it
            self.add(a, "partnersWith", b, "together", CONF_NOUN, verb)

    def joint_activity_rule(self) -> None:
        """"Indonesia dan Malaysia menggelar latihan militer bersama", "A dan B sepakat membangun kilang bersama": a
        joint activity ("<noun> bersama", nobody named after it) whose clause has two or more coordinated subjects of
        one type makes each pair partners (dev/GUIDELINES: joint work). Claimed on the verb, so "berencana" hedges it.
        Persons are left out: people doing something together are company, not a partnership."""
        if self.lex.relations.get("partnersWith") is None:
            return
        words = self.s.words
        for w in words:
            if w.text.lower() != "bersama" or w.id < 2:
                continue
            prev, nxt = self.s.word(w.id - 1), self.s.word(w.id + 1) if w.id < len(words) else None
            if not prev.text.isalpha() or not prev.text.islower() or prev.upos not in ("NOUN", "ADJ"):
                continue  # "A bersama B …" (together_rule), not an activity
            if nxt is not None and (nxt.text.lower() in ("dengan", "sama") or self.entity(nxt) is not None):
                continue  # "latihan bersama dengan X": the partner is named (a noun trigger's business)
            verb = prev
            while verb.upos != "VERB" and verb.head and _base(verb.deprel) in ("obj", "compound", "amod", "nmod"):
                verb = self.s.word(verb.head)
            if verb.upos != "VERB":
                continue
            named = self._named_subjects(verb)
            for types in (frozenset({"Organization"}), frozenset({"Place"})):
                subjects = [x for x in self.subject_of(verb, types)[0] if self.ctx.index.type_of(x) in types]
                if len(subjects) < 2 or not named:
                    subjects = self._listed_subjects(verb, types)
                for a, b in itertools.combinations(subjects, 2):
                    self.add(a, "partnersWith", b, "joint-activity", CONF_NOUN, verb)

    def _fronted_clause_subject(self, verb: Word) -> str | None:
        """The subject of the main clause after a fronted time clause the verb is in ("Setelah kalah bersaing dengan
        Y, X harus …", "Sebelum …, X …"): the name right after the clause's comma, when it is the subject there."""
        words = self.s.words
        first = next((w for w in words if any(c.isalpha() for c in w.text)), None)
        if first is None or first.text.lower() not in _FRONTED_TIME:
            return None
        comma = next((w.id for w in words[verb.id:] if w.text == ","), None)
        if comma is None or any(w.text == "," for w in words[first.id:verb.id - 1]) or comma >= len(words):
            return None
        after = self.s.word(comma + 1)
        label = self.entity(after)
        if label is None:
            return None
        k = self.past_mention(comma + 1, label)
        head = self.s.word(after.head) if after.head else None
        subject = after.deprel.startswith("nsubj") or (head is not None and head.id >= k and head.upos in (
            "VERB", "AUX"))
        return label if subject else None

    def _acting_countries(self, verb: Word) -> list[str]:
        """The countries a verb's own subject names, as parties that act ("Iran memperkenalkan dua pesawat tanpa awak
        …", "Latvia dan Slovakia menunda ratifikasi …"): a foreign country (no home region) stays a Place that acts
        as an organisation (dev/GUIDELINES). Only the subject itself, never a place read off the clause's edge."""
        out: list[str] = []
        for c in self.s.children(verb.id):
            if c.deprel != "nsubj":
                continue
            for w in [c, *(g for g in self.s.children(c.id) if g.deprel == "conj")]:
                label = self.entity(w)
                key = name_key(label) if label else ""
                if (label is not None and self.ctx.index.type_of(label) == "Place" and key in self.lex.places
                        and key not in self.lex.regions and key not in self.lex.government_home):
                    out.append(label)
        return out

    def co_hosts_rule(self) -> None:
        """"Kegiatan ini diselenggarakan oleh A dan B", "Konferensi itu digelar bersama oleh A, B dan C": the
        organisations (or countries) that together hold, host or sponsor one event are partners (dev/GUIDELINES:
        joint work, sponsorship); so are the makers of one thing made "bersama" ("dikembangkan bersama oleh A, B, dan
        C"). Only passives of those verbs with two or more agents of one type; "didirikan" (co-founders) and a plain
        "dikembangkan oleh A dan B" (developedBy only) are other relations."""
        made = self.lex.relations.get("developedBy")
        if self.lex.relations.get("partnersWith") is None:
            return
        for verb in self.s.words:
            if verb.upos != "VERB" or not is_passive(verb):
                continue
            roots = set(roots_of(verb.text, verb.lemma))
            jointly = (made is not None and roots & made.roots and verb.id < len(self.s.words)
                       and self.s.word(verb.id + 1).text.lower() == "bersama")
            if not roots & _CO_HOST and not jointly:
                continue
            for types in (frozenset({"Organization"}), frozenset({"Place"})):
                agents = [x for x in self.agent_of(verb, types) if self.ctx.index.type_of(x) in types]
                for a, b in itertools.combinations(dict.fromkeys(agents), 2):
                    self.add(a, "partnersWith", b, "co-hosts", CONF_NOUN, verb)

    def _named_subjects(self, verb: Word) -> bool:
        """True when the clause's subject is made of names themselves ("Pertamina dan Petronas"), not of people
        described by them ("Gubernur Jawa Barat dan Gubernur Jawa Tengah", "Warga Bogor dan Depok", "Pemain Persib
        dan pemain Persija"): only then do the named parties act together."""
        subj = self.subject_word(verb, frozenset({"xcomp", "ccomp"}))
        if subj is None:
            return False
        parts = [subj, *(c for c in self.s.children(subj.id) if c.deprel == "conj")]
        return len(parts) > 1 and all(self.entity(x) is not None for x in parts)

    def _listed_subjects(self, verb: Word, types: frozenset[str]) -> list[str]:
        """"Empat negara, yakni A, B, C dan D, sepakat …": the names a description heading the clause lists (the
        parser may take the description for an oblique)."""
        while verb.head and verb.deprel in ("xcomp", "ccomp"):
            verb = self.s.word(verb.head)
        for c in self.s.children(verb.id):
            if c.id > verb.id or c.upos != "NOUN" or _base(c.deprel) not in ("nsubj", "obl"):
                continue
            names = [x for k in self.s.children(c.id) if k.deprel == "appos" and self.entity(k) is not None
                     for x in self.resolve(k, types)]
            if len(names) > 1:
                return [x for x in dict.fromkeys(names) if self.ctx.index.type_of(x) in types]
        return []

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
                if ent is not None and ent.type in types and label not in exclude and not (
                        step > 0 and types & PRODUCT_TYPES and self.feature_name(w)):  # "tablet Windows 8"
                    return label
            elif (w.upos in ("PUNCT", "CCONJ", "SCONJ", "VERB", "AUX") and w.text != "-") or w.text.lower() == "yang":
                return None
            elif step > 0 and w.text.lower() in BENEFICIARY_CASES:
                # "merekrut anggota baru untuk Super Junior": whom it is for, not the object; read on past that name
                # ("merekrut pilot bagi Batik Air dari Garuda Indonesia")
                nxt = self.entity(self.s.word(j + 1)) if j + 1 <= len(self.s.words) else None
                if nxt is not None:
                    j = self.past_mention(j + 1, nxt)
                    seen += 2
                    continue
            j += step
            seen += 1
        return None

    def _with_conjuncts(self, label: str, verb: Word, types: frozenset[str]) -> list[str | Event]:
        """A name read linearly after a verb, with the names coordinated with it in the tree ("memiliki penyertaan
        modal di PT A … dan di PT B")."""
        start = min((i for i in self.mention_starts(label) if i > verb.id), default=None)
        if start is None:
            return [label]
        head = self.s.word(_head_of(self.s, range(start, self.past_mention(start, label))))
        return [label, *[x for x in self.resolve(head, types) if x != label]]

    def _owner(self, verb: Word, types: frozenset[str]) -> list[str]:
        """Who owns what an agentless passive is about: the organisation the sentence names outside the patient
        phrase (nearest to the verb), else the document's most mentioned organisation so far."""
        patient = verb if verb.upos in ("NOUN", "PROPN") else self.patient_of(verb)
        inside = {w.id for w in ([patient, *self._subtree(patient)] if patient is not None else [])}
        # the parties of a match or a meeting ("Pertandingan antara Persib dan Persija ditunda") own none of it
        between = {x.id for i in inside for w in [self.s.word(i)] if case_of(self.s, w) in ("antara", "melawan")
                   for x in [w, *self._subtree(w)]}
        # where it goes or takes place is no owner ("pengiriman bantuan ke Guadalkanal ditunda")
        located = {x.id for i in inside for w in [self.s.word(i)] if case_of(self.s, w) in LOCATIVE_CASES
                   for x in [w, *self._subtree(w)]}
        for i in sorted(inside - between - located):  # whose thing it is: "konser grup X ditunda" → X
            label = self.entity(self.s.word(i))
            if label is not None and self.ctx.index.type_of(label) == "Organization":
                return [label]
        best: tuple[int, str] | None = None
        for w in self.s.words:
            label = self.entity(w)
            if label is None or w.id in inside or self.ctx.index.type_of(label) != "Organization":
                continue
            if case_of(self.s, self.s.word(self.mention_start(w.id, label))) in LOCATIVE_CASES or case_of(
                    self.s, w) in LOCATIVE_CASES:
                continue  # "… ke Guadalkanal ditunda": a destination
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
                if ent is None or self.feature_name(w):  # "membuat ponsel dual SIM": what the phone carries
                    continue
                if ent.type in obj_types and ent.type_source != "default":
                    return [ent.label]
                if cue in obj_types and ent.type_source == "default":  # "teknologi bernama X"
                    return [ent.label]
        return found

    def _tagged_recruit(self, label: str) -> bool:
        ent = self.ctx.index.entities.get(label)
        return ent is not None and ent.type == "Person" and weak_person(ent)

    def _under_delay(self, word: Word) -> bool:
        """True when a word sits in what a delay trigger governs ("penundaan peluncuran X", "peluncuran X ditunda"):
        the release it names has not happened."""
        w, steps = word, 0
        while w.head and steps < 3:
            w, steps = self.s.word(w.head), steps + 1
            if "delayed" in self._relations_of(w):
                return True
        return False

    def _owner_in_phrase(self, head: Word) -> str | None:
        """The organisation an owner's word ("milik", "kepunyaan") names inside a phrase ("X milik Y"), if any."""
        for child in self.s.children(head.id):
            if child.text.lower() in self.lex.owned_by_words:
                for grand in self.s.children(child.id):
                    label = self.entity(grand)
                    if label is not None and self.ctx.index.type_of(label) == "Organization":
                        return label
        return None
