"""Numbers written with numeral characters: ``parse_numeral(s, L) -> float | None``.

Chinese (and Japanese kanji) numbers are written with characters of three roles, which the
language module lists in one table, character -> value (``NUMERALS``; see ``lang/zh.py``):

- digits 0..9 ("零", "〇", "一", "两", "三" ...);
- units 10, 100, 1000 that close a digit inside a group ("十", "百", "千": "三千二百" = 3200);
- scales of 10^4 and up that close a group ("万", "亿": "一万五千" = 15000, "五千万" = 5e7).

The role follows from the value, so one reader serves every such table. Read by the usual rules:
a leading "十" is "一十" ("十二" = 12), "零" holds an empty place ("一千零五" = 1005), a bare digit
after a unit or a scale is the next unit down ("三千五" = 3500, "一万五" = 15000), a decimal point
(``NUMERAL_POINT``, "点") takes digits after it ("三点五亿" = 3.5e8), and a run of digits only is
read place by place only where asked (years: "二〇二四" = 2024); a unit or scale alone is its
value ("百" = 100, for "百余人"). A run that follows none of this
("三三两两", "万一": a scale with no number before it) is no number. ``NUMERALS_FORMAL`` is a
second table (financial forms "壹仟贰佰"); a run never mixes the two. A run may open with ASCII
digits before a unit ("3千" = 3000).

What a run of such characters means where they also make words ("一些", "统一", "十分") is not
this module's business: the extractors decide that from the words around the run.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from .lang import get_lang

_ASCII = re.compile(r"\d+(?:\.\d+)?")


def parse_numeral(s: str, L: ModuleType, positional: bool = False) -> float | None:
    """The value of the numeral run ``s`` in the language ``L`` ("一千二百" = 1200), or None.
    ``positional`` reads a run of digits only place by place ("二〇二四" = 2024, for years)."""
    table = _table_for(s, L)
    if not table:
        return None
    lead = _ASCII.match(s)
    if lead:  # "3千": ASCII digits as the first digit
        if lead.end() == len(s):
            return None
        first, s = float(lead.group()), s[lead.end():]
    else:
        first = None
    points = tuple(L.NUMERAL_POINT)
    for p in points:
        if p in s:
            whole, frac = s.split(p, 1)
            return _decimal(whole, frac, table, first)
    if len(s) == 1 and first is None and table[s] >= 100:
        return float(table[s])  # "百余人", "万余人": a unit alone, its own value
    if positional and first is None and all(0 <= table.get(c, -1) < 10 for c in s):
        return float("".join(str(int(table[c])) for c in s)) if len(s) > 1 else None
    return _integer(s, table, first)


def numeral_chars(L: ModuleType) -> str:
    """Every character of the language's numeral tables (for character classes)."""
    return "".join(sorted(set(L.NUMERALS) | set(L.NUMERALS_FORMAL)))


@lru_cache(maxsize=None)
def numeral_rx(mod: str) -> re.Pattern | None:
    """A run of numeral characters in the language, as :func:`parse_numeral` reads it: the common
    table with its decimal point and ASCII digits before a unit ("3千"), or two or more characters
    of the formal table (alone, a formal digit is a word: "队伍", "陆军"). None without tables."""
    L = get_lang(mod.rsplit(".", 1)[-1])
    if not L.NUMERALS:
        return None
    common = re.escape("".join(L.NUMERALS))
    digits = re.escape("".join(c for c, v in L.NUMERALS.items() if v < 10))
    units = re.escape("".join(c for c, v in L.NUMERALS.items() if 10 <= v < 1e4))
    scales = re.escape("".join(c for c, v in L.NUMERALS.items() if v >= 1e4))
    point = "|".join(re.escape(p) for p in L.NUMERAL_POINT) or "(?!x)x"
    run = (rf"(?:(?<![0-9A-Za-z_.,])\d+(?:\.\d+)?(?=[{units}]))?[{common}]+"
           rf"(?:(?:{point})[{digits}]+[{scales}]*)?")
    alts = [run]
    if L.NUMERALS_FORMAL:
        alts.append(rf"[{re.escape(''.join(L.NUMERALS_FORMAL))}]{{2,}}")
    return re.compile(rf"(?<![{common}])(?:{'|'.join(alts)})")


def _table_for(s: str, L: ModuleType) -> dict[str, float]:
    body = _ASCII.sub("", s, count=1) if s[:1].isdigit() else s
    for p in L.NUMERAL_POINT:
        body = body.replace(p, "")
    for table in (L.NUMERALS, L.NUMERALS_FORMAL):
        if body and table and all(c in table for c in body):
            return table
    return {}


def _integer(s: str, table: dict[str, float], first: float | None = None) -> float | None:
    total = 0.0  # groups closed by a scale
    group = 0.0  # the group being read (below the next scale)
    digit = first  # a digit waiting for its unit
    last_unit = 1e4  # units fall inside a group: "三千二百", never "三百二千"
    last_scale = float("inf")
    zero = False  # a "零" since the last unit: the digit after it is a one
    last = "start"  # what the last character was: digit, unit or scale
    for c in s:
        v = table[c]
        if v < 10:
            if digit is not None and digit != 0 or (v == 0 and last == "start"):
                return None  # two digits in a row ("三三两两"), or a leading zero
            if v == 0:
                zero = True
            else:
                digit = v
            last = "digit"
        elif v < 1e4:
            if digit is None:
                if v != 10 or group or total:  # only "十" stands for "一十", and only first
                    return None
                digit = 1
            if v >= last_unit:
                return None
            group += digit * v
            digit, last_unit, zero, last = None, v, False, "unit"
        else:
            if digit is not None:
                group += digit
                digit = None
            if not group or v >= last_scale:
                return None  # "万一", "千万" (no number before the scale), "亿万"
            total += group * v
            group, last_unit, last_scale, zero, last = 0.0, 1e4, v, False, "scale"
    if digit is not None:
        if not zero and last == "digit" and last_unit < 1e4 and last_unit > 10:
            digit *= last_unit / 10  # "三千五" = 3500, "一百五" = 150
        elif not zero and last == "digit" and last_scale != float("inf") and not group:
            digit *= last_scale / 10  # "一万五" = 15000
        group += digit
    value = total + group
    return value if (value or zero) else None


def _decimal(whole: str, frac: str, table: dict[str, float], first: float | None) -> float | None:
    """"三点五亿": the whole part, the digits after the point, then scales."""
    scales = ""
    while frac and table.get(frac[-1], 0) >= 1e4:
        scales, frac = frac[-1] + scales, frac[:-1]
    if not frac or any(table.get(c, 10) >= 10 for c in frac):
        return None
    w = _integer(whole, table, first) if whole else first
    if w is None and whole != "" and any(table.get(c) == 0 for c in whole) and len(whole) == 1:
        w = 0.0  # "零点五"
    if w is None:
        return None
    value = w + float("0." + "".join(str(int(table[c])) for c in frac))
    for c in scales:
        value *= table[c]
    return value
