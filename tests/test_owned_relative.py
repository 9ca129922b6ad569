"""A relative clause that says whose office it is ("FRB, yang pemimpinnya, Andi Wijaya"): the name the clause hangs on
owns the office and is no person, and the one apposed to the title leads it, not the organisation the story named
last. 2026-12-06, fourth session. Sentence written for the test, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

OWNED_RELATIVE = (
conll('Menteri Penerangan Budi Santoso menyatakan musuh lama pemerintah bekerja sama dengan FRB, yang pemimpinnya, Andi Wijaya, saat ini dirawat.', """
        Menteri menteri PROPN 5 nsubj
        Penerangan penerangan PROPN 1 flat:name
        Budi budi PROPN 2 flat:name _ B-PER
        Santoso santoso PROPN 3 flat:name _ E-PER
        menyatakan nyata VERB 0 root
        musuh musuh NOUN 5 obj
        lama lama ADJ 6 amod
        pemerintah perintah NOUN 6 compound
        bekerja kerja VERB 6 acl
        sama sama ADJ 9 amod
        dengan dengan ADP 12 case
        FRB frb PROPN 9 obl _ S-ORG
        , , PUNCT 12 punct
        yang yang PRON 15 nsubj
        pemimpin pimpin NOUN 12 appos
        nya dia PRON 15 nmod:poss
        , , PUNCT 18 punct
        Andi andi PROPN 15 appos _ B-PER
        Wijaya wijaya PROPN 18 flat:name _ E-PER
        , , PUNCT 23 punct
        saat saat NOUN 23 nsubj:pass
        ini ini DET 21 det
        dirawat rawat VERB 5 advcl
        . . PUNCT 5 punct
    """)
)


def test_the_relative_clause_names_whose_leader(lexicon: Lexicon) -> None:
    doc = doc_of(OWNED_RELATIVE)
    assert _types(doc, lexicon)["FRB"] == "Organization"
    leads = {(s, o) for s, p, o in claims_of(doc, lexicon) if p == "leads"}
    assert leads == {("Andi Wijaya", "FRB")}
