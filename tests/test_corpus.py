"""The corpus workflow (issue 6): dedup clusters, export, stats, migrations, parallel runs, faults."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from conftest import ARREST, SHELLING, RunCli, WriteFile, jsonl

from petrel.store import Store, StoreError

pytestmark = pytest.mark.issue(6)

PETREL = [sys.executable, "-c", "from petrel.cli import main; main()"]

# One shelling reported by three outlets over two days, and a separate arrest.
OUTLET_REPORTS = [
    {"id": "r1", "text": SHELLING, "published": "2024-05-16", "outlet": "Kyiv Independent"},
    {"id": "r2", "text": "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday, officials said.",
     "published": "2024-05-15", "outlet": "Reuters"},
    {"id": "r3", "text": "On Tuesday Russian troops shelled the Ukrainian city of Kharkiv.",
     "published": "2024-05-16", "url": "https://www.example.org/kharkiv"},
    {"id": "r4", "text": ARREST, "published": "2024-05-16", "outlet": "Nation"},
]


@pytest.fixture
def outlets_db(tmp_path: Path, write_file: WriteFile, run_cli: RunCli) -> Path:
    db = tmp_path / "outlets.duckdb"
    result = run_cli("ingest", str(write_file("reports.jsonl", jsonl(OUTLET_REPORTS))), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    return db


def test_dedup_one_event_reported_by_three_outlets_is_one_cluster(outlets_db: Path) -> None:
    with Store(outlets_db, read_only=True) as store:
        clusters = store.connection.execute(
            "SELECT type, mentions, articles, outlets, first_report, last_report FROM clusters ORDER BY type"
        ).fetchall()
    assert [(c[0], c[1], c[2], c[3]) for c in clusters] == [("ASSAULT", 3, 3, 3), ("COERCE", 1, 1, 1)]
    assert (str(clusters[0][4]), str(clusters[0][5])) == ("2024-05-15", "2024-05-16")


def test_events_dedup_lists_each_cluster_once_with_its_reports(run_cli: RunCli, outlets_db: Path) -> None:
    every = run_cli("events", "--db", str(outlets_db), "--format", "jsonl").stdout.splitlines()
    once = [json.loads(line) for line in
            run_cli("events", "--db", str(outlets_db), "--dedup", "--format", "jsonl").stdout.splitlines()]
    assert len(every) == 4
    assert sorted((r["type"], r["cluster"]["mentions"]) for r in once) == [("ASSAULT", 3), ("COERCE", 1)]
    table = run_cli("events", "--db", str(outlets_db), "--dedup").stdout
    assert "reports" in table.splitlines()[0] and len(table.splitlines()) == 3


def test_dedup_keeps_a_denied_attack_apart_from_the_attack(run_cli: RunCli, write_file: WriteFile,
                                                         tmp_path: Path) -> None:
    denial = {"id": "d1", "published": "2024-05-16", "outlet": "TASS",
              "text": "Russian troops did not shell the Ukrainian city of Kharkiv on Tuesday."}
    db = tmp_path / "denial.duckdb"
    run_cli("ingest", str(write_file("d.jsonl", jsonl([OUTLET_REPORTS[0], denial]))), "--db", str(db))
    with Store(db, read_only=True) as store:
        happened = store.connection.execute("SELECT happened, mentions FROM clusters ORDER BY 1").fetchall()
    assert happened == [("negated", 1), ("real", 1)]


def test_export_parquet_by_month_reads_in_duckdb_pandas_and_polars(run_cli: RunCli, outlets_db: Path,
                                                                   tmp_path: Path) -> None:
    import pandas
    import polars

    folder = tmp_path / "parquet"
    result = run_cli("export", "--db", str(outlets_db), "--format", "parquet", "--by-month", "-o", str(folder))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["month=2024-05"]
    pattern = str(folder / "**" / "*.parquet")
    assert duckdb.sql(f"SELECT COUNT(*) FROM read_parquet('{pattern}')").fetchall() == [(4,)]
    frame = pandas.read_parquet(folder)
    assert sorted(frame["type"]) == ["ASSAULT", "ASSAULT", "ASSAULT", "COERCE"]
    assert set(frame["cluster_mentions"]) == {3, 1}
    assert polars.read_parquet(pattern)["source_country"].to_list().count("RUS") == 3


def test_export_plover_json_validates_against_the_schema(run_cli: RunCli, outlets_db: Path, tmp_path: Path) -> None:
    import jsonschema

    schema = json.loads((Path(__file__).parent.parent / "petrel" / "resources" /
                         "plover_event.schema.json").read_text())
    output = tmp_path / "events.json"
    result = run_cli("export", "--db", str(outlets_db), "--format", "plover-json", "-o", str(output))
    assert result.exit_code == 0, result.stderr
    records = json.loads(output.read_text())
    assert len(records) == 4
    for record in records:
        jsonschema.validate(record, schema)
    broken = {**records[0], "event": ["SHELLING"]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_export_csv_applies_the_event_filters(run_cli: RunCli, outlets_db: Path, tmp_path: Path) -> None:
    output = tmp_path / "events.csv"
    run_cli("export", "--db", str(outlets_db), "--format", "csv", "-o", str(output), "--type", "COERCE")
    lines = output.read_text().splitlines()
    assert len(lines) == 2 and lines[1].split(",")[2] == "COERCE"
    assert "cluster_id" in lines[0]


def test_stats_counts_by_type_month_and_factuality(run_cli: RunCli, outlets_db: Path) -> None:
    stats = json.loads(run_cli("stats", "--db", str(outlets_db), "--format", "json").stdout)
    assert stats["events"] == 4 and stats["clusters"] == 2
    assert stats["type"] == {"ASSAULT": 3, "COERCE": 1}
    assert stats["month"] == {"2024-05": 4}
    assert sum(stats["factuality"].values()) == 4
    assert stats["source-country"]["RUS"] == 3


def test_store_migrates_a_version_1_database(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    old = duckdb.connect(str(db))
    old.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR); "
                "INSERT INTO meta VALUES ('schema_version', '1'); "
                "CREATE TABLE events (event_id VARCHAR PRIMARY KEY, article_id VARCHAR)")
    old.close()
    with pytest.raises(StoreError, match=r"^\[E020\] .*schema version 1"):
        Store(db, read_only=True)
    with Store(db) as store:
        assert store.schema_version() == 2
        assert "cluster_id" in {row[0] for row in store.connection.execute("DESCRIBE events").fetchall()}
        assert store.total("clusters") == 0


def test_ingest_warns_when_one_id_names_two_different_articles(run_cli: RunCli, write_file: WriteFile,
                                                               tmp_path: Path) -> None:
    clash = write_file("clash.jsonl", jsonl([{"id": "x", "text": SHELLING}, {"id": "x", "text": ARREST}]))
    result = run_cli("ingest", str(clash), "--db", str(tmp_path / "c.duckdb"), "--published", "2024-05-16")
    assert "[W005]" in result.stderr and "clash.jsonl:2" in result.stderr
    assert "2 new articles stored" in result.stderr


def test_ingest_since_until_keep_articles_published_in_range(run_cli: RunCli, write_file: WriteFile,
                                                             tmp_path: Path) -> None:
    db = tmp_path / "range.duckdb"
    run_cli("ingest", str(write_file("r.jsonl", jsonl(OUTLET_REPORTS))), "--db", str(db), "--since", "2024-05-16")
    with Store(db, read_only=True) as store:
        assert store.total("articles") == 3


def test_code_with_two_workers_gives_what_one_worker_gives(run_cli: RunCli, write_file: WriteFile) -> None:
    source = write_file("many.jsonl", jsonl({**r, "id": f"{r['id']}-{i}", "url": f"u{i}"}
                                            for i in range(6) for r in OUTLET_REPORTS))
    one = run_cli("code", str(source), "--workers", "1").stdout.splitlines()
    two = run_cli("code", str(source), "--workers", "2").stdout.splitlines()
    assert len(one) == 24 and one == two


def _corpus(write_file: WriteFile, n: int) -> Path:
    sentences = ["Police arrested {n} protesters in Nairobi on Monday.", "Troops shelled {n} villages near Goma.",
                 "The minister met {n} delegates from Kenya in Paris on Friday."]
    records = [{"id": f"k{i}", "text": sentences[i % 3].format(n=i + 2), "published": "2024-05-16"} for i in range(n)]
    return write_file("corpus.jsonl", jsonl(records))


def _db_counts(db: Path) -> tuple[int, int, int, int]:
    with Store(db, read_only=True) as store:
        return (store.total("articles"), store.total("events"), store.total("event_actors"),
                store.total("clusters"))


@pytest.mark.slow
def test_ingest_killed_mid_run_then_rerun_ends_like_a_clean_run(write_file: WriteFile, tmp_path: Path) -> None:
    corpus = _corpus(write_file, 400)
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    subprocess.run([*PETREL, "ingest", str(corpus), "--db", str(clean)], check=True, capture_output=True)
    process = subprocess.Popen([*PETREL, "ingest", str(corpus), "--db", str(killed), "--progress"],
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    first_progress = process.stderr.readline()  # printed after the first batch is committed
    assert "articles" in first_progress, first_progress
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    rerun = subprocess.run([*PETREL, "ingest", str(corpus), "--db", str(killed)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "already in" in rerun.stderr and not rerun.stderr.startswith("0 articles")
    assert _db_counts(killed) == _db_counts(clean)


@pytest.mark.slow
def test_ingest_on_a_full_disk_fails_clearly_and_a_rerun_completes(write_file: WriteFile, tmp_path: Path) -> None:
    corpus = _corpus(write_file, 200)
    db = tmp_path / "full.duckdb"
    limited = ("import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
               "resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000)); "
               "from petrel.cli import main; sys.argv[0] = 'petrel'; main()")
    full = subprocess.run([sys.executable, "-c", limited, "ingest", str(corpus), "--db", str(db)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert full.returncode != 0
    assert "[E018]" in full.stderr or "[E013]" in full.stderr, full.stderr[-2000:]
    time.sleep(0.1)
    rerun = subprocess.run([*PETREL, "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _db_counts(db)[0] == 200
