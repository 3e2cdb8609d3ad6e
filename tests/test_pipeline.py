"""The stage registry's reads/adds check, the settings table, and the publication dates `code_many` reads."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import petrel
from petrel import pipeline, settings
from petrel.pipeline import ORDER, STAGES, Stage, unmet_reads
from petrel.settings import Setting, settings_match_options

pytestmark = pytest.mark.issue(3)


def test_pipeline_default_order_has_no_unmet_reads() -> None:
    assert unmet_reads(ORDER) == []


def test_pipeline_reports_read_that_nothing_provides(monkeypatch: pytest.MonkeyPatch) -> None:
    unmet_reads([])  # registers the built-in stages before adding ours
    monkeypatch.setitem(STAGES, "mood", Stage("mood", ("event.mood",), (), lambda articles, options: articles))
    assert unmet_reads(["parse", "mood"]) == [("mood", "event.mood")]


def test_pipeline_reports_stage_placed_before_its_provider() -> None:
    assert unmet_reads(["parse", "mentions", "events", "dates"]) == [("dates", "event.factuality")]
    assert unmet_reads(["parse", "mentions", "events", "factuality", "dates"]) == []


def test_pipeline_run_applies_only_the_selected_stages() -> None:
    from petrel.model import Article

    [article] = pipeline.run([Article(text="Police arrested two men in Nairobi.")], stages=("parse",))
    assert [s.text for s in article.sentences] == ["Police arrested two men in Nairobi."]
    assert (article.mentions, article.events) == ([], [])


def test_settings_table_matches_options() -> None:
    assert settings_match_options() is True


def test_settings_mismatch_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    changed = tuple(Setting(s.name, 64, s.help) if s.name == "batch_size" else s for s in settings.SETTINGS)
    monkeypatch.setattr(settings, "SETTINGS", changed)
    assert settings_match_options() is False


@pytest.mark.parametrize(("published", "read_as"), [
    ("2024-05-16", date(2024, 5, 16)),
    ("Fri, 17 May 2024 20:30:26 GMT", date(2024, 5, 17)),
    (datetime(2024, 5, 16, 10, 0), date(2024, 5, 16)),
    ("next week", None),
])
def test_code_many_reads_a_publication_date_given_as_text_or_datetime(published: object, read_as: date | None) -> None:
    article = petrel.Article(text="Russian troops shelled the Ukrainian city of Kharkiv on Tuesday.",
                             published=published)  # type: ignore[arg-type]
    [coded] = petrel.code_many([article])
    assert coded.published == read_as
    assert [event.type for event in coded.events] == ["ASSAULT"]
