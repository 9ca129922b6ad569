"""Names the NER runs together or cuts apart: a lone word cut off an organisation's tail before a person opens the
person's name; after a title, a known body's name ends where the gazetteer's does even when the NER runs it on over
the holder's name; English names and titles hold their lowercase connectors ("of the", "to the", "for", "in") and no
person's name has one. 2026-12-06, tenth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

LONE_WORD = (
conll('Ketua Umum PSSI La Nyalla Mattalitti hadir dalam rapat itu.', """
        Ketua ketua NOUN 7 nsubj
        Umum umum PROPN 1 flat:name
        PSSI pssi PROPN 2 flat:name _ B-ORG
        La la PROPN 3 flat:name _ E-ORG
        Nyalla nyalla PROPN 4 flat:name _ B-PER
        Mattalitti mattalitti PROPN 5 flat:name _ E-PER
        hadir hadir VERB 0 root
        dalam dalam ADP 9 case
        rapat rapat NOUN 7 obl
        itu itu DET 9 det
        . . PUNCT 7 punct
    """)
)

BODY_RUN_ON = (
conll('Mantan Ketua Dewan Perwakilan Rakyat Newt Gingrich, Gubernur Texas Rick Perry, dan Senator Rand Paul kalah.', """
        Mantan mantan NOUN 18 nsubj
        Ketua ketua NOUN 1 compound
        Dewan dewan PROPN 2 nmod _ B-ORG
        Perwakilan perwakilan PROPN 3 flat:name _ I-ORG
        Rakyat rakyat PROPN 4 flat:name _ I-ORG
        Newt newt PROPN 5 flat:name _ I-ORG
        Gingrich gingrich PROPN 6 flat:name _ E-ORG
        , , PUNCT 9 punct
        Gubernur gubernur NOUN 1 conj
        Texas texas PROPN 9 nmod _ B-PER
        Rick rick PROPN 10 flat:name _ I-PER
        Perry perry PROPN 11 flat:name _ E-PER
        , , PUNCT 15 punct
        dan dan CCONJ 15 cc
        Senator senator PROPN 18 nsubj _ B-PER
        Rand rand PROPN 15 flat:name _ I-PER
        Paul paul PROPN 16 flat:name _ E-PER
        kalah kalah VERB 0 root
        . . PUNCT 18 punct
    """)
)


ENGLISH_BODY = (
conll('Butler menjabat sebagai Presiden Carnegie Endowment for International Peace.', """
        Butler butler PROPN 2 nsubj _ S-PER
        menjabat jabat VERB 0 root
        sebagai sebagai ADP 4 case
        Presiden presiden PROPN 2 obl
        Carnegie carnegie PROPN 4 flat:name _ B-PER
        Endowment endowment PROPN 5 flat:name _ E-PER
        for for PROPN 6 flat:name
        International international PROPN 7 flat:name
        Peace peace PROPN 8 flat:name
        . . PUNCT 2 punct
    """)
)

ENGLISH_TITLE = (
conll('Film Working to the Death karya sutradara Austria, Michael Glawogger, diputar di Jakarta.', """
        Film film NOUN 13 nsubj:pass
        Working working PROPN 1 nmod
        to to PROPN 2 flat:name
        the the PROPN 3 flat:name
        Death death PROPN 1 nmod
        karya karya NOUN 5 compound
        sutradara sutradara NOUN 6 compound
        Austria austria PROPN 7 nmod _ S-LOC
        , , PUNCT 10 punct
        Michael michael PROPN 13 nsubj:pass _ B-PER
        Glawogger glawogger PROPN 10 flat:name _ E-PER
        , , PUNCT 13 punct
        diputar putar VERB 0 root
        di di ADP 15 case
        Jakarta jakarta PROPN 13 obl _ S-LOC
        . . PUNCT 13 punct
    """)
)


def test_a_lone_word_cut_off_an_organisation_before_a_person_opens_the_name(lexicon: Lexicon) -> None:
    types = _types(doc_of(LONE_WORD), lexicon)
    assert types.get("La Nyalla Mattalitti") == "Person"
    assert "La" not in types and "Nyalla Mattalitti" not in types
    assert claims_of(doc_of(LONE_WORD), lexicon) == {("La Nyalla Mattalitti", "leads", "PSSI"): "asserted"}


def test_a_known_body_after_a_title_ends_where_the_gazetteer_does(lexicon: Lexicon) -> None:
    types = _types(doc_of(BODY_RUN_ON), lexicon)
    assert types.get("Dewan Perwakilan Rakyat") == "Organization"
    assert "Newt Gingrich" in types and "Dewan Perwakilan Rakyat Newt Gingrich" not in types
    claims = claims_of(doc_of(BODY_RUN_ON), lexicon)
    assert claims.get(("Newt Gingrich", "leads", "Dewan Perwakilan Rakyat")) == "asserted"


def test_an_english_name_keeps_its_connector_and_is_no_person(lexicon: Lexicon) -> None:
    types = _types(doc_of(ENGLISH_BODY), lexicon)
    assert types.get("Carnegie Endowment for International Peace") == "Organization"
    claims = claims_of(doc_of(ENGLISH_BODY), lexicon)
    assert claims == {("Butler", "leads", "Carnegie Endowment for International Peace"): "asserted"}


def test_an_english_title_keeps_two_connectors_in_a_row(lexicon: Lexicon) -> None:
    types = _types(doc_of(ENGLISH_TITLE), lexicon)
    assert types.get("Working to the Death") == "Product"
    assert types.get("Michael Glawogger") == "Person"
    claims = claims_of(doc_of(ENGLISH_TITLE), lexicon)
    assert claims == {("Working to the Death", "developedBy", "Michael Glawogger"): "asserted"}
