"""A career told as a sequence in one sentence (dev/tune round 24, 2026-12-06, third session): each organisation joined
recruits from the one before it when a sequence word ("lalu", "kemudian", "sebelum") stands between them. Sentences
written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

CAREER_CHAIN = (
conll('Karier klubnya dimulai dari Persiba, lalu pindah ke Persema, kemudian Arema, sebelum memperkuat Persebaya.', """
        Karier karier NOUN 4 nsubj:pass
        klub klub NOUN 1 compound
        nya dia PRON 2 nmod:poss
        dimulai mulai VERB 0 root
        dari dari ADP 6 case
        Persiba persiba PROPN 4 obl _ S-LOC
        , , PUNCT 4 punct
        lalu lalu SCONJ 9 mark
        pindah pindah VERB 4 advcl
        ke ke ADP 11 case
        Persema persema PROPN 9 obl _ S-LOC
        , , PUNCT 9 punct
        kemudian kemudian ADV 14 advmod
        Arema arema PROPN 11 appos _ S-PER
        , , PUNCT 14 punct
        sebelum sebelum SCONJ 17 mark
        memperkuat kuat VERB 9 advcl
        Persebaya persebaya PROPN 17 obj
        . . PUNCT 4 punct
    """)
)

CAREER_LIST = (
conll('Budi pindah ke Persiba, Persema dan Arema sebelum bergabung dengan Persebaya pada tahun 2009.', """
        Budi budi PROPN 2 nsubj _ S-PER
        pindah pindah VERB 0 root
        ke ke ADP 4 case
        Persiba persiba PROPN 2 obl _ S-LOC
        , , PUNCT 6 punct
        Persema persema PROPN 4 conj _ S-LOC
        dan dan CCONJ 8 cc
        Arema arema PROPN 4 conj _ S-PER
        sebelum sebelum SCONJ 10 mark
        bergabung gabung VERB 2 advcl
        dengan dengan ADP 12 case
        Persebaya persebaya PROPN 10 obl
        pada pada ADP 14 case
        tahun tahun NOUN 10 obl
        2009 2009 NUM 14 nummod
        . . PUNCT 2 punct
    """)
)

NOT_A_STEP = (
conll('Ia bergabung dengan Persib, kemudian Persija menang atas Arema.', """
        Ia dia PRON 2 nsubj
        bergabung gabung VERB 0 root
        dengan dengan ADP 4 case
        Persib persib PROPN 2 obl _ S-ORG
        , , PUNCT 2 punct
        kemudian kemudian ADV 8 advmod
        Persija persija PROPN 8 nsubj _ S-ORG
        menang menang VERB 2 advcl
        atas atas ADP 10 case
        Arema arema PROPN 8 obl _ S-ORG
        . . PUNCT 8 punct
    """)
)

WORKED_THEN_MOVED = (
conll('Ia pernah bekerja di Google sebelum pindah ke Meta.', """
        Ia dia PRON 3 nsubj
        pernah pernah ADV 3 advmod
        bekerja kerja VERB 0 root
        di di ADP 5 case
        Google google PROPN 3 obl _ S-ORG
        sebelum sebelum SCONJ 7 mark
        pindah pindah VERB 3 advcl
        ke ke ADP 9 case
        Meta meta PROPN 7 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)


def _recruits(doc, lexicon: Lexicon) -> set[tuple[str, str]]:
    return {(s, o) for (s, p, o), c in claims_of(doc, lexicon).items() if p == "recruitsFrom" and c == "asserted"}


def test_each_step_of_a_career_recruits_from_the_one_before(lexicon: Lexicon) -> None:
    assert _recruits(doc_of(CAREER_CHAIN), lexicon) == {
        ("Persema", "Persiba"), ("Arema", "Persema"), ("Persebaya", "Arema")}


def test_after_a_list_of_clubs_the_last_is_the_one_left(lexicon: Lexicon) -> None:
    assert ("Persebaya", "Arema") in _recruits(doc_of(CAREER_LIST), lexicon)
    assert ("Persebaya", "Persiba") not in _recruits(doc_of(CAREER_LIST), lexicon)


def test_work_before_a_move_is_a_step(lexicon: Lexicon) -> None:
    assert _recruits(doc_of(WORKED_THEN_MOVED), lexicon) == {("Meta", "Google")}


def test_a_new_clause_after_a_sequence_word_is_no_step(lexicon: Lexicon) -> None:
    assert not _recruits(doc_of(NOT_A_STEP), lexicon)
