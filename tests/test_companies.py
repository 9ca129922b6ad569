"""Well-known companies the NER calls persons ("Nokia", "Samsung", "Indofood"), typed from a general gazetteer
(kg/lexicons/companies.txt), and what a shop of a company standing somewhere says: no seat (2026-12-06, third session).
Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

COMPANY_NER_PERSON = (
conll('Indosat menggandeng Nokia untuk membangun jaringan 5G di Surabaya.', """
        Indosat indosat PROPN 2 nsubj
        menggandeng gandeng VERB 0 root
        Nokia nokia PROPN 2 obj _ S-PER
        untuk untuk ADP 5 mark
        membangun bangun VERB 2 xcomp
        jaringan jaring NOUN 5 obj
        5G 5G NUM 6 nummod
        di di ADP 9 case
        Surabaya surabaya PROPN 5 obl _ S-LOC
        . . PUNCT 2 punct
    """)
)

SHOP_LOCATION = (
conll('Diskon ini digelar di sebuah toko Samsung yang berlokasi di Sydney, Australia.', """
        Diskon diskon NOUN 3 nsubj:pass
        ini ini DET 1 det
        digelar gelar VERB 0 root
        di di ADP 6 case
        sebuah buah DET 6 det
        toko toko NOUN 3 obl
        Samsung samsung PROPN 6 nmod
        yang yang PRON 9 nsubj
        berlokasi lokasi VERB 6 acl:relcl
        di di ADP 11 case
        Sydney sydney PROPN 9 obl _ S-LOC
        , , PUNCT 11 punct
        Australia australia PROPN 11 appos _ S-LOC
        . . PUNCT 3 punct
    """)
)

COMPANY_LOCATION = (
conll('Perusahaan rintisan Ruangguru yang berlokasi di Jakarta merekrut guru.', """
        Perusahaan usaha NOUN 8 nsubj
        rintisan rintis NOUN 1 compound
        Ruangguru ruangguru PROPN 2 nmod
        yang yang PRON 5 nsubj
        berlokasi lokasi VERB 1 acl:relcl
        di di ADP 7 case
        Jakarta jakarta PROPN 5 obl _ S-LOC
        merekrut rekrut VERB 0 root
        guru guru NOUN 8 obj
        . . PUNCT 8 punct
    """)
)


def test_a_known_company_the_ner_calls_a_person_is_an_organisation(lexicon: Lexicon) -> None:
    doc = doc_of(COMPANY_NER_PERSON)
    assert _types(doc, lexicon)["Nokia"] == "Organization"
    assert claims_of(doc, lexicon).get(("Indosat", "partnersWith", "Nokia")) == "asserted"


def test_a_shop_of_a_company_standing_somewhere_is_no_seat(lexicon: Lexicon) -> None:
    assert not [k for k in claims_of(doc_of(SHOP_LOCATION), lexicon) if k[1] == "basedIn"]
    assert claims_of(doc_of(COMPANY_LOCATION), lexicon).get(("Ruangguru", "basedIn", "Jakarta")) == "asserted"
