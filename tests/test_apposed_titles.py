"""Names set off by commas after a description: a work's title after "Film garapan sutradara X," (the film, not a new
clause's subject) and a bank's name after the relative clause that places it, the clause opening the sentence with a
capital the tagger takes for a name. 2026-12-06, fourth session. Sentences written for the tests, rows from the bundled
models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

FILM_TITLE = (
conll('Film garapan sutradara Joko Anwar, Pengabdi Setan, ditonton jutaan orang.', """
        Film film NOUN 10 nsubj:pass
        garapan garap NOUN 1 compound
        sutradara sutradara NOUN 2 compound
        Joko joko PROPN 3 nmod _ B-PER
        Anwar anwar PROPN 4 flat:name _ E-PER
        , , PUNCT 7 punct
        Pengabdi pengabdi PROPN 10 nsubj:pass
        Setan setan PROPN 7 flat:name
        , , PUNCT 10 punct
        ditonton tonton VERB 0 root
        jutaan juta NUM 12 nummod
        orang orang NOUN 10 obj
        . . PUNCT 10 punct
    """)
)

NEW_CLAUSE = (
conll('Film karya Hanung Bramantyo, Kementerian Agama menganjurkan penontonnya berhati-hati.', """
        Film film NOUN 8 nsubj
        karya karya NOUN 1 compound
        Hanung hanung PROPN 2 nmod _ B-PER
        Bramantyo bramantyo PROPN 3 flat:name _ E-PER
        , , PUNCT 1 punct
        Kementerian kementerian NOUN 8 nsubj
        Agama agama NOUN 6 compound
        menganjurkan kanjur VERB 0 root
        penonton tonton NOUN 8 obj
        nya dia PRON 9 nmod:poss
        berhati-hati hati VERB 8 xcomp
        . . PUNCT 8 punct
    """)
)

BANK_AFTER_CLAUSE = (
conll('Bank yang berkantor pusat di Surabaya, Bank Jatim, mencatat laba.', """
        Bank bank PROPN 11 nsubj
        yang yang PRON 3 nsubj
        berkantor kantor VERB 1 acl:relcl
        pusat pusat NOUN 3 obj
        di di ADP 6 case
        Surabaya surabaya PROPN 3 obl _ S-LOC
        , , PUNCT 6 punct
        Bank bank PROPN 6 appos _ B-ORG
        Jatim jatim PROPN 8 flat:name _ E-ORG
        , , PUNCT 11 punct
        mencatat catat VERB 0 root
        laba laba NOUN 11 obj
        . . PUNCT 11 punct
    """)
)


def test_title_apposed_after_the_maker_is_the_work(lexicon: Lexicon) -> None:
    assert ("Pengabdi Setan", "developedBy", "Joko Anwar") in claims_of(doc_of(FILM_TITLE), lexicon)


def test_a_new_clause_after_the_maker_is_no_title(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(NEW_CLAUSE), lexicon)
    assert not [c for c in claims if c[1] == "developedBy"]


def test_name_after_a_relative_clause_that_places_it(lexicon: Lexicon) -> None:
    assert ("Bank Jatim", "basedIn", "Surabaya") in claims_of(doc_of(BANK_AFTER_CLAUSE), lexicon)
