"""Code inputs and store them, batch by batch, skipping articles the database already holds."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from petrel.model import Article
from petrel.pipeline import run
from petrel.readers import Problem, read_inputs
from petrel.settings import Options
from petrel.store import Store

WRITE_BATCH = 64  # articles per transaction


@dataclass
class IngestResult:
    new_articles: int = 0
    already_stored: int = 0
    run_id: int = 0


def ingest(inputs: Iterable[str], *, db: str, published: date | None = None, options: Options | None = None,
           observe: Callable[[Article | Problem], object] = lambda item: None,
           progress: Callable[[int], None] | None = None) -> IngestResult:
    """Read, code and store inputs; `observe` sees every article and problem (for the CLI's messages)."""
    options = options or Options()
    result = IngestResult()
    counts = {"articles": 0, "events": 0, "skipped": 0, "problems": 0}
    with Store(db) as store:
        result.run_id = store.start_run(inputs)
        for batch in _batches(read_inputs(inputs, published=published), WRITE_BATCH):
            articles = [item for item in batch if isinstance(item, Article)]
            known = store.known_ids([a.id for a in articles])
            result.already_stored += sum(a.id in known for a in articles)
            coded = list(run((a for a in articles if a.id not in known), options))
            result.new_articles += store.write(coded, result.run_id)
            for item in [*(i for i in batch if isinstance(i, Problem)), *coded]:
                observe(item)
                _count(counts, item)
            if progress:
                progress(counts["articles"])
        store.finish_run(result.run_id, **counts)
    return result


def _count(counts: dict[str, int], item: Article | Problem) -> None:
    if isinstance(item, Problem):
        counts["problems"] += 1
    elif item.skipped:
        counts["skipped"] += 1
    else:
        counts["articles"] += 1
        counts["events"] += len(item.events)


def _batches(items: Iterable[Article | Problem], size: int) -> Iterator[list[Article | Problem]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
