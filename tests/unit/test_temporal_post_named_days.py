"""Named days as posts write them: a bank holiday with no name ("bank hol and its raining", "the bank holiday"),
the year's longest and shortest days without their article, "may bank holiday" in lower case, and the US
election's day and night."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find, values

POSTS = "colloquial"


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        # the nearest of Britain's Monday bank holidays (Easter Monday, the first and last Mondays of May, the
        # last of August), as the tense allows
        ("bank holiday and its 22 degrees, sun cream out", date(2026, 5, 4), "bank holiday", "2026-05-04"),
        ("bank hol + garden + sun = happy me", date(2025, 5, 5), "bank hol", "2025-05-05"),
        ("spent the bank holiday in a garden centre", date(2024, 5, 7), "the bank holiday", "2024-05-06"),
        ("first day back after the bank hol and the printer jammed", date(2024, 8, 27), "the bank hol", "2024-08-26"),
        ("rain forecast for the bank holiday, naturally", date(2026, 4, 30), "the bank holiday", "2026-05-04"),
        ("is the gym open bank hol?", date(2023, 8, 24), "bank hol", "2023-08-28"),
        # named by its month, in lower case
        ("may bank holiday and the forecast is sun", date(2025, 5, 1), "may bank holiday", "2025-05-05"),
        ("august bank hol and its bucketing down", date(2026, 8, 31), "august bank hol", "2026-08-31"),
    ],
)
def test_a_bank_holiday_unnamed(text: str, posted: date, phrase: str, value: str) -> None:
    t = find(text, phrase, posted, POSTS)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("its a bank holiday and i have nothing planned", date(2024, 5, 6)),  # a kind of day
        ("bank hol bbq rained off again", date(2025, 5, 5)),  # qualifies a noun
        ("may day bank hol and im doing my tax return", date(2023, 5, 1)),  # the kind of the day just named
    ],
)
def test_bank_holiday_as_a_kind_or_a_modifier(text: str, posted: date) -> None:
    assert not [v for v in values(text, posted, POSTS) if "bank" in v[0]]


def test_longer_names_with_bank_holiday_in_them_stay_whole() -> None:
    assert find("bank hol monday and its raining", "bank hol monday", date(2024, 5, 6), POSTS).value == "2024-05-06"
    t = find("bank holiday weekend and the m25 is a car park", "bank holiday weekend", date(2024, 5, 24), POSTS)
    assert t.value == "2024-W21-WE"


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        ("longest day of the year and i spent it at work", date(2026, 6, 21), "longest day", "2026-06-21"),
        ("longest day was sunday and its already getting dark earlier", date(2026, 6, 24), "longest day", "2026-06-21"),
        ("shortest day and it was dark by 3.50", date(2024, 12, 21), "shortest day", "2024-12-21"),
        ("shortest day is sunday, then its all uphill", date(2025, 12, 18), "shortest day", "2025-12-21"),
    ],
)
def test_the_longest_and_shortest_day_without_the(text: str, posted: date, phrase: str, value: str) -> None:
    t = find(text, phrase, posted, POSTS)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "my longest day at work ever",  # a day of the writer's
        "the longest day of my life, honestly",  # a plain superlative
        "longest day tmrw so we're up the hill for sunrise",  # a day told beside it: annotators differ, left
    ],
)
def test_longest_day_as_plain_words_or_beside_a_day(text: str) -> None:
    assert not [v for v in values(text, date(2025, 6, 20), POSTS) if "longest" in v[0]]


@pytest.mark.parametrize(
    ("text", "phrase", "typ", "value"),
    [
        ("election day! polls open at 6, go vote", "election day", "DATE", "2024-11-05"),
        ("election night. pizza ordered, coffee on", "election night", "TIME", "2024-11-05TNI"),
        ("cant sleep, its election night and nothing is called yet", "election night", "TIME", "2024-11-05TNI"),
    ],
)
def test_the_us_election_in_a_post(text: str, phrase: str, typ: str, value: str) -> None:
    t = find(text, phrase, date(2024, 11, 5), POSTS)
    assert (t.type, t.value) == (typ, value)


def test_a_reports_election_day_is_its_own_poll() -> None:
    # a local election in May: the report's "election day" is that day, not the US one in November
    found = values("Polling stations will be open until 10 p.m. on election day.", date(2018, 3, 24))
    assert not [v for v in found if "election" in v[0]]


@pytest.mark.parametrize(
    "text",
    [
        "the shops have had the christmas stuff out since august",
        "only just put the christmas decs away and its june",
        "its november so technically its christmas chocolate season",
        "school christmas fair saturday, 48 cupcakes to make",
        "kids asleep by 9 which is a christmas miracle",
        "thanksgiving travel update: the airport is a zoo",
    ],
)
def test_a_feasts_things_are_no_day(text: str) -> None:
    assert not [v for v in values(text, date(2024, 11, 20), POSTS) if v[0] in ("christmas", "thanksgiving")]


def test_a_present_given_on_the_day_keeps_it() -> None:
    found = values("He called it the best Valentine's Day present he ever had.", date(2026, 2, 16))
    assert ("Valentine's Day", "DATE", "2026-02-14") in found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("christmas eve eve and the turkey is still frozen", "christmas eve eve"),
        ("xmas eve eve!! pub at 8", "xmas eve eve"),
        ("Christmas Eve Eve is the best night out of the year", "Christmas Eve Eve"),
    ],
)
def test_the_eve_of_christmas_eve(text: str, phrase: str) -> None:
    assert find(text, phrase, date(2025, 12, 20), POSTS).value == "2025-12-23"
