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
