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

TWO_OFFICES_CEO = (
conll('Budi Santoso menjabat Ketua Umum Kadin Indonesia dan Direktur Utama PT Bumi Serpong Damai.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        menjabat jabat VERB 0 root
        Ketua ketua NOUN 3 obj
        Umum umum PROPN 4 nmod
        Kadin kadin PROPN 5 flat:name
        Indonesia indonesia PROPN 6 flat:name _ S-LOC
        dan dan CCONJ 9 cc
        Direktur direktur PROPN 5 conj
        Utama utama ADJ 9 amod
        PT pt PROPN 9 flat:name
        Bumi bumi PROPN 11 flat:name
        Serpong serpong PROPN 12 flat:name
        Damai damai PROPN 13 flat:name
        . . PUNCT 3 punct
    """)
)

OFFICE_LEFT = (
conll('Edy Rahmayadi mundur dari jabatannya sebagai Ketua Umum PSSI.', """
        Edy edy PROPN 3 nsubj _ B-PER
        Rahmayadi rahmayadi PROPN 1 flat:name _ E-PER
        mundur mundur VERB 0 root
        dari dari ADP 5 case
        jabatan jabat NOUN 3 obl
        nya dia PRON 5 nmod:poss
        sebagai sebagai ADP 8 case
        Ketua ketua NOUN 5 nmod
        Umum umum PROPN 8 nmod
        PSSI pssi PROPN 9 flat:name _ S-ORG
        . . PUNCT 3 punct
    """)
)

OFFICE_LEAVING_PLANNED = (
conll('Budi Santoso akan mundur dari jabatannya sebagai Ketua Umum PSSI.', """
        Budi budi PROPN 4 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        akan akan AUX 4 aux
        mundur mundur VERB 0 root
        dari dari ADP 6 case
        jabatan jabat NOUN 4 obl
        nya dia PRON 6 nmod:poss
        sebagai sebagai ADP 9 case
        Ketua ketua NOUN 6 nmod
        Umum umum PROPN 9 nmod
        PSSI pssi PROPN 10 flat:name _ S-ORG
        . . PUNCT 4 punct
    """)
)

RANK_HEADS = (
conll('Letnan Kolonel Laut Rudi Hartono mengepalai Pangkalan TNI AL Tegal.', """
        Letnan letnan PROPN 6 nsubj
        Kolonel kolonel PROPN 1 flat:name
        Laut laut PROPN 2 flat:name
        Rudi rudi PROPN 3 flat:name _ B-PER
        Hartono hartono PROPN 4 flat:name _ E-PER
        mengepalai kepalai VERB 0 root
        Pangkalan pangkalan PROPN 6 obj
        TNI tni PROPN 7 flat:name _ B-ORG
        AL al PROPN 8 flat:name _ I-ORG
        Tegal tegal PROPN 9 flat:name _ E-ORG
        . . PUNCT 6 punct
    """)
)


def test_a_second_office_hung_on_the_first_title(lexicon: Lexicon) -> None:
    assert _offices(TWO_OFFICES_CEO, lexicon) == {("Budi Santoso", "leads", "Kadin Indonesia"),
                                                  ("Budi Santoso", "ceoOf", "PT Bumi Serpong Damai")}


def test_an_office_left_is_negated_and_a_planned_departure_says_nothing(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(OFFICE_LEFT), lexicon).get(("Edy Rahmayadi", "leads", "PSSI")) == "negated"
    assert _offices(OFFICE_LEAVING_PLANNED, lexicon) == set()


def test_a_full_navy_rank_is_not_the_head(lexicon: Lexicon) -> None:
    assert _offices(RANK_HEADS, lexicon) == {("Rudi Hartono", "leads", "Pangkalan TNI AL Tegal")}
