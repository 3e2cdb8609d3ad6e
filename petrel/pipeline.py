"""The stage registry and the runner that applies stages to articles.

A stage is a function over a batch of articles that says what it reads and what it adds; the
runner checks that every read is provided by an earlier stage.

>>> unmet_reads(["events"])
[('events', 'sentence.parse'), ('events', 'article.mentions'), ('events', 'article.focus_country')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from petrel.model import Article
from petrel.settings import Options

BatchFunction = Callable[[list[Article], Options], list[Article]]


@dataclass(frozen=True)
class Stage:
    name: str
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    run: BatchFunction


STAGES: dict[str, Stage] = {}
ORDER = ("parse", "mentions", "events", "classify", "factuality", "dates", "places", "finish")
ARTICLE_FIELDS = ("article.text", "article.published", "article.title")


def stage(name: str, *, reads: tuple[str, ...], adds: tuple[str, ...]) -> Callable[[BatchFunction], BatchFunction]:
    """Register a batch function as a named stage."""

    def register(function: BatchFunction) -> BatchFunction:
        STAGES[name] = Stage(name, reads, adds, function)
        return function

    return register


def per_article(function: Callable[[Article, Options], Article]) -> BatchFunction:
    """Lift a function of one article to a stage over a batch."""

    def over_batch(articles: list[Article], options: Options) -> list[Article]:
        return [function(article, options) for article in articles]

    over_batch.__doc__ = function.__doc__
    over_batch.__name__ = function.__name__
    return over_batch


def _load_stages() -> None:
    from petrel.stages import classify, dates, events, factuality, finish, mentions, parse, places  # noqa: F401


def unmet_reads(names: Iterable[str]) -> list[tuple[str, str]]:
    """Return (stage, field) pairs whose field no earlier stage (nor the input) provides."""
    _load_stages()
    provided = set(ARTICLE_FIELDS)
    missing = []
    for name in names:
        current = STAGES[name]
        missing += [(name, read) for read in current.reads if read not in provided]
        provided.update(current.adds)
    return missing


def run(articles: Iterable[Article], options: Options | None = None, *,
        stages: Iterable[str] = ORDER) -> Iterator[Article]:
    """Apply the stages to articles in batches, yielding each article once coded."""
    _load_stages()
    options = options or Options()
    selected = [STAGES[name] for name in stages]
    iterator = iter(articles)
    while batch := list(islice(iterator, options.batch_size)):
        for current in selected:
            batch = current.run(batch, options)
        yield from batch
