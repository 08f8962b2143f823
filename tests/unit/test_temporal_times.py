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
