"""Fifteenth session (2026-12-07): fixes read off a claim audit of real, unannotated text (business news, UD and
IndoNLI passages) and the tuned-on news9 battery. A fronted "selain" phrase adds a party to the main clause's
relation in the same preposition ("Selain dengan A, X bersaing dengan B"); a phrase with its own "dan" and the same
preposition, which the parser hung on the first as a modifier, is a conjunct ("di PT A … dan di PT B"); a relative
apposed to a person ("Roy Disney, keponakan Walt Disney sekaligus pemilik …") is that person; a copula right after a
name, however the parser hung it, types the name and gives it the seat ("Pinewood merupakan perusahaan Inggris"); an
investment in a plant or a project holds no stake in the company named inside it; a lower-case prefix glued to a name
is part of it ("detikINET"); a description between the shares and their company ("saham penyedia layanan internet PT
X") is read past; "Stores" ends a company's name; a monarch's title alone is no name; "dua pesaing barunya, A dan
B" makes A and B the owner's rivals, not each other's; a studio album names no studio; a person noun before an origin
("striker asal Nigeria X") types the name after it; the function a title heads ("Kepala Keuangan X") is no name, and
"mereka" in a sentence quoting one person is the company named there; a delayed thing leaves out when it moved ("dari
Mei ke November"); "Al Wafra" is short for "Al Wafra Capital" named in the document; "presiden klub X Y" leaves a
person's name of several words a person; shares bought in a relative clause hung on their release ("pelepasan saham
X yang dibeli Y") and a purchase noun under a light verb ("melakukan transaksi pembelian N saham dalam X") are stakes;
investing as such in a place ("tidak berani berinvestasi ke Indonesia") is an investment in it by each named
investor; "Ketua DPP Hanura Yuddy Chrisnandi" cuts the party off its official; an activity led ("memimpin seminar
AD") is not the body inside it; a route's end is no seat; a person's name the NER tagged only in part after a title
is one name; quoted titles listed after a work noun's first title are whole works of their own ('singel "A", "B wa
C" dan "D"'); a named person's relative ("Istri pengusaha X merilis …") is not that person; a capitalised word
with its clitic ("Album Perdananya") is no name; the Dutch-era "Mr." is no name; "seteru" is a rival, and an owned
rival noun ("akan menghadapi seteru abadinya X") states the rivalry whatever the clause hedges; a flight's route ("dari
Jakarta menuju Heathrow") is no origin and "Penerbangan" opens no name; "Kapuskom" is a unit head's title; shares
bought that the document elsewhere calls an acquisition of the company ("Dengan akuisisi Lonsum, …") are a takeover.
Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

BESIDES_RIVAL = conll('Selain dengan HTC, Sony Ericsson jelas harus bersaing ketat dengan vendor Samsung.', """
        Selain selain ADP 3 case
        dengan dengan ADP 3 case
        HTC htc PROPN 9 obl _ S-ORG
        , , PUNCT 3 punct
        Sony sony PROPN 9 nsubj _ B-PER
        Ericsson ericsson PROPN 5 flat:name _ E-PER
        jelas jelas ADJ 9 advmod
        harus harus AUX 9 advmod
        bersaing saing VERB 0 root
        ketat ketat ADJ 9 amod
        dengan dengan ADP 12 case
        vendor vendor NOUN 9 obl
        Samsung samsung PROPN 12 nmod
        . . PUNCT 9 punct
    """)

COORDINATED_STAKES = conll('Bank BNI juga memiliki penyertaan modal di PT BNI Securities sebesar 99,85 persen dan di PT BNI Life Insurance sebanyak 59,78 persen.', """
        Bank bank PROPN 4 nsubj
        BNI bni PROPN 1 flat:name _ S-ORG
        juga juga ADV 4 advmod
        memiliki milik VERB 0 root
        penyertaan penyertaan NOUN 4 obj
        modal modal NOUN 5 compound
        di di ADP 8 case
        PT pt PROPN 5 nmod _ B-ORG
        BNI bni PROPN 8 flat:name _ I-ORG
        Securities securities PROPN 9 flat:name _ E-ORG
        sebesar sebesar NOUN 8 compound
        99,85 99,85 NUM 11 nummod
        persen persen NOUN 11 compound
        dan dan CCONJ 16 cc
        di di ADP 16 case
        PT pt PROPN 8 nmod _ B-ORG
        BNI bni PROPN 16 flat:name _ I-ORG
        Life life PROPN 17 flat:name _ I-ORG
        Insurance insurance PROPN 18 flat:name _ E-ORG
        sebanyak sebanyak NOUN 22 case
        59,78 59,78 NUM 22 nummod
        persen persen NOUN 16 nmod
        . . PUNCT 4 punct
    """)

KIN_APPOSITION = conll('Shamrock Holdings merupakan perusahaan milik miliarder Roy Disney, keponakan Walt Disney sekaligus salah satu pemilik saham terbesar The Walt Disney Company.', """
        Shamrock shamrock PROPN 3 nsubj _ B-PER
        Holdings holdings PROPN 1 flat:name _ E-PER
        merupakan rupa VERB 0 root
        perusahaan usaha NOUN 3 obj
        milik milik NOUN 4 compound
        miliarder miliarder NOUN 5 compound
        Roy roy PROPN 6 nmod _ B-PER
        Disney disney PROPN 7 flat:name _ E-PER
        , , PUNCT 3 punct
        keponakan keponakan NOUN 16 nsubj
        Walt walt PROPN 10 nmod _ B-PER
        Disney disney PROPN 11 flat:name _ E-PER
        sekaligus sekaligus ADV 16 advmod
        salah salah ADJ 16 advmod
        satu satu NUM 14 nummod
        pemilik milik NOUN 3 acl
        saham saham NOUN 16 compound
        terbesar besar ADJ 17 amod
        The the PROPN 20 nmod _ B-ORG
        Walt walt PROPN 16 nmod _ I-ORG
        Disney disney PROPN 20 flat:name _ I-ORG
        Company company PROPN 21 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)

COPULA_SEAT = conll('Dikarenakan Pinewood merupakan perusahaan Inggris, Disney pun menilai film ini sebaiknya diambil di Inggris juga.', """
        Dikarenakan karenakan VERB 3 advmod
        Pinewood pinewood PROPN 1 flat:name _ S-LOC
        merupakan rupa VERB 0 root
        perusahaan usaha NOUN 3 obj
        Inggris inggris PROPN 4 nmod _ S-LOC
        , , PUNCT 3 punct
        Disney disney PROPN 9 nsubj _ S-PER
        pun pun PART 9 advmod
        menilai nilai VERB 3 advcl
        film film NOUN 9 obj
        ini ini DET 10 det
        sebaik sebaik NOUN 14 nsubj:pass
        nya dia PRON 12 nmod:poss
        diambil ambil VERB 9 ccomp
        di di ADP 16 case
        Inggris inggris PROPN 14 obl _ S-LOC
        juga juga ADV 16 advmod
        . . PUNCT 9 punct
    """)

PLANT_INVESTMENT = conll('Dalam bidang pangan, SBY menyampaikan rencana melakukan investasi pembangunan pabrik mie instan Indofood di Kazakhstan.', """
        Dalam dalam ADP 2 case
        bidang bidang NOUN 6 obl
        pangan pangan NOUN 2 compound
        , , PUNCT 6 punct
        SBY sby PROPN 6 nsubj _ S-PER
        menyampaikan sampai VERB 0 root
        rencana rencana NOUN 6 obj
        melakukan laku VERB 6 xcomp
        investasi investasi NOUN 8 obj
        pembangunan bangun NOUN 9 compound
        pabrik pabrik NOUN 10 compound
        mie mie NOUN 11 compound
        instan instan NOUN 12 compound
        Indofood indofood PROPN 13 nmod
        di di ADP 16 case
        Kazakhstan kazakhstan PROPN 9 nmod _ S-LOC
        . . PUNCT 6 punct
    """)

GLUED_PREFIX = conll('Liputan ini terselenggara atas kerjasama detikINET dan PT Excelcomindo Pratama Tbk.', """
        Liputan liputan NOUN 3 nsubj:pass
        ini ini DET 1 det
        terselenggara selenggara VERB 0 root
        atas atas ADP 5 case
        kerjasama kerjasama NOUN 3 obl
        detik detik NOUN 5 compound
        INET inet PROPN 6 nmod _ S-ORG
        dan dan CCONJ 9 cc
        PT pt PROPN 5 conj _ B-ORG
        Excelcomindo excelcomindo PROPN 9 flat:name _ I-ORG
        Pratama pratama PROPN 10 flat:name _ I-ORG
        Tbk tbk PROPN 11 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)

DESCRIBED_ISSUER = conll('Pada Maret 2013, JDN mencaplok 51 persen saham penyedia layanan internet PT Lintas Data Prima senilai Rp 850 miliar.', """
        Pada pada ADP 2 case
        Maret maret PROPN 6 obl
        2013 2013 NUM 2 nummod
        , , PUNCT 6 punct
        JDN jdn PROPN 6 nsubj _ S-ORG
        mencaplok caplok VERB 0 root
        51 51 NUM 8 nummod
        persen persen NOUN 6 obj
        saham saham NOUN 8 compound
        penyedia sedia NOUN 9 compound
        layanan layan NOUN 10 compound
        internet internet NOUN 11 compound
        PT pt PROPN 12 nmod _ B-ORG
        Lintas lintas PROPN 13 flat:name _ I-ORG
        Data data PROPN 14 flat:name _ I-ORG
        Prima prima PROPN 15 flat:name _ E-ORG
        senilai nilai NOUN 6 obl
        Rp rp NOUN 17 compound
        850 850 NUM 20 nummod
        miliar miliar NUM 18 nummod
        . . PUNCT 6 punct
    """)

STORES_COMPANY = conll('Raksasa ritel Hartwell Stores menunjuk Jennifer Okafor sebagai CEO baru.', """
        Raksasa raksasa NOUN 5 nsubj
        ritel ritel NOUN 1 compound
        Hartwell hartwell PROPN 2 nmod _ B-PER
        Stores stores PROPN 3 flat:name _ E-PER
        menunjuk tunjuk VERB 0 root
        Jennifer jennifer PROPN 5 obj _ B-PER
        Okafor okafor PROPN 6 flat:name _ E-PER
        sebagai sebagai ADP 9 case
        CEO ceo PROPN 5 obl _ S-ORG
        baru baru ADJ 9 amod
        . . PUNCT 5 punct
    """)

MONARCH = conll('Pu Yi, Kaisar terakhir Tiongkok, turun takhta pada 1912.', """
        Pu pu PROPN 8 nsubj
        Yi yi PROPN 1 flat:name _ S-PER
        , , PUNCT 1 punct
        Kaisar kaisar PROPN 1 appos
        terakhir akhir ADJ 4 amod
        Tiongkok tiongkok PROPN 4 flat:name
        , , PUNCT 8 punct
        turun turun VERB 0 root
        takhta takhta NOUN 8 obj
        pada pada ADP 8 mark
        1912 1912 NUM 8 nummod
        . . PUNCT 8 punct
    """)


RIVALS_LISTED = conll('PT Semen Tiga Gunung Tbk mulai merasakan tekanan dari dua pesaing barunya, PT Cakra Beton Perkasa dan PT Semen Andalas Raya.', """
        PT pt PROPN 6 nsubj _ B-ORG
        Semen semen PROPN 1 flat:name _ I-ORG
        Tiga tiga PROPN 2 flat:name _ I-ORG
        Gunung gunung PROPN 3 flat:name _ I-ORG
        Tbk tbk PROPN 4 flat:name _ E-ORG
        mulai mulai VERB 0 root
        merasakan rasa VERB 6 xcomp
        tekanan tekan NOUN 7 obj
        dari dari ADP 11 case
        dua dua NUM 11 nummod
        pesaing saing NOUN 8 nmod
        baru baru ADJ 11 amod
        nya dia PRON 12 det
        , , PUNCT 15 punct
        PT pt PROPN 11 appos _ B-ORG
        Cakra cakra PROPN 15 flat:name _ I-ORG
        Beton beton PROPN 16 flat:name _ I-ORG
        Perkasa perkasa PROPN 17 flat:name _ E-ORG
        dan dan CCONJ 20 cc
        PT pt PROPN 15 conj _ B-ORG
        Semen semen PROPN 20 flat:name _ I-ORG
        Andalas andalas PROPN 21 flat:name _ I-ORG
        Raya raya PROPN 22 flat:name _ E-ORG
        . . PUNCT 7 punct
    """)

STUDIO_ALBUM = conll('Lagu ini dirilis sebagai singel pertama dari album studio kedua Sekar Ayu, Langit Jingga, oleh label Nada Swara Records.', """
        Lagu lagu NOUN 3 nsubj:pass
        ini ini DET 1 det
        dirilis rilis VERB 0 root
        sebagai sebagai ADP 5 case
        singel singel NOUN 3 obl
        pertama pertama ADJ 5 amod
        dari dari ADP 8 case
        album album NOUN 5 nmod
        studio studio NOUN 8 compound
        kedua dua NUM 9 nummod
        Sekar sekar PROPN 8 nmod _ B-PER
        Ayu ayu PROPN 11 flat:name _ E-PER
        , , PUNCT 14 punct
        Langit langit PROPN 11 appos
        Jingga jingga PROPN 14 flat:name
        , , PUNCT 3 punct
        oleh oleh ADP 18 case
        label label NOUN 3 obl
        Nada nada PROPN 18 nmod
        Swara swara PROPN 19 flat:name
        Records records PROPN 20 flat:name
        . . PUNCT 3 punct
    """)

ORIGIN_PERSON = conll('Dua gol tuan rumah dicetak striker asal Nigeria Samuel Adeyemi pada menit ke-34.', """
        Dua dua NUM 2 nummod
        gol gol NOUN 5 nsubj:pass
        tuan tuan NOUN 2 compound
        rumah rumah NOUN 3 compound
        dicetak cetak VERB 0 root
        striker striker NOUN 5 obj
        asal asal ADP 8 case
        Nigeria nigeria PROPN 6 nmod _ B-PER
        Samuel samuel PROPN 8 flat:name _ I-PER
        Adeyemi adeyemi PROPN 9 flat:name _ E-PER
        pada pada ADP 12 case
        menit menit NOUN 5 obl
        ke-34 53 ADJ 12 amod
        . . PUNCT 5 punct
    """)

FINANCE_HEAD = conll('Kepala Keuangan Van Loon Brouwerijen, Pieter de Graaf, mengatakan akuisisi ini memperkuat posisi perusahaan di Asia Tenggara, tempat mereka bersaing ketat dengan Nordhavn Breweries.', """
        Kepala kepala NOUN 11 nsubj
        Keuangan keuangan NOUN 1 compound
        Van van PROPN 2 nmod _ B-PER
        Loon loon PROPN 3 flat:name _ I-PER
        Brouwerijen brouwerijen PROPN 4 flat:name _ E-PER
        , , PUNCT 7 punct
        Pieter pieter PROPN 1 appos _ B-PER
        de de PROPN 7 flat:name _ I-PER
        Graaf graaf PROPN 8 flat:name _ E-PER
        , , PUNCT 11 punct
        mengatakan kata VERB 0 root
        akuisisi akuisisi NOUN 11 obj
        ini ini DET 12 det
        memperkuat kuat VERB 11 xcomp
        posisi posisi NOUN 14 obj
        perusahaan usaha NOUN 15 compound
        di di ADP 18 case
        Asia asia PROPN 15 nmod _ B-LOC
        Tenggara tenggara PROPN 18 flat:name _ E-LOC
        , , PUNCT 23 punct
        tempat tempat NOUN 23 nsubj
        mereka mereka PRON 21 nmod:poss
        bersaing saing VERB 14 advcl
        ketat ketat ADJ 23 amod
        dengan dengan ADP 26 case
        Nordhavn nordhavn PROPN 23 obl _ B-PER
        Breweries breweries PROPN 26 flat:name _ E-PER
        . . PUNCT 11 punct
    """)

DELAY_SPAN = conll('Studio Meridian Pictures menunda perilisan film superhero Iron Tide dari Mei ke November 2015 karena proses efek visual belum rampung.', """
        Studio studio PROPN 4 nsubj _ B-ORG
        Meridian meridian PROPN 1 flat:name _ I-ORG
        Pictures pictures PROPN 2 flat:name _ E-ORG
        menunda tunda VERB 0 root
        perilisan perilisan NOUN 4 obj
        film film NOUN 5 compound
        superhero superhero NOUN 6 compound
        Iron iron PROPN 7 nmod _ B-PER
        Tide tide PROPN 8 flat:name _ E-PER
        dari dari ADP 11 case
        Mei mei PROPN 5 nmod
        ke ke ADP 13 case
        November november PROPN 11 nmod
        2015 2015 NUM 13 nummod
        karena karena SCONJ 20 mark
        proses proses NOUN 20 nsubj
        efek efek NOUN 16 compound
        visual visual NOUN 17 compound
        belum belum PART 20 advmod
        rampung rampung VERB 4 advcl
        . . PUNCT 4 punct
    """)

SHORT_COMPANY = conll('Dana investasi Al Wafra Capital membeli 20 persen saham klub Sporting Milanese.', """
        Dana dana NOUN 6 nsubj
        investasi investasi NOUN 1 compound
        Al al PROPN 2 nmod _ B-ORG
        Wafra wafra PROPN 3 flat:name _ I-ORG
        Capital capital PROPN 4 flat:name _ E-ORG
        membeli beli VERB 0 root
        20 20 NUM 8 nummod
        persen persen NOUN 6 obj
        saham saham NOUN 8 compound
        klub klub NOUN 9 compound
        Sporting sporting PROPN 10 nmod _ B-ORG
        Milanese milanese PROPN 11 flat:name _ E-ORG
        . . PUNCT 6 punct
    """)

SHORT_COMPANY_2 = conll('Al Wafra, yang berbasis di Doha, dikenal sebagai investor olahraga.', """
        Al al PROPN 9 nsubj:pass _ B-PER
        Wafra wafra PROPN 1 flat:name _ E-PER
        , , PUNCT 1 punct
        yang yang PRON 5 nsubj
        berbasis basis VERB 1 acl:relcl
        di di ADP 7 case
        Doha doha PROPN 5 obl _ S-LOC
        , , PUNCT 5 punct
        dikenal kenal VERB 0 root
        sebagai sebagai ADP 11 case
        investor investor NOUN 9 obl
        olahraga olahraga NOUN 11 compound
        . . PUNCT 9 punct
    """)

CLUB_PRESIDENT = conll('Namun, presiden klub Massimo Bellandi menegaskan klub tetap dikendalikan keluarganya.', """
        Namun namun ADV 7 advmod
        , , PUNCT 7 punct
        presiden presiden NOUN 7 nsubj
        klub klub NOUN 3 compound
        Massimo massimo PROPN 4 nmod _ B-PER
        Bellandi bellandi PROPN 5 flat:name _ E-PER
        menegaskan tegas VERB 0 root
        klub klub NOUN 7 obj
        tetap tetap ADV 10 advmod
        dikendalikan kendali VERB 7 xcomp
        keluarga keluarga NOUN 10 obj
        nya dia PRON 11 nmod:poss
        . . PUNCT 7 punct
    """)

SHARES_BOUGHT_RELATIVE = conll('Investor hanya mengandalkan sentimen individual emiten seperti pelepasan saham Lonsum yang dibeli Indofood.', """
        Investor investor NOUN 3 nsubj
        hanya hanya ADV 3 advmod
        mengandalkan kandal VERB 0 root
        sentimen sentimen NOUN 3 obj
        individual individual ADJ 4 amod
        emiten emiten NOUN 4 compound
        seperti seperti ADP 8 case
        pelepasan lepas NOUN 3 obl
        saham saham NOUN 8 compound
        Lonsum lonsum PROPN 9 nmod
        yang yang PRON 12 nsubj:pass
        dibeli beli VERB 8 acl:relcl
        Indofood indofood PROPN 12 obj
        . . PUNCT 3 punct
    """)

SHARE_PURCHASE_NOUN = conll('Perusahaan investasi PT Global Mediacom Tbk telah melakukan transaksi pembelian 62.693.500 saham dalam PT Mobile-8 Telecom Tbk.', """
        Perusahaan usaha NOUN 8 nsubj
        investasi investasi NOUN 1 compound
        PT pt PROPN 2 nmod _ B-ORG
        Global global PROPN 3 flat:name _ I-ORG
        Mediacom mediacom PROPN 4 flat:name _ I-ORG
        Tbk tbk PROPN 5 flat:name _ E-ORG
        telah telah AUX 8 aux
        melakukan laku VERB 0 root
        transaksi transaksi NOUN 8 obj
        pembelian beli NOUN 9 compound
        62.693.500 62.693.500 NUM 12 nummod
        saham saham NOUN 10 compound
        dalam dalam ADP 14 case
        PT pt PROPN 9 nmod _ B-ORG
        Mobile-8 mobile-8 PROPN 14 flat:name _ I-ORG
        Telecom telecom PROPN 15 flat:name _ I-ORG
        Tbk tbk PROPN 16 flat:name _ E-ORG
        . . PUNCT 8 punct
    """)

PLACE_INVESTMENT = conll('Dikatakannya pemain besar seperti Samsung, LG, Nokia tidak berani masuk berinvestasi ke Indonesia karena tak kuasa bersaing.', """
        Dikatakan kata VERB 12 advcl
        nya dia PRON 1 nmod:poss
        pemain main NOUN 1 obj
        besar besar ADJ 3 amod
        seperti seperti ADP 6 case
        Samsung samsung PROPN 3 nmod
        , , PUNCT 6 punct
        LG lg PROPN 6 appos _ S-ORG
        , , PUNCT 12 punct
        Nokia nokia PROPN 12 nsubj _ S-PER
        tidak tidak PART 12 advmod
        berani rani VERB 0 root
        masuk masuk VERB 12 xcomp
        berinvestasi investasi VERB 13 xcomp
        ke ke ADP 16 case
        Indonesia indonesia PROPN 14 obl _ S-LOC
        karena karena SCONJ 20 mark
        tak tak PART 20 advmod
        kuasa kuasa ADV 20 advmod
        bersaing saing VERB 12 advcl
        . . PUNCT 12 punct
    """)

PLACE_INVESTMENT_DESCRIBED = conll('Menteri Perdagangan Rachmat Gobel menuturkan beberapa perusahaan Indonesia yang sukses berinvestasi di Afrika.', """
        Menteri menteri PROPN 5 nsubj
        Perdagangan perdagangan PROPN 1 flat:name
        Rachmat rachmat PROPN 2 flat:name _ B-PER
        Gobel gobel PROPN 3 flat:name _ E-PER
        menuturkan tutur VERB 0 root
        beberapa beberapa DET 7 det
        perusahaan usaha NOUN 5 obj
        Indonesia indonesia PROPN 7 nmod _ S-LOC
        yang yang PRON 11 nsubj
        sukses sukses ADJ 7 amod
        berinvestasi investasi VERB 7 acl:relcl
        di di ADP 13 case
        Afrika afrika PROPN 11 obl _ S-LOC
        . . PUNCT 5 punct
    """)

BOARD_PARTY_RUN = conll('Demikian dikatakan Ketua DPP Hanura Yuddy Chrisnandi ketika dikonfirmasi, Selasa (29/7/2014).', """
        Demikian demikian PRON 2 nsubj:pass
        dikatakan kata VERB 0 root
        Ketua ketua NOUN 2 obj
        DPP dpp PROPN 3 nmod
        Hanura hanura PROPN 4 flat:name _ B-PER
        Yuddy yuddy PROPN 5 flat:name _ I-PER
        Chrisnandi chrisnandi PROPN 6 flat:name _ E-PER
        ketika ketika SCONJ 9 mark
        dikonfirmasi dikonfirmasi VERB 2 advcl
        , , PUNCT 11 punct
        Selasa selasa PROPN 9 obj
        ( ( PUNCT 13 punct
        29/7/2014 29/7/2014 NUM 11 appos
        ) ) PUNCT 13 punct
        . . PUNCT 2 punct
    """)

LED_ACTIVITY = conll('Daryatmo kemudian memimpin seminar AD di Bandung.', """
        Daryatmo daryatmo PROPN 3 nsubj _ S-PER
        kemudian kemudian ADV 3 advmod
        memimpin pimpin VERB 0 root
        seminar seminar NOUN 3 obj
        AD ad PROPN 4 nmod
        di di ADP 7 case
        Bandung bandung PROPN 4 nmod _ S-LOC
        . . PUNCT 3 punct
    """)

ROUTE_PAIR = conll('Maskapai Airfast Indonesia rute Sumenep - Surabaya mulai beroperasi pekan depan.', """
        Maskapai maskapai NOUN 8 nsubj
        Airfast airfast PROPN 1 nmod
        Indonesia indonesia PROPN 2 flat:name
        rute rute NOUN 1 compound
        Sumenep sumenep PROPN 4 nmod _ S-LOC
        - - PUNCT 5 punct
        Surabaya surabaya PROPN 5 flat:name _ S-LOC
        mulai mulai VERB 0 root
        beroperasi operasi VERB 8 xcomp
        pekan pekan NOUN 9 obj
        depan depan ADJ 10 amod
        . . PUNCT 8 punct
    """)

SPLIT_PERSON = conll('Ia diundang oleh Wali Kota Jayapura Benhor Tomi Mano untuk memberikan motivasi.', """
        Ia dia PRON 2 nsubj:pass
        diundang undang VERB 0 root
        oleh oleh ADP 4 case
        Wali wali PROPN 2 obl
        Kota kota PROPN 4 flat:name _ B-LOC
        Jayapura jayapura PROPN 5 flat:name _ E-LOC
        Benhor benhor PROPN 6 flat:name
        Tomi tomi PROPN 7 flat:name _ B-PER
        Mano mano PROPN 8 flat:name _ E-PER
        untuk untuk SCONJ 11 mark
        memberikan beri VERB 2 xcomp
        motivasi motivasi NOUN 11 obj
        . . PUNCT 2 punct
    """)

BOARD_PARTY_ALONE = conll('Yuddy mengaku Hanura siap.', """
        Yuddy yuddy PROPN 2 nsubj _ S-PER
        mengaku aku VERB 0 root
        Hanura hanura PROPN 2 obj _ S-PER
        siap siap VERB 2 xcomp
        . . PUNCT 2 punct
    """)

QUOTED_SINGLES = conll('Zard mengeluarkan singel " Mind games ", " Sekai wa Kitto Mirai no Naka " dan " Itaikurai Kimi ga Afureteiruyo ".', """
        Zard zard PROPN 2 nsubj _ S-PER
        mengeluarkan keluar VERB 0 root
        singel singel NOUN 2 obj
        " " PUNCT 5 punct
        Mind mind PROPN 3 appos
        games games PROPN 5 flat:name
        " " PUNCT 5 punct
        , , PUNCT 10 punct
        " " PUNCT 10 punct
        Sekai sekai PROPN 5 appos
        wa wa PROPN 10 flat:name
        Kitto kitto PROPN 11 flat:name
        Mirai mirai PROPN 12 flat:name
        no no PROPN 13 flat:name
        Naka naka PROPN 14 flat:name
        " " PUNCT 19 punct
        dan dan CCONJ 19 cc
        " " PUNCT 19 punct
        Itaikurai itaikurai PROPN 10 conj
        Kimi kimi PROPN 19 flat:name
        ga ga PROPN 20 flat:name
        Afureteiruyo afureteiruyo PROPN 21 flat:name
        " " PUNCT 19 punct
        . . PUNCT 2 punct
    """)

RELATIVES_ACT = conll('Istri pengusaha Budi Santoso merilis album berjudul Rindu Malam pada 2010.', """
        Istri istri NOUN 5 nsubj _ S-PER
        pengusaha usaha NOUN 1 compound
        Budi budi PROPN 2 nmod _ B-PER
        Santoso santoso PROPN 3 flat:name _ E-PER
        merilis rilis VERB 0 root
        album album NOUN 5 obj
        berjudul judul VERB 6 acl
        Rindu rindu PROPN 7 obj
        Malam malam PROPN 8 flat:name
        pada pada ADP 5 mark
        2010 2010 NUM 5 nummod
        . . PUNCT 5 punct
    """)

CLITIC_WORD = conll('The Virgin telah merilis Album Perdananya yang berjudul " Yes I Am " pada 2009.', """
        The the PROPN 2 nmod _ B-ORG
        Virgin virgin PROPN 4 nsubj _ E-ORG
        telah telah AUX 4 aux
        merilis rilis VERB 0 root
        Album album PROPN 4 obj
        Perdananya perdananya PROPN 5 flat:name
        yang yang PRON 8 nsubj
        berjudul judul VERB 5 acl:relcl
        " " PUNCT 10 punct
        Yes yes PROPN 8 obj
        I i PROPN 10 flat:name
        Am am PROPN 11 flat:name
        " " PUNCT 10 punct
        pada pada ADP 10 case
        2009 2009 NUM 8 nummod
        . . PUNCT 4 punct
    """)

DUTCH_HONORIFIC = conll('Sekolah itu dibuka dengan Kepala Sekolah pertama Mr. Widodo Sastrodiningrat.', """
        Sekolah sekolah NOUN 3 nsubj:pass
        itu itu DET 1 det
        dibuka buka VERB 0 root
        dengan dengan ADP 5 case
        Kepala kepala NOUN 3 obl
        Sekolah sekolah PROPN 5 nmod
        pertama pertama ADJ 6 amod
        Mr. mr. PROPN 5 nmod
        Widodo widodo PROPN 8 flat:name _ B-PER
        Sastrodiningrat sastrodiningrat PROPN 9 flat:name _ E-PER
        . . PUNCT 3 punct
    """)

ETERNAL_RIVAL = conll('Nadal kembali akan menghadapi seteru abadinya Roger Federer di final.', """
        Nadal nadal PROPN 4 nsubj _ S-PER
        kembali kembali ADV 4 advmod
        akan akan AUX 4 aux
        menghadapi hadap VERB 0 root
        seteru seteru NOUN 4 obj
        abadi abadi NOUN 5 compound
        nya dia PRON 6 nmod:poss
        Roger roger PROPN 5 nmod _ B-PER
        Federer federer PROPN 8 flat:name _ E-PER
        di di ADP 11 case
        final final NOUN 4 obl
        . . PUNCT 4 punct
    """)

FLIGHT_ROUTE = conll('Penerbangan Garuda Indonesia dari Jakarta menuju Heathrow tertunda dua jam.', """
        Penerbangan penterbangan PROPN 8 nsubj _ B-ORG
        Garuda garuda PROPN 1 flat:name _ I-ORG
        Indonesia indonesia PROPN 2 flat:name _ E-ORG
        dari dari ADP 5 case
        Jakarta jakarta PROPN 1 nmod _ S-LOC
        menuju tuju ADP 5 case
        Heathrow heathrow PROPN 5 nmod _ S-LOC
        tertunda tunda VERB 0 root
        dua dua NUM 10 nummod
        jam jam NOUN 8 obj
        . . PUNCT 8 punct
    """)

UNIT_HEAD_TITLE = conll('Menteri Perhubungan Ignasius Jonan meresmikan terminal itu, kata Kapuskom Kementerian Perhubungan (Kemenhub) JA Barata.', """
        Menteri menteri PROPN 5 nsubj
        Perhubungan perhubungan PROPN 1 flat:name
        Ignasius ignasius PROPN 2 flat:name _ B-PER
        Jonan jonan PROPN 3 flat:name _ E-PER
        meresmikan resmi VERB 0 root
        terminal terminal NOUN 5 obj
        itu itu DET 6 det
        , , PUNCT 5 punct
        kata kata VERB 5 advcl
        Kapuskom kapuskom PROPN 9 obj _ B-ORG
        Kementerian kementerian PROPN 10 flat:name _ I-ORG
        Perhubungan perhubungan PROPN 11 flat:name _ E-ORG
        ( ( PUNCT 14 punct
        Kemenhub kemenhub PROPN 10 appos
        ) ) PUNCT 14 punct
        JA ja PROPN 14 flat:name _ B-PER
        Barata barata PROPN 16 flat:name _ E-PER
        . . PUNCT 5 punct
    """)

CALLED_ACQ_1 = conll('Investor mengandalkan pelepasan saham Lonsum yang dibeli Indofood.', """
        Investor investor NOUN 2 nsubj _ S-ORG
        mengandalkan kandal VERB 0 root
        pelepasan lepas NOUN 2 obj
        saham saham NOUN 3 compound
        Lonsum lonsum PROPN 4 nmod
        yang yang PRON 7 nsubj:pass
        dibeli beli VERB 3 acl:relcl
        Indofood indofood PROPN 7 obj
        . . PUNCT 2 punct
    """)

CALLED_ACQ_2 = conll('Dengan akuisisi Lonsum, lahan grup Indofood akan bertambah.', """
        Dengan dengan ADP 2 case
        akuisisi akuisisi NOUN 9 obl
        Lonsum lonsum PROPN 2 nmod
        , , PUNCT 2 punct
        lahan lahan NOUN 9 nsubj
        grup grup NOUN 5 compound
        Indofood indofood PROPN 6 nmod
        akan akan AUX 9 aux
        bertambah tambah VERB 0 root
        . . PUNCT 9 punct
    """)


def test_besides_phrase_adds_a_party_in_the_same_preposition(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(BESIDES_RIVAL), lexicon)
    assert claims[("Sony Ericsson", "competesWith", "Samsung")] == "asserted"
    assert claims[("Sony Ericsson", "competesWith", "HTC")] == "asserted"


def test_coordinated_stakes_with_their_own_preposition(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(COORDINATED_STAKES), lexicon)
    assert ("Bank BNI", "investsIn", "PT BNI Securities") in claims
    assert ("Bank BNI", "investsIn", "PT BNI Life Insurance") in claims


def test_relative_apposed_to_a_person_is_that_person(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(KIN_APPOSITION), lexicon)
    assert ("Roy Disney", "investsIn", "The Walt Disney Company") in claims
    assert ("Walt Disney", "investsIn", "The Walt Disney Company") not in claims


def test_copula_after_a_name_types_it_and_seats_it(lexicon: Lexicon) -> None:
    doc = doc_of(COPULA_SEAT)
    assert _types(doc, lexicon)["Pinewood"] == "Organization"
    claims = claims_of(doc, lexicon)
    assert ("Pinewood", "basedIn", "Inggris") in claims
    assert ("Disney", "basedIn", "Inggris") not in claims


def test_investment_in_a_plant_is_no_stake_in_its_owner(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PLANT_INVESTMENT), lexicon)
    assert not [c for c in claims if c[1] == "investsIn"]


def test_glued_lower_case_prefix_is_part_of_the_name(lexicon: Lexicon) -> None:
    doc = doc_of(GLUED_PREFIX)
    assert "detikINET" in _types(doc, lexicon)
    assert ("detikINET", "partnersWith", "PT Excelcomindo Pratama Tbk") in claims_of(doc, lexicon)


def test_shares_read_past_the_company_description(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(DESCRIBED_ISSUER), lexicon)
    assert claims[("JDN", "acquires", "PT Lintas Data Prima")] == "asserted"


def test_stores_ends_a_company_name(lexicon: Lexicon) -> None:
    doc = doc_of(STORES_COMPANY)
    assert _types(doc, lexicon)["Hartwell Stores"] == "Organization"
    assert ("Jennifer Okafor", "ceoOf", "Hartwell Stores") in claims_of(doc, lexicon)


def test_monarch_title_alone_is_no_name(lexicon: Lexicon) -> None:
    doc = doc_of(MONARCH)
    assert "Kaisar" not in _types(doc, lexicon)
    assert not [c for c in claims_of(doc, lexicon) if c[1] == "basedIn"]


def test_rivals_listed_after_a_possessed_rival_noun(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(RIVALS_LISTED), lexicon)
    assert ("PT Semen Tiga Gunung Tbk", "competesWith", "PT Cakra Beton Perkasa") in claims
    assert ("PT Semen Tiga Gunung Tbk", "competesWith", "PT Semen Andalas Raya") in claims
    assert ("PT Cakra Beton Perkasa", "competesWith", "PT Semen Andalas Raya") not in claims


def test_studio_album_is_owned_by_no_studio(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(STUDIO_ALBUM), lexicon)
    assert not [c for c in claims if c[1] == "leads"]


def test_person_noun_before_an_origin_types_the_name(lexicon: Lexicon) -> None:
    doc = doc_of(ORIGIN_PERSON)
    assert _types(doc, lexicon)["Samuel Adeyemi"] == "Person"
    assert not [c for c in claims_of(doc, lexicon) if c[1] == "basedIn"]


def test_function_a_title_heads_is_no_name_and_they_are_the_company(lexicon: Lexicon) -> None:
    doc = doc_of(FINANCE_HEAD)
    types = _types(doc, lexicon)
    assert "Van Loon Brouwerijen" in types and not [t for t in types if "Keuangan" in t]
    claims = claims_of(doc, lexicon)
    assert ("Van Loon Brouwerijen", "competesWith", "Nordhavn Breweries") in claims
    assert ("Pieter de Graaf", "competesWith", "Nordhavn Breweries") not in claims
    assert not [c for c in claims if c[1] == "leads"]


def test_delayed_thing_leaves_out_when_it_moved(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(DELAY_SPAN), lexicon)
    delayed = [c for c in claims if c[1] == "delayed"]
    assert [c[2] for c in delayed] == ["perilisan film superhero Iron Tide"]


def test_company_name_less_its_ending_is_its_short_form(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SHORT_COMPANY, SHORT_COMPANY_2), lexicon)
    assert ("Al Wafra Capital", "basedIn", "Doha") in claims
    assert ("Al Wafra", "basedIn", "Doha") not in claims


def test_title_before_club_noun_leaves_a_persons_name_a_person(lexicon: Lexicon) -> None:
    assert _types(doc_of(CLUB_PRESIDENT), lexicon)["Massimo Bellandi"] == "Person"


def test_shares_bought_in_a_relative_on_their_release(lexicon: Lexicon) -> None:
    assert ("Indofood", "investsIn", "Lonsum") in claims_of(doc_of(SHARES_BOUGHT_RELATIVE), lexicon)


def test_share_purchase_noun_under_a_light_verb_is_a_stake(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SHARE_PURCHASE_NOUN), lexicon)
    assert claims[("PT Global Mediacom Tbk", "investsIn", "PT Mobile-8 Telecom Tbk")] == "asserted"
    assert ("PT Global Mediacom Tbk", "acquires", "PT Mobile-8 Telecom Tbk") not in claims


def test_investing_in_a_place_each_listed_investor(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(PLACE_INVESTMENT), lexicon)
    for company in ("Samsung", "LG", "Nokia"):
        assert claims[(company, "investsIn", "Indonesia")] == "negated"
    # the investors must be named: not the country describing them ("perusahaan Indonesia yang berinvestasi …")
    described = claims_of(doc_of(PLACE_INVESTMENT_DESCRIBED), lexicon)
    assert not [c for c in described if c[1] == "investsIn"]


def test_party_after_a_board_title_is_cut_off_its_official(lexicon: Lexicon) -> None:
    types = _types(doc_of(BOARD_PARTY_RUN, BOARD_PARTY_ALONE), lexicon)
    assert types.get("Hanura") == "Organization" and types.get("Yuddy Chrisnandi") == "Person"


def test_an_activity_led_is_not_the_body_inside_it(lexicon: Lexicon) -> None:
    assert not [c for c in claims_of(doc_of(LED_ACTIVITY), lexicon) if c[1] == "leads"]


def test_route_end_is_no_seat(lexicon: Lexicon) -> None:
    assert not [c for c in claims_of(doc_of(ROUTE_PAIR), lexicon) if c[1] == "basedIn"]


def test_person_name_tagged_in_part_after_a_title_is_one_name(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SPLIT_PERSON), lexicon)
    assert ("Benhor Tomi Mano", "leads", "Jayapura") in claims


def test_quoted_titles_listed_after_a_work_noun_are_whole_works(lexicon: Lexicon) -> None:
    doc = doc_of(QUOTED_SINGLES)
    types = _types(doc, lexicon)
    assert types["Sekai wa Kitto Mirai no Naka"] == "Product"
    assert types["Itaikurai Kimi ga Afureteiruyo"] == "Product"
    claims = claims_of(doc, lexicon)
    assert ("Zard", "releases", "Sekai wa Kitto Mirai no Naka") in claims
    assert ("Zard", "releases", "Itaikurai Kimi ga Afureteiruyo") in claims


def test_a_named_persons_relative_is_not_that_person(lexicon: Lexicon) -> None:
    assert not [c for c in claims_of(doc_of(RELATIVES_ACT), lexicon) if c[1] == "releases"]


def test_capitalised_word_with_its_clitic_is_no_name(lexicon: Lexicon) -> None:
    doc = doc_of(CLITIC_WORD)
    assert "Perdananya" not in _types(doc, lexicon)
    assert ("The Virgin", "releases", "Yes I Am") in claims_of(doc, lexicon)


def test_dutch_era_honorific_is_no_name(lexicon: Lexicon) -> None:
    doc = doc_of(DUTCH_HONORIFIC)
    assert "Mr" not in _types(doc, lexicon)
    assert not [c for c in claims_of(doc, lexicon) if c[2] == "Mr"]


def test_owned_rival_noun_states_the_rivalry_whatever_the_clause_hedges(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(ETERNAL_RIVAL), lexicon)
    assert claims[("Nadal", "competesWith", "Roger Federer")] == "asserted"


def test_a_flights_route_is_no_origin_and_the_flight_no_name(lexicon: Lexicon) -> None:
    doc = doc_of(FLIGHT_ROUTE)
    assert "Garuda Indonesia" in _types(doc, lexicon)
    assert not [c for c in claims_of(doc, lexicon) if c[1] == "basedIn"]


def test_unit_head_title_is_no_part_of_the_ministry(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(UNIT_HEAD_TITLE), lexicon)
    assert ("Ignasius Jonan", "leads", "Kementerian Perhubungan") in claims
    assert not [c for c in claims if "Kapuskom" in c[2]]


def test_shares_bought_that_the_text_calls_an_acquisition_are_a_takeover(lexicon: Lexicon) -> None:
    alone = claims_of(doc_of(CALLED_ACQ_1), lexicon)
    assert ("Indofood", "investsIn", "Lonsum") in alone
    claims = claims_of(doc_of(CALLED_ACQ_1, CALLED_ACQ_2), lexicon)
    assert claims[("Indofood", "acquires", "Lonsum")] == "asserted"
    assert ("Indofood", "investsIn", "Lonsum") not in claims
