"""The service's own CPU per cold timeline read, without the database, the network or the load client.

    python bench/read_stack.py [--requests 3000] [--rounds 5] [--encoding br|gzip|identity] [--profile out.prof]
    python bench/read_stack.py --callgrind      # instructions per request (run under valgrind, see below)
    python bench/read_stack.py --tree ../main   # the service of another checkout (a git worktree of main)

It builds the application (`create_app`) in this process and sends it cold `GET /v1/timeline?from=..&to=..
&limit=100` requests (`Cache-Control: no-cache`, as bench/run.py's cold row) straight through ASGI, 32 at a
time on uvloop: the access log, the kept answers' middleware, the watch for a client leaving, litestar's
routing, admission, parameters and compression, the handler and its JSON page. The Store is a stand-in
that answers every page with the same 100 events (lines as the bench's dense documents give) after
yielding to the loop once, as a query does; so what it measures is the service's Python, which on this
machine's loaded cores moves by 10% from one run to the next in CPU time.

For a figure that does not move, count instructions: under callgrind, with instrumentation switched on
for the timed requests only (libc's memset and memcpy are left out of the second figure: valgrind counts
their `rep` instructions one per iteration, where the CPU moves 32 bytes at a time):

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/rs.out \\
        .venv/bin/python bench/read_stack.py --callgrind --requests 640 --rounds 1
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# --tree: the checkout whose service is measured (another worktree, for an A/B in the same minute).
TREE = Path(sys.argv[sys.argv.index("--tree") + 1]) if "--tree" in sys.argv[:-1] else REPO
sys.path.insert(0, str(TREE))
os.environ.setdefault("TIMELINE_LOG_LEVEL", "warning")

import msgspec  # noqa: E402
import uvloop  # noqa: E402

from service.api.revisions import Revisions  # noqa: E402
from service.app import create_app  # noqa: E402
from service.logs import configure_logging  # noqa: E402
from service.settings import Settings  # noqa: E402
from service.store.queries import Store, TimelineKey  # noqa: E402

SENTENCES = [
    "The plant closed on {day} March {year} after a long dispute.",
    "Talks resumed in April {year} and ended two days later.",
    "The council met on May {day}, {year}, to approve the budget.",
    "Prices had risen every month since June {year}.",
]


def page_lines(rng: random.Random, events: int = 100) -> bytes:
    """NDJSON lines of a page of events such as the bench's dense documents hold."""
    lines = []
    for n in range(events):
        year, day = rng.randint(1990, 2024), rng.randint(1, 28)
        sentence = rng.choice(SENTENCES).format(day=day, year=year)
        lines.append(
            msgspec.json.encode(
                {
                    "id": 280_000 + n,
                    "document_id": 6000 + n // 30,
                    "expression": {
                        "text": f"{day} March {year}",
                        "start": 1521,
                        "end": 1533,
                        "type": "DATE",
                        "value": f"{year}-03-{day:02d}",
                    },
                    "when": {
                        "start": f"{year}-03-{day:02d}T00:00:00Z",
                        "end": f"{year}-03-{day + 1:02d}T00:00:00Z",
                        "granularity": "day",
                        "mod": None,
                    },
                    "anchor": "absolute",
                    "sentence": {"text": sentence, "start": 1486, "end": 1486 + len(sentence)},
                    "title": None,
                    "url": None,
                    "source": f"wire-{n % 20}",
                    "published_at": "2024-01-01T08:00:00Z",
                }
            )
            + b"\n"
        )
    return b"".join(lines)


class StandInStore:
    """Answers the two reads a cold JSON page makes, after one turn of the loop each."""

    def __init__(self, lines: bytes) -> None:
        self.lines = lines
        self.key = TimelineKey(datetime(2003, 3, 5, tzinfo=UTC), datetime(2003, 3, 6, tzinfo=UTC),
                               datetime(2024, 1, 1, tzinfo=UTC), 12345)  # fmt: skip
        # A checkout whose Store.timeline_page returns no revision (before it read one) is measured too.
        self.with_revision = "int]" in str(inspect.signature(Store.timeline_page).return_annotation)

    async def revision(self, tenant: str) -> int:
        await asyncio.sleep(0)
        return 7

    async def timeline_page(self, f: Any, *, after: Any, descending: bool, limit: int) -> tuple[Any, ...]:
        await asyncio.sleep(0)
        return (self.lines, self.key, 7) if self.with_revision else (self.lines, self.key)


def query_strings(rng: random.Random, n: int) -> list[bytes]:
    first = date(1990, 1, 1)
    starts = [first + timedelta(days=rng.randrange(12_000)) for _ in range(n)]
    return [f"from={start}&to={start + timedelta(days=30)}&limit=100".encode() for start in starts]


async def measure(args: argparse.Namespace) -> None:
    settings = Settings.from_env()
    configure_logging(settings.log_level, "json")
    rng = random.Random(3)
    app = create_app(settings)
    store = StandInStore(page_lines(rng))
    app.state.store = store
    app.state.revisions = Revisions(store)  # type: ignore[arg-type]
    headers = [(b"host", b"127.0.0.1:8000"), (b"accept", b"*/*"), (b"accept-encoding", args.encoding.encode()),
               (b"cache-control", b"no-cache")]  # fmt: skip
    sizes: list[int] = []

    async def get(query: bytes) -> None:
        answered = asyncio.get_running_loop().create_future()
        sent: list[Any] = []
        asked = False
        scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
                 "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 50000), "scheme": "http", "method": "GET",
                 "root_path": "", "path": "/v1/timeline", "raw_path": b"/v1/timeline", "query_string": query,
                 "headers": list(headers), "state": {}}  # fmt: skip

        async def receive() -> dict[str, Any]:
            # As uvicorn: the (empty) body, then a disconnect once the answer is sent.
            nonlocal asked
            if not asked:
                asked = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await answered
            return {"type": "http.disconnect"}

        async def send(message: Any) -> None:
            sent.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body") and not answered.done():
                answered.set_result(None)

        await app(scope, receive, send)  # type: ignore[arg-type]
        if sent[0]["status"] != 200:
            raise SystemExit(f"answered {sent[0]['status']}: {sent}")
        sizes.append(len(sent[-1]["body"]))

    async def requests(n: int) -> int:
        queries = query_strings(rng, n)
        each = n // args.clients

        async def client(mine: list[bytes]) -> None:
            for query in mine:
                await get(query)

        await asyncio.gather(*(client(queries[i * each : (i + 1) * each]) for i in range(args.clients)))
        return each * args.clients

    await requests(640)  # warm: every code path run, every cache of litestar's filled
    profile = None
    if args.profile:
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    if args.callgrind:
        _callgrind("--instr=on")
    per_request = []
    done = 0
    for _ in range(args.rounds):
        started = time.process_time()
        n = await requests(args.requests)
        per_request.append((time.process_time() - started) / n * 1e6)
        done += n
    if args.callgrind:
        _callgrind("--dump", "--instr=off")
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    print(f"{TREE}: {done} requests; CPU per request {statistics.median(per_request):.1f} us (median of rounds: "
          f"{', '.join(f'{x:.0f}' for x in per_request)}); answer {sizes[-1]:,} bytes ({args.encoding})")  # fmt: skip
    if args.callgrind:
        print(f"callgrind: divide the dump's instructions by {done} (callgrind_annotate <out>.1 | head -30)")


def _callgrind(*commands: str) -> None:
    """Tell the callgrind this process runs under (if any) to switch on, dump, switch off."""
    for command in commands:
        subprocess.run(["callgrind_control", command, str(os.getpid())], capture_output=True, check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=3000, help="requests per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--encoding", default="gzip, deflate, br", help="the Accept-Encoding sent")
    parser.add_argument("--profile", help="write a cProfile of the timed requests here")
    parser.add_argument("--callgrind", action="store_true", help="switch callgrind on for the timed requests only")
    parser.add_argument("--tree", help="measure the service of this checkout (default: this one)")
    uvloop.run(measure(parser.parse_args()))


if __name__ == "__main__":
    main()
