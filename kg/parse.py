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
from kg.lexicon import plain_word
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
    "Jakarta (ANTARA) - X …", "Seoul (ANTARA News/Yonhap) - X …", "KOMPAS.com - X …". The dash glues the outlet to the
    first name of the story. The outlet is a word of the lexicon's ``dateline_words`` (news outlets, weekdays) or a web
    address ("Liputan6.com"), so a hyphenated name mid-sentence ("Menurut Sagarindo, Coca-Cola …") is left alone."""
    from kg.lexicon import WEB_ADDRESS as site
    from kg.lexicon import load_lexicon

    words = "|".join(re.escape(w) for w in sorted(load_lexicon().dateline_words, key=lambda w: (-len(w), w)))
    outlet = r"(?:" + words + "|" + site + ")"
    place = r"[A-Za-z][A-Za-z .'’]{1,30}?"
    # place and outlet either way round, the outlet in brackets, or a web address alone ("KOMPAS.com - …", not
    # "Kompas-PT …": a bare outlet glued to a name may be a name)
    # a wire agency the outlet translates may follow it in the brackets ("Moskow (ANTARA News/AFP) - …")
    agencies = r"(?:\s*/\s*[A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})*"
    shapes = rf"{place},\s*{outlet}|{outlet},\s*{place}|{place}\s*\(\s*{outlet}{agencies}\s*\)|{site}(?=\s)"
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


# a place, an outlet the lexicon need not list ("Jakarta, CNBC Indonesia"), the dash, and the story's first word
_PLACE_DASH = re.compile(r"^\s*([A-Z][A-Za-z .]{1,30}?)(?:,\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
                         r"\s*(-{1,2}|–|—)\s*(?=[A-Z\"“'])(\w*)")
_DASH = re.compile(r"(-{1,2}|–|—)")


def _place_dateline(line: str) -> re.Match[str] | None:
    """A dateline of a known place, alone or with an outlet of one to three capitalised words: "Jakarta - X …",
    "Paris-X …", "Jakarta, CNBC Indonesia - X …" (the dash group is the match's group 1); not a route between two
    places ("Jakarta-Bandung …")."""
    from kg.lexicon import knows_place, load_lexicon, name_key

    m = _PLACE_DASH.match(line)
    lexicon = load_lexicon()
    if m is None or m.group(4).casefold() in lexicon.places:
        return None
    place = " ".join(m.group(1).split()).casefold()
    # a town of the world gazetteers only with an outlet after it ("Tanjung Selor, IndoWarta - …")
    if place not in lexicon.places and not (m.group(2) and knows_place(name_key(place), lexicon)):
        return None
    return _DASH.match(line, m.start(3))


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


# A sentence ends with a stop, a question or exclamation mark or an ellipsis, perhaps followed by closing quotes or
# brackets; a cut anywhere else (the tokenizer's guess before a capitalised name: "manajer | Persija waktu itu") is no
# sentence end.
_SENTENCE_END = re.compile(r"(?:[.!?]|\.\.\.|…)[\"'”’)\]]*$")
# Abbreviations that end with a stop inside a sentence: honorifics, titles, ranks and the like before a name
# ("Moh. Mahfud", "Prof. Dr. X", "Jl. Sudirman", "No. 5")
ABBREVIATIONS = frozenset({
    "moh", "muh", "mhd", "dr", "drs", "dra", "prof", "ir", "hj", "kh", "st", "jl", "jln", "no", "kol", "letkol",
    "mayjen", "brigjen", "jend", "kapt", "tn", "ny", "nn", "sdr", "sdri", "bpk", "drg", "ust", "vs", "yth"})
_INITIALS_END = re.compile(r"(?:^|\s)[A-Z](?:\.[A-Z])+\.$")  # "… Agus D.W." ("A.S." and the like too)
# "… Rektor Frans E." | "Lompoliuw": a name, one initial; the name must not be a dictionary word ("kelas B.", "Seri C.")
_INITIAL_END = re.compile(r"(?:^|\s)([A-Z][a-z]+) [A-Z]\.$")
_BULLETS = frozenset("*•·▪◦-–—")
_MAX_MERGED = 1000  # characters: a run-on paragraph stays in the tokenizer's pieces rather than parsed whole


def _is_cut(before: str, after: str, continues: bool) -> bool:
    """Whether a sentence boundary the tokenizer put between the texts ``before`` and ``after`` is a real one;
    ``continues``: the words at the boundary read on (``after`` opens with a name, or ``before`` ends with a word that
    ends no sentence, such as a preposition)."""
    before, after = before.rstrip(), after.lstrip()
    if after[:1] in _BULLETS or not any(ch.isalnum() for ch in before):
        return True  # the items of a list ("* Direktorat A * Direktorat B"), a bullet alone
    if not _SENTENCE_END.search(before):
        # no final stop: a headline run into its story ("Menghemat uang | Hal ini …") is cut, a sentence cut before a
        # name ("milik | Departemen Pertanian") is not
        return not continues
    last = re.search(r"(\w+)\.$", before)
    # (an acronym is no abbreviation: "… diperiksa BPK. Ia …" ends a sentence)
    if last and last.group(1).casefold() in ABBREVIATIONS and not last.group(1).isupper() and after[:1].isalnum():
        return False
    if continues and _INITIALS_END.search(before) and after[:1].isupper():
        return False  # "Agus D.W. | Martowardojo": a name's initials, then the rest of the name
    initial = _INITIAL_END.search(before)
    if continues and initial and not plain_word(initial.group(1)) and after[:1].isupper():
        return False  # "Frans E. | Lompoliuw"
    first = after.split(maxsplit=1)[0] if after else ""
    # "… megah. tapi juga …": a lower-case dictionary word goes on the sentence (not a brand written in lower case,
    # "bukalapak mencatat …", nor "iPhone"; a brand that is also a dictionary word is read as one)
    return not (first[:1].islower() and first.isalpha() and plain_word(first))


def split_sentences(line: str, cuts: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Mend the tokenizer's sentences ``cuts`` (start and end offsets in ``line``, and whether the piece reads on from
    the one before: it opens with a name or follows a word that ends no sentence): a piece is joined to the one before
    when that one does not end a sentence: no final stop and the words read on, an abbreviation such as "Moh.", or a
    lower-case continuation.

    Example:
        >>> line = "Ia ditangkap oleh manajer Persija waktu itu. Lalu dilepas."
        >>> split_sentences(line, [(0, 25, False), (26, 44, True), (45, 58, False)])
        [(0, 44), (45, 58)]
        >>> split_sentences("Ketua PBNU Moh. Mahfud datang.", [(0, 15, False), (16, 30, True)])
        [(0, 30)]
        >>> split_sentences("Menghemat uang Hal ini berarti.", [(0, 14, False), (15, 31, False)])
        [(0, 14), (15, 31)]
        >>> split_sentences("Dirut Agus D.W. Martowardojo datang.", [(0, 15, False), (16, 36, True)])
        [(0, 36)]
        >>> split_sentences("Rektor Frans E. Lompoliuw datang.", [(0, 15, False), (16, 33, True)])
        [(0, 33)]
    """
    spans: list[tuple[int, int]] = []
    for start, end, continues in cuts:
        if spans and end - spans[-1][0] <= _MAX_MERGED and not _is_cut(line[spans[-1][0]:spans[-1][1]],
                                                                           line[start:end], continues):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


_GOES_ON = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})  # parts of speech that end no sentence


def _reads_on(before: Any, after: Any) -> bool:
    """Whether Stanza sentence ``after`` reads on from ``before``: it opens with a name (a proper noun or an NER
    entity), or ``before`` ends with a preposition, a conjunction or a determiner."""
    last = before.words[-1]
    # the first word past opening quotes and brackets ('singel | "Kimi ni …"')
    token = next((t for t in after.tokens if t.words[0].upos != "PUNCT"), after.tokens[0])
    return token.words[0].upos == "PROPN" or (getattr(token, "ner", None) or "O") != "O" or last.upos in _GOES_ON


def _groups(line: str, sdoc: Any) -> list[list[Any]]:
    """The Stanza sentences of one line, grouped into the sentences :func:`split_sentences` makes of them."""
    sents = [s for s in sdoc.sentences if s.tokens]
    spans = split_sentences(line, [(s.tokens[0].start_char, s.tokens[-1].end_char,
                                    k > 0 and _reads_on(sents[k - 1], s)) for k, s in enumerate(sents)])
    groups: list[list[Any]] = []
    k = 0
    for _, end in spans:
        group = []
        while k < len(sents) and (not group or sents[k].tokens[-1].end_char <= end):
            group.append(sents[k])
            k += 1
        groups.append(group)
    return groups


def _merged_words(group: list[Any]) -> list[tuple[str, int, int]]:
    """(text, start, end) of the words of one or more Stanza sentences read as one sentence, an abbreviation joined to
    the stop the tokenizer cut off it when a word follows ("Moh" + "." + "Mahfud" → "Moh." + "Mahfud")."""
    words = [(w.text, t.start_char, t.end_char) for sent in group for t in sent.tokens for w in t.words]
    out: list[tuple[str, int, int]] = []
    for k, (text, start, end) in enumerate(words):
        if (text == "." and out and out[-1][2] == start and k + 1 < len(words)
                and (out[-1][0].casefold() in ABBREVIATIONS and not out[-1][0].isupper()
                     and words[k + 1][0][:1].isalnum()
                     # a name's one initial ("Frans" "E" "." "Lompoliuw")
                     or len(out[-1][0]) == 1 and out[-1][0].isupper() and len(out) > 1
                     and out[-2][0][:1].isupper() and words[k + 1][0][:1].isupper())):
            out[-1] = (out[-1][0] + ".", out[-1][1], end)
        else:
            out.append((text, start, end))
    return out


def _reparse(pipeline: Any, sentences: list[list[tuple[str, int, int]]]) -> list[Any]:
    """Tag, lemmatise, parse and NER-tag word lists that are already tokenized (the mended sentences), with the
    processors of ``pipeline``. RETURNS their Stanza sentences, one token per word."""
    import stanza

    if not sentences:
        return []
    doc = stanza.Document([[{"id": i + 1, "text": text} for i, (text, _, _) in enumerate(words)]
                           for words in sentences])
    for name in ("pos", "lemma", "depparse", "ner"):
        if name in pipeline.processors:
            doc = pipeline.processors[name].process(doc)
    return list(doc.sentences)


def _word(w: Any, ner: str | None, start: int, end: int) -> Word:
    return Word(id=int(w.id), text=w.text, lemma=w.lemma if w.lemma is not None else w.text, upos=w.upos or "X",
                xpos=w.xpos, feats=w.feats, head=int(w.head) if w.head is not None else 0, deprel=w.deprel or "dep",
                start=start, end=end, ner=ner)


def _to_document(parts: list[list[tuple[Word, ...]]], doc_id: str, text: str, source: str | None) -> Document:
    """One Document from its sentences' words (offsets in ``text``)."""
    sentences: list[Sentence] = []
    for words in (w for part in parts for w in part):
        start, end = words[0].start, words[-1].end
        sentences.append(Sentence(index=len(sentences), text=text[start:end], start=start, end=end,
                                  words=tuple(rejoin_prefixed_names(list(words)))))
    return Document(id=doc_id, text=text, sentences=tuple(sentences), source=source)


def _line_sentences(pipeline: Any, lines: list[tuple[int, str, Any]]) -> list[list[tuple[Word, ...]]]:
    """The sentences of each parsed line (its offset in the document, its text, its Stanza document) as our Words: the
    tokenizer's sentences where they end a sentence, mended ones (parsed again as one) where it cut too soon."""
    out: list[list[Any]] = []
    todo: list[list[tuple[str, int, int]]] = []
    for shift, line, sdoc in lines:
        sentences: list[Any] = []
        for group in _groups(line, sdoc):
            merged = _merged_words(group)
            if len(merged) == sum(len(s.words) for s in group) and len(group) == 1:
                sentences.append(tuple(_word(w, getattr(t, "ner", None), t.start_char + shift, t.end_char + shift)
                                       for t in group[0].tokens for w in t.words))
            else:
                todo.append([(w, a + shift, b + shift) for w, a, b in merged])
                sentences.append(len(todo) - 1)  # filled in below, parsed with the others in one call
        out.append(sentences)
    parsed = _reparse(pipeline, todo)
    for sentences in out:
        for i, item in enumerate(sentences):
            if isinstance(item, int):
                words = todo[item]
                sentences[i] = tuple(_word(w, getattr(t, "ner", None), words[k][1], words[k][2])
                                     for k, (t, w) in enumerate((t, w) for t in parsed[item].tokens for w in t.words))
    return out


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
            sentences = _line_sentences(pipeline, [(start, line, sdoc)
                                                   for (_, start, line), sdoc in zip(pieces, sdocs)])
        per_doc: list[list[list[tuple[Word, ...]]]] = [[] for _ in items]
        for (i, _, _), line_sentences in zip(pieces, sentences):
            per_doc[i].append(line_sentences)
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
