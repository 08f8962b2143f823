"""How posts name a weekend and a holiday: "weekend" and "wknd" without "the", "the long weekend", and
holidays with a plain word in their names written in lower case ("good friday", "new year").

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare weekend in a post is the one near the post: the coming one unless told in the past.
        ("weekend plans? pub quiz and a long lie in", "weekend", "2024-W45-WE"),
        ("so ready for weekend!!", "weekend", "2024-W45-WE"),
        ("wknd vibes already and its only tuesday", "wknd", "2024-W45-WE"),
        ("wkend was a total washout", "wkend", "2024-W44-WE"),
        ("the long weekend cant come soon enough", "the long weekend", "2024-W45-WE"),
        ("this long weekend we're off to the lakes", "this long weekend", "2024-W45-WE"),
    ],
)
def test_a_post_s_bare_weekend_is_the_one_near_the_post(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    [
        "a weekend away would be nice",
        "every weekend it rains, every single one",
        "what a weekend that was",
        "one weekend we should all go camping",
    ],
)
def test_a_weekend_counted_or_a_kind_of_weekend_is_no_date(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "DATE" and v[2].endswith("-WE")]


def test_news_keeps_a_bare_weekend_an_adjective_but_knows_the_long_weekend() -> None:
    assert values("Weekend trading was thin and prices slipped.") == []
    assert find("Roads were jammed over the long weekend.", "the long weekend").value == "2024-W44-WE"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("happy new year everyone!! here's to 2025", "new year", "2025-01-01"),
        ("what are we doing for new year? house party?", "new year", "2025-01-01"),
        ("happy good friday, enjoy the hot cross buns", "good friday", "2025-04-18"),
        ("good friday off work and it's sunny", "good friday", "2025-04-18"),
        ("we went to church on good friday, lovely service", "good friday", "2024-03-29"),
        ("may day bank holiday, finally", "may day", "2025-05-01"),
        ("happy paddy's day from dublin", "paddy's day", "2025-03-17"),
    ],
)
def test_holidays_with_a_plain_word_in_their_names_are_read_in_lower_case(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("have a good friday everyone", "good friday"),
        ("such a good friday at the office", "good friday"),
        ("a new year of records for the club", "new year"),
        ("The new year's budget was approved.", "new year's"),
        ("chinese new year parade on sunday", "new year"),
    ],
)
def test_after_a_determiner_or_another_calendar_they_are_plain_words(text: str, absent: str) -> None:
    assert absent not in [v[0].lower() for v in values(text, document_type="colloquial")]


def test_have_a_good_friday_is_still_that_friday() -> None:
    assert find("have a good friday everyone", "friday", document_type="colloquial").value == "2024-11-08"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # The names of public holidays, written in lower case as posts write them.
        ("happy memorial day, thank you to all who served", date(2024, 5, 27), "memorial day", "2024-05-27"),
        ("labor day weekend road trip, who's in", date(2024, 8, 20), "labor day weekend", "2024-W35-WE"),
        ("office is closed for presidents day", date(2025, 2, 10), "presidents day", "2025-02-17"),
        ("mlk day off school so the kids are bouncing", date(2025, 1, 20), "mlk day", "2025-01-20"),
        ("independence day plans: grill, pool, nap", date(2024, 6, 30), "independence day", "2024-07-04"),
        ("veterans day parade downtown", DCT, "veterans day", "2024-11-11"),
        # Days named for a number and a festival.
        ("pi day means pie, obviously", date(2025, 3, 14), "pi day", "2025-03-14"),
        ("cinco de mayo margaritas at the taqueria", date(2025, 5, 2), "cinco de mayo", "2025-05-05"),
    ],
)
def test_public_holidays_in_lower_case(text: str, published: date, phrase: str, value: str) -> None:
    t = find(text, phrase, published, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "the 4th" of a post about fireworks, barbecues and flags is 4 July; the post is from early July.
        ("bbq at ours on the 4th, fireworks after dark", "the 4th", "2024-07-04"),
        ("happy 4th!! stay safe with the fireworks", "4th", "2024-07-04"),
        ("what are we doing on the 4th? cookout?", "the 4th", "2024-07-04"),
    ],
)
def test_the_fourth_in_a_post_about_the_us_independence_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 7, 1), document_type="colloquial").value == value


def test_the_fourth_without_a_word_of_the_holiday_is_the_day_of_the_month() -> None:
    # Published 10 June and 20 November: the 4th of the next month, not July.
    assert find("dentist on the 4th, ugh", "the 4th", date(2024, 6, 10), "colloquial").value == "2024-07-04"
    assert find("dentist on the 4th, ugh", "the 4th", date(2024, 11, 20), "colloquial").value == "2024-12-04"
    assert find("bbq on the 4th", "the 4th", date(2024, 11, 20), "colloquial").value == "2025-07-04"
    assert [v for v in values("happy 4th birthday to my boy", document_type="colloquial") if v[1] == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The US Independence Day by its date is a holiday's name, and has its weekend.
        ("4th of july weekend at the lake!", "4th of july weekend", "2024-W27-WE"),
        ("july 4th weekend plans anyone?", "july 4th weekend", "2024-W27-WE"),
        ("the 4th of July weekend is booked", "the 4th of July weekend", "2024-W27-WE"),
        ("fourth of july bbq at ours", "fourth of july", "2024-07-04"),
    ],
)
def test_the_fourth_of_july_and_its_weekend(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 6, 20), document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Holiday names as posts capitalise them: the first word only, or shouted.
        ("MLK day, no school!!", "MLK day", "2025-01-20"),
        ("Presidents day sale starts now", "Presidents day", "2025-02-17"),
        # (In November the nearer Mother's Day is Britain's, three weeks before Easter.)
        ("Happy Mothers day to my amazing mum", "Mothers day", "2025-03-30"),
        ("HAPPY HALLOWEEN 🎃", "HALLOWEEN", "2024-10-31"),
        ("Good friday off work, can't wait", "Good friday", "2025-04-18"),
    ],
)
def test_holiday_names_in_any_case(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text", ["have a good Friday all", "such a good Friday with the kids"])
def test_a_plain_good_friday_in_another_case_stays_plain(text: str) -> None:
    assert [v[0] for v in values(text, document_type="colloquial")] == ["Friday"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("happy bank holiday weekend everyone", "bank holiday weekend"),
        ("long weekend vibes already", "long weekend"),
        ("what are you all up to this bank holiday weekend?", "this bank holiday weekend"),
        # "bank hol" is how posts write it short.
        ("bank hol weekend and it hasn't stopped raining", "bank hol weekend"),
        ("anyone doing anything this bank hol weekend?", "this bank hol weekend"),
    ],
)
def test_a_holiday_or_long_weekend_in_a_post_is_the_weekend_whole(text: str, phrase: str) -> None:
    assert find(text, phrase, date(2024, 8, 23), "colloquial").value == "2024-W34-WE"


def test_the_holiday_weekend_in_news_is_the_weekend() -> None:
    found = find("Crews will work through the holiday weekend to clear the backlog.", "the holiday weekend")
    assert found.value == "2024-W45-WE"


def test_holiday_weekend_before_a_noun_in_news_is_no_timex() -> None:
    assert values("Holiday weekend traffic was heavier than usual.") == []


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("happy leap day, see you in four years", date(2024, 2, 29), "2024-02-29"),
        ("next leap day i will be 40", date(2025, 6, 1), "2028-02-29"),
        ("last leap day we got engaged", date(2026, 3, 10), "2024-02-29"),
    ],
)
def test_leap_day_is_the_29th_of_february_of_a_leap_year(text: str, reference: date, value: str) -> None:
    found = [t for t in values(text, reference, "colloquial") if "leap day" in t[0]]
    assert [t[2] for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "posted", "value"),
    [
        # Work stopped "for the weekend": the participle is no past, the weekend is the one ahead.
        ("last email sent, done for the weekend", "the weekend", date(2024, 11, 8), "2024-W45-WE"),
        ("finished for the wknd, pub?", "wknd", date(2024, 11, 8), "2024-W45-WE"),
        ("signing off for the weekend, laters", "the weekend", date(2024, 11, 8), "2024-W45-WE"),
        # Said to be over: the one just gone, told early in the week.
        ("weekend over already? it went in a flash", "weekend", date(2024, 11, 4), "2024-W44-WE"),
        ("the long weekend is over and so is my will to live", "the long weekend", date(2024, 11, 4), "2024-W44-WE"),
        ("wknd's gone, back to the grind", "wknd", date(2024, 11, 4), "2024-W44-WE"),
    ],
)
def test_a_weekend_worked_up_to_is_ahead_and_one_said_to_be_over_is_gone(
    text: str, phrase: str, posted: date, value: str
) -> None:
    assert find(text, phrase, posted, document_type="colloquial").value == value
