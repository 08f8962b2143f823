"""Relative expressions: deictic days, weekdays by tense, last/next/this, "ago", anaphora."""

from datetime import date, datetime

import pytest

from tests.unit._helpers import DCT, find, values


def test_deictic_days() -> None:
    assert find("Officials said yesterday.", "yesterday").value == "2024-11-04"
    assert find("The index fell today.", "today").value == "2024-11-05"
    assert find("Talks resume tomorrow.", "tomorrow").value == "2024-11-06"
    t = find("He will speak tonight.", "tonight")
    assert (t.type, t.value, t.granularity) == ("TIME", "2024-11-05TNI", "part_of_day")


def test_ref_words() -> None:
    assert find("Troops are now at the front.", "now").value == "PRESENT_REF"
    t = find("Prices have risen recently.", "recently")
    assert (t.value, t.granularity, t.interval_start) == ("PAST_REF", None, None)
    assert find("Rates may rise in the future.", "the future").value == "FUTURE_REF"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A broadcaster said on Tuesday that troops arrived.", "2024-11-05"),  # publication day itself
        ("On Monday, intelligence said troops were there.", "2024-11-04"),
        ("The company reported on Friday that sales fell.", "2024-11-01"),
        ("Negotiators will meet again on Friday.", "2024-11-08"),
        ("The board is expected to vote on Thursday.", "2024-11-07"),
    ],
)
def test_weekdays_follow_the_tense(text: str, value: str) -> None:
    t = next(x for x in find_all(text) if x.type == "DATE")
    assert (t.value, t.granularity) == (value, "day")


def find_all(text: str):
    from service.temporal import annotate

    return annotate(text, DCT)


def test_colloquial_weekday_is_the_coming_one() -> None:
    assert find("Lunch with the team Friday.", "Friday", document_type="colloquial").value == "2024-11-08"
    assert find("Lunch with the team Friday.", "Friday").value == "2024-11-01"
    # A present-tense verb of scheduling looks ahead in any document type.
    assert find("Let's meet Friday.", "Friday").value == "2024-11-08"


@pytest.mark.parametrize(
    ("phrase", "value", "granularity"),
    [
        ("next month", "2024-12", "month"),
        ("last month", "2024-10", "month"),
        ("this year", "2024", "year"),
        ("last year", "2023", "year"),
        ("next year", "2025", "year"),
        ("this week", "2024-W45", "week"),
        ("last week", "2024-W44", "week"),
        ("last Monday", "2024-11-04", "day"),
        ("next Friday", "2024-11-08", "day"),
        ("last summer", "2023-SU", "season"),
        ("this morning", "2024-11-05TMO", "part_of_day"),
        ("last night", "2024-11-04TNI", "part_of_day"),
    ],
)
def test_deictic_units(phrase: str, value: str, granularity: str) -> None:
    t = find(f"It happens {phrase}, officials said.", phrase)
    assert (t.value, t.granularity) == (value, granularity)


def test_week_interval_is_monday_to_monday() -> None:
    t = find("Talks stalled this week.", "this week")
    assert t.interval_start is not None and t.interval_start.date() == date(2024, 11, 4)
    assert t.interval_end is not None and t.interval_end.date() == date(2024, 11, 11)


def test_modifiers_set_mod() -> None:
    assert find("It was agreed earlier this month.", "earlier this month").mod == "START"
    t = find("It slowed in late last year.", "late last year")
    assert (t.value, t.mod) == ("2023", "END")
    assert find("Talks start in mid-October.", "mid-October").mod == "MID"
    t = find("It happened about two weeks ago.", "about two weeks ago")
    assert (t.value, t.mod) == ("2024-W43", "APPROX")


def test_ago() -> None:
    assert find("He left three years ago.", "three years ago").value == "2021"
    assert find("He left two months ago.", "two months ago").value == "2024-09"
    assert find("He left 10 days ago.", "10 days ago").value == "2024-10-26"


def test_anaphora_on_the_last_mentioned_date() -> None:
    text = "The first round opened on 3 March 2023 and collapsed the following day. Two weeks later it failed."
    t = find(text, "the following day")
    assert (t.value, t.anchor) == ("2023-03-04", "previous")
    t = find(text, "Two weeks")
    assert (t.type, t.value, t.granularity, t.anchor) == ("DURATION", "P2W", "week", "previous")
    assert t.interval_start == datetime(2023, 3, 13)  # the week holding 18 March
    assert find("The war began in 1914. That year the harvest failed.", "That year").value == "1914"


def test_narrative_mode_hangs_relative_dates_on_the_story() -> None:
    text = "On 3 March 1921 the strike began. The next day the mills closed. Two days later they reopened."
    got = values(text, date(2024, 11, 5), "narrative")
    assert ("The next day", "DATE", "1921-03-04") in got
    assert ("Two days later", "DATE", "1921-03-06") in got


def test_in_text_later_after_a_duration_stays_a_duration() -> None:
    # TimeBank: "[Three days] later" inside a sentence is a duration; "later" stays outside.
    assert ("three days", "DURATION", "P3D") in values("Prices fell, and three days later they recovered.")
    # Opening a clause, a count too vague to date is a duration too, not a vague future.
    assert ("A few days", "DURATION", "PXD") in values("Prices fell. A few days later they recovered.")
    assert ("Half an hour", "DURATION", "PT30M") in values("The alarm rang. Half an hour later, the fire was out.")


def test_that_before_a_month_is_a_conjunction_after_a_verb() -> None:
    t = find("The chief said that March deliveries slipped.", "March")
    assert (t.value, t.start) == ("2024-03", 20)
    assert find("In that January, the river froze.", "that January").value == "2024-01"


def test_current_as_an_adjective_is_the_present() -> None:
    t = find("Under current rules, the plan fails.", "current")
    assert (t.type, t.value) == ("DATE", "PRESENT_REF")
    assert values("The current account deficit widened.") == []


def test_modern_relative_phrasing() -> None:
    assert find("The minister resigned earlier today.", "earlier today").value == "2024-11-05"
    assert find("A verdict is expected later today.", "later today").value == "2024-11-05"
    assert find("Fans queued this past weekend.", "this past weekend").value == "2024-W44-WE"
    assert find("Fans queued last weekend.", "last weekend").value == "2024-W44-WE"
    assert find("Fans queued over the weekend.", "the weekend").value == "2024-W44-WE"
    # CONVENTIONS §3: "coming weeks" is a vague duration, "recent days" PAST_REF.
    t = find("More storms are likely in the coming days.", "the coming days")
    assert (t.type, t.value) == ("DURATION", "PXD")
    assert find("Talks stalled in the coming weeks.", "the coming weeks").value == "PXW"
    assert find("Rain fell in recent days.", "recent days").value == "PAST_REF"


def test_anaphora_on_the_last_mentioned_day() -> None:
    text = "The plant flooded on June 14. The day before, crews had cleared the drains."
    assert find(text, "The day before").value == "2024-06-13"
    text = "The plant flooded on June 14. The next morning, crews pumped it dry."
    t = find(text, "The next morning")
    assert (t.type, t.value, t.anchor) == ("TIME", "2024-06-15TMO", "previous")
    text = "The plant flooded on June 14. That evening, crews pumped it dry."
    assert find(text, "That evening").value == "2024-06-14TEV"
    text = "The plant flooded on June 14. The same day, crews pumped it dry."
    assert find(text, "The same day").value == "2024-06-14"
    text = "The plant flooded on June 14. The previous day, crews had left."
    assert find(text, "The previous day").value == "2024-06-13"
    text = "The talks collapsed in March 2022. The year after, they resumed."
    assert find(text, "The year after").value == "2023"
    # "before" followed by what it is before is a preposition: only "the day" is the timex.
    text = "The plant flooded on June 14, the day before the audit."
    assert find(text, "the day").value == "2024-06-14"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Before or after an event: the day beside the one the story is about.
        ("The mayor was arrested on June 14. Her deputy resigned the day after her arrest.", "2024-06-15"),
        ("The bridge reopened on June 14. The day before the opening, engineers tested it.", "2024-06-13"),
        ("The strike began on June 14. On the day after it began, the docks were empty.", "2024-06-15"),
        ("The vote fell on June 14. Polls had closed the day before the count started.", "2024-06-13"),
    ],
)
def test_the_day_before_or_after_an_event(text: str, value: str) -> None:
    assert find(text, "the day" if "the day" in text else "The day").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Before or after a date named next: the day beside that date.
        ("The shops were full the day before Christmas.", "2023-12-24"),
        ("Crowds gathered the day after last Monday's final.", "2024-11-05"),
        ("The ferry left the day before June 3.", "2024-06-02"),
        ("Talks resumed the day after Oct. 12.", "2024-10-13"),
    ],
)
def test_the_day_beside_a_date_named_after_it(text: str, value: str) -> None:
    assert find(text, "the day").value == value


@pytest.mark.parametrize(
    "text",
    [
        "The plant flooded on June 14, the day before the audit.",
        "He was last seen on June 14, the day after the storm.",
    ],
)
def test_the_day_set_off_after_a_date_is_that_date(text: str) -> None:
    assert find(text, "the day").value == "2024-06-14"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The envoy landed on June 14 and met rebels later in the day before flying home.", "the day"),
        ("The envoy landed on June 14 and met rebels early in the day before the talks.", "the day"),
    ],
)
def test_a_part_of_the_day_before_a_clause_stays_on_that_day(text: str, phrase: str) -> None:
    assert find(text, phrase).value == "2024-06-14"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Talks began in early June. During the day Friday, the children played outside.", "Friday"),
        ("The talks opened in June. Through the day Monday, delegates argued.", "Monday"),
        ("Rain fell for most of the day yesterday.", "yesterday"),
        ("Crowds grew during the day on Sunday.", "Sunday"),
    ],
)
def test_the_day_before_a_day_named_is_its_daytime_not_a_timex(text: str, day: str) -> None:
    assert not [v for v in values(text) if v[0].lower().startswith("the day")]
    assert find(text, day).type == "DATE"


@pytest.mark.parametrize(
    "text",
    [
        "Orders slumped in March. When bad news breaks, you see heavy selling that day.",
        "The fund was launched in 1987. Investors who sell on a rumour lose money that day.",
        "Flooding was worst in May. A farmer who loses a crop cannot plant again that day.",
        "Storms peaked in 2019. A pilot who diverts a flight can't land at home that day.",
        "Prices fell in April. A shop that cuts prices doesn't make a profit that day.",
    ],
)
def test_that_day_of_a_general_case_after_only_a_month_or_year_is_no_date(text: str) -> None:
    assert not [v for v in values(text) if "day" in v[0]]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Told in the past, it is the unknown day of that month; after a day named, that day.
        ("Orders slumped in March 2024. Heavy selling began that day.", "2024-03-XX"),
        ("Orders slumped on March 4. When the news breaks, you see heavy selling that day.", "2024-03-04"),
    ],
)
def test_that_day_told_in_the_past_or_after_a_day_keeps_its_date(text: str, value: str) -> None:
    assert find(text, "that day").value == value


def test_two_days_from_publication() -> None:
    assert find("The ship docked the day before yesterday.", "the day before yesterday").value == "2024-11-03"
    assert find("The ship docks the day after tomorrow.", "the day after tomorrow").value == "2024-11-07"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "A few" or "several" units back: some three units, known to the next coarser unit.
        ("A few years ago the mill closed.", "A few years ago", "202X"),
        ("The mill closed several years ago.", "several years ago", "202X"),
        ("Several decades ago the valley was farmland.", "Several decades ago", "19XX"),
        ("The road was paved a few decades ago.", "a few decades ago", "19XX"),
        ("Several years from now the loan falls due.", "Several years from now", "202X"),
    ],
)
def test_vague_counts_back_name_the_coarser_unit(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Fans will gather this Friday night.", "this Friday night", "2024-11-08TNI"),
        ("The council meets next Monday morning.", "next Monday morning", "2024-11-11TMO"),
        ("The talks broke down last Sunday evening.", "last Sunday evening", "2024-11-03TEV"),
    ],
)
def test_determined_weekday_with_its_part_of_day_is_one_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The hearing is set for a week from Saturday.", "a week from Saturday", "2024-11-16"),
        ("We meet again two weeks from today.", "two weeks from today", "2024-11-19"),
        ("The vote is ten days from tomorrow.", "ten days from tomorrow", "2024-11-16"),
        ("The store opens three months from next Monday.", "three months from next Monday", "2025-02-11"),
    ],
)
def test_a_count_from_a_named_day_is_the_day_it_reaches(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "document_type", "expected"),
    [
        # After "for", how long from the day it starts: the count and the day, each its own (DCT Tuesday 5 Nov).
        (
            "The plant will shut for three weeks from Monday.",
            "news",
            [("three weeks", "DURATION", "P3W"), ("Monday", "DATE", "2024-11-11")],
        ),
        (
            "kids off school for 2 weeks from friday 😩",
            "colloquial",
            [("2 weeks", "DURATION", "P2W"), ("friday", "DATE", "2024-11-08")],
        ),
        (
            "on annual leave for 10 days from tomorrow!!",
            "colloquial",
            [("10 days", "DURATION", "P10D"), ("tomorrow", "DATE", "2024-11-06")],
        ),
    ],
)
def test_a_count_for_which_something_lasts_from_a_day_is_a_duration_and_the_day(
    text: str, document_type: str, expected: list[tuple[str, str, str]]
) -> None:
    assert values(text, document_type=document_type) == expected


def test_without_for_the_count_from_a_day_is_still_the_day_it_reaches() -> None:
    assert values("we fly 2 weeks from friday", document_type="colloquial") == [
        ("2 weeks from friday", "DATE", "2024-11-22")
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The firm reports in the first week of December.", "the first week of December", "2024-W49"),
        ("Sales slumped in the last week of June.", "the last week of June", "2024-W26"),
        ("The vote is in the second week of January 2025.", "the second week of January 2025", "2025-W02"),
    ],
)
def test_a_week_by_its_rank_in_a_month(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        # The weekend of the month's first, second or last Saturday.
        ("The fair is held on the first weekend of March.", "the first weekend of March", "2025-W09-WE", "news"),
        ("Rain spoiled the last weekend in October.", "the last weekend in October", "2024-W43-WE", "news"),
        ("camping the second weekend in june!! 🏕️", "the second weekend in june", "2025-W24-WE", "colloquial"),
        # A post may leave out "the"; "may" after "in" is the month.
        ("booked the cottage for last weekend in may", "last weekend in may", "2025-W22-WE", "colloquial"),
    ],
)
def test_a_weekend_by_its_rank_in_a_month(text: str, phrase: str, value: str, document_type: str) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("DATE", value)


def test_last_week_in_a_month_without_the_is_the_week_gone_by() -> None:
    assert "last week in june" not in [v[0] for v in values("last week in june we went to spain")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The next election is in two years' time.", "two years' time", "2026"),
        ("We meet again in a fortnight's time.", "a fortnight's time", "2024-11-19"),
        ("Results come in three weeks' time.", "three weeks' time", "2024-11-26"),
        ("The lease ends in six months' time.", "six months' time", "2025-05"),
    ],
)
def test_a_count_of_units_time_is_the_date_it_reaches(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Farkas hopes he one day follows his hero into space.", "one day"),
        ("One day, I will be rich.", "One day"),
        ("She will one day lead the party.", "one day"),
    ],
)
def test_one_day_as_some_day_to_come(text: str, phrase: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize(
    ("text", "value"),
    [("The talks lasted one day.", "P1D"), ("One day is not enough to see the city.", "P1D")],
)
def test_one_day_as_a_length_stays_a_duration(text: str, value: str) -> None:
    t = find(text, "one day" if "lasted" in text else "One day")
    assert (t.type, t.value) == ("DURATION", value)


def test_one_day_in_a_past_story_is_no_length() -> None:
    assert values("One day a stranger arrived at the farm.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Told on a Sunday, "this week" still to come is the week that begins the next day.
        ("The company will report results this week.", "2024-W46"),
        ("Parliament is expected to vote on the bill this week.", "2024-W46"),
        # Told of the past, the ISO week that ends that Sunday.
        ("Markets were volatile this week.", "2024-W45"),
        ("The minister met her counterpart this week.", "2024-W45"),
    ],
)
def test_this_week_told_on_a_sunday(text: str, value: str) -> None:
    assert find(text, "this week", date(2024, 11, 10)).value == value


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # "The past century" is the century that holds most of the hundred years just gone.
        ("The last century saw two world wars.", date(2024, 11, 8), "19"),
        ("Over the past century the city has grown tenfold.", date(2024, 11, 8), "19"),
        ("Over the past century the city has grown tenfold.", date(1998, 2, 6), "19"),
        ("Over the last century the port has silted up.", date(2075, 6, 1), "20"),
    ],
)
def test_the_past_century_holds_most_of_the_hundred_years_gone(text: str, reference: date, value: str) -> None:
    t = next(t for t in values(text, reference) if "century" in t[0])
    assert t[2] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "the week before last", "the year after next": two units back or on, one expression (published
        # Friday 8 November 2024).
        ("The talks collapsed the week before last.", "the week before last", "2024-W43"),
        ("The match was played the weekend before last.", "the weekend before last", "2024-W43-WE"),
        ("The vote will take place the week after next.", "the week after next", "2024-W47"),
        ("Prices rose the month before last.", "the month before last", "2024-09"),
        ("Elections are due the year after next.", "the year after next", "2026"),
        ("The jury will return the day after next.", "the day after next", "2024-11-10"),
        ("Both teams arrived the day before last.", "the day before last", "2024-11-06"),
    ],
)
def test_two_units_back_or_on(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    ("text", "posted", "value"),
    [
        ("dentist the day after next, dreading it", datetime(2024, 11, 8, 15, 0), "2024-11-10"),
        # Posted in the small hours: counted as "tomorrow" is, from the calendar's day of posting.
        ("cant sleep, interview the day after next", datetime(2024, 11, 9, 1, 30), "2024-11-11"),
    ],
)
def test_the_day_after_next_in_a_post(text: str, posted: datetime, value: str) -> None:
    assert find(text, "the day after next", posted, "colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Posts leave the article out.
        ("dentist day after next, dreading it", "day after next", "2024-11-10"),
        ("off to spain week after next!!", "week after next", "2024-W47"),
        ("rent goes up month after next apparently", "month after next", "2025-01"),
    ],
)
def test_two_units_on_without_the_article_in_a_post(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2024, 11, 8, 15, 0), "colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("They met the day before last Friday.", "last Friday"),
        ("The week after next month looks quiet.", "next month"),
    ],
)
def test_last_or_next_before_a_day_or_a_unit_opens_an_expression_of_its_own(text: str, phrase: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).text == phrase


def test_the_day_after_next_in_a_story_counts_from_the_story_day() -> None:
    text = "The fleet sailed on 2 June 1799. It was expected at Malta the day after next."
    assert find(text, "the day after next", date(2020, 1, 1), "narrative").value == "1799-06-04"


@pytest.mark.parametrize(
    "text",
    [
        "The plane landed on June 14, and the crew rested later in the day.",
        "The market opened on June 14. Late in the day, shares fell.",
        "On June 14 the rain stopped; earlier in the day, roads had flooded.",
    ],
)
def test_a_time_within_the_day_leaves_its_modifier_outside(text: str) -> None:
    # TimeBank marks "later in [the day]": the day is the timex, the time within it told around it.
    assert [(v[0], v[2]) for v in values(text) if "day" in v[0].lower()] == [("the day", "2024-06-14")]


def test_earlier_in_the_year_stays_one_span() -> None:
    assert find("Sales slowed earlier in the year.", "earlier in the year").type == "DATE"
