"""Fourteenth session (2026-12-07): a company's last word such as "Mill", "Calcio" or "Racing" keeps a run tagged as a
person an organisation's name ("PT Boga Sari Flour Mill", "Red Bull Racing"); English C-suite titles written in full
("Chief Commercial Officer") are titles, not names; the one replaced after an office phrase ("menetapkan X sebagai
direktur utama baru, menggantikan Y") held that office; "Y akan menggantikan X sebagai <title> <org>" gives Y the
office (hedged by "akan"); two titles of one office ("Presiden Direktur dan CEO") share the organisation after them, and
a bare "perseroan" there is the company the report is about; an encyclopedic lead opens with a whole name though
its first word is a dictionary word ("Cahaya Pagi adalah album …", "Sembilan Bintang adalah grup vokal …"); heads of a
unit ("Kabid Humas") are titles cut off the body after them; "Ketua Fraksi Partai X DPR Y" keeps the faction whole
where "Fraksi" stands alone elsewhere; "X mengundurkan diri dari jabatannya" ends the office the title gave X (one
triple, negated), and "Y akan menggantikan X" passes that office to Y; "dirinya" before a title is the holder, in a
clause whose cues count ("membantah dirinya masih menjabat Ketua X"); "dipimpin oleh Direktur Utama X" is ceoOf; a
maker word after a product noun's modifiers ("mobil listrik perkotaan buatan X") names its maker; "Kabupaten X"
and "X" in one document are one region; police ranks written with the service ("Jenderal Polisi") are titles; "Langkah
itu diambil untuk bersaing dengan Y" is the step of the previous sentence's subject, which may be the company a
descriptive subject names ("Maskapai berbiaya murah PT X menurunkan …"); "anak usahanya, PT Y" after a comma is the
subsidiary of the name before "dan", or of the company whose chief is the clause's subject; a nominee ("mengusung X
sebagai calon Gubernur Y") is a candidate for that office (speculative) and keeps the office the object names, and a
party that nominates is not the office's organisation; "menjadi alternatif Zoom" makes a rival of Zoom; a
broadcaster airing a named show ("menayangkan sinetron X") releases it; "sebagai ketua umum partai" names the story's
party, and "tetap akan" before an appointment still to come hedges it.
Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

MILL_COMPANY = (
conll('Ia memegang posisi di anak perusahaan Indofood, PT Boga Sari Flour Mill sebagai Chief Commercial Officer.', """
        Ia dia PRON 2 nsubj
        memegang pegang VERB 0 root
        posisi posisi NOUN 2 obj
        di di ADP 5 case
        anak anak NOUN 3 nmod
        perusahaan usaha NOUN 5 compound
        Indofood indofood PROPN 6 nmod
        , , PUNCT 5 punct
        PT pt PROPN 5 appos _ B-ORG
        Boga boga PROPN 9 flat:name _ E-ORG
        Sari sari PROPN 10 flat:name _ B-PER
        Flour flour PROPN 11 flat:name _ I-PER
        Mill mill PROPN 12 flat:name _ E-PER
        sebagai sebagai ADP 15 case
        Chief chief PROPN 9 nmod _ B-PER
        Commercial commercial PROPN 15 flat:name _ I-PER
        Officer officer PROPN 16 flat:name _ E-PER
        . . PUNCT 2 punct
    """)
)

CLUB_ENDS = (
conll('Pelatih itu pindah dari Udinese Calcio ke Red Bull Racing.', """
        Pelatih pelatih NOUN 3 nsubj
        itu itu DET 1 det
        pindah pindah VERB 0 root
        dari dari ADP 5 case
        Udinese udinese PROPN 3 obl _ B-ORG
        Calcio calcio PROPN 5 flat:name _ E-ORG
        ke ke ADP 8 case
        Red red PROPN 3 obl _ B-PER
        Bull bull PROPN 8 flat:name _ I-PER
        Racing racing PROPN 9 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)


def test_a_company_word_ending_a_run_the_ner_calls_a_person_keeps_it_one_organisation(lexicon: Lexicon) -> None:
    doc = doc_of(MILL_COMPANY)
    assert _types(doc, lexicon) == {"Indofood": "Organization", "PT Boga Sari Flour Mill": "Organization"}
    assert claims_of(doc, lexicon) == {("Indofood", "investsIn", "PT Boga Sari Flour Mill"): "asserted"}
    assert _types(doc_of(CLUB_ENDS), lexicon) == {"Udinese Calcio": "Organization",
                                                  "Red Bull Racing": "Organization"}

PREDECESSOR_AFTER_OFFICE = (
conll('Rapat pemegang saham PT Pelabuhan Samudra Indonesia menetapkan Bambang Sutrisno sebagai direktur utama baru, '
      'menggantikan Teguh Santoso.', """
        Rapat rapat NOUN 8 nsubj
        pemegang pegang NOUN 1 compound
        saham saham NOUN 2 compound
        PT pt PROPN 3 nmod _ B-ORG
        Pelabuhan penlabuhan PROPN 4 flat:name _ I-ORG
        Samudra samudra PROPN 5 flat:name _ I-ORG
        Indonesia indonesia PROPN 6 flat:name _ E-ORG
        menetapkan tetap VERB 0 root
        Bambang bambang PROPN 8 obj _ B-PER
        Sutrisno sutrisno PROPN 9 flat:name _ E-PER
        sebagai sebagai ADP 12 case
        direktur direktur NOUN 8 obl
        utama utama ADJ 12 amod
        baru baru ADJ 12 amod
        , , PUNCT 16 punct
        menggantikan ganti VERB 8 conj
        Teguh teguh PROPN 16 obj _ B-PER
        Santoso santoso PROPN 17 flat:name _ E-PER
        . . PUNCT 8 punct
    """)
)

SUCCESSOR_AS_OFFICE = (
conll('PT Kirana Telekomunikasi Tbk mengumumkan Rajeev Sethi akan menggantikan Dewi Kartika sebagai Presiden Direktur '
      'dan CEO perseroan mulai April.', """
        PT pt PROPN 5 nsubj _ B-ORG
        Kirana kirana PROPN 1 flat:name _ I-ORG
        Telekomunikasi telekomunikasi PROPN 2 flat:name _ I-ORG
        Tbk tbk PROPN 3 flat:name _ E-ORG
        mengumumkan umum VERB 0 root
        Rajeev rajeev PROPN 5 obj _ B-PER
        Sethi sethi PROPN 6 flat:name _ E-PER
        akan akan AUX 9 aux
        menggantikan ganti VERB 5 xcomp
        Dewi dewi PROPN 9 obj _ B-PER
        Kartika kartika PROPN 10 flat:name _ E-PER
        sebagai sebagai ADP 13 case
        Presiden presiden NOUN 9 obl
        Direktur direktur PROPN 13 nmod
        dan dan CCONJ 16 cc
        CEO ceo PROPN 14 conj _ S-ORG
        perseroan perseroan NOUN 16 flat:name
        mulai mulai VERB 9 conj
        April april PROPN 18 obj
        . . PUNCT 5 punct
    """)
)


def test_the_one_replaced_after_an_office_phrase_held_that_office(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(PREDECESSOR_AFTER_OFFICE), lexicon) == {
        ("Bambang Sutrisno", "ceoOf", "PT Pelabuhan Samudra Indonesia"): "asserted",
        ("Teguh Santoso", "ceoOf", "PT Pelabuhan Samudra Indonesia"): "asserted"}


def test_a_successor_named_with_the_office_takes_it_over_hedged_by_its_verb(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SUCCESSOR_AS_OFFICE), lexicon) == {
        ("Dewi Kartika", "ceoOf", "PT Kirana Telekomunikasi Tbk"): "asserted",
        ("Rajeev Sethi", "ceoOf", "PT Kirana Telekomunikasi Tbk"): "speculative"}

LEAD_ALBUM = (
conll('Cahaya Pagi adalah album studio pertama karya grup musik pop Nada Kita.', """
        Cahaya cahaya NOUN 4 nsubj
        Pagi pagi PROPN 1 flat:name
        adalah adalah AUX 4 cop
        album album NOUN 0 root
        studio studio NOUN 4 compound
        pertama pertama ADJ 5 amod
        karya karya NOUN 4 compound
        grup grup NOUN 7 compound
        musik musik NOUN 8 compound
        pop pop PROPN 9 nmod
        Nada nada PROPN 10 flat:name
        Kita kita PRON 11 det
        . . PUNCT 4 punct
    """)
)

LEAD_GROUP = (
conll('Sembilan Bintang adalah grup vokal asal Jakarta.', """
        Sembilan sembilan NUM 2 nummod
        Bintang bintang PROPN 4 nsubj
        adalah adalah AUX 4 cop
        grup grup NOUN 0 root
        vokal vokal NOUN 4 compound
        asal asal ADP 7 case
        Jakarta jakarta PROPN 4 nmod _ S-LOC
        . . PUNCT 4 punct
    """)
)

UNIT_HEAD = (
conll('Kabid Humas Polda Sumatera Utara Kombes Pol Heri Sulistyo mengatakan 14 tersangka ditahan.', """
        Kabid kabid PROPN 10 nsubj
        Humas humas PROPN 1 flat:name
        Polda polda PROPN 2 flat:name
        Sumatera sumatera PROPN 3 flat:name
        Utara utara PROPN 4 flat:name
        Kombes kombes PROPN 4 flat:name
        Pol pol PROPN 6 flat:name
        Heri heri PROPN 7 flat:name _ B-PER
        Sulistyo sulistyo PROPN 8 flat:name _ E-PER
        mengatakan kata VERB 0 root
        14 14 NUM 12 nummod
        tersangka sangka NOUN 10 obj
        ditahan tahan VERB 12 acl
        . . PUNCT 10 punct
    """)
)

FACTION_CHAIR = (
conll('Ketua Fraksi Partai Persatuan Rakyat DPR Syahrul Anwar menolak rencana itu.', """
        Ketua ketua NOUN 9 nsubj
        Fraksi fraksi PROPN 1 nmod
        Partai partai PROPN 2 flat:name _ B-ORG
        Persatuan persatuan PROPN 3 flat:name _ I-ORG
        Rakyat rakyat PROPN 4 flat:name _ E-ORG
        DPR dpr PROPN 5 flat:name _ S-ORG
        Syahrul syahrul PROPN 6 flat:name _ B-PER
        Anwar anwar PROPN 7 flat:name _ E-PER
        menolak tolak VERB 0 root
        rencana rencana NOUN 9 obj
        itu itu DET 10 det
        . . PUNCT 9 punct
    """)
    + conll('Fraksi menolak rencana itu.', """
        Fraksi fraksi PROPN 2 nsubj
        menolak tolak VERB 0 root
        rencana rencana NOUN 2 obj
        itu itu DET 3 det
        . . PUNCT 2 punct
    """)
)


def test_an_encyclopedic_lead_opens_with_the_whole_name(lexicon: Lexicon) -> None:
    album = doc_of(LEAD_ALBUM)
    assert _types(album, lexicon)["Cahaya Pagi"] == "Product"
    assert claims_of(album, lexicon)[("Cahaya Pagi", "developedBy", "Nada Kita")] == "asserted"
    assert claims_of(doc_of(LEAD_GROUP), lexicon) == {("Sembilan Bintang", "basedIn", "Jakarta"): "asserted"}


def test_a_unit_heads_short_title_is_cut_off_the_body_after_it(lexicon: Lexicon) -> None:
    assert _types(doc_of(UNIT_HEAD), lexicon) == {"Polda Sumatera Utara": "Organization",
                                                  "Heri Sulistyo": "Person"}


def test_a_faction_named_alone_elsewhere_is_not_cut_off_its_party(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(FACTION_CHAIR), lexicon) == {
        ("Syahrul Anwar", "leads", "Fraksi Partai Persatuan Rakyat DPR"): "asserted"}

RESIGNED = (
conll('Bupati Kebumen Sutarno Adi mengundurkan diri dari jabatannya.', """
        Bupati bupati PROPN 5 nsubj
        Kebumen kebumen PROPN 1 flat:name
        Sutarno sutarno PROPN 2 flat:name _ B-PER
        Adi adi PROPN 3 flat:name _ E-PER
        mengundurkan undur VERB 0 root
        diri diri NOUN 5 obj
        dari dari ADP 8 case
        jabatan jabat NOUN 6 nmod
        nya dia PRON 8 nmod:poss
        . . PUNCT 5 punct
    """)
    + conll('Wakil Bupati Nur Hasanah akan menggantikan Sutarno hingga 2015.', """
        Wakil wakil PROPN 6 nsubj
        Bupati bupati PROPN 1 flat:name
        Nur nur PROPN 2 flat:name _ B-PER
        Hasanah hasanah PROPN 3 flat:name _ E-PER
        akan akan AUX 6 aux
        menggantikan ganti VERB 0 root
        Sutarno sutarno PROPN 6 obj _ S-PER
        hingga hingga ADP 6 mark
        2015 2015 NUM 6 nummod
        . . PUNCT 6 punct
    """)
)

REFLEXIVE_DENIAL = (
conll('Ahmad Fauzi Harahap membantah dirinya masih menjabat Ketua Yayasan Cahaya Bangsa.', """
        Ahmad ahmad PROPN 4 nsubj _ B-PER
        Fauzi fauzi PROPN 1 flat:name _ I-PER
        Harahap harahap PROPN 2 flat:name _ E-PER
        membantah bantah VERB 0 root
        diri diri PRON 4 obj
        nya dia PRON 5 nmod:poss
        masih masih ADV 8 advmod
        menjabat jabat VERB 4 ccomp
        Ketua ketua NOUN 8 obj
        Yayasan yayasan PROPN 9 nmod
        Cahaya cahaya PROPN 10 flat:name
        Bangsa bangsa PROPN 11 flat:name
        . . PUNCT 4 punct
    """)
)

LED_BY_CHIEF_EXECUTIVE = (
conll('PT Sari Kopi Deli Tbk dipimpin oleh Direktur Utama Lydia Halim.', """
        PT pt PROPN 6 nsubj:pass _ B-ORG
        Sari sari PROPN 1 flat:name _ I-ORG
        Kopi kopi PROPN 2 flat:name _ I-ORG
        Deli deli PROPN 3 flat:name _ I-ORG
        Tbk tbk PROPN 4 flat:name _ E-ORG
        dipimpin pimpin VERB 0 root
        oleh oleh ADP 8 case
        Direktur direktur PROPN 6 obl
        Utama utama ADJ 8 amod
        Lydia lydia PROPN 8 flat:name _ B-PER
        Halim halim PROPN 10 flat:name _ E-PER
        . . PUNCT 6 punct
    """)
)

MAKER_PAST_MODIFIERS = (
conll('Tawon adalah mobil listrik perkotaan buatan PT Kendaraan Listrik Nusantara.', """
        Tawon tawon PROPN 3 nsubj _ S-PER
        adalah adalah AUX 3 cop
        mobil mobil NOUN 0 root
        listrik listrik NOUN 3 compound
        perkotaan kota NOUN 4 compound
        buatan buat NOUN 5 compound
        PT pt PROPN 6 nmod _ B-ORG
        Kendaraan kendaraan PROPN 7 flat:name _ I-ORG
        Listrik listrik PROPN 8 flat:name _ I-ORG
        Nusantara nusantara PROPN 9 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)


def test_an_office_left_unnamed_ends_the_title_and_passes_to_the_successor(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(RESIGNED), lexicon) == {("Sutarno Adi", "leads", "Kebumen"): "negated",
                                                    ("Nur Hasanah", "leads", "Kebumen"): "speculative"}


def test_a_reflexive_holder_takes_the_cues_of_its_clause(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(REFLEXIVE_DENIAL), lexicon) == {
        ("Ahmad Fauzi Harahap", "leads", "Yayasan Cahaya Bangsa"): "negated"}


def test_led_by_a_chief_executive_is_the_chief_executives_office(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(LED_BY_CHIEF_EXECUTIVE), lexicon) == {
        ("Lydia Halim", "ceoOf", "PT Sari Kopi Deli Tbk"): "asserted"}


def test_a_maker_word_after_the_product_nouns_modifiers_names_the_maker(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(MAKER_PAST_MODIFIERS), lexicon) == {
        ("Tawon", "developedBy", "PT Kendaraan Listrik Nusantara"): "asserted"}

REGENCY_TWICE = (
conll('Bupati Grobogan Slamet Riyadi meresmikan jembatan di Kabupaten Grobogan.', """
        Bupati bupati PROPN 5 nsubj
        Grobogan grobogan PROPN 1 flat:name
        Slamet slamet PROPN 2 flat:name _ B-PER
        Riyadi riyadi PROPN 3 flat:name _ E-PER
        meresmikan resmi VERB 0 root
        jembatan jembatan NOUN 5 obj
        di di ADP 8 case
        Kabupaten kabupaten PROPN 6 nmod _ B-LOC
        Grobogan grobogan PROPN 8 flat:name _ E-LOC
        . . PUNCT 5 punct
    """)
)


def test_a_region_with_and_without_its_administrative_word_is_one_entity(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(REGENCY_TWICE), lexicon) == {
        ("Slamet Riyadi", "leads", "Kabupaten Grobogan"): "asserted"}

STEP_TAKEN = (
conll('Maskapai berbiaya murah PT Langit Biru Airlines menurunkan harga tiket.', """
        Maskapai maskapai NOUN 8 nsubj
        berbiaya biaya VERB 1 compound
        murah murah ADJ 2 amod
        PT pt PROPN 1 nmod _ B-ORG
        Langit langit PROPN 4 flat:name _ I-ORG
        Biru biru PROPN 5 flat:name _ I-ORG
        Airlines airlines PROPN 6 flat:name _ E-ORG
        menurunkan turun VERB 0 root
        harga harga NOUN 8 obj
        tiket tiket NOUN 9 compound
        . . PUNCT 8 punct
    """)
    + conll('Langkah itu diambil untuk bersaing dengan Rajawali Air.', """
        Langkah langkah NOUN 3 nsubj:pass
        itu itu DET 1 det
        diambil ambil VERB 0 root
        untuk untuk ADP 5 mark
        bersaing saing VERB 3 xcomp
        dengan dengan ADP 7 case
        Rajawali rajawali PROPN 5 obl _ B-ORG
        Air air PROPN 7 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)


def test_a_step_pointed_back_at_is_the_previous_sentences_actors(lexicon: Lexicon) -> None:
    # the actor is the company a descriptive subject names ("Maskapai … PT X menurunkan …")
    claims = claims_of(doc_of(STEP_TAKEN), lexicon)
    assert set(claims) == {("PT Langit Biru Airlines", "competesWith", "Rajawali Air")}

PARENT_AND_SUBSIDIARY = (
conll('PT Samudra Daya Energi Tbk dan anak usahanya, PT Samudra Daya Tambang, melakukan akuisisi atas 60 persen '
      'saham PT Borneo Bara Sejati.', """
        PT pt PROPN 16 nsubj _ B-ORG
        Samudra samudra PROPN 1 flat:name _ I-ORG
        Daya daya PROPN 2 flat:name _ I-ORG
        Energi energi PROPN 3 flat:name _ I-ORG
        Tbk tbk PROPN 4 flat:name _ E-ORG
        dan dan CCONJ 7 cc
        anak anak NOUN 1 conj
        usaha usaha NOUN 7 compound
        nya dia PRON 8 nmod:poss
        , , PUNCT 16 punct
        PT pt PROPN 16 nsubj _ B-ORG
        Samudra samudra PROPN 11 flat:name _ I-ORG
        Daya daya PROPN 12 flat:name _ I-ORG
        Tambang tambang PROPN 13 flat:name _ E-ORG
        , , PUNCT 16 punct
        melakukan laku VERB 0 root
        akuisisi akuisisi NOUN 16 obj
        atas atas ADP 20 case
        60 60 NUM 20 nummod
        persen persen NOUN 17 nmod
        saham saham NOUN 20 compound
        PT pt PROPN 21 nmod _ B-ORG
        Borneo borneo PROPN 22 flat:name _ I-ORG
        Bara bara PROPN 23 flat:name _ I-ORG
        Sejati sejati PROPN 24 flat:name _ E-ORG
        . . PUNCT 16 punct
    """)
)


def test_a_subsidiary_apposed_after_its_own_noun_and_a_comma_is_the_parents(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(PARENT_AND_SUBSIDIARY), lexicon) == {
        ("PT Samudra Daya Energi Tbk", "investsIn", "PT Samudra Daya Tambang"): "asserted",
        ("PT Samudra Daya Energi Tbk", "acquires", "PT Borneo Bara Sejati"): "asserted",
        ("PT Samudra Daya Tambang", "acquires", "PT Borneo Bara Sejati"): "asserted"}

NOMINATED = (
conll('Partai Demokrasi Pembangunan dikabarkan akan mengusung Wali Kota Bekasi Rahmat Hidayat sebagai calon Gubernur '
      'Jawa Barat.', """
        Partai partai PROPN 4 nsubj:pass _ B-ORG
        Demokrasi demokrasi PROPN 1 flat:name _ I-ORG
        Pembangunan pembangunan PROPN 2 flat:name _ E-ORG
        dikabarkan kabar VERB 0 root
        akan akan AUX 6 aux
        mengusung kusung VERB 4 xcomp
        Wali wali PROPN 6 obj
        Kota kota PROPN 7 flat:name
        Bekasi bekasi PROPN 8 flat:name
        Rahmat rahmat PROPN 9 flat:name _ B-PER
        Hidayat hidayat PROPN 10 flat:name _ E-PER
        sebagai sebagai ADP 13 case
        calon calon NOUN 6 obl
        Gubernur gubernur PROPN 13 nmod
        Jawa jawa PROPN 14 flat:name _ B-LOC
        Barat barat PROPN 15 amod _ E-LOC
        . . PUNCT 4 punct
    """)
)

NOMINATED_OUTSIDE = (
conll('Dengan mengusung Aburizal Bakrie sebagai presiden, Golkar akan mengutamakan koalisi.', """
        Dengan dengan SCONJ 2 mark
        mengusung kusung VERB 10 advcl
        Aburizal aburizal PROPN 2 obj _ B-PER
        Bakrie bakrie PROPN 3 flat:name _ E-PER
        sebagai sebagai ADP 6 case
        presiden presiden NOUN 2 obl
        , , PUNCT 10 punct
        Golkar golkar PROPN 10 nsubj _ S-ORG
        akan akan AUX 10 aux
        mengutamakan kutama VERB 0 root
        koalisi koalisi NOUN 10 obj
        . . PUNCT 10 punct
    """)
)


def test_a_nominee_holds_the_office_in_the_object_and_is_only_a_candidate_for_the_other(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(NOMINATED), lexicon) == {("Rahmat Hidayat", "leads", "Bekasi"): "asserted",
                                                    ("Rahmat Hidayat", "leads", "Jawa Barat"): "speculative"}
    assert claims_of(doc_of(NOMINATED_OUTSIDE), lexicon) == {}  # the party nominates; it is not what is led

ALTERNATIVE = (
conll('Layanan Temuin kini menjadi alternatif Zoom bagi perusahaan.', """
        Layanan layanan NOUN 4 nsubj
        Temuin temuin PROPN 1 flat:name
        kini kini ADV 4 advmod
        menjadi jadi VERB 0 root
        alternatif alternatif NOUN 4 obj
        Zoom zoom PROPN 5 nmod
        bagi bagi ADP 8 case
        perusahaan usaha NOUN 5 nmod
        . . PUNCT 4 punct
    """)
)

ALTERNATIVE_ENERGY = (
conll('Pemerintah mendorong penggunaan energi alternatif.', """
        Pemerintah perintah NOUN 2 nsubj
        mendorong dorong VERB 0 root
        penggunaan guna NOUN 2 obj
        energi energi NOUN 3 compound
        alternatif alternatif ADJ 4 amod
        . . PUNCT 2 punct
    """)
)


def test_an_alternative_to_a_named_product_competes_with_it(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(ALTERNATIVE), lexicon) == {("Temuin", "competesWith", "Zoom"): "asserted"}
    assert claims_of(doc_of(ALTERNATIVE_ENERGY), lexicon) == {}

BROADCAST = (
conll('Stasiun televisi Nusa TV akan menayangkan sinetron "Cinta Desa" mulai pekan depan.', """
        Stasiun stasiun NOUN 6 nsubj
        televisi televisi NOUN 1 compound
        Nusa nusa PROPN 2 nmod _ B-ORG
        TV tv PROPN 3 flat:name _ E-ORG
        akan akan AUX 6 aux
        menayangkan tayang VERB 0 root
        sinetron sinetron NOUN 6 obj
        " " PUNCT 9 punct
        Cinta cinta PROPN 7 appos
        Desa desa PROPN 9 flat:name
        " " PUNCT 9 punct
        mulai mulai VERB 6 advcl
        pekan pekan NOUN 12 obj
        depan depan ADJ 13 amod
        . . PUNCT 6 punct
    """)
)


def test_a_broadcaster_airing_a_named_show_releases_it(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(BROADCAST), lexicon) == {("Nusa TV", "releases", "Cinta Desa"): "speculative"}

CONFIRMED_BY_CONGRESS = (
conll('Kongres Partai Karya Bangsa digelar di Bali.', """
        Kongres kongres PROPN 5 nsubj:pass
        Partai partai PROPN 1 flat:name _ B-ORG
        Karya karya PROPN 2 flat:name _ I-ORG
        Bangsa bangsa PROPN 3 flat:name _ E-ORG
        digelar gelar VERB 0 root
        di di ADP 7 case
        Bali bali PROPN 5 obl _ S-LOC
        . . PUNCT 5 punct
    """)
    + conll('Kongres tetap akan mengukuhkan Budi Santoso sebagai ketua umum partai.', """
        Kongres kongres PROPN 4 nsubj
        tetap tetap ADV 4 advmod
        akan akan AUX 4 aux
        mengukuhkan kukuh VERB 0 root
        Budi budi PROPN 4 obj _ B-PER
        Santoso santoso PROPN 5 flat:name _ E-PER
        sebagai sebagai ADP 8 case
        ketua ketua NOUN 4 obl
        umum umum ADJ 8 amod
        partai partai NOUN 8 compound
        . . PUNCT 4 punct
    """)
)


def test_an_appointment_to_the_bare_party_still_to_come_is_speculative(lexicon: Lexicon) -> None:
    # "partai" alone after the title is the party of the story; "tetap akan" before an appointment is no state going on
    assert claims_of(doc_of(CONFIRMED_BY_CONGRESS), lexicon) == {
        ("Budi Santoso", "leads", "Partai Karya Bangsa"): "speculative"}

RESIGNATION_PLANNED = (
conll('Bupati Kebumen Sutarno Adi akan mengundurkan diri dari jabatannya.', """
        Bupati bupati PROPN 6 nsubj
        Kebumen kebumen PROPN 1 flat:name
        Sutarno sutarno PROPN 2 flat:name _ B-PER
        Adi adi PROPN 3 flat:name _ E-PER
        akan akan AUX 6 aux
        mengundurkan undur VERB 0 root
        diri diri NOUN 6 obj
        dari dari ADP 9 case
        jabatan jabat NOUN 7 nmod
        nya dia PRON 9 nmod:poss
        . . PUNCT 6 punct
    """)
)


def test_a_resignation_only_planned_leaves_the_title_standing(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(RESIGNATION_PLANNED), lexicon) == {("Sutarno Adi", "leads", "Kebumen"): "asserted"}
