"""Sixteenth session (2026-12-07): fixes read off the batteries news_holdout2 and news_holdout3, tuned on from this
session. A dateline's outlet and place ("Bisnis.com, JAKARTA", or an outlet alone, "KOMPAS.com") are no antecedent of
"perusahaan tersebut" or of a rival's "-nya"; Indonesia's regencies and cities are places, so that a title's region
and its holder come apart ("Bupati Sumba Timur Umbu …"); "(Perseroda)" is part of a regional company's name; a
bracketed acronym spelling two halves the parser cut apart joins them; the club a description names last is the
sentence's subject ("Klub Liga 3 X FC"), and a place opening a club's name of Indonesian words and an ending stays
in it ("Semarang Raya FC"); "saat ini" between a company and its chief's name, and "sekaligus salah satu pendiri"
between the title and the company, keep the title-apposition; a noun classifying a description ("emiten peritel
tersebut") has no referent of its own; "menjabat presiden klub X" reads past the kind of body, and an office
hung on the appointed object ("menetapkan pengusaha X sebagai presiden klub") is the verb's; a bare field noun after
"kerja sama" carries its partner phrase ("kerja sama distribusi dengan B"); retail chains and conglomerates are
organisations; a factory is a site, no seat-holder; a given name that is also a word opens the apposed holder's name
the parser holds together ("Bagus Santosa W."); "PB" opens a badminton club's name; a seat phrase before an apposed
name ("perusahaan … berbasis di Malang, X,") types and seats it; "X bukan pesaing Y" under a speech verb is a denied
rivalry; "A bersama perusahaan … asal Y, B, membangun" is joint work; a name followed by a maker word ("X buatan
PT Y") is a thing made, a name ending in its class ("Sentosa MPV") a product, and "drone" a product noun; a bare
office held "sejak …" is the described company's ("Perusahaan teknologi finansial X … Y menjabat CEO sejak …"), and
a passive appointment the parser hung off its subject goes to the person named right before it; a body's life event
("mengumumkan pembubaran X") announces no product, and a degree after a name ("M. Saud, BA") is no name; "Presiden
Direktur saat ini adalah X" is the chief of the company the story is about; "A dan B (ketua dari X)" makes B the
chair; "Perusahaan induknya, X" makes X the owner of the company before; a run of dictionary words after a title's
region is the holder's name when its first word is a given name the NER corpora know ("Rahmat Purba"); a function
after any title word ("Direktur Niaga X") is no part of the company's name; "Ia menggantikan Y, yang tidak lagi
menjabat" gives Y (denied) the office the previous sentence gave the successor; "dirinya (akan) ditunjuk sebagai
Direktur Utama X" is the speaker's appointment; "pesaing utamanya perusahaan asal Singapura, X" reads past the
description to the rival; "X telah melepas seluruh sahamnya di Y" ends X's stake. Sentences written for the tests,
rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

DATELINE_NOT_ANTECEDENT_1 = conll('Kompas.com, BANDUNG', """
        Kompas.com kompas.com PROPN 0 root
        , , PUNCT 3 punct
        BANDUN bandun PROPN 1 appos _ B-ORG
        G g PROPN 3 flat:name _ E-ORG
    """)

DATELINE_NOT_ANTECEDENT_2 = conll('Produsen teh asal Thailand, Siam Leaf, membuka gerai pertamanya di Bandung.', """
        Produsen produsen NOUN 9 nsubj
        teh teh NOUN 1 compound
        asal asal ADP 4 case
        Thailand thailand PROPN 1 nmod _ S-LOC
        , , PUNCT 4 punct
        Siam siam PROPN 4 appos _ B-LOC
        Leaf leaf PROPN 6 flat:name _ E-LOC
        , , PUNCT 9 punct
        membuka buka VERB 0 root
        gerai gerai NOUN 9 obj
        pertama pertama ADJ 10 amod
        nya dia PRON 11 det
        di di ADP 14 case
        Bandung bandung PROPN 9 obl _ S-LOC
        . . PUNCT 9 punct
    """)

DATELINE_NOT_ANTECEDENT_3 = conll('Perusahaan tersebut menggandeng mitra lokal PT Kebun Raya Lestari untuk distribusi.', """
        Perusahaan usaha NOUN 3 nsubj
        tersebut tersebut DET 1 det
        menggandeng gandeng VERB 0 root
        mitra mitra NOUN 3 obj
        lokal lokal ADJ 4 amod
        PT pt PROPN 4 nmod _ B-ORG
        Kebun kebun PROPN 6 flat:name _ I-ORG
        Raya raya PROPN 7 flat:name _ I-ORG
        Lestari lestari PROPN 8 flat:name _ E-ORG
        untuk untuk ADP 11 mark
        distribusi distribusi VERB 3 xcomp
        . . PUNCT 3 punct
    """)

OUTLET_ALONE_1 = conll('Liputan6.com', """
        Liputan6.com liputan6.com PROPN 0 root
    """)

OUTLET_ALONE_2 = conll('Perusahaan jasa kurir daring KirimCepat menurunkan tarif di 10 kota.', """
        Perusahaan usaha NOUN 6 nsubj
        jasa jasa NOUN 1 compound
        kurir kurir NOUN 2 compound
        daring daring NOUN 3 compound
        KirimCepat kirimcepat PROPN 4 flat:name
        menurunkan turun VERB 0 root
        tarif tarif NOUN 6 obj
        di di ADP 10 case
        10 10 NUM 10 nummod
        kota kota NOUN 7 nmod
        . . PUNCT 6 punct
    """)

OUTLET_ALONE_3 = conll('Langkah itu dinilai sebagai upaya menghadapi pesaing utamanya, AntarKilat, di Jawa Timur.', """
        Langkah langkah NOUN 3 nsubj:pass
        itu itu DET 1 det
        dinilai nilai VERB 0 root
        sebagai sebagai ADP 5 case
        upaya upaya NOUN 3 obl
        menghadapi hadap VERB 5 acl
        pesaing saing NOUN 6 obj
        utama utama ADJ 7 amod
        nya dia PRON 8 det
        , , PUNCT 7 punct
        AntarKilat antarkilat PROPN 7 appos _ S-PER
        , , PUNCT 11 punct
        di di ADP 14 case
        Jawa jawa PROPN 11 nmod _ B-LOC
        Timur timur PROPN 14 amod _ E-LOC
        . . PUNCT 3 punct
    """)

REGENCY_BEFORE_HOLDER = conll('Bupati Sumba Timur Umbu Lili Pekuwali meresmikan pasar baru di Waingapu.', """
        Bupati bupati PROPN 7 nsubj
        Sumba sumba PROPN 1 flat:name _ B-LOC
        Timur timur PROPN 2 flat:name _ E-LOC
        Umbu umbu PROPN 3 flat:name
        Lili lili PROPN 4 flat:name
        Pekuwali pekuwali PROPN 5 flat:name
        meresmikan resmi VERB 0 root
        pasar pasar NOUN 7 obj
        baru baru ADJ 8 amod
        di di ADP 11 case
        Waingapu waingapu PROPN 8 nmod _ S-LOC
        . . PUNCT 7 punct
    """)

PERSERODA = conll('PT Bank Pembangunan Daerah Jambi (Perseroda) menerbitkan obligasi.', """
        PT pt PROPN 9 nsubj _ B-ORG
        Bank bank PROPN 1 flat:name _ I-ORG
        Pembangunan pembangunan PROPN 2 flat:name _ I-ORG
        Daerah daerah PROPN 3 flat:name _ I-ORG
        Jambi jambi PROPN 4 flat:name _ E-ORG
        ( ( PUNCT 7 punct
        Perseroda perseroda PROPN 1 appos _ S-LOC
        ) ) PUNCT 7 punct
        menerbitkan terbit VERB 0 root
        obligasi obligasi NOUN 9 obj
        . . PUNCT 9 punct
    """)

LEAGUE_CLUB_SUBJECT_1 = conll('Klub Liga 3 Borneo Jaya FC memperkenalkan pelatih baru di Samarinda.', """
        Klub klub NOUN 7 nsubj
        Liga liga PROPN 1 nmod
        3 3 NUM 2 nummod
        Borneo borneo PROPN 1 nmod _ B-ORG
        Jaya jaya PROPN 4 flat:name _ I-ORG
        FC fc PROPN 5 flat:name _ E-ORG
        memperkenalkan kenal VERB 0 root
        pelatih latih NOUN 7 obj
        baru baru ADJ 8 amod
        di di ADP 11 case
        Samarinda samarinda PROPN 8 nmod _ S-LOC
        . . PUNCT 7 punct
    """)

LEAGUE_CLUB_SUBJECT_2 = conll('Klub yang bermarkas di Kota Balikpapan itu menargetkan promosi.', """
        Klub klub NOUN 8 nsubj
        yang yang PRON 3 nsubj
        bermarkas markas VERB 1 acl:relcl
        di di ADP 5 case
        Kota kota PROPN 3 obl _ B-LOC
        Balikpapan balikpapan PROPN 5 flat:name _ E-LOC
        itu itu DET 5 det
        menargetkan target VERB 0 root
        promosi promosi NOUN 8 obj
        . . PUNCT 8 punct
    """)

CEO_NOW = conll('CEO Kopiloka saat ini, Rendra Wijaya, mengumumkan rencana ekspansi.', """
        CEO ceo PROPN 9 nsubj
        Kopiloka kopiloka PROPN 1 flat:name
        saat saat NOUN 1 compound
        ini ini DET 3 det
        , , PUNCT 3 punct
        Rendra rendra PROPN 9 nsubj _ B-PER
        Wijaya wijaya PROPN 6 flat:name _ E-PER
        , , PUNCT 9 punct
        mengumumkan umum VERB 0 root
        rencana rencana NOUN 9 obj
        ekspansi ekspansi NOUN 10 compound
        . . PUNCT 9 punct
    """)

CEO_AND_FOUNDER_1 = conll('Perusahaan rintisan Kopiloka menutup gerai.', """
        Perusahaan usaha NOUN 4 nsubj
        rintisan rintis NOUN 1 compound
        Kopiloka kopiloka PROPN 2 nmod _ S-PER
        menutup tutup VERB 0 root
        gerai gerai NOUN 4 obj
        . . PUNCT 4 punct
    """)

CEO_AND_FOUNDER_2 = conll('Hal itu dibenarkan CEO sekaligus salah satu pendiri Kopiloka, Rendra Wijaya.', """
        Hal hal NOUN 3 nsubj:pass
        itu itu DET 1 det
        dibenarkan benar VERB 0 root
        CEO ceo PROPN 3 obj _ S-ORG
        sekaligus sekaligus ADV 8 advmod
        salah salah ADJ 8 advmod
        satu satu NUM 6 nummod
        pendiri diri NOUN 3 obl
        Kopiloka kopiloka PROPN 8 nmod
        , , PUNCT 11 punct
        Rendra rendra PROPN 9 appos _ B-PER
        Wijaya wijaya PROPN 11 flat:name _ E-PER
        . . PUNCT 3 punct
    """)

FIELD_NOUN = conll('PT Sinar Niaga Tbk resmi mengakhiri kerja sama distribusi dengan PT Angkut Jaya.', """
        PT pt PROPN 6 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Niaga niaga PROPN 2 flat:name _ I-ORG
        Tbk tbk PROPN 3 flat:name _ E-ORG
        resmi resmi ADJ 6 amod
        mengakhiri akhir VERB 0 root
        kerja kerja NOUN 6 obj
        sama sama ADJ 7 amod
        distribusi distribusi VERB 6 xcomp
        dengan dengan ADP 11 case
        PT pt PROPN 9 obl _ B-ORG
        Angkut angkut PROPN 11 flat:name _ I-ORG
        Jaya jaya PROPN 12 flat:name _ E-ORG
        . . PUNCT 6 punct
    """)

FACTORY = conll('Pabrik Gula Madukismo Baru berada di Bantul.', """
        Pabrik pabrik PROPN 5 nsubj
        Gula gula PROPN 1 flat:name
        Madukismo madukismo PROPN 2 flat:name
        Baru baru PROPN 3 flat:name
        berada ada VERB 0 root
        di di ADP 7 case
        Bantul bantul PROPN 5 obl _ S-LOC
        . . PUNCT 5 punct
    """)


DATELINE_ONLY_ORG_1 = conll('Kompas.com, BANDUNG', """
        Kompas.com kompas.com PROPN 0 root
        , , PUNCT 3 punct
        BANDUN bandun PROPN 1 appos _ B-ORG
        G g PROPN 3 flat:name _ E-ORG
    """)

DATELINE_ONLY_ORG_2 = conll('Harga teh naik tajam pekan ini.', """
        Harga harga NOUN 3 nsubj
        teh teh NOUN 1 compound
        naik naik VERB 0 root
        tajam tajam ADJ 3 amod
        pekan pekan NOUN 3 obj
        ini ini DET 5 det
        . . PUNCT 3 punct
    """)

DATELINE_ONLY_ORG_3 = conll('Perusahaan tersebut menggandeng PT Kebun Raya Lestari.', """
        Perusahaan usaha NOUN 3 nsubj
        tersebut tersebut DET 1 det
        menggandeng gandeng VERB 0 root
        PT pt PROPN 3 obj _ B-ORG
        Kebun kebun PROPN 4 flat:name _ I-ORG
        Raya raya PROPN 5 flat:name _ I-ORG
        Lestari lestari PROPN 6 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)

ACRONYM_CUT_1 = conll('Jakarta (ANTARA)', """
        Jakarta jakarta PROPN 0 root _ S-LOC
        ( ( PUNCT 3 punct
        ANTARA antara PROPN 1 appos
        ) ) PUNCT 3 punct
    """)

ACRONYM_CUT_2 = conll('Organisasi Kerja Sama Kehutanan Asia Tenggara (OKKAT) membantah kabar akan memindahkan markas besarnya dari Jakarta ke Manila.', """
        Organisasi organisasi NOUN 10 nsubj
        Kerja kerja NOUN 1 compound
        Sama sama ADJ 2 amod
        Kehutanan kehutanan PROPN 1 appos
        Asia asia PROPN 4 flat:name
        Tenggara tenggara PROPN 5 flat:name
        ( ( PUNCT 8 punct
        OKKAT okkat PROPN 4 appos _ S-ORG
        ) ) PUNCT 8 punct
        membantah bantah VERB 0 root
        kabar kabar NOUN 10 obj
        akan akan AUX 13 aux
        memindahkan pindah VERB 10 xcomp
        markas markas NOUN 13 obj
        besar besar ADJ 14 amod
        nya dia PRON 15 det
        dari dari ADP 18 case
        Jakarta jakarta PROPN 14 nmod _ S-LOC
        ke ke ADP 20 case
        Manila manila PROPN 18 nmod _ S-LOC
        . . PUNCT 10 punct
    """)

PLACE_OPENS_CLUB = conll('Hal itu disampaikan Presiden Semarang Jaya FC, Hendro Wibisono.', """
        Hal hal NOUN 3 nsubj:pass
        itu itu DET 1 det
        disampaikan sampai VERB 0 root
        Presiden presiden PROPN 3 obj
        Semarang semarang PROPN 4 flat:name
        Jaya jaya PROPN 5 flat:name
        FC fc PROPN 6 flat:name _ S-ORG
        , , PUNCT 9 punct
        Hendro hendro PROPN 4 appos _ B-PER
        Wibisono wibisono PROPN 9 flat:name _ E-PER
        . . PUNCT 3 punct
    """)

CLASSIFIED_1 = conll('PT Sinar Niaga mengakhiri kerja sama dengan PT Angkut Jaya.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Niaga niaga PROPN 2 flat:name _ E-ORG
        mengakhiri akhir VERB 0 root
        kerja kerja NOUN 4 obj
        sama sama ADJ 5 amod
        dengan dengan ADP 8 case
        PT pt PROPN 4 obl _ B-ORG
        Angkut angkut PROPN 8 flat:name _ I-ORG
        Jaya jaya PROPN 9 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)

CLASSIFIED_2 = conll('Sebagai gantinya, perusahaan maskapai tersebut menggandeng PT Kirim Nusantara.', """
        Sebagai sebagai ADP 2 case
        ganti ganti NOUN 8 obl
        nya dia PRON 2 nmod:poss
        , , PUNCT 2 punct
        perusahaan usaha NOUN 8 nsubj
        maskapai maskapai NOUN 5 compound
        tersebut tersebut DET 5 det
        menggandeng gandeng VERB 0 root
        PT pt PROPN 8 obj _ B-ORG
        Kirim kirim PROPN 9 flat:name _ I-ORG
        Nusantara nusantara PROPN 10 flat:name _ E-ORG
        . . PUNCT 8 punct
    """)


OFFICE_KIND_NOUN = conll('Herman Santoso tidak lagi menjabat presiden klub Borneo Jaya FC.', """
        Herman herman PROPN 5 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        tidak tidak PART 5 advmod
        lagi lagi ADV 5 advmod
        menjabat jabat VERB 0 root
        presiden presiden NOUN 5 obj
        klub klub NOUN 6 compound
        Borneo borneo PROPN 7 nmod _ B-ORG
        Jaya jaya PROPN 8 flat:name _ I-ORG
        FC fc PROPN 9 flat:name _ E-ORG
        . . PUNCT 5 punct
    """)

OFFICE_ON_OBJECT = conll('Rapat umum pemegang saham Persatuan Sepak Bola Sinar Kapuas menetapkan pengusaha kayu Joni Tambunan sebagai presiden klub yang baru.', """
        Rapat rapat NOUN 10 nsubj
        umum umum ADJ 1 amod
        pemegang pegang NOUN 1 compound
        saham saham NOUN 3 compound
        Persatuan persatuan PROPN 4 nmod _ B-ORG
        Sepak sepak PROPN 5 flat:name _ I-ORG
        Bola bola PROPN 6 flat:name _ I-ORG
        Sinar sinar PROPN 7 flat:name _ I-ORG
        Kapuas kapuas PROPN 8 flat:name _ E-ORG
        menetapkan tetap VERB 0 root
        pengusaha usaha NOUN 10 obj
        kayu kayu NOUN 11 compound
        Joni joni PROPN 12 nmod _ B-PER
        Tambunan tambunan PROPN 13 flat:name _ E-PER
        sebagai sebagai ADP 16 case
        presiden presiden NOUN 11 nmod
        klub klub NOUN 16 compound
        yang yang PRON 19 nsubj
        baru baru ADJ 16 amod
        . . PUNCT 10 punct
    """)


GIVEN_NAME_WORD = conll('Direktur Utama Karya Mesin Nusantara, Bagus Hartanto Wibowo, menargetkan 500 unit terjual.', """
        Direktur direktur NOUN 11 nsubj
        Utama utama ADJ 1 amod
        Karya karya PROPN 1 nmod
        Mesin mesin PROPN 3 flat:name
        Nusantara nusantara PROPN 4 flat:name
        , , PUNCT 1 punct
        Bagus bagus PROPN 11 nsubj
        Hartanto hartanto PROPN 7 flat:name _ B-PER
        Wibowo wibowo PROPN 8 flat:name _ E-PER
        , , PUNCT 11 punct
        menargetkan target VERB 0 root
        500 500 NUM 13 nummod
        unit unit NOUN 11 obj
        terjual jual VERB 13 amod
        . . PUNCT 11 punct
    """)

BADMINTON_CLUB = conll('Ketua Umum PB Rajawali Muda, Hendra Susanto, mengaku belum menerima surat resmi.', """
        Ketua ketua NOUN 10 nsubj
        Umum umum PROPN 1 nmod
        PB pb PROPN 2 flat:name _ S-ORG
        Rajawali rajawali PROPN 3 flat:name _ B-PER
        Muda muda PROPN 4 flat:name _ E-PER
        , , PUNCT 7 punct
        Hendra hendra PROPN 10 nsubj _ B-PER
        Susanto susanto PROPN 7 flat:name _ E-PER
        , , PUNCT 10 punct
        mengaku aku VERB 0 root
        belum belum PART 12 advmod
        menerima terima VERB 10 xcomp
        surat surat NOUN 12 obj
        resmi resmi ADJ 13 amod
        . . PUNCT 10 punct
    """)

SEAT_BEFORE_NAME = conll('Perusahaan rintisan agritech berbasis di Malang, Panen Pintar, membuka kantor cabang di Makassar.', """
        Perusahaan usaha NOUN 4 nsubj
        rintisan rintis NOUN 1 compound
        agritech agritech NOUN 2 compound
        berbasis basis VERB 0 root
        di di ADP 6 case
        Malang malang PROPN 4 obl _ S-LOC
        , , PUNCT 6 punct
        Panen panen PROPN 6 appos _ B-LOC
        Pintar pintar PROPN 8 flat:name _ E-LOC
        , , PUNCT 11 punct
        membuka buka VERB 4 conj
        kantor kantor NOUN 11 obj
        cabang cabang NOUN 12 compound
        di di ADP 15 case
        Makassar makassar PROPN 12 nmod _ S-LOC
        . . PUNCT 11 punct
    """)

NOT_A_RIVAL = conll('Budi menegaskan PT Teh Pagi Lestari bukan pesaing Teh Senja.', """
        Budi budi PROPN 2 nsubj _ S-PER
        menegaskan tegas VERB 0 root
        PT pt PROPN 2 obj _ B-ORG
        Teh teh PROPN 3 flat:name _ I-ORG
        Pagi pagi PROPN 4 flat:name _ I-ORG
        Lestari lestari PROPN 5 flat:name _ E-ORG
        bukan bukan PART 8 advmod
        pesaing saing NOUN 2 obj
        Teh teh PROPN 8 nmod
        Senja senja PROPN 9 flat:name
        . . PUNCT 2 punct
    """)

TOGETHER_DESCRIBED = conll('PT Surya Angkasa bersama perusahaan energi asal Denmark, Vindkraft Nord, membangun pembangkit listrik tenaga angin di Sidrap.', """
        PT pt PROPN 13 nsubj _ B-ORG
        Surya surya PROPN 1 flat:name _ I-ORG
        Angkasa angkasa PROPN 2 flat:name _ E-ORG
        bersama bersama ADP 5 case
        perusahaan usaha NOUN 1 nmod
        energi energi NOUN 5 compound
        asal asal ADP 8 case
        Denmark denmark PROPN 5 nmod _ S-LOC
        , , PUNCT 8 punct
        Vindkraft vindkraft PROPN 8 appos _ B-PER
        Nord nord PROPN 10 flat:name _ E-PER
        , , PUNCT 13 punct
        membangun bangun VERB 0 root
        pembangkit bangkit NOUN 13 obj
        listrik listrik NOUN 14 compound
        tenaga tenaga NOUN 15 compound
        angin angin NOUN 16 compound
        di di ADP 19 case
        Sidrap sidrap PROPN 14 nmod _ S-LOC
        . . PUNCT 13 punct
    """)


MADE_BY_MAKER = conll('Kapal nelayan Bintang Laut buatan PT Galangan Samudra mulai beroperasi di Ambon.', """
        Kapal kapal NOUN 9 nsubj
        nelayan nelayan NOUN 1 compound
        Bintang bintang NOUN 2 compound
        Laut laut NOUN 3 compound
        buatan buat NOUN 3 compound
        PT pt PROPN 5 nmod _ B-ORG
        Galangan galangan PROPN 6 flat:name _ I-ORG
        Samudra samudra PROPN 7 flat:name _ E-ORG
        mulai mulai VERB 0 root
        beroperasi operasi VERB 9 xcomp
        di di ADP 12 case
        Ambon ambon PROPN 10 obl _ S-LOC
        . . PUNCT 9 punct
    """)

CLASS_WORD_LAST = conll('Sentosa MPV mulai dijual di dealer resmi di Surabaya.', """
        Sentosa sentosa PROPN 3 nsubj
        MPV mpv PROPN 1 flat:name
        mulai mulai VERB 0 root
        dijual jual VERB 3 xcomp
        di di ADP 6 case
        dealer dealer NOUN 4 obl
        resmi resmi ADJ 6 amod
        di di ADP 9 case
        Surabaya surabaya PROPN 6 nmod _ S-LOC
        . . PUNCT 4 punct
    """)

DRONE_CUE = conll('Drone Pemantau Hutan Rajawali buatan Universitas Lambung Mangkurat diuji di Banjarbaru.', """
        Drone drone PROPN 9 nsubj:pass
        Pemantau pemantau PROPN 1 flat:name
        Hutan hutan PROPN 2 flat:name
        Rajawali rajawali PROPN 3 flat:name
        buatan buat NOUN 1 compound
        Universitas universitas PROPN 5 nmod _ B-ORG
        Lambung lambung PROPN 6 flat:name _ I-ORG
        Mangkurat mangkurat PROPN 7 flat:name _ E-ORG
        diuji uji VERB 0 root
        di di ADP 11 case
        Banjarbaru banjarbaru PROPN 9 obl _ S-LOC
        . . PUNCT 9 punct
    """)


HELD_SINCE_1 = conll('Perusahaan teknologi finansial DompetKu tengah menyiapkan pergantian pimpinan.', """
        Perusahaan usaha NOUN 6 nsubj
        teknologi teknologi NOUN 1 compound
        finansial finansial ADJ 2 amod
        DompetKu dompetku PROPN 3 nmod
        tengah tengah AUX 6 aux
        menyiapkan siap VERB 0 root
        pergantian ganti NOUN 6 obj
        pimpinan pimpin NOUN 7 compound
        . . PUNCT 6 punct
    """)

HELD_SINCE_2 = conll('Rudi Hartono telah menjabat CEO sejak perusahaan itu berdiri pada 2017.', """
        Rudi rudi PROPN 4 nsubj _ B-PER
        Hartono hartono PROPN 1 flat:name _ E-PER
        telah telah AUX 4 aux
        menjabat jabat VERB 0 root
        CEO ceo PROPN 4 obj _ S-ORG
        sejak sejak ADP 7 case
        perusahaan usaha NOUN 4 obl
        itu itu DET 7 det
        berdiri diri VERB 4 advcl
        pada pada ADP 9 mark
        2017 2017 NUM 9 nummod
        . . PUNCT 4 punct
    """)

ORPHAN_PASSIVE = conll('Sejumlah sumber menyebut Chief Operating Officer (COO) DompetKu, Dimas Pratama, bakal ditunjuk sebagai CEO menggantikan Rudi Hartono.', """
        Sejumlah jumlah DET 2 det
        sumber sumber NOUN 3 nsubj
        menyebut sebut VERB 0 root
        Chief chief PROPN 3 obj _ B-PER
        Operating operating PROPN 4 flat:name _ I-PER
        Officer officer PROPN 5 flat:name _ E-PER
        ( ( PUNCT 8 punct
        COO coo PROPN 4 appos
        ) ) PUNCT 8 punct
        DompetKu dompetku PROPN 8 flat:name
        , , PUNCT 12 punct
        Dimas dimas PROPN 10 appos _ B-PER
        Pratama pratama PROPN 12 flat:name _ E-PER
        , , PUNCT 16 punct
        bakal bakal ADV 16 advmod
        ditunjuk tunjuk VERB 3 conj
        sebagai sebagai ADP 18 case
        CEO ceo PROPN 16 obl _ S-ORG
        menggantikan ganti VERB 16 xcomp
        Rudi rudi PROPN 19 obj _ B-PER
        Hartono hartono PROPN 20 flat:name _ E-PER
        . . PUNCT 16 punct
    """)


LIFE_EVENT = conll('Grup musik Bintang Fajar mengumumkan pembubaran Senja Band di Jakarta.', """
        Grup grup NOUN 5 nsubj
        musik musik NOUN 1 compound
        Bintang bintang PROPN 2 nmod _ B-ORG
        Fajar fajar PROPN 3 flat:name _ E-ORG
        mengumumkan umum VERB 0 root
        pembubaran bubar NOUN 5 obj
        Senja senja PROPN 6 nmod
        Band band PROPN 7 flat:name
        di di ADP 10 case
        Jakarta jakarta PROPN 6 nmod _ S-LOC
        . . PUNCT 5 punct
    """)

DEGREE_AFTER_NAME = conll('Ia digantikan oleh M. Saud, BA. yang sebelumnya menjabat sebagai Kepala SMA Negeri 75 Jakarta.', """
        Ia dia PRON 2 nsubj:pass
        digantikan ganti VERB 0 root
        oleh oleh ADP 4 case
        M. m. PROPN 2 obl _ B-PER
        Saud saud PROPN 4 flat:name _ E-PER
        , , PUNCT 4 punct
        BA. ba. PROPN 4 appos _ S-PER
        yang yang PRON 10 nsubj
        sebelumnya sebelumnya ADV 10 advmod
        menjabat jabat VERB 4 acl:relcl
        sebagai sebagai ADP 12 case
        Kepala kepala PROPN 10 obl
        SMA sma PROPN 12 flat:name _ B-ORG
        Negeri negeri PROPN 13 flat:name _ I-ORG
        75 75 NUM 14 nummod _ I-ORG
        Jakarta jakarta PROPN 12 nmod _ E-ORG
        . . PUNCT 2 punct
    """)


CURRENT_CHIEF_1 = conll('PT Baja Cilegon Perkasa adalah perusahaan baja di Cilegon.', """
        PT pt PROPN 6 nsubj _ B-ORG
        Baja baja PROPN 1 flat:name _ I-ORG
        Cilegon cilegon PROPN 2 flat:name _ I-ORG
        Perkasa perkasa PROPN 3 flat:name _ E-ORG
        adalah adalah AUX 6 cop
        perusahaan usaha NOUN 0 root
        baja baja NOUN 6 compound
        di di ADP 9 case
        Cilegon cilegon PROPN 6 nmod _ S-LOC
        . . PUNCT 6 punct
    """)

CURRENT_CHIEF_2 = conll('Presiden Direktur saat ini adalah Hendra Wijaya.', """
        Presiden presiden NOUN 6 nsubj
        Direktur direktur NOUN 1 compound
        saat saat NOUN 1 compound
        ini ini DET 3 det
        adalah adalah AUX 6 cop
        Hendra hendra PROPN 0 root _ B-PER
        Wijaya wijaya PROPN 6 flat:name _ E-PER
        . . PUNCT 6 punct
    """)

BRACKETED_TITLE = conll('Konser itu dihadiri Rina dan Taemin (ketua dari Bintang Band).', """
        Konser konser NOUN 3 nsubj:pass
        itu itu DET 1 det
        dihadiri hadir VERB 0 root
        Rina rina PROPN 3 obj _ S-PER
        dan dan CCONJ 6 cc
        Taemin taemin PROPN 4 conj _ S-PER
        ( ( PUNCT 8 punct
        ketua ketua NOUN 4 appos
        dari dari ADP 10 case
        Bintang bintang PROPN 8 nmod _ B-ORG
        Band band PROPN 10 flat:name _ E-ORG
        ) ) PUNCT 8 punct
        . . PUNCT 3 punct
    """)

PARENT_APPOSED_1 = conll('Jetstar adalah maskapai berbiaya rendah.', """
        Jetstar jetstar PROPN 3 nsubj
        adalah adalah AUX 3 cop
        maskapai maskapai NOUN 0 root
        berbiaya biaya VERB 3 acl
        rendah rendah ADJ 4 amod
        . . PUNCT 3 punct
    """)

PARENT_APPOSED_2 = conll('Perusahaan induknya, Qantas, memegang saham Jetstar Asia.', """
        Perusahaan usaha NOUN 7 nsubj
        induk induk NOUN 1 compound
        nya dia PRON 2 nmod:poss
        , , PUNCT 1 punct
        Qantas qantas PROPN 7 nsubj _ S-PER
        , , PUNCT 7 punct
        memegang pegang VERB 0 root
        saham saham NOUN 7 obj
        Jetstar jetstar PROPN 8 nmod
        Asia asia PROPN 9 flat:name _ S-LOC
        . . PUNCT 7 punct
    """)


GIVEN_NAME_PRIOR = conll('Kepala Dinas Pariwisata Jawa Tengah Rahmat Purba meninjau terminal itu.', """
        Kepala kepala NOUN 8 nsubj
        Dinas dinas PROPN 1 flat:name
        Pariwisata pariwisata PROPN 2 flat:name
        Jawa jawa PROPN 3 flat:name
        Tengah tengah PROPN 4 flat:name
        Rahmat rahmat PROPN 4 flat:name
        Purba purba PROPN 6 flat:name
        meninjau tinjau VERB 0 root
        terminal terminal NOUN 8 obj
        itu itu DET 9 det
        . . PUNCT 8 punct
    """)

FUNCTION_AFTER_TITLE_WORD = conll('Direktur Niaga Garuda Biru Air, Yosua Hutapea, hadir dalam acara itu.', """
        Direktur direktur PROPN 10 nsubj
        Niaga niaga PROPN 1 flat:name
        Garuda garuda PROPN 2 flat:name _ B-ORG
        Biru biru PROPN 3 flat:name _ I-ORG
        Air air PROPN 4 flat:name _ E-ORG
        , , PUNCT 7 punct
        Yosua yosua PROPN 1 appos _ B-PER
        Hutapea hutapea PROPN 7 flat:name _ E-PER
        , , PUNCT 10 punct
        hadir hadir VERB 0 root
        dalam dalam ADP 12 case
        acara acara NOUN 10 obl
        itu itu DET 12 det
        . . PUNCT 10 punct
    """)


PREDECESSOR_NEXT_1 = conll('Irjen Pol Bambang Susilo dilantik sebagai Kepala Badan Pengawas Laut Nasional.', """
        Irjen irjen PROPN 5 nsubj:pass
        Pol pol PROPN 1 flat:name
        Bambang bambang PROPN 2 flat:name _ B-PER
        Susilo susilo PROPN 3 flat:name _ E-PER
        dilantik lantik VERB 0 root
        sebagai sebagai ADP 7 case
        Kepala kepala NOUN 5 obl
        Badan badan PROPN 7 nmod
        Pengawas pengawas PROPN 8 flat:name
        Laut laut PROPN 9 flat:name
        Nasional nasional PROPN 10 flat:name
        . . PUNCT 5 punct
    """)

PREDECESSOR_NEXT_2 = conll('Ia menggantikan Irjen Pol Hadi Santoso, yang tidak lagi menjabat karena pensiun.', """
        Ia dia PRON 2 nsubj
        menggantikan ganti VERB 0 root
        Irjen irjen PROPN 2 obj _ B-PER
        Pol pol PROPN 3 flat:name _ I-PER
        Hadi hadi PROPN 4 flat:name _ I-PER
        Santoso santoso PROPN 5 flat:name _ E-PER
        , , PUNCT 2 punct
        yang yang PRON 11 nsubj
        tidak tidak PART 11 advmod
        lagi lagi ADV 11 advmod
        menjabat jabat VERB 3 acl:relcl
        karena karena SCONJ 13 mark
        pensiun pensiun NOUN 11 advcl
        . . PUNCT 2 punct
    """)

REFLEXIVE_APPOINTED = conll('Mantan bankir Rudi Tanoto membantah kabar bahwa dirinya akan ditunjuk sebagai Direktur Utama PT Bank Sentosa Raya Tbk.', """
        Mantan mantan NOUN 5 nsubj
        bankir bankir NOUN 1 compound
        Rudi rudi PROPN 2 nmod _ B-PER
        Tanoto tanoto PROPN 3 flat:name _ E-PER
        membantah bantah VERB 0 root
        kabar kabar NOUN 5 obj
        bahwa bahwa SCONJ 11 mark
        diri diri PRON 11 nsubj:pass
        nya dia PRON 8 nmod:poss
        akan akan AUX 11 aux
        ditunjuk tunjuk VERB 5 ccomp
        sebagai sebagai ADP 13 case
        Direktur direktur NOUN 11 obl
        Utama utama ADJ 13 amod
        PT pt PROPN 13 nmod _ B-ORG
        Bank bank PROPN 15 flat:name _ I-ORG
        Sentosa sentosa PROPN 16 flat:name _ I-ORG
        Raya raya PROPN 17 flat:name _ I-ORG
        Tbk tbk PROPN 18 flat:name _ E-ORG
        . . PUNCT 5 punct
    """)

REFLEXIVE_OBJECT = conll('Budi Santoso mengaku dirinya telah ditunjuk sebagai Direktur Utama PT Maju Jaya.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        mengaku aku VERB 0 root
        diri diri PRON 3 obj
        nya dia PRON 4 nmod:poss
        telah telah AUX 7 aux
        ditunjuk tunjuk VERB 3 ccomp
        sebagai sebagai ADP 9 case
        Direktur direktur NOUN 7 obl
        Utama utama ADJ 9 amod
        PT pt PROPN 9 nmod _ B-ORG
        Maju maju PROPN 11 flat:name _ I-ORG
        Jaya jaya PROPN 12 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)



RIVAL_DESCRIBED_1 = conll('KOMPAS.com', """
        KOMPAS.com kompas.com PROPN 0 root _ S-ORG
    """)

RIVAL_DESCRIBED_2 = conll('Perusahaan ritel daring BelanjaKu menurunkan ongkos kirim.', """
        Perusahaan usaha NOUN 5 nsubj
        ritel ritel NOUN 1 compound
        daring daring NOUN 2 compound
        BelanjaKu belanjaku PROPN 3 flat:name
        menurunkan turun VERB 0 root
        ongkos ongkos NOUN 5 obj
        kirim kirim VERB 6 amod
        . . PUNCT 5 punct
    """)

RIVAL_DESCRIBED_3 = conll('Hal itu dinilai sebagai upaya menghadapi pesaing utamanya perusahaan asal Singapura, ShopKu, di Jawa.', """
        Hal hal NOUN 3 nsubj:pass
        itu itu DET 1 det
        dinilai nilai VERB 0 root
        sebagai sebagai ADP 5 case
        upaya upaya NOUN 3 obl
        menghadapi hadap VERB 3 xcomp
        pesaing saing NOUN 6 obj
        utama utama ADJ 7 amod
        nya dia PRON 8 det
        perusahaan usaha NOUN 7 compound
        asal asal ADP 12 case
        Singapura singapura PROPN 10 nmod _ S-LOC
        , , PUNCT 12 punct
        ShopKu shopku PROPN 12 appos _ S-LOC
        , , PUNCT 14 punct
        di di ADP 17 case
        Jawa jawa PROPN 12 nmod _ S-LOC
        . . PUNCT 3 punct
    """)


SOLD_ALL = conll('Konglomerasi asal Hong Kong, Jade River Holdings, telah melepas seluruh sahamnya di PT Nikel Timur Raya.', """
        Konglomerasi konglomerasi PROPN 11 nsubj
        asal asal ADP 3 case
        Hong hong PROPN 1 nmod _ B-LOC
        Kong kong PROPN 3 flat:name _ E-LOC
        , , PUNCT 3 punct
        Jade jade PROPN 1 appos _ B-LOC
        River river PROPN 6 flat:name _ I-LOC
        Holdings holdings PROPN 7 flat:name _ E-LOC
        , , PUNCT 11 punct
        telah telah AUX 11 aux
        melepas lepas VERB 0 root
        seluruh seluruh DET 13 det
        saham saham NOUN 11 obj
        nya dia PRON 13 nmod:poss
        di di ADP 16 case
        PT pt PROPN 13 nmod _ B-ORG
        Nikel nikel PROPN 16 flat:name _ I-ORG
        Timur timur PROPN 17 flat:name _ I-ORG
        Raya raya PROPN 18 flat:name _ E-ORG
        . . PUNCT 11 punct
    """)

SALE_PLANNED = conll('Jade River Holdings berencana melepas seluruh sahamnya di PT Nikel Timur Raya.', """
        Jade jade PROPN 4 nsubj _ B-PER
        River river PROPN 1 flat:name _ I-PER
        Holdings holdings PROPN 2 flat:name _ E-PER
        berencana rencana VERB 0 root
        melepas lepas VERB 4 xcomp
        seluruh seluruh DET 7 det
        saham saham NOUN 5 obj
        nya dia PRON 7 nmod:poss
        di di ADP 10 case
        PT pt PROPN 7 nmod _ B-ORG
        Nikel nikel PROPN 10 flat:name _ I-ORG
        Timur timur PROPN 11 flat:name _ I-ORG
        Raya raya PROPN 12 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)


def test_a_datelines_outlet_is_no_antecedent(lexicon: Lexicon) -> None:
    doc = doc_of(DATELINE_NOT_ANTECEDENT_1, DATELINE_NOT_ANTECEDENT_2, DATELINE_NOT_ANTECEDENT_3)
    claims = claims_of(doc, lexicon)
    assert ("Siam Leaf", "partnersWith", "PT Kebun Raya Lestari") in claims
    assert ("Siam Leaf", "basedIn", "Thailand") in claims  # a retail chain's apposed name is an organisation
    # the outlet the only organisation before "Perusahaan tersebut": the description points at no one
    claims = claims_of(doc_of(DATELINE_ONLY_ORG_1, DATELINE_ONLY_ORG_2, DATELINE_ONLY_ORG_3), lexicon)
    assert not any("Kompas.com" in (s, o) for s, _, o in claims)


def test_an_outlet_alone_is_a_dateline_too(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(OUTLET_ALONE_1, OUTLET_ALONE_2, OUTLET_ALONE_3), lexicon)
    assert ("KirimCepat", "competesWith", "AntarKilat") in claims
    assert not any("Liputan6.com" in (s, o) for s, _, o in claims)


def test_a_regency_between_title_and_holder(lexicon: Lexicon) -> None:
    doc = doc_of(REGENCY_BEFORE_HOLDER)
    assert _types(doc, lexicon).get("Sumba Timur") == "Place"
    assert ("Umbu Lili Pekuwali", "leads", "Sumba Timur") in claims_of(doc, lexicon)


def test_perseroda_is_part_of_the_name(lexicon: Lexicon) -> None:
    assert _types(doc_of(PERSERODA), lexicon).get("PT Bank Pembangunan Daerah Jambi (Perseroda)") == "Organization"


def test_an_acronym_joins_the_halves_it_spells(lexicon: Lexicon) -> None:
    doc = doc_of(ACRONYM_CUT_1, ACRONYM_CUT_2)
    assert _types(doc, lexicon).get("Organisasi Kerja Sama Kehutanan Asia Tenggara") == "Organization"
    assert claims_of(doc, lexicon).get(("Organisasi Kerja Sama Kehutanan Asia Tenggara", "basedIn", "Manila")) == (
        "negated")


def test_the_club_a_description_names_last_is_the_subject(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(LEAGUE_CLUB_SUBJECT_1, LEAGUE_CLUB_SUBJECT_2), lexicon)
    assert ("Borneo Jaya FC", "basedIn", "Kota Balikpapan") in claims
    assert not any(s.startswith("Liga") for s, _, _ in claims)


def test_a_place_opening_a_clubs_name_stays_in_it(lexicon: Lexicon) -> None:
    doc = doc_of(PLACE_OPENS_CLUB)
    assert ("Hendro Wibisono", "leads", "Semarang Jaya FC") in claims_of(doc, lexicon)
    assert "Jaya FC" not in _types(doc, lexicon)


def test_saat_ini_between_company_and_chief(lexicon: Lexicon) -> None:
    assert ("Rendra Wijaya", "ceoOf", "Kopiloka") in claims_of(doc_of(CEO_NOW), lexicon)


def test_a_chief_who_also_founded_the_company(lexicon: Lexicon) -> None:
    assert ("Rendra Wijaya", "ceoOf", "Kopiloka") in claims_of(doc_of(CEO_AND_FOUNDER_1, CEO_AND_FOUNDER_2), lexicon)


def test_a_classifying_noun_has_no_referent(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(CLASSIFIED_1, CLASSIFIED_2), lexicon)
    assert claims.get(("PT Sinar Niaga", "partnersWith", "PT Kirim Nusantara")) == "asserted"
    assert ("PT Angkut Jaya", "partnersWith", "PT Kirim Nusantara") not in claims
    assert claims.get(("PT Sinar Niaga", "partnersWith", "PT Angkut Jaya")) == "negated"


def test_a_field_noun_after_kerja_sama_carries_the_partner(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(FIELD_NOUN), lexicon)
    assert claims.get(("PT Sinar Niaga Tbk", "partnersWith", "PT Angkut Jaya")) == "negated"


def test_a_factory_is_a_site_not_a_seat_holder(lexicon: Lexicon) -> None:
    doc = doc_of(FACTORY)
    assert _types(doc, lexicon).get("Pabrik Gula Madukismo Baru") != "Organization"
    assert not any(p == "basedIn" for _, p, _ in claims_of(doc, lexicon))


def test_menjabat_presiden_klub_x(lexicon: Lexicon) -> None:
    doc = doc_of(OFFICE_KIND_NOUN)
    assert claims_of(doc, lexicon).get(("Herman Santoso", "leads", "Borneo Jaya FC")) == "negated"


def test_an_office_hung_on_the_appointed_object(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(OFFICE_ON_OBJECT), lexicon)
    assert claims.get(("Joni Tambunan", "leads", "Persatuan Sepak Bola Sinar Kapuas")) == "asserted"


def test_a_given_name_that_is_also_a_word_opens_the_holders_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(GIVEN_NAME_WORD), lexicon)
    assert ("Bagus Hartanto Wibowo", "ceoOf", "Karya Mesin Nusantara") in claims
    assert ("Bagus", "ceoOf", "Karya Mesin Nusantara") not in claims


def test_pb_opens_a_badminton_clubs_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(BADMINTON_CLUB), lexicon)
    assert ("Hendra Susanto", "leads", "PB Rajawali Muda") in claims
    assert not any(o == "PB" for _, _, o in claims)


def test_a_seat_phrase_before_the_apposed_name(lexicon: Lexicon) -> None:
    doc = doc_of(SEAT_BEFORE_NAME)
    assert _types(doc, lexicon).get("Panen Pintar") == "Organization"
    assert ("Panen Pintar", "basedIn", "Malang") in claims_of(doc, lexicon)


def test_a_denied_rivalry_under_a_speech_verb(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(NOT_A_RIVAL), lexicon)
    assert claims.get(("PT Teh Pagi Lestari", "competesWith", "Teh Senja")) == "negated"


def test_together_with_a_described_partner(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(TOGETHER_DESCRIBED), lexicon)
    assert ("PT Surya Angkasa", "partnersWith", "Vindkraft Nord") in claims


def test_a_name_made_by_a_maker_is_a_product(lexicon: Lexicon) -> None:
    doc = doc_of(MADE_BY_MAKER)
    assert _types(doc, lexicon).get("Bintang Laut") == "Product"
    assert ("Bintang Laut", "developedBy", "PT Galangan Samudra") in claims_of(doc, lexicon)


def test_a_model_named_with_its_class_is_a_product(lexicon: Lexicon) -> None:
    assert _types(doc_of(CLASS_WORD_LAST), lexicon).get("Sentosa MPV") == "Product"


def test_a_drone_is_a_product_noun_not_a_name(lexicon: Lexicon) -> None:
    doc = doc_of(DRONE_CUE)
    types = _types(doc, lexicon)
    assert types.get("Pemantau Hutan Rajawali") == "Product"
    assert not any(name.startswith("Drone") for name in types)


def test_a_bare_office_held_since_is_the_described_companys(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(HELD_SINCE_1, HELD_SINCE_2), lexicon)
    assert claims.get(("Rudi Hartono", "ceoOf", "DompetKu")) == "asserted"


def test_a_passive_appointment_hung_off_its_subject(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(HELD_SINCE_1, ORPHAN_PASSIVE), lexicon)
    assert claims.get(("Dimas Pratama", "ceoOf", "DompetKu")) == "speculative"


def test_a_life_event_before_a_name_is_no_product(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(LIFE_EVENT), lexicon)
    assert not any(p in ("announced", "releases") for _, p, _ in claims)


def test_a_degree_after_a_name_is_no_entity(lexicon: Lexicon) -> None:
    doc = doc_of(DEGREE_AFTER_NAME)
    assert "BA" not in _types(doc, lexicon)
    assert ("M. Saud", "leads", "SMA Negeri 75 Jakarta") in claims_of(doc, lexicon)


def test_a_bare_chiefs_title_opening_a_copula(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(CURRENT_CHIEF_1, CURRENT_CHIEF_2), lexicon)
    assert ("Hendra Wijaya", "ceoOf", "PT Baja Cilegon Perkasa") in claims


def test_a_bracketed_title_is_the_bracket_followers(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(BRACKETED_TITLE), lexicon)
    assert ("Taemin", "leads", "Bintang Band") in claims
    assert ("Rina", "leads", "Bintang Band") not in claims


def test_a_parent_apposed_to_perusahaan_induknya(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PARENT_APPOSED_1, PARENT_APPOSED_2), lexicon)
    assert ("Qantas", "investsIn", "Jetstar") in claims


def test_a_known_given_name_after_a_region_is_the_holder(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(GIVEN_NAME_PRIOR), lexicon)
    assert ("Rahmat Purba", "leads", "Dinas Pariwisata Jawa Tengah") in claims


def test_a_function_after_any_title_word_is_no_name(lexicon: Lexicon) -> None:
    types = _types(doc_of(FUNCTION_AFTER_TITLE_WORD), lexicon)
    assert "Garuda Biru Air" in types
    assert not any(name.startswith("Niaga") for name in types)


def test_the_one_replaced_in_the_next_sentence_held_the_office(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PREDECESSOR_NEXT_1, PREDECESSOR_NEXT_2), lexicon)
    assert claims.get(("Hadi Santoso", "leads", "Badan Pengawas Laut Nasional")) == "negated"


def test_dirinya_appointed_is_the_speaker(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(REFLEXIVE_APPOINTED), lexicon)
    assert claims.get(("Rudi Tanoto", "ceoOf", "PT Bank Sentosa Raya Tbk")) == "negated"
    claims = claims_of(doc_of(REFLEXIVE_OBJECT), lexicon)
    assert claims.get(("Budi Santoso", "ceoOf", "PT Maju Jaya")) == "asserted"


def test_a_described_rival_after_the_owned_noun(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(RIVAL_DESCRIBED_1, RIVAL_DESCRIBED_2, RIVAL_DESCRIBED_3), lexicon)
    assert ("BelanjaKu", "competesWith", "ShopKu") in claims


def test_selling_all_its_shares_ends_a_stake(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SOLD_ALL), lexicon)
    assert claims.get(("Jade River Holdings", "investsIn", "PT Nikel Timur Raya")) == "negated"
    # a planned sale says nothing sure of the stake: no claim either way
    assert not any(p == "investsIn" for _, p, _ in claims_of(doc_of(SALE_PLANNED), lexicon))
