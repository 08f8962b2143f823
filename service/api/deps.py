"""What handlers get injected: the store, the engine and the settings, all created once at start-up."""

from __future__ import annotations

from litestar.datastructures import State

from service.engine_pool import EnginePool
from service.settings import Settings
from service.store.queries import Store


def provide_store(state: State) -> Store:
    return state.store


def provide_settings(state: State) -> Settings:
    return state.settings


def provide_engine(state: State) -> EnginePool:
    return state.engine
