"""Rules of general English that hold across news, histories and posts: the final day of a stretch, a year
before the era opening a clause, parts of a unit of time, ordinals that look like durations, a weekday set
beside its date."""

from datetime import date, datetime

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("last day of term tomorrow, cannot wait", "tomorrow"),
        ("It is the last week of the sale, so hurry in Friday.", "Friday"),
        ("last saturday of the holidays and it rained", None),
        ("my last day at the bakery was brilliant", None),
        ("Her last day in the job is Friday.", "Friday"),
    ],
)
def test_last_of_a_stretch_is_its_final_one_not_the_previous(text: str, left: str | None) -> None:
    # "last day", "last week of ...", "last saturday of ..." name the final one, never the one before now.
    found = values(text, date(2024, 7, 3), "colloquial")
    assert all(not t[0].lower().startswith("last") for t in found), found
    if left is not None:
        assert left in [t[0] for t in found]


def test_last_weekday_alone_is_still_the_previous_one() -> None:
    assert find("we went to the beach last saturday", "last saturday", date(2024, 7, 3), "colloquial").value == (
        "2024-06-29"
    )


def test_over_the_last_day_is_still_a_duration() -> None:
    assert find("Prices fell sharply over the last day.", "the last day").value == "P1D"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In 480 BC Xerxes crossed into Greece.", "480 BC", "BC0480"),
        ("By 331 BC Alexander held the whole coast.", "331 BC", "BC0331"),
        ("In 1200 BC Egyptian power was waning.", "1200 BC", "BC1200"),
    ],
)
def test_a_year_before_the_era_may_open_a_clause_whose_subject_is_a_name(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2020, 1, 1), "narrative").value == value


@pytest.mark.parametrize("text", ["In 2010 BC Hydro raised its rates.", "She won at the 2012 AD Awards."])
def test_a_modern_year_before_a_name_with_those_letters_is_not_of_an_era(text: str) -> None:
    assert all("BC" not in t[2] and "AD" not in t[0] for t in values(text, date(2020, 1, 1), "narrative"))


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The dynasty ruled for three quarters of a century.", "three quarters of a century", "P75Y", None),
        ("The truce held for almost a quarter of a century.", "almost a quarter of a century", "P25Y", "LESS_THAN"),
        ("We queued for three-quarters of an hour.", "three-quarters of an hour", "PT45M", None),
        ("The speech lasted a quarter of an hour.", "a quarter of an hour", "PT15M", None),
        ("Prices were frozen for three quarters of a year.", "three quarters of a year", "P9M", None),
        ("It took half a decade to build.", "half a decade", "P5Y", None),
    ],
)
def test_parts_of_a_unit_of_time_are_one_duration(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, date(2020, 1, 1), "narrative")
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


def test_a_quarter_of_something_else_is_no_time() -> None:
    assert values("The firm spent a quarter of a million dollars.") == []


def test_the_third_quarter_of_a_year_is_still_a_quarter() -> None:
    assert find("Sales rose in the third quarter of the year.", "the third quarter of the year").value == "2024-Q3"


@pytest.mark.parametrize(
    "text",
    [
        "He died in the forty-second year of his reign.",
        "The town held its twenty-second annual fair.",
        "They celebrated the thirty-second anniversary of the rising.",
        "It was her fifty-second birthday.",
        "It was the twenty-second match of the season.",
    ],
)
def test_a_spelled_ordinal_in_second_is_not_a_count_of_seconds(text: str) -> None:
    assert all(t[1] != "DURATION" or not t[2].endswith("S") for t in values(text, date(2020, 1, 1), "narrative"))


def test_a_count_of_seconds_before_a_noun_is_still_one() -> None:
    assert find("A forty-second clip of the goal was shared widely.", "forty-second").value == "PT40S"


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The polls closed on June 11, a Tuesday, after a long campaign.", date(2024, 6, 28), "2024-06-11"),
        ("The fair opens on 14 August, a Wednesday, and runs a week.", date(2024, 6, 28), "2024-08-14"),
    ],
)
def test_a_weekday_beside_its_date_is_that_date(text: str, reference: date, value: str) -> None:
    found = [t for t in values(text, reference) if t[0] in ("a Tuesday", "a Wednesday")]
    assert [t[2] for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The abbey burned on 2 March 1311, a Monday, and was never rebuilt.", "a Monday", "1311-03-02"),
        ("Work stopped on 4 May 1926, a Tuesday, when the printers walked out.", "a Tuesday", "1926-05-04"),
        ("Riots began on Saturday, 18 March 1848; the next day, a Sunday, all was shut.", "a Sunday", "1848-03-19"),
    ],
)
def test_a_weekday_in_apposition_keeps_its_article(text: str, phrase: str, value: str) -> None:
    # "a Tuesday" is a noun phrase of its own beside the date: its article goes inside, as a head noun
    # phrase's determiner does.
    found = values(text, date(2024, 6, 28), "narrative")
    assert (phrase, "DATE", value) in [t[:3] for t in found], found
    assert all(t[0] != phrase.split()[1] for t in found)


def test_a_weekday_that_is_not_the_dates_own_is_read_alone() -> None:
    # The writer's slip (11 June 2024 was a Tuesday): the weekday does not take the date.
    found = [t for t in values("Polls closed on June 11, a Friday.", datetime(2024, 6, 28)) if t[0] == "Friday"]
    assert found and found[0][2] != "2024-06-11"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The club will decide by the end of the summer.", "the end of the summer", "2024-SU", "END"),
        ("Work stopped at the start of the winter.", "the start of the winter", "2023-WI", "START"),
        ("The shop reopens in the middle of the spring.", "the middle of the spring", "2024-SP", "MID"),
        ("They will know by the end of the autumn whether it worked.", "the end of the autumn", "2024-FA", "END"),
    ],
)
def test_a_modifier_and_the_seasons_article_are_both_inside(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase, date(2024, 3, 1))
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("We will decide in the summer whether to sell.", "the summer"),
        ("He plans to travel in winter unless the roads close.", "winter"),
        ("The team trained all winter without a break.", "winter"),
    ],
)
def test_a_season_before_a_conjunction_or_preposition_is_still_a_season(text: str, phrase: str) -> None:
    assert find(text, phrase, date(2024, 3, 1)).type == "DATE"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("She solved the puzzle in under two hours.", "under two hours", "PT2H"),
        ("The crew turned the plane round in under twenty minutes.", "under twenty minutes", "PT20M"),
        ("Most parcels arrive in under a week.", "under a week", "P1W"),
        ("The tunnel was dug in just under three years.", "under three years", "P3Y"),
    ],
)
def test_under_before_a_count_of_time_is_less_than_it(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DURATION", value, "LESS_THAN")


def test_under_before_a_noun_is_no_mod() -> None:
    assert [t[0] for t in values("The deal was signed under a June agreement.")] == ["June"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The fair will run Saturday from 5:30 to 9 p.m., organisers said.", "5:30", "2024-11-09T17:30"),
        ("The library is open on Sunday from 10:30 until 4 p.m.", "10:30", "2024-11-10T10:30"),
        ("The clinic sees patients Friday from 8:15 to 11 a.m.", "8:15", "2024-11-08T08:15"),
        ("Doors open Friday between 6:45 and 7 p.m.", "6:45", "2024-11-08T18:45"),
    ],
)
def test_the_start_of_a_range_of_clock_times_borrows_its_ends_am_or_pm(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, datetime(2024, 11, 5, 9, 0)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The king died in 1422. His heir was crowned within weeks of the funeral.", "within weeks", "PXW"),
        ("The fleet sailed in 1588 and was lost within months of leaving port.", "within months", "PXM"),
        ("The town fell in 1453, and within days of the siege the walls were rebuilt.", "within days", "PXD"),
    ],
)
def test_within_a_bare_plural_of_an_event_is_a_stretch_of_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, date(2020, 1, 1), "narrative")
    assert (t.type, t.value, t.mod) == ("DURATION", value, "EQUAL_OR_LESS")


def test_years_of_something_is_still_no_stretch() -> None:
    assert values("They spent years of their lives in prison.", date(2020, 1, 1), "narrative") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on through the summer and the autumn along the river.",
        "Prices rose in the winter across the whole region.",
        "The herds move in spring towards the hills.",
    ],
)
def test_a_season_before_a_preposition_of_place_is_still_a_season(text: str) -> None:
    assert any(t[1] == "DATE" and t[2][-3:] in ("-SU", "-FA", "-WI", "-SP") for t in values(text, date(2021, 6, 1)))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Tenants have until midnight on Monday to pay the rent.", "Monday", "2024-11-11"),
        ("Bidders have until noon on Thursday to raise their offers.", "Thursday", "2024-11-07"),
        ("Voters can register by 5 p.m. on Friday, officials said.", "Friday", "2024-11-08"),
    ],
)
def test_a_deadline_preposition_governs_the_day_after_its_clock_time(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_deadline_told_as_over_still_looks_back() -> None:
    assert find("Voting ran until noon on Monday.", "Monday").value == "2024-11-04"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Polls are open Thursday from 7 to 10 p.m. in most wards.", "7", "2024-11-07T19:00"),
        ("The road will be shut Friday between 1 and 4 a.m. for resurfacing.", "1", "2024-11-08T01:00"),
        ("The surgery opens Saturday from 11 to 1 p.m.", "11", "2024-11-09T11:00"),
        ("Traffic will be heaviest Monday between 4 and 6pm, the council said.", "4", "2024-11-11T16:00"),
    ],
)
def test_a_bare_hour_opening_a_range_borrows_its_ends_am_or_pm(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, datetime(2024, 11, 5, 9, 0))
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "Shares traded between 4 and 6 pence on Monday.",
        "Rates rose from 7 to 10 percent last year.",
        "The hall seats between 4 and 600 people.",
    ],
)
def test_a_range_of_other_numbers_is_no_clock_time(text: str) -> None:
    assert [v for v in values(text) if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The senator was accused last week of misusing campaign funds.", "last week", "2024-W44"),
        ("The coach was cleared last year of any wrongdoing.", "last year", "2023"),
        ("She was found guilty last month of fraud by abuse of position.", "last month", "2024-10"),
        ("He was convicted last Thursday of two counts of assault.", "last Thursday", "2024-10-31"),
        ("The central bank warned last month of a slowdown in lending.", "last month", "2024-10"),
        ("Residents spoke last week of their fear of another flood.", "last week", "2024-W44"),
        ("The actor was told last year of the studio's decision.", "last year", "2023"),
    ],
)
def test_last_unit_after_a_past_verb_is_the_previous_one_though_of_follows(text: str, phrase: str, value: str) -> None:
    # The "of" belongs to the verb ("accused of", "warned of"), so "last week" is the week before this one.
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    "text",
    [
        "We booked last week of August for the cottage.",
        "They played last Saturday of the summer in the park.",
        "She worked last month of the year at the depot.",
    ],
)
def test_last_unit_of_a_stretch_of_time_is_still_its_final_one_after_a_verb(text: str) -> None:
    found = values(text)
    assert all(not t[0].lower().startswith("last") for t in found), found
