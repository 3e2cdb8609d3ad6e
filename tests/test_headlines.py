"""Headlines: verbs the tagger reads as nouns are mended in the parse, title lines are parsed on their own."""

from __future__ import annotations

import pytest

import petrel
from petrel.model import Article
from petrel.pipeline import run
from petrel.stages.parse import recase_headline, split_title

pytestmark = pytest.mark.issue(4)

ADDIS = "Police in Addis Ababa Allege Local Companies Violated Law"


def parsed(text: str) -> Article:
    [article] = run([Article(text=text)], stages=("parse",))
    return article


def token(article: Article, word: str) -> tuple[object, int]:
    """The token of `word` and its offset in the article text."""
    for sentence in article.sentences:
        for candidate in sentence.doc:
            if candidate.text.lower() == word.lower():
                return candidate, candidate.idx + sentence.offset
    raise AssertionError(f"no token {word!r}")


def test_headline_verb_tagged_as_noun_is_parsed_as_the_verb_of_its_subject() -> None:
    allege, start = token(parsed(ADDIS), "allege")
    assert (allege.pos_, allege.dep_, allege.lemma_) == ("VERB", "ROOT", "allege")
    assert [c.text for c in allege.children if c.dep_ == "nsubj"] == ["Police"]
    assert ADDIS[start:start + len(allege.text)] == "Allege"


def test_headline_with_mended_verb_codes_accuse_at_the_original_characters() -> None:
    [event] = [e for e in petrel.code(ADDIS) if e.type == "ACCUSE"]
    assert (event.trigger.text, event.trigger.start, event.trigger.end) == ("Allege", 22, 28)
    assert ADDIS[event.trigger.start:event.trigger.end] == "Allege"
    assert event.source[0].text == "Police in Addis Ababa"


@pytest.mark.parametrize(("headline", "verb", "subject"), [
    ("Hundreds rally in capital over recent election violence", "rally", "Hundreds"),
    ("Mozambique and Pakistan pledge to increase cooperation", "pledge", "Mozambique"),
    ("Military Ramps up Production in Anticipation of Conflict with Armenia", "ramps", "Military"),
])
def test_headline_verb_that_is_also_a_noun_is_mended_when_it_agrees_with_its_subject(
        headline: str, verb: str, subject: str) -> None:
    mended, _ = token(parsed(headline), verb)
    assert mended.pos_ == "VERB"
    assert [c.text for c in mended.children if c.dep_ == "nsubj"] == [subject]


@pytest.mark.parametrize(("headline", "noun"), [
    ("Power plant disabled by cyber attack", "plant"),  # "power planted": a singular subject of a plural verb
    ("Afghanistan: Widespread Torture During Government Occupation", "torture"),
    ("The attack on the embassy in Kyiv", "attack"),
])
def test_headline_noun_stays_a_noun(headline: str, noun: str) -> None:
    kept, _ = token(parsed(headline), noun)
    assert kept.pos_ == "NOUN"


def test_sentence_with_full_stop_is_not_reparsed() -> None:
    text = "Police in the capital allege local companies violated the law."
    plain = load_plain_parse(text)
    article = parsed(text)
    assert [(t.pos_, t.dep_) for t in article.sentences[0].doc] == plain


def load_plain_parse(text: str) -> list[tuple[str, str]]:
    from petrel.nlp import load_nlp

    return [(t.pos_, t.dep_) for t in load_nlp()(text)]


def test_title_line_is_parsed_apart_from_the_body_with_offsets_into_the_text() -> None:
    text = "Rebels in Mali Announce Suspension of Attacks\nThe rebels said on Monday that they would stop fighting."
    article = parsed(text)
    assert [(s.start, s.end) for s in article.sentences] == [(0, 45), (46, 102)]
    announce, start = token(article, "announce")
    assert (announce.pos_, text[start:start + 8]) == ("VERB", "Announce")
    assert text[article.sentences[1].start:article.sentences[1].end].startswith("The rebels said")


def test_split_title_leaves_a_first_line_that_is_a_sentence() -> None:
    text = "Rebels said on Monday that they would stop fighting.\nThey gave no date."
    assert split_title(text) == [(0, text)]


def test_recase_headline_ignores_title_case_minor_words() -> None:
    assert recase_headline("4 Injured as Police Turn on Protestors in Lyon") == (
        "4 injured as police turn on protestors in Lyon")
    assert recase_headline("Thailand condemns Mexico for treatment of migrants") == (
        "Thailand condemns Mexico for treatment of migrants")


@pytest.mark.parametrize(("headline", "event_type"), [
    ("Kenya Scolds Uganda", "ACCUSE"),
    ("Kenya Lauds Uganda", "SUPPORT"),
    ("Kenya Blasts Uganda's Handling of Refugees", "ACCUSE"),
    ("Kenya Calls Out Uganda Over Human Rights", "ACCUSE"),
    ("Kenya Reopens Embassy in Uganda", "SUPPORT"),
])
def test_headline_short_and_idiomatic_headline_verbs(headline: str, event_type: str) -> None:
    assert event_type in [e.type for e in petrel.code(headline, published="2024-05-01")]


def test_headline_blasting_with_explosives_is_an_attack_not_criticism() -> None:
    events = petrel.code("Militants blasted the police station with explosives.", published="2024-05-01")
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(("headline", "event_type"), [
    ("Brazil Opens Its Market to Argentine Beef", "COOPERATE"),
    ("Kenya and Ethiopia Resume Flights", "COOPERATE"),
    ("Germany and France Collaborate on New Fighter Jet", "COOPERATE"),
    ("Philippines and US Conduct Joint Patrols in South China Sea", "COOPERATE"),
    ("Sweden Expresses Solidarity with Ukraine", "SUPPORT"),
    ("Brazil and China Ink Trade Deal", "SUPPORT"),
])
def test_headline_cooperation_and_verbal_support_phrasings(headline: str, event_type: str) -> None:
    events = petrel.code(headline, published="2024-05-01")
    assert max(events, key=lambda e: e.confidence).type == event_type


@pytest.mark.parametrize("headline", [
    "Government Agrees to Opposition Demands",
    "Army Agrees to Return Seized Land",
    "Military Agrees to Hand Power to Civilians",
])
def test_headline_promised_concessions_are_concede(headline: str) -> None:
    events = petrel.code(headline, published="2024-05-01")
    assert max(events, key=lambda e: e.confidence).type == "CONCEDE"


@pytest.mark.parametrize(("headline", "event_type"), [
    ("Kenya Sides With Uganda in Border Dispute", "SUPPORT"),
    ("Kenya Approves Uganda's Membership Bid", "SUPPORT"),
    ("Kenya Names Ambassador to Uganda", "SUPPORT"),
    ("Kenya Buys Wheat From Uganda", "COOPERATE"),
    ("Kenya Points Finger at Uganda Over Attack", "ACCUSE"),
])
def test_headline_support_trade_and_blame_phrasings(headline: str, event_type: str) -> None:
    assert event_type in [e.type for e in petrel.code(headline, published="2024-05-01")]


def test_headline_condolences_are_no_event() -> None:
    assert petrel.code("Kenya Offers Condolences to Uganda", published="2024-05-01") == []
