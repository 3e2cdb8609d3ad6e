"""The PLOVER ontology as data: types with quad class and score, modes, and the CAMEO mapping.

>>> quad_class("PROTEST")
4
>>> cameo_to_plover("193")
('ASSAULT', 'firearms')
"""

from __future__ import annotations

import functools

from petrel.resources import read_tsv, resource_path


@functools.cache
def plover_types() -> dict[str, dict[str, str]]:
    return {row["type"]: row for _, row in read_tsv(resource_path("plover_types.tsv"))}


@functools.cache
def cameo_table() -> dict[str, dict[str, str]]:
    return {row["cameo"]: row for _, row in read_tsv(resource_path("cameo_plover.tsv"))}


def event_types() -> list[str]:
    return list(plover_types())


def quad_class(event_type: str) -> int | None:
    """Return the PLOVER quad class (1-4) of an event type."""
    row = plover_types().get(event_type)
    return int(row["quad"]) if row else None


def type_score(event_type: str) -> float | None:
    row = plover_types().get(event_type)
    return float(row["score"]) if row and row.get("score") else None


def cameo_to_plover(code: str) -> tuple[str | None, str | None]:
    """Map a CAMEO code to (PLOVER type, mode), falling back to shorter prefixes; (None, None) if not coded."""
    table = cameo_table()
    for length in range(len(code), 1, -1):
        row = table.get(code[:length])
        if row is not None:
            return (row["type"] or None, row["mode"] or None)
    return None, None
