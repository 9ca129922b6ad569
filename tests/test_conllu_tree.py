"""read_conllu refuses trees the extractor could not walk: bad ids, heads out of range, cycles."""

from __future__ import annotations

import pytest

from kg.conllu import read_conllu
from kg.errors import InputError


def _row(i: int, form: str, head: int) -> str:
    return f"{i}\t{form}\t{form.lower()}\tPROPN\t_\t_\t{head}\tdep\t_\t_"


@pytest.mark.parametrize("rows, message", [
    ([_row(1, "A", 2), _row(2, "B", 1)], "cycle"),
    ([_row(1, "A", 0), _row(2, "B", 7)], "outside"),
    ([_row(1, "A", 0), _row(3, "B", 1)], "ids"),
])
def test_malformed_trees_are_refused_with_a_clear_message(rows: list[str], message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_conllu("# text = A B\n" + "\n".join(rows) + "\n\n", "bad")


def test_a_well_formed_tree_is_read() -> None:
    doc = read_conllu("# text = A B\n" + "\n".join([_row(1, "A", 0), _row(2, "B", 1)]) + "\n\n", "ok")
    assert [w.head for w in doc.sentences[0].words] == [0, 1]
