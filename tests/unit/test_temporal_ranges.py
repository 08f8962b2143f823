"""Ranges: open ("since", "until") and closed ones split in two."""

from datetime import date, datetime

import pytest

from tests.unit._helpers import find, values


def test_since_opens_the_end() -> None:
    t = find("He has led the division since 2020.", "2020")
    assert (t.value, t.range) == ("2020", "open_end")
    assert (t.interval_start, t.interval_end) == (datetime(2020, 1, 1), None)


def test_until_opens_the_start() -> None:
    t = find("The ban stays until March.", "March")
    assert (t.value, t.range) == ("2025-03", "open_start")
    assert (t.interval_start, t.interval_end) == (None, datetime(2025, 4, 1))


def test_by_the_end_of_the_year() -> None:
    t = find("It will be done by the end of the year.", "the end of the year")
    assert (t.value, t.mod, t.range) == ("2024", "END", "open_start")


def test_closed_ranges_are_split_with_the_connector_outside() -> None:
    got = values("Output grew between 2019 and 2021.")
    assert got == [("2019", "DATE", "2019"), ("2021", "DATE", "2021")]
    got = values("The fair ran from 1 to 3 November.")
    assert got == [("1", "DATE", "2024-11-01"), ("3 November", "DATE", "2024-11-03")]
    for t in [find("Output grew between 2019 and 2021.", "2019"), find("from Aug. 26 to Oct. 20", "Aug. 26")]:
        assert t.range is None


def test_hyphenated_day_range_is_split_in_two() -> None:
    got = values("The fair ran Oct 14-16 in Leeds.")
    assert got == [("Oct 14", "DATE", "2024-10-14"), ("16", "DATE", "2024-10-16")]
    got = values("The fair ran 14-16 October in Leeds.")
    assert got == [("14", "DATE", "2024-10-14"), ("16 October", "DATE", "2024-10-16")]


def test_clock_range_is_split_in_two() -> None:
    got = values("The office is open 9am-5pm on Saturday.")
    assert got == [
        ("9am", "TIME", "2024-11-02T09:00"),
        ("5pm", "TIME", "2024-11-02T17:00"),
        ("Saturday", "DATE", "2024-11-02"),
    ]
    # The first time borrows the second's am/pm unless that would put it after the second.
    assert values("Voting runs 8.30-10pm.")[0][2] == "2024-11-05T20:30"
    assert values("Voting runs 11-2pm.")[0][2] == "2024-11-05T11:00"
    assert values("The team won 3-1.") == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Output grew in 1981-85 as planned.", ("1981", "1981"), ("85", "1985")),
        ("The 1914-18 war emptied the villages.", ("1914", "1914"), ("18", "1918")),
        ("The Thirty Years' War (1618–1648) ruined the duchy.", ("1618", "1618"), ("1648", "1648")),
        ("Her grandfather (1769 – 1821) was a surveyor.", ("1769", "1769"), ("1821", "1821")),
        ("The canal was in use 1798-1902, then filled in.", ("1798", "1798"), ("1902", "1902")),
    ],
)
def test_a_dashed_range_of_years_is_split_in_two_with_the_dash_outside(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    got = values(text, document_type="narrative")
    assert got == [(first[0], "DATE", first[1]), (second[0], "DATE", second[1])]
    assert values(text) == got  # the same in news


def test_year_pairs_that_are_no_range_stay_as_they_were() -> None:
    # Consecutive years name one season or fiscal year; a slash joins no range; "2001-05" may be a
    # year and its month; a second year before the first is no range.
    assert values("The 2021/22 season was its best.") == [("2021/22", "DATE", "2021")]
    assert values("Prices in 1985/87 fell.") == []
    assert values("The file 2001-05 was lost.") == []
    assert values("Scores of 1990-1980 were posted.") == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Voting runs from Monday to Friday.", "2024-11-11", "2024-11-15"),
        ("The fair was open from Friday to Monday.", "2024-11-01", "2024-11-04"),
        ("The strike lasted Wednesday through Saturday.", "2024-10-30", "2024-11-02"),
        # "between" a weekday "and" another is a range too.
        ("The office will be closed between Monday and Thursday.", "2024-11-11", "2024-11-14"),
        ("Engineers will work on the line between Saturday and Monday.", "2024-11-09", "2024-11-11"),
    ],
)
def test_the_end_of_a_range_of_days_comes_after_its_start(text: str, first: str, second: str) -> None:
    assert [v for _, _, v in values(text)] == [first, second]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # With a part of the day or a clock time at either end, the end still comes after the start
        # (published Sunday 10 November 2024: read alone, the Monday would be the one gone).
        ("A wind warning was issued from 6pm on Sunday until 9am on Monday.", "Monday", "2024-11-11"),
        ("A wind warning was issued from 6pm on Sunday until 9am on Monday.", "9am", "2024-11-11T09:00"),
        ("The motorway will be shut from 8pm on Friday to 6am on Monday.", "Monday", "2024-11-18"),
        ("The line closes from Friday evening to Monday morning.", "Monday morning", "2024-11-18TMO"),
        ("Negotiators sat from 10 a.m. Thursday until 4 a.m. Friday.", "4 a.m. Friday", "2024-11-08T04:00"),
        ("The sale runs from noon Saturday until midnight Tuesday.", "midnight Tuesday", "2024-11-19T24"),
    ],
)
def test_the_end_of_a_range_of_days_with_its_times_comes_after_its_start(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, reference=date(2024, 11, 10)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Two months or seasons joined, the year written once after the second: the first shares it.
        ("In May and June 1940 the northern armies fell back.", "May", "1940-05"),
        ("Between March and May 1945 the old regime collapsed.", "March", "1945-03"),
        ("Output fell in May and June 2023, the agency said.", "May", "2023-05"),
        ("The talks ran from March to May 2021.", "March", "2021-03"),
        ("In the spring and summer of 1942 the army advanced.", "the spring", "1942-SP"),
        # Months that run on past the year's end: the first is in the year before.
        ("From November to February 1942 the siege held.", "November", "1941-11"),
        ("In the winter and spring of 1943 it rained without end.", "the winter", "1942-WI"),
        # A day and month joined to a date with its year.
        ("The battle lasted from 1 July to 18 November 1916.", "1 July", "1916-07-01"),
        ("Talks ran from May 3 to June 9, 1920, in the capital.", "May 3", "1920-05-03"),
        ("The blockade lasted from 20 December to 14 March 1915.", "20 December", "1914-12-20"),
    ],
)
def test_a_month_or_season_shares_the_year_written_after_the_next(text: str, phrase: str, value: str) -> None:
    for document_type in ("news", "narrative"):
        t = find(text, phrase, document_type=document_type)
        assert (t.value, t.anchor) == (value, "absolute")


def test_a_month_joined_to_one_without_a_year_shares_nothing() -> None:
    assert find("Sales rose in March and fell in April.", "March").value == "2024-03"
    text = "The war began in 1939. In May and June the armies waited."
    assert find(text, "May", document_type="narrative").value == "1939-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The campaign (March–April 1862) failed.", [("March", "1862-03"), ("April 1862", "1862-04")]),
        ("The campaign (May-June 1862) failed.", [("May", "1862-05"), ("June 1862", "1862-06")]),
        ("The strike ran from March to May 1912.", [("March", "1912-03"), ("May 1912", "1912-05")]),
        ("The famine of December–February 1847 killed thousands.",
         [("December", "1846-12"), ("February 1847", "1847-02")]),
    ],
)  # fmt: skip
def test_two_months_of_one_year_written_once_are_split_in_two(text: str, expected: list[tuple[str, str]]) -> None:
    # "May" and "March" are the months here, before a dash or "to" and another month with a year: as "1914-18",
    # the hyphenated pair is split with the dash outside.
    for document_type in ("narrative", "news"):
        assert [(t, v) for t, _, v in values(text, document_type=document_type)] == expected


@pytest.mark.parametrize(
    ("text", "clock", "days"),
    [
        ("The museum is open 10am to 5pm, Wednesday to Sunday.", "5pm", ["Wednesday", "Sunday"]),
        ("Lines are staffed 8am to 8pm Monday through Saturday.", "8pm", ["Monday", "Saturday"]),
        ("The library stays open until 6pm Saturday and Sunday.", "6pm", ["Saturday", "Sunday"]),
    ],
)
def test_a_clock_time_before_a_run_of_days_keeps_to_itself(text: str, clock: str, days: list[str]) -> None:
    found = [t[0] for t in values(text)]
    assert clock in found
    assert all(d in found for d in days)


def test_a_clock_time_and_its_one_day_stay_one_expression() -> None:
    assert next(t[0] for t in values("The session opens at 4pm Tuesday and closes Wednesday.")) == "4pm Tuesday"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Stewards will man the gates from 9 a.m. to 5 p.m. Saturday and Sunday.", "2024-11-09T09", "2024-11-09T17"),
        ("Volunteers staffed the hall from 8 a.m. to 6 p.m. Friday and Saturday.", "2024-11-01T08", "2024-11-01T18"),
    ],
)
def test_clock_times_before_a_run_of_days_take_its_first_day(text: str, start: str, end: str) -> None:
    first, second = (t for t in values(text) if t[1] == "TIME")
    assert (first[2], second[2]) == (start + ":00", end + ":00")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "last/this/next year" after the second of two joined months: the first shares its year (published
        # 20 June 2025).
        ("The dives were made from February to April last year.", "February", "2024-02"),
        ("Prices rose between March and May last year, the survey found.", "March", "2024-03"),
        ("The trial runs from October to December next year.", "October", "2026-10"),
        ("Fares fell from November to January last year.", "November", "2023-11"),
    ],
)
def test_the_first_of_two_months_shares_a_year_word_after_the_second(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2025, 6, 20)).value == value


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Told in the past, a range of two months without a year ends at the most recent such month and runs
        # forward to it, across the turn of the year if need be.
        ("Most of the herd died between October and February.", date(2023, 10, 20), ("2022-10", "2023-02")),
        ("Bookings fell from November to January.", date(2024, 6, 1), ("2023-11", "2024-01")),
        ("Prices climbed between March and September.", date(2024, 11, 5), ("2024-03", "2024-09")),
        # Told of the future, it opens at the next such month.
        ("The line will close from December to February.", date(2024, 11, 5), ("2024-12", "2025-02")),
        ("Works will run between late January and early March.", date(2024, 11, 5), ("2025-01", "2025-03")),
        # Told in the present, of what is done each year, it opens at the nearest such month and still runs
        # forward from it (the nearest second month alone would fall before it).
        ("Green bins are collected from March to November.", date(2025, 11, 27), ("2026-03", "2026-11")),
        ("Garden waste is collected fortnightly from March to November.", date(2025, 1, 6), ("2025-03", "2025-11")),
        ("Ferries sail to the island from April to October.", date(2025, 12, 15), ("2026-04", "2026-10")),
        ("The path is closed between October and March.", date(2025, 2, 10), ("2024-10", "2025-03")),
    ],
)
def test_a_range_of_two_months_without_a_year_runs_forward(
    text: str, reference: date, expected: tuple[str, str]
) -> None:
    found = [v for _, kind, v in values(text, reference) if kind == "DATE"]
    assert tuple(found) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fire burned from Sunday, 8 October to Tuesday, 10 October 1871.", "Sunday, 8 October", "1871-10-08"),
        ("The fire burned from 8 October to Tuesday, 10 October 1871.", "8 October", "1871-10-08"),
        ("The strike lasted from Monday, August 14, to Saturday, August 19, 1911.", "Monday, August 14",
         "1911-08-14"),
        ("The talks ran from Monday 3 March until Friday 7 March 1919, when they broke down.", "Monday 3 March",
         "1919-03-03"),
        ("Congress sat from Tuesday, 1 December, through Thursday, 3 December 1795.", "Tuesday, 1 December",
         "1795-12-01"),
    ],
)  # fmt: skip
def test_a_range_s_first_day_with_its_weekday_shares_the_year_written_at_its_end(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_day_listed_before_a_later_month_and_year_keeps_its_own_year() -> None:
    # "and" after a comma lists, it does not join a range: the first day is not of the later year.
    assert find("It opened on 8 October, and June 1872 brought floods.", "8 October",
                document_type="narrative").value != "1872-10-08"  # fmt: skip
