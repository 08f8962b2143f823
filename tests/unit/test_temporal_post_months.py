"""Months in lower case in posts where they stand as months: waited for ("cant wait for august", "roll on
march", "till jan"), which is the one to come, or a clause's subject ("august was so hot").

Publication is Tuesday 5 November 2024 (``DCT``); every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("cant wait for august, two weeks in greece", "august", "2025-08"),
        ("roll on march and lighter evenings", "march", "2025-03"),
        ("bring on may!!", "may", "2025-05"),
        ("only 8 weeks till jan", "jan", "2025-01"),
        ("booked the cottage for june", "june", "2025-06"),
        # This month still to come in it: this year's.
        ("so ready for dec and the lights", "dec", "2024-12"),
    ],
)
def test_a_month_a_post_waits_for_is_the_one_to_come(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("august was so hot, never again", "august", "2024-08"),
        ("feb is the longest month fr", "feb", "2025-02"),
        ("may? my birthday month, cant wait", "may", "2025-05"),
        # ... and so does one a modal follows: no modal follows the verb "may".
        ("rained all week. may better be sunnier", "may", "2025-05"),
        ("may may be the month i finally sort the loft", "may", "2025-05"),
        ("march will be mad at work, year end", "march", "2025-03"),
    ],
)
def test_a_month_that_opens_its_clause_as_subject_is_a_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The subject of a question, after its auxiliary: the month gone by.
        ("where did oct go, seriously", "oct", "2024-10"),
        ("how has sept gone so fast", "sept", "2024-09"),
        ("where's aug gone lol", "aug", "2024-08"),
    ],
)
def test_a_month_asked_after_as_the_subject_of_a_question_is_a_month(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "what is it may i ask",
        "i may may not make it",
        "may i say, great gig",
        "it may rain later",
        "for may be the best plan",
        "they march on",
        "may i ask why",
        "the august sun",
        "jan and dave",
    ],
)
def test_may_march_august_jan_as_other_words_are_no_months(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[0] in ("may", "march", "august", "jan")] == []


def test_news_reads_them_only_after_a_word_of_time_as_before() -> None:
    assert values("the august sun was kind to us") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A day with an ordinal ending makes "march", "may" and "mar" in lower case the month, whatever follows.
        ("march 3rd is my birthday", "march 3rd", "2025-03-03"),
        ("may 5th cant come quick enough", "may 5th", "2025-05-05"),
        ("mar 3rd is my leaving do", "mar 3rd", "2025-03-03"),
        ("see you mar 22nd x", "mar 22nd", "2025-03-22"),
    ],
)
def test_a_lower_case_month_before_an_ordinal_day_is_the_date(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text", ["injuries mar 3 games in a row", "they march 2 miles to the fort"])
def test_before_a_bare_number_they_stay_verbs(text: str) -> None:
    assert values(text, document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A post waits for "spring" or "fall" as for a month: the season to come.
        ("roll on spring, so sick of the dark", "spring", "2025-SP"),
        ("bring on spring 🌷", "spring", "2025-SP"),
        ("cant wait for spring!!", "spring", "2025-SP"),
    ],
)
def test_an_awaited_spring_is_the_season(text: str, phrase: str, value: str) -> None:
    t = find(text, phrase, document_type="colloquial")
    assert (t.type, t.value) == ("DATE", value)


def test_spring_as_a_thing_stays_untagged() -> None:
    assert values("waiting for spring water delivery", document_type="colloquial") == []


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        # "it's" and the month: the month it is, or is about to be.
        ("its march and the heating is still on full blast", date(2024, 3, 2), "march", "2024-03"),
        ("it's may tomorrow?? where did april go", date(2024, 4, 30), "may", "2024-05"),
        ("its august already and ive done nothing", date(2024, 8, 3), "august", "2024-08"),
        ("It's officially june 🌞", date(2024, 6, 1), "june", "2024-06"),
        ("its nearly august, the summer is flying", date(2024, 7, 24), "august", "2024-08"),
        # No modal before "already": august (not the adjective) and march (not the verb) are the months.
        ("august already?? who allowed this", date(2024, 8, 1), "august", "2024-08"),
        ("march already. blink and its gone", date(2024, 3, 4), "march", "2024-03"),
    ],
)
def test_the_month_it_is_is_a_month(text: str, posted: date, phrase: str, value: str) -> None:
    found = find(text, phrase, posted, document_type="colloquial")
    assert (found.type, found.value) == ("DATE", value)


@pytest.mark.parametrize("text", ["its may be the last chance", "it may already be too late", "they march already"])
def test_its_before_a_modal_or_a_march_stays_untagged(text: str) -> None:
    assert [v for v in values(text, document_type="colloquial") if v[0] in ("may", "march")] == []


@pytest.mark.parametrize(
    ("text", "posted", "phrase", "value"),
    [
        ("first frost and its hailing sideways. ok march", date(2025, 3, 20), "march", "2025-03"),
        ("come on august, one more sunny week", date(2025, 8, 20), "august", "2025-08"),
        ("hello may 🌸", date(2025, 5, 1), "may", "2025-05"),
        ("sunday, rain, 14 degrees, august. brilliant", date(2025, 8, 10), "august", "2025-08"),
    ],
)
def test_a_month_greeted_or_listed_alone_is_the_month(text: str, posted: date, phrase: str, value: str) -> None:
    assert find(text, phrase, posted, document_type="colloquial").value == value


@pytest.mark.parametrize(
    "text",
    [
        "she said i may, so i will",
        "we walk, we march.",
        "thanks may, you were lovely",
    ],
)
def test_the_verb_or_a_name_stays_untagged(text: str) -> None:
    assert not any(t in ("may", "march") for t, _, _ in values(text, date(2025, 3, 9), "colloquial"))
