"""The TIMEX3 value checker the engine's property tests rely on: it must accept and refuse rightly."""

from __future__ import annotations

import pytest

from tests.timex3 import timex3_problem

VALID = [
    ("DATE", "2024"), ("DATE", "202"), ("DATE", "20"), ("DATE", "199X"), ("DATE", "2024-11"), ("DATE", "2024-11-05"),
    ("DATE", "2024-W45"), ("DATE", "2024-W45-WE"), ("DATE", "2024-Q3"), ("DATE", "2024-H2"), ("DATE", "2024-SU"),
    ("DATE", "1998-10-XX"), ("DATE", "PRESENT_REF"), ("DATE", "PAST_REF"), ("TIME", "2024-11-05T19:01"),
    ("TIME", "2024-11-05T19:01:30+01:00"), ("TIME", "2024-11-05TNI"), ("TIME", "2024-11-05T09Z"),
    ("DURATION", "P3D"), ("DURATION", "PXY"), ("DURATION", "P2Y6M"), ("DURATION", "PT1M30S"), ("DURATION", "P1DE"),
    ("DURATION", "P1.5H"), ("SET", "P1W"), ("SET", "XXXX-WXX-2TNI"), ("SET", "XXXX-XX-XX"), ("DATE", "2024-02-29"),
]  # fmt: skip
INVALID = [
    ("DATE", "2024-13"), ("DATE", "2024-11-32"), ("DATE", "2023-02-29"), ("DATE", "2024-W54"), ("DATE", "2024-Q5"),
    ("DATE", "-0010"), ("DATE", "10000"), ("DATE", "2024-11-05T25:00"), ("DATE", "2024-11T10:00"), ("DATE", "P3D"),
    ("DURATION", "2024"), ("DURATION", "P"), ("DURATION", "3D"), ("SET", "PRESENT_REF"), ("DATE", ""),
    ("DATE", "2024-11-05 "), ("EVENT", "2024"), ("TIME", "2024-11-05T19:01+25:00"),
]  # fmt: skip


@pytest.mark.parametrize(("type_", "value"), VALID)
def test_accepts_timex3_values(type_: str, value: str) -> None:
    assert timex3_problem(type_, value) is None


@pytest.mark.parametrize(("type_", "value"), INVALID)
def test_refuses_what_is_not_one(type_: str, value: str) -> None:
    assert timex3_problem(type_, value) is not None
