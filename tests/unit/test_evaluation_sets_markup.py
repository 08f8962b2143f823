"""The team's hand-annotated evaluation sets (bench/data/blind*/) parse, and every gold value is a valid TIMEX3
value of its type: a set with a malformed mark would score the engine against nonsense without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.data.markup import MODS, parse, valid_value

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
# bench/data/blind/ holds plain source texts of its JSONL set, not marked stories.
SETS = sorted(p for p in DATA.glob("blind*/*.txt") if p.parent.name != "blind")
DOCUMENT_TYPES = {"news", "narrative", "colloquial"}


def stories(path: Path) -> list[tuple[str, str]]:
    """Each story's head line and marked text, comment lines left out."""
    body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return [tuple(block.split("\n", 1)) for block in body.split("=== ")[1:]]  # type: ignore[misc]


def test_every_blind_set_is_found() -> None:
    assert len(SETS) >= 3 * 15, [p.name for p in SETS]


@pytest.mark.parametrize("path", SETS, ids=[p.name for p in SETS])
def test_a_sets_stories_parse_with_valid_values(path: Path) -> None:
    found = stories(path)
    assert found, f"{path.name}: no story"
    names = set()
    for head, marked in found:
        name, dct, document_type = (part.strip() for part in head.split("|"))
        assert name not in names, f"{path.name}: {name} twice"
        names.add(name)
        assert document_type in DOCUMENT_TYPES, head
        assert dct[:4].isdigit(), head
        _, timexes = parse(marked)
        for timex in timexes:
            assert valid_value(timex["type"], timex["value"]), (path.name, name, timex)
            assert timex["mod"] is None or timex["mod"] in MODS, (path.name, name, timex)
