"""Score the temporal engine on a TempEval-3 style JSONL file with the official scorer.

    python bench/eval_te3.py ../shared/eval/timebank.jsonl [--document-type news] [--errors N]
    python bench/eval_te3.py tests/data/narratives_heldout.txt [--errors N]

A ``.txt`` gold file holds stories in the inline markup of tests/data/narratives.txt (``=== name | date |
type`` heads, ``[[text|TYPE|VALUE|MOD]]`` marks); each story is annotated in its own document type.

te3_score.py is looked up beside the gold file, then in $TIMELINE_SHARED_DIR/eval, then in
<repo>/../shared/eval.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.data.markup import parse as parse_markup  # noqa: E402
from service.annotate import annotate_jsonl  # noqa: E402


def stories_as_jsonl(path: Path) -> tuple[str, list[str]]:
    """The gold JSONL of a stories file, and each story's document type in order."""
    raw = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in raw.splitlines() if not line.startswith("#"))
    lines, types = [], []
    for block in body.split("=== ")[1:]:
        head, marked = block.split("\n", 1)
        name, dct, document_type = (x.strip() for x in head.split("|"))
        text, timexes = parse_markup(marked)
        lines.append(json.dumps({"doc_id": name, "dct": dct, "text": text, "timexes": timexes}))
        types.append(document_type)
    return "\n".join(lines) + "\n", types


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
    if args.gold.suffix == ".txt":
        gold_text, types = stories_as_jsonl(args.gold)
        pairs = zip(gold_text.splitlines(), types, strict=True)
        n = sum(annotate_jsonl(io.StringIO(line), buf, document_type) for line, document_type in pairs)
    else:
        gold_text = args.gold.read_text(encoding="utf-8")
        n = annotate_jsonl(io.StringIO(gold_text), buf, args.document_type)
    dt = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(args.out) if args.out else Path(tmp) / "pred.jsonl"
        pred.write_text(buf.getvalue(), encoding="utf-8")
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text(gold_text, encoding="utf-8")
        cmd = ["te3_score", str(gold), str(pred)]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        if args.per_doc:
            cmd.append("--per-doc")
        rc = load_scorer(scorer).main(cmd)
    print(f"\nengine: {n} docs in {dt * 1000:.0f} ms ({dt * 1000 / max(n, 1):.2f} ms/doc, incl. JSON I/O)")
    return rc


if __name__ == "__main__":
    sys.exit(main())
