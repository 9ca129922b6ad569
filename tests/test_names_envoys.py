"""Names and seats the extractor cut, typed or missed in sentences of its own probes and dev/tune (2026-12-06, third
session): a country that opens an airline's name, a company named again after its CEO's name and a comma, envoys'
titles, a person noun the NER tags with the name, a director general's title before a listed body, a stadium that is
a club's home ground. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

AIRLINE = (
conll('Maskapai Malaysia Airlines membuka rute baru ke Surabaya.', """
        Maskapai maskapai NOUN 4 nsubj _ B-ORG
        Malaysia malaysia PROPN 1 flat:name _ I-ORG
        Airlines airlines PROPN 2 flat:name _ E-ORG
        membuka buka VERB 0 root
        rute rute NOUN 4 obj
        baru baru ADJ 5 amod
        ke ke ADP 8 case
        Surabaya surabaya PROPN 5 nmod _ S-LOC
        . . PUNCT 4 punct
    """)
)

CEO_THEN_COMPANY = (
conll('Menurut CEO Bukalapak Rachmat Kaimuddin, Bukalapak akan memperluas layanan ke Jawa Timur.', """
        Menurut menurut ADP 2 case
        CEO ceo PROPN 9 obl
        Bukalapak bukalapak PROPN 2 flat:name
        Rachmat rachmat PROPN 3 flat:name _ B-PER
        Kaimuddin kaimuddin PROPN 4 flat:name _ E-PER
        , , PUNCT 9 punct
        Bukalapak bukalapak PROPN 9 nsubj
        akan akan AUX 9 aux
        memperluas luas VERB 0 root
        layanan layan NOUN 9 obj
        ke ke ADP 12 case
        Jawa jawa PROPN 10 nmod _ B-LOC
        Timur timur PROPN 12 flat:name _ E-LOC
        . . PUNCT 9 punct
    """)
)

ENVOY_TITLE = (
conll('Duta Besar RI untuk Jepang Heri Akhmadi bertemu Menteri Luar Negeri Jepang di Tokyo.', """
        Duta duta NOUN 8 nsubj
        Besar besar PROPN 1 flat:name
        RI ri PROPN 2 flat:name
        untuk untuk ADP 5 case
        Jepang jepang PROPN 1 nmod
        Heri heri PROPN 5 flat:name _ B-PER
        Akhmadi akhmadi PROPN 6 flat:name _ E-PER
        bertemu temu VERB 0 root
        Menteri menteri PROPN 8 obj
        Luar luar NOUN 9 compound
        Negeri negeri PROPN 9 flat:name
        Jepang jepang PROPN 11 flat:name _ S-LOC
        di di ADP 14 case
        Tokyo tokyo PROPN 8 obl _ S-LOC
        . . PUNCT 8 punct
    """)
)

ENVOY_HOLDER = (
conll('Usai menyerahkan surat kepercayaan, Dubes Ibnu kembali ke Wisma Duta Besar.', """
        Usai usai SCONJ 2 mark
        menyerahkan serah VERB 8 advcl
        surat surat NOUN 2 obj
        kepercayaan percaya NOUN 3 compound
        , , PUNCT 2 punct
        Dubes dubes PROPN 8 nsubj _ B-PER
        Ibnu ibnu PROPN 6 flat:name _ E-PER
        kembali kembali VERB 0 root
        ke ke ADP 10 case
        Wisma wisma PROPN 8 obl _ B-ORG
        Duta duta PROPN 10 flat:name _ I-ORG
        Besar besar PROPN 11 flat:name _ E-ORG
        . . PUNCT 8 punct
    """)
)


def test_a_country_before_a_company_ending_is_part_of_the_name(lexicon: Lexicon) -> None:
    types = _types(doc_of(AIRLINE), lexicon)
    assert types.get("Malaysia Airlines") == "Organization"
    assert "Airlines" not in types


def test_a_company_named_after_its_ceo_and_a_comma_stays_a_company(lexicon: Lexicon) -> None:
    doc = doc_of(CEO_THEN_COMPANY)
    assert _types(doc, lexicon)["Bukalapak"] == "Organization"
    assert claims_of(doc, lexicon).get(("Rachmat Kaimuddin", "ceoOf", "Bukalapak")) == "asserted"


def test_an_envoys_title_is_cut_from_the_names_and_names_its_holder(lexicon: Lexicon) -> None:
    types = _types(doc_of(ENVOY_TITLE), lexicon)
    assert not any("Besar" in name for name in types)
    assert types["Heri Akhmadi"] == "Person"
    types = _types(doc_of(ENVOY_HOLDER), lexicon)
    assert types["Ibnu"] == "Person"  # "Dubes Ibnu": the envoy, not an organisation he works for
    assert "Wisma Duta Besar" in types  # the residence's name keeps the title inside it


HOME_GROUND_COPULA = (
conll('Stadion Manahan merupakan markas klub sepak bola Persis Solo.', """
        Stadion stadion PROPN 3 nsubj _ B-LOC
        Manahan manahan PROPN 1 flat:name _ E-LOC
        merupakan rupa VERB 0 root
        markas markas NOUN 3 obj
        klub klub NOUN 4 compound
        sepak sepak NOUN 5 compound
        bola bola NOUN 6 compound
        Persis persis PROPN 7 nmod _ B-ORG
        Solo solo PROPN 8 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

HOME_GROUND_APPOSED = (
conll('Stadion Manahan, markas klub Persis Solo, direnovasi tahun lalu.', """
        Stadion stadion PROPN 9 nsubj:pass _ B-LOC
        Manahan manahan PROPN 1 flat:name _ E-LOC
        , , PUNCT 1 punct
        markas markas NOUN 1 appos
        klub klub NOUN 4 compound
        Persis persis PROPN 5 nmod _ B-ORG
        Solo solo PROPN 6 flat:name _ E-ORG
        , , PUNCT 9 punct
        direnovasi renovasi VERB 0 root
        tahun tahun NOUN 9 obj
        lalu lalu VERB 10 amod
        . . PUNCT 9 punct
    """)
)

ONE_OF_ITS_SITES = (
conll('Ia bekerja di British Aerospace sebagai analis di salah satu markasnya di Hamble.', """
        Ia dia PRON 2 nsubj
        bekerja kerja VERB 0 root
        di di ADP 4 case
        British british PROPN 2 obl _ B-ORG
        Aerospace aerospace PROPN 4 flat:name _ E-ORG
        sebagai sebagai ADP 7 case
        analis analis NOUN 2 obl
        di di ADP 11 case
        salah salah ADJ 11 advmod
        satu satu NUM 9 nummod
        markas markas NOUN 7 nmod
        nya dia PRON 11 nmod:poss
        di di ADP 14 case
        Hamble hamble PROPN 11 nmod _ S-LOC
        . . PUNCT 2 punct
    """)
)


def test_a_stadium_that_is_a_clubs_home_ground_is_its_seat(lexicon: Lexicon) -> None:
    for doc in (doc_of(HOME_GROUND_COPULA), doc_of(HOME_GROUND_APPOSED)):
        assert claims_of(doc, lexicon).get(("Persis Solo", "basedIn", "Stadion Manahan")) == "asserted"


def test_one_of_several_sites_is_no_seat(lexicon: Lexicon) -> None:
    assert not [c for c in claims_of(doc_of(ONE_OF_ITS_SITES), lexicon) if c[1] == "basedIn"]


DIRECTOR_GENERAL = (
conll('Dirjen Bea dan Cukai Heru Pambudi mengatakan penyelundupan meningkat.', """
        Dirjen dirjen PROPN 7 nsubj
        Bea bea PROPN 1 flat:name
        dan dan CCONJ 4 cc
        Cukai cukai PROPN 1 conj
        Heru heru PROPN 4 flat:name _ B-PER
        Pambudi pambudi PROPN 5 flat:name _ E-PER
        mengatakan kata VERB 0 root
        penyelundupan selundup NOUN 7 obj
        meningkat tingkat VERB 8 acl
        . . PUNCT 7 punct
    """)
)


def test_a_director_generals_title_is_cut_and_a_listed_body_keeps_its_and(lexicon: Lexicon) -> None:
    types = _types(doc_of(DIRECTOR_GENERAL), lexicon)
    assert types.get("Bea dan Cukai") == "Organization"
    assert types.get("Heru Pambudi") == "Person"
    assert not any(name.startswith("Dirjen") for name in types)


DIRECTOR_TAGGED_WHOLE = (
conll('Sutradara Hanung Bramantyo menggarap film Kartini.', """
        Sutradara sutradara PROPN 4 nsubj _ B-PER
        Hanung hanung PROPN 1 flat:name _ I-PER
        Bramantyo bramantyo PROPN 2 flat:name _ E-PER
        menggarap garap VERB 0 root
        film film NOUN 4 obj
        Kartini kartini PROPN 5 nmod
        . . PUNCT 4 punct
    """)
)


def test_a_person_tagged_with_the_person_noun_before_the_name_is_a_person(lexicon: Lexicon) -> None:
    doc = doc_of(DIRECTOR_TAGGED_WHOLE)
    assert _types(doc, lexicon)["Hanung Bramantyo"] == "Person"
    assert claims_of(doc, lexicon).get(("Kartini", "developedBy", "Hanung Bramantyo")) == "asserted"
