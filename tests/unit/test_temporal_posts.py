"""How posts and short messages name their days: a clock time before the noun it times, weekdays written
short, days of the month after "is", decades without the apostrophe.

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A clock time qualifying a noun takes the day named after that noun.
        ("the 8.30pm screening on thursday is sold out", "8.30pm", "2024-11-07T20:30"),
        ("the 10pm set on friday was the best of the festival", "10pm", "2024-11-01T22:00"),
        ("ugh 9am seminar tmrw", "9am", "2024-11-06T09:00"),
        ("the 7am ferry tomorrow is full", "7am", "2024-11-06T07:00"),
        ("The 6:15 a.m. shuttle on Thursday was late again.", "6:15 a.m.", "2024-10-31T06:15"),
    ],
)
def test_a_clock_time_before_its_noun_takes_the_day_named_after(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A subject, a preposition or a clause between: the day named later is not the clock time's.
        ("at 8pm we heard the news, and on friday we left", "8pm", "2024-11-05T20:00"),
        ("she landed at 9am and flew home on friday", "9am", "2024-11-05T09:00"),
        ("doors open at 7pm, the band plays on friday", "7pm", "2024-11-05T19:00"),
    ],
)
def test_a_clock_time_keeps_its_own_day_when_another_clause_names_one(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("free sat night? come over", "sat night", "2024-11-09TNI"),
        ("sun morning run anyone", "sun morning", "2024-11-10TMO"),
        ("movie wed night, my treat", "wed night", "2024-11-06TNI"),
    ],
)
def test_a_short_weekday_before_a_part_of_the_day_is_that_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("lunch sun? the new place on the corner", "sun", "2024-11-10"),
        ("drinks sat? usual pub", "sat", "2024-11-09"),
        ("coffee wed? I'm free after 3", "wed", "2024-11-06"),
    ],
)
def test_a_short_weekday_after_a_planned_meal_or_outing_is_that_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "she sat night after night by the window",
        "the sun morning light is lovely",
        "lying in the sun all afternoon",
        "finally some sun!",
        "we sat outside",
    ],
)
def test_sun_and_sat_as_plain_words_are_no_days(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[0].lower() in ("sun", "sat")] == []
    assert not any(v[0].lower().startswith(("sun ", "sat ")) for v in values(text, document_type="colloquial"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the deadline is the 15th", "the 15th", "2024-11-15"),
        ("the party is the 23rd, dont forget", "the 23rd", "2024-11-23"),
        ("tickets go on sale on the 20th apparently", "the 20th", "2024-11-20"),
        ("rent is due on the 1st lol", "the 1st", "2024-12-01"),
        # After "due", "before", "after" without "on".
        ("rent due the 30th, skint till then", "the 30th", "2024-11-30"),
        ("need the drill back before the 12th, ta", "the 12th", "2024-11-12"),
        ("free after the 20th, any good?", "the 20th", "2024-11-20"),
    ],
)
def test_a_day_of_the_month_after_be_or_before_an_adverb(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "she was the 3rd to finish",
        "we live on the 15th floor",
        "it is the 4th time this week",
        "he came 12th.",
        "he pitted after the 3rd lap",
        "finished just before the 2nd runner",
    ],
)
def test_ranks_and_ordinals_of_things_are_no_days_of_the_month(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[0][-2:] in ("st", "nd", "rd", "th")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("back in the 90s we played outside all day", "the 90s", "199", None),
        ("the late 80s had the best films", "the late 80s", "198", "END"),
        ("my parents met in the 70s", "the 70s", "197", None),
    ],
)
def test_decades_written_without_the_apostrophe(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize(
    "text",
    [
        "highs in the 90s all week",
        "temperatures will climb into the 80s",
        "the 90s F is too hot for me",
        "her exam scores were in the 90s",
        "the 20s were roaring",
    ],
)
def test_degrees_scores_and_unsure_centuries_are_no_decades(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if "0s" in v[0]] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told in the past on a weekday, "this weekend" is the one just gone (publication is a Tuesday).
        ("this weekend was a total washout", "this weekend", "2024-W44-WE"),
        ("this wknd was amazing, thanks all", "this wknd", "2024-W44-WE"),
        # Otherwise, and for "the weekend" in posts, the coming one.
        ("see you all this weekend", "this weekend", "2024-W45-WE"),
        ("so ready for the weekend", "the weekend", "2024-W45-WE"),
        ("cant wait for the weekend!!", "the weekend", "2024-W45-WE"),
    ],
)
def test_which_weekend_a_post_means(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_the_weekend_told_in_the_past_is_the_one_gone() -> None:
    assert find("The weekend was quiet in the city.", "The weekend").value == "2024-W44-WE"
    assert find("the weekend was so much fun", "the weekend", document_type="colloquial").value == "2024-W44-WE"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A past form right before "tomorrow" or "next ..." is a participle with its "is" left out: it
        # tells no past tense to the rest of the sentence.
        ("schools closed tmrw, back on thursday hopefully", "thursday", "2024-11-07"),
        ("Match cancelled tomorrow; the replay is on Friday", "Friday", "2024-11-08"),
        ("office shut next week, back on monday the 18th", "monday the 18th", "2024-11-18"),
    ],
)
def test_a_participle_before_a_day_to_come_tells_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_a_past_tense_still_looks_back() -> None:
    assert find("the pool closed on friday", "friday", document_type="colloquial").value == "2024-11-01"
    assert find("The bridge closed on Friday.", "Friday").value == "2024-11-01"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("who's out for nye?", "nye", "2024-12-31"),
        ("NYE party at ours", "NYE", "2024-12-31"),
        ("happy valentine's to my favourite person", "valentine's", "2025-02-14"),
        ("st paddy's day in dublin next year", "st paddy's day", "2025-03-17"),
        ("St Patrick's Day parade route is out", "St Patrick's Day", "2025-03-17"),
        ("boxing day walk then leftovers", "boxing day", "2024-12-26"),
        ("Bonfire Night fireworks at the park", "Bonfire Night", "2024-11-05"),
        ("pancake day is my favourite day", "pancake day", "2025-03-04"),
        ("Groundhog Day party, who is in", "Groundhog Day", "2025-02-02"),
    ],
)
def test_holidays_as_posts_write_them(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


def test_a_name_is_no_holiday() -> None:
    assert values("Bill Nye explains the tides", document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Published in autumn: the season under way.
        ("autumn is here, time for soup", "autumn", "2024-FA"),
        ("autumn came early this year", "autumn", "2024-FA"),
        # A season gone, told in the past.
        ("where did the summer go", "the summer", "2024-SU"),
        ("summer went by so fast", "summer", "2024-SU"),
        # In posts with no tense, the coming one.
        ("can't wait for summer", "summer", "2025-SU"),
        # "spring" and "fall" as the subject of a second sentence or clause ("... . spring is here"), or close.
        ("lunch in the garden today. spring is here", "spring", "2025-SP"),
        ("still light at half 5, spring is close", "spring", "2025-SP"),
        ("leaves everywhere! fall is near", "fall", "2024-FA"),
    ],
)
def test_bare_seasons_as_subjects_and_in_posts(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "fall is my favourite season",
        "we fall apart",
        "a hot spring in the hills",
        "autumn leaves everywhere",
        "the well is dry. a spring is close to the surface",
    ],
)
def test_spring_and_fall_as_words_and_seasons_as_modifiers_stay_untagged(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[0].lower() in ("fall", "spring", "autumn")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("i hate mondays", "XXXX-WXX-1"), ("fridays are for pizza", "XXXX-WXX-5"), ("closed on sundays", "XXXX-WXX-7")],
)
def test_plural_weekdays_in_lower_case_are_sets(text: str, value: str) -> None:
    assert [(t, v) for _, t, v in values(text, document_type="colloquial")] == [("SET", value)]


def test_this_weekend_from_thursday_on_is_the_coming_one_whatever_the_tense() -> None:
    friday = date(2024, 11, 8)
    assert find("Bridge closed this weekend for repairs", "this weekend", friday, "colloquial").value == "2024-W45-WE"
    assert find("this weekend was a washout", "this weekend", date(2024, 11, 6), "colloquial").value == "2024-W44-WE"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare hour after a day and "at" (publication is Tuesday): in the evening for tonight, after noon
        # for one to six, as written from seven.
        ("party tonight at 8 who's in", "8", "2024-11-05T20:00"),
        ("Tonight at 11 on the news: the storm", "11", "2024-11-05T23:00"),
        ("see u tmrw at 3", "3", "2024-11-06T15:00"),
        ("brunch sunday at 11?", "11", "2024-11-10T11:00"),
        ("drinks friday evening at 7", "7", "2024-11-08T19:00"),
        ("tonight at 8.30, same place", "8.30", "2024-11-05T20:30"),
        ("tonight at 9:15 then", "9:15", "2024-11-05T21:15"),
    ],
)
def test_a_bare_hour_after_a_day_and_at_is_a_time_of_that_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    ["we finished at 3 under par", "the shop at 5 Main St is shut", "rates held at 5 percent", "friday at 8, 9 or 10"],
)
def test_a_bare_number_after_at_without_a_day_is_no_time(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("mom's coming friday!!", "friday", "2024-11-08"),
        ("are you coming Saturday?", "Saturday", "2024-11-09"),
        ("they're coming in march", "march", "2025-03"),
        ("this coming Friday works", "this coming Friday", "2024-11-08"),
    ],
)
def test_coming_after_be_is_the_verb_not_part_of_the_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # In posts a bare hour after "at", "since", "till" or a "from ... till" range is a time of the day:
        # in the evening when the sentence speaks of the evening or night, as written when it speaks of
        # the morning, otherwise after noon from 1 to 6 (publication is Tuesday).
        ("pub at 6, bring your own dramas", "6", "2024-11-05T18:00"),
        ("she lands at 9 so airport run tonight", "9", "2024-11-05T21:00"),
        ("woke up at 6 for nothing, what a morning", "6", "2024-11-05T06:00"),
        ("alarm at 5.30 should be illegal", "5.30", "2024-11-05T05:30"),
        ("leaving at 10, back by the weekend", "10", "2024-11-05T10:00"),
        ("rugby at 2.15 then curry", "2.15", "2024-11-05T14:15"),
        ("open house from 5 till 7", "5", "2024-11-05T17:00"),
        ("open house from 5 till 7", "7", "2024-11-05T19:00"),
        ("queueing since 8 lol", "8", "2024-11-05T08:00"),
    ],
)
def test_a_bare_hour_after_a_preposition_in_a_post_is_a_time(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "we were tied at 1 at half time",
        "at 5 I could already read",
        "we're at 3 goals from the record",
        "she walked at 9 months",
        "rate it from 1 to 10",
        "prices are down since 2 years ago",
        "sale runs till 3 march",
    ],
)
def test_a_bare_number_that_counts_something_is_no_time_in_a_post(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "TIME"] == []


def test_news_keeps_a_bare_hour_after_a_preposition_a_number() -> None:
    assert values("The index closed at 6, its lowest since 9 sessions ago.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("couple days ago i saw the best sunset", "couple days ago", "2024-11-03"),
        ("quit my job couple weeks ago, no regrets", "couple weeks ago", "2024-W43"),
        ("skint atm so no festival", "atm", "PRESENT_REF"),
        ("bumped into her the other day", "the other day", "PAST_REF"),
        ("the other night was unreal", "the other night", "PAST_REF"),
    ],
)
def test_posts_drop_the_article_and_abbreviate(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["the atm ate my card", "ATM fees are a scam", "is there an atm near here"])
def test_a_cash_machine_is_no_time(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        # Posts leave out the article before "end of" and "start of", and write "mth" for the month.
        ("rent due end of the month, skint till then", "end of the month", "2024-11", "END"),
        ("decorating the flat end of this year", "end of this year", "2024", "END"),
        ("moving next mth, so many boxes", "next mth", "2024-12", None),
        ("started the course 3 mths ago", "3 mths ago", "2024-08", None),
    ],
)
def test_end_of_without_the_and_months_written_short(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.value, t.mod) == (value, mod)
