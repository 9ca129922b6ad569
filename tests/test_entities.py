"""kg/entities.py: mentions, types and resolution, on hand-written parses."""

from __future__ import annotations

from kg.entities import EntityRegistry, find_mentions, is_headline, resolve_entities
from kg.items import Entity
from kg.lexicon import Lexicon


def _entities(doc, lexicon):
    return resolve_entities(find_mentions(doc, lexicon), lexicon).entities


def test_flat_names_form_one_person_typed_by_an_apposed_title(parse, lexicon: Lexicon) -> None:
    ents = _entities(parse("appos"), lexicon)
    assert ents["Jensen Huang"].type == "Person"
    assert ents["Nvidia"].type == "Organization"
    assert "CEO" not in ents


def test_version_like_names_are_models_and_places_split_off(parse, lexicon: Lexicon) -> None:
    from conftest import SENTENCES, conll

    ai_news = conll("Persaingan chatbot makin ramai.", """
        Persaingan saing NOUN 4 nsubj
        chatbot chatbot NOUN 1 compound
        makin makin ADV 4 advmod
        ramai ramai ADJ 0 root
        . . PUNCT 4 punct
    """)  # version-like names are AI models in news about AI (and products elsewhere: see below)
    ents = _entities(parse(ai_news + SENTENCES["maker"]), lexicon)
    assert ents["Qwen 2"].type == "AIModel"
    assert ents["Korea Selatan"].type == "Place"
    assert ents["Upstage"].type == "Organization"


def test_parenthetical_other_name_is_an_alias(parse, lexicon: Lexicon) -> None:
    ents = _entities(parse("alias"), lexicon)
    assert ents["Anthropic"].aliases == ("Antropik",)
    assert "Antropik" not in ents


def test_short_name_resolves_to_the_full_person_name(coref_doc, lexicon: Lexicon) -> None:
    ents = _entities(coref_doc, lexicon)
    assert "Benioff" in ents["Marc Benioff"].aliases
    assert "Benioff" not in ents


def test_headline_only_names_are_dropped(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Faktor Zeta Raya", "Faktor faktor NOUN 0 root\nZeta zeta PROPN 1 nmod\nRaya raya PROPN 2 flat:name"))
    assert is_headline(doc.sentences[0])
    assert _entities(doc, lexicon) == {}


def test_a_title_case_sentence_with_a_verb_in_lower_case_is_no_headline(parse, lexicon: Lexicon) -> None:
    # a paragraph's last sentence without a final stop, full of names, is running text: its verb is in lower case
    from conftest import conll

    doc = parse(conll("Bank Zeta didirikan di Purwokerto, Jawa Tengah",
                      "Bank bank PROPN 3 nsubj:pass\nZeta zeta PROPN 1 flat:name\ndidirikan diri VERB 0 root\n"
                      "di di ADP 5 case\nPurwokerto purwokerto PROPN 3 obl\n, , PUNCT 7 punct\n"
                      "Jawa jawa PROPN 5 appos\nTengah tengah PROPN 7 flat:name"))
    assert not is_headline(doc.sentences[0])
    assert {"Purwokerto", "Jawa Tengah"} <= set(_entities(doc, lexicon))
    title = parse(conll("Telkomsel Gandeng Netflix", "Telkomsel telkomsel PROPN 2 nsubj\n"
                                                      "Gandeng gandeng VERB 0 root\nNetflix netflix PROPN 2 obj"))
    assert is_headline(title.sentences[0])  # a headline capitalises its verbs
    cut = parse(conll("Liputan6.com, Jakarta -", "Liputan6.com liputan6.com PROPN 0 root\n, , PUNCT 3 punct\n"
                                                 "Jakarta jakarta PROPN 1 appos\n- - PUNCT 1 punct")
                + conll("PT Bank Zeta (Persero)", "PT pt PROPN 0 root\nBank bank PROPN 1 flat:name\n"
                                              "Zeta zeta PROPN 2 flat:name\n( ( PUNCT 5 punct\n"
                                              "Persero persero PROPN 1 appos\n) ) PUNCT 5 punct"))
    assert is_headline(cut.sentences[1]) and not is_headline(cut.sentences[1], cut)  # cut out of a running line


def test_registry_merges_names_across_documents() -> None:
    reg = EntityRegistry()
    first = reg.add("d1", [Entity("Sam Altman", "Person", type_source="ner")])
    second = reg.add("d2", [Entity("Altman", "Person", type_source="ner"), Entity("OpenAI", "Organization")])
    assert first == {"Sam Altman": "Sam Altman"}
    assert second["Altman"] == "Sam Altman"
    ents = dict((e.label, docs) for e, docs in reg.entities())
    assert ents["Sam Altman"] == ["d1", "d2"]


def test_a_short_form_built_from_word_beginnings_in_brackets_is_an_alias(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Ia memimpin Lembaga Riset Nusantara (Lerinus).", """
        Ia dia PRON 2 nsubj
        memimpin pimpin VERB 0 root
        Lembaga lembaga PROPN 2 obj
        Riset riset PROPN 3 flat:name
        Nusantara nusantara PROPN 3 flat:name
        ( ( PUNCT 7 punct
        Lerinus lerinus PROPN 3 appos _ S-PER
        ) ) PUNCT 7 punct
        . . PUNCT 2 punct
    """))
    ents = _entities(doc, lexicon)
    assert ents["Lembaga Riset Nusantara"].aliases == ("Lerinus",)
    assert "Lerinus" not in ents


def test_abbreviation_needs_the_first_word_and_two_words() -> None:
    from kg.entities import abbreviates

    assert abbreviates("GoTo", "GoTo Gojek Tokopedia")
    assert abbreviates("Amvesindo", "Asosiasi Modal Ventura untuk Startup Indonesia")
    assert not abbreviates("Tokopedia", "GoTo Gojek Tokopedia")  # not from the first word
    assert not abbreviates("Lembaga", "Lembaga Riset Nusantara")  # one word only: the name's own first word
    assert not abbreviates("Mitra", "Bank Mitra Jaya")


def test_untuk_inside_the_name_of_an_association_joins_it(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Ia memimpin Asosiasi Pelaku Usaha untuk Energi Bersih.", """
        Ia dia PRON 2 nsubj
        memimpin pimpin VERB 0 root
        Asosiasi asosiasi PROPN 2 obj
        Pelaku pelaku PROPN 3 flat:name
        Usaha usaha PROPN 3 flat:name
        untuk untuk ADP 7 case
        Energi energi PROPN 3 nmod
        Bersih bersih PROPN 7 flat:name
        . . PUNCT 2 punct
    """))
    assert list(_entities(doc, lexicon)) == ["Asosiasi Pelaku Usaha untuk Energi Bersih"]
    doc = parse(conll("Telkom bekerja untuk Jakarta.", """
        Telkom telkom PROPN 2 nsubj
        bekerja kerja VERB 0 root
        untuk untuk ADP 4 case
        Jakarta jakarta PROPN 2 obl
        . . PUNCT 2 punct
    """))
    assert sorted(_entities(doc, lexicon)) == ["Jakarta", "Telkom"]


def test_brand_spelling_outweighs_a_person_tag_but_not_a_surname_prefix(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("SoftBank menggandeng McKenzie dan LinaPay.", """
        SoftBank softbank PROPN 2 nsubj _ S-PER
        menggandeng gandeng VERB 0 root
        McKenzie mckenzie PROPN 2 obj _ S-PER
        dan dan CCONJ 5 cc
        LinaPay linapay PROPN 3 conj _ S-PER
        . . PUNCT 2 punct
    """))
    ents = _entities(doc, lexicon)
    assert ents["SoftBank"].type == "Organization"
    assert ents["LinaPay"].type == "Organization"
    assert ents["McKenzie"].type == "Person"


def test_units_after_numbers_are_no_entities(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Nusatel memakai frekuensi 700 MHz untuk 5G.", """
        Nusatel nusatel PROPN 2 nsubj
        memakai pakai VERB 0 root
        frekuensi frekuensi NOUN 2 obj
        700 700 NUM 5 nummod
        MHz mhz PROPN 3 nmod
        untuk untuk ADP 7 case
        5G 5g PROPN 2 obl
        . . PUNCT 2 punct
    """))
    assert list(_entities(doc, lexicon)) == ["Nusatel"]


def test_a_company_name_ending_like_a_company_stays_whole_whatever_the_ner_cuts(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("PT Investa Garuda Ventura menanam modal.", """
        PT pt PROPN 5 nsubj _ B-ORG
        Investa investa PROPN 1 flat:name _ E-ORG
        Garuda garuda PROPN 2 flat:name _ B-PER
        Ventura ventura PROPN 3 flat:name _ E-PER
        menanam tanam VERB 0 root
        modal modal NOUN 5 obj
        . . PUNCT 5 punct
    """))
    assert list(_entities(doc, lexicon)) == ["PT Investa Garuda Ventura"]
    doc = parse(conll("PT Sagara Nusantara Rina Kusumawati menanam modal.", """
        PT pt PROPN 6 nsubj _ B-ORG
        Sagara sagara PROPN 1 flat:name _ I-ORG
        Nusantara nusantara PROPN 2 flat:name _ E-ORG
        Rina rina PROPN 3 flat:name _ B-PER
        Kusumawati kusumawati PROPN 4 flat:name _ E-PER
        menanam tanam VERB 0 root
        modal modal NOUN 6 obj
        . . PUNCT 6 punct
    """))
    assert sorted(_entities(doc, lexicon)) == ["PT Sagara Nusantara", "Rina Kusumawati"]


def test_a_version_after_words_tagged_as_a_person_stays_in_the_name(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Zetacorp merilis Lintang Sora 4.5 kemarin.", """
        Zetacorp zetacorp PROPN 2 nsubj _ S-ORG
        merilis rilis VERB 0 root
        Lintang lintang PROPN 2 obj _ B-PER
        Sora sora PROPN 3 flat:name _ E-PER
        4.5 4.5 NUM 4 nummod
        kemarin kemarin ADV 2 advmod
        . . PUNCT 2 punct
    """))
    assert "Lintang Sora 4.5" in _entities(doc, lexicon)


def test_a_maker_named_before_its_versioned_product_stays_apart(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Zetacorp meluncurkan ponsel Zetacorp 5.", """
        Zetacorp zetacorp PROPN 2 nsubj
        meluncurkan luncur VERB 0 root
        ponsel ponsel NOUN 2 obj
        Zetacorp zetacorp PROPN 3 nmod
        5 5 NUM 4 nummod
        . . PUNCT 2 punct
    """))
    ents = _entities(doc, lexicon)
    assert ents["Zetacorp"].type == "Organization"
    assert ents["Zetacorp 5"].type == "Product"
    doc = parse(conll("Lintang 2 menantang Sorabot, tetapi Lintang kalah.", """
        Lintang lintang PROPN 3 nsubj
        2 2 NUM 1 nummod
        menantang tantang VERB 0 root
        Sorabot sorabot PROPN 3 obj
        , , PUNCT 8 punct
        tetapi tetapi CCONJ 8 cc
        Lintang lintang PROPN 8 nsubj
        kalah kalah VERB 3 conj
        . . PUNCT 3 punct
    """))
    assert _entities(doc, lexicon)["Lintang 2"].aliases == ("Lintang",)


def test_initials_and_roman_numerals_are_no_version_inside_a_run(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    # "TB" (Tubagus) is a name's start, not terabytes; "Region II" is no version that glues a person to it ("Region I
    # Wayan" would read as the Balinese "I Wayan …")
    doc = parse(conll("TB Hasanuddin bertemu Manajer Region II Wayan Subagja.", """
        TB tb PROPN 3 nsubj _ B-PER
        Hasanuddin hasanuddin PROPN 1 flat:name _ E-PER
        bertemu temu VERB 0 root
        Manajer manajer NOUN 3 obj
        Region region PROPN 4 flat:name
        II ii PROPN 5 flat:name
        Wayan wayan PROPN 6 flat:name _ B-PER
        Subagja subagja PROPN 7 flat:name _ E-PER
        . . PUNCT 3 punct
    """))
    ents = _entities(doc, lexicon)
    assert "TB Hasanuddin" in ents
    assert ents["Wayan Subagja"].type == "Person"


def test_a_short_name_is_the_company_whose_full_name_only_adds_a_company_word(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Zetacorp Electronics merilis ponsel, dan Zetacorp bersaing dengan Meridia.", """
        Zetacorp zetacorp PROPN 3 nsubj _ B-ORG
        Electronics electronics PROPN 1 flat:name _ E-ORG
        merilis rilis VERB 0 root
        ponsel ponsel NOUN 3 obj
        , , PUNCT 8 punct
        dan dan CCONJ 8 cc
        Zetacorp zetacorp PROPN 8 nsubj
        bersaing saing VERB 3 conj
        dengan dengan ADP 10 case
        Meridia meridia PROPN 8 obl _ S-ORG
        . . PUNCT 3 punct
    """))
    assert _entities(doc, lexicon)["Zetacorp Electronics"].aliases == ("Zetacorp",)


def test_a_bracketed_short_form_spelling_the_whole_run_keeps_it_one_name(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Ketua Pengurus Besar Nusa Ulama (PBNU) Slamet Yusuf berbicara.", """
        Ketua ketua NOUN 11 nsubj
        Pengurus pengurus PROPN 1 flat:name
        Besar besar PROPN 2 flat:name
        Nusa nusa PROPN 3 flat:name _ B-PER
        Ulama ulama PROPN 4 flat:name _ E-PER
        ( ( PUNCT 7 punct
        PBNU pbnu PROPN 1 appos _ S-ORG
        ) ) PUNCT 7 punct
        Slamet slamet PROPN 7 flat:name _ B-PER
        Yusuf yusuf PROPN 9 flat:name _ E-PER
        berbicara bicara VERB 0 root
        . . PUNCT 11 punct
    """))
    ents = _entities(doc, lexicon)
    assert ents["Pengurus Besar Nusa Ulama"].aliases == ("PBNU",)
    assert "Nusa Ulama" not in ents


def test_a_state_company_keeps_its_legal_form_and_a_listed_one_its_tbk_after_a_title(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Direktur Utama PT Nusa Telekom (Persero) Tbk Arvid Kusnadi berbicara.", """
        Direktur direktur NOUN 12 nsubj
        Utama utama ADJ 1 amod
        PT pt PROPN 1 flat:name
        Nusa nusa PROPN 3 flat:name
        Telekom telekom PROPN 4 flat:name
        ( ( PUNCT 7 punct
        Persero persero PROPN 3 appos
        ) ) PUNCT 7 punct
        Tbk tbk PROPN 7 flat:name
        Arvid arvid PROPN 9 flat:name _ B-PER
        Kusnadi kusnadi PROPN 10 flat:name _ E-PER
        berbicara bicara VERB 0 root
        . . PUNCT 12 punct
    """))
    assert sorted(_entities(doc, lexicon)) == ["Arvid Kusnadi", "PT Nusa Telekom (Persero) Tbk"]
    doc = parse(conll("Direktur Utama PT Nusa Telecom Tbk Arvid Kusnadi berbicara.", """
        Direktur direktur NOUN 9 nsubj
        Utama utama ADJ 1 amod
        PT pt PROPN 1 flat:name
        Nusa nusa PROPN 3 flat:name
        Telecom telecom PROPN 4 flat:name
        Tbk tbk PROPN 5 flat:name
        Arvid arvid PROPN 6 flat:name _ B-PER
        Kusnadi kusnadi PROPN 7 flat:name _ E-PER
        berbicara bicara VERB 0 root
        . . PUNCT 9 punct
    """))
    assert sorted(_entities(doc, lexicon)) == ["Arvid Kusnadi", "PT Nusa Telecom Tbk"]


def test_english_titles_are_cut_off_a_run_like_indonesian_ones(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Chairman Nusa Electronics Lee Jae-won berbicara.", """
        Chairman chairman PROPN 6 nsubj
        Nusa nusa PROPN 1 flat:name
        Electronics electronics PROPN 2 flat:name _ B-PER
        Lee lee PROPN 3 flat:name _ I-PER
        Jae-won jae-won PROPN 4 flat:name _ E-PER
        berbicara bicara VERB 0 root
        . . PUNCT 6 punct
    """))
    assert sorted(_entities(doc, lexicon)) == ["Lee Jae-won", "Nusa Electronics"]


def test_an_edition_after_a_version_a_funding_grade_and_a_bare_description(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Peluncuran Lintang 8 Elite Gen 5 pada Desember 1799 VOC ditunda.", """
        Peluncuran peluncuran PROPN 12 nsubj:pass
        Lintang lintang PROPN 1 flat:name
        8 8 NUM 2 nummod
        Elite elite PROPN 1 flat:name
        Gen gen PROPN 4 flat:name
        5 5 NUM 5 nummod
        pada pada ADP 8 case
        Desember desember PROPN 1 nmod
        1799 1799 NUM 8 nummod
        VOC voc PROPN 12 nsubj _ S-ORG
        Lagi lagi ADV 12 advmod
        ditunda tunda VERB 0 root
        . . PUNCT 12 punct
    """))
    assert sorted(_entities(doc, lexicon)) == ["Lintang 8 Elite Gen 5", "VOC"]
    doc = parse(conll("Zetacorp ikut pendanaan Seri C Meridia AI. Perusahaan AI itu berbasis di Bandung.", """
        Zetacorp zetacorp PROPN 2 nsubj _ S-ORG
        ikut ikut VERB 0 root
        pendanaan dana NOUN 2 obj
        Seri seri PROPN 3 nmod
        C c PROPN 4 flat:name
        Meridia meridia PROPN 5 flat:name
        AI ai PROPN 6 flat:name
        . . PUNCT 2 punct
        Perusahaan perusahaan PROPN 12 nsubj
        AI ai PROPN 9 flat:name
        itu itu DET 9 det
        berbasis basis VERB 2 parataxis
        di di ADP 14 case
        Bandung bandung PROPN 12 obl _ S-LOC
        . . PUNCT 12 punct
    """))
    assert sorted(_entities(doc, lexicon)) == ["Bandung", "Meridia AI", "Zetacorp"]


def test_capitalised_as_and_a_are_no_english_function_words(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    from kg.entities import is_foreign

    doc = parse(conll("Zetacorp membeli Meridia senilai 5 miliar dollar AS.", """
        Zetacorp zetacorp PROPN 2 nsubj _ S-ORG
        membeli beli VERB 0 root
        Meridia meridia PROPN 2 obj _ S-ORG
        senilai nilai NOUN 2 obl
        5 5 NUM 6 nummod
        miliar miliar NUM 7 nummod
        dollar dollar NOUN 4 compound
        AS as PROPN 7 nmod _ S-LOC
        . . PUNCT 2 punct
    """))
    assert not is_foreign(doc.sentences[0], lexicon)
    assert "Zetacorp" in _entities(doc, lexicon)


def test_a_name_ending_in_ai_is_no_person(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Lintang AI merilis model.", """
        Lintang lintang PROPN 3 nsubj _ B-PER
        AI ai PROPN 1 flat:name _ E-PER
        merilis rilis VERB 0 root
        model model NOUN 3 obj
        . . PUNCT 3 punct
    """))
    assert _entities(doc, lexicon)["Lintang AI"].type == "Organization"


def test_english_words_inside_a_name_do_not_make_the_sentence_english(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    from kg.entities import is_foreign

    doc = parse(conll("Kementerian Keuangan melakukan kerja sama dengan The Fund for Economic Development.", """
        Kementerian kementerian NOUN 3 nsubj _ B-ORG
        Keuangan keuangan NOUN 1 compound _ E-ORG
        melakukan laku VERB 0 root Voice=Act
        kerja kerja NOUN 3 obj
        sama sama ADJ 4 amod
        dengan dengan ADP 8 case
        The the PROPN 8 nmod _ B-ORG
        Fund fund PROPN 3 obl _ I-ORG
        for for PROPN 8 flat:name _ I-ORG
        Economic economic PROPN 9 flat:name _ I-ORG
        Development development PROPN 10 flat:name _ E-ORG
        . . PUNCT 3 punct
    """))
    assert not is_foreign(doc.sentences[0], lexicon)
    assert "The Fund for Economic Development" in _entities(doc, lexicon)
    english = parse(conll("The company said it would buy the startup.", """
        The the DET 2 det
        company company NOUN 3 nsubj
        said say VERB 0 root
        it it PRON 6 nsubj
        would would AUX 6 aux
        buy buy VERB 3 ccomp
        the the DET 8 det
        startup startup NOUN 6 obj
        . . PUNCT 3 punct
    """))
    assert is_foreign(english.sentences[0], lexicon)


def test_a_run_opened_by_pt_is_one_company_unless_a_title_precedes_it(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    company = parse(conll("PT Arunika Sukses Makmur menunjuk empat sekuritas.", """
        PT pt PROPN 5 nsubj
        Arunika arunika PROPN 1 flat:name _ B-PER
        Sukses sukses PROPN 2 flat:name _ I-PER
        Makmur makmur PROPN 3 flat:name _ E-PER
        menunjuk tunjuk VERB 0 root
        empat empat NUM 7 nummod
        sekuritas sekuritas NOUN 5 obj
        . . PUNCT 5 punct
    """))
    assert _entities(company, lexicon)["PT Arunika Sukses Makmur"].type == "Organization"
    titled = parse(conll("Direktur Utama PT Sinar Laut Budi Santoso mengatakan hal itu.", """
        Direktur direktur NOUN 8 nsubj
        Utama utama ADJ 1 amod
        PT pt PROPN 1 nmod
        Sinar sinar PROPN 3 flat:name
        Laut laut PROPN 4 flat:name
        Budi budi PROPN 5 flat:name _ B-PER
        Santoso santoso PROPN 6 flat:name _ E-PER
        mengatakan kata VERB 0 root Voice=Act
        hal hal NOUN 8 obj
        itu itu DET 9 det
        . . PUNCT 8 punct
    """))
    ents = _entities(titled, lexicon)
    assert "PT Sinar Laut" in ents and ents["Budi Santoso"].type == "Person"


def test_a_place_the_ner_put_before_a_person_and_a_central_board_before_a_party_acronym(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Protes disampaikan kepada Ketua Pengadilan Negeri Jakarta Haswanto.", """
        Protes protes NOUN 2 nsubj:pass
        disampaikan sampai VERB 0 root
        kepada kepada ADP 4 case
        Ketua ketua NOUN 2 obl
        Pengadilan pengadilan PROPN 4 flat:name _ B-ORG
        Negeri negeri PROPN 5 flat:name _ E-ORG
        Jakarta jakarta PROPN 6 flat:name _ B-PER
        Haswanto haswanto PROPN 7 flat:name _ E-PER
        . . PUNCT 2 punct
    """))
    ents = _entities(doc, lexicon)
    assert "Jakarta Haswanto" not in ents and "Haswanto" in ents and ents["Jakarta"].type == "Place"
    board = parse(conll("Ketua Umum DPP PAN Rudi Santoso hadir.", """
        Ketua ketua NOUN 7 nsubj
        Umum umum PROPN 1 flat:name
        DPP dpp PROPN 2 flat:name
        PAN pan PROPN 3 flat:name _ S-ORG
        Rudi rudi PROPN 4 flat:name _ B-PER
        Santoso santoso PROPN 5 flat:name _ E-PER
        hadir hadir VERB 0 root
        . . PUNCT 7 punct
    """))
    assert "PAN" in _entities(board, lexicon) and "DPP PAN" not in _entities(board, lexicon)


def test_a_title_the_ner_swallowed_into_an_organisation_leaves_its_holder_a_person(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Serikat Tani Baru pimpinan Kanselir Ottmar Kessler menolak usul itu.", """
        Serikat serikat PROPN 8 nsubj _ B-ORG
        Tani tani PROPN 1 flat:name _ I-ORG
        Baru baru PROPN 2 flat:name _ E-ORG
        pimpinan pimpin NOUN 1 compound
        Kanselir kanselir PROPN 4 nmod _ B-ORG
        Ottmar ottmar PROPN 5 flat:name _ I-ORG
        Kessler kessler PROPN 6 flat:name _ E-ORG
        menolak tolak VERB 0 root Voice=Act
        usul usul NOUN 8 obj
        itu itu DET 9 det
        . . PUNCT 8 punct
    """))
    ents = _entities(doc, lexicon)
    assert ents["Ottmar Kessler"].type == "Person"
    # a company's title keeps the name after it the company ("CEO Ottmar Kessler" tagged whole: the company)
    company = parse(conll("CEO Ottmar Kessler menolak usul itu.", """
        CEO ceo PROPN 4 nsubj _ B-ORG
        Ottmar ottmar PROPN 1 flat:name _ I-ORG
        Kessler kessler PROPN 2 flat:name _ E-ORG
        menolak tolak VERB 0 root Voice=Act
        usul usul NOUN 4 obj
        itu itu DET 5 det
        . . PUNCT 4 punct
    """))
    assert _entities(company, lexicon)["Ottmar Kessler"].type == "Organization"


def test_a_known_partys_short_name_ends_before_its_chairs_name_but_a_full_party_name_stays_whole(
        parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Ketua Umum Hanura Budi Santosa datang bersama Partai Keadilan Sejahtera.", """
        Ketua ketua NOUN 6 nsubj
        Umum umum PROPN 1 nmod
        Hanura hanura PROPN 2 flat:name _ B-PER
        Budi budi PROPN 3 flat:name _ I-PER
        Santosa santosa PROPN 4 flat:name _ E-PER
        datang datang VERB 0 root
        bersama bersama ADP 8 case
        Partai partai PROPN 6 obl _ B-ORG
        Keadilan keadilan PROPN 8 flat:name _ I-ORG
        Sejahtera sejahtera PROPN 9 flat:name _ E-ORG
        . . PUNCT 6 punct
    """))
    ents = _entities(doc, lexicon)
    assert ents["Hanura"].type == "Organization"
    assert ents["Budi Santosa"].type == "Person"
    assert "Partai Keadilan Sejahtera" in ents and "Sejahtera" not in ents


def test_an_office_name_joins_two_fields_with_dan_including_a_fields_short_form(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Kepala Pusat Riset dan Analisis Pangan Dewi Lestari menyurati Kementerian Koperasi dan UKM.", """
        Kepala kepala NOUN 9 nsubj Number=Sing
        Pusat pusat PROPN 1 nmod
        Riset riset PROPN 2 flat:name
        dan dan CCONJ 5 cc
        Analisis analisis PROPN 2 conj
        Pangan pangan PROPN 5 flat:name
        Dewi dewi PROPN 6 flat:name _ B-PER
        Lestari lestari PROPN 7 flat:name _ E-PER
        menyurati surat VERB 0 root Voice=Act
        Kementerian kementerian PROPN 9 obj _ B-ORG
        Koperasi koperasi PROPN 10 flat:name _ E-ORG
        dan dan CCONJ 13 cc
        UKM ukm PROPN 11 conj
        . . PUNCT 9 punct
    """))
    ents = _entities(doc, lexicon)
    assert "Pusat Riset dan Analisis Pangan" in ents and "Pusat Riset" not in ents
    assert "Kementerian Koperasi dan UKM" in ents and "UKM" not in ents


PLANE = """
    Garuda garuda PROPN 2 nsubj _ S-ORG
    membeli beli VERB 0 root
    pesawat pesawat NOUN 2 obj
    Boeing boeing PROPN 3 nmod
    737 737 NUM 4 nummod NumType=Card
    baru baru ADJ 4 amod
    . . PUNCT 2 punct
"""


def test_a_version_like_name_is_an_ai_model_only_in_a_document_about_ai(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    plane = parse(conll("Garuda membeli pesawat Boeing 737 baru.", PLANE))
    assert _entities(plane, lexicon)["Boeing 737"].type == "Product"
    ai = parse(conll("Garuda membeli pesawat Boeing 737 baru.", PLANE) + conll(
        "Startup itu merilis model AI Nusa 2.", """
        Startup startup NOUN 3 nsubj
        itu itu DET 1 det
        merilis rilis VERB 0 root
        model model NOUN 3 obj
        AI ai PROPN 4 nmod
        Nusa nusa PROPN 5 flat:name
        2 2 NUM 6 nummod NumType=Card
        . . PUNCT 3 punct
    """))
    assert _entities(ai, lexicon)["Nusa 2"].type == "AIModel"


def test_a_roman_ordinal_ends_the_name_before_it_and_is_no_version(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Ketua Komisi III Aziz datang.", """
        Ketua ketua NOUN 5 nsubj
        Komisi komisi PROPN 1 nmod
        III iii PROPN 2 flat:name _ B-PER
        Aziz aziz PROPN 3 flat:name _ E-PER
        datang datang VERB 0 root
        . . PUNCT 5 punct
    """))
    from kg.extract import extract_document

    ents = _entities(doc, lexicon)
    assert ents["Komisi III"].type == "Organization" and "III Aziz" not in ents
    claims = extract_document(doc, lexicon).claims
    assert [(c.subject, c.predicate, c.object) for c in claims] == [("Aziz", "leads", "Komisi III")]


def test_a_reduplicated_plural_is_no_name_but_inside_a_name_it_stays(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Arka Motor tak kuasa bersaing dengan HP-HP murah dari Perserikatan Bangsa-Bangsa.", """
        Arka arka PROPN 5 nsubj _ B-ORG
        Motor motor PROPN 1 flat:name _ E-ORG
        tak tak PART 5 advmod
        kuasa kuasa ADV 5 advmod
        bersaing saing VERB 0 root
        dengan dengan ADP 7 case
        HP- hp- PROPN 5 obl
        HP hp PROPN 7 flat:name
        murah murah ADJ 7 amod
        dari dari ADP 11 case
        Perserikatan perserikatan PROPN 7 nmod _ B-ORG
        Bangsa-Bangsa bangsa PROPN 11 flat:name _ E-ORG
        . . PUNCT 5 punct
    """))
    assert set(_entities(doc, lexicon)) == {"Arka Motor", "Perserikatan Bangsa-Bangsa"}


def test_numbers_after_a_name_are_amounts_not_part_of_it(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Investor terbesar ialah Inggris 0,7 miliar Ringgit dan PT Arta Tbk 4,71 persen.", """
        Investor investor NOUN 4 nsubj Number=Sing
        terbesar besar ADJ 1 amod Degree=Sup
        ialah ialah AUX 4 cop
        Inggris inggris PROPN 0 root _ B-LOC
        0,7 0,7 NUM 4 flat:name NumType=Card E-LOC
        miliar miliar NUM 7 nummod NumType=Card
        Ringgit ringgit NOUN 4 flat:name Number=Sing
        dan dan CCONJ 9 cc
        PT pt PROPN 4 conj _ B-ORG
        Arta arta PROPN 9 flat:name _ I-ORG
        Tbk tbk PROPN 10 flat:name _ I-ORG
        4,71 4,71 NUM 11 flat:name NumType=Card E-ORG
        persen persen NOUN 9 compound Number=Sing
        . . PUNCT 4 punct
    """))
    assert set(_entities(doc, lexicon)) == {"Inggris", "PT Arta Tbk"}  # and no currency


def test_an_events_name_is_no_entity_but_the_organisation_holding_it_is(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Menurut dia, KLB Partai Rakyat Baru dan Pileg 2014 digelar di Bali.", """
        Menurut menurut ADP 2 case
        dia dia PRON 11 obl Number=Sing|Person=3|PronType=Prs
        , , PUNCT 2 punct
        KLB klb PROPN 11 nsubj:pass
        Partai partai PROPN 4 flat:name _ B-ORG
        Rakyat rakyat PROPN 5 flat:name _ I-ORG
        Baru baru PROPN 6 flat:name _ E-ORG
        dan dan CCONJ 9 cc
        Pileg pileg PROPN 4 conj
        2014 2014 NUM 9 nummod NumType=Card
        digelar gelar VERB 0 root Voice=Pass
        di di ADP 13 case
        Bali bali PROPN 11 obl _ S-LOC
        . . PUNCT 11 punct
    """))
    assert set(_entities(doc, lexicon)) == {"Partai Rakyat Baru", "Bali"}


def test_diseases_and_generic_abbreviations_are_no_names(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Kemarin wabah Ebola dan antrean di SPBU Nusa terus bertambah.", """
        Kemarin kemarin ADV 10 advmod
        wabah wabah NOUN 10 nsubj Number=Sing
        Ebola ebola PROPN 2 nmod _ S-ORG
        dan dan CCONJ 5 cc
        antrean antrean NOUN 2 conj Number=Sing
        di di ADP 7 case
        SPBU spbu PROPN 5 nmod _ B-LOC
        Nusa nusa PROPN 7 flat:name _ E-LOC
        terus terus ADV 10 advmod
        bertambah tambah VERB 0 root Voice=Act
        . . PUNCT 10 punct
    """))
    assert set(_entities(doc, lexicon)) == {"Nusa"}  # the station's name, not the kind of station


def test_a_roman_ordinal_past_fifteen_is_still_no_version(parse, lexicon: Lexicon) -> None:
    from conftest import conll

    doc = parse(conll("Kata Raja Harun XVI di Jambi.", """
        Kata kata NOUN 0 root
        Raja raja PROPN 1 nmod
        Harun harun PROPN 2 flat:name
        XVI xvi PROPN 3 flat:name
        di di ADP 6 case
        Jambi jambi PROPN 1 nmod _ S-LOC
        . . PUNCT 1 punct
    """))
    assert _entities(doc, lexicon)["Raja Harun XVI"].type not in ("AIModel", "Product")
