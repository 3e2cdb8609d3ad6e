"""The PLOVER ontology as data: types with quad class and score, modes, and the CAMEO mapping.

>>> quad_class("PROTEST")
4
>>> cameo_to_plover("193")
('ASSAULT', 'firearms')
>>> plover_to_cameo("ASSAULT", "firearms"), plover_to_cameo("ASSAULT", None)
('193', '190')
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


# The CAMEO root that stands for a PLOVER type when no code of the type has the event's mode (the most general
# code of the type's CAMEO family; CONCEDE and RETREAT share CAMEO's 08x "yield").
GENERIC_CAMEO = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
                 "CONCEDE": "080", "RETREAT": "087", "REQUEST": "100", "ACCUSE": "110", "REJECT": "120",
                 "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
                 "ASSAULT": "190"}


@functools.cache
def plover_to_cameo(event_type: str, mode: str | None) -> str | None:
    """The CAMEO code for a PLOVER type and mode: the shortest (then lowest) code the mapping sends to exactly that
    type and mode, else the type's generic root (``GENERIC_CAMEO``); None for a type PLOVER does not have."""
    if mode:
        exact = [code for code, row in cameo_table().items() if row["type"] == event_type and row["mode"] == mode]
        if exact:
            return min(exact, key=lambda code: (len(code), code))
    return GENERIC_CAMEO.get(event_type)
