"""Fiscal years: written with an apostrophe ("fiscal '26"), and the day one ended, named in a relative
clause after it ("fiscal 2025, which ended June 30"), which falls in that year. Sentences are our own."""

from datetime import date

import pytest

from tests.unit._helpers import find, values

# Late in the year after the fiscal years the sentences name: the nearest June 30 would be this year's.
LATE = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The charity spent $3 million in fiscal '26.", "fiscal '26", "2026"),
        ("Margins narrowed in fiscal ’25 as costs rose.", "fiscal ’25", "2025"),
        ("The agency expects a surplus in fiscal year '27.", "fiscal year '27", "2027"),
        ("Orders for FY26 are ahead of plan.", "FY26", "2026"),
        ("Orders for FY 2026 are ahead of plan.", "FY 2026", "2026"),
    ],
)  # fmt: skip
def test_a_fiscal_year_is_kept_as_its_number(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, reference=LATE).value == value


def test_two_digits_after_fiscal_without_an_apostrophe_are_no_year() -> None:
    with pytest.raises(AssertionError):
        find("The fiscal 26 target was set by the board.", "fiscal 26", reference=LATE)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The utility lost money in fiscal year 2025, which ended June 30.", "June 30", "2025-06-30"),
        ("Revenue for fiscal 2024, which ended Sept. 30, rose 6 percent.", "Sept. 30", "2024-09-30"),
        ("Sales in FY25, ending March 31, were flat.", "March 31", "2025-03-31"),
        ("Results for the 2024 fiscal year, which closed Jan. 31, were weak.", "Jan. 31", "2024-01-31"),
        ("The 2025 season, which ended Oct. 12, drew record crowds.", "Oct. 12", "2025-10-12"),
        ("Spending in fiscal '25 (which ended June 30) fell.", "June 30", "2025-06-30"),
    ],
)  # fmt: skip
def test_the_day_a_named_year_ended_falls_in_that_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, reference=LATE).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # No year before the relative clause: the nearest such day before publication.
        ("The utility lost money in the fiscal year that ended June 30.", "June 30", "2026-06-30"),
        # A year that is no noun phrase's, and a clause of its beginning: not taken.
        ("The offer expired in 2025 after talks ended June 30.", "June 30", "2026-06-30"),
    ],
)  # fmt: skip
def test_only_the_end_of_a_year_bearing_noun_phrase_takes_its_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, reference=LATE).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "the financial year" is British news's "the fiscal year" (published 8 November 2024).
        ("The offer is open until the end of the financial year.", "the end of the financial year", "2024"),
        ("Profits will rise this financial year, the chain said.", "this financial year", "2024"),
        ("The council expects a deficit next financial year.", "next financial year", "2025"),
        ("Revenue for the financial year ended March 31 rose 4%.", "the financial year", "P1Y"),
    ],
)
def test_the_financial_year_is_the_fiscal_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Pre-tax profit fell 8% in the year to March 31, the utility said.",
        "Revenue rose to 4 billion pounds in the year to 30 June.",
        "The retailer made a loss in the fiscal year to January.",
    ],
)
def test_the_year_to_a_date_is_a_reported_twelve_months_as_the_year_ended(text: str) -> None:
    found = [t for t in values(text, date(2024, 5, 14)) if "year" in t[0]]
    assert [(t[1], t[2]) for t in found] == [("DURATION", "P1Y")]


def test_the_year_to_date_is_no_reported_twelve_months() -> None:
    assert [t[1] for t in values("The year to date has been strong.", date(2024, 5, 14))] == ["DATE"]


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The miner cut its full-year output forecast on Monday.", date(2024, 9, 16), "2024"),
        ("Full-year profit is expected to beat forecasts.", date(2025, 2, 3), "2025"),
        ("The bank will publish fourth-quarter and full-year results.", date(2024, 1, 20), "2023"),
    ],
)
def test_full_year_before_a_noun_is_the_year_reported_on(text: str, reference: date, value: str) -> None:
    found = [t for t in values(text, reference) if t[0].lower() == "full-year"]
    assert [(t[1], t[2]) for t in found] == [("DATE", value)]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A fiscal year still running, its end told with the year: named by the year it ends in (published
        # 30 July 2023).
        ("The budget raises school aid by 6% in the fiscal year that ends June 30, 2024.", "the fiscal year",
         "2024"),
        ("Borrowing will fall in the financial year which ends on 31 March 2024.", "the financial year", "2024"),
        ("Cuts are planned for the fiscal year that will end Sept. 30, 2024.", "the fiscal year", "2024"),
        # No end told: the publication's year, as before.
        ("The plan raises school aid in the fiscal year.", "the fiscal year", "2023"),
    ],
)  # fmt: skip
def test_a_fiscal_year_that_ends_in_a_year_told_is_that_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, date(2023, 7, 30))
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The company's fiscal year 2026 began in February.", "fiscal year 2026", "2026"),
        ("Revenue for fiscal year 2024 was $60.9 billion.", "fiscal year 2024", "2024"),
        ("The cuts will take effect in fiscal year 2027.", "fiscal year 2027", "2027"),
        ("Congress has until Sept. 30 to pass a budget for fiscal year 2025.", "fiscal year 2025", "2025"),
    ],
)
def test_fiscal_year_and_its_number_is_one_year(text: str, phrase: str, value: str) -> None:
    # "fiscal year 2026" is "fiscal 2026" written out: one expression, the year named.
    assert find(text, phrase).value == value
