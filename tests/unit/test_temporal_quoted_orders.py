"""An order or a request in quotation marks tells what is still to be done: its date is to come, whatever the
past of the verb of saying outside the quote ("'Ask me again in January,' she said"). A quoted statement whose
first word is a noun, the subject of a verb, keeps the past ("'Rain fell in January,' he said").

Sentences of our own; publication is Tuesday 5 November 2024 (``DCT``).
"""

from __future__ import annotations

import pytest

from tests.unit._helpers import find


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ('"Ask me again in January," the astronomer said.', "January", "2025-01"),
        ('"Come back in June and you will see the difference," the farmer told visitors.', "June", "2025-06"),
        ('"Don\'t book anything before March," she warned.', "March", "2025-03"),
        ('"Do not travel on Friday unless you must," police said.', "Friday", "2024-11-08"),
        ("“Call us again on Thursday,” a spokeswoman said.", "Thursday", "2024-11-07"),
        ('"Please check in before Saturday," the organisers wrote.', "Saturday", "2024-11-09"),
        ('"Let\'s talk again in February," the minister told reporters.', "February", "2025-02"),
    ],
)
def test_a_quoted_order_looks_ahead(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ('"Rain fell in January and never stopped," he said.', "January", "2024-01"),
        ('"Work stopped on Friday," the foreman said.', "Friday", "2024-11-01"),
        ('"Staff work extra shifts in June," she said of the busy season.', "June", "2024-06"),
        # Not in quotation marks: the reporting past is the clause's.
        ("Ask the council, which met in January.", "January", "2024-01"),
    ],
)
def test_a_quoted_statement_keeps_its_past(text: str, phrase: str, value: str) -> None:
    assert find(text, phrase).value == value
