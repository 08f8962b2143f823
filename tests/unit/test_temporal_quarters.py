"""Quarters, halves, fiscal periods and the earnings-report "a year ago"."""

from datetime import date

from tests.unit._helpers import find, values

OCT89 = date(1989, 10, 26)


def test_quarter_forms() -> None:
    t = find("Ratification could follow in the first quarter of 2025.", "the first quarter of 2025")
    assert (t.value, t.granularity, t.anchor) == ("2025-Q1", "quarter", "absolute")
    assert t.interval_start is not None and t.interval_start.month == 1
    assert t.interval_end is not None and t.interval_end.month == 4
    assert find("Profit fell in the third quarter.", "the third quarter", OCT89).value == "1989-Q3"
    assert find("It posted a third-quarter loss.", "third-quarter", OCT89).value == "1989-Q3"
    assert find("Sales rose in Q3 2024.", "Q3 2024").value == "2024-Q3"
    assert find("Sales will rise in the fourth fiscal quarter.", "the fourth fiscal quarter", OCT89).value == "1989-Q4"
    t = find("Growth slowed in the second half of 1989.", "the second half of 1989")
    assert (t.value, t.granularity) == ("1989-H2", "half")


def test_a_year_ago_in_an_earnings_report_is_the_same_quarter() -> None:
    text = "Net income fell in the third quarter. It earned $5 million a year ago."
    assert ("a year ago", "DATE", "1988-Q3") in values(text, OCT89)
    text = "Net income fell in the nine months. It earned $5 million a year earlier."
    assert ("a year earlier", "DATE", "1988") in values(text, OCT89)


def test_year_ago_adjective() -> None:
    text = "Third-quarter profit rose from the year-ago quarter."
    assert ("the year-ago quarter", "DATE", "1988-Q3") in values(text, OCT89)


def test_the_year_ended_is_a_duration() -> None:
    t = find("Revenue was $76 million for the year ended March 31.", "the year", OCT89)
    assert (t.type, t.value) == ("DURATION", "P1Y")


def test_named_periods_and_sets() -> None:
    assert find("Sales in the first half rose 3%.", "the first half").value == "2024-H1"
    assert find("Output in the April-June period fell.", "the April-June period").value == "2024-Q2"
    assert find("Entry is free for the first week.", "the first week").value == "P1W"
    assert find("Shares slid in the final hour of trading.", "the final hour").value == "PT1H"
    t = find("The library opens on weekends only.", "weekends")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-WE")
    assert find("Profit rose in the third quarter.", "the third quarter").value == "2024-Q3"


def test_full_year_after_a_fourth_quarter_report() -> None:
    text = "The airline earned $80 million in the fourth quarter. For the full year, it earned $300 million."
    assert find(text, "the full year", reference=date(2025, 2, 3)).value == "2024"
    text = "Profit rose in the fourth quarter, up from the same period a year earlier."
    assert find(text, "the same period a year earlier", reference=date(2025, 2, 3)).value == "2023-Q4"


def test_latest_period_without_a_named_quarter_is_the_last_quarter() -> None:
    # Published 2024-11-05: the last quarter completed is 2024-Q3.
    assert find("Margins narrowed in the latest period, the bank said.", "the latest period").value == "2024-Q3"


def test_compact_business_periods() -> None:
    t = find("Margins widened in Q2 2023, the bank said.", "Q2 2023")
    assert (t.value, t.granularity, t.anchor) == ("2023-Q2", "quarter", "absolute")
    # Fiscal years keep their number and the fiscal ordinal is kept, as TimeBank does.
    assert find("Bookings rose in Q1 FY2025.", "Q1 FY2025").value == "2025-Q1"
    assert find("Bookings rose in Q1 FY25.", "Q1 FY25").value == "2025-Q1"
    assert find("Bookings rose in 3Q23 on demand.", "3Q23").value == "2023-Q3"
    assert find("Bookings rose in Q4'22 on demand.", "Q4'22").value == "2022-Q4"
    t = find("The unit lost money in FY2023.", "FY2023")
    assert (t.type, t.value, t.granularity) == ("DATE", "2023", "year")
    assert find("The unit lost money in FY22.", "FY22").value == "2022"
    assert find("The unit lost money in FY 2021.", "FY 2021").value == "2021"
    # Halves.
    assert find("Sales doubled in H2 2023.", "H2 2023").value == "2023-H2"
    assert find("Sales doubled in 1H24.", "1H24").value == "2024-H1"
    assert find("Sales doubled in H1, the firm said.", "H1").value == "2024-H1"


def test_half_codes_that_are_not_halves() -> None:
    assert values("The H2 economy needs cheap power.") == []
    assert values("An H1N1 outbreak was reported.") == []
