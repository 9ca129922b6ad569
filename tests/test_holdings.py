"""Holdings stated in other words: "sebuah anak perusahaan X" after its subsidiary, shares held ("memegang saham",
"dipegang"), and a common noun opening a sentence before the company it is about ("Saham Bank Mandiri …"), which the
NER put inside the name. 2026-12-06, fifth session. Sentences written for the tests, rows from the bundled models
(HOUSE_NOUN's first word retagged as the tagger tagged it in a pool passage)."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

SUBSIDIARY_ONE = (
conll('Penyanyi itu menandatangani kontrak dengan Aquarius Records, sebuah anak perusahaan Warner Music.', """
        Penyanyi nyanyi NOUN 3 nsubj
        itu itu DET 1 det
        menandatangani menandatangani VERB 0 root
        kontrak kontrak NOUN 3 obj
        dengan dengan ADP 6 case
        Aquarius aquarius PROPN 4 nmod _ B-ORG
        Records records PROPN 6 flat:name _ E-ORG
        , , PUNCT 6 punct
        sebuah buah DET 10 det
        anak anak NOUN 6 appos
        perusahaan usaha NOUN 10 compound
        Warner warner PROPN 11 nmod _ B-ORG
        Music music PROPN 12 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

SHARES_HELD = (
conll('Sebanyak 60 persen saham Lion Air dimiliki Rusdi Kirana dan sisanya dipegang PT Mandala Jaya.', """
        Sebanyak sebanyak NOUN 7 nsubj:pass
        60 60 NUM 3 nummod
        persen persen NOUN 1 compound
        saham saham NOUN 3 compound
        Lion lion PROPN 4 nmod _ B-ORG
        Air air NOUN 5 flat:name _ E-ORG
        dimiliki milik VERB 0 root
        Rusdi rusdi PROPN 7 obj _ B-PER
        Kirana kirana PROPN 8 flat:name _ E-PER
        dan dan CCONJ 11 cc
        sisanya sisanya NOUN 8 conj
        dipegang pegang VERB 7 conj
        PT pt PROPN 12 obj _ B-ORG
        Mandala mandala PROPN 13 flat:name _ I-ORG
        Jaya jaya PROPN 14 flat:name _ E-ORG
        . . PUNCT 7 punct
    """)
)

SHARES_HOLDS = (
conll('PT Mandala Jaya memegang 40 persen saham Lion Air.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Mandala mandala PROPN 1 flat:name _ I-ORG
        Jaya jaya PROPN 2 flat:name _ E-ORG
        memegang pegang VERB 0 root
        40 40 NUM 6 nummod
        persen persen NOUN 4 obj
        saham saham NOUN 6 compound
        Lion lion PROPN 7 nmod _ B-ORG
        Air air NOUN 8 compound _ E-ORG
        . . PUNCT 4 punct
    """)
)

CONTROL_HELD = (
conll('Kapolri memegang kendali atas Densus 88.', """
        Kapolri kapolri PROPN 2 nsubj _ S-PER
        memegang pegang VERB 0 root
        kendali kendali NOUN 2 obj
        atas atas ADP 5 case
        Densus densus PROPN 3 nmod
        88 88 NUM 5 nummod
        . . PUNCT 2 punct
    """)
)

SHARES_OPENING = (
conll('Saham Bank Mandiri dimiliki pemerintah.', """
        Saham saham NOUN 4 nsubj:pass _ B-ORG
        Bank bank PROPN 1 nmod _ I-ORG
        Mandiri mandiri PROPN 2 flat:name _ E-ORG
        dimiliki milik VERB 0 root
        pemerintah perintah NOUN 4 obj
        . . PUNCT 4 punct
    """)
)

HOUSE_NOUN = (
conll('Rumah Husein berada di Jalan Kenari.', """
        Rumah rumah NOUN 3 nsubj _ B-LOC
        Husein husein PROPN 1 nmod _ E-LOC
        berada ada VERB 0 root
        di di ADP 5 case
        Jalan jalan PROPN 3 obl _ B-LOC
        Kenari kenari PROPN 5 flat:name _ E-LOC
        . . PUNCT 3 punct
    """)
)


def _holdings(block: str, lexicon: Lexicon) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in claims_of(doc_of(block), lexicon) if p == "investsIn"}


def test_a_subsidiary_described_as_one_of_its_parents(lexicon: Lexicon) -> None:
    assert _holdings(SUBSIDIARY_ONE, lexicon) == {("Warner Music", "Aquarius Records")}


def test_shares_held_name_their_holder(lexicon: Lexicon) -> None:
    assert _holdings(SHARES_HELD, lexicon) == {("Rusdi Kirana", "Lion Air"), ("PT Mandala Jaya", "Lion Air")}
    assert _holdings(SHARES_HOLDS, lexicon) == {("PT Mandala Jaya", "Lion Air")}


def test_holding_anything_but_shares_is_no_stake(lexicon: Lexicon) -> None:
    assert _holdings(CONTROL_HELD, lexicon) == set()


def test_a_common_noun_opening_the_sentence_is_not_part_of_the_name(lexicon: Lexicon) -> None:
    assert "Bank Mandiri" in _types(doc_of(SHARES_OPENING), lexicon)
    assert "Saham Bank Mandiri" not in _types(doc_of(SHARES_OPENING), lexicon)
    # a house named after its owner is a name of its own
    assert _types(doc_of(HOUSE_NOUN), lexicon).get("Rumah Husein") == "Place"
