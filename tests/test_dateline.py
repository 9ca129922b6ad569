"""The dateline dash that glues a news outlet to the story's first name is read as a comma, offsets unchanged."""

from __future__ import annotations

import pytest

from kg.parse import dateline_comma


@pytest.mark.parametrize("line, expected", [
    ("Jakarta, Kompas-PT Sinar Laut merugi.", "Jakarta, Kompas,PT Sinar Laut merugi."),
    ("BANDUNG, KOMPAS.com - Persib menang.", "BANDUNG, KOMPAS.com , Persib menang."),
    ("bangkok, kamis-Untuk pertama kali", "bangkok, kamis,Untuk pertama kali"),
])
def test_a_dateline_dash_becomes_a_comma(line: str, expected: str) -> None:
    assert dateline_comma(line) == expected
    assert len(dateline_comma(line)) == len(line)


@pytest.mark.parametrize("line", [
    "Menurut Sagarindo, Coca-Cola tetap memimpin pasar.",  # no outlet between the comma and the dash
    "Kompas-PT Sinar Laut merugi.",                       # no place before the outlet
    "Jakarta, Kompas-tidak ada berita.",                  # the dash runs into a lowercase word
])
def test_other_dashes_are_left_alone(line: str) -> None:
    assert dateline_comma(line) == line
