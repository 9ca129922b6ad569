"""An event's label keeps a dash written inside its words ("ruas tol Kayuagung-Palembang", "jalur Medan–Binjai"): the
tokenizer splits it off and the parser hangs it as punctuation, but it is part of the name the text gives. 2026-12-06,
fourth session. Sentence written for the test, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

DASHED = (
conll('PT Tol Musi Sejahtera menunda pengoperasian ruas tol Kayuagung-Palembang hingga Juli.', """
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
    """)
)

SPACED = (
conll('PT Tol Musi Sejahtera menunda pengoperasian ruas tol Kayuagung - Palembang hingga Juli.', """
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
    """)
)


def _delayed(block: str, lexicon: Lexicon) -> list[str]:
    return [o for s, p, o in claims_of(doc_of(block), lexicon) if p == "delayed"]


def test_glued_dash_stays_in_the_event_label(lexicon: Lexicon) -> None:
    assert _delayed(DASHED, lexicon) == ["pengoperasian ruas tol Kayuagung-Palembang"]


def test_a_dash_between_spaces_is_punctuation(lexicon: Lexicon) -> None:
    assert _delayed(SPACED, lexicon) == ["pengoperasian ruas tol Kayuagung Palembang"]
