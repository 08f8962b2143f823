"""What handlers get injected: the store and the settings, both created once at start-up."""

from __future__ import annotations

from litestar.datastructures import State

from service.settings import Settings
from service.store.queries import Store


def provide_store(state: State) -> Store:
    return state.store


def provide_settings(state: State) -> Settings:
    return state.settings
