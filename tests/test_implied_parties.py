"""An act that names no one it lands on is coded against the country where it took place, marked inferred
(petrel.stages.places); ``--named-parties-only`` / ``Options(implied_parties=False)`` turns this off."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources

import jsonschema
import pytest
from conftest import RunCli, WriteFile

import petrel
from petrel.exporters import to_plover, write_csv
from petrel.settings import Options

pytestmark = pytest.mark.issue(4)
PUBLISHED = "2024-05-01"
DATELINED_FIGHT = "GOMA, Congo — Fighting resumed on Tuesday near the airport."


def only(text: str, event_type: str, options: Options | None = None) -> petrel.Event:
    [event] = [e for e in petrel.code(text, published=PUBLISHED, options=options) if e.type == event_type]
    return event


def test_an_attack_with_no_target_named_lands_on_the_datelines_country() -> None:
    event = only(DATELINED_FIGHT, "ASSAULT")
    [target] = event.target
    assert (target.country, target.sector, target.inferred) == ("COD", None, "place")
    assert DATELINED_FIGHT[target.start:target.end] == target.text == "GOMA"


@pytest.mark.parametrize(("text", "event_type"), [
    ("KYIV, Ukraine — Blinken held talks on Tuesday.", "CONSULT"),
    ("MINSK, Belarus — The European Union announced new sanctions on Monday.", "SANCTION"),
    ("BAGHDAD — The United States pledged more support on Monday.", "AGREE"),
])
def test_a_states_dealings_with_a_place_are_with_its_government(text: str, event_type: str) -> None:
    event = only(text, event_type)
    assert [(a.sector, a.inferred) for a in event.target if a.inferred] == [("GOV", "place")]


def test_coercion_with_no_one_named_falls_on_the_places_civilians() -> None:
    event = only("MINSK, Belarus — Police carried out mass arrests on Sunday.", "COERCE")
    assert [(a.country, a.sector, a.inferred) for a in event.target if a.inferred] == [("BLR", "CVL", "place")]


def test_a_protest_with_no_one_named_is_by_and_against_the_places_country() -> None:
    event = only("Protesters filled the streets of Yerevan on Monday. The demonstrations were the largest in years.",
                 "PROTEST")
    assert [(a.country, a.sector, a.inferred) for a in event.source] == [("ARM", "CVL", "place")]
    assert [(a.country, a.sector, a.inferred) for a in event.target] == [("ARM", "GOV", "place")]
    # the focus country is named by no phrase of the sentence: no text, an empty span at the trigger
    [protesters] = event.source
    assert (protesters.text, protesters.start, protesters.end) == ("", event.trigger.start, event.trigger.start)
    assert protesters.name == "Armenia"


def test_a_deployment_does_not_act_on_where_the_troops_go() -> None:
    event = only("GOMA, Congo — Hundreds of troops were deployed on Monday.", "MOBILIZE")
    assert not any(actor.inferred for actor in event.target)


def test_a_party_of_no_country_on_purpose_is_not_given_one() -> None:
    event = only("GOMA, Congo — Protesters denounced the West on Monday.", "ACCUSE")
    assert [(a.text, a.country, a.inferred) for a in event.target] == [("the West", None, None)]


def test_a_named_target_of_no_known_country_is_kept_beside_the_inferred_country() -> None:
    event = only("The European Union criticized the arrest of Olga Kovalkova in Minsk on Monday.", "COERCE")
    assert [(a.text, a.country, a.inferred) for a in event.target] == [
        ("Olga Kovalkova", None, None), ("Minsk", "BLR", "place")]


def test_named_parties_only_leaves_the_role_empty() -> None:
    event = only(DATELINED_FIGHT, "ASSAULT", Options(implied_parties=False))
    assert event.target == []


def test_the_inferred_mark_reaches_plover_json_and_csv() -> None:
    record = only(DATELINED_FIGHT, "ASSAULT").to_dict()
    record["id"] = "x-0"
    plover = to_plover(record)
    schema = json.loads(resources.files("petrel.resources").joinpath("plover_event.schema.json").read_text())
    jsonschema.validate(plover, schema)
    assert plover["recipient"][0]["inferred"] == "place"
    [row] = csv.DictReader(io.StringIO("".join(write_csv([record]))))
    assert (row["target_country"], row["target_inferred"]) == ("COD", "place")


def test_the_cli_flag_turns_inference_off(write_file: WriteFile, run_cli: RunCli) -> None:
    story = write_file("story.txt", DATELINED_FIGHT)
    coded = [run_cli("code", str(story), "--published", PUBLISHED, *flags).stdout
             for flags in ([], ["--named-parties-only"])]
    targets = [[json.loads(line)["target"] for line in output.splitlines() if line.startswith("{")]
               for output in coded]
    assert targets[0] and targets[0][0][0]["inferred"] == "place"
    assert targets[1] == [[]]
