"""Measure petrel on every bundled gold set and write docs/accuracy.md and tests/quality/baseline.json.

Run:  .venv/bin/python scripts/accuracy_report.py      (or `make accuracy`)
      .venv/bin/python scripts/accuracy_report.py --print-only [AREA ...]   (measure, write nothing)

AREA is one of events, factuality, attribution, dates, places; the default is all of them.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "quality"))

import measure  # noqa: E402

from petrel.evaluate import type_rows  # noqa: E402

SPLITS = ("dev", "test")


AREAS = ("events", "factuality", "attribution", "dates", "places")
# Sets whose gold event types are not trustworthy (see tests/data/README.md): their actors are also
# scored whatever the type.
ACTOR_SETS = ("petrarch_unit",)


def collect(areas: tuple[str, ...] = AREAS) -> dict[str, Any]:
    results: dict[str, Any] = {area: {} for area in areas}
    if "events" in areas:
        for name in measure.EVENT_SETS:
            results["events"][name] = {split: measure.event_scores(name, split) for split in SPLITS}
        results["actors"] = {name: {split: measure.actor_scores(name, split) for split in SPLITS}
                             for name in ACTOR_SETS}
        results["dictionary_baseline"] = {
            name: {split: measure.event_scores(name, split, verb_files=measure.BASELINE_VERBS) for split in SPLITS}
            for name in measure.BASELINE_SETS}
    for key, function in (("factuality", measure.factuality_scores), ("attribution", measure.attribution_scores),
                          ("dates", measure.date_scores), ("places", measure.place_scores)):
        if key in areas:
            results[key] = {split: function(split) for split in SPLITS}
    return results


def summary(results: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Headline figures per split, for --print-only."""
    figures: dict[str, dict[str, float]] = {}
    for name, by_split in results.get("events", {}).items():
        for split, s in by_split.items():
            figures.setdefault(split, {})[f"events.{name}.micro_f1"] = s["micro"]["f1"]
            if s["top_type_accuracy"] is not None:
                figures[split][f"events.{name}.top_type_accuracy"] = s["top_type_accuracy"]
            for field, value in s["field_accuracy"].items():
                figures[split][f"events.{name}.{field}"] = value
    for key in AREAS[1:]:
        for split, s in results.get(key, {}).items():
            figures.setdefault(split, {})[f"{key}.accuracy"] = s["accuracy"]
            for label, cls in s.get("per_class", {}).items():
                figures[split][f"{key}.f1.{label}"] = cls["f1"]
    return figures


def event_table(scores: dict[str, Any]) -> list[str]:
    lines = ["| type | P | R | F1 | support | predicted |", "|---|---|---|---|---|---|"]
    for name, p, r, f1, support, predicted in type_rows(scores):
        if name == "micro":
            name, f1 = "**micro**", f"**{f1}**"
        lines.append(f"| {name} | {p} | {r} | {f1} | {support} | {predicted} |")
    return lines


# What a reader must know to read a set's event figures.
SET_NOTES = {
    "voa_sentences_alone": "The VOA gold sentences again, each coded on its own as `petrel.code(sentence)` would code "
                           "it: no story to resolve \"the group\" or \"he\", no earlier mention to tell a re-told "
                           "event from a new one.",
    "petrarch_unit": "Coded as PETRARCH codes its own unit tests: with PETRARCH2's published validation "
                     "dictionaries loaded as they are (`--verbs tests/data/petrarch_verbs.txt --actors "
                     "tests/data/petrarch_validate_actors.txt`). The expected codes come from that verb "
                     "dictionary's patterns, many of them WEIS-era codes tweaked for the tests (\"restore full "
                     "diplomatic ties\" 064, \"left for meetings\" 032), so these figures measure how faithfully "
                     "petrel applies a user's PETRARCH dictionaries (its pattern matching, roles and actors on "
                     "its own parse), not what its lexicon makes of the sentences. The actor table after them "
                     "codes the same sentences with petrel's own lexicon and the same actor dictionary.",
}


def event_section(name: str, by_split: dict[str, Any]) -> list[str]:
    lines = [f"### {name}", ""]
    if name in SET_NOTES:
        lines += [SET_NOTES[name], ""]
    lines += ["| split | micro P | micro R | micro F1 | macro F1 | top-type acc. | fields |",
              "|---|---|---|---|---|---|---|"]
    for split, s in by_split.items():
        fields = ", ".join(f"{k} {v:.2f}" for k, v in s["field_accuracy"].items())
        top = f"{s['top_type_accuracy']:.3f}" if s["top_type_accuracy"] is not None else "-"
        lines.append(f"| {split} | {s['micro']['precision']:.3f} | {s['micro']['recall']:.3f} | "
                     f"{s['micro']['f1']:.3f} | {s['macro_f1']:.3f} | {top} | {fields} |")
    lines += ["", f"Per type, held-out (`test`) split of {name}:", "", *event_table(by_split["test"]), ""]
    return lines


def actor_section(name: str, by_split: dict[str, Any]) -> list[str]:
    lines = [f"Actors of {name} whatever the event type (texts with one gold event; the most confident coded "
             "event's first source and target country):", "",
             "| split | source country | target country | n |", "|---|---|---|---|"]
    lines += [f"| {split} | {s['source_country']:.3f} | {s['target_country']:.3f} | {s['n_source']} |"
              for split, s in by_split.items()]
    return [*lines, ""]


BASELINE_NOTE = (
    "The same gold, coded with PETRARCH2's CAMEO verb pattern dictionary (`tests/data/cameo_verbpatterns.txt`, "
    "loaded with `--verbs`) in place of petrel's lexicon: same parse, actors, pattern matching and scoring, so "
    "the difference is what petrel's lexicon and sense rules add over a dictionary coder's verbs and patterns. "
    "It approximates PETRARCH2 (whose own matcher runs on a constituency parse); it is not a run of it.")


def baseline_section(results: dict[str, Any]) -> list[str]:
    lines = ["### Baseline: PETRARCH2's CAMEO verb dictionary", "", BASELINE_NOTE, "",
             "| set | split | petrel micro F1 | dictionary micro F1 (P / R) | petrel top-type | dictionary top-type |",
             "|---|---|---|---|---|---|"]
    for name, by_split in results.get("dictionary_baseline", {}).items():
        for split, s in by_split.items():
            own = results["events"][name][split]
            lines.append(f"| {name} | {split} | {own['micro']['f1']:.3f} | {s['micro']['f1']:.3f} "
                         f"({s['micro']['precision']:.3f} / {s['micro']['recall']:.3f}) | "
                         f"{own['top_type_accuracy'] or 0:.3f} | {s['top_type_accuracy'] or 0:.3f} |")
    return [*lines, ""]


def render(results: dict[str, Any], seconds: float) -> str:
    lines = ["# petrel accuracy", "",
             "Generated by `scripts/accuracy_report.py` (`make accuracy`); do not edit by hand. "
             f"Run took {seconds:.0f} s. Sets and their provenance: `tests/data/README.md`. "
             "`dev` splits are used for tuning, `test` splits are held out.", "",
             "A gold event is found when the sentence's predictions hold an event of its type. Within a sentence, "
             "gold and predicted events of one type are paired so that the pairs disagree least (trigger word "
             "first, then the fields scored), whatever order either lists them in; field accuracies are counted "
             "on those pairs.", "",
             "## Event coding", ""]
    for name, by_split in results["events"].items():
        lines += event_section(name, by_split)
        if name in results.get("actors", {}):
            lines += actor_section(name, results["actors"][name])
    lines += baseline_section(results)
    lines += ["## Factuality", "", "| split | accuracy | coverage | " + " | ".join(
        f"F1 {c}" for c in sorted(results["factuality"]["test"]["per_class"])) + " |",
        "|---" * (3 + len(results["factuality"]["test"]["per_class"])) + "|"]
    for split, s in results["factuality"].items():
        lines.append(f"| {split} | {s['accuracy']:.3f} | {s['coverage']:.3f} | " + " | ".join(
            f"{s['per_class'].get(c, {}).get('f1', 0):.3f}" for c in sorted(results["factuality"]["test"]["per_class"]))
            + " |")
    lines += ["", "Coverage: share of gold events whose trigger petrel codes as an event; accuracy and F1 are "
              "on those.", ""]
    for key, title in (("attribution", "Attribution (span match)"), ("dates", "Dates (exact value and precision)"),
                       ("places", "Places (GeoNames entity of the mention)")):
        lines += [f"## {title}", "", "| split | accuracy | end to end | n |", "|---|---|---|---|"]
        lines += [f"| {split} | {s['accuracy']:.3f} | {s.get('end_to_end', s['accuracy']):.3f} | {s['n']} |"
                  for split, s in results[key].items()]
        lines.append("")
    return "\n".join(lines)


def baseline(results: dict[str, Any]) -> dict[str, float]:
    figures = {f"events.{name}.micro_f1": s["test"]["micro"]["f1"] for name, s in results["events"].items()}
    figures |= {f"{key}.accuracy": results[key]["test"]["accuracy"]
                for key in ("factuality", "attribution", "dates", "places")}
    return figures


def main() -> None:
    arguments = sys.argv[1:]
    if arguments[:1] == ["--print-only"]:
        areas = tuple(arguments[1:]) or AREAS
        unknown = [area for area in areas if area not in AREAS]
        if unknown:
            sys.exit(f"unknown area {unknown[0]!r}: choose from {', '.join(AREAS)}")
        print(json.dumps(summary(collect(areas)), indent=2))
        return
    started = time.monotonic()
    results = collect()
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "accuracy.md").write_text(render(results, time.monotonic() - started), encoding="utf-8")
    (ROOT / "tests" / "quality" / "baseline.json").write_text(json.dumps(baseline(results), indent=2) + "\n")
    print(json.dumps(baseline(results), indent=2))


if __name__ == "__main__":
    main()
