"""Numbers that look like years or clock times and are not: a four-digit number that counts the people or
things named after it ("some 1500 homes", "1000 likes"), and a race time after "in" ("ran the 5k in 19:58").

Every sentence is our own.
"""

from datetime import date, datetime

import pytest

from tests.unit._helpers import values


def _found(text: str, posted: date | datetime, kind: str) -> list[tuple[str, str]]:
    return [(t, v) for t, _, v in values(text, posted, document_type=kind)]


_POSTED = datetime(2024, 5, 10, 21, 30)
_PUBLISHED = date(2024, 6, 18)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1000 likes on my post, cannot believe it", "colloquial"),
        ("over 1500 people signed up, mad", "colloquial"),
        ("2000 calories and i'm still starving", "colloquial"),
        ("1200 words done, 800 to go", "colloquial"),
        ("nearly 1900 followers, thank you all", "colloquial"),
        ("we sold 1100 tickets for the gig!!", "colloquial"),
        ("a 1000 pieces jigsaw and half of it is sea", "colloquial"),
        ("Some 1500 homes were left without power.", "news"),
        ("Nearly 1900 jobs will go at the plant.", "news"),
        ("The trust planted 2024 trees along the river.", "news"),
        ("Over 2010 votes were cast in the ward.", "news"),
        ("The firm will hire 1200 more workers.", "news"),
        ("A crowd of 1800 fans watched the final.", "news"),
    ],
)
def test_a_number_that_counts_what_follows_is_no_year(text: str, kind: str) -> None:
    assert _found(text, _POSTED if kind == "colloquial" else _PUBLISHED, kind) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1998 people were far poorer.", [("1998", "1998")]),
        ("The 2019 votes were counted twice.", [("2019", "2019")]),
        ("Britain's 2012 athletes were honoured.", [("2012", "2012")]),
        ("Since 2020 workers have been allowed to work from home.", [("2020", "2020")]),
        ("The 1992 protests changed the city.", [("1992", "1992")]),
        ("2024 resolutions: more sleep.", [("2024", "2024")]),
    ],
)
def test_a_year_before_a_plural_noun_stays_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _PUBLISHED, "news") == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ran the 5k in 19:58, sub 20 at last", "colloquial"),
        ("did the half marathon in 2:05 this morning, buzzing", "colloquial"),
        ("He ran the mile in 3:43, a national record.", "news"),
        ("The winner finished in 2:08:15 after a fast start.", "news"),
        ("She won the women's race in 2:21 on a cold morning.", "news"),
    ],
)
def test_a_time_taken_after_in_is_no_time_of_day(text: str, kind: str) -> None:
    found = _found(text, _POSTED if kind == "colloquial" else _PUBLISHED, kind)
    assert all(":" not in t for t, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the race starts at 9:30 tomorrow", [("9:30 tomorrow", "2024-05-11T09:30")]),
        ("doors open at 7:30, see you there", [("7:30", "2024-05-10T19:30")]),
    ],
)
def test_a_clock_time_after_at_stays_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, _POSTED, "colloquial") == expected
