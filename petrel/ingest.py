"""Code inputs and store them, batch by batch, skipping articles the database already holds.

Articles are read as a stream; those already stored (same content hash) are not coded again; the
rest are coded (in `workers` processes if asked) and written WRITE_BATCH articles per transaction.
A run killed at any point leaves only whole batches behind, and a rerun codes just what is missing.
After the last batch the cross-article event clusters are brought up to date (petrel.dedup).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import TypeVar

from petrel.errors import Warnings
from petrel.model import Article
from petrel.parallel import code_parallel
from petrel.readers import Problem, read_inputs
from petrel.settings import Options
from petrel.store import Store

WRITE_BATCH = 64  # articles per transaction
Item = TypeVar("Item")


@dataclass
class IngestResult:
    new_articles: int = 0
    already_stored: int = 0
    run_id: int = 0
    clusters: int = 0


def ingest(inputs: Iterable[str], *, db: str, published: date | None = None, options: Options | None = None,
           workers: int = 1, since: date | None = None, until: date | None = None,
           observe: Callable[[Article | Problem], object] = lambda item: None,
           progress: Callable[[int], None] | None = None, write_batch: int = WRITE_BATCH) -> IngestResult:
    """Read, code and store inputs; `observe` sees every article and problem (for the CLI's messages).

    `since`/`until` keep only articles published in that range (articles with no date are kept).
    """
    inputs = list(inputs)
    options = options or Options()
    result = IngestResult()
    counts = {"articles": 0, "events": 0, "skipped": 0, "problems": 0}
    with Store(db) as store:
        result.run_id = store.start_run(inputs)

        def unknown_articles() -> Iterator[Article]:
            for batch in _batches(read_inputs(inputs, published=published), write_batch):
                articles = [item for item in batch if isinstance(item, Article) and _in_range(item, since, until)]
                known = store.known_ids([a.id for a in articles])
                result.already_stored += sum(a.id in known for a in articles)
                for problem in (item for item in batch if isinstance(item, Problem)):
                    observe(problem)
                    counts["problems"] += 1
                yield from (a for a in articles if a.id not in known)

        for coded in _batches(code_parallel(unknown_articles(), options, workers=workers), write_batch):
            _note_id_conflicts(coded, store.holders_of([a.external_id for a in coded if a.external_id]))
            result.new_articles += store.write(coded, result.run_id)
            for article in coded:
                observe(article)
                _count(counts, article)
            if progress:
                progress(counts["articles"] + counts["skipped"])
        result.clusters = store.refresh_clusters()
        store.finish_run(result.run_id, **counts)
    return result


def _note_id_conflicts(batch: list[Article], stored: dict[str, tuple[str, str]]) -> None:
    """Warn (W005) when an input id names two different articles, stored before or in this batch."""
    seen = dict(stored)
    for article in batch:
        if not article.external_id:
            continue
        holder = seen.setdefault(article.external_id, (article.id, article.origin or article.id))
        if holder[0] != article.id:
            article.notes.append(Warnings.W005.format(origin=article.origin, external_id=article.external_id,
                                                      other=holder[1]))


def _in_range(article: Article, since: date | None, until: date | None) -> bool:
    if article.published is None:
        return True
    return (since is None or article.published >= since) and (until is None or article.published <= until)


def _count(counts: dict[str, int], article: Article) -> None:
    if article.skipped:
        counts["skipped"] += 1
    else:
        counts["articles"] += 1
        counts["events"] += len(article.events)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
