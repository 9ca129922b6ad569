"""Clubs in a football story that the NER calls persons: the one a player plays for, comes from or is lent by
("memperkuat X", "dipinjamkan oleh X", "kalah dari X", "tawaran X"), names of up to three words included
("Borussia Dortmund"). Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from dataclasses import replace

from conftest import conll
from test_audit_news import _types
from test_constructions import doc_of

from kg.lexicon import Lexicon

CLUB_STORY = (
conll('Pelatih itu puas dengan laga kemarin.', """
        Pelatih pelatih NOUN 3 nsubj
        itu itu DET 1 det
        puas puas VERB 0 root
        dengan dengan ADP 5 case
        laga laga NOUN 3 obl
        kemarin kemarin NOUN 5 compound
        . . PUNCT 3 punct
    """)
+ conll('Striker asal Brasil itu kini memperkuat Borussia Dortmund setelah dipinjamkan oleh Arema.', """
        Striker striker PROPN 6 nsubj _ S-PER
        asal asal ADP 3 case
        Brasil brasil PROPN 1 nmod _ S-LOC
        itu itu DET 3 det
        kini kini ADV 6 advmod
        memperkuat kuat VERB 0 root
        Borussia borussia PROPN 6 obj _ B-PER
        Dortmund dortmund PROPN 7 flat:name _ E-PER
        setelah setelah SCONJ 10 mark
        dipinjamkan pinjam VERB 6 advcl
        oleh oleh ADP 12 case
        Arema arema PROPN 10 obl _ S-PER
        . . PUNCT 6 punct
    """)
)

NO_FOOTBALL = (
conll('Budi Santoso kini memperkuat Borussia Dortmund.', """
        Budi budi PROPN 4 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        kini kini ADV 4 advmod
        memperkuat kuat VERB 0 root
        Borussia borussia PROPN 4 obj _ B-PER
        Dortmund dortmund PROPN 5 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)


def test_clubs_a_player_plays_for_or_is_lent_by(lexicon: Lexicon) -> None:
    types = _types(doc_of(CLUB_STORY), lexicon)
    assert types["Borussia Dortmund"] == "Organization"
    assert types["Arema"] == "Organization"


def test_no_club_outside_a_football_story(lexicon: Lexicon) -> None:
    # one sentence with no football word: the club rule stays out and the NER's reading stands (the NER corpora's
    # counts, which know "Borussia Dortmund" as a club's name, are left out to see the rule alone)
    assert _types(doc_of(NO_FOOTBALL), replace(lexicon, name_priors={}))["Borussia Dortmund"] == "Person"
