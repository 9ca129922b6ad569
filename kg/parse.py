"""The one module that imports Stanza: builds the Indonesian pipeline once per process and returns our own records.

By default the pipeline is built from the models bundled in ``kg/models/stanza-id`` (a Stanza resources directory),
offline: no network access, no ``~/stanza_resources``. ``models="official"`` opts into Stanza's official Indonesian
models (downloaded by Stanza into its usual resources folder if a network exists); any other value is taken as the
path of a Stanza resources directory.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ModelError
from kg.records import Document, Sentence, Word

log = logging.getLogger(__name__)

BUNDLED_MODELS = Path(__file__).parent / "models" / "stanza-id"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
_LOCK = threading.Lock()


def models_dir(models: str | Path | None = None) -> Path | None:
    """RETURNS the resources directory for ``models`` (None: the bundled one; "official": None, Stanza's default)."""
    if models is None or str(models) == "bundled":
        return BUNDLED_MODELS
    if str(models) == "official":
        return None
    return Path(models)


def _check_bundle(root: Path, processors: tuple[str, ...]) -> None:
    """Raise ModelError unless ``root`` holds a resources.json and a model file for each processor."""
    hint = (
        "Reinstall kg-id from a clean clone (the models ship in kg/models/stanza-id), retrain them with "
        "`python -m kg.models.train`, or choose the official models with `--models official` where a network exists."
    )
    resources = root / "resources.json"
    if not resources.is_file():
        raise ModelError(f"No Stanza models at {root}: resources.json is missing. {hint}")
    try:
        spec = json.loads(resources.read_text(encoding="utf-8"))["id"]
    except (ValueError, KeyError) as err:
        raise ModelError(f"{resources} is not a valid Stanza resources file ({err}). {hint}") from err
    default = spec.get("default_processors", {})
    for proc in processors:
        package = default.get(proc)
        if package is None:
            raise ModelError(f"{resources} declares no '{proc}' model. {hint}")
        path = root / "id" / proc / f"{package}.pt"
        if not path.is_file() or path.stat().st_size == 0:
            raise ModelError(f"The Stanza '{proc}' model is missing: {path}. {hint}")


def available_processors(root: Path | None) -> tuple[str, ...]:
    """RETURNS the processors the bundle at ``root`` declares (all of PROCESSORS for the official models)."""
    if root is None:
        return PROCESSORS
    try:
        default = json.loads((root / "resources.json").read_text(encoding="utf-8"))["id"]["default_processors"]
    except (OSError, ValueError, KeyError):
        return PROCESSORS[:5]
    return tuple(p for p in PROCESSORS if p in default)


@lru_cache(maxsize=4)
def load_pipeline(models: str | None = None, *, use_gpu: bool | None = None, ner: bool = True) -> Any:
    """Build (once per process and arguments) the Stanza pipeline.

    models: None for the bundled models, "official" for Stanza's own, or the path of a resources directory.
    use_gpu: None to use a GPU when one is present.
    ner: also run the NER model when the bundle has one.
    RETURNS: a ``stanza.Pipeline``.
    """
    root = models_dir(models)
    procs = tuple(p for p in available_processors(root) if ner or p != "ner")
    if root is not None:
        _check_bundle(root, procs)
    try:
        import stanza
        import torch
        from stanza.pipeline.core import DownloadMethod
    except ImportError as err:  # pragma: no cover - install problem
        raise ModelError(f"Stanza is not installed ({err}). Install kg-id with `pip install -e .`.") from err
    if use_gpu is None:
        use_gpu = torch.cuda.is_available()
    kwargs: dict[str, Any] = {
        "lang": "id",
        "processors": ",".join(procs),
        "use_gpu": use_gpu,
        "logging_level": "WARN",
        "tokenize_no_ssplit": False,
    }
    if root is None:
        kwargs["download_method"] = DownloadMethod.REUSE_RESOURCES
    else:
        kwargs["dir"] = str(root)
        kwargs["download_method"] = None
    try:
        return stanza.Pipeline(**kwargs)
    except Exception as err:  # Stanza raises many types from deep inside; the user gets one clear message
        where = root if root is not None else "Stanza's resources folder"
        raise ModelError(
            f"Could not load the Stanza models from {where}: {type(err).__name__}: {err}. "
            "The files may be corrupt or from another Stanza version: reinstall kg-id from a clean clone, "
            "retrain with `python -m kg.models.train`, or pass another models directory."
        ) from err


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """A news dateline: "Jakarta, Kompas-PT X …", "BANDUNG, KOMPAS.com - X …", "Bisnis.com, JAKARTA - X …",
    "Jakarta (ANTARA) - X …", "KOMPAS.com - X …". The dash glues the outlet to the first name of the story. The outlet
    is a word of the lexicon's ``dateline_words`` (news outlets, weekdays) or a web address ("Liputan6.com"), so a
    hyphenated name mid-sentence ("Menurut Sagarindo, Coca-Cola …") is left alone."""
    from kg.lexicon import WEB_ADDRESS as site
    from kg.lexicon import load_lexicon

    words = "|".join(re.escape(w) for w in sorted(load_lexicon().dateline_words, key=lambda w: (-len(w), w)))
    outlet = r"(?:" + words + "|" + site + ")"
    place = r"[A-Za-z][A-Za-z .'’]{1,30}?"
    # place and outlet either way round, the outlet in brackets, or a web address alone ("KOMPAS.com - …", not
    # "Kompas-PT …": a bare outlet glued to a name may be a name)
    shapes = rf"{place},\s*{outlet}|{outlet},\s*{place}|{place}\s*\(\s*{outlet}\s*\)|{site}(?=\s)"
    return re.compile(r"^\s*(?:" + shapes + r")\s*(-{1,2}|–|—)(?=\s*(?-i:[A-Z\"“']))", re.IGNORECASE)


def split_dateline(line: str) -> tuple[str, int, str] | None:
    """Split a leading news dateline off its line: the place and outlet are a sentence of their own, so that the story's
    first sentence parses as it reads (without the dateline the parser makes the place its subject).

    RETURNS (dateline, offset of the story in ``line``, story), or None when the line has no dateline.

    Example:
        >>> split_dateline("Jakarta, Kompas-PT Sinar Laut merugi.")
        ('Jakarta, Kompas', 16, 'PT Sinar Laut merugi.')
        >>> split_dateline("Bisnis.com, JAKARTA - PT Sinar Laut merugi.")[0]
        'Bisnis.com, JAKARTA'
        >>> split_dateline("Jakarta-PT Sinar Laut merugi.")
        ('Jakarta', 8, 'PT Sinar Laut merugi.')

    """
    m = _dateline().match(line) or _place_dateline(line)
    if m is None:
        return None
    story = m.end(1) + (len(line[m.end(1):]) - len(line[m.end(1):].lstrip()))
    return line[:m.start(1)].rstrip(), story, line[story:]


_PLACE_DASH = re.compile(r"^\s*([A-Z][A-Za-z .]{1,30}?)\s*(-{1,2}|–|—)\s*(?=[A-Z\"“'])(\w*)")


def _place_dateline(line: str) -> re.Match[str] | None:
    """A dateline of a known place alone: "Jakarta - X …", "Paris-X …" (the dash group is the match's group 1); not
    a route between two places ("Jakarta-Bandung …")."""
    from kg.lexicon import load_lexicon

    m = _PLACE_DASH.match(line)
    places = load_lexicon().places
    if m is None or " ".join(m.group(1).split()).casefold() not in places or m.group(3).casefold() in places:
        return None
    return re.match(r"^\s*" + re.escape(m.group(1)) + r"\s*(-{1,2}|–|—)", line)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, line) for each non-blank line of ``text``; a leading news dateline is a line of its own."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            line = raw.rstrip("\r\n")
            parts = split_dateline(line)
            if parts is None:
                yield offset, line
            else:
                yield offset, parts[0]
                yield offset + parts[1], parts[2]
        offset += len(raw)


def _to_document(parts: list[tuple[int, Any]], doc_id: str, text: str, source: str | None) -> Document:
    """Convert Stanza documents (each with the offset of its line in ``text``) into one Document."""
    sentences: list[Sentence] = []
    for shift, sdoc in parts:
        for sent in sdoc.sentences:
            start = sent.tokens[0].start_char + shift
            end = sent.tokens[-1].end_char + shift
            words = []
            for token in sent.tokens:
                for w in token.words:
                    words.append(
                        Word(
                            id=int(w.id),
                            text=w.text,
                            lemma=w.lemma if w.lemma is not None else w.text,
                            upos=w.upos or "X",
                            xpos=w.xpos,
                            feats=w.feats,
                            head=int(w.head) if w.head is not None else 0,
                            deprel=w.deprel or "dep",
                            start=token.start_char + shift,
                            end=token.end_char + shift,
                            ner=getattr(token, "ner", None),
                        )
                    )
            sentences.append(
                Sentence(index=len(sentences), text=text[start:end], start=start, end=end,
                         words=tuple(rejoin_prefixed_names(words)))
            )
    return Document(id=doc_id, text=text, sentences=tuple(sentences), source=source)


_PREFIX = re.compile(r"^[a-z]{1,2}$")


def rejoin_prefixed_names(words: list[Word]) -> list[Word]:
    """Join a lower-case prefix the tokenizer cut off a name written without a space ("e" + "Fishery", "i" + "Phone",
    "m" + "Banking") back into one word: the name's word keeps its tag, head and relation, takes the prefix, and the
    prefix's dependents; ids and heads are renumbered. Words of one multiword token (same span) are never joined.

    Example:
        >>> a = Word(1, "e", "e", "NOUN", 2, "compound", 0, 1)
        >>> b = Word(2, "Fishery", "fishery", "PROPN", 0, "root", 1, 8)
        >>> [(w.id, w.text, w.head) for w in rejoin_prefixed_names([a, b])]
        [(1, 'eFishery', 0)]
    """
    joined = {i for i in range(len(words) - 1)
              if _PREFIX.match(words[i].text) and words[i].end == words[i + 1].start
              and words[i].start != words[i + 1].start and words[i + 1].text[:1].isupper()
              and words[i + 1].text.isalnum()}
    if not joined:
        return words
    gone = {words[i].id: words[i + 1].id for i in joined}  # the prefix → the name word that absorbs it
    new_id: dict[int, int] = {}
    for w in words:
        if w.id not in gone:
            new_id[w.id] = len(new_id) + 1
    out = []
    for i, w in enumerate(words):
        if w.id in gone:
            continue
        prefix = words[i - 1] if i - 1 in joined else None
        head, deprel = w.head, w.deprel
        if prefix is not None and head == prefix.id:  # the parser hung the name on its prefix ("i" ← "Phone"): the
            head, deprel = prefix.head, prefix.deprel  # prefix held the name's place in the sentence
        head = gone.get(head, head)
        if head == w.id:
            head = 0
        text = prefix.text + w.text if prefix is not None else w.text
        out.append(replace(w, id=new_id[w.id], head=new_id.get(head, 0) if head else 0, deprel=deprel,
                           text=text, lemma=text.lower() if prefix is not None else w.lemma,
                           start=prefix.start if prefix is not None else w.start))
    return out


def parse_texts(
    texts: Iterable[tuple[str, str]],
    *,
    models: str | None = None,
    use_gpu: bool | None = None,
    batch_size: int = 16,
    sources: dict[str, str] | None = None,
) -> Iterator[Document]:
    """Parse ``(doc_id, text)`` pairs, streaming: documents go through Stanza in batches (its bulk processing).

    RETURNS: an iterator of Documents in input order.

    Example:
        >>> doc = next(parse_texts([("d1", "Meta merekrut peneliti OpenAI.")]))
        >>> [(w.text, w.upos, w.deprel) for w in doc.sentences[0].words][:2]  # doctest: +SKIP
        [('Meta', 'PROPN', 'nsubj'), ('merekrut', 'VERB', 'root')]
    """
    import stanza

    pipeline = load_pipeline(models, use_gpu=use_gpu)
    batch: list[tuple[str, str]] = []

    def run(items: list[tuple[str, str]]) -> Iterator[Document]:
        # News text puts headlines, subheads and paragraphs on lines of their own: a line break always ends a sentence.
        # Each line goes through Stanza as its own document (one bulk call per batch); offsets are shifted back.
        pieces = [(i, start, line) for i, (_, text) in enumerate(items) for start, line in _lines(text)]
        with _LOCK:  # a Stanza pipeline is not safe to share between threads
            sdocs = pipeline([stanza.Document([], text=line) for _, _, line in pieces]) if pieces else []
        per_doc: list[list[tuple[int, Any]]] = [[] for _ in items]
        for (i, start, _), sdoc in zip(pieces, sdocs):
            per_doc[i].append((start, sdoc))
        for (doc_id, text), parts in zip(items, per_doc):
            yield _to_document(parts, doc_id, text, (sources or {}).get(doc_id))

    for item in texts:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


def parse_text(text: str, doc_id: str = "doc", *, models: str | None = None, source: str | None = None) -> Document:
    """Parse one text. RETURNS its Document."""
    return next(parse_texts([(doc_id, text)], models=models, sources={doc_id: source} if source else None))
