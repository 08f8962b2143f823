"""What is booked or arranged for a day lies ahead of the booking, whatever the tense that tells of it; and a
verb of booking with no object after it is the participle of a thing done ("flight booked"), not a past tense.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

from datetime import date

import pytest

from tests.unit._helpers import DCT, find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("just booked tickets for friday!!", "friday", "2024-11-08"),
        ("booked a table for sat night", "sat night", "2024-11-09TNI"),
        ("i booked the dentist for dec 12", "dec 12", "2024-12-12"),
        ("we finally arranged a viewing for thursday", "thursday", "2024-11-07"),
        ("My sister has reserved the hall for March 3", "March 3", "2025-03-03"),
        ("The club booked a coach for Saturday.", "Saturday", "2024-11-09"),
    ],
)
def test_booked_for_a_day_looks_ahead(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("dec 12 flight booked ✈️", "dec 12", "2024-12-12"),
        ("nov 30 hotel sorted!", "nov 30", "2024-11-30"),
        ("2/14 table booked", "2/14", "2025-02-14"),
        ("Jan 4 train confirmed.", "Jan 4", "2025-01-04"),
    ],
)
def test_a_thing_booked_is_no_past_tense(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # The booking itself, told with a subject: its date is when it happened.
        ("i booked it on friday", "friday", DCT, "2024-11-01"),
        ("we sorted the garage on sunday", "sunday", DCT, "2024-11-03"),
        # Gifts and payments are not bookings: "for" a day gone by.
        ("got a bike for christmas and havent ridden it once", "christmas", date(2025, 2, 10), "2024-12-25"),
        ("paid for my lunch on friday", "friday", date(2025, 2, 10), "2025-02-07"),
    ],
)
def test_other_past_forms_keep_the_past(text: str, phrase: str, reference: date, value: str) -> None:
    t = find(text, phrase, reference, document_type="colloquial")
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What was signed up for or booked, named before "in" and a month: the month ahead.
        ("signed up for a marathon in march, what have i done", "march", "2025-03"),
        ("booked a cottage in august!!", "august", "2025-08"),
        ("registered for the charity swim in june", "june", "2025-06"),
        # A pronoun for the thing: when the booking was made.
        ("we booked it in march and it was worth every penny", "march", "2024-03"),
        # Other past forms keep the past.
        ("ran a half marathon in march, legs still remember", "march", "2024-03"),
    ],
)
def test_signed_up_for_a_thing_in_a_month_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, DCT, document_type="colloquial").value == value


def test_signed_up_in_a_month_in_the_news_keeps_the_past() -> None:
    assert find("He signed up for the course in March.", "March", DCT).value == "2024-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A date told right before "at" dates the hour after it, whatever the tense.
        ("booked my smear for the 19th at 10, fun times", "10", "2024-11-19T10:00"),
        ("they moved the parents evening to nov 28th at 6", "6", "2024-11-28T18:00"),
        ("tip slot is the 29th at 2, the garage is full", "2", "2024-11-29T14:00"),
    ],
)
def test_a_date_right_before_at_dates_the_hour(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, DCT, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)
