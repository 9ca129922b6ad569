"""Twelfth session (2026-12-07): an unknown word opening a sentence before a comma and a typing noun is a name
("Bukalapak, perusahaan …"); an office's region may carry its country before the holder ("Gubernur New York AS X");
an organisation's name written with its seat and its short form in brackets is seated there ("Badan X di Jerman
(BX)"); a title without quotes may hold "dengan", and may be closed by its year, "yang" with a passive of making or
"hasil produksi"; a fronted time clause ("Setelah … kalah bersaing dengan Y, X …") takes the main clause's
subject; "A bersama dengan B VERB" is a partnership whatever the tagger made of "bersama"; an artist's record
released with no agent named is the artist's release, and a release date still to come ("10 Mei mendatang") hedges
it. Sentences written for the
tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

OPENING_UNKNOWN = (
conll('Bukalapak, perusahaan e-commerce yang berkantor pusat di Jakarta, melantai di bursa.', """
        Bukalapak bukalapak VERB 11 advcl
        , , PUNCT 1 punct
        perusahaan usaha NOUN 11 nsubj
        e-commerce e-commerce NOUN 3 compound
        yang yang PRON 6 nsubj
        berkantor kantor VERB 3 acl:relcl
        pusat pusat NOUN 6 obj
        di di ADP 9 case
        Jakarta jakarta PROPN 6 obl _ S-LOC
        , , PUNCT 11 punct
        melantai lanta VERB 0 root
        di di ADP 13 case
        bursa bursa NOUN 11 obl
        . . PUNCT 11 punct
    """)
)

REGION_COUNTRY = (
conll('Gubernur New York AS Andrew Cuomo menyatakan keadaan darurat.', """
        Gubernur gubernur NOUN 7 nsubj
        New new PROPN 1 nmod
        York york PROPN 2 flat:name
        AS as PROPN 3 flat:name
        Andrew andrew PROPN 4 flat:name _ B-PER
        Cuomo cuomo PROPN 5 flat:name _ E-PER
        menyatakan nyata VERB 0 root
        keadaan ada NOUN 7 obj
        darurat darurat ADJ 8 amod
        . . PUNCT 7 punct
    """)
)

REGION_WHOLE = (
conll('Saat Anies menjadi Gubernur DKI Jakarta, Ruhut sempat mengkritiknya.', """
        Saat saat SCONJ 3 mark
        Anies anies PROPN 3 nsubj _ S-PER
        menjadi jadi VERB 10 advcl
        Gubernur gubernur NOUN 3 obj
        DKI dki PROPN 4 nmod
        Jakarta jakarta PROPN 5 flat:name _ S-LOC
        , , PUNCT 3 punct
        Ruhut ruhut PROPN 10 nsubj _ S-PER
        sempat sempat ADV 10 advmod
        mengkritik kritik VERB 0 root
        nya dia PRON 10 obj
        . . PUNCT 10 punct
    """)
)

SEAT_IN_NAME = (
conll('Badan Riset Energi di Jerman (BRE) merilis laporan tahunan.', """
        Badan badan NOUN 9 nsubj _ B-ORG
        Riset riset NOUN 1 compound _ I-ORG
        Energi energi NOUN 2 compound _ E-ORG
        di di ADP 5 case
        Jerman jerman PROPN 1 nmod _ S-LOC
        ( ( PUNCT 7 punct
        BRE bre PROPN 5 appos _ S-LOC
        ) ) PUNCT 7 punct
        merilis rilis VERB 0 root
        laporan lapor NOUN 9 obj
        tahunan tahun NOUN 10 compound
        . . PUNCT 9 punct
    """)
)

SEAT_NOT_NAME = (
conll('Presiden bertemu Google di Jakarta (Selasa) untuk membahas investasi.', """
        Presiden presiden NOUN 2 nsubj
        bertemu temu VERB 0 root
        Google google PROPN 2 obj _ S-ORG
        di di ADP 5 case
        Jakarta jakarta PROPN 2 obl _ S-LOC
        ( ( PUNCT 7 punct
        Selasa selasa PROPN 5 appos
        ) ) PUNCT 7 punct
        untuk untuk SCONJ 10 mark
        membahas bahas VERB 2 xcomp
        investasi investasi NOUN 10 obj
        . . PUNCT 2 punct
    """)
)

TITLE_YEAR = (
conll('Ia bermain dalam sinetron Cinta Anak Sekolah (2009) yang di produksi oleh Starvision.', """
        Ia dia PRON 2 nsubj
        bermain main VERB 0 root
        dalam dalam ADP 4 case
        sinetron sinetron NOUN 2 obl
        Cinta cinta PROPN 4 nmod
        Anak anak PROPN 5 flat:name
        Sekolah sekolah PROPN 6 flat:name
        ( ( PUNCT 9 punct
        2009 2009 NUM 4 appos
        ) ) PUNCT 9 punct
        yang yang PRON 13 nsubj
        di di ADP 13 case
        produksi produksi NOUN 2 obl
        oleh oleh ADP 15 case
        Starvision starvision PROPN 13 nmod _ S-PER
        . . PUNCT 2 punct
    """)
)

TITLE_HASIL = (
conll('Dian Sastro bermain dalam film Ada Apa dengan Cinta hasil produksi Miles Films.', """
        Dian dian PROPN 3 nsubj _ B-PER
        Sastro sastro PROPN 1 flat:name _ E-PER
        bermain main VERB 0 root
        dalam dalam ADP 5 case
        film film NOUN 3 obl
        Ada ada VERB 3 xcomp
        Apa apa PRON 6 obj
        dengan dengan ADP 9 case
        Cinta cinta PROPN 7 nmod
        hasil hasil NOUN 9 compound
        produksi produksi NOUN 10 compound
        Miles miles PROPN 11 nmod _ B-PER
        Films films PROPN 12 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)

TITLE_COUNTRY = (
conll('Mencari Ayah adalah film Indonesia yang dirilis pada tahun 1974.', """
        Mencari mencari PROPN 4 nsubj
        Ayah ayah PROPN 1 flat:name _ S-PER
        adalah adalah AUX 4 cop
        film film NOUN 0 root
        Indonesia indonesia PROPN 4 nmod _ S-LOC
        yang yang PRON 7 nsubj:pass
        dirilis rilis VERB 4 acl:relcl
        pada pada ADP 9 case
        tahun tahun NOUN 7 obl
        1974 1974 NUM 9 nummod
        . . PUNCT 4 punct
    """)
)

FRONTED = (
conll('Setelah kandas di babak semifinal oleh Arema dan kalah bersaing dengan Persebaya di pentas liga, Persija harus berbenah.', """
        Setelah setelah ADP 2 case
        kandas kandas NOUN 19 obl
        di di ADP 4 case
        babak babak NOUN 2 nmod
        semifinal semifinal NOUN 4 compound
        oleh oleh ADP 7 case
        Arema arema PROPN 4 nmod _ S-PER
        dan dan CCONJ 9 cc
        kalah kalah VERB 4 conj
        bersaing saing VERB 9 xcomp
        dengan dengan ADP 12 case
        Persebaya persebaya PROPN 10 obl
        di di ADP 14 case
        pentas pentas NOUN 12 nmod
        liga liga NOUN 14 compound
        , , PUNCT 19 punct
        Persija persija PROPN 19 nsubj _ S-ORG
        harus harus AUX 19 advmod
        berbenah benah VERB 0 root
        . . PUNCT 19 punct
    """)
)

TOGETHER_VERB = (
conll('Indosat bersama dengan Nokia menggelar uji coba jaringan di Surabaya.', """
        Indosat indosat PROPN 2 nsubj
        bersama bersama VERB 0 root
        dengan dengan ADP 4 case
        Nokia nokia PROPN 2 obl _ S-PER
        menggelar gelar VERB 2 xcomp
        uji uji NOUN 5 obj
        coba coba NOUN 6 compound
        jaringan jaring NOUN 7 compound
        di di ADP 10 case
        Surabaya surabaya PROPN 6 nmod _ S-LOC
        . . PUNCT 2 punct
    """)
)

SINGLE_OF = (
conll('Cheer Up adalah singel perdana dari grup idola Korea Twice yang dirilis pada 2016.', """
        Cheer cheer PROPN 4 nsubj
        Up up PROPN 1 flat:name
        adalah adalah AUX 4 cop
        singel singel NOUN 0 root
        perdana perdana ADJ 4 amod
        dari dari ADP 7 case
        grup grup NOUN 4 nmod
        idola idola NOUN 7 compound
        Korea korea PROPN 8 nmod _ B-ORG
        Twice twice PROPN 9 flat:name _ E-ORG
        yang yang PRON 12 nsubj:pass
        dirilis rilis VERB 7 acl:relcl
        pada pada ADP 12 mark
        2016 2016 NUM 12 nummod
        . . PUNCT 4 punct
    """)
)

ALBUM_NEXT = (
conll('Taman Langit adalah nama album musik pertama Peterpan.', """
        Taman taman PROPN 4 nsubj
        Langit langit PROPN 1 flat:name
        adalah adalah AUX 4 cop
        nama nama NOUN 0 root
        album album NOUN 4 compound
        musik musik NOUN 5 compound
        pertama pertama ADJ 6 amod
        Peterpan peterpan PROPN 5 nmod
        . . PUNCT 4 punct
    """)
+ conll('Album ini diluncurkan pada tanggal 2 Mei 2003.', """
        Album album NOUN 3 nsubj:pass
        ini ini DET 1 det
        diluncurkan luncur VERB 0 root
        pada pada ADP 5 case
        tanggal tanggal NOUN 3 obl:tmod
        2 2 NUM 7 nummod
        Mei mei PROPN 5 nmod
        2003 2003 NUM 7 nummod
        . . PUNCT 3 punct
    """)
)

ALBUM_FUTURE = (
conll('Lagu itu menjadi bagian dari album terbaru Raisa, Handmade, yang dirilis 10 Mei mendatang.', """
        Lagu lagu NOUN 3 nsubj
        itu itu DET 1 det
        menjadi jadi VERB 0 root
        bagian bagi NOUN 3 obj
        dari dari ADP 6 case
        album album NOUN 4 nmod
        terbaru baru ADJ 6 amod
        Raisa raisa PROPN 6 nmod
        , , PUNCT 10 punct
        Handmade handmade PROPN 8 appos _ S-PER
        , , PUNCT 10 punct
        yang yang PRON 13 nsubj:pass
        dirilis rilis VERB 6 acl:relcl
        10 10 NUM 15 nummod
        Mei mei PROPN 13 obj
        mendatang datang VERB 15 amod
        . . PUNCT 3 punct
    """)
)

FILM_OF = (
conll('Kisah itu diangkat dalam film terbaru Hanung, Sang Pencerah, yang dirilis pada 2010.', """
        Kisah kisah NOUN 3 nsubj:pass
        itu itu DET 1 det
        diangkat angkat VERB 0 root
        dalam dalam ADP 5 case
        film film NOUN 3 obl
        terbaru baru ADJ 5 amod
        Hanung hanung PROPN 5 nmod _ S-PER
        , , PUNCT 9 punct
        Sang sang PROPN 7 appos _ B-PER
        Pencerah pencerah PROPN 9 flat:name _ E-PER
        , , PUNCT 9 punct
        yang yang PRON 13 nsubj:pass
        dirilis rilis VERB 5 acl:relcl
        pada pada ADP 13 mark
        2010 2010 NUM 13 nummod
        . . PUNCT 3 punct
    """)
)


RELEASE_FUTURE = (
conll('Raisa merilis album Handmade pada 10 Mei mendatang.', """
        Raisa raisa PROPN 2 nsubj _ S-PER
        merilis rilis VERB 0 root
        album album NOUN 2 obj
        Handmade handmade PROPN 3 nmod
        pada pada ADP 7 case
        10 10 NUM 7 nummod
        Mei mei PROPN 2 obl
        mendatang datang VERB 2 xcomp
        . . PUNCT 2 punct
    """)
)


RECORD_OWNED = (
conll('Label Nada Jaya mengemas ulang album "Langit Senja" milik grup musik Lentera yang pertama kali dirilis pada 2001.', """
        Label label PROPN 4 nsubj _ B-ORG
        Nada nada PROPN 1 flat:name _ I-ORG
        Jaya jaya PROPN 2 flat:name _ E-ORG
        mengemas kemas VERB 0 root
        ulang ulang NOUN 4 obj
        album album NOUN 5 compound
        " " PUNCT 8 punct
        Langit langit PROPN 6 appos
        Senja senja PROPN 8 flat:name
        " " PUNCT 8 punct
        milik milik NOUN 8 appos
        grup grup NOUN 11 compound
        musik musik NOUN 12 compound
        Lentera lentera PROPN 13 nmod _ S-LOC
        yang yang PRON 18 nsubj:pass
        pertama pertama ADJ 17 amod
        kali kali NOUN 18 advmod
        dirilis rilis VERB 11 acl:relcl
        pada pada ADP 18 mark
        2001 2001 NUM 18 nummod
        . . PUNCT 4 punct
    """)
)

RECORD_QUOTED = (
conll('"Angin di Pantai" merupakan album perdana karya grup vokal asal Manado, Suara Nusa.', """
        " " PUNCT 2 punct
        Angin angin NOUN 6 nsubj
        di di ADP 4 case
        Pantai pantai PROPN 2 nmod _ S-LOC
        " " PUNCT 4 punct
        merupakan rupa VERB 0 root
        album album NOUN 6 obj
        perdana perdana ADJ 7 amod
        karya karya NOUN 7 compound
        grup grup NOUN 9 compound
        vokal vokal NOUN 10 compound
        asal asal ADP 13 case
        Manado manado PROPN 10 nmod _ S-LOC
        , , PUNCT 13 punct
        Suara suara PROPN 13 appos _ B-LOC
        Nusa nusa PROPN 15 flat:name _ E-LOC
        . . PUNCT 6 punct
    """)
+ conll('Dirilis pada Senin, album itu langsung populer.', """
        Dirilis rilis VERB 8 advcl
        pada pada ADP 3 case
        Senin senin PROPN 1 obl
        , , PUNCT 1 punct
        album album NOUN 8 nsubj
        itu itu DET 5 det
        langsung langsung ADV 8 advmod
        populer populer ADJ 0 root
        . . PUNCT 8 punct
    """)
)


CO_AGENT = (
conll('Aplikasi Sapa Desa dikembangkan oleh Pemerintah Provinsi Jawa Tengah bersama Telkom.', """
        Aplikasi aplikasi PROPN 4 nsubj:pass
        Sapa sapa PROPN 1 flat:name
        Desa desa PROPN 2 flat:name
        dikembangkan kembang VERB 0 root
        oleh oleh ADP 6 case
        Pemerintah penperintah PROPN 4 obl
        Provinsi provinsi PROPN 6 flat:name
        Jawa jawa PROPN 7 flat:name _ B-LOC
        Tengah tengah PROPN 8 flat:name _ E-LOC
        bersama bersama ADP 11 case
        Telkom telkom PROPN 4 obl
        . . PUNCT 4 punct
    """)
)

JOINT_AGENTS = (
conll('Aplikasi SehatKu dikembangkan bersama oleh Universitas Andalas, RSUD Padang, dan PT Medika Farma.', """
        Aplikasi aplikasi PROPN 3 nsubj:pass
        SehatKu sehatku PROPN 1 flat:name
        dikembangkan kembang VERB 0 root
        bersama bersama ADP 6 case
        oleh oleh ADP 6 case
        Universitas universitas PROPN 3 obl _ B-ORG
        Andalas andalas PROPN 6 flat:name _ E-ORG
        , , PUNCT 9 punct
        RSUD rsud PROPN 6 conj _ B-LOC
        Padang padang PROPN 9 flat:name _ E-LOC
        , , PUNCT 13 punct
        dan dan CCONJ 13 cc
        PT pt PROPN 6 conj _ B-ORG
        Medika medika PROPN 13 flat:name _ I-ORG
        Farma farma PROPN 14 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)


BAND_ORIGIN = (
conll('Band indie asal Yogyakarta, Senandung Rindu, merilis album baru.', """
        Band band NOUN 9 nsubj
        indie indie PROPN 1 nmod
        asal asal ADP 4 case
        Yogyakarta yogyakarta PROPN 1 nmod _ S-LOC
        , , PUNCT 4 punct
        Senandung senandung PROPN 4 appos _ B-PER
        Rindu rindu PROPN 6 flat:name _ E-PER
        , , PUNCT 9 punct
        merilis rilis VERB 0 root
        album album NOUN 9 obj
        baru baru ADJ 10 amod
        . . PUNCT 9 punct
    """)
)

CLUB_PROVINCE = (
conll('Klub asal Jayapura, Papua, Kasuari FC, resmi mendatangkan pemain baru.', """
        Klub klub NOUN 11 nsubj
        asal asal ADP 3 case
        Jayapura jayapura PROPN 1 nmod _ S-LOC
        , , PUNCT 5 punct
        Papua papua PROPN 3 appos _ S-LOC
        , , PUNCT 7 punct
        Kasuari kasuari PROPN 5 appos _ B-ORG
        FC fc PROPN 7 flat:name _ E-ORG
        , , PUNCT 11 punct
        resmi resmi ADJ 11 advmod
        mendatangkan datang VERB 0 root
        pemain main NOUN 11 obj
        baru baru ADJ 12 amod
        . . PUNCT 11 punct
    """)
)


ROUND_LED = (
conll('Startup DinginKu meraih pendanaan seri A yang dipimpin East Ventures.', """
        Startup startup PROPN 3 nsubj
        DinginKu dinginku PROPN 1 flat:name
        meraih raih VERB 0 root
        pendanaan dana NOUN 3 obj
        seri seri NOUN 4 compound
        A a PROPN 5 nmod
        yang yang PRON 8 nsubj:pass
        dipimpin pimpin VERB 4 acl:relcl
        East east PROPN 8 obj _ B-ORG
        Ventures ventures PROPN 9 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

ROUND_THAT = (
conll('PT Kopi Pagi Nusantara mengumpulkan pendanaan baru senilai Rp50 miliar.', """
        PT pt PROPN 5 nsubj _ B-ORG
        Kopi kopi NOUN 1 compound _ I-ORG
        Pagi pagi PROPN 2 nmod _ I-ORG
        Nusantara nusantara PROPN 3 flat:name _ E-ORG
        mengumpulkan kumpul VERB 0 root
        pendanaan dana NOUN 5 obj
        baru baru ADJ 6 amod
        senilai nilai NOUN 6 compound
        Rp rp NOUN 8 compound
        50 50 NUM 11 nummod
        miliar miliar NUM 9 nummod
        . . PUNCT 5 punct
    """)
+ conll('Putaran pendanaan itu dipimpin oleh Meridian Peak Ventures dengan partisipasi Garuda Angkasa Capital.', """
        Putaran putaran NOUN 4 nsubj:pass
        pendanaan dana NOUN 1 compound
        itu itu DET 1 det
        dipimpin pimpin VERB 0 root
        oleh oleh ADP 6 case
        Meridian meridian PROPN 4 obl _ B-PER
        Peak peak PROPN 6 flat:name _ I-PER
        Ventures ventures PROPN 7 flat:name _ E-PER
        dengan dengan ADP 10 case
        partisipasi partisipasi NOUN 4 obl
        Garuda garuda PROPN 10 nmod _ B-ORG
        Angkasa angkasa PROPN 11 flat:name _ I-ORG
        Capital capital PROPN 12 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)

TEAM_LED = (
conll('Tim itu dipimpin oleh Budi Santoso sejak 2020.', """
        Tim tim NOUN 3 nsubj:pass
        itu itu DET 1 det
        dipimpin pimpin VERB 0 root
        oleh oleh ADP 5 case
        Budi budi PROPN 3 obl _ B-PER
        Santoso santoso PROPN 5 flat:name _ E-PER
        sejak sejak ADP 3 mark
        2020 2020 NUM 3 nummod
        . . PUNCT 3 punct
    """)
)


THROUGH_CHILD = (
conll('PT Sinar Ritel Jaya melalui anak usahanya, PT Toko Makmur, mengakuisisi 80 persen saham PT Apotek Sehat.', """
        PT pt PROPN 14 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Ritel ritel PROPN 2 flat:name _ I-ORG
        Jaya jaya PROPN 3 flat:name _ E-ORG
        melalui melalui ADP 6 case
        anak anak NOUN 1 nmod
        usaha usaha NOUN 6 compound
        nya dia PRON 7 nmod:poss
        , , PUNCT 6 punct
        PT pt PROPN 14 nsubj _ B-ORG
        Toko toko PROPN 10 flat:name _ I-ORG
        Makmur makmur PROPN 11 flat:name _ E-ORG
        , , PUNCT 14 punct
        mengakuisisi akuisisi VERB 0 root
        80 80 NUM 16 nummod
        persen persen NOUN 14 obj
        saham saham NOUN 16 compound
        PT pt PROPN 17 nmod _ B-ORG
        Apotek apotek PROPN 18 flat:name _ I-ORG
        Sehat sehat PROPN 19 flat:name _ E-ORG
        . . PUNCT 14 punct
    """)
)


PREDECESSOR = (
conll('RUPS menetapkan Budi Hartono sebagai direktur utama baru PT Bank Sentosa, menggantikan Agus Salim yang telah menjabat sejak 2019.', """
        RUPS rups PROPN 2 nsubj _ S-ORG
        menetapkan tetap VERB 0 root
        Budi budi PROPN 2 obj _ B-PER
        Hartono hartono PROPN 3 flat:name _ E-PER
        sebagai sebagai ADP 6 case
        direktur direktur NOUN 2 obl
        utama utama ADJ 6 amod
        baru baru ADJ 6 amod
        PT pt PROPN 6 nmod _ B-ORG
        Bank bank PROPN 9 flat:name _ I-ORG
        Sentosa sentosa PROPN 10 flat:name _ E-ORG
        , , PUNCT 13 punct
        menggantikan ganti VERB 2 conj
        Agus agus PROPN 13 obj _ B-PER
        Salim salim PROPN 14 flat:name _ E-PER
        yang yang PRON 18 nsubj
        telah telah AUX 18 aux
        menjabat jabat VERB 14 acl:relcl
        sejak sejak ADP 18 mark
        2019 2019 NUM 18 nummod
        . . PUNCT 2 punct
    """)
)

PREDECESSOR_GONE = (
conll('Hendra akan menjadi Presiden Direktur PT Bank Pembangunan, menggantikan Wiryawan yang tidak lagi menjabat.', """
        Hendra hendra PROPN 3 nsubj _ S-PER
        akan akan AUX 3 aux
        menjadi jadi VERB 0 root
        Presiden presiden NOUN 3 obj
        Direktur direktur PROPN 4 nmod
        PT pt PROPN 5 flat:name _ B-ORG
        Bank bank PROPN 6 flat:name _ I-ORG
        Pembangunan pembangunan PROPN 7 flat:name _ E-ORG
        , , PUNCT 3 punct
        menggantikan ganti VERB 3 conj
        Wiryawan wiryawan PROPN 10 obj _ S-PER
        yang yang PRON 15 nsubj
        tidak tidak PART 15 advmod
        lagi lagi ADV 15 advmod
        menjabat jabat VERB 11 acl:relcl
        . . PUNCT 3 punct
    """)
)

PREDECESSOR_OTHER = (
conll('Ia diangkat sebagai CEO Grab menggantikan Anthony Tan sebagai pemimpin perusahaan.', """
        Ia dia PRON 2 nsubj:pass
        diangkat angkat VERB 0 root
        sebagai sebagai ADP 4 case
        CEO ceo PROPN 2 obl _ B-ORG
        Grab grab PROPN 4 flat:name _ E-ORG
        menggantikan ganti VERB 2 xcomp
        Anthony anthony PROPN 6 obj _ B-PER
        Tan tan PROPN 7 flat:name _ E-PER
        sebagai sebagai ADP 10 case
        pemimpin pimpin NOUN 6 obl
        perusahaan usaha NOUN 10 compound
        . . PUNCT 2 punct
    """)
)


REMAINDER = (
conll('Sebanyak 60 persen saham PT Rasa Nusantara dimiliki oleh Hoshimura Foods, sedangkan sisanya dimiliki PT Boga Jaya.', """
        Sebanyak sebanyak NOUN 8 nsubj:pass
        60 60 NUM 3 nummod
        persen persen NOUN 1 compound
        saham saham NOUN 3 compound
        PT pt PROPN 4 nmod _ B-ORG
        Rasa rasa PROPN 5 flat:name _ I-ORG
        Nusantara nusantara PROPN 6 flat:name _ E-ORG
        dimiliki milik VERB 0 root
        oleh oleh ADP 10 case
        Hoshimura hoshimura PROPN 8 obl _ B-PER
        Foods foods PROPN 10 flat:name _ E-PER
        , , PUNCT 8 punct
        sedangkan sedangkan SCONJ 16 mark
        sisa sisa NOUN 16 nsubj:pass
        nya dia PRON 14 nmod:poss
        dimiliki milik VERB 8 advcl
        PT pt PROPN 16 obj _ B-ORG
        Boga boga PROPN 17 flat:name _ I-ORG
        Jaya jaya PROPN 18 flat:name _ E-ORG
        . . PUNCT 8 punct
    """)
)


CAREER_PLAYED = (
conll('Ia kemudian membela Persiba dan Persela, sebelum pindah ke Persib pada tahun 2010.', """
        Ia dia PRON 3 nsubj
        kemudian kemudian ADV 3 advmod
        membela bela VERB 0 root
        Persiba persiba PROPN 3 obj
        dan dan CCONJ 6 cc
        Persela persela PROPN 4 conj _ S-ORG
        , , PUNCT 3 punct
        sebelum sebelum SCONJ 9 mark
        pindah pindah VERB 3 advcl
        ke ke ADP 11 case
        Persib persib PROPN 9 obl _ S-ORG
        pada pada ADP 13 case
        tahun tahun NOUN 9 obl
        2010 2010 NUM 13 nummod
        . . PUNCT 3 punct
    """)
)


WORK_APPOSED = (
conll('Band rock asal Malang, Nada Senja, merilis album kedua mereka, Kota Tanpa Hujan, melalui label Rekam Jaya Records.', """
        Band band NOUN 9 nsubj
        rock rock NOUN 1 compound
        asal asal ADP 4 case
        Malang malang PROPN 1 nmod _ S-LOC
        , , PUNCT 4 punct
        Nada nada PROPN 4 appos
        Senja senja PROPN 6 flat:name
        , , PUNCT 9 punct
        merilis rilis VERB 0 root
        album album NOUN 9 obj
        kedua dua NUM 10 nummod
        mereka mereka PRON 10 nmod:poss
        , , PUNCT 14 punct
        Kota kota PROPN 10 appos
        Tanpa tanpa PROPN 14 flat:name
        Hujan hujan PROPN 15 flat:name
        , , PUNCT 9 punct
        melalui melalui ADP 19 case
        label label NOUN 9 obl
        Rekam rekam PROPN 19 nmod
        Jaya jaya PROPN 20 flat:name
        Records records PROPN 21 flat:name
        . . PUNCT 9 punct
    """)
)



def test_an_unknown_word_opening_the_sentence_before_a_typing_noun_is_a_name(lexicon: Lexicon) -> None:
    assert _types(doc_of(OPENING_UNKNOWN), lexicon).get("Bukalapak") == "Organization"
    assert claims_of(doc_of(OPENING_UNKNOWN), lexicon) == {("Bukalapak", "basedIn", "Jakarta"): "asserted"}


def test_the_country_of_the_region_led_stands_between_the_office_and_its_holder(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(REGION_COUNTRY), lexicon)
    assert claims == {("Andrew Cuomo", "leads", "New York"): "asserted"}


def test_a_region_named_twice_over_is_no_country_and_the_next_clause_subject_holds_nothing(lexicon: Lexicon) -> None:
    # "DKI Jakarta" then its own "Jakarta": the same place; Ruhut opens the next clause and holds no office
    assert claims_of(doc_of(REGION_WHOLE), lexicon) == {("Anies", "leads", "DKI Jakarta"): "asserted"}


def test_a_name_with_its_seat_and_its_short_form_in_brackets_is_seated_there(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SEAT_IN_NAME), lexicon) == {("Badan Riset Energi", "basedIn", "Jerman"): "asserted"}
    # a company met somewhere, a day in brackets after: no seat
    assert not any(p == "basedIn" for _, p, _ in claims_of(doc_of(SEAT_NOT_NAME), lexicon))


def test_an_unquoted_title_is_closed_by_its_year_and_a_passive_of_making_written_apart(lexicon: Lexicon) -> None:
    assert _types(doc_of(TITLE_YEAR), lexicon).get("Cinta Anak Sekolah") == "Product"
    assert claims_of(doc_of(TITLE_YEAR), lexicon) == {("Cinta Anak Sekolah", "developedBy", "Starvision"): "asserted"}


def test_an_unquoted_title_holds_dengan_and_hasil_produksi_names_its_maker(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(TITLE_HASIL), lexicon) == {("Ada Apa dengan Cinta", "developedBy", "Miles Films"): "asserted"}


def test_a_country_after_a_work_noun_is_no_title(lexicon: Lexicon) -> None:
    assert _types(doc_of(TITLE_COUNTRY), lexicon).get("Indonesia") == "Place"


def test_a_fronted_time_clause_takes_the_main_clause_subject(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(FRONTED), lexicon)
    assert claims.get(("Persija", "competesWith", "Persebaya")) == "asserted"
    assert ("Arema", "competesWith", "Persebaya") not in claims  # the agent of the clause's first verb


def test_bersama_dengan_tagged_a_verb_still_joins_two_organisations(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(TOGETHER_VERB), lexicon) == {("Indosat", "partnersWith", "Nokia"): "asserted"}


def test_an_artists_record_released_with_no_agent_is_the_artists_release(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SINGLE_OF), lexicon).get(("Twice", "releases", "Cheer Up")) == "asserted"
    # the record made the artist's in the sentence before: "Album ini diluncurkan …"
    assert claims_of(doc_of(ALBUM_NEXT), lexicon) == {("Peterpan", "releases", "Taman Langit"): "asserted"}


def test_a_release_date_still_to_come_hedges_the_release(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(RELEASE_FUTURE), lexicon) == {("Raisa", "releases", "Handmade"): "speculative"}
    assert claims_of(doc_of(ALBUM_FUTURE), lexicon) == {("Raisa", "releases", "Handmade"): "speculative"}


def test_a_directors_film_is_not_the_directors_release(lexicon: Lexicon) -> None:
    assert not any(p == "releases" for _, p, _ in claims_of(doc_of(FILM_OF), lexicon))


def test_a_name_ending_in_a_studio_word_is_an_organisation(lexicon: Lexicon) -> None:
    # "Films", "Sinema", "Productions" end studios' names, whatever the NER made of them
    assert _types(doc_of(TITLE_HASIL), lexicon).get("Miles Films") == "Organization"


def test_a_record_named_before_its_owner_is_released_by_the_owner(lexicon: Lexicon) -> None:
    # 'album "X" milik grup musik Y yang pertama kali dirilis': Y put it out first (a one-word band the NER took for a
    # place), the label re-issues it
    claims = claims_of(doc_of(RECORD_OWNED), lexicon)
    assert claims.get(("Lentera", "releases", "Langit Senja")) == "asserted"
    assert claims.get(("Label Nada Jaya", "releases", "Langit Senja")) == "asserted"


def test_a_quoted_title_with_di_before_a_copula_and_a_record_is_one_work(lexicon: Lexicon) -> None:
    assert _types(doc_of(RECORD_QUOTED), lexicon).get("Angin di Pantai") == "Product"
    claims = claims_of(doc_of(RECORD_QUOTED), lexicon)
    # "Dirilis pada …" opening the next sentence: the record the sentence before made the group's
    assert claims.get(("Suara Nusa", "releases", "Angin di Pantai")) == "asserted"
    assert claims.get(("Angin di Pantai", "developedBy", "Suara Nusa")) == "asserted"


def test_a_partner_named_after_a_passives_agent_made_it_too(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(CO_AGENT), lexicon)
    assert claims.get(("Sapa Desa", "developedBy", "Pemerintah Provinsi Jawa Tengah")) == "asserted"
    assert claims.get(("Sapa Desa", "developedBy", "Telkom")) == "asserted"
    assert claims.get(("Pemerintah Provinsi Jawa Tengah", "partnersWith", "Telkom")) == "asserted"


def test_the_agents_of_one_joint_making_are_partners(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(JOINT_AGENTS), lexicon)
    makers = {o for s, p, o in claims if p == "developedBy"}
    assert makers == {"Universitas Andalas", "RSUD Padang", "PT Medika Farma"}
    pairs = {frozenset((s, o)) for s, p, o in claims if p == "partnersWith"}
    assert pairs == {frozenset(p) for p in (("Universitas Andalas", "RSUD Padang"), ("Universitas Andalas", "PT Medika Farma"),
                                           ("RSUD Padang", "PT Medika Farma"))}


def test_a_name_after_an_organisation_noun_and_its_origin_is_an_organisation_seated_there(lexicon: Lexicon) -> None:
    assert _types(doc_of(BAND_ORIGIN), lexicon).get("Senandung Rindu") == "Organization"  # the NER's person
    assert claims_of(doc_of(BAND_ORIGIN), lexicon) == {("Senandung Rindu", "basedIn", "Yogyakarta"): "asserted"}


def test_an_origin_with_its_province_then_the_name(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(CLUB_PROVINCE), lexicon) == {("Kasuari FC", "basedIn", "Jayapura"): "asserted"}


def test_the_lead_investor_of_a_round_invests_in_the_company_raising_it(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(ROUND_LED), lexicon) == {("East Ventures", "investsIn", "DinginKu"): "asserted"}


def test_a_round_pointed_back_at_belongs_to_the_company_that_raised_it(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(ROUND_THAT), lexicon)
    assert claims.get(("Meridian Peak Ventures", "investsIn", "PT Kopi Pagi Nusantara")) == "asserted"
    assert claims.get(("Garuda Angkasa Capital", "investsIn", "PT Kopi Pagi Nusantara")) == "asserted"
    assert not any(p == "leads" for _, p, _ in claims)  # leading a round is no office


def test_a_team_led_by_someone_is_no_funding_round(lexicon: Lexicon) -> None:
    assert not any(p == "investsIn" for _, p, _ in claims_of(doc_of(TEAM_LED), lexicon))


def test_a_parent_acting_through_its_named_subsidiary_and_the_subsidiary_both_acquire(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(THROUGH_CHILD), lexicon)
    assert claims.get(("PT Sinar Ritel Jaya", "acquires", "PT Apotek Sehat")) == "asserted"
    assert claims.get(("PT Toko Makmur", "acquires", "PT Apotek Sehat")) == "asserted"


def test_the_one_replaced_right_after_an_office_held_it(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PREDECESSOR), lexicon)
    assert claims.get(("Budi Hartono", "ceoOf", "PT Bank Sentosa")) == "asserted"
    assert claims.get(("Agus Salim", "ceoOf", "PT Bank Sentosa")) == "asserted"  # a former tenure stated


def test_a_predecessor_who_no_longer_holds_it_is_denied_by_his_own_clause(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PREDECESSOR_GONE), lexicon)
    assert claims.get(("Wiryawan", "ceoOf", "PT Bank Pembangunan")) == "negated"
    assert claims.get(("Hendra", "ceoOf", "PT Bank Pembangunan")) == "speculative"


def test_one_replaced_in_another_office_holds_not_this_one(lexicon: Lexicon) -> None:
    assert not any(s == "Anthony Tan" for s, _, _ in claims_of(doc_of(PREDECESSOR_OTHER), lexicon))


def test_the_rest_of_the_shares_belongs_to_the_second_owner(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(REMAINDER), lexicon) == {("Hoshimura Foods", "investsIn", "PT Rasa Nusantara"): "asserted",
                                                    ("PT Boga Jaya", "investsIn", "PT Rasa Nusantara"): "asserted"}


def test_clubs_played_for_are_career_steps(lexicon: Lexicon) -> None:
    # "membela A dan B, sebelum pindah ke C": C took the player from the last club of the list
    assert claims_of(doc_of(CAREER_PLAYED), lexicon) == {("Persib", "recruitsFrom", "Persela"): "asserted"}


def test_a_known_place_and_an_unlisted_outlet_are_a_dateline() -> None:
    from kg.parse import split_dateline

    # the story's first sentence parses without the place as its subject
    assert split_dateline("Jakarta, CNBC Indonesia - PT Sinar Laut mengakuisisi PT Ombak.") == (
        "Jakarta, CNBC Indonesia", 26, "PT Sinar Laut mengakuisisi PT Ombak.")
    assert split_dateline("Surabaya, Harian Surya - Budi datang.")[0] == "Surabaya, Harian Surya"
    # not a list of places before a dash, nor a place that is no gazetteer's
    assert split_dateline("Jakarta, Bandung dan Surabaya - kota besar.") is None
    assert split_dateline("Budi, Ani - Jakarta.") is None


def test_a_name_apposed_to_a_work_noun_is_the_works_title(lexicon: Lexicon) -> None:
    # "album kedua mereka, Kota Tanpa Hujan,": the title, though "Kota" opens places' names
    assert _types(doc_of(WORK_APPOSED), lexicon).get("Kota Tanpa Hujan") == "Product"
    assert claims_of(doc_of(WORK_APPOSED), lexicon).get(("Nada Senja", "releases", "Kota Tanpa Hujan")) == "asserted"
