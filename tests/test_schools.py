"""Schools ("SMP Negeri …", "SMK …", "MTs …") are organisations that stand in one place, whatever the NER calls them:
the place a school is said to be in is its seat. 2026-12-06, fifth session. Sentence written for the test, rows from
the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

SCHOOL_SITED = (
conll('SMP Negeri Curup yang berlokasi di Curup menerima siswa baru.', """
        SMP smp PROPN 8 nsubj _ B-LOC
        Negeri negeri PROPN 1 flat:name _ I-LOC
        Curup curup PROPN 2 flat:name _ E-LOC
        yang yang PRON 5 nsubj
        berlokasi lokasi VERB 1 acl:relcl
        di di ADP 7 case
        Curup curup PROPN 5 obl _ S-LOC
        menerima terima VERB 0 root
        siswa siswa NOUN 8 obj
        baru baru ADJ 9 amod
        . . PUNCT 8 punct
    """)
)


def test_a_school_is_an_organisation_seated_where_it_stands(lexicon: Lexicon) -> None:
    doc = doc_of(SCHOOL_SITED)
    assert _types(doc, lexicon)["SMP Negeri Curup"] == "Organization"
    assert ("SMP Negeri Curup", "basedIn", "Curup") in claims_of(doc, lexicon)
