"""Score the temporal engine on a TempEval-3 style JSONL file with the official scorer.

    python bench/eval_te3.py ../shared/eval/timebank.jsonl [--document-type news] [--errors N]

te3_score.py is looked up beside the gold file, then in $TIMELINE_SHARED_DIR/eval, then in
<repo>/../shared/eval.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from service.annotate import annotate_jsonl  # noqa: E402


def find_scorer(gold: Path) -> Path:
    """te3_score.py beside the gold file or in the shared evaluation directory."""
    shared = Path(os.environ.get("TIMELINE_SHARED_DIR", REPO.parent / "shared"))
    for cand in (gold.parent / "te3_score.py", shared / "eval" / "te3_score.py"):
        if cand.exists():
            return cand
    raise SystemExit("te3_score.py not found beside the gold file or in the shared directory")


def load_scorer(path: Path):
    """Import te3_score.py as a module."""
    spec = importlib.util.spec_from_file_location("te3_score", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--document-type", default="news", choices=("news", "narrative", "colloquial"))
    ap.add_argument("--errors", type=int, default=0, help="print the first N errors")
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--out", type=Path, help="also keep the predictions here")
    args = ap.parse_args(argv)
    scorer = find_scorer(args.gold)
    buf = io.StringIO()
    t0 = time.perf_counter()
    with args.gold.open(encoding="utf-8") as f:
        n = annotate_jsonl(f, buf, args.document_type)
    dt = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(args.out) if args.out else Path(tmp) / "pred.jsonl"
        pred.write_text(buf.getvalue(), encoding="utf-8")
        cmd = ["te3_score", str(args.gold), str(pred)]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        if args.per_doc:
            cmd.append("--per-doc")
        rc = load_scorer(scorer).main(cmd)
    print(f"\nengine: {n} docs in {dt * 1000:.0f} ms ({dt * 1000 / max(n, 1):.2f} ms/doc, incl. JSON I/O)")
    return rc


if __name__ == "__main__":
    sys.exit(main())
