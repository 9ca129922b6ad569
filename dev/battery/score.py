"""Score the extractor on the phrasing battery: invented one- and two-sentence news items, one construction each.

Usage: python dev/battery/score.py [-v] [FILE.jsonl]   (-v lists every miss, false claim and certainty error;
FILE defaults to battery.jsonl beside this script; tech.jsonl is the technology-news battery)

Matching is by name as in `kg eval`: a side matches when the gold name or one of the item's listed aliases for it
equals the extracted entity's label or one of its aliases (case-insensitive); either order for the symmetric
relations; ceoOf also answers a gold leads; containment for the object of "delayed" (an event described in words).
A claim that matches an item's "optional_triples" is neither a hit nor a false claim, as in `kg eval`. This is a
diagnostic of phrasings, not the development set: the texts are invented, so its figures say which constructions the
rules cover, not how they do on real news.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from kg.extract import extract_document
from kg.items import Event, name_key
from kg.parse import parse_texts

SYMMETRIC = frozenset({"competesWith", "partnersWith"})
Triple = tuple[str, str, str, str]  # subject, predicate, object, certainty


_norm = name_key  # the development set's comparison (kg.evaluate): case-folded, white space collapsed


Names = dict[str, frozenset[str]]  # a normalised name → every normalised name of its entity


def _names(pairs: list[tuple[str, tuple[str, ...]]]) -> Names:
    """Each name and alias of a list of (name, aliases), mapped to all the names of its entity."""
    out: Names = {}
    for name, aliases in pairs:
        keys = frozenset(_norm(n) for n in (name, *aliases))
        for k in keys:
            out[k] = out.get(k, frozenset()) | keys
    return out


def _same(gold_name: str, got_name: str, gold: Names, got: Names) -> bool:
    g, x = _norm(gold_name), _norm(got_name)
    return bool(gold.get(g, frozenset({g})) & got.get(x, frozenset({x})))


def _match(gold: Triple, got: Triple, gold_names: Names | None = None, got_names: Names | None = None) -> bool:
    if not (gold[1] == got[1] or (gold[1] == "leads" and got[1] == "ceoOf")):
        return False
    gn, xn = gold_names or {}, got_names or {}
    pairs = [(gold[0], gold[2])] + ([(gold[2], gold[0])] if gold[1] in SYMMETRIC else [])
    for subject, obj in pairs:
        if not _same(subject, got[0], gn, xn):
            continue
        if _same(obj, got[2], gn, xn):
            return True
        if gold[1] == "delayed" and (_norm(obj) in _norm(got[2]) or _norm(got[2]) in _norm(obj)):
            return True
    return False


def score_items(items: list[dict], docs: list) -> tuple[str, dict[str, collections.Counter], list[str]]:
    """Score battery items against their parsed documents (same order).

    RETURNS: (a one-line summary, tp/fp/fn per relation, one note per miss, false claim and certainty error).
    """
    counts = collections.Counter()
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    notes: list[str] = []
    for item, doc in zip(items, docs):
        got: list[Triple] = []
        extraction = extract_document(doc)
        got_names = _names([(e.label, tuple(e.aliases)) for e in extraction.entities])
        gold_names = _names([(e["name"], tuple(e.get("aliases", ()))) for e in item.get("entities", ())])
        for c in extraction.claims:
            obj = c.object.label if isinstance(c.object, Event) else c.object
            got.append((c.subject, c.predicate, obj, c.certainty))
        used: set[int] = set()
        for t in item["triples"]:
            gold = (t["subject"], t["predicate"], t["object"], t["certainty"])
            hit = next((i for i, x in enumerate(got) if i not in used and _match(gold, x, gold_names, got_names)), None)
            if hit is None:
                counts["fn"] += 1
                per[gold[1]]["fn"] += 1
                notes.append(f"MISS {item['id']} [{item.get('construction')}] {gold} | got {got}")
                continue
            used.add(hit)
            counts["tp"] += 1
            per[gold[1]]["tp"] += 1
            if got[hit][3] == gold[3]:
                counts["certainty"] += 1
            else:
                notes.append(f"CERT {item['id']} {gold} got {got[hit][3]}")
        optional = [(t["subject"], t["predicate"], t["object"], t["certainty"])
                    for t in item.get("optional_triples", [])]
        found = {tuple(_norm(v) for v in got[i][:3]) for i in used}
        for i, x in enumerate(got):
            if i not in used and any(_match(o, x, gold_names, got_names) for o in optional):
                continue  # a defensible reading the item's writer marked optional: neither a hit nor a false claim
            if i not in used and tuple(_norm(v) for v in x[:3]) in found:
                continue  # the triple a hit already is, read again in another sentence: one edge of the graph
            if i not in used:
                counts["fp"] += 1
                per[x[1]]["fp"] += 1
                notes.append(f"FP   {item['id']} {x} | {item['text'][:150]}")
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    summary = f"P {p:.3f} R {r:.3f} F1 {f1:.3f} tp {tp} fp {fp} fn {fn} cert {counts['certainty']}/{tp}"
    return summary, per, notes


def main(verbose: bool, path: Path | None = None) -> None:
    path = path or Path(__file__).with_name("battery.jsonl")
    with open(path, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    summary, per, notes = score_items(items, list(parse_texts([(it["id"], it["text"]) for it in items])))
    print(f"{path.stem} {summary}")
    for rel, c in sorted(per.items()):
        print(f"  {rel:14s} tp {c['tp']} fp {c['fp']} fn {c['fn']}")
    if verbose:
        print("\n".join(notes))


if __name__ == "__main__":
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    main("-v" in sys.argv, files[0] if files else None)
