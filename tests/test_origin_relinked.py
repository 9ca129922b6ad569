"""A description's origin the parser hangs on the wrong noun ("pelatih klub asal London itu": London on "pelatih"): the
organisation noun right before "asal" is what it describes, and with a demonstrative it is the club named before, not
the subject of its own clause ("X, yang menjadi pemegang saham startup asal Bandung tersebut"). 2026-12-06, fourth
session. Sentences written for the tests, rows from the bundled models."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

CLUB_ORIGIN = (
conll('Ia kemudian menerima pinangan Arsenal dan akan menjadi pelatih klub asal London itu pada musim depan.', """
        Ia dia PRON 3 nsubj
        kemudian kemudian ADV 3 advmod
        menerima terima VERB 0 root
        pinangan pinang NOUN 3 obj
        Arsenal arsenal PROPN 4 nmod _ S-ORG
        dan dan CCONJ 8 cc
        akan akan AUX 8 aux
        menjadi jadi VERB 3 conj
        pelatih latih NOUN 8 obj
        klub klub NOUN 9 compound
        asal asal ADP 12 case
        London london PROPN 9 nmod _ S-LOC
        itu itu DET 12 det
        pada pada ADP 15 case
        musim musim NOUN 8 obl
        depan depan ADJ 15 amod
        . . PUNCT 3 punct
    """)
)

NOT_OWN_SUBJECT = (
conll('Nusa AI meraih pendanaan baru.', """
        Nusa nusa PROPN 3 nsubj _ B-ORG
        AI ai PROPN 1 flat:name _ E-ORG
        meraih raih VERB 0 root
        pendanaan dana NOUN 3 obj
        baru baru ADJ 4 amod
        . . PUNCT 3 punct
    """)
+ conll('Putaran itu dipimpin Sinar Capital, yang kini menjadi pemegang saham terbesar startup asal Bandung tersebut.', """
        Putaran putaran NOUN 3 nsubj:pass
        itu itu DET 1 det
        dipimpin pimpin VERB 0 root
        Sinar sinar PROPN 3 obj _ B-ORG
        Capital capital PROPN 4 flat:name _ E-ORG
        , , PUNCT 3 punct
        yang yang PRON 9 nsubj
        kini kini ADV 9 advmod
        menjadi jadi VERB 4 acl:relcl
        pemegang pegang NOUN 9 obj
        saham saham NOUN 10 compound
        terbesar besar ADJ 11 amod
        startup startup NOUN 11 compound
        asal asal ADP 15 case
        Bandung bandung PROPN 10 nmod _ S-LOC
        tersebut tersebut DET 15 det
        . . PUNCT 3 punct
    """)
)


def _seats(block: str, lexicon: Lexicon) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in claims_of(doc_of(block), lexicon) if p == "basedIn"}


def test_origin_hung_on_the_wrong_noun_describes_the_club_named_before(lexicon: Lexicon) -> None:
    assert _seats(CLUB_ORIGIN, lexicon) == {("Arsenal", "London")}


def test_the_described_startup_is_not_the_clause_subject(lexicon: Lexicon) -> None:
    assert _seats(NOT_OWN_SUBJECT, lexicon) == {("Nusa AI", "Bandung")}
