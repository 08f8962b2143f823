"""Quarters, halves, fiscal periods and the earnings-report "a year ago"."""

from datetime import date

import pytest

from service.temporal import annotate
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


# Earnings seasons of our own: late February, mid-May and late November 2026.
FEB26, MAY26, NOV26 = date(2026, 2, 25), date(2026, 5, 20), date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # A quarter with the day it ended takes that day's year, the ordinal kept whatever its months.
        ("The grocer earned $4 million in its fiscal fourth quarter ended Jan. 31.", "fiscal fourth quarter",
         FEB26, "2026-Q4"),
        ("The toolmaker lost money in the first quarter ended Dec. 27.", "the first quarter", FEB26, "2025-Q1"),
        ("Net sales for the second quarter, which ended Dec. 28, rose 12%.", "the second quarter", MAY26,
         "2025-Q2"),
        ("In the year-ago period, the third quarter ended Oct. 31, it lost $2 million.", "the third quarter",
         date(2026, 10, 20), "2025-Q3"),
        ("Profit for the fourth quarter ending Dec. 31 will be lower.", "the fourth quarter", NOV26, "2026-Q4"),
        ("It earned $3 million in the first quarter ended March 31, 2025.", "the first quarter", NOV26, "2025-Q1"),
    ],
)  # fmt: skip
def test_a_quarter_is_valued_in_the_year_it_ended(text: str, phrase: str, reference: date, value: str) -> None:
    assert find(text, phrase, reference).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "reference", "value"),
    [
        # The fiscal quarter a report tells of ended some weeks before: in the year of publication, not the
        # year of the calendar quarter of that number.
        ("The retailer posted a loss for its fiscal fourth quarter.", "fiscal fourth quarter", MAY26, "2026-Q4"),
        ("Sales climbed 9% in the fiscal third quarter.", "the fiscal third quarter", MAY26, "2026-Q3"),
        ("The chipmaker reported fiscal second-quarter earnings on Tuesday.", "fiscal second-quarter", FEB26,
         "2026-Q2"),
        # Early in January the quarter reported ended the year before.
        ("The software maker posted fiscal second-quarter revenue of $3 billion.", "fiscal second-quarter",
         date(2026, 1, 14), "2025-Q2"),
        # A quarter looked to in a clause about the future is in the year of publication.
        ("The firm expects a loss in its fiscal first quarter.", "fiscal first quarter", NOV26, "2026-Q1"),
        ("The company will report fiscal third-quarter results next week.", "fiscal third-quarter", NOV26,
         "2026-Q3"),
        # A fiscal year named before the quarter holds it.
        ("Its fiscal 2027 first-quarter profit rose.", "first-quarter", NOV26, "2027-Q1"),
        ("Revenue in the fiscal-year 2025 fourth quarter fell.", "fourth quarter", FEB26, "2025-Q4"),
    ],
)  # fmt: skip
def test_a_fiscal_quarter_without_a_year(text: str, phrase: str, reference: date, value: str) -> None:
    assert find(text, phrase, reference).value == value


NOV24 = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "last quarter" is the quarter before this one, as "last month" is the month before.
        ("Profit fell 3% last quarter.", "last quarter", "2024-Q3"),
        ("The economy grew at a 2.8% annual rate last quarter.", "last quarter", "2024-Q3"),
        ("Last quarter the bank set aside more for bad loans.", "Last quarter", "2024-Q3"),
        # With "the", or of a year, it is the fourth.
        ("The firm lost money in the last quarter of 2023.", "the last quarter of 2023", "2023-Q4"),
    ],
)
def test_last_quarter_is_the_one_before_this(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, NOV24).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The quarter a result is compared with is not the one reported on: "a year earlier" still
        # goes with the quarter reported.
        ("Third-quarter revenue fell 4% from the previous quarter but rose 9% from a year earlier.",
         "a year earlier", "2023-Q3"),
        ("Sales in the third quarter rose 2% from the prior quarter and 7% from a year ago.", "a year ago", "2023-Q3"),
        ("Profit last quarter was below the preceding quarter's but above a year earlier.", "a year earlier",
         "2023-Q3"),
        ("Third-quarter revenue fell 4% from the previous quarter.", "the previous quarter", "2024-Q2"),
    ],
)  # fmt: skip
def test_the_quarter_compared_with_is_not_the_one_reported(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, NOV24).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "the week ended/ending" a day is the week that day closes (published Monday 11 November 2024).
        ("Jobless claims fell by 3,000 in the week ended Nov. 2, the department said.", "2024-W44"),
        ("The firm posted its figures for the week ending Nov. 1.", "2024-W44"),
        ("Mortgage applications rose in the week ending November 8, 2024.", "2024-W45"),
        ("Crude stocks rose in the week through Oct. 25.", "2024-W43"),
    ],
)
def test_the_week_ended_a_day_is_that_days_week(text: str, value: str) -> None:
    t = next(t for t in annotate(text, date(2024, 11, 11)) if t.text.lower() == "the week")
    assert t.value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "the three months ended" the last day of a calendar quarter report on that quarter: what it is
        # compared with a year before is the same quarter (published 7 November 2024).
        ("Revenue for the three months ended Sept. 30 rose to $2.1 billion from $1.8 billion a year earlier.",
         "a year earlier", "2023-Q3"),
        ("Net income for the three months ending June 30 fell from the same period last year.",
         "the same period last year", "2023-Q2"),
        # A fiscal quarter ending mid-quarter keeps the year.
        ("For the three months ended Aug. 31, sales fell 2% from a year earlier.", "a year earlier", "2023"),
    ],
)  # fmt: skip
def test_three_months_ended_a_quarters_last_day_report_on_that_quarter(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 7)).value == value


@pytest.mark.parametrize(
    "text",
    [
        # "the year to September" is British news's "the year ended September": a stretch of a year.
        "Figures showed inflation of 1.7% in the year to September.",
        "House prices rose 4% in the year to October, the lender said.",
        "Profit for the year to March 2024 rose 8%.",
    ],
)
def test_the_year_to_a_month_is_a_year_long_stretch(text: str) -> None:
    t = find(text, "the year")
    assert (t.type, t.value) == ("DURATION", "P1Y")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("last week of q3 and the whole team is panicking", "2024-Q3"),
        ("q4 targets are a joke tbh", "2024-Q4"),
    ],
)
def test_a_posts_lower_case_quarter_is_a_quarter(text: str, value: str) -> None:
    found = [t for t in values(text, date(2024, 9, 24), "colloquial") if t[0].lower().startswith("q")]
    assert [t[2] for t in found] == [value]


def test_a_lower_case_quarter_code_in_news_is_no_quarter() -> None:
    assert values("The q3 file on the server was corrupted.", date(2024, 9, 24)) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "the six months" to or ended the last day of a calendar half report on that half: "a year earlier"
        # is the same half a year before (published 7 November 2024).
        ("Pre-tax profit for the six months to 30 June was £4m, against a loss a year earlier.",
         "a year earlier", "2023-H1"),
        ("The miner lost $80 million in the six months to June 30, after a profit a year earlier.",
         "a year earlier", "2023-H1"),
        ("Sales in the six months ended Dec. 31 rose 5% from a year earlier.", "a year earlier", "2022-H2"),
        # Not the end of a calendar half: the year before.
        ("Sales in the six months to 31 August rose 5% from a year earlier.", "a year earlier", "2023"),
    ],
)  # fmt: skip
def test_six_months_to_a_halfs_last_day_report_on_that_half(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 7)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The company reported a loss in the third quarter of 1931. In the fourth quarter it returned to profit.",
            "the fourth quarter",
            "1931-Q4",
        ),
        (
            "Sales fell in the second quarter of 1975. The third quarter was worse, and the board cut the dividend.",
            "The third quarter",
            "1975-Q3",
        ),
        (
            "The firm lost money in 1988; in the second quarter it sold its shipping line.",
            "the second quarter",
            "1988-Q2",
        ),
        ("The strike began in March 1926. By the third quarter output had halved.", "the third quarter", "1926-Q3"),
    ],
)
def test_a_quarter_of_a_history_is_of_the_story_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A named quarter told as the one before ("after a flat second quarter") or as the one compared with
        # ("than the second quarter") is not the one reported on: what is counted from the report after it
        # stays with the quarter reported.
        ("Third-quarter profit rose 20%. After a flat second quarter, the gain came from new products. "
         "Charges were taken in the year-earlier period.", "the year-earlier period", "2023-Q3"),
        ("Net income jumped in the third quarter. Following a weak first quarter, margins recovered, and sales "
         "were higher than a year ago.", "a year ago", "2023-Q3"),
        ("Third-quarter sales were higher than the second quarter but lower than a year earlier.",
         "a year earlier", "2023-Q3"),
        ("Revenue grew in the third quarter compared with the first quarter. A year earlier it had fallen.",
         "A year earlier", "2023-Q3"),
        # The quarter itself keeps its value.
        ("Third-quarter profit rose 20% after a flat second quarter.", "second quarter", "2024-Q2"),
        # Named with nothing set against it, a quarter becomes the one reported on.
        ("Profit rose in the third quarter. In the second quarter, sales fell from a year earlier.",
         "a year earlier", "2023-Q2"),
    ],
)  # fmt: skip
def test_a_quarter_set_against_the_report_is_not_the_one_reported(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, NOV24).value == value
