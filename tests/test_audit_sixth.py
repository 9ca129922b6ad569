"""Offices and names from a blind claim audit of unseen encyclopaedic text (`dev/notes/claim_audit_2026-12-06c.md`) and
the previous session's probe leftovers: an office one is "known as" or "recorded as" holding, a chair's office after a
deputy's ("Wakil Ketua A dan Ketua Umum B"), the numbered chairs of a board ("ketua I X"), clubs the NER calls persons
("klub Lechia Gdansk") and well-known names that open with a place ("Paris Saint-Germain", "Indonesia AirAsia").
2026-12-06, sixth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

KNOWN_AS = (
conll('Rudi Hartono dikenal sebagai Ketua Umum Persatuan Bulu Tangkis Seluruh Indonesia.', """
        Rudi rudi PROPN 3 nsubj:pass _ B-PER
        Hartono hartono PROPN 1 flat:name _ E-PER
        dikenal kenal VERB 0 root
        sebagai sebagai ADP 5 case
        Ketua ketua NOUN 3 obl
        Umum umum PROPN 5 nmod
        Persatuan persatuan PROPN 6 flat:name _ B-ORG
        Bulu bulu PROPN 7 flat:name _ I-ORG
        Tangkis tangkis PROPN 8 flat:name _ I-ORG
        Seluruh seluruh DET 11 det _ I-ORG
        Indonesia indonesia PROPN 9 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

KNOWN_AS_PLAYER = (
conll('Rudi Hartono dikenal sebagai pemain bulu tangkis.', """
        Rudi rudi PROPN 3 nsubj:pass _ B-PER
        Hartono hartono PROPN 1 flat:name _ E-PER
        dikenal kenal VERB 0 root
        sebagai sebagai ADP 5 case
        pemain main NOUN 3 obl
        bulu bulu NOUN 5 compound
        tangkis tangkis NOUN 6 compound
        . . PUNCT 3 punct
    """)
)

RECORDED_AS = (
conll('Rudi Hartono tercatat sebagai Ketua Umum Persatuan Bulu Tangkis Seluruh Indonesia.', """
        Rudi rudi PROPN 3 nsubj:pass _ B-PER
        Hartono hartono PROPN 1 flat:name _ E-PER
        tercatat catat VERB 0 root
        sebagai sebagai ADP 5 case
        Ketua ketua NOUN 3 obl
        Umum umum PROPN 5 nmod
        Persatuan persatuan PROPN 6 flat:name _ B-ORG
        Bulu bulu PROPN 7 flat:name _ I-ORG
        Tangkis tangkis PROPN 8 flat:name _ I-ORG
        Seluruh seluruh DET 11 det _ I-ORG
        Indonesia indonesia PROPN 9 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

DEPUTY_THEN_CHAIR = (
conll('Andi Wijaya menjabat Wakil Ketua Partai Demokrat dan Ketua Umum Perbakin.', """
        Andi andi PROPN 3 nsubj _ B-PER
        Wijaya wijaya PROPN 1 flat:name _ E-PER
        menjabat jabat VERB 0 root
        Wakil wakil PROPN 3 obj
        Ketua ketua PROPN 4 flat:name
        Partai partai PROPN 5 flat:name _ B-ORG
        Demokrat demokrat PROPN 6 flat:name _ E-ORG
        dan dan CCONJ 9 cc
        Ketua ketua PROPN 4 conj
        Umum umum PROPN 9 flat:name
        Perbakin perbakin PROPN 10 flat:name
        . . PUNCT 3 punct
    """)
)

CLUB_TAGGED_PERSON = (
conll('Ia bermain untuk klub Lechia Gdansk selama dua musim.', """
        Ia dia PRON 2 nsubj
        bermain main VERB 0 root
        untuk untuk ADP 4 case
        klub klub NOUN 2 obl
        Lechia lechia PROPN 4 nmod _ B-PER
        Gdansk gdansk PROPN 5 flat:name _ E-PER
        selama selama ADP 9 case
        dua dua NUM 9 nummod
        musim musim NOUN 2 obl
        . . PUNCT 2 punct
    """)
)

CLUB_NAMED_AFTER_CITY = (
conll('Presiden Paris Saint-Germain Nasser Al-Khelaifi memuji Mbappe.', """
        Presiden presiden NOUN 6 nsubj
        Paris paris PROPN 1 nmod _ B-PER
        Saint-Germain saint-germain PROPN 2 flat:name _ I-PER
        Nasser nasser PROPN 3 flat:name _ I-PER
        Al-Khelaifi al-khelaifi PROPN 4 flat:name _ E-PER
        memuji puji VERB 0 root
        Mbappe mbappe PROPN 6 obj _ S-PER
        . . PUNCT 6 punct
    """)
)

AIRLINE_NAMED_AFTER_COUNTRY = (
conll('CEO Indonesia AirAsia Veranita Yosephine Sinaga mengumumkan rute baru.', """
        CEO ceo PROPN 7 nsubj
        Indonesia indonesia PROPN 1 flat:name
        AirAsia airasia PROPN 2 flat:name
        Veranita veranita PROPN 3 flat:name
        Yosephine yosephine PROPN 4 flat:name _ B-PER
        Sinaga sinaga PROPN 5 flat:name _ E-PER
        mengumumkan umum VERB 0 root
        rute rute NOUN 7 obj
        baru baru ADJ 8 amod
        . . PUNCT 7 punct
    """)
)

NUMBERED_CHAIRS = (
conll('Susunan pengurus terdiri dari Rochdi Partaatmadja sebagai ketua umum, ketua I Dick Sudirman, dan ketua II Suharso.', """
        Susunan susun NOUN 3 nsubj:pass
        pengurus urus NOUN 1 compound
        terdiri terdiri VERB 0 root
        dari dari ADP 5 case
        Rochdi rochdi PROPN 3 obl _ B-PER
        Partaatmadja partaatmadja PROPN 5 flat:name _ E-PER
        sebagai sebagai ADP 8 case
        ketua ketua NOUN 3 obl
        umum umum ADJ 8 amod
        , , PUNCT 11 punct
        ketua ketua NOUN 8 conj
        I i PROPN 11 nmod
        Dick dick PROPN 12 flat:name _ B-PER
        Sudirman sudirman PROPN 13 flat:name _ E-PER
        , , PUNCT 17 punct
        dan dan CCONJ 17 cc
        ketua ketua NOUN 11 conj
        II ii NUM 17 nummod _ B-PER
        Suharso suharso PROPN 17 nmod _ E-PER
        . . PUNCT 3 punct
    """)
)

NUMBERED_DEPUTY = (
conll('Wakil Ketua III DPR Agus Hermanto memimpin rapat.', """
        Wakil wakil PROPN 7 nsubj
        Ketua ketua NOUN 1 compound
        III iii PROPN 2 nmod
        DPR dpr PROPN 3 flat:name _ S-ORG
        Agus agus PROPN 4 flat:name _ B-PER
        Hermanto hermanto PROPN 5 flat:name _ E-PER
        memimpin pimpin VERB 0 root
        rapat rapat NOUN 7 obj
        . . PUNCT 7 punct
    """)
)


BALINESE_I = (
conll('Gamelan Taruna Mekar pimpinan I Made Arnawa tampil di Denpasar.', """
        Gamelan gamelan PROPN 8 nsubj
        Taruna taruna PROPN 1 flat:name
        Mekar mekar PROPN 2 flat:name
        pimpinan pimpin NOUN 1 compound
        I i PROPN 4 nmod
        Made made PROPN 5 flat:name _ B-PER
        Arnawa arnawa PROPN 6 flat:name _ E-PER
        tampil tampil VERB 0 root
        di di ADP 10 case
        Denpasar denpasar PROPN 8 obl _ S-LOC
        . . PUNCT 8 punct
    """)
)


def _offices(block: str, lexicon: Lexicon) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o in claims_of(doc_of(block), lexicon) if p in ("leads", "ceoOf")}


def test_an_office_one_is_known_or_recorded_as_holding(lexicon: Lexicon) -> None:
    held = {("Rudi Hartono", "leads", "Persatuan Bulu Tangkis Seluruh Indonesia")}
    assert _offices(KNOWN_AS, lexicon) == held
    assert _offices(RECORDED_AS, lexicon) == held
    assert _offices(KNOWN_AS_PLAYER, lexicon) == set()


def test_a_chair_after_a_deputy_office_is_held(lexicon: Lexicon) -> None:
    # the deputy's office leads nothing; the chair conjoined to it does
    assert _offices(DEPUTY_THEN_CHAIR, lexicon) == {("Andi Wijaya", "leads", "Perbakin")}


def test_a_numbered_chair_is_no_organisation(lexicon: Lexicon) -> None:
    types = _types(doc_of(NUMBERED_CHAIRS), lexicon)
    assert "I" not in types and "II Suharso" not in types
    assert types["Dick Sudirman"] == "Person" and types["Suharso"] == "Person"
    assert _offices(NUMBERED_CHAIRS, lexicon) == set()
    types = _types(doc_of(NUMBERED_DEPUTY), lexicon)
    assert types.get("DPR") == "Organization" and types.get("Agus Hermanto") == "Person"
    assert not any(name.startswith("III") for name in types)


def test_a_balinese_name_keeps_its_i(lexicon: Lexicon) -> None:
    assert ("I Made Arnawa", "leads", "Gamelan Taruna Mekar") in claims_of(doc_of(BALINESE_I), lexicon)


def test_a_club_the_ner_calls_a_person_is_an_organisation(lexicon: Lexicon) -> None:
    assert _types(doc_of(CLUB_TAGGED_PERSON), lexicon)["Lechia Gdansk"] == "Organization"


def test_a_known_name_opening_with_a_place_is_whole(lexicon: Lexicon) -> None:
    doc = doc_of(CLUB_NAMED_AFTER_CITY)
    types = _types(doc, lexicon)
    assert types.get("Paris Saint-Germain") == "Organization" and "Saint-Germain" not in types
    claims = claims_of(doc, lexicon)
    assert ("Nasser Al-Khelaifi", "leads", "Paris Saint-Germain") in claims
    assert not any(p == "basedIn" for _, p, _ in claims)  # Paris is part of the name, no seat
    doc = doc_of(AIRLINE_NAMED_AFTER_COUNTRY)
    assert _types(doc, lexicon).get("Indonesia AirAsia") == "Organization"
    assert ("Veranita Yosephine Sinaga", "ceoOf", "Indonesia AirAsia") in claims_of(doc, lexicon)
