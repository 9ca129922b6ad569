"""Plans the certainty step read as facts (2026-12-06, third session): an appointment scheduled ("dijadwalkan
menetapkan X sebagai direktur utama"), an agreement still to be signed ("Kerja sama A dan B akan diteken"), an
opportunity for a partnership ("peluang kerja sama antara A dan B"). Sentences written for the tests, rows from the
bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

SCHEDULED_APPOINTMENT = (
conll('Rapat umum pemegang saham PT Sinar Laut pekan depan dijadwalkan menetapkan Budi Santoso sebagai direktur utama yang baru.', """
        Rapat rapat NOUN 10 nsubj:pass
        umum umum ADJ 1 amod
        pemegang pegang NOUN 1 compound
        saham saham NOUN 3 compound
        PT pt PROPN 4 nmod _ B-ORG
        Sinar sinar PROPN 5 flat:name _ I-ORG
        Laut laut NOUN 6 flat:name _ E-ORG
        pekan pekan NOUN 7 compound
        depan depan NOUN 8 amod
        dijadwalkan jadwal VERB 0 root
        menetapkan tetap VERB 10 xcomp
        Budi budi PROPN 11 obj _ B-PER
        Santoso santoso PROPN 12 flat:name _ E-PER
        sebagai sebagai ADP 15 case
        direktur direktur NOUN 11 obl
        utama utama ADJ 15 amod
        yang yang PRON 18 nsubj
        baru baru ADJ 15 amod
        . . PUNCT 10 punct
    """)
)

SIGNING_TO_COME = (
conll('Kerja sama antara PT Sinar Laut dan PT Bumi Jaya akan diteken bulan depan.', """
        Kerja kerja NOUN 12 nsubj:pass
        sama sama ADJ 1 amod
        antara antara ADP 4 case
        PT pt PROPN 1 nmod _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Laut laut PROPN 5 flat:name _ E-ORG
        dan dan CCONJ 8 cc
        PT pt PROPN 4 conj _ B-ORG
        Bumi bumi PROPN 8 flat:name _ I-ORG
        Jaya jaya PROPN 9 flat:name _ E-ORG
        akan akan AUX 12 aux
        diteken teken VERB 0 root
        bulan bulan NOUN 12 obj
        depan depan NOUN 13 compound
        . . PUNCT 12 punct
    """)
)

SIGNED = (
conll('Kerja sama antara PT Sinar Laut dan PT Bumi Jaya diteken pekan lalu.', """
        Kerja kerja NOUN 11 nsubj:pass
        sama sama ADJ 1 amod
        antara antara ADP 4 case
        PT pt PROPN 1 nmod _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Laut laut PROPN 5 flat:name _ E-ORG
        dan dan CCONJ 8 cc
        PT pt PROPN 4 conj _ B-ORG
        Bumi bumi PROPN 8 flat:name _ I-ORG
        Jaya jaya PROPN 9 flat:name _ E-ORG
        diteken teken VERB 0 root
        pekan pekan NOUN 11 obj
        lalu lalu VERB 12 amod
        . . PUNCT 11 punct
    """)
)

OPPORTUNITY = (
conll('Budi mengatakan, salah satu peluang kerja sama antara Swiss dan Indonesia adalah di sektor perawatan pesawat.', """
        Budi budi PROPN 2 nsubj _ S-PER
        mengatakan kata VERB 0 root
        , , PUNCT 2 punct
        salah salah ADJ 6 advmod
        satu satu NUM 4 nummod
        peluang peluang NOUN 2 obj
        kerja kerja NOUN 6 compound
        sama sama ADJ 7 amod
        antara antara ADP 10 case
        Swiss swiss PROPN 6 nmod _ S-LOC
        dan dan CCONJ 12 cc
        Indonesia indonesia PROPN 10 conj _ S-LOC
        adalah adalah AUX 15 cop
        di di ADP 15 case
        sektor sektor NOUN 2 obl
        perawatan rawat NOUN 15 compound
        pesawat pesawat NOUN 16 compound
        . . PUNCT 2 punct
    """)
)


def test_a_scheduled_appointment_is_speculative(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SCHEDULED_APPOINTMENT), lexicon)
    assert claims.get(("Budi Santoso", "ceoOf", "PT Sinar Laut")) == "speculative"


def test_an_agreement_still_to_be_signed_is_speculative_and_a_signed_one_asserted(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SIGNING_TO_COME), lexicon).get(
        ("PT Sinar Laut", "partnersWith", "PT Bumi Jaya")) == "speculative"
    assert claims_of(doc_of(SIGNED), lexicon).get(("PT Sinar Laut", "partnersWith", "PT Bumi Jaya")) == "asserted"


def test_an_opportunity_for_a_partnership_is_speculative(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(OPPORTUNITY), lexicon)
    assert "asserted" not in {c for (s, p, o), c in claims.items() if p == "partnersWith"}
    assert claims.get(("Swiss", "partnersWith", "Indonesia")) == "speculative"

URGED = (
conll('Menteri BUMN Erick Thohir mendorong Pertamina bekerja sama dengan PLN.', """
        Menteri menteri PROPN 5 nsubj
        BUMN bumn PROPN 1 flat:name
        Erick erick PROPN 2 flat:name _ B-PER
        Thohir thohir PROPN 3 flat:name _ E-PER
        mendorong dorong VERB 0 root
        Pertamina pertamina PROPN 5 obj _ S-ORG
        bekerja kerja VERB 5 xcomp
        sama sama ADJ 7 amod
        dengan dengan ADP 10 case
        PLN pln PROPN 7 obl _ S-ORG
        . . PUNCT 5 punct
    """)
)

REQUEST_ELSEWHERE = (
conll('Pertamina, yang bekerja sama dengan PLN, meminta pemerintah menaikkan harga.', """
        Pertamina pertamina PROPN 9 nsubj
        , , PUNCT 1 punct
        yang yang PRON 4 nsubj
        bekerja kerja VERB 1 acl:relcl
        sama sama ADJ 4 amod
        dengan dengan ADP 7 case
        PLN pln PROPN 4 obl _ S-ORG
        , , PUNCT 9 punct
        meminta pinta VERB 0 root
        pemerintah perintah NOUN 9 obj
        menaikkan naik VERB 9 xcomp
        harga harga NOUN 11 obj
        . . PUNCT 9 punct
    """)
)


def test_what_someone_is_urged_to_do_is_speculative(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(URGED), lexicon).get(("Pertamina", "partnersWith", "PLN")) == "speculative"


def test_a_request_in_another_clause_does_not_spread(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(REQUEST_ELSEWHERE), lexicon).get(("Pertamina", "partnersWith", "PLN")) == "asserted"
