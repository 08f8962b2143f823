"""In a narrative, a date of what the story's people foresaw or planned ("believing the enemy would not
attack before the spring", "set the vote for 2 May") is not a time the story reached: the narration stays at
its own date, and a date without a year after it falls near that one, not near the plan's. Nor does a later
year told in passing ("lived abroad until his death in 1871") give its year to a day counted from the story
("the next day").

Sentences of our own; publication is 5 November 2024.
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find

OPENING = "On 2 October 1790 the rebels took the castle at Drem. "


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        # A future told from the story's time.
        ("The governor believed that no relief would come before the summer. On 9 November he surrendered.",
         "9 November", "1790-11-09"),
        ("The council hoped the roads would open again in the spring. The first snow fell in December.",
         "December", "1790-12"),
        ("The admiral said the fleet would sail in March. That winter the harbour froze.", "That winter", "1790-WI"),
        # A plan told in the past.
        ("The new council set the date of the assembly for 3 April 1791. The winter was long and hard.",
         "The winter", "1790-WI"),
        ("The vote was scheduled for 12 May 1791. On 20 November the first delegates arrived.", "20 November",
         "1790-11-20"),
    ],
)  # fmt: skip
def test_a_foreseen_date_leaves_the_story_at_its_own(sentence: str, phrase: str, value: str) -> None:
    assert find(OPENING + sentence, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # What happened moves the story on.
        (OPENING + "The garrison surrendered in the spring of 1791. On 9 November the rebels marched south.",
         "9 November", "1791-11-09"),
        # Before the story has a date of its own, a plan's is the best there is.
        ("The assault was planned for May 1791. On the 14th, the guns opened fire.", "the 14th", "1791-05-14"),
    ],
)  # fmt: skip
def test_a_date_that_happened_or_the_only_one_moves_the_story(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("On 4 June 1848 the regent fled the capital. He lived abroad until his death in 1871. The assembly met "
         "the next day.", "the next day", "1848-06-05"),
        ("The siege ended on 9 August 1704, and the governor, who was pardoned, died in 1730. The next morning "
         "the gates were opened.", "The next morning", "1704-08-10TMO"),
        ("On 2 March 1921 the strike began and did not end until 1923. That evening the police charged.",
         "That evening", "1921-03-02TEV"),
    ],
)  # fmt: skip
def test_a_day_of_the_story_counts_from_its_last_day_past_a_later_year_told_in_passing(
    text: str, phrase: str, value: str
) -> None:
    assert find(text, phrase, document_type="narrative").value == value


def test_a_year_that_opens_its_sentence_is_the_story_s_own() -> None:
    text = "On 3 May 1940 the troops landed. In 1941 they left the island. The next day the town celebrated."
    assert find(text, "The next day", document_type="narrative").value == "1941-XX-XX"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # A deadline ("by Christmas it stood at 90") is a state looked ahead to, which the story's time has not
        # reached: the next date without a year is the nearest one, behind the deadline or ahead of it.
        ("The rains came on 20 August 1741. By Christmas the price of rye stood at 90 groschen. The count "
         "forbade the export of grain on 2 October.", "2 October", "1741-10-02"),
        ("The siege began on 1 June 1702, and by 1 December the garrison had eaten its horses. The governor "
         "asked for terms on 4 September.", "4 September", "1702-09-04"),
        # Ahead of the deadline, the next such date still.
        ("The army left on 3 May 1702. By Christmas it had reached the coast. On 2 February it sailed.",
         "2 February", "1703-02-02"),
        # Not a deadline: the story has reached Christmas, and a date behind it lies ahead.
        ("The army left on 3 May 1702. On Christmas Day it reached the coast. It sailed on 2 October.",
         "2 October", "1703-10-02"),
    ],
)  # fmt: skip
def test_a_date_after_a_deadline_is_the_nearest(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase, document_type="narrative").value == value
