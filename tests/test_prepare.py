"""Training-data preparation: learning how the legacy GSD annotation maps onto the current one."""

from __future__ import annotations

from kg.models.prepare import Sent, apply_structural_map, learn_structural_map


def sent(text: str, rows: list[tuple[str, str, int, str]]) -> Sent:
    """A sentence from (form, UPOS, head, deprel) rows."""
    return Sent([f"# text = {text}"], [[str(i), f, f.lower(), u, "_", "_", str(h), d, "_", "_"]
                                       for i, (f, u, h, d) in enumerate(rows, 1)])


def city(name: str, rel: str) -> Sent:
    return sent(f"kota {name} ramai", [("kota", "NOUN", 3, "nsubj"), (name, "PROPN", 1, rel), ("ramai", "ADJ", 0, "root")])


NAMES = ["Bandung", "Medan", "Padang", "Malang", "Bogor", "Depok"]


def test_a_consistent_structural_change_is_learned_and_applied() -> None:
    legacy = [city(n, "flat") for n in NAMES]
    current = [city(n, "nmod") for n in NAMES]
    mapping = learn_structural_map(legacy, current)
    assert mapping == {("NOUN", "PROPN", "flat"): "nmod"}
    out = apply_structural_map([city("Bekasi", "flat")], mapping)
    assert [r[7] for r in out[0].words()] == ["nsubj", "nmod", "root"]


def test_rare_or_inconsistent_changes_are_not_learned() -> None:
    legacy = [city(n, "flat") for n in NAMES]
    current = [city(n, "nmod" if i < 3 else "flat") for i, n in enumerate(NAMES)]  # 50% agreement
    assert learn_structural_map(legacy, current) == {}
    assert learn_structural_map(legacy[:3], [city(n, "nmod") for n in NAMES[:3]]) == {}  # fewer than 5 arcs


def test_sentences_that_do_not_align_are_skipped() -> None:
    legacy = [city(n, "flat") for n in NAMES]
    current = [sent(f"kota {n} ramai sekali", [("kota", "NOUN", 3, "nsubj"), (n, "PROPN", 1, "nmod"),
                                                ("ramai", "ADJ", 0, "root"), ("sekali", "ADV", 3, "advmod")])
               for n in NAMES]
    assert learn_structural_map(legacy, current) == {}
