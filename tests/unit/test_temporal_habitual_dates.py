"""In a narrative, a day or month named without its year in a clause that tells a habit in the present ("the
rains usually come in April", "the day is still marked on 3 May") is that day of no year (DATE XXXX-...),
not the story's year; told in the past, or as a plan, it stays the story's.

Sentences of our own; the story opens in 1820, publication is 19 August 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

STORY = "The harbour town was founded in 1820 by settlers from the coast. "
WRITTEN = date(2024, 8, 19)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The town still marks its founding on 3 May with a parade.", "3 May", "XXXX-05-03"),
        ("The spring floods usually come in April.", "April", "XXXX-04"),
        ("The anniversary is still kept on 12 October.", "12 October", "XXXX-10-12"),
        ("The herring typically arrive in June and leave by September.", "September", "XXXX-09"),
        ("Fishermen traditionally bless the boats in March.", "March", "XXXX-03"),
        # A date set off by itself takes the habit of the clause after it, whatever the clause beside it says.
        ("Its founding day, 3 May, is still kept with a fair, and the town has grown since.", "3 May", "XXXX-05-03"),
    ],
)
def test_a_date_of_a_habit_in_the_present_has_no_year(sentence: str, phrase: str, value: str) -> None:
    t = find(STORY + sentence, phrase, WRITTEN, "narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # Told in the past, a habit of the story's year.
        ("The harvest still failed in June.", "June", "1820-06"),
        # A plan, not a habit.
        ("The fleet will usually sail in May.", "May", "1820-05"),
        # No word of a habit.
        ("The first winter was hard, and the well froze in December.", "December", "1820-12"),
    ],
)
def test_other_dates_keep_the_storys_year(sentence: str, phrase: str, value: str) -> None:
    assert find(STORY + sentence, phrase, WRITTEN, "narrative").value == value


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # A word of habit that stays one in the past: any year's May, not the story's.
        ("The ships usually sailed in May.", "May", "XXXX-05"),
        ("The road over the moor was normally closed from December to March.", "December", "XXXX-12"),
        ("Tenants generally paid their rent in October.", "October", "XXXX-10"),
        # A day kept as a feast or a day of mourning, in any tense.
        ("For a century 14 June was kept as a day of mourning.", "14 June", "XXXX-06-14"),
        ("8 September has been a public holiday since 1921.", "8 September", "XXXX-09-08"),
        ("14 July has been the republic's national day since 1880.", "14 July", "XXXX-07-14"),
        ("The islanders keep 6 May as their national day.", "6 May", "XXXX-05-06"),
        ("Both towns celebrate the charter on 2 April.", "2 April", "XXXX-04-02"),
        # The passive present of "commemorate", a remembrance that comes round.
        ("The founding is commemorated on 2 April, with a parade.", "2 April", "XXXX-04-02"),
        ("The dead of the flood are still commemorated on 9 June.", "9 June", "XXXX-06-09"),
        # A sentence that tells a time of the year coming round: its dates of no year are the habit's.
        ("The boats left for the banks in March and came home every September.", "March", "XXXX-03"),
        ("A market was held every year on the saint's day, 11 November.", "11 November", "XXXX-11-11"),
        ("The guild met in February and paid its dues annually.", "February", "XXXX-02"),
        # Opening the sentence, the phrase is the time of all of it.
        ("Every year the bells ring at dawn, and on 20 March a wreath is laid.", "20 March", "XXXX-03-20"),
    ],
)
def test_a_date_of_a_habit_told_in_the_past_or_kept_as_a_feast_has_no_year(
    sentence: str, phrase: str, value: str
) -> None:
    t = find(STORY + sentence, phrase, WRITTEN, "narrative")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # "still" in the past tells one time; a time of the year coming round past a comma is another clause's,
        # and so is one a clause is set against.
        ("The harvest still failed in June.", "June", "1820-06"),
        ("Every year the tenants paid their rent, but in May the steward left.", "May", "1820-05"),
        ("The river flooded every spring, and in April the new dam broke.", "April", "1820-04"),
        ("The town celebrated its first harvest in September.", "September", "1820-09"),
        ("The victory was commemorated on 5 May with a mass.", "5 May", "1820-05-05"),
    ],
)
def test_one_time_of_the_story_keeps_its_year(sentence: str, phrase: str, value: str) -> None:
    assert find(STORY + sentence, phrase, WRITTEN, "narrative").value == value


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # A habit shorter than a year told before the month, nothing parting them: a habit kept over the years.
        ("The council met every Monday except in August.", "August", "XXXX-08"),
        ("The ferry ran every day from May to September.", "September", "XXXX-09"),
        ("The court sat twice a month, but never in July.", "July", None),
        ("Carts came down from the hills each week until the snows of December.", "December", None),
        ("The fishermen went out daily in summer.", "summer", "XXXX-SU"),
    ],
)
def test_a_month_after_a_shorter_habit_has_no_year(sentence: str, phrase: str, value: str | None) -> None:
    # (A clause set against the habit, or a month that bounds it, stays the story's: see the next test.)
    t = find(STORY + sentence, phrase, WRITTEN, "narrative")
    if value is None:
        assert t.value.startswith("1820"), t.value
    else:
        assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # The month the habit began or ended, a date before the habit, a year of the sentence's own.
        ("Wages were paid twice a month from April.", "April", "1820-04"),
        ("In August the council met every Monday.", "August", "1820-08"),
        ("In 1823 the ferry ran every day from May to September.", "May", "1823-05"),
    ],
)
def test_a_month_that_bounds_or_sets_a_shorter_habit_keeps_its_year(sentence: str, phrase: str, value: str) -> None:
    assert find(STORY + sentence, phrase, WRITTEN, "narrative").value == value


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Shops changed their prices twice a day, in the morning and at midday.", "midday", "XXXX-XX-XXT12:00"),
        ("Shops changed their prices twice a day, in the morning and at midday.", "the morning", "XXXX-XX-XXTMO"),
        ("Every day the queues formed at dawn.", "dawn", "XXXX-XX-XXTMO"),
        ("The gates were shut every night and opened at dawn.", "dawn", "XXXX-XX-XXTMO"),
    ],
)
def test_a_time_of_day_after_a_daily_habit_has_no_day(sentence: str, phrase: str, value: str) -> None:
    t = find(STORY + sentence, phrase, WRITTEN, "narrative")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A day the sentence names, or a time of day pointed at: one day's.
        ("On 3 May 1821 the council sat at dawn, as it did every day.", "dawn"),
        ("In 1821 the guns fired every day, and that evening the wall fell.", "that evening"),
    ],
)
def test_a_time_of_one_day_beside_a_daily_habit_keeps_its_day(text: str, phrase: str) -> None:
    assert not find(text, phrase, WRITTEN, "narrative").value.startswith("XXXX")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A stretch of the year from one month to another, told in the present: every year's.
        ("The old prison became a museum in 2008; it is open from April to October.", "April", "XXXX-04"),
        ("The old prison became a museum in 2008; it is open from April to October.", "October", "XXXX-10"),
        ("A team has dug at the farm since 1998. Its diggers work from late June to mid-August.", "mid-August",
         "XXXX-08"),
        ("The abbey was dissolved in 1539. Its gardens are kept by volunteers from March until November.",
         "March", "XXXX-03"),
    ],
)  # fmt: skip
def test_a_range_of_months_told_in_the_present_is_every_year_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told in the past, the months are the story's.
        ("The pass was closed in 1861 from November to April.", "November", "1861-11"),
        ("In 1850 the mill ran from March to October.", "October", "1850-10"),
    ],
)
def test_a_range_of_months_told_in_the_past_stays_the_story_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_range_of_months_told_as_a_plan_is_no_habit() -> None:
    text = "The museum was founded in 1990. It will open from May to September."
    assert not find(text, "May", reference=date(2025, 11, 5), document_type="narrative").value.startswith("XXXX")
