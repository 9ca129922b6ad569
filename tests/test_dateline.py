"""A leading news dateline ("Jakarta, Kompas-") is split off its line, so the story's first sentence parses on its own."""

from __future__ import annotations

import pytest

from kg.parse import _lines, split_dateline


@pytest.mark.parametrize("line, dateline, story", [
    ("Jakarta, Kompas-PT Sinar Laut merugi.", "Jakarta, Kompas", "PT Sinar Laut merugi."),
    ("BANDUNG, KOMPAS.com - Persib menang.", "BANDUNG, KOMPAS.com", "Persib menang."),
    ("bangkok, kamis-Untuk pertama kali", "bangkok, kamis", "Untuk pertama kali"),
])
def test_a_dateline_is_split_from_the_story(line: str, dateline: str, story: str) -> None:
    parts = split_dateline(line)
    assert parts is not None
    assert parts[0] == dateline and parts[2] == story
    assert line[parts[1]:] == story  # the offset points at the story in the line


@pytest.mark.parametrize("line", [
    "Menurut Sagarindo, Coca-Cola tetap memimpin pasar.",  # no outlet between the comma and the dash
    "Kompas-PT Sinar Laut merugi.",                       # no place before the outlet
    "Jakarta, Kompas-tidak ada berita.",                  # the dash runs into a lowercase word
])
def test_other_dashes_are_left_alone(line: str) -> None:
    assert split_dateline(line) is None


def test_lines_keep_document_offsets_across_a_split_dateline() -> None:
    text = "Judul berita\r\n\r\nTuban, Kompas - Pabrik itu siap beroperasi.\nBaris lain.\n"
    for offset, line in _lines(text):
        assert text[offset:offset + len(line)] == line
    assert [line for _, line in _lines(text)] == [
        "Judul berita", "Tuban, Kompas", "Pabrik itu siap beroperasi.", "Baris lain."]
