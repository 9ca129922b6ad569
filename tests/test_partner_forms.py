"""Partnerships written the ways news writes them: "bekerjasama" as one word (the stemmer knows no root in it),
"bersinergi", an agreement whose kind is "kerja sama" signed by a coordinated subject, and no partner guessed for
the unnamed person a control verb tells to work with someone. 2026-12-06, fourth session. Sentences written for the
tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_audit_news import _types
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

ONE_WORD = (
conll('Universitas Andalas bekerjasama dengan UNICEF melakukan penelitian di desa tersebut.', """
        Universitas universitas PROPN 3 nsubj _ B-ORG
        Andalas andalas PROPN 1 flat:name _ E-ORG
        bekerjasama jasama VERB 0 root
        dengan dengan ADP 5 case
        UNICEF unicef PROPN 3 obl _ S-ORG
        melakukan laku VERB 3 xcomp
        penelitian teliti NOUN 6 obj
        di di ADP 9 case
        desa desa NOUN 7 nmod
        tersebut tersebut DET 9 det
        . . PUNCT 3 punct
    """)
)

SYNERGY = (
conll('PT Bukit Asam bersinergi dengan PT PLN dalam penyediaan batu bara.', """
        PT pt PROPN 4 nsubj _ B-ORG
        Bukit bukit PROPN 1 flat:name _ I-ORG
        Asam asam PROPN 2 flat:name _ E-ORG
        bersinergi sinergi VERB 0 root
        dengan dengan ADP 6 case
        PT pt PROPN 4 obl _ B-ORG
        PLN pln PROPN 6 flat:name _ E-ORG
        dalam dalam ADP 9 case
        penyediaan sedia NOUN 6 nmod
        batu batu NOUN 9 compound
        bara bara NOUN 10 compound
        . . PUNCT 4 punct
    """)
)

AGREEMENT_KIND = (
conll('Bank BRI dan Telkomsel meneken perjanjian kerja sama layanan digital.', """
        Bank bank PROPN 5 nsubj _ B-ORG
        BRI bri PROPN 1 flat:name _ E-ORG
        dan dan CCONJ 4 cc
        Telkomsel telkomsel PROPN 2 conj
        meneken teken VERB 0 root
        perjanjian janji NOUN 5 obj
        kerja kerja NOUN 6 compound
        sama sama ADJ 7 amod
        layanan layan NOUN 6 compound
        digital digital ADJ 9 amod
        . . PUNCT 5 punct
    """)
)

AGREEMENT_ALONE = (
conll('Bank BRI dan Telkomsel meneken perjanjian baru.', """
        Bank bank PROPN 5 nsubj _ B-ORG
        BRI bri PROPN 1 flat:name _ E-ORG
        dan dan CCONJ 4 cc
        Telkomsel telkomsel PROPN 2 conj
        meneken teken VERB 0 root
        perjanjian janji NOUN 5 obj
        baru baru ADJ 6 amod
        . . PUNCT 5 punct
    """)
)

TOLD_TO = (
conll('Tanpa ragu Rina mengajak fotografer itu untuk bekerjasama dengan Kompas Gramedia.', """
        Tanpa tanpa ADP 2 case
        ragu ragu NOUN 4 obl
        Rina rina PROPN 2 nmod _ S-PER
        mengajak ajak VERB 0 root
        fotografer fotografer NOUN 4 obj
        itu itu DET 5 det
        untuk untuk ADP 8 mark
        bekerjasama jasama VERB 4 xcomp
        dengan dengan ADP 10 case
        Kompas kompas PROPN 8 obl _ B-ORG
        Gramedia gramedia PROPN 10 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)


def _partners(block: str, lexicon: Lexicon) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in claims_of(doc_of(block), lexicon) if p == "partnersWith"}


def test_bekerjasama_written_as_one_word(lexicon: Lexicon) -> None:
    assert _partners(ONE_WORD, lexicon) == {frozenset({"Universitas Andalas", "UNICEF"})}


def test_bersinergi_is_working_together(lexicon: Lexicon) -> None:
    assert _partners(SYNERGY, lexicon) == {frozenset({"PT Bukit Asam", "PT PLN"})}


def test_agreement_of_the_kind_kerja_sama_signed_by_both(lexicon: Lexicon) -> None:
    assert _partners(AGREEMENT_KIND, lexicon) == {frozenset({"Bank BRI", "Telkomsel"})}


def test_agreement_of_no_kind_needs_a_partner_case(lexicon: Lexicon) -> None:
    assert _partners(AGREEMENT_ALONE, lexicon) == set()


def test_no_nearest_partner_for_the_one_told_to_work_with_someone(lexicon: Lexicon) -> None:
    assert _partners(TOLD_TO, lexicon) == set()

TOLD_ON_OBJECT = (
conll('Bupati Banyuwangi Ipuk Fiestiandani mengimbau warga bekerjasama dengan petugas Dinas Kesehatan.', """
        Bupati bupati PROPN 5 nsubj
        Banyuwangi banyuwangi PROPN 1 flat:name _ B-PER
        Ipuk ipuk PROPN 2 flat:name _ I-PER
        Fiestiandani fiestiandani PROPN 3 flat:name _ E-PER
        mengimbau imbau VERB 0 root
        warga warga NOUN 5 obj
        bekerjasama jasama VERB 6 acl
        dengan dengan ADP 9 case
        petugas tugas NOUN 7 obl
        Dinas dinas PROPN 9 nmod
        Kesehatan sehat PROPN 10 flat:name
        . . PUNCT 5 punct
    """)
)

STAFF_TOLD = (
conll('Menteri Pertanian Andi Amran Sulaiman menugaskan jajarannya bersinergi dengan Bulog.', """
        Menteri menteri PROPN 6 nsubj
        Pertanian pertanian PROPN 1 flat:name
        Andi andi PROPN 2 flat:name _ B-PER
        Amran amran PROPN 3 flat:name _ I-PER
        Sulaiman sulaiman PROPN 4 flat:name _ E-PER
        menugaskan tugas VERB 0 root
        jajaran jajar NOUN 6 obj
        nya dia PRON 7 nmod:poss
        bersinergi sinergi VERB 6 xcomp
        dengan dengan ADP 11 case
        Bulog bulog PROPN 9 obl _ S-LOC
        . . PUNCT 6 punct
    """)
)


def test_no_partner_for_the_object_told_when_the_clause_hangs_on_it(lexicon: Lexicon) -> None:
    assert _partners(TOLD_ON_OBJECT, lexicon) == set()


def test_no_partner_for_the_one_whose_staff_is_told(lexicon: Lexicon) -> None:
    assert _partners(STAFF_TOLD, lexicon) == set()

OFFICIAL_FOR_BODY = (
conll('Direktur Utama Bank BTN Nixon Napitupulu bekerjasama dengan Kementerian PUPR dalam program rumah subsidi.', """
        Direktur direktur NOUN 7 nsubj
        Utama utama ADJ 1 amod
        Bank bank PROPN 1 nmod
        BTN btn PROPN 3 flat:name
        Nixon nixon PROPN 4 flat:name _ B-PER
        Napitupulu napitupulu PROPN 5 flat:name _ E-PER
        bekerjasama jasama VERB 0 root
        dengan dengan ADP 9 case
        Kementerian kementerian PROPN 7 obl _ B-ORG
        PUPR pupr PROPN 9 flat:name _ E-ORG
        dalam dalam ADP 12 case
        program program NOUN 7 obl
        rumah rumah NOUN 12 compound
        subsidi subsidi NOUN 13 compound
        . . PUNCT 7 punct
    """)
)

TWO_PERSONS = (
conll('Budi Santoso bekerja sama dengan Andi Wijaya menulis buku itu.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        bekerja kerja VERB 0 root
        sama sama ADJ 3 amod
        dengan dengan ADP 6 case
        Andi andi PROPN 3 obl _ B-PER
        Wijaya wijaya PROPN 6 flat:name _ E-PER
        menulis tulis VERB 3 xcomp
        buku buku NOUN 8 obj
        itu itu DET 9 det
        . . PUNCT 3 punct
    """)
)


def test_an_official_works_with_someone_for_the_body_in_the_title(lexicon: Lexicon) -> None:
    assert _partners(OFFICIAL_FOR_BODY, lexicon) == {frozenset({"Bank BTN", "Kementerian PUPR"})}


def test_persons_of_no_named_institution_are_the_partners(lexicon: Lexicon) -> None:
    assert _partners(TWO_PERSONS, lexicon) == {frozenset({"Budi Santoso", "Andi Wijaya"})}

COALITION_LISTED = (
conll('Koalisi Partai Gerindra, PKS, dan PAN mengusung pasangan calon itu.', """
        Koalisi koalisi PROPN 9 nsubj
        Partai partai PROPN 1 flat:name _ B-ORG
        Gerindra gerindra PROPN 2 flat:name _ E-ORG
        , , PUNCT 5 punct
        PKS pks PROPN 1 conj _ S-ORG
        , , PUNCT 5 punct
        dan dan CCONJ 8 cc
        PAN pan PROPN 9 nsubj _ S-ORG
        mengusung kusung VERB 0 root
        pasangan pasang NOUN 9 obj
        calon calon NOUN 10 compound
        itu itu DET 11 det
        . . PUNCT 9 punct
    """)
)

COALITION_NAMED = (
conll('Koalisi Merah Putih mengusung pasangan calon itu.', """
        Koalisi koalisi PROPN 4 nsubj _ B-ORG
        Merah merah PROPN 1 flat:name _ I-ORG
        Putih putih PROPN 2 flat:name _ E-ORG
        mengusung kusung VERB 0 root
        pasangan pasang NOUN 4 obj
        calon calon NOUN 5 compound
        itu itu DET 6 det
        . . PUNCT 4 punct
    """)
)


def test_a_coalition_named_by_its_parties_makes_each_pair_partners(lexicon: Lexicon) -> None:
    partners = {frozenset((s, o)) for s, p, o in claims_of(doc_of(COALITION_LISTED), lexicon) if p == "partnersWith"}
    assert partners == {frozenset(("Partai Gerindra", "PKS")), frozenset(("Partai Gerindra", "PAN")),
                        frozenset(("PKS", "PAN"))}
    # a coalition with a name of its own keeps it
    assert "Koalisi Merah Putih" in _types(doc_of(COALITION_NAMED), lexicon)
