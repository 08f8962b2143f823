"""What handlers get injected: the store and its group writer, the engine and the settings, all made at start-up."""

from __future__ import annotations

from dataclasses import dataclass

from litestar.datastructures import State
from litestar.di import NamedDependency

from service.engine_pool import EnginePool
from service.settings import Settings
from service.store.group_commit import GroupCommit
from service.store.queries import Store


def provide_store(state: State) -> Store:
    return state.store


def provide_settings(state: State) -> Settings:
    return state.settings


@dataclass(frozen=True, slots=True)
class Posting:
    """What the POST handlers (documents, batches, annotate) need, as one dependency. litestar
    resolves several independent dependencies of a handler in an anyio task group, a task each:
    for a single post that cost about a tenth of the service's CPU (py-spy), where one dependency
    (on ``tenant``) costs a call."""

    tenant: str
    settings: Settings
    engine: EnginePool
    store: Store
    writes: GroupCommit


def provide_posting(state: State, tenant: NamedDependency[str]) -> Posting:
    return Posting(tenant, state.settings, state.engine, state.store, state.writes)
