"""Facts that must hold in petrel's generated actor and agent dictionaries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ACTORS = Path(__file__).resolve().parents[2] / "petrel" / "resources" / "actors"
ACTOR_FILES = ("countries.tsv", "international.tsv", "nonstate.tsv")
ACTOR_HEADER = ["phrase", "country", "sector", "name", "start", "end", "kind"]
KINDS = {"country", "demonym", "capital", "city", "person", "organisation", "group"}


def read(name: str) -> tuple[list[str], list[list[str]]]:
    lines = (ACTORS / name).read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("#")]
    assert lines[0].startswith("#"), "file must start with provenance comments"
    return body[0].split("\t"), [line.split("\t") for line in body[1:]]


def rows(name: str) -> list[dict[str, str]]:
    header, data = read(name)
    return [dict(zip(header, row, strict=True)) for row in data]


def find(name: str, phrase: str) -> list[dict[str, str]]:
    return [r for r in rows(name) if r["phrase"] == phrase]


def countries_of(phrase: str) -> set[str]:
    return {r["country"] for f in ACTOR_FILES for r in find(f, phrase)}


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("Russia", "RUS"), ("Russian", "RUS"), ("Moscow", "RUS"), ("Kremlin", "RUS"),
     ("U.S.", "USA"), ("Washington", "USA"), ("Kyiv", "UKR"), ("Kinshasa", "COD"),
     ("Goma", "COD")],
)
def test_places_and_metonyms(phrase: str, code: str) -> None:
    assert countries_of(phrase) == {code}


def test_putin_is_russian_government_in_2015() -> None:
    roles = [r for r in find("countries.tsv", "Vladimir Putin") if r["sector"] == "GOV"]
    assert any(r["country"] == "RUS" and r["start"] <= "2015-06-01" and (r["end"] or "9999") >= "2015-06-01"
               for r in roles)


def test_international_and_nonstate() -> None:
    assert countries_of("United Nations") & {"UNO", "IGO"}
    assert find("nonstate.tsv", "Hamas")


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [("police", "COP"), ("troop", "MIL"), ("rebel", "REB"), ("lawmaker", "LEG"),
     ("journalist", "JRN"), ("doctor", "MED")],
)
def test_agents(phrase: str, sector: str) -> None:
    header, data = read("agents.tsv")
    assert header == ["phrase", "sector", "secondary", "kind"]
    assert [r[1] for r in data if r[0] == phrase] == [sector]


def test_every_capital_has_a_row() -> None:
    capitals = {r["country"] for r in rows("countries.tsv") if r["kind"] == "capital"}
    assert {"AFG", "RUS", "USA", "UKR", "COD", "SSD", "KOS", "MDV"} <= capitals
    assert len(capitals) >= 190


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_actor_file_shape(name: str) -> None:
    header, data = read(name)
    assert header == ACTOR_HEADER
    seen: set[tuple[str, ...]] = set()
    for row in data:
        assert len(row) == len(ACTOR_HEADER), row
        phrase, country, sector, _, start, end, kind = row
        assert phrase.strip() == phrase and phrase and "_" not in phrase
        assert re.fullmatch(r"[A-Z]{3}", country), row
        assert re.fullmatch(r"([A-Z]{3})?", sector), row
        assert kind in KINDS, row
        for day in (start, end):
            assert re.fullmatch(r"(\d{4}-\d{2}-\d{2})?", day), row
        key = (phrase.lower(), country, sector, start)
        assert key not in seen, row
        seen.add(key)


def test_agent_file_shape() -> None:
    _, data = read("agents.tsv")
    phrases = [r[0] for r in data]
    assert len(phrases) == len(set(phrases))
    assert all(len(r) == 4 and r[3] == "agent" and re.fullmatch(r"[A-Z]{3}", r[1]) for r in data)
