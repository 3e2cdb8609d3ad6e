"""Each stage on sentences built by hand: parse, mentions, events, factuality, dates, places."""

from __future__ import annotations

from datetime import date

import pytest

import petrel
from petrel.model import Article, Event
from petrel.pipeline import run
from petrel.settings import Options
from petrel.stages.dates import resolve
from petrel.stages.parse import detect_language

pytestmark = pytest.mark.issue(3)

PUBLISHED = date(2024, 5, 16)  # a Thursday
SHELLING = "Russian troops shelled the Ukrainian city of Kharkiv on Tuesday."


def code_one(text: str, published: date | None = PUBLISHED) -> Event:
    [event] = petrel.code(text, published=published)
    return event


def coded(text: str, options: Options | None = None) -> Article:
    [article] = run([Article(text=text, published=PUBLISHED)], options)
    return article


# parse


def test_parse_splits_sentences_with_offsets_into_the_text() -> None:
    text = "  Police arrested two men in Nairobi. Troops shelled Kharkiv on Tuesday.\n\nProtesters marched in Cairo."
    [article] = run([Article(text=text)], stages=("parse",))
    assert [s.text for s in article.sentences] == [
        "Police arrested two men in Nairobi.", "Troops shelled Kharkiv on Tuesday.", "Protesters marched in Cairo."]
    assert all(text[s.start:s.end] == s.text for s in article.sentences)
    assert article.language == "en"


@pytest.mark.parametrize("text", [
    "La policía detuvo a dos hombres en la capital el lunes por la noche.",
    "La police a arrêté deux hommes dans la capitale lundi soir après une manifestation.",
])
def test_parse_detect_language_says_other_for_spanish_and_french(text: str) -> None:
    assert detect_language(text) == "other"


@pytest.mark.parametrize("text", [
    '"We urge Afghanistan to cooperate," Khan, Pakistan\'s foreign ministry spokesman, told reporters.',
    "Kenyan police fired tear gas at protesters in Nairobi.",
    "Finance Ministers Gathered in Rio de Janeiro Agree to Impose New Banking Capital Requirements",
])
def test_parse_detect_language_reads_short_quote_led_news_as_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("headline", "recased"), [
    ("Protestors Block Ukraine Border", "Protestors block Ukraine border"),
    ("Lebanon Leader Criticizes Kenya's Response to Crisis", "Lebanon leader criticizes Kenya's response to crisis"),
    ("Hamas Releases Hostages To Red Cross In Gaza", "Hamas releases hostages to Red Cross in Gaza"),
])
def test_parse_recase_headline_keeps_names_and_lowers_ordinary_words(headline: str, recased: str) -> None:
    from petrel.stages.parse import recase_headline

    assert recase_headline(headline) == recased


def test_parse_skips_non_english_article_with_e009() -> None:
    article = coded("La policía detuvo a dos hombres en la capital el lunes por la noche.")
    assert article.skipped is not None
    assert article.skipped.startswith(f"[E009] {article.id}: the text does not look like English")
    assert (article.sentences, article.events) == ([], [])


def test_parse_codes_non_english_when_allowed() -> None:
    article = coded("La policía detuvo a dos hombres en la capital el lunes por la noche.",
                    Options(english_only=False))
    assert article.skipped is None
    assert article.language == "other"
    assert len(article.sentences) == 1


def test_parse_keeps_short_english_article() -> None:
    article = coded("Russian troops shelled Kharkiv.")
    assert article.skipped is None
    assert [e.type for e in article.events] == ["ASSAULT"]


def test_parse_skips_article_over_max_chars_with_e008() -> None:
    text = "Police arrested two men in Nairobi. " * 10
    article = coded(text, Options(max_chars=100))
    assert article.skipped == (f"[E008] {article.id}: the article is {len(text):,} characters, over the limit "
                               "of 100. Split it, or raise the limit with --max-chars.")
    assert article.events == []


def test_parse_long_article_in_pieces_keeps_offsets() -> None:
    text = "".join(f"Police arrested {n} men in Nairobi on Monday. " for n in range(2, 32))
    article = coded(text, Options(piece_chars=300))
    assert [note[:6] for note in article.notes] == ["[W003]"]
    assert len(article.sentences) == 30
    assert all(text[s.start:s.end] == s.text for s in article.sentences)
    assert [text[e.trigger.start:e.trigger.end] for e in article.events] == ["arrested"] * 30
    assert article.events[-1].sentence.text == "Police arrested 31 men in Nairobi on Monday."


# mentions


def test_mentions_finds_demonym_and_agent() -> None:
    [article] = run([Article(text="Russian police detained a man.")], stages=("parse", "mentions"))
    found = {m.text: (m.country, m.sector, m.kind, m.start, m.end) for m in article.mentions}
    assert found["Russian"] == ("RUS", None, "demonym", 0, 7)
    assert found["police"] == (None, "COP", "agent", 8, 14)
    assert article.focus_country == "RUS"


def test_mentions_codes_china_as_the_country() -> None:
    [article] = run([Article(text="The president plans to visit China.")], stages=("parse", "mentions"))
    [china] = [m for m in article.mentions if m.text == "China"]
    assert (china.country, china.kind) == ("CHN", "country")


# events


def test_events_codes_shelling_as_russian_military_assault_on_ukraine() -> None:
    event = code_one(SHELLING)
    assert event.type == "ASSAULT"
    assert [(a.text, a.country, a.sector) for a in event.source] == [("Russian troops", "RUS", "MIL")]
    assert [a.country for a in event.target] == ["UKR"]
    assert (event.trigger.text, event.trigger.start, event.trigger.end) == ("shelled", 15, 22)
    assert SHELLING[event.trigger.start:event.trigger.end] == "shelled"
    assert (event.sentence.start, event.sentence.end) == (0, len(SHELLING))


def test_events_passive_takes_source_from_by_phrase() -> None:
    event = code_one("Two journalists were arrested by police in Cairo.")
    assert event.type == "COERCE"
    assert [a.sector for a in event.source] == ["COP"]
    assert [a.text for a in event.source] == ["police"]
    assert "journalists" in event.target[0].text


# factuality


@pytest.mark.parametrize(("text", "factuality"), [
    ("Russian troops shelled the Ukrainian city of Kharkiv.", "asserted"),
    ("Russian troops did not attack the Ukrainian city of Kharkiv.", "negated"),
    ("Russian troops reportedly attacked the Ukrainian city of Kharkiv.", "hedged"),
    ("Officials said Russian troops attacked the Ukrainian city of Kharkiv.", "reported"),
    ("The French president plans to visit Germany.", "hypothetical"),
    ("Protesters tried to storm the parliament in Nairobi but were pushed back by police.", "failed"),
])
def test_factuality_reads_cues_around_the_trigger(text: str, factuality: str) -> None:
    assert code_one(text).factuality == factuality


def test_factuality_reported_event_names_its_source() -> None:
    event = code_one("Officials said Russian troops attacked the Ukrainian city of Kharkiv.")
    assert event.attribution is not None
    assert (event.attribution.text.lower(), event.attribution.cue) == ("officials", "say")
    assert event.attribution.start == 0 and event.attribution.end == len("Officials")


def test_factuality_asserted_event_has_no_attribution() -> None:
    assert code_one(SHELLING).attribution is None


def test_factuality_failed_attack_is_failed() -> None:
    assert code_one("Rebels launched a failed attack on the capital.").factuality == "failed"


def test_factuality_failed_coup_attempt_is_failed() -> None:
    events = petrel.code("The army staged a failed coup attempt in Niger.", published=PUBLISHED)
    assert [e.factuality for e in events] == ["failed"]


# dates


@pytest.mark.parametrize(("expression", "future", "expected"), [
    ("yesterday", False, ("2024-05-15", "day")),
    ("on Tuesday", False, ("2024-05-14", "day")),
    ("on Thursday", False, ("2024-05-16", "day")),
    ("in May", False, ("2024-05", "month")),
    ("in June", False, ("2023-06", "month")),
    ("in June", True, ("2024-06", "month")),
    ("in March", True, ("2025-03", "month")),
    ("last year", False, ("2023", "year")),
    ("two weeks ago", False, ("2024-05-02", "day")),
    ("March 3 2021", False, ("2021-03-03", "day")),
    ("March 3, 2021", False, ("2021-03-03", "day")),
    ("mid-February", False, ("2024-02", "month")),
])
def test_dates_resolve_against_publication(expression: str, future: bool, expected: tuple[str, str]) -> None:
    assert resolve(expression, PUBLISHED, future=future) == expected


def test_dates_resolve_returns_none_without_expression() -> None:
    assert resolve("at some point", PUBLISHED) is None


def test_dates_event_takes_expression_in_its_sentence() -> None:
    when = code_one(SHELLING).when
    assert when is not None and when.expression is not None
    assert (when.value, when.precision, when.defaulted, when.expression.text) == ("2024-05-14", "day", False,
                                                                                  "on Tuesday")


def test_dates_event_without_expression_defaults_to_publication() -> None:
    when = code_one("Police arrested two men in Nairobi.").when
    assert when is not None
    assert (when.value, when.precision, when.defaulted, when.expression) == ("2024-05-16", "day", True, None)


def test_dates_event_without_publication_date_stays_null() -> None:
    event = code_one("Police arrested two men in Nairobi.", published=None)
    assert event.when is not None
    assert (event.when.value, event.when.precision, event.when.defaulted) == (None, None, False)
    assert event.to_dict()["date"] is None


def test_dates_expression_kept_without_publication_date() -> None:
    when = code_one(SHELLING, published=None).when
    assert when is not None and when.expression is not None
    assert (when.value, when.expression.text) == (None, "on Tuesday")


# places


def test_places_geocodes_locative_phrase() -> None:
    text = "Police arrested two men in Kharkiv."
    place = code_one(text).place
    assert place is not None and place.mention is not None
    assert (place.name, place.country, place.precision) == ("Kharkiv", "UKR", "city")
    assert place.lat is not None and place.lon is not None
    assert text[place.mention.start:place.mention.end] == "Kharkiv"


def test_places_without_locative_phrase_falls_back_to_focus_country() -> None:
    place = code_one("Officials said that Russian troops attacked Kharkiv.").place
    assert place is not None and (place.precision, place.inferred, place.mention) == ("country", "focus", None)
