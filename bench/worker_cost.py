"""What an engine worker's CPU per document is made of, step by step from the engine alone.

    python bench/worker_cost.py [--documents 150] [--rounds 2]

bench/run.py sets the engine workers' CPU per document beside the engine's own in one process, and the
first is about twice the second. This prints, per round and each in a process of its own (so that
the machine's load falls on all alike), on the articles of run.py's single-POST row:

- the engine alone as run.py's warm figure times it: `annotate`, each article's second and third pass;
- the engine alone on its first pass over the articles, after the fork server's warm-up
  (service.warm_engine): what a new worker meets, since the engine learns as it reads (the kinds to
  try at each opening it meets, the folded twins of its cue patterns);
- a worker's own work in one process, the same way (the document unpickled, `extract`: sentences,
  windows, rows, export-line tails; its answer pickled): first pass and warm;
- the real engine workers (service.engine_pool, two new ones, 16 documents asked at a time), without
  HTTP or PostgreSQL: their CPU from /proc/<pid>/schedstat.

What is left between the last and run.py's row is what the workers lose sharing two cores with the
service and PostgreSQL. Each "one process" figure covers every other article, as each of two workers
gets. Instructions, which a loaded machine does not move: under valgrind, the difference of 2 and 1
passes over 30 articles after a warm one (MODE: engine, extract, worker; or given: a worker's own work
beyond the engine, its answer pickled, with the engine's answers given, so that only that is counted):

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python bench/worker_cost.py --count MODE --passes 1   (then --passes 2)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pickle
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.run import news_documents, process_tree  # noqa: E402

Document = tuple[str, datetime, str, tuple[None, None, str]]


def articles(count: int, every_other: bool) -> list[Document]:
    """run.py's single-POST articles (the first half of its news), as a worker is handed them."""
    news = news_documents(2 * count)[:count]
    docs = [(d["text"], datetime.fromisoformat(d["published_at"]), "news", (None, None, d["source"])) for d in news]
    return docs[::2] if every_other else docs


def engine(doc: Document) -> None:
    from service.temporal import annotate

    annotate(doc[0], doc[1].date())  # as run.py's engine row calls it


def worker(doc: Document) -> None:
    from service.events import extract

    text, published_at, document_type, fields = pickle.loads(pickle.dumps(doc, pickle.HIGHEST_PROTOCOL))
    pickle.dumps(("ok", extract(text, published_at, document_type, fields)), pickle.HIGHEST_PROTOCOL)


def extract_only(doc: Document) -> None:
    from service.events import extract

    extract(*doc)


MODES = {"engine": engine, "worker": worker, "extract": extract_only}
COUNTED = (*MODES, "given")


def inner(mode: str, count: int) -> None:
    """In a new process: the fork server's warm-up, then three passes; prints the CPU ms per document
    of the first and the median of the other two."""
    import service.warm_engine  # noqa: F401  (warms up on import, as in the fork server)

    docs, run = articles(count, every_other=True), MODES[mode]
    cpu = []
    for _ in range(3):
        started = time.process_time()
        for doc in docs:
            run(doc)
        cpu.append(1000 * (time.process_time() - started) / len(docs))
    print(json.dumps([cpu[0], statistics.median(cpu[1:])]))


def count(mode: str, passes: int) -> None:
    """For valgrind: the warm-up, a first pass over 30 articles, then ``passes`` more."""
    import service.warm_engine

    docs = articles(30, every_other=False)
    run = MODES.get(mode, worker)
    if mode == "given":  # the first pass asks the engine, the others are given its answers
        import service.temporal
        from service.temporal import Timex

        annotate = service.temporal.annotate
        answers: dict[str, list[Timex]] = {}

        def given(text: str, reference: date | datetime, document_type: str = "news") -> list[Timex]:
            if text not in answers:
                answers[text] = annotate(text, reference, document_type)
            return answers[text]

        service.temporal.annotate = given  # service.events.extract imports it when called
    for _ in range(1 + passes):
        for doc in docs:
            run(doc)


def in_a_process(mode: str, documents: int) -> list[float]:
    result = subprocess.run(
        [sys.executable, __file__, "--inner", mode, "--documents", str(documents)],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    return list(json.loads(result.stdout))


def _ran_ms(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e6
    except OSError:
        return 0.0


async def real_workers(documents: int) -> float:
    """CPU ms per document of two new engine workers, 16 documents asked at a time."""
    from service.engine_pool import EngineLimits, EnginePool
    from service.engine_worker import start_forkserver

    docs: list[Any] = articles(documents, every_other=False)
    start_forkserver()
    pool = EnginePool(EngineLimits(workers=2, timeout_seconds=60, max_expressions=100_000))
    await pool.start()
    try:
        pids = process_tree(os.getpid())[1:]
        before = sum(map(_ran_ms, pids))

        async def client() -> None:
            while docs:
                await pool.extract(*docs.pop())

        await asyncio.gather(*(client() for _ in range(16)))
        return (sum(map(_ran_ms, pids)) - before) / documents
    finally:
        await pool.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=150, help="the single-POST articles (run.py: 150)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--inner", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--count", choices=COUNTED, help="run MODE for valgrind (see above)")
    parser.add_argument("--passes", type=int, default=1)
    args = parser.parse_args()
    if args.inner:
        return inner(args.inner, args.documents)
    if args.count:
        return count(args.count, args.passes)
    for round_ in range(args.rounds):
        (engine_first, engine_warm), (worker_first, worker_warm) = (
            in_a_process(mode, args.documents) for mode in ("engine", "worker")
        )
        workers = asyncio.run(real_workers(args.documents))
        print(
            f"round {round_}: CPU ms per document: engine alone {engine_warm:.2f} warm, {engine_first:.2f} first "
            f"pass; a worker's work in one process {worker_warm:.2f} warm, {worker_first:.2f} first pass; "
            f"two new engine workers {workers:.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
