"""The shared example documents: every expected expression exact, no not_date tagged."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from service.temporal import annotate

DOCS = [json.loads(line) for line in (Path(__file__).parents[1] / "data" / "documents.jsonl").open(encoding="utf-8")]


def _published(value: str) -> datetime:
    # Users send ISO 8601 or "5 November 2024 19:01"; both are accepted here.
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return datetime.strptime(value, "%d %B %Y %H:%M")


@pytest.mark.parametrize("doc", DOCS, ids=[d["name"] for d in DOCS])
def test_expected_expressions(doc: dict) -> None:
    found = {t.text: t for t in annotate(doc["text"], _published(doc["published_at"]))}
    for exp in doc["expected"]:
        assert exp["text"] in found, f"{exp['text']!r} missing; found {sorted(found)}"
        t = found[exp["text"]]
        assert t.type == exp["type"], exp["text"]
        assert t.value in [exp["value"], *exp.get("also_accepted", [])], (exp["text"], t.value)
        assert t.granularity == exp.get("granularity"), (exp["text"], t.granularity)
        if t.granularity is not None:
            assert t.interval_start is not None and t.interval_start < (t.interval_end or datetime.max)


@pytest.mark.parametrize("doc", DOCS, ids=[d["name"] for d in DOCS])
def test_not_dates(doc: dict) -> None:
    for t in annotate(doc["text"], _published(doc["published_at"])):
        for nd in doc["not_dates"]:
            assert not (nd in t.text or t.text in nd), (t.text, nd)
