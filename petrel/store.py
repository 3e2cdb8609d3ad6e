"""Embedded DuckDB storage: articles, events and their actors, and runs.

Article ids are content hashes, so storing the same input twice adds nothing. Each batch of
articles is written in one transaction: a run that dies leaves only whole batches behind, and a
rerun codes just what is missing.

Schema (version 1):
- ``articles``: one row per article (id, external id, title, published, url, outlet, origin, text).
- ``events``: one row per event, the public record in ``record`` (JSON) plus columns to filter on.
- ``event_actors``: one row per source or target actor of an event.
- ``runs``: one row per ingest run with its counts.
- ``meta``: ``schema_version``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from petrel.errors import Errors
from petrel.model import Article, Event

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, external_id VARCHAR, title VARCHAR, published DATE,
    url VARCHAR, outlet VARCHAR, origin VARCHAR, language VARCHAR, text VARCHAR,
    n_events INTEGER, run_id INTEGER);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,
    factuality VARCHAR, date VARCHAR, date_precision VARCHAR, place_name VARCHAR,
    place_country VARCHAR, lat DOUBLE, lon DOUBLE, source_country VARCHAR, source_sector VARCHAR,
    target_country VARCHAR, target_sector VARCHAR, confidence DOUBLE, published DATE, record JSON);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, role VARCHAR, position INTEGER, text VARCHAR, start_offset INTEGER,
    end_offset INTEGER, country VARCHAR, sector VARCHAR, name VARCHAR);
CREATE SEQUENCE IF NOT EXISTS run_ids START 1;
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, inputs VARCHAR,
    articles INTEGER, events INTEGER, skipped INTEGER, problems INTEGER);
"""


class StoreError(RuntimeError):
    """The database could not be opened or written; the message says what to do."""


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """The filters shared by `events`, `export` and `stats`."""

    type: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    factualities: tuple[str, ...] = ()
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = ["TRUE"], []
        if self.type:
            clauses.append("type = ?")
            params.append(self.type.upper())
        if self.country:
            clauses.append("(source_country = ? OR target_country = ? OR place_country = ?)")
            params += [self.country.upper()] * 3
        if self.since:
            clauses.append("COALESCE(date, CAST(published AS VARCHAR)) >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append("LEFT(COALESCE(date, CAST(published AS VARCHAR)), 10) <= ?")
            params.append(self.until.isoformat())
        if self.factualities:
            clauses.append(f"factuality IN ({', '.join('?' * len(self.factualities))})")
            params += list(self.factualities)
        return " AND ".join(clauses), params


class Store:
    """One DuckDB file; use as a context manager."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        try:
            self.connection = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.connection.execute(SCHEMA)
                self.connection.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING", [str(SCHEMA_VERSION)])
        except duckdb.Error as err:
            raise StoreError(Errors.E013.format(db=self.path, reason=str(err).splitlines()[0])) from err

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.connection.close()

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.connection.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT UNNEST(?))", [list(ids)]).fetchall()
        return {row[0] for row in rows}

    def start_run(self, inputs: Iterable[str]) -> int:
        row = self.connection.execute(
            "INSERT INTO runs (run_id, started, inputs) VALUES (nextval('run_ids'), ?, ?) RETURNING run_id",
            [datetime.now(), json.dumps(list(inputs))]).fetchone()
        return int(row[0]) if row else 0

    def finish_run(self, run_id: int, *, articles: int, events: int, skipped: int, problems: int) -> None:
        self.connection.execute(
            "UPDATE runs SET finished = ?, articles = ?, events = ?, skipped = ?, problems = ? WHERE run_id = ?",
            [datetime.now(), articles, events, skipped, problems, run_id])

    def write(self, articles: Sequence[Article], run_id: int = 0) -> int:
        """Store coded articles and their events in one transaction; return how many were new."""
        import duckdb

        fresh = [a for a in articles if not a.skipped and a.id not in self.known_ids([a.id for a in articles])]
        fresh = list({a.id: a for a in fresh}.values())
        try:
            self.connection.execute("BEGIN TRANSACTION")
            self._insert(fresh, run_id)
            self.connection.execute("COMMIT")
        except duckdb.Error as err:
            self.connection.execute("ROLLBACK")
            raise StoreError(Errors.E018.format(db=self.path, reason=str(err).splitlines()[0])) from err
        return len(fresh)

    def _insert(self, articles: Sequence[Article], run_id: int) -> None:
        article_rows = [(a.id, a.external_id, a.title, a.published, a.url, a.outlet, a.origin, a.language,
                         a.text, len(a.events), run_id) for a in articles]
        events = [(a, e) for a in articles for e in a.events]
        if article_rows:
            self.connection.executemany(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", article_rows)
        if events:
            self.connection.executemany(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING", [_event_row(a, e) for a, e in events])
            self.connection.executemany(
                "INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [row for _, e in events for row in _actor_rows(e)])

    def events(self, selection: EventFilter) -> Iterator[dict[str, Any]]:
        """Yield stored event records (the public JSON record, with `published` added)."""
        where, params = selection.where()
        sql = f"SELECT record FROM events WHERE {where} ORDER BY published NULLS LAST, event_id"
        if selection.limit:
            sql += f" LIMIT {int(selection.limit)}"
        cursor = self.connection.execute(sql, params)
        while rows := cursor.fetchmany(1000):
            for (record,) in rows:
                yield json.loads(record)

    def counts(self, column: str, selection: EventFilter | None = None) -> list[tuple[Any, int]]:
        where, params = (selection or EventFilter()).where()
        return [tuple(row) for row in self.connection.execute(  # type: ignore[misc]
            f"SELECT {column} AS key, COUNT(*) AS n FROM events WHERE {where} GROUP BY key ORDER BY n DESC, key",
            params).fetchall()]

    def total(self, table: str) -> int:
        row = self.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def examples(self, n: int) -> list[tuple[dict[str, Any], str | None]]:
        """A few events with the title of their article, most confident first."""
        rows = self.connection.execute(
            "SELECT e.record, a.title FROM events e JOIN articles a USING (article_id) "
            "WHERE e.source_country IS NOT NULL AND e.target_country IS NOT NULL "
            "ORDER BY e.confidence DESC, e.event_id LIMIT ?", [n]).fetchall()
        return [(json.loads(record), title) for record, title in rows]


def _event_row(article: Article, event: Event) -> tuple[Any, ...]:
    record = event.to_dict()
    first_source = event.source[0] if event.source else None
    first_target = event.target[0] if event.target else None
    place = event.place
    return (
        event.id, article.id, event.type, event.mode, event.cameo, event.factuality,
        record["date"], record["date_precision"], place.name if place else None,
        place.country if place else None, place.lat if place else None, place.lon if place else None,
        first_source.country if first_source else None, first_source.sector if first_source else None,
        first_target.country if first_target else None, first_target.sector if first_target else None,
        event.confidence, article.published, json.dumps(record, ensure_ascii=False),
    )


def _actor_rows(event: Event) -> list[tuple[Any, ...]]:
    return [(event.id, role, position, actor.text, actor.start, actor.end, actor.country, actor.sector, actor.name)
            for role, actors in (("source", event.source), ("target", event.target))
            for position, actor in enumerate(actors)]
