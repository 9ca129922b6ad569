"""Write kg/lexicons/name_priors.tsv: how often the open Indonesian NER corpora tag each capitalised word as part of a
person's, an organisation's, a place's or a brand's name, for kg.entities to overrule the NER model where the corpora
disagree with it about a whole name ("Wolfsburg" tagged PER in a football report; "Koizumi" left untagged).

A dev tool, run once by hand (only the standard library):

    python dev/make_name_priors.py [--shared ../shared/data]

It reads the train and validation files of NERGrit and NER-P (IndoNLU), IDNER-news-2k and the two NER-UI sets
(id-openie-ner); never their test files, which are held out for the NER's model card and feed `dev/test/`. A sentence
that shares a word 5-gram with any `dev/test/` passage is skipped, so no held-out passage lends its names. Only words
tagged at least MIN_TAGGED times are kept. The corpora's licences are in each folder's SOURCE.md (NERGrit and NER-P:
MIT via IndoNLU; IDNER-news-2k: MIT; NER-UI: see id-openie-ner/SOURCE.md); the file holds counts, no text.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "lexicons" / "name_priors.tsv"
FILES = ("indonlu-nergrit/train_preprocess.txt", "indonlu-nergrit/valid_preprocess.txt",
         "indonlu-nerp/train_preprocess.txt", "indonlu-nerp/valid_preprocess.txt",
         "idner-news-2k/train.txt", "idner-news-2k/dev.txt",
         "id-openie-ner/ner-id-1.train.tsv", "id-openie-ner/ner-id-2.train.tsv")
# each corpus's labels onto four kinds (NER-P's IND: industry, companies and their brands)
KINDS = {"PERSON": "PER", "PER": "PER", "PPL": "PER",
         "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG",
         "PLACE": "LOC", "LOCATION": "LOC", "LOC": "LOC", "PLC": "LOC",
         "IND": "BRAND"}
COLUMNS = ("PER", "ORG", "LOC", "BRAND")
MIN_TAGGED = 2


def sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """(word, label) lists, one per blank-line separated sentence of a CoNLL-like file (label in the last column)."""
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts:
            if sent:
                yield sent
            sent = []
        else:
            sent.append((parts[0], parts[-1]))
    if sent:
        yield sent


def grams(words: list[str]) -> set[str]:
    low = [w.casefold() for w in words]
    return {" ".join(low[i:i + 5]) for i in range(len(low) - 4)}


def held_out_grams() -> set[str]:
    out: set[str] = set()
    for path in (ROOT / "dev" / "test").glob("*.txt"):
        out |= grams(re.findall(r"\w+|[^\w\s]", path.read_text(encoding="utf-8")))
    return out


def count(shared: Path, skip: set[str]) -> tuple[dict[str, Counter[str]], int]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    skipped = 0
    for name in FILES:
        for sent in sentences(shared / name):
            words = [w for w, _ in sent]
            if grams(re.findall(r"\w+|[^\w\s]", " ".join(words))) & skip:
                skipped += 1
                continue
            for word, label in sent:
                kind = KINDS.get(re.sub(r"^[BIES]-", "", label))
                if kind and word[:1].isupper():
                    counts[word.casefold()][kind] += 1
    return counts, skipped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    counts, skipped = count(args.shared, held_out_grams())
    rows = sorted(w for w, c in counts.items() if sum(c.values()) >= MIN_TAGGED and "\t" not in w)
    header = ("# How often the open Indonesian NER corpora (train and validation files of NERGrit, NER-P,\n"
              "# IDNER-news-2k, NER-UI; see dev/make_name_priors.py, which wrote this file) tag a capitalised word as\n"
              "# part of a person's (PER), an organisation's (ORG), a place's (LOC) or a brand's (BRAND, NER-P's IND)\n"
              "# name.\n"
              "# word (case-folded) and the four counts, tab-separated.\n")
    OUT.write_text(header + "".join(f"{w}\t" + "\t".join(str(counts[w][k]) for k in COLUMNS) + "\n" for w in rows),
                   encoding="utf-8")
    print(f"wrote {len(rows)} words to {OUT.relative_to(ROOT)} ({skipped} sentences skipped: they share a 5-gram "
          f"with dev/test)")


if __name__ == "__main__":
    main()
