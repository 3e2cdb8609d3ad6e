"""Build petrel's CAMEO/PLOVER resource tables and the committed gold evaluation sets.

Reads the development data (default ``../shared/data`` relative to the repository root) and writes:

* ``petrel/resources/cameo_plover.tsv`` and ``petrel/resources/plover_types.tsv`` (CC BY-SA 4.0, OEDA)
* ``tests/data/petrarch_unit.jsonl`` (MIT, PETRARCH2); its dictionaries are PETRARCH2's own, copied
  unchanged (``tests/data/petrarch_validate_actors.txt``, ``tests/data/petrarch_verbs.txt``)
* ``tests/data/headlines.jsonl`` (MIT, NGEC-2025)
* ``tests/data/voa_stories.jsonl`` (public domain, VOA): the stories the hand-labelled
  ``tests/data/voa_sentences.jsonl`` points into (the labels themselves are not generated)

Output is deterministic: fixed seeds, sorted keys, hashing for splits. Run from the repository root:
``.venv/bin/python scripts/build_gold_sets.py [--shared PATH]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from petrel.petrarch_actors import INTERNATIONAL, SECTORS  # noqa: E402

SEED = 20240521
DEV_SHARE = 60  # percent of items in the dev split

# --------------------------------------------------------------------------------------------
# PLOVER types (PLOVER.md sections 2-3)
# --------------------------------------------------------------------------------------------

REQ_REJ_MODES = "assist,change,yield,meet"
PLOVER_TYPES: list[tuple[str, int, float, bool, str]] = [
    ("AGREE", 1, 2.5, False, ""),
    ("CONSULT", 1, 2.5, False, "visit,third-party,multilateral,phone"),
    ("SUPPORT", 1, 5.0, False, ""),
    ("CONCEDE", 1, 4.5, False, ""),
    ("COOPERATE", 2, 9.5, True, ""),
    ("AID", 2, 10.0, True, ""),
    ("RETREAT", 2, 6.5, False, "withdraw,release,disarm,ceasefire,access,resign"),
    ("REQUEST", 3, 0.0, False, REQ_REJ_MODES),
    ("ACCUSE", 3, -3.0, False, "disapprove,investigate,allege"),
    ("REJECT", 3, -2.0, False, REQ_REJ_MODES),
    ("THREATEN", 3, -3.5, False, "restrict,arrest,relations,expel,territory,violence"),
    ("PROTEST", 4, -5.0, False, "demo,riot,strike,hunger,boycott,obstruct,vandalize"),
    ("SANCTION", 4, -6.0, True, "convict,expel,withdraw,discontinue"),
    ("MOBILIZE", 4, -5.5, False, "troops,weapons,police,militia"),
    (
        "COERCE",
        4,
        -7.0,
        False,
        "seize,restrict,censor,curfew,martial-law,arrest,deport,withhold,misinformation,cyber",
    ),
    (
        "ASSAULT",
        4,
        -9.0,
        False,
        "abduct,beat,torture,sexual,targeted,destroy,primitive,firearms,explosives,suicide-attack,"
        "aerial,drone,heavy-weapons,crowd-control,unconventional",
    ),
]
TYPE_MODES = {t: set(m.split(",")) - {""} for t, _, _, _, m in PLOVER_TYPES}

CONTEXTS = {
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
}

OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Modes that a renamed type implies (INVESTIGATE -> ACCUSE investigate).
OLD_TYPE_MODE = {"INVESTIGATE": "investigate"}
# Obsolete or misspelt modes -> PLOVER.md modes ("" = no mode). Keyed by (type or "*", mode).
MODE_MAP: dict[tuple[str, str], str] = {
    ("*", "ease"): "",
    ("*", "ban"): "restrict",
    ("*", "political"): "restrict",
    ("*", "return"): "release",
    ("*", "assassinate"): "targeted",
    ("*", "execute"): "targeted",
    ("*", "massacre"): "targeted",
    ("*", "cleansing"): "targeted",
    ("*", "primative"): "primitive",
    ("*", "sieze"): "seize",
    ("ASSAULT", "seize"): "destroy",
    ("*", "pro_autocracy"): "",
}
# Modes that are really contexts: moved to the context column.
MODE_TO_CONTEXT = {"pro_autocracy": "pro_autocracy"}
CONTEXT_MAP = {
    "humanitarian": "human_security",
    "democracy": "pro_democracy",
    "political": "political_institutions",
}

# CAMEO 01 (public statements) and 02 (appeals): not coded in PLOVER, kept with an empty type.
CAMEO_0102: list[tuple[str, str]] = [
    ("010", "Make statement"),
    ("011", "Decline comment"),
    ("012", "Make pessimistic comment"),
    ("013", "Make optimistic comment"),
    ("014", "Consider policy option"),
    ("015", "Acknowledge or claim responsibility"),
    ("016", "Deny responsibility"),
    ("017", "Engage in symbolic act"),
    ("018", "Make empathetic comment"),
    ("019", "Express accord"),
    ("020", "Make an appeal or request"),
    ("021", "Appeal for material cooperation"),
    ("0211", "Appeal for economic cooperation"),
    ("0212", "Appeal for military cooperation"),
    ("0213", "Appeal for judicial cooperation"),
    ("0214", "Appeal for intelligence"),
    ("022", "Appeal for diplomatic cooperation (such as policy support)"),
    ("023", "Appeal for aid"),
    ("0231", "Appeal for economic aid"),
    ("0232", "Appeal for military aid"),
    ("0233", "Appeal for humanitarian aid"),
    ("0234", "Appeal for military protection or peacekeeping"),
    ("024", "Appeal for political reform"),
    ("0241", "Appeal for change in leadership"),
    ("0242", "Appeal for policy change"),
    ("0243", "Appeal for rights"),
    ("0244", "Appeal for change in institutions, regime"),
    ("025", "Appeal to yield"),
    ("0251", "Appeal for easing of administrative sanctions"),
    ("0252", "Appeal for easing of popular dissent"),
    ("0253", "Appeal for release of persons or property"),
    ("0254", "Appeal for easing of economic sanctions, boycott, or embargo"),
    ("0255", "Appeal for target to allow international involvement (non-mediation)"),
    ("0256", "Appeal for de-escalation of military engagement"),
    ("026", "Appeal to others to meet or negotiate"),
    ("027", "Appeal to others to settle dispute"),
    ("028", "Appeal to others to engage in or accept mediation"),
]

OEDA_LICENCE = [
    "# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).",
    "# Source: Open Event Data Alliance, PLOVER (https://github.com/openeventdata/PLOVER).",
]


@dataclass(frozen=True)
class CameoRow:
    cameo: str
    type: str
    mode: str
    context: str
    description: str


# --------------------------------------------------------------------------------------------
# CAMEO -> PLOVER table
# --------------------------------------------------------------------------------------------


def norm_mode(ptype: str, mode: str) -> str:
    """Map an old or misspelt mode to a PLOVER.md mode for the given type."""
    mode = mode.strip().lower()
    for key in ((ptype, mode), ("*", mode)):
        if key in MODE_MAP:
            return MODE_MAP[key]
    return mode


def norm_type(raw: str) -> tuple[str, str]:
    """Return (type, implied mode) for a possibly old type name."""
    raw = raw.strip().upper()
    return OLD_TYPES.get(raw, raw), OLD_TYPE_MODE.get(raw, "")


def norm_contexts(values: list[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        ctx = CONTEXT_MAP.get(value.strip().lower(), value.strip().lower())
        if ctx and ctx not in out:
            out.append(ctx)
    return out


def parse_cameo_line(line: str) -> CameoRow | None:
    """Parse ``code: TYPE, mode, context; context # description``; None for headers and blanks."""
    match = re.match(r"^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line.strip())
    if not match:
        return None
    code, body, desc = match.groups()
    fields = [*body.split(","), "", ""]
    ptype, implied = norm_type(fields[0])
    raw_mode = fields[1].strip().lower()
    contexts = fields[2].split(";")
    if raw_mode in MODE_TO_CONTEXT:
        contexts.append(MODE_TO_CONTEXT[raw_mode])
    mode = norm_mode(ptype, raw_mode) or implied
    desc = re.sub(r"\s+\d{2}\.\d{2}\.\d{2}:.*$", "", (desc or "").strip())
    return CameoRow(code, ptype, mode, ",".join(norm_contexts(contexts)), desc)


def check_row(row: CameoRow) -> None:
    if row.type and row.type not in TYPE_MODES:
        raise ValueError(f"unknown type in {row}")
    if row.mode and row.mode not in TYPE_MODES[row.type]:
        raise ValueError(f"mode not valid for type in {row}")
    bad = set(filter(None, row.context.split(","))) - CONTEXTS
    if bad:
        raise ValueError(f"unknown context {bad} in {row}")


def load_cameo_table(path: Path) -> list[CameoRow]:
    rows: dict[str, CameoRow] = {c: CameoRow(c, "", "", "", d) for c, d in CAMEO_0102}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = parse_cameo_line(line)
        if row is None or row.cameo in rows:  # 175 is listed twice: keep the first
            continue
        check_row(row)
        rows[row.cameo] = row
    return sorted(rows.values(), key=lambda r: (r.cameo[:3], r.cameo))


CAMEO_HEADER = [
    "# CAMEO event code -> PLOVER type, mode, context.",
    "# Derived from CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, 17 Sep 2021, ed. Philip Schrodt),",
    *OEDA_LICENCE,
    "# Regenerate: .venv/bin/python scripts/build_gold_sets.py (reads ../shared/data/plover/).",
    "# Columns: context may hold several values, comma-separated; empty mode/context = none.",
    "# Normalisations (PLOVER.md section 7):",
    "#   types: DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE+investigate, FIGHT->ASSAULT",
    "#     (the 2021 file already uses the new names; the rules are applied anyway).",
    "#   modes: ease->(none) (085 keeps context economic), ban->restrict (THREATEN/COERCE political ban),",
    "#     political->restrict (1321), return->release (0842), assassinate/massacre/cleansing->targeted,",
    "#     ASSAULT seize->destroy (1712), pro_autocracy (175, a context written as mode)->moved to context.",
    "#   contexts: humanitarian->human_security, democracy->pro_democracy,",
    "#     political->political_institutions.",
    "#   all modes/contexts lower-case and stripped; 175 appears twice in the source, first row kept;",
    "#   two-digit section headers (03:, 04: ...) omitted: look up the 3-digit root (030, 040 ...).",
    "#   The source's exceptions to the root rule are kept (0813/0814 RETREAT, 163 COERCE,",
    "#   1712/175 ASSAULT, 191/192 COERCE, 201 ASSAULT).",
    "# CAMEO 01x (statements) and 02x (appeals) are NOT coded in PLOVER: they are included with an",
    "#   empty type so the mapping is total (descriptions from the CAMEO 1.1b3 codebook).",
]


def write_cameo_table(rows: list[CameoRow], path: Path) -> None:
    lines = [*CAMEO_HEADER, "cameo\ttype\tmode\tcontext\tdescription"]
    lines += [f"{r.cameo}\t{r.type}\t{r.mode}\t{r.context}\t{r.description}" for r in rows]
    write_text(path, "\n".join(lines) + "\n")


def write_types_table(path: Path) -> None:
    lines = [
        "# The 16 PLOVER event types: quad (1 verbal coop., 2 material coop., 3 verbal conflict,",
        "# 4 material conflict), score of the bare type, whether a recipient is required, valid modes.",
        "# From the PLOVER manual (revised to early 2024) as summarised in docs PLOVER.md sections 2-3;",
        *OEDA_LICENCE,
        "# Notes: the manual prints +3 for bare ACCUSE; its modes score -2 to -3.5, so -3 is used.",
        "# SANCTION is quad 4 (material conflict), following its chapter rather than the quad table.",
        "type\tquad\tscore\tneeds_recipient\tmodes",
    ]
    for ptype, quad, score, needs_r, modes in PLOVER_TYPES:
        lines.append(f"{ptype}\t{quad}\t{score:g}\t{str(needs_r).lower()}\t{modes}")
    write_text(path, "\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------------
# PETRARCH unit tests
# --------------------------------------------------------------------------------------------

# CAMEO agent/sector codes -> PLOVER sector codes, and international prefixes: petrel's reader of PETRARCH
# actor dictionaries (petrel.petrarch_actors) uses the same tables.
SECTOR_MAP = SECTORS
INTL_PREFIX = INTERNATIONAL
# CAMEO-era country codes in the tests that differ from ISO 3166 alpha-3.
COUNTRY_MAP = {"KUW": "KWT", "NZE": "NZL", "ZBW": "ZWE", "RHO": "ZWE"}
INTL_WHOLE = {"IGOEEU": "EUR"}


def split_sector(rest: str) -> str | None:
    chunks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    mapped = [SECTOR_MAP[c] for c in chunks if c in SECTOR_MAP]
    return "".join(mapped[:2]) or None


def parse_actor_code(raw: str) -> dict[str, Any] | None:
    """Turn a CAMEO actor code into a PLOVER entity; None when the slot is empty ('---')."""
    raw = raw.strip()
    if raw.startswith('"') or raw == "###":
        text = raw.strip('"') if raw.startswith('"') else None
        return {"code": None, "sector": None, "cameo": raw, **({"text": text} if text else {})}
    head, rest = raw[:3], raw[3:]
    if head in INTL_PREFIX:
        code, may_have_country = INTL_PREFIX[head]
        code = INTL_WHOLE.get(raw, code)
        if may_have_country and len(rest) >= 3 and rest[:3] not in SECTOR_MAP:
            rest = rest[3:]
    else:
        code = None if head == "---" else COUNTRY_MAP.get(head, head)
    sector = split_sector(rest)
    if code is None and sector is None:
        return None
    return {"code": code, "sector": sector, "cameo": raw}


def lookup_cameo(code: str, table: dict[str, CameoRow]) -> CameoRow | None:
    """Exact code, else the 3-digit parent of a 4-character code; no other fallback."""
    if code in table:
        return table[code]
    if len(code) == 4 and code[:3] in table:
        return table[code[:3]]
    return None


def convert_coding(coding: ET.Element, table: dict[str, CameoRow]) -> dict[str, Any] | None:
    cameo = coding.get("eventcode", "").strip()
    row = lookup_cameo(cameo, table)
    if row is None or not row.type:
        return None
    actor = parse_actor_code(coding.get("sourcecode", ""))
    recipient = parse_actor_code(coding.get("targetcode", ""))
    return {
        "event": [row.type],
        "mode": [row.mode] if row.mode else [],
        "context": row.context.split(",") if row.context else [],
        "cameo": cameo,
        "cameo_mapped": row.cameo,
        "actor": [actor] if actor else [],
        "recipient": [recipient] if recipient else [],
    }


def split_of(key: str) -> str:
    bucket = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 100
    return "dev" if bucket < DEV_SHARE else "test"


def skip_reason(sentence: ET.Element) -> str | None:
    if sentence.get("sentence", "true").strip().lower() != "true":
        return 'sentence="false" (record disabled in the PETRARCH suite)'
    errors = [c.get("error") for c in sentence.findall("EventCoding") if c.get("error")]
    if errors:
        return f"error test ({', '.join(errors)}): checks error handling, not coding"
    if sentence.get("id") == "FINAL-RECORD":
        return "end-of-suite marker, not a news sentence"
    return None


def convert_sentence(sentence: ET.Element, table: dict[str, CameoRow]) -> dict[str, Any]:
    sid = sentence.get("id", "").strip()
    date = sentence.get("date", "").strip()
    events, dropped = [], []
    for coding in sentence.findall("EventCoding"):
        if coding.get("noevents"):
            continue
        event = convert_coding(coding, table)
        if event is None:
            dropped.append(coding.get("eventcode", "").strip())
        else:
            events.append(event)
    return {
        "id": sid,
        "text": " ".join((sentence.findtext("Text") or "").split()),
        "date": f"{date[:4]}-{date[4:6]}-{date[6:8]}",
        "category": sentence.get("category", "").strip(),
        "split": split_of(sid),
        "events": events,
        "dropped_cameo": dropped,
    }


def mark_conflicts(records: list[dict[str, Any]]) -> None:
    """Flag sentences whose identical text has different gold events elsewhere in the suite."""
    by_text: dict[str, list[dict[str, Any]]] = {}
    for rec in records:
        by_text.setdefault(rec["text"], []).append(rec)
    for group in by_text.values():
        golds = {json.dumps(r["events"], sort_keys=True) for r in group}
        for rec in group:
            others = [r["id"] for r in group if r is not rec]
            rec["same_text_as"] = others
            rec["conflicting_gold"] = len(golds) > 1


def build_petrarch(xml_path: Path, table: dict[str, CameoRow]) -> tuple[list[dict[str, Any]], list[str]]:
    root = ET.parse(xml_path).getroot()
    records, skipped = [], []
    for sentence in root.iter("Sentence"):
        reason = skip_reason(sentence)
        if reason:
            skipped.append(f"{sentence.get('id')}: {reason}")
            continue
        records.append(convert_sentence(sentence, table))
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate sentence ids after skipping")
    mark_conflicts(records)
    return records, skipped


# --------------------------------------------------------------------------------------------
# Synthetic headlines
# --------------------------------------------------------------------------------------------

# (name, ISO3, cities). Names chosen to read naturally without an article ("X condemns Y").
COUNTRIES: list[tuple[str, str, tuple[str, ...]]] = [
    ("Afghanistan", "AFG", ("Kabul", "Kandahar", "Herat")),
    ("Algeria", "DZA", ("Algiers", "Oran")),
    ("Argentina", "ARG", ("Buenos Aires", "Cordoba")),
    ("Armenia", "ARM", ("Yerevan", "Gyumri")),
    ("Australia", "AUS", ("Canberra", "Sydney", "Melbourne")),
    ("Azerbaijan", "AZE", ("Baku", "Ganja")),
    ("Bangladesh", "BGD", ("Dhaka", "Chittagong")),
    ("Belarus", "BLR", ("Minsk", "Grodno")),
    ("Bolivia", "BOL", ("La Paz", "Santa Cruz")),
    ("Brazil", "BRA", ("Brasilia", "Sao Paulo", "Rio de Janeiro")),
    ("Burkina Faso", "BFA", ("Ouagadougou", "Bobo-Dioulasso")),
    ("Cameroon", "CMR", ("Yaounde", "Douala")),
    ("Canada", "CAN", ("Ottawa", "Toronto")),
    ("Chad", "TCD", ("N'Djamena", "Abeche")),
    ("Chile", "CHL", ("Santiago", "Valparaiso")),
    ("China", "CHN", ("Beijing", "Shanghai", "Wuhan")),
    ("Colombia", "COL", ("Bogota", "Medellin", "Cali")),
    ("Cuba", "CUB", ("Havana", "Santiago de Cuba")),
    ("Egypt", "EGY", ("Cairo", "Alexandria")),
    ("Ethiopia", "ETH", ("Addis Ababa", "Mekelle")),
    ("France", "FRA", ("Paris", "Marseille", "Lyon")),
    ("Georgia", "GEO", ("Tbilisi", "Batumi")),
    ("Germany", "DEU", ("Berlin", "Munich", "Hamburg")),
    ("Ghana", "GHA", ("Accra", "Kumasi")),
    ("Greece", "GRC", ("Athens", "Thessaloniki")),
    ("Haiti", "HTI", ("Port-au-Prince", "Cap-Haitien")),
    ("India", "IND", ("New Delhi", "Mumbai", "Kolkata")),
    ("Indonesia", "IDN", ("Jakarta", "Surabaya")),
    ("Iran", "IRN", ("Tehran", "Isfahan", "Mashhad")),
    ("Iraq", "IRQ", ("Baghdad", "Basra", "Mosul")),
    ("Israel", "ISR", ("Jerusalem", "Tel Aviv")),
    ("Italy", "ITA", ("Rome", "Milan", "Naples")),
    ("Japan", "JPN", ("Tokyo", "Osaka")),
    ("Jordan", "JOR", ("Amman", "Irbid")),
    ("Kenya", "KEN", ("Nairobi", "Mombasa")),
    ("Lebanon", "LBN", ("Beirut", "Sidon")),
    ("Libya", "LBY", ("Tripoli", "Benghazi")),
    ("Mali", "MLI", ("Bamako", "Timbuktu")),
    ("Mexico", "MEX", ("Mexico City", "Guadalajara", "Monterrey")),
    ("Morocco", "MAR", ("Rabat", "Casablanca")),
    ("Mozambique", "MOZ", ("Maputo", "Beira")),
    ("Myanmar", "MMR", ("Naypyidaw", "Yangon", "Mandalay")),
    ("Nicaragua", "NIC", ("Managua", "Leon")),
    ("Niger", "NER", ("Niamey", "Agadez")),
    ("Nigeria", "NGA", ("Abuja", "Lagos", "Kano")),
    ("North Korea", "PRK", ("Pyongyang", "Hamhung")),
    ("Pakistan", "PAK", ("Islamabad", "Karachi", "Lahore")),
    ("Peru", "PER", ("Lima", "Cusco")),
    ("Poland", "POL", ("Warsaw", "Krakow")),
    ("Russia", "RUS", ("Moscow", "Saint Petersburg")),
    ("Saudi Arabia", "SAU", ("Riyadh", "Jeddah")),
    ("Senegal", "SEN", ("Dakar", "Touba")),
    ("Somalia", "SOM", ("Mogadishu", "Kismayo")),
    ("South Africa", "ZAF", ("Pretoria", "Johannesburg", "Cape Town")),
    ("South Korea", "KOR", ("Seoul", "Busan")),
    ("Sri Lanka", "LKA", ("Colombo", "Kandy")),
    ("Sudan", "SDN", ("Khartoum", "Omdurman")),
    ("Syria", "SYR", ("Damascus", "Aleppo", "Homs")),
    ("Thailand", "THA", ("Bangkok", "Chiang Mai")),
    ("Turkey", "TUR", ("Ankara", "Istanbul")),
    ("Uganda", "UGA", ("Kampala", "Gulu")),
    ("Ukraine", "UKR", ("Kyiv", "Kharkiv", "Odesa")),
    ("Venezuela", "VEN", ("Caracas", "Maracaibo")),
    ("Vietnam", "VNM", ("Hanoi", "Ho Chi Minh City")),
    ("Yemen", "YEM", ("Sanaa", "Aden")),
    ("Zimbabwe", "ZWE", ("Harare", "Bulawayo")),
]
SLOT_RE = re.compile(r"\{(\w+)\}")


def fill_slots(template: str, rng: random.Random) -> tuple[str, dict[str, str], dict[str, str]]:
    """Fill {country_N} with distinct countries and {city} with a city of country_1 if present."""
    slots = sorted(set(SLOT_RE.findall(template)))
    unknown = set(slots) - {"city"} - {s for s in slots if re.fullmatch(r"country_\d", s)}
    if unknown:
        raise ValueError(f"unhandled slots {unknown} in {template!r}")
    countries = [s for s in slots if s != "city"]
    picks = rng.sample(COUNTRIES, len(countries) + 1)
    fills, hints = {}, {}
    for slot, (name, iso, _) in zip(countries, picks, strict=False):
        fills[slot], hints[slot] = name, iso
    if "city" in slots:
        _, iso, cities = next((c for c in COUNTRIES if c[1] == hints.get("country_1")), picks[-1])
        fills["city"], hints["city"] = rng.choice(cities), iso
    text = SLOT_RE.sub(lambda m: fills[m.group(1)], template)
    return " ".join(text.split()), hints, fills


def headline_labels(raw_type: str, raw_mode: str) -> tuple[str, list[str]]:
    ptype, implied = norm_type(raw_type)
    mode = norm_mode(ptype, raw_mode) or implied
    if ptype not in TYPE_MODES or (mode and mode not in TYPE_MODES[ptype]):
        raise ValueError(f"bad labels {raw_type}/{raw_mode}")
    return ptype, [mode] if mode else []


def build_headlines(csv_path: Path) -> tuple[list[dict[str, Any]], Counter[str]]:
    rng = random.Random(SEED)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out, slot_counts = [], Counter[str]()
    for index, row in enumerate(rows, start=1):
        template = row["title"].strip()
        slot_counts.update(SLOT_RE.findall(template))
        text, hints, fills = fill_slots(template, rng)
        ptype, modes = headline_labels(row["event"], row["mode"])
        out.append(
            {
                "id": f"ngec-headline-{index:04d}",
                "text": text,
                "template": template,
                "event": [ptype],
                "mode": modes,
                "actor_hint": hints,
                "slot_fill": fills,
                "split": split_of(" ".join(template.lower().split())),
            }
        )
    return out, slot_counts


# --------------------------------------------------------------------------------------------
# Output and summary
# --------------------------------------------------------------------------------------------


# --- VOA stories behind the hand-labelled VOA sentences -------------------------------------------

VOA_STORY_FIELDS = ("id", "url", "title", "published", "text")


def build_voa_stories(stories_path: Path, sentences_path: Path) -> list[dict[str, Any]]:
    """The VOA stories that gold sentences come from, checked so that each sentence sits at its offset.

    The sentences are labelled by hand (tests/data/voa_sentences.md); only the story texts are copied,
    so that the scorer can code each story whole.
    """
    sentences = [json.loads(line) for line in sentences_path.read_text(encoding="utf-8").splitlines() if line]
    lines = stories_path.read_text(encoding="utf-8").splitlines()
    stories = {str(story["id"]): story for story in map(json.loads, lines)}
    for sentence in sentences:
        text = stories[sentence["story_id"]]["text"]
        if text[sentence["start"]:sentence["start"] + len(sentence["text"])] != sentence["text"]:
            raise ValueError(f"{sentence['id']}: text is not at its offset in story {sentence['story_id']}")
    wanted = {sentence["story_id"] for sentence in sentences}
    return [{key: stories[sid][key] for key in VOA_STORY_FIELDS} for sid in stories if sid in wanted]


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    write_text(path, "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records))


def summarise(unit: list[dict[str, Any]], skipped: list[str], heads: list[dict[str, Any]]) -> str:
    lines = [f"petrarch_unit: {len(unit)} sentences, skipped {len(skipped)}"]
    lines += [f"  skipped {s}" for s in skipped]
    for split in ("dev", "test"):
        recs = [r for r in unit if r["split"] == split]
        types = Counter(e["event"][0] for r in recs for e in r["events"])
        n_events = sum(len(r["events"]) for r in recs)
        lines.append(f"  {split}: {len(recs)} sentences, {n_events} events, {dict(sorted(types.items()))}")
    dropped = Counter(c for r in unit for c in r["dropped_cameo"])
    lines.append(f"  dropped codings: {sum(dropped.values())} {dict(sorted(dropped.items()))}")
    lines.append(f"  conflicting gold: {sorted(r['id'] for r in unit if r['conflicting_gold'])}")
    counts = Counter((h["event"][0], h["split"]) for h in heads)
    lines.append(f"headlines: {len(heads)}")
    for ptype in sorted({t for t, _ in counts}):
        lines.append(f"  {ptype}: dev {counts[(ptype, 'dev')]} test {counts[(ptype, 'test')]}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--quiet", action="store_true", help="do not print the summary")
    args = parser.parse_args(argv)
    shared: Path = args.shared

    cameo_rows = load_cameo_table(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    write_cameo_table(cameo_rows, REPO / "petrel" / "resources" / "cameo_plover.tsv")
    write_types_table(REPO / "petrel" / "resources" / "plover_types.tsv")

    table = {r.cameo: r for r in cameo_rows}
    unit, skipped = build_petrarch(shared / "petrarch2" / "PETR.UnitTest.records.xml", table)
    write_jsonl(REPO / "tests" / "data" / "petrarch_unit.jsonl", unit)

    heads, slots = build_headlines(shared / "ngec" / "synthetic_headlines.csv")
    write_jsonl(REPO / "tests" / "data" / "headlines.jsonl", heads)

    voa = build_voa_stories(shared / "voa" / "voa_stories.jsonl", REPO / "tests" / "data" / "voa_sentences.jsonl")
    write_jsonl(REPO / "tests" / "data" / "voa_stories.jsonl", voa)

    if not args.quiet:
        sys.stdout.write(summarise(unit, skipped, heads) + f"headline slots: {dict(slots)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
