"""Rivals and companies news names plainly: a listed company opening a sentence although the dictionary knows its
name as a word ("Gojek": "ojek"), and a rival "sekota / senegara" apposed to the object of the clause's verb, the
rival of its subject whatever the clause says of the match, never of a name merely said before. 2026-12-06, fourth
session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

COMPANY_OPENS = (
conll('Gojek bersaing dengan Grab di pasar Indonesia.', """
        Gojek gojek PROPN 2 nsubj
        bersaing saing VERB 0 root
        dengan dengan ADP 4 case
        Grab grab PROPN 2 obl _ S-ORG
        di di ADP 6 case
        pasar pasar NOUN 4 nmod
        Indonesia indonesia PROPN 6 nmod _ S-LOC
        . . PUNCT 2 punct
    """)
)

SAME_CITY = (
conll('Arsenal akan menjamu rival sekota, Tottenham Hotspur, akhir pekan ini.', """
        Arsenal arsenal PROPN 3 nsubj _ S-ORG
        akan akan AUX 3 aux
        menjamu jamu VERB 0 root
        rival rival NOUN 3 obj
        sekota sekota NOUN 4 compound
        , , PUNCT 7 punct
        Tottenham tottenham PROPN 4 appos _ B-ORG
        Hotspur hotspur PROPN 7 flat:name _ E-ORG
        , , PUNCT 7 punct
        akhir akhir NOUN 11 amod
        pekan pekan NOUN 3 obl
        ini ini DET 11 det
        . . PUNCT 3 punct
    """)
)

NO_NAMED_SUBJECT = (
conll('Mereka juga nyaris merengkuh trofi Liga Champions, namun kalah tipis dari rival senegara, Bayern Munich, di final.', """
        Mereka mereka PRON 4 nsubj
        juga juga ADV 4 advmod
        nyaris nyaris ADV 4 advmod
        merengkuh rengkuh VERB 0 root
        trofi trofi NOUN 4 obj
        Liga liga PROPN 5 nmod _ B-ORG
        Champions champions PROPN 6 flat:name _ E-ORG
        , , PUNCT 4 punct
        namun namun SCONJ 10 mark
        kalah kalah VERB 4 advcl
        tipis tipis ADJ 10 amod
        dari dari ADP 13 case
        rival rival NOUN 10 obl
        senegara senegara NOUN 13 compound
        , , PUNCT 16 punct
        Bayern bayern PROPN 13 appos _ B-ORG
        Munich munich PROPN 16 flat:name _ E-ORG
        , , PUNCT 16 punct
        di di ADP 20 case
        final final NOUN 10 obl
        . . PUNCT 4 punct
    """)
)


def test_listed_company_opening_a_sentence_is_a_name(lexicon: Lexicon) -> None:
    assert ("Gojek", "competesWith", "Grab") in claims_of(doc_of(COMPANY_OPENS), lexicon)


def test_rival_of_the_same_city_is_the_subjects_rival_stated_not_hedged(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SAME_CITY), lexicon)
    assert claims.get(("Arsenal", "competesWith", "Tottenham Hotspur")) == "asserted"


def test_rival_of_the_same_country_needs_a_named_subject(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(NO_NAMED_SUBJECT), lexicon)
    assert not [c for c in claims if c[1] == "competesWith"]

COACH_SUBJECT = (
conll('Pelatih Persebaya Aji Santoso optimistis timnya bisa mengalahkan rival sekota, Persela.', """
        Pelatih pelatih PROPN 8 nsubj
        Persebaya persebaya PROPN 1 flat:name
        Aji aji PROPN 2 flat:name _ B-PER
        Santoso santoso PROPN 3 flat:name _ E-PER
        optimistis optimistis NOUN 4 flat:name
        timnya timnya ADJ 5 amod
        bisa bisa AUX 8 aux
        mengalahkan kalah VERB 0 root
        rival rival NOUN 8 obj
        sekota sekota NOUN 9 compound
        , , PUNCT 12 punct
        Persela persela PROPN 9 appos _ S-ORG
        . . PUNCT 8 punct
    """)
)


def test_a_coach_has_no_rival_club(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(COACH_SUBJECT), lexicon)
    assert not [c for c in claims if c[1] == "competesWith" and c[0] == "Aji Santoso"]

SAME_CITY_PARSED_APPOSED = (
conll('Inter Milan akan menghadapi rival sekota, AC Milan, pada pekan depan.', """
        Inter inter PROPN 4 nsubj _ B-ORG
        Milan milan PROPN 1 flat:name _ E-ORG
        akan akan AUX 4 aux
        menghadapi hadap VERB 0 root
        rival rival NOUN 4 obj
        sekota sekota NOUN 5 compound
        , , PUNCT 8 punct
        AC ac PROPN 5 appos _ B-ORG
        Milan milan PROPN 8 flat:name _ E-ORG
        , , PUNCT 4 punct
        pada pada ADP 12 case
        pekan pekan NOUN 4 obl
        depan depan NOUN 12 compound
        . . PUNCT 4 punct
    """)
)


def test_rivalry_apposed_to_a_hedged_match_is_stated(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SAME_CITY_PARSED_APPOSED), lexicon)
    assert claims.get(("Inter Milan", "competesWith", "AC Milan")) == "asserted"

LISTED_TWO_WORDS = (
conll('Jasa Marga menunda kenaikan tarif tol.', """
        Jasa jasa NOUN 3 nsubj
        Marga marga PROPN 1 flat:name
        menunda tunda VERB 0 root
        kenaikan naik NOUN 3 obj
        tarif tarif NOUN 4 compound
        tol tol NOUN 5 compound
        . . PUNCT 3 punct
    """)
)


def test_a_listed_company_of_two_words_opening_a_sentence_stays_whole(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(LISTED_TWO_WORDS), lexicon)
    assert [s for s, p, _ in claims if p == "delayed"] == ["Jasa Marga"]

RIVAL_COPULA_VERB = (
conll('XL Axiata merupakan salah satu pesaing Telkomsel.', """
        XL xl PROPN 3 nsubj _ B-PER
        Axiata axiata PROPN 1 flat:name _ E-PER
        merupakan rupa VERB 0 root
        salah salah ADJ 6 advmod
        satu satu NUM 4 nummod
        pesaing saing NOUN 3 obj
        Telkomsel telkomsel PROPN 6 nmod
        . . PUNCT 3 punct
    """)
)

WORK_OF_TWO = (
conll('Penghargaan tersebut merupakan kerja sama Akademi Ilmu Pengetahuan Indonesia dan Biro Oktroi Roosseno.', """
        Penghargaan harga NOUN 3 nsubj
        tersebut tersebut DET 1 det
        merupakan rupa VERB 0 root
        kerja kerja NOUN 3 obj
        sama sama ADJ 4 amod
        Akademi akademi PROPN 4 nmod _ B-ORG
        Ilmu ilmu PROPN 6 flat:name _ I-ORG
        Pengetahuan pengetahuan PROPN 7 flat:name _ I-ORG
        Indonesia indonesia PROPN 8 flat:name _ E-ORG
        dan dan CCONJ 11 cc
        Biro biro PROPN 6 conj _ B-PER
        Oktroi oktroi PROPN 11 flat:name _ I-PER
        Roosseno roosseno PROPN 12 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)


def test_one_of_the_rivals_after_a_copula_parsed_as_a_verb(lexicon: Lexicon) -> None:
    assert ("XL Axiata", "competesWith", "Telkomsel") in claims_of(doc_of(RIVAL_COPULA_VERB), lexicon)
    # a thing described as the work of two parties: the two are the partners, the thing is none
    partners = {frozenset((s, o)) for s, p, o in claims_of(doc_of(WORK_OF_TWO), lexicon) if p == "partnersWith"}
    assert partners == {frozenset(("Akademi Ilmu Pengetahuan Indonesia", "Biro Oktroi Roosseno"))}
