"""Contact lines: who to call about a document, not who does its work.

A notice closes with the person to ask ("四、联系人：张某，电话：1234567（市某局）"); a reply
closes with the clerk who handled it ("具体办理人：李某 联系电话：… 回复时间：…"). Such a line
names persons, numbers and perhaps an office in brackets, and may carry the signature's date run
onto it: none of this is a duty, its office no responsible unit. A task read from a line that opens
with a contact label is dropped; the duties stand in the sentences before it.
"""

from __future__ import annotations


from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm
from tracker.extract.rules import rule
from tracker.normtext import folded_from

# A line opening with a contact label, perhaps after an item number: "联系人：", "四、联系人及电话:",
# "（五）联系单位：", "具体办理人:", "经办人：", "联系电话：", "联系方式：".
CONTACT_LINE = rule(
    "contact_line",
    r"^(?:[一二三四五六七八九十]{1,3}、|\(?[一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])?"
    r"(?:具体)?(?:联系人|联系电话|联系方式|联系单位|办理人|经办人|承办人)(?:及(?:电话|联系方式))?:",
    "contact",
    [("四、联系人：张某，电话：1234567（市某局）", ["四、联系人:"]),
     ("具体办理人：李某 联系电话：12345678 回复时间：2027年8月19日", ["具体办理人:"]),
     ("联系人：王某  电话：1234567  某档案馆2027年2月", ["联系人:"]),
     ("（五）联系单位：某局某处。电话：1234567。", ["(五)联系单位:"]),
     ("请各单位明确联系人，于3月1日前报送。", []), ("三、请于3月1日前将联系人名单报送市某局。", [])],
)


def drop_contact_lines(lines: list[str], tasks: list[ExtractedTask]) -> list[ExtractedTask]:
    """``tasks`` without those whose text opens with a contact label or stands in a line that
    does (the second contact of "联系人：张某，电话：…（市某局）；李某，电话：…（市某局）")."""
    if not tasks:
        return tasks
    # Only a line or a text holding a colon can open with a label: the others (most lines of a
    # body) are not normalized.
    starts = [n for n in (norm(ln.strip()) for ln in lines if ":" in ln or "：" in ln)
              if n.find(":", 0, 16) > 0 and CONTACT_LINE.pattern.match(n)]
    return [t for t in tasks if not t.text or not _in_contact(t.text, starts)]


# The characters that fold to a colon: without one a text has no label (every label above, and
# the field labels of standing_duties, end with one). Tested by plain finds (a class search
# tests its set at every character of every line).
COLONS = ":："
assert sorted(folded_from(":")) == sorted(COLONS)


def has_colon(text: str) -> bool:
    """Does ``text`` hold a character that folds to a colon?"""
    return ":" in text or "：" in text


def _in_contact(text: str, starts: list[str]) -> bool:
    """Does ``text`` open with a contact label, or open one of the contact lines ``starts``?"""
    if not starts and not has_colon(text):
        return False
    n = norm(text)
    return bool(CONTACT_LINE.pattern.match(n)) or any(n[:20] in x for x in starts)
