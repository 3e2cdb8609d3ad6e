"""Offline gazetteer: place names to countries, regions and cities, with coordinates.

The bundled ``resources/gazetteer/places.tsv`` is built by ``scripts/build_gazetteer.py`` from
GeoNames data (CC BY 4.0, "GeoNames, geonames.org"; see the file's header). Nothing is fetched
at run time.

>>> gazetteer = load_gazetteer()
>>> kharkiv = gazetteer.resolve("Kharkiv")
>>> (kharkiv.country, kharkiv.precision, round(kharkiv.lat, 1))
('UKR', 'city', 50.0)
>>> gazetteer.resolve("Kiev").name
'Kyiv'
>>> gazetteer.resolve("Tripoli").country, gazetteer.resolve("Tripoli", countries=("LBN",)).country
('LBY', 'LBN')
>>> gazetteer.resolve("Iraq").precision
'country'
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Literal

Precision = Literal["country", "admin1", "city"]

HEADER = ("geonameid", "name", "country", "admin1", "lat", "lon", "population", "feature", "alternates")
FEATURES = ("country", "capital", "admin1", "city")
_FEATURE_RANK = {feature: rank for rank, feature in enumerate(FEATURES)}
# Typographic apostrophes and dashes, and letters that Unicode does not decompose.
_PUNCTUATION = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "-": " ", "‐": " ", "–": " ",
     "—": " "}
)
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D",
     "ı": "i", "œ": "oe", "þ": "th", "ð": "d"}
)


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One gazetteer row. ``country`` is ISO 3166 alpha-3; ``admin1`` a GeoNames admin1 code."""

    geonameid: int | None
    name: str
    country: str
    admin1: str | None
    lat: float
    lon: float
    population: int
    feature: str

    @property
    def precision(self) -> Precision:
        """How precise a location this is: ``"country"``, ``"admin1"`` or ``"city"`` (capitals too)."""
        if self.feature == "country":
            return "country"
        if self.feature == "admin1":
            return "admin1"
        return "city"


def normalize(name: str) -> str:
    """Lookup key of a place name: case, diacritics, apostrophes, dots and a leading "the" ignored.

    Hyphens count as spaces.

    >>> normalize("  Deir ez-Zor"), normalize("Kraków"), normalize("Sana’a"), normalize("the Gambia")
    ('deir ez zor', 'krakow', 'sanaa', 'gambia')
    """
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name.translate(_PUNCTUATION).translate(_LETTERS))
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = name.replace("-", " ").replace("`", "").replace("'", "").replace(".", "").lower()
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Places indexed by normalized name and alternate names."""

    def __init__(self, rows: Iterable[Sequence[str]]) -> None:
        """Index rows of the TSV's columns (``HEADER``); GeoPlace objects are made on first use."""
        self._rows: list[Sequence[str]] = list(rows)
        self._places: dict[int, GeoPlace] = {}
        self._index: dict[str, list[int]] = {}
        for number, cells in enumerate(self._rows):
            keys = {normalize(cells[1])}
            if cells[8]:
                keys.update(normalize(alternate) for alternate in cells[8].split("|"))
            for key in keys:
                self._index.setdefault(key, []).append(number)

    @classmethod
    def from_tsv(cls, lines: Iterable[str]) -> Gazetteer:
        """Read the TSV format of ``places.tsv``: ``#`` comments, then the ``HEADER`` line, then rows."""
        data = (line.rstrip("\n") for line in lines if line.strip() and not line.startswith("#"))
        header = tuple(next(data, "").split("\t"))
        if header != HEADER:
            raise ValueError(f"gazetteer header is {header!r}, expected {HEADER!r}")
        return cls(_padded(line.split("\t")) for line in data)

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[GeoPlace]:
        return (self._place(number) for number in range(len(self._rows)))

    def candidates(self, name: str) -> list[GeoPlace]:
        """Every place whose name or an alternate name equals ``name`` (see ``normalize``), in file order.

        >>> sorted(place.country for place in load_gazetteer().candidates("tripoli"))[:2]
        ['GRC', 'LBN']
        """
        return [self._place(number) for number in self._index.get(normalize(name), ())]

    def resolve(self, name: str, *, countries: Sequence[str] = ()) -> GeoPlace | None:
        """The most likely place called ``name``, or None.

        Order of preference: a country called so (whatever the context), then places in the
        context ``countries`` (ISO alpha-3, earlier is stronger), then the larger population,
        then capital > admin1 > city. A place ten times larger than the one so preferred wins
        over the context ("Donetsk" in a story that names Russia first is Ukraine's city). A
        region that shares its name with a city of the same country ("Donetsk") gives way to the
        city.

        >>> load_gazetteer().resolve("Anbar").precision
        'admin1'
        """
        found = _without_eponymous_regions(self.candidates(name))
        if not found:
            return None
        context: dict[str, int] = {}
        for rank, code in enumerate(countries):
            context.setdefault(code.upper(), rank)

        def preference(place: GeoPlace) -> tuple[bool, int, int, int, int]:
            return (
                place.feature != "country",
                context.get(place.country, len(countries)),
                -place.population,
                _FEATURE_RANK.get(place.feature, len(FEATURES)),
                place.geonameid or 0,
            )

        best = min(found, key=preference)
        largest = max(found, key=lambda place: place.population)
        if best.feature != "country" and largest.population >= DOMINANT_PLACE_RATIO * max(best.population, 1):
            return largest  # "the eastern city of Donetsk" in a story that names Russia first: Ukraine's, not a town
        return best

    def _place(self, number: int) -> GeoPlace:
        place = self._places.get(number)
        if place is None:
            place = self._places[number] = _parse(self._rows[number])
        return place


def _padded(cells: list[str]) -> list[str]:
    return cells + [""] * (len(HEADER) - len(cells)) if len(cells) < len(HEADER) else cells


def _parse(cells: Sequence[str]) -> GeoPlace:
    return GeoPlace(
        geonameid=int(cells[0]) if cells[0] else None,
        name=cells[1],
        country=cells[2],
        admin1=cells[3] or None,
        lat=float(cells[4]),
        lon=float(cells[5]),
        population=int(cells[6] or 0),
        feature=cells[7],
    )


def _without_eponymous_regions(places: list[GeoPlace]) -> list[GeoPlace]:
    """Drop admin1 rows when a city of the same country answers to the same name."""
    city_countries = {place.country for place in places if place.precision == "city"}
    return [place for place in places if place.feature != "admin1" or place.country not in city_countries]


# A place this many times larger than the one the context prefers is the one meant, whatever the context.
DOMINANT_PLACE_RATIO = 10


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (``resources/gazetteer/places.tsv``), read once per process."""
    path = resources.files("petrel.resources") / "gazetteer" / "places.tsv"
    with path.open(encoding="utf-8") as handle:
        return Gazetteer.from_tsv(handle)
