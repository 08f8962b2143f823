"""Clock times of a timetable (opening hours, collection times, a helpline's hours) name every day, not
one of the calendar: they carry no date (XXXX-XX-XXT09:00) and are no events of the timeline. A clock
time of a day the story names stays on that day.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The library is open from 9 a.m. to 5 p.m. daily.", "9 a.m.", "XXXX-XX-XXT09:00"),
        ("The library is open from 9 a.m. to 5 p.m. daily.", "5 p.m.", "XXXX-XX-XXT17:00"),
        ("The helpline runs 8 a.m. to 8 p.m. every day.", "8 p.m.", "XXXX-XX-XXT20:00"),
        ("Bins are emptied at 7 a.m. every Thursday.", "7 a.m.", "XXXX-XX-XXT07:00"),
        ("Calls are answered from 8:30 a.m. on weekdays.", "8:30 a.m.", "XXXX-XX-XXT08:30"),
        ("The gallery opens at 10 a.m. each morning and shuts at 6 p.m.", "6 p.m.", "XXXX-XX-XXT18:00"),
        ("Visiting hours are 2 p.m. to 4 p.m. on the ward.", "2 p.m.", "XXXX-XX-XXT14:00"),
        ("The pool is open 6 a.m. to 10 p.m., seven days a week.", "10 p.m.", "XXXX-XX-XXT22:00"),
        ("The road will close from 8 p.m. to 5 a.m. on weeknights.", "5 a.m.", "XXXX-XX-XXT05:00"),
        ("The club meets at 7 p.m. Tuesdays in the church hall.", "7 p.m.", "XXXX-XX-XXT19:00"),
        ("The clinic sees walk-in patients until 1 p.m. on Saturdays.", "1 p.m.", "XXXX-XX-XXT13:00"),
    ],
)
def test_clock_time_of_a_timetable_has_no_date(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)
    assert t.interval_start is None  # nothing on the timeline


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The day is named: that day's time, though the service runs every day.
        ("The daily ferry left at 6 a.m. on Monday.", "6 a.m.", "2024-11-04T06:00"),
        ("On Sunday the gates opened at 9 a.m., as they do daily.", "9 a.m.", "2024-11-03T09:00"),
        # Nothing says the time recurs.
        ("The polls open at 7 a.m. and close at 8 p.m.", "8 p.m.", "2024-11-05T20:00"),
        ("The fire broke out at 3:40 a.m., a week after the last one.", "3:40 a.m.", "2024-11-05T03:40"),
        # "daily" that qualifies a noun makes no timetable of the sentence.
        ("At its daily briefing at 11 a.m. the ministry said so.", "11 a.m.", "2024-11-05T11:00"),
        ("The daily flight landed at 6:20 p.m. yesterday.", "6:20 p.m. yesterday", "2024-11-04T18:20"),
    ],
)
def test_clock_time_of_a_named_or_single_day_keeps_its_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_recurring_day_words_stay_sets() -> None:
    found = values("Trains leave at 7:15 a.m. daily and every Sunday at 9 a.m.")
    assert ("daily", "SET", "XXXX-XX-XX") in found
    assert ("7:15 a.m.", "TIME", "XXXX-XX-XXT07:15") in found


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        (
            "The strike began in 1971. Every year the trams stop for a minute at 5 a.m., the hour it began.",
            "5 a.m.",
            "XXXX-XX-XXT05:00",
            "narrative",
        ),
        (
            "The fort fell in 1820. Each year a gun is fired at noon from its walls.",
            "noon",
            "XXXX-XX-XXT12:00",
            "narrative",
        ),
        ("Each year the parade starts at 10 a.m. in the square.", "10 a.m.", "XXXX-XX-XXT10:00", "news"),
        ("Every year the bells ring out at 11 a.m. to mark the armistice.", "11 a.m.", "XXXX-XX-XXT11:00", "news"),
    ],
)
def test_the_hour_of_a_yearly_observance_has_no_date(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("TIME", value)


def test_the_hour_of_a_day_named_before_it_keeps_that_day_though_it_recurs_every_year() -> None:
    text = "The fort fell in 1820. On 3 May the gun was fired at noon, as it was every year."
    assert find(text, "noon", document_type="narrative").value == "1820-05-03T12:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        # A working week counted in days or nights: "six days a week", "five nights a week".
        (
            "The mill opened in 1790. Its hands worked from 5 a.m. to 8 p.m. six days a week.",
            "8 p.m.",
            "XXXX-XX-XXT20:00",
            "narrative",
        ),
        ("The bakery is open from 7 a.m. five days a week.", "7 a.m.", "XXXX-XX-XXT07:00", "news"),
        (
            "In the 1950s the bakers started at 10 p.m. four nights a week.",
            "10 p.m.",
            "XXXX-XX-XXT22:00",
            "narrative",
        ),
        # Days of a kind in the plural: "on market days", "on feast days", "on race days".
        (
            "The abbey was rich by 1300. On feast days its bells rang at 6 a.m.",
            "6 a.m.",
            "XXXX-XX-XXT06:00",
            "narrative",
        ),
        ("On match days the station closes at 3 p.m.", "3 p.m.", "XXXX-XX-XXT15:00", "news"),
        # A day of every year: "every 11 November", "each June".
        (
            "The war ended in 1918. The town falls silent at 11 a.m. every 11 November.",
            "11 a.m.",
            "XXXX-XX-XXT11:00",
            "narrative",
        ),
        ("Each June the fair opens at noon.", "noon", "XXXX-XX-XXT12:00", "news"),
    ],
)
def test_the_hour_of_a_working_week_or_a_kind_of_day_has_no_date(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Days counted or pointed at once are no habit.
        ("The town was bombed on 3 and 4 May 1941. On both days the sirens sounded at 9 p.m.", "9 p.m.", "1941"),
        ("The siege began on 2 March 1460. On successive days the gates opened at 6 a.m.", "6 a.m.", "1460"),
    ],
)
def test_days_counted_once_are_no_habit(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value.startswith(value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An hour after "between" with its part of the day is a clock time, as after "from".
        ("The square filled between 8 in the morning and noon.", "8 in the morning", "2024-11-05T08:00"),
        ("Traffic was worst between seven in the evening and midnight.", "seven in the evening", "2024-11-05T19:00"),
    ],
)
def test_an_hour_with_its_part_of_the_day_after_between(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Something done every hour or every few minutes within a range of hours: a window of each day.
        ("The restored clock will strike every hour from 7am to 11pm.", "7am"),
        ("The restored clock will strike every hour from 7am to 11pm.", "11pm"),
        ("Buses run every 15 minutes between 6 a.m. and 10 p.m.", "10 p.m."),
        ("Shuttles leave hourly from 9 a.m. until 5 p.m.", "9 a.m."),
        ("The fountain plays every half hour from 10am to 6pm in summer.", "6pm"),
    ],
)
def test_hours_of_something_done_every_hour_are_of_no_day(text: str, phrase: str) -> None:
    assert find(text, phrase).value.startswith("XXXX-XX-XXT")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told of a past day, the times are that day's.
        ("Volunteers checked the seal every hour from 6am to 11am.", "11am", "2024-11-05T11:00"),
        # Not a range: a time on its own.
        ("The clock will strike every hour, starting at 7am.", "7am", "2024-11-05T07:00"),
    ],
)
def test_hours_of_a_past_day_or_alone_keep_their_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # An adverb of habit before the time in its clause: the hours of any day.
        ("The ferry normally leaves at 7.15am and returns at 6pm.", "7.15am"),
        ("Traffic on the bridge usually peaks between 5 and 6:30 p.m.", "6:30 p.m."),
        ("The market, which typically closes at 4 p.m., was busy.", "4 p.m."),
        # A firm adverb of habit in the past too: the habit of those years, of no one day.
        ("Before the war the shop usually closed at 6pm.", "6pm"),
        # "now" or "currently" right before a verb of opening hours.
        ("The branches currently open from 9am to 4pm.", "9am"),
        ("Most primary schools, which now start at 8:40 a.m., will stay as they are.", "8:40 a.m."),
        # Every two or three hours within a range of hours, and a run of weekdays after it.
        ("Trains run every two hours between 6am and 9pm, Monday to Friday.", "6am"),
        ("Trains run every two hours between 6am and 9pm, Monday to Friday.", "9pm"),
        ("The shuttle leaves every 3 hours from 8 a.m. to 8 p.m.", "8 p.m."),
    ],
)
def test_hours_of_a_habit_are_of_no_day(text: str, phrase: str) -> None:
    assert find(text, phrase).value.startswith("XXXX-XX-XXT")


def test_a_run_of_weekdays_after_the_hours_of_a_timetable_is_every_weeks() -> None:
    found = values("Trains run every two hours between 6am and 9pm, Monday to Friday.")
    assert ("Monday", "SET", "XXXX-WXX-1") in found
    assert ("Friday", "SET", "XXXX-WXX-5") in found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # The only date told before the time in its sentence is longer than a day: the time of none of its days.
        ("From next spring, the first lesson will begin at 8:50 a.m. instead of 8:20 a.m.", "8:20 a.m."),
        ("A pilot scheme last summer drew strong demand between midnight and 5am.", "5am"),
        ("In January the trains will leave at 6:05 a.m. rather than 6:20 a.m.", "6:05 a.m."),
    ],
)
def test_the_hour_under_a_month_season_or_year_has_no_day(text: str, phrase: str) -> None:
    assert find(text, phrase).value.startswith("XXXX-XX-XXT")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An adverb of habit about another time leaves a day's time alone.
        ("The ferry, which normally leaves at 7.15am, sailed at 9am on Monday.", "9am", "2024-11-04T09:00"),
        ("The shop usually shuts at 5pm, but yesterday it shut at 3pm.", "3pm", "2024-11-04T15:00"),
        # A year in an aside is no stretch the time belongs to.
        ("The senator, in office since 2016, conceded at 2140 GMT.", "2140 GMT", "2024-11-05T21:40"),
        # "now" before no verb of opening hours.
        ("Police now say the fire started at 2 a.m.", "2 a.m.", "2024-11-05T02:00"),
    ],
)
def test_hours_beside_a_habit_or_a_stretch_keep_their_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The branch currently opens at 9am and closes at 5pm.", "9am", "XXXX-XX-XXT09:00"),
        ("The branch currently opens at 9am and closes at 5pm.", "5pm", "XXXX-XX-XXT17:00"),
        ("Most of the chain's shops usually close at 6pm.", "6pm", "XXXX-XX-XXT18:00"),
        ("The last tram normally leaves the depot at 11.40pm.", "11.40pm", "XXXX-XX-XXT23:40"),
        ("Night buses typically run until 4am, the operator says.", "4am", "XXXX-XX-XXT04:00"),
    ],
)
def test_a_clock_time_told_with_an_adverb_of_habit_is_of_every_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_an_adverb_of_habit_in_another_clause_leaves_the_day() -> None:
    text = "The cafe usually shuts at 6pm, but on Friday it closed at 4pm."
    assert find(text, "6pm").value == "XXXX-XX-XXT18:00"
    assert not find(text, "4pm").value.startswith("XXXX")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ward will shut between 8pm and 8am for six weeks.", "8pm", "XXXX-XX-XXT20:00"),
        ("The ward will shut between 8pm and 8am for six weeks.", "8am", "XXXX-XX-XXT08:00"),
        ("The council said it would close the car park from 6pm to 7am for a month.", "6pm", "XXXX-XX-XXT18:00"),
        ("The underpass was closed from 10pm until 5am for two months last year.", "5am", "XXXX-XX-XXT05:00"),
        ("My neighbour has been mowing at 7am for weeks.", "7am", "XXXX-XX-XXT07:00"),
    ],
)
def test_hours_kept_for_weeks_or_more_are_of_every_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The bridge closes at 10pm for three months of repairs.", "10pm"),
        ("The walkout began at 6am and will last for three weeks.", "6am"),
    ],
)
def test_a_moment_that_opens_a_long_stretch_keeps_its_day(text: str, phrase: str) -> None:
    assert not find(text, phrase).value.startswith("XXXX")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A range of hours held "for" weeks, months or years: each day's hours, even after the day it starts.
        ("The tunnel will be closed from 10pm to 5am for six weeks.", "5am"),
        ("From Monday the ward will shut between 9pm and 7am for three months.", "9pm"),
        ("Trains are to stop between midnight and 5 a.m. for the next two years.", "5 a.m."),
    ],
)
def test_a_range_of_hours_held_for_weeks_or_more_is_of_no_day(text: str, phrase: str) -> None:
    assert find(text, phrase).value.startswith("XXXX-XX-XXT")


def test_a_range_of_hours_told_in_the_past_beside_a_long_stretch_keeps_its_day() -> None:
    text = "Shares changed hands between 9am and 10am at their lowest for three years."
    assert find(text, "10am").value == "2024-11-05T10:00"


def test_an_adverb_of_habit_in_the_times_own_clause_outweighs_a_day_told_before() -> None:
    text = "On Saturday the club moved the match to noon to dodge the heat, which usually peaks at 3 p.m."
    assert find(text, "3 p.m.").value == "XXXX-XX-XXT15:00"
    assert find(text, "noon").value == "2024-11-02T12:00"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Days in the plural after a range of hours keep the timetable, though the sentence told a day before it.
        (
            "The charge, approved at a meeting that ran late on Monday, will apply between 7am and 7pm on weekdays.",
            "7am",
            "XXXX-XX-XXT07:00",
        ),
        (
            "The rule was passed on Monday and applies from 8 p.m. to 6 a.m. on weeknights.",
            "8 p.m.",
            "XXXX-XX-XXT20:00",
        ),
        ("The market, which opened on Friday, trades from 9am to 2pm on Saturdays.", "9am", "XXXX-XX-XXT09:00"),
        # A range of hours of the day told, with no days in the plural, stays on it.
        ("The shop opened on Monday from 9am to 5pm.", "9am", "2024-11-04T09:00"),
    ],
)
def test_days_in_the_plural_after_a_range_of_hours(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value
