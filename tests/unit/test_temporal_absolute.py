"""Absolute dates: every common written form, years, decades, centuries."""

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It happened on 5 November 2023.", "5 November 2023", "2023-11-05"),
        ("It happened on Nov. 5, 2023, in Paris.", "Nov. 5, 2023", "2023-11-05"),
        ("It happened on Sept. 30, 1989.", "Sept. 30, 1989", "1989-09-30"),
        ("It was signed on the 5th of November 2023.", "the 5th of November 2023", "2023-11-05"),
        ("Filed 2023-11-05 in court.", "2023-11-05", "2023-11-05"),
        ("Filed 11/5/2023 in court.", "11/5/2023", "2023-11-05"),
        ("Filed 5.11.2023 in court.", "5.11.2023", "2023-11-05"),
        ("The deal closed in August 1988.", "August 1988", "1988-08"),
        ("He arrived Saturday, April 25, 1998.", "Saturday, April 25, 1998", "1998-04-25"),
    ],
)
def test_full_dates(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.anchor) == ("DATE", value, "absolute")


def test_day_month_without_year_takes_the_nearest_year() -> None:
    assert find("The minister confirmed it on 31 October.", "31 October").value == "2024-10-31"
    # Early January seen from November is the coming one.
    assert find("The vote will be held on January 4.", "January 4").value == "2025-01-04"
    t = find("The figures came out on November 5th.", "November 5th")
    assert (t.value, t.granularity, t.anchor) == ("2024-11-05", "day", "publication")


def test_month_alone_is_month_precision_nearest_to_publication() -> None:
    t = find("The region was occupied in August.", "August")
    assert (t.value, t.granularity) == ("2024-08", "month")
    assert t.interval_start is not None and t.interval_start.isoformat() == "2024-08-01T00:00:00"
    assert t.interval_end is not None and t.interval_end.isoformat() == "2024-09-01T00:00:00"


def test_years() -> None:
    assert find("Sales rose in 1998.", "1998").value == "1998"
    t = find("Results for fiscal 1989 were weak.", "fiscal 1989")
    assert (t.value, t.granularity) == ("1989", "year")
    assert find("The rebound came in mid-1996.", "mid-1996").mod == "MID"
    assert find("It won't be profitable until 1994 or later.", "1994 or later").mod == "ON_OR_AFTER"


def test_possessive_stays_outside_the_span() -> None:
    assert ("1998", "DATE", "1998") in values("1998's results were better.")
    assert ("last year", "DATE", "2023") in values("That beat last year's record.")


def test_decades_and_centuries() -> None:
    for text, phrase in [
        ("Relations were frosty in the 1990s.", "the 1990s"),
        ("Relations were frosty in the '90s.", "the '90s"),
        ("Relations were frosty in the nineties.", "the nineties"),
    ]:
        t = find(text, phrase)
        assert (t.value, t.granularity) == ("199", "decade")
        assert t.interval_start is not None and t.interval_start.year == 1990
        assert t.interval_end is not None and t.interval_end.year == 2000
    t = find("Prices peaked in the late 1970s.", "the late 1970s")
    assert (t.value, t.mod) == ("197", "END")
    t = find("It was built in the 20th century.", "the 20th century")
    assert (t.value, t.granularity) == ("19", "century")


def test_spelled_out_years() -> None:
    assert find("It was founded in nineteen ninety-six.", "nineteen ninety-six").value == "1996"
    assert find("Everything changes in the year two thousand.", "the year two thousand").value == "2000"


def test_dct_is_a_date_or_a_datetime() -> None:
    from datetime import datetime, timedelta, timezone

    tz = timezone(timedelta(hours=1))
    aware = datetime(2024, 11, 5, 8, 30, tzinfo=tz)
    assert values("It rained yesterday.", aware) == [("yesterday", "DATE", "2024-11-04")]
    assert values("It rained yesterday.", DCT) == [("yesterday", "DATE", "2024-11-04")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ferry resumes service on Oct 14.", "Oct 14", "2024-10-14"),
        ("Applications closed on Sept 30.", "Sept 30", "2024-09-30"),
        ("The treaty was signed on 3 Feb 2021 in Oslo.", "3 Feb 2021", "2021-02-03"),
        ("The gallery reopened on 2nd October.", "2nd October", "2024-10-02"),
        ("The charter dates from the 9th of March 2019.", "the 9th of March 2019", "2019-03-09"),
        ("The plant shut on August 12th, 2022.", "August 12th, 2022", "2022-08-12"),
        ("The count ended Sunday 3 November.", "Sunday 3 November", "2024-11-03"),
        # An abbreviated weekday is read only right before a written date.
        ("Posted Fri, 1 Nov 2024 by the desk.", "Fri, 1 Nov 2024", "2024-11-01"),
        ("Thurs. Oct. 31 was the last day.", "Thurs. Oct. 31", "2024-10-31"),
    ],
)
def test_modern_and_day_first_written_dates(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A number over 12 can only be the day, whichever place it is in.
        ("The lease ran out on 23/10/2024.", "23/10/2024", "2024-10-23"),
        ("The lease ran out on 10/23/2024.", "10/23/2024", "2024-10-23"),
        ("The lease ran out on 23-10-2024.", "23-10-2024", "2024-10-23"),
        # Year first, with slashes or dots.
        ("The filing is dated 2023/07/04.", "2023/07/04", "2023-07-04"),
        ("The filing is dated 2023.07.04.", "2023.07.04", "2023-07-04"),
        # Day.month.year, even at the end of a sentence.
        ("The court ruled on 4.7.2023.", "4.7.2023", "2023-07-04"),
        # Two-digit years take the century nearest publication.
        ("The form was signed 3/8/21.", "3/8/21", "2021-03-08"),
    ],
)
def test_numeric_dates(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_ambiguous_numeric_date_follows_the_texts_own_habit() -> None:
    # No evidence: US month-first, the style of the corpus the engine was tuned on.
    assert find("The form was filed on 4/7/2024.", "4/7/2024").value == "2024-04-07"
    assert find("The form was filed on 04-07-2024.", "04-07-2024").value == "2024-04-07"
    # A day-first numeric date elsewhere in the text settles the order for the ambiguous one.
    text = "The form was filed on 4/7/2024 and rejected on 19/7/2024."
    assert find(text, "4/7/2024").value == "2024-07-04"
    # So do day-first written dates.
    text = "Talks began on 2 July. The form was filed on 4/7/2024, two days later."
    assert find(text, "4/7/2024").value == "2024-07-04"


def test_consecutive_year_pair_is_one_period_valued_as_its_first_year() -> None:
    # "2019/20" names one season or fiscal year; the token cannot be split, so it is one timex, valued
    # as the year the period starts in (the way "fiscal 1989" is valued as the year it names).
    t = find("The club's 2021/22 season was its best.", "2021/22")
    assert (t.type, t.value, t.granularity) == ("DATE", "2021", "year")
    assert find("The 2023-24 budget cut spending.", "2023-24").value == "2023"
    assert find("Borrowing in FY2023-24 rose.", "FY2023-24").value == "2023"
    assert find("Attendance fell over 1999-2000.", "1999-2000").value == "1999"
    # Years that do not follow each other are a range: see test_temporal_ranges.


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("Prices peaked in the 2010s.", "the 2010s", "201", None),
        ("Growth should slow by the mid-2030s.", "the mid-2030s", "203", "MID"),
        ("The park was built in the early 2000s.", "the early 2000s", "200", "START"),
        ("The rule dates from the late 1980s.", "the late 1980s", "198", "END"),
        ("It was a hit in the early '70s.", "the early '70s", "197", "START"),
        # The century boundary nearest publication, or the one named.
        ("The mill closed around the turn of the century.", "the turn of the century", "2000", "APPROX"),
        ("The bridge opened at the turn of the 20th century.", "the turn of the 20th century", "1900", "APPROX"),
    ],
)
def test_decades_and_the_turn_of_the_century(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        # Wire style: modifier and year (or month) hyphenated into one token, all inside the span.
        ("The plant should be running by end-2026.", "end-2026", "2026", "END"),
        ("Rates may be cut in early-2025.", "early-2025", "2025", "START"),
        ("Output dipped in late-2023.", "late-2023", "2023", "END"),
        ("The data are due by end-October.", "end-October", "2024-10", "END"),
        ("Phones shrank in the noughties.", "the noughties", "200", None),
    ],
)
def test_wire_style_modifiers_and_decade_words(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


def test_hyphenated_premodifiers_of_other_nouns_are_not_dates() -> None:
    assert values("The late-night show and an early-stage firm merged.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        # A half or quarter "of the year" is of the year the text is about; "of that year", the one named.
        ("Profits rose in the first half of the year.", "the first half of the year", "2024-H1", None),
        ("Hiring slowed in the second half of the year.", "the second half of the year", "2024-H2", None),
        ("Costs fell in the first quarter of the fiscal year.", "the first quarter of the fiscal year", "2024-Q1",
         None),
        ("Sales peaked in 2019; in the third quarter of that year they fell.", "the third quarter of that year",
         "2019-Q3", None),
        # The edge of the decade or century being lived in.
        ("Coal plants will close by the end of the decade.", "the end of the decade", "202", "END"),
        ("Rents have climbed since the start of the decade.", "the start of the decade", "202", "START"),
        ("The mill was built at the beginning of the century.", "the beginning of the century", "20", "START"),
        # Clipped years and decades.
        ("It was the summer of '98 and the town was dry.", "the summer of '98", "1998-SU", None),
        ("Bands of the late '70s filled the bill.", "the late '70s", "197", "END"),
    ],
)  # fmt: skip
def test_parts_of_the_year_decade_and_century(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers led by six in the third quarter of the game.",
        "She scored twice in the first half of the match.",
        "Over the decade, prices doubled.",
    ],
)
def test_parts_of_something_else_are_not_dates(text: str) -> None:
    assert [t.text for t in annotate(text, DCT)] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare season after a preposition of time; its year from the tense, else the nearest.
        ("The bridge will reopen in spring.", "spring", "2025-SP"),
        ("The plant closed in the spring.", "the spring", "2024-SP"),
        ("Prices fell in summer, the board said.", "summer", "2024-SU"),
        ("Elections will be held in summer.", "summer", "2025-SU"),
        ("Heavy snow fell in winter.", "winter", "2023-WI"),
        ("Leaves turn red by autumn.", "autumn", "2024-FA"),
    ],
)
def test_bare_seasons(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize("text", ["He fell in love.", "Prices spring back.", "Sales fall each year."])
def test_season_words_as_verbs_are_not_dates(text: str) -> None:
    assert [t.text for t in annotate(text, DCT) if t.value.endswith(("SP", "FA"))] == []


@pytest.mark.parametrize(
    "text",
    [
        "An army of two thousand men marched north along the coast.",
        "By 1650 the population had fallen to under two thousand.",
        "The town then had some two thousand souls.",
        "Some two thousand of the rebels were taken prisoner.",
        "The crowd outside the hall numbered nearly two thousand.",
    ],
)
def test_two_thousand_as_a_count_is_no_year(text: str) -> None:
    assert not [t for t in annotate(text, DCT) if t.text.lower().endswith("two thousand")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In two thousand, the company moved its offices.", "two thousand", "2000"),
        ("Since two thousand and five the club has won nothing.", "two thousand and five", "2005"),
        ("The promise held until two thousand and three.", "two thousand and three", "2003"),
    ],
)
def test_two_thousand_after_a_preposition_of_time_is_a_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value
