"""Clock times and parts of the day."""

from tests.unit._helpers import find


def test_clock_times() -> None:
    t = find("Trading halted at 3 p.m. EST.", "3 p.m. EST")
    assert (t.type, t.value, t.granularity) == ("TIME", "2024-11-05T15:00", "minute")
    t = find("The market closed at 15:30 GMT.", "15:30 GMT")
    assert t.value == "2024-11-05T15:30"
    assert t.interval_start is not None and t.interval_start.isoformat() == "2024-11-05T15:30:00"
    t = find("The vote ended at 10 p.m. Wednesday.", "10 p.m. Wednesday")
    assert t.value == "2024-10-30T22:00"


def test_parts_of_day() -> None:
    t = find("Prices fell this morning.", "this morning")
    assert (t.type, t.value, t.granularity) == ("TIME", "2024-11-05TMO", "part_of_day")
    assert t.interval_start is not None and t.interval_start.hour == 6
    assert t.interval_end is not None and t.interval_end.hour == 12
    assert find("He spoke Friday evening.", "Friday evening").value == "2024-11-01TEV"
    assert find("He spoke yesterday afternoon.", "yesterday afternoon").value == "2024-11-04TAF"


def test_wire_style_clock_with_zone_is_a_time() -> None:
    # Published Tuesday 2024-11-05: "0935 GMT Monday" is 09:35 yesterday, not the year 935.
    t = find("The tremor struck at 0935 GMT Monday, the agency said.", "0935 GMT Monday")
    assert (t.type, t.value) == ("TIME", "2024-11-04T09:35")
    assert find("Sales peaked in 1995 GMT-wide.", "1995").value == "1995"


def test_preposition_stays_outside_clock_times() -> None:
    assert find("The polls closed shortly after 8 p.m. in the west.", "8 p.m.").value == "2024-11-05T20:00"
    t = find("Results came at about 11 p.m., aides said.", "about 11 p.m.")
    assert t.mod == "APPROX"
