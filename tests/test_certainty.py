"""kg/certainty.py: cue classes and their scope."""

from __future__ import annotations

from kg.certainty import assess, assess_claims
from kg.entities import find_mentions, resolve_entities
from kg.lexicon import Lexicon
from kg.relations import find_claims


def certainties(doc, lexicon: Lexicon) -> dict[tuple[str, str], str]:
    index = resolve_entities(find_mentions(doc, lexicon), lexicon)
    claims = assess_claims(doc, find_claims(doc, index, lexicon), lexicon)
    return {(c.subject, c.predicate): c.certainty for c in claims}


def test_plain_statement_is_asserted(parse, lexicon: Lexicon) -> None:
    assert certainties(parse("active"), lexicon) == {("Apple", "recruitsFrom"): "asserted"}


def test_negation_on_the_verb(parse, lexicon: Lexicon) -> None:
    assert certainties(parse("negated"), lexicon)[("Samsung", "acquires")] == "negated"


def test_rumour_verb_governing_the_claim(parse, lexicon: Lexicon) -> None:
    assert certainties(parse("rumour"), lexicon)[("Amazon", "recruitsFrom")] == "speculative"


def test_hedge_does_not_taint_the_next_clause(parse, lexicon: Lexicon) -> None:
    got = certainties(parse("scope"), lexicon)
    assert got[("Intel", "delayed")] == "speculative"
    assert got[("Nvidia", "recruitsFrom")] == "asserted"


def test_question_is_speculative(parse, lexicon: Lexicon) -> None:
    assert certainties(parse("question"), lexicon)[("Baidu", "competesWith")] == "speculative"


def test_unconfirmed_phrase_and_denial(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Xiaomi membantah bahwa Huawei merekrut insinyur Oppo.", """
        Xiaomi xiaomi PROPN 2 nsubj
        membantah bantah VERB 0 root Voice=Act
        bahwa bahwa SCONJ 5 mark
        Huawei huawei PROPN 5 nsubj
        merekrut rekrut VERB 2 ccomp Voice=Act
        insinyur insinyur NOUN 5 obj
        Oppo oppo PROPN 6 nmod
        . . PUNCT 2 punct
        """))
    assert certainties(doc, lexicon)[("Huawei", "recruitsFrom")] == "negated"
    sentence = parse(conll("Menurut sumber, Grab mungkin tidak akan bersaing.", """
        Menurut menurut ADP 2 case
        sumber sumber NOUN 8 obl
        , , PUNCT 2 punct
        Grab grab PROPN 8 nsubj
        mungkin mungkin ADV 8 advmod
        tidak tidak PART 8 advmod
        akan akan AUX 8 aux
        bersaing saing VERB 0 root
        . . PUNCT 8 punct
        """)).sentences[0]
    assert assess(sentence, 8, lexicon)[0] == "speculative"


def test_nominal_fact_ignores_the_clause_hedge(lexicon: Lexicon, parse) -> None:
    sentence = parse("rumour").sentences[0]
    assert assess(sentence, 4, lexicon, nominal=True) == ("asserted", None)
    assert assess(sentence, 3, lexicon) == ("speculative", "dikabarkan")


def test_an_accusation_is_a_rumour(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Zetacorp dituding membajak insinyur Meridia.", """
        Zetacorp zetacorp PROPN 2 nsubj:pass _ S-ORG
        dituding tuding VERB 0 root Voice=Pass
        membajak bajak VERB 2 xcomp Voice=Act
        insinyur insinyur NOUN 3 obj
        Meridia meridia PROPN 4 nmod _ S-ORG
        . . PUNCT 2 punct
    """))
    assert certainties(doc, lexicon)[("Zetacorp", "recruitsFrom")] == "speculative"


def test_a_plan_called_off_negates_the_deal_it_names(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    rows = """
        Rencana rencana NOUN 7 nsubj
        akuisisi akuisisi NOUN 1 compound
        Meridia meridia PROPN 2 nmod _ S-ORG
        oleh oleh ADP 5 case
        Zetacorp zetacorp PROPN 2 nmod _ S-ORG
        resmi resmi ADV 7 advmod
        batal batal VERB 0 root
        . . PUNCT 7 punct
    """
    doc = parse(conll("Rencana akuisisi Meridia oleh Zetacorp resmi batal.", rows))
    assert certainties(doc, lexicon)[("Zetacorp", "acquires")] == "negated"
    doc = parse(conll("Rencana akuisisi Meridia oleh Zetacorp resmi diumumkan.", rows.replace(
        "batal batal VERB 0 root", "diumumkan umum VERB 0 root")))
    assert certainties(doc, lexicon)[("Zetacorp", "acquires")] == "speculative"


def test_an_office_one_would_become_under_a_condition_is_not_held(parse, lexicon: Lexicon) -> None:
    """"Seandainya X menjadi ketua umum Partai Y": a conditional office is speculative (becoming is how one holds a
    title, so the hedge on "menjadi" reaches it); "Saat X menjadi …" states it."""
    from conftest import conll

    rows = """
        {w} {l} ADV 4 advmod
        Budi budi PROPN 4 nsubj _ B-PER
        Santosa santosa PROPN 2 flat:name _ E-PER
        menjadi jadi VERB 0 root
        ketua ketua NOUN 4 obj
        umum umum ADJ 5 amod
        Partai partai PROPN 5 nmod _ B-ORG
        Bahari bahari PROPN 7 flat:name _ E-ORG
        . . PUNCT 4 punct
    """
    conditional = parse(conll("Seandainya Budi Santosa menjadi ketua umum Partai Bahari.",
                              rows.format(w="Seandainya", l="seandainya")))
    assert certainties(conditional, lexicon)[("Budi Santosa", "leads")] == "speculative"
    stated = parse(conll("Sejak Budi Santosa menjadi ketua umum Partai Bahari.", rows.format(w="Sejak", l="sejak")))
    assert certainties(stated, lexicon)[("Budi Santosa", "leads")] == "asserted"
