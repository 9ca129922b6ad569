"""A titled description pointed back at ("Gubernur DKI Jakarta itu", "Ketua Umum Partai Hanura tersebut") as the
subject of its clause is the person the previous sentence was about: its main subject, and the only person it names;
with two persons named before, nobody is guessed. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

GOVERNOR_BACK = (
conll('Anies Baswedan tiba di Balai Kota.', """
        Anies anies PROPN 3 nsubj _ B-PER
        Baswedan baswedan PROPN 1 flat:name _ E-PER
        tiba tiba VERB 0 root
        di di ADP 5 case
        Balai balai PROPN 3 obl _ B-LOC
        Kota kota PROPN 5 flat:name _ E-LOC
        . . PUNCT 3 punct
    """)
+ conll('Gubernur DKI Jakarta tersebut tidak menjawab pertanyaan wartawan.', """
        Gubernur gubernur NOUN 6 nsubj
        DKI dki PROPN 1 flat:name
        Jakarta jakarta PROPN 2 flat:name _ S-LOC
        tersebut tersebut DET 1 det
        tidak tidak PART 6 advmod
        menjawab jawab VERB 0 root
        pertanyaan tanya NOUN 6 obj
        wartawan wartawan NOUN 7 compound
        . . PUNCT 6 punct
    """)
)

TWO_BEFORE = (
conll('Budi Santoso bertemu Ahmad Yani di Jakarta.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        bertemu temu VERB 0 root
        Ahmad ahmad PROPN 3 obj _ B-PER
        Yani yani PROPN 4 flat:name _ E-PER
        di di ADP 7 case
        Jakarta jakarta PROPN 3 obl _ S-LOC
        . . PUNCT 3 punct
    """)
+ conll('Ketua Umum Partai Golkar itu menyatakan dukungannya.', """
        Ketua ketua NOUN 6 nsubj
        Umum umum PROPN 1 flat:name
        Partai partai PROPN 2 flat:name _ B-ORG
        Golkar golkar PROPN 3 flat:name _ E-ORG
        itu itu DET 1 det
        menyatakan nyata VERB 0 root
        dukungan dukung NOUN 6 obj
        nya dia PRON 7 nmod:poss
        . . PUNCT 6 punct
    """)
)


def _leads(block: str, lexicon: Lexicon) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in claims_of(doc_of(block), lexicon) if p == "leads"}


def test_a_titled_description_points_back_at_the_previous_subject(lexicon: Lexicon) -> None:
    assert _leads(GOVERNOR_BACK, lexicon) == {("Anies Baswedan", "DKI Jakarta")}


def test_two_persons_before_leave_the_holder_unknown(lexicon: Lexicon) -> None:
    assert _leads(TWO_BEFORE, lexicon) == set()
