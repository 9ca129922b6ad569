"""Names the NER runs together or cuts apart: a lone word cut off an organisation's tail before a person opens the
person's name; after a title, a known body's name ends where the gazetteer's does even when the NER runs it on over
the holder's name; English names and titles hold their lowercase connectors ("of the", "to the", "for", "in") and no
person's name has one; a government office's comma-separated list of fields is one name ("Dinas Kebudayaan,
Pariwisata, Pemuda dan Olahraga"), a title's list of fields no name at all; an acronym spelling the initials of one longer name
of the story is its short form ("KPU", "Komisi Pemilihan Umum"). From a blind audit of 190 claims on unannotated
text: a list of parents after "anak perusahaan dari" owns nothing of itself; a body named after a person ("IAIN
Sultan Amai Gorontalo") is no office holder; "Pdt." is an honorific, not an organisation; a government's country seats nothing coordinated with the
government; "akhirnya" (finally) describes no event; "X milik Y" as a subject is X, and an owner is no maker; "Perusahaan" before a brand describes it ("Sekretaris Perusahaan UNSP"). 2026-12-06, tenth session. Sentences written for the tests, rows from the bundled models."""

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


OFFICE_FIELDS = (
conll('Kepala Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga Kota Padang, Ali Imran, membuka acara itu.', """
        Kepala kepala NOUN 16 nsubj
        Dinas dinas PROPN 1 nmod
        Kebudayaan kebudayaan PROPN 2 flat:name
        , , PUNCT 5 punct
        Pariwisata pariwisata PROPN 2 conj
        , , PUNCT 7 punct
        Pemuda muda PROPN 2 conj
        dan dan CCONJ 9 cc
        Olahraga olahraga PROPN 2 conj
        Kota kota PROPN 9 flat:name _ B-LOC
        Padang padang PROPN 10 flat:name _ E-LOC
        , , PUNCT 9 punct
        Ali ali PROPN 9 appos _ B-PER
        Imran imran PROPN 13 flat:name _ E-PER
        , , PUNCT 16 punct
        membuka buka VERB 0 root
        acara acara NOUN 16 obj
        itu itu DET 17 det
        . . PUNCT 16 punct
    """)
)


BODY_LIST = (
conll('Kementerian Keuangan, Bank Indonesia, dan OJK menggelar rapat koordinasi.', """
        Kementerian kementerian NOUN 9 nsubj
        Keuangan keuangan NOUN 1 compound
        , , PUNCT 4 punct
        Bank bank PROPN 1 conj _ B-ORG
        Indonesia indonesia PROPN 4 flat:name _ E-ORG
        , , PUNCT 4 punct
        dan dan CCONJ 8 cc
        OJK ojk PROPN 9 nsubj _ S-ORG
        menggelar gelar VERB 0 root
        rapat rapat NOUN 9 obj
        koordinasi koordinasi NOUN 10 compound
        . . PUNCT 9 punct
    """)
)


TITLE_FIELDS = (
conll('Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Tedjo Edhy Purdijatno mengatakan hal itu.', """
        Menteri menteri PROPN 13 nsubj
        Koordinator koordinator PROPN 1 flat:name
        Bidang bidang PROPN 2 flat:name
        Politik politik PROPN 3 flat:name
        , , PUNCT 6 punct
        Hukum hukum PROPN 1 conj
        , , PUNCT 9 punct
        dan dan CCONJ 9 cc
        Keamanan keamanan PROPN 1 conj
        Tedjo tedjo PROPN 9 flat:name
        Edhy edhy PROPN 10 flat:name _ B-PER
        Purdijatno purdijatno PROPN 11 flat:name _ E-PER
        mengatakan kata VERB 0 root
        hal hal NOUN 13 obj
        itu itu DET 14 det
        . . PUNCT 13 punct
    """)
)

ACRONYM_LATER = (
conll('Ketua KPU Maulana Rasyid Harahap memastikan pemungutan suara ulang berjalan lancar.', """
        Ketua ketua NOUN 6 nsubj
        KPU kpu PROPN 1 flat:name _ S-ORG
        Maulana maulana PROPN 2 flat:name _ B-PER
        Rasyid rasyid PROPN 3 flat:name _ I-PER
        Harahap harahap PROPN 4 flat:name _ E-PER
        memastikan pasti VERB 0 root
        pemungutan pungut NOUN 6 obj
        suara suara NOUN 7 compound
        ulang ulang NOUN 8 compound
        berjalan jalan VERB 6 xcomp
        lancar lancar ADJ 10 amod
        . . PUNCT 6 punct
    """)
+ conll('Menurut dia, Komisi Pemilihan Umum telah menyiapkan logistik.', """
        Menurut menurut ADP 2 case
        dia dia PRON 8 obl
        , , PUNCT 2 punct
        Komisi komisi PROPN 8 nsubj
        Pemilihan pilih NOUN 4 compound
        Umum umum ADJ 5 amod
        telah telah AUX 8 aux
        menyiapkan siap VERB 0 root
        logistik logistik NOUN 8 obj
        . . PUNCT 8 punct
    """)
)


ACRONYM_OTHER = (
conll('Ketua KPK Abraham Samad bertemu pimpinan Komisi Pemilihan Umum di Jakarta.', """
        Ketua ketua NOUN 5 nsubj
        KPK kpk PROPN 1 flat:name _ S-ORG
        Abraham abraham PROPN 2 flat:name _ B-PER
        Samad samad PROPN 3 flat:name _ E-PER
        bertemu temu VERB 0 root
        pimpinan pimpin NOUN 5 obj
        Komisi komisi PROPN 6 nmod
        Pemilihan pilih NOUN 7 compound
        Umum umum PROPN 8 nmod
        di di ADP 11 case
        Jakarta jakarta PROPN 6 nmod _ S-LOC
        . . PUNCT 5 punct
    """)
)

PARENTS_LISTED = (
conll('Konsorsium itu termasuk anak perusahaan dari perusahaan Indiana Standard Oil, Royal Dutch Shell, dan Boskalis Westminster Group NV.', """
        Konsorsium konsorsium NOUN 3 nsubj
        itu itu DET 1 det
        termasuk masuk VERB 0 root
        anak anak NOUN 3 obj
        perusahaan usaha NOUN 4 compound
        dari dari ADP 7 case
        perusahaan usaha NOUN 4 nmod
        Indiana indiana PROPN 7 nmod _ B-ORG
        Standard standard PROPN 8 flat:name _ I-ORG
        Oil oil PROPN 9 flat:name _ E-ORG
        , , PUNCT 12 punct
        Royal royal PROPN 8 conj _ B-ORG
        Dutch dutch PROPN 12 flat:name _ I-ORG
        Shell shell PROPN 13 flat:name _ E-ORG
        , , PUNCT 17 punct
        dan dan CCONJ 17 cc
        Boskalis boskalis PROPN 8 conj
        Westminster westminster PROPN 17 flat:name
        Group group PROPN 18 flat:name
        NV nv PROPN 19 flat:name
        . . PUNCT 3 punct
    """)
)


CHILDREN_NAMED = (
conll('Anak perusahaan Semen Gresik adalah PT Semen Padang dan PT Semen Tonasa.', """
        Anak anak NOUN 6 nsubj
        perusahaan usaha NOUN 1 compound
        Semen semen PROPN 2 nmod _ B-ORG
        Gresik gresik PROPN 3 flat:name _ E-ORG
        adalah adalah AUX 6 cop
        PT pt PROPN 0 root _ B-ORG
        Semen semen PROPN 6 flat:name _ I-ORG
        Padang padang PROPN 7 flat:name _ E-ORG
        dan dan CCONJ 10 cc
        PT pt PROPN 6 conj _ B-ORG
        Semen semen PROPN 10 flat:name _ I-ORG
        Tonasa tonasa PROPN 11 flat:name _ E-ORG
        . . PUNCT 6 punct
    """)
)


NAMED_AFTER = (
conll('Rektor IAIN Sultan Amai Gorontalo membuka acara wisuda itu.', """
        Rektor rektor PROPN 6 nsubj
        IAIN iain PROPN 1 flat:name
        Sultan sultan PROPN 2 flat:name _ B-PER
        Amai amai PROPN 3 flat:name _ I-PER
        Gorontalo gorontalo PROPN 4 flat:name _ E-PER
        membuka buka VERB 0 root
        acara acara NOUN 6 obj
        wisuda wisuda NOUN 7 compound
        itu itu DET 8 det
        . . PUNCT 6 punct
    """)
)


REVEREND = (
conll('Pemimpin Redaksi Pdt. Fecki Mobalen membuka acara itu.', """
        Pemimpin pemimpin PROPN 6 nsubj
        Redaksi redaksi PROPN 1 flat:name
        Pdt. pdt. PROPN 2 flat:name
        Fecki fecki PROPN 3 flat:name _ B-PER
        Mobalen mobalen PROPN 4 flat:name _ E-PER
        membuka buka VERB 0 root
        acara acara NOUN 6 obj
        itu itu DET 7 det
        . . PUNCT 6 punct
    """)
)

GOVERNMENT_AND = (
conll('Klaim itu ditentang oleh pemerintah Mali dan kelompok Islamis Ansar Dine.', """
        Klaim klaim NOUN 3 nsubj:pass
        itu itu DET 1 det
        ditentang tentang VERB 0 root
        oleh oleh ADP 5 case
        pemerintah perintah NOUN 3 obl
        Mali mali PROPN 5 nmod
        dan dan CCONJ 8 cc
        kelompok kelompok NOUN 5 conj
        Islamis islamis PROPN 8 nmod _ B-ORG
        Ansar ansar PROPN 9 flat:name _ I-ORG
        Dine dine PROPN 10 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)


ADVERB_EVENT = (
conll('Setelah sempat tertunda selama lima belas tahun, akhirnya album Chinese Democracy dirilis juga lewat Best Buy.', """
        Setelah setelah SCONJ 3 mark
        sempat sempat ADV 3 advmod
        tertunda tunda VERB 14 advcl
        selama selama ADP 7 case
        lima lima NUM 7 nummod
        belas belas NUM 7 nummod
        tahun tahun NOUN 3 obl
        , , PUNCT 3 punct
        akhir akhir NOUN 14 nsubj:pass
        nya dia PRON 9 nmod:poss
        album album NOUN 14 nsubj:pass
        Chinese chinese PROPN 11 nmod _ B-PER
        Democracy democracy PROPN 12 flat:name _ E-PER
        dirilis rilis VERB 0 root
        juga juga ADV 14 advmod
        lewat lewat ADP 17 case
        Best best PROPN 14 obl
        Buy buy PROPN 17 flat:name
        . . PUNCT 14 punct
    """)
)

OWNED_SUBJECT = (
conll('Aplikasi Halo Sehat milik PT Sehat Digital kini bersaing dengan Halodoc.', """
        Aplikasi aplikasi NOUN 9 nsubj
        Halo halo PROPN 1 nmod
        Sehat sehat PROPN 2 flat:name
        milik milik NOUN 1 compound
        PT pt PROPN 4 nmod _ B-ORG
        Sehat sehat PROPN 5 flat:name _ I-ORG
        Digital digital PROPN 6 flat:name _ E-ORG
        kini kini ADV 9 advmod
        bersaing saing VERB 0 root
        dengan dengan ADP 11 case
        Halodoc halodoc PROPN 9 obl _ S-PER
        . . PUNCT 9 punct
    """)
)

OWNED_NOT_MADE = (
conll('Satelit komunikasi Garuda Nusa-3 milik PT Satelit Angkasa Prima berhasil mengorbit pekan lalu.', """
        Satelit satelit NOUN 10 nsubj
        komunikasi komunikasi NOUN 1 compound
        Garuda garuda PROPN 2 nmod
        Nusa-3 nusa-3 PROPN 3 flat:name
        milik milik NOUN 1 compound
        PT pt PROPN 5 nmod _ B-ORG
        Satelit satelit PROPN 6 flat:name _ I-ORG
        Angkasa angkasa PROPN 7 flat:name _ I-ORG
        Prima prima PROPN 8 flat:name _ E-ORG
        berhasil hasil VERB 0 root
        mengorbit korbit VERB 10 xcomp
        pekan pekan NOUN 11 obj
        lalu lalu VERB 12 amod
        . . PUNCT 10 punct
    """)
)

DESCRIBED_BRAND = (
conll('Sekretaris Perusahaan UNSP Fitri Barnas mengatakan tambahan pasokan minyak sawit itu datang dari Riau.', """
        Sekretaris sekretaris NOUN 6 nsubj
        Perusahaan usaha NOUN 1 compound
        UNSP unsp PROPN 2 nmod _ S-ORG
        Fitri fitri PROPN 3 flat:name _ B-PER
        Barnas barnas PROPN 4 flat:name _ E-PER
        mengatakan kata VERB 0 root
        tambahan tambah NOUN 6 obj
        pasokan pasok NOUN 7 compound
        minyak minyak NOUN 8 compound
        sawit sawit NOUN 9 compound
        itu itu DET 10 det
        datang datang VERB 6 advcl
        dari dari ADP 14 case
        Riau riau PROPN 12 obl _ S-LOC
        . . PUNCT 6 punct
    """)
)


DICTIONARY_NAME = (
conll('Perusahaan Listrik Negara menaikkan tarif listrik mulai bulan depan.', """
        Perusahaan usaha NOUN 4 nsubj _ B-ORG
        Listrik listrik NOUN 1 compound _ I-ORG
        Negara negara NOUN 2 compound _ E-ORG
        menaikkan naik VERB 0 root
        tarif tarif NOUN 4 obj
        listrik listrik NOUN 5 compound
        mulai mulai VERB 4 xcomp
        bulan bulan NOUN 7 obj
        depan depan NOUN 8 compound
        . . PUNCT 4 punct
    """)
)

REVEREND_FIRST = (
conll('Pdt. Fecki Mobalen merupakan Ketua Sinode Gereja Masehi Injili di Tanah Papua.', """
        Pdt pdt PROPN 5 nsubj
        . . PUNCT 1 punct
        Fecki fecki PROPN 1 flat:name _ B-PER
        Mobalen mobalen PROPN 3 flat:name _ E-PER
        merupakan rupa VERB 0 root
        Ketua ketua NOUN 5 obj
        Sinode sinode PROPN 6 nmod
        Gereja gereja PROPN 7 flat:name
        Masehi masehi PROPN 8 flat:name
        Injili injili PROPN 9 flat:name
        di di ADP 12 case
        Tanah tanah PROPN 6 nmod _ B-LOC
        Papua papua PROPN 12 flat:name _ E-LOC
        . . PUNCT 5 punct
    """)
)

COPULA_RELATIVE = (
conll('Kirana merupakan prosesor pertama Nusantech yang dibuat untuk menantang Snapdragon di pasar ponsel.', """
        Kirana kirana PROPN 2 nsubj _ S-PER
        merupakan rupa VERB 0 root
        prosesor prosesor NOUN 2 obj
        pertama pertama ADJ 3 amod
        Nusantech nusantech PROPN 3 nmod _ S-PER
        yang yang PRON 7 nsubj:pass
        dibuat buat VERB 3 acl:relcl
        untuk untuk ADP 9 mark
        menantang tantang VERB 7 xcomp
        Snapdragon snapdragon PROPN 9 obj _ S-PER
        di di ADP 12 case
        pasar pasar NOUN 9 obl
        ponsel ponsel NOUN 12 compound
        . . PUNCT 2 punct
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


def test_an_office_list_of_fields_is_one_name(lexicon: Lexicon) -> None:
    office = "Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga Kota Padang"
    types = _types(doc_of(OFFICE_FIELDS), lexicon)
    assert types.get(office) == "Organization"
    assert not {"Pariwisata", "Pemuda", "Olahraga Kota Padang"} & set(types)
    assert claims_of(doc_of(OFFICE_FIELDS), lexicon) == {("Ali Imran", "leads", office): "asserted"}


def test_a_list_of_bodies_stays_three_names(lexicon: Lexicon) -> None:
    types = _types(doc_of(BODY_LIST), lexicon)
    assert {"Kementerian Keuangan", "Bank Indonesia", "OJK"} <= set(types)
    assert not any("," in label for label in types)


def test_a_title_list_of_fields_is_no_name_and_leaves_the_holder_whole(lexicon: Lexicon) -> None:
    assert _types(doc_of(TITLE_FIELDS), lexicon) == {"Tedjo Edhy Purdijatno": "Person"}


def test_an_acronym_of_a_longer_name_in_the_story_is_its_short_form(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(ACRONYM_LATER), lexicon)
    assert claims == {("Maulana Rasyid Harahap", "leads", "Komisi Pemilihan Umum"): "asserted"}


def test_an_acronym_of_no_name_in_the_story_stays_itself(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(ACRONYM_OTHER), lexicon)
    assert claims == {("Abraham Samad", "leads", "KPK"): "asserted"}


def test_a_list_of_parents_owns_nothing_of_itself(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(PARENTS_LISTED), lexicon) == {}


def test_subsidiaries_after_a_naming_word_are_the_parents(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(CHILDREN_NAMED), lexicon) == {
        ("Semen Gresik", "investsIn", "PT Semen Padang"): "asserted",
        ("Semen Gresik", "investsIn", "PT Semen Tonasa"): "asserted"}


def test_a_body_named_after_a_person_is_one_organisation(lexicon: Lexicon) -> None:
    assert _types(doc_of(NAMED_AFTER), lexicon) == {"IAIN Sultan Amai Gorontalo": "Organization"}
    assert claims_of(doc_of(NAMED_AFTER), lexicon) == {}


def test_a_reverends_title_is_no_organisation(lexicon: Lexicon) -> None:
    assert _types(doc_of(REVEREND), lexicon) == {"Fecki Mobalen": "Person"}
    assert claims_of(doc_of(REVEREND), lexicon) == {}


def test_a_governments_country_seats_nothing_coordinated_with_it(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(GOVERNMENT_AND), lexicon) == {}


def test_an_adverb_of_sequence_is_no_event(lexicon: Lexicon) -> None:
    assert not [k for k in claims_of(doc_of(ADVERB_EVENT), lexicon) if k[1] == "delayed"]


def test_a_named_product_of_an_owner_is_the_subject_not_its_owner(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(OWNED_SUBJECT), lexicon)
    assert claims.get(("Halo Sehat", "competesWith", "Halodoc")) == "asserted"
    assert ("PT Sehat Digital", "competesWith", "Halodoc") not in claims


def test_an_owner_is_no_maker(lexicon: Lexicon) -> None:
    assert _types(doc_of(OWNED_NOT_MADE), lexicon) == {"Garuda Nusa-3": "Product",
                                                       "PT Satelit Angkasa Prima": "Organization"}
    assert claims_of(doc_of(OWNED_NOT_MADE), lexicon) == {}


def test_a_company_noun_before_a_brand_is_no_part_of_its_name(lexicon: Lexicon) -> None:
    assert _types(doc_of(DESCRIBED_BRAND), lexicon) == {"UNSP": "Organization", "Fitri Barnas": "Person",
                                                        "Riau": "Place"}


def test_a_company_named_with_dictionary_words_keeps_its_noun(lexicon: Lexicon) -> None:
    assert _types(doc_of(DICTIONARY_NAME), lexicon) == {"Perusahaan Listrik Negara": "Organization"}


def test_a_reverends_title_opening_a_sentence_is_no_name(lexicon: Lexicon) -> None:
    types = _types(doc_of(REVEREND_FIRST), lexicon)
    assert types.get("Fecki Mobalen") == "Person"
    assert "Pdt" not in types


def test_a_relative_clause_on_a_copulas_predicate_noun_is_about_the_subject(lexicon: Lexicon) -> None:
    # "X merupakan prosesor Y yang dibuat untuk menantang Z": X is made to challenge Z, not Y, whose processor it is
    claims = claims_of(doc_of(COPULA_RELATIVE), lexicon)
    assert claims == {("Kirana", "competesWith", "Snapdragon"): "speculative"}
