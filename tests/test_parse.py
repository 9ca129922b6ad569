"""The bundled Stanza pipeline: it loads offline, splits sentences, lemmatises affixed verbs and parses Indonesian.

Tests marked ``model`` load the bundled models once per session (a few seconds); the error tests need no model.
"""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.parse import BUNDLED_MODELS, load_pipeline, parse_text, parse_texts, split_sentences


@pytest.fixture(scope="session")
def parse():
    """Parse with the bundled pipeline (loaded once for the session)."""
    load_pipeline()
    return parse_text


def _words(sentence):
    return {w.text: w for w in sentence.words}


@pytest.mark.model
def test_sentences_split_and_offsets_point_into_the_text(parse):
    text = "Pemerintah daerah menunda pembangunan jembatan itu. Warga menyambut keputusan tersebut dengan kecewa."
    doc = parse(text, "d")
    assert len(doc.sentences) == 2
    for sentence in doc.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        for word in sentence.words:
            assert sentence.start <= word.start < word.end <= sentence.end


@pytest.mark.model
def test_a_line_break_ends_a_sentence_even_without_punctuation(parse):
    doc = parse("Judul Berita Hari Ini\nBank Indonesia menaikkan suku bunga acuan.", "d")
    assert [s.text for s in doc.sentences] == ["Judul Berita Hari Ini", "Bank Indonesia menaikkan suku bunga acuan."]
    assert doc.sentences[1].start == len("Judul Berita Hari Ini\n")


def _join(line, cuts):
    return [line[a:b] for a, b in split_sentences(line, cuts)]


def _cuts(line, *pieces, reads_on=()):
    """The spans of ``pieces`` (consecutive substrings of ``line``), as the tokenizer would report them; the pieces
    in ``reads_on`` open with a name or follow a preposition."""
    out, at = [], 0
    for piece in pieces:
        start = line.index(piece, at)
        out.append((start, start + len(piece), piece in reads_on))
        at = start + len(piece)
    return out


def test_a_cut_without_a_final_stop_is_no_sentence_end():
    line = "Pertama kali dicetuskan oleh manajer Persija waktu itu. Ia lalu pergi."
    cuts = _cuts(line, "Pertama kali dicetuskan oleh manajer", "Persija waktu itu.", "Ia lalu pergi.",
                 reads_on=("Persija waktu itu.",))
    assert _join(line, cuts) == ["Pertama kali dicetuskan oleh manajer Persija waktu itu.", "Ia lalu pergi."]


def test_a_headline_run_into_its_story_stays_cut():
    line = "Menghemat uang Hal ini berarti banyak."
    assert _join(line, _cuts(line, "Menghemat uang", "Hal ini berarti banyak.")) == [
        "Menghemat uang", "Hal ini berarti banyak."]


def test_the_items_of_a_list_stay_apart():
    line = "* Direktorat Akuisisi * Direktorat Preservasi"
    cuts = _cuts(line, "* Direktorat Akuisisi", "* Direktorat Preservasi", reads_on=("* Direktorat Preservasi",))
    assert _join(line, cuts) == ["* Direktorat Akuisisi", "* Direktorat Preservasi"]


def test_an_abbreviation_before_a_name_is_no_sentence_end():
    line = "Ketua Umum Moh. Hasan dan Prof. Dr. Sari Dewi hadir. Mereka pulang."
    cuts = _cuts(line, "Ketua Umum Moh.", "Hasan dan Prof.", "Dr.", "Sari Dewi hadir.", "Mereka pulang.")
    assert _join(line, cuts) == ["Ketua Umum Moh. Hasan dan Prof. Dr. Sari Dewi hadir.", "Mereka pulang."]


def test_a_single_initial_inside_a_name_is_no_sentence_end():
    line = "Yayasan menunjuk Rektor Frans E. Lompoliuw. Ia masuk Seri B. Budi pulang."
    cuts = _cuts(line, "Yayasan menunjuk Rektor Frans E.", "Lompoliuw.", "Ia masuk Seri B.", "Budi pulang.",
                 reads_on=("Lompoliuw.", "Budi pulang."))
    # "Seri" is a dictionary word, no name: "Seri B." ends its sentence
    assert _join(line, cuts) == ["Yayasan menunjuk Rektor Frans E. Lompoliuw.", "Ia masuk Seri B.", "Budi pulang."]


def test_a_lower_case_word_goes_on_the_sentence_but_a_brand_starts_one():
    line = "Gedung itu megah. tapi juga sederhana. iPhone 15 dijual di sini."
    cuts = _cuts(line, "Gedung itu megah.", "tapi juga sederhana.", "iPhone 15 dijual di sini.")
    assert _join(line, cuts) == ["Gedung itu megah. tapi juga sederhana.", "iPhone 15 dijual di sini."]


def test_an_acronym_or_a_closing_abbreviation_before_a_stop_ends_the_sentence():
    line = "Laporan itu diperiksa BPK. Ia menulis buku bersama Rahmat dkk. Mereka pulang."
    pieces = ("Laporan itu diperiksa BPK.", "Ia menulis buku bersama Rahmat dkk.", "Mereka pulang.")
    assert _join(line, _cuts(line, *pieces, reads_on=pieces)) == list(pieces)


def test_a_brand_in_lower_case_opens_a_sentence():
    line = "Transaksi melonjak selama Ramadan. bukalapak mencatat kenaikan."
    pieces = ("Transaksi melonjak selama Ramadan.", "bukalapak mencatat kenaikan.")
    assert _join(line, _cuts(line, *pieces)) == list(pieces)


def test_real_sentence_ends_are_kept_after_stops_marks_and_quotes():
    line = 'Ia menang. Benarkah? "Ya," katanya. "Kami senang." Lalu ia pergi... Esoknya pulang.'
    pieces = ("Ia menang.", "Benarkah?", '"Ya," katanya.', '"Kami senang."', "Lalu ia pergi...", "Esoknya pulang.")
    assert _join(line, _cuts(line, *pieces)) == list(pieces)


@pytest.mark.model
def test_a_name_after_a_mid_sentence_cut_stays_in_its_sentence(parse):
    # the tokenizer alone cuts before "Libya"
    doc = parse("Negara tetangga dan Barat khawatir Libya akan berubah menjadi negara gagal. Itu terjadi.", "d")
    assert [s.text for s in doc.sentences] == ["Negara tetangga dan Barat khawatir Libya akan berubah menjadi negara "
                                               "gagal.", "Itu terjadi."]
    words = doc.sentences[0].words
    assert [w.id for w in words] == list(range(1, len(words) + 1))
    assert sum(w.head == 0 for w in words) == 1  # parsed again as one sentence: one root
    assert all(doc.text[w.start:w.end] == w.text for w in words)


@pytest.mark.model
def test_an_abbreviated_name_keeps_its_stop(parse):
    words = parse("Ketua Umum PBNU Moh. Mahfud Siddiq membuka acara itu.", "d").sentences[0].words
    assert "Moh." in [w.text for w in words]
    moh = next(w for w in words if w.text == "Moh.")
    assert (moh.ner or "O")[2:] == "PER"  # the tagger reads the whole name, not "PBNU Moh" and "Mahfud Siddiq"


@pytest.mark.model
def test_a_name_with_one_initial_stays_one_sentence_and_one_word(parse):
    doc = parse("Yayasan lalu menunjuk Pelaksana tugas Rektor Frans E. Lompoliuw sebagai pengganti.", "d")
    assert len(doc.sentences) == 1
    assert "E." in [w.text for w in doc.sentences[0].words]


@pytest.mark.model
def test_affixed_verbs_and_nouns_get_their_root_as_lemma(parse):
    doc = parse("Pemerintah menunda pembangunan jembatan. Pabrik itu ditutup oleh pemerintah kota.", "d")
    words = {w.text: w.lemma for s in doc.sentences for w in s.words}
    assert words["menunda"] == "tunda"
    assert words["ditutup"] == "tutup"
    assert words["pembangunan"] == "bangun"


@pytest.mark.model
def test_the_parser_finds_subject_and_object(parse):
    sentence = parse("Perusahaan itu membeli saham bank tersebut.", "d").sentences[0]
    w = _words(sentence)
    assert w["membeli"].deprel == "root"
    assert w["Perusahaan"].head == w["membeli"].id and w["Perusahaan"].deprel.startswith("nsubj")
    assert w["saham"].head == w["membeli"].id and w["saham"].deprel == "obj"


@pytest.mark.model
def test_passive_subject_and_agent(parse):
    sentence = parse("Pabrik itu ditutup oleh pemerintah kota.", "d").sentences[0]
    w = _words(sentence)
    assert w["Pabrik"].deprel == "nsubj:pass" and w["Pabrik"].head == w["ditutup"].id
    assert w["pemerintah"].deprel.startswith("obl") and w["pemerintah"].head == w["ditutup"].id


@pytest.mark.model
def test_clitic_nya_is_split_into_its_own_word(parse):
    sentence = parse("Direksi akhirnya menyetujuinya setelah rapat panjang.", "d").sentences[0]
    texts = [w.text for w in sentence.words]
    assert "menyetujui" in texts and "nya" in texts
    nya = sentence.words[texts.index("nya")]
    assert nya.upos == "PRON" and nya.head == texts.index("menyetujui") + 1
    # both words of the multiword token share the surface token's span
    assert nya.start == sentence.words[texts.index("menyetujui")].start


@pytest.mark.model
def test_documents_stream_in_batches_in_input_order():
    texts = [(f"doc{i}", f"Kota nomor {i} membangun jalan baru.") for i in range(5)]
    docs = list(parse_texts(texts, batch_size=2))
    assert [d.id for d in docs] == [f"doc{i}" for i in range(5)]
    assert all(len(d.sentences) == 1 for d in docs)


@pytest.mark.model
def test_the_ner_model_tags_people_and_organisations(parse):
    sentence = parse("Menteri Keuangan Sri Mulyani bertemu pimpinan Bank Dunia di Jakarta.", "d").sentences[0]
    tags = {w.text: w.ner for w in sentence.words}
    assert tags["Mulyani"].endswith("PER")
    assert tags["Jakarta"].endswith("LOC")


@pytest.mark.model
def test_plain_stanza_loads_the_bundle_without_project_code_or_network(monkeypatch):
    import stanza

    def no_network(*args, **kwargs):
        raise AssertionError("the pipeline tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    nlp = stanza.Pipeline("id", dir=str(BUNDLED_MODELS), download_method=None, use_gpu=False, logging_level="WARN")
    doc = nlp("Warga kota itu menanam pohon.")
    assert [w.upos for w in doc.sentences[0].words][-1] == "PUNCT"


def test_a_missing_model_folder_gives_one_clear_error(tmp_path):
    with pytest.raises(ModelError, match="resources.json is missing") as err:
        load_pipeline(str(tmp_path))
    assert "--models official" in str(err.value)


def test_a_missing_model_file_is_named(tmp_path):
    shutil.copy(BUNDLED_MODELS / "resources.json", tmp_path / "resources.json")
    with pytest.raises(ModelError, match=r"'tokenize' model is missing"):
        load_pipeline(str(tmp_path))


def test_a_corrupt_model_file_gives_one_clear_error(tmp_path):
    shutil.copy(BUNDLED_MODELS / "resources.json", tmp_path / "resources.json")
    spec = json.loads((tmp_path / "resources.json").read_text())["id"]
    for proc, package in spec["default_processors"].items():
        path = Path(tmp_path, "id", proc, f"{package}.pt")
        path.parent.mkdir(parents=True)
        path.write_bytes(b"this is not a torch file")
    (tmp_path / "id" / "pretrain").mkdir()
    (tmp_path / "id" / "pretrain" / "kgid.pt").write_bytes(b"nor is this")
    with pytest.raises(ModelError, match="Could not load the Stanza models") as err:
        load_pipeline(str(tmp_path))
    assert "corrupt" in str(err.value)


def test_a_lower_case_prefix_cut_off_a_name_is_joined_back() -> None:
    """"eFishery", "iPhone", "mBanking": the tokenizer cuts "e" + "Fishery" at the case change. The name's word takes the
    prefix, keeps its tag, takes the prefix's place when the parser hung the name on the prefix, and ids and heads are
    renumbered; two words of one multiword token (same span) and words apart are never joined."""
    from kg.parse import rejoin_prefixed_names
    from kg.records import Word

    words = [Word(1, "Startup", "startup", "PROPN", 4, "nsubj", 0, 7),
             Word(2, "e", "e", "NOUN", 4, "obj", 8, 9),  # the parser hung the name on its prefix
             Word(3, "Fishery", "fishery", "PROPN", 2, "nmod", 9, 16),
             Word(4, "merilis", "rilis", "VERB", 0, "root", 17, 24),
             Word(5, "i", "i", "NOUN", 4, "obj", 25, 26),  # a space before the next word: no name
             Word(6, "Phone", "phone", "PROPN", 5, "nmod", 27, 32)]
    out = rejoin_prefixed_names(words)
    assert [(w.id, w.text, w.head, w.deprel, w.start, w.end) for w in out] == [
        (1, "Startup", 3, "nsubj", 0, 7), (2, "eFishery", 3, "obj", 8, 16), (3, "merilis", 0, "root", 17, 24),
        (4, "i", 3, "obj", 25, 26), (5, "Phone", 4, "nmod", 27, 32)]


@pytest.mark.model
def test_the_parser_keeps_a_brand_spelled_with_a_lower_case_prefix_whole(parse):
    doc = parse("Startup eFishery meluncurkan aplikasi baru, sementara pengguna mBanking bertambah.", "d")
    texts = [w.text for s in doc.sentences for w in s.words]
    assert "eFishery" in texts and "mBanking" in texts
    assert "e" not in texts and "m" not in texts
