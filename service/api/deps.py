"""What handlers get injected: the store and its group writer, the engine and the settings, all made at start-up."""

from __future__ import annotations

from litestar.datastructures import State

from service.engine_pool import EnginePool
from service.settings import Settings
from service.store.group_commit import GroupCommit
from service.store.queries import Store


def provide_store(state: State) -> Store:
    return state.store


def provide_writes(state: State) -> GroupCommit:
    return state.writes


def provide_settings(state: State) -> Settings:
    return state.settings


def provide_engine(state: State) -> EnginePool:
    return state.engine
