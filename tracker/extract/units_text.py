"""Units with roles as one line of text, for editing in a table cell.

``format_units`` writes ``市科技局(牵头)、市财政局(配合)``; ``parse_units`` reads that back,
and also what a clerk is likely to type instead: full-width brackets, other separators
(，,；; / spaces), and role words such as 主办 or 协办. A unit written without a role word
is ``responsible`` (责任单位). Brackets inside a name (各县（市、区）政府) are kept.
"""

from __future__ import annotations

import re
import unicodedata

from tracker.extract.lexicon import lexicon

ROLE_LABEL = {"lead": "牵头", "support": "配合", "responsible": ""}
# Words a clerk may write in the role bracket, and the role each means.
ROLE_WORDS = {
    **lexicon().role_of,
    **{label: role for label, role in lexicon().unit_labels.items() if label.endswith("单位")},
    "主责": "lead", "责任": "responsible", "负责": "responsible",
}
# When a unit is written twice with different roles, the stronger one stays.
ROLE_RANK = {"lead": 0, "responsible": 1, "support": 2}
_SEPARATORS = "、，,；;/／\n\t "
_OPEN, _CLOSE = "(（[［【", ")）]］】"
_SPACE_BEFORE_BRACKET = re.compile(r"\s+(?=[(（\[［【])")


def format_units(units: list[dict]) -> str:
    """``[{name, role}, …]`` as ``市科技局(牵头)、市财政局(配合)`` (responsible units bare)."""
    parts = []
    for u in units or []:
        name = (u.get("name") or "").strip()
        if not name:
            continue
        label = ROLE_LABEL.get(u.get("role") or "responsible", "")
        parts.append(f"{name}({label})" if label else name)
    return "、".join(parts)


def _pieces(text: str) -> list[str]:
    """Split on separators that are not inside brackets."""
    out, depth, buf = [], 0, []
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SEPARATORS:
            out.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    out.append("".join(buf))
    return [p.strip() for p in out if p.strip()]


def _role_suffix(piece: str) -> tuple[str, str]:
    """(name, role) for one piece: a trailing bracket holding a role word sets the role."""
    if piece and piece[-1] in _CLOSE:
        depth = 0
        for i in range(len(piece) - 1, -1, -1):
            ch = piece[i]
            if ch in _CLOSE:
                depth += 1
            elif ch in _OPEN:
                depth -= 1
                if depth == 0:
                    word = unicodedata.normalize("NFKC", piece[i + 1:-1]).strip()
                    if word in ROLE_WORDS and piece[:i].strip():
                        return piece[:i].strip(), ROLE_WORDS[word]
                    break
    return piece, "responsible"


def parse_units(text: str) -> list[dict]:
    """Read a units line back into ``[{name, role}, …]``, each name once (stronger role kept)."""
    out: list[dict] = []
    seen: dict[str, dict] = {}
    for piece in _pieces(_SPACE_BEFORE_BRACKET.sub("", text or "")):
        name, role = _role_suffix(piece)
        key = unicodedata.normalize("NFKC", name).replace(" ", "")
        if key in seen:
            if ROLE_RANK[role] < ROLE_RANK[seen[key]["role"]]:
                seen[key]["role"] = role
            continue
        seen[key] = {"name": name, "role": role}
        out.append(seen[key])
    return out
