"""Twentieth session (2026-12-07): fixes read off the batteries news_holdout16 and news_holdout17, tuned on from this
session. A seat's "-nya" owner is an organisation; the people a list names after a person noun are persons;
"(disingkat X)" gives a short form; the one replaced as "presiden klub", or in the holder's own relative clause, held
the office; a holder the NER took for a place after a title and a comma; a club's home after its name; a subsidiary of
"perseroan" and subsidiaries "meliputi" a list; a chain of honorifics and a Malaysian "Datuk" opening a name; a drill
is not led as a body; an apposition after a bracketed short form; "kontraktor" is a company; a party acronym that is
also a corps' abbreviation; a description in the object skips coordinated subjects; "Kantor pusat perusahaan"; a
maker's description of a work; then, from a blind audit of real news (2026-12-08): a work's title with a function
word or a place word in it; a minister's short title, "Ayatollah", "Mbak"; a term of office after a body's name; the
title after a passive appointment is its agent; a round of a tournament; "hampir dipastikan". Sentences written for
the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

SEAT_OWNER_1 = conll('Lembaga Riset Pesisir Nusantara adalah organisasi nirlaba.', """
        Lembaga lembaga PROPN 6 nsubj
        Riset riset PROPN 1 flat:name
        Pesisir pesisir PROPN 2 flat:name
        Nusantara nusantara PROPN 3 flat:name _ S-LOC
        adalah adalah AUX 6 cop
        organisasi organisasi NOUN 0 root
        nirlaba nirlaba NOUN 6 compound
        . . PUNCT 6 punct
    """)

SEAT_OWNER_2 = conll('Organisasi ini didirikan pada 1994 oleh peneliti Budi Santoso.', """
        Organisasi organisasi NOUN 3 nsubj:pass
        ini ini DET 1 det
        didirikan diri VERB 0 root
        pada pada ADP 7 case
        1994 1994 NUM 3 nummod
        oleh oleh ADP 7 case
        peneliti teliti NOUN 3 obl
        Budi budi PROPN 7 nmod _ B-PER
        Santoso santoso PROPN 8 flat:name _ E-PER
        . . PUNCT 3 punct
    """)

SEAT_OWNER_3 = conll('Kantor pusatnya kini berada di Makassar.', """
        Kantor kantor NOUN 5 nsubj
        pusat pusat NOUN 1 compound
        nya dia PRON 2 nmod:poss
        kini kini ADV 5 advmod
        berada ada VERB 0 root
        di di ADP 7 case
        Makassar makassar PROPN 5 obl _ S-LOC
        . . PUNCT 5 punct
    """)


ACTIVISTS = conll('Organisasi ini didirikan pada 1994 di Ambon oleh sekelompok aktivis, di antaranya Melur Kartikasari dan Tanjung Wiradana.', """
        Organisasi organisasi NOUN 3 nsubj:pass
        ini ini DET 1 det
        didirikan diri VERB 0 root
        pada pada ADP 7 case
        1994 1994 NUM 3 nummod
        di di ADP 7 case
        Ambon ambon PROPN 3 obl _ S-LOC
        oleh oleh ADP 10 case
        sekelompok kelompok DET 10 det
        aktivis aktivis NOUN 7 nmod
        , , PUNCT 3 punct
        di di ADP 15 case
        antara antara ADP 15 case
        nya dia PRON 13 nmod:poss
        Melur melur PROPN 10 nmod _ B-LOC
        Kartikasari kartikasari PROPN 15 flat:name _ E-LOC
        dan dan CCONJ 18 cc
        Tanjung tanjung PROPN 15 conj _ B-LOC
        Wiradana wiradana PROPN 18 flat:name _ E-LOC
        . . PUNCT 3 punct
    """)


MINISTERS = conll('Dalam kabinet itu, partai tersebut menempatkan dua menterinya, yaitu Menteri Agama Lukman Hakim dan Menteri Sosial Khofifah Indar.', """
        Dalam dalam ADP 2 case
        kabinet kabinet NOUN 7 obl
        itu itu DET 2 det
        , , PUNCT 7 punct
        partai partai NOUN 7 nsubj
        tersebut tersebut DET 5 det
        menempatkan tempat VERB 0 root
        dua dua NUM 9 nummod
        menteri menteri NOUN 7 obj
        nya dia PRON 9 nmod:poss
        , , PUNCT 7 punct
        yaitu yaitu ADP 13 case
        Menteri menteri PROPN 7 appos
        Agama agama PROPN 13 flat:name
        Lukman lukman PROPN 14 flat:name _ B-PER
        Hakim hakim PROPN 15 flat:name _ E-PER
        dan dan CCONJ 18 cc
        Menteri menteri PROPN 13 conj
        Sosial sosial PROPN 18 flat:name
        Khofifah khofifah PROPN 19 flat:name _ B-PER
        Indar indar PROPN 20 flat:name _ E-PER
        . . PUNCT 7 punct
    """)


SHORTENED_1 = conll('Gerakan Literasi Desa (disingkat GLD) adalah organisasi relawan.', """
        Gerakan gerakan PROPN 9 nsubj
        Literasi literasi PROPN 1 flat:name
        Desa desa PROPN 2 flat:name
        ( ( PUNCT 5 punct
        disingkat singkat VERB 1 appos
        GLD gld PROPN 5 obj _ S-LOC
        ) ) PUNCT 5 punct
        adalah adalah AUX 9 cop
        organisasi organisasi NOUN 0 root
        relawan rela NOUN 9 compound
        . . PUNCT 9 punct
    """)

SHORTENED_2 = conll('Sejak 2019 GLD dipimpin oleh Direktur Eksekutif Sarah Wulandari, yang menggantikan Bonar Situmorang (2012–2019).', """
        Sejak sejak ADP 4 mark
        2019 2019 NUM 3 nummod
        GLD gld PROPN 4 nsubj:pass
        dipimpin pimpin VERB 0 root
        oleh oleh ADP 6 case
        Direktur direktur PROPN 4 obl
        Eksekutif eksekutif PROPN 6 flat:name
        Sarah sarah PROPN 7 flat:name _ B-PER
        Wulandari wulandari PROPN 8 flat:name _ E-PER
        , , PUNCT 6 punct
        yang yang PRON 12 nsubj
        menggantikan ganti VERB 6 acl:relcl
        Bonar bonar PROPN 12 obj _ B-PER
        Situmorang situmorang PROPN 13 flat:name _ E-PER
        ( ( PUNCT 16 punct
        2012– 2012– NUM 13 appos
        2019 2019 NUM 16 nummod
        ) ) PUNCT 16 punct
        . . PUNCT 4 punct
    """)


CLUB_PRESIDENT_1 = conll('Klub Liga 3 Persikab Kotabaru resmi menunjuk pengusaha Rudi Hartawan sebagai presiden klub menggantikan H. Darmadi Yusuf.', """
        Klub klub NOUN 7 nsubj
        Liga liga PROPN 1 nmod
        3 3 NUM 2 nummod
        Persikab persikab PROPN 1 nmod
        Kotabaru kotabaru PROPN 4 flat:name
        resmi resmi ADJ 7 amod
        menunjuk tunjuk VERB 0 root
        pengusaha usaha NOUN 7 obj
        Rudi rudi PROPN 8 nmod _ B-PER
        Hartawan hartawan PROPN 9 flat:name _ E-PER
        sebagai sebagai ADP 12 case
        presiden presiden NOUN 7 obl
        klub klub NOUN 12 compound
        menggantikan ganti VERB 12 acl
        H. h. PROPN 14 obj _ B-PER
        Darmadi darmadi PROPN 15 flat:name _ I-PER
        Yusuf yusuf PROPN 16 flat:name _ E-PER
        . . PUNCT 7 punct
    """)

CLUB_PRESIDENT_2 = conll('Darmadi tidak lagi menjabat karena sakit.', """
        Darmadi darmadi PROPN 4 nsubj _ S-PER
        tidak tidak PART 4 advmod
        lagi lagi ADV 4 advmod
        menjabat jabat VERB 0 root
        karena karena SCONJ 6 mark
        sakit sakit ADJ 4 advcl
        . . PUNCT 4 punct
    """)


SIGNED = conll('Kontrak diteken oleh Ketua Umum PS Kapuas, Joko Susanto, dan Direktur Utama PT Sumber Segar Khatulistiwa, Ferry Tanujaya, di Pontianak.', """
        Kontrak kontrak NOUN 2 nsubj:pass
        diteken teken VERB 0 root
        oleh oleh ADP 4 case
        Ketua ketua PROPN 2 obl
        Umum umum PROPN 4 flat:name
        PS ps PROPN 5 flat:name _ B-ORG
        Kapuas kapuas PROPN 6 flat:name _ E-ORG
        , , PUNCT 9 punct
        Joko joko PROPN 4 conj _ B-PER
        Susanto susanto PROPN 9 flat:name _ E-PER
        , , PUNCT 13 punct
        dan dan CCONJ 13 cc
        Direktur direktur PROPN 4 conj
        Utama utama ADJ 13 amod
        PT pt PROPN 13 flat:name _ B-ORG
        Sumber sumber PROPN 15 flat:name _ I-ORG
        Segar segar PROPN 16 flat:name _ I-ORG
        Khatulistiwa khatulistiwa PROPN 17 flat:name _ E-ORG
        , , PUNCT 20 punct
        Ferry ferry PROPN 15 appos _ B-LOC
        Tanujaya tanujaya PROPN 20 flat:name _ E-LOC
        , , PUNCT 20 punct
        di di ADP 24 case
        Pontianak pontianak PROPN 20 nmod _ S-LOC
        . . PUNCT 2 punct
    """)


CLUB_HOME_1 = conll('PS Kapuas Pontianak kalah di kandang.', """
        PS ps PROPN 4 nsubj _ B-ORG
        Kapuas kapuas PROPN 1 flat:name _ I-ORG
        Pontianak pontianak PROPN 2 flat:name _ E-ORG
        kalah kalah VERB 0 root
        di di ADP 6 case
        kandang kandang NOUN 4 obl
        . . PUNCT 4 punct
    """)

CLUB_HOME_2 = conll('Ketua PS Kapuas, Joko Susanto, kecewa.', """
        Ketua ketua NOUN 8 nsubj
        PS ps PROPN 1 nmod _ B-ORG
        Kapuas kapuas PROPN 2 flat:name _ E-ORG
        , , PUNCT 5 punct
        Joko joko PROPN 1 appos _ B-PER
        Susanto susanto PROPN 5 flat:name _ E-PER
        , , PUNCT 8 punct
        kecewa kecewa VERB 0 root
        . . PUNCT 8 punct
    """)


PERSEROAN_1 = conll('PT Semen Teluk Bayur (Persero) menambah produksi.', """
        PT pt PROPN 8 nsubj _ B-ORG
        Semen semen PROPN 1 flat:name _ I-ORG
        Teluk teluk PROPN 2 flat:name _ I-ORG
        Bayur bayur PROPN 3 flat:name _ E-ORG
        ( ( PUNCT 6 punct
        Persero persero PROPN 1 appos _ S-LOC
        ) ) PUNCT 6 punct
        menambah tambah VERB 0 root
        produksi produksi NOUN 8 obj
        . . PUNCT 8 punct
    """)

PERSEROAN_2 = conll('Pemasaran ke Jawa ditangani anak usaha perseroan, PT Teluk Bayur Niaga.', """
        Pemasaran pemasaran NOUN 4 nsubj:pass
        ke ke ADP 3 case
        Jawa jawa PROPN 1 nmod _ S-LOC
        ditangani tangan VERB 0 root
        anak anak NOUN 4 obj
        usaha usaha NOUN 5 compound
        perseroan perseroan NOUN 6 compound
        , , PUNCT 5 punct
        PT pt PROPN 5 appos _ B-ORG
        Teluk teluk PROPN 9 flat:name _ I-ORG
        Bayur bayur PROPN 10 flat:name _ I-ORG
        Niaga niaga PROPN 11 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)


SUBSIDIARIES_1 = conll('PT Mutiara Laut Nusa Tbk adalah perusahaan perikanan.', """
        PT pt PROPN 7 nsubj _ B-ORG
        Mutiara mutiara PROPN 1 flat:name _ I-ORG
        Laut laut PROPN 2 flat:name _ I-ORG
        Nusa nusa PROPN 3 flat:name _ I-ORG
        Tbk tbk PROPN 4 flat:name _ E-ORG
        adalah adalah AUX 7 cop
        perusahaan usaha NOUN 0 root
        perikanan rikan NOUN 7 compound
        . . PUNCT 7 punct
    """)

SUBSIDIARIES_2 = conll('Anak perusahaannya meliputi PT Laut Dingin Sejahtera dan PT Nusa Kemas Prima.', """
        Anak anak NOUN 4 nsubj
        perusahaan usaha NOUN 1 compound
        nya dia PRON 2 nmod:poss
        meliputi liput VERB 0 root
        PT pt PROPN 4 obj _ B-ORG
        Laut laut PROPN 5 flat:name _ I-ORG
        Dingin dingin PROPN 6 flat:name _ I-ORG
        Sejahtera sejahtera PROPN 7 flat:name _ E-ORG
        dan dan CCONJ 10 cc
        PT pt PROPN 5 conj _ B-ORG
        Nusa nusa PROPN 10 flat:name _ I-ORG
        Kemas kemas PROPN 11 flat:name _ I-ORG
        Prima prima PROPN 12 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)


HONORIFICS = conll('Acara itu dihadiri Gubernur Sulawesi Tengah, Dr. H. Rusli Daeng Pawero, dan Wali Kota Kuching, Datuk Abang Jamil.', """
        Acara acara NOUN 3 nsubj:pass
        itu itu DET 1 det
        dihadiri hadir VERB 0 root
        Gubernur gubernur PROPN 3 obj
        Sulawesi sulawesi PROPN 4 flat:name _ B-LOC
        Tengah tengah PROPN 5 flat:name _ E-LOC
        , , PUNCT 8 punct
        Dr. dr. PROPN 4 conj _ B-PER
        H. h. PROPN 8 flat:name _ I-PER
        Rusli rusli PROPN 9 flat:name _ I-PER
        Daeng daeng PROPN 10 flat:name _ I-PER
        Pawero pawero PROPN 11 flat:name _ E-PER
        , , PUNCT 15 punct
        dan dan CCONJ 15 cc
        Wali wali PROPN 4 conj
        Kota kota PROPN 15 flat:name _ B-LOC
        Kuching kuching PROPN 16 flat:name _ E-LOC
        , , PUNCT 19 punct
        Datuk datuk PROPN 15 appos _ B-LOC
        Abang abang PROPN 19 flat:name _ I-LOC
        Jamil jamil PROPN 20 flat:name _ E-LOC
        . . PUNCT 3 punct
    """)


MINANG = conll('Ayahnya, Djamin Datuk Sutan Maharaja Besar, adalah saudagar.', """
        Ayah ayah NOUN 11 nsubj _ S-PER
        nya dia PRON 1 nmod:poss _ S-PER
        , , PUNCT 1 punct
        Djamin djamin PROPN 1 appos _ B-PER
        Datuk datuk PROPN 4 flat:name _ I-PER
        Sutan sutan PROPN 5 flat:name _ I-PER
        Maharaja maharaja PROPN 6 flat:name _ I-PER
        Besar besar PROPN 7 flat:name _ E-PER
        , , PUNCT 11 punct
        adalah adalah AUX 11 cop
        saudagar saudagar NOUN 0 root
        . . PUNCT 11 punct
    """)


DRILL = conll('Kapolda Sulawesi Tengah Brigjen Pol. Heru Wibowo memimpin apel siaga Operasi Lilin Maleo 2015 di Palu.', """
        Kapolda kapolda PROPN 8 nsubj
        Sulawesi sulawesi PROPN 1 flat:name _ B-LOC
        Tengah tengah PROPN 2 flat:name _ E-LOC
        Brigjen brigjen PROPN 1 flat:name
        Pol. pol. PROPN 4 flat:name
        Heru heru PROPN 5 flat:name _ B-PER
        Wibowo wibowo PROPN 6 flat:name _ E-PER
        memimpin pimpin VERB 0 root
        apel apel NOUN 8 obj
        siaga siaga NOUN 9 compound
        Operasi operasi PROPN 10 nmod
        Lilin lilin PROPN 11 flat:name
        Maleo maleo PROPN 12 flat:name
        2015 2015 NUM 13 nummod
        di di ADP 16 case
        Palu palu PROPN 8 obl _ S-LOC
        . . PUNCT 8 punct
    """)


SHORT_FORM_APPOSED = conll('Partai Maju Sabah (PMS), partai oposisi yang berkantor pusat di Kota Kinabalu, Sabah, memilih Rosnah Abdullah sebagai presiden partai.', """
        Partai partai PROPN 19 nsubj _ B-ORG
        Maju maju PROPN 1 flat:name _ I-ORG
        Sabah sabah PROPN 2 flat:name _ E-ORG
        ( ( PUNCT 5 punct
        PMS pms PROPN 1 appos _ S-ORG
        ) ) PUNCT 5 punct
        , , PUNCT 8 punct
        partai partai NOUN 19 nsubj
        oposisi oposisi NOUN 8 compound
        yang yang PRON 11 nsubj
        berkantor kantor VERB 8 acl:relcl
        pusat pusat NOUN 11 obj
        di di ADP 14 case
        Kota kota PROPN 11 obl _ B-LOC
        Kinabalu kinabalu PROPN 14 flat:name _ E-LOC
        , , PUNCT 14 punct
        Sabah sabah PROPN 14 appos _ S-LOC
        , , PUNCT 19 punct
        memilih pilih VERB 0 root
        Rosnah rosnah PROPN 19 obj _ B-PER
        Abdullah abdullah PROPN 20 flat:name _ E-PER
        sebagai sebagai ADP 23 case
        presiden presiden NOUN 19 obl
        partai partai NOUN 23 compound
        . . PUNCT 19 punct
    """)


CONTRACTOR = conll('Jaksa menyebut PT Citra Beton Mandiri, kontraktor yang berbasis di Kendari, memenangi tender itu.', """
        Jaksa jaksa PROPN 2 nsubj
        menyebut sebut VERB 0 root
        PT pt PROPN 2 obj _ B-ORG
        Citra citra PROPN 3 flat:name _ I-ORG
        Beton beton PROPN 4 flat:name _ I-ORG
        Mandiri mandiri PROPN 5 flat:name _ E-ORG
        , , PUNCT 3 punct
        kontraktor kontraktor NOUN 3 appos
        yang yang PRON 10 nsubj
        berbasis basis VERB 8 acl:relcl
        di di ADP 12 case
        Kendari kendari PROPN 10 obl _ S-LOC
        , , PUNCT 14 punct
        memenangi penang VERB 2 conj
        tender tender NOUN 14 obj
        itu itu DET 15 det
        . . PUNCT 2 punct
    """)


FACTION = conll('Ketua Fraksi PNB di DPRD Jawa Barat, Gunawan Saputra, menambahkan bahwa partainya siap.', """
        Ketua ketua NOUN 12 nsubj
        Fraksi fraksi PROPN 1 flat:name
        PNB pnb PROPN 2 flat:name _ S-ORG
        di di ADP 5 case
        DPRD dprd PROPN 1 nmod _ B-LOC
        Jawa jawa PROPN 5 flat:name _ I-LOC
        Barat barat PROPN 6 amod _ E-LOC
        , , PUNCT 5 punct
        Gunawan gunawan PROPN 5 appos _ B-PER
        Saputra saputra PROPN 9 flat:name _ E-PER
        , , PUNCT 12 punct
        menambahkan tambah VERB 0 root
        bahwa bahwa SCONJ 16 mark
        partai partai NOUN 16 nsubj
        nya dia PRON 14 nmod:poss
        siap siap VERB 12 ccomp
        . . PUNCT 12 punct
    """)

CHAIN_1 = conll('Rumah Teh Senja adalah jaringan kedai teh yang didirikan pada 2014 di Malang.', """
        Rumah rumah PROPN 5 nsubj _ B-LOC
        Teh teh PROPN 1 flat:name _ I-LOC
        Senja senja PROPN 2 flat:name _ E-LOC
        adalah adalah AUX 5 cop
        jaringan jaring NOUN 0 root
        kedai kedai NOUN 5 compound
        teh teh NOUN 6 compound
        yang yang PRON 9 nsubj:pass
        didirikan diri VERB 5 acl:relcl
        pada pada ADP 13 case
        2014 2014 NUM 9 nummod
        di di ADP 13 case
        Malang malang PROPN 9 obl _ S-LOC
        . . PUNCT 5 punct
    """)

CHAIN_2 = conll('Kantor pusat perusahaan terletak di Surabaya.', """
        Kantor kantor NOUN 4 nsubj:pass
        pusat pusat NOUN 1 compound
        perusahaan usaha NOUN 2 compound
        terletak letak VERB 0 root
        di di ADP 6 case
        Surabaya surabaya PROPN 4 obl _ S-LOC
        . . PUNCT 4 punct
    """)

CHAIN_3 = conll('Pada 2020 jaringan ini bersaing langsung dengan Teh Pagi serta jaringan Kedai Daun Emas.', """
        Pada pada ADP 3 case
        2020 2020 NUM 3 nummod
        jaringan jaring NOUN 5 nsubj
        ini ini DET 3 det
        bersaing saing VERB 0 root
        langsung langsung ADJ 5 amod
        dengan dengan ADP 8 case
        Teh teh PROPN 5 obl
        Pagi pagi PROPN 8 flat:name
        serta serta CCONJ 11 cc
        jaringan jaring NOUN 8 conj
        Kedai kedai PROPN 11 nmod
        Daun daun PROPN 12 flat:name
        Emas emas PROPN 13 flat:name
        . . PUNCT 5 punct
    """)


STAKES_1 = CHAIN_1  # the same opening sentence

STAKES_2 = conll('Pada 2021, Sinar Ventures dan perusahaan modal ventura Arka Capital masing-masing membeli saham minoritas perusahaan itu.', """
        Pada pada ADP 2 case
        2021 2021 NUM 13 nummod
        , , PUNCT 13 punct
        Sinar sinar PROPN 13 nsubj _ B-ORG
        Ventures ventures PROPN 4 flat:name _ E-ORG
        dan dan CCONJ 7 cc
        perusahaan usaha NOUN 4 conj
        modal modal NOUN 7 compound
        ventura ventura NOUN 8 compound
        Arka arka PROPN 9 nmod _ B-PER
        Capital capital PROPN 10 flat:name _ E-PER
        masing-masing masing DET 13 advmod
        membeli beli VERB 0 root
        saham saham NOUN 13 obj
        minoritas minoritas NOUN 14 compound
        perusahaan usaha NOUN 15 compound
        itu itu DET 16 det
        . . PUNCT 13 punct
    """)


DEVELOPER_1 = conll('Catatku adalah aplikasi keuangan yang dikembangkan oleh PT Hitung Cerdas Nusantara.', """
        Catat catat PROPN 4 nsubj
        ku aku PRON 1 flat:name
        adalah adalah AUX 4 cop
        aplikasi aplikasi NOUN 0 root
        keuangan uang NOUN 4 compound
        yang yang PRON 7 nsubj:pass
        dikembangkan kembang VERB 4 acl:relcl
        oleh oleh ADP 9 case
        PT pt PROPN 7 obl _ B-ORG
        Hitung hitung PROPN 9 flat:name _ I-ORG
        Cerdas cerdas PROPN 10 flat:name _ I-ORG
        Nusantara nusantara PROPN 11 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)

DEVELOPER_2 = conll('Pada 2020, PT Hitung Cerdas Nusantara diakuisisi oleh Grup Buana Media.', """
        Pada pada ADP 8 mark
        2020 2020 NUM 8 nummod
        , , PUNCT 8 punct
        PT pt PROPN 8 nsubj:pass _ B-ORG
        Hitung hitung PROPN 4 flat:name _ I-ORG
        Cerdas cerdas PROPN 5 flat:name _ I-ORG
        Nusantara nusantara PROPN 6 flat:name _ E-ORG
        diakuisisi akuisi VERB 0 root
        oleh oleh ADP 10 case
        Grup grup PROPN 8 obl _ B-ORG
        Buana buana PROPN 10 flat:name _ I-ORG
        Media media PROPN 11 flat:name _ E-ORG
        . . PUNCT 8 punct
    """)

DEVELOPER_3 = conll('Sejak 2021, perusahaan pengembang Catatku itu dipimpin oleh CEO Yudha Pranata.', """
        Sejak sejak ADP 8 mark
        2021 2021 NUM 8 nummod
        , , PUNCT 8 punct
        perusahaan usaha NOUN 8 nsubj:pass
        pengembang kembang NOUN 4 compound
        Catatku catatku PROPN 5 nmod
        itu itu DET 4 det
        dipimpin pimpin VERB 0 root
        oleh oleh ADP 10 case
        CEO ceo PROPN 8 obl _ B-PER
        Yudha yudha PROPN 10 flat:name _ I-PER
        Pranata pranata PROPN 11 flat:name _ E-PER
        . . PUNCT 8 punct
    """)

SONG = conll('Lagu Senja Tak Berujung yang dipopulerkan penyanyi Rani Kusuma ternyata diciptakan oleh Hendra Wiguna.', """
        Lagu lagu PROPN 11 nsubj:pass
        Senja senja PROPN 1 flat:name
        Tak tak PART 4 advmod
        Berujung berujung PROPN 1 flat:name _ S-PER
        yang yang PRON 6 nsubj:pass
        dipopulerkan populer VERB 1 acl:relcl
        penyanyi nyanyi NOUN 6 obl
        Rani rani PROPN 7 nmod _ B-PER
        Kusuma kusuma PROPN 8 flat:name _ E-PER
        ternyata nyata ADV 11 advmod
        diciptakan cipta VERB 0 root
        oleh oleh ADP 13 case
        Hendra hendra PROPN 11 obl _ B-PER
        Wiguna wiguna PROPN 13 flat:name _ E-PER
        . . PUNCT 11 punct
    """)


REISSUE = conll('Label rekaman Ombak Records merilis ulang album Kota Tanpa Lampu milik grup Sindoro.', """
        Label label PROPN 5 nsubj
        rekaman rekam NOUN 1 compound
        Ombak ombak PROPN 2 nmod _ B-ORG
        Records records PROPN 3 flat:name _ E-ORG
        merilis rilis VERB 0 root
        ulang ulang NOUN 5 obj
        album album NOUN 6 compound
        Kota kota PROPN 7 nmod
        Tanpa tanpa ADP 10 case
        Lampu lampu NOUN 6 nmod
        milik milik NOUN 10 compound
        grup grup NOUN 11 compound
        Sindoro sindoro PROPN 12 nmod _ S-LOC
        . . PUNCT 5 punct
    """)


GUESTS = conll('Acara itu dihadiri Menkominfo Rudiantara dan Pemimpin Tertinggi Iran, Ayatollah Ali Khamenei.', """
        Acara acara NOUN 3 nsubj:pass
        itu itu DET 1 det
        dihadiri hadir VERB 0 root
        Menkominfo menkominfo PROPN 3 obj _ B-PER
        Rudiantara rudiantara PROPN 4 flat:name _ E-PER
        dan dan CCONJ 7 cc
        Pemimpin pemimpin PROPN 4 conj
        Tertinggi tertinggi PROPN 7 flat:name
        Iran iran PROPN 8 flat:name
        , , PUNCT 7 punct
        Ayatollah ayatollah PROPN 7 appos _ B-PER
        Ali ali PROPN 11 flat:name _ I-PER
        Khamenei khamenei PROPN 12 flat:name _ E-PER
        . . PUNCT 3 punct
    """)


TERM = conll('Mbak Rina adalah Ketua Biro Pemuda DPP Partai Nusantara Raya 1998-2003.', """
        Mbak mbak PROPN 4 nsubj _ B-PER
        Rina rina PROPN 1 flat:name _ E-PER
        adalah adalah AUX 4 cop
        Ketua ketua NOUN 0 root
        Biro biro PROPN 4 nmod
        Pemuda muda PROPN 5 flat:name
        DPP dpp PROPN 6 flat:name
        Partai partai PROPN 7 flat:name _ B-ORG
        Nusantara nusantara PROPN 8 flat:name _ I-ORG
        Raya raya PROPN 9 flat:name _ E-ORG
        1998 1998 NUM 10 nummod
        - - PUNCT 11 punct
        2003 2003 NUM 11 nummod
        . . PUNCT 4 punct
    """)


INAUGURATED = conll('Warga menunggu karena Budi - Sarwono akan dilantik Gubernur Jateng Hadi Prabowo pada gelombang kedua.', """
        Warga warga NOUN 2 nsubj
        menunggu tunggu VERB 0 root
        karena karena SCONJ 8 mark
        Budi budi PROPN 8 nsubj:pass _ B-PER
        - - PUNCT 4 punct _ I-PER
        Sarwono sarwono PROPN 4 flat:name _ E-PER
        akan akan AUX 8 aux
        dilantik lantik VERB 2 ccomp
        Gubernur gubernur PROPN 8 obj
        Jateng jateng PROPN 9 flat:name
        Hadi hadi PROPN 10 flat:name _ B-PER
        Prabowo prabowo PROPN 11 flat:name _ E-PER
        pada pada ADP 14 case
        gelombang gelombang NOUN 8 obl
        kedua dua NUM 14 nummod
        . . PUNCT 8 punct
    """)


QUARTER = conll('Di babak delapan besar, Hartono akan ditantang oleh petenis unggulan kelima Dimas Pratama.', """
        Di di ADP 2 case
        babak babak NOUN 8 obl
        delapan delapan NUM 2 nummod
        besar besar ADJ 2 amod
        , , PUNCT 8 punct
        Hartono hartono PROPN 8 nsubj:pass _ S-PER
        akan akan AUX 8 aux
        ditantang tantang VERB 0 root
        oleh oleh ADP 10 case
        petenis tenis NOUN 8 obl
        unggulan unggul NOUN 10 compound
        kelima kelima ADJ 11 amod
        Dimas dimas PROPN 10 nmod _ B-PER
        Pratama pratama PROPN 13 flat:name _ E-PER
        . . PUNCT 8 punct
    """)


ALMOST = conll('Partai Amanah sudah hampir dipastikan berkoalisi dengan Partai Sejahtera Raya dalam pemilu.', """
        Partai partai PROPN 5 nsubj:pass _ B-ORG
        Amanah amanah PROPN 1 flat:name _ E-ORG
        sudah sudah AUX 5 aux
        hampir hampir ADV 5 advmod
        dipastikan pasti VERB 0 root
        berkoalisi koalisi VERB 5 xcomp
        dengan dengan ADP 8 case
        Partai partai PROPN 6 obl _ B-ORG
        Sejahtera sejahtera PROPN 8 flat:name _ I-ORG
        Raya raya PROPN 9 flat:name _ E-ORG
        dalam dalam ADP 12 case
        pemilu pemilu NOUN 8 nmod
        . . PUNCT 5 punct
    """)

PRONOUN_HOLDER_1 = conll('Budi Hartono adalah birokrat asal Kediri.', """
        Budi budi PROPN 4 nsubj _ B-PER
        Hartono hartono PROPN 1 flat:name _ E-PER
        adalah adalah AUX 4 cop
        birokrat birokrat NOUN 0 root
        asal asal ADP 6 case
        Kediri kediri PROPN 4 nmod _ S-LOC
        . . PUNCT 4 punct
    """)

PRONOUN_HOLDER_2 = conll('Ia merupakan Ketua Yayasan Pelita Hati.', """
        Ia dia PRON 2 nsubj
        merupakan rupa VERB 0 root
        Ketua ketua PROPN 2 obj
        Yayasan yayasan PROPN 3 flat:name _ B-ORG
        Pelita pelita PROPN 4 flat:name _ I-ORG
        Hati hati PROPN 5 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)


KNIGHT = conll('Ketua Eastfield Rovers, Sir Geoffrey Whitlock, menolak berkomentar.', """
        Ketua ketua NOUN 9 nsubj
        Eastfield eastfield PROPN 1 nmod _ B-PER
        Rovers rovers PROPN 2 flat:name _ E-PER
        , , PUNCT 1 punct
        Sir sir PROPN 1 appos _ B-PER
        Geoffrey geoffrey PROPN 5 flat:name _ I-PER
        Whitlock whitlock PROPN 6 flat:name _ E-PER
        , , PUNCT 9 punct
        menolak tolak VERB 0 root
        berkomentar komentar VERB 9 xcomp
        . . PUNCT 9 punct
    """)


FRONTED_AGENT = conll('Oleh Presiden Susilo Bambang Yudhoyono, Djoko Suyanto, yang juga menteri, diberi mandat.', """
        Oleh oleh ADP 2 case
        Presiden presiden PROPN 14 obl
        Susilo susilo PROPN 2 flat:name _ B-PER
        Bambang bambang PROPN 3 flat:name _ I-PER
        Yudhoyono yudhoyono PROPN 4 flat:name _ E-PER
        , , PUNCT 7 punct
        Djoko djoko PROPN 2 appos _ B-PER
        Suyanto suyanto PROPN 7 flat:name _ E-PER
        , , PUNCT 7 punct
        yang yang PRON 12 nsubj
        juga juga ADV 12 advmod
        menteri menteri NOUN 7 acl:relcl
        , , PUNCT 14 punct
        diberi beri VERB 0 root
        mandat mandat NOUN 14 obj
        . . PUNCT 14 punct
    """)


SENIOR_VP = conll('Perjanjian itu diteken oleh Wakil Presiden Senior Falcon Gulf Airways, Khalid Al Mansouri, di Abu Dhabi.', """
        Perjanjian janji NOUN 3 nsubj:pass
        itu itu DET 1 det
        diteken teken VERB 0 root
        oleh oleh ADP 5 case
        Wakil wakil PROPN 3 obl
        Presiden presiden PROPN 5 flat:name
        Senior senior PROPN 6 flat:name _ B-PER
        Falcon falcon PROPN 7 flat:name _ I-PER
        Gulf gulf PROPN 8 flat:name _ I-PER
        Airways airways PROPN 9 flat:name _ E-PER
        , , PUNCT 12 punct
        Khalid khalid PROPN 5 appos _ B-PER
        Al al PROPN 12 flat:name _ I-PER
        Mansouri mansouri PROPN 13 flat:name _ E-PER
        , , PUNCT 12 punct
        di di ADP 17 case
        Abu abu PROPN 12 nmod _ B-PER
        Dhabi dhabi PROPN 17 flat:name _ E-PER
        . . PUNCT 3 punct
    """)

SHORT_NAME_1 = conll('Kelompok Tani Sumber Rejeki (disingkat Poktan) adalah kelompok petani di Garut.', """
        Kelompok kelompok PROPN 10 nsubj
        Tani tani PROPN 1 flat:name
        Sumber sumber PROPN 2 flat:name
        Rejeki rejeki PROPN 3 flat:name
        ( ( PUNCT 6 punct
        disingkat singkat VERB 1 appos
        Poktan poktan PROPN 6 obj _ S-LOC
        ) ) PUNCT 6 punct
        adalah adalah AUX 10 cop
        kelompok kelompok NOUN 0 root
        petani tani NOUN 10 compound
        di di ADP 13 case
        Garut garut PROPN 10 nmod _ S-LOC
        . . PUNCT 10 punct
    """)

SHORT_NAME_2 = conll('Sejak 2019 Poktan dipimpin oleh Ketua Rina Wulandari.', """
        Sejak sejak ADP 4 mark
        2019 2019 NUM 3 nummod
        Poktan poktan PROPN 4 nsubj:pass
        dipimpin pimpin VERB 0 root
        oleh oleh ADP 6 case
        Ketua ketua PROPN 4 obl
        Rina rina PROPN 6 flat:name _ B-PER
        Wulandari wulandari PROPN 7 flat:name _ E-PER
        . . PUNCT 4 punct
    """)


CATALOGUE = conll('Buku Katalog Film Indonesia 1926-1995 diterbitkan oleh Penerbit Grafiasri.', """
        Buku buku NOUN 8 nsubj:pass
        Katalog katalog PROPN 1 nmod
        Film film PROPN 2 flat:name
        Indonesia indonesia PROPN 3 flat:name
        1926 1926 NUM 4 nummod
        - - PUNCT 5 punct
        1995 1995 NUM 5 nummod
        diterbitkan terbit VERB 0 root
        oleh oleh ADP 10 case
        Penerbit penerbit PROPN 8 obl
        Grafiasri grafiasri PROPN 10 flat:name
        . . PUNCT 8 punct
    """)


TO_BE_SWORN = conll('Hadi Prabowo akan dilantik Gubernur Jawa Tengah pekan depan.', """
        Hadi hadi PROPN 4 nsubj:pass _ B-PER
        Prabowo prabowo PROPN 1 flat:name _ E-PER
        akan akan AUX 4 aux
        dilantik lantik VERB 0 root
        Gubernur gubernur NOUN 4 obj
        Jawa jawa PROPN 5 nmod _ B-LOC
        Tengah tengah PROPN 6 amod _ E-LOC
        pekan pekan NOUN 4 obl
        depan depan NOUN 8 compound
        . . PUNCT 4 punct
    """)


RUNOFF = conll('Anies Baswedan dan Basuki Tjahaja Purnama bersaing ketat di putaran kedua Pilkada DKI Jakarta.', """
        Anies anies PROPN 7 nsubj _ B-PER
        Baswedan baswedan PROPN 1 flat:name _ E-PER
        dan dan CCONJ 4 cc
        Basuki basuki PROPN 1 conj _ B-PER
        Tjahaja tjahaja PROPN 4 flat:name _ I-PER
        Purnama purnama PROPN 5 flat:name _ E-PER
        bersaing saing VERB 0 root
        ketat ketat ADJ 7 amod
        di di ADP 10 case
        putaran putar NOUN 7 obl
        kedua dua NUM 10 nummod
        Pilkada pilkada PROPN 10 nmod _ B-ORG
        DKI dki PROPN 12 flat:name _ I-ORG
        Jakarta jakarta PROPN 13 flat:name _ E-ORG
        . . PUNCT 7 punct
    """)


NEW_PHASE = conll('Grab dan Gojek bersaing di babak baru bisnis pengantaran makanan.', """
        Grab grab PROPN 4 nsubj
        dan dan CCONJ 3 cc
        Gojek gojek PROPN 1 conj
        bersaing saing VERB 0 root
        di di ADP 6 case
        babak babak NOUN 4 obl
        baru baru ADJ 6 amod
        bisnis bisnis NOUN 6 compound
        pengantaran pengantaran NOUN 8 compound
        makanan makan NOUN 9 compound
        . . PUNCT 4 punct
    """)


PARTY_BOOK = conll('Dalam buku Partai Golkar tentang sejarah partai, Akbar Tanjung disebut pernah memimpin partai itu.', """
        Dalam dalam ADP 2 case
        buku buku NOUN 11 obl
        Partai partai PROPN 2 nmod _ B-ORG
        Golkar golkar PROPN 3 flat:name _ E-ORG
        tentang tentang ADP 6 case
        sejarah sejarah NOUN 2 nmod
        partai partai NOUN 6 compound
        , , PUNCT 11 punct
        Akbar akbar PROPN 11 nsubj:pass _ B-ORG
        Tanjung tanjung PROPN 9 flat:name _ E-ORG
        disebut sebut VERB 0 root
        pernah pernah ADV 13 advmod
        memimpin pimpin VERB 11 xcomp
        partai partai NOUN 13 obj
        itu itu DET 14 det
        . . PUNCT 11 punct
    """)


VILLAGES = conll('Sejumlah warga dari berbagai desa, seperti Sukamaju dan Cibodas, menolak rencana itu.', """
        Sejumlah jumlah DET 2 det
        warga warga NOUN 12 nsubj
        dari dari ADP 5 case
        berbagai berbagai DET 5 det
        desa desa NOUN 2 nmod
        , , PUNCT 2 punct
        seperti seperti ADP 8 case
        Sukamaju sukamaju PROPN 2 nmod _ S-LOC
        dan dan CCONJ 10 cc
        Cibodas cibodas PROPN 8 conj _ S-LOC
        , , PUNCT 12 punct
        menolak tolak VERB 0 root
        rencana rencana NOUN 12 obj
        itu itu DET 13 det
        . . PUNCT 12 punct
    """)


BISHOPS = conll('Mgr Antonius Subianto memimpin Konferensi Waligereja Indonesia (KWI) sejak 2012.', """
        Mgr mgr PROPN 4 nsubj _ B-PER
        Antonius antonius PROPN 1 flat:name _ I-PER
        Subianto subianto PROPN 2 flat:name _ E-PER
        memimpin pimpin VERB 0 root
        Konferensi konferensi PROPN 4 obj _ B-ORG
        Waligereja waligereja PROPN 5 flat:name _ I-ORG
        Indonesia indonesia PROPN 6 flat:name _ E-ORG
        ( ( PUNCT 9 punct
        KWI kwi PROPN 5 appos _ S-ORG
        ) ) PUNCT 9 punct
        sejak sejak ADP 9 case
        2012 2012 NUM 4 nummod
        . . PUNCT 4 punct
    """)


CABLE = conll('Telkom membangun jaringan Palapa Ring di Papua.', """
        Telkom telkom PROPN 2 nsubj
        membangun bangun VERB 0 root
        jaringan jaring NOUN 2 obj
        Palapa palapa PROPN 3 nmod
        Ring ring PROPN 4 flat:name
        di di ADP 7 case
        Papua papua PROPN 2 obl _ S-LOC
        . . PUNCT 2 punct
    """)


RULE_1 = conll('Bank Sentosa adalah bank asing.', """
        Bank bank PROPN 4 nsubj _ B-ORG
        Sentosa sentosa PROPN 1 flat:name _ E-ORG
        adalah adalah AUX 4 cop
        bank bank NOUN 0 root
        asing asing ADJ 4 amod
        . . PUNCT 4 punct
    """)


RULE_2 = conll('Menurut aturan OJK, kantor pusat perusahaan harus berada di Indonesia.', """
        Menurut menurut ADP 2 case
        aturan atur NOUN 9 obl
        OJK ojk PROPN 2 nmod _ S-ORG
        , , PUNCT 2 punct
        kantor kantor NOUN 9 nsubj
        pusat pusat NOUN 5 compound
        perusahaan usaha NOUN 6 compound
        harus harus AUX 9 advmod
        berada ada VERB 0 root
        di di ADP 11 case
        Indonesia indonesia PROPN 9 obl _ S-LOC
        . . PUNCT 9 punct
    """)


ACQUIRED_1 = conll('Gojek mengakuisisi Moka pada 2020.', """
        Gojek gojek PROPN 2 nsubj
        mengakuisisi akuisisi VERB 0 root
        Moka moka PROPN 2 obj
        pada pada ADP 2 mark
        2020 2020 NUM 2 nummod
        . . PUNCT 2 punct
    """)


ACQUIRED_2 = conll('Kantor pusat perusahaan yang diakuisisi itu terletak di Jakarta.', """
        Kantor kantor NOUN 7 nsubj:pass
        pusat pusat NOUN 1 compound
        perusahaan usaha NOUN 2 compound
        yang yang PRON 5 nsubj:pass
        diakuisisi akuisi VERB 1 acl:relcl
        itu itu DET 5 det
        terletak letak VERB 0 root
        di di ADP 9 case
        Jakarta jakarta PROPN 7 obl _ S-LOC
        . . PUNCT 7 punct
    """)


CHIEF_MINISTER = conll('Ketua Menteri Sabah Datuk Musa Aman membuka acara itu.', """
        Ketua ketua NOUN 7 nsubj
        Menteri menteri PROPN 1 flat:name
        Sabah sabah PROPN 2 flat:name _ B-PER
        Datuk datuk PROPN 3 flat:name _ I-PER
        Musa musa PROPN 4 flat:name _ I-PER
        Aman aman PROPN 5 flat:name _ E-PER
        membuka buka VERB 0 root
        acara acara NOUN 7 obj
        itu itu DET 8 det
        . . PUNCT 7 punct
    """)

PLAYERS = conll('Kehadiran Belanjaria akan memperketat persaingan dengan pemain lokal seperti Tokoloka dan Pasar Kita.', """
        Kehadiran hadir PROPN 4 nsubj
        Belanjaria belanjaria PROPN 1 flat:name _ S-PER
        akan akan AUX 4 aux
        memperketat ketat VERB 0 root
        persaingan saing NOUN 4 obj
        dengan dengan ADP 7 case
        pemain main NOUN 5 nmod
        lokal lokal ADJ 7 amod
        seperti seperti ADP 10 case
        Tokoloka tokoloka PROPN 7 nmod _ S-LOC
        dan dan CCONJ 12 cc
        Pasar pasar PROPN 10 conj
        Kita kita PRON 12 nmod:poss
        . . PUNCT 4 punct
    """)

COORDINATING = conll('Jumpa pers itu dibuka Menko Polhukam Luhut Pandjaitan di Kemenko Polhukam, Jakarta.', """
        Jumpa jumpa NOUN 4 nsubj:pass
        pers pers NOUN 1 compound
        itu itu DET 1 det
        dibuka buka VERB 0 root
        Menko menko PROPN 4 obj
        Polhukam polhukam PROPN 5 flat:name
        Luhut luhut PROPN 6 flat:name _ B-PER
        Pandjaitan pandjaitan PROPN 7 flat:name _ E-PER
        di di ADP 10 case
        Kemenko kemenko PROPN 4 obl _ B-LOC
        Polhukam polhukam PROPN 10 flat:name _ E-LOC
        , , PUNCT 10 punct
        Jakarta jakarta PROPN 10 appos _ S-LOC
        . . PUNCT 4 punct
    """)


POINTED_TITLE = conll('Meski Megawati menyatakan tidak terkait, namun pandangan Ketua Umum PDIP tersebut akan memberi perspektif baru.', """
        Meski meski SCONJ 3 mark
        Megawati megawati PROPN 3 nsubj _ S-PER
        menyatakan nyata VERB 0 root
        tidak tidak PART 5 advmod
        terkait kait VERB 3 xcomp
        , , PUNCT 3 punct
        namun namun CCONJ 14 cc
        pandangan pandang NOUN 14 nsubj
        Ketua ketua NOUN 8 compound
        Umum umum PROPN 9 nmod
        PDIP pdip PROPN 10 flat:name _ S-ORG
        tersebut tersebut DET 10 det
        akan akan AUX 14 aux
        memberi beri VERB 3 advcl
        perspektif perspektif NOUN 14 obj
        baru baru ADJ 15 amod
        . . PUNCT 14 punct
    """)


MET_TITLE = conll('Budi Santoso, yang kemarin bertemu Ketua Umum PDIP tersebut, enggan berkomentar.', """
        Budi budi PROPN 13 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        , , PUNCT 1 punct
        yang yang PRON 6 nsubj
        kemarin kemarin ADV 6 advmod
        bertemu temu VERB 1 acl:relcl
        Ketua ketua NOUN 6 obj
        Umum umum PROPN 7 nmod
        PDIP pdip PROPN 8 flat:name _ S-ORG
        tersebut tersebut DET 8 det
        , , PUNCT 13 punct
        enggan enggan NOUN 13 nsubj
        berkomentar komentar VERB 0 root
        . . PUNCT 13 punct
    """)


VET = conll('Ketua Yayasan Satwa Lestari, Drh. Constant Karma, mengatakan kasus itu meningkat.', """
        Ketua ketua NOUN 11 nsubj
        Yayasan yayasan PROPN 1 flat:name _ B-ORG
        Satwa satwa PROPN 2 flat:name _ I-ORG
        Lestari lestari PROPN 3 flat:name _ E-ORG
        , , PUNCT 6 punct
        Drh drh PROPN 1 appos _ S-PER
        . . PUNCT 6 punct
        Constant constant PROPN 6 flat:name _ B-PER
        Karma karma PROPN 8 flat:name _ E-PER
        , , PUNCT 11 punct
        mengatakan kata VERB 0 root
        kasus kasus NOUN 11 obj
        itu itu DET 12 det
        meningkat tingkat VERB 11 xcomp
        . . PUNCT 11 punct
    """)

STARTUP_1 = conll('Bisnis.com, JAKARTA', """
        Bisnis.com bisnis.com PROPN 0 root
        , , PUNCT 1 punct
        JAKARTA jakarta PROPN 1 appos _ S-LOC
    """)

STARTUP_2 = conll('Perusahaan rintisan teknologi pendidikan Belajarku memindahkan kantor pusatnya dari Jakarta ke Yogyakarta.', """
        Perusahaan usaha NOUN 6 nsubj
        rintisan rintis NOUN 1 compound
        teknologi teknologi NOUN 2 compound
        pendidikan didik NOUN 3 compound
        Belajarku belajarku PROPN 4 nmod
        memindahkan pindah VERB 0 root
        kantor kantor NOUN 6 obj
        pusat pusat NOUN 7 compound
        nya dia PRON 8 nmod:poss
        dari dari ADP 11 case
        Jakarta jakarta PROPN 7 nmod _ S-LOC
        ke ke ADP 13 case
        Yogyakarta yogyakarta PROPN 11 nmod _ S-LOC
        . . PUNCT 6 punct
    """)

TWO_OFFICES = conll('Ketua DPR yang juga Ketua Umum Partai Golkar Setya Novanto hadir dalam acara itu.', """
        Ketua ketua NOUN 11 nsubj
        DPR dpr PROPN 1 flat:name _ S-ORG
        yang yang PRON 5 nsubj
        juga juga ADV 5 advmod
        Ketua ketua NOUN 1 acl:relcl
        Umum umum PROPN 5 nmod
        Partai partai PROPN 6 flat:name _ B-ORG
        Golkar golkar PROPN 7 flat:name _ E-ORG
        Setya setya PROPN 8 flat:name _ B-PER
        Novanto novanto PROPN 9 flat:name _ E-PER
        hadir hadir VERB 0 root
        dalam dalam ADP 13 case
        acara acara NOUN 11 obl
        itu itu DET 13 det
        . . PUNCT 11 punct
    """)


def test_a_seats_nya_owner_is_an_organisation_not_the_founder_named_before(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SEAT_OWNER_1, SEAT_OWNER_2, SEAT_OWNER_3), lexicon)
    assert claims.get(("Lembaga Riset Pesisir Nusantara", "basedIn", "Makassar")) == "asserted"
    assert ("Budi Santoso", "basedIn", "Makassar") not in claims


def test_the_names_listed_after_a_person_noun_are_persons(lexicon: Lexicon) -> None:
    types = _types(doc_of(ACTIVISTS), lexicon)
    assert types.get("Melur Kartikasari") == "Person" and types.get("Tanjung Wiradana") == "Person"
    # a title inside the list is no item of it: the ministry's field stays out of the minister's name
    types = _types(doc_of(MINISTERS), lexicon)
    assert "Lukman Hakim" in types and "Agama Lukman Hakim" not in types


def test_disingkat_gives_a_short_form_and_the_holders_relative_clause_a_predecessor(lexicon: Lexicon) -> None:
    doc = doc_of(SHORTENED_1, SHORTENED_2)
    claims = claims_of(doc, lexicon)
    assert claims.get(("Sarah Wulandari", "leads", "Gerakan Literasi Desa")) == "asserted"
    assert claims.get(("Bonar Situmorang", "leads", "Gerakan Literasi Desa")) == "asserted"
    assert "GLD" not in _types(doc, lexicon)


def test_the_one_replaced_as_club_president_then_no_longer_serving(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(CLUB_PRESIDENT_1, CLUB_PRESIDENT_2), lexicon)
    assert claims.get(("Rudi Hartawan", "leads", "Persikab Kotabaru")) == "asserted"
    assert claims.get(("Darmadi Yusuf", "leads", "Persikab Kotabaru")) == "negated"


def test_a_holder_the_ner_took_for_a_place_after_a_title_and_a_comma(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SIGNED), lexicon)
    assert claims.get(("Ferry Tanujaya", "ceoOf", "PT Sumber Segar Khatulistiwa")) == "asserted"


def test_a_clubs_home_after_its_name_is_no_branch(lexicon: Lexicon) -> None:
    doc = doc_of(CLUB_HOME_1, CLUB_HOME_2)
    assert "PS Kapuas" not in _types(doc, lexicon)
    assert claims_of(doc, lexicon).get(("Joko Susanto", "leads", "PS Kapuas Pontianak")) == "asserted"


def test_the_subsidiary_of_perseroan_and_subsidiaries_listed_by_meliputi(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PERSEROAN_1, PERSEROAN_2), lexicon)
    assert claims.get(("PT Semen Teluk Bayur (Persero)", "investsIn", "PT Teluk Bayur Niaga")) == "asserted"
    claims = claims_of(doc_of(SUBSIDIARIES_1, SUBSIDIARIES_2), lexicon)
    for child in ("PT Laut Dingin Sejahtera", "PT Nusa Kemas Prima"):
        assert claims.get(("PT Mutiara Laut Nusa Tbk", "investsIn", child)) == "asserted"


def test_a_chain_of_honorifics_and_an_opening_datuk_are_no_part_of_the_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(HONORIFICS), lexicon)
    assert claims.get(("Rusli Daeng Pawero", "leads", "Sulawesi Tengah")) == "asserted"
    assert claims.get(("Abang Jamil", "leads", "Kuching")) == "asserted"
    # a Minangkabau title inside a name stays in it
    assert "Djamin Datuk Sutan Maharaja Besar" in _types(doc_of(MINANG), lexicon)


def test_leading_a_drill_leads_no_body_named_in_it(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(DRILL), lexicon)
    assert not [k for k in claims if k[1] == "leads" and k[2].startswith("Operasi")]


def test_an_apposition_after_a_bracketed_short_form_describes_the_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SHORT_FORM_APPOSED), lexicon)
    assert claims.get(("Partai Maju Sabah", "basedIn", "Kota Kinabalu")) == "asserted"
    assert not [k for k in claims if k[0] == "Sabah"]


def test_a_contractor_is_a_company_with_a_seat(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(CONTRACTOR), lexicon)
    assert claims.get(("PT Citra Beton Mandiri", "basedIn", "Kendari")) == "asserted"


def test_a_party_acronym_spelled_like_a_corps_abbreviation_stays_a_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(FACTION), lexicon)
    assert claims.get(("Gunawan Saputra", "leads", "Fraksi PNB")) == "asserted"


def test_a_seat_owned_by_a_bare_kind_noun_and_a_chain_described_as_jaringan(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(CHAIN_1, CHAIN_2, CHAIN_3), lexicon)
    assert claims.get(("Rumah Teh Senja", "basedIn", "Surabaya")) == "asserted"
    for rival in ("Teh Pagi", "Kedai Daun Emas"):
        assert claims.get(("Rumah Teh Senja", "competesWith", rival)) == "asserted"


def test_a_description_in_the_object_does_not_point_at_a_coordinated_subject(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(STAKES_1, STAKES_2), lexicon)
    for buyer in ("Sinar Ventures", "Arka Capital"):
        assert claims.get((buyer, "investsIn", "Rumah Teh Senja")) == "asserted"
    assert ("Sinar Ventures", "investsIn", "Arka Capital") not in claims


def test_the_developer_of_a_named_work_is_the_maker_the_text_gave_it(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(DEVELOPER_1, DEVELOPER_2, DEVELOPER_3), lexicon)
    assert claims.get(("Yudha Pranata", "ceoOf", "PT Hitung Cerdas Nusantara")) == "asserted"
    assert ("Catatku", "developedBy", "Grup Buana Media") not in claims


def test_a_works_title_keeps_its_function_words_and_its_place_words(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SONG), lexicon)
    assert claims.get(("Senja Tak Berujung", "developedBy", "Hendra Wiguna")) == "asserted"
    doc = doc_of(REISSUE)
    assert _types(doc, lexicon).get("Kota Tanpa Lampu") == "Product"
    assert claims_of(doc, lexicon).get(("Ombak Records", "releases", "Kota Tanpa Lampu")) == "asserted"


def test_a_ministers_short_title_and_a_clerics_are_no_part_of_the_name(lexicon: Lexicon) -> None:
    doc = doc_of(GUESTS)
    assert _types(doc, lexicon).get("Rudiantara") == "Person"
    assert claims_of(doc, lexicon).get(("Ali Khamenei", "leads", "Iran")) == "asserted"


def test_a_term_of_office_after_a_bodys_name_is_no_part_of_it(lexicon: Lexicon) -> None:
    types = _types(doc_of(TERM), lexicon)
    assert "Biro Pemuda DPP Partai Nusantara Raya" in types and "Rina" in types
    assert not [t for t in types if t.endswith("2003")]


def test_the_title_after_a_passive_appointment_is_its_agent(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(INAUGURATED), lexicon)
    assert claims.get(("Hadi Prabowo", "leads", "Jawa Tengah")) == "asserted"
    assert not [k for k in claims if k[0].startswith("Budi")]


def test_a_round_of_a_tournament_is_one_match_and_almost_certain_is_a_hedge(lexicon: Lexicon) -> None:
    assert not [k for k in claims_of(doc_of(QUARTER), lexicon) if k[1] == "competesWith"]
    claims = claims_of(doc_of(ALMOST), lexicon)
    assert claims.get(("Partai Amanah", "partnersWith", "Partai Sejahtera Raya")) == "speculative"


def test_ia_before_a_copular_office_is_the_person_it_points_back_to(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PRONOUN_HOLDER_1, PRONOUN_HOLDER_2), lexicon)
    assert claims.get(("Budi Hartono", "leads", "Yayasan Pelita Hati")) == "asserted"


def test_a_name_the_ner_took_for_a_person_with_the_holder_set_off_after_it_is_led(lexicon: Lexicon) -> None:
    doc = doc_of(KNIGHT)
    assert claims_of(doc, lexicon).get(("Geoffrey Whitlock", "leads", "Eastfield Rovers")) == "asserted"
    # a personal name is no organisation, whoever is named after it
    assert not [k for k in claims_of(doc_of(FRONTED_AGENT), lexicon) if k[1] == "leads"]


def test_a_senior_vice_presidents_title_and_a_world_city_the_ner_took_for_a_person(lexicon: Lexicon) -> None:
    types = _types(doc_of(SENIOR_VP), lexicon)
    assert types.get("Falcon Gulf Airways") == "Organization" and "Senior Falcon Gulf Airways" not in types
    assert types.get("Abu Dhabi") == "Place"



# The review of this session's rules (2026-12-08): the sentences that showed where they reached too far, and the
# cases the first tests did not tell apart.

def test_disingkat_links_a_short_form_that_spells_no_initials(lexicon: Lexicon) -> None:
    doc = doc_of(SHORT_NAME_1, SHORT_NAME_2)
    assert "Poktan" not in _types(doc, lexicon)
    assert claims_of(doc, lexicon).get(("Rina Wulandari", "leads", "Kelompok Tani Sumber Rejeki")) == "asserted"


def test_a_titles_years_stay_in_it_where_no_office_precedes(lexicon: Lexicon) -> None:
    assert "Katalog Film Indonesia 1926-1995" in _types(doc_of(CATALOGUE), lexicon)


def test_an_office_still_to_be_conferred_stays_speculative(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(TO_BE_SWORN), lexicon).get(("Hadi Prabowo", "leads", "Jawa Tengah")) == "speculative"


def test_an_election_round_and_a_new_phase_are_no_match(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(RUNOFF), lexicon)
    assert claims.get(("Anies Baswedan", "competesWith", "Basuki Tjahaja Purnama")) == "asserted"
    assert claims_of(doc_of(NEW_PHASE), lexicon).get(("Grab", "competesWith", "Gojek")) == "asserted"


def test_a_work_noun_does_not_outweigh_an_organisations_own_name(lexicon: Lexicon) -> None:
    assert _types(doc_of(PARTY_BOOK), lexicon).get("Partai Golkar") == "Organization"


def test_places_listed_after_a_place_noun_are_no_persons(lexicon: Lexicon) -> None:
    types = _types(doc_of(VILLAGES), lexicon)
    assert types.get("Sukamaju") != "Person" and types.get("Cibodas") != "Person"


def test_a_body_named_like_a_meeting_is_led_and_mgr_is_a_title(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(BISHOPS), lexicon)
    assert claims.get(("Antonius Subianto", "leads", "KWI")) == "asserted"


def test_jaringan_before_a_name_makes_no_organisation(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(CABLE), lexicon).get(("Palapa Ring", "developedBy", "Telkom")) == "asserted"


def test_a_rule_about_seats_and_a_described_company_give_the_topic_no_seat(lexicon: Lexicon) -> None:
    assert not [k for k in claims_of(doc_of(RULE_1, RULE_2), lexicon) if k[1] == "basedIn"]
    assert ("Gojek", "basedIn", "Jakarta") not in claims_of(doc_of(ACQUIRED_1, ACQUIRED_2), lexicon)


def test_datuk_after_the_region_of_an_office_is_cut_off(lexicon: Lexicon) -> None:
    types = _types(doc_of(CHIEF_MINISTER), lexicon)
    assert types.get("Musa Aman") == "Person" and "Datuk Musa Aman" not in types


def test_a_person_noun_that_also_means_firms_types_no_list(lexicon: Lexicon) -> None:
    types = _types(doc_of(PLAYERS), lexicon)
    assert types.get("Tokoloka") != "Person" and types.get("Pasar Kita") != "Person"


def test_a_coordinating_minister_leads_the_kemenko_the_text_names(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(COORDINATING), lexicon)
    assert claims.get(("Luhut Pandjaitan", "leads", "Kemenko Polhukam")) == "asserted"


def test_an_office_pointed_back_at_past_a_clause_break_is_the_subjects(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(POINTED_TITLE), lexicon).get(("Megawati", "leads", "PDIP")) == "asserted"
    # the one who met the holder does not hold the office
    assert not [k for k in claims_of(doc_of(MET_TITLE), lexicon) if k[1] == "leads"]


def test_a_veterinarians_honorific_is_no_part_of_the_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(VET), lexicon)
    assert claims.get(("Constant Karma", "leads", "Yayasan Satwa Lestari")) == "asserted"


def test_a_company_noun_opening_a_description_outweighs_a_product_noun_in_it(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(STARTUP_1, STARTUP_2), lexicon)
    assert claims.get(("Belajarku", "basedIn", "Yogyakarta")) == "asserted"
    assert claims.get(("Belajarku", "basedIn", "Jakarta")) == "negated"


def test_a_second_office_in_a_relative_clause_without_a_comma_has_the_same_holder(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(TWO_OFFICES), lexicon)
    assert claims.get(("Setya Novanto", "leads", "DPR")) == "asserted"
    assert claims.get(("Setya Novanto", "leads", "Partai Golkar")) == "asserted"
