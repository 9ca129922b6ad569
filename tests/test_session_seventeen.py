"""Seventeenth session (2026-12-07): fixes read off the batteries news_holdout4 and news_holdout5, tuned on from this
session. A meeting written out before the company that holds it ("Rapat Umum Pemegang Saham Luar Biasa PT X") is no
part of the company's name; an appointment named by its noun ("mengumumkan pengangkatan Y sebagai direktur utama",
"RUPS X menyetujui penunjukan Y sebagai …") gives Y the office in the body that announces or approves it; a market
entry that "mengakhiri monopoli Y" competes with Y (not a government that ends it, nor a route named after it); detik's
desks ("Bandung, detikHot -") sign datelines. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon
from kg.parse import split_dateline

RUPS_APPOINTS = conll('Rapat Umum Pemegang Saham Luar Biasa PT Asuransi Jiwa Cakra Mandala menyetujui pengangkatan Felix Gunawan sebagai presiden direktur.', """
        Rapat rapat NOUN 12 nsubj
        Umum umum ADJ 1 amod
        Pemegang pemegang NOUN 1 compound
        Saham saham NOUN 3 compound
        Luar luar NOUN 4 compound
        Biasa biasa PROPN 4 nmod
        PT pt PROPN 6 flat:name _ B-ORG
        Asuransi asuransi PROPN 7 flat:name _ I-ORG
        Jiwa jiwa PROPN 8 flat:name _ I-ORG
        Cakra cakra PROPN 9 flat:name _ I-ORG
        Mandala mandala PROPN 10 flat:name _ E-ORG
        menyetujui setuju VERB 0 root
        pengangkatan angkat NOUN 12 obj
        Felix felix PROPN 13 nmod _ B-PER
        Gunawan gunawan PROPN 14 flat:name _ E-PER
        sebagai sebagai ADP 17 case
        presiden presiden NOUN 13 nmod
        direktur direktur NOUN 17 compound
        . . PUNCT 12 punct
    """)

COMPANY_ANNOUNCES_APPOINTMENT = conll('PT Bank Sinar Jaya Tbk mengumumkan pengangkatan Budi Hartono sebagai direktur utama yang baru.', """
        PT pt PROPN 6 nsubj _ B-ORG
        Bank bank PROPN 1 flat:name _ I-ORG
        Sinar sinar PROPN 2 flat:name _ I-ORG
        Jaya jaya PROPN 3 flat:name _ I-ORG
        Tbk tbk PROPN 4 flat:name _ E-ORG
        mengumumkan umum VERB 0 root
        pengangkatan angkat NOUN 6 obj
        Budi budi PROPN 7 nmod _ B-PER
        Hartono hartono PROPN 8 flat:name _ E-PER
        sebagai sebagai ADP 11 case
        direktur direktur NOUN 7 nmod
        utama utama ADJ 11 amod
        yang yang PRON 14 nsubj
        baru baru ADJ 11 amod
        . . PUNCT 6 punct
    """)

ENTRY_ENDS_MONOPOLY = conll('Masuknya PT Gas Kota Baru ke jaringan distribusi gas rumah tangga di Balikpapan mengakhiri monopoli PT Energi Pipa Nusantara.', """
        Masuknya masuknya ADV 2 advmod
        PT pt PROPN 14 nsubj
        Gas gas PROPN 2 flat:name
        Kota kota PROPN 3 flat:name _ B-LOC
        Baru baru PROPN 4 flat:name _ E-LOC
        ke ke ADP 7 case
        jaringan jaring NOUN 2 nmod
        distribusi distribusi NOUN 7 compound
        gas gas NOUN 8 compound
        rumah rumah NOUN 9 compound
        tangga tangga NOUN 10 compound
        di di ADP 13 case
        Balikpapan balikpapan PROPN 14 obl _ S-LOC
        mengakhiri akhir VERB 0 root
        monopoli monopoli NOUN 14 obj
        PT pt PROPN 15 nmod _ B-ORG
        Energi energi PROPN 16 flat:name _ I-ORG
        Pipa pipa PROPN 17 flat:name _ I-ORG
        Nusantara nusantara PROPN 18 flat:name _ E-ORG
        . . PUNCT 14 punct
    """)

GOVERNMENT_ENDS_MONOPOLY = conll('Pemerintah mengakhiri monopoli PT Listrik Raya atas listrik di Batam.', """
        Pemerintah perintah NOUN 2 nsubj
        mengakhiri akhir VERB 0 root
        monopoli monopoli NOUN 2 obj
        PT pt PROPN 3 nmod _ B-ORG
        Listrik listrik PROPN 4 flat:name _ I-ORG
        Raya raya PROPN 5 flat:name _ E-ORG
        atas atas ADP 8 case
        listrik listrik NOUN 2 obl
        di di ADP 10 case
        Batam batam PROPN 8 nmod _ S-LOC
        . . PUNCT 2 punct
    """)


def test_a_meeting_written_out_is_no_part_of_the_company_name(lexicon: Lexicon) -> None:
    types = _types(doc_of(RUPS_APPOINTS), lexicon)
    assert types.get("PT Asuransi Jiwa Cakra Mandala") == "Organization"
    assert not any(label.startswith(("Umum", "Pemegang", "Luar")) for label in types)


def test_an_appointment_named_by_its_noun(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(COMPANY_ANNOUNCES_APPOINTMENT), lexicon)
    assert claims.get(("Budi Hartono", "ceoOf", "PT Bank Sinar Jaya Tbk")) == "asserted"
    # the shareholders' meeting of the company approves it: the company's chief
    claims = claims_of(doc_of(RUPS_APPOINTS), lexicon)
    assert ("Felix Gunawan", "ceoOf", "PT Asuransi Jiwa Cakra Mandala") in claims


def test_an_entry_that_ends_a_monopoly_competes(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(ENTRY_ENDS_MONOPOLY), lexicon)
    assert claims.get(("PT Gas Kota Baru", "competesWith", "PT Energi Pipa Nusantara")) == "asserted"
    # a government that ends a monopoly regulates the market; it does not compete in it
    assert not any(p == "competesWith" for _, p, _ in claims_of(doc_of(GOVERNMENT_ENDS_MONOPOLY), lexicon))


def test_detik_desks_sign_datelines() -> None:
    parts = split_dateline("Bandung, detikHot - Band indie asal Bandung, Senandung Kabut, merilis album.")
    assert parts is not None and parts[0] == "Bandung, detikHot"
    assert parts[2].startswith("Band indie")
    assert split_dateline("Medan, detikSport - Konsorsium pengusaha asal Medan membeli klub.")[0] == "Medan, detikSport"
