"""Work titles written without quotes ("puisi Senja di Pelabuhan karya X"), offices one is confirmed in or acclaimed to
("dikukuhkan", "didaulat sebagai Ketua X"), parties written "partai Buruh", organisations "from" a country ("Olympiakos
dari Yunani"), partnerships named with their field ("kerja sama di bidang keamanan dengan B", "kerja sama bidang
kesehatan antara A dan B") and the field's own "ke-…-an" nouns, which are no activity standing between a partnership and
its parties.
2026-12-06, seventh session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

import pytest
from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

FIELD_DENGAN = (
conll('PT Sinar Mas menjalin kerja sama di bidang keamanan siber dengan Universitas Gadjah Mada.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ I-ORG
        Mas mas PROPN 2 flat:name _ E-ORG
        menjalin jalin VERB 0 root
        kerja kerja NOUN 4 obj
        sama sama ADJ 5 amod
        di di ADP 8 case
        bidang bidang NOUN 4 obl
        keamanan aman NOUN 8 compound
        siber siber NOUN 9 compound
        dengan dengan ADP 12 case
        Universitas universitas PROPN 8 nmod _ B-ORG
        Gadjah gadjah PROPN 12 flat:name _ I-ORG
        Mada mada PROPN 13 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)


FIELD_BARE = (
conll('Nota kesepahaman kerja sama bidang kesehatan antara PT Sinar Mas dan Universitas Gadjah Mada ditandatangani Senin.', """
        Nota nota NOUN 15 nsubj:pass
        kesepahaman kesepahaman NOUN 1 compound
        kerja kerja NOUN 2 compound
        sama sama ADJ 5 amod
        bidang bidang NOUN 1 compound
        kesehatan sehat NOUN 5 compound
        antara antara ADP 8 case
        PT pt PROPN 5 nmod _ B-ORG
        Sinar sinar PROPN 8 flat:name _ I-ORG
        Mas mas PROPN 9 flat:name _ E-ORG
        dan dan CCONJ 12 cc
        Universitas universitas PROPN 8 conj _ B-ORG
        Gadjah gadjah PROPN 12 flat:name _ I-ORG
        Mada mada PROPN 13 flat:name _ E-ORG
        ditandatangani tanda-tangan VERB 0 root
        Senin senin PROPN 15 obj
        . . PUNCT 15 punct
    """)
)


KE_AN_FIELD = (
conll('Kerja sama kesehatan PT Sinar Mas dan Universitas Gadjah Mada diteken Senin.', """
        Kerja kerja NOUN 11 nsubj:pass
        sama sama ADJ 1 amod
        kesehatan sehat NOUN 1 compound
        PT pt PROPN 3 nmod _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Mas mas PROPN 5 flat:name _ E-ORG
        dan dan CCONJ 8 cc
        Universitas universitas PROPN 4 conj _ B-ORG
        Gadjah gadjah PROPN 8 flat:name _ I-ORG
        Mada mada PROPN 9 flat:name _ E-ORG
        diteken teken VERB 0 root
        Senin senin PROPN 11 obj
        . . PUNCT 11 punct
    """)
)


PE_AN_ACTIVITY = (
conll('Nota kesepahaman pembangunan pabrik PT Sinar Mas ditandatangani Universitas Gadjah Mada.', """
        Nota nota NOUN 8 nsubj:pass
        kesepahaman kesepahaman NOUN 1 compound
        pembangunan bangun NOUN 2 compound
        pabrik pabrik NOUN 3 compound
        PT pt PROPN 4 nmod _ B-ORG
        Sinar sinar PROPN 5 flat:name _ I-ORG
        Mas mas PROPN 6 flat:name _ E-ORG
        ditandatangani tanda-tangan VERB 0 root
        Universitas universitas PROPN 8 obj _ B-ORG
        Gadjah gadjah PROPN 9 flat:name _ I-ORG
        Mada mada PROPN 10 flat:name _ E-ORG
        . . PUNCT 8 punct
    """)
)


ORIGIN_DARI = (
conll('Klub Olympiakos dari Yunani akan menghadapi Benfica pekan depan.', """
        Klub klub NOUN 6 nsubj _ B-ORG
        Olympiakos olympiakos PROPN 1 flat:name _ E-ORG
        dari dari ADP 4 case
        Yunani yunani PROPN 1 nmod _ S-LOC
        akan akan AUX 6 aux
        menghadapi hadap VERB 0 root
        Benfica benfica PROPN 6 obj
        pekan pekan NOUN 7 compound
        depan depan NOUN 8 compound
        . . PUNCT 6 punct
    """)
)


ARRIVAL_DARI = (
conll('Presiden tiba di Markas Besar TNI dari Bogor pada Senin pagi.', """
        Presiden presiden NOUN 2 nsubj
        tiba tiba VERB 0 root
        di di ADP 4 case
        Markas markas PROPN 2 obl _ B-LOC
        Besar besar PROPN 4 flat:name _ I-LOC
        TNI tni PROPN 5 flat:name _ E-LOC
        dari dari ADP 8 case
        Bogor bogor PROPN 4 nmod _ S-LOC
        pada pada ADP 10 case
        Senin senin PROPN 2 obl
        pagi pagi NOUN 10 compound
        . . PUNCT 2 punct
    """)
)



LOWER_PARTY = (
conll('Pemimpin partai Buruh, Keir Starmer, berpidato di London.', """
        Pemimpin pemimpin NOUN 8 nsubj
        partai partai NOUN 1 compound
        Buruh buruh PROPN 2 nmod
        , , PUNCT 5 punct
        Keir keir PROPN 1 appos _ B-PER
        Starmer starmer PROPN 5 flat:name _ E-PER
        , , PUNCT 8 punct
        berpidato pidat VERB 0 root
        di di ADP 10 case
        London london PROPN 8 obl _ S-LOC
        . . PUNCT 8 punct
    """)
)


PARTY_MATCH = (
conll('Ia bertanding di partai Liga Champions musim ini.', """
        Ia dia PRON 2 nsubj
        bertanding tanding VERB 0 root
        di di ADP 4 case
        partai partai NOUN 2 obl
        Liga liga PROPN 4 nmod _ B-ORG
        Champions champions PROPN 5 flat:name _ E-ORG
        musim musim NOUN 6 compound
        ini ini DET 7 det
        . . PUNCT 2 punct
    """)
)



CONFIRMED_AS = (
conll('Megawati kembali dikukuhkan sebagai ketua umum PDI Perjuangan.', """
        Megawati megawati PROPN 3 nsubj:pass _ S-PER
        kembali kembali ADV 3 advmod
        dikukuhkan kukuh VERB 0 root
        sebagai sebagai ADP 5 case
        ketua ketua NOUN 3 obl
        umum umum ADJ 5 amod
        PDI pdi PROPN 5 nmod _ B-ORG
        Perjuangan juang PROPN 7 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)


ACCLAIMED_AS = (
conll('Rudi Hartono didaulat sebagai Ketua Persatuan Bulu Tangkis Seluruh Indonesia.', """
        Rudi rudi PROPN 3 nsubj:pass _ B-PER
        Hartono hartono PROPN 1 flat:name _ E-PER
        didaulat daulat VERB 0 root
        sebagai sebagai ADP 5 case
        Ketua ketua PROPN 3 obl
        Persatuan persatuan PROPN 5 flat:name _ B-ORG
        Bulu bulu PROPN 6 flat:name _ I-ORG
        Tangkis tangkis PROPN 7 flat:name _ I-ORG
        Seluruh seluruh DET 10 det _ I-ORG
        Indonesia indonesia PROPN 8 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)



JOINT_BETWEEN = (
conll('Pemerintah menyetujui kontrak operasi bersama antara PT Bukit Asam dan PT Adaro Energy.', """
        Pemerintah perintah NOUN 2 nsubj
        menyetujui setuju VERB 0 root
        kontrak kontrak NOUN 2 obj
        operasi operasi NOUN 3 compound
        bersama bersama ADP 7 case
        antara antara ADP 7 case
        PT pt PROPN 3 nmod _ B-ORG
        Bukit bukit PROPN 7 flat:name _ I-ORG
        Asam asam PROPN 8 flat:name _ E-ORG
        dan dan CCONJ 11 cc
        PT pt PROPN 7 conj _ B-ORG
        Adaro adaro PROPN 11 flat:name _ I-ORG
        Energy energy PROPN 12 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)
)



TITLE_WITH_DI = (
conll('Ia membaca puisi Senja di Pelabuhan karya penyair Chairil Anwar.', """
        Ia dia PRON 2 nsubj
        membaca baca VERB 0 root
        puisi puisi NOUN 2 obj
        Senja senja PROPN 3 nmod
        di di ADP 6 case
        Pelabuhan penlabuhan PROPN 3 nmod _ S-LOC
        karya karya NOUN 6 compound
        penyair sair NOUN 7 compound
        Chairil chairil PROPN 8 nmod _ B-PER
        Anwar anwar PROPN 9 flat:name _ E-PER
        . . PUNCT 2 punct
    """)
)


TITLE_AFTER_OPENING_NOUN = (
conll('Lagu Indonesia Pusaka karangan Ismail Marzuki dinyanyikan di upacara itu.', """
        Lagu lagu PROPN 7 nsubj:pass
        Indonesia indonesia PROPN 1 flat:name
        Pusaka pusaka PROPN 2 flat:name
        karangan karang NOUN 1 compound
        Ismail ismail PROPN 4 nmod _ B-PER
        Marzuki marzuki PROPN 5 flat:name _ E-PER
        dinyanyikan nyanyi VERB 0 root
        di di ADP 9 case
        upacara upacara NOUN 7 obl
        itu itu DET 9 det
        . . PUNCT 7 punct
    """)
)


FILM_IN_PLACE = (
conll('Ia menonton film Dilan di Bandung pekan lalu.', """
        Ia dia PRON 2 nsubj
        menonton tonton VERB 0 root
        film film NOUN 2 obj
        Dilan dilan PROPN 3 nmod
        di di ADP 6 case
        Bandung bandung PROPN 3 nmod _ S-LOC
        pekan pekan NOUN 6 compound
        lalu lalu VERB 7 amod
        . . PUNCT 2 punct
    """)
)



VENUE_CONJUNCT = (
conll('Kita harus bersama-sama, ujar Jero di Gedung DPR/MPR, Jakarta, Senin.', """
        Kita kita PRON 5 nsubj
        harus harus AUX 3 advmod
        bersama-sama sama ADV 5 advmod
        , , PUNCT 5 punct
        ujar ujar VERB 0 root
        Jero jero PROPN 5 obj _ S-PER
        di di ADP 8 case
        Gedung gedung PROPN 5 obl _ B-LOC
        DPR dpr PROPN 8 flat:name _ E-LOC
        / / CCONJ 11 cc
        MPR mpr PROPN 8 conj _ S-ORG
        , , PUNCT 11 punct
        Jakarta jakarta PROPN 11 appos _ S-LOC
        , , PUNCT 13 punct
        Senin senin PROPN 13 appos
        . . PUNCT 5 punct
    """)
)



PARTY_ITU = (
conll('Ketua Dewan Pimpinan Pusat Partai Demokrat, Achsanul Qosasi, menilai para ketua Dewan Pimpinan Daerah Demokrat terlalu bersemangat mencalonkan Presiden Susilo Bambang Yudhoyono sebagai ketua umum partai itu.', """
        Ketua ketua NOUN 19 nsubj
        Dewan dewan PROPN 1 nmod
        Pimpinan pimpinan PROPN 2 flat:name
        Pusat pusat PROPN 3 flat:name
        Partai partai PROPN 4 flat:name _ B-ORG
        Demokrat demokrat PROPN 5 flat:name _ E-ORG
        , , PUNCT 8 punct
        Achsanul achsanul PROPN 11 nsubj _ B-PER
        Qosasi qosasi PROPN 8 flat:name _ E-PER
        , , PUNCT 11 punct
        menilai nilai VERB 0 root
        para para DET 13 det
        ketua ketua NOUN 11 obj
        Dewan dewan PROPN 13 nmod
        Pimpinan pimpinan PROPN 14 flat:name
        Daerah daerah PROPN 15 flat:name
        Demokrat demokrat PROPN 16 flat:name _ S-ORG
        terlalu terlalu ADV 19 advmod
        bersemangat semangat VERB 11 advcl
        mencalonkan calon VERB 19 xcomp
        Presiden presiden PROPN 20 obj
        Susilo susilo PROPN 21 flat:name _ B-PER
        Bambang bambang PROPN 22 flat:name _ I-PER
        Yudhoyono yudhoyono PROPN 23 flat:name _ E-PER
        sebagai sebagai ADP 26 case
        ketua ketua NOUN 20 obl
        umum umum ADJ 26 amod
        partai partai NOUN 26 compound
        itu itu DET 26 det
        . . PUNCT 19 punct
    """)
)



LED_BY_ONE_NAME = (
conll('Partai Likud, partai garis keras pimpinan Netanyahu, menang pemilu.', """
        Partai partai PROPN 10 nsubj _ B-ORG
        Likud likud PROPN 1 flat:name _ E-ORG
        , , PUNCT 1 punct
        partai partai NOUN 1 appos
        garis garis NOUN 4 compound
        keras keras ADJ 5 amod
        pimpinan pimpin NOUN 4 compound
        Netanyahu netanyahu PROPN 7 nmod
        , , PUNCT 10 punct
        menang menang VERB 0 root
        pemilu pemilu NOUN 10 obj
        . . PUNCT 10 punct
    """)
)



RAPPER = (
conll('Rapper Eminem merilis album baru pada 2013.', """
        Rapper rapper PROPN 3 nsubj _ B-PER
        Eminem eminem PROPN 1 flat:name _ E-PER
        merilis rilis VERB 0 root
        album album NOUN 3 obj
        baru baru ADJ 4 amod
        pada pada ADP 3 mark
        2013 2013 NUM 3 nummod
        . . PUNCT 3 punct
    """)
)



RIVAL_NAMED_AFTER = (
conll('Rival terbesar Persib di Liga 1 yaitu Persija Jakarta.', """
        Rival rival PROPN 0 root
        terbesar besar ADJ 1 amod
        Persib persib PROPN 1 flat:name
        di di ADP 5 case
        Liga liga PROPN 1 nmod
        1 1 NUM 5 nummod
        yaitu yaitu ADP 8 case
        Persija persija PROPN 5 appos _ B-ORG
        Jakarta jakarta PROPN 8 flat:name _ E-ORG
        . . PUNCT 1 punct
    """)
)


CHASE_IN_COMPETITION = (
conll('Grab sedang mengejar Gojek dalam persaingan di pasar ojek daring.', """
        Grab grab PROPN 3 nsubj _ S-PER
        sedang sedang AUX 3 aux
        mengejar kejar VERB 0 root
        Gojek gojek PROPN 3 obj
        dalam dalam ADP 6 case
        persaingan saing NOUN 3 obl
        di di ADP 8 case
        pasar pasar NOUN 6 nmod
        ojek ojek NOUN 8 compound
        daring daring NOUN 9 compound
        . . PUNCT 3 punct
    """)
)



HOSPITAL = (
conll('Rumah Sakit Santo Borromeus di Bandung menerima pasien itu.', """
        Rumah rumah NOUN 7 nsubj _ B-LOC
        Sakit sakit PROPN 1 nmod _ I-LOC
        Santo santo PROPN 2 flat:name _ I-LOC
        Borromeus borromeus PROPN 3 flat:name _ E-LOC
        di di ADP 6 case
        Bandung bandung PROPN 1 nmod _ S-LOC
        menerima terima VERB 0 root
        pasien pasien NOUN 7 obj
        itu itu DET 8 det
        . . PUNCT 7 punct
    """)
)



PROVINCIAL_BODY = (
conll('Ketua Komisi Pemilihan Umum (KPU) Jawa Timur Eko Sasmito membuka rapat pleno.', """
        Ketua ketua NOUN 12 nsubj
        Komisi komisi PROPN 1 flat:name
        Pemilihan pilih NOUN 2 compound
        Umum umum PROPN 3 nmod
        ( ( PUNCT 6 punct
        KPU kpu PROPN 1 appos _ S-ORG
        ) ) PUNCT 6 punct
        Jawa jawa PROPN 6 appos
        Timur timur PROPN 8 flat:name
        Eko eko PROPN 9 flat:name _ B-PER
        Sasmito sasmito PROPN 10 flat:name _ E-PER
        membuka buka VERB 0 root
        rapat rapat NOUN 12 obj
        pleno pleno NOUN 13 compound
        . . PUNCT 12 punct
    """)
)


NATIONAL_BODY = (
conll('Ketua Komisi Pemilihan Umum (KPU) Arief Budiman membuka rapat pleno.', """
        Ketua ketua NOUN 10 nsubj
        Komisi komisi PROPN 1 flat:name
        Pemilihan pilih NOUN 2 compound
        Umum umum PROPN 3 nmod
        ( ( PUNCT 6 punct
        KPU kpu PROPN 1 appos _ S-ORG
        ) ) PUNCT 6 punct
        Arief arief PROPN 6 flat:name _ B-PER
        Budiman budiman PROPN 8 flat:name _ E-PER
        membuka buka VERB 0 root
        rapat rapat NOUN 10 obj
        pleno pleno NOUN 11 compound
        . . PUNCT 10 punct
    """)
)



PLACE_SWALLOWS_NAME = (
conll('Ketua Badan Pengawas Pemilu (Bawaslu) Jawa Barat Zacky Muhammad hadir dalam rapat itu.', """
        Ketua ketua NOUN 12 nsubj
        Badan badan PROPN 1 flat:name _ B-ORG
        Pengawas pengawas PROPN 2 flat:name _ I-ORG
        Pemilu pemilu PROPN 3 flat:name _ E-ORG
        ( ( PUNCT 6 punct
        Bawaslu bawaslu PROPN 1 appos
        ) ) PUNCT 6 punct
        Jawa jawa PROPN 6 appos _ B-LOC
        Barat barat PROPN 8 flat:name _ E-LOC
        Zacky zacky PROPN 8 flat:name
        Muhammad muhammad PROPN 10 flat:name _ S-PER
        hadir hadir VERB 0 root
        dalam dalam ADP 14 case
        rapat rapat NOUN 12 obl
        itu itu DET 14 det
        . . PUNCT 12 punct
    """)
)



PLACE_SWALLOWS_BALINESE = (
conll('Kepala Badan Narkotika Nasional (BNN) Provinsi Bali Putu Gede Suastawa memberi keterangan.', """
        Kepala kepala NOUN 13 nsubj
        Badan badan PROPN 1 flat:name _ B-ORG
        Narkotika narkotika PROPN 2 flat:name _ I-ORG
        Nasional nasional PROPN 3 flat:name _ E-ORG
        ( ( PUNCT 6 punct
        BNN bnn PROPN 1 appos _ S-ORG
        ) ) PUNCT 6 punct
        Provinsi provinsi PROPN 1 appos
        Bali bali PROPN 8 flat:name
        Putu putu PROPN 9 flat:name
        Gede gede PROPN 10 flat:name _ B-PER
        Suastawa suastawa PROPN 11 flat:name _ E-PER
        memberi beri VERB 0 root
        keterangan terang NOUN 13 obj
        . . PUNCT 13 punct
    """)
)



DENIED_EXPLORATION = (
conll('Gojek tidak menjajaki kerja sama dengan Grab.', """
        Gojek gojek PROPN 3 nsubj
        tidak tidak PART 3 advmod
        menjajaki jajak VERB 0 root
        kerja kerja NOUN 3 obj
        sama sama ADJ 4 amod
        dengan dengan ADP 7 case
        Grab grab PROPN 3 obl _ S-ORG
        . . PUNCT 3 punct
    """)
)


NO_PLAN_YET = (
conll('Telkom belum berencana mengakuisisi Indosat.', """
        Telkom telkom PROPN 3 nsubj
        belum belum PART 3 advmod
        berencana rencana VERB 0 root
        mengakuisisi akuisisi VERB 3 xcomp
        Indosat indosat PROPN 4 obj
        . . PUNCT 3 punct
    """)
)



SELAKU_HOLDER = (
conll('Grup Salim selaku pemegang saham PT Indofood menyetujui rencana itu.', """
        Grup grup NOUN 8 nsubj _ B-PER
        Salim salim PROPN 1 flat:name _ E-PER
        selaku selaku NOUN 2 compound
        pemegang pegang NOUN 1 compound
        saham saham NOUN 4 compound
        PT pt PROPN 5 nmod _ B-ORG
        Indofood indofood PROPN 6 flat:name _ E-ORG
        menyetujui setuju VERB 0 root
        rencana rencana NOUN 8 obj
        itu itu DET 9 det
        . . PUNCT 8 punct
    """)
)


CONTROLLING_HOLDER = (
conll('Pemerintah selaku penguasa saham PT Telkom Tbk terlibat perdebatan.', """
        Pemerintah perintah NOUN 8 nsubj:pass
        selaku selaku NOUN 1 compound
        penguasa kuasa NOUN 2 compound
        saham saham NOUN 3 compound
        PT pt PROPN 4 nmod _ B-ORG
        Telkom telkom PROPN 5 flat:name _ I-ORG
        Tbk tbk PROPN 6 flat:name _ E-ORG
        terlibat libat VERB 0 root
        perdebatan debat NOUN 8 obj
        . . PUNCT 8 punct
    """)
)


TAKING_CONTROL = (
conll('Penguasaan saham PT Indofood oleh Grup Salim selesai.', """
        Penguasaan kuasa NOUN 8 nsubj
        saham saham NOUN 1 compound
        PT pt PROPN 2 nmod _ B-ORG
        Indofood indofood PROPN 3 flat:name _ E-ORG
        oleh oleh ADP 6 case
        Grup grup PROPN 1 nmod _ B-PER
        Salim salim PROPN 6 flat:name _ E-PER
        selesai selesai VERB 0 root
        . . PUNCT 8 punct
    """)
)



WORLD_PLACE_COUNTRY = (
conll('Gubernur New Mexico AS Bill Richardson mengunjungi Korea Utara.', """
        Gubernur gubernur NOUN 7 nsubj
        New new PROPN 1 nmod
        Mexico mexico PROPN 2 flat:name
        AS as PROPN 3 flat:name
        Bill bill PROPN 4 flat:name _ B-PER
        Richardson richardson PROPN 5 flat:name _ E-PER
        mengunjungi kunjung VERB 0 root
        Korea korea PROPN 7 obj _ B-LOC
        Utara utara PROPN 8 flat:name _ E-LOC
        . . PUNCT 7 punct
    """)
)



def _partners(claims: dict[tuple[str, str, str], str]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in claims if p == "partnersWith"}


def test_partner_phrase_hung_on_the_field_after_the_trigger(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(*FIELD_DENGAN), lexicon)
    assert _partners(claims) == {frozenset(("PT Sinar Mas", "Universitas Gadjah Mada"))}


def test_between_phrase_after_a_bare_field(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(*FIELD_BARE), lexicon)
    assert _partners(claims) == {frozenset(("PT Sinar Mas", "Universitas Gadjah Mada"))}


def test_a_field_noun_in_ke_an_is_no_activity_between_partnership_and_parties(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(*KE_AN_FIELD), lexicon)
    assert _partners(claims) == {frozenset(("PT Sinar Mas", "Universitas Gadjah Mada"))}


def test_the_name_under_an_activity_noun_is_what_the_memorandum_is_about(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(*PE_AN_ACTIVITY), lexicon)
    assert not _partners(claims)


def _seats(claims: dict[tuple[str, str, str], str]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in claims if p == "basedIn"}


def test_an_organisation_from_a_country_is_based_there(lexicon: Lexicon) -> None:
    assert _seats(claims_of(doc_of(*ORIGIN_DARI), lexicon)) == {("Olympiakos", "Yunani")}


def test_arriving_at_an_office_from_a_town_puts_no_seat_there(lexicon: Lexicon) -> None:
    assert not _seats(claims_of(doc_of(*ARRIVAL_DARI), lexicon))


def test_partai_before_a_league_is_a_match_not_a_party(lexicon: Lexicon) -> None:
    types = _types(doc_of(*PARTY_MATCH), lexicon)
    assert "Liga Champions" in types
    assert not any(label.startswith("partai") for label in types)


def test_confirmed_or_acclaimed_as_chair_holds_the_office(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(*CONFIRMED_AS), lexicon).get(("Megawati", "leads", "PDI Perjuangan")) == "asserted"
    assert ("Rudi Hartono", "leads", "Persatuan Bulu Tangkis Seluruh Indonesia") in claims_of(doc_of(*ACCLAIMED_AS),
                                                                                               lexicon)


def test_a_joint_contract_between_two_companies(lexicon: Lexicon) -> None:
    # the parser takes "bersama" (joint) for a second preposition of the "antara" phrase
    assert _partners(claims_of(doc_of(*JOINT_BETWEEN), lexicon)) == {frozenset(("PT Bukit Asam", "PT Adaro Energy"))}


def test_without_a_maker_word_a_place_after_di_stays_a_place(lexicon: Lexicon) -> None:
    types = _types(doc_of(*FILM_IN_PLACE), lexicon)
    assert types.get("Bandung") == "Place"
    assert not any(" di " in label for label in types)


def test_the_second_of_two_names_in_a_locative_phrase_is_a_venue_too(lexicon: Lexicon) -> None:
    # "di Gedung DPR/MPR, Jakarta": where someone spoke, no seat of MPR's
    assert not _seats(claims_of(doc_of(*VENUE_CONJUNCT), lexicon))


def test_the_party_of_partai_itu_is_the_party_not_its_regional_board(lexicon: Lexicon) -> None:
    doc = doc_of(*PARTY_ITU)
    types = _types(doc, lexicon)
    assert types.get("Partai Demokrat") == "Organization"  # "Dewan Pimpinan Pusat Partai Demokrat": its central board
    assert "Dewan Pimpinan Daerah Demokrat" in types  # a regional board stays a body of its own
    led = {o: c for (s, p, o), c in claims_of(doc, lexicon).items() if s == "Susilo Bambang Yudhoyono" and p == "leads"}
    assert led == {"Partai Demokrat": "speculative"}


def test_a_rapper_is_a_person_noun_not_part_of_the_name(lexicon: Lexicon) -> None:
    types = _types(doc_of(*RAPPER), lexicon)
    assert types.get("Eminem") == "Person"
    assert not any(label.lower().startswith("rapper") for label in types)


def _rivals(claims: dict[tuple[str, str, str], str]) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in claims if p == "competesWith"}


def test_a_rival_named_after_yaitu(lexicon: Lexicon) -> None:
    assert _rivals(claims_of(doc_of(*RIVAL_NAMED_AFTER), lexicon)) == {frozenset(("Persib", "Persija Jakarta"))}


def test_subject_and_object_of_a_verb_in_a_competition(lexicon: Lexicon) -> None:
    assert _rivals(claims_of(doc_of(*CHASE_IN_COMPETITION), lexicon)) == {frozenset(("Grab", "Gojek"))}




def test_a_region_after_the_short_form_makes_the_head_a_provincial_one(lexicon: Lexicon) -> None:
    assert not [c for c in claims_of(doc_of(*PROVINCIAL_BODY), lexicon) if c[1] == "leads"]
    assert ("Arief Budiman", "leads", "Komisi Pemilihan Umum") in claims_of(doc_of(*NATIONAL_BODY), lexicon)


def test_a_place_gives_back_the_first_name_it_swallowed(lexicon: Lexicon) -> None:
    types = _types(doc_of(*PLACE_SWALLOWS_NAME), lexicon)
    assert types.get("Jawa Barat") == "Place"
    assert types.get("Zacky Muhammad") == "Person"
    types = _types(doc_of(*PLACE_SWALLOWS_BALINESE), lexicon)  # "Putu", a dictionary word, is a Balinese name here
    assert types.get("Provinsi Bali") == "Place"
    assert types.get("Putu Gede Suastawa") == "Person"


def test_a_denied_exploration_or_plan_is_negated_not_speculative(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(*DENIED_EXPLORATION), lexicon) == {("Gojek", "partnersWith", "Grab"): "negated"}
    assert claims_of(doc_of(*NO_PLAN_YET), lexicon) == {("Telkom", "acquires", "Indosat"): "negated"}


def test_the_name_before_selaku_is_the_agent_of_the_noun(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(*SELAKU_HOLDER), lexicon) == {("Grup Salim", "investsIn", "PT Indofood"): "asserted"}


def test_a_controlling_shareholder_holds_shares_the_taking_of_control_acquires(lexicon: Lexicon) -> None:
    assert {p for _, p, _ in claims_of(doc_of(*CONTROLLING_HOLDER), lexicon)} == {"investsIn"}
    assert ("Grup Salim", "acquires", "PT Indofood") in claims_of(doc_of(*TAKING_CONTROL), lexicon)


def test_a_world_place_then_a_country_are_two_places(lexicon: Lexicon) -> None:
    doc = doc_of(*WORLD_PLACE_COUNTRY)
    types = _types(doc, lexicon)
    assert types.get("New Mexico") == "Place"
    assert "New Mexico AS" not in types
    assert not any(o == "New Mexico AS" for _, _, o in claims_of(doc, lexicon))


@pytest.mark.parametrize(("rows", "label", "etype", "claim"), [
    pytest.param(LOWER_PARTY, "partai Buruh", "Organization", ("Keir Starmer", "leads", "partai Buruh"),
                 id="a party noun in lower case opens the party's name"),
    pytest.param(TITLE_WITH_DI, "Senja di Pelabuhan", "Product", ("Senja di Pelabuhan", "developedBy", "Chairil Anwar"),
                 id="an unquoted title runs from its work noun to the maker word"),
    pytest.param(TITLE_AFTER_OPENING_NOUN, "Indonesia Pusaka", "Product",
                 ("Indonesia Pusaka", "developedBy", "Ismail Marzuki"), id="the work noun opening the run is cut off"),
    pytest.param(LED_BY_ONE_NAME, "Netanyahu", "Person", ("Netanyahu", "leads", "Partai Likud"),
                 id="a one-word name after pimpinan describing a noun is the leader"),
    pytest.param(HOSPITAL, "Rumah Sakit Santo Borromeus", "Organization",  # the NER: LOC
                 ("Rumah Sakit Santo Borromeus", "basedIn", "Bandung"), id="a hospital is an organisation"),
])
def test_a_name_typed_by_its_cue_takes_its_part_in_the_claim(rows: tuple[str, ...], label: str, etype: str,
                                                              claim: tuple[str, str, str], lexicon: Lexicon) -> None:
    doc = doc_of(*rows)
    assert _types(doc, lexicon).get(label) == etype
    assert claim in claims_of(doc, lexicon)
