"""Offices: titles next to names ("CEO X, Y", "Y, CEO X"), offices given or held through a verb ("menunjuk Y
sebagai CEO", "menjabat Ketua X") and possessed organisations ("partai X, Y").
"""

from __future__ import annotations

from collections.abc import Callable

from kg.certainty import denied_above
from kg.entities import COPULAS, DEMONSTRATIVES, PERSONAL_PRONOUNS, _given_name, abbreviates, after_honorific
from kg.items import OFFICES, name_key
from kg.lexicon import CLITICS, is_ter_form, roots_of, without_nya
from kg.records import Word
from kg.relations.core import (
    CONF_NOUN,
    CONF_NP,
    CONF_TOPIC,
    CONF_VERB,
    LINKS,
    NAMING,
    REFLEXIVES,
    Arguments,
    _base,
    case_of,
    is_passive,
    weak_person,
)

# time words between an office and its holder: "Ketua MK saat itu Jimly Asshiddiqie", "Ketua KPK kini, X", "wali kota
# Brisbane pada waktu itu, X"
THEN = frozenset({"saat", "ketika", "kala", "waktu", "itu", "ini", "kini", "sekarang"})
# what may stand between a holder and the office stated before it ("Y, yang kini menjabat sebagai", "Ia sebelumnya
# merupakan")
_BACK_LINKS = LINKS | {"sebelumnya", "dulu"}  # "CEO X saat ini, Y"
# words that make a title the predicate of the clause's subject ("X menjadi Gubernur Y"), not apposed to a name after it
PREDICATIVE = frozenset({"menjadi", "jadi", "sebagai", "selaku", "menjabat"})
# words that close an office phrase after its title: "sebagai direktur utama yang baru", "sebagai ketua definitif"
_OFFICE_QUALIFIERS = frozenset({"utama", "baru", "yang", "definitif", "terpilih", "periode", ","})
# words between "dirinya" and the title it holds or denies: "dirinya bukan lagi", "dirinya masih menjabat sebagai"
_REFLEXIVE_GAP = frozenset({"bukan", "lagi", "tidak", "masih", "tetap", "adalah", "merupakan", "sebagai", "menjabat",
                            "sudah", "telah", "belum", "pernah"})
# an age apposed between a name and a title: "Y, 56 tahun, pemimpin X"
AGE_WORDS = frozenset({"tahun", "thn", "th"})


def _ministry_shorts(title: str) -> tuple[str, ...]:
    """The short forms of the ministry a minister's short title heads ("menhub": Kemenhub, Dephub, Kemhub, and the
    "Kemedes" some outlets write for Kemendes)."""
    return "ke" + title, "dep" + title[3:], "kem" + title[3:], "keme" + title[3:]


class OfficeRules(Arguments):
    """Who leads or runs an organisation, from titles and the verbs that give them."""

    def title_rule(self) -> None:
        """"CEO X, Y", "Direktur Utama X Y", "Kepala X Jenderal (Purn) Y", "Y, CEO X", "Y selaku Kepala X"."""
        words = self.s.words
        person_t = frozenset({"Person"})
        for i, w in enumerate(words):
            title = self._title_at(i)
            owned = w.text.lower().endswith("-nya") and w.text.lower()[:-4] in self.lex.titles  # "CEO-nya" unsplit
            if owned:
                title = w.text.lower()[:-4]
            if title is None or self.entity(w) is not None:
                continue
            if self._not_top(i):  # "Wakil Ketua", "Vice President", "Pelaksana Harian Ketua"
                continue
            if title in self.lex.led_by_nouns and i > 0 and self.entity(words[i - 1]) is not None:
                continue  # "Gamelan X pimpinan Y dari Z": X is led by Y (the noun rule), Z is where Y comes from
            title_end = after = i + len(title.split())  # the word after the title (``after`` moves past "(Dirut)")
            if after + 2 < len(words) and words[after].text == "(" and ")" in (words[after + 2].text,
                                                                            words[min(after + 3, len(words) - 1)].text):
                # "Direktur Utama (Dirut) X"
                after = next(k for k in range(after, len(words)) if words[k].text == ")") + 1
            if after < len(words) and words[after].text.lower() in self.lex.branch_words:  # "Kepala Perwakilan"
                continue
            second = self._title_at(after + 1) if after + 1 < len(words) and words[after].text == "dan" else None
            if second is not None and self.lex.titles[second] == self.lex.titles[title]:
                after += 1 + len(second.split())  # "Presiden Direktur dan CEO perseroan": one office, two titles
            k = after + 1
            if after < len(words) and words[after].text.lower() in ("sekaligus", "dan", "serta"):
                if [x.text.lower() for x in words[k:k + 2]] == ["salah", "satu"]:
                    k += 2
                if k < len(words) and words[k].text.lower() in self.lex.founder_words:
                    after = k + 1  # "CEO sekaligus salah satu pendiri X, Y": the founder's company is the one led
            function = words[after] if after < len(words) else None
            kind = " ".join(x.text.lower() for x in words[after:after + 2])  # ("jaringan minimarket PT X")
            if (function is not None and function.upos == "NOUN" and function.text[:1].islower()
                    and function.text.lower() not in THEN  # ("CEO saat ini adalah X")
                    and function.text.lower() not in self.lex.type_cues and kind not in self.lex.type_cues
                    and not function.text.lower().endswith("nya") and self.entity(function) is None):
                continue  # "kepala distribusi Disney", "ketua panitia X": the head of a function, not of the company
            following = tuple(x.text.lower() for x in words[after:after + 3])
            if title in self.lex.shared_board_titles and any(following[:len(b)] == b for b in self.lex.shared_boards):
                continue  # "Ketua DPP Partai X, Y": one of the board's chairs, not the party's leader
            if (after + 1 < len(words) and words[after].text.lower() in self.lex.org_unit_prefixes
                    and self.entity(words[after]) is None):
                after += 1  # "Ketua Umum DPP Partai X": the party's board, cut off its name
            rel = self.lex.titles[title]
            org_t = self._led_types(title)
            orgs: list[str] = []
            persons: list[str] = []
            for child in self.s.children(w.id):
                if child.deprel == "appos" or child.deprel == "nsubj":
                    persons += self._resolve_one(child, person_t, 0)
                elif child.deprel in ("compound", "nmod", "flat", "flat:name", "nmod:poss") and (
                    case_of(self.s, child) in ("", "dari")
                ) and not (case_of(self.s, child) == "dari" and any(  # "Ketua Panitia Y dari PT X": Y's employer
                        self.ctx.index.type_of(self.entity(x) or "") == "Person" for x in words[i + 1:child.id - 1])):
                    got = self._resolve_one(child, org_t, 0)
                    orgs += [g for g in got if self.ctx.index.type_of(g) != "Person"]
                    if child.upos != "PRON" and not any(  # in "kepala kampanyenya" the possessor holds no office
                            c.deprel == "nmod:poss" and c.upos == "PRON" for c in self.s.children(child.id)):
                        persons += [x for x in self._resolve_one(child, person_t, 0)
                                    if self.ctx.index.type_of(x) == "Person"]
            if w.head and w.deprel in ("appos", "flat", "flat:name", "compound", "nmod"):
                head_label = self.entity(self.s.word(w.head))  # "Sam Altman, CEO X": a name, not a pronoun
                before = self.entity(words[i - 2]) if i > 1 and words[i - 1].text == "(" else None
                if before is not None and self.ctx.index.type_of(before) == "Person":
                    head_label = before  # "A dan B (ketua dari X)": the person the bracket follows
                if head_label is not None and self.ctx.index.type_of(head_label) == "Person":
                    persons.append(head_label)
            # linear reading, robust to attachment errors: the name right after the title is what is led
            nxt = words[after] if after < len(words) else None
            org_end = after
            label_after, apposed_org = None, False
            if (nxt is not None and self.entity(nxt) is None and after + 1 < len(words)
                    and self.lex.type_cues.get(nxt.text.lower()) == "Organization"
                    and words[after + 1].text.lower() in DEMONSTRATIVES):
                # "Presiden Direktur perusahaan itu, Ratna …": the company named before, led by the name after; "ketua
                # umum partai itu": the party the story is about, not a regional board of it named last
                org = (self.ctx.party_story(self.lex, self._named_before(w)) if nxt.text.lower() == "partai"
                       else None) or self.last_org_before(nxt)
                if org is not None:
                    orgs.insert(0, org)
                    org_end = after + 2
                nxt = None
            if (nxt is not None and self.entity(nxt) is None and nxt.text.islower() and after + 2 < len(words)
                    and self.lex.type_cues.get(nxt.text) == "Organization" and words[after + 1].text == ","
                    and self.ctx.index.type_of(self.entity(words[after + 2]) or "") == "Person"):
                # "Presiden klub, Cecep Suherman,", "Ketua Umum partai, X": the bare noun is the body of that kind the
                # story named (only one that the noun named or introduced: "pemimpin perusahaan, X" in a list of
                # executives points at no company)
                org = (self.ctx.party_story(self.lex, self._named_before(w)) if nxt.text == "partai" else None) or (
                    self._named_by_noun(nxt, frozenset({"Organization"})))
                if org is not None:
                    orgs.insert(0, org)
                    org_end, nxt = after + 1, None
            if (nxt is not None and self.entity(nxt) is None and nxt.text.lower() in self.lex.self_references
                    and "Organization" in org_t):
                # "Presiden Direktur dan CEO perseroan": the company the report is about
                for org in self._resolve_one(nxt, frozenset({"Organization"}), 0)[:1]:
                    orgs.insert(0, org)
                    org_end = after + 1
                nxt = None
            if owned or (nxt is not None and nxt.text.lower() in CLITICS and self.entity(nxt) is None):
                # "CEO-nya, Aravind Srinivas": the title of the company the story is about; "MDC, yang pemimpinnya,
                # X": of the name the relative clause hangs on
                relative = any(c.text.lower() == "yang" and c.deprel.startswith("nsubj") for c in self.s.children(w.id))
                host = self.entity(self.s.word(w.head)) if relative and w.head else None
                org = host if host is not None and self.ctx.index.type_of(host) == "Organization" else None
                if relative and org is None:
                    continue  # an unnamed host ("Koperasi itu, yang ketuanya, X") names no organisation to guess
                org = org or self.ctx.recent_subject(frozenset({"Organization"})) or self.last_org_before(w)
                if org is not None:
                    orgs.insert(0, org)
                    org_end = after + (0 if owned else 1)
                nxt = None
            if (nxt is not None and self.entity(nxt) is None and nxt.text[:1].islower()
                    and "Organization" in (self.lex.type_cues.get(nxt.text.lower()), self.lex.type_cues.get(kind))):
                # (a two-word kind too: "direktur utama jaringan minimarket PT X")
                # "Direktur Utama perusahaan rokok PT X, Y", "CEO perusahaan ritel asal Jepang, X Co, Y": past the
                # description to the name it describes
                nxt, org_end = self._org_after_description(after) or (nxt, org_end)
            if nxt is not None:
                label = self.entity(nxt)
                ent = self.ctx.index.entities.get(label) if label else None
                # "Wulan Pertiwi, Direktur Utama Sagarindo": with the person apposed, a one-word name the NER took
                # for a person is the organisation
                # (not "diangkat Presiden Jokowi sebagai …": the one-word name is itself the only person, and no holder
                # follows it)
                apposed_org = bool(persons) and ent is not None and weak_person(ent) and ent.type == "Person" and (
                    any(p != label for p in persons)
                    or bool(self._person_after(self.past_mention(after + 1, ent.label) - 1)))
                # "Ketua Northgate Albion, Sir Geoffrey Whitlock, menolak …": a longer name the NER took for a person,
                # with the holder's name set off by commas after it, is the organisation
                apposed_org = apposed_org or (ent is not None and ent.type == "Person" and ent.type_source == "ner"
                                              and self._holder_set_off(self.past_mention(after + 1, ent.label) - 1,
                                                                       ent.label))
                label_after = label
                if label and (apposed_org or self.ctx.index.type_of(label) != "Person") and (
                        apposed_org or self.type_ok(label, org_t)):
                    if label not in orgs:
                        orgs.insert(0, label)
                    org_end = self.past_mention(org_end + 1, label) - 1
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
            # "Presiden Visual Display Business Unit Samsung", "Kepala Divisi Riset X": a unit named inside the
            # name led is a branch, as it is right after the title
            # (a unit word ending the name is the company's own: "CEO Jetpack Distribution X")
            orgs = [o for o in orgs if not set(o.lower().split()[1:-1]) & self.lex.unit_words]
            orgs = [o for o in orgs if not self._service_after_rank(o)]
            if title not in self.lex.place_titles:
                orgs = [o for o in orgs if self.ctx.index.type_of(o) != "Place"]
            persons = [p for p in persons if self.ctx.index.type_of(p) == "Person"]
            if not orgs and rel == "ceoOf" and label_after is not None and (
                    self.ctx.index.type_of(label_after) == "Person") and w.head and (
                    self.s.word(w.head).upos == "NOUN"):  # (not "Setelah bertemu CEO X, PT Y …": a verb's object)
                # "Di bawah kepemimpinan CEO X, PS Y berhasil …": the holder, a comma, then the organisation that
                # opens the clause
                k = self.past_mention(title_end + 1, label_after)
                org = self.entity(words[k]) if k < len(words) and words[k - 1].text == "," else None
                if (org is not None and self.ctx.index.type_of(org) == "Organization"
                        and words[k].deprel.startswith("nsubj")):
                    self.add(label_after, rel, org, "title-apposition", CONF_NP, w, nominal=True)
                    continue
            if (not orgs and rel == "ceoOf" and i > 0 and words[i - 1].text.lower() in self.lex.definite_before
                    and label_after is not None and self.ctx.index.type_of(label_after) == "Person"):
                # "… penggunaan Zoom, sang CEO Eric Yuan …": the definite title is of the company named before
                org = self.last_org_before(w)
                if org is not None:
                    self.add(label_after, rel, org, "title+definite", CONF_TOPIC, w, nominal=True)
                continue
            if not orgs and title not in self.lex.place_titles and not (i > 0 and words[i - 1].text.isalpha()
                                                                          and words[i - 1].text.islower()):
                # "Presiden Direktur saat ini adalah X": a bare title opening a copular sentence is the office in the
                # company the story is about, held by the predicate's name
                k = title_end
                while k < len(words) and words[k].text.lower() in THEN:
                    k += 1
                copula = k < len(words) and words[k].text.lower() in NAMING
                k += 1
                while k < len(words) and (words[k].text == "." or words[k].text.lower().rstrip(".")
                                          in self.lex.honorifics):
                    k += 1  # "… adalah Prof. Dr. Ir. X"
                holder = self.entity(words[k]) if copula and k < len(words) else None
                org = self.ctx.recent_subject(frozenset({"Organization"})) if holder is not None else None
                if (holder is not None and org is not None and self.ctx.index.type_of(holder) == "Person"
                        and (rel == "ceoOf" or title in ("ketua", "ketua umum"))):  # (not "Presiden …": a country's)
                    self.add(holder, rel, org, "title+topic", CONF_TOPIC, w, nominal=True)
                    continue
            if not orgs and title in self.lex.party_chair:
                # "berkomunikasi dengan Ketua Umum Muhaimin Iskandar", "kata Pak Ketua Umum (Suryadharma Ali)": the
                # bare title of a party chair, in a story about one party
                inside = title_end + 2 < len(words) and words[title_end].text == "("
                holder = self.entity(words[title_end + 1]) if inside else label_after
                if holder is None and title_end + 1 < len(words) and words[title_end].text.lower().rstrip(
                        ".") in self.lex.honorifics:
                    holder = self.entity(words[title_end + 1])  # "menghasilkan Ketua Umum Pak Hadi Utomo"
                party = self.ctx.party_story(self.lex, self._named_before(w))
                if holder is not None and party is not None and self.ctx.index.type_of(holder) == "Person":
                    self.add(holder, rel, party, "title+party-story", CONF_TOPIC, w, nominal=True)
                continue
            if orgs and label_after is not None and self._regional_branch(label_after, org_end):
                continue  # "Ketua PAN Sulawesi Selatan X", "Ketua DPD Partai X Bali Y": a branch head (dev/GUIDELINES)
            if orgs and self._region_after_short_form(org_end):
                continue  # "Ketua Komisi Pemilihan Umum (KPU) Jawa Timur X": the head of its provincial body, which
                # the text names only in pieces, not of the national one
            if orgs:
                # "Saat X menjadi Gubernur Y, Z menilai …": the office is the subject's; Z opens the next clause
                # (not in a relative clause: "X yang juga menjadi CEO Z, Y" describes Y, named after the comma)
                predicate = i > 0 and words[i - 1].text.lower() in PREDICATIVE and not any(
                    x.text.lower() == "yang" for x in words[max(0, i - 4):i - 1])
                after_org = [] if predicate and org_end < len(words) and words[org_end].text == "," else (
                    self._person_after(org_end))
                if after_org and org_end + 1 < len(words) and words[org_end].text.lower() in ("di", "dari"):
                    # "Ketua Komisi III dari Fraksi Partai Demokrat, X": the fraction is X's, X leads the commission
                    orgs = [o for o in orgs if o != self.entity(words[org_end + 1])]
                persons += after_org
                if not after_org:  # "Y, CEO X"; in "Y, Gubernur X Z, …" the office is Z's, not Y's
                    persons += self._person_before(i)
                if not persons and w.deprel == "nsubj" and w.head and any(
                        c.deprel == "cop" for c in self.s.children(w.head)):
                    # "Ketua Umum Partai X adalah Y", "CEO X saat ini adalah Y": the copula's predicate holds it
                    holder = self.entity(self.s.word(w.head))  # the predicate itself, not "adik Presiden X"
                    persons += [holder] if holder is not None and self.ctx.index.type_of(holder) == "Person" else []
                founder = self.s.word(w.head) if w.deprel in ("nmod", "compound") and w.head else None
                if not persons and founder is not None and founder.text.lower() in self.lex.founder_words:
                    # "X adalah pendiri sekaligus CEO Y", "X merupakan salah satu pendiri sekaligus CEO Y": an office
                    # named after the founder's noun in a copular predicate is the copula's subject's
                    pred = founder if any(c.deprel == "cop" for c in self.s.children(founder.id)) else (
                        self.s.word(founder.head) if founder.deprel in ("obj", "xcomp") and founder.head
                        and self.s.word(founder.head).text.lower() in COPULAS else None)
                    persons += [x for c in (self.s.children(pred.id) if pred is not None else [])
                                if c.deprel == "nsubj" for x in [self.entity(c)]
                                if x is not None and self.ctx.index.type_of(x) == "Person"]
                if not persons and w.deprel == "conj" and w.head:
                    # "Y adalah politisi Slovenia dan ketua Partai X": the office coordinated with a copular
                    # predicate is the copula's subject's
                    pred = self.s.children(w.head)
                    if any(c.deprel == "cop" for c in pred):
                        persons += [x for c in pred if c.deprel == "nsubj" for x in [self.entity(c)]
                                    if x is not None and self.ctx.index.type_of(x) == "Person"]
                if not persons:  # "X membantah dirinya masih menjabat Ketua Y": a clause about X, its cues count
                    for p in self._reflexive_holder(i):
                        for o in dict.fromkeys(orgs):
                            self.add(p, rel, o, "title-reflexive", CONF_NP, w)
                if (not persons and org_end < len(words) and words[org_end].text.lower() in DEMONSTRATIVES
                        and i > 0 and words[i - 1].text.lower() in self.lex.speech_words):
                    # '"…," kata Ketua DPR ini': the speaker, described by the office, is the person last named (a
                    # description elsewhere, "rumah dinas Gubernur X tersebut", may point back at anyone)
                    # (not a person named inside the quote: '"Saya bertemu X," kata Ketua DPR ini' is not X)
                    back = self.ctx.last_of(person_t)
                    persons += [back] if back is not None else []
                k = org_end
                while k < len(words) and self.entity(words[k]) is not None:
                    k += 1  # (past the names of the office: "Gubernur DKI Jakarta itu")
                if (not persons and k < len(words) and words[k].text.lower() in DEMONSTRATIVES
                        and w.deprel.startswith("nsubj") and not any(
                            self.ctx.index.type_of(self.entity(x) or "") == "Person" for x in words[:i])):
                    # "X hadir di sana. Gubernur DKI Jakarta itu mengatakan …": the office described as the subject,
                    # pointed back at, is held by the person the previous sentence was about: its main subject, and
                    # the only person it names
                    back = self.ctx.recent_subject(person_t, within=1)
                    if back is not None and self.ctx.index.named_in(self.s.index - 1, "Person") == {back}:
                        persons.append(back)
                named = {x for x in map(self.entity, words[:i]) if x and self.ctx.index.type_of(x) == "Person"}
                subjects = {self.entity(x) for x in words[:i] if x.deprel.startswith("nsubj") and not (
                    x.id > 1 and self.s.word(self.mention_start(x.id, self.entity(x) or "") - 1).text.lower()
                    in self.lex.speech_words)}  # (not "Menurut Budi, …": the source)
                if (not persons and k < len(words) and words[k].text.lower() in DEMONSTRATIVES and len(named) == 1
                        and named <= subjects and not w.deprel.startswith(("obj", "obl"))
                        and any(x.text == "," for x in words[:i])
                        and not any(self.entity(x) in named for x in words[max(0, i - 3):i])):
                    # "Meski Megawati menyatakan …, pandangan Ketua Umum PDIP tersebut …": the office pointed back at,
                    # past a clause break, is held by the one person the sentence named before it
                    persons += sorted(named)
            for p in dict.fromkeys(persons):
                for o in dict.fromkeys(orgs):
                    self.add(p, rel, o, "title-apposition", CONF_NP, w, nominal=True)

    def _holder_set_off(self, k: int, label: str) -> bool:
        """True when, at 0-based index ``k`` right after the name ``label``, a comma opens another person's name that a
        second comma closes ("Ketua X, Sir Geoffrey Whitlock, menolak …"): the holder, apposed, and ``label`` no
        personal name."""
        words = self.s.words
        other = self.entity(words[k + 1]) if k + 1 < len(words) and words[k].text == "," else None
        if other is None or other == label or self.ctx.index.type_of(other) != "Person":
            return False
        end = self.past_mention(k + 2, other) - 1  # 0-based index of the word after the holder's name
        if end >= len(words) or words[end].text != ",":
            return False  # (not "Oleh Presiden X, Djoko diberi mandat …": the comma ends a fronted phrase)
        # ... and no name the NER corpora know mostly as a person's ("Presiden Susilo Bambang Yudhoyono, X, …")
        return not any(_given_name(t, self.lex) for t in label.split())

    def _reflexive_holder(self, i: int) -> list[str]:
        """The holder "dirinya" means before a title at 0-based index ``i`` ("X menegaskan dirinya bukan lagi Ketua Umum
        Y", "X mengaku dirinya masih menjabat Ketua Y"): the subject of the verb "dirinya" depends on."""
        words = self.s.words
        j = i - 1
        while j >= 0 and words[j].text.lower() in _REFLEXIVE_GAP:
            j -= 1
        diri = self._diri_at(j) if j >= 0 else None
        return self._persons_subject(diri.head) if diri is not None else []

    def _diri_at(self, j: int) -> Word | None:
        """The word "diri(nya)" when the word at 0-based index ``j`` ends it ("dirinya", or "diri" + "-nya" split
        off), else None."""
        words = self.s.words
        if words[j].text.lower() == "dirinya":
            return words[j]
        if j > 0 and words[j].text.lower() in CLITICS and words[j - 1].text.lower() == "diri":
            return words[j - 1]
        return None

    def _person_right_before(self, verb: Word) -> tuple[int, list[str]]:
        """The person named right before a verb, past hedges, auxiliaries and a comma ("…, Dimas Arya Nugraha, bakal
        ditunjuk …", "dukungan ke Zulkifli menjadi …"): (the 0-based index of the word looked at, [the person] or
        [])."""
        words = self.s.words
        j = verb.id - 1
        while j >= 1 and (words[j - 1].text == "," or words[j - 1].upos in ("ADV", "AUX")):
            j -= 1
        named = self.entity(words[j - 1]) if j >= 1 else None
        return j - 1, [named] if named is not None and self.ctx.index.type_of(named) == "Person" else []

    def _persons_subject(self, gov: int) -> list[str]:
        """The persons who are the subject of word ``gov`` (its id; past clauses it heads a complement of): the one
        "dirinya" means ("X mengaku dirinya …", "X membantah kabar bahwa dirinya …")."""
        if not gov:
            return []
        subj = self.subject_word(self.s.word(gov), through=frozenset({"xcomp", "ccomp", "conj"}))
        found = self.resolve(subj, frozenset({"Person"})) if subj is not None else []
        return [x for x in found if self.ctx.index.type_of(x) == "Person"]

    def _title_at(self, i: int) -> str | None:
        """The title phrase that opens at 0-based word index ``i`` (up to three words), else None."""
        return self.lex.title_at([x.text.lower() for x in self.s.words[i:i + 3]])

    def _opens_office(self, word: Word) -> bool:
        """True when an office opens at ``word``: a title ("Ketua …"), or a deputy's word before one ("Wakil Ketua
        …"), that is not itself part of a name."""
        if self.entity(word) is not None:
            return False
        return bool(self._title_at(word.id - 1)) or (
            self.surface(word).lower() in self.lex.not_top and bool(self._title_at(word.id)))

    def _led_types(self, title: str) -> frozenset[str]:
        """What a title's holder leads: an organisation, or also a place for a governor's or a mayor's title."""
        return frozenset({"Organization", "Place"}) if title in self.lex.place_titles else frozenset({"Organization"})

    def _leaves_office(self, verb: Word) -> bool:
        """True for a verb of leaving an office ("mundur", "dicopot", "diberhentikan")."""
        return verb.upos == "VERB" and bool(set(roots_of(verb.text, verb.lemma)) & self.lex.office_leaving)

    def _service_after_rank(self, label: str) -> bool:
        """True when every mention of ``label`` in the sentence follows a military or police rank: the bearer's
        service ("Panglima Komando Armada Barat Laksamana Muda TNI X"), not what the office leads (but "Panglima TNI
        Jenderal TNI X" names TNI right after the office too)."""
        if self.ctx.index.type_of(label) == "Person":
            return False  # "Kapolri Jenderal Badrodin Haiti": the bearer
        starts = self.mention_starts(label)
        lows = [w.text.lower().rstrip(".") for w in self.s.words]
        # (the rank may be inside the mention: "Letjen TNI" resolved as TNI, the way a person's mention keeps it)
        return bool(starts) and all(any((i - 1 >= len(r) and tuple(lows[i - 1 - len(r):i - 1]) == r)
                                        or tuple(lows[i - 1:i - 1 + len(r)]) == r for r in self.lex.ranks)
                                    for i in starts)

    def predecessor_rule(self) -> None:
        """"X dilantik sebagai Ketua DPRD Riau menggantikan Y yang …", "menetapkan X sebagai direktur utama PT A,
        menggantikan Y yang telah menjabat sejak 2019": the one replaced held the office just named (a former tenure
        stated is asserted; "Y yang tidak lagi menjabat" denies it, read from Y's own relative clause). Not "…
        menggantikan Y sebagai Z", another office."""
        words = self.s.words
        for claim in list(self.claims):
            if claim.predicate not in OFFICES or not isinstance(claim.object, str):
                continue
            ends = [self.past_mention(i, claim.object) for i in self.mention_starts(claim.object)]
            ends += self._past_office_phrase(claim.subject, claim.object)
            # "dipimpin oleh Direktur X, yang menggantikan Y (2008–2014)": the holder's own relative clause
            ends += [e + 2 for e in (self.past_mention(i, claim.subject) for i in self.mention_starts(claim.subject))
                     if e + 1 <= len(words) and words[e - 1].text == "," and words[e].text.lower() == "yang"]
            for end in ends:  # 1-based id of the word after the organisation's name or the office phrase
                k = end + 1 if end <= len(words) and words[end - 1].text == "," else end
                if k > len(words) or not words[k - 1].text.lower().startswith("menggantikan"):
                    continue
                j = k + 1  # past the verb, then ranks and honorifics ("menggantikan Jenderal Y")
                while (j <= len(words) and self.entity(self.s.word(j)) is None and j - k <= 2
                       and words[j - 1].text.lower() in self.lex.honorifics | self.lex.titles.keys()):
                    j += 1
                previous = self.entity(self.s.word(j)) if j <= len(words) else None
                if (previous is None or previous == claim.subject
                        or self.ctx.index.type_of(previous) != "Person"):
                    continue
                after = self.past_mention(j, previous)
                if after <= len(words) and words[after - 1].text.lower() == "sebagai":
                    continue  # "menggantikan Y sebagai Z": Y's office is Z
                said = self._tenure_said(after)
                if said is not None:  # "Y yang telah menjabat sejak 2019", "Y yang tidak lagi menjabat"
                    self.add(previous, claim.predicate, claim.object, "predecessor", CONF_NOUN, said)
                else:
                    self.add(previous, claim.predicate, claim.object, "predecessor", CONF_NOUN,
                             self.s.word(j), nominal=True)

    def _tenure_said(self, after: int) -> Word | None:
        """The word of the relative clause after a replaced person's name (``after``: the id of the word after it)
        that states the person's own tenure, for its hedges and negations: a verb of holding the office ("Y yang telah
        menjabat sejak 2019", "Y, yang tidak lagi menjabat"), else the office as the clause's predicate ("Y, yang sejak
        bulan lalu bukan lagi kepala lembaga tersebut"); None without such a clause."""
        words = self.s.words
        k = after + 1 if after <= len(words) and words[after - 1].text == "," else after
        if k > len(words) or words[k - 1].text.lower() != "yang":
            return None
        holding = self.lex.office_verbs | self.lex.relations["leads"].roots  # (not "yang akan pensiun": still holds it)
        verb = next((x for x in words[k:k + 3] if x.upos == "VERB" and set(roots_of(x.text, x.lemma)) & holding), None)
        if verb is not None:
            return verb
        for x in words[k:k + 8]:  # the clause's own predicate: not past its first verb, comma or subordinator
            if x.upos in ("VERB", "SCONJ") and x.deprel != "amod" or x.text == ",":
                return None  # ("Y yang mundur karena ingin menjadi ketua partai": another office, another clause)
            if x.text.lower() in self.lex.titles and x.upos == "NOUN":
                return x
        return None

    def _past_office_phrase(self, person: str, org: str) -> list[int]:
        """Ids of the word after the office phrase that follows ``person``: "menetapkan X sebagai direktur utama
        (yang) baru, menggantikan Y" (the organisation named elsewhere in the sentence, or in it)."""
        words = self.s.words
        out = []
        for start in self.mention_starts(person):
            j = self.past_mention(start, person)
            if j > len(words) or words[j - 1].text.lower() != "sebagai":
                continue
            j += 1
            while j <= len(words) and (self.entity(self.s.word(j)) == org or words[j - 1].text in "()" or (
                    words[j - 1].text.lower() in self.lex.name_title_words | _OFFICE_QUALIFIERS) or (
                    j - start > 2 and words[j - 1].text.islower()
                    and self.lex.type_cues.get(words[j - 1].text) == "Organization")):
                j += 1  # (the body by its kind: "sebagai presiden klub menggantikan Y")
            if j - start > 3:  # at least a title after "sebagai"
                out.append(j)
        return out

    def successor_rule(self) -> None:
        """"X digantikan oleh Y", "Posisinya kini diisi oleh Y", "Jabatan itu kini dijabat Y", "Kursi CEO Intel kini
        diduduki Y", "X menyerahkan jabatan itu kepada Y": Y takes over the office the text gave X, in this sentence or
        before (X's leads or ceoOf claims, whatever their certainty). Claimed on the verb, so "akan digantikan" hedges
        and "belum digantikan" denies it. "Y menggantikan X sebagai <title> <org>" gives Y the office named, "Y
        menggantikan X" the one office the text gave X; where X holds none, nothing (a player substituted)."""
        person_t = frozenset({"Person"})
        for verb in self.s.words:
            roots = set(roots_of(verb.text, verb.lemma))
            if verb.upos != "VERB" or not roots & self.lex.succession_roots:
                continue
            passive = is_passive(verb)
            offices: list[tuple[str, str]] = []
            successors: list[str] = []
            if passive and "ganti" in roots:  # "X digantikan oleh Y"
                subj = self.subject_word(verb)
                replaced = self.resolve(subj, person_t) if subj is not None else []
                offices = [o for x in replaced for o in self._offices_of(x)]
                successors = self._successor_after(verb)
            elif passive and "serah" in roots:  # "ketika posisi itu diserahkan kepada Y"
                subj = self.subject_word(verb)
                if subj is None or without_nya(subj.text.lower()) not in self.lex.office_nouns_held:
                    continue
                offices = self._office_named_in(subj) or self._office_referred(subj)
                successors = self._recipients(verb)
            elif passive:  # "Posisinya kini diisi oleh Y", "Kursi CEO Intel kini diduduki Y"
                subj = self.subject_word(verb)
                if subj is not None and subj.text.lower() == "yang" and verb.deprel.startswith("acl") and verb.head:
                    subj = self.s.word(verb.head)  # "Posisi Ketua Umum X yang sebelumnya dijabat Y"
                if subj is None or without_nya(subj.text.lower()) not in self.lex.office_nouns_held:
                    continue
                offices = self._office_named_in(subj) or self._office_referred(subj)
                successors = self._successor_after(verb)
            elif "ganti" in roots:  # "Y (akan) menggantikan X sebagai Presiden Direktur PT A": the office named after X
                obj = next((c for c in self.s.children(verb.id) if _base(c.deprel) == "obj"), None)
                subj = self.subject_word(verb)
                if subj is None and _base(verb.deprel) == "xcomp" and verb.head:  # "mengumumkan Y akan menggantikan X"
                    subj = next((c for c in self.s.children(verb.head) if _base(c.deprel) == "obj"
                                 and c.id < verb.id), None)
                if obj is None or subj is None:
                    continue
                replaced = self.resolve(obj, person_t)
                after = max((self.past_mention(obj.id, x) for x in replaced), default=obj.id)
                if after <= len(self.s.words) and self.s.word(after).text.lower() == "sebagai":
                    offices = [(c.predicate, c.object) for c in self.claims if c.subject in replaced
                               and c.predicate in OFFICES and isinstance(c.object, str)
                               and c.trigger_word > after]
                else:  # "Bupati Kebumen X mengundurkan diri … Wakil Bupati Y akan menggantikan X": X's office
                    offices = [o for x in replaced for o in self._offices_of(x)]
                successors = self.resolve(subj, person_t)
                for x in replaced:  # past the name itself ("menggantikan Komjen Pol Y": ranks before it)
                    start = next((i for i in self.mention_starts(x) if i >= obj.id), None)
                    if start is not None:
                        after = max(after, self.past_mention(start, x))
                if not offices and after <= len(self.s.words) and (
                        self.s.word(after).text.lower() not in ("sebagai", "di", "dalam")):
                    self._predecessor_back(verb, replaced, successors, after)
            elif "serah" in roots:  # "X menyerahkan jabatan itu kepada Y"
                held = next((c for c in self.s.children(verb.id) if _base(c.deprel) == "obj"
                             and without_nya(c.text.lower()) in self.lex.office_nouns_held), None)
                subj = self.subject_word(verb, through=frozenset({"conj", "xcomp", "advcl"}))
                if held is None or subj is None:
                    continue
                offices = [o for x in self.resolve(subj, person_t) for o in self._offices_of(x)]
                successors = self._recipients(verb)
            offices = list(dict.fromkeys(offices))
            if len(offices) > 1:  # one replaced who held several: the office this sentence names, else none
                offices = [o for o in offices if self.ids_of(o[1])]
                offices = offices if len(offices) == 1 else []
            for pred, org in offices:
                for person in successors:
                    if (pred, org) not in self._offices_of(person):
                        self.add(person, pred, org, "successor", CONF_NOUN, verb)

    def _predecessor_back(self, verb: Word, replaced: list[str], successors: list[str], after: int) -> None:
        """"X dilantik sebagai Kepala BNN. Ia menggantikan Y, yang tidak lagi menjabat …": the one replaced held the
        one office the text gave the successor before this sentence (denied or stated by Y's own relative clause,
        as in predecessor_rule)."""
        offices = list(dict.fromkeys((p, o) for who, p, o in self.ctx.offices if who in successors))
        if len(offices) != 1:
            return
        said = self._tenure_said(after)
        pred, org = offices[0]
        for previous in replaced:
            if previous in successors or self.ctx.index.type_of(previous) != "Person":
                continue
            if said is not None:
                self.add(previous, pred, org, "predecessor", CONF_NOUN, said)
            else:
                self.add(previous, pred, org, "predecessor", CONF_NOUN, verb, nominal=True)

    def _offices_of(self, person: str) -> list[tuple[str, str]]:
        """The offices the text has given ``person`` so far: this sentence's claims, then the earlier sentences'."""
        here = [(c.predicate, c.object) for c in self.claims
                if c.subject == person and c.predicate in OFFICES and isinstance(c.object, str)]
        return list(dict.fromkeys(here + [(p, o) for who, p, o in self.ctx.offices if who == person]))

    def _recipients(self, verb: Word) -> list[str]:
        """The persons an office is handed to: the "kepada" phrase of "(di)serahkan"."""
        to = next((c for c in self.s.children(verb.id) if case_of(self.s, c) == "kepada"), None)
        return self.resolve(to, frozenset({"Person"})) if to is not None else []

    def _successor_after(self, verb: Word) -> list[str]:
        """The person a passive of succession names as its agent ("diisi oleh Y", "diduduki Y")."""
        person_t = frozenset({"Person"})
        found = [x for x in self.agent_of(verb, person_t) if self.ctx.index.type_of(x) == "Person"]
        if found:
            return found
        k = verb.id + 1
        while k <= len(self.s.words) and k - verb.id <= 3 and self.entity(self.s.word(k)) is None and (
                self.s.word(k).text.islower()):  # "diisi oleh Y", "diduduki sosok Y"
            k += 1
        label = self.entity(self.s.word(k)) if k <= len(self.s.words) else None
        return [label] if label is not None and self.ctx.index.type_of(label) == "Person" else []

    def _office_named_in(self, noun: Word) -> list[tuple[str, str]]:
        """The office spelled out after an office noun: "Kursi CEO Intel", "Posisi Ketua Umum PSSI"."""
        i = noun.id  # 0-based index of the word after the noun
        title = self._title_at(i)
        if title is None:
            return []
        k = i + len(title.split()) + 1  # 1-based id of the word after the title
        label = self.entity(self.s.word(k)) if k <= len(self.s.words) else None
        pred = self.lex.titles[title]
        if label is None:  # "Kursi CEO produsen chip … itu": a description, the last such office the text gave
            if not any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(noun.id)) and not any(
                    x.text.lower() in DEMONSTRATIVES for x in self.s.words[k - 1:k + 8]):
                bare = k > len(self.s.words) or self.s.word(k).upos in ("VERB", "PUNCT")
                if not bare:
                    return []
                # "grup ini dipimpin oleh X, sementara jabatan CEO dipegang Y": the bare office of the body the
                # story is about, the sentence's subject or a recent sentence's
                topic = self._story_org()
                return [(pred, topic)] if topic is not None and self.type_ok(topic, self._led_types(title)) else []
            held = [o for o in self._offices_so_far(noun) if o[0] == pred]
            return held[-1:]
        if not self.type_ok(label, self._led_types(title)):
            return []
        return [(pred, label)]

    def _story_org(self) -> str | None:
        """The organisation the story is about here: the sentence's main subject when it is one, else a recent
        sentence's."""
        main = self.ctx.main_subject(self.s)
        if main is not None and self.ctx.index.type_of(main) == "Organization":
            return main
        return self.ctx.recent_subject(frozenset({"Organization"}))

    def _office_referred(self, noun: Word) -> list[tuple[str, str]]:
        """The office "Posisinya" (the previous holder's: the sentence's person before it, else the last sentence's
        subject) or "Jabatan itu" (the last office the text gave anyone) means."""
        if noun.text.lower().endswith("nya") or any(
                c.text.lower() == "nya" and c.deprel == "nmod:poss" for c in self.s.children(noun.id)):
            person = self.last_before(noun, frozenset({"Person"}), same_sentence=True)
            if person is None and self.ctx.subjects and self.ctx.subjects[-1] is not None and (
                    self.ctx.index.type_of(self.ctx.subjects[-1]) == "Person"):
                person = self.ctx.subjects[-1]
            return self._offices_of(person) if person is not None else []
        if any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(noun.id)):
            return self._offices_so_far(noun)[-1:]
        return []

    def _offices_so_far(self, before: Word) -> list[tuple[str, str]]:
        """Every office the text has given anyone before word ``before``: the earlier sentences', then this one's
        whose organisation is named before that word."""
        here = [(c.predicate, c.object) for c in self.claims
                if c.predicate in OFFICES and isinstance(c.object, str)
                and any(i < before.id for i in self.mention_starts(c.object))]
        return [(p, o) for _, p, o in self.ctx.offices] + here

    def office_verb_rule(self) -> None:
        """A title given or held through a verb: "X menunjuk Y sebagai CEO (baru)" (Y ceoOf X), "Y (tidak lagi)
        menjabat Ketua X", "Y diangkat menjadi Direktur Utama X". Claimed on the verb, so its hedges and negations
        count ("akan menunjuk", "tidak lagi menjabat")."""
        words = self.s.words
        org_t, person_t = frozenset({"Organization"}), frozenset({"Person"})
        for i, w in enumerate(words):
            title = self._title_at(i)
            if title is None or self.entity(w) is not None or not w.head:
                continue
            if self._not_top(i):
                continue
            slot = w  # the office in the verb's slot; "sebagai Presiden X dan pemimpin Y": the second is conjoined
            candidate = self.s.word(w.head).text.lower() in self.lex.candidate_words and w.head == w.id - 1
            if candidate:  # "mengusung X sebagai calon Gubernur Y": the candidacy is in the slot, the office after it
                slot = self.s.word(w.head)
                if not slot.head:
                    continue
            # "menjabat Ketua Yayasan X dan Ketua Umum Partai Y", "Ketua Umum Kadin X dan Direktur Utama PT Y": the
            # parser hangs the second office on the first office's organisation or on its title's second word; the
            # first title above it, past those, is the conjunct
            # (a list of offices with commas: "sebagai Presiden Universitas X, Presiden Y, dan …", the parser hanging
            # the second as an apposition)
            listed = w.deprel == "appos" and i > 0 and words[i - 1].text == ","
            # ("menjabat Ketua DPRD X sekaligus Ketua Umum Partai Y": the joined office hung as a modifier)
            joined = _base(w.deprel) == "nmod" and case_of(self.s, w) in self.lex.office_joiners
            first, steps = (self.s.word(w.head) if w.deprel == "conj" or listed or joined else None), 0
            while first is not None and steps < 4 and first.id < w.id and not self._opens_office(first):
                first, steps = (self.s.word(first.head) if first.head else None), steps + 1
            if first is not None and first.id < w.id and first.head and self._opens_office(first):
                slot = first
                if any(self.ctx.index.type_of(self.entity(x) or "") == "Person"
                       for x in words[i + len(title.split()):i + len(title.split()) + 5]):
                    continue  # "… sebagai Presiden Mesir dan Presiden AS Barack Obama …": the next clause's office
            verb = self.s.word(slot.head)
            slot_rel = _base(slot.deprel)
            if (slot_rel == "nmod" and case_of(self.s, slot) == "sebagai" and verb.deprel == "obj" and verb.head
                    and self.s.word(verb.head).upos == "VERB" and (set(roots_of(
                        self.s.word(verb.head).text, self.s.word(verb.head).lemma)) & self.lex.office_verbs
                        or not any(self.ctx.index.type_of(self.entity(x) or "") == "Person"
                                   for x in self._subtree(verb) if x.id < slot.id))):
                # "menetapkan pengusaha X sebagai presiden klub", the office hung on the object: the verb's office;
                # "menjalankan tugasnya sebagai Ketua Y": the subject's, in that capacity (not "melihat kinerja
                # Jokowi sebagai Gubernur": the object's own person holds it)
                verb, slot_rel = self.s.word(verb.head), "obl"
            if (slot_rel == "obl" and case_of(self.s, slot) == "sebagai" and slot.id < verb.id
                    and verb.deprel in ("xcomp", "advcl") and verb.head
                    and not set(roots_of(verb.text, verb.lemma)) & self.lex.office_verbs
                    and set(roots_of(self.s.word(verb.head).text, self.s.word(verb.head).lemma))
                    & self.lex.office_verbs):
                # "menunjuk X sebagai ketua umum menggantikan Y": the office, written before the second verb, the
                # parser hung on it; it is the appointing verb's
                verb = self.s.word(verb.head)
            roots = set(roots_of(verb.text, verb.lemma))
            # "PT X mengumumkan pengangkatan Y sebagai direktur utama", "RUPS X menyetujui penunjukan Y sebagai …": the
            # appointment named by its noun, Y its modifier, the appointing body the subject of the verb over it
            noun_office = verb.upos == "NOUN" and slot_rel == "nmod" and case_of(self.s, slot) == "sebagai"
            appointment = (noun_office and verb.text.lower().startswith("pe") and verb.text.lower().endswith("an")
                           and bool(roots & self.lex.office_verbs))
            capacity = (verb.upos == "VERB" and not roots & self.lex.office_verbs and slot_rel == "obl"
                        and case_of(self.s, slot) == "sebagai")
            if capacity:  # "X … menyelesaikan kewajibannya sebagai Gubernur Y": X acts in the office X holds
                self._capacity(w, verb, title)
                continue
            if (noun_office and without_nya(verb.text.lower()) in self.lex.capacity_nouns
                    and case_of(self.s, verb) == "dalam"):  # (not "kehilangan jabatannya sebagai …": lost)
                self._capacity_noun(w, verb, title)  # "dalam perannya sebagai pimpinan dari X"
                continue
            if not appointment and (verb.upos != "VERB" or not roots & self.lex.office_verbs):
                continue
            if not appointment and (slot_rel not in ("obj", "xcomp", "obl") or (
                    slot_rel == "obl" and case_of(self.s, slot) not in ("sebagai", "")
                    and case_of(self.s, slot) not in self.lex.office_joiners)):  # "menjabat A sekaligus Ketua B"
                continue
            after = i + len(title.split())
            if (after + 1 < len(words) and words[after].text.islower() and self.entity(words[after]) is None
                    and self.lex.type_cues.get(words[after].text) == "Organization"):
                # "menjabat presiden klub X", "didapuk sebagai CEO platform investasi ritel X": the kind of body,
                # then its name
                after = (self._org_after_description(after) or (None, after))[1]
            label = self.entity(words[after]) if after < len(words) else None
            led_t = self._led_types(title)
            orgs = [label] if label and self.type_ok(label, led_t) and (
                led_t != org_t or self.ctx.index.type_of(label) != "Place") else []  # "menjadi Gubernur Jawa Barat"
            passive = is_passive(verb) or is_ter_form(verb)  # "X terpilih sebagai Ketua Y": X was elected
            if passive and slot_rel == "obj" and any(
                    case_of(self.s, c) in ("sebagai", "menjadi") or c.text.lower() == "menjadi"
                    for c in self.s.children(verb.id)):
                continue  # "X diangkat Presiden Jokowi sebagai Ketua Y": the title beside the passive is its agent's
            if passive and slot_rel == "obj" and self._person_after(
                    self.past_mention(after + 1, label) - 1 if label else after):
                continue  # "X akan dilantik Gubernur Jatim Y": the title with its holder named is the passive's agent
            subjects = self.subject_of(verb, org_t | person_t)[0] if not passive else []
            if appointment:
                subjects = self._appointing(verb)
            nominated = candidate or bool(roots & self.lex.office_nominating)
            if not orgs and roots & self.lex.office_nominating:
                continue  # "Golkar mengusung X sebagai presiden": a party nominates for an office outside it
            if not orgs:  # "X menunjuk Y sebagai CEO": the office is in the appointing organisation
                orgs = [x for x in subjects if self.ctx.index.type_of(x) != "Person" and self.type_ok(x, org_t)]
            if passive:
                patient = self.patient_of(verb)
                if patient is None and _base(verb.deprel) == "xcomp" and verb.head:
                    # "X dikabarkan bakal didapuk sebagai …": the subject of the verb the appointment completes
                    patient = self.subject_word(self.s.word(verb.head))
                holders = self.resolve(patient, person_t) if patient is not None else []
                if patient is not None and patient.text.lower() in REFLEXIVES:
                    # "X membantah kabar bahwa dirinya akan ditunjuk sebagai Direktur Utama Y": X, who speaks
                    holders = self._persons_subject(verb.head)
                if patient is None:  # "…, Dimas Arya Nugraha, bakal ditunjuk sebagai CEO …" with the clause hung
                    # on the sentence's verb: the person named right before it (past hedges and a comma)
                    j, holders = self._person_right_before(verb)
                    if j >= 0 and self._diri_at(j) is not None:  # "X mengaku dirinya telah ditunjuk sebagai …": X
                        holders = self._persons_subject(verb.head)
            else:
                # ("ia menjabat A sekaligus B": "ia" is the person, not the body A the person was just made head of)
                holders = ([x for x in subjects if self.ctx.index.type_of(x) == "Person"] or [
                    x for x in self.subject_of(verb, person_t)[0] if self.ctx.index.type_of(x) == "Person"]) if (
                    roots & self.lex.office_holding) else []  # "Z melantik Gubernur X Y": Z gives the office
                if not holders:
                    holders = [x for c in self.s.children(verb.id) if c.id != slot.id and (
                        c.deprel == "obj" or (appointment and _base(c.deprel) in ("nmod", "appos") and c.id < slot.id))
                        for x in self.resolve(c, person_t)]
                if not holders:  # "mengusung Wali Kota Bekasi X sebagai …": the holder of the title in the object
                    holders = [c.subject for o in self.s.children(verb.id) if o.deprel == "obj" and o.id != slot.id
                               for c in self.claims if c.trigger_word == o.id and c.nominal
                               and self.ctx.index.type_of(c.subject) == "Person"]
                if not holders and roots & self.lex.office_holding and not any(
                        c.deprel.startswith("nsubj") for c in self.s.children(verb.id)):
                    # "menandatangani dukungan ke Zulkifli menjadi ketua umum": a holding verb with no subject of
                    # its own, the person named right before it (the parser hung the name on another word)
                    holders = self._person_right_before(verb)[1]
            rule, conf = "office-verb", CONF_VERB
            bare = after >= len(words) or words[after].upos in ("PUNCT", "ADJ", "ADV") or (  # "sebagai CEO (baru)."
                words[after].text.lower() in self.lex.after_bare_office)  # "menjabat CEO sejak 2018", "… menggantikan"
            if not bare and words[after].text.lower() in {"partai", "klub"} | self.lex.self_references and (
                    after + 1 >= len(words) or self.entity(words[after + 1]) is None):
                bare = True  # "mengukuhkan X sebagai ketua umum partai": the party, or the company, the story is about
            if holders and not orgs and bare and title not in self.lex.place_titles:  # (a premier's is no company)
                # "…, Dario Amodei, yang kini menjabat sebagai CEO.": the office in the company the story is about
                party = self.ctx.party_story(self.lex, self._named_before(w)) if title in self.lex.party_chair else None
                # (the sentence's subject is often the holder himself: "X menjabat CEO sejak …")
                topic = party or self._story_org()
                if topic is not None and topic not in holders and self.ctx.index.type_of(topic) == "Organization":
                    # (an organisation by its type: a one-word person's name, which an organisation slot may take
                    # elsewhere, is here just the story's speaker)
                    orgs, rule, conf = [topic], "office-verb+topic", CONF_TOPIC
            if nominated:  # (a candidate is a person by evidence, not a name any slot may take)
                holders = [x for x in holders if self.ctx.index.type_of(x) == "Person"]
            for person in holders:
                for org in orgs:  # a candidate's office is claimed on the title, which "calon" or the nomination hedges
                    self.add(person, self.lex.titles[title], org, rule, conf, w if nominated else verb,
                             nominal=nominated)

    def _appointing(self, noun: Word) -> list[str]:
        """Who makes the appointment a noun names: the subject of the verb it is the object of ("PT X mengumumkan
        pengangkatan …"), or the body whose meeting that subject is ("Rapat umum pemegang saham PT X menyetujui …",
        "Kongres PDIP …")."""
        if _base(noun.deprel) != "obj" or not noun.head or self.s.word(noun.head).upos != "VERB":
            return []
        verb = self.s.word(noun.head)
        found = self.subject_of(verb, frozenset({"Organization", "Person"}))[0]
        if found:
            return found
        meeting = next((c for c in self.s.children(verb.id) if c.deprel == "nsubj"
                        and c.text.lower() in self.lex.event_starts), None)
        return [x for x in (self.entity(d) for d in self._subtree(meeting) if d.id > meeting.id)
                if x is not None and self.ctx.index.type_of(x) == "Organization"][:1] if meeting is not None else []

    def office_left_rule(self) -> None:
        """"X mundur dari jabatannya sebagai Ketua Umum Y", "X dicopot dari jabatan Direktur Utama Y": an office named
        under a verb of leaving it ("sebagai", or a "jabatan"/"kursi" noun before the title) was held and has ended.
        Claimed on the verb as ended: :mod:`kg.certainty` states it negated (dev/GUIDELINES: a relation that ended takes
        its final state) and drops it when the leaving is only planned or denied."""
        words = self.s.words
        person_t = frozenset({"Person"})
        for i, w in enumerate(words):
            title = self._title_at(i)
            if title is None or self.entity(w) is not None or self._not_top(i):
                continue
            before = words[i - 1].text.lower() if i > 0 else ""
            if before != "sebagai" and without_nya(before) not in ("jabatan", "kursi", "posisi"):
                continue
            after = i + len(title.split())
            label = self.entity(words[after]) if after < len(words) else None
            led_t = self._led_types(title)
            if label is None or not self.type_ok(label, led_t) or self.ctx.index.type_of(label) == "Person":
                continue
            verb, steps = w, 0
            while verb.head and steps < 4 and not self._leaves_office(verb):
                verb, steps = self.s.word(verb.head), steps + 1
            if not self._leaves_office(verb):
                continue
            if is_passive(verb):  # "X dicopot dari jabatannya sebagai …"
                patient = self.patient_of(verb)
                holders = self.resolve(patient, person_t) if patient is not None else []
            else:  # "X mundur dari …"; but "Bupati X memberhentikan Y dari jabatan …": the one removed, Y
                removed = [x for c in self.s.children(verb.id) if c.deprel == "obj" for x in self.resolve(c, person_t)]
                holders = removed or self.subject_of(verb, person_t)[0]
            for person in holders:
                if self.ctx.index.type_of(person) == "Person":
                    self.add(person, self.lex.titles[title], label, "office-left", CONF_VERB, verb, ended=True)
        for verb in words:  # "Bupati Kebumen X mengundurkan diri dari jabatannya": the office the title gave X here
            if not self._leaves_office(verb) or is_passive(verb):
                continue
            held = next((x for x in words[verb.id:verb.id + 4]
                         if without_nya(x.text.lower()) in self.lex.office_nouns_held), None)
            # "Ketua X Y resmi mengundurkan diri dalam rapat pleno": resigning, nothing else named left, is leaving
            # the office the title gave (not "mundur dari pencalonan", "mengundurkan diri sebagai anggota DPR": what
            # else is left, named)
            resigned = held is None and bool(set(roots_of(verb.text, verb.lemma)) & self.lex.office_resigning) and (
                verb.id < len(words) and words[verb.id].text.lower() == "diri") and not any(
                case_of(self.s, c) in ("dari", "sebagai")
                for h in (verb, words[verb.id]) for c in self.s.children(h.id))
            if held is None and not resigned:
                continue
            k = held.id if held is not None else verb.id  # 0-based index of the word after the noun
            if held is not None and held.text.lower() in self.lex.office_nouns_held:
                if k >= len(words) or words[k].text.lower() not in CLITICS:
                    continue  # its own office, "-nya", not "jabatan Ketua X"
                k += 1
            if held is not None and k < len(words) and (
                    self._title_at(k) is not None or words[k].text.lower() == "sebagai"):
                continue  # (an office named after the noun: read above)
            subj = self.subject_word(verb)
            if subj is None:
                continue
            # the subject names the holder, or is the title the holder's name hangs on ("Bupati Kebumen X mundur")
            titled = [c for c in self.claims if c.nominal and c.trigger_word == subj.id
                      and c.predicate in OFFICES and isinstance(c.object, str)]
            persons = [x for x in self.resolve(subj, person_t) if self.ctx.index.type_of(x) == "Person"]
            for person in dict.fromkeys(persons + [c.subject for c in titled]):
                offices = [(c.predicate, c.object) for c in self.claims if c.subject == person and c.nominal
                           and c.predicate in OFFICES and isinstance(c.object, str)]
                for pred, org in dict.fromkeys(offices):
                    self.add(person, pred, org, "office-left", CONF_VERB, verb, ended=True)

    def no_longer_serving_rule(self) -> None:
        """"Marulam, yang memimpin BUMD itu sejak 2006, tidak lagi menjabat setelah …": serving no longer, with no
        office named, ends the offices the text has given the subject; claimed with the negation cue, so that
        :mod:`kg.certainty` keeps the relation in its final state (negated) instead of the tenure before it."""
        person_t = frozenset({"Person"})
        for verb in self.s.words:
            if verb.upos != "VERB" or "jabat" not in roots_of(verb.text, verb.lemma) or is_passive(verb):
                continue
            if verb.id < 3 or self.s.word(verb.id - 1).text.lower() not in self.lex.no_longer_words or (
                    self.s.word(verb.id - 2).text.lower() not in ("tidak", "tak", "sudah", "bukan")):
                continue
            if any((_base(c.deprel) in ("obj", "xcomp") and c.upos in ("NOUN", "PROPN"))
                   or case_of(self.s, c) == "sebagai" for c in self.s.children(verb.id)):
                continue  # an office named: read by the title rules
            if (any(w.text.lower() in self.lex.condition_marks for w in self.s.words[:verb.id - 1])
                    or denied_above(self.s, verb, self.lex)):
                continue  # "Jika terbukti bersalah, X tidak lagi menjabat", "X membantah bahwa ia tidak lagi menjabat"
            # "tidak lagi menjabat di partai itu": only the offices in the body named
            where = {x for c in self.s.children(verb.id) if case_of(self.s, c) in ("di", "dari")
                     for x in self.resolve(c, frozenset({"Organization"}))}
            for person in self.subject_of(verb, person_t)[0]:
                if self.ctx.index.type_of(person) != "Person":
                    continue
                for pred, org in self._offices_of(person):
                    if not where or org in where:
                        self.add(person, pred, org, "office-no-longer", CONF_VERB, verb)

    def represented_rule(self) -> None:
        """"Universitas X, yang diwakili oleh Rektor Y": a body represented by the holder of a bare title is the body
        whose office that is (Y leads X). Only a title with no organisation of its own after it, and only a passive
        "diwakili" whose represented party is an organisation (or, for a governor's title, a place)."""
        words = self.s.words
        for v in words:
            if not v.text.lower().startswith("diwakil") or "wakil" not in roots_of(v.text, v.lemma):
                continue
            agents = [c for c in self.s.children(v.id) if (_base(c.deprel) == "obl" and case_of(self.s, c) == "oleh")
                      or c.deprel == "obj"]
            if v.deprel.startswith("acl") and v.head:
                represented = self.entity(self.s.word(v.head))  # "X, yang diwakili …"
            else:
                represented = next((self.entity(c) for c in self.s.children(v.id)
                                    if c.deprel.startswith("nsubj") and self.entity(c) is not None), None)
            if represented is None or not agents:
                continue
            t = agents[0]
            title = self._title_at(t.id - 1)
            if title is None or self.entity(t) is not None and self.ctx.index.type_of(self.entity(t)) != "Person":
                continue
            after = t.id + len(title.split())  # 1-based id of the word after the title
            holder = self.entity(self.s.word(after)) if after <= len(words) else None
            led_t = self._led_types(title)
            if holder is None or self.ctx.index.type_of(holder) != "Person" or not self.type_ok(represented, led_t):
                continue
            self.add(holder, self.lex.titles[title], represented, "represented-by", CONF_NP, v)

    def _capacity(self, w: Word, verb: Word, title: str) -> None:
        """"X … sebagai <Title> Y" on a verb of no office: the subject acts as the holder; not when the verb has a
        person as object ("menemui Z sebagai Ketua Y" leaves open whose office it is)."""
        person_t = frozenset({"Person"})
        if is_passive(verb) or any(c.deprel == "obj" and self.ctx.index.type_of(self.entity(c) or "") == "Person"
                                   for c in self.s.children(verb.id)):
            return
        if self._leaves_office(verb):
            return  # "X mundur sebagai Ketua Y": an office left (office_left_rule), not one held
        holders = [x for x in self.subject_of(verb, person_t)[0] if self.ctx.index.type_of(x) == "Person"]
        self._capacity_claims(w, title, holders)

    def _capacity_claims(self, w: Word, title: str, holders: list[str], loose: bool = False) -> None:
        """The holders act in the office of the title at ``w``: of the name right after it, or with ``loose`` past
        "dari" and a kind of body ("sebagai pimpinan dari X", "sebagai pemimpin pesantren X")."""
        words = self.s.words
        after = w.id + len(title.split())  # 1-based id of the word after the title
        if loose and after <= len(words) and words[after - 1].text.lower() == "dari":
            after += 1
        label = self.entity(words[after - 1]) if after <= len(words) else None
        if loose and label is None and after <= len(words) and words[after - 1].text.islower() and (
                self.lex.type_cues.get(words[after - 1].text) == "Organization"):
            found = self._org_after_description(after - 1)
            label = self.entity(found[0]) if found is not None else None
        if label is None or not self.type_ok(label, self._led_types(title)):
            return
        for person in holders:
            self.add(person, self.lex.titles[title], label, "office-capacity", CONF_VERB, w, nominal=True)

    def _capacity_noun(self, w: Word, noun: Word, title: str) -> None:
        """"Y dalam perannya sebagai pimpinan dari X", "Dalam kapasitasnya sebagai Ketua X, Y …": the person the
        capacity noun hangs on, else the subject of the clause it modifies, holds the office of the name after it
        (past "dari" and a kind of body); not under a verb of leaving ("mundur dari jabatannya sebagai …")."""
        host = self.s.word(noun.head) if noun.head else None
        if host is not None and host.upos == "VERB" and self._leaves_office(host):
            return
        person_t = frozenset({"Person"})
        holder = self.entity(host) if host is not None else None
        holders = [holder] if holder is not None and self.ctx.index.type_of(holder) == "Person" else (
            [x for x in self.subject_of(host, person_t)[0] if self.ctx.index.type_of(x) == "Person"]
            if host is not None and host.upos == "VERB" else [])
        self._capacity_claims(w, title, holders, loose=True)

    def _org_after_description(self, start: int) -> tuple[Word, int] | None:
        """The first organisation named after a lower-case description that opens at 0-based ``start`` ("perusahaan
        rokok PT X", "perusahaan ritel asal Jepang, X"): (its first word, its 0-based index), or None when another
        word or more than six come first."""
        words = self.s.words
        k = start + 1
        while k < len(words) and k - start <= 6:
            w = words[k]
            label = self.entity(w)
            if label is not None and self.ctx.index.type_of(label) == "Place" and k > 0 and (
                    words[k - 1].text.lower() in self.lex.origin_cases or self.entity(words[k - 1]) == label):
                k += 1  # "asal Jepang": the description's origin
                continue
            if label is not None:
                return (w, k) if self.type_ok(label, frozenset({"Organization"})) else None
            if not (w.text == "," or (w.text[:1].islower() and w.text.isalpha())):
                return None
            k += 1
        return None

    def minister_rule(self) -> None:
        """"Menteri Perhubungan X", "Menhub X": X leads the ministry of that field, when the document names it
        ("Kementerian Perhubungan", "Kemenhub"); the title alone names no organisation (dev/GUIDELINES)."""
        words = self.s.words
        for i, w in enumerate(words):
            low = w.text.lower()
            if (low not in self.lex.minister_titles and low not in self.lex.minister_short) or self.entity(w):
                continue
            if self._not_top(i):  # "Wakil Menteri"
                continue
            j = i + 1
            if low in self.lex.minister_short:
                # the ministry's short forms: "Kemenhub"; before 2009 a Departemen ("Deplu", "Depkeu"); and the
                # foreign ministry's "Kemlu"
                field, short = self.lex.minister_short[low], _ministry_shorts(low)
            else:  # the field is the capitalised words after the title, up to the minister's name
                if j >= len(words) or not words[j].text[:1].isupper():
                    continue
                field = words[j].text.lower()
                # the short forms of the ministry of that field ("Menteri Keuangan X … Kemenkeu")
                short = tuple(f for k, v in sorted(self.lex.minister_short.items()) if v == field
                              for f in _ministry_shorts(k))
            # the field's words, or a short form after a short title ("Mendes PDT X"); a field word may be a name of
            # its own where the document names the ministry ("Perhubungan" then stands for Kementerian Perhubungan),
            # but a country is no field ("Menteri Pertahanan Amerika Serikat X" heads a foreign ministry)
            while j < len(words) and j <= i + 5 and self._field_word(words[j]):
                j += 1
            if any(key in self.lex.places and key not in self.lex.government_home
                   for a in range(i + 1, j) for b in range(a + 1, min(a + 3, j) + 1)
                   for key in [name_key(" ".join(x.text for x in words[a:b]))]):
                continue  # "Menteri Pertahanan Amerika Serikat X": a foreign minister ("… Indonesia X" is at home)
            person = self.entity(words[j]) if j < len(words) else None
            if person is None or self.ctx.index.type_of(person) != "Person":
                continue
            for ministry in self._ministries(field, short):
                self.add(person, "leads", ministry, "minister-ministry", CONF_NP, w, nominal=True)

    def _field_word(self, word: Word) -> bool:
        """True for a word of a minister's field after the title: a capitalised word that names no one and no place
        ("Perhubungan", "Luar Negeri", "PDT"), or the "dan" inside it ("Pendidikan dan Kebudayaan")."""
        label = self.entity(word)
        if label is not None and self.ctx.index.type_of(label) in ("Person", "Place"):
            return False
        return word.text[:1].isupper() or (word.text.lower() == "dan" and label is None)

    def fused_title_rule(self) -> None:
        """"Kapolri Jenderal X", "Jaksa Agung X": a title that names the organisation it heads ("Kapolri" is Kepala
        Polri); X leads it when the document names it ("Polri"). A regional head's fused title names the regional
        body with the region after it ("Kapolrestabes Surabaya X" heads Polrestabes Surabaya)."""
        words = self.s.words
        self._regional_fused_titles()
        for i, w in enumerate(words):
            two = " ".join(x.text.lower() for x in words[i:i + 2])
            key = two if two in self.lex.fused_titles else w.text.lower()
            if key not in self.lex.fused_titles or self._not_top(i):
                continue
            after_title = i + len(key.split())
            if after_title < len(words) and words[after_title].text.lower() == "muda":
                continue  # "Jaksa Agung Muda Bidang …": a deputy attorney general, not the head
            target = self.lex.fused_titles[key].casefold()
            # (the NER's one-word "person" Polri counts; "Kejaksaan Agung" or its short form "Kejagung")
            self._holder_leads(w, i + len(key.split()), lambda n, t=target: n.casefold() == t or (
                n.isalpha() and abbreviates(n, t)), weak=True)

    def _holder_leads(self, title: Word, j: int, names: Callable[[str], bool], weak: bool = False) -> None:
        """The person named from word index ``j`` on leads the first organisation of the document one of whose names
        ``names`` accepts (with ``weak``, also a one-word name the NER calls a person)."""
        orgs = [label for label, ent in sorted(self.ctx.index.entities.items())
                if (ent.type == "Organization" or (weak and weak_person(ent)))
                and any(names(n) for n in (label, *ent.aliases))]
        for person in self._person_after(j) if orgs else []:
            if self.ctx.index.type_of(person) == "Person":
                self.add(person, "leads", orgs[0], "fused-title", CONF_NP, title, nominal=True)

    def _regional_fused_titles(self) -> None:
        """"Kapolres Cianjur AKBP X": the region after the title completes the body's short form ("Polres Cianjur"),
        which X leads when the document names it."""
        words = self.s.words
        for i, w in enumerate(words):
            body = self.lex.fused_regional.get(w.text.lower())
            if body is None or self._not_top(i):
                continue
            j = i + 1
            region: list[str] = []
            while j < len(words) and words[j].text[:1].isupper() and len(region) < 3 and (
                    not self.entity(words[j]) or self.ctx.index.type_of(self.entity(words[j])) != "Person"):
                if words[j].text.lower() in self.lex.name_title_words:
                    break  # a rank starts: "Kapolrestabes Surabaya Kombes Pol X"
                region.append(words[j].text)
                j += 1
            if not region:
                continue
            target = name_key(" ".join([body, *region]))
            self._holder_leads(w, j, lambda n, t=target: name_key(n) == t)

    def _ministries(self, field: str, short: tuple[str, ...]) -> list[str]:
        """The organisations of the document named as the ministry of a field ("Kementerian Perhubungan") or by a
        short form of its minister's title ("Kemenhub", "Dephub")."""
        out = []
        for label, ent in sorted(self.ctx.index.entities.items()):
            if ent.type != "Organization" and not weak_person(ent):  # (the NER tags "Kemedes" a person)
                continue
            for name in (label, *ent.aliases):
                toks = name.lower().split()
                if (len(toks) > 1 and toks[0] in self.lex.ministry_words and toks[1] == field) or toks[0] in short:
                    out.append(label)
                    break
        return out

    def possessive_rule(self) -> None:
        """"partai X, Y" / "perusahaan X, Y": an organisation noun owned by a person and apposed to an
        organisation's name: the person leads it (read linearly, within a few words)."""
        words = self.s.words
        for i, w in enumerate(words):
            cue = self.lex.type_cues.get(w.text.lower())
            if cue != "Organization" or self.entity(w) is not None:
                continue
            if i > 0 and words[i - 1].text.lower() in self.lex.artist_works:
                continue  # "album studio kedua X, Y": a studio album, no studio X owns
            j = i + 1
            while j < len(words) and j <= i + 4 and self.entity(words[j]) is None and words[j].text[:1].islower():
                j += 1
            person = self.entity(words[j]) if j < len(words) else None
            if person is None or self.ctx.index.type_of(person) != "Person":
                continue
            j = self.past_mention(j + 1, person) - 1
            if j + 1 < len(words) and words[j].text == ",":
                org = self.entity(words[j + 1])
                if org and self.ctx.index.type_of(org) == "Organization":
                    self.add(person, "leads", org, "possessive-apposition", CONF_NP - 0.1, w, nominal=True)

    def leadership_rule(self) -> None:
        """"Di bawah kepemimpinan X, kampus itu meraih …", "Klub Y juara di bawah kepemimpinan X": the person under
        whose leadership an organisation acts leads it (the subject of the clause the phrase is hung on)."""
        words = self.s.words
        for i, w in enumerate(words):
            if (w.text.lower() != "kepemimpinan" or i < 2 or words[i - 1].text.lower() != "bawah"
                    or words[i - 2].text.lower() != "di" or i + 1 >= len(words)):
                continue
            # the name right after, or the one the phrase names past a title ("kepemimpinan Gubernur X")
            named = [self.entity(words[i + 1])] + [x for c in self.s.children(w.id) if _base(c.deprel) == "nmod"
                                                   for x in self.resolve(c, frozenset({"Person"}))]
            person = next((x for x in named if x is not None and self.ctx.index.type_of(x) == "Person"), None)
            if person is None:
                continue
            verb = words[i - 1]  # up from "bawah" to the verb of its clause
            while verb.head and verb.upos != "VERB":
                verb = self.s.word(verb.head)
            if verb.upos != "VERB" or verb.id == words[i - 1].id:
                continue
            orgs, _ = self.subject_of(verb, frozenset({"Organization"}))
            for org in orgs:
                if org != person and self.ctx.index.type_of(org) == "Organization":
                    self.add(person, "leads", org, "under-leadership", CONF_NP - 0.1, w, nominal=True)

    def _region_after_short_form(self, end: int) -> bool:
        """True when a short form in brackets after an organisation's name is followed by a region of the home country
        ("Badan Pengawas Pemilu (Bawaslu) Jawa Barat", "(BNN) Provinsi Bali"): ``end`` is the index of the word after
        the name."""
        words = self.s.words
        if end + 3 >= len(words) or words[end].text != "(" or words[end + 2].text != ")":
            return False
        k = end + 3
        if words[k].text.lower() in self.lex.region_nouns:
            k += 1
        return any(k + n <= len(words) and " ".join(w.text for w in words[k:k + n]).casefold() in self.lex.regions
                   for n in (1, 2, 3))

    def _regional_branch(self, label: str, end: int) -> bool:
        """True when the organisation after a title is a party's regional branch: its name ends in a region of the
        home country ("DPD Partai X Bali", "Partai X Kabupaten Y") or a region follows it ("PAN Sulawesi Selatan"),
        and the rest names a party or a board ("Partai …", "DPD …"; a party's short form resolves to its "Partai …"
        name)."""
        words = label.split()
        nxt = self.entity(self.s.words[end]) if end < len(self.s.words) else None
        # "DPD" + "Nasdem Sumenep": the NER may have cut the branch's name in two
        names = [words] + ([words + nxt.split()] if nxt is not None and nxt != label else [])
        rest = None
        for name in names:
            for n in (3, 2, 1):
                if len(name) > n and " ".join(name[-n:]).casefold() in self.lex.regions:
                    rest = name[:-n]
                    break
            if rest:
                break
        if not rest:
            return False
        if rest[-1].lower() in self.lex.region_nouns and len(rest) > 1:
            rest = rest[:-1]
        first = rest[0].lower()
        # ("PAN Sulawesi Selatan": a party's short form the gazetteer knows)
        return (first == "partai" or first in self.lex.org_unit_prefixes
                or tuple(w.lower() for w in rest) in self.lex.parties)

    def _not_top(self, i: int) -> bool:
        """True when the title at word index ``i`` (0-based) is a deputy's or a stand-in's: "Wakil Ketua", "Pelaksana
        Harian Ketua" (on the surface tokens: the tokenizer may split "kampanye" into "kampa" + "nye")."""
        words = self.s.words
        before = [self.surface(w).lower() for w in words[max(0, i - 2):i]]
        return bool(before) and (before[-1] in self.lex.not_top or " ".join(before) in self.lex.not_top)

    def _named_before(self, word: Word) -> frozenset[str]:
        """The entities named in this sentence before ``word``."""
        return frozenset(x for x in (self.entity(w) for w in self.s.words[:word.id - 1]) if x is not None)

    def _person_after(self, j: int) -> list[str]:
        """The person named right after an organisation's name, past a comma, brackets and ranks
        ("Direktur Utama X (Tbk) Y", "Kepala X Jenderal (Purn) Y", "CEO X, Y")."""
        words = self.s.words
        depth, steps = 0, 0
        while j < len(words) and steps < 10:
            w = words[j]
            label = self.entity(w)
            low = w.text.lower()
            if depth == 0 and low in ("di", "dari") and j + 2 < len(words) and self.entity(words[j + 1]) is not None:
                # "Ketua Fraksi PDIP di DPR, X", "Ketua Komisi III dari Fraksi Partai Demokrat, X": the body's seat or
                # its member's party, then the holder after a comma
                place = self.entity(words[j + 1])
                k = j + 1
                while k < len(words) and self.entity(words[k]) == place:
                    k += 1
                if k < len(words) and words[k].text == ",":
                    j, steps = k, steps + 1
                    continue
                return []
            if depth == 0 and low == "yang" and j + 1 < len(words) and words[j + 1].upos == "ADJ":
                j, steps = j + 2, steps + 2  # "Gubernur X yang baru, Y"
                continue
            if depth == 0 and low == "yang":
                k = j + 1
                while k < len(words) and words[k].text.lower() in self.lex.also_holding:
                    k += 1
                second = self._title_at(k) if k > j + 1 else None
                if second is not None:
                    # "Ketua DPR yang juga Ketua Umum Partai Golkar Setya Novanto": a second office named in a
                    # relative clause with no comma, its organisation, then the one holder of both
                    m = k + len(second.split())
                    other = self.entity(words[m]) if m < len(words) else None
                    if other is not None and self.ctx.index.type_of(other) != "Person":
                        m = self.past_mention(m + 1, other) - 1
                    return self._person_after(m)
                # "Bos X yang juga menjadi CEO Z, Y": a second office in a relative clause, then its holder
                comma = next((k for k in range(j + 1, min(len(words), j + 9)) if words[k].text == ","), None)
                if comma is not None and any(self.lex.title_at([x.text.lower() for x in words[k:k + 3]])
                                             for k in range(j + 1, comma)):
                    j, steps = comma, steps + 1
                    continue
                return []
            if depth == 0 and low == "periode":  # "Ketua KPK periode 2011-2015 X"
                j, steps = j + 1, steps + 1
                while j < len(words) and (words[j].upos == "NUM" or words[j].text in ("-", "–")):
                    j += 1
                continue
            if (depth == 0 and label is not None and j > 0 and words[j - 1].text == ")"
                    and self.ctx.index.type_of(label) == "Place"):
                # "Kepala Dinas Pendidikan (Disdik) Kota Bandung X": the region of a regional office, its short form
                # in brackets between, then the holder
                j = self.past_mention(j + 1, label)
                steps += 1
                continue
            if (depth == 0 and steps == 0 and label is not None and j > 0 and self.ctx.index.type_of(label) == "Place"
                    and self.ctx.index.type_of(self.entity(words[j - 1]) or "") == "Place"
                    and name_key(label) in self.lex.places
                    and name_key(label) not in name_key(self.entity(words[j - 1]) or "")):  # ("DKI Jakarta": one)
                # "Gubernur New Mexico AS Bill Richardson": the country of the region led, then the holder
                j = self.past_mention(j + 1, label)
                steps += 1
                continue
            if depth == 0 and label is not None and self._service_after_rank(label):
                # "… Laksamana Muda TNI Y": the bearer's service between the rank and the name
                j = self.past_mention(j + 1, label) - 1
                steps += 1
                continue
            if depth == 0 and label is not None:
                # "TITLE ORG NAME": the name is the title holder even when the NER typed it otherwise (not a place)
                ent = self.ctx.index.entities.get(label)
                ok = ent is not None and (ent.type == "Person" or (ent.type != "Place" and (
                    ent.type_source == "default" or (ent.type_source == "ner" and len(ent.label.split()) > 1))
                    and ent.label.lower() not in self.lex.org_name_ends))  # not "… Technologies Group"
                # "Direktur Utama PT X, Ferry Tanujaya": a two-word name the NER took for a place, set off by a
                # comma, is the holder when no gazetteer knows it as a place
                ok = ok or (ent is not None and ent.type == "Place" and ent.type_source == "ner" and j > 0
                            and words[j - 1].text == "," and len(ent.label.split()) > 1
                            and name_key(ent.label) not in self.lex.places)
                return [label] if ok else []
            if (depth == 0 and j > 0 and words[j - 1].text == ","
                    and any(tuple(x.text.lower() for x in words[j:j + len(t)]) == t for t in self.lex.name_titles)):
                return []  # "Direktur Utama X Budi, Menteri Y Ani …": a second office after the comma has its holder
            if w.text == "(":
                depth += 1
            elif w.text == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and w.text == "." and after_honorific(self.s, w.id + 1, self.lex):
                pass  # "Rektor X Prof. Y": the period the tokenizer cut off an honorific
            elif depth == 0 and w.text != "," and w.upos not in ("ADJ", "PROPN") and not any(
                    low == " ".join(t) for t in self.lex.name_titles) and low not in THEN and not (
                    low == "pada" and j + 1 < len(words) and words[j + 1].text.lower() in THEN):
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
        if (j > 1 and words[j].text.lower() in self.lex.office_joiners | {"dan"}
                and words[j - 1].text.lower() in self.lex.founder_words):
            j -= 2  # "Y, pendiri sekaligus CEO X", "Y, pendiri dan CEO X": the founder is also the holder
            if j > 1 and [w.text.lower() for w in words[j - 1:j + 1]] == ["salah", "satu"]:
                j -= 2
        elif j > 2 and words[j].text.lower() in self.lex.office_joiners:
            # "Y, Wakil Ketua DPR sekaligus Ketua Umum PKB": a second office apposed to the same name
            k = j - 1
            while k > 0 and j - k <= 8 and words[k].text != "," and words[k].upos not in ("VERB", "AUX"):
                k -= 1
            if words[k].text == "," and self.lex.type_cues.get(words[k + 1].text.lower()) == "Person" and not any(
                    self.ctx.index.type_of(self.entity(x) or "") == "Person" for x in words[k + 1:j]):
                j = k  # (not "…, Ketua DPRD Taufik sekaligus Kepala Bappeda Yudi": Taufik holds only the first)
        if j < 0 or not (words[j].text == "," or words[j].text.lower() in LINKS):
            return []
        if (j >= 3 and words[j].text == "," and words[j - 1].text.lower() in AGE_WORDS
                and words[j - 2].upos == "NUM" and words[j - 3].text == ","):
            j -= 3  # "Y, 56 tahun, pemimpin X": the age apposed between the name and the title
        while j >= 0 and i - j <= 7 and self.entity(words[j]) is None:  # "Y, yang kini menjabat sebagai Ketua X"
            if (words[j].text.lower() in PERSONAL_PRONOUNS and j + 1 < i
                    and words[j + 1].text.lower() in _BACK_LINKS):
                # "Ia (sebelumnya) merupakan Kepala X": the person "ia" points back to
                return [x for x in self.resolve(words[j], frozenset({"Person"}))
                        if self.ctx.index.type_of(x) == "Person"]
            if words[j].text != "," and words[j].text.lower() not in _BACK_LINKS:
                return []
            j -= 1
        label = self.entity(words[j]) if j >= 0 else None
        if label and self.ctx.index.type_of(label) == "Person":
            patient = self._appointed_by(j, label) if words[i - 1].text.lower() in ("menjadi", "sebagai") else None
            if patient is not None:  # "X dilantik (oleh) Presiden Y menjadi Ketua Z": X, not the agent Y
                return patient
            if words[i - 1].text == "," and self._titled(j, label):
                return []  # "Gubernur Jabar Y, Direktur Utama PT X …": Y holds the first office; the second is the
                # next person in a list
            return [label]
        return []

    def _appointed_by(self, j: int, label: str) -> list[str] | None:
        """When the person whose mention ends at word index ``j`` is the agent of the passive verb before it ("X
        dilantik (oleh) Presiden Y menjadi …"), the passive's subject (the one appointed); None when it is no agent."""
        words, person_t = self.s.words, frozenset({"Person"})
        k = self.mention_start(j + 1, label) - 2  # the index of the word before the mention
        while k >= 0 and (words[k].text.lower() == "oleh" or self.lex.title_at([words[k].text.lower()]) is not None):
            k -= 1  # past the agent's own title ("Presiden") and "oleh"
        verb = words[k] if k >= 0 else None
        if verb is None or verb.upos != "VERB" or not is_passive(verb) or label not in self.agent_of(verb, person_t):
            return None
        patient = self.patient_of(verb)
        return self.resolve(patient, person_t) if patient is not None else []

    def _titled(self, j: int, label: str) -> bool:
        """True when the mention of ``label`` ending at word index ``j`` follows a title, maybe with the title's
        organisation or place between ("Gubernur Jabar Y", "Direktur Utama PT X Y", "Menteri Y")."""
        words = self.s.words
        p = self.mention_start(j + 1, label) - 2  # the index of the word before the mention
        other = self.entity(words[p]) if p >= 0 else None
        if other is not None:
            p = self.mention_start(p + 1, other) - 2  # past the office's organisation or region
        for start in range(max(0, p - 2), p + 1):  # a title of one to three words ending right there
            title = self.lex.title_at([w.text.lower() for w in words[start:p + 1]])
            if title is not None and len(title.split()) == p - start + 1:
                return True
        return False
