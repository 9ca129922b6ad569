"""Offices held in other words: "mengepalai" (to head), a second title the parser hung on the first title's
organisation ("menjabat Ketua Yayasan X dan Ketua Umum Partai Y"), and a body represented by the holder of a bare title
("Universitas X, yang diwakili oleh Rektor Y"). 2026-12-06, fifth session. Sentences written for the tests, rows from
the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

HEADS_OFFICE = (
conll('Budi Santoso, yang mengepalai Dinas Pendidikan Jawa Barat, hadir.', """
        Budi budi PROPN 11 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        , , PUNCT 1 punct
        yang yang PRON 5 nsubj
        mengepalai kepalai VERB 1 acl:relcl
        Dinas dinas PROPN 5 obj
        Pendidikan didik PROPN 6 flat:name
        Jawa jawa PROPN 7 flat:name _ B-LOC
        Barat barat PROPN 8 amod _ E-LOC
        , , PUNCT 11 punct
        hadir hadir VERB 0 root
        . . PUNCT 11 punct
    """)
)

TWO_OFFICES = (
conll('Budi Santoso menjabat Ketua Yayasan Harapan Kita dan Ketua Umum Partai Golkar.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        menjabat jabat VERB 0 root
        Ketua ketua NOUN 3 obj
        Yayasan yayasan PROPN 4 nmod
        Harapan harap PROPN 5 flat:name
        Kita kita PROPN 6 flat:name
        dan dan CCONJ 9 cc
        Ketua ketua NOUN 5 conj
        Umum umum PROPN 9 nmod
        Partai partai PROPN 10 flat:name _ B-ORG
        Golkar golkar PROPN 11 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

TWO_OFFICES_AS = (
conll('Budi Santoso menjabat sebagai Ketua Yayasan Harapan Kita dan Presiden Direktur PT Sinar Mas.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        menjabat jabat VERB 0 root
        sebagai sebagai ADP 5 case
        Ketua ketua NOUN 3 obl
        Yayasan yayasan PROPN 5 nmod
        Harapan harap PROPN 6 flat:name
        Kita kita PROPN 7 flat:name
        dan dan CCONJ 10 cc
        Presiden presiden PROPN 6 conj
        Direktur direktur PROPN 10 flat:name
        PT pt PROPN 11 flat:name
        Sinar sinar PROPN 12 flat:name _ B-PER
        Mas mas PROPN 13 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)

REPRESENTED = (
conll('Universitas Gadjah Mada menandatangani perjanjian dengan Universitas Leiden, yang diwakili oleh Rektor Carel Stolker.', """
        Universitas universitas PROPN 4 nsubj _ B-ORG
        Gadjah gadjah PROPN 1 flat:name _ I-ORG
        Mada mada PROPN 2 flat:name _ E-ORG
        menandatangani menandatangani VERB 0 root
        perjanjian janji NOUN 4 obj
        dengan dengan ADP 7 case
        Universitas universitas PROPN 5 nmod _ B-ORG
        Leiden leiden PROPN 7 flat:name _ E-ORG
        , , PUNCT 7 punct
        yang yang PRON 11 nsubj:pass
        diwakili wakil VERB 7 acl:relcl
        oleh oleh ADP 13 case
        Rektor rektor PROPN 11 obl _ B-PER
        Carel carel PROPN 13 flat:name _ I-PER
        Stolker stolker PROPN 14 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)

REPRESENTED_UNTITLED = (
conll('Universitas Leiden diwakili oleh Budi Santoso dalam acara itu.', """
        Universitas universitas PROPN 3 nsubj:pass _ B-ORG
        Leiden leiden PROPN 1 flat:name _ E-ORG
        diwakili wakil VERB 0 root
        oleh oleh ADP 5 case
        Budi budi PROPN 3 obl _ B-PER
        Santoso santoso PROPN 5 flat:name _ E-PER
        dalam dalam ADP 8 case
        acara acara NOUN 3 obl
        itu itu DET 8 det
        . . PUNCT 3 punct
    """)
)


def _offices(block: str, lexicon: Lexicon) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o in claims_of(doc_of(block), lexicon) if p in ("leads", "ceoOf")}


def test_to_head_is_to_lead(lexicon: Lexicon) -> None:
    assert _offices(HEADS_OFFICE, lexicon) == {("Budi Santoso", "leads", "Dinas Pendidikan Jawa Barat")}


def test_a_second_office_hung_on_the_first_organisation(lexicon: Lexicon) -> None:
    assert _offices(TWO_OFFICES, lexicon) == {("Budi Santoso", "leads", "Yayasan Harapan Kita"),
                                              ("Budi Santoso", "leads", "Partai Golkar")}
    assert _offices(TWO_OFFICES_AS, lexicon) == {("Budi Santoso", "leads", "Yayasan Harapan Kita"),
                                                 ("Budi Santoso", "ceoOf", "PT Sinar Mas")}


def test_a_body_represented_by_its_head(lexicon: Lexicon) -> None:
    assert _offices(REPRESENTED, lexicon) == {("Carel Stolker", "leads", "Universitas Leiden")}
    # a representative with no title holds no office
    assert _offices(REPRESENTED_UNTITLED, lexicon) == set()
