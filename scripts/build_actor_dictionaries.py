"""Convert the PETRARCH2 (Phoenix) and NGEC actor/agent dictionaries into petrel's TSV files.

Usage (from the repository root)::

    .venv/bin/python scripts/build_actor_dictionaries.py [--shared ../shared/data] [--out DIR]

The output is deterministic: running the script twice gives byte-identical files.

Phoenix notation handled here (see the headers of the Phoenix files):

* ``PHRASE_`` words joined by underscores; ``+PHRASE`` is a synonym of the entry above.
* ``[CODE]`` on the entry line or on indented lines below it. A code is a run of
  three-letter chunks: a country (ISO alpha-3, or IGO/NGO/MNC/IMG) then sectors.
* Date restrictions: ``[CODE YYMMDD-YYMMDD]`` (range), ``[CODE >YYMMDD]`` (from),
  ``[CODE <YYMMDD]`` (until). Dates have 6 or 8 digits; two-digit years 00-30 are
  20xx and 31-99 are 19xx (the KEDS/TABARI convention; the files contain no 21-30).
  An undated code next to dated ones is the fallback used outside every range.
* ``# ...`` starts a comment.

Agent notation (PLOVER_agents.txt, Phoenix.agents.txt): ``PHRASE [~SECTORS]``,
``{PLURAL}`` gives an irregular plural, ``!PERSON!`` and ``!MINIST!`` are substitution
sets declared at the top of the file.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "petrel" / "resources" / "actors"
SCRIPT = "scripts/build_actor_dictionaries.py"
ACTOR_HEADER = ("phrase", "country", "sector", "name", "start", "end", "kind")
AGENT_HEADER = ("phrase", "sector", "secondary", "kind")
PHOENIX_LICENCE = "MIT; Copyright (c) 2014 Open Event Data Alliance / Parus Analytics (PETRARCH2)"
NGEC_LICENCE = "MIT; NGEC-2025 (ahalterman/NGEC-2025)"

# CAMEO sector chunk -> PLOVER sector. PLOVER codes map to themselves.
# Judgement calls: CAMEO MED is media (PLOVER JRN); CAMEO HLH is health (PLOVER MED);
# development, environment and human-rights activists are civil society (CVL);
# religion codes (MUS, CHR, CTH, ...) are REL; radicals and transnational militants
# are REB; CAMEO PPL ("people") is CVL; MNC is BUS.
PLOVER_SECTORS = (
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "PRM", "REB", "SPY", "UAF", "UNK", "PRE", "AGR",
    "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "REF", "OPP", "REL", "SOC", "NGO", "IGO",
)
SECTOR_MAP: dict[str, str] = {
    **{c: c for c in PLOVER_SECTORS},
    "MED": "JRN", "HLH": "MED", "DEV": "CVL", "ENV": "CVL", "HRI": "CVL",
    "RAD": "REB", "IMG": "REB", "INS": "REB", "SEP": "REB", "MNC": "BUS",
    "PPL": "CVL", "SET": "CVL", "MOD": "GOV", "IND": "BUS",
    "MUS": "REL", "CHR": "REL", "CTH": "REL", "PRO": "REL", "JEW": "REL",
    "HIN": "REL", "BUD": "REL", "MAR": "REL", "SHI": "REL", "SUN": "REL",
    "ORT": "REL", "ALE": "REL", "DRZ": "REL", "JAN": "REL", "ATH": "REL",
}
# PLOVER_agents.txt already uses PLOVER codes (there MED is medical, JRN is media).
PLOVER_MAP: dict[str, str] = {**{c: c for c in SECTOR_MAP.values()}, "IMG": "REB"}
DROP_SECTORS = {"JNK", "NON", "---"}

# Capital cities (alternative spellings separated by "/"), one entry per country.
CAPITALS = (
    "AFG:Kabul AGO:Luanda ALB:Tirana/Tirane AND:Andorra la Vella ARE:Abu Dhabi "
    "ARG:Buenos Aires ARM:Yerevan ATG:Saint John's/St. John's AUS:Canberra AUT:Vienna "
    "AZE:Baku BDI:Gitega/Bujumbura BEL:Brussels BEN:Porto-Novo/Cotonou "
    "BFA:Ouagadougou BGD:Dhaka/Dacca BGR:Sofia BHR:Manama BHS:Nassau "
    "BIH:Sarajevo BLR:Minsk BLZ:Belmopan BOL:La Paz/Sucre BRA:Brasilia/Brasília "
    "BRB:Bridgetown BRN:Bandar Seri Begawan BTN:Thimphu BWA:Gaborone "
    "CAF:Bangui CAN:Ottawa CHE:Bern/Berne CHL:Santiago CHN:Beijing/Peking "
    "CIV:Yamoussoukro/Abidjan CMR:Yaounde/Yaoundé COD:Kinshasa COG:Brazzaville "
    "COL:Bogota/Bogotá COM:Moroni CPV:Praia CRI:San Jose/San José CUB:Havana "
    "CYP:Nicosia CZE:Prague DEU:Berlin DJI:Djibouti City DMA:Roseau "
    "DNK:Copenhagen DOM:Santo Domingo DZA:Algiers ECU:Quito EGY:Cairo "
    "ERI:Asmara ESP:Madrid EST:Tallinn ETH:Addis Ababa FIN:Helsinki FJI:Suva "
    "FRA:Paris FSM:Palikir GAB:Libreville GBR:London GEO:Tbilisi GHA:Accra "
    "GIN:Conakry GMB:Banjul GNB:Bissau GNQ:Malabo GRC:Athens GRD:Saint George's "
    "GTM:Guatemala City GUY:Georgetown HKG:Victoria City HND:Tegucigalpa "
    "HRV:Zagreb HTI:Port-au-Prince HUN:Budapest IDN:Jakarta IND:New Delhi "
    "IRL:Dublin IRN:Tehran/Teheran IRQ:Baghdad ISL:Reykjavik ISR:Jerusalem "
    "ITA:Rome JAM:Kingston JOR:Amman JPN:Tokyo KAZ:Astana/Nur-Sultan "
    "KEN:Nairobi KGZ:Bishkek KHM:Phnom Penh KIR:Tarawa/South Tarawa "
    "KNA:Basseterre KOR:Seoul KOS:Pristina/Prishtina KWT:Kuwait City "
    "LAO:Vientiane LBN:Beirut LBR:Monrovia LBY:Tripoli LCA:Castries "
    "LIE:Vaduz LKA:Colombo/Sri Jayawardenepura Kotte LSO:Maseru LTU:Vilnius "
    "LUX:Luxembourg City LVA:Riga MAR:Rabat MCO:Monaco-Ville MDA:Chisinau "
    "MDG:Antananarivo MDV:Malé MEX:Mexico City MHL:Majuro MKD:Skopje "
    "MLI:Bamako MLT:Valletta MMR:Naypyidaw/Naypyitaw/Nay Pyi Taw MNE:Podgorica "
    "MNG:Ulaanbaatar/Ulan Bator MOZ:Maputo MRT:Nouakchott MUS:Port Louis "
    "MWI:Lilongwe MYS:Kuala Lumpur/Putrajaya NAM:Windhoek NER:Niamey "
    "NGA:Abuja NIC:Managua NLD:Amsterdam/The Hague NOR:Oslo NPL:Kathmandu "
    "NRU:Yaren NZL:Wellington OMN:Muscat PAK:Islamabad PAN:Panama City "
    "PER:Lima PHL:Manila PLW:Ngerulmud PNG:Port Moresby POL:Warsaw "
    "PRK:Pyongyang PRT:Lisbon PRY:Asuncion/Asunción PSE:Ramallah/East Jerusalem "
    "QAT:Doha ROU:Bucharest RUS:Moscow RWA:Kigali SAU:Riyadh SDN:Khartoum "
    "SEN:Dakar SGP:Singapore SLB:Honiara SLE:Freetown SLV:San Salvador "
    "SMR:City of San Marino SOM:Mogadishu SRB:Belgrade SSD:Juba "
    "STP:Sao Tome/São Tomé SUR:Paramaribo SVK:Bratislava SVN:Ljubljana "
    "SWE:Stockholm SWZ:Mbabane/Lobamba SYC:Victoria SYR:Damascus TCD:N'Djamena/Ndjamena "
    "TGO:Lome/Lomé THA:Bangkok TJK:Dushanbe TKM:Ashgabat/Ashkhabad TLS:Dili "
    "TON:Nuku'alofa TTO:Port of Spain TUN:Tunis TUR:Ankara TUV:Funafuti "
    "TWN:Taipei TZA:Dodoma UGA:Kampala UKR:Kyiv/Kiev URY:Montevideo "
    "USA:Washington/Washington D.C. UZB:Tashkent VAT:Vatican City "
    "VCT:Kingstown VEN:Caracas VNM:Hanoi VUT:Port Vila WSM:Apia YEM:Sanaa/Sana'a "
    "ZAF:Pretoria/Cape Town ZMB:Lusaka ZWE:Harare"
)
# Well-known metonyms missing from the sources, added by hand: (phrase, ISO3, sector).
EXTRA_METONYMS = (("Kremlin", "RUS", "GOV"), ("White House", "USA", "GOV"))
NAME_FIXES = {
    "MMR": "Myanmar", "HKG": "Hong Kong", "PSE": "Palestine", "CZE": "Czech Republic",
    "KOS": "Kosovo", "SSD": "South Sudan", "DMA": "Dominica",
}
# Old Phoenix country codes -> ISO alpha-3 (Kosovo is KOS in petrel).
OLD_CODES = {"KSV": "KOS", "TMP": "TLS", "XKX": "KOS"}
# Codes for multi-country regions in Phoenix.MilNonState: treated as transnational (IMG).
HISTORICAL = {"ANT", "CSK", "DDR", "EU2", "PCI", "PCZ", "SCG", "SUN", "VDR", "WLD", "YMD", "YUG"}
STOPWORDS = {
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
    "his", "its", "their", "our", "this", "that", "these", "those", "who", "which",
    "one", "all", "some", "other", "others", "and", "or", "of", "in", "on", "at", "to",
    "by", "for", "with", "as", "be", "is", "was", "are", "people", "government",
    "state", "power", "will", "may", "can", "new", "said", "say", "says",
    # common English words found among Phoenix place names (checked against news text)
    "country", "nation", "occupied", "champagne", "male", "moron", "doris",
    # a Russian city's old name that news text uses for the incendiary bottle ("Molotov cocktails")
    "molotov",
    # single words that Phoenix's armed-group entries turn into actors: generic nouns, a verb, a first name
    "organization", "organisation", "let", "cornerstone", "muhammed",
}
# Chambers many countries have, listed bare under one country in Phoenix ("SENATE" under the United States):
# kept out of the actor rows so the agent row (LEG) and the article's country code them. "The kingdom's Senate"
# in a Thai story is Thailand's.
SHARED_INSTITUTIONS = {"senate"}
SMALL_WORDS = {
    "of", "the", "and", "for", "in", "on", "at", "to", "by", "de", "del", "la", "le",
    "du", "des", "da", "do", "dos", "das", "al", "el", "bin", "ibn", "van", "von", "der",
    "den", "y", "et", "e", "an", "a", "abu", "bou", "ben", "mac", "ul", "ud",
}
DEMONYM_END = r"(?:an|ans|ese|ish|i|is|ic|er|ers|ch|ot|ots|que|ois|ens?)$"
ACTOR_DATE = re.compile(r"^([<>]?)(\d{6,8})(?:-(\d{6,8}))?$")
CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Entry:
    """One Phoenix dictionary entry: its phrases and its (code, date) lines."""

    phrases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    phrase: str
    country: str
    sector: str
    name: str
    start: str
    end: str
    kind: str

    def key(self) -> tuple[str, str, str, str]:
        return (self.phrase.lower(), self.country, self.sector, self.start)


@dataclass
class Countries:
    """Reference data about countries taken from the NGEC files."""

    iso: set[str]
    names: dict[str, str]
    demonyms: dict[str, list[str]]
    aliases: dict[str, list[str]]
    unknown: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- text helpers


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def raw_words(raw: str) -> list[str]:
    text = raw.replace("_", " ").replace("{", " ").replace("}", " ")
    return text.split()


def expand_parentheses(raw: str) -> list[str]:
    """'ISLAMIC_ARMY_(IAA)_' -> ['ISLAMIC ARMY', 'IAA']."""
    inner = re.findall(r"\(([^)]*)\)", raw)
    outer = re.sub(r"\([^)]*\)", " ", raw)
    return [" ".join(raw_words(p)) for p in [outer, *inner] if raw_words(p)]


def initials(words: list[str]) -> set[str]:
    full = "".join(w[0] for w in words if w[0].isalpha())
    content = "".join(w[0] for w in words if w.lower() not in SMALL_WORDS and w[0].isalpha())
    return {full.upper(), content.upper()}


def case_word(word: str, first: bool, acronyms: set[str]) -> str:
    low = word.lower()
    bare = re.sub(r"[^a-z]", "", low)
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word) or word.upper() in acronyms:
        return word.upper()
    short = len(bare) <= 2 and low not in SMALL_WORDS
    if bare and "." not in word and (not re.search(r"[aeiouy]", bare) or short):
        return word.upper()
    if low in SMALL_WORDS and not first:
        return low
    return "-".join(p[:1].upper() + p[1:] for p in low.split("-"))


def normal_case(text: str, acronyms: set[str]) -> str:
    words = text.split()
    return " ".join(case_word(w, i == 0, acronyms) for i, w in enumerate(words))


def is_junk(phrase: str) -> bool:
    low = phrase.lower()
    if len(re.sub(r"[^a-z]", "", low)) < 2 or low in STOPWORDS:
        return True
    return bool(re.search(r"[^\w .,'&/()\-]", phrase))


def clean_phrases(raws: Iterable[str]) -> list[str]:
    """Phoenix phrases -> normal-case phrases, 'the' dropped, junk removed, order kept."""
    texts = [t for raw in raws for t in expand_parentheses(raw)]
    acronyms: set[str] = set()
    for text in texts:
        if len(text.split()) > 1:
            acronyms |= initials(text.split())
    out: list[str] = []
    for text in texts:
        text = re.sub(r"^(?:the|THE|The) ", "", text).strip(" ,-")
        phrase = normal_case(text, {a for a in acronyms if len(a) > 2})
        if phrase and not is_junk(phrase) and phrase.lower() not in {p.lower() for p in out}:
            out.append(phrase)
    return out


# ---------------------------------------------------------------- Phoenix reader


def split_line(line: str) -> tuple[str, list[str]]:
    codes = [c.strip() for c in CODE_RE.findall(line)]
    return CODE_RE.sub(" ", line).strip(), codes


def read_entries(path: Path) -> Iterator[Entry]:
    """Yield Phoenix entries; a phrase line without '+' starts a new entry."""
    entry = Entry()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = strip_comment(raw)
        if not line.strip():
            continue
        text, codes = split_line(line)
        if text and not text.startswith("+") and entry.codes:
            yield entry
            entry = Entry()
        entry.phrases.extend(p for p in text.split("+") if p.strip())
        entry.codes.extend(codes)
    if entry.phrases:
        yield entry


def parse_date(text: str) -> str | None:
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    if len(text) != 8:
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()
    except ValueError:
        return None


def parse_range(text: str) -> tuple[str, str] | None:
    """'000507-080507' / '>080508' / '<911018' / '' -> (start, end); None if malformed."""
    text = text.replace(" ", "")
    if not text:
        return ("", "")
    match = ACTOR_DATE.match(text)
    if not match:
        return None
    op, first, second = match.groups()
    one = parse_date(first)
    two = parse_date(second) if second else ""
    if one is None or two is None or (op and second):
        return None
    if op == ">":
        return (one, "")
    if op == "<":
        return ("", one)
    return (one, two) if second else (one, one)


# ---------------------------------------------------------------- code parsing


def chunks(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def first_sector(parts: list[str]) -> str:
    for part in parts:
        if part in SECTOR_MAP:
            return SECTOR_MAP[part]
    return ""


def split_code(code: str, ref: Countries, nonstate: bool) -> tuple[str, str] | None:
    """CAMEO actor code -> (country, sector); country '' means 'inherit'; None means drop."""
    parts = chunks(code)
    head = OLD_CODES.get(parts[0], parts[0]) if parts else ""
    rest = parts[1:]
    if head == "IGO":
        return ((rest[0] if rest and rest[0] in ("UNO", "EUR") else "IGO"), "IGO")
    special = {"NGO": ("NGO", "NGO"), "MNC": ("MNC", "BUS"), "IMG": ("IMG", "REB")}
    if head in special:
        return special[head]
    if head in ref.iso:
        return (head, first_sector(rest) or ("REB" if nonstate else ""))
    if head in SECTOR_MAP or head in DROP_SECTORS:
        return None if head in DROP_SECTORS else ("", SECTOR_MAP[head])
    if nonstate and head not in HISTORICAL:
        return ("IMG", first_sector(rest) or "REB")
    ref.unknown[head] = ref.unknown.get(head, 0) + 1
    return None


def entry_roles(entry: Entry, ref: Countries, nonstate: bool) -> list[tuple[str, str, str, str]]:
    """(country, sector, start, end) for each usable code of an entry."""
    roles: list[tuple[str, str, str, str]] = []
    for item in entry.codes:
        code, _, when = item.partition(" ")
        parsed = split_code(code.strip(), ref, nonstate)
        dates = parse_range(when.strip())
        if parsed is None or dates is None:
            if parsed is not None:
                ref.unknown[f"bad date {item}"] = 1
            continue
        roles.append((*parsed, *dates))
    home = next((r[0] for r in roles if r[0]), "")
    return [(r[0] or home, *r[1:]) for r in roles if r[0] or home]


# ---------------------------------------------------------------- NGEC country data


def read_countries(shared: Path) -> Countries:
    iso = {"KOS", "SSD", "DMA"}
    with (shared / "ngec" / "cow2iso.txt").open(encoding="utf-8") as handle:
        iso |= {r["iso3"] for r in csv.DictReader(handle) if re.fullmatch(r"[A-Z]{3}", r["iso3"])}
    with (shared / "ngec" / "countries.csv").open(encoding="utf-8") as handle:
        iso |= {r["CCA3"] for r in csv.DictReader(handle) if re.fullmatch(r"[A-Z]{3}", r["CCA3"])}
    iso -= HISTORICAL | {"EUR", "UNO", "XKX"}
    ref = Countries(iso=iso, names=dict(NAME_FIXES), demonyms={}, aliases={})
    with (shared / "ngec" / "countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            add_ngec_country(ref, row)
    return ref


def add_ngec_country(ref: Countries, row: dict[str, str]) -> None:
    code = "KOS" if row["CCA3"] == "XKX" else row["CCA3"]
    if code not in ref.iso:
        return
    ref.names.setdefault(code, row["Name"])
    ref.aliases.setdefault(code, []).append(re.sub(r"\s*\[.*\]", "", row["Name"]))
    for item in (x.strip() for x in row["Nationality"].split(",")):
        if not item:
            continue
        is_name = " " in item or item.isupper() or not re.search(DEMONYM_END, item)
        target = ref.aliases if is_name else ref.demonyms
        target.setdefault(code, []).append(item)


def proto_states(shared: Path) -> list[Row]:
    """NGEC's proto-state rows (e.g. South Ossetia, GEOPRE) -> country + sector PRE."""
    rows: list[Row] = []
    with (shared / "ngec" / "countries.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["CCA3"].endswith("PRE"):
                for phrase in clean_phrases([row["Name"], *row["Nationality"].split(",")]):
                    rows.append(Row(phrase, row["CCA3"][:3], "PRE", row["Name"], "", "", "group"))
    return rows


def capital_table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for item in re.findall(r"([A-Z]{3}):(.*?)(?= [A-Z]{3}:|$)", CAPITALS):
        table[item[0]] = item[1].split("/")
    return table


# ---------------------------------------------------------------- country file


def place_kind(phrase: str, code: str, ref: Countries, capitals: dict[str, list[str]]) -> str:
    low = phrase.lower()
    if low in {c.lower() for c in capitals.get(code, [])}:
        return "capital"
    if low in {d.lower() for d in ref.demonyms.get(code, [])}:
        return "demonym"
    names = [ref.names.get(code, ""), *ref.aliases.get(code, [])]
    for name in filter(None, names):
        if name.lower() in low or difflib.SequenceMatcher(None, low, name.lower()).ratio() >= 0.75:
            return "country"
    return "city"


def actor_kind(roles: list[tuple[str, str, str, str]], country_file: bool) -> str:
    if any(r[2] or r[3] for r in roles):
        return "person"
    return "organisation" if country_file else "group"


def entry_rows(entry: Entry, ref: Countries, capitals: dict[str, list[str]], nonstate: bool) -> list[Row]:
    phrases = [p for p in clean_phrases(entry.phrases) if p.lower() not in SHARED_INSTITUTIONS]
    roles = entry_roles(entry, ref, nonstate)
    if not phrases or not roles:
        return []
    name = phrases[0]
    rows: list[Row] = []
    for country, sector, start, end in roles:
        for phrase in phrases:
            if not sector and country in ref.names and not nonstate:
                kind = place_kind(phrase, country, ref, capitals)
                rows.append(Row(phrase, country, "", ref.names[country], start, end, kind))
            else:
                kind = "group" if nonstate else actor_kind(roles, True)
                rows.append(Row(phrase, country, sector, name, start, end, kind))
    return rows


def reference_rows(ref: Countries, capitals: dict[str, list[str]]) -> list[Row]:
    """Names, demonyms and capitals from NGEC and the capital table (fills gaps)."""
    rows: list[Row] = []
    for code in sorted(ref.names):
        name = ref.names[code]
        groups = (
            ("country", [name, *ref.aliases.get(code, [])]),
            ("demonym", ref.demonyms.get(code, [])),
            ("capital", capitals.get(code, [])),
        )
        for kind, items in groups:
            rows.extend(Row(p, code, "", name, "", "", kind) for p in clean_phrases(items))
    for phrase, code, sector in EXTRA_METONYMS:
        rows.append(Row(phrase, code, sector, phrase, "", "", "organisation"))
    return rows


def dedupe(rows: Iterable[Row]) -> list[Row]:
    seen: set[tuple[str, str, str, str]] = set()
    out: list[Row] = []
    for row in rows:
        if row.key() not in seen:
            seen.add(row.key())
            out.append(row)
    return out


def foreign_place(row: Row, owners: dict[str, set[str]]) -> bool:
    """True for an undated place row whose phrase is another country's name or capital."""
    if row.sector or row.start or row.end or row.kind == "person":
        return False
    other = owners.get(row.phrase.lower(), set())
    return bool(other) and row.country not in other


def place_owners(ref: Countries, capitals: dict[str, list[str]]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for code, name in ref.names.items():
        items = [name, *ref.aliases.get(code, []), *ref.demonyms.get(code, []), *capitals.get(code, [])]
        for item in items:
            owners.setdefault(item.lower(), set()).add(code)
    return owners


def phoenix_rows(path: Path, ref: Countries, nonstate: bool = False) -> list[Row]:
    capitals = capital_table()
    return [r for e in read_entries(path) for r in entry_rows(e, ref, capitals, nonstate)]


def fix_capital_kinds(rows: list[Row], capitals: dict[str, list[str]]) -> list[Row]:
    """A capital listed among a country's synonyms is a capital, not a generic city."""
    caps = {(c.lower(), code) for code, names in capitals.items() for c in names}
    return [
        Row(r.phrase, r.country, r.sector, r.name, r.start, r.end, "capital")
        if r.kind == "city" and (r.phrase.lower(), r.country) in caps
        else r
        for r in rows
    ]


# ---------------------------------------------------------------- agents


@dataclass
class AgentFile:
    """Substitution sets of an agents file plus its raw entry lines."""

    subs: dict[str, list[str]]
    lines: list[str]


def read_agent_file(path: Path) -> AgentFile:
    subs: dict[str, list[str]] = {}
    lines: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = strip_comment(raw).strip()
        if re.match(r"^!\w+!\s*=", line):
            key, _, values = line.partition("=")
            subs[key.strip()] = [v.strip() for v in values.split(",") if v.strip()]
        elif line:
            lines.append(line)
    return AgentFile(subs, lines)


def singular_subs(values: list[str]) -> list[str]:
    """Keep singular forms and irregular plurals (MEN, WOMEN), drop regular plurals."""
    keep = [v for v in values if not re.search(r"(S|IES)$", v) or v.endswith("MEN")]
    return keep or values


def expand_subs(text: str, subs: dict[str, list[str]]) -> list[str]:
    text = text.replace("AD!MINIST!RAT", "ADMINISTRAT")
    match = re.search(r"!\w+!", text)
    if not match or match.group(0) not in subs:
        return [text]
    out: list[str] = []
    for value in singular_subs(subs[match.group(0)]):
        out.extend(expand_subs(text.replace(match.group(0), value, 1), subs))
    return out


def agent_sectors(code: str, table: dict[str, str]) -> tuple[str, str] | None:
    parts = [p for p in chunks(code.replace("~", "")) if p not in ("",)]
    if not parts or parts[0] in DROP_SECTORS:
        return None
    mapped: list[str] = []
    for part in parts:
        sector = table.get(part)
        if sector and sector not in mapped:
            mapped.append(sector)
    return (mapped[0], mapped[1] if len(mapped) > 1 else "") if mapped else None


def regular_plural(word: str) -> set[str]:
    if word.endswith("y"):
        return {word[:-1] + "ies", word + "s"}
    return {word + "s", word + "es"}


def agent_line(line: str, subs: dict[str, list[str]], table: dict[str, str]) -> list[tuple[str, str, str]]:
    code_match = re.search(r"\[([^\]}]*)[\]}]", line)
    if not code_match:
        return []
    sectors = agent_sectors(code_match.group(1), table)
    text = line[: code_match.start()]
    plurals = re.findall(r"\{([^}]*)\}", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    if sectors is None:
        return []
    out: list[tuple[str, str, str]] = []
    for form in expand_subs(text.strip(), subs):
        singular = " ".join(raw_words(form)).lower()
        out.append((singular, *sectors))
        for plural in (" ".join(raw_words(p)).lower() for p in plurals):
            if plural and plural not in regular_plural(singular):
                out.append((plural, *sectors))
    return [o for o in out if o[0] and not is_junk(o[0])]


def agent_rows(path: Path, table: dict[str, str]) -> list[tuple[str, str, str]]:
    agents = read_agent_file(path)
    return [row for line in agents.lines for row in agent_line(line, agents.subs, table)]


Agent = tuple[str, str, str]


def merge_agents(preferred: list[Agent], extra: list[Agent]) -> list[Agent]:
    seen: set[str] = set()
    out: list[tuple[str, str, str]] = []
    for row in [*preferred, *extra]:
        if row[0] not in seen:
            seen.add(row[0])
            out.append(row)
    return out


# ---------------------------------------------------------------- writing


def comment_block(sources: list[str], licences: list[str], columns: str) -> list[str]:
    lines = [f"# Generated by {SCRIPT}; do not edit by hand, edit the script or add a user file."]
    lines += [f"# Source: {s}" for s in sources]
    lines += [f"# Licence: {lic}" for lic in licences]
    lines.append(f"# Columns: {columns}. See README.md in this folder.")
    return lines


def write_tsv(
    path: Path, comments: list[str], header: tuple[str, ...], rows: Iterable[tuple[str, ...]]
) -> int:
    body = ["\t".join(header)] + ["\t".join(r) for r in rows]
    path.write_text("\n".join([*comments, *body]) + "\n", encoding="utf-8")
    return len(body) - 1


def as_tuple(row: Row) -> tuple[str, ...]:
    return (row.phrase, row.country, row.sector, row.name, row.start, row.end, row.kind)


def build_countries(shared: Path, out: Path, ref: Countries) -> int:
    rows = phoenix_rows(shared / "petrarch2" / "Phoenix.Countries.actors.txt", ref)
    rows = fix_capital_kinds(rows, capital_table())
    owners = place_owners(ref, capital_table())
    rows = [r for r in rows if not foreign_place(r, owners)]
    rows = dedupe([*rows, *reference_rows(ref, capital_table()), *proto_states(shared)])
    comments = comment_block(
        ["petrarch2/Phoenix.Countries.actors.txt (openeventdata/petrarch2)",
         "ngec/countries.csv, ngec/cow2iso.txt (ahalterman/NGEC-2025); capitals added by petrel"],
        [PHOENIX_LICENCE, NGEC_LICENCE],
        "phrase, country (ISO alpha-3), sector (PLOVER), name, start, end, kind",
    )
    return write_tsv(out / "countries.tsv", comments, ACTOR_HEADER, map(as_tuple, rows))


def build_phoenix_file(shared: Path, out: Path, ref: Countries, source: str, target: str) -> int:
    nonstate = "MilNonState" in source
    rows = dedupe(phoenix_rows(shared / "petrarch2" / source, ref, nonstate))
    comments = comment_block(
        [f"petrarch2/{source} (openeventdata/petrarch2)"],
        [PHOENIX_LICENCE],
        "phrase, country (ISO alpha-3 or IGO/UNO/EUR/NGO/IMG/MNC), sector (PLOVER), name, start, end, kind",
    )
    return write_tsv(out / target, comments, ACTOR_HEADER, map(as_tuple, rows))


def build_agents(shared: Path, out: Path) -> int:
    preferred = agent_rows(shared / "ngec" / "PLOVER_agents.txt", PLOVER_MAP)
    extra = agent_rows(shared / "petrarch2" / "Phoenix.agents.txt", SECTOR_MAP)
    rows = [(*r, "agent") for r in merge_agents(preferred, extra)]
    comments = comment_block(
        ["ngec/PLOVER_agents.txt (ahalterman/NGEC-2025), preferred",
         "petrarch2/Phoenix.agents.txt (openeventdata/petrarch2), CAMEO sectors mapped to PLOVER"],
        [NGEC_LICENCE + " (file itself derived from CAMEO agents, (c) 2014 Open Event Data Alliance)",
         PHOENIX_LICENCE],
        "phrase (singular), sector (PLOVER), secondary sector, kind",
    )
    return write_tsv(out / "agents.tsv", comments, AGENT_HEADER, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO / ".." / "shared" / "data")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    ref = read_countries(args.shared)
    counts = {
        "countries.tsv": build_countries(args.shared, args.out, ref),
        "international.tsv": build_phoenix_file(
            args.shared, args.out, ref, "Phoenix.International.actors.txt", "international.tsv"
        ),
        "nonstate.tsv": build_phoenix_file(
            args.shared, args.out, ref, "Phoenix.MilNonState.actors.txt", "nonstate.tsv"
        ),
        "agents.tsv": build_agents(args.shared, args.out),
    }
    for name, count in counts.items():
        print(f"{name}: {count} rows")
    if ref.unknown:
        print("dropped codes:", ", ".join(f"{k}={v}" for k, v in sorted(ref.unknown.items())))


if __name__ == "__main__":
    main()
