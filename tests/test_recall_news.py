"""Seats and names the extractor missed or merged in real news (dev/tune misses, 2026-12-06, second session): a
nationality in a copular description ("X adalah jaringan televisi swasta Kolombia"), a place swallowed by an
organisation named after it ("Bank Indonesia … Indonesia"), a government's country read as its seat. Sentences written
for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

COPULA_NATION = (
conll('Sinar Kencana TV adalah jaringan televisi swasta Filipina.', """
        Sinar sinar PROPN 5 nsubj
        Kencana kencana PROPN 1 flat:name
        TV tv PROPN 2 flat:name
        adalah adalah AUX 5 cop
        jaringan jaring NOUN 0 root
        televisi televisi NOUN 5 compound
        swasta swasta ADJ 6 amod
        Filipina filipina PROPN 6 nmod _ S-LOC
        . . PUNCT 5 punct
    """)
)

BANK_OF_PLACE = (
conll('Bank Kenya menahan suku bunga.', """
        Bank bank PROPN 3 nsubj _ B-ORG
        Kenya kenya PROPN 1 flat:name _ E-ORG
        menahan tahan VERB 0 root
        suku suku NOUN 3 obj
        bunga bunga NOUN 4 compound
        . . PUNCT 3 punct
    """)
    + conll('Inflasi Kenya turun, kata Gubernur Bank Kenya Amani Otieno.', """
        Inflasi inflasi NOUN 3 nsubj
        Kenya kenya PROPN 1 flat:name
        turun turun VERB 0 root
        , , PUNCT 3 punct
        kata kata VERB 3 xcomp
        Gubernur gubernur NOUN 5 obj
        Bank bank PROPN 6 nmod
        Kenya kenya PROPN 7 flat:name
        Amani amani PROPN 8 flat:name _ B-PER
        Otieno otieno PROPN 9 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)

GOVERNMENT_OF_PLACE = (
conll('Kenya membiayai pangkalan itu sejak kedatangan pasukan Fiji dan Pemerintah Fiji tidak membayar apa pun.', """
        Kenya kenya PROPN 2 nsubj
        membiayai biaya VERB 0 root
        pangkalan pangkal NOUN 2 obj
        itu itu DET 3 det
        sejak sejak ADP 6 case
        kedatangan datang NOUN 2 obl
        pasukan pasukan NOUN 6 compound
        Fiji fiji PROPN 7 nmod _ S-PER
        dan dan CCONJ 10 cc
        Pemerintah perintah NOUN 6 conj _ B-ORG
        Fiji fiji PROPN 10 nmod _ E-ORG
        tidak tidak PART 13 advmod
        membayar bayar VERB 2 conj
        apa apa PRON 13 obj
        pun pun PART 14 advmod
        . . PUNCT 2 punct
    """)
)


def test_nationality_in_a_copular_description_is_the_seat(lexicon: Lexicon) -> None:
    """"X adalah jaringan televisi swasta Filipina": the country describing the organisation noun the copula
    predicates of X places X, as "X, jaringan televisi Filipina" does."""
    claims = claims_of(doc_of(COPULA_NATION), lexicon)
    assert claims.get(("Sinar Kencana TV", "basedIn", "Filipina")) == "asserted"


def test_a_place_is_not_swallowed_by_an_organisation_named_after_it(lexicon: Lexicon) -> None:
    """"Bank Kenya … Inflasi Kenya": the lone "Kenya" is the country, not a short form of the bank (which made the
    bank a place), while the bank's governor still leads it."""
    doc = doc_of(BANK_OF_PLACE)
    types = _types(doc, lexicon)
    assert types["Bank Kenya"] == "Organization"
    assert types["Kenya"] == "Place"
    assert claims_of(doc, lexicon).get(("Amani Otieno", "leads", "Bank Kenya")) == "asserted"


def test_a_government_is_not_based_in_the_country_it_governs(lexicon: Lexicon) -> None:
    """"pasukan Fiji dan Pemerintah Fiji": the country names whose government it is, not a seat."""
    doc = doc_of(GOVERNMENT_OF_PLACE)
    assert _types(doc, lexicon)["Pemerintah Fiji"] == "Organization"
    assert not [k for k in claims_of(doc, lexicon) if k[1] == "basedIn"]

NATIONALITY_THEN_NAME = (
conll('Operator seluler Norwegia Telenor menjual unit usahanya di Asia.', """
        Operator operator NOUN 5 nsubj
        seluler seluler NOUN 1 compound
        Norwegia norwegia PROPN 2 nmod
        Telenor telenor PROPN 3 flat:name
        menjual jual VERB 0 root
        unit unit NOUN 5 obj
        usaha usaha NOUN 6 compound
        nya dia PRON 7 nmod:poss
        di di ADP 10 case
        Asia asia PROPN 6 nmod _ S-LOC
        . . PUNCT 5 punct
    """)
)

COMMON_WORDS_AFTER_NATION = (
conll('Masalah utama pasukan Afrika Bersatu adalah kekurangan senjata.', """
        Masalah masalah NOUN 7 nsubj
        utama utama ADJ 1 amod
        pasukan pasukan NOUN 1 compound
        Afrika afrika PROPN 3 nmod _ S-LOC
        Bersatu bersatu PROPN 4 flat:name
        adalah adalah AUX 7 cop
        kekurangan kurang NOUN 0 root
        senjata senjata NOUN 7 compound
        . . PUNCT 7 punct
    """)
)


def test_a_description_s_nationality_is_cut_from_the_name_after_it(lexicon: Lexicon) -> None:
    """"operator seluler Norwegia Telenor": a foreign country written in Indonesian opens no company's name; after a
    description it is the company's nationality, so the name is "Telenor" and it is based in Norway. The stemmer
    finding a root in "Telenor" does not make it a common word."""
    doc = doc_of(NATIONALITY_THEN_NAME)
    types = _types(doc, lexicon)
    assert types.get("Telenor") == "Organization" and "Norwegia Telenor" not in types
    assert claims_of(doc, lexicon).get(("Telenor", "basedIn", "Norwegia")) == "asserted"


def test_plain_words_after_a_nationality_are_no_organisation_based_there(lexicon: Lexicon) -> None:
    """"pasukan Afrika Bersatu": "Bersatu" is a prefixed dictionary word, not a name the nationality introduces."""
    assert not [k for k in claims_of(doc_of(COMMON_WORDS_AFTER_NATION), lexicon) if k[1] == "basedIn"]


RANK_BEARER = (
conll('Panglima Kodam Jenderal Hartono meninjau pasukan.', """
        Panglima panglima PROPN 5 nsubj
        Kodam kodam PROPN 1 flat:name
        Jenderal jenderal PROPN 2 flat:name _ B-PER
        Hartono hartono PROPN 3 flat:name _ E-PER
        meninjau tinjau VERB 0 root
        pasukan pasukan NOUN 5 obj
        . . PUNCT 5 punct
    """)
)
CHIEF_OF_STAFF = (
conll('Kepala Staf Angkatan Laut Laksamana Sutrisno meninjau kapal perang.', """
        Kepala kepala NOUN 7 nsubj
        Staf staf PROPN 1 flat:name
        Angkatan angkat NOUN 2 compound
        Laut laut PROPN 3 nmod
        Laksamana laksamana PROPN 4 flat:name _ B-PER
        Sutrisno sutrisno PROPN 5 flat:name _ E-PER
        meninjau tinjau VERB 0 root
        kapal kapal NOUN 7 obj
        perang perang NOUN 8 compound
        . . PUNCT 7 punct
    """)
)
COMMANDER = (
conll('Komandan Korps Brimob Irjen Anang Setiawan membuka latihan.', """
        Komandan komandan PROPN 7 nsubj
        Korps korps PROPN 1 flat:name
        Brimob brimob PROPN 2 flat:name
        Irjen irjen PROPN 3 flat:name _ B-PER
        Anang anang PROPN 4 flat:name _ I-PER
        Setiawan setiawan PROPN 5 flat:name _ E-PER
        membuka buka VERB 0 root
        latihan latih NOUN 7 obj
        . . PUNCT 7 punct
    """)
)

DIRECTORATE_GENERAL = (
conll('Berkas itu diperiksa Direktorat Jenderal Pajak Nusantara kemarin.', """
        Berkas berkas NOUN 3 nsubj:pass
        itu itu DET 1 det
        diperiksa periksa VERB 0 root
        Direktorat direktorat PROPN 3 obl:agent _ B-ORG
        Jenderal jenderal PROPN 4 flat:name _ I-ORG
        Pajak pajak PROPN 5 flat:name _ I-ORG
        Nusantara nusantara PROPN 6 flat:name _ E-ORG
        kemarin kemarin ADV 3 advmod
        . . PUNCT 3 punct
    """)
)


def test_the_name_after_a_rank_is_its_bearer(lexicon: Lexicon) -> None:
    """"Panglima Kodam Jenderal Hartono", "… Laksamana Sutrisno": a one-word name after a military rank is a person
    (it was read as the employer a title names, as in "CEO OpenAI"), who leads the force the title names."""
    doc = doc_of(RANK_BEARER)
    assert _types(doc, lexicon)["Hartono"] == "Person"
    assert claims_of(doc, lexicon).get(("Hartono", "leads", "Kodam")) == "asserted"
    assert _types(doc_of(CHIEF_OF_STAFF), lexicon)["Sutrisno"] == "Person"


def test_chiefs_of_staff_and_commanders_lead_their_force(lexicon: Lexicon) -> None:
    """"Kepala Staf Angkatan Laut X" heads the navy, "Komandan Korps Brimob X" the corps: both titles are cut from
    the organisation's name and give leads."""
    claims = claims_of(doc_of(CHIEF_OF_STAFF), lexicon)
    assert claims.get(("Sutrisno", "leads", "Angkatan Laut")) == "asserted"
    claims = claims_of(doc_of(COMMANDER), lexicon)
    assert claims.get(("Anang Setiawan", "leads", "Korps Brimob")) == "asserted"


def test_a_directorate_general_is_no_rank(lexicon: Lexicon) -> None:
    """"Direktorat Jenderal Pajak Nusantara": "Jenderal" after a dictionary word is part of a name, not a rank whose
    bearer follows."""
    types = _types(doc_of(DIRECTORATE_GENERAL), lexicon)
    assert types and "Person" not in types.values()


FIELD_BETWEEN = (
conll('Menlu menyebut kerja sama di bidang perikanan antara RI dan Norwegia terus meningkat.', """
        Menlu menlu PROPN 2 nsubj
        menyebut sebut VERB 0 root
        kerja kerja NOUN 2 obj
        sama sama ADJ 3 amod
        di di ADP 6 case
        bidang bidang NOUN 3 nmod
        perikanan rikan NOUN 6 compound
        antara antara ADP 9 case
        RI ri PROPN 6 nmod
        dan dan CCONJ 11 cc
        Norwegia norwegia PROPN 9 conj _ S-LOC
        terus terus ADV 13 advmod
        meningkat tingkat VERB 2 conj
        . . PUNCT 2 punct
    """)
)
NATIONAL_BODY = (
conll('Rapat Komisi VII DPR RI berlangsung alot.', """
        Rapat rapat NOUN 6 nsubj
        Komisi komisi PROPN 1 nmod
        VII vii PROPN 2 flat:name
        DPR dpr PROPN 3 flat:name _ S-ORG
        RI ri PROPN 4 flat:name
        berlangsung langsung VERB 0 root
        alot alot NOUN 6 obj
        . . PUNCT 6 punct
    """)
    + conll('Ketua Komisi VII Satya Yudha memimpin rapat itu.', """
        Ketua ketua NOUN 6 nsubj
        Komisi komisi PROPN 1 flat:name
        VII vii PROPN 2 flat:name
        Satya satya PROPN 3 flat:name _ B-PER
        Yudha yudha PROPN 4 flat:name _ E-PER
        memimpin pimpin VERB 0 root
        rapat rapat NOUN 6 obj
        itu itu DET 7 det
        . . PUNCT 6 punct
    """)
)

FIELD_RIVALS = (
conll('Persaingan di sektor ritel antara PT Sumber Mart dan PT Indo Grosir semakin ketat.', """
        Persaingan saing NOUN 14 nsubj
        di di ADP 3 case
        sektor sektor NOUN 1 nmod
        ritel ritel NOUN 3 compound
        antara antara ADP 6 case
        PT pt PROPN 3 nmod _ B-ORG
        Sumber sumber PROPN 6 flat:name _ I-ORG
        Mart mart PROPN 7 flat:name _ E-ORG
        dan dan CCONJ 10 cc
        PT pt PROPN 6 conj _ B-ORG
        Indo indo PROPN 10 flat:name _ I-ORG
        Grosir grosir PROPN 11 flat:name _ E-ORG
        semakin semakin ADV 14 advmod
        ketat ketat ADJ 0 root
        . . PUNCT 14 punct
    """)
)


def test_parties_after_a_relation_s_field(lexicon: Lexicon) -> None:
    """"kerja sama di bidang perikanan antara RI dan Norwegia", "persaingan di sektor ritel antara A dan B": the
    field's phrase stands between the relation noun and its "antara" parties. "RI" is Indonesia, a place."""
    claims = claims_of(doc_of(FIELD_BETWEEN), lexicon)
    assert claims.get(("Indonesia", "partnersWith", "Norwegia")) == "asserted"
    claims = claims_of(doc_of(FIELD_RIVALS), lexicon)
    assert claims.get(("PT Sumber Mart", "competesWith", "PT Indo Grosir")) == "asserted"


def test_a_national_body_s_short_form_joins_it(lexicon: Lexicon) -> None:
    """"Komisi VII DPR RI … Ketua Komisi VII X": the home country ends the national body's name (it names no branch),
    so the short form is the same commission, which X leads."""
    doc = doc_of(NATIONAL_BODY)
    assert "Komisi VII" not in _types(doc, lexicon)
    assert claims_of(doc, lexicon).get(("Satya Yudha", "leads", "Komisi VII DPR RI")) == "asserted"


FUSED_SHORT = (
conll('Jaksa Agung Hartono bersedia mendampingi Kemenhub.', """
        Jaksa jaksa PROPN 4 nsubj
        Agung agung PROPN 1 flat:name _ B-PER
        Hartono hartono PROPN 2 flat:name _ E-PER
        bersedia sedia VERB 0 root
        mendampingi damping VERB 4 xcomp
        Kemenhub kemenhub PROPN 5 obj
        . . PUNCT 4 punct
    """)
    + conll('Kejagung membentuk tim khusus untuk kasus itu.', """
        Kejagung kejagung PROPN 2 nsubj _ S-PER
        membentuk bentuk VERB 0 root
        tim tim NOUN 2 obj
        khusus khusus ADJ 3 amod
        untuk untuk ADP 6 case
        kasus kasus NOUN 3 nmod
        itu itu DET 6 det
        . . PUNCT 2 punct
    """)
)

MINISTER_SHORT = (
conll('Menteri Keuangan Bambang Wibisono mengatakan Kemenkeu akan memangkas anggaran.', """
        Menteri menteri NOUN 5 nsubj
        Keuangan keuangan NOUN 1 compound
        Bambang bambang PROPN 2 nmod _ B-PER
        Wibisono wibisono PROPN 3 flat:name _ E-PER
        mengatakan kata VERB 0 root
        Kemenkeu kemenkeu PROPN 5 obj
        akan akan AUX 8 aux
        memangkas pangkas VERB 5 xcomp
        anggaran anggar NOUN 8 obj
        . . PUNCT 5 punct
    """)
)

PROGRAMME = (
conll('Kejaksaan Agung meluncurkan program TP4 (Tim Pengawal Pembangunan) di Jakarta.', """
        Kejaksaan kejaksaan PROPN 3 nsubj
        Agung agung PROPN 1 flat:name _ S-PER
        meluncurkan luncur VERB 0 root
        program program NOUN 3 obj
        TP4 tp4 PROPN 4 nmod _ S-ORG
        ( ( PUNCT 7 punct
        Tim tim PROPN 4 appos
        Pengawal pengawal PROPN 7 flat:name
        Pembangunan pembangunan PROPN 8 flat:name
        ) ) PUNCT 7 punct
        di di ADP 12 case
        Jakarta jakarta PROPN 3 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)

LEAGUE_COUNTRY = (
conll('Pekan lalu di Liga Italia Sampdoria tak memetik kemenangan.', """
        Pekan pekan NOUN 8 nsubj
        lalu lalu VERB 1 amod
        di di ADP 4 case
        Liga liga PROPN 1 nmod _ B-LOC
        Italia italia PROPN 4 flat:name _ I-LOC
        Sampdoria sampdoria PROPN 5 flat:name _ E-LOC
        tak tak PART 8 advmod
        memetik petik VERB 0 root
        kemenangan menang NOUN 8 obj
        . . PUNCT 8 punct
    """)
)


def test_a_fused_title_s_holder_leads_the_body_by_its_short_name(lexicon: Lexicon) -> None:
    """"Jaksa Agung Hartono … Kejagung": the holder of a title that names its body is a person (the NER's span from
    "Agung" made him the title's employer), and he leads the body the document names by its short form."""
    doc = doc_of(FUSED_SHORT)
    assert _types(doc, lexicon)["Hartono"] == "Person"
    assert claims_of(doc, lexicon).get(("Hartono", "leads", "Kejagung")) == "asserted"


def test_a_minister_s_full_title_finds_the_ministry_s_short_name(lexicon: Lexicon) -> None:
    """"Menteri Keuangan X … Kemenkeu": the ministry's short form is derived from the field, as for "Menkeu X"."""
    claims = claims_of(doc_of(MINISTER_SHORT), lexicon)
    assert claims.get(("Bambang Wibisono", "leads", "Kemenkeu")) == "asserted"


def test_a_programme_launched_is_no_product_and_a_known_body_stays_whole(lexicon: Lexicon) -> None:
    """"Kejaksaan Agung meluncurkan program TP4 (Tim …)": a programme is not put on a market; and the body's name,
    listed in the institutions gazetteer, is not cut where the NER tags "Agung" as a person."""
    doc = doc_of(PROGRAMME)
    assert _types(doc, lexicon).get("Kejaksaan Agung") == "Organization"
    assert not [k for k in claims_of(doc, lexicon) if k[1] == "releases"]


def test_a_league_s_country_is_no_seat_of_the_club_after_it(lexicon: Lexicon) -> None:
    """"di Liga Italia Sampdoria …": the country names the league; the club written after it is not placed by it."""
    assert not [k for k in claims_of(doc_of(LEAGUE_COUNTRY), lexicon) if k[1] == "basedIn"]


OFFICE_FIELDS = (
conll('Sedangkan Kepala Otoritas Pelabuhan dan Penyebrangan Merak, Budi Hartawan mengaku solusi itu langsung diterapkan.', """
        Sedangkan sedangkan ADV 2 advmod
        Kepala kepala NOUN 11 nsubj
        Otoritas otoritas PROPN 2 nmod
        Pelabuhan penlabuhan PROPN 3 flat:name
        dan dan CCONJ 6 cc
        Penyebrangan penyebrangan PROPN 3 conj
        Merak merak PROPN 6 flat:name
        , , PUNCT 11 punct
        Budi budi PROPN 11 nsubj _ B-PER
        Hartawan hartawan PROPN 9 flat:name _ E-PER
        mengaku aku VERB 0 root
        solusi solusi NOUN 11 obj
        itu itu DET 12 det
        langsung langsung ADV 15 advmod
        diterapkan terap VERB 11 ccomp
        . . PUNCT 11 punct
    """)
)

OFFICE_NOMINALISATION = (
conll('Kepala Pusat Perencanaan dan Pendayagunaan Energi, Sari Wulandari, berbicara di Jakarta.', """
        Kepala kepala NOUN 11 nsubj
        Pusat pusat PROPN 1 nmod
        Perencanaan perencanaan PROPN 2 flat:name
        dan dan CCONJ 5 cc
        Pendayagunaan pendayagunaan PROPN 2 conj
        Energi energi PROPN 5 flat:name
        , , PUNCT 5 punct
        Sari sari PROPN 5 appos _ B-PER
        Wulandari wulandari PROPN 8 flat:name _ E-PER
        , , PUNCT 11 punct
        berbicara bicara VERB 0 root
        di di ADP 13 case
        Jakarta jakarta PROPN 11 obl _ S-LOC
        . . PUNCT 11 punct
    """)
)

PERSON_AFTER_FIELD_WORD = (
conll('Kepala Badan Pengawas Obat dan Makanan Rina Kusumawati meninjau pabrik itu.', """
        Kepala kepala NOUN 9 nsubj
        Badan badan NOUN 1 compound
        Pengawas pengawas NOUN 2 compound
        Obat obat NOUN 3 compound
        dan dan CCONJ 6 cc
        Makanan makanan PROPN 4 conj
        Rina rina PROPN 6 flat:name _ B-PER
        Kusumawati kusumawati PROPN 7 flat:name _ E-PER
        meninjau tinjau VERB 0 root
        pabrik pabrik NOUN 9 obj
        itu itu DET 10 det
        . . PUNCT 9 punct
    """)
)


def test_a_government_office_s_two_fields_stay_one_name(lexicon: Lexicon) -> None:
    """"Otoritas Pelabuhan dan Penyebrangan Merak", "Pusat Perencanaan dan Pendayagunaan Energi": an office noun,
    then two fields joined by "dan", is one office, even where the stemmer's dictionary misses the nominalised field
    (pe-…-an) or the NER starts a person at it, and after a sentence-opening "Sedangkan"."""
    claims = claims_of(doc_of(OFFICE_FIELDS), lexicon)
    assert claims == {("Budi Hartawan", "leads", "Otoritas Pelabuhan dan Penyebrangan Merak"): "asserted"}
    claims = claims_of(doc_of(OFFICE_NOMINALISATION), lexicon)
    assert claims == {("Sari Wulandari", "leads", "Pusat Perencanaan dan Pendayagunaan Energi"): "asserted"}


def test_a_product_word_ending_a_body_s_name_does_not_type_the_person_after_it(lexicon: Lexicon) -> None:
    """"Kepala Badan Pengawas Obat dan Makanan Rina Kusumawati": "Makanan" ends the agency's name; the NER's person
    after it is no food product."""
    doc = doc_of(PERSON_AFTER_FIELD_WORD)
    assert _types(doc, lexicon)["Rina Kusumawati"] == "Person"
    assert claims_of(doc, lexicon).get(("Rina Kusumawati", "leads", "Badan Pengawas Obat dan Makanan")) == "asserted"


BRANCH_REGION_PROVINCE = (
conll('Keputusan itu disambut pengurus DPC Partai Karya Bangsa Kabupaten Ngawi, Jawa Timur.', """
        Keputusan putus NOUN 3 nsubj:pass
        itu itu DET 1 det
        disambut sambut VERB 0 root
        pengurus urus NOUN 3 obj
        DPC dpc PROPN 4 nmod
        Partai partai PROPN 5 flat:name _ B-ORG
        Karya karya PROPN 6 flat:name _ I-ORG
        Bangsa bangsa PROPN 6 flat:name _ I-ORG
        Kabupaten kabupaten PROPN 8 flat:name _ I-ORG
        Ngawi ngawi PROPN 9 flat:name _ E-ORG
        , , PUNCT 9 punct
        Jawa jawa PROPN 9 appos _ B-LOC
        Timur timur PROPN 12 amod _ E-LOC
        . . PUNCT 3 punct
    """)
)


def test_a_province_after_a_branch_named_for_its_regency_is_no_seat(lexicon: Lexicon) -> None:
    """"DPC Partai X Kabupaten Ngawi, Jawa Timur": the province after the comma places the regency the branch is
    named for; it is not the seat of the organisation."""
    assert not [k for k in claims_of(doc_of(BRANCH_REGION_PROVINCE), lexicon) if k[1] == "basedIn"]


REGIONAL_GOVERNMENT = (
conll('Pemkab Ngawi menetapkan status darurat banjir, kata Bupati Ngawi, Sri Rahayu.', """
        Pemkab pemkab PROPN 3 nsubj _ B-LOC
        Ngawi ngawi PROPN 1 flat:name _ E-LOC
        menetapkan tetap VERB 0 root
        status status NOUN 3 obj
        darurat darurat NOUN 4 compound
        banjir banjir NOUN 5 compound
        , , PUNCT 8 punct
        kata kata VERB 3 advcl
        Bupati bupati PROPN 8 obj _ B-PER
        Ngawi ngawi PROPN 9 flat:name _ E-PER
        , , PUNCT 9 punct
        Sri sri PROPN 9 appos _ B-PER
        Rahayu rahayu PROPN 12 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)


def test_a_regional_head_leads_the_government_the_document_names(lexicon: Lexicon) -> None:
    """"Pemkab Ngawi … kata Bupati Ngawi, X": "Pemkab" opens a government's name (an organisation, not a place), and
    the regent leads it as well as the regency (dev/GUIDELINES: the head leads the named regional government)."""
    doc = doc_of(REGIONAL_GOVERNMENT)
    assert _types(doc, lexicon)["Pemkab Ngawi"] == "Organization"
    claims = claims_of(doc, lexicon)
    assert claims.get(("Sri Rahayu", "leads", "Pemkab Ngawi")) == "asserted"
    assert claims.get(("Sri Rahayu", "leads", "Ngawi")) == "asserted"


LEFT_BEFORE_JOINING = (
conll('Setelah meninggalkan Persita Tangerang, gelandang itu bergabung dengan Persikabo pada 2019.', """
        Setelah setelah ADP 2 mark
        meninggalkan tinggal VERB 8 xcomp
        Persita persita PROPN 2 obj _ B-ORG
        Tangerang tangerang PROPN 3 flat:name _ E-ORG
        , , PUNCT 2 punct
        gelandang gelandang NOUN 8 nsubj
        itu itu DET 6 det
        bergabung gabung VERB 0 root
        dengan dengan ADP 10 case
        Persikabo persikabo PROPN 8 obl _ S-ORG
        pada pada ADP 8 mark
        2019 2019 NUM 8 nummod
        . . PUNCT 8 punct
    """)
)

COLLEGE_SEAT = (
conll('Universitas Nusa Lontar adalah perguruan tinggi swasta di Kupang, Nusa Tenggara Timur.', """
        Universitas universitas PROPN 5 nsubj _ B-ORG
        Nusa nusa PROPN 1 flat:name _ I-ORG
        Lontar lontar PROPN 2 flat:name _ E-ORG
        adalah adalah AUX 5 cop
        perguruan guru NOUN 0 root
        tinggi tinggi ADJ 5 amod
        swasta swasta ADJ 5 amod
        di di ADP 9 case
        Kupang kupang PROPN 5 nmod _ S-LOC
        , , PUNCT 9 punct
        Nusa nusa PROPN 9 appos _ B-LOC
        Tenggara tenggara PROPN 11 flat:name _ I-LOC
        Timur timur PROPN 12 amod _ E-LOC
        . . PUNCT 5 punct
    """)
)

DIED_BEFORE = (
conll('Setelah meninggal dunia, koleksinya bergabung dengan Museum Nasional.', """
        Setelah setelah ADP 2 mark
        meninggal tinggal VERB 7 xcomp
        dunia dunia NOUN 2 obj
        , , PUNCT 2 punct
        koleksi koleksi NOUN 7 nsubj
        nya dia PRON 5 nmod:poss
        bergabung gabung VERB 0 root
        dengan dengan ADP 9 case
        Museum museum PROPN 7 obl
        Nasional nasional PROPN 9 flat:name
        . . PUNCT 7 punct
    """)
)


def test_the_club_left_before_joining_is_the_one_recruited_from(lexicon: Lexicon) -> None:
    """"Setelah meninggalkan B, X bergabung dengan A": a clause of leaving on the joining verb names the source, as
    "pindah dari B ke A" does; "meninggal" (to die) is no leaving."""
    claims = claims_of(doc_of(LEFT_BEFORE_JOINING), lexicon)
    assert claims.get(("Persikabo", "recruitsFrom", "Persita Tangerang")) == "asserted"
    assert not [k for k in claims_of(doc_of(DIED_BEFORE), lexicon) if k[1] == "recruitsFrom"]


def test_a_college_described_in_a_copula_is_placed_there(lexicon: Lexicon) -> None:
    """"X adalah perguruan tinggi swasta di Kupang": "perguruan tinggi" is a two-word organisation noun (its first
    word's root, "guru", is a person noun), so the place after it is X's seat."""
    claims = claims_of(doc_of(COLLEGE_SEAT), lexicon)
    assert claims.get(("Universitas Nusa Lontar", "basedIn", "Kupang")) == "asserted"


RECRUIT_SOURCE_ON_OBJECT = (
conll('Persikabo mendatangkan Kaku dari Persita Tangerang.', """
        Persikabo persikabo PROPN 2 nsubj _ S-ORG
        mendatangkan datang VERB 0 root
        Kaku kaku PROPN 2 obj
        dari dari ADP 5 case
        Persita persita PROPN 3 nmod _ B-ORG
        Tangerang tangerang PROPN 5 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)
)


def test_the_source_club_hung_on_the_recruit_is_still_the_source(lexicon: Lexicon) -> None:
    """"mendatangkan Kaku dari Persita Tangerang" with "dari …" parsed under the recruit, whom nothing types: the
    club named by "dari" is recruited from, not the recruit."""
    claims = claims_of(doc_of(RECRUIT_SOURCE_ON_OBJECT), lexicon)
    assert [k for k in claims if k[1] == "recruitsFrom"] == [("Persikabo", "recruitsFrom", "Persita Tangerang")]


CEO_THEN_CLUB = (
conll('Di bawah kepemimpinan CEO Dimas Saputra, PS Kutai Raya berhasil melunasi tunggakan gaji pemain.', """
        Di di ADP 2 case
        bawah bawah NOUN 11 obl
        kepemimpinan kepemimpinan NOUN 2 compound
        CEO ceo PROPN 3 nmod
        Dimas dimas PROPN 4 flat:name _ B-PER
        Saputra saputra PROPN 5 flat:name _ E-PER
        , , PUNCT 2 punct
        PS ps PROPN 11 nsubj _ B-ORG
        Kutai kutai PROPN 8 flat:name _ I-ORG
        Raya raya PROPN 9 flat:name _ E-ORG
        berhasil hasil VERB 0 root
        melunasi lunas VERB 11 xcomp
        tunggakan tungga NOUN 12 obj
        gaji gaji NOUN 13 compound
        pemain main NOUN 14 compound
        . . PUNCT 11 punct
    """)
)

REGION_SHORT_FORM = (
conll('Rapat paripurna DPRD Sulawesi Tengah yang dipimpin Ketua DPRD Sulteng Hj. Rahmawati Lamato menyetujui dua rancangan peraturan daerah.', """
        Rapat rapat NOUN 14 nsubj
        paripurna paripurna NOUN 1 compound
        DPRD dprd PROPN 2 nmod
        Sulawesi sulawesi PROPN 3 flat:name _ B-LOC
        Tengah tengah PROPN 4 flat:name _ E-LOC
        yang yang PRON 7 nsubj:pass
        dipimpin pimpin VERB 1 acl:relcl
        Ketua ketua PROPN 7 obj
        DPRD dprd PROPN 8 flat:name
        Sulteng sulteng PROPN 9 flat:name _ B-PER
        Hj. hj. PROPN 10 flat:name _ I-PER
        Rahmawati rahmawati PROPN 11 flat:name _ I-PER
        Lamato lamato PROPN 12 flat:name _ E-PER
        menyetujui setuju VERB 0 root
        dua dua NUM 16 nummod
        rancangan rancang NOUN 14 obj
        peraturan atur NOUN 16 compound
        daerah daerah NOUN 17 compound
        . . PUNCT 14 punct
    """)
)


def test_a_ceo_named_before_the_comma_leads_the_organisation_after_it(lexicon: Lexicon) -> None:
    """"Di bawah kepemimpinan CEO Dimas Saputra, PS Kutai Raya berhasil …": the NER's person runs from the title over
    the name, and the organisation after the comma opens the clause: the name is no employer and the club no person."""
    doc = doc_of(CEO_THEN_CLUB)
    assert _types(doc, lexicon) == {"Dimas Saputra": "Person", "PS Kutai Raya": "Organization"}
    assert claims_of(doc, lexicon) == {("Dimas Saputra", "ceoOf", "PS Kutai Raya"): "asserted"}


def test_an_organisation_s_region_written_short_is_the_same_organisation(lexicon: Lexicon) -> None:
    """"DPRD Sulawesi Tengah … Ketua DPRD Sulteng X": the province's short form in the gazetteer makes the two names
    one council, which X leads."""
    doc = doc_of(REGION_SHORT_FORM)
    assert "DPRD Sulteng" not in _types(doc, lexicon)
    assert claims_of(doc, lexicon).get(("Rahmawati Lamato", "leads", "DPRD Sulawesi Tengah")) == "asserted"


PROPOSED_SPEAKER = (
conll('Partai Karya Rakyat berencana mengusulkan Hj. Wulan Sari sebagai Ketua DPRD Jawa Tengah.', """
        Partai partai PROPN 4 nsubj _ B-ORG
        Karya karya PROPN 1 flat:name _ I-ORG
        Rakyat rakyat PROPN 2 flat:name _ E-ORG
        berencana rencana VERB 0 root
        mengusulkan usul VERB 4 xcomp
        Hj. hj. PROPN 5 obj _ B-PER
        Wulan wulan PROPN 6 flat:name _ I-PER
        Sari sari PROPN 7 flat:name _ E-PER
        sebagai sebagai ADP 10 case
        Ketua ketua PROPN 5 obl
        DPRD dprd PROPN 10 flat:name
        Jawa jawa PROPN 11 flat:name _ B-LOC
        Tengah tengah PROPN 12 amod _ E-LOC
        . . PUNCT 4 punct
    """)
    + conll('Nama calon ketua DPRD itu diumumkan pekan depan.', """
        Nama nama NOUN 6 nsubj:pass
        calon calon NOUN 1 compound
        ketua ketua NOUN 2 compound
        DPRD dprd PROPN 3 nmod _ S-ORG
        itu itu DET 1 det
        diumumkan umum VERB 0 root
        pekan pekan NOUN 6 obj
        depan depan NOUN 7 compound
        . . PUNCT 6 punct
    """)
)

PROPOSER_HOLDS = (
conll('Bupati Banyumas Achmad Husein mengusulkan pembangunan jalan tol baru.', """
        Bupati bupati PROPN 5 nsubj
        Banyumas banyumas PROPN 1 flat:name
        Achmad achmad PROPN 2 flat:name _ B-PER
        Husein husein PROPN 3 flat:name _ E-PER
        mengusulkan usul VERB 0 root
        pembangunan bangun NOUN 5 obj
        jalan jalan NOUN 6 compound
        tol tol NOUN 7 compound
        baru baru ADJ 8 amod
        . . PUNCT 5 punct
    """)
)

PARTY_BOARD_BRANCH = (
conll('"Kami siap menang," kata Ketua DPW PKR Jawa Tengah, Abdul Rahim, di Semarang.', """
        " " PUNCT 3 punct
        Kami kami PRON 3 nsubj
        siap siap VERB 0 root
        menang menang VERB 3 xcomp
        , , PUNCT 4 punct
        " " PUNCT 7 punct
        kata kata VERB 4 conj
        Ketua ketua NOUN 7 obj
        DPW dpw PROPN 8 nmod
        PKR pkr PROPN 9 flat:name
        Jawa jawa PROPN 10 flat:name _ B-LOC
        Tengah tengah PROPN 11 amod _ E-LOC
        , , PUNCT 14 punct
        Abdul abdul PROPN 9 appos _ B-PER
        Rahim rahim PROPN 14 flat:name _ E-PER
        , , PUNCT 14 punct
        di di ADP 18 case
        Semarang semarang PROPN 14 nmod _ S-LOC
        . . PUNCT 3 punct
    """)
)


def test_a_proposed_office_holder_is_speculative_and_no_place_holds_an_office(lexicon: Lexicon) -> None:
    """"berencana mengusulkan X sebagai Ketua DPRD Jawa Tengah … calon ketua DPRD itu": a proposal is not the office
    (speculative); "DPRD" written alone later does not cut "Jawa Tengah" off the council as a person holding it."""
    doc = doc_of(PROPOSED_SPEAKER)
    assert _types(doc, lexicon).get("DPRD Jawa Tengah") == "Organization"
    assert claims_of(doc, lexicon) == {("Wulan Sari", "leads", "DPRD Jawa Tengah"): "speculative"}


def test_an_office_holder_who_proposes_something_still_holds_the_office(lexicon: Lexicon) -> None:
    """"Bupati Banyumas X mengusulkan …": the proposing verb governs its subject's title, which stays asserted."""
    assert claims_of(doc_of(PROPOSER_HOLDS), lexicon) == {("Achmad Husein", "leads", "Banyumas"): "asserted"}


def test_a_party_board_named_with_its_province_is_an_organisation(lexicon: Lexicon) -> None:
    """"Ketua DPW PKR Jawa Tengah, X": a party board's abbreviation opens an organisation's name, whatever the NER
    sees inside; its head leads a branch, which is not annotated."""
    doc = doc_of(PARTY_BOARD_BRANCH)
    assert _types(doc, lexicon)["DPW PKR Jawa Tengah"] == "Organization"
    assert not [k for k in claims_of(doc, lexicon) if k[1] == "leads"]


LEGAL_FORM_AFTER_COMMA = (
conll('Produsen baterai asal Korea Selatan, Daehan Cell Co., Ltd., membangun pabrik di Batang.', """
        Produsen produsen NOUN 13 nsubj
        baterai baterai NOUN 1 compound
        asal asal ADP 4 case
        Korea korea PROPN 1 nmod _ B-LOC
        Selatan selatan PROPN 4 flat:name _ E-LOC
        , , PUNCT 4 punct
        Daehan daehan PROPN 4 appos _ B-ORG
        Cell cell PROPN 7 flat:name _ I-ORG
        Co. co. PROPN 8 flat:name _ E-ORG
        , , PUNCT 7 punct
        Ltd. ltd. PROPN 7 appos _ S-LOC
        , , PUNCT 13 punct
        membangun bangun VERB 0 root
        pabrik pabrik NOUN 13 obj
        di di ADP 16 case
        Batang batang PROPN 14 nmod _ S-LOC
        . . PUNCT 13 punct
    """)
)


def test_a_legal_form_after_a_comma_belongs_to_the_company_s_name(lexicon: Lexicon) -> None:
    """"Daehan Cell Co., Ltd.": ", Ltd." is the company's legal form, not a name of its own (the NER calls it a
    person); the company keeps its seat from the description."""
    doc = doc_of(LEGAL_FORM_AFTER_COMMA)
    types = _types(doc, lexicon)
    assert types.get("Daehan Cell Co., Ltd.") == "Organization" and "Ltd." not in types
    assert claims_of(doc, lexicon).get(("Daehan Cell Co., Ltd.", "basedIn", "Korea Selatan")) == "asserted"


VOCALIST_APPOSED = (
conll('Lagu karya vokalis Langit Senja, Bagus Pranata, itu bercerita tentang kampung halaman.', """
        Lagu lagu NOUN 11 nsubj
        karya karya NOUN 1 compound
        vokalis vokalis NOUN 2 compound
        Langit langit PROPN 3 nmod
        Senja senja PROPN 4 flat:name
        , , PUNCT 7 punct
        Bagus bagus PROPN 1 appos _ B-PER
        Pranata pranata PROPN 7 flat:name _ E-PER
        , , PUNCT 11 punct
        itu itu DET 11 nsubj
        bercerita cerita VERB 0 root
        tentang tentang ADP 13 case
        kampung kampung NOUN 11 obl
        halaman halaman NOUN 13 compound
        . . PUNCT 11 punct
    """)
)


def test_a_person_apposed_after_a_band_member_noun_is_no_work(lexicon: Lexicon) -> None:
    """"Lagu karya vokalis Langit Senja, Bagus Pranata": the parser apposes the NER's person to "Lagu", but the person
    noun "vokalis" between says whom the name describes; it is not the song."""
    doc = doc_of(VOCALIST_APPOSED)
    assert _types(doc, lexicon).get("Bagus Pranata") == "Person"
    assert not [k for k in claims_of(doc, lexicon) if k[0] == "Bagus Pranata" and k[1] == "developedBy"]


DESCRIPTION_NOUN_IN_NAME = (
conll('Pemerintah Kabupaten Siak berencana menyertakan modal di PT Bank Sagu Jaya.', """
        Pemerintah perintah NOUN 4 nsubj
        Kabupaten kabupaten PROPN 1 flat:name _ B-LOC
        Siak siak PROPN 2 flat:name _ E-LOC
        berencana rencana VERB 0 root
        menyertakan serta VERB 4 xcomp
        modal modal NOUN 5 obj
        di di ADP 8 case
        PT pt PROPN 6 nmod _ B-ORG
        Bank bank PROPN 8 flat:name _ I-ORG
        Sagu sagu PROPN 9 flat:name _ I-ORG
        Jaya jaya PROPN 10 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
    + conll('Bank yang berkantor pusat di Pekanbaru itu mencatat laba Rp 200 miliar.', """
        Bank bank PROPN 8 nsubj
        yang yang PRON 3 nsubj
        berkantor kantor VERB 1 acl:relcl
        pusat pusat NOUN 3 obj
        di di ADP 6 case
        Pekanbaru pekanbaru PROPN 3 obl _ S-LOC
        itu itu DET 6 det
        mencatat catat VERB 0 root
        laba laba NOUN 8 obj
        Rp rp NOUN 9 compound
        200 200 NUM 12 nummod
        miliar miliar NUM 10 nummod
        . . PUNCT 8 punct
    """)
)


def test_a_definite_description_means_the_entity_whose_name_holds_its_noun(lexicon: Lexicon) -> None:
    """"… di PT Bank Sagu Jaya. Bank yang berkantor pusat di Pekanbaru itu …": of the organisations named before, the
    description means the one whose name holds its noun, not the previous sentence's subject."""
    claims = claims_of(doc_of(DESCRIPTION_NOUN_IN_NAME), lexicon)
    assert [k for k in claims if k[1] == "basedIn"] == [("PT Bank Sagu Jaya", "basedIn", "Pekanbaru")]


MOVED_SEAT = (
conll('Produsen pakan ternak PT Sapta Pakan resmi memindahkan kantor pusatnya dari Jakarta ke Bandar Lampung.', """
        Produsen produsen NOUN 8 nsubj
        pakan pakan NOUN 1 compound
        ternak ternak VERB 1 acl
        PT pt PROPN 3 obj _ B-ORG
        Sapta sapta PROPN 4 flat:name _ I-ORG
        Pakan pakan PROPN 5 flat:name _ E-ORG
        resmi resmi ADJ 8 amod
        memindahkan pindah VERB 0 root
        kantor kantor NOUN 8 obj
        pusat pusat NOUN 9 compound
        nya dia PRON 10 nmod:poss
        dari dari ADP 13 case
        Jakarta jakarta PROPN 9 nmod _ S-LOC
        ke ke ADP 15 case
        Bandar bandar PROPN 13 nmod _ B-LOC
        Lampung lampung PROPN 15 flat:name _ E-LOC
        . . PUNCT 8 punct
    """)
)


def test_a_seat_moved_away_from_has_ended(lexicon: Lexicon) -> None:
    """"Produsen pakan ternak PT X resmi memindahkan kantor pusatnya dari Jakarta ke Bandar Lampung": the company is
    the one named inside the describing subject (the parser read "ternak" as a verb), and once the move is stated as
    done the old seat is negated (dev/GUIDELINES: a relation that held and then ended takes its final state)."""
    claims = claims_of(doc_of(MOVED_SEAT), lexicon)
    assert claims == {("PT Sapta Pakan", "basedIn", "Bandar Lampung"): "asserted",
                      ("PT Sapta Pakan", "basedIn", "Jakarta"): "negated"}


REGIONAL_FUSED_TITLE = (
conll('Kepolisian Resor Kota Besar Medan (Polrestabes Medan) membongkar jaringan sabu.', """
        Kepolisian kepolisian NOUN 10 nsubj
        Resor resor PROPN 1 flat:name
        Kota kota PROPN 2 flat:name _ B-LOC
        Besar besar PROPN 3 flat:name _ I-LOC
        Medan medan PROPN 3 flat:name _ E-LOC
        ( ( PUNCT 7 punct
        Polrestabes polrestabes PROPN 1 appos _ B-LOC
        Medan medan PROPN 7 flat:name _ E-LOC
        ) ) PUNCT 7 punct
        membongkar bongkar VERB 0 root
        jaringan jaring NOUN 10 obj
        sabu sabu NOUN 11 compound
        . . PUNCT 10 punct
    """)
    + conll('Kapolrestabes Medan Kombes Pol Teddy Marbun mengatakan empat tersangka ditangkap.', """
        Kapolrestabes kapolrestabes PROPN 7 nsubj
        Medan medan PROPN 1 flat:name
        Kombes kombes PROPN 2 flat:name
        Pol pol PROPN 3 flat:name
        Teddy teddy PROPN 4 flat:name _ B-PER
        Marbun marbun PROPN 5 flat:name _ E-PER
        mengatakan kata VERB 0 root
        empat empat NUM 9 nummod
        tersangka sangka NOUN 7 obj
        ditangkap tangkap VERB 9 acl
        . . PUNCT 7 punct
    """)
)


def test_a_regional_police_chief_leads_the_force_the_document_names(lexicon: Lexicon) -> None:
    """"Kepolisian Resor Kota Besar Medan (Polrestabes Medan) … Kapolrestabes Medan Kombes Pol X": the bracketed
    syllabic short form with the same region is the force's other name, the fused title names it, and the name after
    the rank "Kombes Pol" is its bearer."""
    doc = doc_of(REGIONAL_FUSED_TITLE)
    types = _types(doc, lexicon)
    assert types["Teddy Marbun"] == "Person" and "Polrestabes Medan" not in types
    assert claims_of(doc, lexicon) == {
        ("Teddy Marbun", "leads", "Kepolisian Resor Kota Besar Medan"): "asserted"}


ENGLISH_JOB_TITLE = (
conll('Managing Director PT Sinar Baja Utama, Rudy Hartanto, mengatakan penjualan naik.', """
        Managing managing PROPN 11 nsubj
        Director director PROPN 1 flat:name
        PT pt PROPN 2 flat:name _ B-ORG
        Sinar sinar PROPN 3 flat:name _ I-ORG
        Baja baja PROPN 4 flat:name _ I-ORG
        Utama utama PROPN 5 flat:name _ E-ORG
        , , PUNCT 8 punct
        Rudy rudy PROPN 11 nsubj _ B-PER
        Hartanto hartanto PROPN 8 flat:name _ E-PER
        , , PUNCT 11 punct
        mengatakan kata VERB 0 root
        penjualan jual NOUN 11 obj
        naik naik VERB 12 acl
        . . PUNCT 11 punct
    """)
)


def test_an_english_job_title_is_cut_from_the_company_s_name(lexicon: Lexicon) -> None:
    """"Managing Director PT X, Y": an English job title ("Country Manager", "General Manager", "Head of") opens no
    company's name; it is cut like "Direktur"."""
    types = _types(doc_of(ENGLISH_JOB_TITLE), lexicon)
    assert types.get("PT Sinar Baja Utama") == "Organization"
    assert not [t for t in types if t.startswith("Managing")]


FOUNDER_AND_CEO = (
conll('Rina Wulandari adalah pendiri sekaligus CEO Panenku.', """
        Rina rina PROPN 4 nsubj _ B-PER
        Wulandari wulandari PROPN 1 flat:name _ E-PER
        adalah adalah AUX 4 cop
        pendiri diri NOUN 0 root
        sekaligus sekaligus ADJ 4 amod
        CEO ceo PROPN 4 nmod _ B-PER
        Panenku panenku PROPN 6 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)

FOUNDER_ONLY = (
conll('Rina Wulandari adalah pendiri Panenku.', """
        Rina rina PROPN 4 nsubj _ B-PER
        Wulandari wulandari PROPN 1 flat:name _ E-PER
        adalah adalah AUX 4 cop
        pendiri diri NOUN 0 root
        Panenku panenku PROPN 4 nmod
        . . PUNCT 4 punct
    """)
)


def test_an_office_coordinated_with_founder_in_a_copula_is_the_subject_s(lexicon: Lexicon) -> None:
    """"X adalah pendiri sekaligus CEO Y": the CEO title hangs on the founder's noun of the copular predicate; X holds
    it. A founder alone leads nothing (dev/GUIDELINES)."""
    assert claims_of(doc_of(FOUNDER_AND_CEO), lexicon) == {("Rina Wulandari", "ceoOf", "Panenku"): "asserted"}
    assert claims_of(doc_of(FOUNDER_ONLY), lexicon) == {}


JOINTLY_DEVELOPED = (
conll('Aplikasi SehatKu dikembangkan bersama oleh Universitas Nusa Bangsa, RSUD Cibinong, dan PT Medika Farma Nusantara.', """
        Aplikasi aplikasi PROPN 3 nsubj:pass
        SehatKu sehatku PROPN 1 flat:name
        dikembangkan kembang VERB 0 root
        bersama bersama ADP 6 case
        oleh oleh ADP 6 case
        Universitas universitas PROPN 3 obl _ B-ORG
        Nusa nusa PROPN 6 flat:name _ I-ORG
        Bangsa bangsa PROPN 7 flat:name _ E-ORG
        , , PUNCT 10 punct
        RSUD rsud PROPN 6 conj _ B-LOC
        Cibinong cibinong PROPN 10 flat:name _ E-LOC
        , , PUNCT 14 punct
        dan dan CCONJ 14 cc
        PT pt PROPN 6 conj _ B-ORG
        Medika medika PROPN 14 flat:name _ I-ORG
        Farma farma PROPN 15 flat:name _ I-ORG
        Nusantara nusantara PROPN 16 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)


def test_a_work_developed_jointly_by_several_has_each_as_developer(lexicon: Lexicon) -> None:
    """"dikembangkan bersama oleh A, B, dan C": the agent phrase opens with "bersama oleh" (two prepositions), and a
    regional hospital ("RSUD X") is an organisation whatever the NER sees in its name."""
    doc = doc_of(JOINTLY_DEVELOPED)
    assert _types(doc, lexicon)["RSUD Cibinong"] == "Organization"
    assert {k[2] for k in claims_of(doc, lexicon) if k[1] == "developedBy"} == {
        "Universitas Nusa Bangsa", "RSUD Cibinong", "PT Medika Farma Nusantara"}


PROPOSAL_BY_HOLDER = (
conll('Rapat paripurna menyetujui usulan Gubernur Jawa Barat Rudi Kamal tentang anggaran.', """
        Rapat rapat NOUN 3 nsubj
        paripurna paripurna NOUN 1 compound
        menyetujui setuju VERB 0 root
        usulan usul NOUN 3 obj
        Gubernur gubernur NOUN 4 compound
        Jawa jawa PROPN 5 nmod
        Barat barat PROPN 6 flat:name
        Rudi rudi PROPN 7 flat:name _ B-PER
        Kamal kamal PROPN 8 flat:name _ E-PER
        tentang tentang ADP 11 case
        anggaran anggar NOUN 3 obl
        . . PUNCT 3 punct
    """)
)

MINISTER_STAFF = (
conll('Staf Khusus Menteri Keuangan Rudi Pranoto mengatakan Kemenkeu akan memangkas anggaran.', """
        Staf staf PROPN 7 nsubj
        Khusus khusus PROPN 1 flat:name
        Menteri menteri PROPN 2 flat:name
        Keuangan keuangan NOUN 3 compound
        Rudi rudi PROPN 4 nmod _ B-PER
        Pranoto pranoto PROPN 5 flat:name _ E-PER
        mengatakan kata VERB 0 root
        Kemenkeu kemenkeu PROPN 7 obj
        akan akan AUX 10 aux
        memangkas pangkas VERB 7 xcomp
        anggaran anggar NOUN 10 obj
        . . PUNCT 7 punct
    """)
)

DEPUTY_ATTORNEY = (
conll('Jaksa Agung Muda Bidang Pidana Khusus Febri Ardiansyah mengatakan Kejagung telah menetapkan tersangka.', """
        Jaksa jaksa NOUN 9 nsubj
        Agung agung PROPN 1 nmod
        Muda muda PROPN 2 flat:name
        Bidang bidang PROPN 3 flat:name
        Pidana pidana PROPN 4 flat:name
        Khusus khusus PROPN 5 flat:name
        Febri febri PROPN 6 flat:name _ B-PER
        Ardiansyah ardiansyah PROPN 7 flat:name _ E-PER
        mengatakan kata VERB 0 root
        Kejagung kejagung PROPN 9 obj _ S-PER
        telah telah AUX 12 aux
        menetapkan tetap VERB 9 xcomp
        tersangka sangka NOUN 12 obj
        . . PUNCT 9 punct
    """)
)

REGENT_AND_CITY = (
conll('Bupati Bogor Ade Kurniawan menandatangani kerja sama bersama Pemkot Bogor.', """
        Bupati bupati PROPN 5 nsubj
        Bogor bogor PROPN 1 flat:name
        Ade ade PROPN 2 flat:name _ B-PER
        Kurniawan kurniawan PROPN 3 flat:name _ E-PER
        menandatangani menandatangani VERB 0 root
        kerja kerja NOUN 5 obj
        sama sama ADJ 6 amod
        bersama bersama ADP 9 case
        Pemkot pemkot PROPN 5 obl
        Bogor bogor PROPN 9 flat:name
        . . PUNCT 5 punct
    """)
)

MET_A_CEO = (
conll('Setelah bertemu CEO Andi Wijaya, PT Sinar Laut memutuskan menunda ekspansi.', """
        Setelah setelah SCONJ 2 mark
        bertemu temu VERB 10 advcl
        CEO ceo PROPN 2 obj _ B-PER
        Andi andi PROPN 3 flat:name _ I-PER
        Wijaya wijaya PROPN 4 flat:name _ E-PER
        , , PUNCT 2 punct
        PT pt PROPN 10 nsubj _ B-ORG
        Sinar sinar PROPN 7 flat:name _ I-ORG
        Laut laut PROPN 8 flat:name _ E-ORG
        memutuskan putus VERB 0 root
        menunda tunda VERB 10 xcomp
        ekspansi ekspansi NOUN 11 obj
        . . PUNCT 10 punct
    """)
)

PART_OF_SEAT_MOVED = (
conll('PT Sapta Pakan memindahkan sebagian karyawan kantor pusat dari Jakarta ke Bandung.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Sapta sapta PROPN 1 flat:name _ I-ORG
        Pakan pakan PROPN 2 flat:name _ E-ORG
        memindahkan pindah VERB 0 root
        sebagian bagi NOUN 6 advmod
        karyawan karyawan NOUN 4 obj
        kantor kantor NOUN 6 compound
        pusat pusat NOUN 7 compound
        dari dari ADP 10 case
        Jakarta jakarta PROPN 6 nmod _ S-LOC
        ke ke ADP 12 case
        Bandung bandung PROPN 10 nmod _ S-LOC
        . . PUNCT 4 punct
    """)
)

GENERIC_DESCRIPTION = (
conll('PT Surya Energi Bandung memenangi tender dari PT Perusahaan Listrik Negara.', """
        PT pt PROPN 5 nsubj _ B-ORG
        Surya surya PROPN 1 flat:name _ I-ORG
        Energi energi PROPN 2 flat:name _ I-ORG
        Bandung bandung PROPN 3 flat:name _ E-ORG
        memenangi penang VERB 0 root
        tender tender NOUN 5 obj
        dari dari ADP 8 case
        PT pt PROPN 6 nmod _ B-ORG
        Perusahaan usaha NOUN 8 compound _ I-ORG
        Listrik listrik PROPN 9 nmod _ I-ORG
        Negara negara NOUN 10 compound _ E-ORG
        . . PUNCT 5 punct
    """)
    + conll('Perusahaan yang berkantor pusat di Bandung itu akan membangun pembangkit.', """
        Perusahaan usaha NOUN 9 nsubj
        yang yang PRON 3 nsubj
        berkantor kantor VERB 1 acl:relcl
        pusat pusat NOUN 3 obj
        di di ADP 6 case
        Bandung bandung PROPN 3 obl _ S-LOC
        itu itu DET 6 det
        akan akan AUX 9 aux
        membangun bangun VERB 0 root
        pembangkit bangkit NOUN 9 obj
        . . PUNCT 9 punct
    """)
)


def test_review_an_office_holder_s_own_proposal_leaves_the_office_asserted(lexicon: Lexicon) -> None:
    """"usulan Gubernur X": the proposal is the governor's; only proposing someone for an office makes it
    speculative."""
    assert claims_of(doc_of(PROPOSAL_BY_HOLDER), lexicon) == {("Rudi Kamal", "leads", "Jawa Barat"): "asserted"}


def test_review_a_minister_s_staff_and_a_deputy_attorney_general_lead_nothing(lexicon: Lexicon) -> None:
    """"Staf Khusus Menteri Keuangan X … Kemenkeu", "Jaksa Agung Muda … X … Kejagung": not the ministry's or the
    attorney general's office's head."""
    assert not [k for k in claims_of(doc_of(MINISTER_STAFF), lexicon) if k[1] == "leads"]
    assert not [k for k in claims_of(doc_of(DEPUTY_ATTORNEY), lexicon) if k[1] == "leads"]


def test_review_a_regent_does_not_lead_the_city_government(lexicon: Lexicon) -> None:
    """"Bupati Bogor X … Pemkot Bogor": the regency and the city share a name; a regent heads the regency's
    government, not the city's."""
    assert not [k for k in claims_of(doc_of(REGENT_AND_CITY), lexicon) if k[2] == "Pemkot Bogor"]


def test_review_meeting_a_ceo_makes_no_office(lexicon: Lexicon) -> None:
    """"Setelah bertemu CEO X, PT Y memutuskan …": the title is the object of a verb in a clause of time, not "di bawah
    kepemimpinan CEO X, Y"."""
    assert not [k for k in claims_of(doc_of(MET_A_CEO), lexicon) if k[1] == "ceoOf"]


def test_review_part_of_a_seat_moved_is_no_move_of_the_seat(lexicon: Lexicon) -> None:
    """"memindahkan sebagian karyawan kantor pusat dari Jakarta ke Bandung": staff move; the seat does not."""
    assert not [k for k in claims_of(doc_of(PART_OF_SEAT_MOVED), lexicon) if k[1] == "basedIn"]


def test_review_a_generic_description_does_not_pick_a_name_holding_its_noun(lexicon: Lexicon) -> None:
    """"… dari PT Perusahaan Listrik Negara. Perusahaan yang berkantor pusat di Bandung itu …": "perusahaan" is too
    general a noun to pick the company whose name holds it."""
    claims = claims_of(doc_of(GENERIC_DESCRIPTION), lexicon)
    assert ("PT Perusahaan Listrik Negara", "basedIn", "Bandung") not in claims


NOT_YET_REALISED = (
conll('Kerja sama antara PT Sinar Laut dan PT Bumi Kencana belum terwujud.', """
        Kerja kerja NOUN 12 nsubj:pass
        sama sama ADJ 1 amod
        antara antara ADP 4 case
        PT pt PROPN 1 nmod _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Laut laut PROPN 5 flat:name _ E-ORG
        dan dan CCONJ 8 cc
        PT pt PROPN 4 conj _ B-ORG
        Bumi bumi PROPN 8 flat:name _ I-ORG
        Kencana kencana PROPN 9 flat:name _ E-ORG
        belum belum PART 12 advmod
        terwujud wujud VERB 0 root
        . . PUNCT 12 punct
    """)
)

APPOSED_FOUNDER_CEO = (
conll('Rina Wulandari, pendiri sekaligus CEO Panenku, mengatakan pendanaan itu cukup.', """
        Rina rina PROPN 9 nsubj _ B-PER
        Wulandari wulandari PROPN 1 flat:name _ E-PER
        , , PUNCT 1 punct
        pendiri diri NOUN 1 appos
        sekaligus sekaligus ADJ 4 amod
        CEO ceo PROPN 4 appos _ B-PER
        Panenku panenku PROPN 6 flat:name _ E-PER
        , , PUNCT 9 punct
        mengatakan kata VERB 0 root
        pendanaan dana NOUN 9 obj
        itu itu DET 10 det
        cukup cukup ADV 10 advmod
        . . PUNCT 9 punct
    """)
)

GOODS_BROUGHT_IN = (
conll('Pemerintah mendatangkan tiga juta dosis vaksin dari PT Bio Nusantara.', """
        Pemerintah perintah NOUN 2 nsubj
        mendatangkan datang VERB 0 root
        tiga tiga NUM 5 nummod
        juta juta NUM 5 nummod
        dosis dosis NOUN 2 obj
        vaksin vaksin NOUN 5 compound
        dari dari ADP 8 case
        PT pt PROPN 5 nmod _ B-ORG
        Bio bio PROPN 8 flat:name _ I-ORG
        Nusantara nusantara PROPN 9 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)
)


def test_a_relation_noun_not_yet_realised_is_negated(lexicon: Lexicon) -> None:
    """"Kerja sama antara A dan B belum terwujud": the partnership has not come about (a "belum" on its predicate)."""
    claims = claims_of(doc_of(NOT_YET_REALISED), lexicon)
    assert claims == {("PT Sinar Laut", "partnersWith", "PT Bumi Kencana"): "negated"}


def test_an_apposed_founder_and_ceo_holds_the_office(lexicon: Lexicon) -> None:
    """"X, pendiri sekaligus CEO Y, mengatakan …": the apposed founder is also the CEO."""
    assert claims_of(doc_of(APPOSED_FOUNDER_CEO), lexicon) == {("Rina Wulandari", "ceoOf", "Panenku"): "asserted"}


def test_goods_brought_in_are_no_recruitment(lexicon: Lexicon) -> None:
    """"mendatangkan tiga juta dosis vaksin dari PT X": goods and their measures, not people, are brought in."""
    assert not [k for k in claims_of(doc_of(GOODS_BROUGHT_IN), lexicon) if k[1] == "recruitsFrom"]


POLICE_BODY_NAME = (
conll('Polres Cianjur menggelar razia.', """
        Polres polres PROPN 3 nsubj _ B-LOC
        Cianjur cianjur PROPN 1 flat:name _ E-LOC
        menggelar gelar VERB 0 root
        razia razia NOUN 3 obj
        . . PUNCT 3 punct
    """)
    + conll('Kapolres Cianjur AKBP Aszhari Kurniawan mengatakan razia digelar rutin.', """
        Kapolres kapolres PROPN 6 nsubj
        Cianjur cianjur PROPN 1 flat:name
        AKBP akbp PROPN 2 flat:name
        Aszhari aszhari PROPN 3 flat:name _ B-PER
        Kurniawan kurniawan PROPN 4 flat:name _ E-PER
        mengatakan kata VERB 0 root
        razia razia NOUN 6 obj
        digelar gelar VERB 6 xcomp
        rutin rutin ADJ 8 amod
        . . PUNCT 6 punct
    """)
)


def test_a_regional_police_body_is_an_organisation_its_chief_leads(lexicon: Lexicon) -> None:
    """"Polres Cianjur … Kapolres Cianjur AKBP X": "Polres" opens a police body's name (the NER's place inside it made
    it a place), and the fused title's holder leads it."""
    doc = doc_of(POLICE_BODY_NAME)
    assert _types(doc, lexicon)["Polres Cianjur"] == "Organization"
    assert claims_of(doc, lexicon) == {("Aszhari Kurniawan", "leads", "Polres Cianjur"): "asserted"}
