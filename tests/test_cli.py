"""The `petrel` command's contract: output formats, exit codes, idempotent ingest, read-only queries."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest

from petrel.cli import cli

pytestmark = pytest.mark.issue(3)

SHELLING = "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday."
CONTRACT_KEYS = {"id", "article_id", "type", "mode", "cameo", "context", "source", "target", "factuality",
                 "attribution", "date", "place", "trigger", "sentence", "confidence"}


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def db_counts(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as connection:
        articles = connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        events = connection.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    return articles, events


def test_cli_code_stdin_prints_json_lines_with_contract_fields(run_cli) -> None:
    result = run_cli("code", "-", "--published", "2024-05-16", "--format", "jsonl", input=SHELLING)
    assert result.exit_code == 0, result.stderr
    [record] = json_lines(result.stdout)
    assert set(record) >= CONTRACT_KEYS
    assert (record["type"], record["date"], record["trigger"]["text"]) == ("ASSAULT", "2024-05-14", "shelled")
    assert "1 articles coded, 1 events, 0 inputs skipped" in result.stderr


def test_cli_code_reads_stdin_by_default(run_cli) -> None:
    result = run_cli("code", input=SHELLING)
    assert result.exit_code == 0, result.stderr
    assert [r["type"] for r in json_lines(result.stdout)] == ["ASSAULT"]


def test_cli_code_csv_has_header_and_flat_actors(run_cli) -> None:
    result = run_cli("code", "-", "--published", "2024-05-16", "--format", "csv", input=SHELLING)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"type", "source_country"} <= set(rows[0])
    assert [(r["type"], r["source_country"], r["target_country"], r["place"]) for r in rows] == [
        ("ASSAULT", "RUS", "UKR", "Kharkiv")]


def test_cli_code_plover_records_have_required_fields(run_cli) -> None:
    result = run_cli("code", "-", "--published", "2024-05-16", "--format", "plover", input=SHELLING)
    assert result.exit_code == 0, result.stderr
    [record] = json_lines(result.stdout)
    assert {"id", "date", "actor", "event"} <= set(record)
    assert (record["event"], record["date"], record["actor"][0]["code"]) == (["ASSAULT"], "2024-05-14", "RUS")


def test_cli_code_output_option_writes_file(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = run_cli("code", "-", "--published", "2024-05-16", "-o", str(out), input=SHELLING)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert [r["type"] for r in json_lines(out.read_text(encoding="utf-8"))] == ["ASSAULT"]


def test_cli_code_exits_1_when_an_input_is_bad(run_cli, write_file) -> None:
    good = write_file("good.txt", SHELLING)
    bad = write_file("empty.txt", "")
    result = run_cli("code", str(good), str(bad), "--published", "2024-05-16")
    assert result.exit_code == 1
    assert [r["type"] for r in json_lines(result.stdout)] == ["ASSAULT"]
    assert f"[E003] {bad}: the file is empty." in result.stderr
    assert "1 inputs skipped" in result.stderr


def test_cli_code_exits_2_on_unknown_option(run_cli) -> None:
    result = run_cli("code", "--no-such-option", input=SHELLING)
    assert result.exit_code == 2
    assert "No such option" in result.stderr
    assert result.stdout == ""


def test_cli_code_asserted_only_drops_negated_event(run_cli) -> None:
    text = "Russian troops did not attack the Ukrainian city of Kharkiv. Police arrested two men in Nairobi."
    everything = run_cli("code", "-", input=text)
    asserted = run_cli("code", "-", "--asserted-only", input=text)
    assert [(r["type"], r["factuality"]) for r in json_lines(everything.stdout)] == [
        ("ASSAULT", "negated"), ("COERCE", "asserted")]
    assert [(r["type"], r["factuality"]) for r in json_lines(asserted.stdout)] == [("COERCE", "asserted")]


def test_cli_ingest_twice_stores_nothing_new(run_cli, news_jsonl: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    first = run_cli("ingest", str(news_jsonl), "--db", str(db))
    assert first.exit_code == 0, first.stderr
    assert "3 new articles stored, 0 already in" in first.stderr
    before = db_counts(db)
    second = run_cli("ingest", str(news_jsonl), "--db", str(db))
    assert second.exit_code == 0, second.stderr
    assert "0 new articles stored, 3 already in" in second.stderr
    assert db_counts(db) == before == (3, 3)


def test_cli_ingest_stores_good_inputs_and_exits_1_on_bad(run_cli, news_jsonl: Path, write_file,
                                                          tmp_path: Path) -> None:
    bad = write_file("broken.jsonl", '{"text": "Police arrested two men in Nairobi."}\n{not json}\n')
    db = tmp_path / "events.duckdb"
    result = run_cli("ingest", str(news_jsonl), str(bad), "--db", str(db))
    assert result.exit_code == 1
    assert f"[E004] {bad}, line 2:" in result.stderr
    assert db_counts(db)[0] == 4


def test_cli_events_filters_by_type(run_cli, ingested_db: Path) -> None:
    result = run_cli("events", "--db", str(ingested_db), "--type", "ASSAULT", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [r["type"] for r in json_lines(result.stdout)] == ["ASSAULT"]
    everything = run_cli("events", "--db", str(ingested_db), "--format", "jsonl")
    assert sorted(r["type"] for r in json_lines(everything.stdout)) == ["ASSAULT", "COERCE", "COERCE"]


def test_cli_events_unknown_type_is_usage_error(run_cli, ingested_db: Path) -> None:
    result = run_cli("events", "--db", str(ingested_db), "--type", "NOPE")
    assert result.exit_code == 2
    assert "[E017] Unknown event type 'NOPE'. Use one of: " in result.stderr
    assert "ASSAULT" in result.stderr and "PROTEST" in result.stderr


def test_cli_query_runs_select(run_cli, ingested_db: Path) -> None:
    result = run_cli("query", "SELECT COUNT(*) AS n FROM events", "--db", str(ingested_db))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["n", "3"]


def test_cli_query_refuses_delete(run_cli, ingested_db: Path) -> None:
    result = run_cli("query", "DELETE FROM events", "--db", str(ingested_db))
    assert result.exit_code == 1
    assert "[E014] The query is not read-only: it starts with 'DELETE'." in result.stderr
    assert db_counts(ingested_db) == (3, 3)


def test_cli_query_refuses_write_hidden_behind_with(run_cli, ingested_db: Path) -> None:
    result = run_cli("query", "WITH x AS (SELECT 1) DELETE FROM events", "--db", str(ingested_db))
    assert result.exit_code == 1
    assert "read-only" in result.stderr
    assert db_counts(ingested_db) == (3, 3)


def test_cli_summary_prints_events_by_type(run_cli, ingested_db: Path) -> None:
    result = run_cli("summary", "--db", str(ingested_db))
    assert result.exit_code == 0, result.stderr
    assert "3 articles, 3 events" in result.stdout
    lines = result.stdout.splitlines()
    by_type = lines[lines.index("events by type:") + 1:lines.index("events by type:") + 3]
    assert [line.split() for line in by_type] == [["COERCE", "2"], ["ASSAULT", "1"]]


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_cli_every_command_has_help_with_example(run_cli, command: str) -> None:
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    assert f"Example:  petrel {command} " in result.stdout


def test_cli_code_counts_undated_articles_once(run_cli, tmp_path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "Police arrested two men in Nairobi."}\n{"text": "Troops shelled Kharkiv."}\n')
    result = run_cli("code", str(path))
    assert result.exit_code == 0
    assert result.stderr.count("[W004] 2 of 2 articles have no publication date") == 1
