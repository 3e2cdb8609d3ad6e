"""Throughput benchmark: spaCy parse alone vs `petrel code` vs `petrel ingest`, with 1 and 2 workers.

`--modes code-cameo` adds `petrel code --verbs` with PETRARCH2's CAMEO verb dictionary
(`tests/data/cameo_verbpatterns.txt`): the cost of coding with a PETRARCH user's own dictionary.

Run:  .venv/bin/python -m bench.throughput            (or `make bench`; defaults follow the issue)
      .venv/bin/python -m bench.throughput --articles 400 --runs 3 --workers 1 2

The corpus is the 89 VOA stories in bench/data (public domain), repeated to --articles articles;
each copy gets its own URL, so ingest stores every one (article ids hash the text and the URL).
Each measurement runs in a fresh Python process, so the peak RSS it reports is its own: the
process itself with one worker, the largest worker process with more. With one worker the model
(and, for code and ingest, petrel's dictionaries) is loaded before the clock starts; with more, the
clock includes starting the workers and their one load each, for parse-only (spaCy's n_process)
and petrel alike, a fixed cost that a large corpus amortises. The
table prints medians over --runs runs and each mode's ratio to parse-only at the same worker count,
all measured in this one invocation (the machines are noisy: compare ratios, not absolute speeds
across runs).
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "data" / "voa_stories.jsonl.gz"
CAMEO_VERBS = Path(__file__).resolve().parent.parent / "tests" / "data" / "cameo_verbpatterns.txt"
MODES = ("parse", "code", "code-cameo", "ingest")
DEFAULT_MODES = ("parse", "code", "ingest")


def corpus(n: int) -> Iterator[dict[str, Any]]:
    """The VOA stories, repeated (with distinct URLs) to n articles."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        stories = [json.loads(line) for line in handle]
    for index in range(n):
        story = dict(stories[index % len(stories)])
        story["url"] = f"{story.get('url') or 'voa'}#copy-{index}"
        yield story


def measure(mode: str, workers: int, n: int) -> dict[str, Any]:
    """One timed run of one mode, in this process (called in a child process by `main`)."""
    from petrel.model import Article
    from petrel.nlp import load_nlp
    from petrel.parallel import code_parallel
    from petrel.pipeline import run
    from petrel.readers import make_article
    from petrel.settings import Options

    records = list(corpus(n))
    nlp = load_nlp()
    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(r["text"] for r in records))
    options = Options(verb_files=(str(CAMEO_VERBS),)) if mode == "code-cameo" else Options()
    if mode != "parse":  # load everything first
        list(run([Article(text="Troops shelled the town on Monday.", id="warm-up")], options))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        events = 0
        if mode == "parse":
            for _ in nlp.pipe((r["text"] for r in records), batch_size=32, n_process=workers):
                pass
        elif mode in ("code", "code-cameo"):
            articles = (make_article(r, f"bench:{i}", None) for i, r in enumerate(records))
            events = sum(len(a.events) for a in code_parallel(articles, options, workers=workers))
        else:
            events, db_bytes = _ingest(records, Path(folder), workers)
        seconds = time.perf_counter() - started
        result = {"mode": mode, "workers": workers, "articles": n, "tokens": tokens, "seconds": seconds,
                  "events": events, "rss_self_mb": _peak_mb(resource.RUSAGE_SELF),
                  "rss_worker_mb": _peak_mb(resource.RUSAGE_CHILDREN)}
        if mode == "ingest":
            result["db_bytes_per_event"] = db_bytes / max(events, 1)
    return result


def _ingest(records: list[dict[str, Any]], folder: Path, workers: int) -> tuple[int, int]:
    from petrel.ingest import ingest
    from petrel.store import Store

    source, db = folder / "corpus.jsonl", folder / "bench.duckdb"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    ingest([str(source)], db=str(db), workers=workers)
    with Store(db, read_only=True) as store:
        events = store.total("events")
    return events, db.stat().st_size


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kilobytes


def _child(mode: str, workers: int, n: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.throughput", "--one", mode, str(workers), str(n)]
    output = subprocess.run(command, check=True, capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent).stdout
    return json.loads(output.strip().splitlines()[-1])


def table(results: list[dict[str, Any]], runs: int) -> str:
    rows = [f"| mode | workers | articles/s (median of {runs}) | tokens/s | × parse-only | × 1 worker | "
            "peak RSS per worker (MB) | events | DB bytes/event |", "|---|---|---|---|---|---|---|---|---|"]
    medians: dict[tuple[str, int], float] = {}
    for (mode, workers), group in _grouped(results).items():
        medians[(mode, workers)] = statistics.median(r["articles"] / r["seconds"] for r in group)
    for (mode, workers), group in _grouped(results).items():
        rate = medians[(mode, workers)]
        tokens = statistics.median(r["tokens"] / r["seconds"] for r in group)
        parse = medians.get(("parse", workers))
        single = medians.get((mode, 1))
        rss = max(r["rss_self_mb"] if workers == 1 else r["rss_worker_mb"] for r in group)
        per_event = group[0].get("db_bytes_per_event")
        rows.append(f"| {mode} | {workers} | {rate:.2f} | {tokens:,.0f} | "
                    f"{rate / parse:.2f} | {rate / single:.2f} | {rss:,.0f} | {group[0]['events'] or '-'} | "
                    f"{f'{per_event:,.0f}' if per_event else '-'} |" if parse and single else "")
    return "\n".join(row for row in rows if row)


def _grouped(results: list[dict[str, Any]]) -> dict[tuple[str, int], list[dict[str, Any]]]:
    grouped: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for result in results:
        grouped.setdefault((result["mode"], result["workers"]), []).append(result)
    return grouped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per configuration (median reported)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(DEFAULT_MODES))
    parser.add_argument("--one", nargs=3, metavar=("MODE", "WORKERS", "N"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        mode, workers, n = arguments.one
        print(json.dumps(measure(mode, int(workers), int(n))))
        return
    results = []
    for run_number in range(arguments.runs):  # interleaved, so drift in machine load hits every mode alike
        for workers in arguments.workers:
            for mode in arguments.modes:
                result = _child(mode, workers, arguments.articles)
                results.append(result)
                print(f"run {run_number + 1}: {mode:<10} {workers} worker(s): "
                      f"{result['articles'] / result['seconds']:.2f} articles/s", file=sys.stderr, flush=True)
        if run_number + 1 < arguments.runs:  # the table so far, in case a long benchmark is cut short
            print(table(results, run_number + 1), file=sys.stderr, flush=True)
    print(f"\n{arguments.articles} VOA articles, {results[0]['tokens'] / arguments.articles:.0f} tokens each; "
          f"medians of {arguments.runs} runs.\n")
    print(table(results, arguments.runs))


if __name__ == "__main__":
    main()
