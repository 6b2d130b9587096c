"""Heading rows of a pipe task table: a short name alone, numbered with a Chinese numeral
or in another style than the task rows, heads the rows below it."""

from __future__ import annotations

import re

from tracker.extract.normalize import norm

_CN_SECTION = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
_SECTION_NO = re.compile(r"^[（(]?[一二三四五六七八九十]{1,3}[)）、.．]?$")


def is_section_row(values, unit_cells, last_no: str = "") -> bool:
    """A heading row: a short name and nothing else, numbered with a Chinese numeral or
    in another style than the task rows ("1 | 大力提振消费。" among rows "(7)", "(8)")."""
    number = values["number"].strip()
    if values["deadline"] or any(unit_cells.values()):
        return False
    name = values["title"] or values["text"] or values["section"]
    if not name and is_section_cell(norm(number)):
        return True  # "| 一、主要目标 | | |": the heading fills the first cell
    if _SECTION_NO.match(number):
        return 0 < len(norm(name)) <= 20 and not re.search(r"[，。；,;]", name)
    other_style = number and last_no and _number_style(number) != _number_style(last_no)
    return bool(other_style) and 0 < len(norm(name)) <= 20 and not re.search(r"[，；,;]|。.", name)


def _number_style(number: str) -> str:
    return "bracket" if number[:1] in "(（" else "digit" if number[:1].isdigit() else "other"


def is_section_cell(s: str) -> bool:
    """A heading row's only cell: "(一)综合年报表", "一、经济发展目标"."""
    return bool(_CN_SECTION.match(s)) and len(s) <= 40 and not re.search(r"[。;]", s)
