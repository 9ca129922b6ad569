"""Score a Stanza resources directory end to end on a held-out UD file, from raw text, with Stanza's UD scorer.

The raw text is rebuilt from the gold file's ``# text`` lines (Stanza's ``conllu_to_text``), parsed by the bundled
pipeline, and compared with ``stanza.models.common.utils.ud_scores``: tokens and sentences F1, UPOS, lemma, UAS, LAS.

Usage: ``python -m kg.models.score --gold ../shared/data/UD_Indonesian-GSD/id_gsd-ud-test.conllu``
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")


def score(gold: Path, models: Path, *, use_gpu: bool = False) -> dict[str, float]:
    """Parse the raw text of ``gold`` with the models in ``models``. RETURNS F1 (percent) per metric."""
    import stanza
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL
    from stanza.utils.datasets.conllu_to_text import main as conllu_to_text

    with tempfile.TemporaryDirectory() as tmp:
        txt, pred = Path(tmp) / "raw.txt", Path(tmp) / "pred.conllu"
        conllu_to_text([str(gold), str(txt)])
        nlp = stanza.Pipeline("id", dir=str(models), download_method=None, use_gpu=use_gpu,
                              processors="tokenize,mwt,pos,lemma,depparse", logging_level="WARN")
        started = time.perf_counter()
        doc = nlp(txt.read_text(encoding="utf-8"))
        seconds = time.perf_counter() - started
        CoNLL.write_doc2conll(doc, str(pred))
        result = ud_scores(str(gold), str(pred))
    scores = {m: round(100 * result[m].f1, 2) for m in METRICS}
    scores["seconds"] = round(seconds, 1)
    scores["words"] = doc.num_words
    return scores


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=Path("../shared/data/UD_Indonesian-GSD/id_gsd-ud-test.conllu"))
    ap.add_argument("--models", type=Path, default=Path(__file__).parent / "stanza-id")
    ap.add_argument("--out", type=Path, default=None, help="also write the scores as JSON here")
    args = ap.parse_args(argv)
    scores = score(args.gold, args.models)
    text = json.dumps(scores, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
