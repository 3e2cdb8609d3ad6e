"""Shared fixtures: hand-built input files, a CLI runner, and an ingested database.

The spaCy model is loaded once per process (``petrel.nlp.load_nlp`` is cached), so every test in a
session shares it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from petrel.cli import cli
from petrel.model import Article
from petrel.readers import Problem, read_inputs

PUBLISHED = date(2024, 5, 16)  # a Thursday
SHELLING = "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday."
ARREST = "Police arrested two protesters in Nairobi on Monday."
PASSIVE_ARREST = "Two journalists were arrested by police in Cairo."

WriteFile = Callable[[str, str | bytes], Path]
RunCli = Callable[..., Result]


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """Write text (UTF-8) or bytes to a file under tmp_path and return its path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


@pytest.fixture
def good_txt(write_file: WriteFile) -> Path:
    """A readable one-article text file, to show that a batch goes on after a bad input."""
    return write_file("good.txt", ARREST)


def jsonl(records: Iterable[dict[str, object]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


@pytest.fixture
def news_jsonl(write_file: WriteFile) -> Path:
    """Three English articles: an ASSAULT, a COERCE and a passive COERCE."""
    return write_file("news.jsonl", jsonl([
        {"id": "a1", "text": SHELLING, "published": "2024-05-16", "title": "Shelling"},
        {"id": "a2", "text": ARREST, "published": "2024-05-14", "title": "Arrests"},
        {"id": "a3", "text": PASSIVE_ARREST, "published": "2024-05-15"},
    ]))


ReadBatch = Callable[..., tuple[list[Article], list[Problem]]]


@pytest.fixture
def read_batch() -> ReadBatch:
    """Read inputs and split what came out into articles and problems."""

    def read(*paths: Path | str) -> tuple[list[Article], list[Problem]]:
        items = list(read_inputs([str(p) for p in paths]))
        return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)])

    return read


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke `petrel` in-process; stdout and stderr are kept apart (click >= 8.2)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def ingested_db(tmp_path: Path, news_jsonl: Path, run_cli: RunCli) -> Path:
    """A DuckDB file holding the three articles of `news_jsonl`."""
    db = tmp_path / "events.duckdb"
    result = run_cli("ingest", str(news_jsonl), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    return db
