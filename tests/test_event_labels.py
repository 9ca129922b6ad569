"""Delay events: the label keeps a dash written inside its words ("ruas tol Kayuagung-Palembang", "jalur
Medan–Binjai"), which the tokenizer splits off and the parser hangs as punctuation; the parties of a postponed match
("Pertandingan antara A dan B ditunda") own none of it, while a band owns its concert. 2026-12-06, fourth session.
Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

# one parse for both spellings: the tokenizer cuts the dash off either way, only the offsets differ
TOLL_ROWS = """
        PT pt PROPN 5 nsubj _ B-ORG
        Tol tol PROPN 1 flat:name _ I-ORG
        Musi musi PROPN 2 flat:name _ I-ORG
        Sejahtera sejahtera PROPN 3 flat:name _ E-ORG
        menunda tunda VERB 0 root
        pengoperasian operasi NOUN 5 obj
        ruas ruas NOUN 6 compound
        tol tol NOUN 7 compound
        Kayuagung kayuagung PROPN 8 nmod
        - - PUNCT 9 punct
        Palembang palembang PROPN 9 flat:name _ S-LOC
        hingga hingga ADP 13 case
        Juli juli PROPN 5 obl
        . . PUNCT 5 punct
    """
DASHED = conll('PT Tol Musi Sejahtera menunda pengoperasian ruas tol Kayuagung-Palembang hingga Juli.', TOLL_ROWS)
SPACED = conll('PT Tol Musi Sejahtera menunda pengoperasian ruas tol Kayuagung - Palembang hingga Juli.', TOLL_ROWS)


def _delayed(block: str, lexicon: Lexicon) -> list[str]:
    return [o for s, p, o in claims_of(doc_of(block), lexicon) if p == "delayed"]


def test_glued_dash_stays_in_the_event_label(lexicon: Lexicon) -> None:
    assert _delayed(DASHED, lexicon) == ["pengoperasian ruas tol Kayuagung-Palembang"]


def test_a_dash_between_spaces_is_punctuation(lexicon: Lexicon) -> None:
    assert _delayed(SPACED, lexicon) == ["pengoperasian ruas tol Kayuagung Palembang"]

MATCH_DELAYED = (
conll('Pertandingan antara Persib dan Persija ditunda karena hujan.', """
        Pertandingan pertandingan NOUN 6 nsubj:pass
        antara antara ADP 3 case
        Persib persib PROPN 1 nmod _ S-ORG
        dan dan CCONJ 5 cc
        Persija persija PROPN 3 conj
        ditunda tunda VERB 0 root
        karena karena SCONJ 8 mark
        hujan hujan NOUN 6 advcl
        . . PUNCT 6 punct
    """)
)

OWNED_DELAYED = (
conll('Konser grup band Noah di Surabaya ditunda.', """
        Konser konser NOUN 7 nsubj:pass
        grup grup NOUN 1 compound
        band band NOUN 2 compound
        Noah noah PROPN 3 nmod
        di di ADP 6 case
        Surabaya surabaya PROPN 1 nmod _ S-LOC
        ditunda tunda VERB 0 root
        . . PUNCT 7 punct
    """)
)


def test_the_parties_of_a_postponed_match_own_none_of_it(lexicon: Lexicon) -> None:
    assert _delayed(MATCH_DELAYED, lexicon) == []


def test_a_band_owns_its_postponed_concert(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(OWNED_DELAYED), lexicon)
    assert [s for s, p, _ in claims if p == "delayed"] == ["Noah"]
