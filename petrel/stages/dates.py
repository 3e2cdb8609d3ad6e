"""Resolve when each event happened, against the article's publication date.

Reads: article.published, article.events (trigger, factuality), article.sentences (parse)
Adds:  event.when (value at day, month or year precision, the expression's span, whether defaulted)

The expression nearest the trigger in its sentence wins; past-tense events look back from the
publication date ("on Tuesday" is the latest Tuesday up to publication, "in May" the latest May),
future ones (hypothetical events) look forward ("on Thursday" in a Thursday story is a week ahead),
unless the expression dates a past-tense verb above them ("threatened on Tuesday to impose
sanctions"). "last September" and "next March" look back and ahead whatever the event. With no
expression the publication date is used and flagged ``defaulted``; with no publication date, the
value stays null and the expression is kept.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from petrel.model import Article, Event, Span, When
from petrel.pipeline import per_article, stage
from petrel.settings import Options

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "a": 1, "an": 1, "several": 3, "a few": 3, "few": 3}
MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
        r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
COUNT = r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?|several|a few)"


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], date, bool], tuple[date, str] | None]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(r"\b" + pattern + r"\b", re.IGNORECASE)


def _month_day(match: re.Match[str], published: date, future: bool) -> tuple[date, str] | None:
    month, day = MONTHS[match["month"].lower().rstrip(".")], int(match["day"])
    year = int(match["year"]) if match.groupdict().get("year") else None
    if year is None:
        year = published.year
        candidate = _safe_date(year, month, day)
        if candidate and not future and candidate > published + timedelta(days=1):
            year -= 1
        elif candidate and future and candidate < published:
            year += 1
    resolved = _safe_date(year, month, day)
    return (resolved, "day") if resolved else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(match: re.Match[str], published: date, future: bool) -> tuple[date, str]:
    month = MONTHS[match["month"].lower().rstrip(".")]
    if match.groupdict().get("year"):
        return date(int(match["year"]), month, 1), "month"
    # "last September" looks back and "next March" ahead, whatever the tense of the event
    future = {"last": False, "past": False, "next": True}.get((match.groupdict().get("which") or "").lower(), future)
    year = published.year
    if not future and month > published.month:
        year -= 1
    elif future and month < published.month:
        year += 1
    return date(year, month, 1), "month"


def _weekday(match: re.Match[str], published: date, future: bool) -> tuple[date, str]:
    target = WEEKDAYS[match["weekday"].lower()]
    qualifier = (match.groupdict().get("qualifier") or "").lower()
    if future or qualifier == "next":
        # the next such weekday strictly after publication: "will meet on Thursday" in a Thursday story
        # is a week ahead, since an event later the same day would be "today" or "later on Thursday"
        delta = (target - published.weekday()) % 7 or 7
        return published + timedelta(days=delta), "day"
    delta = (published.weekday() - target) % 7
    if qualifier == "last" and delta == 0:
        delta = 7
    return published - timedelta(days=delta), "day"


def _relative_day(offset: int) -> Callable[[re.Match[str], date, bool], tuple[date, str]]:
    return lambda match, published, future: (published + timedelta(days=offset), "day")


def _ago(match: re.Match[str], published: date, future: bool) -> tuple[date, str]:
    count = int(match["count"]) if match["count"].isdigit() else NUMBERS[match["count"].lower()]
    unit = match["unit"].lower().rstrip("s")
    if unit == "day":
        return published - timedelta(days=count), "day"
    if unit == "week":
        return published - timedelta(weeks=count), "day"
    if unit == "month":
        months = published.year * 12 + published.month - 1 - count
        return date(months // 12, months % 12 + 1, 1), "month"
    return date(published.year - count, 1, 1), "year"


def _shift_month(published: date, offset: int) -> date:
    months = published.year * 12 + published.month - 1 + offset
    return date(months // 12, months % 12 + 1, 1)


def _named_period(match: re.Match[str], published: date, future: bool) -> tuple[date, str]:
    which, unit = match["which"].lower(), match["unit"].lower()
    offset = {"last": -1, "this": 0, "next": 1, "earlier this": 0, "later this": 0, "past": -1}[which]
    if unit == "month":
        return _shift_month(published, offset), "month"
    return date(published.year + offset, 1, 1), "year"


def _year(match: re.Match[str], published: date, future: bool) -> tuple[date, str]:
    return date(int(match["year"]), 1, 1), "year"


RULES = (
    Rule(_compile(MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{2}))?"), _month_day),
    Rule(_compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"),
         _month_day),
    Rule(_compile(r"(?:(?:early|mid|late)[- ]|(?:in|since|during|until|by|from|of|earlier in|later in)\s+)"
                  + MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"), _month),
    Rule(_compile(r"(?P<which>last|next|this|past)\s+" + MONTH), _month),
    Rule(_compile(r"(?:(?P<qualifier>last|next|this|on|since|late on|early on|late|early)\s+)?"
                  r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"), _weekday),
    Rule(_compile(r"yesterday"), _relative_day(-1)),
    Rule(_compile(r"(?:today|tonight|this morning|this afternoon|this evening)"), _relative_day(0)),
    Rule(_compile(r"last night"), _relative_day(-1)),
    Rule(_compile(r"tomorrow"), _relative_day(1)),
    Rule(_compile(COUNT + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago"), _ago),
    Rule(_compile(r"(?P<which>last|this|next|earlier this|later this|past)\s+(?P<unit>month|year)"),
         _named_period),
    Rule(_compile(r"(?:in|since|during|of|by)\s+(?P<year>(?:19|20)\d{2})"), _year),
)
PRECISION_FORMAT = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def find_expressions(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Return the date expressions of a text as (start, end, rule, match), longest first where they overlap.

    >>> [text[s:e] for text in ["Police said on Tuesday that in May 2023 rebels attacked."]
    ...  for s, e, _, _ in find_expressions(text)]
    ['on Tuesday', 'in May 2023']
    """
    found: list[tuple[int, int, Rule, re.Match[str]]] = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _, _ in found):
                found.append((match.start(), match.end(), rule, match))
    return sorted(found, key=lambda item: item[0])


def resolve(expression: str, published: date, *, future: bool = False) -> tuple[str, str] | None:
    """Resolve one expression to (value, precision).

    >>> resolve("on Tuesday", date(2024, 3, 15))
    ('2024-03-12', 'day')
    >>> resolve("in May", date(2024, 3, 15))
    ('2023-05', 'month')
    >>> resolve("in May", date(2024, 3, 15), future=True)
    ('2024-05', 'month')
    """
    for _, _, rule, match in find_expressions(expression):
        resolved = rule.resolve(match, published, future)
        if resolved:
            return resolved[0].strftime(PRECISION_FORMAT[resolved[1]]), resolved[1]
    return None


def date_event(article: Article, event: Event) -> When:
    """Resolve the event's date from the expression nearest its trigger, else the publication date."""
    sentence_text = event.sentence.text
    expressions = find_expressions(sentence_text)
    trigger_at = event.trigger.start - event.sentence.start
    for start, end, rule, match in sorted(expressions, key=lambda item: abs(item[0] - trigger_at)):
        span = Span(sentence_text[start:end], start + event.sentence.start, end + event.sentence.start)
        if article.published is None:
            return When(None, None, span, defaulted=False)
        future = event.factuality == "hypothetical" and not _dates_past_verb(article, span.start)
        resolved = rule.resolve(match, article.published, future)
        if resolved:
            return When(resolved[0].strftime(PRECISION_FORMAT[resolved[1]]), resolved[1], span)  # type: ignore[arg-type]
    if article.published is None:
        return When(None, None, None, defaulted=False)
    return When(article.published.isoformat(), "day", None, defaulted=True)


def _dates_past_verb(article: Article, start: int) -> bool:
    """Whether the expression at `start` modifies a past-tense verb: in "threatened on Tuesday to impose
    sanctions" the date is the threat's, so it looks back even though the sanctions lie ahead."""
    sentence = next((s for s in article.sentences if s.start <= start < s.end and s.doc is not None), None)
    if sentence is None:
        return False
    token = next((t for t in sentence.doc if t.idx + sentence.offset >= start), None)
    for _ in range(4):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token is not None and token.tag_ == "VBD"


def date_events(article: Article, options: Options) -> Article:
    for event in article.events:
        event.when = date_event(article, event)
    return article


stage("dates", reads=("article.published", "article.events", "event.factuality", "sentence.parse"),
      adds=("event.when",))(per_article(date_events))
