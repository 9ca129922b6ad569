"""Error classes of a blind audit of 226 claims on unannotated news passages (FacQA, IDNER-news-2k, NER-UI and the
political NER text, 2026-12-06): a currency sign read as a name, generic technical abbreviations, a device owned read
as a company invested in, a relative's rivals, a regional unit read as a seat, honorifics and deputies' titles read
as parts of names, an office holder read as a product, shares bought read as a takeover, a trailer read as the film,
a task taken over read as a company bought, a town built up read as a product, two parties working with an unnamed
third read as partners, a bracketed short form read as the office holder. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.entities import find_mentions, resolve_entities
from kg.extract import extract_document
from kg.lexicon import Lexicon


def _types(doc: object, lexicon: Lexicon) -> dict[str, str]:
    return {e.label: e.type for e in resolve_entities(find_mentions(doc, lexicon), lexicon).entities.values()}


CURRENCY_SIGN = (
conll('Perseroan menerbitkan obligasi senilai US$ 300 juta melalui PT Kirana Dana Abadi.', """
        Perseroan perseroan NOUN 2 nsubj
        menerbitkan terbit VERB 0 root
        obligasi obligasi NOUN 2 obj
        senilai nilai NOUN 3 compound
        US us PROPN 4 nmod
        $ $ SYM 5 nummod
        300 300 NUM 8 nummod
        juta juta NUM 5 nummod
        melalui melalui ADP 10 case
        PT pt PROPN 2 obl _ B-ORG
        Kirana kirana PROPN 10 flat:name _ I-ORG
        Dana dana PROPN 11 flat:name _ I-ORG
        Abadi abadi PROPN 12 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)
)

GENERIC_CHIP = (
conll('Ponsel itu memakai prosesor SoC buatan PT Arunika Cipta Semikonduktor.', """
        Ponsel ponsel NOUN 3 nsubj
        itu itu DET 1 det
        memakai pakai VERB 0 root
        prosesor prosesor NOUN 3 obj
        SoC soc PROPN 4 nmod
        buatan buat NOUN 5 compound
        PT pt PROPN 4 nmod _ B-ORG
        Arunika arunika PROPN 7 flat:name _ I-ORG
        Cipta cipta PROPN 8 flat:name _ I-ORG
        Semikonduktor semikonduktor PROPN 9 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

OWNED_DEVICE = (
conll('Di kapal itu terpasang Lumascope milik Badan Riset Samudra.', """
        Di di ADP 2 case
        kapal kapal NOUN 4 obl
        itu itu DET 2 det
        terpasang pasang VERB 0 root
        Lumascope lumascope PROPN 4 obj
        milik milik NOUN 5 compound
        Badan badan PROPN 6 nmod _ B-ORG
        Riset riset PROPN 7 flat:name _ I-ORG
        Samudra samudra PROPN 8 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)

KIN_RIVALS = (
conll('Ayah dari petenis Bima Sakti, Darmo, mengecam dua rival putranya, Raka Pratama dan Dion Saputra.', """
        Ayah ayah PROPN 9 nsubj _ S-PER
        dari dari ADP 3 case
        petenis tenis NOUN 1 nmod
        Bima bima PROPN 3 nmod _ B-PER
        Sakti sakti PROPN 4 flat:name _ E-PER
        , , PUNCT 3 punct
        Darmo darmo PROPN 9 nsubj _ S-LOC
        , , PUNCT 9 punct
        mengecam kecam VERB 0 root
        dua dua NUM 11 nummod
        rival rival NOUN 9 obj
        putra putra NOUN 11 compound
        nya dia PRON 12 nmod:poss
        , , PUNCT 15 punct
        Raka raka PROPN 11 appos _ B-PER
        Pratama pratama PROPN 15 flat:name _ E-PER
        dan dan CCONJ 18 cc
        Dion dion PROPN 15 conj _ B-PER
        Saputra saputra PROPN 18 flat:name _ E-PER
        . . PUNCT 9 punct
    """)
)

REGIONAL_UNIT = (
conll('Lestari bekerja sama dengan pihak PT Kirana Media kawasan Asia Tenggara untuk membuat kalender.', """
        Lestari lestari PROPN 2 nsubj _ S-PER
        bekerja kerja VERB 0 root
        sama sama ADJ 2 amod
        dengan dengan ADP 5 case
        pihak pihak NOUN 2 obl
        PT pt PROPN 5 nmod _ B-ORG
        Kirana kirana PROPN 6 flat:name _ I-ORG
        Media media PROPN 7 flat:name _ I-ORG
        kawasan kawasan NOUN 6 compound _ I-ORG
        Asia asia PROPN 9 nmod _ I-ORG
        Tenggara tenggara PROPN 10 flat:name _ E-ORG
        untuk untuk SCONJ 13 mark
        membuat buat VERB 2 xcomp
        kalender kalender NOUN 13 obj
        . . PUNCT 2 punct
    """)
)

HAJI_AFTER_OFFICE = (
conll('Bupati Lembah Hijau H Darmawan Saputra meresmikan pasar itu.', """
        Bupati bupati PROPN 7 nsubj
        Lembah lembah PROPN 1 flat:name
        Hijau hijau PROPN 2 flat:name
        H h PROPN 3 flat:name
        Darmawan darmawan PROPN 4 flat:name _ B-PER
        Saputra saputra PROPN 5 flat:name _ E-PER
        meresmikan resmi VERB 0 root
        pasar pasar NOUN 7 obj
        itu itu DET 8 det
        . . PUNCT 7 punct
    """)
)

HAJJAH_AFTER_OFFICE = (
conll('Wali Kota Tanjung Sari Hj. Ratna Dewi hadir.', """
        Wali wali PROPN 8 nsubj
        Kota kota PROPN 1 flat:name
        Tanjung tanjung PROPN 2 flat:name _ B-LOC
        Sari sari PROPN 3 flat:name _ I-LOC
        Hj. hj. PROPN 4 flat:name _ E-LOC
        Ratna ratna PROPN 5 flat:name _ B-PER
        Dewi dewi PROPN 6 flat:name _ E-PER
        hadir hadir VERB 0 root
        . . PUNCT 8 punct
    """)
)

HONORIFIC_HEADS_NAME = (
conll('Bupati Lembah Hijau saat ini adalah Dr. Darmawan Saputra.', """
        Bupati bupati PROPN 7 nsubj
        Lembah lembah PROPN 1 flat:name _ B-LOC
        Hijau hijau PROPN 2 flat:name _ E-LOC
        saat saat NOUN 1 compound
        ini ini DET 4 det
        adalah adalah AUX 7 cop
        Dr. dr. PROPN 0 root _ B-PER
        Darmawan darmawan PROPN 7 flat:name _ I-PER
        Saputra saputra PROPN 8 flat:name _ E-PER
        . . PUNCT 7 punct
    """)
)

DEPUTY_TITLE = (
conll('Presiden akan mengumumkan susunan kabinet bersama Wapres Sutrisno dan Ny Ratna Wijaya.', """
        Presiden presiden NOUN 3 nsubj
        akan akan AUX 3 aux
        mengumumkan umum VERB 0 root
        susunan susun NOUN 3 obj
        kabinet kabinet NOUN 4 compound
        bersama bersama ADP 7 case
        Wapres wapres PROPN 4 nmod _ B-PER
        Sutrisno sutrisno PROPN 7 flat:name _ E-PER
        dan dan CCONJ 10 cc
        Ny ny PROPN 7 conj _ B-PER
        Ratna ratna PROPN 10 flat:name _ I-PER
        Wijaya wijaya PROPN 11 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)

SUPREME_LEADER = (
conll('Pemimpin Tertinggi Iran, Ayatollah Ali Khamenei, berpidato.', """
        Pemimpin pemimpin NOUN 9 nsubj
        Tertinggi tertinggi PROPN 1 nmod
        Iran iran PROPN 2 flat:name
        , , PUNCT 5 punct
        Ayatollah ayatollah PROPN 1 appos _ B-PER
        Ali ali PROPN 5 flat:name _ I-PER
        Khamenei khamenei PROPN 6 flat:name _ E-PER
        , , PUNCT 9 punct
        berpidato pidat VERB 0 root
        . . PUNCT 9 punct
    """)
)

OFFICE_HOLDER_ANNOUNCED = (
conll('Jaksa federal Patrick Nolan dalam waktu dekat akan mengumumkan apakah penasihat utama Presiden AS Daniel W Harrison, Kevin Moore, akan didakwa.', """
        Jaksa jaksa NOUN 9 nsubj
        federal federal NOUN 1 compound
        Patrick patrick PROPN 2 nmod _ B-PER
        Nolan nolan PROPN 3 flat:name _ E-PER
        dalam dalam ADP 6 case
        waktu waktu NOUN 1 nmod
        dekat dekat ADJ 6 amod
        akan akan AUX 9 aux
        mengumumkan umum VERB 0 root
        apa apa ADV 12 advmod
        kah kah PART 12 advmod
        penasihat tasih NOUN 9 obj
        utama utama ADJ 12 amod
        Presiden presiden PROPN 12 nmod
        AS as PROPN 14 flat:name
        Daniel daniel PROPN 15 flat:name _ B-PER
        W w PROPN 16 flat:name _ I-PER
        Harrison harrison PROPN 17 flat:name _ E-PER
        , , PUNCT 20 punct
        Kevin kevin PROPN 24 nsubj:pass _ B-PER
        Moore moore PROPN 20 flat:name _ E-PER
        , , PUNCT 24 punct
        akan akan AUX 24 aux
        didakwa dakwa VERB 9 advcl
        . . PUNCT 9 punct
    """)
)

STAKE_BOUGHT = (
conll('PT Sinar Jaya kembali membeli saham PT Kirana Dana.', """
        PT pt PROPN 5 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Jaya jaya PROPN 2 flat:name _ E-ORG
        kembali kembali ADV 5 advmod
        membeli beli VERB 0 root
        saham saham NOUN 5 obj
        PT pt PROPN 6 nmod _ B-ORG
        Kirana kirana PROPN 7 flat:name _ I-ORG
        Dana dana PROPN 8 flat:name _ E-ORG
        . . PUNCT 5 punct
    """)
)

CONTROL_BOUGHT = (
conll('PT Sinar Jaya membeli sisa saham PT Kirana Dana.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Jaya jaya PROPN 2 flat:name _ E-ORG
        membeli beli VERB 0 root
        sisa sisa NOUN 4 obj
        saham saham NOUN 5 compound
        PT pt PROPN 6 nmod _ B-ORG
        Kirana kirana PROPN 7 flat:name _ I-ORG
        Dana dana PROPN 8 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)

TRAILER_RELEASED = (
conll("Studio Layar Emas merilis trailer film 'Kapten Nusantara' pekan ini.", """
        Studio studio PROPN 4 nsubj
        Layar layar PROPN 1 flat:name
        Emas emas PROPN 2 flat:name
        merilis rilis VERB 0 root
        trailer trailer NOUN 4 obj
        film film NOUN 5 compound
        ' ' PUNCT 8 punct
        Kapten kapten PROPN 6 nmod
        Nusantara nusantara PROPN 8 flat:name
        ' ' PUNCT 9 punct
        pekan pekan NOUN 8 compound
        ini ini DET 11 det
        . . PUNCT 4 punct
    """)
)

MANAGEMENT_TAKEN_OVER = (
conll('PT Kirana Dana mengambil alih pengelolaan parkir di TMII dari PT Sinar Jaya.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Kirana kirana PROPN 1 flat:name _ I-ORG
        Dana dana NOUN 2 flat:name _ E-ORG
        mengambil ambil VERB 0 root
        alih alih VERB 4 xcomp
        pengelolaan kelola NOUN 5 obj
        parkir parkir NOUN 6 compound
        di di ADP 9 case
        TMII tmii PROPN 6 nmod _ S-ORG
        dari dari ADP 11 case
        PT pt PROPN 9 nmod _ B-ORG
        Sinar sinar PROPN 11 flat:name _ I-ORG
        Jaya jaya PROPN 12 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)

TOWN_BUILT = (
conll('Pemerintah menganggarkan dana Rp 900 miliar untuk membangun Timika selama tiga tahun.', """
        Pemerintah perintah NOUN 2 nsubj
        menganggarkan kanggar VERB 0 root
        dana dana NOUN 2 obj
        Rp rp NOUN 3 compound
        900 900 NUM 4 nummod
        miliar miliar NUM 4 nummod
        untuk untuk SCONJ 8 mark
        membangun bangun VERB 2 xcomp
        Timika timika PROPN 8 obj _ S-LOC
        selama selama ADP 12 case
        tiga tiga NUM 12 nummod
        tahun tahun NOUN 8 obl
        . . PUNCT 2 punct
    """)
)

NER_PLACE_BUILT = (
conll('Pemerintah menganggarkan dana Rp 900 miliar untuk membangun Karangwaru selama tiga tahun.', """
        Pemerintah perintah NOUN 2 nsubj
        menganggarkan kanggar VERB 0 root
        dana dana NOUN 2 obj
        Rp rp NOUN 3 compound
        900 900 NUM 4 nummod
        miliar miliar NUM 4 nummod
        untuk untuk SCONJ 8 mark
        membangun bangun VERB 2 xcomp
        Karangwaru karangwaru PROPN 8 obj _ S-LOC
        selama selama ADP 12 case
        tiga tiga NUM 12 nummod
        tahun tahun NOUN 8 obl
        . . PUNCT 2 punct
    """)
)

THIRD_PARTY_UNNAMED = (
conll('PT Nusa Alfa dan PT Bina Beta bekerja sama dengan pemerintah daerah.', """
        PT pt PROPN 8 nsubj _ B-ORG
        Nusa nusa PROPN 1 flat:name _ I-ORG
        Alfa alfa PROPN 2 flat:name _ E-ORG
        dan dan CCONJ 5 cc
        PT pt PROPN 1 conj _ B-ORG
        Bina bina PROPN 5 flat:name _ I-ORG
        Beta beta PROPN 6 flat:name _ E-ORG
        bekerja kerja VERB 0 root
        sama sama ADJ 8 amod
        dengan dengan ADP 11 case
        pemerintah perintah NOUN 8 obl
        daerah daerah NOUN 11 compound
        . . PUNCT 8 punct
    """)
)

PARTNERS_IN_MANNER = (
conll('PT Nusa Alfa dan PT Bina Beta bekerja sama dengan baik.', """
        PT pt PROPN 8 nsubj _ B-ORG
        Nusa nusa PROPN 1 flat:name _ I-ORG
        Alfa alfa PROPN 2 flat:name _ E-ORG
        dan dan CCONJ 5 cc
        PT pt PROPN 1 conj _ B-ORG
        Bina bina PROPN 5 flat:name _ I-ORG
        Beta beta PROPN 6 flat:name _ E-ORG
        bekerja kerja VERB 0 root
        sama sama ADJ 8 amod
        dengan dengan ADP 11 case
        baik baik ADJ 8 xcomp
        . . PUNCT 8 punct
    """)
)

THIRD_PARTY_UNNAMED_NOUN = (
conll('PT Nusa Alfa dan PT Bina Beta menjalin kerja sama dengan badan usaha milik daerah.', """
        PT pt PROPN 8 nsubj _ B-ORG
        Nusa nusa PROPN 1 flat:name _ I-ORG
        Alfa alfa PROPN 2 flat:name _ E-ORG
        dan dan CCONJ 5 cc
        PT pt PROPN 1 conj _ B-ORG
        Bina bina PROPN 5 flat:name _ I-ORG
        Beta beta PROPN 6 flat:name _ E-ORG
        menjalin jalin VERB 0 root
        kerja kerja NOUN 8 obj
        sama sama ADJ 9 amod
        dengan dengan ADP 12 case
        badan badan NOUN 8 obl
        usaha usaha NOUN 12 compound
        milik milik NOUN 13 compound
        daerah daerah NOUN 14 compound
        . . PUNCT 8 punct
    """)
)

REGIONAL_POLICE = (
conll('Kepala Kepolisian Daerah (Polda) Sulawesi Tengah Brigjen Rudi Santoso mengatakan situasi aman.', """
        Kepala kepala NOUN 12 nsubj
        Kepolisian kepolisian PROPN 1 flat:name
        Daerah daerah PROPN 2 flat:name
        ( ( PUNCT 5 punct
        Polda polda PROPN 1 appos
        ) ) PUNCT 5 punct
        Sulawesi sulawesi PROPN 5 appos _ B-LOC
        Tengah tengah PROPN 7 flat:name _ I-LOC
        Brigjen brigjen PROPN 7 flat:name _ I-LOC
        Rudi rudi PROPN 9 flat:name _ I-LOC
        Santoso santoso PROPN 10 flat:name _ E-LOC
        mengatakan kata VERB 0 root
        situasi situasi NOUN 12 obj
        aman aman ADJ 13 amod
        . . PUNCT 12 punct
    """)
)

PARTY_BRANCH = (
conll('Partai Amanat Nasional (PAN) Sulawesi Selatan mendukung calon ketua umum PAN, Budi Santoso.', """
        Partai partai PROPN 9 nsubj _ B-ORG
        Amanat amanat PROPN 1 flat:name _ I-ORG
        Nasional nasional PROPN 2 flat:name _ E-ORG
        ( ( PUNCT 5 punct
        PAN pan PROPN 1 appos _ S-ORG
        ) ) PUNCT 5 punct
        Sulawesi sulawesi PROPN 5 flat:name _ B-LOC
        Selatan selatan PROPN 7 flat:name _ E-LOC
        mendukung dukung VERB 0 root
        calon calon NOUN 9 obj
        ketua ketua NOUN 10 compound
        umum umum ADJ 11 amod
        PAN pan PROPN 11 nmod _ S-ORG
        , , PUNCT 15 punct
        Budi budi PROPN 13 appos _ B-PER
        Santoso santoso PROPN 15 flat:name _ E-PER
        . . PUNCT 9 punct
    """)
)

SYLLABIC_SHORT_FORM = (
conll('Kepala Dinas Pendidikan (Disdik) Ahmad Hadadi menjelaskan aturan itu.', """
        Kepala kepala NOUN 9 nsubj
        Dinas dinas PROPN 1 flat:name
        Pendidikan didik PROPN 2 flat:name
        ( ( PUNCT 5 punct
        Disdik disdik PROPN 1 appos
        ) ) PUNCT 5 punct
        Ahmad ahmad PROPN 5 flat:name _ B-PER
        Hadadi hadadi PROPN 7 flat:name _ E-PER
        menjelaskan jelas VERB 0 root
        aturan atur NOUN 9 obj
        itu itu DET 10 det
        . . PUNCT 9 punct
    """)
)

TIME_ZONE = (
conll('Rapat PT Kirana Dana dimulai pukul 10.00 WIB dan membahas kuota 2 GB.', """
        Rapat rapat NOUN 5 nsubj:pass
        PT pt PROPN 1 nmod _ B-ORG
        Kirana kirana PROPN 2 flat:name _ I-ORG
        Dana dana PROPN 3 flat:name _ E-ORG
        dimulai mulai VERB 0 root
        pukul pukul NOUN 5 obj
        10.00 10.00 NUM 8 nummod
        WIB wib PROPN 6 nmod
        dan dan CCONJ 10 cc
        membahas bahas VERB 5 conj
        kuota kuota NOUN 10 obj
        2 2 NUM 13 nummod
        GB gb PROPN 11 nmod
        . . PUNCT 5 punct
    """)
)

MINISTER_OPENS_SENTENCE = (
conll('Menteri Dalam Negeri Kelana Fauzi hadir dalam rapat itu.', """
        Menteri menteri NOUN 6 nsubj
        Dalam dalam ADP 3 case
        Negeri negeri PROPN 1 nmod
        Kelana kelana PROPN 3 flat:name
        Fauzi fauzi PROPN 4 flat:name
        hadir hadir VERB 0 root
        dalam dalam ADP 8 case
        rapat rapat NOUN 6 obl
        itu itu DET 8 det
        . . PUNCT 6 punct
    """)
)

MINISTER_OF_COUNTRY = (
conll('Kemarin, Menteri Luar Negeri AS Clarissa Whitmore tiba di Jakarta.', """
        Kemarin kemarin PROPN 9 nsubj
        , , PUNCT 1 punct
        Menteri menteri PROPN 9 nsubj
        Luar luar NOUN 3 compound
        Negeri negeri PROPN 3 flat:name
        AS as PROPN 5 flat:name
        Clarissa clarissa PROPN 6 flat:name
        Whitmore whitmore PROPN 7 flat:name
        tiba tiba VERB 0 root
        di di ADP 11 case
        Jakarta jakarta PROPN 9 obl _ S-LOC
        . . PUNCT 9 punct
    """)
)

WORK_MADE_BY_NAMED = (
conll('Jendela dikembangkan oleh PT Kirana Dana sejak 2019.', """
        Jendela jendela PROPN 2 nsubj:pass
        dikembangkan kembang VERB 0 root
        oleh oleh ADP 4 case
        PT pt PROPN 2 obl _ B-ORG
        Kirana kirana PROPN 4 flat:name _ I-ORG
        Dana dana PROPN 5 flat:name _ E-ORG
        sejak sejak ADP 2 mark
        2019 2019 NUM 2 nummod
        . . PUNCT 2 punct
    """)
)

COMMON_NOUN_MADE = (
conll('Rumah itu dibangun oleh PT Kirana Dana sejak 2019.', """
        Rumah rumah NOUN 3 nsubj:pass
        itu itu DET 1 det
        dibangun bangun VERB 0 root
        oleh oleh ADP 5 case
        PT pt PROPN 3 obl _ B-ORG
        Kirana kirana PROPN 5 flat:name _ I-ORG
        Dana dana PROPN 6 flat:name _ E-ORG
        sejak sejak ADP 3 mark
        2019 2019 NUM 3 nummod
        . . PUNCT 3 punct
    """)
)

ORIGIN_THEN_DEMONSTRATIVE = (
conll('Perusahaan asal Malang itu, PT Sinar Jaya, menambah modal.', """
        Perusahaan usaha NOUN 10 nsubj
        asal asal NOUN 1 compound
        Malang malang PROPN 2 nmod _ S-LOC
        itu itu DET 3 det
        , , PUNCT 1 punct
        PT pt PROPN 10 nsubj _ B-ORG
        Sinar sinar PROPN 6 flat:name _ I-ORG
        Jaya jaya PROPN 7 flat:name _ E-ORG
        , , PUNCT 10 punct
        menambah tambah VERB 0 root
        modal modal NOUN 10 obj
        . . PUNCT 10 punct
    """)
)

SEAT_CLAUSE_THEN_NAME = (
conll('Perusahaan rintisan yang berbasis di Yogyakarta itu, PT Sinar Jaya, menambah modal.', """
        Perusahaan usaha NOUN 13 nsubj
        rintisan rintis NOUN 1 compound
        yang yang PRON 4 nsubj
        berbasis basis VERB 1 acl:relcl
        di di ADP 6 case
        Yogyakarta yogyakarta PROPN 4 obl _ S-LOC
        itu itu DET 6 det
        , , PUNCT 13 punct
        PT pt PROPN 13 nsubj _ B-ORG
        Sinar sinar PROPN 9 flat:name _ I-ORG
        Jaya jaya PROPN 10 flat:name _ E-ORG
        , , PUNCT 13 punct
        menambah tambah VERB 0 root
        modal modal NOUN 13 obj
        . . PUNCT 13 punct
    """)
)

TITLE_FIELD = (
conll('Hal itu dikemukakan Deputi Komisioner Badan Riset Nusa Bidang Edukasi dan Perlindungan Konsumen Rudi Santoso di Bandung.', """
        Hal hal NOUN 3 nsubj:pass
        itu itu DET 1 det
        dikemukakan muka VERB 0 root
        Deputi deputi PROPN 3 obj
        Komisioner komisioner PROPN 4 flat:name
        Badan badan PROPN 5 flat:name
        Riset riset PROPN 6 flat:name
        Nusa nusa PROPN 7 flat:name
        Bidang bidang PROPN 8 flat:name
        Edukasi edukasi PROPN 9 flat:name
        dan dan CCONJ 12 cc
        Perlindungan perlindungan PROPN 4 conj
        Konsumen konsumen PROPN 12 flat:name
        Rudi rudi PROPN 13 flat:name _ B-PER
        Santoso santoso PROPN 14 flat:name _ E-PER
        di di ADP 17 case
        Bandung bandung PROPN 12 nmod _ S-LOC
        . . PUNCT 3 punct
    """)
)

PLENARY_SESSION = (
conll('Presiden hadir dalam Sidang Paripurna di Jakarta.', """
        Presiden presiden NOUN 2 nsubj
        hadir hadir VERB 0 root
        dalam dalam ADP 4 case
        Sidang sidang NOUN 2 obl
        Paripurna paripurna PROPN 4 nmod
        di di ADP 7 case
        Jakarta jakarta PROPN 4 nmod _ S-LOC
        . . PUNCT 2 punct
    """)
)

APPOINTED_BY_PRESIDENT = (
conll('Sutrisno dilantik Presiden Darmawan menjadi Ketua Komite Ekonomi Nusantara.', """
        Sutrisno sutrisno PROPN 2 nsubj:pass _ S-PER
        dilantik lantik VERB 0 root
        Presiden presiden PROPN 2 obj
        Darmawan darmawan PROPN 3 flat:name _ S-PER
        menjadi jadi VERB 2 xcomp
        Ketua ketua PROPN 5 obj
        Komite komite PROPN 6 flat:name _ B-ORG
        Ekonomi ekonomi PROPN 7 flat:name _ I-ORG
        Nusantara nusantara PROPN 8 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)
)

APPOINTED_BY_OLEH = (
conll('Sutrisno dilantik oleh Presiden Darmawan menjadi Ketua Komite Ekonomi Nusantara.', """
        Sutrisno sutrisno PROPN 2 nsubj:pass _ S-PER
        dilantik lantik VERB 0 root
        oleh oleh ADP 4 case
        Presiden presiden PROPN 2 obl
        Darmawan darmawan PROPN 4 flat:name _ S-PER
        menjadi jadi VERB 2 xcomp
        Ketua ketua PROPN 6 obj
        Komite komite PROPN 7 flat:name _ B-ORG
        Ekonomi ekonomi PROPN 8 flat:name _ I-ORG
        Nusantara nusantara PROPN 9 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)
)

TITLE_HOLDER_FROM = (
conll('Menurut Ketua Panitia Budi Santoso dari PT Kirana Dana, acara itu sukses.', """
        Menurut menurut ADP 2 case
        Ketua ketua NOUN 13 nmod
        Panitia panitia PROPN 2 nmod
        Budi budi PROPN 3 flat:name _ B-PER
        Santoso santoso PROPN 4 flat:name _ E-PER
        dari dari ADP 7 case
        PT pt PROPN 2 nmod _ B-ORG
        Kirana kirana PROPN 7 flat:name _ I-ORG
        Dana dana PROPN 8 flat:name _ E-ORG
        , , PUNCT 7 punct
        acara acara NOUN 13 nsubj
        itu itu DET 11 det
        sukses sukses ADJ 0 root
        . . PUNCT 13 punct
    """)
)

BRAND_WITH_PREFIX = (
conll('PT Kirana Dana memperkenalkan iKirana pada tahun 2007.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Kirana kirana PROPN 1 flat:name _ I-ORG
        Dana dana PROPN 2 flat:name _ E-ORG
        memperkenalkan kenal VERB 0 root
        iKirana ikirana PROPN 4 obj
        pada pada ADP 7 case
        tahun tahun NOUN 4 obl
        2007 2007 NUM 7 nummod
        . . PUNCT 4 punct
    """)
)

STATUTES = (
conll('Perubahan AD/ART Partai Nusa Raya disahkan dalam kongres.', """
        Perubahan perubahan NOUN 8 nsubj:pass
        AD ad PROPN 1 flat:name
        / / PUNCT 2 punct
        ART art PROPN 2 flat:name
        Partai partai PROPN 4 flat:name _ B-ORG
        Nusa nusa PROPN 5 flat:name _ I-ORG
        Raya raya PROPN 6 flat:name _ E-ORG
        disahkan sah VERB 0 root
        dalam dalam ADP 10 case
        kongres kongres NOUN 8 obl
        . . PUNCT 8 punct
    """)
)

TOGETHER_ORGS = (
conll('PT Kirana Dana bersama PT Sinar Jaya meluncurkan program beasiswa.', """
        PT pt PROPN 8 nsubj _ B-ORG
        Kirana kirana PROPN 1 flat:name _ I-ORG
        Dana dana NOUN 2 compound _ E-ORG
        bersama bersama ADP 5 case
        PT pt PROPN 1 nmod _ B-ORG
        Sinar sinar PROPN 5 flat:name _ I-ORG
        Jaya jaya PROPN 6 flat:name _ E-ORG
        meluncurkan luncur VERB 0 root
        program program NOUN 8 obj
        beasiswa beasiswa NOUN 9 compound
        . . PUNCT 8 punct
    """)
)

TOGETHER_OBJECT = (
conll('PT Kirana Dana menjadi sponsor Liga Nusa bersama PT Sinar Jaya menggantikan PT Buana Raya.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Kirana kirana PROPN 1 flat:name _ I-ORG
        Dana dana NOUN 2 flat:name _ E-ORG
        menjadi jadi VERB 0 root
        sponsor sponsor NOUN 4 obj
        Liga liga PROPN 5 nmod
        Nusa nusa PROPN 6 flat:name _ S-LOC
        bersama bersama ADP 9 case
        PT pt PROPN 4 obl _ B-ORG
        Sinar sinar PROPN 9 flat:name _ I-ORG
        Jaya jaya PROPN 10 flat:name _ E-ORG
        menggantikan ganti VERB 4 conj
        PT pt PROPN 12 obj _ B-ORG
        Buana buana PROPN 13 flat:name _ I-ORG
        Raya raya PROPN 14 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)

TOGETHER_PERSONS = (
conll('Budi Santoso bersama Rudi Hartono menghadiri acara itu.', """
        Budi budi PROPN 6 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        bersama bersama ADP 4 case
        Rudi rudi PROPN 1 nmod _ B-PER
        Hartono hartono PROPN 4 flat:name _ E-PER
        menghadiri hadir VERB 0 root
        acara acara NOUN 6 obj
        itu itu DET 7 det
        . . PUNCT 6 punct
    """)
)

THREE_SIGN = (
conll('PT Alfa Kimia, PT Beta Logistik, dan PT Gamma Energi menandatangani nota kesepahaman.', """
        PT pt PROPN 13 nsubj _ B-ORG
        Alfa alfa PROPN 1 flat:name _ I-ORG
        Kimia kimia PROPN 2 flat:name _ E-ORG
        , , PUNCT 5 punct
        PT pt PROPN 1 appos _ B-ORG
        Beta beta PROPN 5 flat:name _ I-ORG
        Logistik logistik PROPN 6 flat:name _ E-ORG
        , , PUNCT 10 punct
        dan dan CCONJ 10 cc
        PT pt PROPN 13 nsubj _ B-ORG
        Gamma gamma PROPN 10 flat:name _ I-ORG
        Energi energi PROPN 11 flat:name _ E-ORG
        menandatangani menandatangani VERB 0 root
        nota nota NOUN 13 obj
        kesepahaman kesepahaman NOUN 14 compound
        . . PUNCT 13 punct
    """)
)

THREE_WORK = (
conll('PT Alfa Kimia, PT Beta Logistik, dan PT Gamma Energi bekerja sama membangun pabrik.', """
        PT pt PROPN 13 nsubj _ B-ORG
        Alfa alfa PROPN 1 flat:name _ I-ORG
        Kimia kimia PROPN 2 flat:name _ E-ORG
        , , PUNCT 5 punct
        PT pt PROPN 1 appos _ B-ORG
        Beta beta PROPN 5 flat:name _ I-ORG
        Logistik logistik PROPN 6 flat:name _ E-ORG
        , , PUNCT 5 punct
        dan dan CCONJ 10 cc
        PT pt PROPN 13 nsubj _ B-ORG
        Gamma gamma PROPN 10 flat:name _ I-ORG
        Energi energi PROPN 11 flat:name _ E-ORG
        bekerja kerja VERB 0 root
        sama sama ADJ 13 amod
        membangun bangun VERB 13 xcomp
        pabrik pabrik NOUN 15 obj
        . . PUNCT 13 punct
    """)
)


def test_currency_sign_letters_are_no_name(lexicon: Lexicon) -> None:
    """"US$ 300 juta": the tokenizer cuts "US" from its "$"; the letters are part of a currency, not a name."""
    types = _types(doc_of(CURRENCY_SIGN), lexicon)
    assert "US" not in types
    assert types["PT Kirana Dana Abadi"] == "Organization"


def test_generic_chip_abbreviation_is_no_name(lexicon: Lexicon) -> None:
    """"prosesor SoC": a kind of chip (system on a chip), not an organisation or a product."""
    types = _types(doc_of(GENERIC_CHIP), lexicon)
    assert "SoC" not in types
    assert "PT Arunika Cipta Semikonduktor" in types


def test_thing_owned_is_no_investment(lexicon: Lexicon) -> None:
    """"Lumascope milik Badan Riset Samudra": a name nothing types but its owner is more often a device or a service
    than a company the owner holds shares in."""
    claims = claims_of(doc_of(OWNED_DEVICE), lexicon)
    assert not [k for k in claims if k[1] == "investsIn"]


def test_rivals_of_a_relative_are_not_the_subjects(lexicon: Lexicon) -> None:
    """"Ayah dari X, Y, mengecam dua rival putranya, A dan B": the rivals are the son's; the father who speaks, or
    whoever the resolver finds, is no party. A kin noun alone ("Ayah") is no name either."""
    doc = doc_of(KIN_RIVALS)
    assert not [k for k in claims_of(doc, lexicon) if k[1] == "competesWith"]
    assert "Ayah" not in _types(doc, lexicon)


def test_regional_unit_is_no_seat(lexicon: Lexicon) -> None:
    """"pihak PT X kawasan Asia Tenggara", "BARANUSA zona Sumatera": the company's regional unit, not where it is
    based (the partnership itself stays)."""
    claims = claims_of(doc_of(REGIONAL_UNIT), lexicon)
    assert not [k for k in claims if k[1] == "basedIn"]
    assert ("Lestari", "partnersWith", "PT Kirana Media") in claims


def test_pilgrim_honorifics_are_no_part_of_names(lexicon: Lexicon) -> None:
    """"Bupati Lembah Hijau H Darmawan Saputra", "Wali Kota Tanjung Sari Hj. Ratna Dewi": "H." (Haji) and "Hj."
    (Hajjah) are honorifics, in neither the place's name nor the holder's."""
    claims = claims_of(doc_of(HAJI_AFTER_OFFICE), lexicon)
    assert ("Darmawan Saputra", "leads", "Lembah Hijau") in claims
    claims = claims_of(doc_of(HAJJAH_AFTER_OFFICE), lexicon)
    assert ("Ratna Dewi", "leads", "Tanjung Sari") in claims


def test_honorific_heading_a_copular_name(lexicon: Lexicon) -> None:
    """"Bupati X adalah Dr. Y": the parser heads the predicate with the honorific; the holder is still Y."""
    claims = claims_of(doc_of(HONORIFIC_HEADS_NAME), lexicon)
    assert ("Darmawan Saputra", "leads", "Lembah Hijau") in claims


def test_deputy_titles_and_madam_stay_out_of_names(lexicon: Lexicon) -> None:
    """"Wapres Sutrisno", "Ny Ratna Wijaya": a vice president's short title and "Ny" (Nyonya) are no part of the
    name, and the name after "Wapres" is its holder, a person."""
    types = _types(doc_of(DEPUTY_TITLE), lexicon)
    assert types == {"Sutrisno": "Person", "Ratna Wijaya": "Person"}


def test_supreme_leader_is_a_title(lexicon: Lexicon) -> None:
    """"Pemimpin Tertinggi Iran": "Tertinggi" belongs to the title; the country is what is led, not "Tertinggi Iran"."""
    claims = claims_of(doc_of(SUPREME_LEADER), lexicon)
    # ("Ayatollah", a cleric's title, is no part of the name either: dev/GUIDELINES, blind audit 2026-12-08)
    assert [k for k in claims if k[1] == "leads"] == [("Ali Khamenei", "leads", "Iran")]


def test_an_office_holder_is_no_product(lexicon: Lexicon) -> None:
    """"akan mengumumkan apakah penasihat utama Presiden AS X, Y, akan didakwa": the president X sits in the
    announcement's object phrase, but a holder of an office is a person, not a product announced."""
    extraction = extract_document(doc_of(OFFICE_HOLDER_ANNOUNCED), lexicon)
    claims = {(c.subject, c.predicate, c.object) for c in extraction.claims}
    assert claims == {("Daniel W Harrison", "leads", "Amerika Serikat")}
    assert {e.label: e.type for e in extraction.entities}["Daniel W Harrison"] == "Person"


def test_buying_shares_short_of_control_is_an_investment(lexicon: Lexicon) -> None:
    """GUIDELINES: "membeli … saham" is an acquisition when it gives control, else shares held (investsIn): "membeli
    saham X" buys a stake, "membeli sisa saham X" (the rest of the shares) the company."""
    assert claims_of(doc_of(STAKE_BOUGHT), lexicon) == {("PT Sinar Jaya", "investsIn", "PT Kirana Dana"): "asserted"}
    assert claims_of(doc_of(CONTROL_BOUGHT), lexicon) == {("PT Sinar Jaya", "acquires", "PT Kirana Dana"): "asserted"}


def test_a_trailer_released_is_not_the_film(lexicon: Lexicon) -> None:
    """"merilis trailer film 'X'": a promotion for the film comes out, not the film (nor a teaser or a poster)."""
    assert not [k for k in claims_of(doc_of(TRAILER_RELEASED), lexicon) if k[1] == "releases"]


def test_taking_over_a_task_is_no_acquisition(lexicon: Lexicon) -> None:
    """"mengambil alih pengelolaan parkir di X": the company takes over running the parking, it buys nothing."""
    assert not [k for k in claims_of(doc_of(MANAGEMENT_TAKEN_OVER), lexicon) if k[1] == "acquires"]


def test_a_town_built_up_is_no_product(lexicon: Lexicon) -> None:
    """"membangun Timika": a town developed, not a product made. The town gazetteer (GeoNames' Indonesian towns) knows
    Timika; a town it does not know but the NER tags a place (the same rows with an invented name) stays a place too."""
    for doc in (doc_of(TOWN_BUILT), doc_of(NER_PLACE_BUILT)):
        extraction = extract_document(doc, lexicon)
        assert not extraction.claims
        assert {e.label: e.type for e in extraction.entities}.get("Timika", "Place") == "Place"
        assert {e.label: e.type for e in extraction.entities}.get("Karangwaru", "Place") == "Place"


def test_coordinated_parties_working_with_someone_unnamed(lexicon: Lexicon) -> None:
    """"A dan B bekerja sama dengan pemerintah daerah": A and B each work with a third party the text leaves unnamed,
    not with each other; "bekerja sama dengan baik" (a manner) still pairs them."""
    for fixture in (THIRD_PARTY_UNNAMED, THIRD_PARTY_UNNAMED_NOUN):
        assert not [k for k in claims_of(doc_of(fixture), lexicon) if k[1] == "partnersWith"]
    assert ("PT Nusa Alfa", "partnersWith", "PT Bina Beta") in claims_of(doc_of(PARTNERS_IN_MANNER), lexicon)


def test_a_short_form_in_brackets_is_no_person(lexicon: Lexicon) -> None:
    """"Kepala Dinas Pendidikan (Disdik) X": a short form built from syllables ("Disdik", "Polda") is still the
    office's other name, not the person holding the title."""
    claims = claims_of(doc_of(SYLLABIC_SHORT_FORM), lexicon)
    assert claims == {("Ahmad Hadadi", "leads", "Dinas Pendidikan"): "asserted"}


def test_a_regional_office_takes_its_region(lexicon: Lexicon) -> None:
    """"Kepala Kepolisian Daerah (Polda) Sulawesi Tengah Brigjen X": the province's police, one body named with its
    region (every province has a "Kepolisian Daerah"), and its head; a party's short form stays the party's
    ("Partai Amanat Nasional (PAN) Sulawesi Selatan" is its branch, "ketua umum PAN" the national party's chair)."""
    claims = claims_of(doc_of(REGIONAL_POLICE), lexicon)
    assert claims == {("Rudi Santoso", "leads", "Kepolisian Daerah Sulawesi Tengah"): "asserted"}
    assert ("Budi Santoso", "leads", "Partai Amanat Nasional") in claims_of(doc_of(PARTY_BRANCH), lexicon)


def test_time_zones_and_data_sizes_are_no_names(lexicon: Lexicon) -> None:
    """"pukul 10.00 WIB", "kuota 2 GB": a time zone and a unit, written in capitals, name no organisation."""
    assert _types(doc_of(TIME_ZONE), lexicon) == {"PT Kirana Dana": "Organization"}


def test_a_ministers_whole_title_is_cut_and_its_holder_is_a_person(lexicon: Lexicon) -> None:
    """"Menteri Dalam Negeri X" opening a sentence: the title's first words are no candidates (a sentence's first
    capital says nothing), yet the whole title is cut from the name, and the name after a minister's full title is its
    holder, also when the NER tags nothing."""
    assert _types(doc_of(MINISTER_OPENS_SENTENCE), lexicon) == {"Kelana Fauzi": "Person"}


def test_the_holder_after_an_office_and_its_country_is_a_person(lexicon: Lexicon) -> None:
    """"Menteri Luar Negeri AS X" (rows of a real sentence, its name changed; the NER tags nothing in it): a country's
    office, the country, then the holder."""
    types = _types(doc_of(MINISTER_OF_COUNTRY), lexicon)
    assert types["Clarissa Whitmore"] == "Person"
    assert types["Amerika Serikat"] == "Place"


def test_a_work_named_by_a_dictionary_word_opens_a_passive_of_making(lexicon: Lexicon) -> None:
    """"Jendela dikembangkan oleh PT X" (as "Telegram diciptakan oleh Pavel Durov"): a capitalised name opening the
    sentence as what a named maker made is a work, though the dictionary knows the word; "Rumah itu dibangun oleh PT
    X" (a common noun with a determiner) names nothing."""
    assert claims_of(doc_of(WORK_MADE_BY_NAMED), lexicon) == {("Jendela", "developedBy", "PT Kirana Dana"): "asserted"}
    assert claims_of(doc_of(COMMON_NOUN_MADE), lexicon) == {}


def test_a_described_company_named_after_its_demonstrative(lexicon: Lexicon) -> None:
    """"Perusahaan asal Malang itu, PT X, …" and "Perusahaan rintisan yang berbasis di Yogyakarta itu, PT X, …": the
    description (an origin, a relative clause of seat) ends in "itu", then the company's name between commas."""
    assert claims_of(doc_of(ORIGIN_THEN_DEMONSTRATIVE), lexicon) == {("PT Sinar Jaya", "basedIn", "Malang"): "asserted"}
    assert claims_of(doc_of(SEAT_CLAUSE_THEN_NAME), lexicon) == {
        ("PT Sinar Jaya", "basedIn", "Yogyakarta"): "asserted"}


def test_a_titles_field_is_no_name(lexicon: Lexicon) -> None:
    """"Deputi Komisioner X Bidang Edukasi dan Perlindungan Konsumen Y": the deputy's field, on both sides of the "dan",
    is neither part of the body's name nor a body of its own."""
    assert _types(doc_of(TITLE_FIELD), lexicon) == {"Badan Riset Nusa": "Organization", "Rudi Santoso": "Person",
                                                    "Bandung": "Place"}


def test_a_plenary_session_is_no_organisation(lexicon: Lexicon) -> None:
    """"Sidang Paripurna": a session, an event like a "rapat", not a body."""
    assert _types(doc_of(PLENARY_SESSION), lexicon) == {"Jakarta": "Place"}


def test_the_appointed_not_the_appointer_holds_the_office(lexicon: Lexicon) -> None:
    """"X dilantik (oleh) Presiden Y menjadi Ketua Z": X chairs Z; the agent Y, right before "menjadi", holds neither
    Z nor is he an organisation X leads ("Presiden Y")."""
    for fixture in (APPOINTED_BY_PRESIDENT, APPOINTED_BY_OLEH):
        assert claims_of(doc_of(fixture), lexicon) == {
            ("Sutrisno", "leads", "Komite Ekonomi Nusantara"): "asserted"}


def test_the_company_after_a_title_holder_is_his_employer(lexicon: Lexicon) -> None:
    """"Ketua Panitia Y dari PT X": the "dari" phrase after the holder says where Y comes from; Y does not lead X."""
    assert ("Budi Santoso", "leads", "PT Kirana Dana") not in claims_of(doc_of(TITLE_HOLDER_FROM), lexicon)


def test_a_brand_spelled_with_a_lower_case_prefix_can_be_the_product(lexicon: Lexicon) -> None:
    """"memperkenalkan iKirana": nothing types the name but its spelling (a lower-case prefix, then capitals, like
    "iPhone"); the verb's product slot may take it."""
    assert claims_of(doc_of(BRAND_WITH_PREFIX), lexicon) == {("PT Kirana Dana", "announced", "iKirana"): "asserted"}


def test_a_slashed_pair_of_abbreviations_is_no_name(lexicon: Lexicon) -> None:
    """"AD/ART Partai X" (a party's statutes), cut at the slash by the tokenizer: neither half is a body."""
    assert _types(doc_of(STATUTES), lexicon) == {"Partai Nusa Raya": "Organization"}


def test_two_organisations_acting_together_are_partners(lexicon: Lexicon) -> None:
    """"A bersama B meluncurkan …" (GUIDELINES: "bersama dengan", joint work): A and B partner. Not an object before
    "bersama" ("menjadi sponsor Liga X bersama B": B sponsors with the subject, not with the league), nor two people
    going somewhere together."""
    assert ("PT Kirana Dana", "partnersWith", "PT Sinar Jaya") in claims_of(doc_of(TOGETHER_ORGS), lexicon)
    assert ("Liga Nusa", "partnersWith", "PT Sinar Jaya") not in claims_of(doc_of(TOGETHER_OBJECT), lexicon)
    assert not [k for k in claims_of(doc_of(TOGETHER_PERSONS), lexicon) if k[1] == "partnersWith"]


def test_three_parties_signing_are_three_pairs_of_partners(lexicon: Lexicon) -> None:
    """"A, B, dan C menandatangani nota kesepahaman" / "… bekerja sama …": every pair partners (GUIDELINES), also when
    the parser hangs B on A as an apposition."""
    pairs = {("PT Alfa Kimia", "PT Beta Logistik"), ("PT Alfa Kimia", "PT Gamma Energi"),
             ("PT Beta Logistik", "PT Gamma Energi")}
    for fixture in (THREE_SIGN, THREE_WORK):
        got = {(a, b) for (a, p, b) in claims_of(doc_of(fixture), lexicon) if p == "partnersWith"}
        assert {tuple(sorted(x)) for x in got} == pairs
