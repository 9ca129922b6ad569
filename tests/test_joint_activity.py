"""A joint activity ("latihan militer bersama", "membangun kilang bersama") makes the coordinated parties of its clause
partners, each pair once, with the clause's hedges and negations; people doing something together are not partners.
2026-12-06, fifth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

JOINT_DENIED = (
conll('Indonesia dan Malaysia tidak akan menggelar latihan militer bersama tahun ini.', """
        Indonesia indonesia PROPN 6 nsubj _ S-LOC
        dan dan CCONJ 3 cc
        Malaysia malaysia PROPN 1 conj _ S-LOC
        tidak tidak PART 6 advmod
        akan akan AUX 6 aux
        menggelar gelar VERB 0 root
        latihan latih NOUN 6 obj
        militer militer ADJ 7 amod
        bersama bersama ADP 10 case
        tahun tahun NOUN 6 obl
        ini ini DET 10 det
        . . PUNCT 6 punct
    """)
)

JOINT_LISTED = (
conll('Tiga negara, yakni Jepang, Korea Selatan, dan Filipina, sepakat mengadakan patroli laut bersama.', """
        Tiga tiga NUM 2 nummod
        negara negara NOUN 13 obl
        , , PUNCT 2 punct
        yakni yakni SCONJ 5 mark
        Jepang jepang PROPN 2 appos _ S-LOC
        , , PUNCT 7 punct
        Korea korea PROPN 5 conj _ B-LOC
        Selatan selatan PROPN 7 flat:name _ E-LOC
        , , PUNCT 11 punct
        dan dan CCONJ 11 cc
        Filipina filipina PROPN 5 conj _ S-LOC
        , , PUNCT 13 punct
        sepakat sepakat VERB 0 root
        mengadakan ada VERB 13 xcomp
        patroli patroli NOUN 14 obj
        laut laut NOUN 15 compound
        bersama sama ADJ 16 amod
        . . PUNCT 13 punct
    """)
)

JOINT_PLANNED = (
conll('Pertamina dan Petronas berencana membangun kilang bersama.', """
        Pertamina pertamina PROPN 4 nsubj
        dan dan CCONJ 3 cc
        Petronas petronas PROPN 1 conj
        berencana rencana VERB 0 root
        membangun bangun VERB 4 xcomp
        kilang kilang NOUN 5 obj
        bersama bersama ADP 6 case
        . . PUNCT 4 punct
    """)
)

JOINT_PEOPLE = (
conll('Budi Santoso dan Ani Lestari makan siang bersama di kantin.', """
        Budi budi PROPN 6 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        dan dan CCONJ 4 cc
        Ani ani PROPN 1 conj _ B-PER
        Lestari lestari PROPN 4 flat:name _ E-PER
        makan makan VERB 0 root
        siang siang NOUN 6 obj
        bersama bersama ADP 10 case
        di di ADP 10 case
        kantin kantin NOUN 6 obl
        . . PUNCT 6 punct
    """)
)


def _partners(block: str, lexicon: Lexicon) -> dict[frozenset[str], str]:
    return {frozenset((s, o)): c for (s, p, o), c in claims_of(doc_of(block), lexicon).items() if p == "partnersWith"}


def test_a_joint_activity_makes_partners_with_its_certainty(lexicon: Lexicon) -> None:
    assert _partners(JOINT_DENIED, lexicon) == {frozenset(("Indonesia", "Malaysia")): "negated"}
    assert _partners(JOINT_PLANNED, lexicon) == {frozenset(("Pertamina", "Petronas")): "speculative"}


def test_every_pair_of_a_listed_subject(lexicon: Lexicon) -> None:
    assert set(_partners(JOINT_LISTED, lexicon)) == {frozenset(("Jepang", "Korea Selatan")),
                                                      frozenset(("Jepang", "Filipina")),
                                                      frozenset(("Korea Selatan", "Filipina"))}


def test_people_together_are_no_partners(lexicon: Lexicon) -> None:
    assert _partners(JOINT_PEOPLE, lexicon) == {}

JOINT_OFFICIALS = (
conll('Gubernur Jawa Barat dan Gubernur Jawa Tengah menggelar rapat bersama.', """
        Gubernur gubernur NOUN 8 nsubj
        Jawa jawa PROPN 1 flat:name _ B-LOC
        Barat barat PROPN 2 flat:name _ E-LOC
        dan dan CCONJ 5 cc
        Gubernur gubernur PROPN 1 conj
        Jawa jawa PROPN 5 flat:name _ B-LOC
        Tengah tengah PROPN 6 flat:name _ E-LOC
        menggelar gelar VERB 0 root
        rapat rapat NOUN 8 obj
        bersama sama ADJ 9 amod
        . . PUNCT 8 punct
    """)
)


def test_officials_of_two_places_are_not_their_places_partnering(lexicon: Lexicon) -> None:
    # the subject is two governors, not the provinces: people described by the names act, not the named parties
    assert _partners(JOINT_OFFICIALS, lexicon) == {}
