"""Names, branches and clause scope: constructions from the pool audit's remaining error classes and from the
sixteenth annotation round, on sentences written for the tests and parsed by the bundled models (the rows are the
parser's own)."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.lexicon import Lexicon

STUDIO_RUN = (
conll('Walt Disney Animation Studios akan merilis film pendek Frozen Fever pada Maret.', """
        Walt walt PROPN 6 nsubj
        Disney disney PROPN 1 flat:name
        Animation animation PROPN 2 flat:name _ B-PER
        Studios studios PROPN 3 flat:name _ E-PER
        akan akan AUX 6 aux
        merilis rilis VERB 0 root
        film film NOUN 6 obj
        pendek pendek ADJ 7 amod
        Frozen frozen PROPN 7 nmod
        Fever fever PROPN 9 flat:name
        pada pada ADP 12 case
        Maret maret PROPN 6 obl
        . . PUNCT 6 punct
    """)
)


def test_a_person_tag_ending_in_a_company_word_does_not_cut_the_name(lexicon: Lexicon) -> None:
    # the NER tagged "Animation Studios" a person inside the run: the run was cut into "Walt Disney" + a body
    assert claims_of(doc_of(STUDIO_RUN), lexicon) == {
        ("Walt Disney Animation Studios", "releases", "Frozen Fever"): "speculative"}
