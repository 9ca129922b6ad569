"""Prepare the training data for the bundled Indonesian Stanza models from the staged UD treebanks and NER sets.

What trains what (the model card explains why):

* tokenize, mwt, lemma ("current" set): the current-annotation treebanks — CSUI train+test, PUD, and half of GSD dev —
  with lemmas harmonised to GSD's convention (lower case; clitic pronouns as GSD lemmatises them, ``nya`` → ``dia``),
  because the held-out GSD test file scores GSD's lemmas.
* pos ("pos" set): the current set plus the legacy GSD r2.1 train file, harmonised (below); XPOS dropped, since the
  treebanks use three different XPOS tag sets.
* depparse ("gsd" set): GSD-convention trees only — harmonised legacy GSD train + half of GSD dev — because CSUI and PUD
  label noun modifiers ``nmod`` where GSD uses ``compound``; a second candidate ("mix") adds CSUI and PUD, and the
  one with the better dev LAS ships.
* dev set for every model: the other half of GSD dev (odd-numbered sentences). GSD **test** is never read here.

Harmonising the legacy GSD r2.1 file (same sentences as today's GSD train, annotated before the v2.8/v2.9 fixes):
  1. a lexical mapping (form, old UPOS, old deprel) → (new UPOS, new deprel) learned by aligning the legacy GSD dev
     file with the current GSD dev file (the same sentences), kept where it is frequent and consistent;
  2. clitic ``-nya`` split off as a separate word (an MWT), as the current annotation does, except for words the current
     data leaves whole (``hanya``, ``sebelumnya``, ...);
  3. deterministic subtypes the current annotation uses: flat → flat:name under proper nouns, nsubj → nsubj:pass under
     ``di-`` verbs, acl → acl:relcl with ``yang``, obl → obl:agent with ``oleh``;
  4. lemmas filled from the current data's form → lemma table (lower-cased form otherwise): the legacy file has none;
  5. a structural mapping (head UPOS, UPOS, deprel) → deprel learned the same way on the result of 1-4, for convention
     changes no single word carries: ``flat`` → ``nmod`` for a proper noun under a common noun ("kota Bandung").

Usage: ``python -m kg.models.prepare --data ../shared/data --out .train``
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

Row = list[str]  # the ten CoNLL-U columns


class Sent:
    """A CoNLL-U sentence: comment lines and rows (MWT range rows included)."""

    def __init__(self, comments: list[str], rows: list[Row]) -> None:
        self.comments = comments
        self.rows = rows

    @property
    def text(self) -> str:
        for c in self.comments:
            if c.startswith("# text ="):
                return c.split("=", 1)[1].strip()
        return ""

    def words(self) -> list[Row]:
        return [r for r in self.rows if r[0].isdigit()]

    def dump(self) -> str:
        return "\n".join(self.comments + ["\t".join(r) for r in self.rows]) + "\n\n"


def read_conllu(path: Path) -> list[Sent]:
    sents: list[Sent] = []
    comments: list[str] = []
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sents.append(Sent(comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            rows.append(line.split("\t"))
    if rows:
        sents.append(Sent(comments, rows))
    return sents


def write_conllu(path: Path, sents: Iterable[Sent]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for s in sents:
            f.write(s.dump())
            n += 1
    return n


# --- lemma harmonisation -------------------------------------------------------------------------------------------

CLOSED = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"}


def closed_class_lemmas(gsd: list[Sent]) -> dict[tuple[str, str], str]:
    """RETURNS GSD's majority lemma for each closed-class (form, UPOS)."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for s in gsd:
        for r in s.words():
            if r[3] in CLOSED:
                counts[(r[1].lower(), r[3])][r[2]] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


def harmonise_lemmas(sents: list[Sent], closed: dict[tuple[str, str], str]) -> list[Sent]:
    """Rewrite lemmas to GSD's convention: lower case, closed-class words lemmatised as GSD does."""
    for s in sents:
        for r in s.words():
            lemma = closed.get((r[1].lower(), r[3]), r[2])
            r[2] = lemma.lower()
    return sents


def drop_xpos(sents: list[Sent]) -> list[Sent]:
    for s in sents:
        for r in s.words():
            r[4] = "_"
    return sents


# --- legacy harmonisation ------------------------------------------------------------------------------------------


def _aligned(legacy: list[Sent], current: list[Sent]) -> Iterator[tuple[list[Row], Row, Row]]:
    """Word pairs of the sentences the two files share (same text, same number of words): (legacy words, old, new)."""
    by_text = {s.text: s for s in legacy}
    for cur in current:
        old = by_text.get(cur.text)
        if old is None:
            continue
        ow, cw = old.words(), cur.words()
        if len(ow) == len(cw):
            for a, b in zip(ow, cw):
                yield ow, a, b


def _consistent(seen: dict, *, min_count: int, min_share: float, same: Callable[[tuple, object], bool]) -> dict:
    """Keep each key's most frequent target when it is frequent and consistent enough and differs from the key."""
    mapping = {}
    for key, counter in seen.items():
        (target, n), total = counter.most_common(1)[0], sum(counter.values())
        if n >= min_count and n / total >= min_share and not same(key, target):
            mapping[key] = target
    return mapping


def learn_legacy_map(legacy_dev: list[Sent], current_dev: list[Sent], *, min_count: int = 2, min_share: float = 0.75
                     ) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Align the legacy and current GSD dev files (same sentences) and learn (form, UPOS, deprel) → (UPOS, deprel)."""
    seen: dict[tuple[str, str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
    for _, a, b in _aligned(legacy_dev, current_dev):
        seen[(a[1].lower(), a[3], a[7])][(b[3], b[7])] += 1
    return _consistent(seen, min_count=min_count, min_share=min_share, same=lambda k, t: t == k[1:])


def _arc_key(words: list[Row], r: Row) -> tuple[str, str, str]:
    head = words[int(r[6]) - 1][3] if r[6] != "0" else "ROOT"
    return head, r[3], r[7]


def learn_structural_map(legacy_dev: list[Sent], current_dev: list[Sent], *, min_count: int = 5,
                         min_share: float = 0.75) -> dict[tuple[str, str, str], str]:
    """Align harmonised legacy and current GSD dev trees; learn (head UPOS, UPOS, deprel) → deprel on agreeing heads.

    This catches convention changes that are about structure rather than words: the current annotation labels a
    proper noun under a common noun ``nmod`` ("kota Bandung", "bulan Juli") where the legacy file has ``flat``.
    """
    seen: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for ow, a, b in _aligned(legacy_dev, current_dev):
        if a[6] == b[6]:
            seen[_arc_key(ow, a)][b[7]] += 1
    return _consistent(seen, min_count=min_count, min_share=min_share, same=lambda k, t: t == k[2])


def apply_structural_map(sents: list[Sent], mapping: dict[tuple[str, str, str], str]) -> list[Sent]:
    """Relabel arcs by :func:`learn_structural_map`'s table (all keys read before any label changes)."""
    out = []
    for s in sents:
        rows = [list(r) for r in s.rows]
        words = [r for r in rows if r[0].isdigit()]
        new = [mapping.get(_arc_key(words, r), r[7]) for r in words]
        for r, rel in zip(words, new):
            r[7] = rel
        out.append(Sent(s.comments, rows))
    return out


def mwt_forms(sents: Iterable[Sent]) -> tuple[set[str], set[str]]:
    """RETURNS (lower-cased surface forms split into MWTs, -nya forms left whole) in the current annotation."""
    split, whole = set(), set()
    for s in sents:
        covered: set[int] = set()
        for r in s.rows:
            if "-" in r[0]:
                lo, hi = (int(x) for x in r[0].split("-"))
                covered.update(range(lo, hi + 1))
                split.add(r[1].lower())
        for r in s.words():
            if int(r[0]) not in covered and r[1].lower().endswith("nya"):
                whole.add(r[1].lower())
    return split, whole


_SE_NYA = re.compile(r"^se.+nya$")


def _should_split(form: str, upos: str, split: set[str], whole: set[str]) -> bool:
    low = form.lower()
    if not low.endswith("nya") or len(low) < 6 or low in whole:
        return False
    if low in split:
        return True
    return upos in {"NOUN", "VERB", "ADJ", "PROPN"} and not (_SE_NYA.match(low) and upos != "NOUN")


def harmonise_legacy(sents: list[Sent], mapping: dict[tuple[str, str, str], tuple[str, str]],
                     split: set[str], whole: set[str], lemmas: dict[str, str]) -> list[Sent]:
    """Bring legacy GSD r2.1 trees towards the current annotation (see the module docstring)."""
    out = []
    for s in sents:
        words = [list(r) for r in s.words()]
        for r in words:
            key = (r[1].lower(), r[3], r[7])
            if key in mapping:
                r[3], new_rel = mapping[key]
                r[7] = new_rel
            r[4] = "_"
        # deterministic subtypes
        by_id = {int(r[0]): r for r in words}
        for r in words:
            head = by_id.get(int(r[6]))
            kids = [k for k in words if k[6] == r[0]]
            if r[7] == "flat" and head is not None and head[3] == "PROPN" and r[3] == "PROPN":
                r[7] = "flat:name"
            elif r[7] == "nsubj" and head is not None and head[3] == "VERB" and head[1].lower().startswith("di"):
                r[7] = "nsubj:pass"
            elif r[7] == "acl" and any(k[1].lower() == "yang" for k in kids):
                r[7] = "acl:relcl"
            elif r[7] == "obl" and any(k[1].lower() == "oleh" for k in kids):
                r[7] = "obl:agent"
        # split -nya
        new_rows: list[Row] = []
        new_id: dict[int, int] = {}
        plan: list[tuple[Row, bool]] = []
        nid = 0
        for r in words:
            do = _should_split(r[1], r[3], split, whole)
            nid += 1
            new_id[int(r[0])] = nid
            if do:
                nid += 1
            plan.append((r, do))
        for r, do in plan:
            i = new_id[int(r[0])]
            head = new_id.get(int(r[6]), 0) if r[6] != "0" else 0
            misc = r[9]
            if do:
                stem = r[1][:-3]
                new_rows.append([f"{i}-{i + 1}", r[1], "_", "_", "_", "_", "_", "_", "_", misc])
                lemma = lemmas.get(stem.lower(), stem.lower())
                host = [str(i), stem, lemma, r[3], "_", r[5], str(head), r[7], "_", "_"]
                rel = "obj" if r[3] == "VERB" else "nmod:poss"
                nya = [str(i + 1), r[1][-3:], "dia", "PRON", "_", "Number=Sing|Person=3|PronType=Prs", str(i), rel,
                       "_", "_"]
                new_rows += [host, nya]
            else:
                lemma = lemmas.get(r[1].lower(), r[1].lower())
                new_rows.append([str(i), r[1], lemma, r[3], "_", r[5], str(head), r[7], "_", misc])
        out.append(Sent(s.comments, new_rows))
    return out


def form_lemma_table(sents: Iterable[Sent]) -> dict[str, str]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sents:
        for r in s.words():
            counts[r[1].lower()][r[2]] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items()}


# --- raw text for word vectors --------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


def tokenize_for_vectors(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def raw_text(data: Path, exclude: set[str]) -> Iterator[str]:
    """Yield the staged raw Indonesian text, one segment per item, skipping any segment containing an excluded
    sentence."""

    def ok(t: str) -> bool:
        return not any(e in t for e in exclude)

    for f in sorted(data.glob("UD_Indonesian-*/*.conllu")):
        if "test" in f.name and "GSD" in str(f.parent):
            continue  # never GSD test, in either annotation
        for s in read_conllu(f):
            yield s.text
    for f in sorted((data / "indonli").glob("*.jsonl")):
        seen = set()
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for key in ("premise", "hypothesis"):
                t = row.get(key) or ""
                if t and t not in seen and ok(t):
                    seen.add(t)
                    yield t
    for f in sorted((data / "sib-200-ind_Latn").glob("*.tsv")):
        with f.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                yield row.get("text", "")
    with (data / "click-id-headlines" / "clickid-main.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield row.get("title", "")
    for f in sorted((data / "indonlu-facqa").glob("*.csv")):
        seen = set()
        with f.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                t = " ".join(ast.literal_eval(row["passage"]))
                if t not in seen:
                    seen.add(t)
                    yield t
    for f in [*sorted((data / "indonlu-nergrit").glob("*.txt")), *sorted((data / "idner-news-2k").glob("*.txt"))]:
        for sent in read_bio(f):
            yield " ".join(tok for tok, _ in sent)


def train_vectors(sentences: list[list[str]], out_txt: Path, *, dim: int = 100, min_count: int = 3,
                  seed: int = 1) -> int:
    """Train word2vec (gensim, one worker so the result is reproducible) and write the text vector format."""
    from gensim.models import Word2Vec

    model = Word2Vec(sentences, vector_size=dim, window=5, min_count=min_count, workers=1, seed=seed, epochs=10, sg=1)
    model.wv.save_word2vec_format(str(out_txt), binary=False)
    return len(model.wv)


# --- NER ------------------------------------------------------------------------------------------------------------

NER_TYPES = {"PERSON": "PER", "PER": "PER", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG",
             "PLACE": "LOC", "LOC": "LOC", "LOCATION": "LOC"}


def read_bio(path: Path) -> list[list[tuple[str, str]]]:
    """Read a token-per-line BIO file (tag in the last column, space or tab separated)."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
            cur = []
            continue
        if len(parts) < 2:
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def normalise_bio(sent: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Map tag names to PER/ORG/LOC, repair I- after O or another type, RETURN Stanza's JSON token dicts."""
    out = []
    prev = "O"
    for tok, tag in sent:
        if tag == "O" or "-" not in tag:
            new = "O"
        else:
            bi, typ = tag.split("-", 1)
            typ = NER_TYPES.get(typ.upper())
            if typ is None:
                new = "O"
            elif bi == "I" and prev[2:] != typ:
                new = f"B-{typ}"
            else:
                new = f"{bi}-{typ}"
        out.append({"text": tok, "ner": new})
        prev = new
    return out


def prepare_ner(data: Path, out: Path) -> dict[str, int]:
    """Write NER train/dev/test JSON: train = NERGrit train + IDNER-news-2k train, dev = NERGrit valid,
    test = NERGrit test (reported) and IDNER-news-2k test (reported)."""
    grit, idner = data / "indonlu-nergrit", data / "idner-news-2k"
    splits = {
        "train": read_bio(grit / "train_preprocess.txt") + read_bio(idner / "train.txt"),
        "dev": read_bio(grit / "valid_preprocess.txt"),
        "test": read_bio(grit / "test_preprocess.txt"),
        "test_idner": read_bio(idner / "test.txt"),
    }
    held = {" ".join(t for t, _ in s) for k in ("dev", "test", "test_idner") for s in splits[k]}
    splits["train"] = [s for s in splits["train"] if " ".join(t for t, _ in s) not in held]
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, sents in splits.items():
        (out / f"id_kgid.{name}.json").write_text(
            json.dumps([normalise_bio(s) for s in sents], ensure_ascii=False), encoding="utf-8")
        counts[name] = len(sents)
    return counts


# --- main -----------------------------------------------------------------------------------------------------------


def prepare(data: Path, out: Path, *, vectors: bool = True) -> dict[str, object]:
    """Write every training file under ``out`` and RETURN counts for the model card."""
    ud = data
    gsd_dev = read_conllu(ud / "UD_Indonesian-GSD" / "id_gsd-ud-dev.conllu")
    gsd_test_text = {s.text for s in read_conllu(ud / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu")}
    csui = read_conllu(ud / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu") + read_conllu(
        ud / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu")
    pud = read_conllu(ud / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu")
    legacy_train = read_conllu(ud / "UD_Indonesian-GSD-r2.1-legacy" / "id-ud-train.conllu")
    legacy_dev = read_conllu(ud / "UD_Indonesian-GSD-r2.1-legacy" / "id-ud-dev.conllu")
    # no test sentence may reach training, in any treebank
    csui = [s for s in csui if s.text not in gsd_test_text]
    pud = [s for s in pud if s.text not in gsd_test_text]
    legacy_train = [s for s in legacy_train if s.text not in gsd_test_text]

    dev_a = [s for i, s in enumerate(gsd_dev) if i % 2 == 0]  # trains
    dev_b = [s for i, s in enumerate(gsd_dev) if i % 2 == 1]  # selects models

    closed = closed_class_lemmas(gsd_dev)
    current = harmonise_lemmas(csui + pud, closed) + dev_a
    lemmas = form_lemma_table(current)
    split, whole = mwt_forms(gsd_dev + csui + pud)
    mapping = learn_legacy_map(legacy_dev, gsd_dev)
    legacy = harmonise_legacy(legacy_train, mapping, split, whole, lemmas)
    structural = learn_structural_map(harmonise_legacy(legacy_dev, mapping, split, whole, lemmas), gsd_dev)
    legacy = apply_structural_map(legacy, structural)

    counts: dict[str, object] = {"legacy_map_entries": len(mapping), "structural_map": {
        " ".join(k): v for k, v in sorted(structural.items())}}
    sets = {
        "current": current,
        "pos": drop_xpos([Sent(s.comments, [list(r) for r in s.rows]) for s in current + legacy]),
        "gsd": drop_xpos([Sent(s.comments, [list(r) for r in s.rows]) for s in legacy + dev_a]),
    }
    rng = random.Random(1234)
    for name, sents in sets.items():
        sents = list(sents)
        rng.shuffle(sents)
        counts[f"{name}_train_sentences"] = write_conllu(out / "ud" / f"{name}.train.conllu", sents)
    dev = drop_xpos([Sent(s.comments, [list(r) for r in s.rows]) for s in dev_b])
    counts["dev_sentences"] = write_conllu(out / "ud" / "dev.conllu", dev)
    counts["ner"] = prepare_ner(data, out / "ner")
    if vectors:
        corpus = [tokenize_for_vectors(t) for t in raw_text(data, gsd_test_text)]
        corpus = [c for c in corpus if c]
        counts["vector_corpus_segments"] = len(corpus)
        counts["vector_corpus_tokens"] = sum(len(c) for c in corpus)
        counts["vector_vocab"] = train_vectors(corpus, out / "vectors" / "id_kgid.vec.txt")
    (out / "prepare.json").write_text(json.dumps(counts, indent=2), encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"), help="the staged data folder")
    ap.add_argument("--out", type=Path, default=Path(".train"), help="where to write the prepared files")
    ap.add_argument("--no-vectors", action="store_true", help="skip word2vec training")
    args = ap.parse_args(argv)
    (args.out / "vectors").mkdir(parents=True, exist_ok=True)
    counts = prepare(args.data, args.out, vectors=not args.no_vectors)
    print(json.dumps(counts, indent=2))


if __name__ == "__main__":
    main()
