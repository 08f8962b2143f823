"""TempEval-3 quality gate on both development sets (skipped, saying why, when the shared data is absent).

The gates are floors, not goals: TimeBank's are the issue's targets, which the engine reaches; AQUAINT's
are what main scored when the gate was set, less half a point, because the engine does not reach the
target there yet (strict 87, value 80). The lead raises them as the engine improves, so that a change
that loses ground on either set is caught.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from service.annotate import annotate_jsonl

SHARED = Path(os.environ.get("TIMELINE_SHARED_DIR", Path(__file__).resolve().parents[2].parent / "shared"))
SCORER = SHARED / "eval" / "te3_score.py"
# F1 floors per development set.
GATES = {
    "timebank": {"strict": 0.90, "value": 0.86, "type": 0.92},
    # Measured on main at 5902d78: strict 82.97, value 75.13, type 85.14; the floors are half a point lower.
    "aquaint": {"strict": 0.824, "value": 0.746, "type": 0.846},
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("te3_score", SCORER)
    assert spec is not None and spec.loader is not None
    te3 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(te3)
    return te3


@pytest.mark.parametrize("name", list(GATES))
def test_development_set_scores_stay_above_the_gate(name: str) -> None:
    gold_path = SHARED / "eval" / f"{name}.jsonl"
    if not (gold_path.exists() and SCORER.exists()):
        pytest.skip(f"{name} development set or scorer not found under {SHARED / 'eval'}")
    te3 = _scorer()
    out = io.StringIO()
    with gold_path.open(encoding="utf-8") as f:
        annotate_jsonl(f, out)
    gold = te3.load_jsonl(str(gold_path))
    pred = {d["doc_id"]: d for d in map(json.loads, out.getvalue().splitlines())}
    total: dict[str, int] = {}
    for doc_id, doc in gold.items():
        counts, _ = te3.score_doc(doc, pred.get(doc_id, {}).get("timexes", []))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    res = te3.summarize(total)
    gate = GATES[name]
    got = {k: round(res[k]["F1"], 4) for k in gate}
    assert all(got[k] >= gate[k] for k in gate), f"{name} below the gate: {got} (gate {gate})"
