"""Read CoNLL-U text into :class:`kg.records.Document` without loading any model.

Used by tests (build a parse by hand, as spaCy and Stanza do in theirs) and by the training and scoring scripts.
Character offsets are recovered by finding each surface token in the sentence's ``# text``; sentences are joined by a
single space (or by newlines where ``# newpar`` marks a paragraph) to form the document text.
"""

from __future__ import annotations

from kg.errors import InputError
from kg.records import Document, Sentence, Word


def _blocks(conllu: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    cur: list[str] = []
    for line in conllu.splitlines():
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def read_conllu(conllu: str, doc_id: str = "doc", *, source: str | None = None) -> Document:
    """Parse CoNLL-U text into a Document.

    conllu: the CoNLL-U text; each sentence should carry a ``# text =`` line (otherwise its tokens joined by spaces).
    doc_id: the document id.
    RETURNS: the Document, with offsets into the reconstructed document text.

    Example:
        >>> doc = read_conllu("# text = Meta merekrut.\\n1\\tMeta\\tmeta\\tPROPN\\t_\\t_\\t2\\tnsubj\\t_\\t_\\n"
        ...                   "2\\tmerekrut\\trekrut\\tVERB\\t_\\t_\\t0\\troot\\t_\\tSpaceAfter=No\\n"
        ...                   "3\\t.\\t.\\tPUNCT\\t_\\t_\\t2\\tpunct\\t_\\t_\\n")
        >>> [(w.text, w.start, w.end) for w in doc.sentences[0].words]
        [('Meta', 0, 4), ('merekrut', 5, 13), ('.', 13, 14)]
    """
    parts: list[str] = []
    offset = 0
    sentences: list[Sentence] = []
    for block in _blocks(conllu):
        text = None
        rows: list[list[str]] = []
        newpar = False
        for line in block:
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                if key.strip() == "text":
                    text = value.strip()
                elif key.strip().startswith("newpar"):
                    newpar = True
            else:
                rows.append(line.split("\t"))
        tokens: list[tuple[str, list[list[str]]]] = []  # surface form, its words
        skip_until = 0
        for cols in rows:
            ident = cols[0]
            if "." in ident:
                continue
            if "-" in ident:
                lo, hi = (int(x) for x in ident.split("-"))
                tokens.append((cols[1], []))
                skip_until = hi
                continue
            if int(ident) <= skip_until and tokens:
                tokens[-1][1].append(cols)
            else:
                tokens.append((cols[1], [cols]))
        if text is None:
            text = " ".join(form for form, _ in tokens)
        if parts:
            sep = "\n\n" if newpar else " "
            parts.append(sep)
            offset += len(sep)
        start = offset
        words: list[Word] = []
        pos = 0
        for form, cols_list in tokens:
            found = text.find(form, pos)
            if found < 0:  # token not in text as written: fall back to the current position
                found = pos
            t_start, t_end = start + found, start + found + len(form)
            pos = found + len(form)
            for cols in cols_list:
                words.append(
                    Word(
                        id=int(cols[0]),
                        text=cols[1],
                        lemma=cols[2] if cols[2] != "_" else cols[1],
                        upos=cols[3],
                        xpos=None if cols[4] == "_" else cols[4],
                        feats=None if cols[5] == "_" else cols[5],
                        head=int(cols[6]) if cols[6] not in ("_", "") else 0,
                        deprel=cols[7],
                        start=t_start,
                        end=t_end,
                        ner=_misc(cols[9], "NER") if len(cols) > 9 else None,
                    )
                )
        _check_tree(words, doc_id, len(sentences) + 1)
        parts.append(text)
        offset += len(text)
        sentences.append(Sentence(index=len(sentences), text=text, start=start, end=offset, words=tuple(words)))
    return Document(id=doc_id, text="".join(parts), sentences=tuple(sentences), source=source)


def _check_tree(words: list[Word], doc_id: str, number: int) -> None:
    """Refuse a sentence whose words are not numbered 1..n or whose heads do not form a tree: the extractor climbs
    heads, and a cycle ("2 → 3 → 2") would never end."""
    n = len(words)
    if [w.id for w in words] != list(range(1, n + 1)):
        raise InputError(doc_id, f"sentence {number}: word ids must run 1..{n} in order.")
    for w in words:
        if not 0 <= w.head <= n:
            raise InputError(doc_id, f"sentence {number}: word {w.id} has head {w.head}, outside 0..{n}.")
    for w in words:
        seen, k = set(), w.id
        while k:
            if k in seen:
                raise InputError(doc_id, f"sentence {number}: the heads of words {sorted(seen)} form a cycle.")
            seen.add(k)
            k = words[k - 1].head


def _misc(misc: str, key: str) -> str | None:
    for item in misc.split("|"):
        k, _, v = item.partition("=")
        if k == key:
            return v
    return None
