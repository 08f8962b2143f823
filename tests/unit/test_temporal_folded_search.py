"""A cue that ignores case is looked for first in the text folded to lower case, without IGNORECASE
(``folded``): that must find a match exactly where the pattern finds one in the text as written."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest

import service.temporal
from service.temporal.clauses import Layout
from service.temporal.folded import TWINS, compile_twins, lower_case_twin
from service.warm_engine import patterns_of_modules

SENTENCES = [
    "The vote was POSTPONED until Friday, officials said, and the talks Will Resume on the 3rd.",
    "Since March the plant has been closed; by THE END OF the year it reopens, as soon as possible.",
    "She said on Tuesday that their planned rally, effective Monday, is Expected To draw crowds.",
    "“We will not wait,” he said — the hearing had been scheduled to begin at 9 a.m. on Monday.",
    "It ran from 7 p.m. to 8 p.m. on Thursday; 12 percent of the votes were counted the next day.",
]


def _engine_patterns() -> Iterator[re.Pattern[str]]:
    """Every pattern a module of the engine defines that ignores case."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(service.temporal.__path__, "service.temporal."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE and id(value) not in seen:
                seen.add(id(value))
                yield value


PATTERNS = list(_engine_patterns())


def test_most_patterns_of_cues_have_a_twin() -> None:
    twins = [p for p in PATTERNS if lower_case_twin(p, plain=True) is not None]
    assert len(twins) > len(PATTERNS) // 2, "the folded search would hardly ever be used"


@pytest.mark.parametrize("text", SENTENCES)
def test_the_folded_text_finds_a_match_where_the_text_as_written_does(text: str) -> None:
    # As written, in lower case, in capitals; plain ASCII and not ("—" and curly quotes have no case).
    for variant in {text, text.lower(), text.upper(), text.replace("—", "-").replace("“", '"').replace("”", '"')}:
        layout = Layout(variant)
        assert layout.folded() is not None
        starts = [m.start() for m in re.finditer(r"\S+", variant)]
        ends = [m.end() for m in re.finditer(r"\S+", variant)]
        for pattern in PATTERNS:
            for lo in starts:
                for hi in (e for e in ends if lo < e <= lo + 60):
                    expected = pattern.search(variant, lo, hi)
                    found = layout.search(pattern, lo, hi)
                    assert (found and found.span()) == (expected and expected.span()), (pattern.pattern, lo, hi)


def test_a_pattern_that_would_find_other_things_in_lower_case_has_no_twin() -> None:
    # A capital of its own (which the folded text never holds), case kept, or IGNORECASE turned off inside.
    assert lower_case_twin(re.compile(r"\b[A-Z][a-z]+\s+$", re.IGNORECASE), plain=True) is None
    assert lower_case_twin(re.compile(r"\bsaid\s+$"), plain=True) is None
    assert lower_case_twin(re.compile(r"\b(?-i:May)\s+$", re.IGNORECASE), plain=False) is None
    # A named group and escapes are no capitals of the text.
    twin = lower_case_twin(re.compile(r"\b(?P<w>since|until)\S*\s+$", re.IGNORECASE), plain=True)
    assert twin is not None and twin.search("not since ") and not twin.search("not SINCE ")


def test_a_text_with_a_letter_that_folds_in_more_ways_is_searched_as_written() -> None:
    # "ſ" matches "s" ignoring case but lowers to itself: no folded text, the pattern itself decides.
    pattern = re.compile(r"\bsince\s+$", re.IGNORECASE)
    layout = Layout("ſince the ſpring and SINCE ")
    assert layout.folded() is None
    assert layout.search(pattern, 0, 6) is not None and layout.search(pattern, 0, len(layout.text)) is not None


def test_the_twins_of_the_engines_patterns_can_be_compiled_ahead() -> None:
    # As the fork server does before any worker reads a text: afterwards none of these patterns compiles
    # its twin on first use, for a plain text or another.
    compile_twins(PATTERNS)
    _assert_twins_compiled(PATTERNS)


def test_the_fork_server_compiles_the_twins_of_every_module_of_the_engine() -> None:
    # What service.warm_engine does before it forks the workers: it finds the patterns itself, in the
    # modules imported, so a module added to the engine is covered without a list to keep.
    found = {id(pattern) for pattern in patterns_of_modules("service.temporal")}
    assert all(id(pattern) in found for pattern in PATTERNS)


def _assert_twins_compiled(patterns: list[re.Pattern[str]]) -> None:
    for pattern in patterns:
        for plain in (True, False):
            known = TWINS.get((id(pattern), plain))
            assert known is not None and known[0] is pattern
            assert known[1] is lower_case_twin(pattern, plain)
