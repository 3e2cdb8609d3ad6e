"""The library's entry points: code text, batches of articles, or files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from petrel.model import Article, Event
from petrel.parallel import code_parallel
from petrel.pipeline import run
from petrel.readers import Problem, parse_published, read_inputs
from petrel.settings import Options


def code(text: str, published: date | str | None = None, article_id: str | None = None, *,
         options: Options | None = None) -> list[Event]:
    """Code the events of one article's text.

    >>> [(e.type, e.source[0].country, e.target[0].country) for e in code(
    ...     "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.", published="2024-05-16")]
    [('ASSAULT', 'RUS', 'UKR')]
    """
    article = Article(text=text, published=parse_published(published), id=article_id or "")
    [coded] = run([article], options)
    return coded.events


def code_many(articles: Iterable[Article], *, options: Options | None = None) -> Iterator[Article]:
    """Code a stream of articles in batches; each is yielded with its events (or `skipped` set).

    A publication date given as text ("2024-05-16", an RFC 822 date) or as a datetime is read as `code` reads it;
    text that is no date leaves the article undated, as a missing date does."""
    return run((_dated(article) for article in articles), options)


def _dated(article: Article) -> Article:
    published: object = article.published
    if isinstance(published, datetime):
        article.published = published.date()
    elif published is not None and not isinstance(published, date):
        article.published = parse_published(published)
    return article


@dataclass
class Report:
    """What coding a set of inputs produced: the coded articles and everything that went wrong."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [event for article in self.articles for event in article.events]


def code_inputs(paths: Iterable[str], *, published: date | None = None, options: Options | None = None,
                workers: int = 1) -> Iterator[Article | Problem]:
    """Read and code inputs as a stream; unreadable inputs come out as Problems, in order.

    With `workers` > 1 the articles are coded in that many processes (see petrel.parallel).
    """
    pending: list[Problem] = []

    def articles() -> Iterator[Article]:
        for item in read_inputs(paths, published=published):
            if isinstance(item, Problem):
                pending.append(item)
            else:
                yield item

    for article in code_parallel(articles(), options, workers=workers):
        while pending:
            yield pending.pop(0)
        yield article
    yield from pending


def code_files(paths: Iterable[str], *, published: date | None = None,
               options: Options | None = None) -> Report:
    """Code inputs and collect everything in one report (for small jobs; streams use code_inputs)."""
    report = Report()
    for item in code_inputs(paths, published=published, options=options):
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            report.articles.append(item)
    return report
