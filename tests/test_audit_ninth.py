"""A seat noun, its owner's name and "di" + a place read in a row give the seat, however the parser hangs the "di"
phrase ("berkumpul di depan kantor pusat UNHCR di Jenewa": "di Jenewa" on the verb); a branch office gives none.
2026-12-06, ninth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

SEAT_AFTER_OWNER = (
conll('Para pengungsi berkumpul di depan kantor pusat UNHCR di Jenewa.', """
        Para para DET 2 det
        pengungsi ungsi NOUN 3 nsubj
        berkumpul kumpul VERB 0 root
        di di ADP 5 case
        depan depan NOUN 3 obl
        kantor kantor NOUN 5 compound
        pusat pusat NOUN 6 compound
        UNHCR unhcr PROPN 7 nmod _ S-ORG
        di di ADP 10 case
        Jenewa jenewa PROPN 3 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)

BRANCH_AFTER_OWNER = (
conll('Para wartawan menunggu di depan kantor cabang BCA di Surabaya.', """
        Para para DET 2 det
        wartawan wartawan NOUN 3 nsubj
        menunggu tunggu VERB 0 root
        di di ADP 5 case
        depan depan NOUN 3 obl
        kantor kantor NOUN 5 compound
        cabang cabang NOUN 6 compound
        BCA bca PROPN 7 nmod _ S-ORG
        di di ADP 10 case
        Surabaya surabaya PROPN 3 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)


def test_a_seat_noun_its_owner_and_a_place_in_a_row_give_the_seat(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SEAT_AFTER_OWNER), lexicon)
    assert claims == {("UNHCR", "basedIn", "Jenewa"): "asserted"}


def test_a_branch_office_in_a_place_is_no_seat(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(BRANCH_AFTER_OWNER), lexicon) == {}
