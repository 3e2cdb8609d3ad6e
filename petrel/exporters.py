"""Views of the event record: JSON Lines (the record itself), CSV (flattened) and PLOVER JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from petrel.plover import quad_class, type_score

CSV_COLUMNS = (
    "id", "article_id", "type", "mode", "cameo", "factuality", "date", "date_precision",
    "source_text", "source_country", "source_sector", "target_text", "target_country", "target_sector",
    "attribution", "place", "place_country", "lat", "lon", "trigger", "sentence", "confidence",
)


def to_csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten one event record; several actors are joined with ``;``."""
    place = record.get("place") or {}

    def join(role: str, key: str) -> str:
        return ";".join(str(actor.get(key) or "") for actor in record.get(role) or [])

    return {
        **{key: record.get(key) for key in ("id", "article_id", "type", "mode", "cameo", "factuality", "date",
                                            "date_precision", "confidence")},
        "source_text": join("source", "text"), "source_country": join("source", "country"),
        "source_sector": join("source", "sector"), "target_text": join("target", "text"),
        "target_country": join("target", "country"), "target_sector": join("target", "sector"),
        "attribution": (record.get("attribution") or {}).get("text"),
        "place": place.get("name"), "place_country": place.get("country"),
        "lat": place.get("lat"), "lon": place.get("lon"),
        "trigger": record["trigger"]["text"], "sentence": record["sentence"]["text"],
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
            "identifier_text": actor.get("name")}


def to_plover(record: dict[str, Any], published: str | None = None) -> dict[str, Any]:
    """Return the PLOVER JSON form of an event record (required: id, date, actor, event)."""
    place = record.get("place")
    plover: dict[str, Any] = {
        "id": record["id"],
        "date": record.get("date") or published,
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
    if place:
        plover["event_loc"] = {"extracted_place": place.get("text"), "resolved_place": place.get("name"),
                               "geonameid": place.get("geonameid"), "lat": place.get("lat"),
                               "lon": place.get("lon"), "country_code": place.get("country"),
                               "resolution": {"city": 4, "admin1": 2, "country": 1}.get(place.get("precision"), 0)}
    return plover


def write_jsonl(records: Iterable[dict[str, Any]], *, plover: bool = False) -> Iterator[str]:
    for record in records:
        yield json.dumps(to_plover(record) if plover else record, ensure_ascii=False) + "\n"
