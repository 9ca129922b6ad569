"""Error classes of a blind audit of 226 claims on unannotated news passages (FacQA, IDNER-news-2k, NER-UI and the
political NER text, 2026-12-06): a currency sign read as a name, generic technical abbreviations, a device owned
read as a company invested in, ... Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.entities import find_mentions, resolve_entities
from kg.lexicon import Lexicon


def _types(doc: object, lexicon: Lexicon) -> dict[str, str]:
    return {e.label: e.type for e in resolve_entities(find_mentions(doc, lexicon), lexicon).entities.values()}


CURRENCY_SIGN = (
conll('Perseroan menerbitkan obligasi senilai US$ 300 juta melalui PT Kirana Dana Abadi.', """
        Perseroan perseroan NOUN 2 nsubj
        menerbitkan terbit VERB 0 root
        obligasi obligasi NOUN 2 obj
        senilai nilai NOUN 3 compound
        US us PROPN 4 nmod
        $ $ SYM 5 nummod
        300 300 NUM 8 nummod
        juta juta NUM 5 nummod
        melalui melalui ADP 10 case
        PT pt PROPN 2 obl _ B-ORG
        Kirana kirana PROPN 10 flat:name _ I-ORG
        Dana dana PROPN 11 flat:name _ I-ORG
        Abadi abadi PROPN 12 flat:name _ E-ORG
        . . PUNCT 2 punct
    """)
)

GENERIC_CHIP = (
conll('Ponsel itu memakai prosesor SoC buatan PT Arunika Cipta Semikonduktor.', """
        Ponsel ponsel NOUN 3 nsubj
        itu itu DET 1 det
        memakai pakai VERB 0 root
        prosesor prosesor NOUN 3 obj
        SoC soc PROPN 4 nmod
        buatan buat NOUN 5 compound
        PT pt PROPN 4 nmod _ B-ORG
        Arunika arunika PROPN 7 flat:name _ I-ORG
        Cipta cipta PROPN 8 flat:name _ I-ORG
        Semikonduktor semikonduktor PROPN 9 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

OWNED_DEVICE = (
conll('Di kapal itu terpasang Lumascope milik Badan Riset Samudra.', """
        Di di ADP 2 case
        kapal kapal NOUN 4 obl
        itu itu DET 2 det
        terpasang pasang VERB 0 root
        Lumascope lumascope PROPN 4 obj
        milik milik NOUN 5 compound
        Badan badan PROPN 6 nmod _ B-ORG
        Riset riset PROPN 7 flat:name _ I-ORG
        Samudra samudra PROPN 8 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)


def test_currency_sign_letters_are_no_name(lexicon: Lexicon) -> None:
    """"US$ 300 juta": the tokenizer cuts "US" from its "$"; the letters are part of a currency, not a name."""
    types = _types(doc_of(CURRENCY_SIGN), lexicon)
    assert "US" not in types
    assert types["PT Kirana Dana Abadi"] == "Organization"


def test_generic_chip_abbreviation_is_no_name(lexicon: Lexicon) -> None:
    """"prosesor SoC": a kind of chip (system on a chip), not an organisation or a product."""
    types = _types(doc_of(GENERIC_CHIP), lexicon)
    assert "SoC" not in types
    assert "PT Arunika Cipta Semikonduktor" in types


def test_thing_owned_is_no_investment(lexicon: Lexicon) -> None:
    """"Lumascope milik Badan Riset Samudra": a name nothing types but its owner is more often a device or a service
    than a company the owner holds shares in."""
    claims = claims_of(doc_of(OWNED_DEVICE), lexicon)
    assert not [k for k in claims if k[1] == "investsIn"]
