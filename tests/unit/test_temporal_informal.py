"""Time expressions as posts and messages write them: lower case names, shortened words and units.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("see u tmrw!", "tmrw", "2024-11-06"),
        ("the form is due tmr", "tmr", "2024-11-06"),
        ("2moro we fly home", "2moro", "2024-11-06"),
        ("see you tomoz x", "tomoz", "2024-11-06"),
        ("it rained all day yday", "yday", "2024-11-04"),
        ("so tired 2day", "2day", "2024-11-05"),
    ],
)
def test_informal_spellings_of_day_words(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("going out 2nite with the girls", "2nite", "2024-11-05TNI"),
        ("gonna be there tonite", "tonite", "2024-11-05TNI"),
        ("last nite was wild", "last nite", "2024-11-04TNI"),
        ("heading to the beach this arvo", "this arvo", "2024-11-05TAF"),
    ],
)
def test_informal_spellings_of_parts_of_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("back in 2 wks", "2 wks", "P2W"),
        ("been waiting for 3 hrs now", "3 hrs", "PT3H"),
        ("see you in 5 mins", "5 mins", "PT5M"),
        ("lived there 10 yrs", "10 yrs", "P10Y"),
    ],
)
def test_abbreviated_units_count_as_units(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("meeting next wk about it", "next wk", "2024-W46"),
        ("last yr was rough", "last yr", "2023"),
        ("we met 3 yrs ago", "3 yrs ago", "2021"),
    ],
)
def test_abbreviated_units_in_relative_dates(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the gig was in june", "june", "2024-06"),
        ("we moved here in october", "october", "2024-10"),
        ("see you on december 24th", "december 24th", "2024-12-24"),
        ("wait til monday", "monday", "2024-11-11"),
        ("party on friday night!!", "friday night", "2024-11-08TNI"),
    ],
)
def test_month_and_weekday_names_in_lower_case(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "the 5 may come along too",
        "they march 20 miles a day",
        "it was an august gathering of scholars",
        "we ran a 2day workshop",
        "the HR team met",
        "the MIN and MAX columns",
    ],
)
def test_lower_case_words_that_are_not_dates(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Concert on Sat!", "Sat", "2024-11-09"),
        ("Thurs at 8 then", "Thurs", "2024-11-07"),
        ("On Sun the shop is shut", "Sun", "2024-11-10"),
        ("drinks this Fri night?", "Fri night", "2024-11-08TNI"),
    ],
)
def test_abbreviated_weekdays(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    ["The cat sat on the mat.", "Sun Microsystems was sold.", "The Sun ran the story.", "They were to wed soon."],
)
def test_abbreviations_that_are_words_or_names_are_no_days(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[2][:1].isdigit()] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Happy New Year!", "New Year", "2025-01-01"),
        ("Merry Xmas everyone", "Xmas", "2024-12-25"),
        ("New Years Eve party at mine", "New Years Eve", "2024-12-31"),
    ],
)
def test_holidays_as_posts_write_them(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text", ["Families gathered for Lunar New Year.", "She made a New Year's resolution.", "Chinese New Year parades"]
)
def test_other_new_years_and_resolutions_are_not_the_first_of_january(text: str) -> None:
    assert values(text, document_type="colloquial") == []
