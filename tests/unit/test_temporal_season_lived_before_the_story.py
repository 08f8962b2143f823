"""A season told in the past perfect as lived through ("had spent the winter", "had trained during the
summer") after a story date finer than a year is the last such season over by that date, not the one under
way or next; a season still ahead ("had sent his men home for the winter") or the time a perfect is counted
to ("by the autumn had taken three towns") is read as before. Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_JUNE = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("In March 1642 the king reached York, where the queen had spent the winter.", "the winter", "1641-WI"),
        ("The army crossed the passes in the early spring of 1137 and came down into the plain, where the duke "
         "had spent the winter with a weaker army.", "the winter", "1136-WI"),
        ("The army crossed the passes in the early spring of 137 BC and came down into the plain, where the "
         "duke had spent the winter with a weaker army.", "the winter", "BC0138-WI"),
        ("The fleet sailed in April 1588; its crews had worked on the ships throughout the winter.", "the winter",
         "1587-WI"),
        ("On 3 December 1850 the mill reopened. The men had rested during the summer.", "the summer",
         "1850-SU"),
    ],
)  # fmt: skip
def test_a_season_lived_through_in_the_past_perfect_is_the_last_one_over(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _JUNE, document_type="narrative").value == value


def test_the_story_goes_on_from_its_own_date_after_it() -> None:
    text = (
        "The army crossed the passes in the early spring of 1137, where the duke had spent the winter. "
        "The two armies joined in early summer."
    )
    assert find(text, "early summer", _JUNE, document_type="narrative").value == "1137-SU"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 2 October 1868 the general halted. He had sent most of his men home for the winter.", "the winter",
         "1868-WI"),
        ("In the spring of 1481 the prince moved south and by the autumn had taken three towns.", "the autumn",
         "1481-FA"),
        ("In March 1642 the king reached York. The queen spent the summer there.", "the summer", "1642-SU"),
    ],
)  # fmt: skip
def test_a_season_ahead_or_not_in_the_past_perfect_is_read_as_before(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, _JUNE, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 8 October 1871 a fire broke out in a barn. The summer had been dry, and the wind was strong.",
         "The summer", "1871-SU"),
        ("On 3 February 1871 the city surrendered. The winter had been the coldest in memory.", "The winter",
         "1870-WI"),
        ("The strike began on 14 March 1912. The autumn had brought wage cuts in every pit.", "The autumn",
         "1911-FA"),
        ("The assembly met on 2 August 1789. The spring had been one of riots.", "The spring", "1789-SP"),
    ],
)  # fmt: skip
def test_a_season_as_the_subject_of_the_past_perfect_is_the_one_lived_through_by_then(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_season_that_had_to_come_is_still_ahead() -> None:
    text = "On 22 June 1941 the invasion began. The winter had to be prepared for."
    assert find(text, "The winter", document_type="narrative").value == "1941-WI"
