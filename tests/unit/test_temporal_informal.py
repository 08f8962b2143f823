"""Time expressions as posts and messages write them: lower case names, shortened words and units.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from service.temporal import annotate
from tests.unit._helpers import DCT, find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("see u tmrw!", "tmrw", "2024-11-06"),
        ("the form is due tmr", "tmr", "2024-11-06"),
        ("2moro we fly home", "2moro", "2024-11-06"),
        ("see you tomoz x", "tomoz", "2024-11-06"),
        ("it rained all day yday", "yday", "2024-11-04"),
        ("so tired 2day", "2day", "2024-11-05"),
        ("cya tmw at the station", "tmw", "2024-11-06"),
        ("tdy has been so long", "tdy", "2024-11-05"),
        ("ystday we got soaked", "ystday", "2024-11-04"),
        ("left my brolly on the bus yest", "yest", "2024-11-04"),
        ("yesturday was a total write off", "yesturday", "2024-11-04"),
        # Two days on or back, however the day word is spelt, with or without "the".
        ("day after tmrw we fly to faro", "day after tmrw", "2024-11-07"),
        ("the day after 2moro is payday", "the day after 2moro", "2024-11-07"),
        ("day after tomorrow then", "day after tomorrow", "2024-11-07"),
        ("saw her the day before yday", "the day before yday", "2024-11-03"),
    ],
)
def test_informal_spellings_of_day_words(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("going out 2nite with the girls", "2nite", "2024-11-05TNI"),
        ("gonna be there tonite", "tonite", "2024-11-05TNI"),
        ("last nite was wild", "last nite", "2024-11-04TNI"),
        ("heading to the beach this arvo", "this arvo", "2024-11-05TAF"),
        ("pizza and a film this eve", "this eve", "2024-11-05TEV"),
        ("drinks wed eve if anyone is free", "wed eve", "2024-11-06TEV"),
        ("are you around tmrw eve?", "tmrw eve", "2024-11-06TEV"),
        ("out tnite with the lads", "tnite", "2024-11-05TNI"),
        ("this am was rough, coffee pls", "this am", "2024-11-05TMO"),
        ("this am's commute was a joke", "this am", "2024-11-05TMO"),
        ("Called the surgery this a.m. and got nowhere", "this a.m.", "2024-11-05TMO"),
        ("this morn was freezing", "this morn", "2024-11-05TMO"),
        ("dentist tmrw morn", "tmrw morn", "2024-11-06TMO"),
    ],
)
def test_informal_spellings_of_parts_of_day(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("back in 2 wks", "2 wks", "P2W"),
        ("been waiting for 3 hrs now", "3 hrs", "PT3H"),
        ("see you in 5 mins", "5 mins", "PT5M"),
        ("lived there 10 yrs", "10 yrs", "P10Y"),
        ("moved here 6 mos back", "6 mos", "P6M"),
        ("only 2 mnths to go", "2 mnths", "P2M"),
    ],
)
def test_abbreviated_units_count_as_units(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("meeting next wk about it", "next wk", "2024-W46"),
        ("last yr was rough", "last yr", "2023"),
        ("we met 3 yrs ago", "3 yrs ago", "2021"),
    ],
)
def test_abbreviated_units_in_relative_dates(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("the gig was in june", "june", "2024-06"),
        ("we moved here in october", "october", "2024-10"),
        ("see you on december 24th", "december 24th", "2024-12-24"),
        ("wait til monday", "monday", "2024-11-11"),
        ("party on friday night!!", "friday night", "2024-11-08TNI"),
    ],
)
def test_month_and_weekday_names_in_lower_case(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "the 5 may come along too",
        "they march 20 miles a day",
        "it was an august gathering of scholars",
        "we ran a 2day workshop",
        "the HR team met",
        "the MIN and MAX columns",
    ],
)
def test_lower_case_words_that_are_not_dates(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Concert on Sat!", "Sat", "2024-11-09"),
        ("Thurs at 8 then", "Thurs", "2024-11-07"),
        ("On Sun the shop is shut", "Sun", "2024-11-10"),
        ("drinks this Fri night?", "this Fri night", "2024-11-08TNI"),
    ],
)
def test_abbreviated_weekdays(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    ["The cat sat on the mat.", "Sun Microsystems was sold.", "The Sun ran the story.", "They were to wed soon."],
)
def test_abbreviations_that_are_words_or_names_are_no_days(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[2][:1].isdigit()] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Happy New Year!", "New Year", "2025-01-01"),
        ("Merry Xmas everyone", "Xmas", "2024-12-25"),
        ("New Years Eve party at mine", "New Years Eve", "2024-12-31"),
    ],
)
def test_holidays_as_posts_write_them(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text", ["Families gathered for Lunar New Year.", "She made a New Year's resolution.", "Chinese New Year parades"]
)
def test_other_new_years_and_resolutions_are_not_the_first_of_january(text: str) -> None:
    # (The Chinese calendar's new year is a day of its own: 2024-02-10, 2025-01-29.)
    assert [v for v in values(text, document_type="colloquial") if v[2].endswith("-01-01")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("exams start in may", "may", "2025-05"),
        ("back in march we went to rome", "march", "2024-03"),
        ("been sober since august", "august", "2024-08"),
        ("the trip is in late march", "late march", "2025-03"),
        ("my bday is may 5", "may 5", "2025-05-05"),
        ("moving out on the 3rd of may", "the 3rd of may", "2025-05-03"),
        ("graduated march 2020 lol", "march 2020", "2020-03"),
    ],
)
def test_may_march_august_in_lower_case_where_syntax_makes_them_months(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "it may rain later",
        "may the odds be ever in your favour",
        "this may be the best pizza ever",
        "you may or may not like it",
        "we march on regardless",
        "in may be the answer",
        "the top 5 may be wrong",
        "we march 2 miles to school",
    ],
)
def test_may_and_march_as_verbs_are_not_months(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("see ya nxt sat", "nxt sat", "2024-11-09"),
        ("bday party this sat", "this sat", "2024-11-09"),
        ("back to school on mon", "mon", "2024-11-11"),
        ("dinner next thurs?", "next thurs", "2024-11-07"),
        ("see u nxt wk", "nxt wk", "2024-W46"),
        ("going to the beach this wknd", "this wknd", "2024-W45-WE"),
        ("what a game last wkend", "last wkend", "2024-W44-WE"),
    ],
)
def test_abbreviated_days_and_weeks_after_a_determiner(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_abbreviated_day_before_a_name_is_no_day() -> None:
    assert values("that Sun Valley trip was fun", document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase"), [("busy rn, call u later", "rn"), ("rn i just want pizza", "rn"), ("so cold rn!!", "rn")]
)
def test_rn_is_right_now(text: str, phrase: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == "PRESENT_REF"


def test_rn_in_capitals_is_a_nurse() -> None:
    assert values("She works as an RN at the clinic.", document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("1 week til christmas", "christmas", "2024-12-25"),
        ("xmas shopping this weekend", "xmas", "2024-12-25"),
        ("happy halloween!! 🎃", "halloween", "2024-10-31"),
        ("what r u doing on new years eve", "new years eve", "2024-12-31"),
        ("turkey time on thanksgiving", "thanksgiving", "2024-11-28"),
    ],
)
def test_holidays_in_lower_case(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_lower_case_new_year_is_not_the_first_of_january() -> None:
    assert [v for v in values("big plans for the new year", document_type="colloquial") if v[2] == "2025-01-01"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("on holiday till 15th", "15th", "2024-11-15"),
        ("rent is due on 1st.", "1st", "2024-12-01"),
        ("sale ends on 30th!", "30th", "2024-11-30"),
    ],
)
def test_day_of_the_month_without_the_after_a_preposition(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["he climbed to 15th.", "she finished 3rd.", "she went from 15th to 10th."])
def test_ranks_are_not_days(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("meeting on 5/11 at 3pm", "5/11", "2024-11-05"),  # of 5 November and May 11, the nearer
        ("party on 25/12!", "25/12", "2024-12-25"),
        ("back on 12/25", "12/25", "2024-12-25"),
        ("closed until 11/20", "11/20", "2024-11-20"),
        ("nothing since 10/31", "10/31", "2024-10-31"),
    ],
)
def test_day_and_month_without_a_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["open 24/7", "prices cut by 1/2", "never forget 9/11", "since 9/11 things changed"])
def test_fractions_and_names_with_a_slash_are_not_dates(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("see u on THURSDAY", "THURSDAY", "2024-11-07"),
        ("can't wait til FRIDAY!!!", "FRIDAY", "2024-11-08"),
        ("BIG SALE IN DECEMBER", "DECEMBER", "2024-12"),
    ],
)
def test_weekdays_and_months_in_capitals(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["HE WROTE FOR THE SUNDAY TIMES", "YOU MAY WIN", "WE MARCH AT DAWN TODAY"])
def test_names_and_verbs_in_capitals_are_not_dates(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[0] in ("SUNDAY", "MAY", "MARCH")] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("new episode every tues", "every tues", "XXXX-WXX-2"),
        ("footy every sat morning", "every sat morning", "XXXX-WXX-6TMO"),
    ],
)
def test_every_with_an_abbreviated_weekday_is_a_set(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("party at mine sat 16th!!", "sat 16th", "2024-11-16"),
        ("fri 8th? 🎉", "fri 8th", "2024-11-08"),
        ("Saturday the 16th works for me", "Saturday the 16th", "2024-11-16"),
        ("gig on Thurs 21st x", "Thurs 21st", "2024-11-21"),
        # No month near has the 12th on a Saturday but October, just gone.
        ("sat 12th was a laugh", "sat 12th", "2024-10-12"),
    ],
)
def test_a_weekday_with_a_day_of_the_month_is_the_month_where_they_agree(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["she sat 3rd in the standings", "He sat 12th.", "we sat 2nd from last"])
def test_sat_with_a_rank_is_the_verb(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("bday party sat 16th at 8pm", "8pm", "2024-11-16T20:00"),
        ("party on sat at 8pm", "8pm", "2024-11-09T20:00"),
        ("see you at 7pm tmrw", "7pm tmrw", "2024-11-06T19:00"),
        ("dinner @ 8 tonight?", "8 tonight", "2024-11-05T20:00"),
    ],
)
def test_clock_times_of_posts_take_their_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("exam on the 12th 😬", "the 12th", "2024-11-12"),
        ("merry xmas 🎄 see u on the 27th", "the 27th", "2024-11-27"),
        ("my b-day is dec 3rd", "dec 3rd", "2024-12-03"),
        ("moving out feb 14 💔", "feb 14", "2025-02-14"),
        ("it was so cold on the 2nd", "the 2nd", "2024-11-02"),
    ],
)
def test_days_of_the_month_in_posts(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["she sat on the bench", "they will mar 3 games", "to mar 2 events"])
def test_words_like_short_month_and_day_names_stay_words(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # In a post a day and month with a slash is a date without a preposition too.
        ("party 12/31 at mine, bring snacks", "12/31", "2024-12-31"),
        ("see you 11/17!!", "11/17", "2024-11-17"),
        ("from 11/17 to 11/20 in vegas", "11/20", "2024-11-20"),
        ("exam 11/8 and I have read nothing", "11/8", "2024-11-08"),
        ("1/24 cannot come soon enough", "1/24", "2025-01-24"),
        ("25/12 at my nan's as usual", "25/12", "2024-12-25"),
        ("my birthday is 11/19 btw", "11/19", "2024-11-19"),
    ],
)
def test_a_day_and_month_with_a_slash_in_a_post(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "about 3/4 of the way there",
        "we won 2/3 games",
        "the film was 10/10",
        "honestly 11/10 would go again",
        "she went 7/12 from three",
        "backed it at 11/4 and it won",
        "the recipe wants 1 1/2 cups",
        "gym open 24/7 now",
        "9/11 documentary tonight",
    ],
)
def test_fractions_ratings_scores_and_odds_with_a_slash_are_no_dates_in_posts(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if "/" in v[0]]


def test_a_day_and_month_with_a_slash_wants_a_preposition_in_the_news() -> None:
    assert not [v for v in values("The index closed 11/17 higher.") if "/" in v[0]]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A day of the month before the subject of the clause it dates.
        ("on the 20th we fly out", "the 20th", "2024-11-20"),
        ("by the 15th you need to pay", "the 15th", "2024-11-15"),
    ],
)
def test_a_day_of_the_month_before_a_subject(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_a_rank_before_a_subject_is_no_day() -> None:
    assert values("it was the 3rd we lost this season", document_type="colloquial") == []


@pytest.mark.parametrize(
    "text",
    [
        "on the eve of the vote the streets were empty",
        "we met on the eve of the wedding",
        "Talks collapsed on the eve of the summit.",
    ],
)
def test_the_eve_of_an_event_is_no_evening(text: str) -> None:
    assert not any(t.text.lower().endswith("eve") for t in annotate(text, DCT, "colloquial"))
    assert not any(t.text.lower().endswith("eve") for t in annotate(text, DCT, "news"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("christmas eve at my nans", "christmas eve", "2024-12-24"),
        ("new years eve plans anyone?", "new years eve", "2024-12-31"),
    ],
)
def test_eve_of_a_holiday_stays_the_day_before(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text", ["I am here this morning", "so am I", "the am and pm shifts"])
def test_am_is_a_morning_only_after_this(text: str) -> None:
    assert [t.text for t in annotate(text, DCT, "colloquial") if "am" in t.text.lower().split()] == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "value"),
    [
        ("tonights tea: beans on toast again", "tonights", "TIME", "2024-11-05TNI"),
        ("todays plan is absolutely nothing", "todays", "DATE", "2024-11-05"),
        ("tomorrows forecast is more rain", "tomorrows", "DATE", "2024-11-06"),
        ("yesterdays match was a shambles", "yesterdays", "DATE", "2024-11-04"),
        ("todays the day!! wish me luck", "todays", "DATE", "2024-11-05"),
    ],
)
def test_a_day_word_possessive_written_without_its_apostrophe(text: str, phrase: str, kind: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == (kind, value)


@pytest.mark.parametrize(
    "text", ["todays kids have no idea what a phone box is", "in todays world nobody rings", "tomorrows leaders"]
)
def test_the_age_after_a_solid_possessive_is_no_day(text: str) -> None:
    assert values(text, DCT, "colloquial") == []
