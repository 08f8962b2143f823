"""Posts: "thursday week" (a week after the coming Thursday) and a lower-case "march", "may" or "august" after
"last", "next" or "this" (the month, unless a verb follows it).

Publication is Tuesday 5 November 2024 (``DCT``).
"""

from datetime import datetime

import pytest

from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("they go back to school thursday week", "thursday week", "2024-11-14"),
        ("see you friday week x", "friday week", "2024-11-15"),
        ("the boiler man can only do monday week apparently", "monday week", "2024-11-18"),
        # Said on the day itself: seven days on.
        ("dentist tuesday week, dreading it", "tuesday week", "2024-11-12"),
        ("party is sat week, save the date", "sat week", "2024-11-16"),
    ],
)
def test_a_weekday_and_week_is_a_week_after_the_coming_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the derby is a week on sunday and i already feel sick", "a week on sunday", "2024-11-17"),
        ("results out a week friday, cant sleep", "a week friday", "2024-11-15"),
        ("A week on Saturday we fly to lisbon!!", "A week on Saturday", "2024-11-16"),
        # Said on the day itself: seven days on, as "tuesday week".
        ("parents evening a week on tuesday", "a week on tuesday", "2024-11-12"),
    ],
)
def test_a_week_on_a_weekday_is_a_week_after_the_coming_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


def test_a_week_on_a_weekday_before_a_part_of_the_day_stays_a_duration() -> None:
    # "a week on sunday nights": a stretch of the Sunday nights, no day a week on.
    found = values("worked a week on sunday nights over the summer", DCT, "colloquial")
    assert all(not text.startswith("a week on") for text, _, _ in found)


def test_a_determiner_before_weekday_week_leaves_no_day_a_week_on() -> None:
    # "a friday week night": no such phrase as a day; the weekday alone is read.
    assert all(text != "friday week" for text, _, _ in values("out on a friday week night", DCT, "colloquial"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("we moved here last march", "last march", "2024-03"),
        ("last march we were in portugal", "last march", "2024-03"),
        ("been saving since last may", "last may", "2024-05"),
        ("we go back to crete next may", "next may", "2025-05"),
        ("next march i run the marathon", "next march", "2025-03"),
        ("went to vegas last august and still skint", "last august", "2024-08"),
    ],
)
def test_a_lower_case_month_after_last_or_next_in_a_post(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    ["this may be the best summer ever", "the last may go first", "this may not end well tbh"],
)
def test_a_modal_may_after_this_or_last_is_no_month(text: str) -> None:
    assert values(text, DCT, "colloquial") == []


def test_a_lower_case_march_in_news_is_a_protest() -> None:
    assert all("march" not in text for text, _, _ in values("This march was the largest yet.", DCT, "news"))


# Posted at 00:40 on Wednesday 6 November 2024: Tuesday's night is still running.
_SMALL_HOURS = datetime(2024, 11, 6, 0, 40)


@pytest.mark.parametrize(
    "text",
    [
        "tuesday night and im still up marking",
        "its tuesday night and the baby wont settle",
        "still up. 12.40 on a tuesday night is fine right",
        "tuesday night was a write off tbh",
    ],
)
def test_the_night_of_yesterday_is_the_one_still_running_in_the_small_hours(text: str) -> None:
    t = find(text, "tuesday night", _SMALL_HOURS, "colloquial")
    assert (t.type, t.value) == ("TIME", "2024-11-05TNI")


@pytest.mark.parametrize("text", ["see you tuesday night", "tuesday night will be mad", "cant wait for tuesday night"])
def test_a_night_looked_forward_to_in_the_small_hours_is_next_weeks(text: str) -> None:
    t = find(text, "tuesday night", _SMALL_HOURS, "colloquial")
    assert t.value == "2024-11-12TNI"
