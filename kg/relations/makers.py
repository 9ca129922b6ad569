"""Makers: "chatbot buatan X", "karya wartawan X", "penulis buku berjudul …", "X merupakan produk Y".
"""

from __future__ import annotations

from kg.entities import (
    COPULAS,
    DEMONSTRATIVES,
    QUOTES,
    developer_description,
    developer_noun_before,
    is_ordinal,
    year_bracket,
)
from kg.lexicon import CLITICS, known_word, roots_of, without_nya
from kg.records import Sentence, Word
from kg.relations.core import (
    CONF_NP,
    EXAMPLE_MARKS,
    LINKS,
    NAMING,
    PREPOSITION_MAKERS,
    Arguments,
    _base,
    case_of,
    is_passive,
    weak_person,
)

# English function words inside a title, never inside a person's name ("Working to the Death")
_TITLE_WORDS = frozenset({"to", "the", "of", "and", "in", "on", "for", "with", "from", "at", "by", "is", "my", "your"})
# records an artist puts out ("album ketiga Padi", "singel perdana X"): a possessor releases them
_RECORDS = frozenset({"album", "singel", "single", "ep", "lagu"})


class MakerRules(Arguments):
    """Who made a product or a work, from maker nouns and phrases."""

    def maker_rule(self) -> None:
        product_t = frozenset({"AIModel", "Product"})
        maker_t = frozenset({"Organization", "Person"})
        for w in self.s.words:
            case = case_of(self.s, w)
            cases = self.lex.maker_cases | self.lex.publisher_cases
            maker_word = w.text.lower() in cases
            # "Kedua buku itu karya X": the maker word as the clause's predicate, the work its subject
            subject = next((c for c in self.s.children(w.id) if c.deprel.startswith("nsubj")),
                           None) if maker_word and not w.head else None
            # (apposed too, set off by its comma: "Senandung Tanah Karo, garapan sutradara X, …")
            apposed = w.deprel == "appos" and w.id > 1 and self.s.word(w.id - 1).text == ","
            if subject is None and (not w.head or (_base(w.deprel) not in ("nmod", "obl", "acl", "amod")
                                                   and not (maker_word and (w.deprel in ("compound", "flat")
                                                                            or apposed)))):
                continue
            if case not in cases and w.text.lower() not in cases:
                continue
            published = case in self.lex.publisher_cases or w.text.lower() in self.lex.publisher_cases
            gov = subject if subject is not None else self.s.word(w.head)
            for _ in range(3):  # "mobil listrik perkotaan buatan X": up the noun's modifiers to the product noun
                if (self.lex.type_cues.get(gov.text.lower()) or self.entity(gov) is not None
                        or gov.deprel not in ("compound", "amod") or not gov.head or gov.upos not in ("NOUN", "ADJ")):
                    break
                gov = self.s.word(gov.head)
            work_noun = (self.lex.type_cues.get(gov.text.lower()) or self.lex.type_cues.get(gov.lemma.lower())) in (
                "AIModel", "Product") and self.entity(gov) is None
            products = [p for p in self._product_of(gov) if self.ctx.index.type_of(p) in product_t]
            if not products and work_noun and (w.text.lower() if maker_word else case) not in PREPOSITION_MAKERS:
                products = self._called_work(gov)  # (not "X adalah singel dari grup Y": whose single, not who made it)
            if not products and not work_noun:
                continue
            makers = [m for m in self.resolve(w, maker_t) if self.ctx.index.type_of(m) in maker_t]
            if (makers and w.id < len(self.s.words) and self.s.word(w.id + 1).text[:1].islower()
                    and all(self.ctx.index.type_of(m) != "Person" for m in makers)):
                # "karya wartawan Kompas JB Kristanto": the journalist named past his occupation, not his paper
                makers = [p for p in self._maker_past_descriptor(w.id + 1)
                          if self.ctx.index.type_of(p) == "Person"] or makers
            if not makers and w.id < len(self.s.words):  # "karya X" with X attached elsewhere: the name after it
                label = self.entity(self.s.word(w.id + 1))
                makers = [label] if label and self.ctx.index.type_of(label) in maker_t else []
            if not makers:
                makers = self._maker_past_descriptor(w.id + 1)
            if not products and makers:  # "film karya X, Y", "novel karya X berjudul Y": the work named after X
                products = self._work_after(makers[-1], apposed=work_noun)
            self._maker_claims(products, makers, published, w)
        self._linear_maker_rule(product_t, maker_t)

    def artist_release_rule(self) -> None:
        """"X adalah album ketiga Peterpan yang dirilis …", "album terbaru Lorde, X, yang dirilis …", "album X milik
        grup Y yang pertama kali dirilis …", "X adalah album ketiga Y. Album ini diluncurkan …" / "… Dirilis pada
        …": a release with no agent named, of a record the text makes an artist's, is the artist's release
        (dev/GUIDELINES: when the agent is only a possessor, the possessor releases). Records only: the director of
        "film terbaru X yang dirilis" does not put the film out."""
        spec = self.lex.relations.get("releases")
        if spec is None:
            return
        words = self.s.words
        for verb in words:
            if not is_passive(verb) or not set(roots_of(verb.text, verb.lemma)) & spec.roots:
                continue
            if any(case_of(self.s, c) == "oleh" for c in self.s.children(verb.id)):
                continue  # the agent is named: the verb rule's
            noun = next((w for w in reversed(words[max(0, verb.id - 15):verb.id - 1])
                         if w.text.lower() in _RECORDS), None)
            found = self._artist_work(self.s, noun, verb.id) if noun is not None else None
            subject = next((c for c in self.s.children(verb.id) if c.deprel.startswith("nsubj")), None)
            pointed = (subject is not None and subject.text.lower() in _RECORDS
                       and any(c.text.lower() in DEMONSTRATIVES for c in self.s.children(subject.id)))
            opening = verb.id == next((w.id for w in words if w.text[:1].isalpha()), 0)
            if found is None and (pointed or opening) and self.s.index > 0:
                # "Album ini diluncurkan …", "Dirilis pada …": the record the sentence before made an artist's
                before = self.doc.sentences[self.s.index - 1]
                noun = next((w for w in before.words if w.text.lower() in _RECORDS and (
                    not pointed or w.text.lower() == subject.text.lower())), None)
                found = self._artist_work(before, noun, len(before.words) + 1) if noun is not None else None
            if found is not None:
                self.add(found[0], "releases", found[1], "artist-release", CONF_NP - 0.1, verb)

    def _artist_work(self, s: Sentence, noun: Word, end: int) -> tuple[str, str] | None:
        """The artist and the work of a record noun in sentence ``s``, before word ``end``: the first name after the
        noun past its lower-case words, ordinals, "dari", "milik", "karya" and a nationality ("singel perdana dari
        grup idola Jepang X", "karya grup vokal asal Ambon, X"); the work is the name right after the noun ("album
        'X' milik grup Y"), the name apposed after the artist ("album terbaru Lorde, X") or the copula's subject
        opening the sentence ("X adalah nama album …")."""
        def at(i: int) -> str | None:
            ent = self.ctx.index.at(s.index, i) if 1 <= i <= len(s.words) else None
            return ent.label if ent else None

        def past(i: int, label: str | None) -> int:
            while i < end and label is not None and at(i) == label:
                i += 1
            return i

        k, artist, work = noun.id + 1, None, None
        if k < end and s.word(k).text in QUOTES:
            k += 1
        named = at(k)
        if named is not None and self.type_ok(named, frozenset({"Product"})) and self.ctx.index.type_of(
                named) not in ("Organization", "Person", "Place"):
            # "album 'X' milik grup musik Y": the record's own name, then whose it is
            k = past(k, named)
            k += 1 if k < end and s.word(k).text in QUOTES else 0
            if k >= end or s.word(k).text.lower() not in ("milik", "karya", "dari"):
                return None
            work = named
        while k < end and k - noun.id <= 9:
            label = at(k)
            ent = self.ctx.index.entities.get(label) if label is not None else None
            nxt = past(k, label)
            if ent is not None and ent.type == "Place" and (not weak_person(ent) or (nxt < end and (
                    at(nxt) is not None or s.word(nxt).text == ","))):
                k = nxt  # a nationality: "grup idola Jepang X", "asal Ambon, X" (not "grup musik Kelana yang …",
                k += 1 if k < end and s.word(k).text == "," else 0  # a one-word band the NER took for a place)
                continue
            if label is not None:
                artist = label
                break
            text = s.word(k).text
            if not (text.isalpha() and text.islower()) and not is_ordinal(text):
                return None
            k += 1
        if artist is None or not self.type_ok(artist, frozenset({"Organization", "Person"})):
            return None
        j = past(k, artist)
        if work is None and j + 1 < end and s.word(j).text == ",":
            work = at(j + 1)
        if work is None:
            start = 2 if s.words and s.word(1).text in QUOTES else 1
            first = at(start)
            after = past(start, first) if first else noun.id
            after += 1 if after < noun.id and s.word(after).text in QUOTES else 0
            work = first if first is not None and after < noun.id and s.word(after).text.lower() in COPULAS else None
        if work is None or work == artist or not self.type_ok(work, frozenset({"Product"})):
            return None
        return artist, work

    def possessed_work_rule(self) -> None:
        """"lewat bukunya berjudul X", "Dalam novelnya yang berjudul X, Y menggambarkan …", "menulis bukunya berjudul
        X": a work noun with a possessive names the possessor's work; the possessor is the subject of the clause the
        noun is in, a person (or a studio, for a film)."""
        person_t = frozenset({"Person"})
        for w in self.s.words:
            low = w.text.lower()
            clitic = any(c.text.lower() in CLITICS and c.id == w.id + 1 for c in self.s.children(w.id))
            bare = without_nya(low) if low.endswith("nya") else (low if clitic else "")
            titled = False  # "Sutradara X … lewat film Y": no possessive, but the subject is titled as the maker
            if not bare and low in self.lex.authored_works and {
                    c.text.lower() for c in self.s.children(w.id) if c.deprel == "case"} & {"lewat", "melalui"}:
                bare, titled = low, True
            if bare not in self.lex.authored_works or self.entity(w) is not None:
                continue
            title = self._work_named_after(w.id + (2 if clitic else 1))
            if title is None:
                continue
            verb = w
            while verb.head and verb.upos not in ("VERB", "AUX") and _base(verb.deprel) in ("obl", "nmod", "obj"):
                verb = self.s.word(verb.head)
            chain = [verb]
            while chain[-1].deprel == "xcomp" and chain[-1].head and len(chain) < 4:
                chain.append(self.s.word(chain[-1].head))  # "tampil sebentar dalam filmnya": the verb above
            if verb.upos not in ("VERB", "AUX") or any(set(roots_of(v.text, v.lemma)) & self.lex.acting_roots
                                                        for v in chain):
                continue  # "tampil dalam filmnya X": acting in someone's film, whose "-nya" is not the subject
            # the subject says something through the work ("lewat/dalam bukunya") or makes it ("menulis bukunya");
            # one who publishes, shows or buys it ("menerbitkan/membeli bukunya") did not write it
            # (every preposition on the noun: "di dalam bukunya")
            cases = {c.text.lower() for c in self.s.children(w.id) if c.deprel == "case"}
            writing = set(roots_of(verb.text, verb.lemma)) & self.lex.writing_roots
            if not cases & self.lex.authored_cases and not writing:
                continue
            # a person ("ia melakukan tudingan itu lewat bukunya": "ia" is no outlet), or a studio for its film
            kinds = frozenset({"Person", "Organization"}) if bare in self.lex.studio_works else person_t
            subj = next((c for c in self.s.children(verb.id) if c.deprel.startswith("nsubj")), None)
            kinds = person_t if subj is not None and subj.upos == "PRON" else kinds
            makers = [m for m in self.subject_of(verb, kinds)[0] if self.ctx.index.type_of(m) in kinds]
            if titled:
                makers = [m for m in makers if self._maker_titled(m)]
            for maker in makers[:1]:
                if maker != title:
                    self.add(title, "developedBy", maker, "possessed-work", CONF_NP - 0.05, w, nominal=True)

    def _maker_titled(self, label: str) -> bool:
        """True when a mention of ``label`` in this sentence follows a maker's title, within four words: "Sutradara X",
        "Sutradara kelahiran Taiwan, X"."""
        return any(self.s.word(k).text.lower() in self.lex.maker_titles
                   for start in self.mention_starts(label) for k in range(max(1, start - 4), start))

    def works_listed_rule(self) -> None:
        """"beberapa mahakarya X, yakni A, B, dan C": the works a maker noun lists after its maker's name are the
        maker's."""
        words = self.s.words
        for w in words:
            if w.text.lower() not in self.lex.authored_works or w.id >= len(words) or self.entity(w) is not None:
                continue  # (not "Karya" in "Budi Karya Sumadi")
            maker = self.entity(words[w.id])
            if maker is None or self.ctx.index.type_of(maker) not in ("Person", "Organization"):
                continue
            k = self.past_mention(w.id + 1, maker)  # the word after this mention of the maker
            comma = k <= len(words) and words[k - 1].text == ","
            k += comma  # (1-based k: the word that introduces the list)
            intro = [x.text.lower() for x in words[k - 1:k + 1]]
            if intro[:1] and intro[0] in NAMING and comma:
                size = 1  # ", yakni A, B dan C"
            elif intro in (["antara", "lain"], ["di", "antaranya"]):
                size = 2  # "Film-film karya X antara lain A, B, dan C"
            elif intro[:1] and (intro[0] in EXAMPLE_MARKS or intro[0] == "antaranya"):
                size = 1  # "karya X seperti A dan B"
            else:
                continue
            kinds = frozenset({"Product", "AIModel", "Person", "Organization", "Place"})
            for item in self.examples_from(k + size, kinds):
                ent = self.ctx.index.entities.get(item)
                if item != maker and ent is not None and (ent.type in ("Product", "AIModel")
                                                          or ent.type_source in ("default", "ner")):
                    self.add(item, "developedBy", maker, "works-listed", CONF_NP - 0.05, w, nominal=True)

    def _work_named_after(self, k: int) -> str | None:
        """The title written from word ``k`` on, past adjectives ("terbaru", "pertama"), "yang", a naming word, a comma
        or a quote: a name typed as a product."""
        words = self.s.words
        steps = 0
        while k <= len(words) and steps < 5 and (
                words[k - 1].upos == "ADJ" or words[k - 1].text in (",", *QUOTES)
                or words[k - 1].text.lower() in ("yang", *self.lex.naming_words)):
            k += 1
            steps += 1
        label = self.entity(words[k - 1]) if k <= len(words) else None
        return label if label is not None and self.ctx.index.type_of(label) in ("Product", "AIModel") else None

    def _work_after(self, maker: str, apposed: bool = False) -> list[str]:
        """The work named right after its maker's name: past a comma, a naming word or a quote ("film karya X, Y",
        "novel karya X berjudul \"Y\""), a product's name. With ``apposed`` (the phrase opens with a work noun: "Film
        garapan sutradara X, Y, …"), a name no cue typed, set off by commas, is the work's title."""
        words = self.s.words
        ids = self.ids_of(maker)
        if not ids:
            return []
        k = max(ids) + 1
        marked = titled = False
        while k <= len(words) and (words[k - 1].text in (",", *QUOTES)
                                   or words[k - 1].text.lower() in self.lex.naming_words):
            marked = True
            titled = titled or words[k - 1].text != ","  # "berjudul", a quote: a title follows
            k += 1
        label = self.entity(words[k - 1]) if k <= len(words) else None
        ent = self.ctx.index.entities.get(label) if label is not None else None
        if not marked or ent is None or label == maker:
            return []
        if ent.type in ("AIModel", "Product") or (titled and ent.type_source == "default"):
            return [label]
        end = self.past_mention(k, label)
        role_after = end < len(words) and words[end].text.lower() in ("selaku", "sebagai")
        if (apposed and ent.type_source == "default" and words[k - 2].text == ","
                and (end > len(words) or words[end - 1].text in (",", ".")) and not role_after
                and any(known_word(t) or t in _TITLE_WORDS for t in label.split())):
            # (not "Film garapan sutradara X, Mira Lesmana, selaku produser …": a person's name, no title)
            return [label]
        return []  # "film karya X, Kementerian Y menganjurkan …": a new clause's subject

    def _maker_past_descriptor(self, j: int) -> list[str]:
        """The person named after an occupation noun and its qualifiers, from word ``j`` on: "karya wartawan Kompas JB
        Kristanto", "karya pematung Italia Silvio Gazzaniga", "karya sutradara Austria, Michael Glawogger"; or the
        organisation apposed to a descriptor, after its comma: "garapan studio asal Yogyakarta, Kanjeng Games"."""
        words = self.s.words
        steps = 0
        while j <= len(words) and steps < 6:
            x = self.s.word(j)
            label = self.entity(x)
            if label is not None:
                kind = self.ctx.index.type_of(label)
                if kind == "Person":
                    return [label] if steps else []  # right after the maker noun: the caller's reading
                if kind == "Organization" and steps and words[j - 2].text == ",":
                    return [label]  # "garapan studio asal Yogyakarta, Kanjeng Games": the descriptor's name
                if kind not in ("Place", "Organization"):
                    return []
                j = self.past_mention(j + 1, label) - 1
            elif not ((x.text[:1].islower() and x.upos in ("NOUN", "ADJ", "PROPN")) or (x.text == "," and steps)
                      or (x.text.lower() == "asal" and steps)):
                return []
            j += 1
            steps += 1
        return []

    def _maker_claims(self, products: list[str], makers: list[str], published: bool, w: Word) -> None:
        makers = makers + [x for m in makers for x in self._slashed(m) if x not in makers]
        for p in products:
            for m in makers:
                if published:  # "buku X terbitan Y": Y put X on the market
                    self.add(m, "releases", p, "publisher-phrase", CONF_NP, w, nominal=True)
                else:
                    self.add(p, "developedBy", m, "maker-phrase", CONF_NP, w, nominal=True)

    def _slashed(self, label: str) -> list[str]:
        """The organisations written after ``label`` with a slash ("produksi Disney / Pixar"): co-makers."""
        out = []
        for start in self.mention_starts(label):
            end = self.past_mention(start, label)
            if end < len(self.s.words) and self.s.word(end).text == "/":
                other = self.entity(self.s.word(end + 1))
                if other is not None and other != label and self.ctx.index.type_of(other) == "Organization":
                    out.append(other)
        return out

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
            if b > 1 and self.s.word(b).text in QUOTES:  # "film 'X' garapan Y": past the title's closing quote
                b -= 1
            if b > 2 and self.s.word(b).text.lower() == "di" and self.s.word(b - 1).text.lower() == "yang":
                b -= 2  # "sinetron X yang di produksi oleh Y": the passive's prefix written apart
            elif b > 1 and self.s.word(b).text.lower() == "hasil":
                b -= 1  # "film X hasil produksi Y"
            if b > 3 and year_bracket(self.s, b - 2) == b + 1:
                b -= 3  # "sinetron X (2008) produksi Y": the year it came out, between
            copula = b > 1 and self.s.word(b).text.lower() in COPULAS
            if copula:  # "X adalah karya Y", "X merupakan produk Y"
                b -= 1
            elif low in PREPOSITION_MAKERS:
                continue
            a = w.id + 1
            if a < len(self.s.words) and self.s.word(a).text.lower() == "oleh" and b < w.id - 1:
                a += 1  # "yang di produksi oleh Y"
            before, after = self.entity(self.s.word(b)), self.entity(self.s.word(a))
            if after is None:  # "film 'X' garapan sutradara Y": past the maker's occupation
                after = next(iter(self._maker_past_descriptor(a)), None)
            if before is None or after is None or before == after:
                continue
            if self.ctx.index.type_of(before) in product_t and self.ctx.index.type_of(after) in maker_t:
                self._maker_claims([before], [after], low in self.lex.publisher_cases, w)

    def _called_work(self, noun: Word) -> list[str]:
        """The name a copula calls a work ("X adalah lagu ciptaan Y", "X adalah novel karya Y"): the subject of the
        work noun's copula, when nothing but its capitals or the NER typed it (the copula says what it is)."""
        if not any(c.deprel == "cop" for c in self.s.children(noun.id)):
            return []
        return [x for c in self.s.children(noun.id) if c.deprel == "nsubj" and c.id < noun.id
                for x in [self.entity(c)] if x is not None and (
                    self.ctx.index.type_of(x) in ("AIModel", "Product")
                    or self.ctx.index.entities[x].type_source in ("default", "ner"))]

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
            if any(c.text.lower() in ("kedua", "dua") for c in self.s.children(word.id)):
                return self.last_n_before(word, frozenset({cue}), 2)  # "Kedua buku itu karya X": the last two
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

    def developer_rule(self) -> None:
        """"Anthropic, pengembang Claude", "Tools for Humanity, perusahaan pengembang Worldcoin", "Perplexity merupakan
        pengembang peramban Comet", "ByteDance dikenal sebagai pengembang chatbot Doubao", "pengembang CatatDagang, PT
        Niaga Pintar Indonesia,", "investasinya di perusahaan pengembang Claude itu": a developer noun describing an
        organisation, and the work named after it → the work developedBy that organisation (the apposed name, the
        copula's subject, the name apposed after the work, or the one a definite description points back to)."""
        maker_t = frozenset({"Organization", "Person"})
        for label in sorted(self.ctx.index.named_in(self.s.index, "Product")
                            | self.ctx.index.named_in(self.s.index, "AIModel")):
            for first in self.mention_starts(label):
                last = self.past_mention(first, label) - 1
                kind = developer_description(self.s, first, last, self.lex)
                noun = self.s.word(developer_noun_before(self.s, first, self.lex)) if kind else None
                if noun is None:
                    continue
                maker = None
                if kind == "appos":  # ("X, pengembang Y", "X, perusahaan pengembang Y", "X, selaku produsen Y",
                    # "X, selaku perusahaan produsen Y"): the comma up to three words before the noun
                    comma = next((k for k in range(noun.id - 1, max(noun.id - 4, 1), -1)
                                  if self.s.word(k).text == ","), noun.id - 1)
                    maker = self.entity(self.s.word(comma - 1)) if comma > 1 else None
                elif kind == "predicate":
                    subj = next((c for c in self.s.children(noun.id) if c.deprel.startswith("nsubj")), None)
                    if subj is None and noun.head:
                        subj = self.subject_word(self.s.word(noun.head))
                    maker = next(iter(self.resolve(subj, maker_t)), None) if subj is not None else None
                elif kind == "named-after":
                    maker = self.entity(self.s.word(last + 2))
                elif kind == "definite":  # (the maker the text gave the work, if it did: "perusahaan pengembang X
                    # itu" after "X dikembangkan oleh Y")
                    maker = self.ctx.makers.get(label) or self.last_org_before(
                        noun, exclude=self.clause_subjects(noun, relatives=True))
                if maker is None or maker == label or self.ctx.index.type_of(maker) not in maker_t:
                    continue
                conf = CONF_NP - (0.1 if kind == "definite" else 0.0)
                self.add(label, "developedBy", maker, "developer-description", conf, noun, nominal=True)

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
