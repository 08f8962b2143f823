"""The scanner reads a plain ASCII text with the ASCII twins of its patterns (``plain_ascii``): they must
find exactly what the patterns as written find there."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from service.temporal.grammar import KINDS
from service.temporal.plain_ascii import FOLD_TO_ASCII, is_plain, twin
from service.temporal.scanner import (
    _AS_WRITTEN,
    _PLAIN,
    KIND_PATTERNS,
    _plain_kind_pattern,
    compile_plain_twins,
    scan,
)
from tests.unit.test_scanner_openings import SENTENCES

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's internals
    sre = sre_parser = None


def _pairs() -> Iterator[tuple[re.Pattern[str], re.Pattern[str]]]:
    for name, p in KIND_PATTERNS.items():
        yield p, _plain_kind_pattern(name)
    for field in ("trigger", "trigger_folded", "head_after_gap", "word", "opening"):
        written, plain = getattr(_AS_WRITTEN, field), getattr(_PLAIN, field)
        if written is not None:
            yield written, plain


def _code_points(items: Any) -> Iterator[tuple[int, int]]:
    """Every range of characters a parsed pattern names (a literal is a range of one)."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            yield av, av
        elif op is sre.RANGE:
            yield av
        elif op is sre.IN:
            yield from _code_points(av)
        elif op is sre.BRANCH:
            for alternative in av[1]:
                yield from _code_points(alternative)
        elif op is sre.SUBPATTERN:
            yield from _code_points(av[3])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            yield from _code_points(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            yield from _code_points(av[1])
        elif op is sre.ATOMIC_GROUP:
            yield from _code_points(av)


@pytest.mark.skipif(sre_parser is None, reason="this Python's regex parser is not the one read here")
def test_no_twinned_pattern_names_a_character_that_matches_ascii_letters_ignoring_case() -> None:
    folding = [ord(ch) for ch in FOLD_TO_ASCII]
    for written, _ in _pairs():
        for lo, hi in _code_points(sre_parser.parse(written.pattern, written.flags)):
            assert not any(lo <= cp <= hi for cp in folding), (written.pattern[:80], lo, hi)


def test_the_characters_listed_as_folding_to_ascii_are_all_there_are() -> None:
    ascii_letter = re.compile("[a-zA-Z]", re.IGNORECASE)
    assert {chr(cp) for cp in range(128, 0x30000) if ascii_letter.match(chr(cp))} == FOLD_TO_ASCII


def test_a_text_is_plain_when_all_ascii_without_the_separators_unicode_calls_white_space() -> None:
    assert is_plain("Talks resume on Tuesday, 5 Nov. 2024.\n\tThe vote is at 10 a.m.")
    assert not is_plain("Talks resume on Tuesday\x1cthe vote is later.")
    assert not is_plain("Talks resume on Tuesday’s session.")
    assert not is_plain("Café opens Tuesday.")
    # And the reason for the rule: on those separators the two modes disagree.
    assert re.match(r"\s", "\x1f") and not re.match(r"\s", "\x1f", re.ASCII)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_twins_match_what_the_patterns_match_at_every_position_of_an_ascii_text(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        plain = variant.encode("ascii", "replace").decode("ascii")
        assert is_plain(plain)
        for written, twinned in _pairs():
            for pos in range(len(plain) + 1):
                a, b = written.match(plain, pos), twinned.match(plain, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (written.pattern[:60], pos)


def test_a_plain_text_and_the_same_text_made_not_plain_give_the_same_expressions() -> None:
    text = "The board met early Monday and will vote in the first half of 2025, about three weeks from now. "
    plain = [(m.kind, m.start, m.end, dict(m.groups)) for m in scan(text)]
    # A character outside ASCII at the end: the scanner then reads the text with the patterns as written.
    written = [(m.kind, m.start, m.end, dict(m.groups)) for m in scan(text + "é")]
    assert plain == written and len(plain) >= 3


def test_twin_keeps_the_flags_of_the_pattern() -> None:
    p = twin(re.compile(r"\bmay\b", re.IGNORECASE))
    assert p.flags & re.IGNORECASE and p.flags & re.ASCII and p.match("MAY")


def test_a_worker_can_compile_every_plain_twin_before_its_first_text() -> None:
    # The engine workers' fork server compiles them before it forks a worker (service.warm_engine), so
    # no kind is compiled while a document waits: afterwards every kind's twin is served from the cache.
    compile_plain_twins()
    before = _plain_kind_pattern.cache_info()
    for kind in KINDS:
        _plain_kind_pattern(kind.name)
    after = _plain_kind_pattern.cache_info()
    assert after.misses == before.misses
    assert after.hits - before.hits == len(KINDS)
