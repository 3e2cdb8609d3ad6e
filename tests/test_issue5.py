"""Issue 5: factuality, attribution, dates and places of events, on sentences built by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import petrel
from petrel.model import Article, Event, Sentence
from petrel.pipeline import run
from petrel.stages.dates import date_event, resolve
from petrel.stages.factuality import classify, committed, find_attribution
from petrel.stages.places import country_place, dateline_place

pytestmark = pytest.mark.issue(5)

PUBLISHED = date(2024, 5, 16)  # a Thursday
ACCEPTANCE = ("Officials said the rebels tried to seize the airport in Goma on Tuesday but were pushed back. "
              "The army denied that it had shelled villages near Rutshuru, and the president said he would "
              "consider talks with the rebels.")


def event_at(events: list[Event], trigger: str) -> Event:
    [event] = [e for e in events if e.trigger.text == trigger]
    return event


def parsed(text: str, word: str) -> tuple[Article, Sentence, Any]:
    """The article (parsed, with mentions), and the sentence and token of the first `word` in it."""
    [article] = run([Article(text=text, published=PUBLISHED)], stages=("parse", "mentions"))
    start = text.index(word)
    sentence = next(s for s in article.sentences if s.start <= start < s.end)
    token = next(t for t in sentence.doc if t.idx + sentence.offset == start)
    return article, sentence, token


def factuality_of(text: str, word: str) -> str:
    article, sentence, token = parsed(text, word)
    return classify(token, attributed=find_attribution(article, sentence, token) is not None)


def attribution_of(text: str, word: str) -> str | None:
    attribution = find_attribution(*parsed(text, word))
    return attribution.text if attribution else None


# the issue's acceptance paragraph


@pytest.fixture(scope="module")
def acceptance() -> list[Event]:
    return petrel.code(ACCEPTANCE, published=PUBLISHED)


def test_issue5_seizure_is_failed_dated_placed_and_attributed(acceptance: list[Event]) -> None:
    seize = event_at(acceptance, "seize")
    assert seize.type in ("ASSAULT", "COERCE") and seize.factuality == "failed"
    assert [(a.text, a.country) for a in seize.source] == [("the rebels", "COD")]
    assert seize.place is not None and (seize.place.name, seize.place.country) == ("Goma", "COD")
    assert seize.when is not None and (seize.when.value, seize.when.precision) == ("2024-05-14", "day")
    assert seize.attribution is not None and seize.attribution.text == "Officials"


def test_issue5_denied_shelling_is_negated_army_assault_near_rutshuru(acceptance: list[Event]) -> None:
    shelling = event_at(acceptance, "shelled")
    assert (shelling.type, shelling.factuality) == ("ASSAULT", "negated")
    assert [(a.country, a.sector) for a in shelling.source] == [("COD", "MIL")]
    assert shelling.place is not None and shelling.place.name == "Rutshuru" and shelling.place.inferred is None
    assert shelling.attribution is not None and shelling.attribution.text == "The army"


def test_issue5_considered_talks_stay_hypothetical_consult(acceptance: list[Event]) -> None:
    talks = event_at(acceptance, "talks")
    assert (talks.type, talks.factuality) == ("CONSULT", "hypothetical")


# future cooperation becomes AGREE only when committed to


def test_factuality_commitment_turns_future_cooperation_into_agree() -> None:
    event = event_at(petrel.code("The two leaders signed a deal to cooperate on security.", published=PUBLISHED),
                     "cooperate")
    assert (event.type, event.factuality) == ("AGREE", "hypothetical")


def test_factuality_modal_future_aid_keeps_its_type() -> None:
    event = event_at(petrel.code("Japan would consider sending aid to the Philippines.", published=PUBLISHED),
                     "sending")
    assert (event.type, event.factuality) == ("AID", "hypothetical")


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Japan pledged to send aid to the Philippines.", "send", True),
    ("Japan plans to send aid to the Philippines.", "send", False),
    ("Japan called for talks with China.", "talks", False),
])
def test_factuality_committed_reads_commitment_words(text: str, word: str, expected: bool) -> None:
    assert committed(parsed(text, word)[2]) is expected


# factuality cues in the trigger's scope


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Authorities said no ransom was paid for the girls.", "paid", "negated"),
    ("Neither side fired a shot during the standoff.", "fired", "negated"),
    ("The president decided against sending troops to the border.", "sending", "negated"),
    ("The European Union stopped short of imposing sanctions on Israel.", "imposing", "negated"),
    ("The Taliban denied detaining the two aid workers.", "detaining", "negated"),
    ("Police foiled a plot to bomb a synagogue in Vienna.", "bomb", "failed"),
    ("Saboteurs tried in vain to set fire to a signal box.", "set", "failed"),
    ("Rebels tried to storm the town on Monday.", "storm", "failed"),
    ("Would-be attackers were arrested before they could detonate explosives.", "detonate", "failed"),
    ("The Taliban's bid to overrun the city was beaten back.", "overrun", "failed"),
    ("Rebels are trying to encircle the town.", "encircle", "hypothetical"),
    ("The group was making bombs to carry out attacks in the capital.", "attacks", "hypothetical"),
    ("The minister is set to meet rebel leaders.", "meet", "hypothetical"),
    ("The finance minister is said to have resigned.", "resigned", "hedged"),
    ("Unconfirmed reports said government troops had retaken the airport.", "retaken", "hedged"),
])
def test_factuality_cues_in_scope(text: str, word: str, expected: str) -> None:
    assert factuality_of(text, word) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("Police foiled a plot to bomb a synagogue in Vienna, arresting two suspects.", "arresting"),
    ("The militants halted the train in a tunnel, where they stormed it.", "stormed"),
    ("The army did not comment after the attack on the convoy.", "attack"),
    ("Al-Shabab claimed responsibility for the hotel attack.", "attack"),
])
def test_factuality_cues_do_not_cross_clause_edges(text: str, word: str) -> None:
    assert factuality_of(text, word) == "asserted"


# attribution


@pytest.mark.parametrize(("text", "word", "speaker"), [
    ("Rebels attacked the town, the army said.", "attacked", "the army"),
    ("\"Our forces destroyed two tanks,\" said Colonel Oleh Shyriaiev.", "destroyed", "Colonel Oleh Shyriaiev"),
    ("Afghan officials accused the Taliban of plotting the attack.", "plotting", "Afghan officials"),
    ("The Kremlin denied that Russian troops had shelled the plant.", "shelled", "The Kremlin"),
    ("Bugti reiterated the claim that the attack was orchestrated by militants.", "orchestrated", "Bugti"),
    ("Hezbollah might have fired the rockets, Israeli media speculated.", "fired", "Israeli media"),
])
def test_attribution_names_who_makes_the_claim(text: str, word: str, speaker: str) -> None:
    assert attribution_of(text, word) == speaker


def test_attribution_none_for_the_speakers_own_act() -> None:
    text = "\"The attack will be answered,\" the minister said, condemning the attack."
    assert attribution_of(text, "condemning") is None


# dates


@pytest.mark.parametrize(("expression", "future", "expected"), [
    ("last September", False, ("2023-09", "month")),
    ("next March", False, ("2025-03", "month")),
    ("on Thursday", True, ("2024-05-23", "day")),
    ("on Friday", True, ("2024-05-17", "day")),
])
def test_dates_resolve_qualified_months_and_future_weekdays(expression: str, future: bool,
                                                            expected: tuple[str, str]) -> None:
    assert resolve(expression, PUBLISHED, future=future) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Russia threatened on Tuesday to impose sanctions on Georgia.", "impose", "2024-05-14"),
    ("Russia will impose sanctions on Georgia on Tuesday.", "impose", "2024-05-21"),
])
def test_dates_future_event_dated_by_past_verb_looks_back(text: str, word: str, expected: str) -> None:
    article, sentence, _ = parsed(text, word)
    start = text.index(word)
    event = Event(article_id=article.id, type="SANCTION", trigger=article.span(start, start + len(word)),
                  sentence=article.span(sentence.start, sentence.end), factuality="hypothetical")
    assert date_event(article, event).value == expected


# places: fallback when the event's sentence names none


def test_places_fallback_takes_place_of_an_earlier_sentence() -> None:
    events = petrel.code("Protesters clashed with police in Nairobi. Officials said three people were injured.",
                         published=PUBLISHED)
    place = event_at(events, "injured").place
    assert place is not None and place.mention is not None
    assert (place.name, place.country, place.inferred, place.mention.text) == ("Nairobi", "KEN", "article",
                                                                               "Nairobi")


def test_places_fallback_takes_the_dateline() -> None:
    [event] = petrel.code("KYIV, Ukraine (Reuters) — Russian troops attacked a village overnight.",
                          published=PUBLISHED)
    assert event.place is not None
    assert (event.place.name, event.place.precision, event.place.inferred) == ("Kyiv", "city", "article")


def test_places_fallback_takes_the_focus_country_at_country_precision() -> None:
    [event] = petrel.code("Kenyan police arrested two Kenyan journalists.", published=PUBLISHED)
    assert event.place is not None
    assert (event.place.country, event.place.precision, event.place.inferred) == ("KEN", "country", "focus")
    assert event.place.mention is None and event.to_dict()["place"]["inferred"] == "focus"


def test_places_own_sentence_place_is_not_inferred() -> None:
    [event] = petrel.code("Police arrested two men in Kharkiv.", published=PUBLISHED)
    assert event.place is not None and (event.place.name, event.place.inferred) == ("Kharkiv", None)


@pytest.mark.parametrize("text", ["Russia - Ukraine talks resumed.", "Rebels attacked the town - officials said."])
def test_places_dateline_needs_capitals_region_or_agency(text: str) -> None:
    assert dateline_place(text) is None


def test_places_country_place_finds_country_row() -> None:
    place = country_place("UKR")
    assert place is not None and (place.country, place.precision) == ("UKR", "country")


def test_factuality_a_rejected_allegation_was_still_made() -> None:
    text = "The Taliban rejected Pakistan's allegation that they planned the raid."
    assert factuality_of(text, "allegation") in ("asserted", "reported")
    assert factuality_of("Officials described a planned visit by the king.", "visit") == "hypothetical"


@pytest.mark.parametrize(("text", "countries"), [
    ("Insurgents ambushed a bus in Kalat and killed 18 passengers.", [("Insurgents", "PAK"), ("a bus", "PAK")]),
    ("Insurgents ambushed a bus and killed 18 passengers.", [("Insurgents", None), ("a bus", None)]),
])
def test_issue5_party_with_a_sector_but_no_country_belongs_where_the_act_took_place(
        text: str, countries: list[tuple[str, str | None]]) -> None:
    event = petrel.code(text, published="2025-03-01")[0]
    assert [(a.text, a.country) for a in [*event.source, *event.target]] == countries
