"""Parse benchmark: load time, throughput and peak memory of the bundled Stanza pipeline, stage by stage.

Documents of 20 sentences go through Stanza in bulk (one call per batch of documents). Each processor is timed on the
same documents in the same process, and reported as a share of the whole and as a ratio to the tokenizer (the
baseline), so the slowest stage stands out whatever the machine's speed. Memory is the process's peak RSS, reported
against the RSS before the pipeline was loaded.

Usage: ``python benchmarks/parse_speed.py [--sentences 2000] [--batch 16]``
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

DATA = Path(__file__).parent / "data" / "sentences.txt"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", type=int, default=2000)
    ap.add_argument("--per-doc", type=int, default=20, help="sentences per document")
    ap.add_argument("--batch", type=int, default=16, help="documents per Stanza call")
    args = ap.parse_args()

    import stanza
    import torch

    from kg.parse import BUNDLED_MODELS

    sentences = DATA.read_text(encoding="utf-8").splitlines()[: args.sentences]
    texts = [" ".join(sentences[i : i + args.per_doc]) for i in range(0, len(sentences), args.per_doc)]
    base_rss = rss_mb()
    t0 = time.perf_counter()
    nlp = stanza.Pipeline("id", dir=str(BUNDLED_MODELS), download_method=None, use_gpu=False, logging_level="WARN",
                          processors="tokenize,mwt,pos,lemma,depparse,ner")
    load_s = time.perf_counter() - t0
    load_rss = rss_mb()

    stage_s: dict[str, float] = {name: 0.0 for name in nlp.processors}
    words = tokens = 0
    t_all = time.perf_counter()
    for i in range(0, len(texts), args.batch):
        docs = [stanza.Document([], text=t) for t in texts[i : i + args.batch]]
        for name, processor in nlp.processors.items():
            t = time.perf_counter()
            docs = processor.bulk_process(docs)
            stage_s[name] += time.perf_counter() - t
        tokens += sum(d.num_tokens for d in docs)
        words += sum(d.num_words for d in docs)
    total_s = time.perf_counter() - t_all

    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, stanza {stanza.__version__}")
    print(f"{len(sentences)} sentences in {len(texts)} documents: {tokens} tokens, {words} words")
    print(f"pipeline load: {load_s:.2f} s; RSS {base_rss:.0f} MB before load, {load_rss:.0f} MB after")
    print(f"whole pipeline: {total_s:.1f} s, {tokens / total_s:.0f} tokens/s; peak RSS {rss_mb():.0f} MB "
          f"({rss_mb() / base_rss:.1f}x the pre-load baseline)")
    base = stage_s.get("tokenize") or 1e-9
    print(f"{'stage':<10} {'seconds':>8} {'share':>6} {'tokens/s':>9} {'x tokenize':>10}")
    for name, s in stage_s.items():
        print(f"{name:<10} {s:8.1f} {s / total_s:6.1%} {tokens / s:9.0f} {s / base:10.2f}")


if __name__ == "__main__":
    main()
