"""A worker's own work beyond the engine, part by part, in instructions: what a loaded machine does not move.

    python bench/worker_parts.py --save                 # once: the engine's answers for 30 of run.py's articles
    python bench/worker_parts.py [--tree ../other-checkout]   # under valgrind, each part of each tree

The engine is stood in by its saved answers (the engine itself is never imported, so no warm-up is
counted), and each part runs 1 and 3 passes over the 30 articles under cachegrind: their difference,
per article, is the part's cost. The parts, each containing the ones before it where named so:

- sentences: the document's sentence index (service.sentences);
- rows: ``extract`` without the document's fields (sentences, windows, bounds, the expressions);
- lines: ``extract`` with them (rows, and each event's export-line tails);
- worker: what a worker does per document: the job unpickled, ``extract``, its answer pickled;
- unpickle: the answer unpickled, as the service's process does.

bench/worker_cost.py --count times the same with the engine's own first pass in the count; this counts
only the code of service/ outside the engine, in a minute or so for each tree.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import pickle
import subprocess
import sys
import types
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ANSWERS = Path("/tmp/timeline-worker-parts.pickle")
PARTS = ("sentences", "rows", "lines", "worker", "unpickle")


@dataclasses.dataclass(frozen=True, slots=True)
class SavedTimex:
    """The engine's Timex, field for field (service.temporal.engine.Timex), without importing the engine."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    granularity: str | None = None
    interval_start: datetime | None = None
    interval_end: datetime | None = None
    anchor: str = "publication"
    range: str | None = None
    dateline: bool = False


def save() -> None:
    sys.path.insert(0, str(REPO))
    from bench.worker_cost import articles
    from service.temporal import annotate

    docs = articles(30, every_other=False)
    answers = {
        text: [SavedTimex(*dataclasses.astuple(t)) for t in annotate(text, at, kind)] for text, at, kind, _ in docs
    }
    ANSWERS.write_bytes(pickle.dumps((docs, answers)))


def run(part: str, passes: int) -> None:
    """In the tree of the working folder: the part, 1 + ``passes`` times over the articles."""
    sys.path.insert(0, os.getcwd())
    docs, answers = pickle.loads(ANSWERS.read_bytes())
    stand_in = types.ModuleType("service.temporal")
    stand_in.annotate = lambda text, reference, document_type="news": answers[text]  # type: ignore[attr-defined]
    sys.modules["service.temporal"] = stand_in  # what service.events imports the engine's annotate from
    from service.events import extract
    from service.sentences import SentenceIndex

    def worker(doc: Any) -> bytes:
        text, published_at, document_type, fields = pickle.loads(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL))
        return pickle.dumps(("ok", extract(text, published_at, document_type, fields)), pickle.HIGHEST_PROTOCOL)

    answered = {doc[0]: worker(doc) for doc in docs} if part == "unpickle" else {}
    steps: dict[str, Callable[[Any], object]] = {
        "sentences": lambda doc: SentenceIndex(doc[0]),
        "rows": lambda doc: extract(doc[0], doc[1], doc[2], None),
        "lines": lambda doc: extract(*doc),
        "worker": worker,
        "unpickle": lambda doc: pickle.loads(answered[doc[0]]),
    }
    step = steps[part]
    for _ in range(1 + passes):
        for doc in docs:
            step(doc)


def counted(tree: Path, part: str, passes: int) -> int:
    result = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, str(Path(__file__).resolve()), "--run", part, "--passes", str(passes)],
        capture_output=True, text=True, check=True, cwd=tree, env=os.environ | {"PYTHONHASHSEED": "0"},
    )  # fmt: skip
    line = next(line for line in result.stderr.splitlines() if "I   refs" in line)
    return int(line.split()[-1].replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save", action="store_true", help="save the engine's answers (run once, in any tree)")
    parser.add_argument("--tree", type=Path, action="append", help="a checkout to count (default: this one)")
    parser.add_argument("--part", choices=PARTS, action="append")
    parser.add_argument("--run", choices=PARTS, help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.save:
        return save()
    if args.run:
        return run(args.run, args.passes)
    for part in args.part or PARTS:
        for tree in args.tree or [REPO]:
            per_article = (counted(tree, part, 3) - counted(tree, part, 1)) / 60
            print(f"{part:9} {tree}: {per_article / 1e6:.3f} M instructions per article", flush=True)


if __name__ == "__main__":
    main()
