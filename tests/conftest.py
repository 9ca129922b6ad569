"""Shared fixtures: hand-written Universal Dependencies parses of short Indonesian sentences (not from the seed).

The parses follow the UD Indonesian GSD conventions (flat:name for names, nsubj:pass and an "oleh" obl for passives,
acl:relcl with a "yang" subject for relative clauses, lemmas as roots: merekrut → rekrut). Unit tests build their
Documents from these with :func:`kg.conllu.read_conllu`; no test here loads a model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.conllu import read_conllu
from kg.lexicon import Lexicon, load_lexicon
from kg.records import Document

ROOT = Path(__file__).resolve().parents[1]


def conll(text: str, rows: str) -> str:
    """Build one CoNLL-U sentence from compact rows: ``form lemma UPOS head deprel [feats|_] [NER|_]``."""
    out = [f"# text = {text}"]
    for i, line in enumerate(r for r in rows.strip().splitlines() if r.strip()):
        cols = line.split()
        form, lemma, upos, head, deprel = cols[:5]
        feats = cols[5] if len(cols) > 5 else "_"
        ner = f"NER={cols[6]}" if len(cols) > 6 and cols[6] != "_" else "_"
        out.append("\t".join([str(i + 1), form, lemma, upos, "_", feats, head, deprel, "_", ner]))
    return "\n".join(out) + "\n\n"


SENTENCES: dict[str, str] = {
    # active verb + relative clause + oblique partner
    "relcl": conll(
        "Meta, yang merekrut peneliti Google, bersaing dengan OpenAI.",
        """
        Meta meta PROPN 8 nsubj
        , , PUNCT 4 punct
        yang yang PRON 4 nsubj PronType=Rel
        merekrut rekrut VERB 1 acl:relcl Voice=Act
        peneliti teliti NOUN 4 obj
        Google google PROPN 5 nmod
        , , PUNCT 4 punct
        bersaing saing VERB 0 root
        dengan dengan ADP 10 case
        OpenAI openai PROPN 8 obl
        . . PUNCT 8 punct
        """,
    ),
    # plain active, object is the people of another organisation
    "active": conll(
        "Apple merekrut insinyur Tesla.",
        """
        Apple apple PROPN 2 nsubj
        merekrut rekrut VERB 0 root Voice=Act
        insinyur insinyur NOUN 2 obj
        Tesla tesla PROPN 3 nmod
        . . PUNCT 2 punct
        """,
    ),
    # passive with an "oleh" agent and a named product inside the delayed thing
    "passive": conll(
        "Peluncuran Gemini 2 ditunda oleh Google.",
        """
        Peluncuran luncur NOUN 4 nsubj:pass
        Gemini gemini PROPN 1 nmod
        2 2 NUM 2 nummod
        ditunda tunda VERB 0 root Voice=Pass
        oleh oleh ADP 6 case
        Google google PROPN 4 obl
        . . PUNCT 4 punct
        """,
    ),
    # negation
    "negated": conll(
        "Samsung tidak mengakuisisi Nokia.",
        """
        Samsung samsung PROPN 3 nsubj
        tidak tidak PART 3 advmod Polarity=Neg
        mengakuisisi akuisisi VERB 0 root Voice=Act
        Nokia nokia PROPN 3 obj
        . . PUNCT 3 punct
        """,
    ),
    # rumour: a passive reporting verb governs the claim
    "rumour": conll(
        "Amazon dikabarkan merekrut peneliti Anthropic.",
        """
        Amazon amazon PROPN 2 nsubj:pass
        dikabarkan kabar VERB 0 root Voice=Pass
        merekrut rekrut VERB 2 xcomp Voice=Act
        peneliti teliti NOUN 3 obj
        Anthropic anthropic PROPN 4 nmod
        . . PUNCT 2 punct
        """,
    ),
    # hedge in one clause, a plain fact in the next
    "scope": conll(
        "Intel mungkin menunda pabrik barunya, tetapi Nvidia merekrut insinyur AMD.",
        """
        Intel intel PROPN 3 nsubj
        mungkin mungkin ADV 3 advmod
        menunda tunda VERB 0 root Voice=Act
        pabrik pabrik NOUN 3 obj
        baru baru ADJ 4 amod
        nya dia PRON 4 nmod:poss
        , , PUNCT 10 punct
        tetapi tetapi CCONJ 10 cc
        Nvidia nvidia PROPN 10 nsubj
        merekrut rekrut VERB 3 conj Voice=Act
        insinyur insinyur NOUN 10 obj
        AMD amd PROPN 11 nmod
        . . PUNCT 3 punct
        """,
    ),
    # title apposition: "CEO X, Person"
    "appos": conll(
        "CEO Nvidia, Jensen Huang, mengumumkan kemitraan dengan Foxconn.",
        """
        CEO ceo NOUN 6 nsubj
        Nvidia nvidia PROPN 1 compound
        , , PUNCT 4 punct
        Jensen jensen PROPN 1 appos
        Huang huang PROPN 4 flat:name
        mengumumkan umum VERB 0 root Voice=Act
        kemitraan mitra NOUN 6 obj
        dengan dengan ADP 9 case
        Foxconn foxconn PROPN 7 nmod
        . . PUNCT 6 punct
        """,
    ),
    # coordinated subjects, symmetric relation
    "coordination": conll(
        "Google dan Microsoft bersaing ketat.",
        """
        Google google PROPN 4 nsubj
        dan dan CCONJ 3 cc
        Microsoft microsoft PROPN 1 conj
        bersaing saing VERB 0 root Voice=Act
        ketat ketat ADJ 4 advmod
        . . PUNCT 4 punct
        """,
    ),
    # model + maker phrase + place modifier, and a version-like model name
    "maker": conll(
        "Qwen 2, model baru dari startup Korea Selatan Upstage, menantang Claude.",
        """
        Qwen qwen PROPN 12 nsubj
        2 2 NUM 1 nummod
        , , PUNCT 4 punct
        model model NOUN 1 appos
        baru baru ADJ 4 amod
        dari dari ADP 7 case
        startup startup NOUN 4 nmod
        Korea korea PROPN 7 compound
        Selatan selatan PROPN 8 flat:name
        Upstage upstage PROPN 7 appos
        , , PUNCT 4 punct
        menantang tantang VERB 0 root Voice=Act
        Claude claude PROPN 12 obj
        . . PUNCT 12 punct
        """,
    ),
    # question
    "question": conll(
        "Bisakah Baidu bersaing dengan Alibaba?",
        """
        Bisakah bisa ADV 3 advmod
        Baidu baidu PROPN 3 nsubj
        bersaing saing VERB 0 root Voice=Act
        dengan dengan ADP 5 case
        Alibaba alibaba PROPN 3 obl
        ? ? PUNCT 3 punct
        """,
    ),
    # parenthetical other name, passive developedBy in a relative clause
    "alias": conll(
        "Claude, yang dikembangkan oleh Anthropic (sebelumnya Antropik), dirilis ulang.",
        """
        Claude claude PROPN 11 nsubj:pass
        , , PUNCT 4 punct
        yang yang PRON 4 nsubj:pass PronType=Rel
        dikembangkan kembang VERB 1 acl:relcl Voice=Pass
        oleh oleh ADP 6 case
        Anthropic anthropic PROPN 4 obl
        ( ( PUNCT 9 punct
        sebelumnya sebelum ADV 9 advmod
        Antropik antropik PROPN 6 appos
        ) ) PUNCT 9 punct
        dirilis rilis VERB 0 root Voice=Pass
        ulang ulang ADV 11 advmod
        , , PUNCT 11 punct
        . . PUNCT 11 punct
        """,
    ),
}

# two sentences: a person's company resolved from the previous sentence, and a short name for a person
COREF = conll(
    "Oracle dan Salesforce bersaing di pasar awan.",
    """
    Oracle oracle PROPN 4 nsubj _ S-ORGANISATION
    dan dan CCONJ 3 cc
    Salesforce salesforce PROPN 1 conj _ S-ORGANISATION
    bersaing saing VERB 0 root Voice=Act
    di di ADP 6 case
    pasar pasar NOUN 4 obl
    awan awan NOUN 6 compound
    . . PUNCT 4 punct
    """,
) + conll(
    "CEO Salesforce, Marc Benioff, memuji timnya.",
    """
    CEO ceo NOUN 6 nsubj
    Salesforce salesforce PROPN 1 compound _ S-ORGANISATION
    , , PUNCT 4 punct
    Marc marc PROPN 1 appos _ B-PERSON
    Benioff benioff PROPN 4 flat:name _ E-PERSON
    memuji puji VERB 0 root Voice=Act
    tim tim NOUN 6 obj
    nya dia PRON 7 nmod:poss
    . . PUNCT 6 punct
    """,
) + conll(
    "Perusahaan Larry Ellison merilis Exadata X10, sementara Benioff merekrut insinyur Google.",
    """
    Perusahaan usaha NOUN 4 nsubj
    Larry larry PROPN 1 nmod _ B-PERSON
    Ellison ellison PROPN 2 flat:name _ E-PERSON
    merilis rilis VERB 0 root Voice=Act
    Exadata exadata PROPN 4 obj
    X10 x10 PROPN 5 flat:name
    , , PUNCT 10 punct
    sementara sementara SCONJ 10 mark
    Benioff benioff PROPN 10 nsubj _ S-PERSON
    merekrut rekrut VERB 4 advcl Voice=Act
    insinyur insinyur NOUN 10 obj
    Google google PROPN 11 nmod _ S-ORGANISATION
    . . PUNCT 4 punct
    """,
)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The bundled lexicons."""
    return load_lexicon()


@pytest.fixture
def parse():
    """Turn a key of SENTENCES (or raw CoNLL-U) into a Document."""

    def make(key: str, doc_id: str = "doc") -> Document:
        return read_conllu(SENTENCES.get(key, key), doc_id)

    return make


@pytest.fixture
def coref_doc() -> Document:
    """A three-sentence document exercising coreference."""
    return read_conllu(COREF, "coref")


def fake_parse(texts):
    """A model-free stand-in for :func:`kg.parse.parse_texts` (build and CLI tests): sentences split at . ! ?,
    words at spaces and punctuation, capitalised words inside a sentence tagged PROPN, every word attached to the
    first. Good enough to exercise the pipeline's plumbing, not the extractor's rules."""
    import re

    from kg.records import Sentence, Word

    for doc_id, text in texts:
        sentences = []
        for m in re.finditer(r"[^.!?\n]+[.!?]?", text):
            if not m.group().strip():
                continue
            words = []
            for i, w in enumerate(re.finditer(r"\w[\w-]*|[^\w\s]", m.group())):
                s, e = m.start() + w.start(), m.start() + w.end()
                upos = "PUNCT" if not w.group()[0].isalnum() else "PROPN" if i and w.group()[0].isupper() else "NOUN"
                words.append(Word(id=i + 1, text=w.group(), lemma=w.group().lower(), upos=upos,
                                  head=0 if i == 0 else 1, deprel="root" if i == 0 else "dep", start=s, end=e))
            if words:
                sentences.append(Sentence(index=len(sentences), text=text[words[0].start:words[-1].end],
                                          start=words[0].start, end=words[-1].end, words=tuple(words)))
        yield Document(id=doc_id, text=text, sentences=tuple(sentences))


@pytest.fixture
def fake_parser():
    """The model-free parser (see :func:`fake_parse`)."""
    return fake_parse


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A folder with one good Indonesian text and one of each bad input."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text("Samsung bersaing dengan Apple di pasar ponsel. Mereka tidak bermitra.\n",
                                       encoding="utf-8")
    (folder / "b_empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "d_latin1.txt").write_bytes("Perusahaan itu bernama Caf\xe9 dan berbasis di Jakarta.".encode("latin-1"))
    (folder / "e_english.txt").write_text("The company said that it was not going to delay the launch of the model.",
                                          encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def built_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A graph freshly built by :func:`kg.build.build` from the hand-written parses above (one document per parse),
    without a model: the real extractor, RDF and exports. RETURNS the output folder (graph.ttl, graph.html, …)."""
    from kg.build import build

    folder = tmp_path_factory.mktemp("built")
    (folder / "in").mkdir()
    blocks = dict(SENTENCES, coref=COREF)
    for doc_id, block in blocks.items():
        (folder / "in" / f"{doc_id}.txt").write_text(read_conllu(block, doc_id).text + "\n", encoding="utf-8")

    def parser(texts):
        for doc_id, text in texts:
            yield read_conllu(blocks[doc_id], doc_id, source=text)

    report = build([folder / "in"], folder / "out", parser=parser)
    assert report.documents and not report.skipped, report.skipped
    return folder / "out"
