#!/usr/bin/env python3
"""Validate the kg-id development set and print its summary tables (stdlib only).

Usage: python3 dev/stats.py [--markdown]      (run from the repository root or anywhere)

Checks every dev/{tune,test}/*.gold.json against the gold format of the seed README:
keys and types, id = file stem, document = path of the .txt relative to the repository root,
lang = "id", entity types, predicates and certainty values from the allowed sets, every
evidence string an exact substring of the text, every subject/object a declared entity name
(the object of `delayed` may be a free description), no duplicate triples, .txt ends with a
newline. Exits with status 1 when a problem is found.
"""
import json
import os
import re
import sys
from collections import Counter

DEV = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(DEV)
SPLITS = ("tune", "test")
TYPES = {"Organization", "Person", "AIModel", "Product", "Place"}
PREDICATES = ["competesWith", "delayed", "recruitsFrom", "ceoOf", "leads", "developedBy", "releases",
              "basedIn", "announced", "acquires", "partnersWith", "investsIn"]
CERTAINTY = ["asserted", "speculative", "negated"]
TOP_KEYS = {"id", "document", "lang", "entities", "triples", "optional_triples"}
ENT_KEYS = {"name", "type", "aliases", "also"}
TRIPLE_KEYS = {"subject", "predicate", "object", "certainty", "evidence"}

# sentence count: a sentence ends at . ! ? (optionally followed by a closing quote) before white space
# and an upper-case letter, digit or opening quote, or at the end of the text. Abbreviations such as
# "Pte. Ltd." or "J.J." can make this count one too high; it is a rough count.
SENT_END = re.compile(r'[.!?]["\u201d\']?(?=\s+["\u201c(]?[A-Z0-9]|\s*$)')


def norm(s):
    return " ".join(s.split()).casefold()


def count_sentences(text):
    return max(1, len(SENT_END.findall(text.strip())))


def check_triple(t, where, names, problems, text):
    if not isinstance(t, dict):
        problems.append(f"{where}: not an object")
        return
    keys = set(t)
    if keys != TRIPLE_KEYS:
        problems.append(f"{where}: keys {sorted(keys)} != {sorted(TRIPLE_KEYS)}")
    for k in TRIPLE_KEYS & keys:
        if not isinstance(t[k], str) or not t[k].strip():
            problems.append(f"{where}: {k} must be a non-empty string")
            return
    if t.get("predicate") not in PREDICATES:
        problems.append(f"{where}: unknown predicate {t.get('predicate')!r}")
    if t.get("certainty") not in CERTAINTY:
        problems.append(f"{where}: unknown certainty {t.get('certainty')!r}")
    if norm(t.get("subject", "")) not in names:
        problems.append(f"{where}: subject {t.get('subject')!r} is not a declared entity name")
    if t.get("predicate") != "delayed" and norm(t.get("object", "")) not in names:
        problems.append(f"{where}: object {t.get('object')!r} is not a declared entity name")
    if t.get("evidence", "") not in text:
        problems.append(f"{where}: evidence not a substring of the text: {t.get('evidence')!r}")
    if t.get("subject") == t.get("object"):
        problems.append(f"{where}: subject equals object")


def load_split(split, problems):
    docs = []
    d = os.path.join(DEV, split)
    if not os.path.isdir(d):
        problems.append(f"missing folder dev/{split}")
        return docs
    files = sorted(os.listdir(d))
    golds = [f for f in files if f.endswith(".gold.json")]
    txts = [f for f in files if f.endswith(".txt")]
    for f in files:
        if not (f.endswith(".gold.json") or f.endswith(".txt")):
            problems.append(f"dev/{split}/{f}: unexpected file")
    for t in txts:
        if t[:-4] + ".gold.json" not in golds:
            problems.append(f"dev/{split}/{t}: no gold file")
    for g in golds:
        where = f"dev/{split}/{g}"
        stem = g[: -len(".gold.json")]
        try:
            with open(os.path.join(d, g), encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as e:
            problems.append(f"{where}: cannot read JSON: {e}")
            continue
        txt_path = os.path.join(d, stem + ".txt")
        try:
            with open(txt_path, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as e:
            problems.append(f"{where}: cannot read text: {e}")
            continue
        if not text.endswith("\n") or text.endswith("\n\n"):
            problems.append(f"{where}: text must end with exactly one newline")
        if set(gold) - TOP_KEYS or {"id", "document", "lang", "entities", "triples"} - set(gold):
            problems.append(f"{where}: top-level keys {sorted(gold)}")
        if gold.get("id") != stem:
            problems.append(f"{where}: id {gold.get('id')!r} != file stem {stem!r}")
        if gold.get("document") != f"dev/{split}/{stem}.txt":
            problems.append(f"{where}: document {gold.get('document')!r} != 'dev/{split}/{stem}.txt'")
        if gold.get("lang") != "id":
            problems.append(f"{where}: lang must be 'id'")
        names = {}
        ents = gold.get("entities", [])
        if not isinstance(ents, list):
            problems.append(f"{where}: entities must be a list")
            ents = []
        for i, e in enumerate(ents):
            ew = f"{where}: entity {i}"
            if not isinstance(e, dict) or not {"name", "type"} <= set(e) or set(e) - ENT_KEYS:
                problems.append(f"{ew}: bad keys {e}")
                continue
            if e["type"] not in TYPES:
                problems.append(f"{ew}: unknown type {e['type']!r}")
            for a in e.get("also", []):
                if a not in TYPES or a == e["type"]:
                    problems.append(f"{ew}: bad also {a!r}")
            for k in ("aliases", "also"):
                if k in e and (not isinstance(e[k], list) or not e[k]):
                    problems.append(f"{ew}: {k} must be a non-empty list")
            if norm(e["name"]) in names:
                problems.append(f"{ew}: duplicate entity name {e['name']!r}")
            names[norm(e["name"])] = e
            # the canonical name may be normalised ("Pemerintah Indonesia" for "pemerintah"), but every
            # alias is a name the text uses, and at least one label must occur (case-insensitive)
            low = norm(text)
            for label in e.get("aliases", []):
                if norm(label) not in low:
                    problems.append(f"{ew}: alias {label!r} does not occur in the text")
            if not any(norm(name) in low for name in [e["name"]] + e.get("aliases", [])):
                problems.append(f"{ew}: no label of {e['name']!r} occurs in the text")
        seen = set()
        for key in ("triples", "optional_triples"):
            ts = gold.get(key, [])
            if not isinstance(ts, list):
                problems.append(f"{where}: {key} must be a list")
                continue
            for i, t in enumerate(ts):
                check_triple(t, f"{where}: {key}[{i}]", names, problems, text)
                sig = (norm(t.get("subject", "")), t.get("predicate"), norm(t.get("object", "")))
                if t.get("predicate") == "competesWith":
                    sig = (tuple(sorted(sig[::2])), sig[1])
                if sig in seen:
                    problems.append(f"{where}: {key}[{i}] duplicates another triple")
                seen.add(sig)
        docs.append({"split": split, "id": stem, "text": text, "gold": gold})
    return docs


def table(rows, header, markdown):
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    else:
        widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
        fmt = "  ".join("{:<%d}" % w for w in widths)
        out = [fmt.format(*header)] + [fmt.format(*[str(c) for c in r]) for r in rows]
    return "\n".join(out)


def summarise(docs, markdown):
    parts = list(SPLITS) + ["all"]
    per = {p: [d for d in docs if p == "all" or d["split"] == p] for p in parts}
    out = []
    rows = []
    def c(p, f):
        return f(per[p])
    general = [
        ("passages", lambda ds: len(ds)),
        ("sentences (approx.)", lambda ds: sum(count_sentences(d["text"]) for d in ds)),
        ("passages with no required triple", lambda ds: sum(1 for d in ds if not d["gold"]["triples"])),
        ("entities", lambda ds: sum(len(d["gold"]["entities"]) for d in ds)),
        ("required triples", lambda ds: sum(len(d["gold"]["triples"]) for d in ds)),
        ("optional triples", lambda ds: sum(len(d["gold"].get("optional_triples", [])) for d in ds)),
        ("speculative + negated required triples",
         lambda ds: sum(1 for d in ds for t in d["gold"]["triples"] if t["certainty"] != "asserted")),
    ]
    for name, f in general:
        rows.append([name] + [c(p, f) for p in parts])
    out.append(table(rows, ["", *parts], markdown))
    out.append("")
    rows = []
    for ty in sorted(TYPES):
        rows.append([ty] + [sum(1 for d in per[p] for e in d["gold"]["entities"] if e["type"] == ty) for p in parts])
    out.append(table(rows, ["entities by type", *parts], markdown))
    out.append("")
    rows = []
    for pred in PREDICATES:
        row = [pred]
        for p in parts:
            cnt = Counter(t["certainty"] for d in per[p] for t in d["gold"]["triples"] if t["predicate"] == pred)
            row.append(f"{sum(cnt.values())} ({cnt['asserted']}/{cnt['speculative']}/{cnt['negated']})")
        rows.append(row)
    row = ["total"]
    for p in parts:
        cnt = Counter(t["certainty"] for d in per[p] for t in d["gold"]["triples"])
        row.append(f"{sum(cnt.values())} ({cnt['asserted']}/{cnt['speculative']}/{cnt['negated']})")
    rows.append(row)
    out.append(table(rows, ["required triples: n (asserted/speculative/negated)", *parts], markdown))
    return "\n".join(out)


def main():
    markdown = "--markdown" in sys.argv[1:]
    problems = []
    docs = []
    for s in SPLITS:
        docs += load_split(s, problems)
    ids = Counter(d["id"] for d in docs)
    for i, n in ids.items():
        if n > 1:
            problems.append(f"{i}: occurs in more than one split")
    texts = Counter(norm(d["text"]) for d in docs)
    for t, n in texts.items():
        if n > 1:
            problems.append(f"duplicate passage text: {t[:60]!r}")
    print(summarise(docs, markdown))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print(f"\nvalidated {len(docs)} gold files: no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
