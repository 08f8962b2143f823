"""Command line: ``python -m service serve | migrate | annotate``."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from typing import TextIO

from service.keys import SCOPES
from service.settings import DOCUMENT_TYPES, Settings, SettingsError, is_loopback

# httptools' own bound on the request line's target; not configurable through uvicorn.
HTTPTOOLS_MAX_TARGET_BYTES = 65_535


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP service (settings from the environment)")
    serve.add_argument("--host", help="overrides TIMELINE_HOST")
    serve.add_argument("--port", type=int, help="overrides TIMELINE_PORT")
    commands.add_parser("migrate", help="apply pending schema migrations and exit")
    annotate = commands.add_parser("annotate", help="find and normalise time expressions in a JSONL file")
    annotate.add_argument("input", help='JSONL lines {"doc_id", "dct", "text"}; - for stdin')
    annotate.add_argument("output", help='JSONL lines {"doc_id", "timexes"}; - for stdout')
    annotate.add_argument("--document-type", choices=DOCUMENT_TYPES, default="news")
    hash_key = commands.add_parser(
        "hash-key", help="make an API key: its keys-file line on stdout, its secret once on stderr"
    )
    hash_key.add_argument("name", help="the key's name, shown in logs")
    hash_key.add_argument("scope", choices=SCOPES)
    hash_key.add_argument("--tenant", help="the tenant whose documents the key sees (default: the default tenant)")
    hash_key.add_argument("--rate-limit", help="this key's own limit, such as 120/minute")
    hash_key.add_argument("--stdin", action="store_true", help="hash a secret read from stdin instead of making one")
    args = parser.parse_args(argv)

    if args.command == "annotate":
        return _annotate(args.input, args.output, args.document_type)
    if args.command == "hash-key":
        return _hash_key(args.name, args.scope, args.tenant, args.rate_limit, args.stdin)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "migrate":
        import asyncio

        from service.logs import configure_logging

        configure_logging(settings.log_level, settings.log_format)
        return asyncio.run(_migrate(settings))
    host, port = args.host or settings.host, args.port if args.port is not None else settings.port
    if not settings.api_keys and not is_loopback(host):
        print(
            f"error: refusing to listen on {host} without API keys: anyone who reaches the port could read, "
            "write and delete every document. Set TIMELINE_API_KEYS or TIMELINE_API_KEYS_FILE "
            "(see python -m service hash-key), or listen on 127.0.0.1.",
            file=sys.stderr,
        )
        return 2
    from service.engine_worker import start_forkserver

    # First of all: the engine's import and warm-up in the fork server is the longest part of start-up,
    # and it runs on the other core while this process imports its logging and the web stack. Nothing
    # but the settings is imported before it (not asyncio, msgspec or structlog): 0.15 s of CPU sooner.
    start_forkserver(settings.cache_dir)
    from service.logs import configure_logging

    configure_logging(settings.log_level, settings.log_format)
    return _serve(settings, host, port)


def _serve(settings: Settings, host: str, port: int) -> int:
    from service.store.database import Database

    # The database boots, as the engine's fork server does, while this process imports the web
    # stack: start-up then takes about the longest of the three rather than their sum.
    database = Database(settings)
    database.start_embedded()
    import uvicorn

    from service.app import create_app

    uvicorn.run(
        create_app(settings, database),
        host=host,
        port=port,
        loop="uvloop",
        # Chosen deliberately, limits included: httptools answers a request target (path and
        # query) over HTTPTOOLS_MAX_TARGET_BYTES with a plain-text 400 before the app sees it.
        # Everything shorter reaches the app, which bounds each parameter itself (a cursor at
        # MAX_CURSOR_LENGTH) with problem+json. README, "Limits".
        http="httptools",
        # No route speaks WebSocket: an upgrade request is answered as the plain HTTP request it also
        # is (a 404 here). "auto" would import a WebSocket library at every start (12 ms of CPU) for a
        # handshake that could only end in a refusal.
        ws="none",
        log_config=None,  # our structlog set-up owns the root logger
        access_log=False,  # the app logs one line per request itself
        proxy_headers=True,
        lifespan="on",
        # On SIGTERM, requests in flight get this long to finish; then they are cancelled (their
        # queries with them) and the lifespan closes the pool and the embedded PostgreSQL.
        timeout_graceful_shutdown=settings.shutdown_grace_seconds,
    )
    return 0


async def _migrate(settings: Settings) -> int:
    from service.logs import get_logger
    from service.store.database import Database
    from service.store.migrate import MigrationError

    database = Database(settings)
    try:
        await database.connect(run_migrations=True)
    except MigrationError as exc:
        get_logger("service.migrate").error("migration failed", error=str(exc))
        return 1
    finally:
        await database.close()
    return 0


def _hash_key(name: str, scope: str, tenant: str | None, rate_limit: str | None, from_stdin: bool) -> int:
    from service.keys import KeySpecError, key_line, new_secret

    secret = sys.stdin.readline().strip() if from_stdin else new_secret()
    try:
        line = key_line(name, scope, secret, tenant, rate_limit)
    except KeySpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not from_stdin:
        print(f"secret for {name} (shown once, stored nowhere; give it to the client): {secret}", file=sys.stderr)
    print(line)
    return 0


def _annotate(input_path: str, output_path: str, document_type: str) -> int:
    from service.annotate import annotate_jsonl

    with ExitStack() as stack:
        inp: TextIO = sys.stdin if input_path == "-" else stack.enter_context(open(input_path, encoding="utf-8"))
        out: TextIO = (
            sys.stdout if output_path == "-" else stack.enter_context(open(output_path, "w", encoding="utf-8"))
        )
        annotate_jsonl(inp, out, document_type)
    return 0


if __name__ == "__main__":
    sys.exit(main())
