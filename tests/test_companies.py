"""Well-known companies the NER calls persons ("Nokia", "Samsung", "Indofood"), typed from a general gazetteer
(kg/lexicons/companies.txt), what a shop of a company standing somewhere says (no seat), a subject whose apposition
the parser took for its predicate (2026-12-06, third session). Sentences written for the tests, rows from the bundled
models."""

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


APPOSED_SUBJECT = (
conll('Mitsubishi Corporation, salah satu perusahaan dagang terbesar di Jepang, menanamkan modal di Encore Energy.', """
        Mitsubishi mitsubishi PROPN 6 nsubj _ B-ORG
        Corporation corporation PROPN 1 flat:name _ E-ORG
        , , PUNCT 1 punct
        salah salah ADJ 6 advmod
        satu satu NUM 4 nummod
        perusahaan usaha NOUN 0 root
        dagang dagang NOUN 6 compound
        terbesar besar ADJ 7 amod
        di di ADP 10 case
        Jepang jepang PROPN 6 nmod _ S-LOC
        , , PUNCT 12 punct
        menanamkan tanam VERB 6 acl:relcl
        modal modal NOUN 12 obj
        di di ADP 15 case
        Encore encore PROPN 12 obl _ B-ORG
        Energy energy PROPN 15 flat:name _ E-ORG
        . . PUNCT 12 punct
    """)
)


def test_a_subject_with_an_apposition_between_commas_keeps_its_verb(lexicon: Lexicon) -> None:
    # the parser reads "X, salah satu perusahaan …" as "X [is] perusahaan" and hangs the verb on the noun
    claims = claims_of(doc_of(APPOSED_SUBJECT), lexicon)
    assert claims.get(("Mitsubishi Corporation", "investsIn", "Encore Energy")) == "asserted"
    assert claims.get(("Mitsubishi Corporation", "basedIn", "Jepang")) == "asserted"
