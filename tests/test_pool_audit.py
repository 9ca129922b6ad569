"""Constructions found by the 2026-12-05 audits of the extractor on unannotated pool text (a precision audit of every
claim made on 5,726 pool passages, and a recall audit of 249 of them annotated by hand): sentences written for the
tests, parsed by the bundled models (the rows are the parser's own)."""

from __future__ import annotations

from conftest import conll
from test_constructions import claims_of, doc_of

from kg.entities import find_mentions
from kg.lexicon import Lexicon

PRESIDENT_DIRECTOR = (
conll('Menurut Rudi Hartono, President Director Nusantara Data Teknologi, penjualan naik tahun ini.', """
        Menurut menurut ADP 2 case
        Rudi rudi PROPN 12 obl _ B-PER
        Hartono hartono PROPN 2 flat:name _ E-PER
        , , PUNCT 2 punct
        President president PROPN 2 appos
        Director director PROPN 5 flat:name
        Nusantara nusantara PROPN 6 flat:name
        Data data PROPN 7 flat:name
        Teknologi teknologi PROPN 8 flat:name
        , , PUNCT 12 punct
        penjualan jual NOUN 12 nsubj
        naik naik VERB 0 root
        tahun tahun NOUN 12 obj
        ini ini DET 13 det
        . . PUNCT 12 punct
    """)
)

COMMON_WORD_HOST = (
conll('Sebagai Tempat wisata Garut andalan, kawah itu ramai dikunjungi.', """
        Sebagai sebagai ADP 2 case
        Tempat tempat NOUN 9 obl
        wisata wisata NOUN 2 compound
        Garut garut PROPN 3 nmod _ S-LOC
        andalan andal NOUN 4 flat:name
        , , PUNCT 2 punct
        kawah kawah NOUN 9 nsubj
        itu itu DET 7 det
        ramai ramai VERB 0 root
        dikunjungi kunjung VERB 9 xcomp
        . . PUNCT 9 punct
    """)
)

COMMON_WORD_NAME = (
conll('Akar masalah yang dihadapi pasukan Afrika Bersatu adalah kekurangan senjata.', """
        Akar akar NOUN 9 nsubj
        masalah masalah NOUN 1 compound
        yang yang PRON 4 nsubj:pass
        dihadapi hadap VERB 1 acl:relcl
        pasukan pasukan NOUN 4 obl
        Afrika afrika PROPN 5 nmod _ B-LOC
        Bersatu bersatu PROPN 6 flat:name _ E-LOC
        adalah adalah AUX 9 cop
        kekurangan kurang NOUN 0 root
        senjata senjata NOUN 9 compound
        . . PUNCT 9 punct
    """)
)

APPOSED_DICTIONARY_NAME = (
conll('Perusahaan rintisan asal Malang, Sinar Pagi, meraih pendanaan baru.', """
        Perusahaan usaha NOUN 9 nsubj
        rintisan rintis NOUN 1 compound
        asal asal ADP 4 case
        Malang malang PROPN 1 nmod _ S-LOC
        , , PUNCT 4 punct
        Sinar sinar PROPN 4 appos
        Pagi pagi PROPN 6 flat:name
        , , PUNCT 9 punct
        meraih raih VERB 0 root
        pendanaan dana NOUN 9 obj
        baru baru ADJ 10 amod
        . . PUNCT 9 punct
    """)
)

MINISTER_FIELD_NAMED = (
conll('Menteri Perhubungan Budi Karya Sumadi meninjau bandara itu.', """
        Menteri menteri PROPN 6 nsubj
        Perhubungan perhubungan PROPN 1 flat:name
        Budi budi PROPN 2 flat:name _ B-PER
        Karya karya PROPN 3 flat:name _ I-PER
        Sumadi sumadi PROPN 4 flat:name _ E-PER
        meninjau tinjau VERB 0 root
        bandara bandara NOUN 6 obj
        itu itu DET 7 det
        . . PUNCT 6 punct
    """),
    conll('Kementerian Perhubungan akan menambah penerbangan.', """
        Kementerian kementerian NOUN 4 nsubj
        Perhubungan perhubungan PROPN 1 flat:name
        akan akan AUX 4 aux
        menambah tambah VERB 0 root
        penerbangan terbang NOUN 4 obj
        . . PUNCT 4 punct
    """)
)


def test_a_minister_leads_the_ministry_whose_field_word_is_also_a_name(lexicon: Lexicon) -> None:
    # "Perhubungan" after the title is linked to "Kementerian Perhubungan" as its short name; the field was read as
    # ending there, before the minister's name
    assert claims_of(doc_of(*MINISTER_FIELD_NAMED), lexicon) == {
        ("Budi Karya Sumadi", "leads", "Kementerian Perhubungan"): "asserted"}


def test_an_english_president_director_title_holds_the_company(lexicon: Lexicon) -> None:
    # "Menurut X, President Director Y, …": "Director" was kept as the company's first word
    assert claims_of(doc_of(PRESIDENT_DIRECTOR), lexicon) == {
        ("Rudi Hartono", "ceoOf", "Nusantara Data Teknologi"): "asserted"}


def test_a_capitalised_common_noun_before_a_place_has_no_seat(lexicon: Lexicon) -> None:
    # "Tempat wisata Garut", "pasukan Afrika Bersatu": the place describes a common noun, not an organisation
    assert not any(p == "basedIn" for _, p, _ in claims_of(doc_of(COMMON_WORD_HOST), lexicon))
    assert not any(p == "basedIn" for _, p, _ in claims_of(doc_of(COMMON_WORD_NAME), lexicon))


def test_a_name_of_dictionary_words_apposed_to_its_description_keeps_its_seat(lexicon: Lexicon) -> None:
    # company names are often plain words ("Sinar Pagi"): after a comma the name is apposed to "perusahaan … asal X"
    assert claims_of(doc_of(APPOSED_DICTIONARY_NAME), lexicon) == {("Sinar Pagi", "basedIn", "Malang"): "asserted"}


TITLE_THEN_HOLDER = (
conll('Rencana itu ditolak oleh wali kota Bandung pada waktu itu, Dada Rosada.', """
        Rencana rencana NOUN 3 nsubj:pass
        itu itu DET 1 det
        ditolak tolak VERB 0 root
        oleh oleh ADP 5 case
        wali wali NOUN 3 obl
        kota kota NOUN 5 compound
        Bandung bandung PROPN 6 nmod _ S-LOC
        pada pada ADP 9 case
        waktu waktu NOUN 3 obl
        itu itu DET 9 det
        , , PUNCT 9 punct
        Dada dada PROPN 9 appos _ B-PER
        Rosada rosada PROPN 12 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)

HEAD_OF_A_THING = (
conll('Kepala Gorgon pada Gorgoneion bahkan memiliki janggut.', """
        Kepala kepala NOUN 6 nsubj
        Gorgon gorgon PROPN 1 flat:name _ S-PER
        pada pada ADP 4 case
        Gorgoneion gorgoneion PROPN 1 nmod _ S-PER
        bahkan bahkan ADV 6 advmod
        memiliki milik VERB 0 root
        janggut janggut NOUN 6 obj
        . . PUNCT 6 punct
    """)
)

BRACKETED_PASSIVE = (
conll('Faksi Utara (dipimpin oleh Andi Saputra dan Rina Lestari) menolak usul itu.', """
        Faksi faksi PROPN 12 nsubj
        Utara utara PROPN 1 flat:name
        ( ( PUNCT 4 punct
        dipimpin pimpin VERB 1 appos
        oleh oleh ADP 6 case
        Andi andi PROPN 4 obl _ B-PER
        Saputra saputra PROPN 6 flat:name _ E-PER
        dan dan CCONJ 9 cc
        Rina rina PROPN 6 conj _ B-PER
        Lestari lestari PROPN 9 flat:name _ E-PER
        ) ) PUNCT 4 punct
        menolak tolak VERB 0 root
        usul usul NOUN 12 obj
        itu itu DET 13 det
        . . PUNCT 12 punct
    """)
)

FACTION = (
conll('Faksi Moderat (dipimpin oleh Budi Hartono dan Sari Dewi) menolak usul itu.', """
        Faksi faksi PROPN 12 nsubj _ B-PER
        Moderat moderat PROPN 1 flat:name _ E-PER
        ( ( PUNCT 4 punct
        dipimpin pimpin VERB 1 appos
        oleh oleh ADP 6 case
        Budi budi PROPN 4 obl _ B-PER
        Hartono hartono PROPN 6 flat:name _ E-PER
        dan dan CCONJ 9 cc
        Sari sari PROPN 6 conj _ B-PER
        Dewi dewi PROPN 9 flat:name _ E-PER
        ) ) PUNCT 4 punct
        menolak tolak VERB 0 root
        usul usul NOUN 12 obj
        itu itu DET 13 det
        . . PUNCT 12 punct
    """)
)


def test_pada_waktu_itu_between_an_office_and_its_holder(lexicon: Lexicon) -> None:
    # "wali kota X pada waktu itu, Y": "saat itu" was allowed between title and holder, "pada waktu itu" was not
    assert claims_of(doc_of(TITLE_THEN_HOLDER), lexicon) == {("Dada Rosada", "leads", "Bandung"): "asserted"}
    # "pada" alone is a preposition, not a time: "kepala X pada Y" (a head of a thing) holds no office
    assert claims_of(doc_of(HEAD_OF_A_THING), lexicon) == {}


def test_a_bracketed_passive_describes_the_noun_before_it(lexicon: Lexicon) -> None:
    # "Faksi X (dipimpin oleh A dan B)": the parser hangs the passive on the noun as an apposition
    assert claims_of(doc_of(BRACKETED_PASSIVE), lexicon) == {("Andi Saputra", "leads", "Faksi Utara"): "asserted",
                                                           ("Rina Lestari", "leads", "Faksi Utara"): "asserted"}


def test_a_faction_is_an_organisation(lexicon: Lexicon) -> None:
    # the NER calls "Faksi Moderat" a person; "faksi" opens an organisation's name
    assert claims_of(doc_of(FACTION), lexicon) == {("Budi Hartono", "leads", "Faksi Moderat"): "asserted",
                                                 ("Sari Dewi", "leads", "Faksi Moderat"): "asserted"}


COALITION = (
conll('Partai Hijau berkoalisi dengan Partai Bintang dalam pemilihan itu.', """
        Partai partai PROPN 3 nsubj _ B-ORG
        Hijau hijau PROPN 1 flat:name _ E-ORG
        berkoalisi koalisi VERB 0 root
        dengan dengan ADP 5 case
        Partai partai PROPN 3 obl _ B-ORG
        Bintang bintang PROPN 5 flat:name _ E-ORG
        dalam dalam ADP 8 case
        pemilihan pilih NOUN 3 obl
        itu itu DET 8 det
        . . PUNCT 3 punct
    """)
)


def test_parties_that_form_a_coalition_are_partners(lexicon: Lexicon) -> None:
    # political news states most party partnerships as coalitions ("berkoalisi dengan", "koalisi A dan B")
    assert claims_of(doc_of(COALITION), lexicon) == {("Partai Hijau", "partnersWith", "Partai Bintang"): "asserted"}


POSSESSIVE_TITLE = (
conll('Gim "Rudy\'s Big Farm" dibuat oleh Sinar Studio.', """
        Gim gim PROPN 9 nsubj:pass
        " " PUNCT 3 punct
        Rudy rudy PROPN 1 flat:name
        ' ' PUNCT 3 punct
        s s PROPN 3 flat:name
        Big big PROPN 5 flat:name
        Farm farm PROPN 6 flat:name
        " " PUNCT 3 punct
        dibuat buat VERB 0 root
        oleh oleh ADP 11 case
        Sinar sinar PROPN 9 obl _ B-ORG
        Studio studio PROPN 11 flat:name _ E-ORG
        . . PUNCT 9 punct
    """)
)


def test_a_name_is_not_cut_at_an_english_possessive(lexicon: Lexicon) -> None:
    # the tokenizer cuts "Rudy's" into "Rudy", "'", "s": the title was read as "Rudy" plus an organisation "Big Farm"
    assert claims_of(doc_of(POSSESSIVE_TITLE), lexicon) == {("Rudy's Big Farm", "developedBy", "Sinar Studio"): "asserted"}


INSURANCE_ASSOCIATION = (
conll('"Premi tumbuh," kata Ketua Asosiasi Asuransi Jiwa Nusantara, Rina Lestari, di Jakarta.', """
        " " PUNCT 2 punct
        Premi premi PROPN 3 nsubj
        tumbuh tumbuh VERB 0 root
        , , PUNCT 3 punct
        " " PUNCT 6 punct
        kata kata VERB 3 xcomp
        Ketua ketua NOUN 6 obj
        Asosiasi asosiasi PROPN 7 nmod _ B-ORG
        Asuransi asuransi PROPN 8 flat:name _ I-ORG
        Jiwa jiwa PROPN 9 flat:name _ I-ORG
        Nusantara nusantara PROPN 10 flat:name _ E-ORG
        , , PUNCT 13 punct
        Rina rina PROPN 8 appos _ B-PER
        Lestari lestari PROPN 13 flat:name _ E-PER
        , , PUNCT 13 punct
        di di ADP 17 case
        Jakarta jakarta PROPN 13 nmod _ S-LOC
        . . PUNCT 3 punct
    """)
)


def test_an_organisation_word_inside_a_name_ends_it_only_before_a_person_s_name(lexicon: Lexicon) -> None:
    # after a title, "Asuransi" (a word that ends company names) cut "Asosiasi Asuransi | Jiwa Nusantara", and the
    # second half became the holder
    assert claims_of(doc_of(INSURANCE_ASSOCIATION), lexicon) == {
        ("Rina Lestari", "leads", "Asosiasi Asuransi Jiwa Nusantara"): "asserted"}


def test_an_untagged_dictionary_word_opening_the_sentence_as_its_verb_s_subject_is_no_name(lexicon: Lexicon) -> None:
    # '"Premi tumbuh," kata …': the tagger calls "Premi" a proper noun, the NER tags nothing; the pool held 37 such
    # openings typed as organisations ("Banjir", "Insulin", "Masjid")
    texts = {m.text for m in find_mentions(doc_of(INSURANCE_ASSOCIATION), lexicon)}
    assert "Premi" not in texts and "Rina Lestari" in texts


CORPS_CODE = (
conll('Pimpinan Letda Czi Andi Saputra menyerahkan bantuan itu.', """
        Pimpinan pimpinan PROPN 6 nsubj
        Letda letda PROPN 1 flat:name
        Czi czi PROPN 2 flat:name _ B-PER
        Andi andi PROPN 3 flat:name _ I-PER
        Saputra saputra PROPN 4 flat:name _ E-PER
        menyerahkan serah VERB 0 root
        bantuan bantu NOUN 6 obj
        itu itu DET 7 det
        . . PUNCT 6 punct
    """)
)


def test_a_corps_code_after_a_military_rank_is_not_part_of_the_name(lexicon: Lexicon) -> None:
    # "Letda Czi X", "Kolonel Inf X": the corps (zeni, infanteri) is written between the rank and the name
    texts = {m.text for m in find_mentions(doc_of(CORPS_CODE), lexicon)}
    assert "Andi Saputra" in texts and not any("Czi" in t for t in texts)


ORDINAL = (
conll('Mereka membahas presiden Amerika Serikat ke-46, siapa pun dia.', """
        Mereka mereka PRON 2 nsubj
        membahas bahas VERB 0 root
        presiden presiden NOUN 2 obj
        Amerika amerika PROPN 3 nmod _ B-LOC
        Serikat serikat PROPN 4 flat:name _ E-LOC
        ke-46 ke-46 PROPN 5 flat:name
        , , PUNCT 2 punct
        siapa siapa PRON 2 advcl
        pun pun PART 8 advmod
        dia dia PRON 8 nmod:poss
        . . PUNCT 2 punct
    """)
)


def test_an_ordinal_after_an_office_is_no_name(lexicon: Lexicon) -> None:
    # "presiden Amerika Serikat ke-46": "ke-46" looked like a version number, and "Serikat ke-46" held the office
    assert claims_of(doc_of(ORDINAL), lexicon) == {}
    assert {m.text for m in find_mentions(doc_of(ORDINAL), lexicon)} == {"Amerika Serikat"}


ETHNONYM = (
conll('Mantan pemimpin pemberontak Tutsi itu kini mengajar di Kigali.', """
        Mantan mantan NOUN 7 nsubj
        pemimpin pimpin NOUN 1 compound
        pemberontak berontak NOUN 2 compound
        Tutsi tutsi PROPN 3 nmod _ S-PER
        itu itu DET 4 det
        kini kini ADV 7 advmod
        mengajar ajar VERB 0 root
        di di ADP 9 case
        Kigali kigali PROPN 7 obl _ S-LOC
        . . PUNCT 7 punct
    """)
)


def test_a_people_or_a_religion_is_no_entity(lexicon: Lexicon) -> None:
    # "pemimpin pemberontak Hutu", "pemimpin umat Islam": a people or a faith, not an organisation someone leads
    assert {m.text for m in find_mentions(doc_of(ETHNONYM), lexicon)} == {"Kigali"}


POSSESSED_BOOK = (
conll('Budi Santoso menuliskan gagasan itu lewat bukunya berjudul "Jalan Sunyi" pada 1989.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        menuliskan tulis VERB 0 root
        gagasan gagas NOUN 3 obj
        itu itu DET 4 det
        lewat lewat ADP 7 case
        bukunya bukunya NOUN 3 obl
        berjudul judul VERB 7 acl
        " " PUNCT 10 punct
        Jalan jalan PROPN 8 obj
        Sunyi sunyi PROPN 10 flat:name
        " " PUNCT 10 punct
        pada pada ADP 10 case
        1989 1989 NUM 10 nummod
        . . PUNCT 3 punct
    """)
)


POSSESSED_NOVEL = (
conll('Dalam novelnya yang berjudul Senja Merah, Ahmad Hartono menggambarkan kehidupan desa.', """
        Dalam dalam ADP 2 case
        novel novel NOUN 11 obl
        nya dia PRON 2 nmod:poss
        yang yang PRON 5 nsubj
        berjudul judul VERB 2 acl:relcl
        Senja senja PROPN 5 obj
        Merah merah PROPN 6 flat:name
        , , PUNCT 11 punct
        Ahmad ahmad PROPN 11 nsubj _ B-PER
        Hartono hartono PROPN 9 flat:name _ E-PER
        menggambarkan gambar VERB 0 root
        kehidupan hidup NOUN 11 obj
        desa desa NOUN 12 compound
        . . PUNCT 11 punct
    """)
)


ACTING_IN_A_FILM = (
conll('Rina Lestari tampil sebentar dalam filmnya, Senja Merah.', """
        Rina rina PROPN 3 nsubj _ B-PER
        Lestari lestari PROPN 1 flat:name _ E-PER
        tampil tampil VERB 0 root
        sebentar bentar VERB 3 xcomp
        dalam dalam ADP 6 case
        film film NOUN 4 obl
        nya dia PRON 6 nmod:poss
        , , PUNCT 6 punct
        Senja senja PROPN 6 appos
        Merah merah PROPN 9 flat:name
        . . PUNCT 3 punct
    """)
)


PRONOUN_AUTHOR = (
conll('Seperti dikutip Kompas, ia melontarkan tudingan itu lewat bukunya berjudul Fajar Baru.', """
        Seperti seperti ADP 2 mark
        dikutip kutip VERB 6 xcomp
        Kompas kompas PROPN 2 obj
        , , PUNCT 2 punct
        ia dia PRON 6 nsubj
        melontarkan lontar VERB 0 root
        tudingan tuding NOUN 6 obj
        itu itu DET 7 det
        lewat lewat ADP 10 case
        bukunya bukunya NOUN 6 obl
        berjudul judul VERB 10 acl
        Fajar fajar PROPN 11 obj
        Baru baru PROPN 12 flat:name
        . . PUNCT 6 punct
    """)
)


WORKS_LISTED = (
conll('Ia dikenal lewat beberapa karya Rendra Wijaya, yakni Bip Bop, Mastodon dan Burung Kondor.', """
        Ia dia PRON 2 nsubj:pass
        dikenal kenal VERB 0 root
        lewat lewat ADP 5 case
        beberapa beberapa DET 5 det
        karya karya NOUN 2 obl
        Rendra rendra PROPN 5 nmod _ B-PER
        Wijaya wijaya PROPN 6 flat:name _ E-PER
        , , PUNCT 10 punct
        yakni yakni SCONJ 10 mark
        Bip bip PROPN 5 appos _ B-PER
        Bop bop PROPN 10 flat:name _ E-PER
        , , PUNCT 13 punct
        Mastodon mastodon PROPN 10 conj _ S-PER
        dan dan CCONJ 15 cc
        Burung burung PROPN 10 conj _ B-LOC
        Kondor kondor PROPN 15 flat:name _ E-LOC
        . . PUNCT 2 punct
    """)
)


def test_a_work_with_a_possessive_is_the_clause_subject_s(lexicon: Lexicon) -> None:
    # "lewat bukunya berjudul X", "Dalam novelnya yang berjudul X, Y menggambarkan …"
    assert claims_of(doc_of(POSSESSED_BOOK), lexicon) == {("Jalan Sunyi", "developedBy", "Budi Santoso"): "asserted"}
    assert claims_of(doc_of(POSSESSED_NOVEL), lexicon) == {("Senja Merah", "developedBy", "Ahmad Hartono"): "asserted"}


def test_a_title_after_a_naming_word_is_a_work_whatever_its_first_word(lexicon: Lexicon) -> None:
    # "bukunya berjudul 'Jalan Sunyi'": "Jalan" opens street names, but after "buku … berjudul" it opens a title
    types = {m.text: m.type for m in find_mentions(doc_of(POSSESSED_BOOK), lexicon)}
    assert types["Jalan Sunyi"] == "Product"


def test_no_work_of_someone_who_only_appears_in_it_or_of_an_outlet(lexicon: Lexicon) -> None:
    # "tampil dalam filmnya": the film of someone named before; "ia … lewat bukunya": "ia" is no outlet
    assert claims_of(doc_of(ACTING_IN_A_FILM), lexicon) == {}
    assert claims_of(doc_of(PRONOUN_AUTHOR), lexicon) == {}


def test_works_listed_after_their_maker_are_the_maker_s(lexicon: Lexicon) -> None:
    # "beberapa karya X, yakni A, B dan C"
    assert claims_of(doc_of(WORKS_LISTED), lexicon) == {
        (w, "developedBy", "Rendra Wijaya"): "asserted" for w in ("Bip Bop", "Mastodon", "Burung Kondor")}


COPULA_VERB_SUBJECT = (
conll('Samudra Tankers merupakan perusahaan pelayaran yang berkedudukan hukum di Singapura.', """
        Samudra samudra PROPN 3 nsubj _ B-LOC
        Tankers tankers PROPN 1 flat:name _ E-LOC
        merupakan rupa VERB 0 root
        perusahaan usaha NOUN 3 obj
        pelayaran layar NOUN 4 compound
        yang yang PRON 7 nsubj
        berkedudukan berkedudukan VERB 4 acl:relcl
        hukum hukum NOUN 7 obj
        di di ADP 10 case
        Singapura singapura PROPN 7 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)


def test_a_noun_after_merupakan_refers_to_the_verb_s_subject(lexicon: Lexicon) -> None:
    # "X merupakan perusahaan … yang berkedudukan hukum di Y": the parser makes "merupakan" a verb with an object,
    # not a copula, so the relative clause's noun did not reach X
    assert claims_of(doc_of(COPULA_VERB_SUBJECT), lexicon) == {("Samudra Tankers", "basedIn", "Singapura"): "asserted"}


PT_RUN_WITH_DICTIONARY_WORDS = (
conll('PT Indofood CBP Sukses Makmur, anak usaha PT Indofood Sukses Makmur Tbk, mencatat laba.', """
        PT pt PROPN 15 nsubj _ B-ORG
        Indofood indofood PROPN 1 flat:name _ I-ORG
        CBP cbp PROPN 2 flat:name _ E-ORG
        Sukses sukses PROPN 3 flat:name _ B-PER
        Makmur makmur PROPN 4 flat:name _ E-PER
        , , PUNCT 1 punct
        anak anak NOUN 15 nsubj
        usaha usaha NOUN 7 compound
        PT pt PROPN 8 nmod _ B-ORG
        Indofood indofood PROPN 9 flat:name _ I-ORG
        Sukses sukses PROPN 10 flat:name _ I-ORG
        Makmur makmur PROPN 11 flat:name _ I-ORG
        Tbk tbk PROPN 12 flat:name _ E-ORG
        , , PUNCT 15 punct
        mencatat catat VERB 0 root
        laba laba NOUN 15 obj
        . . PUNCT 15 punct
    """)
)

SUBSIDIARY_WITH_GLOSS = (
conll('PT Nusa Pangan (Consumer Branded Product), anak usaha PT Nusa Raya Tbk, menunjuk empat sekuritas.', """
        PT pt PROPN 17 nsubj _ B-ORG
        Nusa nusa PROPN 1 flat:name _ I-ORG
        Pangan pangan PROPN 2 flat:name _ E-ORG
        ( ( PUNCT 5 punct
        Consumer consumer PROPN 1 appos
        Branded branded PROPN 5 flat:name
        Product product PROPN 6 flat:name
        ) ) PUNCT 5 punct
        , , PUNCT 10 punct
        anak anak NOUN 17 nsubj
        usaha usaha NOUN 10 compound
        PT pt PROPN 11 nmod _ B-ORG
        Nusa nusa PROPN 12 flat:name _ I-ORG
        Raya raya PROPN 13 flat:name _ I-ORG
        Tbk tbk PROPN 14 flat:name _ E-ORG
        , , PUNCT 17 punct
        menunjuk tunjuk VERB 0 root
        empat empat NUM 19 nummod
        sekuritas sekuritas NOUN 17 obj
        . . PUNCT 17 punct
    """)
)


def test_a_pt_run_keeps_dictionary_words_the_ner_called_a_person(lexicon: Lexicon) -> None:
    # the NER closed an organisation at "CBP" and called "Sukses Makmur" a person; and "Y, anak usaha X": X invests
    assert claims_of(doc_of(PT_RUN_WITH_DICTIONARY_WORDS), lexicon) == {
        ("PT Indofood Sukses Makmur Tbk", "investsIn", "PT Indofood CBP Sukses Makmur"): "asserted"}


def test_the_subsidiary_before_its_apposed_parent_may_carry_a_gloss_in_brackets(lexicon: Lexicon) -> None:
    # "PT X (Consumer Branded Product), anak usaha PT Y": the name before the brackets
    assert claims_of(doc_of(SUBSIDIARY_WITH_GLOSS), lexicon) == {
        ("PT Nusa Raya Tbk", "investsIn", "PT Nusa Pangan"): "asserted"}


NOMINAL_PREDICATE = (
conll('Bandung Post adalah anak perusahaan Sinar Media.', """
        Bandung bandung PROPN 4 nsubj _ B-LOC
        Post post PROPN 1 flat:name _ E-LOC
        adalah adalah AUX 4 cop
        anak anak NOUN 0 root
        perusahaan usaha NOUN 4 compound
        Sinar sinar PROPN 5 nmod _ B-ORG
        Media media PROPN 6 flat:name _ E-ORG
        . . PUNCT 4 punct
    """)
)


def test_a_nominal_predicate_types_its_subject(lexicon: Lexicon) -> None:
    # "X adalah anak perusahaan Y": the NER called X a place (it opens with a city's name)
    assert claims_of(doc_of(NOMINAL_PREDICATE), lexicon) == {("Sinar Media", "investsIn", "Bandung Post"): "asserted"}


HOLDER_LIST = (
conll('Komposisi pemegang saham PT Sinar Laut terdiri dari PT Nusa Raya 60,5 persen dan Bank Mitra Jaya 39,5 persen.', """
        Komposisi komposisi NOUN 7 nsubj:pass
        pemegang pegang NOUN 1 compound
        saham saham NOUN 2 compound
        PT pt PROPN 3 nmod _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Laut laut NOUN 5 flat:name _ E-ORG
        terdiri terdiri VERB 0 root
        dari dari ADP 9 case
        PT pt PROPN 7 obl _ B-ORG
        Nusa nusa PROPN 9 flat:name _ I-ORG
        Raya raya PROPN 10 flat:name _ E-ORG
        60,5 60,5 NUM 13 nummod
        persen persen NOUN 9 compound
        dan dan CCONJ 15 cc
        Bank bank PROPN 9 conj _ B-ORG
        Mitra mitra PROPN 15 flat:name _ I-ORG
        Jaya jaya PROPN 16 flat:name _ E-ORG
        39,5 39,5 NUM 19 nummod
        persen persen NOUN 15 compound
        . . PUNCT 7 punct
    """)
)


def test_each_holder_listed_with_its_stake_invests_in_the_issuer(lexicon: Lexicon) -> None:
    # "kepemilikan/pemegang saham X terdiri dari A 60,5 persen dan B 39,5 persen"
    assert claims_of(doc_of(HOLDER_LIST), lexicon) == {("PT Nusa Raya", "investsIn", "PT Sinar Laut"): "asserted",
                                                      ("Bank Mitra Jaya", "investsIn", "PT Sinar Laut"): "asserted"}


MAKER_AFTER_PRODUCT = (
conll('Zetaphone Z3 adalah telepon genggam yang dirilis oleh perusahaan Zetaphone.', """
        Zetaphone zetaphone PROPN 4 nsubj _ B-PER
        Z3 z3 PROPN 1 flat:name _ E-PER
        adalah adalah AUX 4 cop
        telepon telepon NOUN 0 root
        genggam genggam NOUN 4 compound
        yang yang PRON 7 nsubj:pass
        dirilis rilis VERB 4 acl:relcl
        oleh oleh ADP 9 case
        perusahaan usaha NOUN 7 obl
        Zetaphone zetaphone PROPN 9 nmod
        . . PUNCT 4 punct
    """)
)


def test_a_maker_named_after_its_versioned_product_stays_the_maker(lexicon: Lexicon) -> None:
    # "X Z3 … dirilis oleh perusahaan X": "X" was merged into the product as its short form ("Kimi K2 … Kimi")
    assert claims_of(doc_of(MAKER_AFTER_PRODUCT), lexicon) == {("Zetaphone", "releases", "Zetaphone Z3"): "asserted"}


LOST_AN_ELECTION = (
conll('Andi Saputra kalah dari Budi Hartono dalam pemilihan ketua umum partai.', """
        Andi andi PROPN 3 nsubj _ B-PER
        Saputra saputra PROPN 1 flat:name _ E-PER
        kalah kalah VERB 0 root
        dari dari ADP 5 case
        Budi budi PROPN 3 obl _ B-PER
        Hartono hartono PROPN 5 flat:name _ E-PER
        dalam dalam ADP 8 case
        pemilihan pilih NOUN 3 obl
        ketua ketua NOUN 8 compound
        umum umum ADJ 9 amod
        partai partai NOUN 9 compound
        . . PUNCT 3 punct
    """)
)

LOST_A_MATCH = (
conll('Andi Saputra kalah dari Budi Hartono di babak final turnamen bulu tangkis.', """
        Andi andi PROPN 3 nsubj _ B-PER
        Saputra saputra PROPN 1 flat:name _ E-PER
        kalah kalah VERB 0 root
        dari dari ADP 5 case
        Budi budi PROPN 3 obl _ B-PER
        Hartono hartono PROPN 5 flat:name _ E-PER
        di di ADP 8 case
        babak babak NOUN 3 obl
        final final NOUN 8 compound
        turnamen turnamen NOUN 9 compound
        bulu bulu NOUN 10 compound
        tangkis tangkis NOUN 11 compound
        . . PUNCT 3 punct
    """)
)


def test_persons_who_beat_or_lose_to_each_other_in_an_election_compete(lexicon: Lexicon) -> None:
    # "A kalah dari B dalam pemilihan ketua umum": a contest for a post; the same words about a match are no rivalry
    assert claims_of(doc_of(LOST_AN_ELECTION), lexicon) == {("Andi Saputra", "competesWith", "Budi Hartono"): "asserted"}
    assert claims_of(doc_of(LOST_A_MATCH), lexicon) == {}


COOPERATION_OPENING = (
conll('Kerjasama Sinar Laut dan Nusa Raya dimulai pada 2010.', """
        Kerjasama kerjasama PROPN 7 nsubj:pass
        Sinar sinar PROPN 1 flat:name
        Laut laut PROPN 2 flat:name
        dan dan CCONJ 5 cc
        Nusa nusa PROPN 1 conj _ B-LOC
        Raya raya PROPN 5 flat:name _ E-LOC
        dimulai mulai VERB 0 root
        pada pada ADP 7 mark
        2010 2010 NUM 7 nummod
        . . PUNCT 7 punct
    """)
)


def test_a_capitalised_cooperation_noun_opening_the_sentence_is_not_part_of_a_name(lexicon: Lexicon) -> None:
    # "Kerjasama A dan B dimulai …" gave the organisation "Kerjasama A"
    assert "Sinar Laut" in {m.text for m in find_mentions(doc_of(COOPERATION_OPENING), lexicon)}


PARTY_CHAIR_WITH_HONORIFIC = (
conll('Partai Hijau menggelar kongres di Bali.', """
        Partai partai PROPN 3 nsubj _ B-ORG
        Hijau hijau PROPN 1 flat:name _ E-ORG
        menggelar gelar VERB 0 root
        kongres kongres NOUN 3 obj
        di di ADP 6 case
        Bali bali PROPN 4 nmod _ S-LOC
        . . PUNCT 3 punct
    """),
    conll('Kongres itu menghasilkan Ketua Umum Pak Budi Hartono.', """
        Kongres kongres NOUN 3 nsubj
        itu itu DET 1 det
        menghasilkan hasil VERB 0 root
        Ketua ketua NOUN 3 obj
        Umum umum PROPN 4 nmod
        Pak pak PROPN 5 flat:name
        Budi budi PROPN 6 flat:name _ B-PER
        Hartono hartono PROPN 7 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)


def test_a_party_chair_s_bare_title_may_be_followed_by_a_form_of_address(lexicon: Lexicon) -> None:
    # "menghasilkan Ketua Umum Pak X": the story's party, its chair after "Pak"
    assert claims_of(doc_of(*PARTY_CHAIR_WITH_HONORIFIC), lexicon) == {
        ("Budi Hartono", "leads", "Partai Hijau"): "asserted"}


SANG_DESCRIPTION = (
conll('PT Nusafon merilis ponsel baru.', """
        PT pt PROPN 3 nsubj _ B-ORG
        Nusafon nusafon PROPN 1 flat:name _ E-ORG
        merilis rilis VERB 0 root
        ponsel ponsel NOUN 3 obj
        baru baru ADJ 4 amod
        . . PUNCT 3 punct
    """),
    conll('Dalam video itu, sang vendor asal Korea Selatan ingin menunjukkan fitur baru.', """
        Dalam dalam ADP 2 case
        video video NOUN 11 obl
        itu itu DET 2 det
        , , PUNCT 2 punct
        sang sang DET 6 det
        vendor vendor NOUN 11 nsubj
        asal asal ADP 8 case
        Korea korea PROPN 6 nmod _ B-LOC
        Selatan selatan PROPN 8 flat:name _ E-LOC
        ingin ingin AUX 11 aux
        menunjukkan tunjuk VERB 0 root
        fitur fitur NOUN 11 obj
        baru baru ADJ 12 amod
        . . PUNCT 11 punct
    """)
)


def test_sang_makes_a_definite_description(lexicon: Lexicon) -> None:
    # "sang vendor asal Korea Selatan" refers back like "vendor asal Korea Selatan itu" (recall audit class B2)
    assert claims_of(doc_of(*SANG_DESCRIPTION), lexicon) == {("PT Nusafon", "basedIn", "Korea Selatan"): "asserted"}


PLACE_NOUN_THEN_REGION = (
conll('Wartawan itu diundang PT Nusa Media mengunjungi kantor pusat mereka di kawasan Sentul, Bogor, pekan lalu.', """
        Wartawan wartawan NOUN 3 nsubj:pass
        itu itu DET 1 det
        diundang undang VERB 0 root
        PT pt PROPN 3 obj _ B-ORG
        Nusa nusa PROPN 4 flat:name _ I-ORG
        Media media PROPN 5 flat:name _ E-ORG
        mengunjungi kunjung VERB 3 xcomp
        kantor kantor NOUN 7 obj
        pusat pusat NOUN 8 compound
        mereka mereka PRON 9 nmod:poss
        di di ADP 12 case
        kawasan kawasan NOUN 8 nmod _ B-LOC
        Sentul sentul PROPN 12 nmod _ E-LOC
        , , PUNCT 15 punct
        Bogor bogor PROPN 12 appos _ S-LOC
        , , PUNCT 17 punct
        pekan pekan NOUN 12 conj
        lalu lalu VERB 17 amod
        . . PUNCT 3 punct
    """)
)


def test_the_place_a_place_noun_names_comes_before_its_region(lexicon: Lexicon) -> None:
    # "di kawasan Sentul, Bogor": the most specific place is the seat (recall audit class B4)
    assert claims_of(doc_of(PLACE_NOUN_THEN_REGION), lexicon) == {("PT Nusa Media", "basedIn", "Sentul"): "asserted"}


SIGNED_BY_TWO = (
conll('Nota kesepahaman yang ditandatangani PT Sinar Laut dan PT Nusa Raya pekan lalu mulai berlaku.', """
        Nota nota NOUN 14 nsubj
        kesepahaman kesepahaman NOUN 1 compound
        yang yang PRON 4 nsubj:pass
        ditandatangani tanda-tangan VERB 1 acl:relcl
        PT pt PROPN 4 obj _ B-ORG
        Sinar sinar PROPN 5 flat:name _ I-ORG
        Laut laut PROPN 6 flat:name _ E-ORG
        dan dan CCONJ 9 cc
        PT pt PROPN 5 conj _ B-ORG
        Nusa nusa PROPN 9 flat:name _ I-ORG
        Raya raya PROPN 10 flat:name _ E-ORG
        pekan pekan NOUN 9 compound
        lalu lalu VERB 14 advmod
        mulai mulai VERB 0 root
        berlaku laku VERB 14 xcomp
        . . PUNCT 14 punct
    """)
)

SIGNED_BY_OFFICIALS = (
conll('Perjanjian itu ditandatangani oleh Rektor Universitas Nusa Prof. Budi Santoso dan Direktur Utama PT Sinar Laut Rina Lestari.', """
        Perjanjian janji NOUN 3 nsubj:pass
        itu itu DET 1 det
        ditandatangani tanda-tangan VERB 0 root
        oleh oleh ADP 5 case
        Rektor rektor PROPN 3 obl _ B-ORG
        Universitas universitas PROPN 5 flat:name _ I-ORG
        Nusa nusa PROPN 6 flat:name _ I-ORG
        Prof prof PROPN 7 flat:name _ E-ORG
        . . PUNCT 8 punct
        Budi budi PROPN 5 flat:name _ B-PER
        Santoso santoso PROPN 10 flat:name _ E-PER
        dan dan CCONJ 13 cc
        Direktur direktur PROPN 5 conj
        Utama utama ADJ 13 amod
        PT pt PROPN 13 flat:name
        Sinar sinar PROPN 15 flat:name
        Laut laut PROPN 16 flat:name
        Rina rina PROPN 17 flat:name _ B-PER
        Lestari lestari PROPN 18 flat:name _ E-PER
        . . PUNCT 3 punct
    """)
)

SIGNED_BY_A_DESCRIPTION = (
conll('Kesepakatan yang diteken Budi Santoso dan para pendukung Rina Lestari itu harus dijalankan.', """
        Kesepakatan kesepakatan NOUN 13 nsubj:pass
        yang yang PRON 3 nsubj:pass
        diteken teken VERB 1 acl:relcl
        Budi budi PROPN 3 obj _ B-PER
        Santoso santoso PROPN 4 flat:name _ E-PER
        dan dan CCONJ 8 cc
        para para DET 8 det
        pendukung dukung NOUN 13 nsubj:pass
        Rina rina PROPN 8 nmod _ B-PER
        Lestari lestari PROPN 9 flat:name _ E-PER
        itu itu DET 8 det
        harus harus AUX 13 advmod
        dijalankan jalan VERB 0 root
        . . PUNCT 13 punct
    """)
)

SIGNED_PHOTO = (
conll('Foto yang ditandatangani PT Sinar Laut dan PT Nusa Raya itu dipajang.', """
        Foto foto NOUN 12 nsubj:pass
        yang yang PRON 3 nsubj:pass
        ditandatangani tanda-tangan VERB 1 acl:relcl
        PT pt PROPN 3 obj _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Laut laut PROPN 5 flat:name _ E-ORG
        dan dan CCONJ 8 cc
        PT pt PROPN 4 conj _ B-ORG
        Nusa nusa PROPN 8 flat:name _ I-ORG
        Raya raya PROPN 9 flat:name _ E-ORG
        itu itu DET 8 det
        dipajang pajang VERB 0 root
        . . PUNCT 12 punct
    """)
)


def test_the_signers_of_an_agreement_are_partners(lexicon: Lexicon) -> None:
    # "Nota kesepahaman yang ditandatangani A dan B"; officials sign for the organisations in their titles
    assert claims_of(doc_of(SIGNED_BY_TWO), lexicon) == {("PT Sinar Laut", "partnersWith", "PT Nusa Raya"): "asserted"}
    assert ("Universitas Nusa", "partnersWith", "PT Sinar Laut") in claims_of(doc_of(SIGNED_BY_OFFICIALS), lexicon)


def test_no_partner_deep_in_a_signer_s_description_nor_for_a_signed_thing(lexicon: Lexicon) -> None:
    # "diteken A dan para pendukung B": B did not sign; a signed photo is no agreement
    assert claims_of(doc_of(SIGNED_BY_A_DESCRIPTION), lexicon) == {}
    assert claims_of(doc_of(SIGNED_PHOTO), lexicon) == {}


SIGNED_CONTRACT = (
conll('Kontrak yang ditandatangani Persib dan Andi Saputra berlaku dua musim.', """
        Kontrak kontrak NOUN 8 nsubj
        yang yang PRON 3 nsubj:pass
        ditandatangani tanda-tangan VERB 1 acl:relcl
        Persib persib PROPN 3 obl _ S-ORG
        dan dan CCONJ 6 cc
        Andi andi PROPN 4 conj _ B-PER
        Saputra saputra PROPN 6 flat:name _ E-PER
        berlaku laku VERB 0 root
        dua dua NUM 10 nummod
        musim musim NOUN 8 obj
        . . PUNCT 8 punct
    """)
)


def test_a_contract_a_club_and_a_player_sign_is_no_partnership(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SIGNED_CONTRACT), lexicon) == {}


# ---- regressions from the review of these rules (sentences of the reviewer's own) --------------------------------

HOLDERS_OF_SEVERAL = (
conll('Pemegang saham BCA, BRI, dan Mandiri menerima dividen tahun ini.', """
        Pemegang pemegang NOUN 9 nsubj
        saham saham NOUN 1 compound
        BCA bca PROPN 2 nmod _ S-ORG
        , , PUNCT 5 punct
        BRI bri PROPN 3 conj
        , , PUNCT 5 punct
        dan dan CCONJ 8 cc
        Mandiri mandiri PROPN 3 conj _ S-PER
        menerima terima VERB 0 root
        dividen dividen NOUN 9 obj
        tahun tahun NOUN 10 compound
        ini ini DET 11 det
        . . PUNCT 9 punct
    """)
)

HOLDER_LIST_WITH_VERB = (
conll('Komposisi pemegang saham PT Sinar Laut terdiri dari PT Nusa Raya menguasai 60,5 persen dan Bank Mitra Jaya 39,5 persen.', """
        Komposisi komposisi NOUN 7 nsubj:pass
        pemegang pegang NOUN 1 compound
        saham saham NOUN 2 compound
        PT pt PROPN 3 nmod _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Laut laut NOUN 5 flat:name _ E-ORG
        terdiri terdiri VERB 0 root
        dari dari ADP 9 case
        PT pt PROPN 7 obl _ B-ORG
        Nusa nusa PROPN 9 flat:name _ I-ORG
        Raya raya PROPN 10 flat:name _ E-ORG
        menguasai kuasa VERB 7 xcomp
        60,5 60,5 NUM 14 nummod
        persen persen NOUN 12 obj
        dan dan CCONJ 16 cc
        Bank bank PROPN 14 conj _ B-ORG
        Mitra mitra PROPN 16 flat:name _ I-ORG
        Jaya jaya PROPN 17 flat:name _ E-ORG
        39,5 39,5 NUM 20 nummod
        persen persen NOUN 16 nmod
        . . PUNCT 7 punct
    """)
)

BURIED_NAME_BEFORE_MERUPAKAN = (
conll('Pembeli saham Gojek merupakan perusahaan yang berbasis di Singapura.', """
        Pembeli pembeli NOUN 4 nsubj
        saham saham NOUN 1 compound
        Gojek gojek PROPN 2 nmod
        merupakan rupa VERB 0 root
        perusahaan usaha NOUN 4 obj
        yang yang PRON 7 nsubj
        berbasis basis VERB 5 acl:relcl
        di di ADP 9 case
        Singapura singapura PROPN 7 obl _ S-LOC
        . . PUNCT 4 punct
    """)
)

PERSON_AS_MODEL = (
conll('Dian Sastrowardoyo adalah model papan atas.', """
        Dian dian PROPN 4 nsubj _ B-PER
        Sastrowardoyo sastrowardoyo PROPN 1 flat:name _ E-PER
        adalah adalah AUX 4 cop
        model model NOUN 0 root
        papan papan NOUN 4 compound
        atas atas ADP 4 case
        . . PUNCT 4 punct
    """)
)

FOREIGN_MINISTER = (
conll('Menteri Pertahanan Amerika Serikat Lloyd Austin bertemu pejabat Kementerian Pertahanan.', """
        Menteri menteri PROPN 7 nsubj
        Pertahanan pertahanan PROPN 1 flat:name
        Amerika amerika PROPN 2 flat:name
        Serikat serikat PROPN 3 flat:name
        Lloyd lloyd PROPN 4 flat:name _ B-PER
        Austin austin PROPN 5 flat:name _ E-PER
        bertemu temu VERB 0 root
        pejabat jabat NOUN 7 obj
        Kementerian kementerian PROPN 8 nmod _ B-ORG
        Pertahanan pertahanan PROPN 9 flat:name _ E-ORG
        . . PUNCT 7 punct
    """)
)

PUBLISHER_OF_THE_BOOK = (
conll('Penerbit Gramedia menerbitkan bukunya berjudul Laskar Pelangi.', """
        Penerbit penerbit PROPN 3 nsubj
        Gramedia gramedia PROPN 1 flat:name _ S-PER
        menerbitkan terbit VERB 0 root
        bukunya bukunya NOUN 3 obj
        berjudul judul VERB 4 acl
        Laskar laskar PROPN 5 obj
        Pelangi pelangi PROPN 6 flat:name
        . . PUNCT 3 punct
    """)
)

BUYER_OF_THE_BOOK = (
conll('Budi Santoso membeli bukunya berjudul Senja Merah di Jakarta.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        membeli beli VERB 0 root
        bukunya bukunya NOUN 3 obj
        berjudul judul VERB 4 acl
        Senja senja PROPN 5 obj
        Merah merah PROPN 6 flat:name
        di di ADP 9 case
        Jakarta jakarta PROPN 5 obl _ S-LOC
        . . PUNCT 3 punct
    """)
)

NAMED_WRITER = (
conll('Penulis novel terlaris yang bernama Andrea Hirata itu hadir.', """
        Penulis tulis NOUN 9 nsubj
        novel novel NOUN 1 compound
        terlaris laris ADJ 2 amod
        yang yang PRON 5 nsubj
        bernama nama VERB 1 acl:relcl
        Andrea andrea PROPN 5 obj _ B-PER
        Hirata hirata PROPN 6 flat:name _ E-PER
        itu itu DET 6 det
        hadir hadir VERB 0 root
        . . PUNCT 9 punct
    """)
)

BRACKETED_ON_A_TEAM = (
conll('Tim kuasa hukum PT Sinar Laut (dipimpin oleh Hotman Paris) mengajukan banding.', """
        Tim tim NOUN 13 nsubj
        kuasa kuasa NOUN 1 compound
        hukum hukum NOUN 2 compound
        PT pt PROPN 3 nmod _ B-ORG
        Sinar sinar PROPN 4 flat:name _ I-ORG
        Laut laut PROPN 5 flat:name _ E-ORG
        ( ( PUNCT 8 punct
        dipimpin pimpin VERB 1 appos
        oleh oleh ADP 10 case
        Hotman hotman PROPN 8 obl _ B-PER
        Paris paris PROPN 10 flat:name _ E-PER
        ) ) PUNCT 8 punct
        mengajukan aju VERB 0 root
        banding banding NOUN 13 obj
        . . PUNCT 13 punct
    """)
)

COMPANY_OPENING = (
conll('Mandiri mencatat laba bersih Rp 10 triliun.', """
        Mandiri mandiri PROPN 2 nsubj
        mencatat catat VERB 0 root
        laba laba NOUN 2 obj
        bersih bersih ADJ 3 amod
        Rp rp NOUN 3 compound
        10 10 NUM 7 nummod
        triliun triliun NUM 5 nummod
        . . PUNCT 2 punct
    """)
)

CAPITAL_ORDINAL = (
conll('Joko Widodo, Presiden Ke-7 Republik Indonesia, hadir.', """
        Joko joko PROPN 9 nsubj _ B-PER
        Widodo widodo PROPN 1 flat:name _ E-PER
        , , PUNCT 1 punct
        Presiden presiden PROPN 1 appos
        Ke-7 ke-7 PROPN 4 flat:name
        Republik republik PROPN 5 flat:name
        Indonesia indonesia PROPN 6 flat:name _ S-LOC
        , , PUNCT 9 punct
        hadir hadir VERB 0 root
        . . PUNCT 9 punct
    """)
)

MAKER_NAMED_TWICE = (
conll('Karya Rendra Wijaya, yakni Bip Bop dan Mastodon, ditulis ketika Rendra Wijaya dipenjara.', """
        Karya karya NOUN 11 nsubj:pass
        Rendra rendra PROPN 1 nmod _ B-PER
        Wijaya wijaya PROPN 2 flat:name _ E-PER
        , , PUNCT 1 punct
        yakni yakni SCONJ 6 mark
        Bip bip PROPN 1 appos _ B-PER
        Bop bop PROPN 6 flat:name _ E-PER
        dan dan CCONJ 9 cc
        Mastodon mastodon PROPN 7 conj _ S-PER
        , , PUNCT 11 punct
        ditulis tulis VERB 0 root
        ketika ketika SCONJ 15 mark
        Rendra rendra PROPN 15 nsubj:pass _ B-PER
        Wijaya wijaya PROPN 13 flat:name _ E-PER
        dipenjara penjara VERB 11 advcl
        . . PUNCT 11 punct
    """)
)

UNQUOTED_TITLE = (
conll('Budi Santoso menuliskan gagasan itu lewat bukunya berjudul Jalan Sunyi pada 1989.', """
        Budi budi PROPN 3 nsubj _ B-PER
        Santoso santoso PROPN 1 flat:name _ E-PER
        menuliskan tulis VERB 0 root
        gagasan gagas NOUN 3 obj
        itu itu DET 4 det
        lewat lewat ADP 7 case
        bukunya bukunya NOUN 3 obl
        berjudul judul VERB 7 acl
        Jalan jalan PROPN 8 obj _ B-LOC
        Sunyi sunyi PROPN 9 flat:name _ E-LOC
        pada pada ADP 8 mark
        1989 1989 NUM 8 nummod
        . . PUNCT 3 punct
    """)
)

CUT_WORD_IN_RUN = (
conll('Di masa pemerintahan Kaisar Gonijō dan dilanjutkan Kaisar Hanazono.', """
        Di di ADP 2 case
        masa masa NOUN 8 obl
        pemerintahan perintah NOUN 2 compound
        Kaisar kaisar PROPN 3 nmod _ B-PER
        Gonij gonij PROPN 4 flat:name _ E-PER
        ō ō PROPN 5 flat:name
        dan dan CCONJ 8 cc
        dilanjutkan lanjut VERB 0 root
        Kaisar kaisar PROPN 8 obj _ B-PER
        Hanazono hanazono PROPN 9 flat:name _ E-PER
        . . PUNCT 8 punct
    """)
)


def test_holders_of_several_companies_are_no_shareholder_list(lexicon: Lexicon) -> None:
    # "Pemegang saham BCA, BRI, dan Mandiri menerima dividen": no "terdiri dari", so no list of one issuer's holders
    assert not any(p == "investsIn" for _, p, _ in claims_of(doc_of(HOLDERS_OF_SEVERAL), lexicon))


def test_a_shareholder_list_drops_the_stake_read_the_other_way_round(lexicon: Lexicon) -> None:
    # "… terdiri dari A menguasai 60,5 persen dan B …": the issuer does not take over its holders
    assert claims_of(doc_of(HOLDER_LIST_WITH_VERB), lexicon) == {
        ("PT Nusa Raya", "investsIn", "PT Sinar Laut"): "asserted", ("Bank Mitra Jaya", "investsIn", "PT Sinar Laut"):
        "asserted"}


def test_only_a_named_subject_of_merupakan_is_the_described_company(lexicon: Lexicon) -> None:
    # "Pembeli saham X merupakan perusahaan yang berbasis di Y": the buyer is based in Y, not X
    assert claims_of(doc_of(BURIED_NAME_BEFORE_MERUPAKAN), lexicon) == {}


def test_a_person_s_predicate_noun_a_person_may_be_does_not_retype_them(lexicon: Lexicon) -> None:
    assert {m.text: m.type for m in find_mentions(doc_of(PERSON_AS_MODEL), lexicon)} == {
        "Dian Sastrowardoyo": "Person"}
    assert {m.text: m.type for m in find_mentions(doc_of(NAMED_WRITER), lexicon)} == {"Andrea Hirata": "Person"}


def test_a_foreign_minister_does_not_lead_the_ministry_of_the_same_field(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(FOREIGN_MINISTER), lexicon) == {}


def test_a_publisher_or_a_buyer_of_a_book_did_not_write_it(lexicon: Lexicon) -> None:
    assert not any(p == "developedBy" for _, p, _ in claims_of(doc_of(PUBLISHER_OF_THE_BOOK), lexicon))
    assert claims_of(doc_of(BUYER_OF_THE_BOOK), lexicon) == {}


def test_a_bracketed_passive_on_a_common_noun_leads_nothing_inside_it(lexicon: Lexicon) -> None:
    # "Tim kuasa hukum PT X (dipimpin oleh Y)": Y leads the team, not PT X
    assert claims_of(doc_of(BRACKETED_ON_A_TEAM), lexicon) == {}


def test_a_company_acting_on_something_at_the_sentence_start_stays_a_name(lexicon: Lexicon) -> None:
    # "Mandiri mencatat laba …": only an intransitive verb's untagged subject is a common word
    assert {m.text for m in find_mentions(doc_of(COMPANY_OPENING), lexicon)} == {"Mandiri"}


def test_a_capitalised_ordinal_is_no_name_word(lexicon: Lexicon) -> None:
    assert "Republik Indonesia" in {m.text for m in find_mentions(doc_of(CAPITAL_ORDINAL), lexicon)}


def test_works_listed_after_a_maker_named_again_later(lexicon: Lexicon) -> None:
    # the list follows this mention of the maker, not the last one in the sentence
    assert claims_of(doc_of(MAKER_NAMED_TWICE), lexicon) == {
        ("Bip Bop", "developedBy", "Rendra Wijaya"): "asserted", ("Mastodon", "developedBy", "Rendra Wijaya"):
        "asserted"}


def test_an_unquoted_title_after_a_naming_word_is_a_work(lexicon: Lexicon) -> None:
    types = {m.text: m.type for m in find_mentions(doc_of(UNQUOTED_TITLE), lexicon)}
    assert types["Jalan Sunyi"] == "Product"


def test_no_split_inside_a_word_the_tokenizer_cut(lexicon: Lexicon) -> None:
    # "Gonijō" is cut into "Gonij" + "ō"; a later split had made "ō" a name of its own
    texts = {m.text for m in find_mentions(doc_of(CUT_WORD_IN_RUN), lexicon)}
    assert not any(t == "ō" for t in texts) and any(t.endswith("Gonijō") for t in texts)


# ---- regressions from the second review -----------------------------------------------------------------------

MATCH_WITH_CANDIDATE_WORD = (
conll('Andi Saputra mengalahkan Budi Hartono, dan calon juara lainnya, Rudi Wijaya, tersingkir.', """
        Andi andi PROPN 3 nsubj _ B-PER
        Saputra saputra PROPN 1 flat:name _ E-PER
        mengalahkan kalah VERB 0 root
        Budi budi PROPN 3 obj _ B-PER
        Hartono hartono PROPN 4 flat:name _ E-PER
        , , PUNCT 8 punct
        dan dan CCONJ 8 cc
        calon calon NOUN 4 conj
        juara juara NOUN 8 compound
        lain lain ADJ 9 amod
        nya dia PRON 10 det
        , , PUNCT 13 punct
        Rudi rudi PROPN 16 nsubj:pass _ B-PER
        Wijaya wijaya PROPN 13 flat:name _ E-PER
        , , PUNCT 16 punct
        tersingkir singkir VERB 3 parataxis
        . . PUNCT 3 punct
    """)
)

FACING_CRITICISM = (
conll('Andi Saputra menghadapi kritik dari Budi Hartono soal pemilu.', """
        Andi andi PROPN 3 nsubj _ B-PER
        Saputra saputra PROPN 1 flat:name _ E-PER
        menghadapi hadap VERB 0 root
        kritik kritik NOUN 3 obj
        dari dari ADP 6 case
        Budi budi PROPN 4 nmod _ B-PER
        Hartono hartono PROPN 6 flat:name _ E-PER
        soal soal VERB 3 xcomp
        pemilu pemilu NOUN 8 obj
        . . PUNCT 3 punct
    """)
)

WATCHED_LOSING = (
conll('Joko Susilo menyaksikan Andi Saputra kalah dari Budi Hartono dalam pilkada.', """
        Joko joko PROPN 3 nsubj _ B-PER
        Susilo susilo PROPN 1 flat:name _ E-PER
        menyaksikan saksi VERB 0 root
        Andi andi PROPN 3 obj _ B-PER
        Saputra saputra PROPN 4 flat:name _ E-PER
        kalah kalah VERB 3 xcomp
        dari dari ADP 8 case
        Budi budi PROPN 6 obl _ B-PER
        Hartono hartono PROPN 8 flat:name _ E-PER
        dalam dalam ADP 11 case
        pilkada pilkada NOUN 6 obl
        . . PUNCT 3 punct
    """)
)

WON_OVER = (
conll('Andi Saputra menang atas Budi Hartono dalam pilkada 2024.', """
        Andi andi PROPN 3 nsubj _ B-PER
        Saputra saputra PROPN 1 flat:name _ E-PER
        menang menang VERB 0 root
        atas atas ADP 5 case
        Budi budi PROPN 3 obl _ B-PER
        Hartono hartono PROPN 5 flat:name _ E-PER
        dalam dalam ADP 8 case
        pilkada pilkada NOUN 3 obl
        2024 2024 NUM 8 nummod
        . . PUNCT 3 punct
    """)
)

AI_MODEL_PREDICATE = (
conll('Zeta adalah model AI buatan PT Nusa Data.', """
        Zeta zeta PROPN 3 nsubj
        adalah adalah AUX 3 cop
        model model NOUN 0 root
        AI ai PROPN 3 nmod
        buatan buat NOUN 4 compound
        PT pt PROPN 5 nmod _ B-ORG
        Nusa nusa PROPN 6 flat:name _ I-ORG
        Data data PROPN 7 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

SERVICE_NAMED = (
conll('Bank Sinar meluncurkan layanan yang bernama Siti.', """
        Bank bank PROPN 3 nsubj _ B-ORG
        Sinar sinar PROPN 1 flat:name _ E-ORG
        meluncurkan luncur VERB 0 root
        layanan layan NOUN 3 obj
        yang yang PRON 6 nsubj
        bernama nama VERB 4 acl:relcl
        Siti siti PROPN 6 obj _ S-PER
        . . PUNCT 3 punct
    """)
)

COPULA_OPENING = (
conll('Mawar merupakan komoditas bunga potong.', """
        Mawar mawar PROPN 2 nsubj
        merupakan rupa VERB 0 root
        komoditas komoditas NOUN 2 obj
        bunga bunga NOUN 3 compound
        potong potong NOUN 4 compound
        . . PUNCT 2 punct
    """)
)

HOME_MINISTER = (
conll('Menteri Pertahanan Republik Indonesia Andi Saputra bertemu pejabat Kementerian Pertahanan.', """
        Menteri menteri PROPN 7 nsubj
        Pertahanan pertahanan PROPN 1 flat:name
        Republik republik PROPN 2 flat:name
        Indonesia indonesia PROPN 3 flat:name
        Andi andi PROPN 4 flat:name _ B-PER
        Saputra saputra PROPN 5 flat:name _ E-PER
        bertemu temu VERB 0 root
        pejabat jabat NOUN 7 obj
        Kementerian kementerian PROPN 8 nmod _ B-ORG
        Pertahanan pertahanan PROPN 9 flat:name _ E-ORG
        . . PUNCT 7 punct
    """)
)

INSIDE_HIS_BOOK = (
conll('Di dalam bukunya berjudul Senja Merah, Budi Santoso bercerita tentang Aceh.', """
        Di di ADP 3 case
        dalam dalam ADP 3 case
        bukunya bukunya NOUN 10 obl
        berjudul judul VERB 3 acl
        Senja senja PROPN 4 obj
        Merah merah PROPN 5 flat:name
        , , PUNCT 10 punct
        Budi budi PROPN 10 nsubj _ B-PER
        Santoso santoso PROPN 8 flat:name _ E-PER
        bercerita cerita VERB 0 root
        tentang tentang ADP 12 case
        Aceh aceh PROPN 10 obl
        . . PUNCT 10 punct
    """)
)

STUDIO_FILM = (
conll('Lewat filmnya berjudul Langit Biru, Nusa Studios meraup untung besar.', """
        Lewat lewat ADP 2 case
        film film NOUN 10 obl
        nya dia PRON 2 nmod:poss
        berjudul judul VERB 10 advcl
        Langit langit PROPN 4 obj
        Biru biru PROPN 5 flat:name
        , , PUNCT 10 punct
        Nusa nusa PROPN 10 nsubj _ B-LOC
        Studios studios PROPN 8 flat:name _ E-LOC
        meraup raup VERB 0 root
        untung untung NOUN 10 obj
        besar besar ADJ 11 amod
        . . PUNCT 10 punct
    """)
)

COMPANY_BOOK = (
conll('Lewat bukunya berjudul Senja Merah, PT Nusa Media meraup untung besar.', """
        Lewat lewat ADP 2 case
        bukunya bukunya NOUN 10 obl
        berjudul judul VERB 2 acl
        Senja senja PROPN 3 obj
        Merah merah PROPN 4 flat:name
        , , PUNCT 10 punct
        PT pt PROPN 10 nsubj _ B-ORG
        Nusa nusa PROPN 7 flat:name _ I-ORG
        Media media PROPN 8 flat:name _ E-ORG
        meraup raup VERB 0 root
        untung untung NOUN 10 obj
        besar besar ADJ 11 amod
        . . PUNCT 10 punct
    """)
)


def test_an_election_must_be_named_in_the_contest_s_clause(lexicon: Lexicon) -> None:
    # "calon juara" is no election; "menghadapi kritik dari X" faces criticism, not a rival
    assert claims_of(doc_of(MATCH_WITH_CANDIDATE_WORD), lexicon) == {}
    assert claims_of(doc_of(FACING_CRITICISM), lexicon) == {}


def test_rivals_of_a_complement_clause_and_a_win_over(lexicon: Lexicon) -> None:
    # "X menyaksikan A kalah dari B": A is the rival, not X; "A menang atas B dalam pilkada"
    assert claims_of(doc_of(WATCHED_LOSING), lexicon) == {("Andi Saputra", "competesWith", "Budi Hartono"): "asserted"}
    assert claims_of(doc_of(WON_OVER), lexicon) == {("Andi Saputra", "competesWith", "Budi Hartono"): "asserted"}


def test_a_model_ai_predicate_keeps_the_ai_type(lexicon: Lexicon) -> None:
    types = {m.text: m.type for m in find_mentions(doc_of(AI_MODEL_PREDICATE), lexicon)}
    assert types["Zeta"] == "AIModel"


def test_yang_bernama_takes_the_type_of_the_noun_it_describes(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SERVICE_NAMED), lexicon) == {("Bank Sinar", "releases", "Siti"): "asserted"}


def test_an_untagged_dictionary_word_before_a_copula_is_no_name(lexicon: Lexicon) -> None:
    assert find_mentions(doc_of(COPULA_OPENING), lexicon) == []


def test_a_minister_of_the_home_country_leads_the_ministry(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(HOME_MINISTER), lexicon) == {
        ("Andi Saputra", "leads", "Kementerian Pertahanan"): "asserted"}


def test_possessed_works_with_di_dalam_and_a_studio_s_film_but_no_company_s_book(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(INSIDE_HIS_BOOK), lexicon) == {("Senja Merah", "developedBy", "Budi Santoso"): "asserted"}
    assert claims_of(doc_of(STUDIO_FILM), lexicon) == {("Langit Biru", "developedBy", "Nusa Studios"): "asserted"}
    assert claims_of(doc_of(COMPANY_BOOK), lexicon) == {}


# ---- regressions from the third review (signed agreements) --------------------------------------------------

SIGNED_WITH_A_SUPPORTERS_DESCRIPTION = (
conll('Kesepakatan itu diteken PT Nusa Raya dan para pendukung Partai Hijau.', """
        Kesepakatan kesepakatan NOUN 3 nsubj:pass
        itu itu DET 1 det
        diteken teken VERB 0 root
        PT pt PROPN 3 obj _ B-ORG
        Nusa nusa PROPN 4 flat:name _ I-ORG
        Raya raya PROPN 5 flat:name _ E-ORG
        dan dan CCONJ 9 cc
        para para DET 9 det
        pendukung dukung NOUN 4 conj
        Partai partai PROPN 9 nmod _ B-ORG
        Hijau hijau PROPN 10 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

SIGNED_BUT_NOT_BY = (
conll('Perjanjian itu ditandatangani PT Nusa Raya, bukan PT Sinar Laut dan PT Bumi Jaya.', """
        Perjanjian janji NOUN 3 nsubj:pass
        itu itu DET 1 det
        ditandatangani tanda-tangan VERB 0 root
        PT pt PROPN 3 obj _ B-ORG
        Nusa nusa PROPN 4 flat:name _ I-ORG
        Raya raya PROPN 5 flat:name _ E-ORG
        , , PUNCT 3 punct
        bukan bukan PART 9 advmod
        PT pt PROPN 4 appos _ B-ORG
        Sinar sinar PROPN 9 flat:name _ I-ORG
        Laut laut PROPN 10 flat:name _ E-ORG
        dan dan CCONJ 13 cc
        PT pt PROPN 9 conj _ B-ORG
        Bumi bumi PROPN 13 flat:name _ I-ORG
        Jaya jaya PROPN 14 flat:name _ E-ORG
        . . PUNCT 3 punct
    """)
)

SIGNED_SALE = (
conll('Perjanjian jual beli saham itu ditandatangani oleh PT Nusa Raya dan PT Sinar Laut.', """
        Perjanjian janji NOUN 6 nsubj:pass
        jual jual NOUN 1 compound
        beli beli NOUN 2 compound
        saham saham NOUN 3 compound
        itu itu DET 4 det
        ditandatangani tanda-tangan VERB 0 root
        oleh oleh ADP 8 case
        PT pt PROPN 6 obl _ B-ORG
        Nusa nusa PROPN 8 flat:name _ I-ORG
        Raya raya PROPN 9 flat:name _ E-ORG
        dan dan CCONJ 12 cc
        PT pt PROPN 8 conj _ B-ORG
        Sinar sinar PROPN 12 flat:name _ I-ORG
        Laut laut PROPN 13 flat:name _ E-ORG
        . . PUNCT 6 punct
    """)
)

SIGNED_WITH_OTHER_PARTY = (
conll('Perjanjian kerja sama ditandatangani Kementerian Kesehatan dengan WHO.', """
        Perjanjian janji NOUN 4 nsubj:pass
        kerja kerja NOUN 1 compound
        sama sama ADJ 1 amod
        ditandatangani tanda-tangan VERB 0 root
        Kementerian kementerian PROPN 4 obj _ B-ORG
        Kesehatan sehat NOUN 5 compound _ E-ORG
        dengan dengan ADP 8 case
        WHO who PROPN 4 obl _ S-ORG
        . . PUNCT 4 punct
    """)
)


def test_no_signer_from_a_description_a_sale_or_a_name_set_apart(lexicon: Lexicon) -> None:
    # "para pendukung X" did not sign; a share sale is a takeover, not a partnership; "bukan B" did not sign
    assert claims_of(doc_of(SIGNED_WITH_A_SUPPORTERS_DESCRIPTION), lexicon) == {}
    assert claims_of(doc_of(SIGNED_SALE), lexicon) == {}
    assert claims_of(doc_of(SIGNED_BUT_NOT_BY), lexicon) == {}


def test_a_dengan_phrase_on_the_signing_verb_is_the_other_party(lexicon: Lexicon) -> None:
    assert claims_of(doc_of(SIGNED_WITH_OTHER_PARTY), lexicon) == {
        ("Kementerian Kesehatan", "partnersWith", "WHO"): "asserted"}
