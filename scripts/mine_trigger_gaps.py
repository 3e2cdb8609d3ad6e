"""Mine trigger-lexicon gaps from the NGEC synthetic stories (issue 4).

Usage (from the repository root)::

    .venv/bin/python scripts/mine_trigger_gaps.py [--data ZIP] [--workers 2] [--top 30] [--cache FILE]

The NGEC-2025 synthetic corpus (``gpt_synthetic_events_2023-10-19_19.csv.zip``, MIT, ahalterman/NGEC-2025)
holds about 4,500 invented news stories, each written from a headline to show one PLOVER type (its
document label). Every story's body is coded with petrel; for each type T the stories
labelled T in which petrel coded no event of type T are where the lexicon has gaps. In those stories
the script tallies candidate triggers, once per story:

* verbs, alone and with their particle, direct object or preposition (the ``object`` column of
  ``triggers.tsv`` holds all three: "step down", "impose curfew", "call for");
* nouns that are the object of a light verb ("staged a sit-in"), a main-clause subject or the root,
  alone and with a compound or adjective modifier ("hunger strike").

Each candidate is ranked by how specific it is to the missed T stories against all stories of the other
types: a log-odds ratio of story proportions with a 0.5 prior, divided by its standard error (a z-score,
so a word needs both specificity and count to rank high). Candidates the lexicon already gives type T
are skipped. The synthetic headlines come from about 375 templates, each used for about 12 stories, so
a word must also occur under several templates (``--min-templates``), not just in one headline.

The headlines are left out: they are the 375 templates of ``tests/data/headlines.jsonl``, whose test
split must stay unseen. For the same reason the stories written from a test-split template are skipped
whole, as ``train_event_classifier.py`` skips them. The printed lists are for a person to judge against
the PLOVER codebook; nothing is written to the lexicon. The stories are invented and noisily labelled: a high rank is a
lead, never a verdict.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import multiprocessing
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from petrel.lexicon import LIGHT_VERBS, load_lexicon  # noqa: E402
from petrel.model import Article  # noqa: E402
from petrel.pipeline import ORDER, run  # noqa: E402
from petrel.settings import Options  # noqa: E402
from petrel.stages.syntax import verb_lemma  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip"
# Every stage but "finish", which would drop the parse the candidates are read from; its filter is
# applied by hand so the coded types are the ones petrel outputs.
STAGES = tuple(name for name in ORDER if name != "finish")
# Verbs that carry an event noun without naming an event, beyond those the coder already knows.
CARRYING_VERBS = LIGHT_VERBS | frozenset({"issue", "call", "go", "stage", "undertake", "perform", "initiate",
                                          "implement", "enforce", "introduce", "pass", "adopt", "file"})
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "ROOT"})
VERB_PARTNER_DEPS = frozenset({"prt", "dobj"})
PRIOR = 0.5  # added to every cell of the 2x2 story table: keeps rare words from ranking on luck
MIN_STORIES = 5
MIN_TEMPLATES = 3
Candidate = tuple[str, str, str]  # (lemma, pos, object or "-")


@dataclass(frozen=True)
class Story:
    index: int
    label: str
    template: str  # the headline with its {country_1} slots: stories sharing it share wording
    text: str


@dataclass(frozen=True)
class CodedStory:
    label: str
    template: str
    coded_types: frozenset[str]
    candidates: frozenset[Candidate]


def read_stories(path: Path) -> list[Story]:
    """Read the synthetic corpus: each story's body, its label and its headline template."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8")))
    held_out = {template for template, split in headline_templates().items() if split == "test"}
    return [Story(index, row["label"].strip().upper(), row["title"].strip(), row["text"].strip())
            for index, row in enumerate(rows) if row["title"].strip() not in held_out]


def headline_templates() -> dict[str, str]:
    """Template -> split of the headline gold set (only to keep the stories of its test split out)."""
    path = Path(__file__).resolve().parents[1] / "tests" / "data" / "headlines.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {record["template"]: record["split"] for record in records}


def is_word(lemma: str) -> bool:
    return lemma.isalpha() and len(lemma) > 2


def verb_candidates(token: Any) -> set[Candidate]:
    """A verb alone and with each particle, direct object and preposition it governs."""
    lemma = verb_lemma(token)
    if not is_word(lemma):
        return set()
    found = {(lemma, "VERB", "-")}
    for child in token.children:
        partner = child.lemma_.lower()
        if (child.dep_ in VERB_PARTNER_DEPS or child.dep_ == "prep") and is_word(partner):
            found.add((lemma, "VERB", partner))
    return found


def noun_candidates(token: Any) -> set[Candidate]:
    """A noun in an event slot (light-verb object, main subject, root), alone and with its modifiers."""
    lemma = token.lemma_.lower()
    head = token.head
    carried = token.dep_ == "dobj" and verb_lemma(head) in CARRYING_VERBS
    main = token.dep_ in NOUN_SLOTS and (token.dep_ == "ROOT" or head.dep_ == "ROOT")
    if not is_word(lemma) or token.ent_type_ or not (carried or main):
        return set()
    found = {(lemma, "NOUN", "-")}
    for child in token.children:
        modifier = child.lemma_.lower()
        if child.dep_ in ("compound", "amod") and is_word(modifier):
            found.add((lemma, "NOUN", modifier))
    return found


def story_candidates(article: Article) -> set[Candidate]:
    found: set[Candidate] = set()
    for sentence in article.sentences:
        for token in sentence.doc or ():
            if token.pos_ == "VERB":
                found |= verb_candidates(token)
            elif token.pos_ == "NOUN":
                found |= noun_candidates(token)
    return found


def code_story(story: Story) -> CodedStory:
    """Code one story in this process and read its coded types and candidate triggers."""
    options = Options()
    [article] = run([Article(text=story.text, id=f"synthetic-{story.index}")], options, stages=STAGES)
    coded = frozenset(e.type for e in article.events if options.keeps(e.factuality, e.confidence))
    return CodedStory(story.label, story.template, coded, frozenset(story_candidates(article)))


def code_stories(stories: list[Story], workers: int) -> Iterator[CodedStory]:
    if workers <= 1:
        yield from map(code_story, stories)
        return
    # spawn: each worker loads its own spaCy model rather than inheriting a half-initialised copy.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        yield from pool.imap(code_story, stories, chunksize=8)


def save(coded: list[CodedStory], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for story in coded:
            record = {"label": story.label, "template": story.template, "coded": sorted(story.coded_types),
                      "candidates": sorted(story.candidates)}
            out.write(json.dumps(record) + "\n")


def load(path: Path) -> list[CodedStory]:
    held_out = {template for template, split in headline_templates().items() if split == "test"}
    coded = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["template"] in held_out:
            continue  # a cache written before test-split stories were skipped
        coded.append(CodedStory(record["label"], record["template"], frozenset(record["coded"]),
                                frozenset(tuple(c) for c in record["candidates"])))
    return coded


def log_odds_z(hits: int, total: int, other_hits: int, other_total: int) -> float:
    """z-score of the smoothed log-odds that a story of the group, not of the rest, contains the word."""
    a, b = hits + PRIOR, total - hits + PRIOR
    c, d = other_hits + PRIOR, other_total - other_hits + PRIOR
    return (math.log(a / b) - math.log(c / d)) / math.sqrt(1 / a + 1 / b + 1 / c + 1 / d)


def already_typed(candidate: Candidate, event_type: str) -> bool:
    """Whether the lexicon already gives the candidate this type (the gap is then not the lexicon's),
    also through its object: "opened an investigation" is coded by the noun."""
    lemma, pos, partner = candidate
    lexicon = load_lexicon()
    bucket = lexicon.entries.get((lemma, pos), [])
    if partner == "-":
        return any(t.type == event_type for t in bucket)
    found = lexicon.lookup(lemma, pos, {partner}, partner)
    carried = lexicon.lookup(partner, "NOUN", set()) if pos == "VERB" else None
    return any(t is not None and t.type == event_type for t in (found, carried))


def known_as(candidate: Candidate) -> str:
    """The types the lexicon gives the lemma already, for the reader: a sense gap, not a word gap."""
    lemma, pos, _ = candidate
    types = sorted({t.type for t in load_lexicon().entries.get((lemma, pos), [])})
    return ",".join(types) or "-"


@dataclass(frozen=True)
class Ranked:
    candidate: Candidate
    z: float
    stories: int
    templates: int
    elsewhere: int


def rank_gaps(coded: list[CodedStory], event_type: str, min_templates: int, *,
              every_story: bool = False) -> list[Ranked]:
    """Rank the candidates of the type's missed stories (with ``every_story``, of all its stories)."""
    missed = [s for s in coded if s.label == event_type and (every_story or event_type not in s.coded_types)]
    rest = [s for s in coded if s.label != event_type]
    in_missed = Counter(c for s in missed for c in s.candidates)
    in_rest = Counter(c for s in rest for c in s.candidates)
    templates: dict[Candidate, set[str]] = defaultdict(set)
    for story in missed:
        for candidate in story.candidates:
            templates[candidate].add(story.template)
    ranked = [Ranked(c, log_odds_z(n, len(missed), in_rest[c], len(rest)), n, len(templates[c]), in_rest[c])
              for c, n in in_missed.items()
              if n >= MIN_STORIES and len(templates[c]) >= min_templates and not already_typed(c, event_type)]
    return sorted(ranked, key=lambda r: (-r.z, -r.stories))


def report(coded: list[CodedStory], top: int, min_templates: int, *, every_story: bool = False) -> None:
    for event_type in sorted({s.label for s in coded}):
        labelled = [s for s in coded if s.label == event_type]
        missed = sum(event_type not in s.coded_types for s in labelled)
        print(f"\n## {event_type}: petrel coded no {event_type} in {missed} of {len(labelled)} stories")
        print(f"{'lemma':<16}{'pos':<6}{'object':<16}{'z':>7}{'stories':>9}{'templ.':>8}{'other':>7}  lexicon")
        for row in rank_gaps(coded, event_type, min_templates, every_story=every_story)[:top]:
            lemma, pos, partner = row.candidate
            print(f"{lemma:<16}{pos:<6}{partner:<16}{row.z:7.2f}{row.stories:9d}{row.templates:8d}"
                  f"{row.elsewhere:7d}  {known_as(row.candidate)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the synthetic stories (zipped CSV)")
    parser.add_argument("--workers", type=int, default=2, help="coding processes")
    parser.add_argument("--top", type=int, default=30, help="candidates printed per type")
    parser.add_argument("--min-templates", type=int, default=MIN_TEMPLATES,
                        help="headline templates a candidate must occur under")
    parser.add_argument("--cache", type=Path, help="JSONL of coded stories: read if present, else written")
    parser.add_argument("--every-story", action="store_true",
                        help="tally all stories of each type, not only those petrel missed: a type found once "
                             "in a story can still be missed in its other sentences")
    parser.add_argument("--limit", type=int, help="code only the first N stories (a quick look)")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        coded = load(args.cache)
    else:
        stories = read_stories(args.data)[: args.limit]
        coded = list(code_stories(stories, args.workers))
        if args.cache:
            save(coded, args.cache)
    report(coded, args.top, args.min_templates, every_story=args.every_story)


if __name__ == "__main__":
    main()
