"""Read articles from what users have on disk: text, JSON Lines, CSV, HTML, RSS/Atom feeds, stdin.

Every reader yields :class:`Article` objects, or a :class:`Problem` naming the file and line of
anything it could not read; one bad line never stops the rest of the file.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from petrel.errors import Errors, Warnings
from petrel.model import Article

TEXT_SUFFIXES = frozenset({".txt", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
# Files bigger than this (on disk) are read line by line in UTF-8 instead of whole, so memory stays
# bounded whatever the size of a JSON Lines or CSV corpus.
STREAM_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    """Something that could not be read, with the numbered message to show."""

    origin: str
    message: str


Item = Article | Problem


def read_inputs(paths: Iterable[str], *, published: date | None = None) -> Iterator[Item]:
    """Read every input ("-" is stdin; directories are read recursively, in name order)."""
    for name in paths:
        if name == "-":
            yield from _text_article(sys.stdin.read(), "<stdin>", published)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from read_file(child, published=published)
        elif path.exists():
            yield from read_file(path, published=published)
        else:
            yield Problem(name, Errors.E010.format(path=name))


def estimate_articles(paths: Iterable[str]) -> int | None:
    """About how many articles the inputs hold (for a progress ETA); None when it cannot be told cheaply."""
    total = 0
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            count = _estimate_file(file)
            if count is None:
                return None
            total += count
    return total


def _estimate_file(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if path.name.startswith(".") or suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        return 0 if path.name.startswith(".") else 1
    if suffix not in {".jsonl", ".ndjson", ".csv", ".tsv"} or not path.exists():
        return None
    lines = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
    return max(lines - (suffix in CSV_SUFFIXES), 0)


def read_file(path: Path, *, published: date | None = None) -> Iterator[Item]:
    """Read one file by its suffix (a trailing .gz is decompressed first)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    suffix = suffixes[-2] if compressed and len(suffixes) == 2 else (suffixes[-1] if suffixes else "")
    reader = _READERS.get(suffix)
    if reader is None:
        yield Problem(str(path), Errors.E011.format(path=path, suffix=suffix or "(none)"))
        return
    if suffix in JSONL_SUFFIXES | CSV_SUFFIXES and _size(path) > STREAM_BYTES:
        yield from _stream_lines(path, compressed, published, csv_file=suffix in CSV_SUFFIXES)
        return
    try:
        raw = gzip.decompress(path.read_bytes()) if compressed else path.read_bytes()
    except (OSError, EOFError) as err:
        yield Problem(str(path), Errors.E002.format(path=path, reason=err))
        return
    decoded = decode(raw, str(path))
    if isinstance(decoded, Problem):
        yield decoded
        return
    text, note = decoded
    for item in reader(text, str(path), published):
        if note and isinstance(item, Article):
            item.notes.append(note)
        yield item


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _stream_lines(path: Path, compressed: bool, published: date | None, *, csv_file: bool) -> Iterator[Item]:
    """Read a big JSON Lines or CSV file as a stream of UTF-8 lines (a JSON array is read whole)."""
    origin = str(path)
    opener = gzip.open if compressed else open
    try:
        with opener(path, "rb") as binary:
            head = binary.peek(8192)[:8192] if hasattr(binary, "peek") else b""
            if b"\x00" in head:
                yield Problem(origin, Errors.E001.format(path=origin))
                return
            if not csv_file and head.lstrip().startswith(b"["):
                yield from _jsonl_articles(binary.read().decode("utf-8-sig"), origin, published)
                return
            if csv_file:
                with io.TextIOWrapper(binary, encoding="utf-8-sig", newline="") as text:
                    yield from _csv_articles_from(text, origin, published)
                return
            yield from _jsonl_stream(binary, origin, published)
    except (OSError, EOFError, UnicodeDecodeError) as err:
        yield Problem(origin, Errors.E002.format(path=origin, reason=err))


def _jsonl_stream(binary: Iterable[bytes], origin: str, published: date | None) -> Iterator[Item]:
    """JSON Lines from a binary stream; a line that is not UTF-8 is reported (E002) and skipped."""
    for number, raw in enumerate(binary, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as err:
            yield Problem(f"{origin}:{number}", Errors.E002.format(path=f"{origin}, line {number}", reason=err))
            continue
        if line.strip():
            yield _json_record(line, f"{origin}:{number}", origin, number, published)


def decode(raw: bytes, origin: str) -> tuple[str, str | None] | Problem:
    """Decode bytes as UTF-8, else as the detected encoding; refuse binary and empty files."""
    if not raw.strip():
        return Problem(origin, Errors.E003.format(path=origin))
    if b"\x00" in raw[:8192]:
        return Problem(origin, Errors.E001.format(path=origin))
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None or best.encoding is None:
            return Problem(origin, Errors.E002.format(path=origin, reason=err))
        return str(best), Warnings.W002.format(origin=origin, encoding=best.encoding)


def parse_published(value: Any) -> date | None:
    """Read a publication date written as ISO 8601 (date or date-time) or as an RFC 822 date.

    >>> parse_published("2025-03-14 20:30:26Z")
    datetime.date(2025, 3, 14)
    >>> parse_published("Fri, 14 Mar 2025 20:30:26 GMT")
    datetime.date(2025, 3, 14)
    >>> parse_published("next week") is None
    True
    """
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def make_article(record: dict[str, Any], origin: str, published: date | None) -> Article:
    """Build an Article from a record's fields; an unreadable date is noted, not fatal."""
    raw_date = record.get("published") or record.get("date")
    day = parse_published(raw_date)
    article = Article(
        text=str(record["text"]),
        title=_optional(record.get("title")),
        published=day or published,
        url=_optional(record.get("url")),
        outlet=_optional(record.get("outlet") or record.get("source")),
        origin=origin,
        external_id=_optional(record.get("id")),
    )
    if raw_date and day is None:
        reason = f"cannot read {str(raw_date)[:40]!r}"
        article.notes.append(Warnings.W001.format(origin=origin, reason=reason))
    return article


def _optional(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _text_article(text: str, origin: str, published: date | None) -> Iterator[Item]:
    if not text.strip():
        yield Problem(origin, Errors.E003.format(path=origin))
        return
    yield Article(text=text, published=published, origin=origin)


def _jsonl_articles(text: str, origin: str, published: date | None) -> Iterator[Item]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from _json_array(stripped, origin, published)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _json_record(line, f"{origin}:{number}", origin, number, published)


def _json_array(text: str, origin: str, published: date | None) -> Iterator[Item]:
    try:
        records = json.loads(text)
    except json.JSONDecodeError as err:
        yield Problem(origin, Errors.E004.format(path=origin, line=err.lineno, reason=err.msg))
        return
    for number, record in enumerate(records, start=1):
        yield _record_article(record, f"{origin}[{number}]", origin, number, published)


def _json_record(line: str, where: str, origin: str, number: int, published: date | None) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Problem(where, Errors.E004.format(path=origin, line=number, reason=err.msg))
    return _record_article(record, where, origin, number, published)


def _record_article(record: Any, where: str, origin: str, number: int, published: date | None) -> Item:
    if not isinstance(record, dict):
        return Problem(where, Errors.E004.format(path=origin, line=number, reason=type(record).__name__))
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return Problem(where, Errors.E005.format(path=origin, line=number))
    return make_article(record, where, published)


def _csv_articles(text: str, origin: str, published: date | None) -> Iterator[Item]:
    yield from _csv_articles_from(io.StringIO(text, newline=""), origin, published)


def _csv_articles_from(lines: Iterable[str], origin: str, published: date | None) -> Iterator[Item]:
    dialect = "excel-tab" if origin.lower().endswith((".tsv", ".tsv.gz")) else "excel"
    rows = csv.reader(lines, dialect=dialect)
    try:
        header = [cell.strip().lower() for cell in next(rows)]
    except (StopIteration, csv.Error) as err:
        yield Problem(origin, Errors.E007.format(path=origin, line=1, reason=err))
        return
    if "text" not in header:
        yield Problem(origin, Errors.E006.format(path=origin, columns=", ".join(header) or "none"))
        return
    yield from _csv_rows(rows, header, origin, published)


def _csv_rows(rows: Iterator[list[str]], header: list[str], origin: str, published: date | None) -> Iterator[Item]:
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as err:
            yield Problem(origin, Errors.E007.format(path=origin, line="?", reason=err))
            return
        line = rows.line_num  # type: ignore[attr-defined]
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            reason = f"{len(row)} fields, the header has {len(header)}"
            yield Problem(f"{origin}:{line}", Errors.E007.format(path=origin, line=line, reason=reason))
            continue
        yield _record_article(dict(zip(header, row, strict=True)), f"{origin}:{line}", origin, line, published)


def _html_articles(text: str, origin: str, published: date | None) -> Iterator[Item]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        yield Problem(origin, Errors.E005.format(path=origin, line=1))
        return
    record = {"text": body, "title": getattr(extracted, "title", None),
              "published": getattr(extracted, "date", None), "url": getattr(extracted, "url", None),
              "outlet": getattr(extracted, "sitename", None)}
    yield make_article(record, origin, published)


def _feed_articles(text: str, origin: str, published: date | None) -> Iterator[Item]:
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as err:
        yield Problem(origin, Errors.E012.format(path=origin, reason=err))
        return
    for number, item in enumerate(_feed_items(root), start=1):
        record = {key: _feed_field(item, names) for key, names in FEED_FIELDS.items()}
        if record["text"]:
            record["text"] = _strip_tags(record["text"])
        yield _record_article(record, f"{origin}#{number}", origin, number, published)


FEED_FIELDS = {
    "text": ("encoded", "content", "description", "summary"),
    "title": ("title",),
    "published": ("pubDate", "published", "updated", "date"),
    "url": ("link",),
}


def _feed_items(root: ElementTree.Element) -> list[ElementTree.Element]:
    return [element for element in root.iter() if _local(element.tag) in ("item", "entry")]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _feed_field(item: ElementTree.Element, names: tuple[str, ...]) -> str | None:
    for name in names:
        for child in item:
            if _local(child.tag) == name:
                value = child.text or child.get("href")
                if value and value.strip():
                    return value.strip()
    return None


def _strip_tags(html: str) -> str:
    if "<" not in html:
        return html
    import lxml.html

    return str(lxml.html.fromstring(html).text_content())


_READERS: dict[str, Callable[[str, str, date | None], Iterator[Item]]] = {
    **dict.fromkeys(TEXT_SUFFIXES, _text_article),
    **dict.fromkeys(JSONL_SUFFIXES, _jsonl_articles),
    **dict.fromkeys(CSV_SUFFIXES, _csv_articles),
    **dict.fromkeys(HTML_SUFFIXES, _html_articles),
    **dict.fromkeys(FEED_SUFFIXES, _feed_articles),
}
