"""Cells of a flattened table holding a cited document's title broken over lines."""

from __future__ import annotations

from tracker.extract.table_model import Token


def join_cited(toks: list[Token]) -> list[Token]:
    """A cited title broken over lines ("《上海市住房和城乡建设" / "管理委员会关于开展2024年" /
    "本市海绵城市建设工作的函》") as one cell, so that no line of it opens a row."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        close = None
        if t.norm.startswith("《") and "》" not in t.norm and not t.end:
            for j in range(k + 1, min(len(toks), k + 5)):
                if toks[j].end or toks[j].line != toks[j - 1].line + 1:
                    break
                opened = "".join(x.norm for x in toks[k:j + 1])
                if opened.count("《") <= opened.count("》"):
                    close = j
                    break
        if close is None:
            out.append(t)
            k += 1
            continue
        part = toks[k:close + 1]
        out.append(Token("".join(x.text for x in part), "".join(x.norm for x in part), t.line, opens=t.opens))
        k = close + 1
    return out
