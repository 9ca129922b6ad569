"""What a name's last word or its apposed noun says it is: an English company's head word ("… Scientific Instruments")
over an NER person tag, and "kelompok" (a group: militant, musical, business) as an organisation noun, so that the
place describing the group is its base. 2026-12-06, fifth session. Sentences written for the tests, rows from the
bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

MAKER_HEAD = (
conll('Pimpinan Gamatech Scientific Instruments, Sudiartono, mengatakan permintaan naik.', """
        Pimpinan pimpinan PROPN 8 nsubj
        Gamatech gamatech PROPN 1 flat:name _ B-PER
        Scientific scientific PROPN 2 flat:name _ I-PER
        Instruments instruments PROPN 3 flat:name _ E-PER
        , , PUNCT 1 punct
        Sudiartono sudiartono PROPN 1 appos _ S-PER
        , , PUNCT 8 punct
        mengatakan kata VERB 0 root
        permintaan minta NOUN 8 obj
        naik naik VERB 9 acl
        . . PUNCT 8 punct
    """)
)

GROUP_PLACE = (
conll('Jemaah Islamiyah, kelompok militan Asia Tenggara, dituding bertanggung jawab.', """
        Jemaah jemaah PROPN 9 nsubj:pass
        Islamiyah islamiyah PROPN 1 flat:name
        , , PUNCT 1 punct
        kelompok kelompok NOUN 1 appos
        militan militan NOUN 4 compound
        Asia asia PROPN 5 nmod _ B-LOC
        Tenggara tenggara PROPN 6 flat:name _ E-LOC
        , , PUNCT 9 punct
        dituding tuding VERB 0 root
        bertanggung tanggung VERB 9 xcomp
        jawab jawab NOUN 10 obj
        . . PUNCT 9 punct
    """)
)


def test_an_english_company_word_ends_an_organisation_the_ner_took_for_a_person(lexicon: Lexicon) -> None:
    doc = doc_of(MAKER_HEAD)
    assert _types(doc, lexicon)["Gamatech Scientific Instruments"] == "Organization"
    assert ("Sudiartono", "leads", "Gamatech Scientific Instruments") in claims_of(doc, lexicon)


def test_a_group_is_based_where_its_description_says(lexicon: Lexicon) -> None:
    doc = doc_of(GROUP_PLACE)
    assert _types(doc, lexicon)["Jemaah Islamiyah"] == "Organization"
    assert ("Jemaah Islamiyah", "basedIn", "Asia Tenggara") in claims_of(doc, lexicon)
