"""Read-only SQL over the event database."""

from __future__ import annotations

import re
from typing import Any

from petrel.errors import Errors
from petrel.store import Store

READ_ONLY_START = re.compile(r"^\s*(SELECT|WITH|FROM|DESCRIBE|SHOW|EXPLAIN|SUMMARIZE|PRAGMA\s+table_info)\b",
                             re.IGNORECASE)


def run_query(db: str, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one read-only statement; the database is opened read-only, so writes fail there too.

    >>> run_query(":memory:", "DROP TABLE events")
    Traceback (most recent call last):
    ValueError: [E014] The query is not read-only: it starts with 'DROP'. `petrel query` runs SELECT statements only.
    """
    import duckdb

    if not READ_ONLY_START.match(sql):
        word = sql.strip().split(maxsplit=1)[0] if sql.strip() else "nothing"
        raise ValueError(Errors.E014.format(reason=f"it starts with {word!r}"))
    with Store(db, read_only=True) as store:
        try:
            cursor = store.connection.execute(sql)
            columns = [d[0] for d in cursor.description or []]
            return columns, [tuple(row) for row in cursor.fetchall()]
        except duckdb.Error as err:
            raise ValueError(Errors.E019.format(reason=str(err).splitlines()[0])) from err
