"""Cross-validate a learned relation back-off on dev/tune (an experiment; see README.md here for its result).

    python dev/experiments/train_relations.py              # 5-fold CV, then train on all of dev/tune, write the model
    python dev/experiments/train_relations.py --cv-only    # only the cross-validation report

Every ordered pair of entities named in one sentence (kg.relations.learned.pairs) is one example. Its label is the
gold relation between the gold entities the two names answer to, when the triple's evidence is that sentence; a pair
the gold relates only in another sentence, or only optionally, is left out (neither positive nor negative); every
other pair is "none". The classifier is a multinomial logistic regression over kg.relations.learned.features, fitted
with torch (full batch, L-BFGS, L2), deterministic on CPU.

Thresholds: the folds' out-of-fold predictions on the pairs no rule relates (the only pairs the model is asked about)
give, per relation, the lowest probability at which the predictions above it are at least MIN_PRECISION right with at
least MIN_HITS right ones; a relation with no such threshold is never predicted. The report then scores rules alone
and rules + out-of-fold model with the real scorer (kg.evaluate) on dev/tune: that difference is the estimate of what
the model adds on unseen text of the same kind. dev/test is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "dev"))
sys.path.insert(0, str(ROOT / "dev" / "experiments"))
sys.path.insert(0, str(ROOT))

import check  # noqa: E402
from learned import MODEL_PATH, NONE, RelationModel, features, pairs  # noqa: E402

from kg.entities import find_mentions, resolve_entities  # noqa: E402
from kg.evaluate import _WORDS, load_gold  # noqa: E402
from kg.items import name_key  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.relations import find_claims  # noqa: E402
from kg.vocab import SYMMETRIC  # noqa: E402

LEARNED = ("acquires", "basedIn", "ceoOf", "competesWith", "developedBy", "investsIn", "leads", "partnersWith",
           "recruitsFrom", "releases")
MIN_PRECISION = 0.6
MIN_HITS = 4
FOLDS = 5
MIN_COUNT = 2  # a feature seen in fewer training pairs is dropped


def _overlap(evidence: str, sentence: str) -> bool:
    ev = [w.casefold() for w in _WORDS.findall(evidence)]
    have = {w.casefold() for w in _WORDS.findall(sentence)}
    return not ev or sum(w in have for w in ev) >= 0.6 * len(ev)


def examples(doc, gold, lex):
    """RETURNS [(features, label, related_by_rule)] for one document's pairs (ambiguous pairs left out)."""
    index = resolve_entities(find_mentions(doc, lex), lex)
    rules = find_claims(doc, index, lex)
    related = {frozenset((c.subject, c.object)) for c in rules if isinstance(c.object, str)}
    gold_of: dict[str, set[str]] = {}
    for label, ent in index.entities.items():
        keys = {name_key(label), *(name_key(a) for a in ent.aliases)}
        gold_of[label] = {g.name for g in gold.entities if g.keys() & keys}
    out = []
    for p in pairs(doc, index, lex):
        gs, go = gold_of.get(p.subject, set()), gold_of.get(p.object, set())
        label, ambiguous = NONE, False
        for t in gold.triples + gold.optional:
            forward = t.subject in gs and t.object in go
            backward = t.predicate in SYMMETRIC and t.subject in go and t.object in gs
            if not (forward or backward):
                continue
            if t in gold.optional or t.predicate not in LEARNED or not _overlap(t.evidence, p.sentence.text):
                ambiguous = True
                continue
            label = t.predicate
        if ambiguous and label == NONE:
            continue
        out.append((features(p), label, frozenset((p.subject, p.object)) in related))
    return out


def fit(rows, labels, l2=3e-5, iters=300):
    """RETURNS (weights by feature, bias) of a multinomial logistic regression on rows of (features, label)."""
    counts = Counter(f for feats, _, _ in rows for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    fid = {f: i for i, f in enumerate(vocab)}
    torch.manual_seed(0)
    idx, offsets, y = [], [], []
    for feats, label, _ in rows:
        offsets.append(len(idx))
        idx.extend(sorted({fid[f] for f in feats if f in fid}))
        y.append(labels.index(label))
    bag = torch.nn.EmbeddingBag(len(vocab) + 1, len(labels), mode="sum")
    torch.nn.init.zeros_(bag.weight)
    bias = torch.zeros(len(labels), requires_grad=True)
    x = torch.tensor(idx or [len(vocab)], dtype=torch.long)
    off, target = torch.tensor(offsets, dtype=torch.long), torch.tensor(y, dtype=torch.long)
    opt = torch.optim.LBFGS([bag.weight, bias], max_iter=iters, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(bag(x, off) + bias, target) + l2 * (bag.weight ** 2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    w = bag.weight.detach()
    weights = {f: tuple(float(v) for v in w[i]) for f, i in fid.items() if float(w[i].abs().max()) >= 5e-3}
    return weights, tuple(float(b) for b in bias.detach())


def model_of(weights, bias, labels, thresholds, lex) -> RelationModel:
    allowed = {r: (lex.relations[r if r != "ceoOf" else "leads"].subject_types,
                   lex.relations[r if r != "ceoOf" else "leads"].object_types) for r in LEARNED}
    return RelationModel(tuple(labels), weights, bias, thresholds, allowed, frozenset(SYMMETRIC) & set(LEARNED))


def choose_thresholds(scored) -> dict[str, float]:
    """scored: [(relation predicted, probability, right)]. RETURNS relation → threshold (see the module doc)."""
    out = {}
    for rel in LEARNED:
        preds = sorted(((p, ok) for r, p, ok in scored if r == rel), reverse=True)
        best, right = None, 0
        for n, (p, ok) in enumerate(preds, 1):
            right += ok
            if right >= MIN_HITS and right / n >= MIN_PRECISION:
                best = p
        if best is not None:
            out[rel] = round(best, 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cv-only", action="store_true", help="report the cross-validation, write no model")
    args = ap.parse_args()
    lex = load_lexicon()
    tune = check._gold_set(ROOT / "dev" / "tune", ROOT)
    docs = check.parse_cached([(d, t) for d, t, _ in tune], ROOT)
    golds = {d: load_gold(path) for d, _, path in tune}
    rows = {d: examples(docs[d], golds[d], lex) for d, _, _ in tune}
    labels = [NONE, *LEARNED]
    n_pos = Counter(label for r in rows.values() for _, label, _ in r if label != NONE)
    print(f"{sum(len(r) for r in rows.values())} pairs, positives {dict(sorted(n_pos.items()))}", file=sys.stderr)
    fold = {d: zlib.crc32(d.encode()) % FOLDS for d in rows}
    scored, models = [], {}
    for k in range(FOLDS):
        train = [row for d, r in rows.items() if fold[d] != k for row in r]
        weights, bias = fit(train, labels)
        everything = {r: 0.0 for r in LEARNED}
        models[k] = model_of(weights, bias, labels, everything, lex)
        for d, r in rows.items():
            if fold[d] != k:
                continue
            for feats, label, by_rule in r:
                if by_rule:
                    continue
                probs = models[k].probabilities(feats)
                top = max(LEARNED, key=lambda x: (probs[x], x))
                scored.append((top, probs[top], top == label))
        print(f"fold {k}: {len(train)} training pairs, {len(weights)} features", file=sys.stderr)
    thresholds = choose_thresholds(scored)
    print("thresholds", thresholds)
    for rel in LEARNED:
        got = [(p, ok) for r, p, ok in scored if r == rel and rel in thresholds and p >= thresholds[rel]]
        top = sorted(((p, ok) for r, p, ok in scored if r == rel), reverse=True)[:20]
        print(f"  {rel:13s} out-of-fold above threshold: {sum(ok for _, ok in got)}/{len(got)} right; "
              f"20 most probable: {sum(ok for _, ok in top)} right (p {top[0][0]:.2f} to {top[-1][0]:.2f})")
    if args.cv_only:
        return
    weights, bias = fit([row for r in rows.values() for row in r], labels)
    model = model_of(weights, bias, labels, thresholds, lex)
    data = model.to_json()
    data["trained_on"] = {"passages": len(rows), "pairs": sum(len(r) for r in rows.values()),
                          "positives": dict(sorted(n_pos.items())), "folds": FOLDS,
                          "min_precision": MIN_PRECISION, "min_hits": MIN_HITS}
    tmp = MODEL_PATH.with_suffix(".tmp")  # a scratch file beside this script; it is not committed
    tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(MODEL_PATH)
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KB, {len(weights)} features)")


if __name__ == "__main__":
    main()
