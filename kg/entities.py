"""Entity mentions from the parse, typed by cues, resolved into entities inside a document.

Pure functions over records:

* :func:`find_mentions` (Document → Mentions): proper-noun spans (PROPN words, capitalised words inside a sentence,
  NER spans when the parser ran NER) joined through the dependency tree (flat/flat:name/compound/nummod), trimmed of
  generic words (months, "AI", titles), split where a known place prefixes a name ("China Moonshot AI"), and linked to
  a parenthetical other name ("X (sebelumnya Twitter)").
  Robust to the real parser: titles and ranks glued to a name are cut out ("Direktur Utama X Y" → X, Y), a person
  name the NER marks inside a longer run is split off, "A dan B (AB)" with a matching acronym is one name, English
  connectors join a name ("Bank for International Cooperation"), pieces glued without a space join it ("Nusasat-2"),
  a quoted nickname after "sebagai"/"dijuluki" is no entity, and a word that is a name inside some sentence is a name
  at the start of another.
* :func:`type_mention`: the type from, strongest first, the place gazetteer, an apposed title ("CEO OpenAI, Sam
  Altman" → Person), a model/product cue noun ("model Llama 3"), an organisation noun opening the name ("Partai X"),
  a version-like name ("Kimi K2"; a bare number as in "Liga 2" is weaker), the NER tag (only spans wholly inside the
  name), an organisation cue ("perusahaan X"; a title right before: "Direktur X" → X's employer), else Organization
  by default.
* :func:`resolve_entities` (Mentions → Entities + an index from words to entities): one entity per name; a one-word
  name that is part of exactly one longer person name is that person ("Altman"), a name followed only by a version is
  that model ("Kimi" → "Kimi K2"), parenthetical names are aliases, headline-only names are dropped, "Partai X" and
  "X" are one name, and a company's later short form is its full name ("PT Samudra Pangan Nusantara Tbk … Samudra
  Pangan"; never a branch, a place or a person, nor a short form that fits two companies). Acronyms the document
  spells out as lower-case noun phrases ("penyertaan modal negara (PMN)") are no names. When the NER contradicts
  itself across mentions (PER here, LOC there), the name falls back to the default type so that cues and roles
  decide.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from kg.items import Entity, Mention, name_key
from kg.lexicon import (
    CLITICS,
    WEB_ADDRESS,
    Lexicon,
    known_word,
    knows_place,
    phrase_starts,
    plain_word,
    roots_of,
    stem,
    without_nya,
)
from kg.records import Document, Sentence, Word

NAME_DEPRELS = frozenset({"flat", "flat:name", "flat:foreign", "compound", "nummod", "goeswith", "fixed"})
_TERM = re.compile(r"^(?:19|20)\d\d[-–](?:19|20)\d\d$")  # a term of office, "1993-1997"
_VERSION = re.compile(r"^(?:[A-Za-z]{0,3}\d+(?:[.,]\d+)*[A-Za-z]{0,3}|[IVX]{1,4}|[A-Z]\d*|Pro|Max|Mini|Ultra|Turbo)$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
PATRONYMICS = frozenset({"bin", "binti", "ibn", "ibnu"})
INDEFINITES = frozenset({"sebuah", "suatu", "seorang"})  # "X, sebuah bank …": an apposed description follows
LEGAL_FORMS = frozenset({"pt", "cv", "pd", "ud", "pt.", "cv."})  # a company's name opens with them
# "Koalisi A, B, dan C": a coalition named by its members (kg.relations.nouns makes each pair partners)
COALITIONS = frozenset({"koalisi", "aliansi"})
# an ordinal or "latest" between a product noun and a name: the name is the owner ("album ketiga Padi")
_ORDINAL = re.compile(r"^(pertama|perdana|terbaru|teranyar|terakhir|ke-?\d+|ke(dua|tiga|empat|lima|enam|tujuh|delapan"
                      r"|sembilan|sepuluh|sebelas)|keduabelas)$")


def is_ordinal(text: str) -> bool:
    """True for an ordinal or a word of sequence ("ketiga", "ke-3", "perdana", "terbaru")."""
    return bool(_ORDINAL.match(text.lower()))


_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$")  # an ordinal up to XXXIX: "Komisi III", "Benediktus XVI"
_WEB_ADDRESS = re.compile(rf"^{WEB_ADDRESS}$")  # an outlet named by its site: "bisnis.com"
# a capital after a small letter inside one word: brand spelling ("GoTo", "SoftBank", "DeepSeek", "xAI"), never a
# person's name in Indonesian news (surname prefixes Mc, Mac, De, Di, La, Le aside)
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Za-z]*[a-z][A-Z][A-Za-z]*$")
_HAS_DIGIT_NAME = re.compile(r"^[A-Za-z]+[-]?\d+[A-Za-z0-9.]*$")
ALIAS_CUES = frozenset(
    {"sebelumnya", "dulu", "dahulu", "dulunya", "dahulunya", "bernama", "dikenal", "sebagai", "alias", "yang",
     "atau", "kini", "sekarang", "eks", "mantan", "disebut", "disingkat", "singkatan", "singkatnya"}
)
NER_TYPES = {
    "PERSON": "Person", "PER": "Person",
    "ORGANISATION": "Organization", "ORGANIZATION": "Organization", "ORG": "Organization",
    "PLACE": "Place", "LOC": "Place", "LOCATION": "Place", "GPE": "Place",
}
# strength of each kind of type evidence, strongest first
TYPE_RANK = {"gazetteer": 0, "cue:title": 1, "cue:name": 1, "cue:product": 2, "version": 3, "cue:employer": 3,
             "cue:field": 3,
             "cue:org": 4, "company": 4, "ner": 5, "world": 6, "role": 6,
             "default": 9}
QUOTES = "\"'‘’“”«»`"
QUOTE_MARKS = frozenset(QUOTES)
COPULAS = frozenset({"merupakan", "adalah", "ialah", "menjadi", "yakni", "yaitu"})
# the copulas that say what a name is ("X adalah album …"), not what it becomes or lists
DEFINING_COPULAS = frozenset({"merupakan", "adalah", "ialah"})
# quotation marks opening and closing a quoted title
OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
PRONOUNS = frozenset({"dia", "ia", "mereka", "beliau", "nya"})
PERSONAL_PRONOUNS = frozenset({"ia", "dia", "beliau"})  # he or she: a person (an organisation is "-nya", "mereka")
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})


def _rank(source: str) -> int:
    return TYPE_RANK.get(source.split(":")[0] if source.startswith("ner") else source, 9)


def is_headline(sentence: Sentence, doc: Document | None = None) -> bool:
    """Tell whether a sentence looks like a title-case headline rather than running text.

    sentence: the sentence.
    doc: its document, when known: a piece the segmenter cut out of a line in mid-sentence (the text before it on
        its line does not end in ".", "!", "?" or ":") is running text ("Liputan6.com, Jakarta - PT Bank X (Persero)
        Tbk atau BNI memperkenalkan …" cut after "(Persero)").
    RETURNS: True when it has no final full stop, at least 60% of its (two or more) alphabetic words are capitalised
    ("OpenAI Tunda Rilis Model AI", "Faktor Meta") and no verb is written in lower case: a headline capitalises its
    verbs, running text full of names does not ("Bank X (BX) didirikan di Purwokerto, Jawa Tengah oleh Raden Y",
    a paragraph's last sentence without its stop).
    """
    words = [w.text for w in sentence.words if any(c.isalpha() for c in w.text)]
    if len(words) < 2 or sentence.text.rstrip().endswith("."):
        return False
    if any(w.upos == "VERB" and w.text[:1].islower() and len(w.text) > 3 and w.text.isalpha() for w in sentence.words):
        return False
    if doc is not None:
        before = doc.text[doc.text.rfind("\n", 0, sentence.start) + 1:sentence.start].rstrip()
        if before and not before.endswith((".", "!", "?", ":")):
            return False
    caps = sum(1 for w in words[1:] if w[0].isupper())  # the first word is capitalised anyway
    return caps / (len(words) - 1) >= 0.6


def is_foreign(sentence: Sentence, lexicon: Lexicon) -> bool:
    """RETURNS True when a sentence has more English than Indonesian function words ("Leave a Reply"; see
    :meth:`kg.lexicon.Lexicon.is_english`)."""
    words = sentence.words

    def in_name(k: int) -> bool:  # "The Organization for Economic and Development": words of an English name
        cap = [0 <= j < len(words) and words[j].text[:1].isupper() for j in (k - 1, k + 1)]
        if words[k].text[:1].isupper():  # "The" opening a name (not "Leave a Reply": "a" joins no name)
            return cap[1] and k > 0
        if words[k].text not in lexicon.name_connectors:
            return False
        # past a second connector ("Lord of the Rings", "Working to the Death")
        j = k + 2 if k + 1 < len(words) and words[k + 1].text in lexicon.name_connectors else k + 1
        i = k - 2 if k > 1 and words[k - 1].text in lexicon.name_connectors else k - 1
        return all(0 <= x < len(words) and words[x].text[:1].isupper() for x in (i, j))

    en = sum(1 for k, w in enumerate(words) if lexicon.is_english(w.text) and not in_name(k))
    return en > 0 and en > sum(1 for w in words if w.text.lower() in lexicon.indonesian_words)


def dateline_place(sentence: Sentence, lexicon: Lexicon) -> tuple[int, ...]:
    """RETURNS the ids of the place words of a news dateline split off its story by :func:`kg.parse.split_dateline`
    ("Pontianak, Kompas": (1,); "Bisnis.com, JAKARTA": (3,); "Jakarta (ANTARA)": (1,)); () when the sentence is no
    dateline. The place of a dateline is a place, whatever the tagger says, and the outlet beside it an organisation
    (when it is not a weekday)."""
    if len(sentence.words) > 9 or sentence.text.rstrip().endswith((".", "!", "?")):  # a place and an outlet at most
        return ()
    ws = [w for w in sentence.words if w.upos != "PUNCT" or w.text in (",", "(", ")")]
    texts = [w.text for w in ws]

    def outlet(part: list[Word]) -> bool:
        return _is_outlet(" ".join(w.text.lower() for w in part), lexicon)

    place: list[Word] = []
    if texts.count(",") == 1 and 0 < texts.index(",") <= 4:
        head, tail = ws[:texts.index(",")], ws[texts.index(",") + 1:]
        place = head if outlet(tail) else tail if outlet(head) and len(tail) <= 4 else []
        if not place and name_key(" ".join(w.text for w in head)) in lexicon.places and 1 <= len(tail) <= 3 and all(
                w.text[:1].isupper() for w in tail):
            place = head  # a known place and an outlet the lexicon does not list ("Jakarta, CNBC Indonesia")
    elif "(" in texts and texts[-1] == ")" and 0 < texts.index("(") <= 4:
        # the outlet in brackets, perhaps with the wire agency it translates ("Seoul (ANTARA News/Yonhap)")
        inside = sentence.words[ws[texts.index("(")].id:ws[-1].id - 1]
        agency = next((k for k, w in enumerate(inside) if w.text == "/"), len(inside))
        place = ws[:texts.index("(")] if agency and outlet(inside[:agency]) else []
    return tuple(w.id for w in place) if place and all(w.text[:1].isupper() for w in place) else ()


def dateline_outlet(sentence: Sentence, lexicon: Lexicon) -> bool:
    """RETURNS whether a sentence is an outlet alone that :func:`kg.parse.split_dateline` split off its story
    ("KOMPAS.com", "Liputan6.com"): a dateline without a place."""
    if len(sentence.words) > 4 or sentence.text.rstrip().endswith((".", "!", "?")):
        return False
    return _is_outlet(" ".join(w.text.lower() for w in sentence.words if w.upos != "PUNCT" or w.text == "."),
                      lexicon, pieces=True)


def _is_outlet(name: str, lexicon: Lexicon, *, pieces: bool = False) -> bool:
    """Whether a lower-cased name is a news outlet of a dateline: listed, or a web address ("bisnis.com"; with
    ``pieces``, also as the tokenizer may split a sentence of its own: "kompas . com")."""
    return name in lexicon.dateline_words or bool(_WEB_ADDRESS.match(name.replace(" ", "") if pieces else name))


def _ner_label(tag: str | None) -> tuple[str, str] | None:
    """RETURNS (position, label) of a BIOES tag, e.g. ("B", "PERSON"); None for O or no tag."""
    if not tag or tag == "O" or "-" not in tag:
        return None
    pos, _, label = tag.partition("-")
    return pos, label


def _inside_org(word: Word) -> bool:
    """True for a word the NER puts inside or at the end of an organisation's name (I-ORG, E-ORG)."""
    tag = _ner_label(word.ner)
    return tag is not None and tag[0] in ("I", "E") and NER_TYPES.get(tag[1]) == "Organization"


def _tagged_person(word: Word) -> bool:
    """True when the NER tags the word as part of a person's name."""
    return (_ner_label(word.ner) or ("", ""))[1] in ("PER", "PERSON")


_INITIAL = re.compile(r"^[A-Z]\.$")  # "M." in "M. Arif Wibowo"
_INITIALS = re.compile(r"[A-Z](\.[A-Z])+")  # "D.W" of "D.W.", its last stop cut off by the tokenizer


def _reduplicated(sentence: Sentence, lexicon: Lexicon) -> set[int]:
    """Ids of the words of reduplicated plurals ("Bank-Bank", "HP-HP" tokenized "HP-" + "HP"): common nouns, not
    names, however they are capitalised; not a place's name ("Bau-Bau", "Bora-Bora")."""
    out: set[int] = set()
    for w in sentence.words:
        base, _, rest = w.text.partition("-")
        if name_key(w.text) in lexicon.places or (_ner_label(w.ner) or ("", ""))[0] == "S":
            continue
        if base and rest and base.lower() == rest.lower().split("-")[0]:
            out.add(w.id)
        elif w.text.endswith("-") and len(w.text) > 1 and w.id < len(sentence.words) and (
                sentence.word(w.id + 1).text.lower() == w.text[:-1].lower()):
            out.update({w.id, w.id + 1})
    return out


def _owned_relative(sentence: Sentence, word: Word) -> bool:
    """True for a person noun that says whose it is in a relative clause ("MDC, yang pemimpinnya, X"): the name it is
    apposed to owns the office, it does not hold it."""
    kids = sentence.children(word.id)
    return any(c.text.lower() == "yang" for c in kids) and (
        word.text.lower().endswith("nya") or any(c.text.lower() in CLITICS for c in kids))


def _per_name(text: str) -> bool:
    """True for a name the stemmer reads as "per-" on an "s" root with no suffix ("Persebaya" → per-se-baya,
    "Persela" → per-sela): football clubs' names ("Persatuan Sepak Bola …"); Indonesian forms "per-" nouns with "-an"
    ("Persatuan", "Perusahaan"), and its bare "per-" words ("percuma", "perkuat") open no such name."""
    low = text.lower()
    return low.startswith("pers") and not low.endswith(("an", "kan", "i"))


def _is_candidate(word: Word, first_alpha: int, listed: frozenset[str] = frozenset()) -> bool:
    text = word.text
    if not any(c.isalnum() for c in text) or word.upos in ("PUNCT", "SYM", "ADP", "CCONJ", "SCONJ", "PART"):
        return False
    if text.lower().endswith("-nya"):
        return False  # "CEO-nya", "Bos-nya": a noun with its possessive clitic left on, not a name
    if (text.lower().endswith("nya") and len(text) >= 7 and text[1:].islower()
            and known_word(text[:-3]) and stem(text[:-3]) == text[:-3].lower()):
        return False  # "Album Perdananya": a capitalised word and its clitic (not "Kenya", "Sonya": no such root)
    if re.fullmatch(r"ke-?\d+", text, re.I):
        return False  # "Presiden Amerika Serikat ke-45": an ordinal, not a model's version
    if word.upos == "PROPN":
        if word.id == first_alpha and _ner_label(word.ner) is None and text.isalpha() and stem(text) != text.lower() \
                and known_word(text) and not _per_name(text):
            return False  # a sentence-initial affixed Indonesian word the tagger took for a name ("Kehadiran X …")
        return any(c.isupper() or c.isdigit() for c in text)
    if text[:1].islower() and any(c.isupper() for c in text[1:]) and text.isalnum():
        return True  # "iPhone", "eBay": an inner capital is a name whatever the tagger says
    if (word.id == first_alpha and text[:1].isupper() and text.isalpha() and _ner_label(word.ner) is not None
            and not ((word.ner or "").startswith("S-") and known_word(text) and text.lower() not in listed)):
        # a sentence-initial capital the NER takes for a name ("Apple merilis …"), but not a lone Indonesian word
        # ("Algoritma tidak bisa …"), unless a gazetteer lists it ("Tempo", "Demokrat": ``listed``) or the document
        # names it elsewhere (``known``)
        return True
    if (word.id == first_alpha and text[:1].isupper() and text.isalpha() and len(text) >= 4
            and word.deprel.startswith("nsubj") and word.upos in ("NOUN", "PROPN", "X") and not known_word(text)):
        return True  # a sentence-initial subject that is no Indonesian word ("Paramount yang …")
    if word.id != first_alpha and text[:1].isupper() and (word.ner or "")[:2] in ("I-", "E-"):
        return True  # a capitalised word the NER puts inside a name ("Persatuan Bulu Tangkis Seluruh Indonesia")
    if word.id == first_alpha or (word.upos in ("VERB", "AUX", "ADV", "DET", "PRON") and word.id > 1
                                  and not any(c.isupper() for c in text[1:])):
        # a sentence-initial capital says nothing (nor does a capitalised verb: a sentence the tokenizer did not
        # split, "… . Dirilis pada …"), unless the word has inner capitals/digits
        return any(c.isupper() for c in text[1:]) or bool(_HAS_DIGIT_NAME.match(text))
    if _ner_label(word.ner) is not None and (text[0].isupper() or text[0].isdigit()):
        return True
    return text[0].isupper() and word.upos in ("NOUN", "X", "ADJ", "VERB", "NUM", "PRON", "DET", "ADV")


def _not_entity_prefix(sentence: Sentence, ids: list[int], lexicon: Lexicon) -> int:
    """RETURNS how many of a mention's first words (up to four) make a phrase the lexicon says is no name
    ("Pemegang Saham", "Luar Biasa", "Januari"), the longest first; 0 when none does."""
    for n in range(min(4, len(ids)), 0, -1):
        if name_key(" ".join(sentence.word(i).text for i in ids[:n])) in lexicon.not_entities:
            return n
    return 0


def _slashed_pair(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """True for either half of a slashed pair the lexicon says is no name, cut at the slash by the tokenizer ("AD" /
    "ART": a party's statutes)."""
    n, i = len(sentence.words), word.id
    pairs = []
    if i + 2 <= n and sentence.word(i + 1).text == "/":
        pairs.append(f"{word.text}/{sentence.word(i + 2).text}")
    if i > 2 and sentence.word(i - 1).text == "/":
        pairs.append(f"{sentence.word(i - 2).text}/{word.text}")
    return any(name_key(p) in lexicon.not_entities for p in pairs)


def _currency_prefix(sentence: Sentence, word: Word) -> bool:
    """True for the letters of a currency sign the tokenizer cut off ("US$ 280 juta", "S$", "HK$"): no name."""
    if word.id >= len(sentence.words):
        return False
    nxt = sentence.word(word.id + 1)
    return nxt.text.startswith("$") and nxt.start == word.end and word.text.isalpha() and len(word.text) <= 3


def _made_by_named(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """True for a capitalised word opening the sentence as the subject of a passive verb of making or releasing whose
    maker is named ("Telegram diciptakan oleh Pavel Durov", "Windows dirilis oleh Microsoft"): a work's name, though
    the dictionary knows the word (not "Rumah itu dibangun oleh X": a common noun, tagged so, with a determiner)."""
    if word.upos != "PROPN" or word.deprel != "nsubj:pass" or not word.head or not word.text[:1].isupper():
        return False
    verb = sentence.word(word.head)
    if not _made_passive(verb, lexicon):
        return False
    return any(c.deprel.startswith("obl") and c.text[:1].isupper() and any(
        g.deprel == "case" and g.text.lower() == "oleh" for g in sentence.children(c.id))
        for c in sentence.children(verb.id))


def _listed_subject(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """True for a one-word name a gazetteer lists opening the sentence as the subject of the verb right after it
    ("Antara melaporkan …", "Tempo menulis …"), though the NER tags nothing: not "Antara 2010 dan 2015, …"."""
    if not word.text[:1].isupper() or word.id >= len(sentence.words) or word.text.lower() not in lexicon.listed_names:
        return False
    nxt = sentence.word(word.id + 1)
    return nxt.upos == "VERB" and nxt.text[:1].islower()  # (parsed as a subject, or as a preposition: "Antara")


def _described_after(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """True for a capitalised word opening the sentence that no dictionary knows, set off by a comma before a noun
    phrase typing it ("Bukalapak, perusahaan e-commerce …", "Zalando, sebuah toko daring …"), whatever the tagger
    made of it (an unknown word opening a sentence is often tagged a verb)."""
    text = word.text
    if not (text[:1].isupper() and text.isalpha() and len(text) >= 4) or known_word(text):
        return False
    after = sentence.words[word.id:word.id + 3]  # the comma, then one or two words ("sebuah perusahaan")
    if len(after) < 2 or after[0].text != ",":
        return False
    return any(w.text.islower() and lexicon.type_cues.get(w.text) in ("Organization", "Product") for w in after[1:])


def _ends_as_company(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """True for an affixed Indonesian word opening a sentence whose next word, capitalised and joined to it, is a
    company's last word ("Berjaya Air adalah maskapai …"): the opening of the name, not a verb."""
    if word.id >= len(sentence.words):
        return False
    nxt = sentence.word(word.id + 1)
    ending = nxt.text == "Air" or (nxt.text[:1].isupper() and nxt.text.lower() in lexicon.org_name_ends)
    # ("Air" capitalised after a name: an airline)
    return word.upos == "PROPN" and ending and (nxt.head == word.id or word.head == nxt.id)


def _opens_office(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """True for a capitalised noun opening the sentence that opens an office's or a body's own name, before another
    capitalised word: "Komisi Pemberantasan Korupsi memeriksa …", "Persatuan Bulu Tangkis Seluruh Indonesia …" (a
    description such as "Perusahaan Google" is not one: "perusahaan" opens no names)."""
    low = word.text.lower()
    if not (word.text[:1].isupper() and word.text.isalpha()) or word.id >= len(sentence.words):
        return False
    nxt = sentence.word(word.id + 1)
    return ((low in lexicon.office_nouns or low in lexicon.org_name_starts) and nxt.text[:1].isupper()
            and nxt.text.isalpha() and nxt.upos in ("PROPN", "NOUN", "ADJ", "X"))


def _term_at(sentence: Sentence, i: int, chosen: set[int], lexicon: Lexicon) -> bool:
    """True where word ``i`` opens a term of office written "1993-1997" (which the tokenizer splits in three) after an
    office's name (``chosen``: the name words so far): a period ("Ketua X DPP Partai Golkar 1993-1997"), no version of
    it (but "Katalog Film Indonesia 1926-1995" is a title)."""
    if not (i + 2 <= len(sentence.words) and sentence.word(i + 1).text in ("-", "–")
            and _TERM.match("".join(sentence.word(k).text for k in (i, i + 1, i + 2)))):
        return False
    k = i - 1
    while k - 1 in chosen:
        k -= 1  # the first word of the name
    return any(sentence.word(x).text.lower() in lexicon.titles for x in range(max(1, k - 1), i))


def _is_version(word: Word) -> bool:
    return bool(_VERSION.match(word.text)) and word.upos not in ("PUNCT",)


def _components(sentence: Sentence, ids: Sequence[int]) -> list[list[int]]:
    """Split a run of adjacent candidate words into tree-connected groups."""
    members = set(ids)
    parent = {i: i for i in ids}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in ids:
        w = sentence.word(i)
        if w.head in members and w.deprel not in ("appos", "conj", "punct", "cc", "parataxis"):
            parent[find(i)] = find(w.head)
    groups: dict[int, list[int]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    # a group must be contiguous; split it where it is not
    out: list[list[int]] = []
    for g in groups.values():
        g.sort()
        cur = [g[0]]
        for i in g[1:]:
            if i == cur[-1] + 1:
                cur.append(i)
            else:
                out.append(cur)
                cur = [i]
        out.append(cur)
    out.sort()
    merged: list[list[int]] = []
    for g in out:  # "Snapdragon 8 Elite Gen 5", "Pixel 9 Pro Fold": an edition after a version number, hung elsewhere
        last = sentence.word(merged[-1][-1]) if merged else None
        if (last is not None and g[0] == last.id + 1 and any(c.isdigit() for c in last.text)
                and not re.fullmatch(r"\d{4}", last.text) and _is_version(last)  # not a year ("Desember 1799 VOC")
                and sentence.word(g[0]).text[:1].isupper()):
            merged[-1] = merged[-1] + g
        else:
            merged.append(g)
    return merged


ABBREVIATIONS = frozenset({"ltd", "inc", "co", "corp", "bhd", "pte", "jr", "sr", "tbk", "plc", "llc", "ag", "nv"})
# those written with a full stop of their own ("Pte. Ltd.", "Inc."); a stop after "Tbk", "AG" ends the sentence
DOTTED = frozenset({"ltd", "inc", "co", "corp", "bhd", "pte", "jr", "sr"})
_PERSON_SUFFIXES = frozenset({"jr", "sr"})  # "Martin Luther King, Jr.": a person's
_LEGAL_WORDS = frozenset({"corporation", "company", "limited", "incorporated"})  # legal forms written in full


def _span_text(doc: Document, sentence: Sentence, ids: Sequence[int]) -> tuple[str, int, int]:
    first, last = sentence.word(ids[0]), sentence.word(ids[-1])
    end = last.end
    if last.text.lower() in DOTTED and doc.text[end:end + 1] == ".":  # "Pte. Ltd." keeps its full stop
        end += 1
        last = replace(last, end=end)
    elif (len(last.text) > 2 and last.text.endswith(".") and last.text[:-1].isalnum()
          and last.text[:-1].lower() not in DOTTED and doc.text[end - 1:end] == "."):
        end -= 1  # "… Chiang Rai Phoenix FC. Pemain itu …": the tokenizer kept the sentence's stop on the word
        last = replace(last, end=end)
    text = doc.text[first.start:last.end] if doc.text else ""
    if not text or len(text) > 4 * sum(len(sentence.word(i).text) + 1 for i in ids):
        text = " ".join(sentence.word(i).text for i in ids)
    return " ".join(text.split()), first.start, last.end


def _head_of(sentence: Sentence, ids: Sequence[int]) -> int:
    members = set(ids)
    for i in ids:
        if sentence.word(i).head not in members:
            return i
    return ids[0]


def _mention_on(doc: Document, sentence: Sentence, ids: Sequence[int], headline: bool, **fields: object) -> Mention:
    """A new mention of the words ``ids``: their text, character span and head (and any other ``fields``)."""
    text, start, end = _span_text(doc, sentence, ids)
    return Mention(sentence=sentence.index, words=tuple(ids), head=_head_of(sentence, ids), text=text, start=start,
                   end=end, headline=headline, **fields)


def _respan(doc: Document, sentence: Sentence, mention: Mention, ids: Sequence[int], **changes: object) -> Mention:
    """The mention moved onto the words ``ids``: their text, character span and head (and any other ``changes``)."""
    text, start, end = _span_text(doc, sentence, ids)
    return replace(mention, words=tuple(ids), head=_head_of(sentence, ids), text=text, start=start, end=end, **changes)


def _company_prefix(sentence: Sentence, ids: Sequence[int], lexicon: Lexicon) -> int:
    """RETURNS how many leading words (two or more) of ``ids`` spell a well-known company's name, the longest such
    (0 if none); a hyphen the tokenizer cut off counts as written ("Paris Saint - Germain")."""
    return next((n for n in range(len(ids), 1, -1)
                 if " ".join(sentence.word(i).text for i in ids[:n]).replace(" - ", "-") in lexicon.companies), 0)


def _place_prefix(sentence: Sentence, ids: list[int], lexicon: Lexicon) -> int:
    """RETURNS how many leading words of ``ids`` form a known place name followed by more name (0 if none)."""
    if name_key(" ".join(sentence.word(i).text for i in ids)) in lexicon.places:
        return 0
    if _company_prefix(sentence, ids, lexicon):
        return 0  # "Indonesia AirAsia", "Paris Saint-Germain": a known company or club named after its home
    for k in range(min(3, len(ids) - 1), 0, -1):
        name = " ".join(sentence.word(i).text for i in ids[:k])
        if (name_key(name) in lexicon.places and sentence.word(ids[k]).text[:1].isupper()
                # not "Malaysia Airlines", "Jakarta Capital": a company's ending is no name of its own
                and not all(sentence.word(i).text.lower() in lexicon.org_name_ends for i in ids[k:])
                # nor "Semarang Jaya FC", "Bandung Raya Club": a club named by its place, Indonesian words and an
                # ending (no place before a name of its own)
                and not (sentence.word(ids[-1]).text.lower() in lexicon.org_name_ends
                         and all(sentence.word(i).text.lower() in lexicon.org_name_ends
                                 or plain_word(sentence.word(i).text) for i in ids[k:]))):
            return k
    return 0


def _party_at(sentence: Sentence, ids: Sequence[int], k: int, lexicon: Lexicon) -> bool:
    """True when the first ``k`` words of ``ids`` are a known party's or state institution's name; a one-word short
    name only as the gazetteer writes it ("PKB", "NasDem", "Kemlu"; not "Pan Gongsheng")."""
    if k == 1:
        return sentence.word(ids[0]).text in lexicon.body_short
    return tuple(sentence.word(i).text.lower() for i in ids[:k]) in lexicon.bodies


def _is_party(sentence: Sentence, ids: Sequence[int], k: int, lexicon: Lexicon) -> bool:
    """True when the first ``k`` words of ``ids`` are a party's name (parties.txt), not a state institution's."""
    if k == 1:
        return sentence.word(ids[0]).text in lexicon.party_short
    return tuple(sentence.word(i).text.lower() for i in ids[:k]) in lexicon.parties


def _person_rest(sentence: Sentence, ids: Sequence[int], lexicon: Lexicon) -> bool:
    """True when the words after a known body's name are a person's: the NER tags one of them a person, and none is
    an acronym or a place ("Kemlu Teuku Faizasyah"; not "DPR RI", "TNI AU", "KPU Sambas")."""
    words = [sentence.word(i) for i in ids]
    return any(_tagged_person(w) for w in words) and not any(
        (w.text.isupper() and len(w.text) > 1) or name_key(w.text) in lexicon.places
        or name_key(w.text) in lexicon.world_places for w in words)


def _unknown_name(sentence: Sentence, ids: Sequence[int], lexicon: Lexicon) -> bool:
    """True for two to four capitalised words after a title's known body that no dictionary, gazetteer or acronym
    explains: the holder's name, even where the NER ran the body's name on over it ("Mantan Ketua Dewan Perwakilan
    Rakyat Newt Gingrich"; not "DPR Aceh", "KPK Jilid", "TNI AU")."""
    words = [sentence.word(i) for i in ids]
    return 2 <= len(words) <= 4 and all(
        w.text.isalpha() and w.text[:1].isupper() and not w.text.isupper() and not known_word(w.text)
        and name_key(w.text) not in lexicon.places and name_key(w.text) not in lexicon.world_places
        and w.text.lower() not in lexicon.org_name_ends for w in words)


def _described_before(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """True when lower-case words right before word ``i`` describe an organisation ("perusahaan farmasi", "kantor
    berita"): the last is a common noun and one of the three before ``i`` is an organisation cue."""
    before = [sentence.word(k) for k in range(max(1, i - 3), i)]
    # (the noun may open the sentence, capitalised: "Pabrikan asal Jepang, Honda, …")
    lower = bool(before) and (before[-1].text.islower() or before[-1].id == _first_alpha(sentence))
    return lower and before[-1].upos == "NOUN" and any(
        lexicon.type_cues.get(w.text.lower()) == "Organization" or lexicon.type_cues.get(
            " ".join(x.text.lower() for x in before[j:j + 2])) == "Organization"
        for j, w in enumerate(before))


def _person_noun_before(sentence: Sentence, first: int, lexicon: Lexicon) -> bool:
    """True for a name after a lowercase noun for a person and a nationality ("pematung Italia Silvio Gazzaniga"):
    the name is that person's, whatever the NER says (it misses many foreign names)."""
    k = first - 1  # (no comma form: "Bagi atlet Indonesia, KONI …" closes a fronted clause)
    size = next((n for n in (3, 2, 1) if k - n >= 1 and name_key(
        " ".join(sentence.word(x).text for x in range(k - n + 1, k + 1))) in lexicon.places), 0)
    if not size:
        return False
    noun = sentence.word(k - size)
    if noun.text.lower() in lexicon.origin_cases and k - size > 1:
        noun = sentence.word(k - size - 1)  # "striker asal Nigeria Samuel Adeyemi"
    if noun.text.islower() and noun.upos == "NOUN" and "Person" in (
            lexicon.type_cues.get(noun.text.lower()), lexicon.type_cues.get(noun.lemma.lower())):
        return True
    # "Presiden Amerika Serikat Barack Obama", "Menteri Luar Negeri AS Condoleezza Rice": an office of a country or a
    # region, its place, then its holder (not "Direktur Asia Pasifik Google": a company's title, an employer after it)
    before = [sentence.word(x).text.lower() for x in range(max(1, k - size - 2), k - size + 1)]
    return any(" ".join(before[-n:]) in lexicon.place_titles or before[-n] in lexicon.minister_titles
               for n in range(1, len(before) + 1))


COORDINATORS = frozenset({"dan", "maupun", "serta", "atau"})
# a year or a span of years inside a name ("1926-2005"): no version number
_YEARS = re.compile(r"(1[5-9]|20)\d\d(\s*[-–/]\s*(1[5-9]|20)?\d\d)?")


def _place_then_place(sentence: Sentence, ids: list[int], lexicon: Lexicon) -> int:
    """RETURNS k when ``ids`` is a place followed by another place ("Washington AS": city, country; "New Mexico AS": a
    world place only with a gazetteer place after it), else 0."""
    for k in range(1, len(ids)):
        head = name_key(" ".join(sentence.word(i).text for i in ids[:k]))
        rest = name_key(" ".join(sentence.word(i).text for i in ids[k:]))
        if (head in lexicon.places or head in lexicon.world_places) and rest in lexicon.places:
            return k
    return 0


def find_mentions(doc: Document, lexicon: Lexicon) -> list[Mention]:
    """Find the names in a document.

    doc: the parsed document.
    lexicon: the lexicons (stop names, places, cues).
    RETURNS: the mentions in document order, each typed by its local cues (see :func:`type_mention`).
    """
    # a capitalised word that is a name inside some sentence is a name at the start of another one too
    known: set[str] = set()
    titled = {s.index for s in doc.sentences if is_headline(s, doc) or is_foreign(s, lexicon)}
    for sentence in doc.sentences:
        if sentence.index in titled:
            continue
        first_alpha = _first_alpha(sentence)
        openings = _openings(sentence)
        known.update(w.text for w in sentence.words if w.id not in openings
                     and _is_candidate(w, first_alpha, lexicon.listed_names) and w.text[:1].isupper()
                     and w.upos in ("PROPN", "NOUN", "X")
                     and w.text.lower() not in lexicon.not_entities | PRONOUNS | DEMONSTRATIVES)
    mentions: list[Mention] = []
    names_seen = frozenset(known)
    for sentence in doc.sentences:
        mentions.extend(_sentence_mentions(doc, sentence, lexicon, names_seen, sentence.index in titled))
    if not about_ai(doc, lexicon):  # "Boeing 737", "Galaxy S III", "model terbaru Avanza": products
        mentions = [replace(m, type="Product") if m.type == "AIModel" else m for m in mentions]
    mentions = _legal_suffixes(doc, mentions)
    mentions = _glued_prefixes(doc, mentions)
    mentions = _office_functions(doc, mentions, lexicon)
    mentions = _adjacent_persons(doc, mentions, lexicon)
    mentions = _degree_suffixes(doc, mentions, lexicon)
    mentions = _founders(doc, mentions, lexicon)
    mentions = _split_employer_runs(doc, mentions, lexicon)
    mentions = _company_short_forms(doc, mentions, lexicon)
    mentions = _compass_parts(doc, mentions, lexicon)
    common = _common_noun_acronyms(doc, lexicon)
    mentions = [m for m in mentions if m.text not in common]
    clubs = club_names(doc, mentions, lexicon)  # "Napoli (kandang)": a club, not the person the NER saw
    mentions = [replace(m, type="Organization", type_source="cue:org") if m.text in clubs and m.type_source == "ner"
                else m for m in mentions]
    mentions = _year_listed_works(doc, _coordinated_works(doc, sorted(mentions, key=lambda m: m.start)))
    mentions = _apposed_titles(doc, mentions, lexicon)
    mentions = _colon_titles(doc, mentions, lexicon)
    mentions = _known_runs(doc, mentions)
    home = _home_government(doc, mentions, lexicon)  # (where the story is set: "pemerintah India" names India)
    return sorted(_named_governments(doc, mentions, lexicon) + home, key=lambda m: m.start)


def _known_runs(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Two names side by side that the document writes elsewhere as one name are that name ("PT X mengumumkan mobil
    Kencana Mini EV. … Kencana Mini EV disebut akan bersaing …" with the tagger cutting "Kencana" off at the sentence
    start): joined, and typed as it is there."""
    whole = {name_key(m.text): m for m in mentions if len(m.words) > 1}
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.sentence == m.sentence and prev.words and m.words
                and m.words[0] == prev.words[-1] + 1):
            known = whole.get(name_key(doc.text[prev.start:m.end]))
            if known is not None and known.start != prev.start:
                out[-1] = replace(prev, words=(*prev.words, *m.words), text=doc.text[prev.start:m.end], end=m.end,
                                  type=known.type, type_source=known.type_source, alias_of=known.alias_of)
                continue
        out.append(m)
    return out


def _colon_titles(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A work's title with a subtitle after a colon ("film The Lord of the Rings: The Return of the King", "serial
    Power Rangers: Ninja Storm", "karyanya Lord of the Rings: …"): one work's title, when a work noun introduces it
    and the subtitle follows the colon at once."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.sentence == m.sentence and prev.words and m.words
                and m.words[0] == prev.words[-1] + 2):
            sentence = doc.sentences[m.sentence]
            colon = sentence.word(prev.words[-1] + 1)
            if colon.text == ":" and _work_noun_before(sentence, prev.words[0])[1] in (
                    lexicon.artist_works | lexicon.authored_works):
                out[-1] = replace(prev, words=(*prev.words, colon.id, *m.words), text=doc.text[prev.start:m.end],
                                  end=m.end, type="Product", type_source="cue:product")
                continue
        out.append(m)
    return out


def _apposed_to_work(sentence: Sentence, first: int, works: frozenset[str]) -> bool:
    """True for a name set off by a comma after a work noun and its lower-case words ("album ketiga mereka, X",
    "film terbarunya, X"): the work's title, whatever its first word suggests ("Kota …")."""
    if first < 3 or sentence.word(first - 1).text != ",":
        return False
    for k in range(first - 2, max(0, first - 6), -1):
        word = sentence.word(k)
        if without_nya(word.text) in works and word.text.islower():
            return True
        if not (word.text.isalpha() and word.text.islower()) and not is_ordinal(word.text):
            return False
    return False


def developer_noun_before(sentence: Sentence, first: int, lexicon: Lexicon) -> int:
    """RETURNS the id of the developer noun ("pengembang", "pembuat") right before the name at word ``first``, past
    lower-case work nouns ("pengembang peramban Comet"), else 0."""
    b = first - 1
    while b >= 1 and sentence.word(b).text.islower() and lexicon.type_cues.get(sentence.word(b).text) in (
            "Product", "AIModel"):
        b -= 1
    return b if b >= 1 and sentence.word(b).text.lower() in lexicon.developer_nouns else 0


def developer_description(sentence: Sentence, first: int, last: int, lexicon: Lexicon) -> str:
    """How a developer noun before the name at words ``first``..``last`` describes another organisation, making the
    name its work: "appos" ("Anthropic, pengembang Claude", "Tools for Humanity, perusahaan pengembang Worldcoin"),
    "predicate" ("X merupakan pengembang peramban Comet", "dikenal sebagai pengembang Doubao"), "named-after"
    ("pengembang CatatDagang, PT Niaga Pintar Indonesia,"), "definite" ("pengembang ChatGPT tersebut"), else ""
    ("pengembang HURD menyadari …": the developers themselves)."""
    b = developer_noun_before(sentence, first, lexicon)
    if not b:
        return ""
    producer = sentence.word(b).text.lower() in lexicon.producer_nouns
    if producer and b != first - 1:
        return ""  # "produsen ponsel Xiaomi": the phone maker, named
    p = b - 1
    if p >= 1 and lexicon.type_cues.get(sentence.word(p).text.lower()) == "Organization" and sentence.word(
            p).text.islower():
        p -= 1  # "perusahaan pengembang X", "startup pembuat X"
    before = sentence.word(p).text.lower() if p >= 1 else ""
    if before == "selaku" and p > 1 and sentence.word(p - 1).text == ",":
        p, before = p - 1, ","  # "PT X, selaku produsen Indomie, …": an apposition
    if before == "," and p > 1 and (sentence.word(p - 1).text == ")" or (
            sentence.word(p - 1).upos in ("PROPN", "NOUN", "X") and sentence.word(p - 1).text[:1].isupper())):
        return "appos"  # (not "Namun, pengembang X, …")
    if before in COPULAS or before in ("sebagai", "selaku"):
        return "predicate"
    if producer:
        return ""  # ("produsen Compal, Quanta dan Pegatron": a list of producers)
    after = sentence.word(last + 1).text.lower() if last < len(sentence.words) else ""
    if after in ("itu", "tersebut"):
        return "definite"
    if after == "," and last + 2 <= len(sentence.words) and sentence.word(last + 2).text[:1].isupper():
        return "named-after"
    return ""


# words that open a list of examples of the noun before them ("ponsel baru, seperti A dan B", "obligasi berupa X")
EXAMPLE_OPENERS = (("seperti",), ("termasuk",), ("antara", "lain"), ("yaitu",), ("yakni",), ("berupa",),
                    ("di", "antaranya"), ("di", "antara", "nya"), ("misalnya",))


def _listed_kind(sentence: Sentence, first: int, lexicon: Lexicon) -> str | None:
    """The type of the noun whose examples a list names, for a name in that list: "meluncurkan beberapa edisi
    terbatas, seperti \"Iron Cross\", \"Duke\"", "sejumlah novel, antara lain Laskar Pelangi dan Negeri 5 Menara",
    "obligasi negara berupa Surat Utang Negara" → Product; "sekelompok aktivis, di antaranya A dan B" → Person."""
    k = first - 1
    while k >= 1 and k > first - 30:  # back over the list's earlier items: names, commas, "dan", quotes
        w = sentence.word(k)
        if w.text in (",", "dan", "serta", "atau", *QUOTES) or w.text[:1].isupper() or w.text[:1].isdigit():
            k -= 1
            continue
        break
    texts = [sentence.word(i).text.lower() for i in range(max(1, k - 2), k + 1)]
    opener = next((o for o in EXAMPLE_OPENERS if tuple(texts[-len(o):]) == o), None)
    if opener is None:
        return None
    j = k - len(opener)
    if j >= 1 and sentence.word(j).text == ",":
        j -= 1
    steps, placed = 0, False
    while j >= 1 and steps < 4:  # the noun, past its lower-case modifiers ("edisi terbatas", "ponsel baru")
        low = sentence.word(j).text.lower()
        kind = "Product" if low in ("edisi", "varian") else lexicon.type_cues.get(low)  # ("edisi terbatas, seperti")
        if kind in ("Product", "Organization") and sentence.word(j).text.islower():
            return kind
        if (kind == "Person" and sentence.word(j).text.islower() and low not in lexicon.group_person_cues
                and sentence.word(first - 1).text.lower() in (",", "dan", "serta", opener[-1]) and not placed):
            return kind  # (an item of the list, not a name inside a title: "yaitu Menteri Agama X")
        if not sentence.word(j).text.islower() or sentence.word(j).upos == "ADP":
            return None  # ("warga dari berbagai desa, seperti A": the villages are listed, not the people)
        placed = placed or kind == "Place"
        j -= 1
        steps += 1
    return None


def _work_noun_before(sentence: Sentence, first: int) -> tuple[int, str]:
    """The id and text of the lower-case word right before word ``first`` (past a "-nya" clitic: "karyanya X"), where
    a work noun that introduces a title stands ("film X", "album X"); (0, "") where it is capitalised or missing."""
    k = first - 1
    if k > 1 and sentence.word(k).text.lower() == "nya":
        k -= 1
    text = sentence.word(k).text if k >= 1 else ""
    return (k, text) if text.islower() else (0, "")


def _named_governments(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A country's government written in lower case ("bekerja sama dengan pemerintah India"): one organisation,
    "pemerintah India", as "Pemerintah India" is (dev/GUIDELINES: governments are organisations), not the country.
    A home region's government ("pemerintah Jawa Barat") stays the region, "lembaga pemerintah X" a class of bodies."""
    word = lexicon.government[1]
    if not word:
        return mentions
    out = []
    for m in mentions:
        sentence = doc.sentences[m.sentence]
        first = m.words[0] if m.words else 0
        prev = sentence.word(first - 1) if first > 1 else None
        before = sentence.word(first - 2).text.lower() if first > 2 else ""
        key = name_key(m.text)
        if (prev is not None and prev.text == word and m.type == "Place" and key in lexicon.places
                and key not in lexicon.regions and before not in lexicon.government_not_after and not m.headline):
            m = replace(m, words=(prev.id, *m.words), text=doc.text[prev.start:m.end], start=prev.start,
                        type="Organization", type_source="cue:name")
        out.append(m)
    return out


def _company_short_forms(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """A registered company written later without its legal form ("PT Susu Alam Lestari … kata Presiden Direktur Susu
    Alam Lestari, Benny"): the same capitalised words, two or more (:func:`_company_core`), are the company however the
    NER and the splits after a title cut them ("Susu" | "Alam Lestari", "Borneo" a place + "Hijau Energi"); the
    entity step then joins them to the full name (:func:`_short_company_names`)."""
    cores: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        if m.text.split()[0].lower() in LEGAL_FORMS and m.type in ("Organization", None):
            core = tuple(_company_core(name_key(m.text), lexicon))
            if len(core) >= 2:
                cores.setdefault(core, m)
    if not cores:
        return mentions
    out = list(mentions)
    for sentence in doc.sentences:
        texts = [w.text for w in sentence.words]
        for core, full in cores.items():
            for k in range(len(texts) - len(core) + 1):
                run = texts[k:k + len(core)]
                if tuple(w.lower() for w in run) != core or not all(w[:1].isupper() for w in run):
                    continue
                ids = tuple(range(k + 1, k + len(core) + 1))
                covering = [m for m in out if m.sentence == sentence.index and set(m.words) & set(ids)]
                if any(not set(m.words) <= set(ids) for m in covering):
                    continue  # the full name itself, or a longer name around the words: left as found
                if len(covering) == 1 and covering[0].words == ids and covering[0].type == "Organization":
                    continue
                out = [m for m in out if m not in covering]
                out.append(_respan(doc, sentence, replace(full, sentence=sentence.index, alias_of=None), ids,
                                   type="Organization", type_source="cue:name", headline=False))
    return sorted(out, key=lambda m: m.start)


def _office_functions(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The function a title heads is no part of a name ("Kepala Keuangan X, Y": the head of finance of X): a mention
    made of it alone is dropped, one that starts with it loses it."""
    out = []
    for m in mentions:
        sentence = doc.sentences[m.sentence]
        word = sentence.word(m.words[0])
        if (word.id > 1 and word.text.lower() in lexicon.office_functions and word.text[:1].isupper()
                and (sentence.word(word.id - 1).text.lower() in lexicon.titles
                     or sentence.word(word.id - 1).text.lower() in lexicon.name_title_words)):  # "Direktur Niaga X"
            if len(m.words) == 1:
                continue
            m = _respan(doc, sentence, m, m.words[1:])
        out.append(m)
    return out


def _adjacent_persons(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Wali Kota Jayapura Benhor Tomi Mano": a person's name the NER tagged only in part ("Tomi Mano"), right after
    the part a title typed ("Benhor"), with nothing between, is one name."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.sentence, x.words[0])):
        prev = out[-1] if out else None
        if (prev is not None and prev.sentence == m.sentence and prev.type == m.type == "Person"
                and m.words[0] == prev.words[-1] + 1 and prev.alias_of is None and m.alias_of is None
                and prev.type_source == "cue:title" and m.type_source == "ner" and len(prev.words) == 1
                and prev.text.lower().rstrip(".") not in lexicon.honorifics):  # not "Teungku | Hasan Muhammad"
            sentence = doc.sentences[m.sentence]
            out[-1] = _respan(doc, sentence, prev, (*prev.words, *m.words))
            continue
        out.append(m)
    return out


_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,3}\.){1,3}(?:[A-Z][a-z]{0,3}\.?)?")  # "M.T.", "Sp.A.", "Ph.D."


def _degree_suffixes(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Prof. Dr. X, M.T., yang …", "Y, S.H., M.H.": an academic degree written after a person's name and a comma is
    no name of its own (the NER tags "M.T." a person)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        sentence = doc.sentences[m.sentence]
        if (len(m.words) == 1 and _DEGREE.fullmatch(m.text) and "." in m.text and m.words[0] > 2
                and m.text.lower().replace(".", "") in lexicon.degrees  # (not initials: "Budi Santoso, A.R., dan …")
                and sentence.word(m.words[0] - 1).text == "," and prev is not None
                and prev.sentence == m.sentence and prev.type == "Person"
                and all(sentence.word(k).text == ","
                        or sentence.word(k).text.lower().replace(".", "") in lexicon.degrees
                        for k in range(prev.words[-1] + 1, m.words[0]))):
            continue  # (the degree's bearer stays the mention before it)
        out.append(m)
    return out


def _founders(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"PT Sutrisno Makmur Tbk didirikan oleh Sutrisno", "pendirinya, Sutrisno": a name the NER calls a person, as the
    founder, is a person by that role (a family firm is named after its founder, who is no short form of it)."""
    out = []
    for m in mentions:
        sentence = doc.sentences[m.sentence]
        k = m.words[0] - 1
        while k >= 1 and sentence.word(k).text in (",", "oleh"):
            k -= 1
        founder = k >= 1 and k < m.words[0] - 1 and (
            sentence.word(k).text.lower() in lexicon.founder_words
            or without_nya(sentence.word(k).text.lower()) in lexicon.founder_words
            or (sentence.word(k).text.lower().startswith("didiri") and sentence.word(k + 1).text == "oleh"))
        if m.type == "Person" and m.type_source == "ner" and founder:
            m = replace(m, type_source="cue:title")
        out.append(m)
    return out


def _glued_prefixes(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """"detikINET", "eFishery": a lower-case word written without a space before a name (which the tokenizer split
    off) is part of it."""
    out = []
    for m in mentions:
        sentence = doc.sentences[m.sentence]
        first = m.words[0]
        if first > 1:
            prev, word = sentence.word(first - 1), sentence.word(first)
            if (prev.end == word.start and prev.start < word.start and prev.text.isalpha() and prev.text.islower()
                    and len(prev.text) <= 6 and stem(prev.text) == prev.text and word.text[:1].isupper()):
                # (not a verb run into the next word by a typo: "mendirikanHarian Merdeka")
                fields = {"type": "Organization", "type_source": "cue:name"} if m.type == "Place" else {}
                m = _respan(doc, sentence, m, (first - 1, *m.words), **fields)  # "detikSumut" is no region
        out.append(m)
    return out


def _legal_suffixes(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Join a company's legal form written after a comma to its name ("Hoshimura Foods Co., Ltd.", "X Holdings,
    Inc."): the NER and the grouping see ", Ltd." as a name of its own, often a person."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        sentence = doc.sentences[m.sentence]
        if (prev is not None and prev.sentence == m.sentence and m.words[0] == prev.words[-1] + 2
                and sentence.word(prev.words[-1] + 1).text == ","
                and all(sentence.word(i).text.lower().rstrip(".") in ABBREVIATIONS or sentence.word(i).text == "."
                        for i in m.words)
                and (prev.type in ("Organization", None) or prev.type == "Person" and not any(
                    sentence.word(i).text.lower().rstrip(".") in _PERSON_SUFFIXES for i in m.words))):
            ids = [*prev.words, prev.words[-1] + 1, *m.words]
            text, start, end = _span_text(doc, sentence, ids)
            # ("Speedway Motorsports, Inc.": a company whatever the NER called the name before its legal form)
            typed = {"type": "Organization", "type_source": "cue:name"} if prev.type == "Person" else {}
            out[-1] = replace(prev, words=ids, text=text, start=start, end=end, **typed)
            continue
        out.append(m)
    return out


def year_bracket(sentence: Sentence, opening: int) -> int:
    """RETURNS the id of the word after a bracketed year opening at word ``opening`` ("( 1974 )": the year a work
    came out), else 0."""
    if opening < 1 or opening + 2 > len(sentence.words):
        return 0
    texts = [sentence.word(i).text for i in range(opening, opening + 3)]
    return opening + 3 if texts[0] == "(" and texts[2] == ")" and _YEAR.match(texts[1]) else 0


def _year_listed_works(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """"film Ranjang Pengantin (1974), Kawin Lari (1975), November 1828 (1979), dan Ibunda (1986)": after a work
    its cue typed, written with its year, the titles listed each with its year are works too, whatever the NER
    made of them (a title is no person's name)."""
    spans: set[tuple[int, int]] = set()  # (sentence, word id) inside a listed title
    for m in mentions:
        if m.type != "Product" or m.type_source != "cue:product":
            continue
        sentence = doc.sentences[m.sentence]
        k = year_bracket(sentence, m.words[-1] + 1)
        while k:
            while k <= len(sentence.words) and sentence.word(k).text.lower() in COORDINATORS | {","}:
                k += 1
            start = k
            while k <= len(sentence.words) and sentence.word(k).text != "(" and k - start < 8 and (
                    sentence.word(k).text[:1].isupper() or sentence.word(k).text[:1].isdigit()
                    or (k > start and sentence.word(k).text.islower() and len(sentence.word(k).text) <= 4)):
                k += 1
            after = year_bracket(sentence, k) if k > start else 0
            if not after:
                break
            spans.update((m.sentence, i) for i in range(start, k))
            k = after
    if not spans:
        return mentions
    return [replace(m, type="Product", type_source="cue:product")
            if m.type != "Product" and m.type_source in ("default", "ner") and all(
                (m.sentence, i) in spans for i in m.words) else m for m in mentions]


# the short words a title of a work may hold in lower case ("Rumah di Bukit", "Kabar dari Utara")
_TITLE_WORDS = frozenset({"di", "dari", "ke", "yang", "dan", "untuk", "dengan", "pada", "tanpa", "dalam", "si", "sang",
                          "tak", "tidak", "tiada", "akan", "ini", "itu", "para", "sebuah", "bagi", "oleh"})


def _apposed_titles(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"Album kedua mereka, Rumah di Bukit, dirilis …", "film terbarunya, Kabar dari Utara (2011),": a title set off by
    commas after a work's noun, holding short words in lower case, is one name, a product (the capitalised words
    alone are cut apart by those words)."""
    out = list(mentions)
    for sentence in doc.sentences:
        words = sentence.words
        for w in words:
            if w.text.lower() not in lexicon.artist_works or not (w.text.islower() or w.id == 1):
                continue
            k = w.id + 1  # past the noun's modifiers ("kedua mereka", "debutnya", "terbaru")
            while k <= len(words) and k <= w.id + 3 and words[k - 1].text != "," and (
                    words[k - 1].text.islower() or words[k - 1].text.isdigit()):
                k += 1
            if k > len(words) or words[k - 1].text != ",":
                continue
            start = k + 1
            end = start
            while end <= len(words) and end - start < 8 and words[end - 1].text not in (",", "(", ".") and (
                    words[end - 1].text[:1].isupper() or words[end - 1].text in _TITLE_WORDS):
                end += 1
            ids = list(range(start, end))
            if (len(ids) < 3 or end > len(words) or words[end - 1].text not in (",", "(")
                    or not words[ids[-1] - 1].text[:1].isupper()
                    or not any(words[i - 1].text in _TITLE_WORDS for i in ids)):
                continue
            inside = [m for m in out if m.sentence == sentence.index and set(m.words) <= set(ids)]
            if not inside or any(m.type == "Person" and m.type_source != "ner" for m in inside):
                continue
            title = _respan(doc, sentence, inside[0], ids, type="Product", type_source="cue:product")
            out = [m for m in out if m not in inside] + [title]
    return sorted(out, key=lambda m: m.start)


def _coordinated_works(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A name listed right after a work its cue typed is a work too ("film Pengabdi Setan dan Gundala", "novel A,
    B dan C"): the NER tags many titles as persons, and a name after "dan" has no cue of its own. Not a name the
    gazetteer knows, nor one whose own cue typed it."""
    out: list[Mention] = []
    by_end: dict[tuple[int, int], int] = {}
    for m in mentions:
        sentence = doc.sentences[m.sentence]
        j = m.words[0] - 1
        while j >= 2 and j >= m.words[0] - 4 and sentence.word(j).text.lower() in COORDINATORS | {","} | QUOTE_MARKS:
            j -= 1  # ", dan", and the quotation marks of quoted titles ('"A", "B" dan "C"')
        if m.words[0] - 1 - j > 2 and not any(sentence.word(i).text in QUOTE_MARKS for i in range(j + 1, m.words[0])):
            j = m.words[0] - 1  # (unquoted, at most two link words: no list)
        links = {sentence.word(i).text.lower() for i in range(j + 1, m.words[0])}
        after = m.words[-1] + 1
        if after < len(sentence.words) and sentence.word(after).text in CLOSING_QUOTES:
            after += 1  # '"B" dan …': past the title's closing quote
        nxt_word = sentence.word(after) if after <= len(sentence.words) else None
        nxt = nxt_word.text.lower() if nxt_word is not None else ""
        listed = bool(links & COORDINATORS) or nxt in COORDINATORS | {","}  # not "aplikasi X, Google menyediakan"
        before = by_end.get((m.sentence, j)) if j < m.words[0] - 1 and listed else None
        if (before is not None and out[before].type == "Product" and out[before].type_source == "cue:product"
                and m.type_source in ("default", "ner") and m.type != "Product"
                and not (m.type == "Person" and m.type_source == "ner" and len(m.words) > 1)  # "…, dan Shelly Peiken"
                and not (m.type == "Organization" and m.type_source == "ner")
                and not (nxt_word is not None and nxt_word.upos in ("VERB", "AUX")  # "film X dan Disney merilis …"
                         and not nxt_word.text.lower().startswith(("di", "ter")))):  # ("A dan B diterjemahkan")
            m = replace(m, type="Product", type_source="cue:product")
        by_end[(m.sentence, m.words[-1])] = len(out)
        out.append(m)
    return out


def _home_government(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Mentions of the home government by the bare noun ("mitra pemerintah", "ditandatangani pemerintah dan GAM"):
    Indonesian news means its own government by it, unless the story is set abroad (it names a foreign country and
    no place at home), a region's government is meant ("pemerintah daerah") or a class of bodies ("lembaga
    pemerintah")."""
    name, word = lexicon.government
    if not word:
        return []
    keys = {name_key(m.text) for m in mentions if m.type == "Place"}
    home = any(k in lexicon.regions or k in lexicon.government_home for k in keys)
    abroad = any(k in lexicon.places and k not in lexicon.regions and k not in lexicon.government_home for k in keys)
    if abroad and not home:
        return []
    taken = {(m.sentence, i) for m in mentions for i in m.words}
    out = []
    for sentence in doc.sentences:
        opening = _first_alpha(sentence)
        for w in sentence.words:
            if w.text.lower() != word or w.upos not in ("NOUN", "PROPN") or (
                    w.text != word and w.id != opening):  # "Pemerintah akan …" opens a sentence
                continue
            nxt = sentence.word(w.id + 1) if w.id < len(sentence.words) else None
            prev = sentence.word(w.id - 1) if w.id > 1 else None
            if nxt is not None and (nxt.text.lower() in lexicon.government_not_before or nxt.text[:1].isupper()):
                continue  # "pemerintah daerah", "pemerintah China" (a name of its own)
            if prev is not None and prev.text.lower() in lexicon.government_not_after:
                continue
            if (sentence.index, w.id) in taken:
                continue  # already part of a name ("Pemerintah Indonesia" written out)
            out.append(Mention(sentence=sentence.index, words=(w.id,), head=w.id, text=w.text, start=w.start,
                               end=w.end, type="Organization", type_source="cue:org", alias_of=name))
    return out


def club_names(doc: Document, mentions: Sequence[Mention], lexicon: Lexicon) -> set[str]:
    """The one-word names that only the NER typed (a person or a place) and that a football story uses as a club:
    after "melawan", "menjamu", "atas" or before "(kandang)" ("Napoli (kandang)", "menjamu Spurs"). Empty when the
    document is not about club football (two of its context words)."""
    hits = sum(len(phrase_starts([w.text.lower() for w in s.words], lexicon.football_context)) for s in doc.sentences)
    if hits < 2:
        return set()
    clubs: set[str] = set()
    for m in mentions:
        # one word; or up to three the NER called a person ("Borussia Dortmund", "Udinese Calcio")
        if m.type_source != "ner" or m.type == "Organization" or not (
                len(m.words) == 1 or (len(m.words) <= 3 and m.type == "Person")):
            continue
        sentence = doc.sentences[m.sentence]
        i = m.words[0]
        before = sentence.word(i - 1).text.lower() if i > 1 else ""
        two = " ".join(sentence.word(j).text.lower() for j in range(i - 2, i)) if i > 2 else ""
        last = m.words[-1]
        after = "".join(sentence.word(j).text.lower() for j in range(last + 1, min(len(sentence.words), last + 3) + 1))
        if before in lexicon.club_before or two in lexicon.club_before or any(
                after.startswith(a) for a in lexicon.club_after) or _transfer_club(sentence, m, lexicon):
            clubs.add(m.text)
    # "Borussia Dortmund … Dortmund": the short name of a club found so
    tails = {c.split()[-1] for c in clubs if len(c.split()) > 1}
    clubs |= {m.text for m in mentions if len(m.words) == 1 and m.type_source == "ner" and m.text in tails}
    return clubs


_TRANSFER_GAP = frozenset({"resmi", "juga", "akhirnya", "berhasil", "dikabarkan", "tengah", "sedang", "akan", "ingin",
                           "telah", "sudah", "kembali"})


def _transfer_club(sentence: Sentence, m: Mention, lexicon: Lexicon) -> bool:
    """A club by its part in a transfer ("Inter Castello mendatangkan gelandang X dari Sporting Braganza"): the name
    right before a verb of buying a player (past adverbs: "X resmi mendatangkan"), or after a "dari" that follows
    such a verb in the sentence and a player's name ("… gelandang X dari Y")."""
    k = m.words[-1] + 1
    while k <= len(sentence.words) and sentence.word(k).text.lower() in _TRANSFER_GAP:
        k += 1
    before = sentence.word(m.words[0] - 1).text.lower() if m.words[0] > 1 else ""
    if (k < len(sentence.words) and sentence.word(k).text.lower() in lexicon.club_buying
            and before not in lexicon.titles and lexicon.type_cues.get(before) != "Person"):
        # what is bought is a player: a player's noun or a person's name right after the verb (not "X membeli rumah",
        # not "Pelatih X mengincar kemenangan")
        bought = sentence.word(k + 1)
        return lexicon.type_cues.get(bought.text.lower()) == "Person" or _tagged_person(bought)
    i = m.words[0]
    if i < 3 or sentence.word(i - 1).text.lower() != "dari":
        return False
    verbs = [w.id for w in sentence.words[:i - 2] if w.text.lower() in lexicon.club_buying]
    return bool(verbs) and _tagged_person(sentence.word(i - 2))  # (the player named right before "dari")


def about_ai(doc: Document, lexicon: Lexicon) -> bool:
    """True when the document uses any word of artificial intelligence ("AI", "kecerdasan buatan", "chatbot")."""
    # ("AI" as written: "Ai Weiwei" is a name)
    return any(phrase_starts([w.text.lower() if w.text.lower() != "ai" or w.text == "AI" else "" for w in s.words],
                             lexicon.ai_context) for s in doc.sentences)


def _given_name(text: str, lexicon: Lexicon) -> bool:
    """True for a word the NER corpora know mostly as the first word of a person's name ("Andreas", "Rahmat")."""
    prior = lexicon.name_priors.get(text.lower())
    return prior is not None and prior[0] >= 2 and prior[0] > prior[1] + prior[2] + prior[3]


def _personal(sentence: Sentence, ids: Sequence[int], lexicon: Lexicon, *, ner_person: bool) -> bool:
    """True when the words can be a person's name: not an organisation's last word, and (unless the NER already
    called the run a person) at least one of them no Indonesian dictionary word ("Sundar Pichai", not "Syariah")."""
    texts = [sentence.word(i).text for i in ids]
    if texts[-1].lower() in lexicon.org_name_ends or not all(t[:1].isupper() for t in texts):
        return False
    given = len(texts) > 1 and _given_name(texts[0], lexicon)  # "Rahmat Purba": a given name the NER corpora know
    return ner_person or given or not all(known_word(t) for t in texts)


def _spelled_by_acronym(sentence: Sentence, word: Word) -> bool:
    """True for a capitalised dictionary word opening a run of capitalised words that a bracketed acronym right after
    the run spells out from this word on ("Dana Pensiun Guru Nusantara (DPGN) membeli …"): part of the name."""
    if not word.text[:1].isupper():
        return False
    k = word.id
    while k < len(sentence.words) and sentence.word(k + 1).text[:1].isupper():
        k += 1
    if k + 3 > len(sentence.words) or sentence.word(k + 1).text != "(" or sentence.word(k + 3).text != ")":
        return False
    acr = sentence.word(k + 2).text
    run = " ".join(sentence.word(i).text for i in range(word.id, k + 1))
    return acr.isupper() and k > word.id and abbreviates(acr, run)


def _common_noun_acronyms(doc: Document, lexicon: Lexicon) -> set[str]:
    """Acronyms the document spells out as a common noun phrase, all lower case ("penyertaan modal negara (PMN)",
    "usaha mikro, kecil, dan menengah (UMKM)"): no name, here or later in the document. A phrase opening with an
    organisation noun names a body, whatever its case ("perusahaan listrik negara (PLN)")."""
    out: set[str] = set()
    for sentence in doc.sentences:
        words = sentence.words
        for i, w in enumerate(words[2:-1], start=2):
            acr = words[i].text
            if not (words[i - 1].text == "(" and words[i + 1].text == ")" and acr.isupper() and acr.isalpha()
                    and 2 <= len(acr) <= 6):
                continue
            before = [x.text for x in words[max(0, i - 1 - 2 * len(acr)):i - 1]
                      if x.text not in (",", "dan", "&")]
            spelled = before[-len(acr):]
            if (len(spelled) == len(acr) and all(x[:1].islower() for x in spelled)
                    and "".join(x[0] for x in spelled) == acr.lower()
                    and lexicon.type_cues.get(spelled[0]) != "Organization" and spelled[0] not in lexicon.office_nouns):
                out.add(acr)
    return out


def _compass_parts(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Give a place the capitalised compass word right after it ("Bupati Lampung Selatan Zainudin Hasan": the place is
    "Lampung Selatan", the person "Zainudin Hasan"), taking it from the name the NER began with it, if any."""
    out = sorted(mentions, key=lambda m: (m.sentence, m.words[0]))
    for i, m in enumerate(out):
        if m.type != "Place" or not m.words:
            continue
        sentence = doc.sentences[m.sentence]
        k = m.words[-1] + 1
        if k > len(sentence.words):
            continue
        word = sentence.word(k)
        if word.text.lower() not in lexicon.compass_words or not word.text[:1].isupper():
            continue
        if (word.ner or "O")[:2] in ("B-", "S-") and "PER" in (word.ner or ""):
            continue  # "Kapolda Bali Timur Santoso" with "Timur" a first name the NER marks
        owner = next((j for j, n in enumerate(out) if n.sentence == m.sentence and k in n.words), None)
        if owner is not None and out[owner].words[0] != k:
            continue  # inside another name
        out[i] = _respan(doc, sentence, m, (*m.words, k))
        if owner is not None:
            rest = out[owner].words[1:]
            if rest:
                out[owner] = _respan(doc, sentence, out[owner], rest)
            else:
                out[owner] = replace(out[owner], words=())
    return [m for m in out if m.words]


def _split_employer_runs(doc: Document, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Cut "CEO Google Sundar Pichai", "Bos Nvidia Jensen Huang" into the organisation and the person when the run
    after a title begins with a name the document also uses on its own for something that is not a person: the NER
    often tags the whole run as one person, and nothing inside one sentence tells "Google" from a first name."""
    alone = {m.text for m in mentions if m.type != "Person" and len(m.words) <= 3}
    # a one-word name the NER calls a person elsewhere still cuts off a run that leaves a full name whose surname
    # is also used alone ("Bos Nvidia Jensen Huang … meski Nvidia … ujar Huang"); not "Ketua X Benny K Harman …
    # Benny …", where the first name is how the person is called
    alone_person = {m.text for m in mentions if m.type == "Person" and len(m.words) == 1}
    out: list[Mention] = []
    for m in mentions:
        sentence = doc.sentences[m.sentence]
        before = [sentence.word(i).text.lower() for i in range(max(1, m.words[0] - 3), m.words[0])]
        # the title that ends right before the name ("Direktur Utama")
        title = lexicon.title_ending(before)
        board = next((b for b in lexicon.shared_boards if len(b) < len(before) and tuple(before[-len(b):]) == b), None)
        if title is None and board is not None:
            # "Ketua DPP | Hanura | Yuddy Chrisnandi": the title of a party's board, then the party
            title = lexicon.title_ending(before[:-len(board)])
        titled = title is not None

        def employer(k: int) -> bool:  # the first k words are an organisation the document names alone
            if _span_text(doc, sentence, m.words[:k])[0] in alone:
                return True
            # a company's title ("CEO", "bos") is followed by the company; other offices need the surname alone too
            company_title = title in lexicon.employer_titles
            return (k == 1 and len(m.words) >= 3 and sentence.word(m.words[0]).text in alone_person
                    and (company_title or sentence.word(m.words[-1]).text in alone_person))

        def place_rest(k: int) -> bool:  # "Ketua DPRD | Jawa Timur": the rest names a place, not the holder
            return knows_place(name_key(_span_text(doc, sentence, m.words[k:])[0]), lexicon)

        def org_rest(k: int) -> bool:  # "Ketua Fraksi | Partai X DPR": the rest opens an organisation's name ("Fraksi"
            # alone elsewhere is the same faction)
            return lexicon.type_cues.get(sentence.word(m.words[k]).text.lower()) == "Organization"

        cut = 0
        if titled and len(m.words) >= 2:
            cut = next((k for k in range(min(3, len(m.words) - 1), 0, -1)
                        if employer(k) and not place_rest(k) and not org_rest(k)
                        and _personal(sentence, m.words[k:], lexicon, ner_person=m.type == "Person")), 0)
        if not cut:
            out.append(m)
            continue
        for ids, etype, source in ((m.words[:cut], "Organization", "cue:employer"), (m.words[cut:], "Person",
                                                                                      "cue:title")):
            out.append(_respan(doc, sentence, m, ids, type=etype, type_source=source))
    return out


def _dictionary_word(text: str, known: frozenset[str]) -> bool:
    """True for a capitalised word that may be a common word written with a capital: all letters, not an acronym,
    not capitalised elsewhere in the document (``known``), in the dictionary and no given name."""
    return text.isalpha() and not text.isupper() and text not in known and known_word(text) and not _per_name(text)


def _common_opening(sentence: Sentence, first: int, lexicon: Lexicon, known: frozenset[str]) -> bool:
    """Tell whether a lone capitalised word opening a sentence is an Indonesian common word, not a name ("Emas kedua
    tim …", "Kantor pusatnya …", "Tim renang Indonesia …"): it is in the dictionary, is not capitalised elsewhere in
    the document nor in a gazetteer, and heads a lowercase modifier as a common noun does. "Intel mungkin menunda …"
    keeps Intel."""
    word = sentence.word(first)
    text = word.text
    pointed = first < len(sentence.words) and sentence.word(first + 1).text.lower() in DEMONSTRATIVES and (
        sentence.word(first + 1).head == first)
    # "Motor ini dirancang …": a dictionary noun pointed back at is a description, though the word is capitalised
    # inside a name elsewhere ("PT Kencana Motor")
    if not _dictionary_word(text, frozenset() if pointed else known):
        return False
    if name_key(text) in lexicon.places or text.lower() in lexicon.outlets or text in lexicon.companies:
        return False  # (a gazetteer's name: "Gojek bersaing dengan Grab", whatever the dictionary says of "gojek")
    # the word heads a common noun phrase: a lowercase modifier follows it ("Kantor pusatnya", "Emas kedua")
    nxt = sentence.word(first + 1) if first < len(sentence.words) else None
    if (nxt is not None and nxt.text[:1].islower() and nxt.text.isalpha() and word.deprel.startswith("nsubj")
            and word.head == nxt.id and nxt.upos == "VERB" and _ner_label(word.ner) is None
            and (nxt.text.lower() in COPULAS or not any(c.deprel == "obj" for c in sentence.children(nxt.id)))):
        # the untagged subject of an intransitive or copula verb right after it ("Premi tumbuh", "Mawar merupakan
        # komoditas"); not one that acts on something ("Mandiri mencatat laba", "Visa menaikkan biaya"): companies do
        return True
    if nxt is None or not nxt.text[:1].islower() or not nxt.text.isalpha() or nxt.head != first or nxt.deprel not in (
            "compound", "amod", "nummod", "nmod", "nmod:poss", "det"):
        return False
    return True  # whatever the NER says ("Sidang" tagged a person): a name does not head "pembacaan putusan"


def _common_head(sentence: Sentence, first: int, lexicon: Lexicon, known: frozenset[str]) -> bool:
    """Tell whether a capitalised word opening a sentence is a common noun whose modifier is the name after it
    ("Saham Bank Mandiri dimiliki …", "Laba Astra naik"), though the NER put both in one name: a dictionary noun that
    types nothing, is no title, is not capitalised elsewhere in the document, and takes the next word as its
    nominal modifier. "Bank Mandiri", "Kota Bandung", "Presiden Jokowi" and "Rumah Husein" (a house named after its
    owner) open with cues, titles or named-after nouns and stay whole."""
    word, nxt = sentence.word(first), sentence.word(first + 1)
    text = word.text
    low = text.lower()
    # (the tagger calls some sentence-opening relation nouns names: "Kolaborasi Gojek dan Tokopedia …")
    # (not where the NER opens a name with it: "Koalisi Merah Putih")
    relation_noun = (word.upos == "PROPN" and _ner_label(word.ner) is None
                     and any(lexicon.relations_for_root(r) for r in roots_of(text, word.lemma)))
    if ((word.upos != "NOUN" and not relation_noun) or not _dictionary_word(text, known) or low in lexicon.type_cues
            or low in lexicon.name_title_words or low in lexicon.office_nouns or low in lexicon.named_after_words
            or text in lexicon.listed_names):
        return False
    links = ("nmod", "nmod:poss", "flat", "flat:name") if relation_noun else ("nmod", "nmod:poss")
    return nxt.head == first and nxt.deprel in links and nxt.text[:1].isupper()


def _openings(sentence: Sentence) -> set[int]:
    """RETURNS the ids of the words that open a sentence: the first word with a letter, and a word after a full stop
    inside the sentence (a sentence the tokenizer did not split: "… Jawa Pos. Kantor pusatnya …")."""
    return {_first_alpha(sentence)} | {w.id for w in sentence.words[1:]
                                       if sentence.word(w.id - 1).text in (".", "!", "?")}


def _office_ordinal(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """True for a Roman numeral numbering the office named right before it ("ketua I Dick Sudirman", "Wakil Ketua II
    X"): which of several chairs, no name of its own."""
    if word.id < len(sentence.words) and (word.text.lower(), sentence.word(word.id + 1).text.lower()) in (
            lexicon.person_openers):
        return False  # "pimpinan I Made Arnawa": a Balinese name's "I"
    return bool(_ROMAN.match(word.text)) and word.id > 1 and sentence.word(word.id - 1).text.lower() in lexicon.titles


def _first_alpha(sentence: Sentence) -> int:
    return next((w.id for w in sentence.words if any(c.isalpha() for c in w.text)), 0)


def _sentence_mentions(doc: Document, sentence: Sentence, lexicon: Lexicon, known: frozenset[str],
                       titled: bool) -> list[Mention]:
    """The mentions of one sentence; ``known``: names seen inside sentences; ``titled``: a headline or foreign text."""
    dateline = dateline_place(sentence, lexicon)
    headline = not dateline and titled
    first_alpha = _first_alpha(sentence)
    openings = _openings(sentence)
    cand = [w.id for w in sentence.words
            if (_is_candidate(w, first_alpha, lexicon.listed_names) or (w.id == first_alpha and (
                w.text in known or _opens_office(sentence, w, lexicon) or _listed_subject(sentence, w, lexicon)
                or _spelled_by_acronym(sentence, w) or _made_by_named(sentence, w, lexicon)
                or _described_after(sentence, w, lexicon) or _ends_as_company(sentence, w, lexicon))))
            and not _currency_prefix(sentence, w) and not _slashed_pair(sentence, w, lexicon)
            and not _office_ordinal(sentence, w, lexicon)]
    # a reduplicated plural opening a run ("Bank-Bank BUMN", "HP-HP ilegal"), not one inside a name
    # ("Perserikatan Bangsa-Bangsa")
    plural = _reduplicated(sentence, lexicon)
    opening: set[int] = set()
    for i in sorted(plural):
        if i - 1 not in cand or i - 1 in opening:
            opening.add(i)
    cand = [i for i in cand if i not in opening]
    # a legal form written in lower case closes the name before it ("Prudential plc")
    cand = sorted(set(cand) | {w.id for w in sentence.words if w.id - 1 in cand and w.text.isalpha()
                               and w.text in lexicon.lower_org_ends})
    # a function word written with a capital inside running text is part of the name before it ("Lin Dan",
    # "Yang Jiechi" after a given name): the conjunction "dan" is never capitalised mid-sentence
    glued: set[int] = set()
    if not headline:
        for w in sentence.words:
            if (w.id - 1 in cand and w.id not in openings and w.upos in ("CCONJ", "ADP", "SCONJ", "PRON", "PART")
                    and w.text[:1].isupper() and w.text[1:].islower() and w.text.isalpha()):
                cand.append(w.id)
                glued.update({w.id - 1, w.id})
        cand.sort()
    # a lone common word opening the sentence, or a sentence the tokenizer did not split ("… Jawa Pos. Kantor pusatnya")
    for i in openings & set(cand):
        if i + 1 not in cand and _common_opening(sentence, i, lexicon, known) and not _made_by_named(
                sentence, sentence.word(i), lexicon):
            cand.remove(i)
        elif i + 1 in cand and i in cand and _common_head(sentence, i, lexicon, known):
            cand.remove(i)
    if dateline:  # the place and the outlet, not the weekday
        cand = sorted(set(cand) | set(dateline) | {w.id for w in sentence.words if w.id > dateline[-1] and w.upos
                                                    != "PUNCT" and " ".join(w.text.lower().split()) in lexicon.outlets})
    # "Jasa Marga menunda …", "Gudang Garam mencatat …": a listed company's name opening the sentence, its first word
    # a dictionary word the tagger took for a common noun
    if first_alpha:
        texts = [w.text for w in sentence.words[first_alpha - 1:first_alpha + 3]]
        n = next((n for n in (4, 3, 2) if " ".join(texts[:n]) in lexicon.companies), 0)
        if n:
            cand = sorted(set(cand) | set(range(first_alpha, first_alpha + n)))
    # "Kementerian Perhubungan …", "Bank Permata …": an organisation noun opening the sentence opens the name
    if (first_alpha and first_alpha not in cand and first_alpha + 1 in cand
            and lexicon.type_cues.get(sentence.word(first_alpha).text.lower()) == "Organization"
            and sentence.word(first_alpha).text.lower() not in lexicon.premises):  # not "Markas Persib berada …"
        cand.insert(0, first_alpha)
    # "partai Buruh", "partai Liberal": a party noun in lower case right before a capitalised word opens its name
    # (not before a person's: "partai Schroeder" is the party he leads; nor a league's: "partai final Liga Champions"
    # is a match)
    cand = sorted(set(cand) | {
        w.id for w in sentence.words if w.text in lexicon.lower_name_starts and w.id + 1 in cand
        and sentence.word(w.id + 1).text[1:].islower() and sentence.word(w.id + 1).text.lower() not in lexicon.leagues
        and (_ner_label(sentence.word(w.id + 1).ner) or ("", ""))[1] not in ("PER", "PERSON")})
    # version continuations: "Llama 3", "Kimi K2"
    chosen = set(cand)
    for w in sentence.words:
        if w.id - 1 in chosen and w.id not in chosen and _is_version(w) and not _term_at(sentence, w.id, chosen,
                                                                                         lexicon):
            chosen.add(w.id)
    # lowercase connectors between two name words ("Bank for International Cooperation")
    joined: set[int] = set(glued)
    # a short capitalised title in quotes ("\"Pelangi\" merupakan album …"): a name, whatever its POS
    titles = _quoted_titles(sentence, lexicon.title_openers, lexicon.artist_works | lexicon.authored_works)
    works = [t for t in _unquoted_titles(sentence, lexicon) if not any(set(t) & set(q) for q in titles)]
    titles += works
    lead, work_lead = _lead_name(sentence, first_alpha, lexicon) if not headline else ([], False)
    if lead and not any(set(lead) & set(t) for t in titles):
        if work_lead:
            titles.append(lead)  # "Rumah di Ujung Senja adalah film …": one title, whatever its words
            works.append(lead)
        chosen.update(lead)
        joined.update(lead)
    for inner in titles:
        chosen.update(inner)
        joined.update(inner)
    for w in sentence.words:
        if (w.text in lexicon.name_connectors and w.id - 1 in chosen and w.id + 1 in chosen
                and w.id - 1 not in joined):
            joined.add(w.id)
        elif (w.text in lexicon.name_connectors and w.id - 1 in chosen and w.id + 2 in chosen
              and w.id - 1 not in joined and sentence.word(w.id + 1).text in lexicon.name_connectors):
            joined.update({w.id, w.id + 1})  # "Lord of the Rings", "Working to the Death": two in a row
        elif w.text == "dan" and w.id - 1 in chosen and w.id + 1 in chosen and _office_and(sentence, w.id, chosen,
                                                                                           lexicon):
            joined.add(w.id)
        elif w.text == "untuk" and w.id - 1 in chosen and w.id + 1 in chosen and _body_for(sentence, w.id, chosen,
                                                                                           lexicon):
            joined.add(w.id)
    joined |= _office_field_list(sentence, chosen, lexicon)
    for w in sentence.words:  # "PT Telkom Indonesia (Persero) Tbk", "PT X (Perseroda)": the legal form is in its name
        if (w.text == "(" and w.id - 1 in chosen and w.id + 2 <= len(sentence.words)
                and sentence.word(w.id + 1).text.lower() in ("persero", "perseroda", "perum", "perumda", "tbk")
                and sentence.word(w.id + 2).text == ")"):
            joined.update({w.id, w.id + 1, w.id + 2})
            if w.id + 3 <= len(sentence.words) and sentence.word(w.id + 3).text.lower() == "tbk":
                joined.add(w.id + 3)
    chosen |= joined
    # pieces glued to a name without white space ("Nusasat" "-" "2", "GO-" "MART"): one name
    ws = sentence.words
    for a, b in itertools.pairwise(ws):
        if a.id in chosen and b.id not in chosen and b.start == a.end and b.start != b.end:
            nxt = ws[b.id] if b.id < len(ws) else None  # "Nusasat-2", "X-VI"; not a range "Jakarta-Bandung"
            if (b.text == "-" and nxt is not None and nxt.start == b.end
                    and (nxt.text[:1].isdigit() or (nxt.text.isupper() and len(nxt.text) <= 3)
                         or nxt.text.lower() == a.text.lower())):  # "Undang-Undang": a reduplicated word
                chosen.update({b.id, b.id + 1})
                joined.update({b.id, b.id + 1})
            elif (a.text.endswith("-") and b.text[:1].isalnum()) or re.fullmatch(r"\.[a-z]{2,3}", b.text):
                chosen.add(b.id)  # "GO-" "MART"; "Bukalapak" ".com"
                joined.add(b.id)
            elif (b.text == "." and _INITIALS.fullmatch(a.text) and nxt is not None
                  and nxt.id in chosen and nxt.text[:1].isupper()):
                chosen.add(b.id)  # "Agus D.W. Martowardojo": the tokenizer took the initials' last stop for an end
                joined.add(b.id)
            elif _cut_word(sentence, b.id):
                # "McDonald's", "Where's My Water", "Christma" "s": a word the tokenizer cut in two
                pieces = {b.id, b.id + 1} if b.text in ("'", "’") and nxt is not None and nxt.start == b.end else {b.id}
                chosen.update(pieces)
                joined.update(pieces)
    # a name the NER marks as one span across punctuation ("Rumah ' s Makan")
    all_ids = [w.id for w in sentence.words]
    for first, last, _ in _ner_spans(sentence, all_ids):
        if last > first and first in chosen and last in chosen:
            span_inner = list(range(first + 1, last))
            if all(i in chosen or len(sentence.word(i).text) <= 2 for i in span_inner):
                joined.update(i for i in span_inner if i not in chosen)
                chosen.update(span_inner)
    runs: list[list[int]] = []
    for i in sorted(chosen):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[Mention] = []
    ner_pairs = {(i, i + 1) for first, last, _ in _ner_spans(sentence, all_ids) for i in range(first, last)}
    for run in runs:
        groups = [run] if set(run) & joined else _components(sentence, run)
        merged: list[list[int]] = []
        for g in groups:  # the NER marks one name across a tree split ("Rudi Hartono" attached to two heads)
            if merged and (merged[-1][-1], g[0]) in ner_pairs and merged[-1][-1] + 1 == g[0]:
                merged[-1] = merged[-1] + g
            else:
                merged.append(list(g))
        groups = merged
        for group in groups:
            work = next((t for t in works if set(t) <= set(group)), None)
            if work is not None:  # "Lagu Indonesia Pusaka karangan X": the work noun opening the run is no part of it
                for part in ([i for i in group if i < work[0]], [i for i in group if i > work[-1]]):
                    for piece in _split_group(sentence, part, lexicon) if part else []:
                        out.extend(_group_mentions(doc, sentence, piece, lexicon, headline))
                out.append(_mention_on(doc, sentence, work, headline, type="Product", type_source="cue:product"))
                continue
            if group in titles:  # a quoted title is one name, whatever names and title words it contains
                out.extend(_group_mentions(doc, sentence, group, lexicon, headline, literal=True))
                continue
            for piece in _split_group(sentence, group, lexicon):
                out.extend(_group_mentions(doc, sentence, piece, lexicon, headline))
    if dateline:  # "Jakarta (ANTARA)": an outlet in brackets, not another name
        return out
    out = _regional_office_names(sentence, _link_parenthetical_aliases(sentence, out, lexicon), lexicon)
    return _given_name_after_place(doc, sentence, _merge_acronym_coordination(doc, sentence, out, lexicon), lexicon)


def _given_name_after_place(doc: Document, sentence: Sentence, mentions: list[Mention],
                            lexicon: Lexicon) -> list[Mention]:
    """"Bawaslu Jawa Barat Zacky Muhammad", "Provinsi Bali Putu Gede Suastawa": a place run that swallowed the first
    name of the person right after it (the NER tags the rest a person) gives those words back to the person, when the
    place is known without them and they are no dictionary words (but Balinese birth-order names are)."""
    out = list(mentions)
    openers = {w for t in lexicon.person_openers for w in t}  # "Putu", "Made": Balinese names, dictionary words
    for k in range(len(out) - 1):
        place, person = out[k], out[k + 1]
        if (place.type != "Place" or person.type != "Person" or person.words[0] != place.words[-1] + 1
                or len(place.words) < 2):
            continue
        ids = list(place.words)
        cut = next((n for n in range(len(ids) - 1, 0, -1)
                    if name_key(_span_text(doc, sentence, ids[:n])[0]) in lexicon.places
                    or (n > 1 and sentence.word(ids[0]).text.lower() in lexicon.region_nouns
                        and name_key(_span_text(doc, sentence, ids[1:n])[0]) in lexicon.places)), 0)
        rest = ids[cut:] if cut else []
        if not rest or len(rest) > 2 or any(
                not sentence.word(i).text[:1].isupper() or name_key(sentence.word(i).text) in lexicon.places
                or (known_word(sentence.word(i).text) and sentence.word(i).text.lower() not in openers) for i in rest):
            continue
        out[k] = _respan(doc, sentence, place, ids[:cut])
        out[k + 1] = _respan(doc, sentence, person, [*rest, *person.words])
    return out


def _run_start(i: int, chosen: set[int]) -> int:
    """RETURNS the id of the first word of the run of chosen name words that ends right before word ``i`` (at most
    four words back)."""
    start = i - 1
    while start - 1 in chosen and i - start < 5:
        start -= 1
    return start


# a field's nominalisation the stemmer's dictionary may miss ("Pendayagunaan", "Penyeberangan"): pe(N)-/per-/ke- … -an
_NOMINALISATION = re.compile(r"^(?:Pe[mn]?|Peng|Peny|Per|Ke)[a-z]{4,}an$")


def is_nominalisation(text: str, *, fields: bool = True) -> bool:
    """True for a "pe-…-an" / "per-…-an" noun of an action ("Pembangunan", "pembangunan", "Perdagangan") or, unless
    ``fields`` is False, a "ke-…-an" noun of a field or a state ("Kesehatan", "kesepakatan"), in whatever case."""
    word = text[:1].upper() + text[1:].lower()
    return _NOMINALISATION.match(word) is not None and (fields or not word.startswith("Ke"))


def _field_word(word: Word, lexicon: Lexicon) -> bool:
    """True for a capitalised common word or a short acronym that can name a field of an office ("Koperasi", "UKM")."""
    text = word.text
    if not (text.isalpha() and text[:1].isupper()) or name_key(text) in lexicon.places:
        return False
    if text.isupper():
        return len(text) <= 5 and text.lower() in lexicon.field_acronyms
    return known_word(text) and lexicon.type_cues.get(text.lower()) in (None, "Product", "Place")


def _office_field_list(sentence: Sentence, chosen: set[int], lexicon: Lexicon) -> set[int]:
    """The commas and the "dan" of a government office's list of fields ("Dinas Perdagangan, Koperasi, dan UKM",
    "Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga"): an organisation noun, then fields of one to three capitalised
    common words separated by commas, the last one after "dan". A list of bodies ("Kementerian Keuangan, Bank
    Indonesia, dan OJK") names no fields: a body's noun or a name no dictionary knows ends it. The list's words are
    added to ``chosen`` (name words) in place; the separators are returned, to be joined."""
    words = sentence.words
    out: set[int] = set()
    for w in words:
        low = w.text.lower()
        if w.id not in chosen or w.id in out or not (
                low in lexicon.office_nouns or low in lexicon.field_list_nouns):
            continue
        k, links, items, closed = w.id + 1, [], 0, False
        while k <= len(words) and not closed:
            size = 0
            while size < 3 and k + size <= len(words) and _field_word(words[k + size - 1], lexicon):
                size += 1
            if not size:
                break
            items += 1
            k += size
            if k > len(words):
                break
            sep = words[k - 1].text
            if sep == "," and k + 1 <= len(words) and words[k].text == "dan":
                links += [k, k + 1]
                k += 2
                closed = True
            elif sep == "dan":
                links.append(k)
                k += 1
                closed = True
            elif sep == ",":
                links.append(k)
                k += 1
            else:
                break
        if not closed or items < 2 or not any(words[i - 1].text == "," for i in links):
            continue
        size = 0  # the field after "dan"
        while size < 3 and k + size <= len(words) and _field_word(words[k + size - 1], lexicon):
            size += 1
        if size:
            out.update(links)
            chosen.update(range(w.id, k + size))
    return out


def _office_and(sentence: Sentence, i: int, chosen: set[int], lexicon: Lexicon) -> bool:
    """True for the "dan" inside the name of a government office ("Dinas Pertambangan dan Energi", "Departemen
    Pendidikan dan Kebudayaan"): the run before it opens with an organisation noun within three words, and the word
    after it is a common Indonesian word, not a name or another organisation noun ("… dan Bank Indonesia",
    "… dan Bawaslu" are two bodies)."""
    start = _run_start(i, chosen)
    if start == _first_alpha(sentence) and start < i - 1 and sentence.word(start).upos in (
            "CCONJ", "SCONJ", "ADV", "ADP", "PART", "DET", "PRON"):
        start += 1  # "Sedangkan Kepala Otoritas …": a word capitalised only because it opens the sentence
    while start < i - 1 and sentence.word(start).text.lower() in lexicon.name_title_words:
        start += 1  # "Kepala Dinas …": the title before the name
    n = len(sentence.words)
    if any(tuple(sentence.word(k).text.lower() for k in range(start, i + size + 1)) in lexicon.bodies
           for size in (1, 2, 3) if i + size <= n):
        return True  # a listed body's name ("Bea dan Cukai")
    if i - start > 3:
        return False
    first = sentence.word(start).text.lower()
    nxt = sentence.word(i + 1).text
    if lexicon.type_cues.get(first) != "Organization" and first not in lexicon.office_nouns:
        return False
    if nxt.lower() in lexicon.field_acronyms:  # "Kementerian Hukum dan HAM"
        return True
    after = sentence.word(i + 2).text if i + 2 <= len(sentence.words) else ""
    if nxt.lower() in lexicon.second_body_openers and after[:1].isupper() and (
            not known_word(after) or after.isupper() or name_key(after) in lexicon.places):
        return False  # "Pemerintah Republik Indonesia dan Gerakan Aceh Merdeka": two bodies (not "Pusat Studi
        # Demokrasi dan Partai Politik", whose "Partai Politik" is a field)
    # a product noun there is a field too ("Badan Pengawas Obat dan Makanan")
    return (lexicon.type_cues.get(nxt.lower()) in (None, "Product", "AIModel") and nxt.isalpha() and not nxt.isupper()
            and (known_word(nxt) or _NOMINALISATION.match(nxt) is not None) and name_key(nxt) not in lexicon.places)


def _body_for(sentence: Sentence, i: int, chosen: set[int], lexicon: Lexicon) -> bool:
    """True for the "untuk" inside the name of an association or agency ("Asosiasi Modal Ventura untuk Startup
    Indonesia", "Komisi Nasional untuk Anak"): the run before it opens with an organisation noun within four words
    and a capitalised word follows ("… bekerja sama dengan Telkom untuk Jakarta" has no such opening)."""
    first = sentence.word(_run_start(i, chosen)).text.lower()
    return (lexicon.type_cues.get(first) == "Organization" and first not in lexicon.name_title_words
            and sentence.word(i + 1).text[:1].isupper())


def _work_predicate(words: Sequence[Word], k: int, works: frozenset[str]) -> bool:
    """True when the words from 0-based index ``k`` are a copula and then, within two words, a work noun
    ("merupakan album", "adalah sebuah film")."""
    return (k + 1 < len(words) and words[k].text.lower() in COPULAS
            and any(w.text.lower() in works for w in words[k + 1:k + 3]))


def _quoted_titles(sentence: Sentence, naming: frozenset[str] = frozenset(),
                   works: frozenset[str] = frozenset()) -> list[list[int]]:
    """RETURNS the word ids of each run of one to four capitalised words enclosed in quotation marks; after a naming
    word ("buku berjudul \"50 Alasan Mengapa Anwar Tak Bisa Menjadi Perdana Menteri\"") or a work noun ("film
    \"Perempuan dari Selatan\"") a quoted title may be up to twelve words of any case, as long as it opens with a
    capital or a digit."""
    out: list[list[int]] = []
    words = sentence.words
    i = 0
    named_close = -9  # index of the closing quote of the last title a naming or work word introduced
    while i < len(words):
        if words[i].text in OPENING_QUOTES:
            # (the work noun may come with a lower-case genre or kind before the quote: 'film horor "X"')
            named = i > 0 and (words[i - 1].text.lower() in naming or (
                i > 1 and words[i - 1].text.isalpha() and words[i - 1].text.islower()
                and words[i - 2].text.lower() in naming))
            # 'singel "A", "B" dan "C"': the titles listed after the first are titles as well
            named = named or (1 < i - named_close <= 3 and all(
                w.text.lower() in COORDINATORS | {","} for w in words[named_close + 1:i]))
            limit = 13 if named else 5
            j = i + 1
            while j < len(words) and j - i <= limit and words[j].text not in CLOSING_QUOTES:
                j += 1
            inner = words[i + 1:j]
            closed = j < len(words) and words[j].text in CLOSING_QUOTES
            if closed and named and 1 <= len(inner) <= 12 and inner[0].text[:1].isalnum() and (
                    inner[0].text[:1].isupper() or inner[0].text[:1].isdigit()):
                out.append([w.id for w in inner])
                i = named_close = j
            elif (closed and 1 <= len(inner) <= 4
                    and all(w.text[:1].isupper() or not w.text[:1].isalpha() for w in inner)
                    and any(w.text[:1].isalpha() for w in inner)):
                out.append([w.id for w in inner])
                i = j
            elif (closed and 3 <= len(inner) <= 6 and works and inner[0].text[:1].isupper()
                    and inner[-1].text[:1].isupper() and all(
                        w.text[:1].isupper() or w.text.lower() in _TITLE_INNER for w in inner)
                    and _work_predicate(words, j + 1, works)):
                # '"Nyiur di Teluk" merupakan album …': a title with lower-case function words, which the copula
                # and the work noun after it say is one
                out.append([w.id for w in inner])
                i = j
        i += 1
    return out


# lower-case words a title may hold between its capitalised words ("Senja di Pelabuhan", "Cinta dan Benci")
_PERIOD = re.compile(r"^[IVX]{1,4}\s*[/-]\s*\d{2,4}$")  # a roman period and its year ("I/2025", "II-2024")
_TITLE_INNER = frozenset({"di", "dan", "dari", "ke", "yang", "untuk", "buat", "dalam", "tak", "si", "sang", "&",
                          "dengan", "tanpa", "atau", "pada", "bagi"})


def _title_run_end(sentence: Sentence, start: int, most: int = 8) -> int:
    """RETURNS the id of the first word past the title that opens at id ``start``: capitalised words (or numbers) and
    the lower-case function words between them ("Senja di Pelabuhan"), up to ``most`` words."""
    k = start
    while k <= len(sentence.words) and k - start < most:
        t = sentence.word(k).text
        if t[:1].isupper() or t[:1].isdigit():
            k += 1
        elif t.lower() in _TITLE_INNER and k < len(sentence.words) and sentence.word(k + 1).text[:1].isupper():
            k += 1
        else:
            break
    return k


def _unquoted_titles(sentence: Sentence, lexicon: Lexicon) -> list[list[int]]:
    """RETURNS the word ids of each title written without quotation marks between a work noun and a maker word ("film
    Ada Apa Dengan Cinta garapan X", "puisi Senja di Pelabuhan karya X") or a passive verb of making ("Lagu Indonesia
    Raya diciptakan oleh X", "sinetron Tukang Bubur Naik Haji diproduksi X"): capitalised words and the lower-case
    function words between them, up to eight words; only where such a word closes it, so a place after "di" is not
    swallowed ("film X di Bandung")."""
    out: list[list[int]] = []
    words = sentence.words
    work_nouns = lexicon.artist_works | lexicon.authored_works
    for w in words:
        if w.text.lower() not in work_nouns or w.id >= len(words) or not sentence.word(w.id + 1).text[:1].isupper():
            continue
        k = end = _title_run_end(sentence, w.id + 1)
        if year_bracket(sentence, k):
            k += 3  # "sinetron Cahaya (2008) yang diproduksi …": the year it came out, between
        closer = sentence.word(k) if k <= len(words) else None
        if closer is not None and closer.text.lower() in ("yang", "hasil") and k + 1 <= len(words):
            # "sinetron X yang diproduksi oleh Y", "film X hasil produksi Y"; "yang di produksi": the prefix written
            # apart
            k += 2 if (closer.text.lower() == "yang" and k + 2 <= len(words)
                       and sentence.word(k + 1).text.lower() == "di") else 1
            closer = sentence.word(k)
        if end - w.id > 1 and closer is not None and (closer.text.lower() in lexicon.maker_cases
                                                     or _made_passive(closer, lexicon)) and not knows_place(
                name_key(" ".join(sentence.word(i).text for i in range(w.id + 1, end))), lexicon):
            out.append(list(range(w.id + 1, end)))  # (not "film Indonesia yang dirilis …": the work's country)
    return out


def _lead_name(sentence: Sentence, first: int, lexicon: Lexicon) -> tuple[list[int], bool]:
    """The name an encyclopedic lead opens with ("Cahaya Pagi adalah album …", "Rumah di Ujung Senja adalah film …",
    "Anak-Anak Pelabuhan adalah novel …", "Sembilan Bintang adalah grup vokal …"): capitalised words from the
    sentence's first word, with lower-case function words between them, up to eight, right before "adalah",
    "merupakan" or "ialah" and, as the predicate's head noun, a noun that says what a name is. Its first word may be
    a dictionary word or a plural, which the sentence's opening alone would not make a name. RETURNS (the ids, whether
    the noun is a work noun: a title, kept whole), or ([], False)."""
    words = sentence.words
    works = lexicon.artist_works | lexicon.authored_works
    if not first or sentence.word(first).upos not in ("PROPN", "NOUN", "NUM", "ADJ", "X"):
        return [], False  # (not "Dikarenakan Pinewood merupakan …": a connective opens the clause)
    opening = sentence.word(first).text.lower()
    if opening in works or opening in lexicon.type_cues:
        return [], False  # "Novel Bumi Manusia adalah karya …": a work noun or a cue before the name, read elsewhere
    k = _title_run_end(sentence, first)
    if k - first < 2 or k > len(words) or sentence.word(k).text.lower() not in DEFINING_COPULAS:
        return [], False
    after = [w.text.lower() for w in words[k:k + 3]]
    if after and after[0] in ("sebuah", "seorang", "suatu", "satu"):
        after = after[1:]
    head = after[0] if after else ""  # the predicate's head noun: "pengembang permainan video" is a developer
    if head in works:
        return list(range(first, k)), True
    if lexicon.type_cues.get(head) in ("Organization", "Product", "AIModel"):
        return list(range(first, k)), False
    return [], False


def _made_passive(word: Word, lexicon: Lexicon) -> bool:
    """True for a passive verb of making, releasing or announcing ("diproduksi", "disutradarai", "dirilis")."""
    made = ("developedBy", "releases", "announced")
    return word.text.lower().startswith("di") and any(
        set(roots_of(word.text, word.lemma)) & lexicon.relations[r].roots for r in made if r in lexicon.relations)


def _ner_spans(sentence: Sentence, ids: Sequence[int]) -> list[tuple[int, int, str]]:
    """RETURNS the NER spans (first id, last id, label) that lie inside ``ids``, from BIOES tags."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    for i in ids:
        tag = _ner_label(sentence.word(i).ner)
        if tag is None:
            start = None
            continue
        pos, label = tag
        if pos == "S":
            spans.append((i, i, label))
            start = None
        elif pos == "B":
            start = i
        elif pos == "E" and start is not None:
            while (start < i and _ROMAN.match(sentence.word(start).text) and sentence.word(start).text != "I"
                   and start > 1 and sentence.word(start - 1).text[:1].isupper()):
                start += 1  # "Komisi III Aziz" tagged "III Aziz": the ordinal ends the name before it (a lone "I"
                # opens Balinese names: "I Made Wirawan")
            spans.append((start, i, label))
            start = None
    return spans


def _title_compound(texts: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """True when the lowercased words from ``k`` open a common noun that starts with a title word ("ibu kota", the
    capital: "Ibu Kota Nusantara" is a place, not Mrs Kota Nusantara)."""
    return any(tuple(texts[k:k + len(p)]) == p for p in lexicon.title_compounds)


def _title_field(sentence: Sentence, group: list[int], texts: list[str], lexicon: Lexicon) -> set[int]:
    """The words of a title's field inside a run of capitals: "Bidang" and the dictionary words after it ("Deputi
    Komisioner OJK Bidang Edukasi dan Perlindungan Konsumen X", "Staf Khusus Presiden Bidang Komunikasi Politik Y"),
    also the part after "dan" that the conjunction cut into a run of its own. The person the NER tags stops it."""
    def field_words(start: int) -> list[int]:
        out = []
        for i in group[start:]:
            w = sentence.word(i)
            field = known_word(w.text) or w.text.lower() in lexicon.field_words
            if (w.ner or "O")[2:] in ("PER", "PERSON") or not field:
                break
            if out and lexicon.type_cues.get(w.text.lower()) == "Organization":
                break  # "… Survei dan Konsultasi Kementerian BUMN": the body the office belongs to
            out.append(i)
        return out

    drop: set[int] = set()
    for k, t in enumerate(texts):
        if t in lexicon.field_openers:
            drop.update([group[k], *field_words(k + 1)])
    first = group[0]
    # "… Bidang Edukasi dan | Perlindungan Konsumen", "Menko Bidang Politik, | Hukum, dan | Keamanan X": the fields
    # of a list, past commas
    if first > 2 and sentence.word(first - 1).text.lower() in ("dan", ","):
        j = first - 2
        while (j >= 1 and ((known_word(sentence.word(j).text) and sentence.word(j).text[:1].isupper())
                           or sentence.word(j).text in (",", "dan"))
               and sentence.word(j).text.lower() not in lexicon.field_openers):
            j -= 1
        if j >= 1 and sentence.word(j).text.lower() in lexicon.field_openers:
            drop.update(field_words(0))
    return drop


_VERSUS = frozenset({"vs", "vs.", "versus"})


def _split_group(sentence: Sentence, group: list[int], lexicon: Lexicon) -> list[list[int]]:
    """Cut a run of name words where a title stands ("Direktur Utama X Y" → [X, Y]) and around a person name the NER
    marks inside a longer run ("Sagarindo Wulan Pertiwi" → [Sagarindo] [Wulan Pertiwi])."""
    texts = [sentence.word(i).text.lower().strip("()") for i in group]
    # "Persib vs Persija", "Liverpool Vs Tottenham Hotspur": two sides of a match, whatever the NER ran together
    drop: set[int] = {i for i, t in zip(group, texts) if t in _VERSUS}
    # "Kementerian Pariwisata dan Garuda Indonesia" run together by the NER: a "dan" followed, to the run's end, by a
    # known company's or body's whole name joins two parties, not the fields of one office
    for k, t in enumerate(texts):
        if t == "dan" and 1 < k < len(group) - 1:
            rest = tuple(texts[k + 1:])
            if (" ".join(sentence.word(i).text for i in group[k + 1:]) in lexicon.companies
                    or rest in lexicon.bodies):
                drop.add(group[k])
    # a title that starts just before the run ("Ketua" + "Umum Partai X", "Direktur" + "Utama X", and at a sentence
    # start "Menteri Luar" + "Negeri Amerika Serikat X")
    for j in (1, 2):
        if group[0] <= j:
            break
        before = tuple(sentence.word(x).text.lower() for x in range(group[0] - j, group[0]))
        phrase = next((p for p in lexicon.name_titles if len(p) > j and p[:j] == before
                       and tuple(texts[:len(p) - j]) == p[j:]), None)
        if phrase is not None:
            drop.update(group[:len(phrase) - j])
            break
    k = 0
    while k < len(group):
        for phrase in lexicon.name_titles:  # longest first
            n = len(phrase)
            if _title_compound(texts, k, lexicon):
                break  # "Ibu Kota Nusantara": the capital, not a woman's title
            if k > 0 and texts[k - 1] in lexicon.office_of_words:
                break  # "Kantor Menteri Negara Lingkungan Hidup", "Sekretariat Wakil Presiden": the office's name
            h = k - 1  # the word before the title, past a chain of honorifics ("Universitas Prof. Dr. X")
            while h >= 0 and texts[h].rstrip(".") in lexicon.honorifics:
                h -= 1
            if h >= 0 and texts[h] in lexicon.named_after_hosts and (
                    texts[k].rstrip(".") in lexicon.honorifics or any(p[0] == texts[k] for p in lexicon.ranks)):
                break  # "Stadion Kapten I Wayan Dipta", "RSUD Dr Soetomo": named after the rank's or title's bearer
            if n == 1 and sentence.word(group[k]).text.isupper() and (_inside_org(sentence.word(group[k])) or (
                    len(texts[k]) > 2 and _ner_label(sentence.word(group[k]).ner) == ("S", "ORG"))):
                break  # "Kemendes PDT": a title's letters in capitals inside the NER's organisation are its acronym;
                # "Fraksi PNB": a whole one the NER calls an organisation (the corps "Pnb" is written so)
                # ("Pdt. X" is a reverend; "AKBP X", "RAA X" ranks and titles before a name)
            if (tuple(texts[k:k + n]) == phrase and k > 0 and phrase[0].rstrip(".") in lexicon.opening_titles
                    and not knows_place(name_key(texts[k - 1]), lexicon)):
                continue  # "Djamin Datuk Sutan Maharaja Besar": a Minangkabau title inside the name, not a cut (but
                # "Ketua Menteri Sabah Datuk Musa Aman": after the region of an office)
            if tuple(texts[k:k + n]) == phrase:
                tag = _ner_label(sentence.word(group[k]).ner)
                if (k > 0 and k + n == len(group) and tag is not None and tag[0] in ("I", "E")
                        and tag[1] in ("PER", "PERSON") and texts[k] in lexicon.minister_short):
                    break  # "Shawn Mendes": a word like a minister's short title ("Mendes") ending a person's name
                drop.update(group[k:k + n])
                while k + n + 1 < len(group) and texts[k + n].rstrip(".") in lexicon.honorifics:
                    drop.add(group[k + n])  # "Dr. H. X": the honorifics chained after a title, with a name after them
                    n += 1
                if k + n < len(group) and _office_ordinal(sentence, sentence.word(group[k + n]), lexicon):
                    drop.add(group[k + n])  # "Wakil Ketua III DPR X": which of the chairs
                    k += 1
                k += n - 1
                break
        k += 1
    drop.update(_title_field(sentence, group, texts, lexicon))
    if len(group) > 1 and texts[0] in lexicon.descriptor_nouns and group[0] not in drop:
        nxt = sentence.word(group[1]).text
        brand = nxt.isupper() or not nxt.isalpha() or nxt[1:] != nxt[1:].lower()  # "UNSP", "Coca-Cola", "GoTo"
        opened = _ner_label(sentence.word(group[1]).ner) or ("", "")
        ner_opens = (_ner_label(sentence.word(group[0]).ner) is None and opened[0] in ("B", "S")
                     and NER_TYPES.get(opened[1]) == "Organization")  # (not "Perusahaan Hindia Timur": a place)
        if (brand or ner_opens) and not known_word(nxt):
            drop.add(group[0])  # "Perusahaan Coca-Cola", "Sekretaris Perusahaan UNSP": a description before a brand
            # (not "Perusahaan Listrik Negara", "Perusahaan Umum Daerah …": a name of dictionary words)
    opens: set[int] = set()
    for k in range(1, min(4, len(group))):  # "(Direktur) Keuangan PT X": a department before the company's "PT";
        # "pendanaan seri B PT X": a series letter; but a place is a name of its own ("perusahaan asal Bandung PT X")
        if texts[k] in ("pt", "cv") and all((known_word(sentence.word(i).text) and sentence.word(i).text.isalpha())
                                            or len(sentence.word(i).text) == 1 for i in group[:k] if i not in drop):
            place = " ".join(sentence.word(i).text for i in group[:k] if i not in drop)
            if place and name_key(place) in lexicon.places:
                opens.add(group[k])  # the company's name opens at its legal form, after the place
            else:
                drop.update(group[:k])
            break
    pieces: list[list[int]] = []
    cur: list[int] = []
    for i in group:
        if i in drop or (i in opens and cur):
            if cur:
                pieces.append(cur)
            cur = [] if i in drop else [i]
        else:
            cur.append(i)
    if cur:
        pieces.append(cur)
    before_run = [w.text.lower() for w in sentence.words[:group[0] - 1]]
    title_before = any(tuple(before_run[-len(t):]) == t for t in lexicon.name_titles
                       if len(t) <= len(before_run))  # "Direktur Utama" + "PT X Y": the title the run follows
    out: list[list[int]] = []
    acronyms: set[int] = set()  # short forms cut out after a title ("PT Bursa Efek Surabaya BES Bastian Purnama")
    for piece in pieces:
        cuts = set()
        titled = piece[0] - 1 in drop or (piece[0] == group[0] and group[0] - 1 in drop)
        follows_title = titled or (piece[0] == group[0] and title_before)
        if follows_title:
            # "Presiden Direktur Nusa Consulting Rudi Hartanto": after a title, an organisation's last word ends it
            ends = [i for i in piece[1:-1] if sentence.word(i).text.lower() in lexicon.org_name_ends] if titled else []
            # "Direktur Utama PT Bursa Efek Surabaya BES Bastian Purnama": the short form right after the name ends it
            short = [i for k, i in enumerate(piece[2:-1], start=2) if sentence.word(i).text.isupper() and abbreviates(
                sentence.word(i).text, " ".join(sentence.word(j).text for j in piece[:k]
                                                if sentence.word(j).text.lower() not in LEGAL_FORMS))]
            if ends or short:  # "PT Smartfren Telecom Tbk Merza Fachys": its last words run on ("Telecom Tbk")
                end = min(ends + short)
                while end + 1 < piece[-1] and (sentence.word(end + 1).text.lower() in lexicon.org_name_ends
                                               or sentence.word(end + 1).text in "()"):
                    end += 1  # ("… (Persero) Tbk")
                while end not in short and end + 1 < piece[-1] and _inside_org(sentence.word(end + 1)):
                    end += 1  # "PT Bank HSBC Indonesia Budi": the NER's organisation runs on past the company word
                if (end + 1 < piece[-1] and sentence.word(piece[0]).text.lower() in LEGAL_FORMS
                        and name_key(sentence.word(end + 1).text) in lexicon.places
                        and name_key(sentence.word(end + 1).text) not in lexicon.regions):
                    end += 1  # "PT Samsung Electronics Indonesia Jae Hoon Kwon": a registered company's country
                rest = [i for i in piece if i > end]
                if _personal(sentence, rest, lexicon, ner_person=any(
                        _tagged_person(sentence.word(i)) for i in rest)):
                    cuts.add(end + 1)  # not "Asosiasi Asuransi | Jiwa Indonesia": what follows must be a name
                    if end in short:  # the short form spells the name before it: no part of it, nor of the holder's
                        cuts.add(end)
                        acronyms.add(end)
            first = sentence.word(piece[0]).text
            if (titled and not cuts and len(piece) >= 3 and first.isalpha() and first.isupper() and len(first) >= 3
                    and first.lower() not in LEGAL_FORMS and _personal(sentence, piece[1:], lexicon, ner_person=False)
                    and not any(known_word(w) or w.isupper() or name_key(w) in lexicon.places
                                for w in (sentence.word(i).text for i in piece[1:]))
                    and [(a, b, NER_TYPES.get(lab)) for a, b, lab in _ner_spans(sentence, piece)] == [
                        (piece[0], piece[-1], "Organization")]):
                cuts.add(piece[1])  # "Ketua IAEA Mohamed ElBaradei", tagged one organisation: an acronym, then a name
        lows = [sentence.word(i).text.lower() for i in piece]
        openers = {piece[k] for k in range(len(piece) - 1) if tuple(lows[k:k + 2]) in lexicon.person_openers
                   and lows[0] not in lexicon.named_after_hosts}  # (not "Stadion Kapten I Wayan Dipta")
        org_end = min(cuts, default=0)
        org_noun = sentence.word(piece[0]).text.lower() in lexicon.org_name_starts
        after = piece[-1] + 1
        bracketed = after + 2 <= len(sentence.words) and (sentence.word(after).text, sentence.word(after + 2).text) == (
            "(", ")")
        if (bracketed and sentence.word(after + 1).text.isupper() and abbreviates(
                    sentence.word(after + 1).text, " ".join(sentence.word(i).text for i in piece))):
            out.append(piece)  # "Pengurus Besar Nahdlatul Ulama (PBNU)": the short form spells the whole run
            continue
        if len(piece) > 1 and _party_at(sentence, piece, len(piece), lexicon):
            out.append(piece)  # "Kejaksaan Agung" with "Agung" tagged a person: the run is a known body's name
            continue
        for first, last, label in _ner_spans(sentence, piece):
            if (label in ("PER", "PERSON") and first > piece[0]
                    and sentence.word(first - 1).text.lower() in lexicon.named_after_hosts | frozenset(
                        p[-1] for p in lexicon.ranks)
                    and lows[0] in lexicon.named_after_hosts):
                continue  # "Stadion Kapten I Wayan Dipta", "Jalan Kolonel Sugiono": a place named after a person
            if org_noun and len(piece) > 1 and first > piece[0] and (
                    (first, last) == (piece[1], piece[-1])
                    or sentence.word(last).text.lower() in lexicon.org_name_ends):
                continue  # "Bank Arunika Sejahtera", "PT Investa Garuda Ventura": a company named like a person
            if (label in ("PER", "PERSON") and first > piece[0] and sentence.word(first - 1).text == "dan"
                    and _NOMINALISATION.match(sentence.word(first).text)):
                continue  # "Otoritas Pelabuhan dan Penyeberangan Gilimanuk": a field's noun opens no person's name
            if (label in ("PER", "PERSON") and first > piece[0] and last == piece[-1] and not titled
                    and sentence.word(last).text.lower() in lexicon.org_name_ends):
                continue  # "Walt Disney Animation Studios": a "person" ending in a company word ends the run's name
            closed = (_ner_label(sentence.word(first - 1).ner) or ("", ""))[0] in ("E", "S")  # the NER ended a name
            if closed and (_ner_label(sentence.word(piece[0]).ner) or ("", ""))[0] not in ("B", "S"):
                closed = False  # ... but one it opened before the piece ("asal Solo PT Batik | Danar Hadi"): no end
            legal = sentence.word(piece[0]).text.lower() in LEGAL_FORMS
            if (first > piece[0] and legal and not titled and not (piece[0] == group[0] and title_before) and (
                    not closed or all(known_word(sentence.word(i).text) for i in range(first, last + 1)))):
                continue  # "PT Indofood CBP Sukses Makmur": a run opened by PT is the company's name to its end, even
                # where the NER closed a name inside it before dictionary words (but "Direktur Utama PT Sinar Laut
                # Budi Santoso": after a title the holder's name follows)
            work_noun = any(sentence.word(i).text.lower() in lexicon.artist_works
                            for i in (piece[0] - 1, piece[0]) if i)
            if (label in ("PER", "PERSON") and first > piece[0] and work_noun and any(
                        sentence.word(i).upos in ("PART", "ADP", "CCONJ", "SCONJ", "PRON") for i in piece[1:])):
                continue  # "Lagu Rindu Tak Bertepi": a work's title after its noun, a function word capitalised inside
                # it, is one name whatever person the NER sees at its end
            if first > piece[0] and _is_version(sentence.word(first - 1)) and any(
                    c.isdigit() for c in sentence.word(first - 1).text):
                continue  # "Gemini 2.5 Flash", "Claude 3.7 Sonnet": a model's edition after its version number
            if label in ("PER", "PERSON") and last > first:
                # "Ketua DPD PAN Jatim Masfuk", "Pengadilan Tipikor Jakarta Haswandi": a place the NER put before
                # the person's name
                lead = _place_prefix(sentence, list(range(first, last + 1)), lexicon)
                if lead:
                    cuts.update((first, first + lead))
                    first += lead
            if label in ("ORG", "ORGANIZATION") and first == piece[0] and last == first + 1 and _described_before(
                    sentence, first, lexicon):
                # "perusahaan farmasi Inggris GlaxoSmithKline" tagged as one organisation: the description's
                # nationality, then a one-word name no dictionary knows
                rest = sentence.word(last).text
                if (_place_prefix(sentence, [first, last], lexicon) == 1 and not known_word(rest)
                        and rest.lower() not in lexicon.org_name_ends):
                    cuts.add(last)
            if label in ("PER", "PERSON") and (first, last) != (piece[0], piece[-1]):
                # "Claude Sonnet 4.5": a version number after the tagged words still belongs to the name
                nxt = sentence.word(last + 1) if last + 1 == piece[-1] else None  # the last word; not "Hoshi 3-1"
                after_version = nxt is not None and _is_version(nxt) and any(c.isdigit() for c in nxt.text)
                while first > piece[0] and _INITIAL.match(sentence.word(first - 1).text):
                    first -= 1  # "Dirut X, M. Arif Wibowo", "H. M. Shaleh": the initials the NER left out open the
                    # person's name
                untagged = sentence.word(first - 1).text
                if (first - 1 == org_end and first - 1 > piece[0] and untagged.isalpha() and untagged[:1].isupper()
                        and not known_word(untagged)):
                    first -= 1  # "Ketua International Business Chamber Peter G Fanning": the organisation ended at
                    # its last word; the untagged name between it and the NER's person opens the person's name
                elif (titled and first - 1 == piece[0] and (sentence.word(first - 1).ner or "O") == "O"
                      and sentence.word(piece[0] - 1).text.lower() not in lexicon.name_title_words
                      and not sentence.word(piece[0] - 1).text.isupper()
                      and untagged.isalpha() and untagged[:1].isupper() and not untagged.isupper()
                      and not known_word(untagged) and name_key(untagged) not in lexicon.places):
                    first -= 1  # "Menko Bidang Politik, Hukum, dan Keamanan Tedjo Edhy Purdijatno": after a
                    # title's field (not the title itself: "CEO OpenAI Sam Altman"), an untagged name right before the
                    # NER's person opens the person's name
                elif (first - 1 == piece[0] and piece[0] > 1 and sentence.word(piece[0] - 1).text == ","
                      and sentence.word(first).head == first - 1 and sentence.word(first).deprel.startswith("flat")
                      and untagged.isalpha() and untagged[:1].isupper() and not untagged.isupper()
                      and untagged.lower() not in lexicon.type_cues and untagged.lower() not in lexicon.titles
                      and name_key(untagged) not in lexicon.not_entities and name_key(untagged) not in lexicon.places):
                    first -= 1  # "Direktur Utama X, Bagus Santosa Wibowo,": a given name that is also a word
                    # ("Bagus"), which the parser holds in one name with the NER's person, opens it
                cuts.update(c for c in (first, last + 1) if c >= org_end and not (c == last + 1 and after_version))
        lead = _place_prefix(sentence, piece, lexicon) if not cuts and piece[0] > 1 else 0
        if lead and any((a, b) == (piece[0], piece[-1]) and NER_TYPES.get(lab) != "Place"
                        for a, b, lab in _ner_spans(sentence, piece)):
            lead = 0  # "stasiun televisi China Central Television": the NER saw one name (not one place)
        if lead and _described_before(sentence, piece[0], lexicon) and not all(
                plain_word(sentence.word(i).text) or name_key(sentence.word(i).text) in lexicon.places
                for i in piece[lead:]):
            cuts.add(piece[lead])  # "grup idola Jepang Nogizaka46": the description's nationality, then the name
            # (not "perusahaan Indonesia Power", a name of dictionary words)
        after_title = titled or (piece[0] > 1 and sentence.word(piece[0] - 1).text.lower() in lexicon.titles)
        if after_title and lows[0] not in LEGAL_FORMS:  # (not "PT Indonesia Epson Industry": a company's name)
            # "Ketua DPRD Riau Yulisman", "Kepala Dinas Pendidikan DKI Nahdiana": after a title, the body's region
            # ends the body's name and a short run no dictionary knows is the holder's
            # (a place title leads the place itself: "Mantan Gubernur DKI Jakarta Sutiyoso")
            place_title = piece[0] > 1 and sentence.word(piece[0] - 1).text.lower() in lexicon.place_titles
            for k in range(0 if place_title else 1, len(piece) - 1):
                n = next((n for n in (3, 2, 1) if k + n < len(piece) and (
                    name_key(" ".join(sentence.word(i).text for i in piece[k:k + n])) in lexicon.places)), 0)
                rest = piece[k + n:] if n else []
                if any(piece[0] < c <= piece[k] for c in cuts):
                    break  # the name was already cut before the region
                # "Gubernur Bank Sentral Malaysia Zeti Akhtar Aziz" with the NER's person opening at "Akhtar": the
                # holder's name starts right after the region
                if rest and len(rest) <= 4 and _personal(sentence, rest, lexicon, ner_person=False) and not any(
                        name_key(sentence.word(i).text) in lexicon.places for i in rest):
                    cuts.difference_update(rest)
                    cuts.add(rest[0])
                    break
        cuts = (cuts | openers) - {i + 1 for i in openers}  # "I Made Y": the NER's "Made Y" takes its "I"
        # "Yazid bin Abu Sufyan": a patronymic link holds the person's name together whatever the NER's spans
        cuts -= {i for i in piece if sentence.word(i).text.lower() in PATRONYMICS
                 or (i - 1 in piece and sentence.word(i - 1).text.lower() in PATRONYMICS)}
        # "Agus D.W. Martowardojo" tagged as two persons around the initials' stop: one name
        cuts -= {i for i in piece if i - 2 in piece and sentence.word(i - 1).text == "."
                 and _INITIALS.fullmatch(sentence.word(i - 2).text)}
        cuts -= {i for i in piece if sentence.word(i).text == "." and i - 1 in piece
                 and _INITIALS.fullmatch(sentence.word(i - 1).text)}
        # "Kepala Pusat Penerangan Hukum Kejaksaan Agung M Rum" with the NER's person opening at "Agung": a known
        # institution's name inside the run is whole, and the person starts after it
        for j in range(len(piece) - 2):
            k = next((k for k in range(len(piece) - 1, j + 1, -1) if tuple(lows[j:k]) in lexicon.bodies), 0)
            if k and any(piece[j] < c <= piece[k - 1] for c in cuts) and len(piece) - k <= 4 and _person_rest(
                    sentence, piece[k:], lexicon) and _personal(sentence, piece[k:], lexicon, ner_person=True):
                cuts = {c for c in cuts if not piece[j] < c <= piece[k - 1]} | {piece[k]}
                break
        # "Ketua Umum Partai Gerindra Suhardi": a known party's name ends where the gazetteer's does
        # (the whole run being a party's name cuts nothing: "Partai Keadilan Sejahtera" is not "Partai Keadilan" +
        # a person; nor does a rest that cannot be a person's name: "Sejahtera" is a dictionary word)
        # A state institution cuts off only what the NER calls a person and names no place and no unit ("Kemlu
        # Teuku Faizasyah"; not "TNI AU", "DPR RI", "KPU Sambas", "Kementerian Perdagangan China")
        party = 0 if tuple(lows) in lexicon.bodies else next(
            (k for k in range(len(piece) - 1, 0, -1) if _party_at(sentence, piece, k, lexicon) and _personal(
                sentence, piece[k:], lexicon,
                ner_person=any(_tagged_person(sentence.word(i)) for i in piece[k:]))
             and (_is_party(sentence, piece, k, lexicon) or _person_rest(sentence, piece[k:], lexicon)
                  or (after_title and _unknown_name(sentence, piece[k:], lexicon)))), 0)
        regional = party and any(" ".join(lows[party:party + n]) in lexicon.regions for n in (1, 2, 3))
        if party and lows[party] not in lexicon.org_name_ends and not regional:  # "Partai X Bali": a branch
            cuts.add(piece[party])
        known = _company_prefix(sentence, piece, lexicon)
        if known:  # "Presiden Paris Saint-Germain Nasser Al-Khelaifi": a known company's name is whole, and a person
            # may follow it
            cuts = {c for c in cuts if not piece[0] < c <= piece[known - 1]}
            rest = piece[known:]
            if rest and any(_tagged_person(sentence.word(i)) for i in rest) and _personal(
                    sentence, rest, lexicon, ner_person=True):  # (not "Pelita Air Service", "Angkasa Pura I")
                cuts.add(rest[0])
                if len(rest) <= 4:  # "CEO Indonesia AirAsia Veranita Yosephine Sinaga": one holder's name
                    cuts -= set(rest[1:])
        # "Dirjen Bea dan Cukai Kemenkeu", "Ditjen Pajak Kemenkeu": a ministry's short form after a unit's field
        # is the ministry the unit belongs to, a body of its own (a name opened by its own organisation noun or a
        # building's keeps it: "Badan Sarana Pertahanan Kemhan", "Gedung Depkeu")
        opened = lows[0] in lexicon.building_words or lexicon.type_cues.get(lows[0]) in ("Organization", "Place")
        for k, i in enumerate(piece[1:], start=1):
            if sentence.word(i).text in lexicon.ministry_short and not opened:
                cuts |= {i} | ({piece[k + 1]} if k + 1 < len(piece) else set())
        cuts = {c for c in cuts if not (c in piece and c - 1 in piece and _cut_word(sentence, c))}
        # a lowercase connector neither opens nor closes a name ("Carnegie Endowment for International Peace", "Six
        # Days in Fallujah" with the NER's spans meeting at "for", "in")
        listed = any(sentence.word(i).text == "," for i in piece)  # (only a list of fields puts a comma in a run)
        cuts = {c for c in cuts if not (c in piece and c - 1 in piece and (
            sentence.word(c).text in lexicon.name_connectors or sentence.word(c - 1).text in lexicon.name_connectors
            # nor does the comma or the "dan" of an office's list of fields ("Dinas Perdagangan, Koperasi, dan UKM")
            or (listed and (sentence.word(c).text in (",", "dan") or sentence.word(c - 1).text in (",", "dan")))))}
        # "Ketua Umum PSSI La Nyalla Mattalitti" with the NER's organisation ending at "La": a lone word cut off the
        # organisation's tail, right before the NER's person, opens the person's name (not "Bank Mandiri | Budi":
        # a dictionary word or a company word ends the organisation)
        for c in sorted(cuts):
            if not (c in piece and c + 1 in cuts and c + 1 in piece and c - 1 in piece):
                continue
            lone = sentence.word(c).text
            if (_inside_org(sentence.word(c))
                    and _tagged_person(sentence.word(c + 1)) and lone.isalpha() and lone[:1].isupper()
                    and not lone.isupper() and not known_word(lone) and lone.lower() not in lexicon.org_name_ends
                    and name_key(lone) not in lexicon.places):
                cuts.discard(c + 1)
        cur = []
        for i in piece:
            if i in cuts and cur:
                out.append(cur)
                cur = []
            cur.append(i)
        if cur:
            out.append(cur)
    return [_without_amount(sentence, p, lexicon) for p in out if not set(p) <= acronyms]


_AMOUNT = re.compile(r"^\d+(,\d+)+$")  # "0,7", "4,71": an Indonesian decimal amount (versions use a dot)


def _cut_word(sentence: Sentence, i: int) -> bool:
    """True when word ``i`` continues the word before it, which the tokenizer cut in two: a lowercase piece glued to
    a word ("Christma" "s", "Gonij" "ō"), an English possessive ("Aphrodite" "'" "s") or a name's hamza ("Asy" "'"
    "ari"). A name is never cut there."""
    a, b = sentence.word(i - 1), sentence.word(i)
    if b.start != a.end or b.start == b.end:
        return False
    if b.text in ("'", "’"):
        if i >= len(sentence.words):
            return False
        c = sentence.word(i + 1)
        # "Asy'ari", "Mu'ti", "Ma'ruf": the hamza of an Arabic-derived name, glued on both sides
        glued = c.start == b.end and c.text.isalpha() and c.text.islower() and a.text[:1].isupper()
        return c.text.lower() == "s" or (glued and a.text.isalpha())
    if a.text[-1:] in ("'", "’") and a.text[:1].isupper() and a.text[:-1].isalpha():
        return b.text.isalpha() and b.text.islower()  # "Mu'" "ti", "Ma'" "ruf"
    return a.text.isalpha() and b.text.isalpha() and b.text.islower()


def _without_amount(sentence: Sentence, piece: list[int], lexicon: Lexicon) -> list[int]:
    """Drop numbers the run swallowed after a name: a decimal amount ("Inggris 0,7 miliar", "PT X Tbk 4,71 persen")
    and any number after a known place ("Malaysia 2005", "Korea 01.01"): places have no editions."""
    end = len(piece)
    while end > 1 and _AMOUNT.match(sentence.word(piece[end - 1]).text):
        end -= 1
    if end > 1 and sentence.word(piece[end - 1]).text in lexicon.weekdays and (
            end > 2 or not known_word(sentence.word(piece[0]).text)):
        # "Kejaksaan Agung Rabu memeriksa …", "MK Senin …": the day the news reports, not the name (but "Pasar
        # Minggu", a place named after a day)
        return piece[:end - 1]
    k = end
    while k > 1 and any(c.isdigit() for c in sentence.word(piece[k - 1]).text) and not any(
            c.isalpha() for c in sentence.word(piece[k - 1]).text):
        k -= 1
    if k < end and name_key(" ".join(sentence.word(i).text for i in piece[:k])) in lexicon.places:
        end = k
    return piece[:end]


def _merge_acronym_coordination(doc: Document, sentence: Sentence, mentions: list[Mention],
                                lexicon: Lexicon) -> list[Mention]:
    """Join "A dan B (AB)" into one name when the acronym in brackets spells the initials of A dan B
    ("Badan Riset dan Inovasi Teknologi (BRIT)")."""
    out = list(mentions)
    i = 0
    while i + 2 < len(out):
        a, b, c = out[i], out[i + 1], out[i + 2]
        gap_ab = [sentence.word(j).text.lower() for j in range(a.words[-1] + 1, b.words[0])]
        gap_bc = [sentence.word(j).text for j in range(b.words[-1] + 1, c.words[0])]
        initials = _initials_of(sentence, (*a.words, *b.words))
        joined = gap_ab in (["dan"], ["&"]) and c.text == initials
        # "Organisasi Kerja Sama Perikanan Asia Tenggara (OKPAT)", cut in two where the parser hung its second half:
        # one name when the acronym spells the initials of both halves, a word or two left out ("Sama")
        joined = joined or (not gap_ab and len(c.text) >= 3 and c.text[0] == initials[:1]
                            and c.text[-1] == initials[-1:] and _spells(c.text, initials)
                            and c.text != _initials_of(sentence, b.words))
        if gap_bc == ["("] and c.text.isupper() and joined:
            ids = tuple(range(a.words[0], b.words[-1] + 1))
            text, start, end = _span_text(doc, sentence, ids)
            merged = replace(a, words=ids, text=text, start=start, end=end, head=_head_of(sentence, ids),
                             type="Organization", type_source="cue:org")
            out[i:i + 3] = [merged, replace(c, alias_of=text)]
            continue
        i += 1
    return out


def _initials_of(sentence: Sentence, ids: Sequence[int]) -> str:
    """The first letters of the capitalised words among ``ids`` ("Badan Riset dan Inovasi" → "BRI")."""
    return "".join(sentence.word(j).text[0] for j in ids if sentence.word(j).text[:1].isupper())


def _spells(acronym: str, initials: str) -> bool:
    """Whether ``acronym`` is ``initials`` with at most two letters left out, in order."""
    rest = iter(initials)
    return all(ch in rest for ch in acronym) and len(initials) - len(acronym) <= 2


def _group_mentions(
    doc: Document, sentence: Sentence, group: list[int], lexicon: Lexicon, headline: bool, literal: bool = False
) -> list[Mention]:
    ids = list(group)
    if literal:  # a quoted title: the words as written, typed by its context
        mention = _mention_on(doc, sentence, ids, headline)
        named = _named_by(sentence, mention, lexicon)  # "buku berjudul \"…\"": the noun says what it is
        if named is not None:
            return [replace(mention, type=named, type_source="cue:product" if named in ("AIModel", "Product")
                            else "cue:org")]
        etype, source = type_mention(sentence, mention, lexicon)
        return [replace(mention, type=etype, type_source=source)]
    # generic words and person descriptors before a name ("Peneliti Indonesia", "Pak Rudi") are not part of it
    while len(ids) > 1 and not _title_compound([sentence.word(i).text.lower() for i in ids[:3]], 0, lexicon) and (
                            name_key(sentence.word(ids[0]).text) in lexicon.not_entities
                            or (sentence.word(ids[0]).text.lower() in lexicon.org_descriptions
                                and sentence.word(ids[1]).text.lower() not in lexicon.leagues)  # ("Klub Liga 2 X")
                            or lexicon.type_cues.get(sentence.word(ids[0]).text.lower()) in ("Person", "Product",
                                                                                               "AIModel")):
        ids.pop(0)  # "Ponsel Redmi Note": the cue types the name, it is not part of it
    if (len(ids) > 2 and lexicon.type_cues.get(sentence.word(ids[0]).text.lower()) == "Organization"
            and sentence.word(ids[0]).text.lower() not in lexicon.org_name_starts  # "Bank Jateng Syariah" stays
            and not sentence.word(ids[0]).text.isupper() and name_key(sentence.word(ids[1]).text) in lexicon.places):
        ids.pop(0)  # "Perusahaan Jepang Mitsubishi Corporation …": a description and a place before the name
    if (len(ids) > 1 and lexicon.type_cues.get(sentence.word(ids[0]).text.lower()) == "Organization"
            and all(name_key(sentence.word(i).text) in lexicon.not_entities for i in ids[1:])):
        return []  # "Perusahaan AI yang …": a description, not a name
    if (len(ids) > 2 and sentence.word(ids[0]).text.lower() in lexicon.grade_words
            and len(sentence.word(ids[1]).text) == 1):
        ids = ids[2:]  # "pendanaan Seri C Mistral AI": the round's grade, then the name
    while ids and (cut := _not_entity_prefix(sentence, ids, lexicon)):
        ids = ids[cut:]  # "Pemegang Saham Luar Biasa PT X": a meeting's words, then the company that held it
    if (ids and ids[0] > 2 and [w.text.lower() for w in sentence.words[ids[0] - 3:ids[0] - 1]] == ["salah", "satu"]
            and all(known_word(sentence.word(i).text) for i in ids)):
        return []  # "salah satu Sekolah Menengah Atas di Bandung": one of a class, written in capitals, no name
    opening = [sentence.word(i).text.lower() for i in ids[:2]]
    if len(ids) > 2 and opening == ["kantor", "pusat"]:
        ids = ids[2:]  # "di Kantor Pusat Pos Indonesia, Jakarta": the headquarters of the name after it
    elif len(ids) > 1 and opening[0] == "markas" and opening[1] != "besar":
        ids = ids[1:]  # "Markas Persib berada di …": the club's headquarters (but "Markas Besar TNI" is a name)
    if len(ids) > 1 and sentence.word(ids[0]).text.lower() in COALITIONS and any(
            _is_party(sentence, ids[1:], k, lexicon) for k in range(1, len(ids))):
        ids = ids[1:]  # "Koalisi Partai Gerindra, PKS, dan PAN": the coalition of the parties named, not a name
        # (a named coalition, "Koalisi Merah Putih", opens with no party)
    while ids and sentence.word(ids[-1]).text in COORDINATORS:
        ids.pop()  # "Bank Sejahtera Raya dan | Pertani": the NER cut the second party off after the "dan"
    first_word = sentence.word(ids[0]).text.lower() if ids else ""
    second = sentence.word(ids[1]).text if len(ids) > 1 else ""
    if first_word in lexicon.org_unit_prefixes and (
            (len(ids) > 2 and lexicon.type_cues.get(second.lower()) == "Organization")
            or (first_word == "dpp" and len(ids) == 2 and second.isupper() and second.isalpha() and len(second) > 1)):
        ids.pop(0)  # "DPP Partai Hanura", "DPP PAN": the party's central board; the name is the party's
    lows = [sentence.word(i).text.lower() for i in ids[:4]]
    if (len(ids) > 3 and lows[:2] == ["dewan", "pimpinan"] and lows[2] in lexicon.board_levels
            and (lexicon.type_cues.get(lows[3]) == "Organization"
                 or tuple(sentence.word(i).text.lower() for i in ids[3:]) in lexicon.parties)):
        ids = ids[3:]  # "Dewan Pimpinan Pusat Partai Demokrat": the same, in full
    # a place splits off the front of a name only inside a description ("startup AI China Moonshot AI"), not in a
    # name of its own ("Malaysia Airlines")
    before = sentence.word(group[0] - 1) if group[0] > 1 else None
    low_before = before.text.lower() if before is not None else ""
    descriptive = (len(ids) < len(group) or low_before in lexicon.type_cues or low_before in lexicon.origin_cases
                   or any(t[-1] == low_before for t in lexicon.name_titles))  # "Menteri Luar Negeri Korea X",
    # "startup asal Beijing Moonshot AI"
    if len(ids) == 1 and (sentence.word(ids[0]).text.lower() in lexicon.type_cues
                          or sentence.word(ids[0]).text.lower() in lexicon.office_nouns) and not (
            before is not None and before.text.islower() and low_before in lexicon.org_name_starts
            and before.id == ids[0] - 1 and ids[0] != _first_alpha(sentence)
            and sentence.word(ids[0]).text[1:].islower()):  # but "partai Buruh": the party's name (not "bank BUMN")
        return []  # a cue noun alone ("Asosiasi yang …" tagged PROPN, "Presiden Dewan") is a description, not a name
    if not ids:
        return []
    first_word = _span_text(doc, sentence, ids[:3])[0].lower()
    if any(first_word == w or first_word.startswith(w + " ") for w in lexicon.event_starts):
        # an event's name ("Kejuaraan Dunia …") is no entity, but the organisation holding it is ("KLB Partai
        # Demokrat", "Munas Partai Golkar")
        lows = [sentence.word(i).text.lower() for i in ids]
        k = next((k for k in range(1, len(ids)) if (lexicon.type_cues.get(lows[k]) == "Organization"
                  and k < len(ids) - 1 and sentence.word(ids[k]).text[:1].isupper())
                  or _party_at(sentence, ids[k:], len(ids) - k, lexicon) or _party_at(sentence, ids[k:], 1, lexicon)),
                 0)
        if not k:
            return []
        ids = ids[k:]
        first_word = _span_text(doc, sentence, ids[:3])[0].lower()
    if any(first_word == w or first_word.startswith(w + " ") for w in lexicon.law_starts):
        return []  # a law's title ("Rancangan Undang-Undang Pemilu"): no entity
    second = sentence.word(ids[1]).text.lower() if len(ids) == 2 else ""
    if sentence.word(ids[0]).text.lower() in lexicon.language_starts and (
            second in lexicon.language_names or second in lexicon.places or second in lexicon.world_places):
        return []  # a language ("Bahasa Swedia"): no entity
    pieces = []
    connected = any(sentence.word(i).text in lexicon.name_connectors for i in ids)  # "Japan Bank for …": one name
    # ... nor from a name the NER tags as one organisation from its first word ("Presiden Paris Saint-Germain X")
    orgs = [(_ner_label(sentence.word(i).ner) or ("", ""))[1] in ("ORG", "ORGANIZATION") for i in ids]
    one_org = any(t[-1] == low_before for t in lexicon.name_titles) and orgs[0] and all(
        o or sentence.word(i).upos == "PUNCT" for o, i in zip(orgs, ids))
    k = 0 if connected or not descriptive or one_org else _place_prefix(sentence, ids, lexicon)
    if not k and not connected and not one_org and _described_before(sentence, group[0], lexicon):
        # "operator seluler Norwegia Telenor", "maskapai Ceko Smartwings": a foreign country's name written in
        # Indonesian opens no company's name, so it is the description's nationality (but "perusahaan listrik Indonesia
        # Power": home companies are named after the country)
        k = _place_prefix(sentence, ids, lexicon)
        if k and (sentence.word(ids[0]).text.lower() in lexicon.government_home
                  or all(plain_word(sentence.word(i).text) for i in ids[k:])  # "pasukan Afrika Bersatu"
                  or any((a, b) == (ids[0], ids[-1]) and NER_TYPES.get(lab) != "Place"
                         for a, b, lab in _ner_spans(sentence, ids))):  # one NER name: "China Central Television"
            k = 0
    k = k or _place_then_place(sentence, ids, lexicon)
    if (not k and len(ids) > 2 and sentence.word(ids[0]).text.lower() in lexicon.club_nouns
            and sentence.word(ids[1]).text.lower() in lexicon.leagues and ids[-1] < len(sentence.words)
            and sentence.word(ids[-1] + 1).text == ","):
        return []  # "Klub Liga Primer Inggris, Ashford City FC, …": a description of the club named after the comma
    if (not k and len(ids) > 4 and sentence.word(ids[0]).text.lower() in lexicon.club_nouns
            and sentence.word(ids[1]).text.lower() in lexicon.leagues):
        ids.pop(0)  # "Klub Liga 1 X" opening a sentence: the club noun, then the league and the club
        low_before = sentence.word(ids[0] - 1).text.lower()
    if (not k and len(ids) > 3 and sentence.word(ids[0]).text.lower() in lexicon.leagues
            and low_before in lexicon.club_nouns
            and sentence.word(ids[1]).text.isdigit() and sentence.word(ids[2]).text[:1].isupper()):
        k = 2  # "klub Liga 2 Surabaya Patriot FC": the league, then the club
    if k:
        pieces = [ids[:k], ids[k:]]
    else:
        pieces = [ids]
    out = []
    for piece in pieces:
        if (sentence.word(piece[0]).text in ("H", "H.") and piece[0] < len(sentence.words)
                and ((sentence.word(piece[0] + 1).ner or "")[2:] in ("PER", "PERSON") or len(piece) > 2)
                and (sentence.word(piece[0]).ner or "O")[:2] in ("O", "B-")):
            piece = piece[1:]  # "Bupati Kolaka H Buhari Matta": the pilgrim's "H." (Haji) opens the name the NER
            # tags after it; an initial inside a name stays ("Yasonna H Laoly")
            if not piece:
                continue
        if (len(piece) > 1 and sentence.word(piece[-1]).text in ("H", "H.") and piece[-1] < len(sentence.words)
                and sentence.word(piece[-1] + 1).text[:1].isupper() and sentence.word(piece[-1] + 1).text.isalpha()):
            piece = piece[:-1]  # "Bupati Lembah Hijau H Darmawan": the Haji's "H." cut off with the place before it
        text, start, end = _span_text(doc, sentence, piece)
        stripped = text.strip(QUOTES)
        if stripped != text:
            start += len(text) - len(text.lstrip(QUOTES))
            end -= len(text) - len(text.rstrip(QUOTES))
            text = stripped
        if _is_epithet(sentence, piece, lexicon):
            continue
        key = name_key(text)
        if key in lexicon.not_entities or key in lexicon.kin_nouns or not any(c.isalpha() for c in text):
            continue  # (a kin noun alone, "Ayah dari X, Y, …" at a sentence start, names nobody)
        if all(sentence.word(i).upos == "NUM" for i in piece):
            continue
        if len(text) == 1 and piece[0] > 1 and sentence.word(piece[0] - 1).text.lower() in lexicon.grade_words:
            continue  # "pendanaan seri A", "kelas B": a grade, not a name
        if piece[0] > 1 and sentence.word(piece[0] - 1).text.lower() in lexicon.grade_words and _PERIOD.match(text):
            continue  # "kuartal I/2025", "semester II-2024": a period of the year, not a name
        head = _head_of(sentence, piece)
        mention = Mention(sentence=sentence.index, words=tuple(piece), head=head, text=text, start=start, end=end,
                          headline=headline)
        etype, source = type_mention(sentence, mention, lexicon)
        out.append(replace(mention, type=etype, type_source=source))
    return out


def _is_epithet(sentence: Sentence, ids: Sequence[int], lexicon: Lexicon) -> bool:
    """True for a quoted nickname after an epithet cue ("dijuluki 'Raja Baru'"): not an entity."""
    first = sentence.word(ids[0])
    k = ids[0] - 1
    if first.text[:1] in QUOTES:
        k = ids[0]
    elif k >= 1 and all(ch in QUOTES for ch in sentence.word(k).text):
        pass
    else:
        return False
    return k - 1 >= 1 and sentence.word(k - 1).text.lower() in lexicon.epithet_cues


def abbreviates(short: str, name: str) -> bool:
    """True when ``short`` is built from the beginnings of ``name``'s words, in order, as Indonesian short forms are
    ("Amvesindo" from Asosiasi Modal Ventura untuk Startup Indonesia, "GoTo" from GoTo Gojek Tokopedia): the first
    word gives the first letters, at least two words give some.

    Example:
        >>> abbreviates("Amvesindo", "Asosiasi Modal Ventura untuk Startup Indonesia")
        True
        >>> abbreviates("Kompas", "Bank Mandiri")
        False
    """
    acr, words = short.lower(), [w.lower() for w in name.split()]
    if " " in short or len(acr) < 2 or len(words) < 2 or not acr.isalpha() or acr[0] != words[0][:1]:
        return False

    @functools.lru_cache(maxsize=None)
    def fits(pos: int, k: int, used: int) -> bool:
        if pos == len(acr):
            return used >= 2
        if k == len(words):
            return False
        word = words[k]
        return any(fits(pos + n, k + 1, used + (n > 0)) for n in range(len(word), -1, -1)
                   if acr[pos:pos + n] == word[:n] and (n > 0 or k > 0))

    return fits(0, 0, 0)


def _link_parenthetical_aliases(sentence: Sentence, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Mark "N" in "M (sebelumnya N)" / "M (N)" as another name of M."""
    out = list(mentions)
    for a_i, a in enumerate(out):
        for b_i in range(a_i + 1, len(out)):
            b = out[b_i]
            between = [sentence.word(i) for i in range(a.words[-1] + 1, b.words[0])]
            if not between or between[0].text != "(":
                continue
            inner = [w.text.lower() for w in between[1:]]
            after = b.words[-1] + 1
            closes = after <= len(sentence.words) and sentence.word(after).text == ")"
            syllabic = (not inner and len(b.words) == 1 and b.text.isalpha() and b.text[:1].isupper()
                        and a.type == "Organization" and len(a.words) > 1 and b.type != "Place")
            # "Kepolisian Resor Kota Besar Surabaya (Polrestabes Surabaya)": a syllabic short form with the same region
            a_texts = [sentence.word(i).text for i in a.words]
            b_texts = [sentence.word(i).text for i in b.words]
            tail = len(b_texts) - 1
            syllabic = syllabic or (
                not inner and 1 <= tail < len(a_texts) - 1 and a.type == "Organization" and b_texts[0].isalpha()
                and b_texts[0][:1].isupper() and b_texts[1:] == a_texts[-tail:]
                and not known_word(b_texts[0]))  # (not "Yayasan X Telematika (Universitas Telematika)": two bodies)
            # "Kepolisian Daerah Sulawesi Selatan (Polda Sulsel)": the same region by its short form
            region = lexicon.places.get(name_key(" ".join(b_texts[1:]))) if tail else None
            syllabic = syllabic or (
                not inner and region is not None and a.type == "Organization" and b_texts[0].isalpha()
                and b_texts[0][:1].isupper() and not known_word(b_texts[0])
                and any(lexicon.places.get(name_key(" ".join(a_texts[-n:]))) == region for n in (1, 2, 3)
                        if n < len(a_texts)))
            # (not "Al-Faisaly (Amman)": where the club plays)
            if closes and all(t in ALIAS_CUES for t in inner) and (inner or b.text.isupper()
                                                                   or abbreviates(b.text, a.text) or syllabic):
                # (a one-word short form in brackets after an organisation's name is its short form even when built
                # from syllables inside the words: "Kepolisian Daerah (Polda)", "Dinas Pendidikan (Disdik)")
                out[b_i] = replace(b, alias_of=a.text)
            break
    # "X, yang kini bernama Y", "X (dulu dikenal sebagai Y)" without brackets: Y is another name of X
    for a_i, a in enumerate(out[:-1]):
        b = out[a_i + 1]
        gap = [sentence.word(i).text.lower() for i in range(a.words[-1] + 1, b.words[0])]
        if (gap[:2] == [",", "yang"] and all(t in ALIAS_CUES for t in gap[1:])
                and {"bernama", "dikenal", "disebut"} & set(gap) and b.alias_of is None):
            out[a_i + 1] = replace(b, alias_of=a.text)
    return out


def _home_region(name: str, lexicon: Lexicon) -> bool:
    """True for a region of the home country, also written after its kind ("Kota Bandung", "Provinsi Riau")."""
    words = name.split()
    if len(words) > 1 and lexicon.type_cues.get(words[0].lower()) == "Place":
        words = words[1:]
    return name_key(" ".join(words)) in lexicon.regions


def _regional_office_names(sentence: Sentence, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Join a home region written after a regional office's bracketed short form to the office's name: "Kepolisian
    Daerah (Polda) Kalimantan Selatan" is one body, the police of that province (not "Kepolisian Daerah", which every
    province has), with "Polda" its short form."""
    out = list(mentions)
    k = 0
    while k + 2 < len(out):
        a, b, c = out[k], out[k + 1], out[k + 2]
        # (only a body named generically, as a regional office is: not a national one with a place in its name,
        # "Bursa Efek Indonesia (BEI) Medan", nor a party, "Partai Amanat Nasional (PAN) Sulawesi Selatan": their
        # short forms name the whole body, the place after them a branch)
        generic = not any(name_key(w) in lexicon.places for w in a.text.split()) and not any(
            _party_at(sentence, a.words, n, lexicon) for n in range(1, len(a.words) + 1))
        if (generic and b.alias_of == a.text and a.type == "Organization" and c.type == "Place" and len(b.words) == 1
                and c.words[0] == b.words[-1] + 2 and sentence.word(b.words[-1] + 1).text == ")"
                and _home_region(c.text, lexicon)):
            joined = replace(a, words=(*a.words, *c.words), text=f"{a.text} {c.text}", end=c.end)
            out[k:k + 3] = [joined, replace(b, alias_of=joined.text)]
        k += 1
    return out


def _says_more(word: Word, lexicon: Lexicon) -> bool:
    """True for a noun that says how a name relates to what it names: a maker's or publisher's word ("garapan",
    "karangan"), a relation's trigger ("kerja sama", "produksi") or a kind of its own ("perusahaan", "penulis")."""
    low = word.text.lower()
    return (low in lexicon.maker_cases or low in lexicon.publisher_cases or low in lexicon.type_cues
            or any(lexicon.relations_for_root(r) for r in roots_of(word.text, word.lemma)))


def _cue_words(sentence: Sentence, mention: Mention, lexicon: Lexicon | None = None) -> list[tuple[Word, str]]:
    """RETURNS the words around a mention that may type it, with how they relate ("appos", "mod", "prev")."""
    head = sentence.word(mention.head)
    found: list[tuple[Word, str]] = []
    members = set(mention.words)
    if head.head and head.head not in members:
        gov = sentence.word(head.head)
        found.append((gov, "appos" if head.deprel == "appos" else "gov:" + head.deprel))
        top, steps = gov, 0  # "aplikasi peringatan dini tsunami SiagaPantai": up a run of lowercase nouns before
        opening: Word | None = None
        while (lexicon is not None and head.deprel in ("nmod", "compound", "flat") and gov.id == mention.words[0] - 1
               and top.deprel == "compound" and top.head == top.id - 1 and steps < 4 and top.text.islower()
               and sentence.word(top.head).upos == "NOUN" and sentence.word(top.head).text[1:].islower()
               and (not _says_more(top, lexicon) or top is opening)):  # (not "film garapan X", "album hasil kerja
            # sama X"; but past a product noun the run went through: "perusahaan rintisan teknologi pertanian X")
            top, steps = sentence.word(top.head), steps + 1
            kind = lexicon.type_cues.get(top.text.lower())
            if kind in ("Product", "AIModel") or (kind == "Organization" and opening is not None):
                opening = top  # the noun the run opens, the top one: a product's ("aplikasi peringatan dini …"), or
                # a company's over a product noun in its description ("Perusahaan rintisan teknologi pertanian X")
        if opening is not None and (lexicon.type_cues.get(opening.text.lower()) == "Organization"
                                    or not _ner_person(sentence, mention)):  # (not "album solo gitar Balawan")
            found.append((opening, "gov:run"))
    # the name heads a list when one of its conjuncts has a "dan" ("A, pengusaha, dan investor muda")
    listing = any(c.deprel == "conj" and any(g.deprel == "cc" for g in sentence.children(c.id))
                  for c in sentence.children(mention.head))
    for child in sentence.children(mention.head):
        if child.id not in members:
            # "menyetujui Zelvora, obat kanker …": a lower-case noun right after the name's comma, the parser made a
            # conjunct, is apposed to it when the name heads no list
            apposed = child.deprel == "appos" or (
                child.deprel == "conj" and child.upos == "NOUN" and child.text.islower() and not listing
                and sentence.word(child.id - 1).text == "," and child.id - 1 == mention.words[-1] + 1)
            found.append((child, "appos" if apposed else "dep:" + child.deprel))
    prev = mention.words[0] - 1
    if prev >= 1 and prev not in members:
        found.append((sentence.word(prev), "prev"))
        w = sentence.word(prev)  # "Mobil listrik Trenggiling EV": the noun the lowercase modifier belongs to
        makers = lexicon.maker_cases | lexicon.publisher_cases if lexicon is not None else frozenset()
        if (prev >= 2 and w.text[:1].islower() and w.head == prev - 1 and w.deprel in ("compound", "amod")
                and w.text.lower() not in makers):  # "video buatan X": X made the video
            found.append((sentence.word(prev - 1), "prev"))
    return found


def _after_title_comma(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> bool:
    """True for the name in "CEO OpenAI, Sam Altman": a comma, then up to three name words, then a title before."""
    i = mention.words[0] - 1
    while i > 2 and sentence.word(i).text.lower() in lexicon.name_title_words:  # "…, Laksamana Muda Leonardi"
        if sentence.word(i).text.lower() in lexicon.titles:
            return False  # "…, Ketua DPR Marzuki Alie": the name right after an office is the organisation
        i -= 1
    if i < 2 or sentence.word(i).text != ",":
        return False
    for back in range(i - 1, max(0, i - 7), -1):
        if sentence.word(back).text.lower() in lexicon.titles:
            before_comma = (_ner_label(sentence.word(i - 1).ner) or ("", ""))[1]
            own = (_ner_label(sentence.word(mention.words[0]).ner) or ("", ""))[1]
            if before_comma in ("PER", "PERSON") and own not in ("PER", "PERSON"):
                return False  # "CEO Rizky Anandita, PS Bumi Kartanegara", "Menurut CEO X Budi Santoso, X akan …":
                # the holder is named before the comma; what follows is no second holder
            named = [sentence.word(k).text for k in mention.words]
            if any([sentence.word(k).text for k in range(j, j + len(named))] == named
                   for j in range(back + 1, i - len(named) + 1)):
                return False  # "Menurut CEO Traveloka Ferry Unardi, Traveloka akan …": the employer named again
            # "bukan saat bertemu presiden, PPP …": a lowercase title right before the comma is a common noun
            return back < i - 1 or sentence.word(back).text[:1].isupper()
        if not sentence.word(back).text[:1].isupper():
            return False
    return False


def _before_comma_title(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> bool:
    """True for the name in "Hary, bekas Ketua Partai NasDem": a comma, maybe "bekas"/"mantan", then a capitalised
    office title of the lexicon, then a name (the organisation)."""
    j = mention.words[-1] + 1
    n = len(sentence.words)
    if j + 1 > n or sentence.word(j).text != ",":
        return False
    j += 1
    if j <= n and sentence.word(j).text.lower() in lexicon.former_words:
        j += 1
    for size in (3, 2, 1):
        if j + size > n:
            continue
        phrase = [sentence.word(k).text for k in range(j, j + size)]
        if " ".join(phrase).lower() in lexicon.titles and phrase[0][:1].isupper():
            after = sentence.word(j + size)
            # not "membahas LRT, Presiden Jokowi menyentil …": a person named after the title holds it
            person_next = _tagged_person(after)
            return after.text[:1].isupper() and after.upos in ("PROPN", "NOUN", "X") and not person_next
    return False


def _naming_word(sentence: Sentence, mention: Mention) -> int:
    """RETURNS the id of the word right before a name, past an opening quote ('berjudul "X"'), 0 if none."""
    i = mention.words[0] - 1
    if i > 2 and sentence.word(i).text in QUOTES:
        i -= 1
    return i if i >= 2 else 0


def _named_by(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> str | None:
    """The type a noun gives the name it introduces: "layanan baru bernama X", "album berjudul X" (None if none).
    A title word ("berjudul", "bertajuk") reaches back past a clitic and a relative ("bukunya berjudul X", "novel yang
    berjudul X"); "bernama" does not ("Penulis novel yang bernama X" names the writer)."""
    i = _naming_word(sentence, mention)
    naming = sentence.word(i).text.lower() if i else ""
    end = mention.words[-1] + 1
    quoted = i and sentence.word(mention.words[0] - 1).text in QUOTES and (
        end <= len(sentence.words) and sentence.word(end).text in QUOTES)  # the whole quoted run, no speech
    if quoted and lexicon.type_cues.get(naming) == "Product":
        return "Product"  # 'album "Kota Tanpa Hujan"': the work noun names what the quoted title is
    if (quoted and i > 1 and naming.isalpha() and sentence.word(i).text.islower()
            and lexicon.type_cues.get(sentence.word(i - 1).text.lower()) == "Product"):
        return "Product"  # 'film horor "Rumah di Ujung Jalan"': past the work's genre
    if quoted and naming == ",":  # 'merilis album solo perdananya, "Kota Tanpa Hujan",': apposed to the work noun
        for back in range(i - 1, max(0, i - 5), -1):
            low = sentence.word(back).text.lower()
            if not low[:1].isalpha() or not sentence.word(back).text[:1].islower():
                break
            if "Product" in (lexicon.type_cues.get(low), lexicon.type_cues.get(without_nya(low))):
                return "Product"
    if naming not in lexicon.naming_words:
        return None
    titled = naming in lexicon.title_naming
    verb = sentence.word(i)
    if not titled and sentence.word(i - 1).text.lower() == "yang" and verb.head:
        # "layanan yang bernama X", "Penulis novel … yang bernama X": the noun the relative clause describes
        noun = sentence.word(verb.head)
        return lexicon.type_cues.get(noun.text.lower()) or lexicon.type_cues.get(noun.lemma.lower())
    for back in range(i - 1, max(0, i - 5), -1):
        w = sentence.word(back)
        low = w.text.lower()
        etype = lexicon.type_cues.get(low) or lexicon.type_cues.get(w.lemma.lower()) or (
            lexicon.type_cues.get(without_nya(low)) if titled else None)  # "bukunya" left whole
        if etype is not None:
            return etype
        if w.upos not in ("ADJ", "NOUN", "ADV") and not (titled and low in ("nya", "-nya", "yang")):
            return None
    return None


def _fronted_product_noun(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> str | None:
    """"Produk andalannya, Mahameru XHD, dirancang …", "Album keduanya, Rumah di Bukit, dirilis …": a name set off by
    commas right after the noun phrase that opens its clause, when that phrase is a product's noun (with its
    modifiers: "-nya", an ordinal, an adjective), is that product, whatever the NER says (the parser often hangs the
    name on the verb instead). RETURNS the product type, else None."""
    b = mention.words[0] - 1
    after = mention.words[-1] + 1
    if b < 2 or sentence.word(b).text != "," or after > len(sentence.words) or sentence.word(after).text != ",":
        return None
    k = b - 1  # back over the noun's modifiers to the noun that opens the clause
    while k > 1 and (sentence.word(k).text.lower() in CLITICS or sentence.word(k).upos in ("ADJ", "NUM", "DET")
                     or (sentence.word(k).upos == "NOUN" and sentence.word(k).text.islower()
                         and k - 1 >= 1 and sentence.word(k - 1).upos == "NOUN")) and b - k < 4:
        k -= 1
    noun = sentence.word(k)
    opens = k == 1 or sentence.word(k - 1).text in (",", ";", "(", ":") or sentence.word(k - 1).upos == "CCONJ"
    cue = lexicon.type_cues.get(noun.text.lower()) or lexicon.type_cues.get(noun.lemma.lower())
    return cue if opens and noun.upos == "NOUN" and cue in ("Product", "AIModel") else None


SOURCE_OF_CUE = {"AIModel": "cue:product", "Product": "cue:product", "Organization": "cue:org", "Place": "cue:name",
                 "Person": "cue:title"}


def _ner_person(sentence: Sentence, mention: Mention) -> bool:
    """True when the NER tags a person's name over the whole mention."""
    return any(lab in ("PER", "PERSON") and a == mention.words[0] and b == mention.words[-1]
               for a, b, lab in _ner_spans(sentence, list(mention.words)))


def _predicate_type(sentence: Sentence, head: Word, lexicon: Lexicon) -> str | None:
    """The type a copular predicate gives its subject's name: "X merupakan album …" (a copula verb with an object),
    "X adalah anak perusahaan Y" (a noun with a copula; a two-word cue counts). None for a person noun or none."""
    if not head.head:
        return None
    person = _tagged_person(head)
    gov = sentence.word(head.head)
    if gov.text.lower() in COPULAS:
        nouns = [c for c in sentence.children(gov.id) if c.deprel in ("obj", "xcomp")]
    elif head.deprel.startswith("nsubj") and gov.upos == "NOUN" and any(
            c.deprel == "cop" for c in sentence.children(gov.id)):
        nouns = [gov]
        if gov.text.lower() in lexicon.quantity_heads or gov.text.lower() == "nama":
            # "X adalah satu-satunya klub …", "X adalah nama sebuah grup band …": the noun it picks out or names
            nouns += [c for c in sentence.children(gov.id) if c.deprel in ("compound", "nmod") and c.upos == "NOUN"]
    else:
        return None
    return _nouns_type(sentence, nouns, person, lexicon)


def _nouns_type(sentence: Sentence, nouns: list[Word], person: bool, lexicon: Lexicon) -> str | None:
    """The type the first of a copula's predicate nouns with a type cue gives the subject (see _predicate_type);
    ``person``: whether the NER tags the subject a person."""
    for noun in nouns:
        nxt = sentence.word(noun.id + 1) if noun.id < len(sentence.words) else None
        etype = lexicon.type_cues.get(noun.text.lower()) or lexicon.type_cues.get(noun.lemma.lower()) or (
            lexicon.type_cues.get(f"{noun.text.lower()} {nxt.text.lower()}") if nxt is not None else None)
        if etype is None or etype == "Person":
            continue
        ai = nxt is not None and any(p[0] == nxt.text.lower() for p in lexicon.ai_context)  # "model AI", "model bahasa"
        if person and noun.text.lower() in lexicon.person_nouns_too and not ai:
            return None  # "Raisa adalah model iklan", "Budi adalah pihak yang …": a person may be one too
        return etype
    return None


def _rank_before(sentence: Sentence, word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` ends a military or police rank ("Letjen", "Laksamana Muda", "Panglima TNI Jenderal"): the name
    after a rank is its bearer's."""
    texts = [sentence.word(k).text.lower() for k in range(1, word.id + 1)]
    if len(texts) > 1 and texts[-1] in ("pol", "pol.", "polisi", "tni"):
        texts = texts[:-1]  # "Irjen Pol X", "Kombes Pol. X", "Mayjen TNI X": the service after the rank
    rank = next((t for t in lexicon.ranks  # longest first
                 if len(t) <= len(texts) and tuple(texts[-len(t):]) == t), None)
    if rank is not None:
        # "Jalan Kapten Tendean", "Stadion Kapten I Wayan Dipta", "RSUD Kolonel Abundjani": a place or a body named
        # after the rank's bearer
        host = texts[-len(rank) - 1] if len(texts) > len(rank) else ""
        return host not in lexicon.named_after_hosts
    # (not "Direktorat Jenderal Bea dan Cukai", "Panglima Besar Jenderal X": a word before it makes a title or a name)
    return texts[-1] in ("jenderal", "jendral") and (len(texts) < 2 or (
        texts[-2] not in lexicon.titles and not known_word(texts[-2])))


def after_honorific(sentence: Sentence, first: int, lexicon: Lexicon) -> bool:
    """Whether word ``first`` follows an academic or religious honorific ("Prof. Dr. Y", "KH Y"); the tokenizer may
    cut the abbreviation's period off ("Prof" + ".")."""
    k = first - 1
    stop = k > 1 and sentence.word(k).text == "."
    if stop:
        k -= 1
    low = sentence.word(k).text.lower() if k >= 1 else ""
    if k < 1 or (low.rstrip(".") not in lexicon.honorifics
                 and not (low.rstrip(".") in lexicon.dotted_honorifics and (stop or low.endswith(".")))):
        return False
    while k > 1 and (sentence.word(k - 1).text == "." or sentence.word(k - 1).text.lower().rstrip(".")
                     in lexicon.honorifics):
        k -= 1  # to the first honorific of a chain ("Prof. Dr. Y")
    before = sentence.word(k - 1).text.lower() if k > 1 else ""
    # "Universitas Prof. Dr. Moestopo", "Jalan Prof. Dr. Satrio", "RSUD Dr. Soetomo": a place or body named after one
    return before not in lexicon.named_after_hosts


def _trade_description(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a company's description and its trade stand right before the name ("Produsen elektronik X", "Bank
    investasi X"): they describe it (not "klub asuhan X", "startup besutan X", "rekening bank gemuk X": the coach, the
    maker, the owner)."""
    b = mention.words[0] - 2  # the description's noun, then its trade
    if b < 1:
        return False
    noun, trade = sentence.word(b), sentence.word(b + 1)
    return (noun.text.lower() in lexicon.org_descriptions | lexicon.trade_heads
            and noun.deprel.split(":")[0] not in ("compound", "nmod", "flat")
            and (noun.upos == "NOUN" or b == 1) and trade.text.islower()
            and trade.head == b and trade.deprel in ("compound", "amod")
            and lexicon.type_cues.get(trade.text.lower()) is None
            and trade.text.lower() not in (lexicon.patron_nouns | lexicon.maker_cases | lexicon.owned_by_words
                                           | lexicon.led_by_nouns))


def type_mention(sentence: Sentence, mention: Mention, lexicon: Lexicon) -> tuple[str, str]:
    """Type one mention from its local evidence.

    sentence: the mention's sentence.
    mention: the mention.
    lexicon: cues and gazetteer.
    RETURNS: (type, source), source being one of the keys of TYPE_RANK ("gazetteer", "cue:title", ...).
    """
    named = _named_by(sentence, mention, lexicon)
    i = _naming_word(sentence, mention)
    titled = bool(i) and sentence.word(i).text.lower() in lexicon.title_naming
    if titled and named in ("Product", "AIModel") and not _ner_person(sentence, mention):
        return named, "cue:product"  # "buku berjudul Jalan Sunyi", "film bertajuk Jakarta": a work's title
    if name_key(mention.text) in lexicon.places:
        return "Place", "gazetteer"
    first_id, last_id = mention.words[0], mention.words[-1]
    if developer_description(sentence, first_id, last_id, lexicon) and " ".join(
            mention.text.split()) not in lexicon.companies:
        return "Product", "cue:product"  # "Anthropic, pengembang Claude": the work of the organisation described
    if (first_id > 1 and last_id < len(sentence.words) and sentence.word(first_id - 1).text in QUOTES
            and sentence.word(last_id + 1).text in QUOTES and _work_predicate(
                sentence.words, last_id + 1, lexicon.artist_works | lexicon.authored_works)):
        return "Product", "cue:product"  # '"Angin di Pantai" merupakan album …': the copula says what the title is
    if _apposed_to_work(sentence, first_id, lexicon.artist_works | lexicon.authored_works) and not _ner_person(
            sentence, mention):  # (not the singer apposed: "lagu itu, G-Dragon")
        return "Product", "cue:product"  # "merilis album ketiga mereka, Kota Tanpa Lampu, …": the work's own name
    ner_types = {NER_TYPES.get(lab) for _, _, lab in _ner_spans(sentence, mention.words)}
    first = mention.words[0] if mention.words else 0
    # the NER runs a name on from a known place before it: "raksasa ritel Prancis Carrefour" is a company
    run_on = (first > 1 and _inside_org(sentence.word(first))
              and name_key(sentence.word(first - 1).text) in lexicon.places)
    if name_key(mention.text) in lexicon.world_places and not run_on and (
            not ner_types - {"Place", None} or len(mention.words) > 1):  # ("Abu Dhabi" the NER took for a person)
        # a world city the NER does not call something else; weaker than the NER on another mention of the
        # entity ("Whitney Houston … Houston", "Carrefour menutup gerai")
        return "Place", "world"
    if mention.words and set(mention.words) <= set(dateline_place(sentence, lexicon)):
        return "Place", "gazetteer"  # "Pontianak, Kompas": the dateline's place
    if " ".join(mention.text.lower().split()) in lexicon.outlets or _WEB_ADDRESS.match(mention.text.lower()):
        return "Organization", "gazetteer"  # a news outlet, also one named by its site ("Liputan6.com")
    if " ".join(mention.text.split()) in lexicon.companies:
        # a well-known company the NER may call a person ("Nokia"); weaker than a cue ("ponsel Samsung Galaxy")
        return "Organization", "company"
    first = sentence.word(mention.words[0]).text.lower()
    if mention.words[0] > 1 and sentence.word(mention.words[0] - 1).text.lower() in lexicon.origin_cases:
        return "Place", "cue:name"  # "raksasa teknologi asal Cupertino": where it comes from, whatever the NER says
    at, before = _work_noun_before(sentence, mention.words[0])
    owner = sentence.word(at - 1).text.lower() if at > 1 else ""  # "studio film X": the work noun's own owner
    work = (before in lexicon.artist_works and lexicon.type_cues.get(before) == "Product"
            and lexicon.type_cues.get(owner) != "Organization" and not _ner_person(sentence, mention))
    if work and lexicon.type_cues.get(first) == "Place":
        return "Product", "cue:product"  # "album Kota Tanpa Nama": a work noun outweighs a place's word in the title
    if len(mention.words) > 1 and lexicon.type_cues.get(first) == "Place" and not any(
            lab in ("PER", "PERSON") for _, _, lab in _ner_spans(sentence, list(mention.words))):
        return "Place", "cue:name"  # "Pulau Buru", "Kota Sibolga", "Kawasan Industri Jababeka"
    first_two = " ".join(sentence.word(i).text.lower() for i in mention.words[:2])
    if len(mention.words) > 2 and lexicon.type_cues.get(first_two) == "Organization":
        return "Organization", "cue:name"  # "Rumah Sakit Hasan Sadikin", "Anak Perusahaan X": a two-word cue opening it
    if len(mention.words) > 1 and (lexicon.type_cues.get(first) == "Organization" or first in lexicon.office_nouns
                                   or first in lexicon.legislatures or first in lexicon.org_unit_prefixes
                                   or first in lexicon.force_names):
        # "Partai Rakyat", "Bank Nusa", "Badan Pusat Statistik", "Dewan Perwakilan Daerah PDIP Jawa Barat", "DPW PSR
        # Jawa Timur" (a party's board; an office
        # noun opening a name; not a cue elsewhere: "pengadilan Jakarta Selatan" is a court somewhere)
        return "Organization", "cue:name"
    lows = [sentence.word(i).text.lower() for i in mention.words]
    if any(_party_at(sentence, mention.words, k, lexicon) for k in range(1, len(lows) + 1)):
        return "Organization", "cue:name"  # "Nasdem Sumenep": a known party (here its regional branch)
    if len(mention.words) > 1 and any(sentence.word(i).text.lower() in lexicon.building_words for i in mention.words):
        return "Place", "cue:name"  # "Primavera Hotel Hyatt Surabaya", "Bandara Kertajati": buildings and sites
    second = sentence.word(mention.words[1]).text.lower() if len(mention.words) > 2 else ""
    if first == "kantor" and (lexicon.type_cues.get(second) == "Organization" or second in lexicon.ministry_words
                              or second in lexicon.office_nouns):
        return "Place", "cue:name"  # "di Kantor Kementerian Sosial": the body's offices (not "Kantor Berita X")
    listed = _listed_kind(sentence, mention.words[0], lexicon)
    if listed is not None and (listed == "Product" or not _ner_person(sentence, mention)):
        return listed, SOURCE_OF_CUE[listed]  # "edisi terbatas, seperti Iron Cross": an example of the noun
    if work:
        # "menggarap film Fight's Club": a work noun right before the name outweighs an organisation's word inside
        # the title (not "studio film Walt Disney Co.": the studio's name)
        return "Product", "cue:product"
    if len(mention.words) > 1 and sentence.word(mention.words[-1]).text.lower() in lexicon.org_name_ends:
        return "Organization", "cue:name"  # "Nusa Capital", "Sagarindo Tbk", "Rajawali Airlines"
    if (len(mention.words) > 1 and name_key(sentence.word(mention.words[-1]).text) in lexicon.places
            and lexicon.type_cues.get(first) != "Place" and first not in lexicon.place_name_starts
            and not _place_then_place(sentence, list(mention.words), lexicon)
            and not _ner_person(sentence, mention)):  # "Michael Jordan"
        return "Organization", "cue:name"  # "Unilever Indonesia", "Persija Jakarta": a name ending in a known place
    head = sentence.word(mention.head)
    predicate = _predicate_type(sentence, head, lexicon)
    after = mention.words[-1] + 1
    if (predicate is None and after <= len(sentence.words) and sentence.word(after).text.lower() in DEFINING_COPULAS
            and sentence.word(after).upos in ("VERB", "AUX")):
        # "Dikarenakan Pinewood merupakan perusahaan Inggris": the copula right after the name, which the parser
        # hung elsewhere, says what it is
        copula = sentence.word(after)
        nouns = [c for c in sentence.children(copula.id) if c.deprel in ("obj", "xcomp")]
        predicate = _nouns_type(sentence, nouns, _tagged_person(head), lexicon)
    if predicate is not None:  # "X merupakan album …", "X adalah anak perusahaan Y": what X is
        return predicate, SOURCE_OF_CUE[predicate]
    b = mention.words[0] - 1  # the word before the name
    prev = sentence.word(b).text if b else ""
    if prev[:1].islower() and prev in lexicon.place_nouns_strong:
        return "Place", "cue:name"  # "desa Tunjungmuli", "kecamatan Garung": a place noun in lower case names a place
        # (not "kota" or "kawasan": "tim kota Persib", "kawasan industri X")
    place_named = lexicon.type_cues.get(first) == "Place"  # "Desa X", "Dusun X": a place whatever follows
    if (b >= 3 and prev.islower() and prev in lexicon.titles and prev not in lexicon.honorifics
            and sentence.word(b - 1).text == "," and _tagged_person(sentence.word(b - 2))
            and not place_named):  # (not "kepala Dusun Krajan")
        return "Organization", "cue:employer"  # "Peter Becker, presiden Criterion Collection": whom the holder serves
    led = mention.words[-1] + 1
    if (led + 1 <= len(sentence.words) and sentence.word(led).text.lower() in lexicon.led_by_nouns and not place_named
            and sentence.word(led + 1).text[:1].isupper()
            and any(_tagged_person(sentence.word(k)) for k in range(led + 1, min(led + 2, len(sentence.words)) + 1))):
        return "Organization", "cue:org"  # "Gamelan Kiai Fatahillah pimpinan Iwan Gunawan": what a person leads
    cues = _cue_words(sentence, mention, lexicon)
    bracketed = mention.words[0] > 1 and sentence.word(mention.words[0] - 1).text == "("
    for word, rel in cues:
        low = word.text.lower()
        bare = word.text[:1].islower() and word.id + 2 == mention.words[0] and sentence.word(word.id + 1).text == ","
        if (low in lexicon.titles and rel == "appos" and not bracketed and not bare
                and not _owned_relative(sentence, word)):
            return "Person", "cue:title"  # not "(BPS)", another name; nor "bertemu presiden, PPP …", a clause
    if _after_title_comma(sentence, mention, lexicon) or _before_comma_title(sentence, mention, lexicon):
        return "Person", "cue:title"
    j = mention.words[-1] + 1
    # ... also apposed, past a comma and the maker's occupation ("Senandung Tanah Karo, garapan sutradara X, …")
    apposed = (j + 3 < len(sentence.words) and sentence.word(j).text == ","
               and sentence.word(j + 1).text.lower() in lexicon.thing_cases
               and lexicon.type_cues.get(sentence.word(j + 2).text.lower()) in ("Person", "Organization")
               and sentence.word(j + 3).text[:1].isupper())
    if (apposed or (j < len(sentence.words) and sentence.word(j).text.lower() in lexicon.thing_cases
                    and sentence.word(j + 1).text[:1].isupper())) and (
            not _ner_person(sentence, mention)
            and sentence.word(mention.words[0]).text.lower() not in LEGAL_FORMS
            and sentence.word(mention.words[-1]).text.lower() not in lexicon.org_name_ends
            and not any(c.isdigit() for t in mention.text.split() if not _YEARS.fullmatch(t) for c in t)):
        # (a versioned name is typed below: "GPT-4o buatan X"; a year is none: "Katalog Film 1926-2005 terbitan Y")
        return "Product", "cue:product"  # "Elang Sawah buatan PT X", "Wulung EV besutan Y": a thing made
    last = sentence.word(mention.words[-1]).text
    if (len(mention.words) > 1 and last.isupper() and lexicon.type_cues.get(last.lower()) == "Product"
            and not _ner_person(sentence, mention)):
        return "Product", "cue:product"  # "Sembada MPV", "Rubicon SUV": a model named with its class
    for word, rel in cues:
        etype = lexicon.type_cues.get(word.text.lower()) or lexicon.type_cues.get(word.lemma.lower())
        if etype is None and rel == "prev" and word.id > 1 and word.id == mention.words[0] - 1:
            # a two-word kind right before the name ("sistem operasi Windows"), its first word no kind alone
            etype = lexicon.type_cues.get(f"{sentence.word(word.id - 1).text.lower()} {word.text.lower()}")
        if word.text.lower() in lexicon.maker_cases and (rel.startswith("gov:") or rel == "prev"):
            continue  # "produk Sagarindo": the name after a maker noun made the product, it is not one
        if etype == "Organization" and rel == "gov:run":
            return "Organization", "cue:org"  # "Perusahaan rintisan teknologi pertanian X": the run's opening noun
        if etype in ("AIModel", "Product") and rel in ("appos", "prev", "gov:flat", "gov:compound", "gov:nmod",
                                                         "gov:flat:name", "dep:compound", "gov:run"):
            if (word.text[:1].isupper() and word.id != _first_alpha(sentence)
                    and _ner_person(sentence, mention)):
                continue  # "Kepala Badan Pengawas Obat dan Makanan Penny Lukito": the cue word ends another name
            between = [sentence.word(k).text.lower() for k in range(word.id + 1, mention.words[0])]
            member = next((k for k in range(word.id + 1, mention.words[0])
                           if lexicon.type_cues.get(sentence.word(k).text.lower()) == "Person"), None)
            if (member is not None and _ner_person(sentence, mention) and member < len(sentence.words)
                    and (_ner_label(sentence.word(member + 1).ner) or ("", ""))[1] not in ("PER", "PERSON")):
                # "Lagu karya vokalis X, Y": the person noun of a band between describes Y, not the work (but "Album
                # karya drummer Fajar, Gema Senja": the person comes right after the noun, the work after him)
                continue
            if any(map(_ORDINAL.match, between)) and "," not in between:
                continue  # "album ketiga Padi", "ponsel terbaru Xiaomi": whose third album, not its name (but "film
                # terbarunya, X": the name apposed)
            maker = sentence.word(word.id - 1) if word.id > 1 else None
            if maker is not None and maker.upos == "NOUN" and (
                    lexicon.type_cues.get(maker.text.lower()) or lexicon.type_cues.get(maker.lemma.lower())) == (
                    "Organization"):
                return "Organization", "cue:org"  # "produsen mobil X", "pengembang game X": the maker, not the thing
            return etype, "cue:product"
    if _person_noun_before(sentence, mention.words[0], lexicon):
        return "Person", "cue:title"  # "pematung Italia Silvio Gazzaniga"
    # "kantor berita Malaysia, Bernama": the name apposed to a described organisation
    end = b if b > 2 and prev == "," else b + 1  # also "grup band asal Denmark Lukas Graham"
    # the place before the name (or its comma), of one to three words ("Korea Selatan, Yonhap")
    p = next((end - n for n in (3, 2, 1) if end - n >= 1 and name_key(
        " ".join(sentence.word(x).text for x in range(end - n, end))) in lexicon.places), 0)
    origin = bool(p) and p > 1 and sentence.word(p - 1).text.lower() in lexicon.origin_cases
    if origin:
        p -= 1  # "… asal Denmark"
    elif (p > 2 and sentence.word(p - 1).text.lower() == "di"
          and sentence.word(p - 2).text.lower() in lexicon.seat_participles):
        origin, p = True, p - 2  # "Perusahaan rintisan agritech (yang) berbasis di Bandung, X": its seat
        if p > 1 and sentence.word(p - 1).text.lower() == "yang":
            p -= 1
    if (origin and end == b and any(lexicon.type_cues.get(sentence.word(k).text.lower()) == "Organization"
                                    for k in range(max(1, p - 3), p))):
        # "Band indie asal Yogyakarta, X": an organisation's noun, its origin, then its name after the comma (the
        # words between may be anything: "indie" is tagged a name)
        return "Organization", "cue:org"
    if p and _described_before(sentence, p, lexicon) and (end == b or not all(
            known_word(sentence.word(i).text) for i in mention.words)):  # not "pasukan Afrika Bersatu"
        return "Organization", "cue:org"
    tail = sentence.word(mention.words[-1]).text
    if (_is_version(sentence.word(mention.words[-1])) and len(mention.words) > 1 and not _YEAR.match(tail)
            and not _ROMAN.match(tail)):  # an ordinal ("Komisi III", "Angkasa Pura I") is no version
        # "Kimi K2", "GPT-4o"; a bare number ("Liga 2", "Llama 3") is weaker evidence than NER or a cue
        return "AIModel", ("default" if tail.isdigit() else "version")
    if len(mention.words) == 1 and _HAS_DIGIT_NAME.match(mention.text) and not mention.text.isupper():
        return "AIModel", "version"
    inner = [sentence.word(i).text for i in mention.words[1:-1]]
    if any(re.fullmatch(r"\d+[.,]\d+", t) for t in inner):  # "Gemini 2.5 Flash", "Claude 3.7 Sonnet": an edition
        return "AIModel", "version"
    if named is not None:
        return named, ("cue:product" if named in ("AIModel", "Product") else "cue:org")
    for word, rel in cues:  # "Sagarindo, perusahaan teknologi …": an apposed organisation noun outweighs the NER
        etype = lexicon.type_cues.get(word.text.lower()) or lexicon.type_cues.get(word.lemma.lower())
        if rel == "appos" and etype == "Organization" and word.upos == "NOUN" and not bracketed:
            return "Organization", "cue:org"
        if (rel == "appos" and word.text.lower() in lexicon.origin_hosts and word.id < len(sentence.words)
                and sentence.word(word.id + 1).text.lower() in lexicon.origin_cases):
            return "Organization", "cue:org"  # "Borussia Dortmund, tim asal Jerman": a club
    j = mention.words[-1] + 1  # the same, read linearly: "Sagarindo, perusahaan …" with the noun hung elsewhere
    source = (mention.words[0] > 1 and sentence.word(mention.words[0] - 1).text.lower() in lexicon.speech_words
              and j + 1 <= len(sentence.words) and sentence.word(j + 1).deprel.startswith("nsubj"))
    if j + 1 <= len(sentence.words) and sentence.word(j).text == "," and not bracketed and not source:
        # (not "Menurut Michael, perseroan kini …": the source, then a new clause about the company)
        if j + 2 <= len(sentence.words) and sentence.word(j + 1).text.lower() in INDEFINITES:
            j += 1  # "Triodos, sebuah bank …"
        w = sentence.word(j + 1)
        owned = j + 2 <= len(sentence.words) and sentence.word(j + 2).text.lower() in CLITICS
        person = len(mention.words) > 1 and any(lab in ("PER", "PERSON") for _, _, lab in
                                                 _ner_spans(sentence, list(mention.words)))
        if w.upos == "NOUN" and not owned and not person and (
                lexicon.type_cues.get(w.text.lower()) or lexicon.type_cues.get(w.lemma.lower())) == "Organization":
            return "Organization", "cue:org"  # ("Andi Wijaya, perusahaannya akan …" is a new clause)
    fronted = _fronted_product_noun(sentence, mention, lexicon)
    if fronted is not None:
        return fronted, SOURCE_OF_CUE[fronted]  # "Produk andalannya, Mahameru XHD, dirancang …"
    if prev.lower() in lexicon.author_cases and ner_types == {"Place"}:
        return "Person", "cue:title"  # "lagu ciptaan Gesang" tagged a place: an author is a person
    # only NER spans that lie wholly inside the name count ("Kelanaraya Jenderal" tagged as one person does not type
    # Kelanaraya)
    labels = Counter(NER_TYPES[label] for _, _, label in _ner_spans(sentence, mention.words) if label in NER_TYPES)
    brand = (len(mention.words) == 1 and _CAMEL.match(mention.text)) or (
        len(mention.words) > 1 and sentence.word(mention.words[-1]).text == "AI")  # "Stability AI", "Moonshot AI"
    toks = [sentence.word(i).text for i in mention.words]
    if (2 <= len(toks) <= 3 and toks[0].lower() in lexicon.brand_makers and toks[1][:1].isupper()
            and "Organization" not in labels and not any(
                t.lower() in lexicon.org_name_ends or t.lower() in lexicon.brand_company_words
                or name_key(t) in lexicon.places for t in toks[1:])):
        return "Product", "cue:product"  # "Honda Brio", "Toyota Avanza": a model named after its maker
    if b > 1 and _office_ordinal(sentence, sentence.word(b), lexicon) and "Organization" not in labels:
        return "Person", "cue:title"  # "ketua II Suharso": the holder of a numbered office
    if prev.lower() in ("klub", "kesebelasan") and labels and "Organization" not in labels and not (
            b > 1 and sentence.word(b - 1).text.lower() in lexicon.titles and len(mention.words) > 1
            and set(labels) == {"Person"}):
        # "klub Lechia Gdansk", "klub Olympique Lyon": the NER's person is a club; but "presiden klub Massimo
        # Bellandi": the holder of the club's title, a person's name of several words
        return "Organization", "cue:org"
    if labels and brand and labels.most_common(1)[0][0] != "Organization":
        # the NER calls "DeepSeek", "SoftBank" persons: brand spelling says otherwise (still NER-strength evidence:
        # a role may make it a product, "merilis GoJalan")
        return "Organization", "ner"
    if labels and labels.most_common(1)[0][0] == "Person" and any(
            t in lexicon.name_connectors and lexicon.is_english(t) for t in toks[1:-1]):
        return "Organization", "ner"  # "Carnegie Endowment for International Peace": no person's name has an English
        # connector ("van", "de", "bin" are no English)
    if labels and labels.most_common(1)[0][0] == "Person" and _trade_description(sentence, mention, lexicon):
        return "Organization", "cue:org"  # "Produsen elektronik Hoshimura Electric", whatever the NER says
    if labels and labels.most_common(1)[0][0] == "Person" and any(
            rel == "appos" and lexicon.type_cues.get(word.text.lower()) == "Person"
            and not _owned_relative(sentence, word) for word, rel in cues):
        return "Person", "cue:title"  # "pelatih baru, Darmawan Sitepu": the NER and the apposed person noun agree
    if labels:
        return labels.most_common(1)[0][0], "ner"
    first, last = mention.words[0], mention.words[-1]
    if any(a < first and b == last and label in ("PER", "PERSON")
           and any(_party_at(sentence, range(k, first), first - k, lexicon) for k in range(max(1, a - 5), first))
           for a, b, label in _ner_spans(sentence, range(max(1, first - 4), last + 1))):
        # "Ketua Umum Hanura Budi Santosa", "Jubir Deplu Marty Natalegawa" tagged as one person, the known body
        # before the name cut off by the gazetteer: the rest of the person the NER saw is the person
        return "Person", "ner"
    if after_honorific(sentence, mention.words[0], lexicon):
        return "Person", "cue:title"  # "Kepala BPS Dr. Suryamin": the honorific's bearer, not the employer of a title
    if mention.words[0] > 1 and _rank_before(sentence, sentence.word(mention.words[0] - 1), lexicon):
        return "Person", "cue:title"  # "Irjen Pol Luki Hermawan": a rank's bearer
    for word, rel in cues:
        etype = lexicon.type_cues.get(word.text.lower()) or lexicon.type_cues.get(word.lemma.lower())
        if etype == "Person" and rel == "appos" and not _owned_relative(sentence, word):
            return "Person", "cue:title"
        if (etype == "Person" and rel == "prev" and word.text.lower() not in lexicon.titles
                and word.text.lower() not in lexicon.name_title_words
                and (plain_word(word.text) or word.text.lower() in lexicon.type_cues)) and any(
                lab in ("PER", "PERSON") and a == word.id and b == mention.words[-1]
                for a, b, lab in _ner_spans(sentence, range(word.id, mention.words[-1] + 1))):
            return "Person", "cue:title"  # "Sutradara Hanung Bramantyo" tagged one person, the person noun and all
        if etype in ("Organization", "Place") and rel != "dep:nmod":
            return etype, "cue:org"
        title_word = word.text.lower() in lexicon.titles or any(word.text.lower() == t[-1] for t in lexicon.name_titles
                                                               if len(t) > 1 or t[0] == word.text.lower())
        if title_word and rel in ("prev", "gov:compound", "gov:nmod", "gov:flat"):
            after = mention.words[-1] + 1
            if rel == "prev" and _rank_before(sentence, word, lexicon):
                return "Person", "cue:title"  # "Panglima TNI Jenderal Moeldoko": a rank's bearer, not an employer
            texts = [sentence.word(k).text.lower() for k in range(max(1, word.id - 1), word.id + 1)]
            if rel == "prev" and any(" ".join(texts[k:]) in lexicon.fused_titles for k in range(len(texts))):
                # "Jaksa Agung Prasetyo", "Kapolri X": a title that names its organisation itself ("Kepala Polri"),
                # so the name after it is the holder's
                return "Person", "cue:title"
            if word.text.lower() in lexicon.holder_titles and not (
                    after <= len(sentence.words) and sentence.word(after).text[:1].isupper()):
                # "Wapres Boediono": a deputy's title names no organisation (but "Wagub Lembah Hijau Rudi": a
                # region, then its holder)
                return "Person", "cue:title"
            if (rel == "prev" and len(mention.words) > 1 and word.text.lower() not in lexicon.employer_titles
                    and (word.id, mention.words[-1]) in {(a, b) for a, b, _ in
                                                         _ner_spans(sentence, range(word.id, mention.words[-1] + 1))}
                    and _personal(sentence, mention.words, lexicon, ner_person=False)
                    and not any(known_word(sentence.word(i).text) for i in mention.words)):
                # "Kanselir Gerhard Schroeder" tagged whole, title and all, as one organisation: after a title that
                # is not a company's ("CEO", "bos"), a run of names no dictionary knows is its holder
                return "Person", "cue:title"
            after = mention.words[-1] + 1
            if (rel == "prev" and len(mention.words) > 1 and after + 1 <= len(sentence.words)
                    and sentence.word(after).text == ","
                    and (_ner_label(sentence.word(after + 1).ner) or ("", ""))[1] in ("ORG", "ORGANIZATION")
                    and any(a == word.id and b == mention.words[-1] and lab in ("PER", "PERSON")
                            for a, b, lab in _ner_spans(sentence, range(word.id, mention.words[-1] + 1)))
                    and _personal(sentence, mention.words, lexicon, ner_person=True)):
                # "CEO Rizky Anandita, PS Bumi Kartanegara …": the NER's person runs from the title over the name,
                # and the organisation comes after the comma: the name is the holder's, not the employer's
                return "Person", "cue:title"
            if (word.id == mention.words[0] - 1 and word.id > 1 and len(mention.words) > 1
                    and sentence.word(word.id - 1).text.lower() == "oleh"
                    and _personal(sentence, mention.words, lexicon, ner_person=False)
                    and not any(sentence.word(i).text in lexicon.companies for i in mention.words)):
                # "dipimpin oleh CEO Andreas Halim": the agent of a passive, named after its title, is the holder (the
                # company a title names stands after the holder there: "oleh CEO Google Sundar Pichai")
                return "Person", "cue:title"
            if (rel == "prev" and word.id > 1 and sentence.word(word.id - 1).text.lower() in lexicon.definite_before
                    and len(mention.words) > 1):  # (not "Sang CEO Tesla mengejek …": a one-word company)
                return "Person", "cue:title"  # "sang CEO X": the title of the company named before, X holds it
            low = word.text.lower()
            before = sentence.word(word.id - 1).text.lower() if word.id > 1 else ""
            minister = low in lexicon.minister_titles or (  # "Menteri Koordinator Bidang Kemaritiman X"
                low in lexicon.minister_title_words and before in lexicon.minister_titles) or (
                word.id == mention.words[0] - 1 and low in lexicon.minister_short)  # "Menkominfo Rudiantara"
            # "Menteri Dalam Negeri X": a minister's whole title, field and all, before a person's name (not the
            # country's: "… Keuangan Republik Indonesia")
            full_title = any(
                len(t) > 1 and t[0] in lexicon.minister_titles and word.id >= len(t) and t == tuple(
                    sentence.word(x).text.lower() for x in range(word.id - len(t) + 1, word.id + 1))
                for t in lexicon.name_titles) and (
                len(mention.words) > 1 and sentence.word(mention.words[0]).text.lower() not in lexicon.place_name_starts
                or _ner_person(sentence, mention))
            if full_title and not all(known_word(sentence.word(i).text) for i in mention.words):
                return "Person", "cue:title"
            if minister and all(known_word(sentence.word(i).text)
                                or sentence.word(i).text.lower() in lexicon.field_acronyms for i in mention.words):
                # "Menteri Pertahanan X": a minister's field, no organisation of its own; it stays only as a
                # short form of the ministry when the document names that (kg.relations minister_rule)
                return "Organization", "cue:field"
            if minister and (_ner_person(sentence, mention) or not any(
                    known_word(sentence.word(i).text) or sentence.word(i).text.isupper() for i in mention.words)):
                return "Person", "cue:title"  # "Menko Luhut": the minister himself (not "Menteri BUMN")
            if (word.id == mention.words[0] - 1 and word.text.lower() in lexicon.led_by_nouns and word.id > 1
                    and sentence.word(word.id - 1).upos in ("NOUN", "ADJ", "PROPN")
                    and _ner_label(sentence.word(mention.words[0]).ner) is None):
                return "Person", "cue:title"  # "partai garis keras pimpinan Netanyahu": led by, a person's name
            return "Organization", "cue:employer"  # "CEO OpenAI": the name after a title is its organisation
    return "Organization", "default"


@dataclass(frozen=True)
class EntityIndex:
    """The entities of one document and where they are mentioned.

    entities: label → Entity.
    at_word: (sentence index, word id) → entity label.
    """

    entities: dict[str, Entity] = field(default_factory=dict)
    at_word: dict[tuple[int, int], str] = field(default_factory=dict)

    def at(self, sentence: int, word_id: int) -> Entity | None:
        """RETURNS the entity mentioned at a word, or None."""
        label = self.at_word.get((sentence, word_id))
        return self.entities.get(label) if label is not None else None

    def named_in(self, sentence: int, etype: str) -> set[str]:
        """RETURNS the labels of the entities of one type mentioned in a sentence."""
        return {label for (s, _), label in self.at_word.items() if s == sentence and self.type_of(label) == etype}

    def type_of(self, label: str) -> str | None:
        """RETURNS the type of the entity with this label, or None."""
        ent = self.entities.get(label)
        return ent.type if ent else None


def _tokens(name: str) -> list[str]:
    return name_key(name).split()


def _is_version_tail(tokens: Iterable[str]) -> bool:
    return all(_VERSION.match(t) or _VERSION.match(t.upper()) or _VERSION.match(t.capitalize()) for t in tokens)


def _company_core(key: str, lexicon: Lexicon) -> list[str]:
    """The words of an organisation's name without its legal form ("pt samudra pangan nusantara tbk" → samudra
    pangan nusantara) or, for a short form, the organisation noun before it ("perusahaan bumi karya" → bumi karya)."""
    toks = [t.rstrip(".,") for t in key.split()]
    while toks and (toks[0] in LEGAL_FORMS or (lexicon.type_cues.get(toks[0]) == "Organization"
                                               and toks[0] not in lexicon.org_name_starts)):
        toks = toks[1:]  # "PT", "perusahaan"; but "Bank", "Grup", "Partai" are part of the name
    while toks and (toks[-1] in ABBREVIATIONS or toks[-1].strip("()") in ("persero", "tbk")):
        toks = toks[:-1]
    return toks


def _initials(key: str) -> set[str]:
    """The acronyms an organisation's name spells: the first letters of its words, and of its words without its
    legal form ("bni" for "pt bank negara indonesia (persero) tbk")."""
    toks = [t for t in key.split() if t[:1].isalpha()]
    core = [t for t in key.split() if t[:1].isalpha() and t.strip("()") not in ("persero", "tbk")]
    core = core[1:] if core and core[0] in LEGAL_FORMS else core
    return {"".join(t[0] for t in toks), "".join(t[0] for t in core)}


def _names_a_place(words: list[str], lexicon: Lexicon) -> bool:
    """True when some run of ``words`` is a known place ("bali", "jawa barat")."""
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return any(run in lexicon.places or run in lexicon.world_places for run in runs)


def _short_company_names(mentions: Sequence[Mention], names: dict[str, str], first_at: dict[str, int],
                         lexicon: Lexicon, find: Callable[[str], str], union: Callable[[str, str], None]) -> None:
    """Join a later short form to the organisation named in full before it: its first words, without the legal form
    ("PT Samudra Pangan Nusantara Tbk … Dirut Samudra Pangan", "Seoyang Engineering & Construction … Seoyang",
    "Alpentrans AG … Alpentrans AG."). A lone dictionary word is too weak a short form, and a short form that fits
    two full names joins neither."""
    # a place or a person is no short form ("Dover Athletic Football Club … Dover", "Ramon Magsaysay Award")
    others = {name_key(m.text) for m in mentions if m.type in ("Place", "Person")}
    # ... but a name only the NER calls a place, no gazetteer's, may be the short form of a registered company's name
    # ("PT Kapital Nusa Ventura … Kapital Nusa juga berencana …")
    tagged_places = {name_key(m.text) for m in mentions if m.type == "Place" and m.type_source == "ner"
                     and not knows_place(name_key(m.text), lexicon)}
    tagged_places -= {name_key(m.text) for m in mentions if m.type != "Place" or m.type_source != "ner"}
    others -= tagged_places
    # ... and a one-word name only the NER calls a person, no word of a person's fuller name nor a name the NER
    # corpora know, may be the short form of a company with a legal form ("Hoshimura Foods Co., Ltd. … dimiliki oleh
    # Hoshimura"; but a founder goes by a known name: "PT Sutrisno Makmur Tbk didirikan oleh Sutrisno")
    tagged_persons = {name_key(m.text) for m in mentions if m.type == "Person" and m.type_source == "ner"
                      and len(m.words) == 1 and name_key(m.text) not in lexicon.name_priors}
    tagged_persons -= {name_key(m.text) for m in mentions if m.type != "Person" or m.type_source != "ner"}
    tagged_persons -= {w for m in mentions if m.type == "Person" and len(m.words) > 1 for w in name_key(m.text).split()}
    others -= tagged_persons
    # ... and so is a name the NER calls a person once but a cue elsewhere calls an organisation ("Frostbyte Games …
    # tim internal Frostbyte … kepala eksekutif Frostbyte")
    others -= ({name_key(m.text) for m in mentions if m.type == "Organization" and m.type_source.startswith("cue")}
               - {name_key(m.text) for m in mentions if m.type != "Organization" and m.type_source != "ner"})
    orgs = sorted({name_key(m.text) for m in mentions if m.type == "Organization" and not m.headline} - others)
    cores = {n: _company_core(n, lexicon) for n in orgs if n not in lexicon.places}
    placed = {find(k) for k in names if k in lexicon.places}  # groups already holding a place's names
    # a well-known company is a name of its own, not the short form of a longer name that nothing but its capitals
    # made an organisation: "Google Chrome dikembangkan oleh Google", "Microsoft Office … Microsoft" (a product line)
    brands = {name_key(m.text) for m in mentions if m.text in lexicon.companies}
    typed = {name_key(m.text) for m in mentions if m.type_source != "default"}
    for key in sorted(names):
        if key in lexicon.places or key in lexicon.world_places or key in others or find(key) in placed:
            continue
        short = _company_core(key, lexicon)
        if len(short) < len(key.split()) and lexicon.type_cues.get(key.split()[0]) != "Organization":
            continue  # a name with its legal form is a full name of its own ("Prudential plc")
        if not short or (len(short) == 1 and (known_word(short[0]) or len(short[0]) < 2)):
            continue
        # every organisation the short form could stand for, named before it or after ("Bank BNI" and PT BNI
        # Multifinance, PT BNI Securities …: the parent, none of them); not a branch ("Partai Nusantara Raya Bali",
        # though a registered company's name may end in a place: "PT Angkasa Logistik Indonesia"), nor a unit
        # ("Bank Nusa Kencana Syariah", "… Sekuritas"); the home country ends a national body's name ("Komisi III DPR
        # RI"); a club's home ends its name ("PS Mahakam Samarinda … PS Mahakam", "Perskam Kendari … Perskam")
        hits = [n for n, core in cores.items() if n != key and core[:len(short)] == short
                and (n.split()[0] in LEGAL_FORMS or core[-1] in lexicon.club_ends or core[0] in lexicon.club_starts
                     or _per_name(core[0]) or not _names_a_place(
                    [t for t in core[len(short):] if t not in lexicon.government_home], lexicon))
                and not set(core[len(short):]) & lexicon.unit_tails
                and (key not in brands or n in typed)
                and (key not in tagged_places or n.split()[0] in LEGAL_FORMS)
                and (key not in tagged_persons or n.split()[-1].rstrip(".,") in ABBREVIATIONS | _LEGAL_WORDS)]
        if (len({find(n) for n in hits}) == 1 and find(hits[0]) != find(key)
                and first_at.get(hits[0], 0) <= first_at.get(key, 0)):
            union(hits[0], key)


# administrative words before a region's name ("Kabupaten Grobogan", "KPU Kota Medan")
_ADMIN_WORDS = frozenset({"kabupaten", "kota", "provinsi", "kotamadya"})


def resolve_entities(mentions: Sequence[Mention], lexicon: Lexicon) -> EntityIndex:
    """Group a document's mentions into entities.

    mentions: the document's mentions (from :func:`find_mentions`).
    lexicon: for place names (a place takes its gazetteer name; "Tiongkok" → "China").
    RETURNS: the EntityIndex.
    """
    names: dict[str, str] = {}  # key → first surface form
    for m in mentions:
        key = name_key(m.text)
        if key in lexicon.places:
            names.setdefault(key, lexicon.places[key])
        if key == lexicon.government[1] and m.alias_of == lexicon.government[0]:
            names.setdefault(key, lexicon.government[0])  # the bare "pemerintah": the home government's name
        names.setdefault(key, m.text)
    parent = {k: k for k in names}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:  # b joins a's group
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    # places: all names of one place go together
    for key in list(names):
        if key in lexicon.places:
            canon = name_key(lexicon.places[key])
            names.setdefault(canon, lexicon.places[key])
            parent.setdefault(canon, canon)
            union(canon, key)
    for m in mentions:
        if m.alias_of is not None and name_key(m.alias_of) in names:
            union(name_key(m.alias_of), name_key(m.text))
    listed: dict[str, str] = {}  # "Kementerian Sosial … (Kemensos)": the names the lexicon gives one body
    for key in sorted(names):
        canon = lexicon.body_aliases.get(key)
        if canon is not None and key not in lexicon.places:
            if canon in listed:
                union(listed[canon], key)
            else:
                listed[canon] = key
    placed_keys = {name_key(m.text) for m in mentions if m.type == "Place"}
    for key in sorted(names):  # "Partai Rakyat" and "Rakyat": an organisation noun before a name is part of it,
        # but a place stays itself ("Bank Indonesia" and "Indonesia", "Liga Yordania" and "Yordania")
        toks = key.split()
        rest = " ".join(toks[1:])
        if (len(toks) > 1 and lexicon.type_cues.get(toks[0]) == "Organization" and rest in names
                and rest not in lexicon.places and rest not in placed_keys
                and toks[0] not in lexicon.faction_nouns):  # (a party's faction is a body of its own: "Fraksi PKB")
            union(key, rest)
    for key in sorted(names):  # "GM Indonesia" and "General Motors Indonesia": a short form keeps the full name's tail
        toks, surface = key.split(), names[key].split()
        if len(toks) < 2 or not surface[0].isupper() or not 2 <= len(surface[0]) <= 5:
            continue
        hits = [n for n in sorted(names) if n != key and n.split()[-(len(toks) - 1):] == toks[1:]
                and len(n.split()) > len(toks) and abbreviates(toks[0], " ".join(n.split()[:-(len(toks) - 1)]))]
        if len(hits) == 1:
            union(hits[0], key)
    # "KPU" and "Komisi Pemilihan Umum" in one story, with no bracket to tie them: an acronym spelling the initials of
    # exactly one longer name of the document is its short form
    org_keys = {name_key(m.text) for m in mentions if m.type in ("Organization", "Product")}  # ("SUN", "ORI")
    for key in sorted(names):
        surface = names[key]
        if (not (surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 6) or key in lexicon.places
                or key not in org_keys):
            continue
        hits = [n for n in sorted(org_keys) if n != key and key in _initials(n) and not any(
            t.isupper() for t in names[n].split() if t.lower().strip("()") not in LEGAL_FORMS)]
        if len(hits) == 1 and find(hits[0]) != find(key):
            union(hits[0], key)
    # "DPRD Kalbar" and "DPRD Kalimantan Barat": one organisation, its region written short once and in full once
    orgs_by_region: dict[str, str] = {}
    for key in sorted(names):
        toks = key.split()
        if len(toks) < 2 or key in lexicon.places:
            continue
        for n in (1, 2, 3):
            tail = " ".join(toks[-n:])
            if n < len(toks) and tail in lexicon.places:
                canon = " ".join(toks[:-n] + [name_key(lexicon.places[tail])])
                if canon in orgs_by_region:
                    union(orgs_by_region[canon], key)
                else:
                    orgs_by_region[canon] = key
                break
    # "Kabupaten Grobogan" and "Grobogan", "KPU Kabupaten Fakfak" and "KPU Fakfak": the region's administrative word
    # written once and left out once (not where the document has both "Kota X" and "Kabupaten X": two regions)
    for key in sorted(names):
        toks = key.split()
        admin = [k for k, t in enumerate(toks) if t in _ADMIN_WORDS and k + 1 < len(toks)]
        if len(admin) != 1:
            continue
        short = " ".join(toks[:admin[0]] + toks[admin[0] + 1:])
        variants = {" ".join(toks[:admin[0]] + [a] + toks[admin[0] + 1:]) for a in _ADMIN_WORDS} & names.keys()
        if short in names and len(variants) == 1:
            union(key, short)
    first_at: dict[str, int] = {}
    for m in mentions:
        first_at.setdefault(name_key(m.text), m.start)
    persons = {name_key(m.text) for m in mentions if m.type == "Person" and len(_tokens(m.text)) > 1}
    # a one-word name a cue makes an organisation ("perusahaan Nokia") is the maker, not its product's short form
    makers = {name_key(m.text) for m in mentions if m.type == "Organization" and m.type_source.startswith("cue")}
    longer_all = sorted({name_key(m.text) for m in mentions if len(_tokens(m.text)) > 1})
    for key in sorted(names):  # "Al Wafra Capital … Al Wafra": a name of several words less its company ending
        org_hits = _with_company_ending(key, longer_all, lexicon)
        if len(key.split()) > 1 and key not in lexicon.places and len(org_hits) == 1 and find(org_hits[0]) != find(key):
            union(org_hits[0], key)
    for key in sorted(names):
        toks = key.split()
        if len(toks) != 1 or key in lexicon.places:
            continue
        # (a listed company is nobody's surname: "Chevrolet" is not short for "Chevrolet Trax", which the NER called
        # a person)
        person_hits = [] if names[key] in lexicon.companies else [p for p in sorted(persons) if key in p.split()]
        version_hits = [
            n for n in longer_all if n.split()[0] == key and _is_version_tail(n.split()[1:])
        ]
        org_hits = _with_company_ending(key, longer_all, lexicon)
        if len(org_hits) == 1 and not person_hits:
            union(org_hits[0], key)  # "Samsung Electronics … Samsung", "Emtek Group … Emtek": the short name
        elif len(person_hits) == 1:
            union(person_hits[0], key)
        elif (len(version_hits) == 1 and not person_hits and first_at[version_hits[0]] < first_at[key]
              and key not in makers):
            # "Kimi K2 … Kimi": the short form of a model named before; but "Xiaomi berencana meluncurkan Xiaomi 17":
            # a maker named first is not its versioned product
            union(version_hits[0], key)
    _short_company_names(mentions, names, first_at, lexicon, find, union)
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(find(name_key(m.text)), []).append(m)
    entities: dict[str, Entity] = {}
    at_word: dict[tuple[int, int], str] = {}
    for root, ms in groups.items():
        if all(m.headline for m in ms) or all(m.type_source == "cue:field" for m in ms):
            continue  # names only in a headline; a minister's field where the document names no ministry
        main = [m for m in ms if m.alias_of is None] or ms
        if root in lexicon.places or any(name_key(m.text) in lexicon.places for m in ms) or (
                names[root] == lexicon.government[0] and all(name_key(m.text) == root for m in ms)):
            label = names[root]  # a place's gazetteer name; the home government's for the bare "pemerintah"
        else:
            best = max(main, key=lambda m: (len(_tokens(m.text)), len(m.text), -m.start))
            label = best.text
        # a short form in brackets says little about the type: the NER's guess on "(Daqu)" yields to the full name's
        typed = sorted(ms, key=lambda m: (m.alias_of is not None and m.type_source == "ner", _rank(m.type_source),
                                          m.start))
        etype = typed[0].type or "Organization"
        source = typed[0].type_source
        if source == "ner" and _ner_disagrees(ms):
            etype, source = "Organization", "default"  # the NER contradicts itself: let cues and roles decide
        if source in ("ner", "default"):
            etype, source = _corpus_type(label, etype, source, lexicon)
        aliases = sorted({m.text for m in ms if name_key(m.text) != name_key(label)}
                         | ({names[root]} if name_key(names[root]) != name_key(label) else set()),
                         key=lambda s: (s.casefold(), s))
        ent = Entity(label=label, type=etype, aliases=tuple(aliases), mentions=tuple(ms), type_source=source)
        entities[label] = ent
        for m in ms:
            for i in m.words:
                at_word[(m.sentence, i)] = label
    return EntityIndex(entities=entities, at_word=at_word)


def _with_company_ending(key: str, longer: Sequence[str], lexicon: Lexicon) -> list[str]:
    """The longer name keys that are ``key`` and then only company endings ("Samsung Electronics" for "Samsung", "Al
    Wafra Capital" for "Al Wafra")."""
    toks = key.split()
    return [n for n in longer if n.split()[:len(toks)] == toks and len(n.split()) > len(toks)
            and all(t in lexicon.org_name_ends for t in n.split()[len(toks):])]


def _corpus_type(label: str, etype: str, source: str, lexicon: Lexicon) -> tuple[str, str]:
    """The type of a name only the NER model or nothing typed, set right by how the NER corpora tag its words
    (``lexicon.name_priors``): a name the model calls a person whose every word the corpora tag, almost never in a
    person's name and often in an organisation's, is an organisation ("Wolfsburg" in a match report); an untyped name
    whose words (of three letters or more) the corpora all tag, nearly always as a person's, is a person ("Pellegrini",
    not "Habibie Award 2005" nor "Mac OS X"). Both readings count as NER evidence (source "ner"). Where the corpora
    are silent or split, the type stays."""
    words = [w for w in name_key(label).split() if w not in lexicon.name_connectors]
    counts = [lexicon.name_priors.get(w) for w in words]
    known = [c for c in counts if c is not None]
    if not known:
        return etype, source
    per, org, loc, brand = (sum(c[k] for c in known) for k in range(4))
    total = per + org + loc + brand
    if (etype == "Person" and source == "ner" and len(known) == len(words) and total >= 5
            and all(c[0] * 10 <= sum(c) for c in known) and (org + brand) * 10 >= 3 * total):
        return "Organization", "ner"
    if (etype == "Organization" and source == "default" and total >= 3 and len(known) == len(words)
            and all(len(w) > 2 and w.isalpha() for w in words) and all(c[0] * 10 >= 9 * sum(c) for c in known)):
        return "Person", "ner"
    return etype, source


def _ner_disagrees(mentions: Sequence[Mention]) -> bool:
    """True when a name's mentions got different NER types and none has three quarters of the votes (an unknown
    one-word name tagged PER in one sentence and LOC in the next)."""
    votes = Counter(m.type for m in mentions if m.type_source == "ner" and not m.headline)
    if len(votes) < 2:
        return False
    return votes.most_common(1)[0][1] * 4 < 3 * sum(votes.values())


class EntityRegistry:
    """Resolves entities across documents, one document at a time (streaming).

    A document's entity joins a known one when one of its names (label or alias) equals a known name, or when it is a
    one-word name that is part of exactly one known multi-word person name ("Altman" → "Sam Altman"). The first
    label seen stays canonical; other names become aliases; the strongest type evidence wins. Feed documents in a
    fixed order (the build sorts its inputs) and the result is deterministic.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._entities: dict[str, Entity] = {}
        self._documents: dict[str, list[str]] = {}

    def _match(self, entity: Entity) -> str | None:
        for name in (entity.label, *entity.aliases):
            found = self._by_key.get(name_key(name))
            if found is not None:
                return found
        toks = name_key(entity.label).split()
        if len(toks) == 1 and entity.type in ("Person", "Organization") and entity.type_source in ("default", "ner"):
            hits = [label for label, e in self._entities.items()
                    if e.type == "Person" and len(name_key(label).split()) > 1 and toks[0] in name_key(label).split()]
            if len(hits) == 1 and (entity.type == "Person" or entity.type_source == "default"):
                return hits[0]
        return None

    def add(self, document: str, entities: Iterable[Entity]) -> dict[str, str]:
        """Merge one document's entities.

        document: the document id.
        entities: its entities (from :func:`resolve_entities`).
        RETURNS: the map from each local label to the global canonical label.
        """
        mapping: dict[str, str] = {}
        for ent in entities:
            target = self._match(ent)
            if target is None:
                self._entities[ent.label] = replace(ent, mentions=())
                self._documents[ent.label] = [document]
                target = ent.label
            else:
                known = self._entities[target]
                names = {*known.aliases, ent.label, *ent.aliases} - {known.label}
                names = {n for n in names if name_key(n) != name_key(known.label)}
                better = _rank(ent.type_source) < _rank(known.type_source)
                self._entities[target] = replace(
                    known,
                    aliases=tuple(sorted(names, key=lambda s: (s.casefold(), s))),
                    type=ent.type if better else known.type,
                    type_source=ent.type_source if better else known.type_source,
                )
                if document not in self._documents[target]:
                    self._documents[target].append(document)
            for name in (ent.label, *ent.aliases):
                self._by_key.setdefault(name_key(name), target)
            mapping[ent.label] = target
        return mapping

    def entities(self) -> list[tuple[Entity, list[str]]]:
        """RETURNS every entity with the ids of the documents that mention it, sorted by label."""
        return [(self._entities[k], list(self._documents[k])) for k in sorted(self._entities)]
