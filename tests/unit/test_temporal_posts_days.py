"""Days and months as posts write them short: a weekday with its clock time, lists of short weekdays, "since
mon", lower-case month abbreviations after a word of time; "next friday" set against "this friday".

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A weekday and the clock time right after it are one TIME.
        ("quiz night weds 7pm, who's in", "weds 7pm", "2024-11-06T19:00"),
        ("fri 8pm at the usual place", "fri 8pm", "2024-11-08T20:00"),
        ("park run sat 9am if it's dry", "sat 9am", "2024-11-09T09:00"),
        ("see you sun 10.30am", "sun 10.30am", "2024-11-10T10:30"),
        ("Thursday 6:45pm kick off, get there early", "Thursday 6:45pm", "2024-11-07T18:45"),
        # Told in the past, the day gone.
        ("missed the last bus thurs 11pm and walked home", "thurs 11pm", "2024-10-31T23:00"),
    ],
)
def test_a_weekday_with_its_clock_time_is_one_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


def test_a_weekday_clock_in_news_is_one_time() -> None:
    t = find("Polls close Friday 8 p.m. in most states.", "Friday 8 p.m.")
    assert (t.type, t.value) == ("TIME", "2024-11-08T20:00")


@pytest.mark.parametrize(
    "text",
    [
        "she sat 3pm exams all week",  # the verb after its subject
        "we sat 2pm to 4pm in the sun",
    ],
)
def test_a_verb_before_a_clock_time_is_no_day(text: str) -> None:
    assert not any(v[0].lower().startswith(("sat", "sun")) for v in values(text, document_type="colloquial"))


def test_a_range_after_the_weekday_keeps_its_two_times() -> None:
    found = [v[0] for v in values("market fri 10am-2pm", document_type="colloquial")]
    assert "10am" in found and "2pm" in found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # Short weekdays joined to another day are days, also those that are words ("sat", "sun", "wed").
        ("yoga mon, wed and fri this month", [("mon", "2024-11-11"), ("wed", "2024-11-06"), ("fri", "2024-11-08")]),
        ("free sat or sun for a walk?", [("sat", "2024-11-09"), ("sun", "2024-11-10")]),
        ("can do sat/sun, not fri", [("sat", "2024-11-09"), ("sun", "2024-11-10"), ("fri", "2024-11-08")]),
        # The end of a range of days after its start.
        ("shop open mon to fri only", [("mon", "2024-11-11"), ("fri", "2024-11-15")]),
    ],
)
def test_short_weekdays_in_a_list_are_days(text: str, days: list[tuple[str, str]]) -> None:
    for phrase, value in days:
        assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "the cat sat and purred all evening",
        "we sat, talked and left",
        "the sun and the rain took turns",
        "she wed and moved abroad",
    ],
)
def test_the_words_that_spell_short_weekdays_stay_words(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("heating broken since mon, landlord ignoring me", "mon", "2024-11-04"),
        ("no coffee since sat and i'm feeling it", "sat", "2024-11-02"),
        # In a post's lower case "mon" is no other word.
        ("back at my desk mon, dreading it", "mon", "2024-11-11"),
    ],
)
def test_short_weekdays_after_since_and_mon_in_posts(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("new job starts in jan", "jan", "2025-01"),
        ("haven't been back since sept", "sept", "2024-09"),
        ("flat is ours till dec then who knows", "dec", "2024-12"),
        ("tickets for the tour go on sale in feb.", "feb", "2025-02"),
        ("holiday was early oct, feels like ages", "early oct", "2024-10"),
    ],
)
def test_lower_case_month_abbreviations_after_a_word_of_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "jan and dave are coming round",  # names
        "the oct figures were worse",  # no word of time before it
        "nov sales look grim",
    ],
)
def test_lower_case_month_abbreviations_alone_are_not_months(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A parting names the day of the next meeting.
        ("great night, see you sun!", "sun", "2024-11-10"),
        ("see u sat for the match", "sat", "2024-11-09"),
        ("cya mon, don't be late", "mon", "2024-11-11"),
        ("see you all wed", "wed", "2024-11-06"),
    ],
)
def test_short_weekdays_after_a_parting(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["i see you sat there alone", "see you sun-kissed lot at the beach"])
def test_a_parting_before_the_verb_or_a_compound_is_no_day(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A lower-case month abbreviation after a day of the month, with or without its weekday.
        ("sat 9th nov, save the date", "sat 9th nov", "2024-11-09"),
        ("flying home 21 dec!!", "21 dec", "2024-12-21"),
        ("back at uni on 3 jan", "3 jan", "2025-01-03"),
        ("party sat 16 nov at mine", "sat 16 nov", "2024-11-16"),
    ],
)
def test_a_day_of_the_month_before_a_lower_case_month_abbreviation(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A short weekday right after a clock time is the day of that time.
        ("kickoff 3pm sat, who's driving", "3pm sat", "2024-11-09T15:00"),
        ("10am sun brunch at the cafe", "10am sun", "2024-11-10T10:00"),
        ("the 7pm thurs class is full", "7pm thurs", "2024-11-07T19:00"),
    ],
)
def test_a_clock_time_before_a_short_weekday(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["got there at 3pm sat down and ate", "we met at 10am Sun Valley time"])
def test_a_clock_time_before_the_verb_or_a_name_keeps_its_day(text: str) -> None:
    assert next(v for v in values(text, document_type="colloquial") if v[1] == "TIME")[2].startswith("2024-11-05")


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        # A short weekday before "at" and an hour is the day of a plan, and the hour is on it.
        ("sat at 2 at the park?", ("sat", "2024-11-09"), ("2", "2024-11-09T14:00")),
        ("sun at 11, usual spot", ("sun", "2024-11-10"), ("11", "2024-11-10T11:00")),
        ("wed @ 7 for the quiz", ("wed", "2024-11-06"), ("7", "2024-11-06T19:00")),
    ],
)
def test_a_short_weekday_before_at_and_an_hour(text: str, day: tuple[str, str], time: tuple[str, str]) -> None:
    found = [(v[0], v[2]) for v in values(text, document_type="colloquial")]
    assert day in found and time in found


@pytest.mark.parametrize(
    "text", ["she sat at 2 tables all night", "sat at 3 desks before lunch", "i sat at 9 and waited"]
)
def test_sat_at_after_a_subject_or_before_a_count_is_the_verb(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "document_type", "value"),
    [
        # "for the 16th": what is booked or planned for that day of the month, as "on the 16th" is.
        ("got 2 tickets for the 16th, who wants one", "colloquial", "2024-11-16"),
        ("table booked for the 21st. cant wait", "colloquial", "2024-11-21"),
        ("The vote is scheduled for the 12th.", "news", "2024-11-12"),
        ("The hearing was set for the 28th, officials said.", "news", "2024-11-28"),
    ],
)
def test_a_day_of_the_month_after_for_the_is_that_day(text: str, document_type: str, value: str) -> None:
    phrase = next(w for w in ("the 16th", "the 21st", "the 12th", "the 28th") if w in text)
    assert find(text, phrase, document_type=document_type).value == value


@pytest.mark.parametrize(
    "text", ["She won it for the 3rd time.", "prices up for the 2nd year running", "voted in for the 4th term"]
)
def test_a_rank_after_for_the_is_no_date(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[0].startswith("the ")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "last" before a thing and "is": the final one of its kind, no past; the day of the month is still ahead.
        ("last day to order for xmas delivery is the 18th", "the 18th", "2024-11-18"),
        ("last collection before the holidays is the 20th apparently", "the 20th", "2024-11-20"),
        ("last chance to grab tickets is the 15th", "the 15th", "2024-11-15"),
        # "last" with a time of its own is still the past.
        ("last week the party on the 2nd was wild", "the 2nd", "2024-11-02"),
    ],
)
def test_last_of_a_kind_with_is_has_no_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "its" and a word of degree before "the" and a day of the month: the day it is.
        ("its only the 5th and ive spent all my wages", "the 5th", "2024-11-05"),
        ("its already the 5th?? november is flying", "the 5th", "2024-11-05"),
        # A tag question after it: the day asked about.
        ("bonfire night is the 5th right?", "the 5th", "2024-11-05"),
        ("payday is the 28th, right, not the 1st", "the 28th", "2024-11-28"),
    ],
)
def test_a_day_of_the_month_after_its_only_or_before_right_is_the_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text", ["its the 3rd time this week", "she was the 2nd to arrive", "came the 5th right at the end"]
)
def test_a_rank_stays_untagged(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[0].startswith("the ")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Posted on Friday 8 November 2024: a verbless "back to ..." after a break looks ahead, whatever the
        # tense of the clause before it.
        ("half term flew by, back to work on monday 😭", "monday", "2024-11-11"),
        ("week off went way too fast. back at my desk tues", "tues", "2024-11-12"),
        ("the hols were lovely; back to the grind monday #sad", "monday", "2024-11-11"),
    ],
)
def test_a_verbless_back_to_after_a_break_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8), document_type="colloquial").value == value


def test_went_back_to_keeps_its_own_verb() -> None:
    assert find(
        "we went back to the cafe on monday", "monday", date(2024, 11, 8), document_type="colloquial"
    ).value == ("2024-11-04")


@pytest.mark.parametrize(
    ("text", "posted", "this_one", "next_one"),
    [
        (
            "is it this friday or next friday for the leaving do?",
            datetime(2026, 9, 7, 8, 0),
            "2026-09-11",
            "2026-09-18",
        ),
        ("not this sat, next sat, sorry!!", datetime(2026, 9, 7, 8, 0), "2026-09-12", "2026-09-19"),
        ("This Tuesday is full but next Tuesday I'm free", datetime(2026, 9, 7, 8, 0), "2026-09-08", "2026-09-15"),
        # Said after this week's day: the next is still a week after it, the coming one.
        (
            "this friday was a write off, next friday will be better",
            datetime(2026, 9, 12, 8, 0),
            "2026-09-11",
            "2026-09-18",
        ),
    ],
)
def test_next_set_against_this_is_the_week_after(text: str, posted: datetime, this_one: str, next_one: str) -> None:
    found = [v[2] for v in values(text, posted, document_type="colloquial")]
    assert found == [this_one, next_one]


def test_next_alone_said_early_in_the_week_is_the_coming_one() -> None:
    assert find("next friday works for me", "next friday", datetime(2026, 9, 7, 8, 0), "colloquial").value == (
        "2026-09-11"
    )


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After "for", where no past tense can stand, "sat" and "wed" ending their clause are days.
        ("anyone selling a spare ticket for sat? will pay", "sat", "2024-11-09"),
        ("what are the plans for sat", "sat", "2024-11-09"),
        ("need a dog sitter for wed, any takers", "wed", "2024-11-06"),
    ],
)
def test_a_short_weekday_after_for_is_a_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "fingers crossed for sun this weekend, bbq planned",  # the weather
        "waited for ages then sat down on the kerb",
    ],
)
def test_sun_after_for_and_sat_as_a_verb_stay_words(text: str) -> None:
    assert [t for t, _, _ in values(text, document_type="colloquial") if t.lower() in ("sun", "sat")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # "already" after a short weekday: the day come round, the day of posting.
        ("wed already?? this week is flying", "wed", date(2024, 11, 6), "2024-11-06"),
        ("sat already and the lawn still isnt mowed", "sat", date(2024, 11, 9), "2024-11-09"),
        ("sun already, where did the weekend go", "sun", date(2024, 11, 10), "2024-11-10"),
    ],
)
def test_a_short_weekday_before_already_is_the_day_come_round(text: str, phrase: str, posted: date, value: str) -> None:
    assert find(text, phrase, posted, document_type="colloquial").value == value


def test_a_short_weekday_before_already_after_a_subject_is_the_verb() -> None:
    assert [t for t, _, _ in values("we sat already, ta", document_type="colloquial") if t == "sat"] == []


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value", "document_type"),
    [
        # "next" and the weekday after the day of writing: not tomorrow (that is "tomorrow"), the week after's.
        (
            "still not been away this year, going next thursday tho",
            date(2024, 7, 31),
            "next thursday",
            "2024-08-08",
            "colloquial",
        ),
        ("dentist next sat, dreading it", date(2024, 11, 8), "next sat", "2024-11-16", "colloquial"),
        ("The board will vote next Tuesday.", date(2024, 11, 4), "next Tuesday", "2024-11-12", "news"),
        # Further off in the week, "next" is still the coming one.
        ("going next thursday tho", date(2024, 7, 29), "next thursday", "2024-08-01", "colloquial"),
    ],
)
def test_next_and_the_weekday_after_the_day_of_writing_is_not_tomorrow(
    text: str, posted: date, phrase: str, value: str, document_type: str
) -> None:
    assert find(text, phrase, posted, document_type=document_type).value == value
