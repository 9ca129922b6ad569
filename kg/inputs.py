"""Find and read the input texts, rejecting what cannot be built with one clear reason per file.

Each check raises :class:`kg.errors.InputError` naming the file: a missing path, an empty file, a binary or
non-UTF-8 file, a text that is not Indonesian. The language check is a small offline heuristic over function words
(``lexicons/language.toml``): Indonesian function words must outnumber English ones and, in a longer text, make up a
reasonable share of the words; a text mostly in a non-Latin script fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kg.errors import InputError
from kg.lexicon import Lexicon, load_lexicon

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def collect_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into the list of text files to build.

    paths: files and folders (a folder contributes its ``*.txt`` files, sorted).
    RETURNS: (files in a stable order without repeats, an InputError for each missing path or repeated id).
    """
    files: list[Path] = []
    problems: list[InputError] = []
    seen_ids: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not found:
                problems.append(InputError(str(raw), "the folder has no .txt files."))
            candidates = found
        elif path.is_file():
            candidates = [path]
        else:
            problems.append(InputError(str(raw), "no such file or folder."))
            continue
        for p in candidates:
            if p.stem in seen_ids:
                if seen_ids[p.stem].resolve() != p.resolve():
                    problems.append(InputError(str(p), f"another input ({seen_ids[p.stem]}) has the same document id "
                                                       f"'{p.stem}'; rename one of them."))
                continue
            seen_ids[p.stem] = p
            files.append(p)
    return files, problems


def looks_indonesian(text: str, lexicon: Lexicon | None = None) -> bool:
    """Tell whether a text is (probably) Indonesian.

    text: the text.
    lexicon: for the function-word lists (None: the bundled one).
    RETURNS: False for a text mostly in another script, or whose English function words outnumber the Indonesian
    ones, or (20 words or more) with under 4% Indonesian function words; True otherwise.
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    letters = [c for c in text if c.isalpha()]
    if letters and sum(1 for c in letters if ord(c) > 0x24F) / len(letters) > 0.3:
        return False
    raw = _WORD.findall(text)
    words = [w.lower() for w in raw]
    if not words:
        return False
    idn = sum(1 for w in words if w in lex.indonesian_words)
    eng = sum(1 for w in raw if lex.is_english(w))
    if eng > idn:
        return False
    return not (len(words) >= 20 and idn / len(words) < 0.04)


def read_text(path: str | Path, lexicon: Lexicon | None = None) -> str:
    """Read one input file as Indonesian text.

    path: the file.
    lexicon: for the language check.
    RETURNS: its text (UTF-8, a leading BOM removed, line ends normalised to "\\n").
    Raises InputError (naming the file) when it is missing, empty, binary, not UTF-8 or not Indonesian.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as err:
        raise InputError(str(path), "no such file or folder.") from err
    except OSError as err:
        raise InputError(str(path), f"cannot be read ({err.strerror}).") from err
    if not data.strip():
        raise InputError(str(path), "the file is empty.")
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "this is a binary file, not text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        reason = f"not UTF-8 text (invalid byte at position {err.start}); save it as UTF-8."
        raise InputError(str(path), reason) from err
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not looks_indonesian(text, lexicon):
        raise InputError(str(path), "the text does not look like Indonesian; kg-id builds Indonesian news only.")
    return text
