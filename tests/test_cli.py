"""kg/cli.py: exact messages and exit codes (typer's CliRunner); help for every command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

import kg.build
from kg.cli import app

runner = CliRunner()


@pytest.fixture
def no_model(monkeypatch, fake_parser):
    """Build with the model-free parser."""
    monkeypatch.setattr(kg.build, "_default_parser", lambda models: fake_parser)


def test_every_command_has_help() -> None:
    for command in ("build", "eval"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_build_skips_each_bad_input_with_one_message_and_exits_2(inputs: Path, tmp_path: Path, no_model) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(inputs), str(tmp_path / "missing.txt"), "--out", str(out), "-q"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Skipped {tmp_path / 'missing.txt'}: no such file or folder.",
        f"Skipped {inputs / 'b_empty.txt'}: the file is empty.",
        f"Skipped {inputs / 'c_binary.txt'}: this is a binary file, not text.",
        f"Skipped {inputs / 'd_latin1.txt'}: not UTF-8 text (invalid byte at position 26); save it as UTF-8.",
        f"Skipped {inputs / 'e_english.txt'}: the text does not look like Indonesian; kg-id builds Indonesian news only.",
        "5 inputs were skipped; the other documents were built.",
    ]
    assert (out / "graph.ttl").is_file() and (out / "graph.graphml").is_file() and (out / "graph.html").is_file()


def test_build_with_only_bad_input_builds_nothing(tmp_path: Path, no_model) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["build", str(empty), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Skipped {empty}: the file is empty.",
        "Nothing was built: no readable Indonesian text among the inputs.",
    ]
    assert not (tmp_path / "out").exists()


def test_build_prints_a_summary(inputs: Path, tmp_path: Path, no_model) -> None:
    result = runner.invoke(app, ["build", str(inputs / "a_good.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Built 1 document(s)" in result.stdout and "Entities" in result.stdout and "Warnings: 0" in result.stdout


def test_model_error_is_one_message_and_exit_1(inputs: Path, tmp_path: Path, monkeypatch) -> None:
    from kg.errors import ModelError

    def broken(models):
        def parse(texts):
            raise ModelError("No Stanza models at /x: resources.json is missing.")

        return parse

    monkeypatch.setattr(kg.build, "_default_parser", broken)
    result = runner.invoke(app, ["build", str(inputs / "a_good.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == "Error: No Stanza models at /x: resources.json is missing.\n"


def test_eval_reports_json_and_errors(tmp_path: Path) -> None:
    missing = tmp_path / "none.ttl"
    gold = ROOT / "tests" / "gold" / "000_454f6280905caf3a.gold.json"
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(missing)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such graph file; build it first with `kg build`.\n"
    empty_graph = tmp_path / "g.ttl"
    empty_graph.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(empty_graph), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["overall"]["recall"] == 0.0 and data["overall"]["gold"] == 9


def test_eval_figures_only_shows_no_triple_of_the_split(tmp_path: Path) -> None:
    gold = ROOT / "tests" / "gold" / "000_454f6280905caf3a.gold.json"
    empty_graph = tmp_path / "g.ttl"
    empty_graph.write_text("", encoding="utf-8")
    full = runner.invoke(app, ["eval", str(gold), "--graph", str(empty_graph)])
    assert "missed: " in full.stdout  # nine gold triples, none found
    result = runner.invoke(app, ["eval", str(gold), "--graph", str(empty_graph), "--figures-only"])
    assert result.exit_code == 0 and "missed: " not in result.stdout and "extra: " not in result.stdout
    assert "Certainty accuracy" in result.stdout
    data = json.loads(runner.invoke(app, ["eval", str(gold), "--graph", str(empty_graph), "--json",
                                          "--figures-only"]).stdout)
    assert "missed" not in data and "false_positives" not in data and data["overall"]["gold"] == 9
