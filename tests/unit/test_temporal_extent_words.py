"""Words at the edge of a time expression: vague counts after "every", "the" before a holiday's weekend,
"the best part of" a stretch, "almost" before a clock time, and quarters that are shares, not periods.

Publication is Tuesday 5 November 2024 (``DCT``).
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Nurses turned him every few hours through the night.", "every few hours", "PTXH"),
        ("The tanks are checked every several days by the crew.", "every several days", "PXD"),
        ("Shuttles leave every few minutes from the terminal.", "every few minutes", "PTXM"),
        ("The figures are revised every couple of weeks.", "every couple of weeks", "P2W"),
        ("Every few years the river floods the lower town.", "Every few years", "PXY"),
    ],
)
def test_every_few_units_is_a_set_with_every_inside(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value) == ("SET", value)


def test_a_few_units_without_every_stays_a_duration() -> None:
    assert find("A few hours later the road reopened.", "A few hours").type == "DURATION"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Queues built up at ports over the Easter weekend.", "the Easter weekend", "2024-W13-WE"),
        ("Roads were busy during the Labor Day weekend, police said.", "the Labor Day weekend", "2024-W35-WE"),
        ("Stores expect record sales over the Thanksgiving weekend.", "the Thanksgiving weekend", "2024-W48-WE"),
        ("Many offices stayed shut for the Christmas week.", "the Christmas week", "2023-W52"),
    ],
)
def test_the_before_a_holidays_weekend_or_week_is_inside(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_holidays_weekend_without_the_starts_at_its_name() -> None:
    assert find("They drove north for Easter weekend.", "Easter weekend").value == "2024-W13-WE"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He ran the clinic for the best part of six years.", "the best part of six years", "P6Y"),
        ("She lived abroad for the better part of a decade.", "the better part of a decade", "P1E"),
        ("Passengers waited the better part of an hour on the tarmac.", "the better part of an hour", "PT1H"),
        ("Repairs took a good part of two weeks.", "a good part of two weeks", "P2W"),
    ],
)
def test_the_best_part_of_a_stretch_is_inside_and_approximate(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DURATION", value, "APPROX")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The mill stood idle for a good part of 2023.", "a good part of 2023", "2023"),
        ("Prices climbed for the better part of last year.", "the better part of last year", "2023"),
        ("The better part of March was dry in the north.", "The better part of March", "2024-03"),
    ],
)
def test_most_of_a_dated_period_is_inside_with_no_mod(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DATE", value, None)


def test_the_better_part_of_a_team_is_no_time() -> None:
    assert values("The better part of the squad left in the summer window.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value", "mod"),
    [
        ("The count went on until almost midnight.", "almost midnight", "2024-11-05T24", "LESS_THAN"),
        ("The hearing did not close until almost 11 p.m.", "almost 11 p.m.", "2024-11-05T23:00", "LESS_THAN"),
        ("Firefighters left at nearly 2 a.m., the station said.", "nearly 2 a.m.", "2024-11-05T02:00", "APPROX"),
        ("The fire started at around 3 a.m.", "around 3 a.m.", "2024-11-05T03:00", "APPROX"),
    ],
)
def test_almost_or_nearly_before_a_clock_time_is_inside(text: str, phrase: str, value: str, mod: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("It was almost 11 p.m. when the vote was called.", "11 p.m."),
        ("its nearly 1am and the neighbours are still at it", "1am"),
    ],
)
def test_almost_after_a_verb_stays_outside_the_clock_time(text: str, phrase: str) -> None:
    assert find(text, phrase).type == "TIME"


def test_nearly_before_a_count_of_people_is_not_a_clock_time() -> None:
    assert [v[0] for v in values("Nearly 300 people came to the hall at 7 p.m.")] == ["7 p.m."]


@pytest.mark.parametrize(
    "text",
    [
        "Three quarters of voters backed the plan.",
        "Only about a quarter has been recovered so far.",
        "Nearly a quarter were treated in hospital.",
        "One quarter of the fleet was idle in the strike.",
    ],
)
def test_a_quarter_that_is_a_share_is_no_time(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The economy shrank for three quarters in a row.", "three quarters", "P3Q"),
        ("Tax payments are small in a quarter that shows a loss.", "a quarter", "P1Q"),
        ("Two quarters of growth ended the slump.", "Two quarters", "P2Q"),
    ],
)
def test_quarters_of_the_calendar_stay_durations(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "mod"),
    [
        ("The reptile lived about 150 million years ago.", "about 150 million years ago", "APPROX"),
        ("Geologists date the crater to 2.1 billion years ago.", "2.1 billion years ago", None),
        ("The two continents split some 200 million years ago.", "some 200 million years ago", "APPROX"),
    ],
)
def test_millions_of_years_ago_are_one_time_in_the_past(text: str, phrase: str, mod: str | None) -> None:
    t = find(text, phrase)
    assert (t.type, t.value, t.mod) == ("DATE", "PAST_REF", mod)


def test_a_million_of_something_else_is_no_count_of_years() -> None:
    assert values("The firm lost 150 million dollars last year.") == [("last year", "DATE", "2023")]


@pytest.mark.parametrize(
    "text",
    [
        "The levy is expected to raise about £9m a year for buses.",
        "The contract is worth $4bn a year to the group.",
        "Agency staff cost the trust €300k a month.",
        "About 14 late-evening flights a week will move to earlier slots.",
        "The builder hands over 300 new homes a year.",
        "The operator adds five extra trains a day in the summer timetable.",
    ],
)
def test_a_sum_or_a_count_of_things_before_a_year_is_a_rate(text: str) -> None:
    assert [v for v in values(text) if v[1] == "DURATION"] == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A consultation held in the autumn drew 14,000 replies.", "the autumn"),
        ("Colonies that waited until the autumn lost a third of their bees.", "the autumn"),
        ("Talks held during the summer collapsed twice.", "the summer"),
        # "over" governs a season as "during" does.
        ("A survey run over the summer found 300 nests.", "the summer"),
        ("Frost over the winter cracked the old road surface.", "the winter"),
        ("Membership over the spring rose by a fifth.", "the spring"),
    ],
)
def test_a_season_after_a_preposition_may_be_followed_by_its_clauses_verb(text: str, phrase: str) -> None:
    assert find(text, phrase).type == "DATE"


def test_a_season_before_a_noun_it_modifies_is_still_no_time() -> None:
    assert values("The winter transfer window shut with no deals.") == []
    assert values("The cat jumped over spring flowers.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The walkout began on Feb. 4, a Sunday, when talks broke down.", "a Sunday", "2024-02-04"),
        ("Voting is on 10 December, a Tuesday, with early polls from 20 November.", "a Tuesday", "2024-12-10"),
        ("The cup final was played on 4 May 1963, a Saturday.", "a Saturday", "1963-05-04"),
    ],
)
def test_a_weekday_in_apposition_to_its_date_takes_its_article(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


def test_a_weekday_after_on_a_keeps_the_article_outside() -> None:
    assert find("The market is always busy on a Saturday.", "Saturday").type == "DATE"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the night trial had lifted sales at the larger stores.",
        "The evening session of the hearing ran late.",
        "She went to the morning service at the chapel.",
        "Police stepped up the night patrols in the town centre.",
    ],
)
def test_a_part_of_the_day_naming_what_is_held_then_is_no_time(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The state's fiscal year began on July 1.", "fiscal year"),
        ("The group's fiscal year closes at the end of June.", "fiscal year"),
        ("Its fiscal year ends in September.", "fiscal year"),
        ("The firm lost money in its fiscal year ended June 30.", "fiscal year"),
    ],
)
def test_a_possessive_before_the_fiscal_year_stays_outside(text: str, phrase: str) -> None:
    assert find(text, phrase).text == phrase


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Volumes were flat through the last half of the '80s.", "the last half of the '80s", "198"),
        ("Growth slowed in the last half of the 1990s.", "the last half of the 1990s", "199"),
        (
            "Mills spread across the valley in the last half of the 19th century.",
            "the last half of the 19th century",
            "18",
        ),
    ],
)
def test_the_last_half_of_a_decade_or_century_is_its_end(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase)
    assert (t.value, t.mod) == (value, "END")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pilots may fly no more than ten hours at the controls a day.", "no more than ten hours"),
        ("Doctors advise 30 minutes of brisk walking a day.", "30 minutes"),
        ("Most teenagers need nine hours of sleep a night.", "nine hours"),
        ("The line runs 20 hours on most days a week.", "20 hours"),
    ],
)
def test_a_unit_after_a_smaller_count_in_its_clause_is_a_rate(text: str, count: str) -> None:
    assert [v[0] for v in values(text)] == [count]


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("She rested for two hours, a day after the final.", "a day"),
        ("After 12 hours of talks the deal was signed in a day.", "a day"),
        ("He swam for an hour each morning for a year.", "a year"),
        ("She spent two hours in the gym a day before the race.", "a day"),
    ],
)
def test_a_unit_that_is_a_length_or_a_point_after_a_count_is_kept(text: str, length: str) -> None:
    assert find(text, length).type == "DURATION"


@pytest.mark.parametrize(
    "text",
    [
        # A verb of growth or shrinking and "by" before quarters: the share of the change, no stretch of time.
        "The island's population fell by a quarter in the famine years.",
        "Wages rose by about a quarter over the period.",
        "The flock shrank by a quarter after the drought.",
        "Grain output was cut by three quarters.",
    ],
)
def test_quarters_a_thing_grew_or_shrank_by_are_a_share(text: str) -> None:
    for document_type in ("news", "narrative"):
        assert not any(v[2].endswith("Q") for v in values(text, document_type=document_type))


def test_quarters_a_thing_was_put_off_by_are_a_stretch_of_time() -> None:
    assert ("a quarter", "DURATION", "P1Q") in values("The launch was delayed by a quarter.")
