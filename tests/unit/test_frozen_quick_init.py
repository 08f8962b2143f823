"""``frozen.quick_init``: the same instances as the ``__init__`` a frozen slotted dataclass is given."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import pytest

from service.temporal import Timex
from service.temporal.frozen import quick_init


@dataclass(frozen=True, slots=True)
class _Plain:
    start: int
    text: str
    mod: str | None = None
    dateline: bool = False


@quick_init
@dataclass(frozen=True, slots=True)
class _Quick:
    start: int
    text: str
    mod: str | None = None
    dateline: bool = False


def test_the_parameters_are_the_dataclass_s_own() -> None:
    assert str(inspect.signature(_Quick.__init__)) == str(inspect.signature(_Plain.__init__))


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((3, "May"), {}), ((3,), {"text": "May", "dateline": True}), ((), {"start": 0, "text": "", "mod": "END"})],
)
def test_an_instance_holds_what_it_was_given(args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)  # type: ignore[arg-type]
    assert dataclasses.astuple(quick) == dataclasses.astuple(plain)
    assert hash(quick) == hash(_Quick(*args, **kwargs))  # type: ignore[arg-type]
    assert quick == _Quick(*args, **kwargs)  # type: ignore[arg-type]


def test_a_missing_or_unknown_argument_is_refused_as_before() -> None:
    with pytest.raises(TypeError):
        _Quick(3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick(3, "May", when="now")  # type: ignore[call-arg]


def test_the_instance_stays_frozen_and_slotted() -> None:
    quick = _Quick(3, "May")
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.text = "June"  # type: ignore[misc]
    assert not hasattr(quick, "__dict__")
    assert dataclasses.replace(quick, mod="START") == _Quick(3, "May", "START")


def test_the_engine_s_expression_is_set_this_way() -> None:
    assert "_set_start" in Timex.__init__.__globals__  # the slot's descriptor, not ``object.__setattr__``
    assert Timex.__init__.__qualname__ == "Timex.__init__"


def test_a_field_it_cannot_copy_is_refused() -> None:
    @dataclass(frozen=True, slots=True)
    class WithFactory:
        seen: list[int] = field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(WithFactory)
