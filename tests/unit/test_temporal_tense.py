"""Tense and direction: the clause that governs a date decides which way it falls; clock times take the story's day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit._helpers import find

# DCT in _helpers is Tuesday 2024-11-05.


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A modal or passive future in the governing clause beats a reporting verb further left.
        ("The ministry said the new figures will be released on Thursday.", "Thursday", "2024-11-07"),
        ("Banks in the region will be shut on Monday for the festival.", "Monday", "2024-11-11"),
        ("An aide said the decision could arrive as early as Saturday.", "Saturday", "2024-11-09"),
        ("The minister said talks might resume Friday in Geneva.", "Friday", "2024-11-08"),
        # Present tense for what is on the calendar.
        ("The renovated gallery reopens Sunday with three new rooms.", "Sunday", "2024-11-10"),
        ("Early voting started last month and ends on Saturday.", "Saturday", "2024-11-09"),
        # Plain past stays past; a modal perfect looks back.
        ("The gallery reopened Sunday with three new rooms.", "Sunday", "2024-11-03"),
        ("The letter could have arrived Friday, a clerk said.", "Friday", "2024-11-01"),
        # An infinitive after a past verb governs: "had been due to close Friday" is still the past.
        ("The offer had been due to close Friday before it was extended.", "Friday", "2024-11-01"),
    ],
)
def test_weekday_direction_from_the_governing_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_until_deadline_after_a_past_verb_is_the_nearer_day() -> None:
    # Published Tuesday: a warning issued "until Thursday" looks ahead two days ...
    t = find("Forecasters issued a frost warning until 9 a.m. Thursday.", "9 a.m. Thursday")
    assert t.value == "2024-11-07T09:00"
    # ... while "worked until Monday" (yesterday) looks back.
    assert find("Crews worked through Monday night to clear the line.", "Monday night").value == "2024-11-04TNI"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Ticket sales have doubled since February, the club said.", "February", "2024-02"),
        ("A runoff will be held in March if no one wins a majority.", "March", "2025-03"),
        ("The board agreed to sell the plant in February.", "February", "2025-02"),
        ("Dividends would be paid on an as yet unnamed date in January.", "January", "2025-01"),
    ],
)
def test_bare_month_direction(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A bare clock time falls on the day the story is about, named in the same or previous sentence.
        ("The storm made landfall early Sunday. Winds peaked at 4:20 a.m. there.", "4:20 a.m.", "2024-11-03T04:20"),
        ("The two leaders will meet next Monday at 3 p.m. in Oslo.", "3 p.m.", "2024-11-11T15:00"),
        # A day named only as the date of the report does not count.
        ("A ferry sank, officials said yesterday. It left port at 6 a.m. full.", "6 a.m.", "2024-11-05T06:00"),
        # A day still to come does not date a clock time told in the past.
        ("The plan takes effect on Dec. 1. It was approved at 5 p.m. by the council.", "5 p.m.", "2024-11-05T17:00"),
    ],
)
def test_clock_time_takes_the_story_day(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_plan_in_the_past_perfect_looks_back() -> None:
    # Published Tuesday 2024-11-05: the deadline that "had been set to lapse" was last Friday.
    t = find("The bid had been set to lapse at midnight Friday before it was extended.", "midnight Friday")
    assert t.value.startswith("2024-11-01")


def test_plural_noun_is_not_a_scheduling_verb() -> None:
    assert find("Officials counted the votes Monday in the capital.", "Monday").value == "2024-11-04"
    assert find("Most filers sent their returns Friday.", "Friday").value == "2024-11-01"


# Tense decides the year of a date written without one (publication Tuesday 5 November 2024): a clause
# in the past never gets a date after publication, a clause about the future never one before it.
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The talks opened on 3 March in a hotel by the lake.", "3 March", "2024-03-03"),
        ("Negotiators first met on December 12 to draft the text.", "December 12", "2023-12-12"),
        ("The merger was completed on 12 December.", "12 December", "2023-12-12"),
        ("The ship sank on Dec. 2 with all hands.", "Dec. 2", "2023-12-02"),
        ("The plant had closed by 20 November.", "20 November", "2023-11-20"),
        ("Turnout figures will be published on 3 March.", "3 March", "2025-03-03"),
        ("The court is expected to rule on Feb. 4.", "Feb. 4", "2025-02-04"),
        ("The vote is set to take place on 14 October.", "14 October", "2025-10-14"),
        ("A judge ruled that the files must be handed over by 1 February.", "1 February", "2025-02-01"),
    ],
)
def test_tense_decides_the_year_of_a_day_and_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("They agreed in January to cut output.", "January", "2024-01"),
        ("Sales slumped in December after the strike.", "December", "2023-12"),
        ("The company wrote to its lenders in February.", "February", "2024-02"),
        ("Elections are due in March.", "March", "2025-03"),
        ("The new stadium opens in September.", "September", "2025-09"),
        ("Parliament is scheduled for a recess in August.", "August", "2025-08"),
        ("The fund might pay out in October.", "October", "2025-10"),
    ],
)
def test_tense_decides_the_year_of_a_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On Christmas Eve the family gathered at the farm.", "Christmas Eve", "2023-12-24"),
        ("Crowds filled the square on New Year's Eve.", "New Year's Eve", "2023-12-31"),
        ("The shop will open late on Christmas Eve.", "Christmas Eve", "2024-12-24"),
        ("Stores expect record sales at Easter.", "Easter", "2025-04-20"),
    ],
)
def test_tense_decides_the_year_of_a_holiday(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Irregular past forms come from the verb lexicon, not a hand list.
        ("The river froze on 2 December.", "2 December", "2023-12-02"),
        ("The two sides fought until 30 November.", "30 November", "2024-11-30"),
        ("Prices rose sharply in December.", "December", "2023-12"),
        ("She forgave the debt on Jan. 3.", "Jan. 3", "2024-01-03"),
        # A capitalised past form inside a sentence is a name, not a verb.
        ("Fans of Leeds United hope to travel in January.", "January", "2025-01"),
        # A noun that ends like an adverb does not make the next verb an adjective.
        ("In December the family gathered at the farm.", "December", "2023-12"),
        # "next to" is a place, not the future.
        ("The bomb went off next to the embassy on Friday.", "Friday", "2024-11-01"),
    ],
)
def test_verb_forms_that_tell_the_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What is planned or going on is not placed by the past verb: nearness decides.
        ("The board announced a plan to sell the unit in January.", "January", "2025-01"),
        ("Officials said they expect the deal to be completed by Dec. 15.", "Dec. 15", "2024-12-15"),
        ("The firm said it is calling the bonds on Dec. 7.", "Dec. 7", "2024-12-07"),
        # A date that qualifies a noun is not governed by the verb.
        ("The minister gave no reason for the Nov. 14 deadline.", "Nov. 14", "2024-11-14"),
        # The end of a stretch may lie beyond publication even when told in the past.
        ("The company extended its offer to Nov. 20.", "Nov. 20", "2024-11-20"),
        ("Rail services were suspended until Dec. 1.", "Dec. 1", "2024-12-01"),
        # A modal governs a participle that follows it.
        ("The bank said it will redeem its preferred shares on Nov. 30.", "Nov. 30", "2024-11-30"),
    ],
)
def test_where_the_past_verb_does_not_govern_the_date(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_tense_only_hinted_outside_the_clause_is_a_preference() -> None:
    # The past verb is in another clause: a month two months ahead stays nearest.
    t = find("Exports, which analysts watched closely, could recover in January.", "January")
    assert t.value == "2025-01"
    t = find("Only in January, officials conceded later, will the bridge reopen.", "January")
    assert t.value == "2025-01"


def test_a_day_on_the_wrong_side_does_not_move_a_date_by_a_year() -> None:
    # Published 5 November: a deadline that passed yesterday, told in a future clause, stays this year.
    assert find("Lawyers will argue the papers had to be filed by Nov. 4.", "Nov. 4").value == "2024-11-04"
    # Two days out is no slip of a time zone: the tense decides.
    assert find("Lawyers will argue the case on Nov. 3.", "Nov. 3").value == "2025-11-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "could not" tells of a failed attempt, in the past; "could" alone of a possibility.
        ("The mayor could not be reached for comment on Friday.", "Friday", "2024-11-01"),
        ("Officials couldn't confirm the figures on Monday.", "Monday", "2024-11-04"),
        ("The talks could resume on Friday.", "Friday", "2024-11-08"),
        # The present perfect of "be" looks back; a date fixed or moved ahead does not.
        ("Police have been searching for him since the Dec. 3 raid.", "Dec. 3", "2023-12-03"),
        ("The hearing has been postponed until Jan. 9.", "Jan. 9", "2025-01-09"),
        ("The vote has been scheduled for Feb. 2.", "Feb. 2", "2025-02-02"),
        # A date that qualifies a noun follows the verb's tense only as a hint: the nearer date wins
        # unless the other side is much nearer.
        ("Crowds marked the Oct. 20 anniversary with a march.", "Oct. 20", "2024-10-20"),
        ("Officials gave no reason for the Nov. 14 deadline.", "Nov. 14", "2024-11-14"),
    ],
)
def test_auxiliaries_that_tell_the_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The vote was postponed until Monday.", "Monday", "2024-11-11"),
        ("Officials postponed until Thursday any decision on the merger.", "Thursday", "2024-11-07"),
        ("The launch was pushed back to Friday after a fuel leak.", "Friday", "2024-11-08"),
        ("The judge adjourned the trial until Monday.", "Monday", "2024-11-11"),
        ("The opening has been delayed until July.", "July", "2025-07"),
        ("Talks were put off until August, a spokesman said.", "August", "2025-08"),
        ("The council deferred its vote to 20 July.", "20 July", "2025-07-20"),
        # The day named after the clock time it was put off to (published Tuesday 5 November 2024).
        ("The judge adjourned the hearing until 10 a.m. on Monday.", "Monday", "2024-11-11"),
        ("The court adjourned until 2 p.m. on Friday.", "2 p.m.", "2024-11-08T14:00"),
        ("The vote was postponed until noon on Thursday.", "Thursday", "2024-11-07"),
        ("The launch was pushed back to 6:30am on Saturday.", "6:30am", "2024-11-09T06:30"),
    ],
)
def test_a_date_something_was_put_off_to_is_still_to_come(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert t.value == value
    # The new date is a day on the timeline, not the stretch up to it that "until" makes elsewhere.
    assert t.range is None and t.interval_start is not None


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Without a verb of putting off, the end of a stretch told in the past is the nearer day.
        ("The protest went on until Monday.", "Monday", "2024-11-04"),
        ("Fighting raged until Sunday.", "Sunday", "2024-11-03"),
    ],
)
def test_the_end_of_a_past_stretch_is_not_put_off(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.range) == (value, "open_start")


# A Thursday: the Saturday after it is nearer than the one before, unlike from the Tuesday of _helpers.
_THURSDAY = date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "phrase", "thursday", "tuesday"),
    [
        ("Protesters planned a large rally on Saturday.", "Saturday", "2024-11-09", "2024-11-02"),
        ("The union planned a march on Saturday in the city centre.", "Saturday", "2024-11-09", "2024-11-02"),
        ("Villagers said they planned a vigil on Sunday evening.", "Sunday evening", "2024-11-10T", "2024-11-03T"),
        ("The committee intended a fresh ballot on Sunday.", "Sunday", "2024-11-10", "2024-11-03"),
    ],
)
def test_a_plan_told_in_the_past_is_for_the_nearer_day(text: str, phrase: str, thursday: str, tuesday: str) -> None:
    # Future in the past: the day planned may lie either side of the time of writing; the nearer is meant.
    assert find(text, phrase, _THURSDAY).value.startswith(thursday)
    assert find(text, phrase).value.startswith(tuesday)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Told as over, or as done: the past one.
        ("The group had planned a protest on Saturday.", "Saturday", "2024-11-02"),
        ("Protesters held a large rally on Saturday.", "Saturday", "2024-11-02"),
    ],
)
def test_a_plan_told_as_over_or_a_deed_stays_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _THURSDAY).value == value


def test_a_month_planned_in_the_past_is_the_nearer_one() -> None:
    # Said in November: the coming March is nearer than the one gone.
    assert find("Farmers planned a blockade of the ports in March.", "March").value == "2025-03"
    assert find("Farmers blockaded the ports in March.", "March").value == "2024-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Voting runs until 8 p.m. on Thursday.", "Thursday", "2024-11-07"),
        ("Voting runs from 7 a.m. to 8 p.m. on Thursday.", "Thursday", "2024-11-07"),
        ("The final takes place on Sunday.", "Sunday", "2024-11-10"),
        ("The summit is held on Friday in Rome.", "Friday", "2024-11-08"),
        ("The festival lasts until Saturday.", "Saturday", "2024-11-09"),
        ("Early voting continues on Monday.", "Monday", "2024-11-11"),
        ("Voters go to the polls on Thursday.", "Thursday", "2024-11-07"),
        ("The new rules come into force on Monday.", "Monday", "2024-11-11"),
        ("Results are published on Friday.", "Friday", "2024-11-08"),
    ],
)
def test_a_present_tense_schedule_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The Yankees scored two runs on Friday.", "Friday", "2024-11-01"),
        ("He hit three home runs Thursday.", "Thursday", "2024-10-31"),
        ("The fair was open from Friday to Monday.", "Friday", "2024-11-01"),
    ],
)
def test_a_noun_or_a_past_state_is_no_schedule(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The rent is due on the 27th.", "the 27th", "2024-11-27"),
        ("The offer ends on the 3rd.", "the 3rd", "2024-12-03"),
    ],
)
def test_a_schedule_before_a_day_of_the_month_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A date opening the sentence goes with its finite verb, told in the past, not with the plan
        # the infinitive names (publication is Tuesday).
        ("On Monday, the council voted to close the library.", "Monday", "2024-11-04"),
        ("On Friday, the union agreed to end the strike, and talks will resume soon.", "Friday", "2024-11-01"),
        ("On Sunday, the president promised to cut taxes next year.", "Sunday", "2024-11-03"),
        # After the infinitive the plan governs: what was decided is still to come.
        ("The council voted to close the library on Thursday.", "Thursday", "2024-11-07"),
    ],
)
def test_a_date_before_a_past_verb_of_deciding_is_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value", "document_type"),
    [
        # A forecast or a deadline with its "is" left out looks ahead (publication is Tuesday).
        ("snow expected sunday night, stay safe", "sunday night", "2024-11-10TNI", "colloquial"),
        ("tax return due friday and i haven't started", "friday", "2024-11-08", "colloquial"),
        ("Verdict expected on Monday after a six-week trial", "Monday", "2024-11-11", "news"),
        ("Heavy rain forecast for Saturday across the north", "Saturday", "2024-11-09", "news"),
        # Told in the past, or with its own subject, it is no forecast.
        ("The verdict was due on Monday.", "Monday", "2024-11-04", "news"),
        ("The rain came, as expected, on Monday.", "Monday", "2024-11-04", "news"),
        ("Storms will pass, the agency predicted Monday.", "Monday", "2024-11-04", "news"),
    ],
)
def test_a_forecast_or_deadline_without_its_verb_looks_ahead(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    assert find(text, phrase, document_type=document_type).value == value


@pytest.mark.parametrize("document_type", ["news", "colloquial"])
@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Published Tuesday 5 November 2024: each date's last occurrence is the nearer one, but the
        # words before it look ahead.
        ("See you on Monday!", "Monday", "2024-11-11"),
        ("see ya monday, same place", "monday", "2024-11-11"),
        ("Can't wait for Halloween already.", "Halloween", "2025-10-31"),
        ("cant wait till halloween", "halloween", "2025-10-31"),
        ("The fans are looking forward to October, when the season opens.", "October", "2025-10"),
        ("Everyone is counting down to Halloween.", "Halloween", "2025-10-31"),
    ],
)
def test_what_people_say_to_look_ahead_puts_the_date_ahead(
    text: str, phrase: str, value: str, document_type: str
) -> None:
    assert find(text, phrase, document_type=document_type).value == value


def test_what_could_not_wait_has_happened() -> None:
    # "couldn't wait" tells of the past: Monday is the day just gone.
    assert find("We couldn't wait for Monday, so we drove up on Sunday.", "Monday").value == "2024-11-04"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A relative clause set off by commas tells of what it describes, not of the present clause around it.
        ("The merger, which was announced last spring, is part of a plan to cut costs by March.", "March", "2025-03"),
        ("The levy, which voters approved, is meant to fund repairs through June.", "June", "2025-06"),
        ("The bridge, which was shut after the flood, reopens to traffic in February.", "February", "2025-02"),
        # The expression in the relative clause keeps that clause's tense.
        ("He replaces the director, who resigned in March for health reasons.", "March", "2024-03"),
        ("The plant, which closed in August, is for sale.", "August", "2024-08"),
    ],
)  # fmt: skip
def test_a_relative_aside_lends_no_tense_to_a_present_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The past of a verb of lasting tells of a stretch that is over: its end is gone by.
        ("The hiring freeze lasted until March.", "March", "2024-03"),
        ("She served as treasurer until May.", "May", "2024-05"),
        ("The talks continued into January.", "January", "2024-01"),
        ("The strike lasted until Friday.", "Friday", "2024-11-01"),
        # An act that set a stretch going may reach past publication: nearness decides.
        ("The agency extended the deadline to Jan. 15.", "Jan. 15", "2025-01-15"),
    ],
)
def test_a_stretch_told_as_over_ends_in_the_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A relative pronoun is the subject of a present: what it tells of is to come.
        ("The chain, which opens a store in Leeds in March, said profits rose.", "March", "2025-03"),
        ("Fans of the band, who plays the arena Sunday, queued all night.", "Sunday", "2024-11-10"),
    ],
)
def test_a_present_after_a_relative_pronoun_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A base form that is its own past ("cut", "hit", "set", "put", "beat") after a singular subject and
        # before its object is the past: its present would take an -s. A future in the next conjunct does
        # not reach back to it.
        ("The central bank cut rates in September and is expected to cut again in December.", "September",
         "2024-09"),
        ("The storm hit the coast on Monday and is expected to weaken by Friday.", "Monday", "2024-11-04"),
        ("Apple set a record in September and expects another in December.", "September", "2024-09"),
        ("He put the house up for sale in March and hopes to move by Christmas.", "March", "2024-03"),
        ("The team beat its rivals on Sunday and plays again on Saturday.", "Sunday", "2024-11-03"),
        ("The company cut 300 jobs in October and plans to cut more next year.", "October", "2024-10"),
        # Not after a plural subject, nor as a bare infinitive, nor in a noun compound.
        ("Officials will check that the unions set the date in September.", "September", "2025-09"),
        ("Officials will check that the union set the date in September.", "September", "2024-09"),
        ("The plan would help the city cut costs by March.", "March", "2025-03"),
        ("A rate cut in December is likely, economists say.", "December", "2024-12"),
        ("The tax cut is due to take effect in January.", "January", "2025-01"),
        # "set" with "for" before the date fixes a date to come: a plan, the nearer day is meant.
        ("The court set the trial for Jan. 14.", "Jan. 14", "2025-01-14"),
        ("The board set a vote on the merger for Dec. 3.", "Dec. 3", "2024-12-03"),
    ],
)  # fmt: skip
def test_a_base_form_that_is_its_own_past_after_a_singular_subject(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A verb after "and" heads a verb phrase of its own: its tense only hints at the date before it, which
        # nearness then places (published Friday 8 November 2024).
        ("The plant shut on Oct. 30 and is expected to reopen next week.", "Oct. 30", "2024-10-30"),
        ("The mill shut on Oct. 30 and will reopen on Monday.", "Oct. 30", "2024-10-30"),
        ("The bridge shut on Nov. 2 and is due to reopen in the spring.", "Nov. 2", "2024-11-02"),
        # Still firm where no "and" stands between.
        ("The shop reopens on Oct. 30, its owner says.", "Oct. 30", "2025-10-30"),
    ],
)
def test_a_verb_after_and_only_hints_at_the_tense_before_it(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # After a negative subject "could" tells what could not be done, as "could not" does: the day gone
        # (published Thursday 7 November 2024).
        ("Neither the mayor nor her aides could be reached Wednesday.", "2024-11-06"),
        ("No one could be found at the address on Wednesday.", "2024-11-06"),
        ("Nobody could say on Wednesday how many had been hurt.", "2024-11-06"),
        ("None of the officials could be reached Wednesday.", "2024-11-06"),
        # Without it, "could" looks ahead.
        ("The vote could come as early as Wednesday.", "2024-11-13"),
    ],
)
def test_could_after_a_negative_subject_is_the_past(text: str, value: str) -> None:
    assert find(text, "Wednesday", date(2024, 11, 7)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A second verb phrase after "and", in the present, tells its own tense (published Tuesday 5 November
        # 2024): what is to come, whatever the first verb's past.
        ("The ferry firm cut sailings and restores them on Nov. 20.", "Nov. 20", "2024-11-20"),
        ("The mill laid off workers and reopens its doors on Monday.", "Monday", "2024-11-11"),
        ("The museum closed a wing and unveils the new gallery in January.", "January", "2025-01"),
        ("The mill laid off workers and it reopens on Monday.", "Monday", "2024-11-11"),
        # "I" takes the base form as "we" and "they" do.
        ("I lost my keys again and I fly out on Friday.", "Friday", "2024-11-08"),
        ("We missed the ferry and I start the new job on Monday.", "Monday", "2024-11-11"),
    ],
)
def test_a_present_after_and_tells_its_own_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A past after "and" keeps the past; so does a past verb of the second phrase.
        ("The ferry firm cut sailings and restored them on Nov. 1.", "Nov. 1", "2024-11-01"),
        ("The mill laid off workers and said it shut on Monday.", "Monday", "2024-11-04"),
    ],
)
def test_a_past_after_and_stays_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Verbs that fix a date for something, with "for" before it: a plan, the nearer day is meant.
        ("Residents called a public meeting for Thursday.", "Thursday", "2024-11-07"),
        ("The two clubs arranged a friendly for Saturday.", "Saturday", "2024-11-09"),
        ("Opposition members have convened an emergency session for Friday.", "Friday", "2024-11-08"),
        ("The school booked the hall for Dec. 12.", "Dec. 12", "2024-12-12"),
        # Not "called for" something else: the day is the call's own.
        ("He called for calm on Sunday.", "Sunday", "2024-11-03"),
    ],
)
def test_a_date_fixed_for_something_is_a_plan(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "with" and a noun phrase before a past participle: a clause with no finite verb, no past tense.
        ("The outlook is brighter, with sunshine expected from Thursday.", "Thursday", "2024-11-07"),
        ("Lawmakers are busy, with the final vote scheduled for Friday.", "Friday", "2024-11-08"),
        ("The market is calm, with talks planned on Monday.", "Monday", "2024-11-11"),
    ],
)
def test_a_participle_after_with_and_a_noun_tells_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A present perfect reaches up to now: the stretch it tells of goes on to the day named, still to come.
        ("Schools have been shut through Monday.", "Monday", "2024-11-11"),
        ("The ferry has been suspended until Sunday, the operator said.", "Sunday", "2024-11-10"),
        ("The council has extended the parking ban until Saturday.", "Saturday", "2024-11-09"),
        # In the simple past the nearer day is meant.
        ("The bridge was closed until Monday.", "Monday", "2024-11-04"),
    ],
)
def test_the_end_of_a_stretch_told_in_the_present_perfect_is_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A finite verb after "with" and a relative pronoun, or past a comma, keeps its past.
        ("He met with officials who arrived on Friday.", "Friday", "2024-11-01"),
        ("With costs rising, the firm cut jobs on Friday.", "Friday", "2024-11-01"),
        ("She flew home with her husband on Saturday.", "Saturday", "2024-11-02"),
    ],
)
def test_a_past_verb_near_with_keeps_its_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Published Tuesday 5 November 2024: "i" and a verb in the base form after "and" is a plan of the week.
        ("had no sleep and i play a gig saturday", "saturday", "2024-11-09"),
        ("worked a double and i work again thurs", "thurs", "2024-11-07"),
    ],
)
def test_a_post_s_i_after_and_tells_its_own_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value
