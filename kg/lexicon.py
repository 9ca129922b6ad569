"""Load the extractor's lexicons: trigger roots per relation, type cues, certainty cues, places, stop names.

The lexicons are data files in ``kg/lexicons/`` (TOML and plain text, documented inline); this module only reads them
into one frozen :class:`Lexicon`, loaded once per process, and offers the root lookup (Stanza lemma or PySastrawi stem)
that the stages share.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import tomllib

from kg.items import name_key
from kg.records import Word

LEXICON_DIR = Path(__file__).parent / "lexicons"


# A news site named by its address ("Liputan6.com", "bisnis.com"): an outlet in a dateline, an organisation in text.
WEB_ADDRESS = r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?(?:\.[A-Za-z]{2,3}){1,2}"  # ("TRIBUN-MEDAN.com")

@dataclass(frozen=True)
class RelationSpec:
    """How one relation is triggered and which argument types it accepts (see ``triggers.toml``)."""

    name: str
    roots: frozenset[str]
    affixed_only: frozenset[str] = frozenset()
    not_forms: tuple[str, ...] = ()  # forms of a root that mean something else ("datangi": mendatangi visits)
    causative: frozenset[str] = frozenset()  # roots that are causatives with a predicate after the object ("buat")
    noun_only: frozenset[str] = frozenset()  # roots that trigger only as nouns ("lawan" yes, "melawan" no)
    case_only: frozenset[str] = frozenset()  # nouns whose second party must come with a partner case ("dengan")
    object_not: frozenset[str] = frozenset()  # object nouns that make the trigger mean something else ("roket")
    not_after: tuple[tuple[str, ...], ...] = ()  # phrases right before the trigger that make it another ("salah satu")
    inverse: bool = False
    symmetric: bool = False
    place_pairs: bool = False  # a place takes part only opposite another place (two countries sign a treaty)
    person_object_roots: frozenset[str] = frozenset()  # roots whose direct object is a person moved ("mendatangkan X")
    employment_roots: frozenset[str] = frozenset()  # roots that, between a person and an organisation, mean a hiring
    # words after a person's full name that make it an appointment, no object ("mengumumkan X sebagai …")
    appointed_after: frozenset[str] = frozenset()
    # prepositions after the object that name the persons it is introduced to ("memperkenalkan X kepada Y"): X is a
    # person met, no product
    introduced_to: frozenset[str] = frozenset()
    # group nouns whose leader heads the group, not the body named inside it, unless the group is named itself
    unnamed_groups: frozenset[str] = frozenset()
    # roots whose verb with a phrase of one of ``removed_from_cases`` takes something out ("mengeluarkan X dari saku")
    removing_roots: frozenset[str] = frozenset()
    removed_from_cases: frozenset[str] = frozenset()
    partner_cases: frozenset[str] = frozenset()
    object_cases: frozenset[str] = frozenset()
    object_via_owner: bool = False
    agentless_owner: bool = False
    restricted_roots: frozenset[str] = frozenset()
    source_cases: frozenset[str] = frozenset()
    object_heads: frozenset[str] = frozenset()
    # roots that buy a stake: shares short of control (no word of ``control_words``, under half) are an investment
    stake_roots: frozenset[str] = frozenset()
    control_words: frozenset[str] = frozenset()
    subject_types: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    confidence: float = 0.8


@dataclass(frozen=True)
class Lexicon:
    """All lexicon data, read-only."""

    relations: dict[str, RelationSpec]
    type_cues: dict[str, str]  # cue word → entity type
    titles: dict[str, str]  # title word/phrase → "ceoOf" | "leads"
    maker_cases: frozenset[str]
    author_cases: frozenset[str]
    origin_cases: frozenset[str]
    venue_cases: frozenset[str]
    speculative_words: frozenset[str]
    speculative_phrases: tuple[tuple[str, ...], ...]
    sentence_hedges: frozenset[str]  # "Konon X …": a hedging adverb opening the sentence covers all of it
    question_words: frozenset[str]
    negated_words: frozenset[str]
    negated_phrases: tuple[tuple[str, ...], ...]
    places: dict[str, str]  # name key → canonical place name
    not_entities: frozenset[str]
    indonesian_words: frozenset[str]
    english_words: frozenset[str]
    name_titles: tuple[tuple[str, ...], ...] = ()  # title/rank phrases cut out of name spans ("Direktur Utama")
    name_title_words: frozenset[str] = frozenset()  # every word of those phrases
    grade_words: frozenset[str] = frozenset()  # "seri A": the letter after them is a grade, not a name
    name_connectors: frozenset[str] = frozenset()  # lowercase words inside names ("of", "for": "Bank for X")
    publisher_cases: frozenset[str] = frozenset()  # "buku X terbitan Y": Y releases X
    authored_works: frozenset[str] = frozenset()  # "bukunya berjudul X": X is the possessor's work
    acting_roots: frozenset[str] = frozenset()  # "tampil dalam filmnya": the work is someone else's
    outlets: frozenset[str] = frozenset()  # news outlets, organisations wherever they stand ("Jakarta, Kompas-")
    companies: frozenset[str] = frozenset()  # well-known companies, as spelled ("Nokia", "Telkomsel")
    brand_makers: frozenset[str] = frozenset()  # "Honda Brio", "Toyota Avanza": a maker naming its models after itself
    brand_company_words: frozenset[str] = frozenset()  # "Honda Prospect Motor": a company, not a model
    dateline_words: frozenset[str] = frozenset()  # what may end a dateline: outlets and weekdays (kg/parse.py)
    weekdays: frozenset[str] = frozenset()  # "Senin" … "Minggu", as written: a report's day, no part of a name
    naming_words: frozenset[str] = frozenset()  # "layanan bernama X": X takes the type of the noun before
    # words before a quoted title of any case: the naming words and the one-word work nouns ('film "X dari Y"')
    title_openers: frozenset[str] = frozenset()
    title_naming: frozenset[str] = frozenset()  # "berjudul", "bertajuk": a work's title follows
    definite_before: frozenset[str] = frozenset()  # "sang vendor asal X": a description that refers back
    person_nouns_too: frozenset[str] = frozenset()  # cue nouns a person may be ("model", "pihak", "operator")
    quantity_heads: frozenset[str] = frozenset()  # "satu-satunya klub", "salah satu bank": the noun after is the type
    kin_nouns: frozenset[str] = frozenset()  # "rival putranya": the rivals of a relative, not of the subject
    kin_address: frozenset[str] = frozenset()  # "Bapak Surya", "Ibu Risma": a kin noun as a form of address
    building_words: frozenset[str] = frozenset()  # "Primavera Hotel …", "Bandara …": a place
    lower_org_nouns: frozenset[str] = frozenset()  # "harian": an organisation noun when written in lower case
    address_words: frozenset[str] = frozenset()  # "Jalan …": a street address, the city follows it
    named_after_words: frozenset[str] = frozenset()  # "Universitas Prof. Dr. X": a body named after a person
    # all three: the words before an honorific that make the name a place's or a body's ("Jalan Prof. Dr. X")
    named_after_hosts: frozenset[str] = frozenset()
    office_of_words: frozenset[str] = frozenset()  # "Kantor Menteri …": a title inside an office's name
    football_context: tuple[tuple[str, ...], ...] = ()  # "gol", "laga": the document is about club football
    club_before: frozenset[str] = frozenset()  # "melawan X": X is a club, in a football story
    club_after: frozenset[str] = frozenset()  # "X (kandang)": likewise
    club_buying: frozenset[str] = frozenset()  # "X mendatangkan Y dari Z": X and Z are clubs, in a football story
    club_ends: frozenset[str] = frozenset()  # "fc": a club's last word ("Ayam Jantan Makassar FC")
    club_starts: frozenset[str] = frozenset()  # "ps": a club's first word ("PS Mahakam Samarinda")
    faction_nouns: frozenset[str] = frozenset()  # "fraksi": a party's faction, a body of its own
    degrees: frozenset[str] = frozenset()  # "mt", "phd": degrees after a name ("X, M.T."), no names of their own
    club_nouns: frozenset[str] = frozenset()  # "klub Liga 2 X": the noun before a league that names a club
    leagues: frozenset[str] = frozenset()  # the first word of a league's name ("Liga 1")
    origin_hosts: frozenset[str] = frozenset()  # "tim": an organisation noun only before "asal X"
    place_name_starts: frozenset[str] = frozenset()  # "Republik Indonesia", "DKI Jakarta": a place, not an organisation
    control_verbs: frozenset[str] = frozenset()  # "menugaskan Y untuk …": the object is the clause's subject
    light_verbs: frozenset[str] = frozenset()  # verbs that lend their subject to a relation noun ("melakukan")
    light_frames: frozenset[str] = frozenset()  # nouns a relation noun fills under a light verb ("kerangka")
    led_by_nouns: frozenset[str] = frozenset()  # "X pimpinan Y": Y leads X
    subsidiary_nouns: frozenset[str] = frozenset()  # "anak perusahaan X": a company X owns
    candidate_words: frozenset[str] = frozenset()  # "calon ketua": the office is only sought
    proposal_roots: frozenset[str] = frozenset()  # "mengusulkan X sebagai ketua": the holder is only proposed
    continuing_phrases: tuple[tuple[str, ...], ...] = ()  # "akan tetap": a state that goes on, no hedge
    developer_nouns: frozenset[str] = frozenset()  # "Anthropic, pengembang Claude": Claude is the work
    producer_nouns: frozenset[str] = frozenset()  # "Indofood, produsen Indomie" (but "produsen PC Compal")
    maker_roles: frozenset[str] = frozenset()  # "penulis", "sutradara": the person made the work named after it
    ai_context: tuple[tuple[str, ...], ...] = ()  # "AI", "kecerdasan buatan": the document is about AI
    platforms: frozenset[str] = frozenset()  # "ponsel Android": a name that says what a product runs on, not which
    platform_nouns: frozenset[str] = frozenset()  # "sistem operasi X": nouns whose platform name is the product
    stake_links: frozenset[str] = frozenset()  # "saham yang diterbitkan Y": words before the issuer's name
    parent_nouns: frozenset[str] = frozenset()  # "perusahaan induk": X owns the company named after it
    owned_by_words: frozenset[str] = frozenset()  # "milik": the company before it is owned by the one after
    patron_nouns: frozenset[str] = frozenset()  # "klub asuhan X": X coaches it, X is no name of the club
    stock_exchanges: frozenset[str] = frozenset()  # "saham di BEI": where shares trade (as written)
    org_descriptions: frozenset[str] = frozenset()  # "Maskapai X": a description before the name, cut off
    trade_heads: frozenset[str] = frozenset()  # "Bank investasi X": with a trade after it, a description of X
    org_name_starts: frozenset[str] = frozenset()  # "Bank …", "PT …": the first word of an organisation's name
    lower_name_starts: frozenset[str] = frozenset()  # "partai Buruh": opening the name in lower case too
    former_words: frozenset[str] = frozenset()  # "mantan", "bekas": a former office
    org_unit_prefixes: frozenset[str] = frozenset()  # "DPP Partai X": the board of the party named after it
    board_levels: frozenset[str] = frozenset()  # "Dewan Pimpinan Pusat …": the central board in full
    possessed_orgs: frozenset[str] = frozenset()  # "perusahaan X", "partai X": the organisation person X leads
    office_nouns: frozenset[str] = frozenset()  # "Pusat", "Direktorat": open office names that join fields by "dan"
    field_list_nouns: frozenset[str] = frozenset()  # "Dinas", "Badan": open office names listing fields with commas
    descriptor_nouns: frozenset[str] = frozenset()  # "Perusahaan" before a brand describes it, no part of its name
    field_acronyms: frozenset[str] = frozenset()  # "HAM", "UKM": fields that follow "dan" in an office's name
    second_body_openers: frozenset[str] = frozenset()  # "… dan Gerakan X": a second body after an office's "dan"
    place_nouns_strong: frozenset[str] = frozenset()  # "desa X", "kecamatan X": X is a place whatever the NER says
    region_nouns: frozenset[str] = frozenset()  # "Provinsi", "Kabupaten", "Kota": before a region's own name
    listed_names: frozenset[str] = frozenset()  # one-word names a gazetteer lists ("Tempo", "Demokrat"), lower-cased
    not_seat_before: frozenset[str] = frozenset()  # "cabang Surabaya", "gaya Beber": a place after them is no seat
    time_marks: frozenset[str] = frozenset()  # "Sejak …", "Setelah …": a clause of time, out of the main clause's scope
    condition_marks: frozenset[str] = frozenset()  # "Jika …": a condition, what follows has not happened
    report_nouns: frozenset[str] = frozenset()  # "kabar", "laporan": what a denial may point back at
    title_compounds: tuple[tuple[str, ...], ...] = ()  # "ibu kota": a noun, not the title "Ibu" before a name
    compass_words: frozenset[str] = frozenset()  # "Jakarta Selatan": a compass word after a place is part of it
    unit_tails: frozenset[str] = frozenset()  # "Bank X Syariah": a unit's name, not the long form of "Bank X"
    legislatures: frozenset[str] = frozenset()  # "DPRD Jawa Timur": a council, not a place
    artist_works: frozenset[str] = frozenset()  # "album ketiga X": X is whose album
    language_starts: frozenset[str] = frozenset()  # "Bahasa Inggris": a language, no entity
    language_names: frozenset[str] = frozenset()  # what may follow "Bahasa" in a language's name
    law_starts: frozenset[str] = frozenset()  # "Rancangan Undang-Undang …", "Peraturan Presiden …": no entity
    event_starts: frozenset[str] = frozenset()  # "Kejuaraan Dunia …", "Kongres III …": a named event, no entity
    self_references: frozenset[str] = frozenset()  # "Perseroan" alone: the company the report is about
    group_person_cues: frozenset[str] = frozenset()  # "pemain lokal seperti A": a person cue that may mean firms
    definite_org_nouns: frozenset[str] = frozenset()  # "jaringan ini": an organisation only when pointed back at
    obligation_words: frozenset[str] = frozenset()  # "harus berada di X": a rule, no fact
    also_holding: frozenset[str] = frozenset()  # "Ketua X yang juga Ketua Umum Y Z": a second office, one holder
    opening_titles: frozenset[str] = frozenset()  # "Datuk": a title only where it opens a name
    listing_verbs: frozenset[str] = frozenset()  # "Anak perusahaannya meliputi A dan B"
    transfer_movers: frozenset[str] = frozenset()  # "karyawan B pindah ke A": people whose organisation is the source
    org_name_ends: frozenset[str] = frozenset()  # last words that make a name an organisation ("X Capital", "Y Tbk")
    lower_org_ends: frozenset[str] = frozenset()  # legal forms kept in a name even in lower case ("X plc")
    epithet_cues: frozenset[str] = frozenset()  # words before a quoted nickname ("dijuluki 'X'")
    employer_titles: frozenset[str] = frozenset()  # "CEO", "bos": the company's name follows the title
    place_titles: frozenset[str] = frozenset()  # titles that may lead a place ("gubernur")
    not_top: frozenset[str] = frozenset()  # words that make the next title a deputy ("wakil")
    holder_titles: frozenset[str] = frozenset()  # "Wapres X": the name after the title is its holder
    field_openers: frozenset[str] = frozenset()  # "Bidang": a title's field follows, no name
    field_words: frozenset[str] = frozenset()  # field words the dictionary lacks ("Polhukam")
    branch_words: frozenset[str] = frozenset()  # words after a title that make it a branch head ("perwakilan")
    office_functions: frozenset[str] = frozenset()  # of those, a function inside a company ("keuangan")
    person_openers: tuple[tuple[str, ...], ...] = ()  # "i made": a person's name starts here inside a longer run
    honorifics: frozenset[str] = frozenset()  # "prof.", "dr.": a person's name follows
    dotted_honorifics: frozenset[str] = frozenset()  # "Tn.", "Nn.": honorifics only with their stop (not "TN AD")
    # world cities and US states (places_world.txt, from GeoNames): a whole name found there is a place, but they
    # take no part in cutting runs of names ("Orlando Bloom" is no city and a person)
    world_places: frozenset[str] = frozenset()
    ranks: tuple[tuple[str, ...], ...] = ()  # "laksamana muda": a name after one is the bearer's service
    fused_titles: dict[str, str] = field(default_factory=dict)  # "kapolri" → "Polri": a title naming what it heads
    thing_cases: frozenset[str] = frozenset()  # "X buatan PT Y": X is a thing made
    life_events: frozenset[str] = frozenset()  # "mengumumkan pembubaran X": no product announced
    minister_titles: frozenset[str] = frozenset()  # "menteri": followed by the field of the ministry led
    minister_title_words: frozenset[str] = frozenset()  # words that extend a minister's title ("Menteri Koordinator")
    ministry_words: frozenset[str] = frozenset()  # "kementerian": the first word of a ministry's name
    minister_short: dict[str, str] = field(default_factory=dict)  # "menhub" → "perhubungan" (first word of the field)
    parties: frozenset[tuple[str, ...]] = frozenset()  # party names as lowercase word tuples (parties.txt)
    # the names of parties and of state institutions (institutions_id.txt) as lowercase word tuples: where a known
    # body's name ends inside a run of names ("Jubir Kemlu Teuku Faizasyah")
    bodies: frozenset[tuple[str, ...]] = frozenset()
    body_short: frozenset[str] = frozenset()  # one-word short names as written ("PKB", "Kemlu"): case counts
    ministry_short: frozenset[str] = frozenset()  # the ministries' among them ("Kemenkeu", "Deplu")
    party_short: frozenset[str] = frozenset()  # the parties' among them ("PKB", "NasDem")
    government: tuple[str, str] = ("", "")  # ("Pemerintah Indonesia", "pemerintah"): the home government, bare
    government_not_before: frozenset[str] = frozenset()  # "pemerintah daerah": another government
    government_not_after: frozenset[str] = frozenset()  # "lembaga pemerintah": a class of bodies
    government_home: frozenset[str] = frozenset()  # "indonesia", "ri": the places that are home itself
    regions: frozenset[str] = frozenset()  # name keys of the home country's provinces, cities and regencies
    shared_boards: tuple[tuple[str, ...], ...] = ()  # boards with several chairs ("dpp"): their "Ketua" leads nothing
    unit_words: frozenset[str] = frozenset()  # "Business Unit" inside a name led: a branch
    partner_kinds: frozenset[str] = frozenset()  # "mitra kerja X": the partner named after the kind
    force_names: frozenset[str] = frozenset()  # "polres": opens a regional force's name ("Polres Cianjur")
    # word → how often the open NER corpora tag it in a person's, organisation's, place's and brand's name
    # (name_priors.tsv, written by dev/make_name_priors.py)
    name_priors: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    founder_words: frozenset[str] = frozenset()  # "pendiri": "X adalah pendiri sekaligus CEO Y" makes X the CEO
    office_joiners: frozenset[str] = frozenset()  # "sekaligus": "X, Wakil Ketua A sekaligus Ketua B" (X leads B)
    # "pemkab" → ("bupati",): a region's government by the first words of its name, with the titles that head it
    regional_governments: dict[str, frozenset[str]] = field(default_factory=dict)
    fused_regional: dict[str, str] = field(default_factory=dict)  # "kapolres" → "Polres": + the region after it
    generic_kinds: frozenset[str] = frozenset()  # "perusahaan": too general a description noun to pick a name
    goods_nouns: frozenset[str] = frozenset()  # "dosis", "beras": brought in, no one is recruited
    field_nouns: frozenset[str] = frozenset()  # "di bidang X": a relation's field before its "antara" parties
    shared_board_titles: frozenset[str] = frozenset()  # the titles those boards have several of ("ketua")
    party_chair: frozenset[str] = frozenset()  # titles that, bare, are the chair of the story's party ("ketua umum")
    purpose_marks: frozenset[str] = frozenset()  # "untuk" + trigger verb: an aim, speculative
    decision_roots: frozenset[str] = frozenset()  # "memutuskan untuk menunda": a decision, not an aim
    appointment_roots: frozenset[str] = frozenset()  # "akan melantik Gubernur X Y": the title is speculative
    denial_words: frozenset[str] = frozenset()  # verbs that deny what they govern ("membantah")
    ended_words: frozenset[str] = frozenset()  # predicates that end a plan or deal said as their subject ("batal")
    realised_roots: frozenset[str] = frozenset()  # "terwujud": with "belum", a relation noun has not come about
    not_yet_words: frozenset[str] = frozenset()  # "belum"
    no_longer_words: frozenset[str] = frozenset()  # "lagi": "tidak lagi memimpin X", the office has stopped
    sold_roots: frozenset[str] = frozenset()  # verbs that end a stake they take as object ("menjual saham": "jual")
    transfer_verbs: frozenset[str] = frozenset()  # "hijrah dari B ke A": A recruitsFrom B
    election_words: frozenset[str] = frozenset()  # "pilkada", "pemilu": a clause about a contest for a post
    election_phrases: tuple[tuple[str, ...], ...] = ()  # "pemilihan presiden", "calon gubernur"
    contest_words: frozenset[str] = frozenset()  # "kalah", "mengalahkan", "berhadapan": winning, losing, facing
    contest_cases: frozenset[str] = frozenset()  # "kalah dari B", "menang atas B"
    plural_pronouns: frozenset[str] = frozenset()  # "mereka": not one rival
    besides_words: frozenset[str] = frozenset()  # "selain": a fronted phrase adding a party to the main clause's
    besides_cases: frozenset[str] = frozenset()  # the prepositions such a phrase may repeat ("selain dengan A, …")
    signing_roots: frozenset[str] = frozenset()  # "ditandatangani A dan B": the signers of an agreement
    signing_not_kinds: frozenset[str] = frozenset()  # "perjanjian utang/jual beli/damai": no partnership
    excluding_words: frozenset[str] = frozenset()  # "bukan B", "tanpa B": a name set apart from the list
    signing_officials: frozenset[str] = frozenset()  # "Direktur X", "Wakil Rektor X" sign for X
    holding_words: frozenset[str] = frozenset()  # "kepemilikan", "pemegang" before "saham X"
    holding_marks: frozenset[str] = frozenset()  # "terdiri", ":" … : the holders are listed next
    holding_after_marks: frozenset[str] = frozenset()  # "dari" in "terdiri dari"
    holding_links: frozenset[str] = frozenset()  # "persen", "menguasai" … between the listed holders
    authored_cases: frozenset[str] = frozenset()  # "lewat bukunya", "dalam novelnya": the work the subject made
    studio_works: frozenset[str] = frozenset()  # "lewat filmnya, X Studios …": works an organisation makes
    writing_roots: frozenset[str] = frozenset()  # "menulis bukunya": a verb of making the work
    maker_titles: frozenset[str] = frozenset()  # "Sutradara X meraih Piala Citra lewat film Y": Y is X's work
    transfer_from: frozenset[str] = frozenset()
    transfer_to: frozenset[str] = frozenset()
    transfer_after: frozenset[str] = frozenset()  # "setelah": a clause before the move names what was left
    transfer_leave: frozenset[str] = frozenset()  # "meninggalkan", "hengkang": the word forms of leaving
    career_starts: frozenset[str] = frozenset()  # "Kariernya dimulai dari A": the first step of a career
    career_joins: frozenset[str] = frozenset()  # word forms of joining besides the moves ("memperkuat A")
    career_then: frozenset[str] = frozenset()  # "lalu", "kemudian", "sebelum": the next step of a career
    quantity_openers: frozenset[str] = frozenset()  # "sekitar 30 insinyur X": a quantity before a subject
    office_verbs: frozenset[str] = frozenset()  # "menunjuk Y sebagai CEO", "menjabat Ketua X": Y holds it
    office_holding: frozenset[str] = frozenset()  # the office verbs whose active subject holds it ("jabat")
    succession_roots: frozenset[str] = frozenset()  # "digantikan", "diisi", "menyerahkan": a successor's verbs
    office_nouns_held: frozenset[str] = frozenset()  # "posisi", "jabatan", "kursi": an office as a thing held
    office_nominating: frozenset[str] = frozenset()  # "mengusung X sebagai calon Gubernur Y": nominated, not holding
    office_leaving: frozenset[str] = frozenset()  # "mundur dari jabatannya sebagai Ketua X": the office has ended
    office_resigning: frozenset[str] = frozenset()  # "Ketua X Y mengundurkan diri": the title's office has ended
    relocation_verbs: frozenset[str] = frozenset()  # "memindahkan kantor pusat ke B": B is the new seat
    relocation_seats: tuple[tuple[str, ...], ...] = ()  # the seat nouns moved ("kantor pusat", "markas")
    monopoly_roots: frozenset[str] = frozenset()  # "bukan lagi monopoli": a monopoly that ended
    investment_nouns: frozenset[str] = frozenset()  # "investasi Swiss di Indonesia": country to country
    place_investment_roots: frozenset[str] = frozenset()  # "berinvestasi ke Indonesia": the place invested in
    fight_roots: frozenset[str] = frozenset()  # "bertarung": a rivalry between persons only
    match_rounds: tuple[tuple[str, ...], ...] = ()  # "di babak delapan besar": a match, no rivalry
    prize_roots: frozenset[str] = frozenset()  # "memperebutkan X": X is what is contended for, never a rival
    seat_verbs: frozenset[str] = frozenset()  # "bertempat di", "berlokasi di": a seat when an organisation is there
    premises: frozenset[str] = frozenset()  # "gedung X yang berada di Y": the organisation's own building, its seat
    # every name of a listed party or state body (parties.txt, institutions_id.txt) → its first, full name: one
    # organisation however a document writes it ("Kementerian Sosial", "Kemensos")
    body_aliases: dict[str, str] = field(default_factory=dict)
    capacity_nouns: frozenset[str] = frozenset()  # "dalam kapasitasnya sebagai Ketua X": the possessor holds it
    after_bare_office: frozenset[str] = frozenset()  # "menjabat CEO sejak 2018": a bare office, the story's body's
    seat_participles: frozenset[str] = frozenset()  # "berbasis di", "berkantor pusat di": a seat
    rival_nouns: frozenset[str] = frozenset()  # "pesaing", "rival": X bukan pesaing Y
    sited_orgs: tuple[tuple[str, ...], ...] = ()  # "Universitas X di Y": institutions whose "di Y" is their seat
    entry_roots: frozenset[str] = frozenset()  # "masuknya B": a market entry
    ending_roots: frozenset[str] = frozenset()  # "B mengakhiri monopoli A": what ends a monopoly
    speech_words: frozenset[str] = frozenset()  # verbs of reported speech ("kata", "mengatakan", "menurut")
    time_words: frozenset[str] = frozenset()  # heads of a time phrase of an event ("pekan", "Juli")
    reason_marks: frozenset[str] = frozenset()  # words introducing an event's reason ("karena", "alasan")
    root_index: dict[str, tuple[str, ...]] = field(default_factory=dict)  # root → relation names

    def is_english(self, token: str) -> bool:
        """True for an English function word as written in running text; capitals are not English: "AS" is Amerika
        Serikat, "A" a grade ("seri A")."""
        return token.lower() in self.english_words and not token.isupper()

    def title_at(self, texts: Sequence[str]) -> str | None:
        """RETURNS the longest title phrase (up to three words) that ``texts`` (lowercased words) start with, else
        None: ["direktur", "utama", "x"] → "direktur utama"."""
        for n in (3, 2, 1):
            phrase = " ".join(texts[:n])
            if len(texts) >= n and phrase in self.titles:
                return phrase
        return None

    def title_ending(self, texts: Sequence[str]) -> str | None:
        """RETURNS the longest title phrase (up to three words) that ``texts`` (lowercased words) end with, else None:
        ["kata", "direktur", "utama"] → "direktur utama" (the title right before a name)."""
        for n in (3, 2, 1):
            if len(texts) >= n:
                title = self.title_at(texts[-n:])
                if title is not None and len(title.split()) == n:
                    return title
        return None

    def relations_for_root(self, root: str) -> tuple[str, ...]:
        """RETURNS the relations whose trigger roots include ``root`` (empty tuple if none)."""
        return self.root_index.get(root, ())


def phrase_starts(texts: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> list[tuple[int, tuple[str, ...]]]:
    """RETURNS (index, phrase) for every place where one of ``phrases`` (lowercased word tuples) starts in ``texts``
    (lowercased words): the one phrase matcher of the certainty cues and the document-topic tests."""
    return [(i, p) for p in phrases for i in range(len(texts) - len(p) + 1) if tuple(texts[i:i + len(p)]) == p]


def _words(table: dict[str, Any], section: str, key: str) -> frozenset[str]:
    """RETURNS the lower-cased words of ``table[section][key]`` (empty when absent)."""
    return frozenset(w.lower() for w in table.get(section, {}).get(key, []))


def _read_toml(name: str, directory: Path) -> dict[str, Any]:
    with (directory / name).open("rb") as fh:
        return tomllib.load(fh)


def _read_lines(name: str, directory: Path) -> list[str]:
    lines = (directory / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _name_priors(directory: Path) -> dict[str, tuple[int, int, int, int]]:
    out = {}
    for line in _read_lines("name_priors.tsv", directory):
        word, *counts = line.split("\t")
        per, org, loc, brand = (int(c) for c in counts)
        out[word] = (per, org, loc, brand)
    return out


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    # longest first, so "tidak ada konfirmasi" wins over "tidak"
    return tuple(sorted((tuple(p.lower().split()) for p in items), key=lambda p: (-len(p), p)))


@lru_cache(maxsize=4)
def load_lexicon(directory: str | Path | None = None) -> Lexicon:
    """Read the lexicon files (once per process and directory).

    directory: a folder with the files of ``kg/lexicons/`` (None: the bundled one).
    RETURNS: the Lexicon.
    """
    root = Path(directory) if directory is not None else LEXICON_DIR
    trig = _read_toml("triggers.toml", root)
    relations: dict[str, RelationSpec] = {}
    index: dict[str, list[str]] = {}
    for name, spec in sorted(trig["relations"].items()):
        rel = RelationSpec(
            name=name,
            roots=frozenset(r.lower() for r in spec.get("roots", [])),
            affixed_only=frozenset(r.lower() for r in spec.get("affixed_only", [])),
            not_forms=tuple(r.lower() for r in spec.get("not_forms", [])),
            causative=frozenset(r.lower() for r in spec.get("causative", [])),
            noun_only=frozenset(r.lower() for r in spec.get("noun_only", [])),
            case_only=frozenset(r.lower() for r in spec.get("case_only", [])),
            object_not=frozenset(r.lower() for r in spec.get("object_not", [])),
            not_after=tuple(tuple(p.lower().split()) for p in spec.get("not_after", [])),
            inverse=bool(spec.get("inverse", False)),
            symmetric=bool(spec.get("symmetric", False)),
            place_pairs=bool(spec.get("place_pairs", False)),
            person_object_roots=frozenset(r.lower() for r in spec.get("person_object_roots", [])),
            employment_roots=frozenset(r.lower() for r in spec.get("employment_roots", [])),
            appointed_after=frozenset(w.lower() for w in spec.get("appointed_after", [])),
            introduced_to=frozenset(w.lower() for w in spec.get("introduced_to", [])),
            unnamed_groups=frozenset(w.lower() for w in spec.get("unnamed_groups", [])),
            removing_roots=frozenset(r.lower() for r in spec.get("removing_roots", [])),
            removed_from_cases=frozenset(w.lower() for w in spec.get("removed_from_cases", [])),
            partner_cases=frozenset(spec.get("partner_cases", [])),
            object_cases=frozenset(spec.get("object_cases", [])),
            object_via_owner=bool(spec.get("object_via_owner", False)),
            agentless_owner=bool(spec.get("agentless_owner", False)),
            restricted_roots=frozenset(r.lower() for r in spec.get("restricted_roots", [])),
            source_cases=frozenset(spec.get("source_cases", [])),
            object_heads=frozenset(r.lower() for r in spec.get("object_heads", [])),
            stake_roots=frozenset(r.lower() for r in spec.get("stake_roots", [])),
            control_words=frozenset(r.lower() for r in spec.get("control_words", [])),
            subject_types=frozenset(spec.get("subject_types", [])),
            object_types=frozenset(spec.get("object_types", [])),
            confidence=float(spec.get("confidence", 0.8)),
        )
        relations[name] = rel
        for r in rel.roots:
            index.setdefault(r, []).append(name)
    types = _read_toml("types.toml", root)
    type_cues = {cue.lower(): etype for etype, cues in types["cues"].items() for cue in cues}
    titles = {t.lower(): rel for rel, ts in types["titles"].items() for t in ts if rel in ("ceoOf", "leads")}
    fused = {k.lower(): v for k, v in types["titles"].get("fused", {}).items()}
    cert = _read_toml("certainty.toml", root)
    lang = _read_toml("language.toml", root)
    places: dict[str, str] = {}
    regions: set[str] = set()
    for name in ("places.txt", "places_id.txt", "places_id_regencies.txt"):
        for line in _read_lines(name, root):
            names = [n.strip() for n in line.split("|") if n.strip()]
            for n in names:
                places.setdefault(name_key(n), names[0])
                if name != "places.txt":  # the home country's regions
                    regions.add(name_key(n))
    institutions = _read_lines("institutions_id.txt", root)
    party_names, body_names = ([n for line in lines for n in (x.strip() for x in line.split("|")) if n]
                               for lines in (_read_lines("parties.txt", root), institutions))
    ministry_words = _words(types, "ministers", "ministry_words")
    parties = frozenset(tuple(n.lower().split()) for n in party_names)
    buildings = _words(types, "names", "building_words")
    addresses = _words(types, "names", "address_words")
    named_after = _words(types, "names", "named_after_words")
    outlets = frozenset(" ".join(w.lower().split()) for w in types.get("names", {}).get("outlets", []))
    # (and the one-word companies: "Pegadaian menerbitkan …", a dictionary word opening the sentence)
    companies = _read_lines("companies.txt", root)
    short_names = [n for n in party_names + body_names + companies if len(n.split()) == 1]
    body_aliases: dict[str, str] = {}
    for line in _read_lines("parties.txt", root) + institutions:
        names = [x.strip() for x in line.split("|") if x.strip()]
        for n in names:
            body_aliases.setdefault(name_key(n), name_key(names[0]))  # (the first line naming it, as for places)
    return Lexicon(
        body_aliases=body_aliases,
        listed_names=frozenset(n.lower() for n in short_names) | frozenset(o for o in outlets if " " not in o),
        not_seat_before=_words(types, "names", "not_seat_before"),
        time_marks=_words(cert, "scope", "time_marks"),
        condition_marks=_words(cert, "scope", "condition_marks"),
        report_nouns=_words(cert, "scope", "report_nouns"),
        parties=parties,
        bodies=parties | frozenset(tuple(n.lower().split()) for n in body_names),
        body_short=frozenset(n for n in party_names + body_names if len(n.split()) == 1),
        ministry_short=frozenset(n for line in institutions if line.split()[0].lower() in ministry_words
                                 for n in (x.strip() for x in line.split("|")) if len(n.split()) == 1),
        party_short=frozenset(n for n in party_names if len(n.split()) == 1),
        regions=frozenset(regions),
        relations=relations,
        type_cues=type_cues,
        titles=titles,
        maker_cases=frozenset(types["makers"]["cases"]),
        author_cases=_words(types, "makers", "author_cases"),
        thing_cases=_words(types, "makers", "thing_cases"),
        life_events=_words(types, "makers", "life_events"),
        publisher_cases=frozenset(types.get("publishers", {}).get("cases", [])),
        authored_works=_words(types, "makers", "authored_works"),
        acting_roots=_words(types, "makers", "acting_roots"),
        origin_cases=frozenset(types["origins"]["cases"]),
        origin_hosts=_words(types, "origins", "hosts"),
        venue_cases=_words(types, "origins", "venue_cases"),
        speculative_words=_words(cert, "speculative", "words"),
        speculative_phrases=_phrases(cert["speculative"]["phrases"]),
        sentence_hedges=_words(cert, "speculative", "sentence_adverbs"),
        question_words=_words(cert, "speculative", "question_words"),
        negated_words=_words(cert, "negated", "words"),
        negated_phrases=_phrases(cert["negated"].get("phrases", [])),
        continuing_phrases=_phrases(cert["speculative"].get("continuing", [])),
        places=places,
        world_places=frozenset(name_key(n) for name in ("places_world.txt", "places_id_towns.txt")
                               for n in _read_lines(name, root)),
        not_entities=frozenset(w.casefold() for w in _read_lines("not_entities.txt", root)),
        name_priors=_name_priors(root),
        indonesian_words=frozenset(lang["indonesian"]),
        english_words=frozenset(lang["english"]),
        name_titles=_phrases(types.get("names", {}).get("titles", [])
                             + list(types.get("ministers", {}).get("short", {}))),  # "Menhub X": a title
        name_title_words=frozenset(w for phrase in _phrases(types.get("names", {}).get("titles", [])) for w in phrase),
        grade_words=_words(types, "names", "grade_words"),
        name_connectors=_words(types, "names", "connectors"),
        org_name_ends=_words(types, "names", "org_ends"),
        lower_org_ends=_words(types, "names", "lower_org_ends"),
        outlets=outlets,
        companies=frozenset(companies),
        naming_words=_words(types, "names", "naming_words"),
        title_openers=_words(types, "names", "naming_words") | frozenset(
            k for k, v in type_cues.items() if v == "Product" and " " not in k),
        title_naming=_words(types, "names", "title_naming"),
        definite_before=_words(types, "names", "definite_before"),
        person_nouns_too=_words(types, "names", "person_nouns_too"),
        quantity_heads=_words(types, "names", "quantity_heads"),
        kin_nouns=_words(types, "names", "kin_nouns"),
        kin_address=_words(types, "names", "kin_address"),
        building_words=buildings,
        lower_org_nouns=_words(types, "names", "lower_org_nouns"),
        address_words=addresses,
        named_after_words=named_after,
        named_after_hosts=buildings | addresses | named_after,
        office_of_words=_words(types, "names", "office_of_words"),
        football_context=_phrases(types.get("football", {}).get("context", [])),
        club_before=_words(types, "football", "before"),
        club_nouns=_words(types, "football", "club_nouns"),
        leagues=_words(types, "football", "leagues"),
        club_after=_words(types, "football", "after"),
        club_buying=_words(types, "football", "buying"),
        club_ends=_words(types, "football", "club_ends"),
        club_starts=_words(types, "football", "club_starts"),
        faction_nouns=_words(types, "names", "faction_nouns"),
        degrees=_words(types, "names", "degrees"),
        place_name_starts=_words(types, "names", "place_name_starts"),
        law_starts=_words(types, "names", "law_starts"),
        language_starts=_words(types, "names", "language_starts"),
        language_names=_words(types, "names", "language_names"),
        artist_works=_words(types, "makers", "artist_works"),
        legislatures=_words(types, "names", "legislatures"),
        unit_tails=_words(types, "names", "unit_tails"),
        compass_words=_words(types, "names", "compass_words"),
        title_compounds=_phrases(types.get("names", {}).get("title_compounds", [])),
        event_starts=_words(types, "names", "event_starts"),
        org_unit_prefixes=_words(types, "names", "org_unit_prefixes"),
        board_levels=_words(types, "names", "board_levels"),
        office_nouns=_words(types, "names", "office_nouns"),
        field_list_nouns=_words(types, "names", "field_list_nouns"),
        descriptor_nouns=_words(types, "names", "descriptor_nouns"),
        possessed_orgs=_words(types, "names", "possessed_orgs"),
        field_acronyms=_words(types, "names", "field_acronyms"),
        second_body_openers=_words(types, "names", "second_body_openers"),
        place_nouns_strong=_words(types, "names", "place_nouns_strong"),
        region_nouns=_words(types, "names", "region_nouns"),
        former_words=_words(types, "names", "former_words"),
        org_name_starts=_words(types, "names", "org_name_starts"),
        lower_name_starts=_words(types, "names", "lower_name_starts"),
        person_openers=_phrases(types["names"].get("person_openers", [])),
        honorifics=frozenset(w.lower().rstrip(".") for w in types["names"].get("honorifics", [])),
        dotted_honorifics=frozenset(w.lower().rstrip(".") for w in types["names"].get("dotted_honorifics", [])),
        ranks=_phrases(types["names"].get("ranks", [])),
        org_descriptions=_words(types, "names", "org_descriptions"),
        trade_heads=_words(types, "names", "trade_heads"),
        subsidiary_nouns=_words(types, "names", "subsidiary_nouns"),
        listing_verbs=_words(types, "names", "listing_verbs"),
        maker_roles=_words(types, "names", "maker_roles"),
        developer_nouns=_words(types, "makers", "developer_nouns"),
        producer_nouns=_words(types, "makers", "producer_nouns"),
        platforms=_words(types, "products", "platforms"),
        government=(types.get("government", {}).get("name", ""), types.get("government", {}).get("word", "").lower()),
        government_not_before=_words(types, "government", "not_before"),
        government_not_after=_words(types, "government", "not_after"),
        government_home=_words(types, "government", "home"),
        ai_context=_phrases(types.get("ai", {}).get("context", [])),
        platform_nouns=_words(types, "products", "platform_nouns"),
        brand_makers=_words(types, "products", "brand_makers"),
        brand_company_words=_words(types, "products", "brand_company_words"),
        stake_links=_words(types, "names", "stake_links"),
        parent_nouns=_words(types, "names", "parent_nouns"),
        owned_by_words=_words(types, "names", "owned_by_words"),
        patron_nouns=_words(types, "names", "patron_nouns"),
        stock_exchanges=frozenset(types["names"]["stock_exchanges"]),
        led_by_nouns=_words(types, "names", "led_by_nouns"),
        self_references=_words(types, "names", "self_references"),
        group_person_cues=_words(types, "names", "group_person_cues"),
        definite_org_nouns=_words(types, "names", "definite_org_nouns"),
        obligation_words=_words(types, "names", "obligation_words"),
        also_holding=_words(types, "names", "also_holding"),
        opening_titles=_words(types, "names", "opening_titles"),
        transfer_movers=_words(trig, "transfer", "movers"),
        weekdays=frozenset(types.get("names", {}).get("weekdays", [])),
        dateline_words=frozenset(" ".join(w.lower().split()) for w in [
            *types.get("names", {}).get("outlets", []), *types.get("names", {}).get("weekdays", [])]),
        epithet_cues=_words(types, "names", "epithet_cues"),
        employer_titles=frozenset(t.lower() for t in types["titles"].get("employer", []))
        | frozenset(t.lower() for t in types["titles"].get("ceoOf", [])),
        place_titles=_words(types, "titles", "place_titles"),
        not_top=_words(types, "titles", "not_top"),
        holder_titles=_words(types, "titles", "holders"),
        field_openers=_words(types, "titles", "field_openers"),
        capacity_nouns=_words(types, "titles", "capacity_nouns"),
        after_bare_office=_words(types, "titles", "after_bare_office"),
        seat_participles=_words(trig, "seats", "participles"),
        rival_nouns=_words(trig["relations"], "competesWith", "rival_nouns"),
        field_words=_words(types, "titles", "field_words"),
        branch_words=_words(types, "titles", "branch"),
        office_functions=_words(types, "titles", "functions"),
        shared_boards=_phrases(types["titles"].get("shared_boards", [])),
        unit_words=_words(types, "titles", "units"),
        partner_kinds=_words(trig, "partners", "kinds"),
        field_nouns=_words(trig, "partners", "fields"),
        regional_governments={k.lower(): frozenset(t.lower() for t in v)
                              for k, v in types["government"].get("regional", {}).items()},
        fused_regional={k.lower(): v for k, v in types["titles"].get("fused_regional", {}).items()},
        generic_kinds=_words(types, "names", "generic_kinds"),
        goods_nouns=_words(trig["relations"], "recruitsFrom", "goods"),
        founder_words=_words(types, "titles", "founders"),
        office_joiners=_words(types, "titles", "office_joiners"),
        force_names=_words(types, "names", "force_names"),
        fused_titles=fused,
        minister_titles=_words(types, "ministers", "titles"),
        minister_title_words=_words(types, "ministers", "title_words"),
        ministry_words=ministry_words,
        minister_short={k.lower(): v.lower() for k, v in types.get("ministers", {}).get("short", {}).items()},
        shared_board_titles=_words(types, "titles", "shared_board_titles"),
        party_chair=_words(types, "titles", "party_chair"),
        purpose_marks=_words(cert, "speculative", "purpose_marks"),
        decision_roots=_words(cert, "speculative", "decision_roots"),
        candidate_words=_words(cert, "speculative", "candidate_words"),
        proposal_roots=_words(cert, "speculative", "proposal_roots"),
        appointment_roots=_words(cert, "speculative", "appointment_roots"),
        denial_words=_words(cert, "negated", "denial"),
        ended_words=_words(cert, "negated", "ended"),
        realised_roots=_words(cert, "negated", "realised_roots"),
        not_yet_words=_words(cert, "negated", "not_yet"),
        no_longer_words=_words(cert, "negated", "no_longer"),
        sold_roots=_words(cert, "negated", "sold"),
        transfer_verbs=_words(trig, "transfer", "verbs"),
        election_words=_words(trig, "elections", "words"),
        election_phrases=_phrases(trig.get("elections", {}).get("phrases", [])),
        contest_words=_words(trig, "elections", "contest_words"),
        contest_cases=_words(trig, "elections", "cases"),
        plural_pronouns=_words(trig, "elections", "plural_pronouns"),
        besides_words=_words(trig, "besides", "words"),
        besides_cases=_words(trig, "besides", "cases"),
        signing_roots=_words(trig, "signing", "roots"),
        signing_not_kinds=_words(trig, "signing", "not_kinds"),
        excluding_words=_words(trig, "signing", "excluding"),
        signing_officials=_words(trig, "signing", "officials"),
        holding_words=_words(trig, "holder_lists", "holding"),
        holding_marks=_words(trig, "holder_lists", "marks"),
        holding_after_marks=_words(trig, "holder_lists", "after_marks"),
        holding_links=_words(trig, "holder_lists", "links"),
        authored_cases=_words(types, "makers", "authored_cases"),
        studio_works=_words(types, "makers", "studio_works"),
        writing_roots=_words(types, "makers", "writing_roots"),
        maker_titles=_words(types, "makers", "maker_titles"),
        light_verbs=_words(trig, "light", "verbs"),
        light_frames=_words(trig, "light", "frames"),
        control_verbs=_words(trig, "control", "verbs"),
        transfer_from=_words(trig, "transfer", "from_cases"),
        transfer_to=_words(trig, "transfer", "to_cases"),
        transfer_after=_words(trig, "transfer", "after"),
        transfer_leave=_words(trig, "transfer", "leave"),
        career_starts=_words(trig, "career", "starts"),
        career_joins=_words(trig, "career", "joins"),
        career_then=_words(trig, "career", "then"),
        quantity_openers=_words(trig, "quantities", "openers"),
        office_verbs=_words(trig, "office", "verbs"),
        office_nominating=_words(trig, "office", "nominating"),
        office_holding=_words(trig, "office", "holding"),
        office_leaving=_words(trig, "office", "leaving"),
        office_resigning=_words(trig, "office", "resigning"),
        succession_roots=_words(trig, "office", "succession"),
        office_nouns_held=_words(trig, "office", "held_nouns"),
        relocation_verbs=_words(trig, "relocation", "verbs"),
        relocation_seats=_phrases(trig.get("relocation", {}).get("seats", [])),
        monopoly_roots=_words(trig, "monopoly", "roots"),
        seat_verbs=_words(trig, "seats", "verbs"),
        premises=_words(trig, "seats", "premises"),
        sited_orgs=_phrases(trig["seats"].get("sited", [])),
        fight_roots=_words(trig["relations"], "competesWith", "fight_roots"),
        match_rounds=_phrases(trig["relations"].get("competesWith", {}).get("match_rounds", [])),
        prize_roots=_words(trig["relations"], "competesWith", "prize_roots"),
        investment_nouns=_words(trig, "investment", "nouns"),
        place_investment_roots=_words(trig, "investment", "place_roots"),
        entry_roots=_words(trig, "monopoly", "entry_roots"),
        ending_roots=_words(trig, "monopoly", "ending_roots"),
        speech_words=_words(trig, "speech", "words"),
        time_words=_words(trig, "events", "time_words"),
        reason_marks=_words(trig, "events", "reason_marks"),
        root_index={k: tuple(v) for k, v in index.items()},
    )


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    """PySastrawi's stemmer, its root dictionary extended with the roots it lacks (language.toml ``extra_roots``:
    without "tandatangan", "menandatangani" stays whole)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer = StemmerFactory().create_stemmer()
    for root in _read_toml("language.toml", LEXICON_DIR).get("extra_roots", []):
        stemmer.delegatedStemmer.dictionary.add(root.lower())
    return stemmer


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """True when a word is Indonesian vocabulary: it, or its PySastrawi stem, is in PySastrawi's dictionary of ~30,000
    root words ("Pertandingan" → tanding: yes; "Paramount": no)."""
    w = word.lower()
    dictionary = _stemmer().delegatedStemmer.dictionary
    if w.startswith("ketidak") and w.endswith("an") and len(w) > 10:  # "ketidakmampuan": ke-tidak-mampu-an
        w = w[7:-2]
    return bool(dictionary.contains(w) or dictionary.contains(stem(w)) or _affixed_compound(w, dictionary))


# the nominalising circumfixes a closed compound takes ("peng-ambilalih-an", "ke-warganegara-an"), each prefix with
# the first letter its nasal replaced ("peny-alahguna-an" ← salah guna, "pem-beritahu-an" ← beri tahu)
_CIRCUMFIXES = (("peng", ""), ("peny", "s"), ("pem", ""), ("pem", "p"), ("pen", ""), ("pen", "t"), ("per", ""),
                ("pe", ""), ("ke", ""))


def _affixed_compound(w: str, dictionary: object) -> bool:
    """True for a closed compound of two dictionary roots inside a nominalising circumfix, which the stemmer, reading
    one root, does not know: "pengambilalihan" (ambil alih), "pertanggungjawaban" (tanggung jawab), "keikutsertaan"
    (ikut serta). Only with the circumfix: "Bukalapak" (buka lapak) is a name."""
    if not w.endswith("an") or len(w) < 10:
        return False
    for prefix, first in _CIRCUMFIXES:
        if not w.startswith(prefix):
            continue
        core = first + w[len(prefix):-2]
        # (parts of four letters at least: "Peterongan", "Petamburan" are places, not "terong" and "ong")
        if any(dictionary.contains(core[:k]) and dictionary.contains(core[k:]) for k in range(4, len(core) - 3)):
            return True
    return False


def knows_place(key: str, lexicon: Lexicon) -> bool:
    """True when a name key is a place of the gazetteers (home regions, countries and cities, world cities, towns)."""
    return key in lexicon.places or key in lexicon.world_places


_PREFIXES = ("ber", "be", "me", "di", "ter", "pe", "ke", "se")


def plain_word(word: str) -> bool:
    """True when the word is a root of PySastrawi's dictionary or such a root with a prefix ("total", "bersatu"), not a
    name the stemmer merely finds a root in ("Telenor" → tenor), as :func:`known_word` does."""
    w = word.lower()
    dictionary = _stemmer().delegatedStemmer.dictionary
    return bool(dictionary.contains(w) or (w.startswith(_PREFIXES) and dictionary.contains(stem(w))))


# the possessive clitic as the tokenizer splits it off a word ("perusahaan" + "nya", "CEO" + "-nya")
CLITICS = frozenset({"nya", "-nya"})


def without_nya(word: str) -> str:
    """RETURNS a lowercased word without the possessive clitic the tokenizer left on it ("modalnya" → modal,
    "bukunya" → buku); short words that merely end in the letters stay whole ("hanya", "punya")."""
    low = word.lower()
    return low[:-3] if low.endswith("nya") and len(low) > 5 else low


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Stem an Indonesian word with PySastrawi (Nazief-Adriani): menunda, penundaan, ditunda → tunda.

    word: one word.
    RETURNS: its root, lowercased ("" for an empty word).
    """
    w = word.lower()
    if not w.isalpha() or len(w) < 4:
        return w
    return str(_stemmer().stem(w))


def is_passive(word: Word) -> bool:
    """RETURNS True for a passive verb (Voice=Pass, or a di- form whose root differs)."""
    if word.feats and "Voice=Pass" in word.feats:
        return True
    return _prefixed_verb(word, "di")


def is_ter_form(word: Word) -> bool:
    """RETURNS True for a ter- verb, which says what befell its subject ("tercipta": was created)."""
    return _prefixed_verb(word, "ter")


def _prefixed_verb(word: Word, prefix: str) -> bool:
    """True for a verb made of ``prefix`` and a root that differs from it ("dikembangkan", "tercipta"; not "dia")."""
    low = word.text.lower()
    if not low.startswith(prefix) or word.upos != "VERB":
        return False
    root = stem(low)
    if root == low:  # a root the stemmer does not know ("didapuk"): the tagger's lemma, the prefix before it
        return bool(word.lemma) and len(low) > len(prefix) + 2 and word.lemma.lower() == low[len(prefix):]
    return not low.startswith(root)


def roots_of(text: str, lemma: str | None) -> tuple[str, ...]:
    """RETURNS the candidate roots of a word: its lowercased form, its lemma and its PySastrawi stem (no repeats)."""
    out: list[str] = []
    for cand in (text.lower(), (lemma or "").lower(), stem(text)):
        if cand and cand not in out:
            out.append(cand)
    return tuple(out)
