"""A participle of intending and its "to" ("intending to", "hoping to", "planning to") tell in a history of a
plan made at the story's time: the date it governs is counted from the story, and the narration stays at its
own date (what happens next is not in the year planned for). Every sentence is our own.
"""

from datetime import date

import pytest

from tests.unit._helpers import find

_JUNE = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "planned", "planned_value", "after", "after_value"),
    [
        ("In the spring of 1410 the two armies parted. The first marched west, while the second went north, "
         "intending to meet again on the river the following year. The king caught the first army in the late "
         "summer and destroyed it.", "the following year", "1411", "the late summer", "1410-SU"),
        ("In 1590 the duke built new ships, hoping to invade again the following spring. He fell ill that winter.",
         "the following spring", "1591-SP", "that winter", "1590-WI"),
        ("In 1590 the duke, planning to invade again the next spring, built new ships. He fell ill that winter.",
         "the next spring", "1591-SP", "that winter", "1590-WI"),
        ("The envoys left Rome in March 1520, meaning to return the following year. They reached Lyon in May.",
         "the following year", "1521", "May", "1520-05"),
        ("In the autumn of 1775 the rebels besieged the town, expecting to take it the next month. It held out "
         "that winter.", "the next month", None, "that winter", "1775-WI"),
    ],
)  # fmt: skip
def test_a_plan_in_a_participle_does_not_move_the_story(
    text: str, planned: str, planned_value: str | None, after: str, after_value: str
) -> None:
    if planned_value is not None:
        assert find(text, planned, _JUNE, document_type="narrative").value == planned_value
    assert find(text, after, _JUNE, document_type="narrative").value == after_value


def test_a_plan_in_the_writer_s_present_is_counted_from_the_publication() -> None:
    text = "The museum closed in 1990. Today the town, hoping to reopen it next year, is raising money."
    assert find(text, "next year", _JUNE, document_type="narrative").value == "2026"
