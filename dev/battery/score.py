"""Score the extractor on the phrasing battery: invented one- and two-sentence news items, one construction each.

Usage: python dev/battery/score.py [-v]     (-v lists every miss, false claim and certainty error)

Matching is by exact name (case-insensitive), either order for the symmetric relations, and containment for the
object of "delayed" (an event described in words). This is a diagnostic of phrasings, not the development set:
the texts are invented, so its figures say which constructions the rules cover, not how they do on real news.
"""
import collections
import json
import sys
from pathlib import Path

from kg.parse import parse_texts
from kg.extract import extract_document
from kg.items import Event
items = [json.loads(l) for l in open(Path(__file__).with_name('battery.jsonl'), encoding='utf-8')]
def norm(x): return ' '.join(x.lower().split())
tp = fp = fn = 0; cert_ok = cert_n = 0
per = collections.defaultdict(lambda: [0,0,0])
fails = []
for it, doc in zip(items, parse_texts([(it['id'], it['text']) for it in items])):
    ex = extract_document(doc)
    got = []
    for c in ex.claims:
        o = c.object.label if isinstance(c.object, Event) else c.object
        got.append((c.subject, c.predicate, o, c.certainty))
    gold = [(t['subject'], t['predicate'], t['object'], t['certainty']) for t in it['triples']]
    def match(g, x):
        if g[1] != x[1]: return False
        pairs = [(g[0], g[2])]
        if g[1] in ('competesWith', 'partnersWith'): pairs.append((g[2], g[0]))
        for s, o in pairs:
            if norm(s) == norm(x[0]) and (norm(o) == norm(x[2]) or (g[1] == 'delayed' and (norm(o) in norm(x[2]) or norm(x[2]) in norm(o)))):
                return True
        return False
    used = set()
    for g in gold:
        hit = next((i for i, x in enumerate(got) if i not in used and match(g, x)), None)
        if hit is None:
            fn += 1; per[g[1]][2] += 1; fails.append(f"MISS {it['id']} [{it.get('construction')}] {g} | got {got}")
        else:
            used.add(hit); tp += 1; per[g[1]][0] += 1; cert_n += 1; cert_ok += got[hit][3] == g[3]
            if got[hit][3] != g[3]: fails.append(f"CERT {it['id']} {g} got {got[hit][3]}")
    for i, x in enumerate(got):
        if i not in used:
            fp += 1; per[x[1]][1] += 1; fails.append(f"FP   {it['id']} {x} | {it['text'][:150]}")
P = tp / max(1, tp + fp); R = tp / max(1, tp + fn)
print(f"battery P {P:.3f} R {R:.3f} F1 {2*P*R/max(1e-9,P+R):.3f} tp {tp} fp {fp} fn {fn} cert {cert_ok}/{cert_n}")
for k, (a, b, c) in sorted(per.items()): print(f"  {k:14s} tp {a} fp {b} fn {c}")
if '-v' in sys.argv: print('\n'.join(fails))
