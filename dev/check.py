#!/usr/bin/env python3
"""One command for a rule change: scores on the seed, dev/tune and the phrasing batteries, and what changed.

Usage (from the repository root, in the project's virtual environment):
    python dev/check.py                     seed, dev/tune, every dev/battery/*.jsonl: P/R/F1 and certainty
    python dev/check.py -v                  ... and list every miss and false claim of the seed and dev/tune
    python dev/check.py --diff REV          ... and the claims and entities that differ from those of commit REV (any
                                            git revision) on the seed, dev/tune, the batteries (but the
                                            figures-only hold-out) and the unannotated pool below
    python dev/check.py --test              ... and dev/test, the held-out split: figures only, never its errors (with
                                            --diff, how many of its claims and entities differ, never which)
    python dev/check.py --pool N            use N passages of each unannotated pool (default 200; 0: none)
    python dev/check.py --pools political,business,csui,pud,gsd,indonli
                                            which unannotated pools --diff reads (default: political)
    python dev/check.py --ids 'nerui_*'     score only the development documents whose id matches (fnmatch; several
                                            patterns separated by commas)
    python dev/check.py --rev REV           score with the kg package of commit REV (the data and gold stay this
                                            checkout's): how an older rule set does on data added since

Parses are cached in .cache/dev-parse/ (keyed by the text, the parser's code and the bundled models), so a second run
only extracts. The unannotated pools are text outside the development set, read from ../shared/data when it is there
(POOLS below: political news five sentences to a passage, business news, UD treebank and IndoNLI sentences one to a
passage). Their claims are there to be read: a diff on them shows a rule's side effects on text nobody annotated.

For --diff the other commit is checked out in a git worktree under .cache/ and its kg package is imported instead of
this one (in a subprocess), on the same cached parses where its parser code is the same.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import hashlib
import json
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
DATA = ROOT.parent / "shared" / "data"


def _use_kg_from(root: Path) -> None:
    """Import the kg package of another checkout: drop the editable install's finder, put that root first."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__module__.lower()]
    sys.path.insert(0, str(root))


def _fingerprint(root: Path) -> str:
    h = hashlib.sha1()
    for name in ("kg/parse.py", "kg/conllu.py", "kg/records.py"):
        path = root / name
        if path.exists():
            h.update(path.read_bytes())
    lexicon = root / "kg" / "lexicon.py"  # the parse splits datelines by its web-address pattern and outlet words
    if lexicon.exists():
        h.update("".join(line for line in lexicon.read_text(encoding="utf-8").splitlines()
                         if line.startswith("WEB_ADDRESS")).encode())
    types = root / "kg" / "lexicons" / "types.toml"
    if types.exists():
        names = tomllib.loads(types.read_text(encoding="utf-8")).get("names", {})
        h.update(repr((names.get("outlets"), names.get("weekdays"))).encode())
    models = root / "kg" / "models" / "stanza-id"
    for path in sorted(models.rglob("*.pt")):
        h.update(f"{path.relative_to(models)}:{path.stat().st_size}".encode())
    return h.hexdigest()[:12]


def parse_cached(texts: list[tuple[str, str]], root: Path) -> dict[str, object]:
    """Parse (doc_id, text) pairs with the kg of ``root``, reusing earlier parses of the same text."""
    from kg.parse import parse_texts

    folder = CACHE / "dev-parse" / _fingerprint(root)
    folder.mkdir(parents=True, exist_ok=True)
    docs: dict[str, object] = {}
    todo: list[tuple[str, str]] = []
    paths: dict[str, Path] = {}
    for doc_id, text in texts:
        paths[doc_id] = folder / (hashlib.sha1(f"{doc_id}\0{text}".encode()).hexdigest() + ".pkl")
        if paths[doc_id].exists():
            docs[doc_id] = pickle.loads(paths[doc_id].read_bytes())
        else:
            todo.append((doc_id, text))
    if todo:
        print(f"parsing {len(todo)} documents (cached for next time) ...", file=sys.stderr)
    for (doc_id, _), doc in zip(todo, parse_texts(todo)):
        paths[doc_id].write_bytes(pickle.dumps(doc))
        docs[doc_id] = doc
    return docs


def _wanted(doc_id: str, patterns: str) -> bool:
    return any(fnmatch.fnmatch(doc_id, p.strip()) for p in patterns.split(","))


def _gold_set(folder: Path, text_root: Path) -> list[tuple[str, str, Path]]:
    """(doc_id, text, gold path) for every gold file of a folder; the text is the gold's ``document``."""
    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        out.append((meta["id"], (text_root / meta["document"]).read_text(encoding="utf-8"), gold))
    return out


def _tsv_sentences(path: Path) -> list[str]:
    """Sentences of a token<TAB>tag file (blank line between sentences), tokens joined as news text is written."""
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        token = line.split("\t")[0].strip()
        if token:
            words.append(token)
        elif not line.strip() and words:
            text = re.sub(r" ([,.)?!:;%])", r"\1", " ".join(words)).replace("( ", "(")
            sentences.append(re.sub(r"\.\s*\.$", ".", text))
            words = []
    return sentences


def _conllu_sentences(path: Path) -> list[str]:
    return [line[len("# text = "):].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")]


def _premises(folder: Path) -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            seen.setdefault(json.loads(line)["premise"].strip(), None)
    return list(seen)


# Unannotated text outside the development set, by name: (where, how to read it, sentences per passage, which)
POOLS = {
    # political news (2008-2015), story order: the text idner-news-2k re-annotates
    "political": (DATA / "id-openie-ner" / "ner-id-2.train.tsv", _tsv_sentences, 5, slice(None)),
    # business news collected by keyword (Telkom, Samsung, Indofood, Disney), one sentence a passage
    "business": (DATA / "id-openie-ner" / "ner-id-1.train.tsv", _tsv_sentences, 1,
                 [slice(0, 98), slice(515, 614), slice(1149, 1245), slice(1338, 1438)]),
    "csui": (DATA / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu", _conllu_sentences, 1, slice(None)),
    "pud": (DATA / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu", _conllu_sentences, 1, slice(None)),
    "gsd": (DATA / "UD_Indonesian-GSD-r2.1-legacy" / "id-ud-train.conllu", _conllu_sentences, 1, slice(0, 2000)),
    "indonli": (DATA / "indonli", _premises, 1, slice(0, 1400)),
}


def pool_texts(names: str, n: int) -> list[tuple[str, str]]:
    """Passages of the named pools (comma-separated; up to n of each), none where the shared data is absent. The
    IndoNLI premises that are in the development set are left out."""
    used = {p.read_text(encoding="utf-8").strip() for p in ROOT.glob("dev/*/indonli_*.txt")}
    out: list[tuple[str, str]] = []
    for name in [x.strip() for x in names.split(",") if x.strip()]:
        path, read, size, which = POOLS[name]
        if n <= 0 or not path.exists():
            continue
        sentences = read(path)
        parts = which if isinstance(which, list) else [which]
        sentences = [x for part in parts for x in sentences[part]]
        if name == "indonli":
            sentences = [x for x in sentences if x not in used]  # the development set's premises
        prefix = "pool" if name == "political" else name
        passages = [(f"{prefix}_{i:04d}", " ".join(sentences[i:i + size]) + "\n")
                    for i in range(0, len(sentences), size)]
        out += passages[:n]
    return out


def claims_of(docs: dict[str, object]) -> dict[str, list[str]]:
    """Each document's claims as sorted one-line descriptions, and its entities as lines starting with "entity "."""
    from kg.extract import extract_document
    from kg.items import Event

    out = {}
    for doc_id, doc in docs.items():
        lines = set()
        extraction = extract_document(doc)
        for c in extraction.claims:
            obj = c.object.label if isinstance(c.object, Event) else c.object
            lines.add(f"{c.subject} {c.predicate} {obj} ({c.certainty})")
        lines.update(f"entity {e.label} ({e.type})" for e in extraction.entities)
        out[doc_id] = sorted(lines)
    return out


def score(name: str, items: list[tuple[str, str, Path]], docs: dict[str, object], verbose: bool,
          errors: bool = True) -> None:
    from kg.build import extract_graph
    from kg.evaluate import evaluate_graph, load_gold

    graph, _ = extract_graph([docs[doc_id] for doc_id, _, _ in items])
    report = evaluate_graph([load_gold(path) for _, _, path in items], graph)
    s = report.overall
    print(f"{name:10s} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  ({s.correct_extracted}/{s.extracted} "
          f"correct, {s.matched_gold}/{s.gold} found)  certainty {report.certainty_correct}/{report.certainty_total}")
    e = report.entities
    print(f"{'':10s} entities P {e.precision:.3f} R {e.recall:.3f}  types {report.type_correct}/{report.type_total}")
    if verbose:
        for rel, r in sorted(report.per_relation.items()):
            print(f"    {rel:14s} F1 {r.f1:.2f}  {r.correct_extracted}/{r.extracted} correct, "
                  f"{r.matched_gold}/{r.gold}")
        for line in report.missed if errors else []:
            print(f"    missed: {line}")
        for line in report.false_positives if errors else []:
            print(f"    extra:  {line}")


# the batteries scored for figures only: never their errors, nor their claims in a --diff
HOLDOUT = frozenset({"tech_holdout2", "news_holdout", "news_holdout6", "news_holdout7", "news_holdout8",
                     "news_holdout9", "news_holdout10", "news_holdout11", "news_holdout18", "news_holdout19"})
# news_holdout2 and news_holdout3 were tuned on from the sixteenth session (2026-12-07), after their last held-out
# figures (0.658 and 0.672 with the alias-aware scorer, commit b621968), like tech_holdout before them; news_holdout4
# and news_holdout5 from the seventeenth (2026-12-07), after theirs (0.740 and 0.684, commit e5530e3); news_holdout12
# and news_holdout13 from the eighteenth (2026-12-07), after theirs (0.688 and 0.719, commit 98577e6); news_holdout14
# and news_holdout15 from the nineteenth (2026-12-07), after theirs (0.633 and 0.815, commit c4a7cf5); news_holdout16
# and news_holdout17 from the twentieth (2026-12-07), after theirs (0.713 and 0.672, commit 6a002ed).


def battery_items() -> dict[str, list[dict]]:
    """Every battery's items, by the battery's name."""
    return {path.stem: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            for path in sorted((ROOT / "dev" / "battery").glob("*.jsonl"))}


def battery_texts() -> list[tuple[str, str]]:
    """(id, text) of every battery item but those of the figures-only hold-out, for --diff."""
    return [(it["id"], it["text"]) for name, items in battery_items().items() if name not in HOLDOUT for it in items]


def batteries(verbose: bool) -> None:
    sys.path.insert(0, str(ROOT / "dev" / "battery"))
    from score import score_items  # dev/battery/score.py

    for name, items in battery_items().items():
        docs = parse_cached([(it["id"], it["text"]) for it in items], ROOT)
        summary, _per, notes = score_items(items, [docs[it["id"]] for it in items])
        print(f"{name:10s} {summary}")
        if verbose and name not in HOLDOUT:
            for line in notes:
                print(f"    {line}")


@contextlib.contextmanager
def _worktree(rev: str) -> Iterator[Path]:
    """A checkout of ``rev`` under .cache/, removed afterwards."""
    tree = CACHE / "worktree"
    if tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev], check=True)
    try:
        yield tree
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def diff(rev: str, texts: list[tuple[str, str]], held_out: list[tuple[str, str]] = ()) -> None:
    """Print the claims and entities of ``texts`` that differ under commit ``rev``; of ``held_out`` (dev/test) only how
    many differ, never which."""
    held = {d for d, _ in held_out}
    texts = [*texts, *held_out]
    with _worktree(rev) as tree:
        (CACHE / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        subprocess.run([sys.executable, __file__, "--dump", str(CACHE / "old.json"), "--kg-root", str(tree)],
                       check=True)
    old = json.loads((CACHE / "old.json").read_text(encoding="utf-8"))
    new = claims_of(parse_cached(texts, ROOT))
    counts = {"claims": [0, 0], "entities": [0, 0]}  # gained, lost
    hidden = {"claims": [0, 0], "entities": [0, 0]}
    for doc_id, _ in texts:
        before, after = set(old.get(doc_id, [])), set(new.get(doc_id, []))
        for sign, lines in (("+", after - before), ("-", before - after)):
            for line in sorted(lines):
                kind = "entities" if line.startswith("entity ") else "claims"
                if doc_id in held:
                    hidden[kind][sign == "-"] += 1
                    continue
                print(f"  {sign} {doc_id}: {line}")
                counts[kind][sign == "-"] += 1
    shown = len(texts) - len(held)
    print(f"diff against {rev} over {shown} documents: {counts['claims'][0]} claims gained, "
          f"{counts['claims'][1]} lost; {counts['entities'][0]} entities gained, {counts['entities'][1]} lost")
    if held:  # a change to dev/test is counted, so that no commit changes it unnoticed, but never shown
        print(f"dev/test (held out, counts only): {hidden['claims'][0]} claims gained, {hidden['claims'][1]} lost; "
              f"{hidden['entities'][0]} entities gained, {hidden['entities'][1]} lost")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--test", action="store_true", help="also score the held-out dev/test (figures only)")
    ap.add_argument("--diff", metavar="REV", help="list the claims that differ from those of commit REV")
    ap.add_argument("--pool", type=int, default=200, metavar="N", help="passages of each unannotated pool for --diff")
    ap.add_argument("--pools", default="political", metavar="NAMES",
                    help=f"unannotated pools for --diff, comma-separated, of: {', '.join(POOLS)}")
    ap.add_argument("--ids", default="*", metavar="PATTERN", help="only dev/tune and dev/test ids matching this")
    ap.add_argument("--rev", metavar="REV", help="score with the kg package of commit REV")
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    ap.add_argument("--kg-root", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:  # the --diff subprocess: claims of the texts under another checkout's kg
        root = Path(args.kg_root)
        _use_kg_from(root)
        texts = [tuple(t) for t in json.loads((CACHE / "texts.json").read_text(encoding="utf-8"))]
        Path(args.dump).write_text(json.dumps(claims_of(parse_cached(texts, root))), encoding="utf-8")
        return
    if args.rev:  # rerun this script on the same data with another commit's kg package
        with _worktree(args.rev) as tree:
            argv = [a for a in sys.argv[1:] if a not in ("--rev", args.rev) and not a.startswith("--rev=")]
            subprocess.run([sys.executable, __file__, *argv, "--kg-root", str(tree)], check=True)
        return
    kg_root = ROOT
    if args.kg_root:
        kg_root = Path(args.kg_root)
        _use_kg_from(kg_root)
    seed = _gold_set(ROOT / "tests" / "gold", ROOT)
    tune = [x for x in _gold_set(ROOT / "dev" / "tune", ROOT) if _wanted(x[0], args.ids)]
    test = [x for x in _gold_set(ROOT / "dev" / "test", ROOT) if _wanted(x[0], args.ids)] if args.test else []
    pool = pool_texts(args.pools, args.pool) if args.diff else []
    docs = parse_cached([(d, t) for d, t, _ in seed + tune + test] + pool, kg_root)
    score("seed", seed, docs, args.verbose)
    score("dev/tune", tune, docs, args.verbose)
    if test:
        score("dev/test", test, docs, args.verbose, errors=False)
    batteries(args.verbose)
    if args.diff:
        diff(args.diff, [(d, t) for d, t, _ in seed + tune] + battery_texts() + pool, [(d, t) for d, t, _ in test])


if __name__ == "__main__":
    main()
