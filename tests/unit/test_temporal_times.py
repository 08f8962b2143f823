"""Clock times and parts of the day."""

from datetime import date, datetime

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


def test_clock_times() -> None:
    t = find("Trading halted at 3 p.m. EST.", "3 p.m. EST")
    assert (t.type, t.value, t.granularity) == ("TIME", "2024-11-05T15:00", "minute")
    t = find("The market closed at 15:30 GMT.", "15:30 GMT")
    assert t.value == "2024-11-05T15:30"
    assert t.interval_start is not None and t.interval_start.isoformat() == "2024-11-05T15:30:00+00:00"
    t = find("The market closed at 15:30.", "15:30")
    # Without a zone a clock time is the document's own wall clock.
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


def test_modern_clock_forms() -> None:
    assert find("The doors open at 9:45am.", "9:45am").value == "2024-11-05T09:45"
    # UK style: a dot between hours and minutes, only with am/pm.
    assert find("The doors open at 9.45am.", "9.45am").value == "2024-11-05T09:45"
    assert find("The doors open at 7pm.", "7pm").value == "2024-11-05T19:00"
    assert find("The speech is at 11 a.m. ET.", "11 a.m. ET").value == "2024-11-05T11:00"
    assert find("Markets shut at 17:30 CET.", "17:30 CET").value == "2024-11-05T17:30"
    # A UTC offset stays inside the span; the value carries no zone, like "10 a.m. ET".
    assert find("The launch is set for 14:00 GMT+1.", "14:00 GMT+1").value == "2024-11-05T14:00"
    assert find("The launch is set for 08:15 UTC+05:30.", "08:15 UTC+05:30").value == "2024-11-05T08:15"
    assert find("Lunch was served at midday.", "midday").value == "2024-11-05T12:00"
    assert find("The curfew starts at midnight.", "midnight").value == "2024-11-05T24"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        # The end of the day, as TimeML's annotators write it: the hour alone.
        ("The offer lapses at midnight Friday.", "midnight Friday", "2024-11-08T24", "news"),
        ("The guns fell silent at midnight on 11 November 1918.", "midnight", "1918-11-11T24", "narrative"),
        ("On 3 May 1805 the regiment struck camp at about midnight.", "about midnight", "1805-05-03T24", "narrative"),
    ],
)
def test_midnight_is_the_hour_24(text: str, phrase: str, value: str, document_type: str) -> None:
    assert find(text, phrase, document_type=document_type).value == value


def test_midnight_is_placed_on_the_minute_it_strikes() -> None:
    t = find("The curfew starts at midnight.", "midnight")
    assert (t.granularity, t.interval_start, t.interval_end) == (
        "minute",
        datetime(2024, 11, 6, 0, 0),
        datetime(2024, 11, 6, 0, 1),
    )


def test_a_day_after_on_dates_the_clock_time() -> None:
    # Published Tuesday 2024-11-05: the day stays its own timex, the preposition outside.
    text = "The rally began at 6pm on Sunday."
    assert find(text, "6pm").value == "2024-11-03T18:00"
    assert find(text, "Sunday").value == "2024-11-03"


def test_dawn_and_dusk_after_a_preposition() -> None:
    t = find("The convoy left at dawn.", "dawn")
    assert (t.type, t.value) == ("TIME", "2024-11-05TMO")
    assert find("Shelling resumed at dusk.", "dusk").value == "2024-11-05TEV"
    assert find("Troops crossed before dawn on Saturday.", "dawn").value == "2024-11-02TMO"
    assert find("The streets emptied by nightfall.", "nightfall").value == "2024-11-05TEV"
    # Not a time: a figure of speech, or a habit with no day.
    assert values("It marked the dawn of a new era.") == []
    assert values("Bakers are up before sunrise.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        ("At dawn on 1 September 1939 the guns opened fire.", "dawn", "1939-09-01TMO", "narrative"),
        ("The garrison slipped out at dusk on the 4th of May, 1702.", "dusk", "1702-05-04TEV", "narrative"),
        ("The fleet was sighted at daybreak on June 2, 1666.", "daybreak", "1666-06-02TMO", "narrative"),
        # Without its year, the day is read as it would be alone: in the story's year.
        ("The siege began in 1683. The walls were breached at dawn on 12 September.", "dawn", "1683-09-12TMO",
         "narrative"),
        ("Police arrived at dawn on March 3.", "dawn", "2024-03-03TMO", "news"),
        ("The last train left at 9 p.m. on 3 March 1951.", "9 p.m.", "1951-03-03T21:00", "narrative"),
    ],
)  # fmt: skip
def test_a_part_of_day_or_clock_time_on_a_named_date_is_on_that_date(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    assert find(text, phrase, document_type=document_type).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Asian shares slid overnight.", "2024-11-04TNI"),
        ("Crews worked overnight to restore power.", "2024-11-04TNI"),
        # Told of what is still to come, the coming night.
        ("Temperatures will drop below freezing overnight.", "2024-11-05TNI"),
        ("Showers are expected overnight before a dry start.", "2024-11-05TNI"),
        ("The bridge will stay closed overnight while it is inspected.", "2024-11-05TNI"),
    ],
)
def test_overnight_is_the_night_before_publication_or_the_coming_one(text: str, value: str) -> None:
    assert find(text, "overnight").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A scheduling verb governs the day even with the clock time in between (published Tuesday).
        ("The match kicks off at 9.30pm on Saturday.", "Saturday", "2024-11-09"),
        ("The match kicks off at 9.30pm on Saturday.", "9.30pm", "2024-11-09T21:30"),
        ("The polls close at 18:00 UTC on Friday.", "Friday", "2024-11-08"),
        ("The match kicked off at 9.30pm on Saturday.", "9.30pm", "2024-11-02T21:30"),
    ],
)
def test_a_clock_time_on_a_scheduled_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_colon_or_comma_inside_a_number_is_no_clause_boundary() -> None:
    from service.temporal.clauses import Layout

    text = "Polls close at 18:00 UTC after 1,200 stations report."
    layout = Layout(text)
    assert layout.clause_start(text.index("report")) == 0


@pytest.mark.parametrize(
    ("text", "phrase", "value", "start"),
    [
        ("Polls close at 18:00 UTC.", "18:00 UTC", "2024-11-05T18:00", "2024-11-05T18:00:00+00:00"),
        ("The hearing resumes at 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday", "2024-11-05T09:00",
         "2024-11-05T09:00:00-05:00"),
        ("Kick-off was at 3pm BST on Saturday.", "3pm BST", "2024-11-02T15:00", "2024-11-02T15:00:00+01:00"),
        ("The launch is set for 08:15 UTC+05:30.", "08:15 UTC+05:30", "2024-11-05T08:15",
         "2024-11-05T08:15:00+05:30"),
        ("The rocket lifts off at 14:00 GMT-3 tomorrow.", "14:00 GMT-3 tomorrow", "2024-11-06T14:00",
         "2024-11-06T14:00:00-03:00"),
        # The US generic zones follow daylight saving: the Friday before 3 November 2024 was summer time.
        ("The show aired at 8 p.m. ET on Friday.", "8 p.m. ET", "2024-11-01T20:00", "2024-11-01T20:00:00-04:00"),
        ("Trading resumes at 9:30 a.m. ET today.", "9:30 a.m. ET today", "2024-11-05T09:30",
         "2024-11-05T09:30:00-05:00"),
    ],
)  # fmt: skip
def test_a_clock_time_with_a_zone_is_that_instant(text: str, phrase: str, value: str, start: str) -> None:
    t = find(text, phrase)
    # The value is the wall clock as written (TIMEX3 values carry no zone); the interval is the instant.
    assert t.value == value
    assert t.interval_start is not None and t.interval_start.isoformat() == start
    assert t.interval_end is not None and (t.interval_end - t.interval_start).total_seconds() == 60


def test_both_ends_of_a_clock_range_take_the_zone_written_after_it() -> None:
    starts = [t.interval_start for t in annotate("Markets trade 9:30am-4pm ET.", DCT)]
    assert [s.isoformat() if s else None for s in starts] == ["2024-11-05T09:30:00-05:00", "2024-11-05T16:00:00-05:00"]


@pytest.mark.parametrize(
    "clause",
    ["", ", leaving the passengers to wait for many hours in the cold and the dark without lifejackets, food, water or "
     "any word of help from the shore, where their families had gathered outside the offices of the ferry company"],
)  # fmt: skip
def test_a_clock_time_falls_on_the_day_named_in_the_sentence_before_however_long(clause: str) -> None:
    text = (
        "The ferry sank on Saturday in a storm off the coast, after its engines failed in heavy seas and the crew "
        "lost radio contact with the harbour master, the coastguard and the other ships that had been sailing "
        f"nearby through the narrow channel between the islands{clause}. Rescuers reached the wreck at 6 a.m."
    )
    assert find(text, "6 a.m.").value == "2024-11-02T06:00"


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("He was shot on the night of Oct. 23 in his kitchen.", "Oct. 23", "2024-10-23"),
        ("The fire broke out on the evening of Friday, 1 November.", "Friday, 1 November", "2024-11-01"),
        ("Troops landed on the morning of 6 June 1944.", "6 June 1944", "1944-06-06"),
        ("The storm hit in the afternoon of Sunday.", "Sunday", "2024-11-03"),
    ],
)
def test_the_part_of_a_day_named_after_it_is_that_day(text: str, day: str, value: str) -> None:
    # The day that follows is the expression; "the night" alone would guess a day of its own.
    assert values(text) == [(day, "DATE", value)]


def test_the_part_of_the_day_last_mentioned_keeps_its_own_expression() -> None:
    got = values("The boat sank on 3 May 1998. Rescuers arrived the next morning, and the night was calm.")
    assert ("the next morning", "TIME", "1998-05-04TMO") in got
    assert ("the night", "TIME", "1998-05-04TNI") in got


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The curfew runs from 10 p.m. to 5 a.m.", "5 a.m.", "2024-11-06T05:00"),
        ("Bars close between 11pm and 2am.", "2am", "2024-11-06T02:00"),
        ("The museum is open from 10 a.m. to 6 p.m.", "6 p.m.", "2024-11-05T18:00"),
    ],
)
def test_a_range_of_clock_times_past_midnight_ends_the_next_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_dashed_range_of_clock_times_past_midnight_ends_the_next_day() -> None:
    assert [v for _, _, v in values("Bars open 9pm-2am.")] == ["2024-11-05T21:00", "2024-11-06T02:00"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The same time in another zone, in brackets, stands between the clock time and its day.
        ("The blast came at about 9:40 a.m. (0640 GMT) Friday.", "about 9:40 a.m.", "2024-11-01T09:40"),
        ("The quake struck at 4:20 p.m. EDT (2020 GMT) Sunday.", "4:20 p.m. EDT", "2024-11-03T16:20"),
        ("The ship sank at 11 p.m. (local time) on Saturday.", "11 p.m.", "2024-11-02T23:00"),
        ("The fire broke out at 2 a.m. (0700 GMT) Monday.", "2 a.m.", "2024-11-04T02:00"),
    ],
)
def test_a_clock_time_takes_its_day_across_a_bracketed_conversion(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_bracketed_aside_without_a_day_after_leaves_the_clock_time_alone() -> None:
    assert find("The train left at 9 a.m. (after a long delay) and arrived late.", "9 a.m.").value == "2024-11-05T09:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The battle began on 7 May 1792. By evening the left wing had broken.", "evening", "1792-05-07TEV"),
        ("The siege opened on 2 June 1711. Towards evening the rain stopped.", "evening", "1711-06-02TEV"),
        ("The storm broke on 9 March 1850 and the ships waited until afternoon.", "afternoon", "1850-03-09TAF"),
        ("The guns fell silent on 4 July 1863. By morning the field was empty.", "morning", "1863-07-04TMO"),
    ],
)
def test_a_part_of_the_day_alone_after_a_deadline_is_the_story_s_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning, she said on 7 May 1792.",
        "On 7 May 1792 the scouts travelled by night and slept by day.",
        "On 7 May 1792 the council sat at evening prayers.",
    ],
)
def test_a_part_of_the_day_without_a_deadline_before_it_is_not_this_time(text: str) -> None:
    assert [v[0] for v in values(text, document_type="narrative")] == ["7 May 1792"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On the night of 4 June 1744 the army marched; at dawn it attacked.", "dawn", "1744-06-05TMO"),
        ("On 4 June 1744 the army left camp at 11 p.m. By dawn it had reached the river.", "dawn", "1744-06-05TMO"),
        ("The fighting began on the evening of 7 May 1792 and lasted until morning.", "morning", "1792-05-08TMO"),
        # A day told without its night: its own morning.
        ("On 4 June 1744 the army marched. At dawn it attacked.", "dawn", "1744-06-04TMO"),
    ],
)  # fmt: skip
def test_the_morning_after_an_evening_or_night_told_is_the_next_day_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A month told alone leaves the day unknown, as "that evening" does; counting days on from it does not
        # make one known.
        ("In April 1862 the valley was taken. At dawn the guns opened fire.", "1862-04-XXTMO"),
        ("In April 1862 the valley was taken. Three days later the duke sued for terms. At dawn the guns opened "
         "fire.", "1862-04-XXTMO"),
        ("The siege began in 1683. By nightfall the outer wall had fallen.", "1683-XX-XXTEV"),
        # A day told: that day.
        ("On 3 April 1862 the valley was taken. At dawn the guns opened fire.", "1862-04-03TMO"),
    ],
)  # fmt: skip
def test_a_part_of_the_day_after_a_month_or_year_of_a_history_is_on_an_unknown_day(text: str, value: str) -> None:
    t = find(text, "dawn" if "dawn" in text else "nightfall", document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 6 June 1944 the landings began. At 0630 hours the first boats landed.", "0630 hours", "1944-06-06T06:30"),
        ("On 6 June 1944 the landings began. By 2200 hrs the beach was secure.", "2200 hrs", "1944-06-06T22:00"),
        ("On 6 June 1944 the landings began. The barrage lifted at 1845 hours.", "1845 hours", "1944-06-06T18:45"),
    ],
)  # fmt: skip
def test_a_military_clock_time_is_a_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("TIME", value)


def test_a_count_of_hours_in_four_digits_stays_a_count() -> None:
    t = find("The pilots had logged 1200 hours of flying.", "1200 hours", document_type="narrative")
    assert (t.type, t.value) == ("DURATION", "PT1200H")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 6 June 1944 the landings began. By 10 a.m. the next day the town was taken.", "10 a.m.",
         "1944-06-07T10:00"),
        ("On 6 June 1944 the landings began. At dawn the following day the tanks moved.", "dawn", "1944-06-07TMO"),
        ("On 6 June 1944 the landings began. At 4 p.m. the same day the general landed.", "4 p.m.",
         "1944-06-06T16:00"),
        # Before a day told by its part ("the next morning"): on that day too.
        ("The column halted on 3 May 1809. At 0500 hours the next morning it marched on.", "0500 hours",
         "1809-05-04T05:00"),
        ("The column halted on 3 May 1809. It marched on at 5 a.m. the following morning.", "5 a.m.",
         "1809-05-04T05:00"),
        ("The fire broke out on 2 September 1666. By 8 p.m. the next evening it had reached the river.", "8 p.m.",
         "1666-09-03T20:00"),
    ],
)  # fmt: skip
def test_a_clock_time_before_the_day_named_after_it_is_on_that_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A clock time before "on the 15th" is on that day, as "at 8pm on Friday" is (published 8 November 2024).
        ("Nominations close at noon on the 15th.", "noon", "2024-11-15T12:00"),
        ("Doors open at 7pm on the 23rd.", "7pm", "2024-11-23T19:00"),
        ("The polls close at 8pm on Thursday.", "8pm", "2024-11-14T20:00"),
    ],
)
def test_a_clock_time_before_a_day_of_the_month_is_on_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    "text",
    [
        "On 3 July 1866 the armies met at dawn, and by nightfall the confederates were in retreat.",
        "The relief column reached the fort on 12 May 1885, shortly before nightfall.",
        "On 9 October 1871 the fire burned until nightfall, when the wind dropped.",
    ],
)
def test_nightfall_is_the_evening_of_its_day_as_dusk_is(text: str) -> None:
    t = find(text, "nightfall", document_type="narrative")
    assert t.type == "TIME"
    assert t.value.endswith("TEV")
