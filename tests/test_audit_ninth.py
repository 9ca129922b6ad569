"""A seat noun, its owner's name and "di" + a place read in a row give the seat, however the parser hangs the "di"
phrase ("berkumpul di depan kantor pusat UNHCR di Jenewa": "di Jenewa" on the verb); a branch office gives none.
2026-12-06, ninth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

SEAT_AFTER_OWNER = (
conll('Para pengungsi berkumpul di depan kantor pusat UNHCR di Jenewa.', """
        Para para DET 2 det
        pengungsi ungsi NOUN 3 nsubj
        berkumpul kumpul VERB 0 root
        di di ADP 5 case
        depan depan NOUN 3 obl
        kantor kantor NOUN 5 compound
        pusat pusat NOUN 6 compound
        UNHCR unhcr PROPN 7 nmod _ S-ORG
        di di ADP 10 case
        Jenewa jenewa PROPN 3 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)

BRANCH_AFTER_OWNER = (
conll('Para wartawan menunggu di depan kantor cabang BCA di Surabaya.', """
        Para para DET 2 det
        wartawan wartawan NOUN 3 nsubj
        menunggu tunggu VERB 0 root
        di di ADP 5 case
        depan depan NOUN 3 obl
        kantor kantor NOUN 5 compound
        cabang cabang NOUN 6 compound
        BCA bca PROPN 7 nmod _ S-ORG
        di di ADP 10 case
        Surabaya surabaya PROPN 3 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)


def test_a_seat_noun_its_owner_and_a_place_in_a_row_give_the_seat(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SEAT_AFTER_OWNER), lexicon)
    assert claims == {("UNHCR", "basedIn", "Jenewa"): "asserted"}


def test_a_branch_office_in_a_place_is_no_seat(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(BRANCH_AFTER_OWNER), lexicon) == {}

SECOND_OFFICE = (
conll('Muhaimin Iskandar, Wakil Ketua DPR sekaligus Ketua Umum PKB, menghadiri acara itu.', """
        Muhaimin muhaimin PROPN 12 nsubj _ B-PER
        Iskandar iskandar PROPN 1 flat:name _ E-PER
        , , PUNCT 1 punct
        Wakil wakil PROPN 1 appos
        Ketua ketua NOUN 4 compound
        DPR dpr PROPN 5 nmod _ S-ORG
        sekaligus sekaligus ADV 8 advmod
        Ketua ketua NOUN 0 root
        Umum umum PROPN 8 nmod
        PKB pkb PROPN 9 flat:name _ S-ORG
        , , PUNCT 12 punct
        menghadiri hadir VERB 8 acl
        acara acara NOUN 12 obj
        itu itu DET 13 det
        . . PUNCT 12 punct
    """)
)

FOUNDER_AND_CEO = (
conll('Sandiaga Uno, pendiri dan CEO Saratoga, ikut dalam pertemuan itu.', """
        Sandiaga sandiaga PROPN 9 nsubj _ B-PER
        Uno uno PROPN 1 flat:name _ E-PER
        , , PUNCT 4 punct
        pendiri diri NOUN 1 conj
        dan dan CCONJ 6 cc
        CEO ceo PROPN 4 conj _ B-PER
        Saratoga saratoga PROPN 6 flat:name _ E-PER
        , , PUNCT 9 punct
        ikut ikut VERB 0 root
        dalam dalam ADP 11 case
        pertemuan temu NOUN 9 obl
        itu itu DET 11 det
        . . PUNCT 9 punct
    """)
)

SECOND_HOLDER = (
conll('Rapat dihadiri Ridwan Kamil, Ketua Kadin Taufik sekaligus Ketua Umum Apindo Yudi.', """
        Rapat rapat NOUN 2 nsubj:pass
        dihadiri hadir VERB 0 root
        Ridwan ridwan PROPN 2 obj _ B-PER
        Kamil kamil PROPN 3 flat:name _ E-PER
        , , PUNCT 6 punct
        Ketua ketua NOUN 3 conj
        Kadin kadin PROPN 6 nmod _ S-ORG
        Taufik taufik PROPN 7 flat:name _ S-PER
        sekaligus sekaligus ADV 10 advmod
        Ketua ketua NOUN 6 conj
        Umum umum PROPN 10 nmod
        Apindo apindo PROPN 11 flat:name _ S-ORG
        Yudi yudi PROPN 10 appos _ S-PER
        . . PUNCT 2 punct
    """)
)


def test_a_second_office_apposed_after_sekaligus_is_the_same_person_s(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SECOND_OFFICE), lexicon)
    assert claims.get(("Muhaimin Iskandar", "leads", "PKB")) == "asserted"
    assert ("Muhaimin Iskandar", "leads", "DPR") not in claims  # a deputy's office (dev/GUIDELINES)


def test_a_founder_and_ceo_apposed_to_a_name_holds_the_office(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(FOUNDER_AND_CEO), lexicon).get(("Sandiaga Uno", "ceoOf", "Saratoga")) == "asserted"


def test_a_second_office_with_its_own_holder_is_not_the_name_before_the_comma(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SECOND_HOLDER), lexicon)
    assert not any(s == "Ridwan Kamil" for s, _, _ in claims)

ACRONYM_THEN_NAME = (
conll('Laporan itu disampaikan Ketua UNESCO Audrey Azoulay di Paris.', """
        Laporan lapor NOUN 3 nsubj:pass
        itu itu DET 1 det
        disampaikan sampai VERB 0 root
        Ketua ketua NOUN 3 obj
        UNESCO unesco PROPN 4 nmod _ B-ORG
        Audrey audrey PROPN 5 flat:name _ I-ORG
        Azoulay azoulay PROPN 6 flat:name _ E-ORG
        di di ADP 9 case
        Paris paris PROPN 3 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)

ORG_END_THEN_NAME = (
conll('Menurut Ketua American Chamber Brian Hardwick, iklim investasi membaik.', """
        Menurut menurut ADP 2 case
        Ketua ketua NOUN 10 obl
        American american PROPN 2 nmod
        Chamber chamber PROPN 3 flat:name
        Brian brian PROPN 4 flat:name
        Hardwick hardwick PROPN 5 flat:name _ S-PER
        , , PUNCT 10 punct
        iklim iklim NOUN 10 nsubj
        investasi investasi NOUN 8 compound
        membaik baik VERB 0 root
        . . PUNCT 10 punct
    """)
)

DESCRIBED_ON_COMPOUND = (
conll('Aksi itu digalang Cosatu, salah satu serikat buruh utama Afrika Selatan.', """
        Aksi aksi NOUN 3 nsubj:pass
        itu itu DET 1 det
        digalang galang VERB 0 root
        Cosatu cosatu PROPN 3 obj _ S-ORG
        , , PUNCT 3 punct
        salah salah ADJ 8 advmod
        satu satu NUM 6 nummod
        serikat serikat NOUN 3 obl
        buruh buruh NOUN 8 compound
        utama utama ADJ 9 amod
        Afrika afrika PROPN 9 nmod _ B-LOC
        Selatan selatan PROPN 11 flat:name _ E-LOC
        . . PUNCT 3 punct
    """)
)


def test_an_acronym_after_a_title_tagged_with_the_holder_s_name_is_cut_off(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(ACRONYM_THEN_NAME), lexicon)
    assert claims.get(("Audrey Azoulay", "leads", "UNESCO")) == "asserted"


def test_an_english_organisation_noun_ends_the_name_after_a_title(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(ORG_END_THEN_NAME), lexicon)
    assert claims == {("Brian Hardwick", "leads", "American Chamber"): "asserted"}


def test_a_nationality_on_the_compound_of_a_described_noun_seats_the_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(DESCRIBED_ON_COMPOUND), lexicon)
    assert claims == {("Cosatu", "basedIn", "Afrika Selatan"): "asserted"}

CONFEDERATION = (
conll('Upah harus naik, kata Sibusiso Vavi, ketua konfederasi buruh Cosatu.', """
        Upah upah PROPN 3 nsubj
        harus harus AUX 3 advmod
        naik naik VERB 0 root
        , , PUNCT 3 punct
        kata kata VERB 3 conj
        Sibusiso sibusiso PROPN 5 obj _ B-PER
        Vavi vavi PROPN 6 flat:name _ E-PER
        , , PUNCT 9 punct
        ketua ketua NOUN 6 appos
        konfederasi konfederasi NOUN 9 compound
        buruh buruh NOUN 10 compound
        Cosatu cosatu PROPN 11 nmod _ S-ORG
        . . PUNCT 3 punct
    """)
)


def test_the_head_of_a_confederation_leads_the_name_the_noun_describes(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(CONFEDERATION), lexicon).get(("Sibusiso Vavi", "leads", "Cosatu")) == "asserted"

RUN_ON_WORLD_PLACE = (
conll('Raksasa ritel Prancis Carrefour menutup sepuluh gerainya.', """
        Raksasa raksasa NOUN 5 nsubj
        ritel ritel NOUN 1 compound
        Prancis prancis PROPN 2 nmod _ B-ORG
        Carrefour carrefour PROPN 3 flat:name _ E-ORG
        menutup tutup VERB 0 root
        sepuluh sepuluh NUM 7 nummod
        gerai gerai NOUN 5 obj
        nya dia PRON 7 nmod:poss
        . . PUNCT 5 punct
    """)
)


def test_a_world_gazetteer_name_the_ner_runs_on_from_a_nationality_is_the_company(lexicon: Lexicon) -> None:
    doc = doc_of(RUN_ON_WORLD_PLACE)
    assert _types(doc, lexicon).get("Carrefour") == "Organization"
    assert claims_of(doc, lexicon) == {("Carrefour", "basedIn", "Perancis"): "asserted"}

SHORT_FORM = (
conll('PT Sinar Tirta Makmur Tbk melaporkan laba naik.', """
        PT pt PROPN 6 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Tirta tirta PROPN 2 flat:name _ I-ORG
        Makmur makmur PROPN 3 flat:name _ I-ORG
        Tbk tbk PROPN 4 flat:name _ E-ORG
        melaporkan lapor VERB 0 root
        laba laba NOUN 6 obj
        naik naik VERB 7 acl
        . . PUNCT 6 punct
    """)
+ conll('Direktur Utama Sinar Tirta Makmur, Budi Hartono, mengatakan permintaan tumbuh.', """
        Direktur direktur NOUN 10 nsubj
        Utama utama ADJ 1 amod
        Sinar sinar PROPN 1 nmod
        Tirta tirta PROPN 3 flat:name _ B-PER
        Makmur makmur PROPN 4 flat:name _ E-PER
        , , PUNCT 7 punct
        Budi budi PROPN 10 nsubj _ B-PER
        Hartono hartono PROPN 7 flat:name _ E-PER
        , , PUNCT 10 punct
        mengatakan kata VERB 0 root
        permintaan minta NOUN 10 obj
        tumbuh tumbuh VERB 11 acl
        . . PUNCT 10 punct
    """)
)

MOVED_OFFICE = (
conll('PT Mega Pangan Lestari memboyong kantor pusatnya dari Jakarta ke Surabaya.', """
        PT pt PROPN 5 nsubj _ B-ORG
        Mega mega PROPN 1 flat:name _ I-ORG
        Pangan pangan PROPN 2 flat:name _ I-ORG
        Lestari lestari PROPN 3 flat:name _ E-ORG
        memboyong boyong VERB 0 root
        kantor kantor NOUN 5 obj
        pusat pusat NOUN 6 compound
        nya dia PRON 7 nmod:poss
        dari dari ADP 10 case
        Jakarta jakarta PROPN 6 nmod _ S-LOC
        ke ke ADP 12 case
        Surabaya surabaya PROPN 10 nmod _ S-LOC
        . . PUNCT 5 punct
    """)
)

RANK_SERVICE = (
conll('Kepala Basarnas Letjen TNI Henri Alfiandi memimpin pencarian.', """
        Kepala kepala NOUN 7 nsubj
        Basarnas basarnas PROPN 1 flat:name
        Letjen letjen PROPN 2 flat:name
        TNI tni PROPN 3 flat:name _ S-ORG
        Henri henri PROPN 4 flat:name _ B-PER
        Alfiandi alfiandi PROPN 5 flat:name _ E-PER
        memimpin pimpin VERB 0 root
        pencarian cari NOUN 7 obj
        . . PUNCT 7 punct
    """)
)


def test_a_company_named_again_without_its_legal_form_is_the_company(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SHORT_FORM), lexicon)
    assert claims == {("Budi Hartono", "ceoOf", "PT Sinar Tirta Makmur Tbk"): "asserted"}


def test_an_office_moved_is_a_relocation_not_a_recruitment(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(MOVED_OFFICE), lexicon)
    assert claims == {("PT Mega Pangan Lestari", "basedIn", "Surabaya"): "asserted",
                      ("PT Mega Pangan Lestari", "basedIn", "Jakarta"): "negated"}


def test_a_rank_and_its_service_between_the_body_and_the_holder(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(RANK_SERVICE), lexicon) == {("Henri Alfiandi", "leads", "Basarnas"): "asserted"}

CLUB_OPENING = (
conll('Klub Liga 1 Bintang Selatan FC resmi mendatangkan gelandang Rian Saputra dari Persita Tangerang.', """
        Klub klub NOUN 8 nsubj
        Liga liga PROPN 1 nmod
        1 1 NUM 2 nummod
        Bintang bintang PROPN 1 nmod _ B-ORG
        Selatan selatan PROPN 4 flat:name _ I-ORG
        FC fc PROPN 5 flat:name _ E-ORG
        resmi resmi ADJ 8 amod
        mendatangkan datang VERB 0 root
        gelandang gelandang NOUN 8 obj
        Rian rian PROPN 9 nmod _ B-PER
        Saputra saputra PROPN 10 flat:name _ E-PER
        dari dari ADP 13 case
        Persita persita PROPN 9 nmod _ B-ORG
        Tangerang tangerang PROPN 13 flat:name _ E-ORG
        . . PUNCT 8 punct
    """)
)


def test_a_club_noun_and_league_opening_a_sentence_are_no_part_of_the_club_s_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(CLUB_OPENING), lexicon)
    assert claims == {("Bintang Selatan FC", "recruitsFrom", "Persita Tangerang"): "asserted"}

DISMISSED = (
conll('Wali Kota Medan Bobby Hasibuan memberhentikan Dedi Lubis dari jabatan Direktur Utama PDAM Tirtanadi.', """
        Wali wali PROPN 6 nsubj
        Kota kota PROPN 1 flat:name
        Medan medan PROPN 2 flat:name
        Bobby bobby PROPN 3 flat:name _ B-PER
        Hasibuan hasibuan PROPN 4 flat:name _ E-PER
        memberhentikan berhenti VERB 0 root
        Dedi dedi PROPN 6 obj _ B-PER
        Lubis lubis PROPN 7 flat:name _ E-PER
        dari dari ADP 10 case
        jabatan jabat NOUN 6 obl
        Direktur direktur PROPN 10 nmod
        Utama utama PROPN 11 flat:name
        PDAM pdam PROPN 12 flat:name _ B-ORG
        Tirtanadi tirtanadi PROPN 13 flat:name _ E-ORG
        . . PUNCT 6 punct
    """)
)


def test_the_one_an_active_verb_removes_from_an_office_held_it_not_the_one_removing(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(DISMISSED), lexicon)
    assert claims.get(("Dedi Lubis", "ceoOf", "PDAM Tirtanadi")) == "negated"
    assert not any(s == "Bobby Hasibuan" and o == "PDAM Tirtanadi" for s, _, o in claims)

REGION_SHORT = (
conll('Kepolisian Daerah Jawa Timur (Polda Jatim) menangkap tiga tersangka.', """
        Kepolisian kepolisian PROPN 9 nsubj
        Daerah daerah PROPN 1 flat:name
        Jawa jawa PROPN 2 flat:name _ B-LOC
        Timur timur PROPN 3 amod _ E-LOC
        ( ( PUNCT 6 punct
        Polda polda PROPN 1 appos _ B-ORG
        Jatim jatim PROPN 6 flat:name _ E-ORG
        ) ) PUNCT 6 punct
        menangkap tangkap VERB 0 root
        tiga tiga NUM 11 nummod
        tersangka sangka NOUN 9 obj
        . . PUNCT 9 punct
    """)
+ conll('Kapolda Jatim Irjen Pol. Teddy Minahasa mengatakan kasus itu didalami.', """
        Kapolda kapolda PROPN 7 nsubj
        Jatim jatim PROPN 1 flat:name
        Irjen irjen PROPN 2 flat:name
        Pol. pol. PROPN 3 flat:name
        Teddy teddy PROPN 4 flat:name _ B-PER
        Minahasa minahasa PROPN 5 flat:name _ E-PER
        mengatakan kata VERB 0 root
        kasus kasus NOUN 7 obj
        itu itu DET 8 det
        didalami dalam VERB 7 xcomp
        . . PUNCT 7 punct
    """)
)

FUNCTION_HEAD = (
conll('Kami tetap di Batam, kata Kepala Komunikasi Sinar Data Nusantara, Rina Oktaviani.', """
        Kami kami PRON 6 nsubj
        tetap tetap ADV 1 advmod
        di di ADP 4 case
        Batam batam PROPN 1 nmod _ S-LOC
        , , PUNCT 6 punct
        kata kata VERB 0 root
        Kepala kepala NOUN 6 obj
        Komunikasi komunikasi PROPN 7 nmod
        Sinar sinar PROPN 8 flat:name _ B-ORG
        Data data PROPN 9 flat:name _ I-ORG
        Nusantara nusantara PROPN 10 flat:name _ E-ORG
        , , PUNCT 13 punct
        Rina rina PROPN 7 appos _ B-PER
        Oktaviani oktaviani PROPN 13 flat:name _ E-PER
        . . PUNCT 6 punct
    """)
)


def test_a_bracketed_short_form_with_the_region_s_short_form_is_the_body_s_other_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(REGION_SHORT), lexicon)
    assert claims == {("Teddy Minahasa", "leads", "Kepolisian Daerah Jawa Timur"): "asserted"}


def test_the_head_of_a_function_does_not_lead_the_company(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(FUNCTION_HEAD), lexicon) == {}


def test_an_outlet_s_hyphenated_web_address_opens_a_dateline() -> None:
    from kg.parse import split_dateline

    assert split_dateline("TRIBUN-MEDAN.com, MEDAN - Asosiasi Petani Kopi menggelar festival.")[0] == (
        "TRIBUN-MEDAN.com, MEDAN")
    assert split_dateline("Menurut Sagarindo, Coca-Cola menaikkan harga.") is None

GENRE_QUOTED = (
conll('Film horor "Rumah di Ujung Jalan" garapan sutradara Dimas Aryo meraih sejuta penonton.', """
        Film film NOUN 13 nsubj
        horor horor NOUN 1 compound
        " " PUNCT 4 punct
        Rumah rumah PROPN 1 appos
        di di ADP 6 case
        Ujung ujung PROPN 4 nmod _ B-LOC
        Jalan jalan PROPN 6 flat:name _ E-LOC
        " " PUNCT 9 punct
        garapan garap NOUN 13 nsubj
        sutradara sutradara NOUN 9 compound
        Dimas dimas PROPN 10 nmod _ B-PER
        Aryo aryo PROPN 11 flat:name _ E-PER
        meraih raih VERB 0 root
        sejuta sejuta NUM 15 nummod
        penonton tonton NOUN 13 obj
        . . PUNCT 13 punct
    """)
)


def test_a_quoted_title_after_a_work_noun_and_its_genre_keeps_its_little_words(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(GENRE_QUOTED), lexicon)
    assert claims == {("Rumah di Ujung Jalan", "developedBy", "Dimas Aryo"): "asserted"}

MEMBERS_COMPETE = (
conll('Dua kader senior Partai Rakyat Bersatu (PRB), Yohanes Tambunan dan Sri Wulandari, akan bersaing memperebutkan kursi ketua umum dalam kongres partai bulan depan.', """
        Dua dua NUM 2 nummod
        kader kader NOUN 18 nsubj
        senior senior ADJ 2 amod
        Partai partai PROPN 2 nmod _ B-ORG
        Rakyat rakyat PROPN 4 flat:name _ I-ORG
        Bersatu bersatu PROPN 5 flat:name _ E-ORG
        ( ( PUNCT 8 punct
        PRB prb PROPN 4 appos _ S-ORG
        ) ) PUNCT 8 punct
        , , PUNCT 11 punct
        Yohanes yohanes PROPN 4 conj _ B-PER
        Tambunan tambunan PROPN 11 flat:name _ E-PER
        dan dan CCONJ 14 cc
        Sri sri PROPN 11 conj _ B-PER
        Wulandari wulandari PROPN 14 flat:name _ E-PER
        , , PUNCT 18 punct
        akan akan AUX 18 aux
        bersaing saing VERB 0 root
        memperebutkan perebut VERB 18 xcomp
        kursi kursi NOUN 19 obj
        ketua ketua NOUN 20 compound
        umum umum ADJ 21 amod
        dalam dalam ADP 24 case
        kongres kongres NOUN 20 nmod
        partai partai NOUN 24 compound
        bulan bulan NOUN 25 compound
        depan depan NOUN 26 compound
        . . PUNCT 18 punct
    """)
)



def test_members_described_by_their_party_compete_with_each_other_not_with_it(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(MEMBERS_COMPETE), lexicon)
    assert claims == {("Yohanes Tambunan", "competesWith", "Sri Wulandari"): "speculative"}

PERIOD = (
conll('PT Sinar Susu mencatat penjualan naik pada kuartal I/2025, melampaui PT Dairy Prima.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Susu susu PROPN 2 flat:name _ E-ORG
        mencatat catat VERB 0 root
        penjualan jual NOUN 4 obj
        naik naik VERB 5 acl
        pada pada ADP 8 case
        kuartal kuartal NOUN 6 obl
        I/ i/ PROPN 8 nmod
        2025 2025 NUM 9 nummod
        , , PUNCT 12 punct
        melampaui lampau VERB 4 advcl
        PT pt PROPN 12 obj _ B-ORG
        Dairy dairy PROPN 13 flat:name _ I-ORG
        Prima prima PROPN 14 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)


def test_a_roman_period_and_its_year_after_a_period_noun_is_no_name(lexicon: Lexicon) -> None:
    assert set(_types(doc_of(PERIOD), lexicon)) == {"PT Sinar Susu", "PT Dairy Prima"}
