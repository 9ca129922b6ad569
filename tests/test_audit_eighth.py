"""A well-known company named inside a longer name ("Microsoft Office … Microsoft") stays a company of its own; a
ministry's short form after a unit's field is the ministry ("Dirjen Bea dan Cukai Kemenkeu"); association nouns
("paguyuban", "perkumpulan", "himpunan", "serikat", "ikatan") type the name they open; a relation noun filling a
frame noun ("membuat kerangka kerja sama dengan B") takes the clause's subject; a place right before a company's legal form is a name of its own
("perusahaan asal Bandung PT X"), and the company's name runs to its end; "kantor X di Y" seats X in Y (not "kantor cabang X di Y");
"X adalah film garapan Y": the name the copula calls a work is Y's work; a title between a work noun and
a passive of making is whole, though it opens with a place ("Lagu Indonesia Raya diciptakan oleh X"); "A merupakan salah satu investor B":
the copula parsed as a verb lends its subject; national associations ("Kadin", "Apindo") end where the
holder's name begins; "Nestle, perusahaan makanan raksasa asal Swiss, …" seats the name before the description; a sentence-opening
relation noun the tagger calls a name ("Kolaborasi Gojek dan Tokopedia …") is no part of it, and the conjunct hung
on the noun is the second party; "Melalui kerja sama ini, A dan B …": the partnership named before binds the clause's
coordinated subjects.
2026-12-06, eighth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

import pytest
from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

BRAND_LINE = (
conll('Microsoft Office dikembangkan oleh Microsoft sejak 1990.', """
        Microsoft microsoft PROPN 3 nsubj:pass
        Office office PROPN 1 flat:name
        dikembangkan kembang VERB 0 root
        oleh oleh ADP 5 case
        Microsoft microsoft PROPN 3 obl _ S-ORG
        sejak sejak ADP 3 mark
        1990 1990 NUM 3 nummod
        . . PUNCT 3 punct
    """)
)

MINISTRY_AFTER_UNIT = (
conll('Menteri Keuangan Bambang Brodjonegoro mengatakan, Dirjen Bea dan Cukai Kemenkeu ikut dalam operasi itu.', """
        Menteri menteri NOUN 5 nsubj
        Keuangan keuangan NOUN 1 compound
        Bambang bambang PROPN 2 nmod _ B-PER
        Brodjonegoro brodjonegoro PROPN 3 flat:name _ E-PER
        mengatakan kata VERB 0 root
        , , PUNCT 5 punct
        Dirjen dirjen PROPN 12 nsubj
        Bea bea PROPN 7 flat:name
        dan dan CCONJ 10 cc
        Cukai cukai PROPN 7 conj
        Kemenkeu kemenkeu PROPN 10 flat:name
        ikut ikut VERB 5 conj
        dalam dalam ADP 14 case
        operasi operasi NOUN 12 obl
        itu itu DET 14 det
        . . PUNCT 12 punct
    """)
)

BODY_OF_MINISTRY = (
conll('Kepala Badan Sarana Pertahanan Kemhan, Laksamana Muda Leonardi, hadir.', """
        Kepala kepala NOUN 11 nsubj
        Badan badan PROPN 1 nmod _ B-ORG
        Sarana sarana PROPN 2 flat:name _ I-ORG
        Pertahanan pertahanan PROPN 3 flat:name _ I-ORG
        Kemhan kemhan PROPN 4 flat:name _ E-ORG
        , , PUNCT 7 punct
        Laksamana laksamana PROPN 1 appos _ B-PER
        Muda muda PROPN 7 flat:name _ I-PER
        Leonardi leonardi PROPN 8 flat:name _ E-PER
        , , PUNCT 11 punct
        hadir hadir VERB 0 root
        . . PUNCT 11 punct
    """)
)

PAGUYUBAN = (
conll('Dajat Hidajat terpilih sebagai ketua Paguyuban Pasundan.', """
        Dajat dajat PROPN 3 nsubj:pass _ B-PER
        Hidajat hidajat PROPN 1 flat:name _ E-PER
        terpilih pilih VERB 0 root
        sebagai sebagai ADP 5 case
        ketua ketua NOUN 3 obl
        Paguyuban paguyuban PROPN 5 nmod _ B-PER
        Pasundan pasundan PROPN 6 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)


FRAME_LIGHT = (
conll('Kementerian Sosial menyusun kerangka kerja sama dengan Himpunan Mahasiswa Islam.', """
        Kementerian kementerian NOUN 3 nsubj _ B-ORG
        Sosial sosial PROPN 1 flat:name _ E-ORG
        menyusun susun VERB 0 root
        kerangka kerangka NOUN 3 obj
        kerja kerja NOUN 4 compound
        sama sama ADJ 5 amod
        dengan dengan ADP 8 case
        Himpunan himpunan PROPN 3 obl
        Mahasiswa mahasiswa PROPN 8 flat:name
        Islam islam PROPN 9 flat:name
        . . PUNCT 3 punct
    """)
)

FRAME_VERB = (
conll('Kemensos segera membuat kerangka kerja sama dengan HMI.', """
        Kemensos kemensos PROPN 3 nsubj
        segera segera ADV 3 advmod
        membuat buat VERB 0 root
        kerangka kerangka NOUN 3 obj
        kerja kerja NOUN 4 compound
        sama sama ADJ 5 amod
        dengan dengan ADP 8 case
        HMI hmi PROPN 3 obl _ S-ORG
        . . PUNCT 3 punct
    """)
)


PLACE_BEFORE_PT = (
conll('Perusahaan batik asal Solo PT Batik Danar Hadi membuka gerai baru.', """
        Perusahaan usaha NOUN 9 nsubj
        batik batik NOUN 1 compound
        asal asal ADP 4 case
        Solo solo PROPN 1 nmod _ B-ORG
        PT pt PROPN 4 flat:name _ I-ORG
        Batik batik PROPN 5 flat:name _ E-ORG
        Danar danar PROPN 6 flat:name _ B-PER
        Hadi hadi PROPN 7 flat:name _ E-PER
        membuka buka VERB 0 root
        gerai gerai NOUN 9 obj
        baru baru ADJ 10 amod
        . . PUNCT 9 punct
    """)
)

PLACE_BEFORE_PT_2 = (
conll('Perusahaan asal Bandung PT Sinar Jaya Abadi membuka gerai baru.', """
        Perusahaan usaha NOUN 8 nsubj
        asal asal NOUN 1 compound
        Bandung bandung PROPN 2 nmod _ B-ORG
        PT pt PROPN 3 flat:name _ I-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Jaya jaya PROPN 5 flat:name _ I-ORG
        Abadi abadi PROPN 6 flat:name _ E-ORG
        membuka buka VERB 0 root
        gerai gerai NOUN 8 obj
        baru baru ADJ 9 amod
        . . PUNCT 8 punct
    """)
)


OFFICE_AT = (
conll('Wartawan mendatangi kantor Lingkaran Survei Indonesia di Jalan Pramuka, Jakarta Timur.', """
        Wartawan wartawan NOUN 2 nsubj
        mendatangi datang VERB 0 root
        kantor kantor NOUN 2 obj
        Lingkaran lingkaran PROPN 3 nmod _ B-ORG
        Survei survei PROPN 4 flat:name _ I-ORG
        Indonesia indonesia PROPN 5 flat:name _ E-ORG
        di di ADP 8 case
        Jalan jalan PROPN 2 obl _ B-LOC
        Pramuka pramuka PROPN 8 flat:name _ E-LOC
        , , PUNCT 8 punct
        Jakarta jakarta PROPN 8 appos _ B-LOC
        Timur timur PROPN 11 flat:name _ E-LOC
        . . PUNCT 2 punct
    """)
)

BRANCH_AT = (
conll('Wartawan mendatangi kantor cabang Bank Sinar Jaya di Surabaya.', """
        Wartawan wartawan NOUN 2 nsubj
        mendatangi datang VERB 0 root
        kantor kantor NOUN 2 obj
        cabang cabang NOUN 3 compound
        Bank bank PROPN 4 nmod _ B-ORG
        Sinar sinar PROPN 5 flat:name _ I-ORG
        Jaya jaya PROPN 6 flat:name _ E-ORG
        di di ADP 9 case
        Surabaya surabaya PROPN 2 obl _ S-LOC
        . . PUNCT 2 punct
    """)
)


COPULA_WORK = (
conll('Gundala adalah film garapan Joko Anwar.', """
        Gundala gundala PROPN 3 nsubj _ S-PER
        adalah adalah AUX 3 cop
        film film NOUN 0 root
        garapan garap NOUN 3 compound
        Joko joko PROPN 4 nmod _ B-PER
        Anwar anwar PROPN 5 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)

APPOSED_MAKER = (
conll('Lagu karya vokalis Batak Voltase, Parlindungan Sihombing, itu bercerita tentang kerinduan perantau.', """
        Lagu lagu NOUN 11 nsubj
        karya karya NOUN 1 compound
        vokalis vokalis NOUN 2 compound
        Batak batak PROPN 3 nmod
        Voltase voltase PROPN 4 flat:name
        , , PUNCT 7 punct
        Parlindungan parlindungan PROPN 1 appos _ B-PER
        Sihombing sihombing PROPN 7 flat:name _ E-PER
        , , PUNCT 11 punct
        itu itu DET 11 nsubj
        bercerita cerita VERB 0 root
        tentang tentang ADP 13 case
        kerinduan rindu NOUN 11 obl
        perantau perantau NOUN 13 compound
        . . PUNCT 11 punct
    """)
)


TITLE_BEFORE_PASSIVE = (
conll('Lagu Indonesia Raya diciptakan oleh WR Supratman.', """
        Lagu lagu PROPN 4 nsubj:pass
        Indonesia indonesia PROPN 1 flat:name _ B-LOC
        Raya raya PROPN 2 flat:name _ E-LOC
        diciptakan cipta VERB 0 root
        oleh oleh ADP 6 case
        WR wr PROPN 4 obl _ B-PER
        Supratman supratman PROPN 6 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)

TITLE_BEFORE_PASSIVE_2 = (
conll('Film Jakarta Undercover disutradarai oleh Lance.', """
        Film film NOUN 4 nsubj:pass
        Jakarta jakarta PROPN 1 flat:name
        Undercover undercover PROPN 2 flat:name
        disutradarai sutradara VERB 0 root
        oleh oleh ADP 6 case
        Lance lance PROPN 4 obl _ S-PER
        . . PUNCT 4 punct
    """)
)


COPULA_VERB_INVESTOR = (
conll('Google merupakan salah satu investor Gojek.', """
        Google google PROPN 2 nsubj _ S-ORG
        merupakan rupa VERB 0 root
        salah salah ADJ 5 advmod
        satu satu NUM 3 nummod
        investor investor NOUN 2 obj
        Gojek gojek PROPN 5 nmod
        . . PUNCT 2 punct
    """)
)


ASSOCIATION_IN_RUN = (
conll('Ketua Umum Kadin Rosan Roeslani mendukung kebijakan itu.', """
        Ketua ketua NOUN 6 nsubj
        Umum umum ADJ 1 amod
        Kadin kadin PROPN 1 nmod _ B-PER
        Rosan rosan PROPN 3 flat:name _ I-PER
        Roeslani roeslani PROPN 4 flat:name _ E-PER
        mendukung dukung VERB 0 root
        kebijakan bijak NOUN 6 obj
        itu itu DET 7 det
        . . PUNCT 6 punct
    """)
)


DESCRIPTION_AS_SUBJECT = (
conll('Nestle, perusahaan makanan raksasa asal Swiss, membuka pabrik baru.', """
        Nestle nestle PROPN 9 nsubj _ S-PER
        , , PUNCT 1 punct
        perusahaan usaha NOUN 9 nsubj
        makanan makan NOUN 3 compound
        raksasa raksasa NOUN 4 compound
        asal asal ADP 7 case
        Swiss swiss PROPN 3 nmod _ S-LOC
        , , PUNCT 9 punct
        membuka buka VERB 0 root
        pabrik pabrik NOUN 9 obj
        baru baru ADJ 10 amod
        . . PUNCT 9 punct
    """)
)


OPENING_RELATION_NOUN = (
conll('Kolaborasi Gojek dan Tokopedia melahirkan GoTo.', """
        Kolaborasi kolaborasi PROPN 5 nsubj
        Gojek gojek PROPN 1 flat:name
        dan dan CCONJ 4 cc
        Tokopedia tokopedia PROPN 1 conj
        melahirkan lahir VERB 0 root
        GoTo goto PROPN 5 obj
        . . PUNCT 5 punct
    """)
)


THROUGH_THIS = (
conll('Melalui kerja sama ini, Telkomsel dan Google memperluas layanan.', """
        Melalui melalui ADP 2 case
        kerja kerja NOUN 9 obl
        sama sama ADJ 2 amod
        ini ini DET 2 det
        , , PUNCT 9 punct
        Telkomsel telkomsel PROPN 9 nsubj _ S-PER
        dan dan CCONJ 8 cc
        Google google PROPN 6 conj _ S-ORG
        memperluas luas VERB 0 root
        layanan layan NOUN 9 obj
        . . PUNCT 9 punct
    """)
)

THROUGH_PROGRAM = (
conll('Melalui program ini, Telkomsel dan Google memperluas layanan.', """
        Melalui melalui ADP 2 case
        program program NOUN 8 obl
        ini ini DET 2 det
        , , PUNCT 8 punct
        Telkomsel telkomsel PROPN 8 nsubj
        dan dan CCONJ 7 cc
        Google google PROPN 5 conj _ S-ORG
        memperluas luas VERB 0 root
        layanan layan NOUN 8 obj
        . . PUNCT 8 punct
    """)
)



def test_a_known_company_is_no_short_form_of_a_product_line_named_after_it(lexicon: Lexicon) -> None:
    doc = doc_of(*BRAND_LINE)
    assert {"Microsoft", "Microsoft Office"} <= set(_types(doc, lexicon))
    assert ("Microsoft Office", "developedBy", "Microsoft") in claims_of(doc, lexicon)


def test_a_ministry_short_form_after_a_unit_is_the_ministry(lexicon: Lexicon) -> None:
    doc = doc_of(*MINISTRY_AFTER_UNIT)
    assert {"Bea dan Cukai", "Kemenkeu"} <= set(_types(doc, lexicon))
    assert ("Bambang Brodjonegoro", "leads", "Kemenkeu") in claims_of(doc, lexicon)


def test_a_body_named_with_its_own_noun_keeps_the_ministry_in_its_name(lexicon: Lexicon) -> None:
    doc = doc_of(*BODY_OF_MINISTRY)
    assert "Badan Sarana Pertahanan Kemhan" in _types(doc, lexicon)
    assert ("Leonardi", "leads", "Badan Sarana Pertahanan Kemhan") in claims_of(doc, lexicon)


def test_an_association_noun_types_its_name_whatever_the_ner(lexicon: Lexicon) -> None:
    doc = doc_of(*PAGUYUBAN)
    assert _types(doc, lexicon)["Paguyuban Pasundan"] == "Organization"
    assert ("Dajat Hidajat", "leads", "Paguyuban Pasundan") in claims_of(doc, lexicon)


@pytest.mark.parametrize("case", [FRAME_LIGHT, FRAME_VERB], ids=["light-verb", "other-verb"])
def test_a_relation_noun_filling_a_frame_noun_takes_the_clause_subject(case: tuple, lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(*case), lexicon)
    assert {(s, o) for s, p, o in claims if p == "partnersWith"} in (
        {("Kementerian Sosial", "Himpunan Mahasiswa Islam")}, {("Kemensos", "HMI")})


@pytest.mark.parametrize(("case", "company", "place"), [
    (PLACE_BEFORE_PT, "PT Batik Danar Hadi", "Solo"), (PLACE_BEFORE_PT_2, "PT Sinar Jaya Abadi", "Bandung")])
def test_a_place_right_before_a_legal_form_is_the_company_s_origin(case: tuple, company: str, place: str,
                                                                  lexicon: Lexicon) -> None:
    doc = doc_of(*case)
    assert _types(doc, lexicon).get(place) == "Place"
    assert (company, "basedIn", place) in claims_of(doc, lexicon)


def test_an_organisation_s_office_in_a_place_is_its_seat(lexicon: Lexicon) -> None:
    seats = {(a, o) for a, p, o in claims_of(doc_of(*OFFICE_AT), lexicon) if p == "basedIn"}
    assert ("Lingkaran Survei Indonesia", "Jakarta Timur") in seats


def test_a_branch_office_in_a_place_is_no_seat(lexicon: Lexicon) -> None:
    assert not [c for c in claims_of(doc_of(*BRANCH_AT), lexicon) if c[1] == "basedIn"]


def test_a_name_the_copula_calls_a_work_is_the_maker_s_work(lexicon: Lexicon) -> None:
    assert ("Gundala", "developedBy", "Joko Anwar") in claims_of(doc_of(*COPULA_WORK), lexicon)


def test_the_maker_apposed_after_a_work_noun_is_no_work(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(*APPOSED_MAKER), lexicon)
    assert not [c for c in claims if c[0] == "Parlindungan Sihombing"]


@pytest.mark.parametrize(("case", "work", "maker"), [
    (TITLE_BEFORE_PASSIVE, "Indonesia Raya", "WR Supratman"), (TITLE_BEFORE_PASSIVE_2, "Jakarta Undercover", "Lance")])
def test_a_title_between_a_work_noun_and_a_passive_of_making_is_whole(case: tuple, work: str, maker: str,
                                                                     lexicon: Lexicon) -> None:
    doc = doc_of(*case)
    assert _types(doc, lexicon).get(work) == "Product"
    assert (work, "developedBy", maker) in claims_of(doc, lexicon)


def test_the_subject_of_merupakan_is_the_investor_it_names(lexicon: Lexicon) -> None:
    assert ("Google", "investsIn", "Gojek") in claims_of(doc_of(*COPULA_VERB_INVESTOR), lexicon)


def test_a_listed_association_ends_where_the_holder_s_name_begins(lexicon: Lexicon) -> None:
    doc = doc_of(*ASSOCIATION_IN_RUN)
    assert _types(doc, lexicon) == {"Kadin": "Organization", "Rosan Roeslani": "Person"}
    assert ("Rosan Roeslani", "leads", "Kadin") in claims_of(doc, lexicon)


def test_a_description_parsed_as_a_second_subject_still_describes_the_name_before_it(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(*DESCRIPTION_AS_SUBJECT), lexicon) == {("Nestle", "basedIn", "Swiss"): "asserted"}


def test_a_relation_noun_opening_the_sentence_is_no_part_of_the_name_after_it(lexicon: Lexicon) -> None:
    doc = doc_of(*OPENING_RELATION_NOUN)
    assert {"Gojek", "Tokopedia"} <= set(_types(doc, lexicon))
    assert ("Gojek", "partnersWith", "Tokopedia") in claims_of(doc, lexicon)


def test_a_partnership_named_before_binds_the_clause_s_coordinated_subjects(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(*THROUGH_THIS), lexicon) == {("Telkomsel", "partnersWith", "Google"): "asserted"}
    assert not claims_of(doc_of(*THROUGH_PROGRAM), lexicon)  # a programme is no partnership
