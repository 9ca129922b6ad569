"""A well-known company named inside a longer name ("Microsoft Office … Microsoft") stays a company of its own.
2026-12-06, eighth session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

BRAND_LINE = (
conll('Microsoft Office dikembangkan oleh Microsoft sejak 1990.', """
        Microsoft microsoft PROPN 3 nsubj:pass
        Office office PROPN 1 flat:name
        dikembangkan kembang VERB 0 root
        oleh oleh ADP 5 case
        Microsoft microsoft PROPN 3 obl _ S-ORG
        sejak sejak ADP 3 mark
        1990 1990 NUM 3 nummod
        . . PUNCT 3 punct
    """)
)


def test_a_known_company_is_no_short_form_of_a_product_line_named_after_it(lexicon: Lexicon) -> None:
    doc = doc_of(*BRAND_LINE)
    assert {"Microsoft", "Microsoft Office"} <= set(_types(doc, lexicon))
    assert ("Microsoft Office", "developedBy", "Microsoft") in claims_of(doc, lexicon)
