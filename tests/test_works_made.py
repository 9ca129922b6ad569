"""Works and their makers in other words: a list after "karya X" opened by "antara lain", "di antaranya" or "seperti",
and a work one honoured "lewat film/novel Y" made only when a maker's title introduces them (a director, not an
actor). 2026-12-06, fifth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

WORKS_AMONG = (
conll('Film-film karya Teguh Karya antara lain Ranjang Pengantin, Kawin Lari, dan Ibunda.', """
        Film-film film NOUN 0 root
        karya karya NOUN 1 compound
        Teguh teguh PROPN 2 nmod
        Karya karya PROPN 3 flat:name
        antara antara ADP 7 case
        lain lain ADJ 7 amod
        Ranjang ranjang PROPN 1 nmod _ B-PER
        Pengantin pengantin PROPN 7 flat:name _ E-PER
        , , PUNCT 10 punct
        Kawin kawin PROPN 7 conj _ B-PER
        Lari lari PROPN 10 flat:name _ E-PER
        , , PUNCT 14 punct
        dan dan CCONJ 14 cc
        Ibunda ibunda PROPN 7 conj _ S-PER
        . . PUNCT 1 punct
    """)
)

DIRECTOR_THROUGH = (
conll('Sutradara Garin Nugroho meraih penghargaan lewat film Opera Jawa.', """
        Sutradara sutradara PROPN 4 nsubj _ B-PER
        Garin garin PROPN 1 flat:name _ I-PER
        Nugroho nugroho PROPN 2 flat:name _ E-PER
        meraih raih VERB 0 root
        penghargaan harga NOUN 4 obj
        lewat lewat ADP 7 case
        film film NOUN 5 nmod
        Opera opera PROPN 7 nmod
        Jawa jawa PROPN 8 flat:name _ S-LOC
        . . PUNCT 4 punct
    """)
)

ACTOR_THROUGH = (
conll('Aktor Reza Rahadian meraih Piala Citra lewat film Habibie & Ainun.', """
        Aktor aktor PROPN 4 nsubj _ B-PER
        Reza reza PROPN 1 flat:name _ I-PER
        Rahadian rahadian PROPN 2 flat:name _ E-PER
        meraih raih VERB 0 root
        Piala piala PROPN 4 obj
        Citra citra PROPN 5 flat:name
        lewat lewat ADP 8 case
        film film NOUN 4 obl
        Habibie habibie PROPN 8 nmod _ B-PER
        & & PUNCT 11 punct _ I-PER
        Ainun ainun PROPN 8 appos _ E-PER
        . . PUNCT 4 punct
    """)
)


def _made(block: str, lexicon: Lexicon) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in claims_of(doc_of(block), lexicon) if p == "developedBy"}


def test_works_listed_after_among(lexicon: Lexicon) -> None:
    assert {("Ranjang Pengantin", "Teguh Karya"), ("Kawin Lari", "Teguh Karya")} <= _made(WORKS_AMONG, lexicon)


def test_a_director_honoured_through_a_film_made_it(lexicon: Lexicon) -> None:
    assert _made(DIRECTOR_THROUGH, lexicon) == {("Opera Jawa", "Garin Nugroho")}
    assert _made(ACTOR_THROUGH, lexicon) == set()
