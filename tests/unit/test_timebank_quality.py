"""TempEval-3 quality gate on the TimeBank corpus (skipped when the shared data is not present)."""

from __future__ import annotations

import importlib.util
import io
import json
import os
from pathlib import Path

import pytest

from service.annotate import annotate_jsonl

SHARED = Path(os.environ.get("TIMELINE_SHARED_DIR", Path(__file__).resolve().parents[2].parent / "shared"))
GOLD = SHARED / "eval" / "timebank.jsonl"
SCORER = SHARED / "eval" / "te3_score.py"
TARGETS = {"strict": 0.88, "value": 0.86, "type": 0.92}


@pytest.mark.skipif(not (GOLD.exists() and SCORER.exists()), reason=f"TimeBank data not found at {GOLD}")
def test_timebank_scores_meet_the_targets() -> None:
    spec = importlib.util.spec_from_file_location("te3_score", SCORER)
    assert spec is not None and spec.loader is not None
    te3 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(te3)
    out = io.StringIO()
    with GOLD.open(encoding="utf-8") as f:
        annotate_jsonl(f, out)
    gold = te3.load_jsonl(str(GOLD))
    pred = {d["doc_id"]: d for d in map(json.loads, out.getvalue().splitlines())}
    total: dict[str, int] = {}
    for doc_id, doc in gold.items():
        counts, _ = te3.score_doc(doc, pred.get(doc_id, {}).get("timexes", []))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    res = te3.summarize(total)
    got = {k: round(res[k]["F1"], 4) for k in TARGETS}
    assert all(got[k] >= TARGETS[k] for k in TARGETS), f"below target: {got} (targets {TARGETS})"
