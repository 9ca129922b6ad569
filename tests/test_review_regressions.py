"""Regressions found by a review of the 2026-12-04 rules and on the phrasing batteries: sentences, parsed by the bundled
models, on which an earlier version of a rule went wrong (the rows are the parser's own)."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.entities import find_mentions, resolve_entities
from kg.lexicon import Lexicon

ING = (
conll('ING Bank Indonesia mencatat laba bersih naik.', """
        ING ing PROPN 4 nsubj _ B-ORG
        Bank bank PROPN 1 flat:name _ I-ORG
        Indonesia indonesia PROPN 2 flat:name _ E-ORG
        mencatat catat VERB 0 root
        laba laba NOUN 4 obj
        bersih bersih ADJ 5 amod
        naik naik VERB 5 acl
        . . PUNCT 4 punct
    """)
)

QUOTED = (
conll('"Saya sudah bertemu Joko Widodo kemarin," kata Ketua DPR ini.', """
        " " PUNCT 4 punct
        Saya saya PRON 4 nsubj
        sudah sudah AUX 4 aux
        bertemu temu VERB 0 root
        Joko joko PROPN 4 obj _ B-PER
        Widodo widodo PROPN 5 flat:name _ E-PER
        kemarin kemarin NOUN 6 flat:name
        , , PUNCT 4 punct
        " " PUNCT 10 punct
        kata kata VERB 4 advcl
        Ketua ketua NOUN 10 obj
        DPR dpr PROPN 11 nmod _ S-ORG
        ini ini DET 11 det
        . . PUNCT 4 punct
    """)
)

OWNED_PARENT = (
conll('PT Maju Holding merupakan perusahaan induk yang dimiliki oleh Grup Salim.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Maju maju PROPN 1 flat:name _ I-ORG
        Holding holding PROPN 2 flat:name _ E-ORG
        merupakan rupa VERB 0 root
        perusahaan usaha NOUN 4 obj
        induk induk NOUN 5 compound
        yang yang PRON 8 nsubj:pass
        dimiliki milik VERB 5 acl:relcl
        oleh oleh ADP 10 case
        Grup grup PROPN 8 obl _ B-ORG
        Salim salim PROPN 10 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)

NYA_AFTER_COMMA = (
conll('Menurut Bursa Efek Indonesia, pemegang saham terbesarnya adalah PT Sinar Jaya.', """
        Menurut menurut ADP 2 case
        Bursa bursa PROPN 11 nmod _ B-ORG
        Efek efek PROPN 2 flat:name _ I-ORG
        Indonesia indonesia PROPN 3 flat:name _ E-ORG
        , , PUNCT 2 punct
        pemegang pegang NOUN 11 nsubj
        saham saham NOUN 6 compound
        terbesar besar ADJ 7 amod
        nya dia PRON 8 det
        adalah adalah AUX 11 cop
        PT pt PROPN 0 root _ B-ORG
        Sinar sinar PROPN 11 flat:name _ I-ORG
        Jaya jaya PROPN 12 flat:name _ E-ORG
        . . PUNCT 11 punct
    """)
)

TERCATAT = (
conll('Budi Santoso tercatat sebagai Ketua Umum Partai Maju.', """
        Budi budi PROPN 3 nsubj:pass _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        tercatat catat VERB 0 root
        sebagai sebagai ADP 5 case
        Ketua ketua NOUN 3 obl
        Umum umum PROPN 5 nmod
        Partai partai PROPN 6 flat:name _ B-ORG
        Maju maju PROPN 7 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

KIN = (
conll('Ketua Umum Partai Maju adalah adik Presiden Joko Widodo.', """
        Ketua ketua NOUN 6 nsubj
        Umum umum PROPN 1 flat:name
        Partai partai PROPN 2 flat:name _ B-ORG
        Maju maju PROPN 3 flat:name _ E-ORG
        adalah adalah AUX 6 cop
        adik adik NOUN 0 root
        Presiden presiden PROPN 6 compound
        Joko joko PROPN 7 flat:name _ B-PER
        Widodo widodo PROPN 8 flat:name _ E-PER
        . . PUNCT 6 punct
    """)
)
PARTY_NAMED_AFTER = (
    conll('PSSI menggelar kongres di Jakarta.', """
        PSSI pssi PROPN 2 nsubj _ S-ORG
        menggelar gelar VERB 0 root
        kongres kongres NOUN 2 obj
        di di ADP 5 case
        Jakarta jakarta PROPN 3 nmod _ S-LOC
        . . PUNCT 2 punct
    """),
    conll('Ketua Umum Erick Thohir membuka kongres itu.', """
        Ketua ketua NOUN 5 nsubj
        Umum umum PROPN 1 flat:name
        Erick erick PROPN 2 flat:name _ B-PER
        Thohir thohir PROPN 3 flat:name _ E-PER
        membuka buka VERB 0 root
        kongres kongres NOUN 5 obj
        itu itu DET 6 det
        . . PUNCT 5 punct
    """),
    conll('Partai Golkar mengirim utusan ke kongres.', """
        Partai partai PROPN 3 nsubj _ B-ORG
        Golkar golkar PROPN 1 flat:name _ E-ORG
        mengirim kirim VERB 0 root
        utusan utus NOUN 3 obj
        ke ke ADP 6 case
        kongres kongres NOUN 4 nmod
        . . PUNCT 3 punct
    """)
)
CITED = (
    conll('Dicuplik Topgear, Jumat, Budi Santoso mengatakan hal itu.', """
        Dicuplik dicuplik PROPN 8 nsubj _ B-PER
        Topgear topgear PROPN 1 flat:name _ E-PER
        , , PUNCT 4 punct
        Jumat jumat PROPN 1 appos
        , , PUNCT 4 punct
        Budi budi PROPN 8 nsubj _ B-PER
        Santoso santoso PROPN 6 flat:name _ E-PER
        mengatakan kata VERB 0 root
        hal hal NOUN 8 obj
        itu itu DET 9 det
        . . PUNCT 8 punct
    """)
)
APPOINTED = (
    conll('PT Sagarindo Tbk mengumumkan Budi Santoso akan menggantikan Andi Wijaya sebagai direktur.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Sagarindo sagarindo PROPN 1 flat:name _ I-ORG
        Tbk tbk PROPN 2 flat:name _ E-ORG
        mengumumkan umum VERB 0 root
        Budi budi PROPN 4 obj _ B-PER
        Santoso santoso PROPN 5 flat:name _ E-PER
        akan akan AUX 8 aux
        menggantikan ganti VERB 4 xcomp
        Andi andi PROPN 8 obj _ B-PER
        Wijaya wijaya PROPN 9 flat:name _ E-PER
        sebagai sebagai ADP 12 case
        direktur direktur NOUN 8 obl
        . . PUNCT 4 punct
    """)
)
PRODUCED = (
    conll('Film Senja Merah diproduseri oleh Gary Gilbert.', """
        Film film NOUN 4 nsubj:pass
        Senja senja PROPN 1 nmod
        Merah merah PROPN 2 flat:name
        diproduseri produser VERB 0 root
        oleh oleh ADP 6 case
        Gary gary PROPN 4 obl _ B-PER
        Gilbert gilbert PROPN 6 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)
DIRECTED = (
    conll('Film Senja Merah arahan sutradara Budi Santoso meraih penghargaan.', """
        Film film NOUN 8 nsubj
        Senja senja PROPN 1 flat:name
        Merah merah PROPN 2 flat:name
        arahan arah NOUN 1 compound
        sutradara sutradara NOUN 4 compound
        Budi budi PROPN 5 nmod _ B-PER
        Santoso santoso PROPN 6 flat:name _ E-PER
        meraih raih VERB 0 root
        penghargaan harga NOUN 8 obj
        . . PUNCT 8 punct
    """)
)
ISLAND = (
    conll('Pramoedya Ananta Toer menulis novel Bumi Manusia di Pulau Buru.', """
        Pramoedya pramoedya PROPN 4 nsubj _ B-PER
        Ananta ananta PROPN 1 flat:name _ I-PER
        Toer toer PROPN 2 flat:name _ E-PER
        menulis tulis VERB 0 root
        novel novel NOUN 4 obj
        Bumi bumi PROPN 5 nmod
        Manusia manusia PROPN 6 flat:name
        di di ADP 9 case
        Pulau pulau PROPN 5 nmod _ B-LOC
        Buru buru PROPN 9 flat:name _ E-LOC
        . . PUNCT 4 punct
    """)
)
COUNTRY_ACTS = (
    conll('Jepang tengah berkolaborasi dengan Bank Dunia untuk proyek itu.', """
        Jepang jepang PROPN 3 nsubj _ S-LOC
        tengah tengah AUX 3 aux
        berkolaborasi kolaborasi VERB 0 root
        dengan dengan ADP 5 case
        Bank bank PROPN 3 obl
        Dunia dunia PROPN 5 flat:name
        untuk untuk ADP 8 case
        proyek proyek NOUN 3 obl
        itu itu DET 8 det
        . . PUNCT 3 punct
    """)
)
MINISTER_OFFICE = (
    conll('Jerman bekerja sama dengan Kantor Menteri Negara Lingkungan Hidup dalam proyek itu.', """
        Jerman jerman PROPN 2 nsubj _ S-LOC
        bekerja kerja VERB 0 root
        sama sama ADJ 2 amod
        dengan dengan ADP 5 case
        Kantor kantor NOUN 2 obl
        Menteri menteri PROPN 5 nmod
        Negara negara NOUN 6 compound
        Lingkungan lingkung PROPN 7 nmod
        Hidup hidup PROPN 8 flat:name
        dalam dalam ADP 11 case
        proyek proyek NOUN 5 nmod
        itu itu DET 11 det
        . . PUNCT 2 punct
    """)
)
PARTNER_BEFORE_REGION = (
    conll('Kini Rina bekerja sama dengan pihak Walt Disney kawasan Asia Tenggara bertajuk Putri Laut.', """
        Kini kini NOUN 3 nsubj
        Rina rina PROPN 3 nsubj _ S-PER
        bekerja kerja VERB 0 root
        sama sama ADJ 3 amod
        dengan dengan ADP 6 case
        pihak pihak NOUN 3 obl
        Walt walt PROPN 6 nmod
        Disney disney PROPN 7 flat:name
        kawasan kawasan NOUN 6 compound
        Asia asia PROPN 9 nmod _ B-LOC
        Tenggara tenggara PROPN 10 flat:name _ E-LOC
        bertajuk tajuk VERB 6 acl
        Putri putri PROPN 12 obj
        Laut laut PROPN 13 flat:name
        . . PUNCT 3 punct
    """)
)
QUOTED_WORK = (
    conll("Menurut laporan itu, film 'Senja Merah' garapan Zetacorp diharapkan laris.", """
        Menurut menurut ADP 2 case
        laporan lapor NOUN 12 obl
        itu itu DET 2 det
        , , PUNCT 2 punct
        film film NOUN 12 nsubj:pass
        ' ' PUNCT 5 punct
        Senja senja PROPN 5 appos
        Merah merah PROPN 7 flat:name
        ' ' PUNCT 8 punct
        garapan garap NOUN 7 flat:name
        Zetacorp zetacorp PROPN 10 nmod
        diharapkan harap VERB 0 root
        laris laris NOUN 12 obj
        . . PUNCT 12 punct
    """)
)
CHAINED_PASSIVES = (
    conll('Film Senja Merah disutradarai oleh Budi Santoso dan diproduseri oleh Andi Wijaya.', """
        Film film NOUN 4 nsubj:pass
        Senja senja PROPN 1 flat:name
        Merah merah PROPN 2 flat:name
        disutradarai sutradara VERB 0 root
        oleh oleh ADP 6 case
        Budi budi PROPN 4 obl _ B-PER
        Santoso santoso PROPN 6 flat:name _ E-PER
        dan dan CCONJ 9 cc
        diproduseri produser VERB 4 conj
        oleh oleh ADP 11 case
        Andi andi PROPN 9 obl _ B-PER
        Wijaya wijaya PROPN 11 flat:name _ E-PER
        . . PUNCT 4 punct
    """)
)
BOTH_OF_THEM = (
    conll('Pertamina dan Petronas sama-sama menjual minyak.', """
        Pertamina pertamina NOUN 5 nsubj
        dan dan CCONJ 3 cc
        Petronas petronas PROPN 1 conj
        sama-sama sama NOUN 3 flat:name
        menjual jual VERB 0 root
        minyak minyak NOUN 5 obj
        . . PUNCT 5 punct
    """),
    conll('Keduanya bersaing ketat di pasar Asia.', """
        Kedua dua NUM 3 nsubj
        nya dia PRON 1 nmod:poss
        bersaing saing VERB 0 root
        ketat ketat ADJ 3 amod
        di di ADP 6 case
        pasar pasar NOUN 3 obl
        Asia asia PROPN 6 nmod _ S-LOC
        . . PUNCT 3 punct
    """)
)


def test_ing_is_a_company_name_not_an_honorific(lexicon: Lexicon) -> None:
    doc = doc_of(ING)
    assert [m.text for m in find_mentions(doc, lexicon)] == ["ING Bank Indonesia"]


def test_a_speaker_described_by_an_office_is_not_a_person_named_in_the_quote(lexicon: Lexicon) -> None:
    assert not any(p == "leads" for _, p, _ in claims_of(doc_of(QUOTED), lexicon))


def test_the_owner_of_a_parent_company_is_not_its_child(lexicon: Lexicon) -> None:
    assert ("PT Maju Holding", "investsIn", "Grup Salim") not in claims_of(doc_of(OWNED_PARENT), lexicon)


def test_nya_on_a_shareholder_noun_does_not_reach_past_a_comma(lexicon: Lexicon) -> None:
    assert not any(p == "investsIn" for _, p, _ in claims_of(doc_of(NYA_AFTER_COMMA), lexicon))


def test_an_office_recorded_with_a_ter_verb_is_still_held(lexicon: Lexicon) -> None:
    # "tercatat sebagai": ter- forms are passive only for the verb rules that make things, not for offices
    assert claims_of(doc_of(TERCATAT), lexicon) == {("Budi Santoso", "leads", "Partai Maju"): "asserted"}


def test_a_title_held_by_a_relative_of_the_named_person_is_not_that_person_s(lexicon: Lexicon) -> None:
    assert not any(p == "leads" for _, p, _ in claims_of(doc_of(KIN), lexicon))


def test_a_bare_party_chair_needs_the_party_named_before_it(lexicon: Lexicon) -> None:
    # the story is about PSSI; the party comes up only after the chair is named
    assert not any(p == "leads" for _, p, _ in claims_of(doc_of(*PARTY_NAMED_AFTER), lexicon))


def test_a_citing_verb_opening_the_sentence_is_no_part_of_the_outlet_s_name(lexicon: Lexicon) -> None:
    # "Dicuplik Topgear, …" tagged as one person by the NER
    assert [m.text for m in find_mentions(doc_of(CITED), lexicon)] == ["Topgear", "Budi Santoso"]


def test_a_person_announced_as_appointed_is_no_product(lexicon: Lexicon) -> None:
    # the NER, which knows no products, lets person-tagged names into a product slot; not one named for an office
    assert not any(p == "announced" for _, p, _ in claims_of(doc_of(APPOINTED), lexicon))


def test_a_producer_and_a_director_by_arahan_make_the_film(lexicon: Lexicon) -> None:
    # from the recall review of the pools: "diproduseri oleh Y", "film X arahan sutradara Y"
    assert claims_of(doc_of(PRODUCED), lexicon) == {("Senja Merah", "developedBy", "Gary Gilbert"): "asserted"}
    assert claims_of(doc_of(DIRECTED), lexicon) == {("Senja Merah", "developedBy", "Budi Santoso"): "asserted"}


def test_a_name_opened_by_a_place_noun_is_a_place_not_the_product_near_it(lexicon: Lexicon) -> None:
    # "menulis novel X di Pulau Buru": the product noun "novel" typed the island a product
    index = resolve_entities(find_mentions(doc_of(ISLAND), lexicon), lexicon)
    assert index.type_of("Pulau Buru") == "Place"


def test_a_country_that_is_the_subject_of_a_partnership_verb_is_a_party(lexicon: Lexicon) -> None:
    # from the recall review: the place-pair check had blocked a country working with an international body
    assert claims_of(doc_of(COUNTRY_ACTS), lexicon) == {("Jepang", "partnersWith", "Bank Dunia"): "asserted"}


def test_a_title_after_kantor_is_part_of_the_office_s_name(lexicon: Lexicon) -> None:
    # "Kantor Menteri Negara Lingkungan Hidup" was cut at the title into "Kantor" and a place
    assert claims_of(doc_of(MINISTER_OFFICE), lexicon) == {
        ("Jerman", "partnersWith", "Kantor Menteri Negara Lingkungan Hidup"): "asserted"}


def test_the_partner_is_the_organisation_before_a_region_in_the_dengan_phrase(lexicon: Lexicon) -> None:
    # "dengan pihak Walt Disney kawasan Asia Tenggara": the region is Disney's, Disney is the partner
    assert ("Rina", "partnersWith", "Walt Disney") in claims_of(doc_of(PARTNER_BEFORE_REGION), lexicon)


def test_a_maker_noun_after_a_quoted_title_names_its_maker(lexicon: Lexicon) -> None:
    # "film 'X' garapan Y": the linear reading stopped at the closing quote
    assert claims_of(doc_of(QUOTED_WORK), lexicon) == {("Senja Merah", "developedBy", "Zetacorp"): "asserted"}


def test_a_second_passive_in_a_chain_shares_the_first_one_s_subject(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(CHAINED_PASSIVES), lexicon) == {("Senja Merah", "developedBy", "Budi Santoso"): "asserted",
                                                          ("Senja Merah", "developedBy", "Andi Wijaya"): "asserted"}


def test_keduanya_is_the_last_two_parties_named(lexicon: Lexicon) -> None:
    # the tokenizer splits "Keduanya" into "Kedua" + "nya"
    assert claims_of(doc_of(*BOTH_OF_THEM), lexicon) == {("Pertamina", "competesWith", "Petronas"): "asserted"}
