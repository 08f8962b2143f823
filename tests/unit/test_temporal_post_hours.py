"""Hours as posts write them: "half 7", "8ish", "doors 7.30", "at around 8", and which half of the day a
bare hour is in when the post speaks of an evening out.

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import datetime

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "half 7" is half past seven, as British speech has it.
        ("meet at half 7 at the pub", "half 7", "2024-11-05T19:30"),
        ("drinks at half 6, dinner after", "half 6", "2024-11-05T18:30"),
        ("bus at half 8 tomorrow morning", "half 8 tomorrow morning", "2024-11-06T08:30"),
        # The doors of a gig or a show open at the hour after "doors".
        ("doors 7.30, support act at 8", "7.30", "2024-11-05T19:30"),
        ("gig tonight!! doors 8", "8", "2024-11-05T20:00"),
        # "at around 8", "at about 9.30": the hour, about.
        ("drinks at around 8?", "around 8", "2024-11-05T20:00"),
        ("dinner at about 9.30 if the train is on time", "about 9.30", "2024-11-05T21:30"),
    ],
)
def test_post_hours_as_british_speech_and_gig_posters_write_them(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("come round 5ish, we'll eat later", "5ish", "2024-11-05T17:00"),
        ("pub at 8ish?", "8ish", "2024-11-05T20:00"),
        ("up at 7ish for the long run", "7ish", "2024-11-05T07:00"),
    ],
)
def test_an_hour_ending_in_ish_is_about_that_hour(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value, t.mod) == ("TIME", value, "APPROX")


@pytest.mark.parametrize("text", ["she's 8ish years older than me", "about 8ish people came", "it's 5ish km away"])
def test_ish_before_a_count_is_no_hour(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # An evening out puts an hour up to 10 after noon.
        ("pub at 8, who's in", "8", "2024-11-05T20:00"),
        ("party at 9 at ours, bring snacks", "9", "2024-11-05T21:00"),
        ("drinks at 7.45 by the river", "7.45", "2024-11-05T19:45"),
        # A pub may open in the morning: 11 stays as written.
        ("the pub opens at 11 for the match", "11", "2024-11-05T11:00"),
        # Morning words win over an outing.
        ("breakfast at the pub at 9, then the walk", "9", "2024-11-05T09:00"),
        # With no word of either, as before: 1 to 6 after noon, 7 to 12 as written.
        ("dentist at 9 ugh", "9", "2024-11-05T09:00"),
        ("footy at 3", "3", "2024-11-05T15:00"),
    ],
)
def test_an_evening_out_puts_a_bare_hour_after_noon(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_a_clock_time_with_a_colon_after_at_is_read_as_a_bare_hour_in_a_post() -> None:
    assert find("dinner at 9:30, table booked", "9:30", document_type="colloquial").value == "2024-11-05T21:30"
    # News keeps it as written.
    assert find("The minister arrived at 9:30 for dinner.", "9:30").value == "2024-11-05T09:30"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare hour after "starts" or "kickoff" is when it starts.
        ("quiz starts 8, teams of four", "8", "2024-11-05T20:00"),
        ("kickoff 3 tomorrow, meet at the gate", "3 tomorrow", "2024-11-06T15:00"),
        ("kick off 7.45 so pub first", "7.45", "2024-11-05T19:45"),
        # A run, a flight, "up at" and "early" are in the morning.
        ("up at 6 for the long run", "6", "2024-11-05T06:00"),
        ("early flight, leaving at 5", "5", "2024-11-05T05:00"),
        ("parkrun at 9 then coffee", "9", "2024-11-05T09:00"),
        ("early start, leaving at 6", "6", "2024-11-05T06:00"),
        # "early" of a closing and "runs" of a timetable say nothing of the morning.
        ("the shop closes early at 4 for stocktaking", "4", "2024-11-05T16:00"),
        ("the shuttle runs at 5 from the car park", "5", "2024-11-05T17:00"),
    ],
)
def test_what_a_post_does_says_which_half_of_the_day_a_bare_hour_is_in(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text", ["she starts 8 games in a row", "kickoff 3 minutes late", "it starts 2 weeks from now"]
)
def test_a_count_after_starts_is_no_hour(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A night out puts "half 11" before midnight, after "by" too.
        ("night out, home by half 11 hopefully", "half 11", "2024-11-05T23:30"),
        ("out till half 11 at the club", "half 11", "2024-11-05T23:30"),
        ("drinks then clubbing, taxi at half 11", "half 11", "2024-11-05T23:30"),
        ("home by half 6 for tea", "half 6", "2024-11-05T18:30"),
    ],
)
def test_half_past_an_hour_of_a_night_out(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["won by 2 in the end", "lost by 3 goals", "cut by half 2 years ago"])
def test_a_number_after_by_is_no_hour_without_half(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # am and pm cut to their first letter, after a word of time or with minutes.
        ("pickup at 7p, dont be late", "7p", "2024-11-05T19:00"),
        ("yoga at 9a then brunch", "9a", "2024-11-05T09:00"),
        ("dancing till 2a lol", "2a", "2024-11-06T02:00"),
        ("call is 10:30a sharp", "10:30a", "2024-11-05T10:30"),
        ("happy hour 5-7p at the rooftop", "7p", "2024-11-05T19:00"),
        ("trivia fri 8p, bring a team", "fri 8p", "2024-11-08T20:00"),
    ],
)
def test_am_and_pm_cut_to_one_letter(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["a bag costs 7p now", "moved into flat 9a", "stamps went up 5p again"])
def test_pence_and_flat_numbers_are_no_hours(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "TIME"]


def test_pence_in_the_news_are_no_hours() -> None:
    assert not [v for v in values("Shares in the lender closed at 12p on Monday.") if v[1] == "TIME"]
    assert not [v for v in values("The shares rose 3-5p in early trade.") if v[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("meet at half 7 pm by the station", "half 7 pm", "2024-11-05T19:30"),
        ("alarm goes off at half 6 am ugh", "half 6 am", "2024-11-05T06:30"),
    ],
)
def test_half_an_hour_with_am_or_pm(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "by" and a bare hour is a deadline where one must be somewhere or have something done by then.
        ("gotta be back by 6 for dinner", "6", "2024-11-05T18:00"),
        ("be there by 10 or we go without you", "10", "2024-11-05T10:00"),
        ("need to leave by 4, traffic is mad", "4", "2024-11-05T16:00"),
        ("essay has to be done by 5, send help", "5", "2024-11-05T17:00"),
    ],
)
def test_a_bare_hour_after_back_by_or_done_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["we were up by 3 at the half", "back by 2 goals now", "done by 5 points"])
def test_a_margin_after_by_is_no_hour(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("dinner at 7pm on sat if ur free", "7pm", "2024-11-09T19:00"),
        ("open house 2-4pm on sun", "4pm", "2024-11-10T16:00"),
        ("tryouts at 6pm on thurs", "6pm", "2024-11-07T18:00"),
    ],
)
def test_a_clock_time_on_a_weekday_written_short(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A clock time with a colon reads as a bare hour does in a post, whatever comes before it.
        ("school pickup is 3:15 so leaving early", "3:15", "2024-11-05T15:15"),
        ("tee time 7:10, wish me luck", "7:10", "2024-11-05T07:10"),
        ("dinner reservation 8:15 tonight", "8:15 tonight", "2024-11-05T20:15"),
        # Sleepless in the small hours.
        ("it's 3:15 and i can't sleep", "3:15", "2024-11-05T03:15"),
        ("still up at 2:30, send help", "2:30", "2024-11-05T02:30"),
    ],
)
def test_a_clock_time_with_a_colon_in_a_post(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Falling asleep and bed by an hour are the evening's.
        ("fell asleep at 10 on the sofa again", "10", "2024-11-05T22:00"),
        ("bed by 9, big day tomorrow", "9", "2024-11-05T21:00"),
        # Where a post speaks of the evening and the morning, the nearer word decides.
        ("asleep by 11, alarm at 6 though", "6", "2024-11-05T06:00"),
        ("asleep by 11, alarm at 6 though", "11", "2024-11-05T23:00"),
        ("bed by 10, up at 7 for the run", "7", "2024-11-05T07:00"),
    ],
)
def test_sleep_and_the_nearer_word_of_the_day_s_half(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("movie starts 7:30, grab popcorn", "7:30", "2024-11-05T19:30"),
        ("cinema at 8 with the girls", "8", "2024-11-05T20:00"),
        ("film at 9 if you're up for it", "9", "2024-11-05T21:00"),
    ],
)
def test_a_film_is_an_evening_out(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # DCT is Tuesday 5 November: the coming Thursday is the 7th.
        ("new series of the cooking contest starts thurs at 8!!", "8", "2024-11-07T20:00"),
        ("the finale is on at 9, nobody text me", "9", "2024-11-05T21:00"),
        ("final episode thursday at 7 and i'm not ready", "7", "2024-11-07T19:00"),
    ],
)
def test_a_show_on_television_is_an_evening_s(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_a_tv_bought_is_no_evening() -> None:
    posted = datetime(2024, 11, 29, 4, 40)
    t = find("queueing for a cheap tv since 3:30, freezing", "3:30", posted, document_type="colloquial")
    assert t.value == "2024-11-29T03:30"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "from" and a bare hour alone, where what opens or who is free says it is a time, or "onwards" does.
        ("cafe open from 8 tomorrow, come say hi", "8 tomorrow", "2024-11-06T08:00"),
        ("free from 3 if anyone wants a coffee", "3", "2024-11-05T15:00"),
        ("drinks from 6 onwards, all welcome", "6", "2024-11-05T18:00"),
    ],
)
def test_a_bare_hour_after_open_from_or_before_onwards(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["from 8 to 10 people turned up", "tickets from 8 quid", "it went from 3 to 5"])
def test_a_count_after_from_is_no_hour(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "TIME"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "by" and a bare hour before the day it falls on is a deadline.
        ("assignment in by 5 tomorrow or i fail", "5 tomorrow", "2024-11-06T17:00"),
        ("essay due by 9 friday", "9 friday", "2024-11-08T09:00"),
        ("need the keys by 10 on friday pls", "10", "2024-11-08T10:00"),
    ],
)
def test_by_a_bare_hour_before_its_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


def test_a_margin_before_a_day_is_no_hour() -> None:
    assert not [v for v in values("we won by 2 tomorrow night", document_type="colloquial") if v[0][0].isdigit()]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare hour right after a day word is a time of that day.
        ("tomorrow 3 at the park, bring a ball", "3", "2024-11-06T15:00"),
        ("tonight 8 at the pub?", "8", "2024-11-05T20:00"),
        ("today 11 at the clinic", "11", "2024-11-05T11:00"),
    ],
)
def test_a_bare_hour_right_after_a_day_word(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize("text", ["tomorrow 3 people are coming", "today 2 goals again", "tonight 2 bands play"])
def test_a_count_right_after_a_day_word_is_no_hour(text: str) -> None:
    assert not [v for v in values(text, document_type="colloquial") if v[1] == "TIME" and v[0][0].isdigit()]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # After a day and "at", a post's words still say which half of the day the hour is in.
        ("friday at 8, drinks at ours", "8", "2024-11-08T20:00"),
        ("sunday at 7 for dinner", "7", "2024-11-10T19:00"),
        ("tomorrow at 9, dentist ugh", "9", "2024-11-06T09:00"),
        ("tonight at 7, be there", "7", "2024-11-05T19:00"),
    ],
)
def test_a_bare_hour_after_a_day_and_at_in_a_post(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("call at 9:00 a.m sharp", "9:00 a.m", "2024-11-05T09:00"),
        ("doors 7 p.m tonight", "7 p.m tonight", "2024-11-05T19:00"),
    ],
)
def test_am_and_pm_without_their_last_stop(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "posted", "value"),
    [
        # After "since" the hour is gone by: in the morning, where the afternoon's has not yet come.
        ("been up since 5 with the baby", datetime(2024, 11, 5, 8, 15), "2024-11-05T05:00"),
        ("awake since 4 and now I want a nap", datetime(2024, 11, 5, 9, 40), "2024-11-05T04:00"),
        ("on my feet since 6:30, knackered", datetime(2024, 11, 5, 11, 0), "2024-11-05T06:30"),
        # Posted later in the day, the afternoon's hour has gone by too.
        ("been waiting since 3 for a parcel", datetime(2024, 11, 5, 17, 10), "2024-11-05T15:00"),
        # An evening out stays in the evening.
        ("at the pub since 6 lol", datetime(2024, 11, 5, 9, 40), "2024-11-05T18:00"),
        # Late in the evening, an hour from 7 to 11 gone by a few hours before: the evening's.
        ("been sorting the shed since 7, found a hedgehog", datetime(2024, 11, 5, 21, 20), "2024-11-05T19:00"),
        ("doing my tax return since 8 send help", datetime(2024, 11, 5, 22, 50), "2024-11-05T20:00"),
        # Unless the morning is spoken of, or the evening's has not yet come.
        ("up since 7 and still going", datetime(2024, 11, 5, 21, 20), "2024-11-05T07:00"),
        ("breakfast at 6 and been on my feet since 7", datetime(2024, 11, 5, 21, 20), "2024-11-05T07:00"),
        ("been sorting the shed since 7", datetime(2024, 11, 5, 15, 0), "2024-11-05T07:00"),
    ],
)
def test_since_a_bare_hour_is_an_hour_gone_by(text: str, posted: datetime, value: str) -> None:
    hour = text.split("since ")[1].split()[0].rstrip(",")
    t = find(text, hour, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "posted", "value"),
    [
        # The morning's hour long gone, the evening's a few hours off: the evening's.
        ("meet u at 8.30 by the fountain", datetime(2024, 11, 5, 19, 1), "2024-11-05T20:30"),
        ("see you at 9 then", datetime(2024, 11, 5, 18, 40), "2024-11-05T21:00"),
        ("call me at 10 if you can", datetime(2024, 11, 5, 20, 5), "2024-11-05T22:00"),
        # Still to come in the morning, or told in the past, or said of the morning: as written.
        ("see you at 9 then", datetime(2024, 11, 5, 7, 30), "2024-11-05T09:00"),
        ("the bus finally came at 8", datetime(2024, 11, 5, 19, 1), "2024-11-05T08:00"),
        ("breakfast at 9 was lovely, now work", datetime(2024, 11, 5, 18, 0), "2024-11-05T09:00"),
        # The evening's hour far off: the writer may mean the next morning; left as written.
        ("exam at 9, wish me luck", datetime(2024, 11, 5, 11, 0), "2024-11-05T09:00"),
    ],
)
def test_a_gone_by_morning_hour_a_few_hours_before_its_evening_is_the_evening(
    text: str, posted: datetime, value: str
) -> None:
    hour = text.split(" at ")[1].split()[0].rstrip(",")
    t = find(text, hour, posted, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Told in the past later that day: the midnight the day opened with.
        ("i got home at midnight, never again", "2024-11-05T00:00"),
        ("we finally left at midnight", "2024-11-05T00:00"),
        # Still to come: the midnight that ends the day.
        ("home by midnight lol", "2024-11-05T24"),
        ("the party goes on till midnight", "2024-11-05T24"),
    ],
)
def test_midnight_told_in_the_past_is_the_one_the_day_opened_with(text: str, value: str) -> None:
    t = find(text, "midnight", datetime(2024, 11, 5, 19, 1), document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare hour before "tonight" is this evening's, with or without "at".
        ("8 tonight at the pub, who's in", "8 tonight", "2024-11-05T20:00"),
        ("kick off 7 tonight, come on you blues", "7 tonight", "2024-11-05T19:00"),
        # "works for me", "suits me" agree on a time; they count nothing.
        ("quarter past 8 works for me", "quarter past 8", "2024-11-05T20:15"),
        ("dinner at 7 suits me fine", "7", "2024-11-05T19:00"),
    ],
)
def test_more_hours_of_plans(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, datetime(2024, 11, 5, 18, 30), document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text", ["the 8 works of art on show", "she drank 2 tonight and went home", "we scored 3 tonight!!"]
)
def test_counts_stay_counts(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "document_type", "phrase", "value"),
    [
        # Noon ends the range: the bare hour is the morning before it (of every weekday when kept each week).
        ("plant swap 9 till noon, bring cuttings", "colloquial", "9", "2024-11-05T09:00"),
        ("library's open 10 until noon on weekdays now", "colloquial", "10", "XXXX-XX-XXT10:00"),
        ("book stall half 9 till midday outside the chemist", "colloquial", "half 9", "2024-11-05T09:30"),
        # Midnight ends it: the evening before it.
        ("the bar does cocktails 8 till midnight", "colloquial", "8", "2024-11-05T20:00"),
        ("The hall stays open 7 until midnight for late voters.", "news", "7", "2024-11-05T19:00"),
    ],
)
def test_a_bare_hour_before_till_noon_or_midnight_is_the_start_of_the_range(
    text: str, document_type: str, phrase: str, value: str
) -> None:
    t = find(text, phrase, document_type=document_type)
    assert (t.type, t.value) == ("TIME", value)


def test_a_count_before_till_is_still_no_hour() -> None:
    assert [v for v in values("we queued for 2 hours till noon", document_type="colloquial") if v[0] == "2"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "before" an hour, as "by" or "till" it: that hour of the day.
        ("done all the ironing before 9, feeling smug", "9", "2024-11-05T09:00"),
        ("need to be home before 6 for the kids' tea", "6", "2024-11-05T18:00"),
        ("asleep before 10 tonight, no question", "10 tonight", "2024-11-05T22:00"),
    ],
)
def test_a_bare_hour_after_before_in_a_post(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, datetime(2024, 11, 5, 8, 0), document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "scored 2 before 3 minutes were up",
        "before 5 people had even turned up we ran out",
        "read it before 2 others did",
    ],
)
def test_a_count_after_before_stays_a_count(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "from" and an hour that ends its clause, where the sentence names a gathering: when it starts.
        ("bbq at ours from 3, bring a chair", "3", "2024-11-05T15:00"),
        ("birthday drinks at the crown from 7. all welcome", "7", "2024-11-05T19:00"),
        ("picnic in the park from 12!", "12", "2024-11-05T12:00"),
    ],
)
def test_from_an_hour_that_ends_the_clause_of_a_gathering(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize("text", ["prices went up from 3.", "we moved up to 2nd from 5, get in", "down from 4, dinner"])
def test_from_a_number_of_a_change_is_no_hour(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[1] == "TIME"] == []


@pytest.mark.parametrize(
    "text",
    [
        "the allotment show is on friday. been potting seedlings since 7",
        "new job starts monday!! been ironing shirts since 7",
    ],
)
def test_since_a_bare_hour_is_today_after_a_day_still_to_come(text: str) -> None:
    t = find(text, "7", datetime(2024, 11, 5, 21, 20), document_type="colloquial")
    assert (t.type, t.value) == ("TIME", "2024-11-05T19:00")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A meal's hour is never in the small hours: "dinner at 3" is an early dinner.
        ("roast in the oven at 11, dinner at 3", "3", "2024-11-05T15:00"),
        ("family supper at 4 because the kids are tiny", "4", "2024-11-05T16:00"),
        ("dinner @ 2 then a long walk", "2", "2024-11-05T14:00"),
    ],
)
def test_the_hour_of_dinner_is_after_noon(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("TIME", value)


def test_an_hour_after_dinner_may_still_be_the_small_hours() -> None:
    assert find("danced till 3 after dinner", "3", document_type="colloquial").value == "2024-11-05T03:00"
