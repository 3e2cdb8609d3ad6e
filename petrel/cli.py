"""The `petrel` command: a thin shell over the library.

Exit status: 0 when every input was processed, 1 when some were skipped (the summary says which),
2 on usage errors.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any, TextIO

import click

from petrel.errors import Warnings
from petrel.model import Article
from petrel.readers import Problem
from petrel.settings import FACTUALITY_ORDER, Options

FORMATS = ("jsonl", "csv", "plover")
# `petrel stats --by` dimensions and the SQL expression over the events table (alias e) each counts by.
STAT_DIMENSIONS = {
    "type": "e.type",
    "month": "LEFT(COALESCE(e.date, CAST(e.published AS VARCHAR)), 7)",
    "source-country": "e.source_country",
    "target-country": "e.target_country",
    "place-country": "e.place_country",
    "factuality": "e.factuality",
}


def main() -> None:
    cli(prog_name="petrel")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="petrel")
def cli() -> None:
    """petrel: political event data (PLOVER) from news text, offline."""


def _day(ctx: click.Context, param: click.Parameter, value: datetime | None) -> date | None:
    return value.date() if value else None


def filter_options(function: Any) -> Any:
    """Options shared by every command that selects events."""
    function = click.option("--min-factuality", type=click.Choice(FACTUALITY_ORDER), default="negated",
                            show_default=True,
                            help="Keep events at least this certain (order: " + " > ".join(FACTUALITY_ORDER) + ").")(
        function)
    function = click.option("--asserted-only", is_flag=True, help="Keep only events stated as fact.")(function)
    return function


def coding_options(function: Any) -> Any:
    function = click.option("--published", type=click.DateTime(["%Y-%m-%d"]), callback=_day,
                            help="Publication date for inputs that carry none (YYYY-MM-DD).")(function)
    function = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                            help="Your own actor dictionary (TSV, see the docs); repeatable.")(function)
    function = _verbs_option(function)
    function = click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                            help="Drop events less confident than this.")(function)
    function = click.option("--max-chars", type=click.IntRange(1000), default=1_000_000, show_default=True,
                            help="Refuse articles longer than this.")(function)
    function = click.option("--all-languages", is_flag=True, help="Do not skip text that is not English.")(function)
    function = click.option("--named-parties-only", is_flag=True,
                            help="Leave a role empty when the text names no one in it, rather than coding the "
                                 "country where the act took place (marked inferred).")(function)
    function = click.option("--workers", type=click.IntRange(0), default=1, show_default=True, callback=_workers,
                            help=f"Worker processes, one model each; 0 = one per core ({_cores()} here).")(function)
    return filter_options(function)


def _workers(ctx: click.Context, param: click.Parameter, value: int) -> int:
    return value or _cores()


def _cores() -> int:
    from petrel.parallel import available_cores

    return available_cores()


def selection_options(function: Any) -> Any:
    """Options of the commands that read stored events: the database and the event filters."""
    for option in reversed((
        click.option("--db", default="petrel.duckdb", show_default=True, help="The DuckDB file to read."),
        click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT."),
        click.option("--country", help="ISO3 code of a source, target or place country."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), callback=_day,
                     help="Events on or after (YYYY-MM-DD)."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), callback=_day, help="Events on or before."),
        click.option("--limit", type=click.IntRange(1), default=None, help="At most this many events."),
    )):
        function = option(function)
    return filter_options(function)


def _verbs_option(function: Any) -> Any:
    return click.option("--verbs", "verb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="Code with your own PETRARCH-format verb dictionary instead of petrel's lexicon "
                             "(see the docs); repeatable.")(function)


def _options(**kwargs: Any) -> Options:
    options = Options(
        min_confidence=kwargs.get("min_confidence", 0.0),
        min_factuality=kwargs.get("min_factuality", "negated"),
        asserted_only=kwargs.get("asserted_only", False),
        max_chars=kwargs.get("max_chars", 1_000_000),
        english_only=not kwargs.get("all_languages", False),
        implied_parties=not kwargs.get("named_parties_only", False),
        actor_files=tuple(kwargs.get("actor_files", ())),
        verb_files=tuple(kwargs.get("verb_files", ())),
    )
    _report_dictionary_problems(options)
    return options


def _report_dictionary_problems(options: Options) -> None:
    """Lines of a user's actor or verb dictionary that could not be read, each named (the rest is used)."""
    from petrel.actors import load_actors
    from petrel.verbs import load_verb_dictionaries

    problems = list(load_actors(options.actor_files).problems) if options.actor_files else []
    problems += load_verb_dictionaries(options.verb_files).problems if options.verb_files else []
    for problem in problems[:MAX_SHOWN_PROBLEMS]:
        click.echo(problem, err=True)
    if len(problems) > MAX_SHOWN_PROBLEMS:
        click.echo(f"... and {len(problems) - MAX_SHOWN_PROBLEMS} more unreadable dictionary lines.", err=True)
    if options.verb_files and not load_verb_dictionaries(options.verb_files).blocks:
        raise click.UsageError("none of the --verbs files holds a verb block; nothing could be coded.")


MAX_SHOWN_PROBLEMS = 20  # a file in the wrong format would otherwise print a message per line


class Tally:
    """Counts for the closing summary; prints problems as they come, to stderr."""

    def __init__(self) -> None:
        self.articles = self.events = self.undated = 0
        self.skipped: list[str] = []
        self.started = time.monotonic()

    def see(self, item: Article | Problem) -> Article | None:
        if isinstance(item, Problem):
            self.skipped.append(item.message)
            click.echo(item.message, err=True)
            return None
        for note in item.notes:
            click.echo(note, err=True)
        if item.skipped:
            self.skipped.append(item.skipped)
            click.echo(item.skipped, err=True)
            return None
        self.articles += 1
        self.undated += item.published is None
        self.events += len(item.events)
        return item

    def warn_undated(self) -> None:
        """Say once per run how many articles had no publication date (W004)."""
        if self.undated:
            click.echo(Warnings.W004.format(n=self.undated, total=self.articles), err=True)

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        rate = self.articles / seconds if seconds > 0 else 0.0
        text = (f"{self.articles} articles coded, {self.events} events, {len(self.skipped)} inputs skipped "
                f"({seconds:.1f} s, {rate:.1f} articles/s).")
        return text

    @property
    def exit_code(self) -> int:
        return 1 if self.skipped else 0


@cli.command("code")
@click.argument("inputs", nargs=-1, type=str)
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here (default stdout).")
@coding_options
def code_command(inputs: tuple[str, ...], output_format: str, output: TextIO, published: date | None,
                 workers: int, **kwargs: Any) -> None:
    """Code events in INPUTS and print one JSON record per event.

    INPUTS are .txt files (one article each), .jsonl/.ndjson (fields id, text, title, published, url,
    outlet), .csv (same columns), .html, RSS/Atom .xml feeds, .gz of these, directories, or - for stdin
    (the default).

    \b
    Example:  petrel code news.jsonl --published 2024-03-15 > events.jsonl
    """
    from petrel.api import code_inputs
    from petrel.exporters import write_csv, write_jsonl

    tally = Tally()
    items = code_inputs(inputs or ("-",), published=published, options=_options(**kwargs), workers=workers)
    records = _records(items, tally)
    lines = write_csv(records) if output_format == "csv" else write_jsonl(records, plover=output_format == "plover")
    for line in lines:
        output.write(line)
    output.flush()
    tally.warn_undated()
    click.echo(tally.summary(), err=True)
    sys.exit(tally.exit_code)


def _records(items: Iterable[Article | Problem], tally: Tally) -> Iterator[dict[str, Any]]:
    for item in items:
        article = tally.see(item)
        if article is not None:
            for event in article.events:
                yield event.to_dict()


@cli.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="petrel.duckdb", show_default=True, help="The DuckDB file to write.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), callback=_day,
              help="Only articles published on or after this day (undated articles are kept).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), callback=_day,
              help="Only articles published on or before this day.")
@click.option("--progress/--no-progress", default=None,
              help="Show articles/s and ETA on stderr (default: when stderr is a terminal).")
@coding_options
def ingest_command(inputs: tuple[str, ...], db: str, published: date | None, since: date | None,
                   until: date | None, progress: bool | None, workers: int, **kwargs: Any) -> None:
    """Code INPUTS and store articles and events in a DuckDB file, then update the event clusters.

    Idempotent: an article already stored (same text and URL) is not coded again, so a run that was
    interrupted (even killed) is finished by running the same command again.

    \b
    Example:  petrel ingest news/ --db events.duckdb --workers 2
    """
    from petrel.ingest import ingest

    tally = Tally()
    show = sys.stderr.isatty() if progress is None else progress
    try:
        result = ingest(inputs, db=db, published=published, options=_options(**kwargs), workers=workers,
                        since=since, until=until, observe=tally.see,
                        progress=Progress(inputs).show if show else None)
    except _store_error() as err:
        raise click.ClickException(str(err)) from err
    tally.warn_undated()
    click.echo(f"{tally.summary()} {result.new_articles} new articles stored, "
               f"{result.already_stored} already in {db}; {result.clusters} event clusters.", err=True)
    sys.exit(tally.exit_code)


def _store_error() -> type[Exception]:
    from petrel.store import StoreError

    return StoreError


class Progress:
    """Articles done, articles/s and, when the inputs' size can be told, the ETA, on stderr."""

    def __init__(self, inputs: Iterable[str]) -> None:
        from petrel.readers import estimate_articles

        self.total = estimate_articles(inputs)
        self.started = self.last = time.monotonic()
        self.terminal = sys.stderr.isatty()

    def show(self, done: int) -> None:
        now = time.monotonic()
        if not self.terminal and now - self.last < 1.0 and done != self.total and self.last != self.started:
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        line = f"{done}{'/' + str(self.total) if self.total else ''} articles  {rate:.1f} articles/s"
        if self.total and rate > 0 and done <= self.total:
            line += f"  ETA {_duration((self.total - done) / rate)}"
        click.echo(f"\r{line}   " if self.terminal else line, err=True, nl=not self.terminal)


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s"


@cli.command("events")
@selection_options
@click.option("--dedup", is_flag=True, help="One row per cross-article cluster (its representative event).")
@click.option("--format", "output_format", type=click.Choice(("table", "jsonl", "csv", "plover")), default="table",
              show_default=True)
def events_command(db: str, output_format: str, dedup: bool, **kwargs: Any) -> None:
    """List stored events.

    \b
    Example:  petrel events --type ASSAULT --country UKR --since 2024-01-01 --format csv
              petrel events --dedup    (each event once, with how many outlets reported it)
    """
    from petrel.exporters import write_csv, write_jsonl

    with _open_store(db) as store:
        records = store.events(_selection(**kwargs), dedup=dedup)
        if output_format == "table":
            lines: Iterable[str] = _table(records, dedup=dedup)
        elif output_format == "csv":
            lines = write_csv(records)
        else:
            lines = write_jsonl(records, plover=output_format == "plover")
        for line in lines:
            click.echo(line, nl=False)


def _open_store(db: str) -> Any:
    from petrel.store import Store, StoreError

    try:
        return Store(db, read_only=True)
    except StoreError as err:
        raise click.ClickException(str(err)) from err


@cli.command("export")
@selection_options
@click.option("--dedup", is_flag=True, help="One record per cross-article cluster.")
@click.option("--format", "output_format", type=click.Choice(("csv", "parquet", "plover-json")), required=True)
@click.option("-o", "--output", required=True,
              help="File to write (for plover-json, .json writes one JSON array, anything else JSON Lines; "
                   "for parquet with --by-month, a directory).")
@click.option("--by-month", is_flag=True, help="Parquet only: partition into month=YYYY-MM directories.")
def export_command(db: str, output_format: str, output: str, dedup: bool, by_month: bool, **kwargs: Any) -> None:
    """Export stored events, with their clusters, as CSV, Parquet or PLOVER JSON.

    \b
    Example:  petrel export --format parquet --by-month -o events/ --since 2024-01-01
              petrel export --format plover-json -o events.json --min-factuality reported
    """
    from petrel.exporters import write_parquet

    if by_month and output_format != "parquet":
        raise click.UsageError("--by-month applies to --format parquet only.")
    with _open_store(db) as store:
        records = store.events(_selection(**kwargs), dedup=dedup)
        try:
            if output_format == "parquet":
                count = write_parquet(records, output, by_month=by_month)
            else:
                count = _write_lines(output, records, output_format)
        except (OSError, _duckdb_error()) as err:
            from petrel.errors import Errors

            reason = str(err).splitlines()[0]
            raise click.ClickException(Errors.E021.format(path=output, what=output_format, reason=reason)) from err
    click.echo(f"{count} events written to {output}.", err=True)


def _write_lines(output: str, records: Iterable[dict[str, Any]], output_format: str) -> int:
    from petrel.exporters import write_csv, write_jsonl, write_plover_list

    counted = CountedRecords(records)
    if output_format == "csv":
        lines = write_csv(counted)
    elif output.endswith(".json"):
        lines = write_plover_list(counted)
    else:
        lines = write_jsonl(counted, plover=True)
    with open(output, "w", encoding="utf-8", newline="") as handle:
        handle.writelines(lines)
    return counted.count


class CountedRecords:
    """An iterable over records that counts what went through."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.records, self.count = records, 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for record in self.records:
            self.count += 1
            yield record


def _duckdb_error() -> type[Exception]:
    import duckdb

    return duckdb.Error


@cli.command("stats")
@selection_options
@click.option("--by", "dimensions", multiple=True, type=click.Choice(STAT_DIMENSIONS),
              help="Count by these (repeatable; default: all).")
@click.option("--format", "output_format", type=click.Choice(("table", "json")), default="table", show_default=True)
def stats_command(db: str, dimensions: tuple[str, ...], output_format: str, **kwargs: Any) -> None:
    """Count stored events by type, month, country and factuality (with the same filters as `events`).

    \b
    Example:  petrel stats --since 2024-01-01 --by type --by month
    """
    selection = _selection(**kwargs)
    with _open_store(db) as store:
        stats = {"events": store.count(selection),
                 "clusters": store.total("clusters")}
        for dimension in dimensions or STAT_DIMENSIONS:
            stats[dimension] = {str(key) if key is not None else "unknown": n
                                for key, n in store.counts(STAT_DIMENSIONS[dimension], selection)}
    if output_format == "json":
        click.echo(json.dumps(stats, indent=2))
        return
    click.echo(f"{stats['events']} events in {stats['clusters']} clusters ({db})")
    for dimension in dimensions or STAT_DIMENSIONS:
        click.echo(f"\nby {dimension}:")
        for key, count in stats[dimension].items():
            click.echo(f"  {key:<16} {count:>8}")


def _selection(**kwargs: Any) -> Any:
    from petrel.plover import event_types
    from petrel.store import EventFilter

    event_type = kwargs.get("event_type")
    if event_type and event_type.upper() not in event_types():
        from petrel.errors import Errors

        raise click.UsageError(Errors.E017.format(value=event_type, choices=", ".join(event_types())))
    if kwargs.get("asserted_only"):
        kept: tuple[str, ...] = ("asserted",)
    else:
        cut = FACTUALITY_ORDER.index(kwargs.get("min_factuality") or "negated")
        kept = FACTUALITY_ORDER[: cut + 1]
    return EventFilter(type=event_type, country=kwargs.get("country"), since=kwargs.get("since"),
                       until=kwargs.get("until"), factualities=kept, limit=kwargs.get("limit"))


def _actors(actors: list[dict[str, Any]]) -> str:
    return "+".join(f"{a.get('country') or '---'}{a.get('sector') or ''}" for a in actors) or "-"


def _table(records: Iterable[dict[str, Any]], *, dedup: bool = False) -> Iterator[str]:
    reports = f"{'reports':>7} {'outlets':>7}  " if dedup else ""
    yield (f"{'date':<10}  {'type':<10} {'mode':<14} {'source':<14} {'target':<14} {'factuality':<12} "
           f"{reports}trigger\n")
    for r in records:
        cluster = r.get("cluster") or {}
        counts = f"{cluster.get('mentions') or 1:>7} {cluster.get('outlets') or 1:>7}  " if dedup else ""
        yield (f"{(r.get('date') or '?'):<10}  {r['type']:<10} {(r.get('mode') or '-'):<14} "
               f"{_actors(r['source']):<14} {_actors(r['target']):<14} {r['factuality']:<12} "
               f"{counts}{r['trigger']['text']}\n")


@cli.command("summary")
@click.option("--db", default="petrel.duckdb", show_default=True)
@click.option("--examples", type=click.IntRange(0), default=5, show_default=True)
def summary_command(db: str, examples: int) -> None:
    """Print counts of stored events by type and a few examples with their evidence sentence.

    \b
    Example:  petrel summary --db events.duckdb --examples 10
    """
    with _open_store(db) as store:
        click.echo(f"{store.total('articles')} articles, {store.total('events')} events, "
                   f"{store.total('clusters')} clusters in {db}\n")
        click.echo("events by type:")
        for key, count in store.counts("e.type"):
            click.echo(f"  {key:<10} {count:>6}")
        click.echo("\nevents by factuality:")
        for key, count in store.counts("e.factuality"):
            click.echo(f"  {key:<12} {count:>6}")
        click.echo("\nexamples:")
        for record, title in store.examples(examples):
            click.echo(_example(record, title))


def _example(record: dict[str, Any], title: str | None) -> str:
    place = (record.get("place") or {}).get("name")
    head = (f"- {record['type']}{'/' + record['mode'] if record.get('mode') else ''}  "
            f"{_actors(record['source'])} -> {_actors(record['target'])}  {record['factuality']}  "
            f"date {record.get('date')}{'  at ' + place if place else ''}")
    return f"{head}\n    \"{record['sentence']['text']}\"\n    ({title or 'untitled'})"


@cli.command("query")
@click.argument("sql")
@click.option("--db", default="petrel.duckdb", show_default=True)
@click.option("--format", "output_format", type=click.Choice(("table", "jsonl", "csv")), default="table")
def query_command(sql: str, db: str, output_format: str) -> None:
    """Run a read-only SQL query on the database (writes are refused).

    \b
    Example:  petrel query "SELECT type, COUNT(*) FROM events GROUP BY type"
    """
    from petrel.query import run_query
    from petrel.store import StoreError

    try:
        columns, rows = run_query(db, sql)
    except (StoreError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row, strict=True)), default=str))
    elif output_format == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerows([columns, *rows])
    else:
        click.echo("\t".join(columns))
        for row in rows:
            click.echo("\t".join("" if v is None else str(v) for v in row))


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Predictions (PLOVER JSON); default: code the gold texts.")
@click.option("--format", "output_format", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False))
@_verbs_option
def eval_command(gold: str, pred: str | None, output_format: str, actor_files: tuple[str, ...],
                 verb_files: tuple[str, ...]) -> None:
    """Score event coding against GOLD records in PLOVER JSON (a list or JSON Lines with `text`).

    \b
    Example:  petrel eval tests/data/voa_gold.jsonl --format json
    """
    from petrel.evaluate import GoldError, evaluate_files, render_table

    try:
        scores = evaluate_files(gold, pred, options=_options(actor_files=actor_files, verb_files=verb_files))
    except GoldError as err:
        raise click.ClickException(str(err)) from err
    click.echo(json.dumps(scores, indent=2) if output_format == "json" else render_table(scores))
