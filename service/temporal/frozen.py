"""A cheaper ``__init__`` for a frozen slotted dataclass, with the same parameters and the same instance.

The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field through
``object.__setattr__(self, name, value)`` (its own ``__setattr__`` refuses), which looks the name up on the
class at every field: a dozen fields cost three times what a plain dataclass's ``__init__`` takes. Calling
each field's slot descriptor directly sets the same slot without the look-up. The class stays frozen
(assigning to a field still raises ``FrozenInstanceError``), its fields, equality and hash are untouched.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, TypeVar

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Give the frozen slotted dataclass ``cls`` an ``__init__`` that sets its slots directly; for a class
    made in a hot path (the engine's ``Timex``, one an expression). Only plain fields: a default factory, a
    field left out of ``__init__`` or a ``__post_init__`` is refused rather than copied."""
    params = fields(cls)  # type: ignore[arg-type]
    params_of_init = [f for f in params if f.init]
    if len(params_of_init) != len(params) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: only plain fields are set directly")
    if any(f.default_factory is not MISSING for f in params):
        raise TypeError(f"{cls.__name__}: a default factory is not copied")
    namespace: dict[str, Any] = {}
    signature = []
    for f in params:
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__  # the slot's own descriptor
        if f.default is MISSING:
            signature.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            signature.append(f"{f.name}=_default_{f.name}")
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in params) or "    pass\n"
    exec(f"def __init__(self, {', '.join(signature)}):\n{body}", namespace)  # as ``dataclass`` writes its own
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {**{f.name: f.type for f in params}, "return": None}
    setattr(cls, "__init__", init)  # noqa: B010 (mypy refuses assigning a method)
    return cls
