"""Train the bundled Indonesian Stanza models with Stanza's own trainers, all processors in parallel.

Steps (each is idempotent; ``all`` runs them in order):

  prepare   harmonised treebanks, NER files and word2vec vectors from the staged data (see :mod:`kg.models.prepare`)
  pretrain  Stanza's pretrain file (``id_kgid.pretrain.pt``) from the vectors
  train     tokenizer, MWT, lemmatizer, tagger, NER and two parser candidates; when the tagger is done, the data is
            re-tagged with it and a third parser candidate learns from predicted tags and lemmas. Every trainer keeps
            its best model on the dev set, so a ``--deadline`` that stops the run early loses nothing saved.
  finetune-parser  (no GPU at hand) continues the bundled parser on re-prepared data, tags predicted by the bundle
  finetune-ner     (no GPU at hand) continues the bundled NER tagger; package-parser / package-ner put the result in
  package   copies the chosen models into ``kg/models/stanza-id`` with a ``resources.json`` (plain
            ``stanza.Pipeline("id", dir=..., download_method=None)`` loads it), dropping training-only state.

Seeds are fixed (Stanza's default 1234, word2vec seed 1 with one worker), so the same command gives the same models on
the same hardware. On a CPU the whole run takes hours; on one GPU about 20 minutes.

Usage: ``python -m kg.models.train all --data ../shared/data --work .train``
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

SHORT = "id_kgid"
PY = sys.executable


def _tokenizer_files(work: Path) -> None:
    """Write the tokenizer's plain text and character labels (and MWT json) for train and dev."""
    from stanza.utils.datasets import prepare_tokenizer_data
    from stanza.utils.datasets.conllu_to_text import main as conllu_to_text

    tok = work / "tokenize"
    tok.mkdir(parents=True, exist_ok=True)
    for split, src in (("train", work / "ud" / "current.train.conllu"), ("dev", work / "ud" / "dev.conllu")):
        txt = tok / f"{SHORT}.{split}.txt"
        conllu_to_text([str(src), str(txt)])
        prepare_tokenizer_data.main([str(txt), str(src), "-o", str(tok / f"{SHORT}-ud-{split}.toklabels"),
                                     "-m", str(tok / f"{SHORT}-ud-{split}-mwt.json")])


def build_pretrain(work: Path) -> Path:
    """Build Stanza's pretrain file from the word2vec text vectors. RETURNS its path."""
    from stanza.models.common.pretrain import Pretrain

    out = work / "pretrain" / f"{SHORT}.pretrain.pt"
    out.parent.mkdir(parents=True, exist_ok=True)
    if not out.exists():
        pt = Pretrain(str(out), str(work / "vectors" / "id_kgid.vec.txt"))
        pt.load()
    return out


def jobs(work: Path, *, quick: bool = False) -> dict[str, list[str]]:
    """RETURNS the trainer command lines, by job name. ``quick`` makes a few-step smoke run."""
    ud, out, pre = work / "ud", work / "saved", str(work / "pretrain" / f"{SHORT}.pretrain.pt")
    tok = work / "tokenize"
    dev = str(ud / "dev.conllu")

    def n(full: int, small: int) -> str:
        return str(small if quick else full)

    common = ["--lang", "id", "--shorthand", SHORT, "--mode", "train"]
    return {
        "tokenize": [PY, "-m", "stanza.models.tokenizer", *common,
                     "--label_file", str(tok / f"{SHORT}-ud-train.toklabels"),
                     "--txt_file", str(tok / f"{SHORT}.train.txt"),
                     "--mwt_json_file", str(tok / f"{SHORT}-ud-train-mwt.json"),
                     "--dev_txt_file", str(tok / f"{SHORT}.dev.txt"),
                     "--dev_label_file", str(tok / f"{SHORT}-ud-dev.toklabels"), "--dev_conll_gold", dev,
                     "--steps", n(8000, 20), "--report_steps", "100",
                     "--save_dir", str(out / "tokenize"), "--save_name", "kgid.pt"],
        "mwt": [PY, "-m", "stanza.models.mwt_expander", *common,
                "--train_file", str(ud / "current.train.conllu"), "--eval_file", dev, "--gold_file", dev,
                "--max_dec_len", "40", "--num_epoch", n(40, 1),
                "--save_dir", str(out / "mwt"), "--save_name", "kgid.pt"],
        "lemma": [PY, "-m", "stanza.models.lemmatizer", "--shorthand", SHORT, "--mode", "train",
                  "--train_file", str(ud / "current.train.conllu"), "--eval_file", dev,
                  "--num_epoch", n(20, 1),
                  "--save_dir", str(out / "lemma"), "--save_name", "kgid.pt"],
        "pos": [PY, "-m", "stanza.models.tagger", *common,
                "--train_file", str(ud / "pos.train.conllu"), "--eval_file", dev, "--output_file",
                str(work / "pos_dev_pred.conllu"),
                "--wordvec_pretrain_file", pre,
                "--hidden_dim", "200", "--deep_biaff_hidden_dim", "200", "--char_hidden_dim", "200",
                "--batch_size", "250" if not quick else "32", "--max_steps", n(3000, 4), "--eval_interval", n(200, 2),
                "--save_dir", str(out / "pos"), "--save_name", "kgid.pt"],
        "ner": [PY, "-m", "stanza.models.ner_tagger", "--shorthand", SHORT, "--mode", "train",
                "--train_file", str(work / "ner" / f"{SHORT}.train.json"),
                "--eval_file", str(work / "ner" / f"{SHORT}.dev.json"),
                "--wordvec_pretrain_file", pre, "--max_steps", n(8000, 4), "--eval_interval", n(300, 2),
                "--save_dir", str(out / "ner"), "--save_name", "kgid.pt"],
        "depparse_gsd": _parser(work, "gsd.train.conllu", dev, "gsd", quick),
        "depparse_mix": _parser(work, "pos.train.conllu", dev, "mix", quick),
    }


def _parser(work: Path, train: str, dev: str, name: str, quick: bool, *, ud: Path | None = None,
            pretrain: Path | None = None, steps: int = 20000, eval_interval: int = 200,
            module: str = "stanza.models.parser") -> list[str]:
    ud = ud or work / "ud"
    return [PY, "-m", module, "--lang", "id", "--shorthand", SHORT, "--mode", "train",
            "--train_file", str(ud / train), "--eval_file", dev,
            "--wordvec_pretrain_file", str(pretrain or work / "pretrain" / f"{SHORT}.pretrain.pt"),
            "--hidden_dim", "300", "--deep_biaff_hidden_dim", "300", "--char_hidden_dim", "200",
            "--max_steps", str(4 if quick else steps), "--eval_interval", str(2 if quick else eval_interval),
            "--batch_size", "32" if quick else "3000",
            "--save_dir", str(work / "saved" / f"depparse_{name}"), "--save_name", "kgid.pt", "--no_checkpoint"]


def retag_commands(work: Path, *, models: Path | None = None, pretrain: Path | None = None) -> list[list[str]]:
    """Commands that re-tag the parser data with a tagger and lemmatizer (predicted UPOS/feats/lemmas): by default
    the ones trained in ``work/saved``; ``models`` may name another folder with ``pos/`` and ``lemma/`` (a bundle's
    ``id/``)."""
    models, ud, pred = models or work / "saved", work / "ud", work / "pred"
    pretrain = pretrain or work / "pretrain" / f"{SHORT}.pretrain.pt"
    cmds = []
    for name in ("gsd.train", "dev"):
        src, tagged, lemmad = ud / f"{name}.conllu", pred / f"{name}.pos.conllu", pred / f"{name}.conllu"
        cmds.append([PY, "-m", "stanza.models.tagger", "--lang", "id", "--shorthand", SHORT, "--mode", "predict",
                     "--eval_file", str(src), "--output_file", str(tagged),
                     "--wordvec_pretrain_file", str(pretrain),
                     "--save_dir", str(models / "pos"), "--save_name", "kgid.pt"])
        cmds.append([PY, "-m", "stanza.models.lemmatizer", "--shorthand", SHORT, "--mode", "predict",
                     "--eval_file", str(tagged), "--output_file", str(lemmad),
                     "--save_dir", str(models / "lemma"), "--save_name", "kgid.pt"])
    return cmds


def retag(work: Path, *, models: Path | None = None, pretrain: Path | None = None, check: bool = False) -> None:
    """Re-tag the parser data (:func:`retag_commands`) and put the gold trees back under the predicted tags, giving
    ``work/pred/{gsd.train,dev}.gold-trees.conllu`` for a parser that learns from predicted tags."""
    (work / "pred").mkdir(parents=True, exist_ok=True)
    (work / "logs").mkdir(parents=True, exist_ok=True)
    with (work / "logs" / "retag.log").open("w") as log:
        for cmd in retag_commands(work, models=models, pretrain=pretrain):
            subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, check=check)
    for name in ("gsd.train", "dev"):
        _restore_gold_trees(work / "pred" / f"{name}.conllu", work / "ud" / f"{name}.conllu",
                            work / "pred" / f"{name}.gold-trees.conllu")


def _start(cmd: list[str], log: Path) -> subprocess.Popen:
    """Start one trainer in its own process group, its output in ``log``."""
    env = dict(os.environ, OMP_NUM_THREADS=os.environ.get("OMP_NUM_THREADS", "2"))
    return subprocess.Popen(cmd, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True, env=env)


def _run(cmd: list[str], log: Path, deadline: float | None) -> int:
    """Run one trainer to its end or to ``deadline`` seconds (then stopped; its best saved model stays)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    proc = _start(cmd, log)
    try:
        return proc.wait(timeout=deadline)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGTERM)
        return proc.wait()


def _restore_gold_trees(pred: Path, gold: Path, out: Path) -> None:
    """Keep the predicted UPOS/XPOS/feats/lemma of ``pred`` with the gold heads and relations of ``gold``."""
    from kg.models.prepare import read_conllu, write_conllu

    p_sents, g_sents = read_conllu(pred), read_conllu(gold)
    for ps, gs in zip(p_sents, g_sents):
        gw = {r[0]: r for r in gs.words()}
        for r in ps.words():
            g = gw.get(r[0])
            if g is not None:
                r[6], r[7] = g[6], g[7]
    write_conllu(out, p_sents)


def run_jobs(work: Path, *, quick: bool = False, deadline: float | None = None, only: list[str] | None = None) -> dict:
    """Run every trainer in parallel, then the predicted-tag parser once the tagger is done. RETURNS exit codes."""
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    procs: dict[str, subprocess.Popen] = {}
    start = time.time()
    todo = jobs(work, quick=quick)
    if only:
        todo = {k: v for k, v in todo.items() if k in only}

    def launch(name: str, cmd: list[str]) -> None:
        procs[name] = _start(cmd, logs / f"{name}.log")

    for name, cmd in todo.items():
        launch(name, cmd)
    retagged = False
    codes: dict[str, int | None] = {}
    while True:
        for name, p in procs.items():
            codes[name] = p.poll()
        lemma_ready = codes.get("lemma") is not None or (work / "saved" / "lemma" / "kgid.pt").exists()
        if not retagged and "pos" in procs and codes.get("pos") is not None and lemma_ready \
                and (only is None or "depparse_pred" in only):
            retagged = True
            try:
                retag(work)
                launch("depparse_pred", _parser(work, "gsd.train.gold-trees.conllu",
                                                str(work / "pred" / "dev.gold-trees.conllu"), "pred", quick,
                                                ud=work / "pred"))
                continue
            except (OSError, IndexError) as err:
                print(f"retagging failed: {err}", flush=True)
        if all(c is not None for c in codes.values()) and (retagged or "pos" not in procs):
            break
        if deadline is not None and time.time() - start > deadline:
            for name, p in procs.items():
                if p.poll() is None:
                    os.killpg(p.pid, signal.SIGTERM)
                    codes[name] = -15
            break
        time.sleep(5)
    for name, p in procs.items():
        codes[name] = p.wait()
    (work / "codes.json").write_text(json.dumps(codes, indent=2))
    return codes


def finetune_parser(work: Path, bundle: Path, *, steps: int, deadline: float | None = None) -> dict[str, object]:
    """Continue the bundled parser on freshly prepared data, with tags and lemmas predicted by the bundled models.

    For when a change to :mod:`kg.models.prepare` should reach the parser and no GPU is at hand for a full run: the
    training data of ``work/ud`` is re-tagged by ``bundle``'s tagger and lemmatizer, and Stanza's parser trainer
    continues from ``bundle``'s parser for ``steps`` steps (through :mod:`kg.models.parser_continue`, which keeps the
    saved model's vocabulary), keeping its best model on the dev set in ``work/saved/depparse_ft``;
    ``package-parser`` then puts it into the bundle.
    """
    ids, pred = bundle / "id", work / "pred"
    pretrain = ids / "pretrain" / "kgid.pt"
    retag(work, models=ids, pretrain=pretrain, check=True)
    cmd = _parser(work, "gsd.train.gold-trees.conllu", str(pred / "dev.gold-trees.conllu"), "ft", False, ud=pred,
                  pretrain=pretrain, steps=steps, eval_interval=100, module="kg.models.parser_continue")
    cmd += ["--continue_from", str(ids / "depparse" / "kgid.pt")]
    code = _run(cmd, work / "logs" / "depparse_ft.log", deadline)
    return {"depparse_ft": code, "model": str(work / "saved" / "depparse_ft" / "kgid.pt")}


def finetune_ner(work: Path, bundle: Path, *, steps: int, deadline: float | None = None) -> dict[str, object]:
    """Continue the bundled NER tagger on the prepared NER data (``work/ner``, from ``prepare``) for ``steps`` steps,
    keeping its best model on the dev split in ``work/saved/ner_ft`` (the NER's vocabulary comes with the loaded model,
    so no re-indexing problem here); ``package-ner`` puts it into the bundle."""
    ner, ids = work / "ner", bundle / "id"
    cmd = [PY, "-m", "stanza.models.ner_tagger", "--shorthand", SHORT, "--mode", "train",
           "--train_file", str(ner / f"{SHORT}.train.json"), "--eval_file", str(ner / f"{SHORT}.dev.json"),
           "--wordvec_pretrain_file", str(ids / "pretrain" / "kgid.pt"), "--max_steps", str(steps),
           "--eval_interval", "300", "--save_dir", str(work / "saved" / "ner_ft"), "--save_name", "kgid.pt",
           "--finetune", "--finetune_load_name", str(ids / "ner" / "kgid.pt")]
    code = _run(cmd, work / "logs" / "ner_ft.log", deadline)
    return {"ner_ft": code, "model": str(work / "saved" / "ner_ft" / "kgid.pt")}


def _slim(state: dict, *, half: bool) -> dict:
    """Drop training-only state; store floating-point weights in half precision (Stanza loads them into float32)."""
    import torch

    for key in ("optimizer", "scheduler", "optimizer_state_dict"):
        state.pop(key, None)
    if half and isinstance(state.get("model"), dict):
        state["model"] = {k: v.half() if torch.is_tensor(v) and v.is_floating_point() else v
                          for k, v in state["model"].items()}
    return state


def package_model(src: Path, dest: Path, proc: str) -> int:
    """Put one trained model (``finetune-parser``'s or ``finetune-ner``'s output) into an existing bundle.
    RETURNS its size in bytes."""
    import torch

    target = dest / "id" / proc / "kgid.pt"
    tmp = target.with_suffix(".tmp")
    torch.save(_slim(torch.load(src, map_location="cpu", weights_only=False), half=True), tmp)
    tmp.replace(target)
    return target.stat().st_size


def package(work: Path, dest: Path, *, parser: str) -> dict[str, int]:
    """Copy the chosen models into ``dest`` as a Stanza resources directory. RETURNS file sizes in bytes."""
    import torch

    saved = work / "saved"
    if dest.exists():
        shutil.rmtree(dest)
    (dest / "id").mkdir(parents=True)
    sizes = {}
    chosen = {"tokenize": saved / "tokenize" / "kgid.pt", "mwt": saved / "mwt" / "kgid.pt",
              "pos": saved / "pos" / "kgid.pt", "lemma": saved / "lemma" / "kgid.pt",
              "depparse": saved / f"depparse_{parser}" / "kgid.pt", "ner": saved / "ner" / "kgid.pt",
              "pretrain": work / "pretrain" / f"{SHORT}.pretrain.pt"}
    for proc, src in chosen.items():
        if not src.exists():
            continue
        target = dest / "id" / proc / "kgid.pt"
        target.parent.mkdir(parents=True)
        state = torch.load(src, map_location="cpu", weights_only=False)
        if isinstance(state, dict):
            state = _slim(state, half=proc != "pretrain")
        torch.save(state, target)
        sizes[proc] = target.stat().st_size
    procs = [p for p in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner") if p in sizes]
    entry: dict = {"lang_name": "Indonesian"}
    for p in procs:
        entry[p] = {"kgid": {"md5": ""}} if p not in ("pos", "depparse", "ner") else {
            "kgid": {"dependencies": [{"model": "pretrain", "package": "kgid"}]}}
    entry["pretrain"] = {"kgid": {}}
    entry["default_processors"] = {p: "kgid" for p in procs}
    entry["default_dependencies"] = {}
    entry["packages"] = {"default": {p: "kgid" for p in procs}}
    resources = {"id": entry}
    (dest / "resources.json").write_text(json.dumps(resources, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return sizes


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["prepare", "pretrain", "train", "package", "all", "finetune-parser",
                                     "package-parser", "finetune-ner", "package-ner"])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--work", type=Path, default=Path(".train"))
    ap.add_argument("--dest", type=Path, default=Path(__file__).parent / "stanza-id")
    ap.add_argument("--parser", default="pred", help="which parser candidate to package: gsd, mix or pred")
    ap.add_argument("--quick", action="store_true", help="a few steps of each trainer: a smoke test of the set-up")
    ap.add_argument("--deadline", type=float, default=None, help="stop training after this many seconds")
    ap.add_argument("--steps", type=int, default=600, help="finetune-parser: training steps")
    ap.add_argument("--only", nargs="*", default=None, help="train only these jobs")
    args = ap.parse_args(argv)
    if args.step in ("prepare", "all"):
        from kg.models.prepare import prepare

        print(json.dumps(prepare(args.data, args.work), indent=2), flush=True)
    if args.step in ("pretrain", "all"):
        build_pretrain(args.work)
        _tokenizer_files(args.work)
    if args.step in ("train", "all"):
        print(json.dumps(run_jobs(args.work, quick=args.quick, deadline=args.deadline, only=args.only)), flush=True)
    if args.step == "finetune-parser":
        print(json.dumps(finetune_parser(args.work, args.dest, steps=args.steps, deadline=args.deadline)), flush=True)
    if args.step == "finetune-ner":
        print(json.dumps(finetune_ner(args.work, args.dest, steps=args.steps, deadline=args.deadline)), flush=True)
    if args.step == "package-ner":
        size = package_model(args.work / "saved" / "ner_ft" / "kgid.pt", args.dest, "ner")
        print(json.dumps({"ner": size}), flush=True)
    if args.step == "package-parser":
        size = package_model(args.work / "saved" / "depparse_ft" / "kgid.pt", args.dest, "depparse")
        print(json.dumps({"depparse": size}), flush=True)
    if args.step in ("package", "all"):
        print(json.dumps(package(args.work, args.dest, parser=args.parser), indent=2), flush=True)


if __name__ == "__main__":
    main()
