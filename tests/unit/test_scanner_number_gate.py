"""The numbers the scanner turns away before it tries the kinds a bare number may open (``_NO_NUMBER_KIND``):
none of those kinds may match where it does. Tried here number by number, with what may follow a number in
a date, a clock time, a year or a figure, after words that some kinds look back at, in text as written and
plain (the same pattern compiled for ASCII)."""

from __future__ import annotations

import re

import pytest

from service.temporal.scanner import _NO_NUMBER_KIND, _NUMBER_KIND_NAMES, _joined, _number_kinds

# Read off the patterns of these kinds: another kind of a bare number must be checked against the gate.
PROVEN_FOR = (
    "hour_range", "clock", "iso", "ymd", "slash", "slash_md", "dotted", "year3_range", "year_pair", "year3",
    "year",
)  # fmt: skip

BEFORE = [
    "",
    "in ",
    "In ",
    "at ",
    "the ",
    "by ",
    "@",
    "until ",
    "since ",
    "From ",
    "after ",
    "Before ",
    "FY",
    "between ",
    "of ",
    "(",
]
AFTER = [
    "", " ", "%", " %", ",", ", ", ",5", ".", ". ", ".5", ".5 ", ".45", ".75", ".3.", "/", "/7", "-", "-4", "–",
    " – 9", ":", ":15", "am", " pm", " a.m.", "p", "A", "ish", " o'clock", " percent", " million", " cents", " hours",
    " GMT", " in the evening", " to 4", " to 809.", "–907)", " and 886 he", " and", " when", ")", ";", "0", "7", "12",
    "2019", " June", " of May",
    " weeks", " Friday", "th", "'s", "T08:15", "-04-30", "/11/2019", ".4.2019", "-11-2019", "\u0663", "\u00a0",
    ".92", ".125", ".60", ".55", ".12.2019", ".6.", ".70-9", ".123.2019",
]  # fmt: skip
NUMBERS = [
    *(str(n) for n in range(1000)),
    *(f"0{n}" for n in range(100)),
    *(str(n) for n in range(1000, 10000, 37)),
    *(str(n) for n in range(1980, 2031)),
    "2100", "2359", "1200", "0830", "10000", "12345", "202401", "9999999",
]  # fmt: skip


def test_the_gate_is_proven_for_every_kind_of_a_bare_number() -> None:
    assert _NUMBER_KIND_NAMES == PROVEN_FOR


@pytest.mark.parametrize("flags", [0, re.ASCII])
def test_no_kind_of_a_bare_number_matches_where_the_gate_turns_a_number_away(flags: int) -> None:
    ungated = _joined(_NUMBER_KIND_NAMES, flags)
    gated = _joined(_NUMBER_KIND_NAMES, flags, _NO_NUMBER_KIND)
    turned_away = 0
    for number in NUMBERS:
        for before in BEFORE:
            for after in AFTER:
                text = f"{before}{number}{after}"
                if flags and not text.isascii():
                    continue
                pos = len(before)
                expected, found = ungated.match(text, pos), gated.match(text, pos)
                assert (found and (found.span(), found.lastindex)) == (
                    expected and (expected.span(), expected.lastindex)
                ), text
                turned_away += found is None and expected is None
    assert turned_away > 10_000  # the gate does turn numbers away


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("The shares fell 99 cents to close at 41.", "99", None),
        ("Output grew 7.5 percent, to 3,400 tonnes.", "7.5", None),
        ("Output grew 7.5 percent, to 3,400 tonnes.", "3,400", None),
        ("It sold 9.9 million units, 45% of them abroad.", "45%", None),
        ("About 250 people came; 12345 signed.", "250", None),
        ("The stock closed at 3.92, up from 2.125.", "3.92", None),
        ("The stock closed at 3.92, up from 2.125.", "2.125", None),
        ("The hall was built in 870, then rebuilt.", "870", "year3"),
        ("The schism lasted until 519, when the churches met.", "519", "year3"),
        ("By 633 the church had burned; from 120 towns men came.", "633", "year3"),
        ("The Tang (618–907) had two capitals.", "618", "year3_range"),
        ("Doors open at 14:30 on 31/12/2019.", "14:30", "clock"),
        ("Doors open at 14:30 on 31/12/2019.", "31/12", "slash"),
        ("The meeting on 1.2.2020 ran 9.45-11 with a break.", "1.2", "dotted"),
        ("The meeting on 1.2.2020 ran 9.45-11 with a break.", "9.45", "hour_range"),
        ("Sales rose 13% in 2019, and 2021 was flat.", "13%", None),
        ("Sales rose 13% in 2019, and 2021 was flat.", "2019", "year"),
    ],
)
def test_counts_and_sums_are_turned_away_and_dates_and_times_are_not(text: str, number: str, kind: str | None) -> None:
    for plain in (False, True):
        found = _number_kinds(plain).match(text, text.index(number))
        index = 0 if found is None else found.lastindex or 0  # a match is one kind's branch, in order
        assert (None, *_NUMBER_KIND_NAMES)[index] == kind, (text, number, plain)
