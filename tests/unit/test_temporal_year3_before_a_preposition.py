"""A history's three-digit year before a preposition ("opened on 3 August 449 with sixty bishops", "recalled
in 460 by a new emperor", "agreed in the autumn of 518 after long talks"): a year where it lies near the story's
own, as a month's already was ("from June 430 for fourteen months"); far from it, a count of what follows, and
the date before it stands alone.

Every sentence is our own.
"""

import pytest

from tests.unit._helpers import find, values


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In the autumn of 448 the bishop preached against his rival. The synod opened on 3 August 449 with "
         "sixty bishops present.", "3 August 449", "0449-08-03"),
        ("The abbot died in 612. His successor was blessed on June 2, 614 by the bishop of the city.",
         "June 2, 614", "0614-06-02"),
        ("The old king died in 452. His exiled brother was recalled in 460 by the new council.", "460", "0460"),
        ("The fleet was built in 711. It sailed in 714 for the islands of the west.", "714", "0714"),
        ("Letters passed between the two sees from the winter of 516. Terms were agreed in the autumn of 518 "
         "after nineteen days of talks.", "the autumn of 518", "0518-FA"),
        ("The walls were begun in 870. They were finished in the summer of 874 with stone from the old fort.",
         "the summer of 874", "0874-SU"),
    ],
)  # fmt: skip
def test_a_three_digit_year_before_a_preposition_near_the_story_s_is_a_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plague reached the city in 1630. In the spring of 300 to 400 people died each week.",
         [("1630", "DATE", "1630"), ("the spring", "DATE", "1630-SP"), ("each week", "SET", "P1W")]),
        ("The plague reached the city in 1630. On 3 May 200 with their priests fled to the hills.",
         [("1630", "DATE", "1630"), ("3 May", "DATE", "1630-05-03")]),
        ("The mill was rebuilt in 1840. By 1845 the mill employed 300 with its new looms.",
         [("1840", "DATE", "1840"), ("1845", "DATE", "1845")]),
    ],
)  # fmt: skip
def test_far_from_the_story_s_year_the_number_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert values(text, document_type="narrative") == expected


def test_news_has_no_three_digit_years() -> None:
    assert [v for v in values("The town was founded in 460 by settlers.") if v[0] == "460"] == []


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The summer of 494 lasted forty days.", "The summer of 494", "0494-SU"),
        ("The winter of 612 saw the river freeze.", "The winter of 612", "0612-WI"),
        ("The king died in 880. The spring of 881 brought famine.", "The spring of 881", "0881-SP"),
        ("The spring of 717 proved wet, and the harvest failed.", "The spring of 717", "0717-SP"),
        ("The autumn of 955 began with a raid on the coast.", "The autumn of 955", "0955-FA"),
    ],
)
def test_a_season_s_three_digit_year_before_its_verb_is_a_year(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    "text",
    ["The autumn of 300 marched past the walls.", "In the summer of 300 soldiers deserted."],
)
def test_a_season_s_number_before_what_it_counts_is_no_year(text: str) -> None:
    assert not any("300" in t for t, _, _ in values(text, document_type="narrative"))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Ercenwyn was born in 712 at Dunmere, the daughter of a minor king.", "712", "0712"),
        ("In 712 Ercenwyn was born at Dunmere. In 731 she took her vows.", "731", "0731"),
        ("The abbey was founded in 688 by the king of the eastern shore.", "688", "0688"),
    ],
)
def test_a_history_s_first_year_after_in_is_a_year(text: str, phrase: str, value: str) -> None:
    # No year told before it makes the number a count; "in" and the number date as "in 712." does.
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    "text",
    [
        "The ship sank in 300 fathoms of water off the cape.",
        "In 1650 the town was sacked; the dead were buried in 300 graves by the wall.",
        "In the 7th century the abbey grew; in 300 days the church was built.",
    ],
)
def test_after_a_year_or_before_a_noun_the_number_in_counts(text: str) -> None:
    assert not any(t.startswith("300") and kind == "DATE" for t, kind, _ in values(text, document_type="narrative"))
