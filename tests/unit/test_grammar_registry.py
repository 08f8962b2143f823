"""The registry of kinds (``grammar.KINDS``) is complete: each kind is declared once, whole.

A kind missing its resolver, its triggers or an example here is a kind the engine would skip or never
look for; a resolver no kind names is dead code that looks alive.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import service.temporal.resolve as resolve_package
from service.temporal import annotate
from service.temporal.grammar import BY_NAME, KINDS
from service.temporal.scanner import scan
from tests.unit._helpers import DCT

# One sentence of our own per kind, in which the scanner must find that kind and its resolver keep it.
EXAMPLES = {
    "clockrange": "The shop is open 9am-5pm on weekdays.",
    "hour_range": "quiz 8 till 11, teams of four",
    "clock": "The polls close at 8 p.m. EST.",
    "clock_talk": "The train left at twenty to nine.",
    "iso": "The filing is dated 2024-11-05.",
    "ymd": "The notice was posted on 2024/11/05.",
    "slash": "The form was signed on 11/5/2024.",
    "slash_md": "The shop reopens on 12/3 after repairs.",
    "new_year": "Talks will resume in the new year.",
    "dotted": "The contract was signed on 5.11.2024.",
    "year_pair": "Sales rose in the 2023/24 season.",
    "fiscal_year": "The budget for FY2025 was approved.",
    "dayrange": "The fair runs Nov. 12-14 in the city.",
    "holiday": "The family gathered on Christmas Eve.",
    "bare_day_name": "bank hol and its raining, obviously",
    "edge_day_of_a_month": "The lease ends on the last day of June.",
    "saint_s_day": "The fair opens on the feast of St Luke.",
    "nth_weekday": "The fair is held on the first Saturday of December.",
    "week_of": "The trial opens the week of March 6.",
    "month_span": "Output fell in the July-September period.",
    "mdy": "The vote is set for March 8, 2025.",
    "dmy": "The vote took place on 8 March 2024.",
    "month_day": "The rent is due on the 15th.",
    "weekday_day": "The fair opens on Saturday the 16th.",
    "weekday_clock": "quiz night weds 7pm, who's in?",
    "weekday_hour": "car boot sale sat 10-4, all welcome",
    "month_pair": "The campaign (May–June 1862) failed.",
    "month_year": "The plant opened in August 1988.",
    "season_year": "The band toured in the summer of 1998.",
    "quarter": "Profit rose in the third quarter.",
    "qnum": "Revenue grew in Q3 2024.",
    "decade": "Prices soared in the 1970s.",
    "turn": "The town grew quickly around the turn of the century.",
    "era_range": "The first war with Carthage lasted from 264 to 241 BC.",
    "era_year": "The town was buried in AD 79 by ash.",
    "year3": "The Vikings raided the island in 793.",
    "year3_range": "The king ruled from 871 to 899.",
    "century_pair": "The city grew in the 18th and 19th centuries.",
    "century": "The church was built in the 12th century.",
    "yearago": "Sales beat the year-ago quarter.",
    "full_year": "The firm cut its full-year forecast.",
    "deictic_clock": "Table booked for tomorrow 8pm.",
    "unit_before": "She had arrived the day before.",
    "yearend": "The deal should close by year-end.",
    "from_day": "The hearing is a week from Saturday.",
    "units_time": "The next election is in two years' time.",
    "nth_week": "Earnings come in the first week of December.",
    "ago": "He left three years ago.",
    "vague_ago": "They met years ago.",
    "rel": "The talks resume next week.",
    "long_compound": "The decades-long feud is over.",
    "duration": "The strike lasted two weeks.",
    "season_count": "Riots broke out for the past three summers.",
    "half_dur": "The meeting lasted half an hour.",
    "extra_unit": "clocks go back tonight, extra hour in bed",
    "all_unit": "meetings all day and the printer is on fire",
    "sleeps": "9 sleeps til christmas and the elf is out of ideas",
    "edge_unit": "Sales were strong in the first week.",
    "nth_day": "Today is the fifth day of the strike.",
    "edge_units": "Many were captured in the first hours of the war.",
    "vague_dur": "The repairs took several months.",
    "recent_pl": "Prices have risen in recent weeks.",
    "ahead_pl": "More rain is due in the days ahead.",
    "or_pl": "The work could take weeks or months.",
    "bare_pl": "The two have been friends for years.",
    "set": "The committee meets every week.",
    "set_times_in_figures": "The board meets 6 times a year.",
    "freq": "The report is published annually.",
    "wd_plural": "The market opens on Saturdays.",
    "part_plural": "The library opens late in the evenings.",
    "deictic": "The minister resigned yesterday.",
    "part_deictic": "The shops reopened mid-afternoon yesterday.",
    "lone_part": "Trading resumed by midafternoon.",
    "lone_dawn": "The troops moved at dawn.",
    "this_part": "She called in the evening.",
    "weekday_week": "we go back to school thursday week",
    "week_on_weekday": "the derby is a week on sunday",
    "weekday": "The minister spoke on Tuesday.",
    "month": "The plant closed in November.",
    "season": "The plant closed in early spring.",
    "year": "The plant closed in 1998.",
    "this_time_last_year": "Fares are higher than this time last year.",
    "two_away": "The talks resume the week after next.",
    "period": "Profit doubled in the quarter.",
    "post_weekend": "Roads were jammed over the long weekend.",
    "ref": "Prices are falling now.",
    "while": "They waited for a while.",
    "decade_word": "The dispute has simmered over decades.",
}


def _resolver_functions() -> dict[str, object]:
    """Every ``r_<kind>`` function of the resolve package, by qualified name."""
    found: dict[str, object] = {}
    for info in pkgutil.iter_modules(resolve_package.__path__):
        module = importlib.import_module(f"{resolve_package.__name__}.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("r_") and callable(fn):
                found[f"{info.name}.{name}"] = fn
    return found


def test_each_kind_is_declared_once_and_whole() -> None:
    assert len(BY_NAME) == len(KINDS)
    for kind in KINDS:
        assert re.compile(kind.pattern).groupindex is not None, kind.name
        assert callable(kind.resolve), kind.name
        # A kind that can start with a word is only looked for near one of its triggers.
        assert kind.triggers or kind.starts == "digit", f"{kind.name} has no trigger words"
        assert all(w == w.lower() and w.strip() for w in kind.triggers | kind.openers), kind.name


def test_every_resolver_belongs_to_a_kind() -> None:
    used = {id(kind.resolve) for kind in KINDS}
    orphans = [name for name, fn in _resolver_functions().items() if id(fn) not in used]
    assert not orphans, f"resolvers no kind declares: {orphans}"


# Kinds found in one document type only: a three-digit year in a history.
_DOCUMENT_TYPES = {
    "year3": "narrative",
    "year3_range": "narrative",
    "hour_range": "colloquial",
    "weekday_hour": "colloquial",
    "all_unit": "colloquial",
}


def test_every_kind_has_an_example() -> None:
    assert set(EXAMPLES) == set(BY_NAME)


@pytest.mark.parametrize("kind", list(EXAMPLES))
def test_each_kind_is_found_and_resolved_in_its_example(kind: str) -> None:
    text = EXAMPLES[kind]
    spans = [(m.start, m.end) for m in scan(text) if m.kind == kind]
    assert spans, f"{kind} not found in {text!r}: {[(m.kind, text[m.start : m.end]) for m in scan(text)]}"
    start, end = spans[0]
    kept = [t for t in annotate(text, DCT, _DOCUMENT_TYPES.get(kind, "news")) if t.start < end and start < t.end]
    assert kept, f"the {kind} resolver rejected {text[start:end]!r}"


def test_a_group_that_took_no_part_reads_as_empty_and_get_keeps_none() -> None:
    from service.temporal.kind import Groups

    m = re.match(r"(?P<n>\d+)(?:\s+(?P<unit>days?))?(?P<x>)", "3 weeks")
    assert m is not None
    groups = Groups(m.groupdict())
    assert (groups["n"], groups["unit"], groups["x"]) == ("3", "", "")
    assert groups.get("unit") is None and groups.get("n") == "3"
    with pytest.raises(KeyError):
        groups["missing"]
