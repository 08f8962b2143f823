"""The days of the equinoxes and solstices ("the longest day", "the first day of spring", "the autumn
equinox"), which move between two dates from year to year: the instant of each, in universal time, by the
method of Meeus (Astronomical Algorithms, ch. 27), good to a minute or two for the years people write of.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import lru_cache

# The turns of the sun's year, in the order of the calendar: the March equinox, the June solstice, the
# September equinox, the December solstice.
MARCH_EQUINOX, JUNE_SOLSTICE, SEPTEMBER_EQUINOX, DECEMBER_SOLSTICE = range(4)

# The mean instant (Julian ephemeris day) of each turn as a polynomial of the millennia from 2000.
_MEAN = (
    (2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057),
    (2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030),
    (2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078),
    (2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032),
)
# The periodic terms (amplitude, phase in degrees, rate in degrees per Julian century).
_TERMS = (
    (485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
    (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
    (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
    (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
    (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
    (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074),
)  # fmt: skip
# The Julian day that begins 1 January 2000 (at midnight).
_JD_2000 = 2451544.5
# The years the polynomials hold for.
FIRST_YEAR, LAST_YEAR = 1000, 3000


@lru_cache(maxsize=256)
def turn_of_the_sun(year: int, turn: int) -> date | None:
    """The day (universal time) of equinox or solstice ``turn`` of ``year``; None outside the years the
    method holds for."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    y = (year - 2000) / 1000
    jde0 = sum(c * y**i for i, c in enumerate(_MEAN[turn]))
    t = (jde0 - 2451545.0) / 36525
    w = math.radians(35999.373 * t - 2.47)
    dl = 1 + 0.0334 * math.cos(w) + 0.0007 * math.cos(2 * w)
    s = sum(a * math.cos(math.radians(b + c * t)) for a, b, c in _TERMS)
    jde = jde0 + 0.00001 * s / dl
    return date(2000, 1, 1) + timedelta(days=math.floor(jde - _JD_2000))
