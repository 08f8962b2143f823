"""A verb in the simple present with its object, and then a day: the calendar of what is to come ("The
mayor presents the budget on Thursday"). Publication is Tuesday 5 November 2024; sentences are our own."""

from datetime import date

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mayor presents the new budget on Thursday.", "Thursday", "2024-11-07"),
        ("The bank reports quarterly earnings Thursday.", "Thursday", "2024-11-07"),
        ("The minister unveils her transport plan to parliament on Wednesday.", "Wednesday", "2024-11-06"),
        ("Northwind announces its new chief executive on Friday, two people familiar with it said.",
         "Friday", "2024-11-08"),
    ],
)  # fmt: skip
def test_the_simple_present_with_an_object_names_a_day_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A plural noun, not a verb: an auxiliary follows it.
        ("Fuel prices have fallen since Monday.", "Monday", "2024-11-04"),
        # A relative clause or a past form between governs the day.
        ("The storm follows another that flooded the valley on Sunday.", "Sunday", "2024-11-03"),
        ("The report blames the crew who ignored the warning on Friday.", "Friday", "2024-11-01"),
        # A past tense in the clause decides.
        ("The chairman resigns his seat, he told the board on Monday.", "Monday", "2024-11-04"),
        # Reporting verbs in the present are not the calendar's.
        ("The coach says the team trained hard on Sunday.", "Sunday", "2024-11-03"),
    ],
)
def test_nouns_relative_clauses_and_past_forms_keep_the_day_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_the_present_only_leans_ahead_for_a_date_weeks_gone() -> None:
    # A preference, not a rule: a date three weeks back is still the one meant.
    assert find("The museum reopens its east wing on Oct 14.", "Oct 14").value == "2024-10-14"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The present of "be" with a time right after it, or with a state of the calendar between.
        ("The deadline for entries is Friday.", "Friday", "2024-11-08"),
        ("Kickoff is at 3 p.m. Saturday.", "3 p.m. Saturday", "2024-11-09T15:00"),
        ("The new speed limit is in force from Monday.", "Monday", "2024-11-11"),
        ("Tickets are on sale Thursday at the box office.", "Thursday", "2024-11-07"),
        ("The gallery is open Sunday afternoon.", "Sunday afternoon", "2024-11-10TAF"),
        # A base form after a plural subject, with its object or without.
        ("The two ministers hold talks Thursday in Oslo.", "Thursday", "2024-11-07"),
        ("Both chambers debate the bill on Wednesday.", "Wednesday", "2024-11-06"),
        ("They perform at the town hall on Saturday.", "Saturday", "2024-11-09"),
        # A third-person present with nothing between it and the day.
        ("The governor speaks Friday at the college.", "Friday", "2024-11-08"),
        ("The choir sings at noon Sunday.", "noon Sunday", "2024-11-10T12:00"),
    ],
)  # fmt: skip
def test_the_present_of_be_and_plural_presents_name_a_day_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A possessive day qualifies a noun: the verb places the noun, not the day.
        ("Friday's vote is a test for the party.", "Friday", "2024-11-01"),
        ("Traders weigh Monday's figures with care.", "Monday", "2024-11-04"),
        # What a verb of sequence follows, and what comes after or since a day, lies before.
        ("The move follows a vote Monday in the Senate.", "Monday", "2024-11-04"),
        ("The decision comes after talks Sunday with the unions.", "Sunday", "2024-11-03"),
        # A plural noun is not a verb when nothing follows it but the day.
        ("Her remarks Monday, on the eve of the vote, angered the party.", "Monday", "2024-11-04"),
        # "Be" with a comparison is no state of the calendar.
        ("The stock is up 4 percent from Friday.", "Friday", "2024-11-01"),
        # A past form in the clause decides.
        ("Fans go wild as the team won the cup on Sunday.", "Sunday", "2024-11-03"),
    ],
)
def test_possessives_sequences_and_past_forms_keep_the_day_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "There is" with what is to happen.
        ("There is a candlelight vigil Saturday in the square.", "Saturday", "2024-11-09"),
        ("There are two matches Sunday at the stadium.", "Sunday", "2024-11-10"),
        # A participle of state after "remain" or "stay" is no past tense.
        ("Most offices remain closed Monday.", "Monday", "2024-11-11"),
        ("The library stays locked on Thursday.", "Thursday", "2024-11-07"),
        # A day that opens its clause goes with the present after it.
        ("On Saturday the fair opens its gates to the public.", "Saturday", "2024-11-09"),
        ("From Monday the timetable applies to every line.", "Monday", "2024-11-11"),
        # The first verb after an aside set off from its subject, with its object.
        ("The singer, who turned 80 this year, plays his last concert Saturday.", "Saturday", "2024-11-09"),
    ],
)
def test_there_is_states_and_fronted_days_with_the_present(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On Saturday the fair closed its gates early.", "Saturday", "2024-11-02"),
        ("On Sunday the team that lost the final flew home.", "Sunday", "2024-11-03"),
        ("There was a candlelight vigil Saturday in the square.", "Saturday", "2024-11-02"),
    ],
)
def test_a_past_form_keeps_a_fronted_day_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ferry makes its last crossing of the season Sunday.", "Sunday", "2024-11-10"),
        ("The band plays the last show of its tour on Friday.", "Friday", "2024-11-08"),
    ],
)
def test_last_after_a_determiner_is_the_final_one_and_no_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_last_before_a_unit_of_time_is_still_past() -> None:
    assert find("The ferry made its final crossing last Sunday.", "last Sunday").value == "2024-11-03"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The present progressive with a time and nothing between is an arrangement.
        ("The quartet is playing Saturday at the old mill.", "Saturday", "2024-11-09"),
        ("She is speaking at noon Thursday.", "noon Thursday", "2024-11-07T12:00"),
        ("We're leaving Friday.", "Friday", "2024-11-08"),
        # With an object, a verb of putting on or taking part in something.
        ("The council is holding a public hearing Monday.", "Monday", "2024-11-11"),
        ("The tenants are staging a protest on Saturday.", "Saturday", "2024-11-09"),
        # "Be" with what is due to come out.
        ("The jobs figures are due out Friday.", "Friday", "2024-11-08"),
    ],
)
def test_the_present_progressive_of_an_arrangement_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Another verb's object may be an event gone by, which the day then dates.
        ("Detectives are investigating a break-in Sunday at the depot.", "Sunday", "2024-11-03"),
        ("Regulators are reviewing the outage Friday.", "Friday", "2024-11-01"),
        # A possessive and a noun in -ing are no progressive.
        ("The club's training Saturday drew a crowd.", "Saturday", "2024-11-02"),
    ],
)
def test_the_progressive_of_other_verbs_keeps_the_day_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A present reported after a past verb of saying is told as still true: the day is still to come.
        ("Officials said the new speed limit is in force from Monday.", "Monday", "2024-11-11"),
        ("The promoter told reporters the band plays the stadium Sunday.", "Sunday", "2024-11-10"),
        ("The ministry announced that the two envoys hold talks Thursday.", "Thursday", "2024-11-07"),
        ("Police said the bridge remains closed Friday.", "Friday", "2024-11-08"),
    ],
)
def test_a_present_reported_after_said_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The coach said the team trained Sunday.", "Sunday", "2024-11-03"),
        ("Officials said the man who is accused of the theft was arrested Friday.", "Friday", "2024-11-01"),
        ("Police said the driver is in custody since Saturday.", "Saturday", "2024-11-02"),
    ],
)
def test_a_past_reported_after_said_stays_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A base form that is its own past tells no tense after a plural subject.
        ("Sales hit a record Friday.", "Friday", "2024-11-01"),
        ("Notices put out on Monday urged caution.", "Monday", "2024-11-04"),
        ("Farmers cut their prices Friday.", "Friday", "2024-11-01"),
    ],
)
def test_a_base_form_that_is_its_own_past_tells_no_tense(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A subject of several words: a determiner or a possessive, then adjectives and nouns.
        ("Its chief executive presents the plan Friday.", "Friday", "2024-11-08"),
        ("The town's new library opens its doors on Saturday.", "Saturday", "2024-11-09"),
        ("Northwind's chief financial officer outlines the cuts Thursday.", "Thursday", "2024-11-07"),
        ("Her eldest daughter starts school Monday.", "Monday", "2024-11-11"),
        ("The regional transport authority unveils its timetable on Wednesday.", "Wednesday", "2024-11-06"),
        # A participle of state between the verb and the day.
        ("The east wing stays closed Monday.", "Monday", "2024-11-11"),
        ("The old harbour bridge remains shut on Thursday.", "Thursday", "2024-11-07"),
    ],
)  # fmt: skip
def test_a_noun_phrase_subject_with_a_present_names_a_day_to_come(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A verb inside the words before: a clause, not a subject ("plans" is the verb, "cuts" its object).
        ("The company plans cuts it announced on Friday.", "Friday", "2024-11-01"),
        ("The squad played well and the coach praised it Sunday.", "Sunday", "2024-11-03"),
        ("The new manager's first team selected on Saturday lost.", "Saturday", "2024-11-02"),
    ],
)  # fmt: skip
def test_a_clause_before_the_verb_is_no_noun_phrase_subject(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A phrase added with "with" and no verb of its own is told in the tense of its clause
        # (published Saturday 9 November 2024).
        ("Qualifying takes place on Friday, with the race on Sunday.", "Sunday", "2024-11-10"),
        ("Heats are held on Friday, with the final on Sunday.", "Sunday", "2024-11-10"),
        ("The summit opens on Monday, with talks on trade on Tuesday.", "Tuesday", "2024-11-12"),
        ("Heats were held on Thursday, with the final on Friday.", "Friday", "2024-11-08"),
        ("The plant closed in March, with the last shift on March 28.", "March 28", "2024-03-28"),
    ],
)
def test_a_verbless_with_phrase_takes_the_tense_of_its_clause(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 9)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A base form after a determiner and a singular word is a noun, no verb of the calendar (published
        # Friday 8 November 2024).
        ("Stocks rose in early trading on Friday, after a record close on Thursday.", "Thursday", "2024-11-07"),
        ("Shares slipped after a strong open on Thursday.", "Thursday", "2024-11-07"),
        # A plural subject, or the -s of the third person, keeps the verb.
        ("The markets close on Monday for the holiday.", "Monday", "2024-11-11"),
        ("The market opens on Monday after the holiday.", "Monday", "2024-11-11"),
        # A singular word that ends a phrase of place after a plural subject ("schools in the region"), and a
        # verb that is never a noun ("reopen", "resume"), keep the verb.
        ("Schools across the county close on Wednesday for half-term.", "Wednesday", "2024-11-13"),
        ("Members of the committee meet on Tuesday to pick a chair.", "Tuesday", "2024-11-12"),
        ("Libraries throughout the borough open on Sunday for the first time.", "Sunday", "2024-11-10"),
        ("Schools in the region reopen on Wednesday after the floods.", "Wednesday", "2024-11-13"),
        ("Flights from the island resume on Monday after a three-week closure.", "Monday", "2024-11-11"),
        ("Hearings at the tribunal reconvene on Thursday.", "Thursday", "2024-11-14"),
    ],
)
def test_a_base_form_after_a_singular_noun_phrase_is_a_noun(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, date(2024, 11, 8)).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A verb of scheduling right after a past form is what the past left things as: "broke open".
        ("The inquiry broke open in December when a witness came forward.", "December", "2023-12"),
        ("The old sluice gate burst open on Saturday after days of rain.", "Saturday", "2024-11-02"),
        ("The doors swung open on Friday to let the crowd in.", "Friday", "2024-11-01"),
        ("Her lawyers kept open in December the option of an appeal.", "December", "2023-12"),
    ],
)
def test_a_scheduling_word_after_a_past_form_is_no_schedule(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Still a schedule: a noun or a name before the verb, a word of a compound.
        ("The rate cut takes effect in December.", "December", "2024-12"),
        ("The Fed meets on Thursday to set rates.", "Thursday", "2024-11-07"),
        ("A Saudi-led delegation arrives on Friday.", "Friday", "2024-11-08"),
        ("The museum reopens in March after a refit.", "March", "2025-03"),
    ],
)
def test_a_scheduling_verb_after_a_noun_or_name_still_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The recital is at 7.30pm on Friday.", "Friday", "2024-11-08"),
        ("The recital is at 7.30pm on Friday.", "7.30pm", "2024-11-08T19:30"),
        ("The memorial service is at St Andrew's Church on Saturday.", "Saturday", "2024-11-09"),
        ("Both semi-finals are at Wembley on Sunday afternoon.", "Sunday afternoon", "2024-11-10TAF"),
        ("Her hearing is in Leeds on Friday, her lawyer said.", "Friday", "2024-11-08"),
    ],
)
def test_the_present_of_be_with_a_place_or_hour_then_a_day_names_a_day_to_come(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The recital was at 7.30pm on Friday.", "Friday", "2024-11-01"),
        ("The pound is at its weakest since Friday.", "Friday", "2024-11-01"),
    ],
)
def test_a_past_copula_or_a_phrase_that_looks_back_keeps_the_day_gone_by(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A phrase with "with" and a participle of what is foreseen or fixed, "is" left out: the tense of the
        # clause it is added to.
        ("The outlook is milder, with rain expected from Friday night.", "Friday night", "2024-11-08TNI"),
        ("The cold snap will ease, with sleet forecast for Thursday.", "Thursday", "2024-11-07"),
        ("The tie was abandoned, with a replay scheduled for Saturday.", "Saturday", "2024-11-09"),
    ],
)
def test_a_phrase_with_with_and_a_participle_of_what_is_foreseen(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value
