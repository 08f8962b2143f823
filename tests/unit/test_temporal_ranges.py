"""Ranges: open ("since", "until") and closed ones split in two."""

from datetime import datetime

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
    got = values("The fair runs from 1 to 3 November.")
    assert got == [("1", "DATE", "2024-11-01"), ("3 November", "DATE", "2024-11-03")]
    for t in [find("Output grew between 2019 and 2021.", "2019"), find("from Aug. 26 to Oct. 20", "Aug. 26")]:
        assert t.range is None


def test_hyphenated_day_range_is_split_in_two() -> None:
    got = values("The fair runs Oct 14-16 in Leeds.")
    assert got == [("Oct 14", "DATE", "2024-10-14"), ("16", "DATE", "2024-10-16")]
    got = values("The fair runs 14-16 October in Leeds.")
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
