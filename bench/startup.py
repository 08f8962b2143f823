"""Start-up to /readyz of one or more checkouts, started in turns, and the CPU each part spent by then.

    python bench/startup.py [--starts 10] TREE [TREE ...]

A TREE is a checkout of the project (`git worktree add DIR COMMIT`, or `git archive COMMIT | tar -x -C
DIR`). Each is started as bench/run.py starts the service (`python -m service serve`, this Python and
its packages, `TIMELINE_ENGINE_WORKERS` set to the number of cores), from its own folder, so that its
own `service` package runs, on a data folder of its own that a first start, not counted, initialises.
The trees take turns, start after start, in an order reversed every other round, so that what else the
machine is doing falls on each alike.
Printed for each: the median time to /readyz (and the least), and the median CPU seconds each part
had spent by then (bench/run.py's `start_up_cpu`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # `bench` and `service` import from the checkout

from bench.run import start_up_cpu  # noqa: E402
from bench.serving import start_service, stop_service  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=10, help="counted starts of each tree")
    parser.add_argument("trees", nargs="+", type=Path)
    args = parser.parse_args(argv)
    env = {"TIMELINE_ENGINE_WORKERS": str(os.cpu_count() or 2)}
    with tempfile.TemporaryDirectory(prefix="timeline-startup-") as folder:
        data = {tree: Path(folder) / str(n) for n, tree in enumerate(args.trees)}
        for tree in args.trees:
            stop_service(start_service(data[tree], env, tree.resolve()))
        ready: dict[Path, list[float]] = {tree: [] for tree in args.trees}
        spent: dict[Path, list[dict[str, float]]] = {tree: [] for tree in args.trees}
        for n in range(args.starts):
            # In turns, the order reversed every other round (A B, B A, ...): a start right after
            # another's shut-down shares the machine with what is left of it, and each tree gets that alike.
            for tree in args.trees if n % 2 == 0 else args.trees[::-1]:
                service = start_service(data[tree], env, tree.resolve())
                try:
                    ready[tree].append(service.ready_after)
                    spent[tree].append(start_up_cpu(service))
                finally:
                    stop_service(service)
                parts = ", ".join(f"{part} {s:.2f}" for part, s in spent[tree][-1].items())
                print(f"{n + 1:3} {tree}: {service.ready_after:.2f} s; CPU s {parts}", flush=True)
    print()
    for tree in args.trees:
        parts = ", ".join(f"{part} {statistics.median(s[part] for s in spent[tree]):.2f}" for part in spent[tree][0])
        print(
            f"{tree}: start-up to /readyz median {statistics.median(ready[tree]):.2f} s (least "
            f"{min(ready[tree]):.2f}) over {args.starts} starts; CPU s by then, medians: {parts}"
        )
    trees = " ".join(map(str, args.trees))
    print(f"{os.cpu_count()} cores; command: python bench/startup.py --starts {args.starts} {trees}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
