"""Every message petrel shows a user, numbered, each saying what went wrong and what to do.

>>> Errors.E001.format(path="a.bin")[:30]
'[E001] a.bin: this is a binary'
"""

from __future__ import annotations


class CodedMessages(type):
    """Prefix each message of a class with its code: ``E001 = "..."`` renders as ``"[E001] ..."``."""

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, object]) -> type:
        for key, value in list(namespace.items()):
            if key[:1] in {"E", "W"} and key[1:].isdigit() and isinstance(value, str):
                namespace[key] = f"[{key}] {value}"
        return super().__new__(mcs, name, bases, namespace)


class Errors(metaclass=CodedMessages):
    E001 = "{path}: this is a binary file, not text. Give petrel .txt, .jsonl, .csv or .html files."
    E002 = (
        "{path}: could not decode the text ({reason}). Save the file as UTF-8, or check that it is a "
        "text file."
    )
    E003 = "{path}: the file is empty. Nothing to code."
    E004 = "{path}, line {line}: not a JSON object ({reason}). Repair the line; the other lines were coded."
    E005 = "{path}, line {line}: the record has no text. Add a non-empty 'text' field."
    E006 = (
        "{path}: the CSV file has no 'text' column (columns found: {columns}). Name the column holding the "
        "article text 'text'."
    )
    E007 = "{path}, line {line}: malformed CSV row ({reason}). Repair the row; the other rows were coded."
    E008 = (
        "{origin}: the article is {size:,} characters, over the limit of {limit:,}. Split it, or raise the "
        "limit with --max-chars."
    )
    E009 = "{origin}: the text does not look like English (detected: {language}); skipped."
    E010 = "{path}: no such file or directory."
    E011 = "{path}: unknown file type '{suffix}'. Use .txt, .jsonl, .ndjson, .csv, .html, .xml (feeds) or .gz."
    E012 = "{path}: could not read the feed ({reason}). Check that it is well-formed RSS or Atom XML."
    E013 = (
        "Could not open the database {db}: {reason}. If another petrel process is using it, wait for it "
        "to finish or use another --db file."
    )
    E014 = "The query is not read-only: {reason}. `petrel query` runs SELECT statements only."
    E015 = "{path}: not valid gold data ({reason}). Give PLOVER JSON: a list, or one record per line."
    E016 = "{path}, line {line}: {reason}. Fix the line in the actor dictionary; the other lines were loaded."
    E017 = "Unknown event type '{value}'. Use one of: {choices}."
    E018 = "Could not write to the database {db}: {reason}. Nothing from this batch was stored; rerun to resume."
    E019 = "The query failed: {reason}."
    E020 = ("The database {db} has schema version {version}, but this petrel reads version {expected}. "
            "Open it once with `petrel ingest` (which migrates it) or upgrade petrel.")
    E021 = "{path}: cannot write {what} here ({reason}). Choose another output path."
    E022 = "{path}, line {line}: {reason}. Fix the line in the verb dictionary; the other lines were loaded."
    E023 = ("{path}: no verb block found ('--- NAME [code] ---' lines), so no verb can be coded. Give a "
            "PETRARCH-format verb dictionary to --verbs.")
    E024 = "{path}: this is a binary file, not a dictionary; skipped. Give a UTF-8 text dictionary."


class Warnings(metaclass=CodedMessages):
    W001 = (
        "{origin}: no publication date ({reason}); relative dates stay unresolved. Give one with "
        "--published YYYY-MM-DD."
    )
    W002 = "{origin}: decoded as {encoding}, not UTF-8."
    W004 = (
        "{n} of {total} articles have no publication date, so their events keep only the date written in "
        "the text. Give one with --published YYYY-MM-DD."
    )
    W005 = ("{origin}: id {external_id!r} was already given to a different article ({other}); both are kept, "
            "told apart by their content. Give each article its own id.")
    W003 = "{origin}: the article is long ({size:,} characters); coded in pieces of {piece:,}."
