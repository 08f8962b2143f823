"""Forms of news English found by writing plain news sentences: clock times with a part of the day, a
clock range that names its day once, forecasts, "the new year", lengths as the object of a verb, a
capitalised month before the noun it modifies, and counts after "the past" that are no time.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fire started at 2:15 in the morning.", "2:15 in the morning", "2024-11-05T02:15"),
        ("The last train left at 11:40 at night.", "11:40 at night", "2024-11-05T23:40"),
        ("The doors open at 7:30 this evening.", "7:30 this evening", "2024-11-05T19:30"),
        ("We land at 6:45 tonight.", "6:45 tonight", "2024-11-05T18:45"),
    ],
)
def test_clock_time_with_its_part_of_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "first", "value"),
    [
        ("The service will be down between 1am and 5am on Saturday.", "1am", "2024-11-09T01:00"),
        ("Roads will close from 10 p.m. to 6 a.m. on Friday.", "10 p.m.", "2024-11-08T22:00"),
        ("The bridge was shut from 9:00 until 11:30 on Sunday.", "9:00", "2024-11-03T09:00"),
    ],
)
def test_clock_range_that_names_its_day_once_puts_both_times_on_it(text: str, first: str, value: str) -> None:
    assert find(text, first).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The launch is set for 10:30 a.m. ET on Thursday.", "Thursday", "2024-11-07"),
        ("The vote is scheduled for 9 p.m. EST on Friday.", "Friday", "2024-11-08"),
        ("The hearing will resume at 9 a.m. PST Thursday.", "9 a.m. PST Thursday", "2024-11-07T09:00"),
    ],
)
def test_time_zone_after_a_m_or_p_m_does_not_end_the_sentence(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_m_before_a_new_sentence_still_ends_it() -> None:
    assert find("The shop opened at 9 a.m. The crowd was huge on Friday.", "Friday").value == "2024-11-01"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Snow is forecast for the weekend.", "the weekend", "2024-W45-WE"),
        ("Heavy rain is predicted for Thursday.", "Thursday", "2024-11-07"),
        ("Growth is projected to slow in March.", "March", "2025-03"),
    ],
)
def test_what_is_forecast_is_still_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Both sides will meet again in the new year.", date(2024, 11, 5), "2025"),
        ("Talks are set to resume in the new year.", date(2024, 12, 20), "2025"),
        ("Sales picked up in the new year.", date(2024, 2, 10), "2024"),
        # Between spring and summer the tense decides: a future looks to the next year, a past to this one.
        ("The bill will return to the Commons in the new year.", date(2026, 6, 14), "2027"),
        ("Ministers expect to publish the review in the new year.", date(2026, 4, 20), "2027"),
        ("The strike began in the new year and ended in March.", date(2026, 9, 20), "2026"),
        ("Prices rose sharply in the new year, the survey found.", date(2026, 11, 20), "2026"),
        # Early in a year, the new year is the one just begun, whatever the tense.
        ("Talks will resume in the new year.", date(2026, 1, 10), "2026"),
    ],
)
def test_the_new_year_is_the_year_about_to_begin_or_just_begun(text: str, reference: date, value: str) -> None:
    t = find(text, "the new year", reference)
    assert (t.type, t.value) == ("DATE", value)


def test_the_new_year_possessive_is_no_date() -> None:
    assert values("The new year's budget was approved.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The investigation could take months.", "months", "PXM"),
        ("The talks lasted days.", "days", "PXD"),
        ("She spent years abroad.", "years", "PXY"),
        ("It took decades to build the line.", "decades", "PXE"),
    ],
)
def test_bare_plural_unit_as_the_object_of_a_verb_of_length(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


def test_plural_unit_before_of_is_no_duration() -> None:
    assert values("He took hours of footage.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The May elections were close.", "May", "2024-05"),
        ("The March accession will let them join.", "March", "2025-03"),
        ("Voters turned against the May budget.", "May", "2024-05"),
    ],
)
def test_capitalised_month_between_the_and_a_noun_is_the_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An article and an adjective before a capitalised "May" or "March": the month (published 5 November 2024).
        ("A warmer May would help the garden centres.", "May", "2025-05"),
        ("Farmers blamed a wet May for the poor harvest.", "May", "2024-05"),
        ("It was the driest March since 1990, the Met Office said.", "March", "2024-03"),
        ("Economists hope an unusually mild March will lift sales.", "March", "2025-03"),
    ],
)
def test_capitalised_month_after_an_article_and_an_adjective_is_the_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The March of Dimes raised money.",
        "The March on Washington drew crowds.",
        "They joined the March.",
        "Thousands joined the annual March for Life.",
        "A silent March against violence crossed the city.",
    ],
)
def test_a_march_named_is_no_month(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised rates in each of the past three meetings.",
        "He scored in the past two games.",
        "The past few sessions were calm.",
        "None of the past several proposals passed.",
    ],
)
def test_the_past_before_a_count_of_things_is_no_time(text: str) -> None:
    assert values(text) == []


def test_the_past_alone_is_still_a_past_reference() -> None:
    assert find("In the past, the firm made cars.", "the past").value == "PAST_REF"
    assert find("Prices fell over the past three years.", "the past three years").value == "P3Y"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The report is due at the end of the first quarter.", "the end of the first quarter", "2025-Q1", "END"),
        ("Sales fell at the end of the first quarter.", "the end of the first quarter", "2024-Q1", "END"),
        ("The deal should close by the end of the second half.", "the end of the second half", "2024-H2", "END"),
    ],
)
def test_edge_of_a_numbered_quarter_or_half_is_that_quarter(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, mod)
