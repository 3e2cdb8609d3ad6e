"""The DuckDB store, on a real file in tmp_path: idempotent writes, atomic batches, locked files."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

import petrel
from petrel.model import Article
from petrel.store import EventFilter, Store, StoreError

pytestmark = pytest.mark.issue(3)

TEXTS = ("Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.",
         "Police arrested two protesters in Nairobi on Monday.")


def coded_articles(*texts: str) -> list[Article]:
    return list(petrel.code_many(Article(text=text, published=date(2024, 5, 16)) for text in texts))


def counts(store: Store) -> tuple[int, int, int]:
    return store.total("articles"), store.total("events"), store.total("event_actors")


def test_store_writes_the_same_articles_once(tmp_path: Path) -> None:
    articles = coded_articles(*TEXTS)
    with Store(tmp_path / "events.duckdb") as store:
        assert store.write(articles) == 2
        first = counts(store)
        assert store.write(articles) == 0
        assert store.write(coded_articles(*TEXTS)) == 0
        assert counts(store) == first == (2, 2, 4)


def test_store_skips_duplicates_within_a_batch(tmp_path: Path) -> None:
    [article] = coded_articles(TEXTS[0])
    [again] = coded_articles(TEXTS[0])
    with Store(tmp_path / "events.duckdb") as store:
        assert store.write([article, again]) == 1
        assert counts(store)[:2] == (1, 1)


def test_store_events_returns_public_records(tmp_path: Path) -> None:
    with Store(tmp_path / "events.duckdb") as store:
        store.write(coded_articles(*TEXTS))
        assert [r["type"] for r in store.events(EventFilter(type="assault"))] == ["ASSAULT"]
        assert [r["type"] for r in store.events(EventFilter(country="KEN"))] == ["COERCE"]


def test_store_failed_batch_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = coded_articles(TEXTS[0]), coded_articles(TEXTS[1])
    insert = Store._insert

    def insert_then_fail(self: Store, articles, run_id: int) -> None:
        insert(self, articles, run_id)  # the articles and events are written...
        raise duckdb.IOException("disk full")  # ...then the batch fails

    with Store(tmp_path / "events.duckdb") as store:
        store.write(first)
        monkeypatch.setattr(Store, "_insert", insert_then_fail)
        failed = r"^\[E018\] Could not write to the database .*: disk full\. Nothing from this batch was stored"
        with pytest.raises(StoreError, match=failed):
            store.write(second)
        assert counts(store) == (1, 1, 2)
        assert store.known_ids([second[0].id]) == set()
        monkeypatch.setattr(Store, "_insert", insert)
        assert store.write(second) == 1  # a rerun resumes


def test_store_locked_file_raises_e013(tmp_path: Path) -> None:
    db, ready = tmp_path / "events.duckdb", tmp_path / "ready"
    holder = (f"import duckdb, pathlib, time; c = duckdb.connect({str(db)!r}); "
              f"pathlib.Path({str(ready)!r}).touch(); time.sleep(30)")
    process = subprocess.Popen([sys.executable, "-c", holder])
    try:
        deadline = time.monotonic() + 20
        while not ready.exists():
            assert process.poll() is None and time.monotonic() < deadline, "the holder process did not start"
            time.sleep(0.05)
        with pytest.raises(StoreError, match=r"^\[E013\] Could not open the database .*events\.duckdb: "):
            Store(db)
        with pytest.raises(StoreError, match=r"^\[E013\] "):
            Store(db, read_only=True)
    finally:
        process.kill()
        process.wait(timeout=10)
