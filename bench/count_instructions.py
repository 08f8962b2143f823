"""The engine's instructions per article, first pass and warm, counted by cachegrind (deterministic, so
usable on a busy machine where wall time is not):

    for p in 0 1 3; do valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python bench/count_instructions.py $p 2>&1 | grep 'I *refs'; done

The process warms up as ``bench_engine.py``'s first pass does (``bench_engine.warm_up``: the fork server's
warm-up, then AQUAINT's news where the shared data is present), then reads its 40 articles PASSES times.
First pass per article: (count at 1 - count at 0) / 40; warm: (count at 3 - count at 1) / 80.

With ``--new-worker`` (after PASSES) the process is warmed up as a new engine worker is, by its fork
server's warm-up alone (service.warm_engine), and its first pass is what a new worker pays for its
first articles.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_engine import build_articles, warm_up
from service.temporal import annotate


def main() -> None:
    passes = int(sys.argv[1])
    if "--new-worker" in sys.argv[2:]:
        import service.warm_engine  # noqa: F401  (warms up on import, as in the fork server)
    else:
        warm_up()
    articles, _ = build_articles(40)
    for _ in range(passes):
        for text, dct in articles:
            annotate(text, dct)


if __name__ == "__main__":
    main()
