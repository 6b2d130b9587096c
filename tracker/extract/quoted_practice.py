"""Practices named by a quoted run of steps: their time words are no due dates."""

from __future__ import annotations

from tracker.extract.rules import rule

# A practice named by a quoted run of short steps ("严格遵循“年初公布、年中检查、年底兑现、接受监督”的
# 原则", "按照“年初建账、逐月查账、年底交账”的督查制度", "采取“月抽查、季通报、年末考评”等措施"): its
# time words name when each step happens in general, no due date.
QUOTED_PRACTICE = rule(
    "quoted_practice",
    r"“(?:[^“”,;。、]{2,8}、){2,}[^“”,;。、]{2,8}”(?:的|等)?(?:[^,;。“”]{0,4}?)(?:原则|制度|机制|要求|模式|工作法|办法|措施|方式|流程)"
    # two steps named a system ("“半年述职、年底考核”制度"), or a run a sentence puts in force ("实行“…、…”")
    r"|“(?:[^“”,;。、]{2,8}、)+[^“”,;。、]{2,8}”的?(?:制度|机制)|(?<=实行|推行)“(?:[^“”,;。、]{2,8}、)+[^“”,;。、]{2,8}”",
    "not_due",
    [("各责任单位要严格遵循“年初公布、年中检查、年底兑现、接受监督”的原则，把任务落到实处",
      ["“年初公布、年中检查、年底兑现、接受监督”的原则"]),
     ("区政府办公室将严格按照“年初建账、逐月查账、年底交账”的督查制度，加强跟踪",
      ["“年初建账、逐月查账、年底交账”的督查制度"]),
     ("采取“月抽查、季通报、年末考评”等措施", ["“月抽查、季通报、年末考评”等措施"]),
     ("实行整体工作“半年述职、年底考核”制度", ["“半年述职、年底考核”制度"]),
     ("实行“每月重点抽查、每季全面检查、年底收官考核”，督促推进", ["“每月重点抽查、每季全面检查、年底收官考核”"]),
     ("按照“3月底前摸排、6月底前整改”的要求推进", []),
     ("确保“年底前完成、明年见效、长期坚持”", [])],
    doc="Checked from the quotation mark opening before a time phrase.",
)


# The same run of steps unquoted, put in force as a system ("实行年初签约、年底考核制度").
SYSTEM_STEPS = rule(
    "system_steps",
    r"(?:实行|推行|建立)(?:[^“”,;。、]{2,6}、)+[^“”,;。、]{2,6}(?:制度|机制)",
    "not_due",
    [("实行年初签约、年底考核制度", ["实行年初签约、年底考核制度"]), ("各区要于年底前建立考核制度", [])],
    doc="Searched around a time phrase: the phrase must lie inside the match.",
)


def in_quoted_practice(text_norm: str, start: int) -> bool:
    """Is the time phrase at ``start`` a step of a practice named in quotation marks, or of a run of
    steps put in force as a system (``SYSTEM_STEPS``)?"""
    q = text_norm.rfind("“", max(0, start - 40), start)
    if q >= 0 and "”" not in text_norm[q:start] and QUOTED_PRACTICE.pattern.match(text_norm, q) is not None:
        return True
    return any(m.start() < start < m.end() for m in SYSTEM_STEPS.pattern.finditer(text_norm, max(0, start - 30), start + 30))
