"""Mends from a blind probe review of the session's rules (2026-12-06, third session): a joined abbreviation is no
part of a person's name ("Kapt. Andi Pratama"), a stadium named after a ranked person stays one place and is the club's
seat, an academic degree after a name is no organisation, a company named again after its CEO's name and a comma
stays a company, a country before a company's name is its description, a second office after a comma has its own
holder. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

CAPTAIN = (
conll('Kapal itu dikemudikan oleh Kapt. Andi Pratama sejak 2010.', """
        Kapal kapal NOUN 3 nsubj:pass
        itu itu DET 1 det
        dikemudikan kemudi VERB 0 root
        oleh oleh ADP 5 case
        Kapt. kapt. PROPN 3 obl _ B-PER
        Andi andi PROPN 5 flat:name _ I-PER
        Pratama pratama PROPN 6 flat:name _ E-PER
        sejak sejak ADP 3 mark
        2010 2010 NUM 3 nummod
        . . PUNCT 3 punct
    """)
)

STADIUM_NAMED_AFTER = (
conll('Timnas Indonesia berlatih di markas Bali United, Stadion Kapten I Wayan Dipta.', """
        Timnas timnas PROPN 3 nsubj _ B-ORG
        Indonesia indonesia PROPN 1 flat:name _ E-ORG
        berlatih latih VERB 0 root
        di di ADP 5 case
        markas markas NOUN 3 obl
        Bali bali PROPN 5 nmod _ B-LOC
        United united PROPN 6 flat:name _ E-LOC
        , , PUNCT 5 punct
        Stadion stadion PROPN 5 appos _ B-LOC
        Kapten kapten PROPN 9 flat:name _ I-LOC
        I i PROPN 10 flat:name _ I-LOC
        Wayan wayan PROPN 11 flat:name _ I-LOC
        Dipta dipta PROPN 12 flat:name _ E-LOC
        . . PUNCT 3 punct
    """)
)

DEGREE = (
conll('Grup itu dipimpin oleh Drs. H. Salim Said, M.Si.', """
        Grup grup NOUN 3 nsubj:pass
        itu itu DET 1 det
        dipimpin pimpin VERB 0 root
        oleh oleh ADP 5 case
        Drs. drs. PROPN 3 obl _ B-PER
        H. h. PROPN 5 flat:name _ I-PER
        Salim salim PROPN 6 flat:name _ I-PER
        Said said PROPN 7 flat:name _ E-PER
        , , PUNCT 5 punct
        M.Si m.si PROPN 5 appos _ S-PER
        . . PUNCT 3 punct
    """)
    + conll('Ia mendirikan grup itu pada 1990.', """
        Ia dia PRON 2 nsubj
        mendirikan diri VERB 0 root
        grup grup NOUN 2 obj
        itu itu DET 3 det
        pada pada ADP 2 mark
        1990 1990 NUM 2 nummod
        . . PUNCT 2 punct
    """)
)

EMPLOYER_AGAIN = (
conll('Menurut CEO Traveloka Ferry Unardi, Traveloka akan memperluas layanan.', """
        Menurut menurut ADP 2 case
        CEO ceo PROPN 9 obl
        Traveloka traveloka PROPN 2 flat:name
        Ferry ferry PROPN 3 flat:name _ B-PER
        Unardi unardi PROPN 4 flat:name _ E-PER
        , , PUNCT 9 punct
        Traveloka traveloka PROPN 9 nsubj _ S-PER
        akan akan AUX 9 aux
        memperluas luas VERB 0 root
        layanan layan NOUN 9 obj
        . . PUNCT 9 punct
    """)
)


def test_a_joined_abbreviation_is_cut_from_the_persons_name(lexicon: Lexicon) -> None:
    types = _types(doc_of(CAPTAIN), lexicon)
    assert types.get("Andi Pratama") == "Person"
    assert not any(name.startswith("Kapt") for name in types)


def test_a_stadium_named_after_a_ranked_person_is_one_place_and_the_clubs_seat(lexicon: Lexicon) -> None:
    doc = doc_of(STADIUM_NAMED_AFTER)
    types = _types(doc, lexicon)
    assert types.get("Bali United") == "Organization"
    assert types.get("Stadion Kapten I Wayan Dipta") == "Place"
    claims = claims_of(doc, lexicon)
    assert claims.get(("Bali United", "basedIn", "Stadion Kapten I Wayan Dipta")) == "asserted"
    assert not [k for k in claims if k[0] in ("United", "Stadion", "I Wayan Dipta")]


def test_an_academic_degree_is_no_organisation(lexicon: Lexicon) -> None:
    doc = doc_of(DEGREE)
    assert not any("M.Si" in name for name in _types(doc, lexicon))
    assert not [k for k in claims_of(doc, lexicon) if "M.Si" in k[2]]


def test_the_company_named_again_after_its_ceo_is_a_company(lexicon: Lexicon) -> None:
    doc = doc_of(EMPLOYER_AGAIN)
    assert _types(doc, lexicon)["Traveloka"] == "Organization"
    assert claims_of(doc, lexicon).get(("Ferry Unardi", "ceoOf", "Traveloka")) == "asserted"


NATIONALITY_BEFORE_PARTY = (
conll('Perusahaan energi Malaysia Petronas menggandeng Pertamina untuk proyek di Natuna.', """
        Perusahaan usaha NOUN 5 nsubj
        energi energi NOUN 1 compound
        Malaysia malaysia PROPN 2 nmod
        Petronas petronas PROPN 3 flat:name
        menggandeng gandeng VERB 0 root
        Pertamina pertamina PROPN 5 obj
        untuk untuk ADP 8 case
        proyek proyek NOUN 5 obl
        di di ADP 10 case
        Natuna natuna PROPN 8 nmod _ S-LOC
        . . PUNCT 5 punct
    """)
)


def test_a_country_describing_the_company_after_it_is_no_party(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(NATIONALITY_BEFORE_PARTY), lexicon)
    assert claims.get(("Petronas", "partnersWith", "Pertamina")) == "asserted"
    assert not [k for k in claims if k[1] == "partnersWith" and "Malaysia" in (k[0], k[2])]


SECOND_OFFICE = (
conll('Menurut Direktur Utama Bank BRI Sunarso, Menteri BUMN Erick Thohir mendukung rencana itu.', """
        Menurut menurut ADP 2 case
        Direktur direktur NOUN 12 obl
        Utama utama ADJ 2 amod
        Bank bank PROPN 2 nmod
        BRI bri PROPN 4 flat:name _ B-ORG
        Sunarso sunarso PROPN 5 flat:name _ E-ORG
        , , PUNCT 2 punct
        Menteri menteri PROPN 12 nsubj
        BUMN bumn PROPN 8 flat:name _ S-ORG
        Erick erick PROPN 9 flat:name _ B-PER
        Thohir thohir PROPN 10 flat:name _ E-PER
        mendukung dukung VERB 0 root
        rencana rencana NOUN 12 obj
        itu itu DET 13 det
        . . PUNCT 12 punct
    """)
)


def test_a_second_office_after_the_comma_keeps_its_own_holder(lexicon: Lexicon) -> None:
    claims = claims_of(doc_of(SECOND_OFFICE), lexicon)
    assert not [k for k in claims if k[0] == "Erick Thohir" and k[1] == "ceoOf"]
