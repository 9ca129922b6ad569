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
tag (the filters of dev/make_world_places.py), and the few in NOT_PLACES.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from make_world_places import tagged_names  # dev/make_world_places.py

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "lexicons" / "places_id_regencies.txt"
# regions better known in news inside other names ("Toba Pulp Lestari", "Danau Toba")
NOT_PLACES = frozenset({"toba"})
HEADER = """\
# Indonesia's regencies and cities (kabupaten, kota) whose names are not read otherwise, from the Minister of Home
# Affairs' decree on administrative area codes (Kepmendagri) as packaged by idn-area-data
# (https://github.com/fityannugroho/idn-area-data; data under the Open Database License 1.0, which this derived
# list keeps: https://opendatacommons.org/licenses/odbl/1-0/). Written by dev/make_regencies.py, which drops
# "Kabupaten"/"Kota" and leaves out the names the gazetteer has, dictionary words and single words the open NER
# sets tag as persons or organisations. One place per line.
"""


def main() -> None:
    from kg.lexicon import known_word, load_lexicon

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", type=Path, help="idn-area-data's data/regencies.csv")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    OUT.write_text(HEADER, encoding="utf-8")  # the gazetteer without this list: what it already has
    known = set(load_lexicon().places)
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
            rows.add(name)
    OUT.write_text(HEADER + "".join(f"{r}\n" for r in sorted(rows)), encoding="utf-8")
    print(f"wrote {len(rows)} places to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
