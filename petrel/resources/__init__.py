"""Data files that ship inside the package, each with its source and licence in its header."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path


def user_file_text(path: Path, problems: list[str]) -> str | None:
    """The text of a user's dictionary file, or None (with the reason added to `problems`) when it is binary or
    not UTF-8: such a file is skipped, never read as garbage entries."""
    from petrel.errors import Errors

    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        problems.append(Errors.E024.format(path=path))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        problems.append(Errors.E002.format(path=path, reason=err))
        return None


def resource_path(name: str) -> Path:
    """Return the path of a bundled data file, e.g. ``"actors/agents.tsv"``."""
    return Path(str(resources.files("petrel.resources").joinpath(name)))


def read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data line of a TSV file with `#` comments and a header."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [cell.strip() for cell in line.rstrip("\n").split("\t")]
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            yield number, dict(zip(header, cells, strict=False))
