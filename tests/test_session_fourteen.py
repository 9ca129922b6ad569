"""Fourteenth session (2026-12-07): a company's last word such as "Mill", "Calcio" or "Racing" keeps a run tagged as a
person an organisation's name ("PT Boga Sari Flour Mill", "Red Bull Racing"); English C-suite titles written in full
("Chief Commercial Officer") are titles, not names; the one replaced after an office phrase ("menetapkan X sebagai
direktur utama baru, menggantikan Y") held that office; "Y akan menggantikan X sebagai <title> <org>" gives Y the
office (hedged by "akan"); two titles of one office ("Presiden Direktur dan CEO") share the organisation after them, and
a bare "perseroan" there is the company the report is about.
Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

MILL_COMPANY = (
conll('Ia memegang posisi di anak perusahaan Indofood, PT Boga Sari Flour Mill sebagai Chief Commercial Officer.', """
        Ia dia PRON 2 nsubj
        memegang pegang VERB 0 root
        posisi posisi NOUN 2 obj
        di di ADP 5 case
        anak anak NOUN 3 nmod
        perusahaan usaha NOUN 5 compound
        Indofood indofood PROPN 6 nmod
        , , PUNCT 5 punct
        PT pt PROPN 5 appos _ B-ORG
        Boga boga PROPN 9 flat:name _ E-ORG
        Sari sari PROPN 10 flat:name _ B-PER
        Flour flour PROPN 11 flat:name _ I-PER
        Mill mill PROPN 12 flat:name _ E-PER
        sebagai sebagai ADP 15 case
        Chief chief PROPN 9 nmod _ B-PER
        Commercial commercial PROPN 15 flat:name _ I-PER
        Officer officer PROPN 16 flat:name _ E-PER
        . . PUNCT 2 punct
    """)
)

CLUB_ENDS = (
conll('Pelatih itu pindah dari Udinese Calcio ke Red Bull Racing.', """
        Pelatih pelatih NOUN 3 nsubj
        itu itu DET 1 det
        pindah pindah VERB 0 root
        dari dari ADP 5 case
        Udinese udinese PROPN 3 obl _ B-ORG
        Calcio calcio PROPN 5 flat:name _ E-ORG
        ke ke ADP 8 case
        Red red PROPN 3 obl _ B-PER
        Bull bull PROPN 8 flat:name _ I-PER
        Racing racing PROPN 9 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)


def test_a_company_word_ending_a_run_the_ner_calls_a_person_keeps_it_one_organisation(lexicon: Lexicon) -> None:
    doc = doc_of(MILL_COMPANY)
    assert _types(doc, lexicon) == {"Indofood": "Organization", "PT Boga Sari Flour Mill": "Organization"}
    assert claims_of(doc, lexicon) == {("Indofood", "investsIn", "PT Boga Sari Flour Mill"): "asserted"}
    assert _types(doc_of(CLUB_ENDS), lexicon) == {"Udinese Calcio": "Organization",
                                                  "Red Bull Racing": "Organization"}

PREDECESSOR_AFTER_OFFICE = (
conll('Rapat pemegang saham PT Pelabuhan Samudra Indonesia menetapkan Bambang Sutrisno sebagai direktur utama baru, '
      'menggantikan Teguh Santoso.', """
        Rapat rapat NOUN 8 nsubj
        pemegang pegang NOUN 1 compound
        saham saham NOUN 2 compound
        PT pt PROPN 3 nmod _ B-ORG
        Pelabuhan penlabuhan PROPN 4 flat:name _ I-ORG
        Samudra samudra PROPN 5 flat:name _ I-ORG
        Indonesia indonesia PROPN 6 flat:name _ E-ORG
        menetapkan tetap VERB 0 root
        Bambang bambang PROPN 8 obj _ B-PER
        Sutrisno sutrisno PROPN 9 flat:name _ E-PER
        sebagai sebagai ADP 12 case
        direktur direktur NOUN 8 obl
        utama utama ADJ 12 amod
        baru baru ADJ 12 amod
        , , PUNCT 16 punct
        menggantikan ganti VERB 8 conj
        Teguh teguh PROPN 16 obj _ B-PER
        Santoso santoso PROPN 17 flat:name _ E-PER
        . . PUNCT 8 punct
    """)
)

SUCCESSOR_AS_OFFICE = (
conll('PT Kirana Telekomunikasi Tbk mengumumkan Rajeev Sethi akan menggantikan Dewi Kartika sebagai Presiden Direktur '
      'dan CEO perseroan mulai April.', """
        PT pt PROPN 5 nsubj _ B-ORG
        Kirana kirana PROPN 1 flat:name _ I-ORG
        Telekomunikasi telekomunikasi PROPN 2 flat:name _ I-ORG
        Tbk tbk PROPN 3 flat:name _ E-ORG
        mengumumkan umum VERB 0 root
        Rajeev rajeev PROPN 5 obj _ B-PER
        Sethi sethi PROPN 6 flat:name _ E-PER
        akan akan AUX 9 aux
        menggantikan ganti VERB 5 xcomp
        Dewi dewi PROPN 9 obj _ B-PER
        Kartika kartika PROPN 10 flat:name _ E-PER
        sebagai sebagai ADP 13 case
        Presiden presiden NOUN 9 obl
        Direktur direktur PROPN 13 nmod
        dan dan CCONJ 16 cc
        CEO ceo PROPN 14 conj _ S-ORG
        perseroan perseroan NOUN 16 flat:name
        mulai mulai VERB 9 conj
        April april PROPN 18 obj
        . . PUNCT 5 punct
    """)
)


def test_the_one_replaced_after_an_office_phrase_held_that_office(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(PREDECESSOR_AFTER_OFFICE), lexicon) == {
        ("Bambang Sutrisno", "ceoOf", "PT Pelabuhan Samudra Indonesia"): "asserted",
        ("Teguh Santoso", "ceoOf", "PT Pelabuhan Samudra Indonesia"): "asserted"}


def test_a_successor_named_with_the_office_takes_it_over_hedged_by_its_verb(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SUCCESSOR_AS_OFFICE), lexicon) == {
        ("Dewi Kartika", "ceoOf", "PT Kirana Telekomunikasi Tbk"): "asserted",
        ("Rajeev Sethi", "ceoOf", "PT Kirana Telekomunikasi Tbk"): "speculative"}
