"""A weekday in the possessive ("Wednesday's ruling") is the day of the thing owned: the future or the modal of
the clause around it tells of the verb ("will appeal"), not of that day, so the nearer such day is meant."""

from datetime import date

import pytest

from tests.unit._helpers import find

# A Thursday.
THURSDAY = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Yesterday's thing, acted on later.
        ("The family will appeal Wednesday's ruling.", "Wednesday", "2024-11-06"),
        ("Lawyers could challenge Wednesday's verdict in a higher court.", "Wednesday", "2024-11-06"),
        ("They said they would look for ways around Tuesday's decision.", "Tuesday", "2024-11-05"),
        ("The board may revisit Monday's vote next month.", "Monday", "2024-11-04"),
        # A thing two days ahead stays ahead.
        ("He will not attend Saturday's match.", "Saturday", "2024-11-09"),
        ("Fans will travel by coach to Saturday's final.", "Saturday", "2024-11-09"),
    ],
)
def test_a_possessive_weekday_is_the_nearer_day_under_a_future(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Without the possessive, the future of the clause is the weekday's own.
        ("The court will rule Wednesday.", "2024-11-13"),
        ("The family will appeal on Wednesday.", "2024-11-13"),
        # In the past tense the possessive is the day gone, as before.
        ("Fans celebrated Wednesday's win.", "2024-11-06"),
    ],
)
def test_a_weekday_not_in_the_possessive_keeps_the_tense(text: str, value: str) -> None:
    assert find(text, "Wednesday", THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A month in the possessive is the month of the thing owned: the nearer one, whatever the future of
        # the clause (published 8 November 2024).
        ("The Labor Department will publish October's jobs figures on Friday.", "October", "2024-10"),
        ("The company will appeal September's ruling.", "September", "2024-09"),
        ("Ministers will campaign on February's budget.", "February", "2025-02"),
        # "March" in the possessive before a noun is the month, never the verb.
        ("Ministers will campaign on March's budget.", "March", "2025-03"),
        ("The rebels held out until after March's ceasefire talks.", "March", "2024-03"),
        # Not in the possessive, the future's side.
        ("The company will open a store in October.", "October", "2025-10"),
    ],
)
def test_a_month_in_the_possessive_is_the_nearer_one(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A possessive weekday that opens its clause, the subject's, with a present verb after it: the thing
        # owned is still to come, or just gone; the nearer such day (published Thursday 7 November 2024).
        ("Saturday's match kicks off at 3pm.", "Saturday", "2024-11-09"),
        ("The race was postponed. Sunday's race starts at 9 a.m. instead.", "Sunday", "2024-11-10"),
        ("Saturday's final begins at 7 p.m. and runs three hours.", "7 p.m.", "2024-11-09T19:00"),
        ("Tuesday's ruling means the plant must close.", "Tuesday", "2024-11-05"),
        # Told in the past, the day gone by, as before.
        ("Saturday's match was abandoned at half-time.", "Saturday", "2024-11-02"),
        # Not the subject: the possessive alone tells no side.
        ("The bonds convert at a premium over Monday's closing price.", "Monday", "2024-11-04"),
    ],
)
def test_a_possessive_weekday_before_a_present_verb_is_the_nearer_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, THURSDAY).value == value


# Monday 5 January 2026: the Saturday before is two days back, the one after five days ahead.
MONDAY = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An event played, performed or attended on the day: a future still has to come to it.
        ("Saturday's match will be tough, the manager said.", "Saturday", "2026-01-10"),
        ("Saturday's cup final will be broadcast live.", "Saturday", "2026-01-10"),
        ("The striker will miss Saturday's game against Leeds.", "Saturday", "2026-01-10"),
        ("The coach said his side would be ready for Saturday's match.", "Saturday", "2026-01-10"),
        ("Thousands are expected to attend Saturday's funeral.", "Saturday", "2026-01-10"),
        # An outcome acted on afterwards is still the nearer day.
        ("The club will appeal Saturday's ruling.", "Saturday", "2026-01-03"),
        ("The board may revisit Saturday's vote next month.", "Saturday", "2026-01-03"),
    ],
)
def test_an_event_attended_on_a_possessive_weekday_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, MONDAY).value == value
