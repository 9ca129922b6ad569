"""Fourteenth session (2026-12-07): a company's last word such as "Mill", "Calcio" or "Racing" keeps a run tagged as a
person an organisation's name ("PT Boga Sari Flour Mill", "Red Bull Racing"); English C-suite titles written in full
("Chief Commercial Officer") are titles, not names.
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
