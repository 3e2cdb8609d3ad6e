"""Data files that ship inside the package, each with its source and licence in its header."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path


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
