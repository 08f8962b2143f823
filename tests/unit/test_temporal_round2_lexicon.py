"""Round 2: holidays, compound and half durations, wire-style clock times, named periods, sets."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find, values

# DCT in _helpers is Tuesday 2024-11-05.


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Shops expect record sales before Christmas.", "Christmas", "2024-12-25"),
        ("Prices have climbed since Halloween.", "Halloween", "2024-10-31"),
        ("The council will vote after Thanksgiving.", "Thanksgiving", "2024-11-28"),  # 4th Thursday
        ("The pool stays closed until Memorial Day.", "Memorial Day", "2025-05-26"),  # last Monday of May
        ("The strike began on Labor Day.", "Labor Day", "2024-09-02"),  # first Monday of September
        ("Services will be held on Easter Sunday.", "Easter Sunday", "2025-04-20"),
        ("The ferry sank on Good Friday, 1912.", "Good Friday, 1912", "1912-04-05"),
        ("The diary begins on New Year's Eve, 1899.", "New Year's Eve, 1899", "1899-12-31"),
        ("Turnout on Election Day was high.", "Election Day", "2024-11-05"),
        ("The club lost its Boxing Day fixture.", "Boxing Day", "2024-12-26"),
        ("We met last Christmas.", "last Christmas", "2023-12-25"),
    ],
)
def test_holidays(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


def test_holiday_names_of_things_are_not_dates() -> None:
    assert values("They bought a Christmas tree and painted Easter eggs.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The hearing ran for three hours and 40 minutes.", "three hours and 40 minutes", "PT3H40M"),
        ("She finished in 4 hours 12 minutes.", "4 hours 12 minutes", "PT4H12M"),
        ("He served two years and six months.", "two years and six months", "P2Y6M"),
        ("The town has not grown in half a century.", "half a century", "P50Y"),
        ("The vote took half an hour.", "half an hour", "PT30M"),
        ("Prices fell over a ten-day period.", "a ten-day period", "P10D"),
    ],
)
def test_durations(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


def test_wire_style_clock_with_zone_is_a_time() -> None:
    # Published Tuesday 2024-11-05: "0935 GMT Monday" is 09:35 yesterday, not the year 935.
    t = find("The tremor struck at 0935 GMT Monday, the agency said.", "0935 GMT Monday")
    assert (t.type, t.value) == ("TIME", "2024-11-04T09:35")
    assert find("Sales peaked in 1995 GMT-wide.", "1995").value == "1995"


def test_preposition_stays_outside_clock_times() -> None:
    assert find("The polls closed shortly after 8 p.m. in the west.", "8 p.m.").value == "2024-11-05T20:00"
    t = find("Results came at about 11 p.m., aides said.", "about 11 p.m.")
    assert t.mod == "APPROX"


@pytest.mark.parametrize(
    "text",
    [
        "The glacier retreats about a foot a day.",
        "The clinic treats 300 people a day.",
        "Kids get the shot at 9 to 12 months of age.",
        "Their forward scored with 0:48 left in the game.",
        "Snowy trails drew winter hikers, and spring rains came late.",
        'The premiere of "Silent Summer" sold out.',
        "The Hawks threw two touchdown passes in the fourth quarter.",
    ],
)
def test_not_time_expressions(text: str) -> None:
    got = [v for v in values(text) if v[0] not in ("late",)]
    assert got == [], got


def test_named_periods_and_sets() -> None:
    assert find("Sales in the first half rose 3%.", "the first half").value == "2024-H1"
    assert find("Output in the April-June period fell.", "the April-June period").value == "2024-Q2"
    assert find("Entry is free for the first week.", "the first week").value == "P1W"
    assert find("Shares slid in the final hour of trading.", "the final hour").value == "PT1H"
    t = find("The library opens on weekends only.", "weekends")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-WE")
    assert find("Profit rose in the third quarter.", "the third quarter").value == "2024-Q3"


def test_that_before_a_month_is_a_conjunction_after_a_verb() -> None:
    t = find("The chief said that March deliveries slipped.", "March")
    assert (t.value, t.start) == ("2024-03", 20)
    assert find("In that January, the river froze.", "that January").value == "2024-01"


def test_full_year_after_a_fourth_quarter_report() -> None:
    text = "The airline earned $80 million in the fourth quarter. For the full year, it earned $300 million."
    assert find(text, "the full year", reference=date(2025, 2, 3)).value == "2024"
    text = "Profit rose in the fourth quarter, up from the same period a year earlier."
    assert find(text, "the same period a year earlier", reference=date(2025, 2, 3)).value == "2023-Q4"


def test_current_as_an_adjective_is_the_present() -> None:
    t = find("Under current rules, the plan fails.", "current")
    assert (t.type, t.value) == ("DATE", "PRESENT_REF")
    assert values("The current account deficit widened.") == []
