"""Code a stream of articles with several worker processes, one model load per worker.

The parent reads and batches the input; each worker runs the whole pipeline on a batch and sends
the coded articles back (the parse is released by the finish stage, so they pickle small). At most
``2 × workers`` batches are in flight, so memory stays bounded whatever the size of the corpus, and
articles come back in input order.

>>> [a.id for a in code_parallel([], workers=2)]
[]
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from petrel.model import Article
from petrel.pipeline import ORDER, run
from petrel.settings import Options


def available_cores() -> int:
    """Cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _warm_up(options: Options) -> None:
    """Load the model and dictionaries once per worker, before the first batch arrives."""
    list(run([Article(text="Police arrested protesters in Paris.", id="warm-up")], options))


def _code_batch(batch: list[Article], options: Options, stages: tuple[str, ...]) -> list[Article]:
    return list(run(batch, options, stages=stages))


def code_parallel(articles: Iterable[Article], options: Options | None = None, *, workers: int = 1,
                  stages: tuple[str, ...] = ORDER) -> Iterator[Article]:
    """Yield coded articles in input order; `workers` <= 1 codes in this process."""
    options = options or Options()
    if workers <= 1:
        yield from run(articles, options, stages=stages)
        return
    iterator = iter(articles)
    # spawn, not fork: the parent may hold DuckDB threads and a loaded model that must not be copied.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up,
                             initargs=(options,)) as pool:
        in_flight: deque[Future[list[Article]]] = deque()
        while True:
            while len(in_flight) < 2 * workers and (batch := list(islice(iterator, options.batch_size))):
                in_flight.append(pool.submit(_code_batch, batch, options, stages))
            if not in_flight:
                return
            yield from in_flight.popleft().result()
