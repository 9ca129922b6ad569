"""A leading news dateline ("Jakarta, Kompas-") is split off its line, so the story's first sentence parses on its own."""

from __future__ import annotations

import pytest

from kg.parse import _lines, split_dateline


@pytest.mark.parametrize("line, dateline, story", [
    ("Jakarta, Kompas-PT Sinar Laut merugi.", "Jakarta, Kompas", "PT Sinar Laut merugi."),
    ("BANDUNG, KOMPAS.com - Persib menang.", "BANDUNG, KOMPAS.com", "Persib menang."),
    ("bangkok, kamis-Untuk pertama kali", "bangkok, kamis", "Untuk pertama kali"),
    ("Bisnis.com, JAKARTA - PT Nusa Data merugi.", "Bisnis.com, JAKARTA", "PT Nusa Data merugi."),
    ("Jakarta (ANTARA) - Bank Nusa menahan bunga.", "Jakarta (ANTARA)", "Bank Nusa menahan bunga."),
    ("KOMPAS.com - Zetacorp merilis Lintang.", "KOMPAS.com", "Zetacorp merilis Lintang."),
    ("Jakarta, CNN Indonesia -- Zetacorp merugi.", "Jakarta, CNN Indonesia", "Zetacorp merugi."),
    ("Jakarta - Persib menang.", "Jakarta", "Persib menang."),          # a known place alone (detik's dateline)
    ("Paris-Hasil imbang itu mengecewakan.", "Paris", "Hasil imbang itu mengecewakan."),
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
    "Jakarta-Bandung ditempuh tiga jam.",                 # a route between two places
    "Sagarindo-Zetacorp sepakat bekerja sama.",           # no known place before the dash
])
def test_other_dashes_are_left_alone(line: str) -> None:
    assert split_dateline(line) is None


def test_lines_keep_document_offsets_across_a_split_dateline() -> None:
    text = "Judul berita\r\n\r\nTuban, Kompas - Pabrik itu siap beroperasi.\nBaris lain.\n"
    for offset, line in _lines(text):
        assert text[offset:offset + len(line)] == line
    assert [line for _, line in _lines(text)] == [
        "Judul berita", "Tuban, Kompas", "Pabrik itu siap beroperasi.", "Baris lain."]


def test_the_place_of_a_dateline_is_found_either_way_round_and_the_line_claims_nothing() -> None:
    from conftest import conll

    from kg.conllu import read_conllu
    from kg.entities import dateline_place, find_mentions, resolve_entities
    from kg.lexicon import load_lexicon
    from kg.relations import find_claims

    lexicon = load_lexicon()
    doc = read_conllu(conll("Bisnis.com, JAKARTA", """
        Bisnis.com bisnis.com PROPN 0 root _ S-ORG
        , , PUNCT 3 punct
        JAKARTA jakarta PROPN 1 appos _ S-LOC
    """) + conll("Jakarta (ANTARA)", """
        Jakarta jakarta PROPN 0 root _ S-LOC
        ( ( PUNCT 3 punct
        ANTARA antara PROPN 1 appos _ S-ORG
        ) ) PUNCT 3 punct
    """), "t")
    assert dateline_place(doc.sentences[0], lexicon) == (3,)
    assert dateline_place(doc.sentences[1], lexicon) == (1,)
    index = resolve_entities(find_mentions(doc, lexicon), lexicon)
    assert index.entities["ANTARA"].type == "Organization" and index.entities["Jakarta"].aliases == ()
    assert find_claims(doc, index, lexicon) == []
