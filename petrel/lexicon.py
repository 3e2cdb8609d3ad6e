"""The trigger lexicon: which words denote which PLOVER events.

Reads ``resources/triggers.tsv`` (curated) and ``resources/cameo_verbs.tsv`` (generated from the
CAMEO verb dictionary by ``scripts/build_trigger_lexicon.py``, not bundled: on the dev sets it added
only false events); curated entries win. An entry of type ``-`` marks an idiom that is no event
("met with success", "rejected the allegations").

>>> lexicon = load_lexicon()
>>> lexicon.lookup("shell", "VERB", set()).type
'ASSAULT'
>>> lexicon.lookup("impose", "VERB", {"sanction"}).type
'SANCTION'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from petrel.resources import read_tsv, resource_path

LIGHT_VERBS = frozenset(
    [
        "hold",
        "carry",
        "conduct",
        "launch",
        "stage",
        "mount",
        "make",
        "take",
        "impose",
        "give",
        "reach",
        "sign",
        "begin",
        "start",
        "continue",
        "resume",
        "open",
        "announce",
        "order",
        "lead",
        "organize",
        "organise",
        "join",
        "have",
        "wage",
        "declare",
        "engage",
        "reopen",
    ]
)


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    object: str | None
    type: str
    mode: str | None
    cameo: str | None
    weight: float
    origin: str


@dataclass
class Lexicon:
    """Entries keyed by (lemma, pos); each key may carry several object-conditioned entries."""

    entries: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)

    def add(self, trigger: Trigger) -> None:
        bucket = self.entries.setdefault((trigger.lemma.split(" ")[0], trigger.pos), [])
        bucket[:] = [old for old in bucket if (old.lemma, old.object) != (trigger.lemma, trigger.object)]
        bucket.append(trigger)

    def lookup(self, lemma: str, pos: str, context: set[str], particle: str | None = None) -> Trigger | None:
        """Return the best entry for a word given the lemmas around it (objects, modifiers)."""
        bucket = self.entries.get((lemma, pos), [])
        conditioned = [t for t in bucket if t.object and (t.object in context or t.object == particle)]
        plain = [t for t in bucket if not t.object]
        candidates = conditioned or plain
        return max(candidates, key=lambda t: (t.origin == "curated", t.weight)) if candidates else None

    def has(self, lemma: str, pos: str) -> bool:
        return (lemma, pos) in self.entries


def _read(name: str, origin: str) -> list[Trigger]:
    path = resource_path(name)
    if not path.exists():
        return []
    return [
        Trigger(
            lemma=row["lemma"].lower(),
            pos=row["pos"].upper(),
            object=None if row["object"] in ("", "-") else row["object"].lower(),
            type=row["type"],
            mode=None if row["mode"] in ("", "-") else row["mode"],
            cameo=row["cameo"] or None,
            weight=float(row["weight"] or 0.5),
            origin=origin,
        )
        for _, row in read_tsv(path)
    ]


@functools.cache
def load_lexicon() -> Lexicon:
    """Load the bundled trigger lexicon once per process."""
    lexicon = Lexicon()
    for trigger in _read("cameo_verbs.tsv", "cameo") + _read("triggers.tsv", "curated"):
        lexicon.add(trigger)
    return lexicon
