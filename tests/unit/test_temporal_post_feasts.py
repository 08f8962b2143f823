"""Feasts and days that posts name in lower case ("shrove tuesday", "remembrance sunday", "lunar new year",
"first sunday of advent", "stir up sunday", "valentines"), Britain's bank holiday Mondays, and hashtags, which
label a post and say no time ("#valentines").

Every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        ("shrove tuesday means pancakes for tea", "shrove tuesday", datetime(2025, 3, 1, 9, 0), "2025-03-04"),
        ("ash wednesday service at 7", "ash wednesday", datetime(2025, 3, 1, 9, 0), "2025-03-05"),
        ("palm sunday and the kids have crosses", "palm sunday", datetime(2024, 3, 24, 9, 0), "2024-03-24"),
        ("remembrance sunday parade in the village", "remembrance sunday", datetime(2025, 11, 1, 9, 0), "2025-11-09"),
        ("first sunday of advent, candles out", "first sunday of advent", datetime(2025, 11, 30, 9, 0), "2025-11-30"),
        ("advent sunday already?", "advent sunday", datetime(2024, 11, 25, 9, 0), "2024-12-01"),
        # The Sunday before Advent, when the pudding is stirred.
        ("stir up sunday so the pudding is made", "stir up sunday", datetime(2025, 11, 23, 22, 0), "2025-11-23"),
        ("stir-up sunday this weekend, pudding time", "stir-up sunday", datetime(2024, 11, 20, 9, 0), "2024-11-24"),
        ("valentines is a scam, send flowers anyway", "valentines", datetime(2025, 2, 10, 9, 0), "2025-02-14"),
        # Saints' days without the apostrophe, "st" and all.
        ("st paddys day on a monday this year", "st paddys day", datetime(2026, 3, 2, 9, 0), "2026-03-17"),
        ("St Patricks Day parade was class", "St Patricks Day", datetime(2025, 3, 18, 9, 0), "2025-03-17"),
    ],
)
def test_feasts_in_lower_case(text: str, phrase: str, posted: datetime, value: str) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        ("lunar new year dumplings at my gran's", "lunar new year", datetime(2025, 1, 29, 12, 0), "2025-01-29"),
        ("Chinese New Year falls in February this time", "Chinese New Year", datetime(2026, 1, 5, 9, 0), "2026-02-17"),
        ("we went to the parade for chinese new year", "chinese new year", datetime(2024, 2, 12, 9, 0), "2024-02-10"),
    ],
)
def test_the_new_year_of_the_chinese_calendar(text: str, phrase: str, posted: datetime, value: str) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "posted", "value"),
    [
        # The name is the expression, whole, as "Easter Monday" is; "bank holiday" says which Monday.
        ("is the tip open bank holiday monday?", datetime(2025, 8, 4, 9, 0), "2025-08-25"),
        ("bank holiday monday and it's actually sunny", datetime(2024, 5, 6, 11, 0), "2024-05-06"),
        ("back at work after bank hol monday", datetime(2025, 5, 20, 9, 0), "2025-05-26"),
        ("off on bank holiday monday, easter at last", datetime(2025, 4, 10, 9, 0), "2025-04-21"),
    ],
)
def test_a_bank_holiday_monday_is_the_nearest_of_them(text: str, posted: datetime, value: str) -> None:
    found = [(v[0], v[2]) for v in values(text, posted, document_type="colloquial") if "monday" in v[0]]
    assert found == [(text[text.index("bank") : text.index("monday") + 6], value)]


@pytest.mark.parametrize(
    "text",
    ["table booked, do not tell him #valentines", "mince pies in the oven #christmas", "new week new me #monday"],
)
def test_a_hashtag_says_no_time(text: str) -> None:
    assert values(text, datetime(2024, 12, 2, 9, 0), document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("welsh cakes for st davids day 🏴", "st davids day"),
        ("happy St Davids Day to all my welsh pals", "St Davids Day"),
    ],
)
def test_st_davids_day_without_its_apostrophe_is_the_first_of_march(text: str, phrase: str) -> None:
    found = find(text, phrase, datetime(2025, 2, 27, 9, 0), document_type="colloquial")
    assert (found.type, found.value) == ("DATE", "2025-03-01")


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        ("st swithins day and its pouring", "st swithins day", datetime(2025, 7, 15, 8, 0), "2025-07-15"),
        ("dry for St Swithins Day next week", "St Swithins Day", datetime(2024, 7, 9, 8, 0), "2024-07-15"),
        ("april fools tomorrow, i have a plan", "april fools", datetime(2025, 3, 31, 20, 0), "2025-04-01"),
        ("my boss fell for it. happy april fool's", "april fool's", datetime(2024, 4, 1, 10, 0), "2024-04-01"),
        ("beware the ides of march, exam day", "the ides of march", datetime(2026, 3, 2, 9, 0), "2026-03-15"),
        ("happy international womens day 💜", "international womens day", datetime(2025, 3, 8, 9, 0), "2025-03-08"),
    ],
)
def test_days_posts_name_as_they_say_them(text: str, phrase: str, posted: datetime, value: str) -> None:
    found = find(text, phrase, posted, document_type="colloquial")
    assert (found.type, found.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text", ["best april fools prank i have seen all year", "the april fools jokes from brands are so cringe"]
)
def test_the_joke_of_the_first_of_april_is_no_day(text: str) -> None:
    assert [v for v in values(text, datetime(2025, 4, 1, 12, 0), document_type="colloquial") if "april" in v[0]] == []


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # A count of the time left before a feast: the next one, however near the last.
        ("back at work, only 50 weeks til christmas", "christmas", datetime(2026, 1, 6, 8, 0), "2026-12-25"),
        ("360 days until new year, pace yourselves", "new year", datetime(2026, 1, 6, 8, 0), "2027-01-01"),
        ("11 months to go till halloween lol", "halloween", datetime(2025, 11, 3, 8, 0), "2026-10-31"),
        ("2 more sleeps til bonfire night", "bonfire night", datetime(2025, 11, 3, 8, 0), "2025-11-05"),
        # Told in the past, the one it was: "it was 3 days before christmas".
        ("it was 3 days before christmas when the oven broke", "christmas", datetime(2026, 1, 6, 8, 0), "2025-12-25"),
    ],
)
def test_a_countdown_to_a_feast_is_to_the_next_one(text: str, phrase: str, posted: datetime, value: str) -> None:
    t = find(text, phrase, posted, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("5 weeks til the christmas holidays and im running on fumes", datetime(2025, 11, 17, 7, 30)),
        ("the easter holidays start friday, zero childcare booked", datetime(2025, 4, 1, 12, 0)),
        ("Our Thanksgiving vacation was three days of rain", datetime(2025, 12, 2, 9, 0)),
    ],
)
def test_the_holidays_named_after_a_feast_are_weeks_not_its_day(text: str, posted: datetime) -> None:
    found = values(text, posted, document_type="colloquial")
    assert not [v for v in found if v[0].lower() in ("christmas", "easter", "thanksgiving")]


@pytest.mark.parametrize(
    ("text", "posted"),
    [
        ("dry january day 12 and i could murder a pint", datetime(2025, 1, 12, 19, 0)),
        ("3 weeks into dry january, send help", datetime(2025, 1, 21, 19, 0)),
        ("doing sober october for charity, sponsor me", datetime(2025, 9, 28, 10, 0)),
        ("Dry January has done wonders for my sleep", datetime(2025, 1, 30, 7, 0)),
    ],
)
def test_a_month_long_pledge_is_no_month(text: str, posted: datetime) -> None:
    found = values(text, posted, document_type="colloquial")
    assert not [v for v in found if v[0].lower() in ("january", "october")]


def test_a_dry_month_of_the_weather_is_the_month() -> None:
    found = find("after a dry January the reservoirs are low", "January", datetime(2025, 2, 20, 9, 0))
    assert (found.type, found.value) == ("DATE", "2025-01")
