"""Where a time expression begins and ends: the words that belong to it and those that do not.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Witnesses saw the van last Oct. 23 outside the school.", "last Oct. 23", "2024-10-23"),
        ("The ferry sank last December 12 off the coast.", "last December 12", "2023-12-12"),
        ("The board meets next March 3 to vote.", "next March 3", "2025-03-03"),
        ("She was sworn in this past Nov. 2 in a small ceremony.", "this past Nov. 2", "2024-11-02"),
        ("Last May 7 the rebels shelled the port.", "Last May 7", "2024-05-07"),
    ],
)
def test_last_or_next_before_a_month_and_day_is_one_date_on_its_side(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The trial opens the week of March 6.", "the week of March 6", "2025-W10"),
        ("Talks were held the week of 14 October.", "the week of 14 October", "2024-W42"),
        ("The strike was called for the week of May 12, 2025.", "the week of May 12, 2025", "2025-W20"),
    ],
)
def test_the_week_of_a_date_is_that_week(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "date_phrase", "value"),
    [
        ("He was shot on the night of Oct. 23 in his kitchen.", "Oct. 23", "2024-10-23"),
        ("She came home on the night of Friday, Oct. 25.", "Friday, Oct. 25", "2024-10-25"),
        ("On the morning of June 3 the troops moved in.", "June 3", "2024-06-03"),
        ("The deal was signed on the evening of 2 September.", "2 September", "2024-09-02"),
    ],
)
def test_a_part_of_day_of_a_date_leaves_the_date_alone_and_adds_no_day(text: str, date_phrase: str, value: str) -> None:
    found = values(text)
    assert found == [(date_phrase, "DATE", value)], found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The convoy will leave at 4 in the morning.", "4 in the morning", "2024-11-05T04:00"),
        ("She woke at six in the evening.", "six in the evening", "2024-11-05T18:00"),
        ("The shop opens at 10 o'clock.", "10 o'clock", "2024-11-05T10:00"),
        ("They met at seven o'clock at night.", "seven o'clock at night", "2024-11-05T19:00"),
        ("The music played until two at night.", "two at night", "2024-11-05T02:00"),
        ("Lunch runs from noon to 3 in the afternoon.", "3 in the afternoon", "2024-11-05T15:00"),
    ],
)
def test_an_hour_with_its_part_of_day_or_oclock_is_a_clock_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    ["Two in the morning shifts were cut.", "The club won 4 in the afternoon games.", "He scored 3 in the evening."],
)
def test_a_count_before_a_part_of_day_is_no_clock_time(text: str) -> None:
    assert [v for v in values(text) if v[1] == "TIME" and v[2].endswith(":00")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The decades-long feud is over.", "decades-long", "PXE"),
        ("They held a day-long meeting with officials.", "day-long", "P1D"),
        ("A weeklong festival opened on the coast.", "weeklong", "P1W"),
        ("The yearlong inquiry ended.", "yearlong", "P1Y"),
        ("The two-week-long strike ended.", "two-week-long", "P2W"),
        ("An hour-long speech followed.", "hour-long", "PT1H"),
        ("The months-long siege was lifted.", "months-long", "PXM"),
    ],
)
def test_compounds_of_length_are_durations(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


def test_a_length_that_is_no_time_is_not_a_duration() -> None:
    assert values("A mile-long queue formed outside.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Pilgrims filled the square as Easter week began.", "Easter week", "2024-W13"),
        ("Shops were busy during Christmas week last year.", "Christmas week", "2023-W52"),
        ("Three people died on the roads over Labor Day weekend.", "Labor Day weekend", "2024-W35-WE"),
        ("Traffic was heavy over the Thanksgiving weekend.", "the Thanksgiving weekend", "2023-W47-WE"),
    ],
)
def test_the_week_or_weekend_of_a_holiday(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The post-1959 politics split many families.", "post-1959", "1959", "AFTER"),
        ("Output fell back to pre-2008 levels.", "pre-2008", "2008", "BEFORE"),
        ("Post-2000 growth was fast.", "Post-2000", "2000", "AFTER"),
    ],
)
def test_pre_and_post_before_a_year_are_one_token_with_a_mod(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Riots have broken out for the past three summers.", "the past three summers", "XXXX-SU"),
        ("The lake froze two winters in a row.", "two winters", "XXXX-WI"),
        ("The next two springs will be dry, forecasters say.", "The next two springs", "XXXX-SP"),
    ],
)
def test_a_count_of_seasons(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("SET", value)


def test_falls_and_springs_without_a_determiner_are_verbs() -> None:
    assert values("The index falls two points when oil springs three leaks.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Relatives marked the anniversary of Bloody Sunday.",
        "Older traders still talk about Black Monday.",
        "Candidates campaigned hard ahead of Super Tuesday.",
        "Robinson Crusoe named his companion Man Friday.",
        "April Ryan asked the president a question.",
        "June Carter sang with her husband.",
        "The show starred Mr. August as the villain.",
    ],
)
def test_a_weekday_or_month_that_is_part_of_a_name_is_no_date(text: str) -> None:
    assert values(text) == [], values(text)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In June President Lee signed the bill.", "June", "2024-06"),
        ("Sales fell in June and July.", "July", "2024-07"),
        ("Shoppers queued for Black Friday deals last year.", "Black Friday", "2023-11-24"),
        ("Online sales surged on Cyber Monday last year.", "Cyber Monday last year", "2023-11-27"),
        ("The parade falls on Mardi Gras next year.", "Mardi Gras next year", "2025-03-04"),
    ],
)
def test_named_days_and_months_before_a_capitalised_word_that_are_dates(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The front held during the following months.", "the following months", "PXM"),
        ("In the ensuing weeks, hundreds fled the city.", "the ensuing weeks", "PXW"),
        ("The intervening years were quiet.", "The intervening years", "PXY"),
        ("Talks stalled in the subsequent days.", "the subsequent days", "PXD"),
    ],
)
def test_plural_units_after_a_time_of_the_story_are_durations(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Many soldiers were captured in the first hours of the war.", "the first hours", "PTXH"),
        ("In the early years, the firm struggled.", "the early years", "PXY"),
        ("The law changed a great deal over the years.", "the years", "PXY"),
        ("Over the last years the village has emptied.", "the last years", "PXY"),
    ],
)
def test_an_uncounted_stretch_of_units_is_a_duration(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


def test_the_early_hours_of_a_day_leave_the_day_as_the_expression() -> None:
    assert [v[0] for v in values("He was arrested in the early hours of Thursday morning.")] == ["Thursday morning"]


def test_the_years_as_a_plain_noun_phrase_is_no_duration() -> None:
    assert values("The years passed slowly for him.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The family opened presents on Christmas morning.", "Christmas morning", "2023-12-25TMO"),
        ("On Easter Sunday evening the bells rang.", "Easter Sunday evening", "2024-03-31TEV"),
        ("Fireworks lit the sky on New Year's Eve night.", "New Year's Eve night", "2023-12-31TNI"),
    ],
)
def test_a_holiday_with_its_part_of_day_is_one_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Within hours, the fire had spread.", "hours", "PTXH"),
        ("In years, nobody had seen such rain.", "years", "PXY"),
    ],
)
def test_a_bare_plural_after_a_capitalised_preposition(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_season_named_by_the_two_years_it_straddles() -> None:
    assert find("The winter of 2010-11 was harsh.", "The winter of 2010-11").value == "2010-WI"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The repair takes a month.", "a month", "P1M"),
        ("The festival lasts a week.", "a week", "P1W"),
        ("He spends a week in Paris each spring.", "a week", "P1W"),
        ("The appeal could take as long as a month.", "a month", "P1M"),
    ],
)
def test_a_count_after_a_verb_in_s_is_a_duration_not_a_rate(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    "text",
    ["The airline runs four flights a week.", "They add 700 seats a week.", "Police took hundreds of calls a day."],
)
def test_a_count_after_a_counted_plural_is_a_rate(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The rebels held the town for a year or two.", "a year or two", "P1Y", "EQUAL_OR_MORE"),
        ("The talks could last a day or two.", "a day or two", "P1D", "EQUAL_OR_MORE"),
        ("He left the firm a week or two ago.", "a week or two ago", "2024-W44", "APPROX"),
    ],
)
def test_a_unit_or_two_is_one_span(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("We will meet at seven o'clock this evening.", "seven o'clock this evening", "2024-11-05T19:00"),
        ("The game starts at eight o'clock Sunday night.", "eight o'clock Sunday night", "2024-11-10T20:00"),
        ("They land at nine tonight.", "nine tonight", "2024-11-05T21:00"),
        ("The bomb went off at about six o'clock.", "about six o'clock", "2024-11-05T06:00"),
    ],
)
def test_the_part_of_day_after_a_spoken_hour_sets_its_half_of_the_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The rent is due on the 15th.", "the 15th", "2024-11-15"),
        ("It was paid on the 3rd, a week late.", "the 3rd", "2024-11-03"),
        ("He died on the 2nd at 4pm.", "the 2nd", "2024-11-02"),
        ("The sale runs from the 10th to the 14th.", "the 14th", "2024-11-14"),
    ],
)
def test_a_day_of_the_month_alone_after_a_preposition(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    "text",
    [
        "A week after the 25th anniversary of the ruling.",
        "The appeal went to the 11th Circuit.",
        "On the 5th floor the fire spread.",
        "The runner finished 15th.",
    ],
)
def test_an_ordinal_before_a_noun_or_without_a_preposition_is_no_day(text: str) -> None:
    assert [v for v in values(text) if v[2].startswith("2024-1")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("A ruling is expected early in the new year.", "early in the new year", "2025", "START"),
        ("The board will meet late in the new year.", "late in the new year", "2025", "END"),
        ("Sales slumped early in the year.", "early in the year", "2024", "START"),
        ("Prices usually peak late in the month.", "late in the month", "2024-11", "END"),
    ],
)
def test_early_or_late_in_a_period_is_inside_and_sets_the_mod(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1851 the road over the pass was built in two summers.", "two summers", "P2Y"),
        ("For the next six summers the fleet sailed north to the fishing grounds.", "the next six summers", "P6Y"),
        ("After the war she spent three winters in the hills with her uncle.", "three winters", "P3Y"),
        ("The first two springs after the flood the fields lay bare.", "The first two springs", "P2Y"),
    ],
)
def test_in_a_history_a_count_of_seasons_taken_or_lasted_is_as_many_years(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 1790 the lake froze two winters in a row.", "two winters", "XXXX-WI"),
        ("Over the past three summers the old canal has silted up.", "the past three summers", "XXXX-SU"),
    ],
)
def test_in_a_history_a_run_of_seasons_or_one_looked_back_over_stays_a_set(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("SET", value)
