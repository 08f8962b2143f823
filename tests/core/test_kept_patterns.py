"""Compiled patterns kept between starts of the engine's fork server (service.kept_patterns)."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

import service.kept_patterns as kept_patterns_module
from service.kept_patterns import KEPT_PATTERNS_VARIABLE, fork_server_environment, kept_patterns

ROOT = Path(__file__).resolve().parents[2]
# Patterns of the engine's kinds: groups by name and number, classes, look-behind, case-folding, repeats.
_PATTERNS = [
    r"(?<![\w'-])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<month>(?i:jan(?:uary)?|feb(?:ruary)?))",
    r"(?i)\b(?:last|next|this)\s+(week|month|year)\b",
    r"(\d{1,2}):(\d\d)\s*(a\.?m\.?|p\.?m\.?)?",
]
_TEXT = "On 3rd January, and last WEEK at 9:30 pm, then 31 Feb and next year at 10:05."


def _answers(patterns: list[re.Pattern[str]]) -> list[object]:
    return [
        (p.pattern, p.flags, p.groups, p.groupindex, [(m.span(), m.groups()) for m in p.finditer(_TEXT)])
        for p in patterns
    ]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The patterns re parses (what compiling costs), with re's own cache of compiled patterns emptied."""
    from re import _parser  # type: ignore[attr-defined]

    parsed: list[str] = []
    parse = _parser.parse

    def counted(pattern: str, *args: object, **kwargs: object) -> object:
        parsed.append(pattern)
        return parse(pattern, *args, **kwargs)

    monkeypatch.setattr(_parser, "parse", counted)
    re.purge()
    yield parsed
    re.purge()


def test_a_second_start_takes_the_programs_from_the_file_and_they_match_alike(
    tmp_path: Path, parses: list[str]
) -> None:
    kept = tmp_path / "patterns"
    with kept_patterns(kept):
        first = [re.compile(p) for p in _PATTERNS]
    assert kept.exists() and set(_PATTERNS) <= set(parses)
    re.purge()
    parses.clear()
    with kept_patterns(kept):
        second = [re.compile(p) for p in _PATTERNS]
    assert parses == []  # nothing compiled again
    assert _answers(second) == _answers(first)
    assert _answers(second)[0][4] == [((3, 14), ("3", "January")), ((47, 53), ("31", "Feb"))]
    re.purge()
    assert _answers([re.compile(p) for p in _PATTERNS]) == _answers(first)  # and after the block, as ever


def test_a_damaged_or_foreign_file_is_compiled_past_and_replaced(tmp_path: Path, parses: list[str]) -> None:
    kept = tmp_path / "patterns"
    with kept_patterns(kept):
        reference = _answers([re.compile(p) for p in _PATTERNS])
    whole = kept.read_bytes()
    for damaged in (whole[: len(whole) // 2], whole[:-3] + b"xyz", b"", b"\x00" * 64):
        kept.write_bytes(damaged)
        re.purge()
        parses.clear()
        with kept_patterns(kept):
            assert _answers([re.compile(p) for p in _PATTERNS]) == reference
        assert set(_PATTERNS) <= set(parses)
        assert kept.read_bytes() != damaged


def test_the_file_keeps_only_what_the_last_start_compiled(tmp_path: Path, parses: list[str]) -> None:
    kept = tmp_path / "patterns"
    with kept_patterns(kept):
        re.compile(_PATTERNS[0])
        re.compile(_PATTERNS[1])
    re.purge()
    with kept_patterns(kept):
        re.compile(_PATTERNS[1])
    re.purge()
    parses.clear()
    with kept_patterns(kept):
        re.compile(_PATTERNS[0])
        re.compile(_PATTERNS[1])
    assert parses == [_PATTERNS[0]]


def test_the_fork_server_is_told_the_file_kept_in_the_folder_and_no_hash_seed(tmp_path: Path) -> None:
    told = fork_server_environment(tmp_path / "cache")
    # The engine's patterns do not follow the hash seed (tests/unit), so the fork server keeps the seed
    # Python draws for it at each start.
    assert set(told) == {KEPT_PATTERNS_VARIABLE}
    assert Path(told[KEPT_PATTERNS_VARIABLE]).parent == tmp_path / "cache"
    assert fork_server_environment(tmp_path / "cache") == told  # the same at every start
    with kept_patterns(Path(told[KEPT_PATTERNS_VARIABLE])):
        re.compile(_PATTERNS[0] + "(?#kept)")
    # The programs are handed to the matcher as they are: nobody else may write or read them.
    assert stat.S_IMODE(Path(told[KEPT_PATTERNS_VARIABLE]).stat().st_mode) == 0o600


def test_a_matcher_that_refuses_a_kept_program_is_given_the_pattern_compiled_as_re_does(
    tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another Python's matcher may take its programs otherwise: the service then starts as without the file.
    expected = _answers([re.compile(p) for p in _PATTERNS])
    re.purge()
    kept = tmp_path / "patterns"
    with kept_patterns(kept):
        [re.compile(p) for p in _PATTERNS]
    re.purge()

    def refusing(*args: object) -> object:
        raise TypeError("compile() takes other arguments in this Python")

    # Only the kept programs' way to the matcher: re's own compiling still reaches the real one.
    monkeypatch.setattr(kept_patterns_module, "_sre", SimpleNamespace(compile=refusing))
    with kept_patterns(kept):
        assert _answers([re.compile(p) for p in _PATTERNS]) == expected


def test_a_folder_that_cannot_be_made_keeps_nothing(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be")
    assert fork_server_environment(tmp_path / "cache") == {}


def test_a_file_that_cannot_be_written_leaves_the_compiling_as_it_was(tmp_path: Path, parses: list[str]) -> None:
    kept = tmp_path / "patterns"
    kept.mkdir()  # a folder where the file should be: neither read nor replaced
    with kept_patterns(kept):
        assert _answers([re.compile(p) for p in _PATTERNS])
    assert kept.is_dir()


def test_the_engine_warmed_up_from_kept_patterns_answers_as_one_that_compiled_them(tmp_path: Path) -> None:
    # The fork server's warm-up, twice on one folder (the second from the file), then a document.
    told = fork_server_environment(tmp_path / "cache")
    script = (
        "import json, sys; from datetime import UTC, datetime; import service.warm_engine; "
        "from service.events import extract; "
        "print(json.dumps([[x.text, x.value, x.type] for x in extract("
        "sys.stdin.read(), datetime(2025, 4, 17, tzinfo=UTC), 'news', (None, None, None))]))"
    )
    document = "The harbour reopened on Thursday after repairs that began in early March, 40 years after 1984."
    answers = []
    for env in ({**os.environ, **told}, {**os.environ, **told}, dict(os.environ)):
        run = subprocess.run(
            [sys.executable, "-c", script], input=document, env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        answers.append(run.stdout)
    assert Path(told[KEPT_PATTERNS_VARIABLE]).stat().st_size > 100_000
    assert answers[0] == answers[1] == answers[2] and "1984" in answers[0]
