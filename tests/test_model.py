"""The data model: content-hash article ids and the public event record."""

from __future__ import annotations

from datetime import date

import pytest

import petrel
from petrel.model import Article, article_id

pytestmark = pytest.mark.issue(3)

CONTRACT_KEYS = {"id", "article_id", "type", "mode", "cameo", "context", "source", "target", "factuality",
                 "attribution", "date", "place", "trigger", "sentence", "confidence"}
PUBLISHED = date(2024, 5, 16)
ATTRIBUTED_SHELLING = "Officials said Russian troops attacked the Ukrainian city of Kharkiv on Tuesday."


def test_model_article_id_ignores_whitespace_differences() -> None:
    assert article_id("Troops  shelled\n the town. ") == article_id("Troops shelled the town.")


def test_model_article_id_ignores_unicode_normalisation() -> None:
    decomposed, composed = "Le pre\u0301sident a parle\u0301.", "Le pr\u00e9sident a parl\u00e9."
    assert decomposed != composed
    assert article_id(decomposed) == article_id(composed)


def test_model_article_id_depends_on_url_and_text() -> None:
    text = "Troops shelled the town."
    assert article_id(text, "https://a.example/1") != article_id(text, "https://a.example/2")
    assert article_id(text, "https://a.example/1") != article_id(text)
    assert article_id(text) != article_id("Troops shelled the city.")


def test_model_article_gets_its_id_from_text_and_url() -> None:
    article = Article(text="Troops shelled the town.", url="https://a.example/1")
    assert article.id == article_id("Troops shelled the town.", "https://a.example/1")
    assert Article(text="x", id="given").id == "given"


def test_model_event_record_has_the_contract_keys() -> None:
    [event] = petrel.code(ATTRIBUTED_SHELLING, published=PUBLISHED)
    record = event.to_dict()
    assert set(record) >= CONTRACT_KEYS
    assert record["id"] == f"{record['article_id']}-0"
    assert (record["type"], record["date"], record["factuality"]) == ("ASSAULT", "2024-05-14", "reported")


def test_model_event_offsets_slice_the_text() -> None:
    [event] = petrel.code(ATTRIBUTED_SHELLING, published=PUBLISHED)
    record = event.to_dict()
    spans = [record["trigger"], record["sentence"], record["attribution"], *record["source"], *record["target"]]
    place = record["place"]
    spans.append({"text": place["text"], "start": place["start"], "end": place["end"]})
    for span in spans:
        assert ATTRIBUTED_SHELLING[span["start"]:span["end"]] == span["text"]
    assert record["trigger"]["text"] == "attacked"
    assert event.when is not None and event.when.expression is not None
    assert ATTRIBUTED_SHELLING[event.when.expression.start:event.when.expression.end] == "on Tuesday"
