"""Write kg/lexicons/places_id_regencies.txt: Indonesia's 514 regencies (kabupaten) and cities (kota), the regions
whose heads are a "Bupati X" or a "Wali Kota X" and whose names Indonesian news sets between a title and its holder
("Bupati Sumba Barat Daya Kornelius …"), for the place gazetteer.

The names are those of the Minister of Home Affairs' decree on the codes and data of administrative areas
(Kepmendagri), as packaged by idn-area-data (https://github.com/fityannugroho/idn-area-data, its ``regencies.csv``;
code MIT, data under the Open Database License 1.0). A dev tool, run once by hand:

    npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz
    python dev/make_regencies.py package/data/regencies.csv [--shared ../shared/data]

"Kabupaten " and "Kota " are dropped ("Kota Tangerang Selatan" → "Tangerang Selatan"). A name is left out when the
gazetteer already has it, or when it could be read as something else: a single Indonesian dictionary word ("Bone",
"Pati"), a single word the open NER sets tag as a person or an organisation, or a name all of whose words they so
tag (the filters of dev/make_world_places.py), and the few in NOT_PLACES, found inside other names.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from make_world_places import tagged_names  # dev/make_world_places.py

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "lexicons" / "places_id_regencies.txt"
# regions better known in news inside other names ("Toba Pulp Lestari", "Danau Toba"; "Asosiasi Pertambangan Batu Bara
# Indonesia"; companies' "Intan Jaya", "Puncak Jaya", "Murung Raya")
NOT_PLACES = frozenset({"toba", "batu bara", "intan jaya", "puncak jaya", "murung raya"})
# the spelling news uses, with the decree's as an alias ("Baubau", "Fakfak")
SPELLINGS = {"Bau Bau": "Baubau | Bau Bau", "Fak Fak": "Fakfak | Fak Fak"}
HEADER = """\
# Indonesia's regencies and cities (kabupaten, kota) whose names are not read otherwise, from the Minister of Home
# Affairs' decree on administrative area codes (Kepmendagri) as packaged by idn-area-data
# (https://github.com/fityannugroho/idn-area-data; data under the Open Database License 1.0, which this derived
# list keeps: https://opendatacommons.org/licenses/odbl/1-0/). Written by dev/make_regencies.py, which drops
# "Kabupaten"/"Kota" and leaves out the names the gazetteer has, dictionary words, single words the open NER sets tag
# as persons or organisations and a few names found inside other names. One place per line (aliases after "|").
"""


def main() -> None:
    from kg.items import name_key
    from kg.lexicon import known_word

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", type=Path, help="idn-area-data's data/regencies.csv")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    # what the gazetteer has without this list (read from its other files, so that a failure below leaves the
    # committed list as it was)
    lexicons = ROOT / "kg" / "lexicons"
    known = {name_key(n) for f in ("places.txt", "places_id.txt")
             for line in (lexicons / f).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#") for n in line.split("|") if n.strip()}
    tagged = tagged_names(args.shared)
    rows: set[str] = set()
    with open(args.csv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
                if name.startswith(prefix):
                    name = name[len(prefix):]
                    break
            name = " ".join(name.split())
            key = name.casefold()
            if key in known or key in NOT_PLACES or (" " not in key and (known_word(name) or key in tagged)):
                continue
            if " " in key and all(part in tagged for part in key.split()):
                continue
            name = SPELLINGS.get(name, name)
            rows.add(name)
    OUT.write_text(HEADER + "".join(f"{r}\n" for r in sorted(rows)), encoding="utf-8")
    print(f"wrote {len(rows)} places to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
