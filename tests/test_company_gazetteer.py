"""The company gazetteer's 2026-12-06 groups (vehicle makers, electronics, airlines, professional services, consumer
goods, Indonesian state companies): a listed company the NER tags as a person is an organisation, and it is no
surname, so it does not join a product the NER took for a person ("Chevrolet Trax … Chevrolet"); a model named after
its maker ("Honda Brio") is a product. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

MAKER_TAGGED_PERSON = (
conll('Yamaha meluncurkan skuter baru di Jakarta.', """
        Yamaha yamaha PROPN 2 nsubj _ S-PER
        meluncurkan luncur VERB 0 root
        skuter skuter NOUN 2 obj
        baru baru ADJ 3 amod
        di di ADP 6 case
        Jakarta jakarta PROPN 3 nmod _ S-LOC
        . . PUNCT 2 punct
    """)
)

BRAND_AND_MODEL = (
conll('General Motors Indonesia telah meluncurkan SUV kompak Chevrolet Trax pada awal Desember.', """
        General general PROPN 5 nsubj _ B-ORG
        Motors motors PROPN 1 flat:name _ I-ORG
        Indonesia indonesia PROPN 2 flat:name _ E-ORG
        telah telah AUX 5 aux
        meluncurkan luncur VERB 0 root
        SUV suv PROPN 5 obj
        kompak kompak NOUN 6 compound
        Chevrolet chevrolet PROPN 7 nmod _ B-PER
        Trax trax PROPN 8 flat:name _ E-PER
        pada pada ADP 11 case
        awal awal NOUN 12 amod
        Desember desember PROPN 5 obl
        . . PUNCT 5 punct
    """)
+ conll('Antusiasme pecinta Chevrolet terbukti.', """
        Antusiasme antusiasme PROPN 4 nsubj:pass
        pecinta cinta NOUN 1 compound
        Chevrolet chevrolet PROPN 2 nmod
        terbukti bukti VERB 0 root
        . . PUNCT 4 punct
    """)
)


def test_a_listed_company_the_ner_calls_a_person_is_an_organisation(lexicon: Lexicon) -> None:
    assert _types(doc_of(MAKER_TAGGED_PERSON), lexicon)["Yamaha"] == "Organization"


def test_a_listed_company_is_no_short_form_of_its_model(lexicon: Lexicon) -> None:
    doc = doc_of(BRAND_AND_MODEL)
    types = _types(doc, lexicon)
    assert types["Chevrolet"] == "Organization"
    assert "Chevrolet Trax" in types
    assert ("General Motors Indonesia", "releases", "Chevrolet Trax") in claims_of(doc, lexicon)

COMPANY_OPENING = (
conll('Pegadaian menerbitkan produk tabungan emas.', """
        Pegadaian pegadaian PROPN 2 nsubj
        menerbitkan terbit VERB 0 root
        produk produk NOUN 2 obj
        tabungan tabung NOUN 3 compound
        emas emas ADJ 4 amod
        . . PUNCT 2 punct
    """)
)


def test_a_listed_company_opening_the_sentence_is_a_name(lexicon: Lexicon) -> None:
    # a dictionary word ("pegadaian", a pawnshop) that the gazetteer lists as a company, as its verb's subject
    assert _types(doc_of(COMPANY_OPENING), lexicon).get("Pegadaian") == "Organization"

BRAND_MODEL = (
conll('Honda meluncurkan Honda Brio di Jakarta.', """
        Honda honda PROPN 2 nsubj
        meluncurkan luncur VERB 0 root
        Honda honda PROPN 2 obj _ B-PER
        Brio brio PROPN 3 flat:name _ E-PER
        di di ADP 6 case
        Jakarta jakarta PROPN 2 obl _ S-LOC
        . . PUNCT 2 punct
    """)
)

BRAND_COMPANY = (
conll('Presiden Direktur Honda Prospect Motor Budi Santoso hadir.', """
        Presiden presiden NOUN 8 nsubj
        Direktur direktur PROPN 1 nmod
        Honda honda PROPN 2 flat:name
        Prospect prospect PROPN 3 flat:name
        Motor motor PROPN 4 flat:name
        Budi budi PROPN 5 flat:name _ B-PER
        Santoso santoso PROPN 6 flat:name _ E-PER
        hadir hadir VERB 0 root
        . . PUNCT 8 punct
    """)
)


def test_a_model_named_after_its_maker_is_a_product(lexicon: Lexicon) -> None:
    doc = doc_of(BRAND_MODEL)
    assert _types(doc, lexicon)["Honda Brio"] == "Product"
    assert ("Honda", "releases", "Honda Brio") in claims_of(doc, lexicon)
    # a company word after the brand makes a company
    assert _types(doc_of(BRAND_COMPANY), lexicon)["Honda Prospect Motor"] == "Organization"
