"""kg/inputs.py: each bad input gets one clear reason naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.inputs import collect_inputs, looks_indonesian, read_text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("b_empty.txt", "the file is empty."),
        ("c_binary.txt", "this is a binary file, not text."),
        ("d_latin1.txt", "not UTF-8 text (invalid byte at position 26); save it as UTF-8."),
        ("e_english.txt", "the text does not look like Indonesian; kg-id builds Indonesian news only."),
    ],
)
def test_bad_inputs_are_rejected_with_a_reason(inputs: Path, name: str, reason: str) -> None:
    with pytest.raises(InputError) as info:
        read_text(inputs / name)
    assert str(info.value) == f"{inputs / name}: {reason}"


def test_good_input_is_read(inputs: Path) -> None:
    assert read_text(inputs / "a_good.txt").startswith("Samsung bersaing")


def test_collect_expands_folders_and_reports_missing_paths(inputs: Path, tmp_path: Path) -> None:
    files, problems = collect_inputs([inputs, tmp_path / "missing.txt", inputs / "a_good.txt"])
    assert [f.name for f in files] == sorted(p.name for p in inputs.glob("*.txt"))
    assert [str(p) for p in problems] == [f"{tmp_path / 'missing.txt'}: no such file or folder."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meta merekrut peneliti OpenAI.", True),
        ("OpenAI menunda perilisan model yang dinantikan dan ini mengejutkan banyak pengembang di dunia.", True),
        ("The company said it would delay the release of the model.", False),
        ("AMD mengakuisisi ZT Systems senilai 4,9 miliar dollar AS.", True),  # "AS" is Amerika Serikat, not "as"
        ("这是一个中文句子，不是印度尼西亚语。", False),
        ("Le gouvernement français a annoncé une nouvelle loi sur l'intelligence artificielle hier soir à Paris "
         "pour encadrer les entreprises technologiques européennes et américaines.", False),
    ],
)
def test_language_heuristic(text: str, expected: bool) -> None:
    assert looks_indonesian(text) is expected
