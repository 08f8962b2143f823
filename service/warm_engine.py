"""Imported by the fork server the engine's workers come from (service.engine_pool), before it forks
any of them: the engine's modules are imported, and the tables it builds on first use are built,
once there, so every worker starts warm within milliseconds."""

from __future__ import annotations

from datetime import UTC, datetime

from service.events import extract

_WARM_UP_DATE = datetime(2024, 11, 5, tzinfo=UTC)


def warm_up() -> None:
    extract("It opened on 5 May 2024.", _WARM_UP_DATE, "news")


warm_up()
