"""Actor dictionaries in PETRARCH's format, read as they are (``--actors FILE`` takes either format).

A record is a phrase line with an optional code, ``+`` lines for synonyms, and indented date
restrictions; words are joined by ``_`` or spaces, and ``#`` or ``;`` start a comment::

    GOLLUM
    +SMEAGOL
        [HOB < 950601]
        [HOBGOV 19950601 - 19990815]
        [HOBREB > 990816]
    THE_SHIRE  [FRO/BIL/SAM]

A CAMEO actor code becomes a country (its first three letters, ``---`` none; ``IGO``, ``NGO`` and ``IMG``
prefixes as such) and a PLOVER sector from the three-letter chunks that follow (``USAGOV`` is USA GOV,
``INS`` and ``SEP`` are REB, ``MED`` is the media, JRN); chunks with no PLOVER sector (religions,
fictional roles) are dropped. ``A/B`` codes a compound actor; ``[---]`` and codes that are not letters
name no actor. Six-digit dates are 19xx above 30, else 20xx, as PETRARCH reads them.

>>> [(code.country, code.sector) for raw in ("USAGOV", "IGOCOPITP", "FRO/BIL", "---") for code in cameo_actor(raw)]
[('USA', 'GOV'), ('IGO', 'COP'), ('FRO', None), ('BIL', None)]
>>> phrase_surface("THE_HERMIT_KINGDOM"), phrase_surface("K.U."), phrase_surface("IMF"), phrase_surface("SAM_GAMGEE")
('the Hermit Kingdom', 'K.U.', 'IMF', 'Sam Gamgee')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from petrel.actors import ActorDictionary, Entry
from petrel.errors import Errors
from petrel.verbs import phrase_words, strip_comment

# CAMEO agent codes -> PLOVER sectors (CAMEO codes not listed have none in PLOVER).
SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "PTY": "PTY",
    "REB": "REB", "INS": "REB", "SEP": "REB", "SPY": "SPY", "OPP": "OPP", "MOP": "OPP",
    "BUS": "BUS", "MNC": "BUS", "CVL": "CVL", "CIV": "CVL", "EDU": "EDU", "MED": "JRN",
    "HLH": "MED", "AGR": "AGR", "CRM": "CRM", "ELI": "ELI", "LAB": "LAB", "REF": "REF",
    "REL": "REL", "HRI": "SOC", "NGO": "SOC", "ENV": "SOC", "UAF": "UAF", "PRM": "PRM",
}  # fmt: skip
# Codes that belong to no single state: (petrel code, whether a country code may follow, as NGOUSA).
INTERNATIONAL = {"IGO": ("IGO", False), "NGO": ("NGO", True), "NGM": ("NGO", False), "IMG": ("IMG", False)}
WHOLE_CODES = {"IGOEEU": "EUR", "IGOUNO": "UNO"}
# CAMEO-era country codes that differ from ISO 3166 alpha-3.
OLD_COUNTRIES = {"KUW": "KWT", "NZE": "NZL", "ZBW": "ZWE", "RHO": "ZWE", "JAP": "JPN"}
RESTRICTION = re.compile(
    r"^(?P<code>\S+)\s*(?:(?P<op>[<>])\s*(?P<day>\d{6,8})|(?P<start>\d{6,8})\s*-\s*(?P<end>\d{6,8}))?$")
SMALL_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "de", "al"})


@dataclass(frozen=True)
class Code:
    country: str | None
    sector: str | None


def cameo_actor(raw: str) -> list[Code]:
    """The actors a CAMEO actor code names (several for a compound ``A/B``; none for ``---``)."""
    codes = []
    for part in raw.strip().upper().split("/"):
        if not part.isalpha() and part.replace("-", "") != "":
            continue
        head, rest = part[:3], part[3:]
        if head in INTERNATIONAL:
            country, may_have_country = INTERNATIONAL[head]
            country = WHOLE_CODES.get(part, country)
            if may_have_country and rest[:3] and rest[:3] not in SECTORS:
                rest = rest[3:]
        else:
            country = None if head == "---" or not head.isalpha() else OLD_COUNTRIES.get(head, head)
        chunks = [SECTORS[c] for c in (rest[i:i + 3] for i in range(0, len(rest), 3)) if c in SECTORS]
        if country or chunks:
            codes.append(Code(country, chunks[0] if chunks else None))
    return codes


def phrase_surface(raw: str) -> str:
    """A dictionary phrase as news writes it: "THE_HERMIT_KINGDOM" -> "the Hermit Kingdom"; short words in
    capitals and dotted ones stay acronyms ("IMF", "U.N.")."""
    words = [w for w in re.split(r"[\s_]+", raw.strip().lstrip("+")) if w]
    out = []
    for index, word in enumerate(words):
        lower = word.lower()
        acronym = len(word) <= 3 and word.isalpha() and (len(words) == 1 or not re.search(r"[aeiouy]", lower))
        if "." in word or (acronym and lower not in SMALL_WORDS):
            out.append(word.upper())
        elif lower in SMALL_WORDS and index < len(words) - 1:
            out.append(lower)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lower.split("-")))
    return " ".join(out)


def _day(text: str) -> date:
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


Restriction = tuple[str, date | None, date | None]  # code, first day, last day (None: open)


@dataclass
class _Record:
    phrases: list[str]
    restrictions: list[Restriction]


SUBSTITUTION = re.compile(r"^(?P<marker>![A-Z]+!)\s*=\s*(?P<words>.+)$")


def _records(lines: list[str], path: Path, problems: list[str]) -> Iterator[_Record]:
    record: _Record | None = None
    in_comment = False
    substitutions: dict[str, list[str]] = {}
    for number, raw in enumerate(lines, start=1):
        if raw.lstrip().startswith("<!--") and "-->" not in raw:
            in_comment = True
        if in_comment:
            in_comment = "-->" not in raw
            continue
        line = "" if raw.strip().startswith("-->") else strip_comment(raw)
        if not line.strip():
            continue
        try:
            text = line.strip()
            substitution = SUBSTITUTION.match(text)
            if substitution:  # "!PERSON! = MAN, MEN, WOMAN": an agent phrase's marker stands for each word
                substitutions[substitution["marker"]] = [w.strip() for w in substitution["words"].split(",")]
                continue
            text = _substituted(text, substitutions)
            codes = re.findall(r"\[([^\]]*)\]", text)
            phrase = re.sub(r"\[[^\]]*\]", " ", text).strip()
            if not phrase and codes and record is not None:  # an indented date restriction
                record.restrictions += [_restriction(code) for code in codes]
                continue
            if phrase.startswith("+"):
                if record is None:
                    raise ValueError("a '+' synonym before any phrase")
                record.phrases.append(phrase)
                record.restrictions += [_restriction(code) for code in codes]
                continue
            if record is not None:
                yield record
            phrase, *synonyms = phrase.split(" +")  # a substituted agent phrase carries its variants
            record = _Record([phrase, *("+" + synonym for synonym in synonyms)],
                             [_restriction(code) for code in codes])
        except ValueError as err:
            problems.append(Errors.E016.format(path=path, line=number, reason=err))
    if record is not None:
        yield record


def _substituted(text: str, substitutions: dict[str, list[str]]) -> str:
    """ "CONGRESS!PERSON! [~LEG]" -> "CONGRESSMAN +CONGRESSMEN ... [~LEG]": one synonym per word of the set."""
    for marker, words in substitutions.items():
        if marker in text:
            phrase, _, codes = text.partition("[")
            forms = [phrase.replace(marker, word).strip() for word in words]
            return " ".join([forms[0], *("+" + form for form in forms[1:])]) + (" [" + codes if codes else "")
    return text


def _restriction(code: str) -> Restriction:
    match = RESTRICTION.match(code.strip())
    if match is None:
        raise ValueError(f"cannot read the code [{code.strip()}]")
    if match.group("op") == "<":
        return match.group("code"), None, _day(match.group("day"))
    if match.group("op") == ">":
        return match.group("code"), _day(match.group("day")), None
    if match.group("start"):
        return match.group("code"), _day(match.group("start")), _day(match.group("end"))
    return match.group("code"), None, None


def first_restriction_wins(restrictions: list[Restriction]) -> list[Restriction]:
    """PETRARCH reads date restrictions in order and takes the first that holds: a later range loses the days
    an earlier one covers ("[ORCHOB 20100109-20100112]" listed before "[HOBMIL 20080120-20121109]" splits the
    latter in two).

    >>> for code, start, end in first_restriction_wins([
    ...         ("ORC", date(2010, 1, 9), date(2010, 1, 12)), ("HOBMIL", date(2008, 1, 20), date(2012, 11, 9))]):
    ...     print(code, start, end)
    ORC 2010-01-09 2010-01-12
    HOBMIL 2008-01-20 2010-01-08
    HOBMIL 2010-01-13 2012-11-09
    """
    taken: list[tuple[date, date]] = []
    kept: list[Restriction] = []
    for code, start, end in restrictions:
        if start is None and end is None:
            kept.append((code, start, end))  # the default, used where no range holds
            continue
        pieces = [(start or date.min, end or date.max)]
        for low, high in taken:
            pieces = [part for a, b in pieces for part in _without(a, b, low, high)]
        taken.append((start or date.min, end or date.max))
        kept += [(code, None if a == date.min else a, None if b == date.max else b) for a, b in pieces]
    return kept


def _without(a: date, b: date, low: date, high: date) -> list[tuple[date, date]]:
    """The days of [a, b] outside [low, high]."""
    if high < a or b < low:
        return [(a, b)]
    parts = []
    if a < low:
        parts.append((a, low - timedelta(days=1)))
    if high < b:
        parts.append((high + timedelta(days=1), b))
    return parts


def load_petrarch_actor_file(dictionary: ActorDictionary, path: Path, text: str) -> None:
    """Add the records of a PETRARCH actor dictionary (the `text` of the file at `path`); unreadable lines are
    reported, the rest loaded."""
    for record in _records(text.splitlines(), path, dictionary.problems):
        if record.restrictions and all("~" in code for code, _, _ in record.restrictions):
            _add_agent(dictionary, record)
            continue
        name = phrase_surface(record.phrases[0])
        dated = any(start or end for _, start, end in record.restrictions)
        restrictions = first_restriction_wins(record.restrictions)
        for raw in record.phrases:
            surface = phrase_surface(raw)
            for code, start, end in restrictions:
                members = cameo_actor(code)
                for actor in members:
                    kind = "person" if dated else ("country" if actor.sector is None and actor.country
                                                   and actor.country not in ("IGO", "NGO", "IMG", "UNO", "EUR")
                                                   else "organisation")
                    dictionary.add_phrase(surface, Entry(actor.country, actor.sector, name, kind, start, end,
                                                         compound=len(members) > 1))


def _add_agent(dictionary: ActorDictionary, record: _Record) -> None:
    """An agent line ("POLICE_OFFICER [~COP]", "FISHERM!PERSON! [~CVL]"): a role noun with a sector; "{...}"
    holds irregular plurals (empty: none); regular plurals are made by the coder."""
    sectors = [SECTORS[chunk] for code, _, _ in record.restrictions[:1] for part in [code.strip().strip("~").upper()]
               for chunk in (part[i:i + 3] for i in range(0, len(part), 3)) if chunk in SECTORS]
    if not sectors:
        return
    for raw in record.phrases:
        text = raw.lstrip("+")
        plurals = re.findall(r"\{([^}]*)\}", text)
        for phrase in [re.sub(r"\{[^}]*\}", " ", text), *" ".join(plurals).split()]:
            words = " ".join(phrase_words(phrase))
            if words:
                dictionary.add_agent(words, sectors[0], sectors[1] if len(sectors) > 1 else None)


def looks_like_petrarch(text: str) -> bool:
    """Whether a dictionary's text is in PETRARCH's format rather than petrel's TSV (whose header names a
    `phrase`)."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            return line.split("\t")[0].strip().lower() != "phrase"
    return False
