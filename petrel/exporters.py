"""Views of the event record: JSON Lines (the record itself), CSV and Parquet (flattened), PLOVER JSON.

Stored events carry their cross-article cluster (petrel.dedup); every view keeps it: CSV and Parquet
as `cluster_id`/`cluster_mentions`/`cluster_outlets` columns, PLOVER JSON as a `cluster` object. The
PLOVER JSON records validate against ``resources/plover_event.schema.json``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from petrel.plover import quad_class, type_score

CSV_COLUMNS = (
    "id", "article_id", "type", "mode", "cameo", "factuality", "date", "date_precision",
    "source_text", "source_country", "source_sector", "target_text", "target_country", "target_sector",
    "source_inferred", "target_inferred",
    "attribution", "place", "place_country", "lat", "lon", "trigger", "sentence", "confidence",
    "published", "cluster_id", "cluster_mentions", "cluster_outlets",
)
# Parquet column types (DuckDB names); the rest are VARCHAR.
PARQUET_TYPES = {"lat": "DOUBLE", "lon": "DOUBLE", "confidence": "DOUBLE", "published": "DATE",
                 "cluster_mentions": "INTEGER", "cluster_outlets": "INTEGER"}
PARQUET_CHUNK = 10_000


def to_csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten one event record; several actors are joined with ``;``."""
    place = record.get("place") or {}
    cluster = record.get("cluster") or {}

    def join(role: str, key: str) -> str:
        return ";".join(str(actor.get(key) or "") for actor in record.get(role) or [])

    return {
        **{key: record.get(key) for key in ("id", "article_id", "type", "mode", "cameo", "factuality", "date",
                                            "date_precision", "confidence")},
        "source_text": join("source", "text"), "source_country": join("source", "country"),
        "source_sector": join("source", "sector"), "target_text": join("target", "text"),
        "target_country": join("target", "country"), "target_sector": join("target", "sector"),
        # "place" where the party is the country the act took place in, not a phrase of the text
        "source_inferred": join("source", "inferred"), "target_inferred": join("target", "inferred"),
        "attribution": (record.get("attribution") or {}).get("text"),
        "place": place.get("name"), "place_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"),
        "trigger": record["trigger"]["text"], "sentence": record["sentence"]["text"],
        "published": record.get("published"), "cluster_id": cluster.get("id"),
        "cluster_mentions": cluster.get("mentions"), "cluster_outlets": cluster.get("outlets"),
    }


def write_csv(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yield CSV text: the header, then one line per record."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(to_csv_row(record))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.getvalue():
        yield buffer.getvalue()


def _entity(actor: dict[str, Any]) -> dict[str, Any]:
    return {"code": actor.get("country"), "sector": actor.get("sector"), "entity_text": actor.get("text"),
            "identifier_text": actor.get("name"), "inferred": actor.get("inferred")}


def to_plover(record: dict[str, Any]) -> dict[str, Any]:
    """Return the PLOVER JSON form of an event record (required: id, date, actor, event)."""
    place = record.get("place")
    plover: dict[str, Any] = {
        "id": record["id"],
        "date": record.get("date") or record.get("published"),
        "actor": [_entity(a) for a in record.get("source") or []],
        "recipient": [_entity(a) for a in record.get("target") or []],
        "event": [record["type"]],
        "mode": [record["mode"]] if record.get("mode") else [],
        "context": record.get("context") or [],
        "quad_code": quad_class(record["type"]),
        "event_scale": type_score(record["type"]),
        "event_text": record["trigger"]["text"],
        "text_info": {"start": record["sentence"]["start"], "end": record["sentence"]["end"]},
        "factuality": record.get("factuality"),
        "attribution": record.get("attribution"),
        "date_precision": record.get("date_precision"),
        "cameo": record.get("cameo"),
        "confidence": record.get("confidence"),
    }
    if record.get("cluster"):
        plover["cluster"] = record["cluster"]
    if place:
        plover["event_loc"] = {"extracted_place": place.get("text"), "resolved_place": place.get("name"),
                               "geonameid": place.get("geonameid"), "lat": place.get("lat"),
                               "lon": place.get("lon"), "country_code": place.get("country"),
                               "resolution": {"city": 4, "admin1": 2, "country": 1}.get(place.get("precision"), 0)}
    return plover


def write_jsonl(records: Iterable[dict[str, Any]], *, plover: bool = False) -> Iterator[str]:
    for record in records:
        yield json.dumps(to_plover(record) if plover else record, ensure_ascii=False) + "\n"


def write_plover_list(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yield one JSON array of PLOVER records, streamed (the records are never all in memory)."""
    yield "["
    for index, record in enumerate(records):
        yield ("," if index else "") + "\n" + json.dumps(to_plover(record), ensure_ascii=False)
    yield "\n]\n"


def write_parquet(records: Iterable[dict[str, Any]], path: str, *, by_month: bool = False) -> int:
    """Write flattened records to Parquet (one file, or a directory partitioned by `month=YYYY-MM`).

    DuckDB writes the file, so no Arrow dependency is needed; pandas, polars and DuckDB read it.
    Returns the number of records written.
    """
    import tempfile

    import duckdb

    # A scratch database on disk, not in memory, so a corpus of any size exports in bounded memory.
    with tempfile.TemporaryDirectory(prefix="petrel-export-") as scratch:
        connection = duckdb.connect(str(Path(scratch) / "export.duckdb"))
        try:
            written = _fill(connection, records)
            if by_month:
                connection.execute(f"COPY export TO '{_quoted(path)}' (FORMAT PARQUET, PARTITION_BY (month), "
                                   "OVERWRITE_OR_IGNORE)")
            else:
                connection.execute(
                    f"COPY (SELECT * EXCLUDE (month) FROM export) TO '{_quoted(path)}' (FORMAT PARQUET)")
        finally:
            connection.close()
    return written


def _fill(connection: Any, records: Iterable[dict[str, Any]]) -> int:
    """Create the scratch `export` table and load the flattened records into it, in chunks."""
    columns = ", ".join(f'"{name}" {PARQUET_TYPES.get(name, "VARCHAR")}' for name in CSV_COLUMNS)
    connection.execute(f"CREATE TABLE export ({columns}, month VARCHAR)")
    written, chunk = 0, []
    for record in records:
        row = to_csv_row(record)
        row["month"] = (row.get("date") or row.get("published") or "")[:7] or "unknown"
        chunk.append(row)
        if len(chunk) >= PARQUET_CHUNK:
            written += _append(connection, chunk)
            chunk = []
    return written + _append(connection, chunk)


def _append(connection: Any, rows: list[dict[str, Any]]) -> int:
    if rows:
        names = [*CSV_COLUMNS, "month"]
        select = ", ".join(f"UNNEST(?::{PARQUET_TYPES.get(name, 'VARCHAR')}[])" for name in names)
        connection.execute(f"INSERT INTO export SELECT {select}",
                           [[_text(row.get(name), name) for row in rows] for name in names])
    return len(rows)


def _text(value: Any, name: str) -> Any:
    """CSV rows hold numbers for numeric columns and anything else as text."""
    if value is None or name in PARQUET_TYPES:
        return value
    return str(value)


def _quoted(path: str) -> str:
    return path.replace("'", "''")
