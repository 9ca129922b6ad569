"""Thirteenth session (2026-12-07): a maker noun's descriptor may carry an origin and set the maker's name off
by a comma ("garapan studio asal Bandung, X"); a developer noun describing an organisation makes the name after it
that organisation's work ("Anthropic, pengembang Claude", "dikenal sebagai pengembang chatbot X", "pengembang X,
PT Y,", "perusahaan pengembang X itu"), but not where it names the developers themselves or a property developer;
an acronym spells a registered company's name without its legal form ("BRI" for "PT Bank Rakyat Indonesia
(Persero) Tbk"); a successor ("digantikan oleh Y", "Posisinya kini diisi oleh Y", "menyerahkan jabatan itu
kepada Y") takes over the office the text gave the one replaced; an affixed word opening a sentence before a company's
last word ("Bersinar Air adalah maskapai …") opens the name; "Kantor <body>" is the body's offices, a place;
"akan tetap", "akan terus" state what goes on, no hedge;
the examples a product noun lists ("sejumlah novel, antara lain X", "obligasi berupa X") are products; an English title
apposed to its maker may close the sentence ("film karya sutradara Jerman, X, Into the Abyss."); titles listed
each with its year after a work ("film A (2011), B (2010), dan C (2009)") are works; "Kemedes" (a variant of Kemendes
the NER tags a person) is the ministry a "Menteri Desa" leads; "A dan B memperebutkan X" makes A and B rivals, never
X.
Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

DESCRIBED_STUDIO = (
conll('Gim Pendekar Nusantara garapan studio asal Bandung, Kancil Interaktif, meraih penghargaan.', """
        Gim gim PROPN 12 nsubj
        Pendekar pendekar PROPN 1 flat:name
        Nusantara nusantara PROPN 2 flat:name
        garapan garap NOUN 1 appos
        studio studio NOUN 4 compound
        asal asal ADP 7 case
        Bandung bandung PROPN 5 nmod _ S-LOC
        , , PUNCT 7 punct
        Kancil kancil PROPN 7 appos _ B-LOC
        Interaktif interaktif PROPN 9 flat:name _ E-LOC
        , , PUNCT 12 punct
        meraih raih VERB 0 root
        penghargaan harga NOUN 12 obj
        . . PUNCT 12 punct
    """)
)

DESCRIBED_SINGER = (
conll('Lagu Sendu Malam merupakan karya penyanyi asal Medan, Rani Sitompul.', """
        Lagu lagu PROPN 4 nsubj
        Sendu sendu PROPN 1 flat:name
        Malam malam PROPN 2 flat:name
        merupakan rupa VERB 0 root
        karya karya NOUN 4 obj
        penyanyi nyanyi NOUN 5 compound
        asal asal ADP 8 case
        Medan medan PROPN 5 nmod _ S-LOC
        , , PUNCT 8 punct
        Rani rani PROPN 8 appos _ B-PER
        Sitompul sitompul PROPN 10 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)

DEVELOPER_PREDICATE = (
conll('ByteDance yang berbasis di Beijing dikenal sebagai pengembang chatbot Doubao.', """
        ByteDance bytedance PROPN 6 nsubj:pass _ S-PER
        yang yang PRON 3 nsubj
        berbasis basis VERB 1 acl:relcl
        di di ADP 5 case
        Beijing beijing PROPN 3 obl _ S-LOC
        dikenal kenal VERB 0 root
        sebagai sebagai ADP 8 case
        pengembang kembang NOUN 6 obl
        chatbot chatbot NOUN 8 compound
        Doubao doubao PROPN 9 nmod
        . . PUNCT 6 punct
    """)
)

DEVELOPER_APPOSED = (
conll('Google berinvestasi di Anthropic, pengembang Claude.', """
        Google google PROPN 2 nsubj
        berinvestasi investasi VERB 0 root
        di di ADP 4 case
        Anthropic anthropic PROPN 2 obl _ S-LOC
        , , PUNCT 6 punct
        pengembang kembang NOUN 4 appos
        Claude claude PROPN 6 nmod _ S-LOC
        . . PUNCT 2 punct
    """)
)

DEVELOPER_DEFINITE = (
conll('Microsoft kembali menanamkan modal di OpenAI.', """
        Microsoft microsoft PROPN 3 nsubj _ S-PER
        kembali kembali ADV 3 advmod
        menanamkan tanam VERB 0 root
        modal modal NOUN 3 obj
        di di ADP 6 case
        OpenAI openai PROPN 4 nmod _ S-ORG
        . . PUNCT 3 punct
    """)
+ conll('Total investasinya di perusahaan pengembang ChatGPT itu mencapai 13 miliar dolar.', """
        Total total NOUN 9 nsubj
        investasi investasi NOUN 1 compound
        nya dia PRON 2 nmod:poss
        di di ADP 5 case
        perusahaan usaha NOUN 1 nmod
        pengembang kembang NOUN 5 compound
        ChatGPT chatgpt PROPN 6 nmod _ S-ORG
        itu itu DET 5 det
        mencapai capai VERB 0 root
        13 13 NUM 11 nummod
        miliar miliar NUM 12 nummod
        dolar dolar NOUN 9 obj
        . . PUNCT 9 punct
    """)
)

DEVELOPER_NAMED_AFTER = (
conll('Namun, pengembang CatatKas, PT Kas Pintar Nusantara, membantah tudingan itu.', """
        Namun namun ADV 11 advmod
        , , PUNCT 3 punct
        pengembang kembang NOUN 11 nsubj
        CatatKas catatkas PROPN 3 nmod
        , , PUNCT 3 punct
        PT pt PROPN 3 appos _ B-ORG
        Kas kas PROPN 6 flat:name _ I-ORG
        Pintar pintar PROPN 7 flat:name _ I-ORG
        Nusantara nusantara PROPN 8 flat:name _ E-ORG
        , , PUNCT 11 punct
        membantah bantah VERB 0 root
        tudingan tuding NOUN 11 obj
        itu itu DET 12 det
        . . PUNCT 11 punct
    """)
)

DEVELOPERS_THEMSELVES = (
conll('Para pengembang Hurd menyadari bahwa kernel itu tidak cocok.', """
        Para para DET 2 det
        pengembang kembang NOUN 4 nsubj
        Hurd hurd PROPN 2 nmod _ S-PER
        menyadari sadar VERB 0 root
        bahwa bahwa SCONJ 9 mark
        kernel kernel NOUN 9 nsubj
        itu itu DET 6 det
        tidak tidak PART 9 advmod
        cocok cocok ADJ 4 ccomp
        . . PUNCT 4 punct
    """)
)

PROPERTY_DEVELOPER = (
conll('Pengembang properti Ciputra membangun kawasan baru di Surabaya.', """
        Pengembang kembang NOUN 4 nsubj
        properti properti NOUN 1 compound
        Ciputra ciputra PROPN 2 nmod
        membangun bangun VERB 0 root
        kawasan kawasan NOUN 4 obj
        baru baru ADJ 5 amod
        di di ADP 8 case
        Surabaya surabaya PROPN 5 nmod _ S-LOC
        . . PUNCT 4 punct
    """)
)


REGISTERED_ACRONYM = (
conll('PT Bank Rakyat Indonesia (Persero) Tbk atau BRI mencatat laba.', """
        PT pt PROPN 11 nsubj _ B-ORG
        Bank bank PROPN 1 flat:name _ I-ORG
        Rakyat rakyat PROPN 2 flat:name _ I-ORG
        Indonesia indonesia PROPN 3 flat:name _ E-ORG
        ( ( PUNCT 6 punct
        Persero persero PROPN 1 appos
        ) ) PUNCT 6 punct
        Tbk tbk PROPN 6 flat:name
        atau atau CCONJ 10 cc
        BRI bri PROPN 8 conj
        mencatat catat VERB 0 root
        laba laba NOUN 11 obj
        . . PUNCT 11 punct
    """)
+ conll('Direktur Utama BRI Sunarso menyampaikan hal itu.', """
        Direktur direktur NOUN 5 nsubj
        Utama utama ADJ 1 amod
        BRI bri PROPN 1 nmod
        Sunarso sunarso PROPN 3 flat:name _ S-PER
        menyampaikan sampai VERB 0 root
        hal hal NOUN 5 obj
        itu itu DET 6 det
        . . PUNCT 5 punct
    """)
)

AGENCY_ACRONYM = (
conll('Badan Pusat Statistik atau BPS mencatat inflasi naik.', """
        Badan badan NOUN 6 nsubj
        Pusat pusat PROPN 1 nmod
        Statistik statistik PROPN 2 flat:name
        atau atau CCONJ 5 cc
        BPS bps PROPN 3 conj
        mencatat catat VERB 0 root
        inflasi inflasi NOUN 6 obj
        naik naik VERB 6 xcomp
        . . PUNCT 6 punct
    """)
+ conll('Kepala BPS Margo Yuwono menjelaskan penyebabnya.', """
        Kepala kepala NOUN 5 nsubj
        BPS bps PROPN 1 flat:name
        Margo margo PROPN 2 flat:name _ B-PER
        Yuwono yuwono PROPN 3 flat:name _ E-PER
        menjelaskan jelas VERB 0 root
        penyebab sebab NOUN 5 obj
        nya dia PRON 6 nmod:poss
        . . PUNCT 5 punct
    """)
)


SEAT_FILLED = (
conll('Hendra Wijaya tidak lagi menjabat Ketua Yayasan Cahaya Bangsa.', """
        Hendra hendra PROPN 5 nsubj _ B-PER
        Wijaya wijaya PROPN 1 flat:name _ E-PER
        tidak tidak PART 5 advmod
        lagi lagi ADV 5 advmod
        menjabat jabat VERB 0 root
        Ketua ketua NOUN 5 obj
        Yayasan yayasan PROPN 6 nmod
        Cahaya cahaya PROPN 7 flat:name
        Bangsa bangsa PROPN 8 flat:name
        . . PUNCT 5 punct
    """)
+ conll('Posisinya kini diisi oleh Rina Marlina.', """
        Posisi posisi NOUN 4 nsubj:pass
        nya dia PRON 1 nmod:poss
        kini kini ADV 4 advmod
        diisi isi VERB 0 root
        oleh oleh ADP 6 case
        Rina rina PROPN 4 obl _ B-PER
        Marlina marlina PROPN 6 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)

OFFICE_HANDED = (
conll('Budi Santoso bukan lagi CEO Tokoloka sejak Mei, setelah menyerahkan jabatan itu kepada Siska Amelia.', """
        Budi budi PROPN 5 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        bukan bukan PART 5 advmod
        lagi lagi ADV 5 advmod
        CEO ceo PROPN 0 root _ B-PER
        Tokoloka tokoloka PROPN 5 flat:name _ E-PER
        sejak sejak ADP 8 case
        Mei mei PROPN 5 nmod
        , , PUNCT 5 punct
        setelah setelah SCONJ 11 mark
        menyerahkan serah VERB 5 advcl
        jabatan jabat NOUN 11 obj
        itu itu DET 12 det
        kepada kepada ADP 15 case
        Siska siska PROPN 11 obl _ B-PER
        Amelia amelia PROPN 15 flat:name _ E-PER
        . . PUNCT 5 punct
    """)
)

REPLACED_SOON = (
conll('Ketua Umum Partai Hijau Budi Santoso akan digantikan oleh Rina Wulandari dalam kongres bulan depan.', """
        Ketua ketua NOUN 8 nsubj:pass
        Umum umum PROPN 1 flat:name
        Partai partai PROPN 2 flat:name _ B-ORG
        Hijau hijau PROPN 3 flat:name _ E-ORG
        Budi budi PROPN 4 flat:name _ B-PER
        Santoso santoso PROPN 5 flat:name _ E-PER
        akan akan AUX 8 aux
        digantikan ganti VERB 0 root
        oleh oleh ADP 10 case
        Rina rina PROPN 8 obl _ B-PER
        Wulandari wulandari PROPN 10 flat:name _ E-PER
        dalam dalam ADP 13 case
        kongres kongres NOUN 8 obl
        bulan bulan NOUN 13 compound
        depan depan NOUN 14 compound
        . . PUNCT 8 punct
    """)
)

PLAYER_SUBSTITUTED = (
conll('Egy Maulana digantikan oleh Witan Sulaeman pada menit ke-70.', """
        Egy egy PROPN 3 nsubj:pass _ B-PER
        Maulana maulana PROPN 1 flat:name _ E-PER
        digantikan ganti VERB 0 root
        oleh oleh ADP 5 case
        Witan witan PROPN 3 obl _ B-PER
        Sulaeman sulaeman PROPN 5 flat:name _ E-PER
        pada pada ADP 8 case
        menit menit NOUN 3 obl
        ke-70 ke-70 ADJ 8 amod
        . . PUNCT 3 punct
    """)
)


AFFIXED_AIRLINE = (
conll('Bersinar Air adalah maskapai baru yang berpusat di Medan.', """
        Bersinar bersinar PROPN 4 nsubj
        Air air NOUN 1 compound
        adalah adalah AUX 4 cop
        maskapai maskapai NOUN 0 root
        baru baru ADJ 4 amod
        yang yang PRON 7 nsubj
        berpusat pusat VERB 4 acl:relcl
        di di ADP 9 case
        Medan medan PROPN 7 obl _ S-LOC
        . . PUNCT 4 punct
    """)
)


OFFICE_BUILDING = (
conll('Ketua KPU Husni Kamil Manik menerima berkas itu di Kantor Komisi Pemilihan Umum, Jakarta.', """
        Ketua ketua NOUN 6 nsubj
        KPU kpu PROPN 1 flat:name _ S-ORG
        Husni husni PROPN 2 flat:name _ B-PER
        Kamil kamil PROPN 3 flat:name _ I-PER
        Manik manik PROPN 4 flat:name _ E-PER
        menerima terima VERB 0 root
        berkas berkas NOUN 6 obj
        itu itu DET 7 det
        di di ADP 10 case
        Kantor kantor PROPN 6 obl
        Komisi komisi PROPN 10 flat:name
        Pemilihan pilih PROPN 11 flat:name
        Umum umum PROPN 12 flat:name
        , , PUNCT 10 punct
        Jakarta jakarta PROPN 10 appos _ S-LOC
        . . PUNCT 6 punct
    """)
)


STAKE_KEPT = (
conll('PT Sinar Abadi akan tetap menjadi pemegang saham pengendali di PT Karya Baru.', """
        PT pt PROPN 6 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Abadi abadi PROPN 2 flat:name _ E-ORG
        akan akan AUX 6 aux
        tetap tetap ADV 6 advmod
        menjadi jadi VERB 0 root
        pemegang pegang NOUN 6 obj
        saham saham NOUN 7 compound
        pengendali kendali NOUN 8 compound
        di di ADP 11 case
        PT pt PROPN 7 nmod _ B-ORG
        Karya karya PROPN 11 flat:name _ I-ORG
        Baru baru PROPN 12 flat:name _ E-ORG
        . . PUNCT 6 punct
    """)
)

PARTNERS_GO_ON = (
conll('Telkom akan terus bekerja sama dengan Huawei.', """
        Telkom telkom PROPN 4 nsubj
        akan akan AUX 4 aux
        terus terus ADV 4 advmod
        bekerja kerja VERB 0 root
        sama sama ADJ 4 amod
        dengan dengan ADP 7 case
        Huawei huawai PROPN 4 obl
        . . PUNCT 4 punct
    """)
)


NOVELS_LISTED = (
conll('Gramedia menerbitkan sejumlah novel, antara lain Laskar Pelangi dan Negeri 5 Menara.', """
        Gramedia gramedia PROPN 2 nsubj _ S-PER
        menerbitkan terbit VERB 0 root
        sejumlah sejumlah DET 4 det
        novel novel NOUN 2 obj
        , , PUNCT 2 punct
        antara antara ADP 8 case
        lain lain ADJ 8 amod
        Laskar laskar PROPN 2 obl _ B-PER
        Pelangi pelangi PROPN 8 flat:name _ E-PER
        dan dan CCONJ 11 cc
        Negeri negeri PROPN 8 conj
        5 5 NUM 11 nummod
        Menara menara PROPN 11 flat:name
        . . PUNCT 2 punct
    """)
)

BONDS_NAMED = (
conll('Pemerintah menerbitkan obligasi negara berupa Surat Utang Negara atau SUN.', """
        Pemerintah perintah NOUN 2 nsubj
        menerbitkan terbit VERB 0 root
        obligasi obligasi NOUN 2 obj
        negara negara NOUN 3 compound
        berupa rupa VERB 2 xcomp
        Surat surat NOUN 5 obj
        Utang utang NOUN 6 compound
        Negara negara NOUN 7 compound
        atau atau CCONJ 10 cc
        SUN sun PROPN 8 conj _ S-ORG
        . . PUNCT 2 punct
    """)
)


ENGLISH_TITLE = (
conll('Festival itu memutar film karya sutradara Jerman, Werner Herzog, Into the Abyss.', """
        Festival festival NOUN 3 nsubj
        itu itu DET 1 det
        memutar putar VERB 0 root
        film film NOUN 3 obj
        karya karya NOUN 4 compound
        sutradara sutradara NOUN 5 compound
        Jerman jerman PROPN 6 nmod _ S-LOC
        , , PUNCT 9 punct
        Werner werner PROPN 7 appos _ B-PER
        Herzog herzog PROPN 9 flat:name _ E-PER
        , , PUNCT 12 punct
        Into into PROPN 9 appos
        the the PROPN 12 flat:name
        Abyss abyss PROPN 13 flat:name
        . . PUNCT 3 punct
    """)
)


YEAR_LIST = (
conll('Ia meraih penghargaan untuk film Ombak Biru (2011), Kartini Muda (2010), Sejuta Rindu (2008), dan Pacar Pulang Kampung (2009).', """
        Ia dia PRON 2 nsubj
        meraih raih VERB 0 root
        penghargaan harga NOUN 2 obj
        untuk untuk ADP 5 case
        film film NOUN 3 nmod
        Ombak ombak PROPN 5 nmod
        Biru biru PROPN 6 flat:name
        ( ( PUNCT 9 punct
        2011 2011 NUM 5 appos
        ) ) PUNCT 9 punct
        , , PUNCT 12 punct
        Kartini kartini PROPN 5 appos
        Muda muda PROPN 12 flat:name
        ( ( PUNCT 15 punct
        2010 2010 NUM 12 appos
        ) ) PUNCT 15 punct
        , , PUNCT 18 punct
        Sejuta sejuta PROPN 12 conj
        Rindu rindu PROPN 18 flat:name
        ( ( PUNCT 21 punct
        2008 2008 NUM 18 appos
        ) ) PUNCT 21 punct
        , , PUNCT 25 punct
        dan dan CCONJ 25 cc
        Pacar pacar PROPN 6 conj
        Pulang pulang PROPN 25 flat:name
        Kampung kampung PROPN 26 flat:name
        ( ( PUNCT 29 punct
        2009 2009 NUM 25 appos
        ) ) PUNCT 29 punct
        . . PUNCT 2 punct
    """)
)


MINISTRY_VARIANT = (
conll('Kemedes menjadi incaran banyak pihak.', """
        Kemedes kemedes PROPN 2 nsubj _ S-PER
        menjadi jadi VERB 0 root
        incaran incar NOUN 2 obj
        banyak banyak DET 5 det
        pihak pihak NOUN 3 compound
        . . PUNCT 2 punct
    """)
+ conll('Ada upaya mendesak presiden untuk mengganti Menteri Desa Eko Putro Sandjojo.', """
        Ada ada VERB 0 root
        upaya upaya NOUN 1 obj
        mendesak desak VERB 1 xcomp
        presiden presiden NOUN 3 obj
        untuk untuk SCONJ 6 mark
        mengganti ganti VERB 3 xcomp
        Menteri menteri PROPN 6 obj
        Desa desa PROPN 7 flat:name
        Eko eko PROPN 8 flat:name _ B-PER
        Putro putro PROPN 9 flat:name _ I-PER
        Sandjojo sandjojo PROPN 10 flat:name _ E-PER
        . . PUNCT 1 punct
    """)
)


CONTENDING = (
conll('Shopee dan Lazada memperebutkan pasar belanja daring di Indonesia.', """
        Shopee shopee PROPN 4 nsubj
        dan dan CCONJ 3 cc
        Lazada lazada PROPN 1 conj _ S-LOC
        memperebutkan perebut VERB 0 root
        pasar pasar NOUN 4 obj
        belanja belanja NOUN 5 compound
        daring daring NOUN 6 compound
        di di ADP 9 case
        Indonesia indonesia PROPN 5 nmod _ S-LOC
        . . PUNCT 4 punct
    """)
)

CONTENDED_PLAYER = (
conll('Barcelona dan Real Madrid memperebutkan Lionel Messi.', """
        Barcelona barcelona PROPN 5 nsubj _ S-PER
        dan dan CCONJ 3 cc
        Real real PROPN 1 conj _ B-ORG
        Madrid madrid PROPN 3 flat:name _ E-ORG
        memperebutkan perebut VERB 0 root
        Lionel lionel PROPN 5 obj _ B-PER
        Messi messi PROPN 6 flat:name _ E-PER
        . . PUNCT 5 punct
    """)
)

SEIZED = (
conll('Persib merebut gelar juara dari Persija.', """
        Persib persib PROPN 2 nsubj _ S-ORG
        merebut rebut VERB 0 root
        gelar gelar NOUN 2 obj
        juara juara NOUN 3 compound
        dari dari ADP 6 case
        Persija persija PROPN 3 nmod _ S-ORG
        . . PUNCT 2 punct
    """)
)


TOURNAMENT_CUP = (
conll('Susi Susanti memperkuat Tim Bulu Tangkis Indonesia dalam perebutan Piala Uber 1994.', """
        Susi susi PROPN 3 nsubj _ B-PER
        Susanti susanti PROPN 1 flat:name _ E-PER
        memperkuat kuat VERB 0 root
        Tim tim PROPN 3 obj _ B-ORG
        Bulu bulu PROPN 4 flat:name _ I-ORG
        Tangkis tangkis PROPN 5 flat:name _ I-ORG
        Indonesia indonesia PROPN 6 flat:name _ E-ORG
        dalam dalam ADP 9 case
        perebutan rebut NOUN 3 obl
        Piala piala PROPN 9 nmod
        Uber uber PROPN 10 flat:name
        1994 1994 NUM 11 nummod
        . . PUNCT 3 punct
    """)
)


def test_a_makers_descriptor_with_an_origin_sets_the_makers_name_off_by_a_comma(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(DESCRIBED_STUDIO), lexicon) == {
        ("Pendekar Nusantara", "developedBy", "Kancil Interaktif"): "asserted",
        ("Kancil Interaktif", "basedIn", "Bandung"): "asserted"}
    assert claims_of(doc_of(DESCRIBED_SINGER), lexicon).get(
        ("Sendu Malam", "developedBy", "Rani Sitompul")) == "asserted"


def test_a_developer_noun_describing_an_organisation_makes_the_name_after_it_its_work(lexicon: Lexicon) -> None:
    doc = doc_of(DEVELOPER_APPOSED)
    assert _types(doc, lexicon).get("Claude") == "Product"
    claims = claims_of(doc, lexicon)
    assert claims.get(("Claude", "developedBy", "Anthropic")) == "asserted"
    assert not any(p == "basedIn" for _, p, _ in claims)  # Claude is no place
    assert claims_of(doc_of(DEVELOPER_PREDICATE), lexicon).get(("Doubao", "developedBy", "ByteDance")) == "asserted"
    assert claims_of(doc_of(DEVELOPER_NAMED_AFTER), lexicon) == {
        ("CatatKas", "developedBy", "PT Kas Pintar Nusantara"): "asserted"}


def test_a_definite_developer_description_points_past_the_clauses_own_subject(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(DEVELOPER_DEFINITE), lexicon)
    assert claims.get(("ChatGPT", "developedBy", "OpenAI")) == "asserted"
    assert ("ChatGPT", "developedBy", "Microsoft") not in claims


def test_developers_themselves_and_a_property_developer_name_no_work(lexicon: Lexicon) -> None:
    assert not any(p == "developedBy" for _, p, _ in claims_of(doc_of(DEVELOPERS_THEMSELVES), lexicon))
    assert _types(doc_of(PROPERTY_DEVELOPER), lexicon).get("Ciputra") == "Organization"


def test_an_acronym_spells_a_registered_name_without_its_legal_form(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(REGISTERED_ACRONYM), lexicon) == {
        ("Sunarso", "ceoOf", "PT Bank Rakyat Indonesia (Persero) Tbk"): "asserted"}
    assert claims_of(doc_of(AGENCY_ACRONYM), lexicon) == {
        ("Margo Yuwono", "leads", "Badan Pusat Statistik"): "asserted"}


def test_a_successor_takes_over_the_office_the_text_gave_the_one_replaced(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SEAT_FILLED), lexicon) == {
        ("Hendra Wijaya", "leads", "Yayasan Cahaya Bangsa"): "negated",
        ("Rina Marlina", "leads", "Yayasan Cahaya Bangsa"): "asserted"}
    assert claims_of(doc_of(OFFICE_HANDED), lexicon) == {
        ("Budi Santoso", "ceoOf", "Tokoloka"): "negated", ("Siska Amelia", "ceoOf", "Tokoloka"): "asserted"}


def test_a_succession_still_to_come_hedges_and_a_substitute_takes_no_office(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(REPLACED_SOON), lexicon).get(("Rina Wulandari", "leads", "Partai Hijau")) == "speculative"
    assert claims_of(doc_of(PLAYER_SUBSTITUTED), lexicon) == {}


def test_an_affixed_word_opening_the_sentence_before_a_company_ending_opens_the_name(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(AFFIXED_AIRLINE), lexicon) == {("Bersinar Air", "basedIn", "Medan"): "asserted"}


def test_a_bodys_offices_are_a_place_not_the_body(lexicon: Lexicon) -> None:
    types = _types(doc_of(OFFICE_BUILDING), lexicon)
    assert types.get("Kantor Komisi Pemilihan Umum") == "Place"
    assert claims_of(doc_of(OFFICE_BUILDING), lexicon) == {("Husni Kamil Manik", "leads", "KPU"): "asserted"}


def test_a_state_that_goes_on_is_no_hedge(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(STAKE_KEPT), lexicon) == {("PT Sinar Abadi", "investsIn", "PT Karya Baru"): "asserted"}
    assert claims_of(doc_of(PARTNERS_GO_ON), lexicon) == {("Telkom", "partnersWith", "Huawei"): "asserted"}


def test_the_examples_a_product_noun_lists_are_products(lexicon: Lexicon) -> None:
    doc = doc_of(NOVELS_LISTED)
    assert _types(doc, lexicon).get("Laskar Pelangi") == "Product"  # the NER's person yields to the list's noun
    assert claims_of(doc, lexicon).get(("Gramedia", "releases", "Laskar Pelangi")) == "asserted"
    # "berupa" names what the bonds are; the acronym after "atau" is the same product
    assert claims_of(doc_of(BONDS_NAMED), lexicon) == {
        ("Pemerintah Indonesia", "releases", "Surat Utang Negara"): "asserted"}


def test_an_english_title_apposed_at_the_end_of_the_sentence_is_the_work(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(ENGLISH_TITLE), lexicon) == {("Into the Abyss", "developedBy", "Werner Herzog"): "asserted"}


def test_titles_listed_each_with_its_year_after_a_work_are_works(lexicon: Lexicon) -> None:
    types = _types(doc_of(YEAR_LIST), lexicon)
    assert [types.get(t) for t in ("Ombak Biru", "Sejuta Rindu", "Pacar Pulang Kampung")] == ["Product"] * 3


def test_a_ministrys_short_form_variant_the_ner_calls_a_person_is_the_ministry(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(MINISTRY_VARIANT), lexicon) == {
        ("Eko Putro Sandjojo", "leads", "Kemedes"): "asserted"}


def test_contending_for_something_makes_the_coordinated_subjects_rivals_not_the_prize(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(CONTENDING), lexicon) == {("Shopee", "competesWith", "Lazada"): "asserted"}
    assert claims_of(doc_of(CONTENDED_PLAYER), lexicon) == {("Barcelona", "competesWith", "Real Madrid"): "asserted"}
    assert claims_of(doc_of(SEIZED), lexicon) == {}  # "merebut": seizing a title, no stated rivalry
    # the noun: a tournament's contest, no rivalry between the player and her team
    assert not any(p == "competesWith" for _, p, _ in claims_of(doc_of(TOURNAMENT_CUP), lexicon))
