"""A day, month or season without its year, under a phrase that makes it come round again ("each year on
3 March", "in May every year", "every week on Tuesday"): a SET with no year, as "each July" is XXXX-07.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values

STORY = "The bridge at Holm was taken on 3 March 1862. "


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Each year on 3 March the crossing is remembered with a parade.", "3 March", "XXXX-03-03"),
        ("The crossing is remembered on 3 March each year.", "3 March", "XXXX-03-03"),
        ("Every year on the 3rd of March the veterans meet at the bridge.", "the 3rd of March", "XXXX-03-03"),
        ("The town keeps the day on March 3 every year.", "March 3", "XXXX-03-03"),
        ("Every year in May the city held games in the victors' honour.", "May", "XXXX-05"),
        ("Annually in July the old soldiers marched through the town.", "July", "XXXX-07"),
        ("The games were held in mid-May every year.", "mid-May", "XXXX-05"),
        ("The fleet sailed each year in the spring.", "the spring", "XXXX-SP"),
        ("Every year, the town fasted on 3 March.", "3 March", "XXXX-03-03"),
        ("The fair was held each year, on 3 March.", "3 March", "XXXX-03-03"),
        # A date set off by itself belongs to the clause after it.
        ("Its anniversary, 3 March, is kept every year.", "3 March", "XXXX-03-03"),
        ("On 3 March, the veterans march through the town each year.", "3 March", "XXXX-03-03"),
    ],
)
def test_a_date_under_a_yearly_recurrence_is_every_such_date(text: str, phrase: str, value: str) -> None:
    # News makes it a SET, as TimeBank's "each July"; a history names the day of no year itself (a DATE)
    # beside the phrase that is the SET, as the narrative conventions annotate it.
    for document_type, kind in (("narrative", "DATE"), ("news", "SET")):
        t = find(STORY + text, phrase, document_type=document_type)
        assert (t.type, t.value, t.interval_start) == (kind, value, None)


@pytest.mark.parametrize(
    "text",
    [
        "The council met twice a year, in May and November.",
        "The council met each year in May and November.",
    ],
)
def test_dates_joined_under_one_recurrence_both_recur(text: str) -> None:
    got = [(t, v) for t, _, v in values(STORY + text, document_type="narrative")][1:]
    assert got[1:] == [("May", "XXXX-05"), ("November", "XXXX-11")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The council met every week on Tuesday.", "Tuesday"),
        ("On Tuesday each week the council met in the town hall.", "Tuesday"),
        ("Once a week, on Friday, the mail coach came through.", "Friday"),
    ],
)
def test_a_weekday_under_a_weekly_recurrence_is_every_such_day(text: str, phrase: str) -> None:
    t = find(STORY + text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("SET", "XXXX-WXX-" + str(date(2024, 11, 4 + "MTWTFSS".index(phrase[0])).isoweekday()))


def test_the_recurring_phrase_keeps_its_own_set() -> None:
    got = values(STORY + "Each year on 3 March the crossing is remembered.", document_type="narrative")
    assert got[1:] == [("Each year", "SET", "P1Y"), ("3 March", "DATE", "XXXX-03-03")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Each year on 3 March the crossing is remembered. In May the king died.", "May", "1862-05"),
        ("Every year, the town fasted on 3 March. The following day the king died.", "The following day", "1862-03-04"),
    ],
)  # fmt: skip
def test_a_recurring_date_anchors_nothing_after_it(text: str, phrase: str, value: str) -> None:
    assert find(STORY + text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The date names its year: that one time.
        ("The crossing was remembered every year, and on 3 March 1912 a statue was unveiled.", "3 March 1912",
         "1912-03-03"),
        # A conjunction joins another verb, whose time it need not share.
        ("The fund returned 8% annually for a decade and lost 3% in October.", "October", "1862-10"),
        ("Every year thousands came to the bridge, but in May the gates were shut.", "May", "1862-05"),
        # Another clause, past a semicolon or a clause of its own.
        ("Pilgrims visited the bridge each year; in May, however, a flood swept it away.", "May", "1862-05"),
        ("The festival, held every year, opened on 9 March.", "9 March", "1862-03-09"),
        ("On 9 March, the king died, and every year the nation mourns him.", "9 March", "1862-03-09"),
        # A rate is no recurrence of days: "8% annually", "$5 million a year".
        ("Tolls rose 8% annually in May.", "May", "1862-05"),
        ("The mill paid £40 yearly in rent in May.", "May", "1862-05"),
    ],
)  # fmt: skip
def test_a_date_outside_the_recurrence_stays_a_date(text: str, phrase: str, value: str) -> None:
    t = find(STORY + text, phrase, document_type="narrative")
    assert (t.type, t.value) == ("DATE", value)


# A weekday joined by "and"/"or" to another that a plural part of the day follows: the plural names the nights
# (mornings, evenings) of both days, each week's, not the one day coming.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Two new flights will leave on Monday and Tuesday nights from March 30.", "Monday", "XXXX-WXX-1TNI"),
        ("The gym is open on Saturday and Sunday mornings.", "Saturday", "XXXX-WXX-6TMO"),
        ("The club meets Friday or Saturday evenings.", "Friday", "XXXX-WXX-5TEV"),
        ("The pool stays open late on Wednesday & Thursday nights.", "Wednesday", "XXXX-WXX-3TNI"),
    ],
)
def test_a_weekday_shares_the_plural_part_of_the_day_joined_to_it(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # One night, not a plural: the day stays one date.
        ("He played on Monday and Tuesday night.", "Monday", "2024-11-04"),
        ("The talks ran on Monday and Tuesday.", "Monday", "2024-11-04"),
    ],
)
def test_a_weekday_joined_to_one_part_of_a_day_stays_a_date(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The king took the coast towns in 1478 BC. They paid him tribute twice a year, at the harvest in early "
         "summer and at the olive pressing in the late autumn.", "early summer", "XXXX-SU"),
        ("The king took the coast towns in 1478 BC. They paid him tribute twice a year, at the harvest in early "
         "summer and at the olive pressing in the late autumn.", "the late autumn", "XXXX-FA"),
        ("The temple was founded in 640 BC. Each year in March the priests renewed its roof.", "March", "XXXX-03"),
    ],
)  # fmt: skip
def test_a_recurring_date_of_a_story_before_the_era_is_of_no_year(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="narrative")
    assert (t.type, t.value, t.interval_start) == ("DATE", value, None)


def test_after_the_recurring_dates_the_story_is_still_at_its_year_before_the_era() -> None:
    text = "The king took the coast towns in 1478 BC. They paid him tribute every year in May. Two years later he died."
    assert find(text, "Two years later", document_type="narrative").value == "BC1476"
