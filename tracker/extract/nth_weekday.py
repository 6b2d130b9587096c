"""A weekday counted within each month or quarter: "每月的最后一个星期三", "每季度最后一个周五前",
"每月的第一、第三周的星期五".

The day moves with the calendar, so no day of the month names it; an RRULE with BYDAY says it
("FREQ=MONTHLY;BYDAY=-1WE"), a quarter's last one on the quarters' last months
("FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=-1FR"). The first occurrence after the issue date is due.
"""

from __future__ import annotations

from datetime import date, timedelta

from tracker.cn_numerals import cn_to_int
from tracker.deadlines import Deadline
from tracker.extract.dated import Hit
from tracker.extract.recurrence_start import recurrence_start
from tracker.extract.rules import rule
from tracker.recurrence import first_after

_DAY = {"一": "MO", "二": "TU", "三": "WE", "四": "TH", "五": "FR", "六": "SA", "日": "SU", "天": "SU"}

NTH_WEEKDAY = rule(
    "nth_weekday",
    r"(?<!原有的)(?<!原来的)(?<!原定的)(?<!原)每(?P<p>月|季度|季)的?(?P<n>最后一?个?|第[一二三四1-4](?:、第?[一二三四1-4])*个?)(?:周的?)?(?:星期|周)"
    r"(?P<w>[一二三四五六日天])(?:之?前|以前)?",
    "recurrence",
    [("党员于每月的最后一个星期三缴纳党费", ["每月的最后一个星期三"]),
     ("请于每季度最后一个周五前更新报送", ["每季度最后一个周五前"]),
     ("将每月的第一、第三周的星期五定为卫生日", ["每月的第一、第三周的星期五"]),
     ("每月最后一周周五下午开展活动", ["每月最后一周周五"]),
     ("现将原有的每月最后一周周五下午活动日调整为双周周五", []), ("每周五报送", []), ("每月第一个工作日报送", [])],
    doc="Searched in a paragraph; each match is a recurring duty's day.",
)


def _rrule(m) -> str | None:
    day = _DAY[m.group("w")]
    n = m.group("n")
    if n.startswith("最后"):
        counts = ["-1"]
    else:
        counts = [str(cn_to_int(x) if not x.isdigit() else int(x)) for x in
                  n.replace("第", "").replace("个", "").split("、")]
    if any(c not in ("-1", "1", "2", "3", "4") for c in counts):
        return None
    days = ",".join(c + day for c in counts)
    if m.group("p") == "月":
        return f"FREQ=MONTHLY;BYDAY={days}"
    if counts != ["-1"] and counts != ["1"]:
        return None  # "每季度第二个周五": which month of the quarter is not said
    months = "3,6,9,12" if counts == ["-1"] else "1,4,7,10"
    return f"FREQ=MONTHLY;BYMONTH={months};BYDAY={days}"


def may_count_weekday(text_norm: str) -> bool:
    """Whether ``text_norm`` may hold a weekday counted in a month or quarter (``weekday_hits``
    adds a due day even where the deadline scan found none)."""
    return "每" in text_norm and bool(NTH_WEEKDAY.spans(text_norm))


def weekday_hits(text_norm: str, hits: list[Hit], issued: date | None, dated: bool, show) -> list[Hit]:
    """``hits`` with each weekday counted in a month or quarter (``NTH_WEEKDAY``) in ``text_norm``
    as a recurring due day, first after a start the sentence states, else after the issue date
    (none when the issue date is not known); a hit inside its phrase ("每季度" of "每季度最后一个周五")
    gives way. A former day ("原有的每月最后一周周五…调整为…") is none."""
    if "每" not in text_norm:
        return hits
    found = []
    for s in NTH_WEEKDAY.spans(text_norm):
        rrule = _rrule(NTH_WEEKDAY.pattern.match(text_norm, s.start))
        if rrule is None:
            continue
        begins = recurrence_start(text_norm, s.start, issued)  # "从今年7月份起，将每月的第一、第三周的星期五…"
        first = first_after(rrule, begins - timedelta(days=1)) if begins \
            else first_after(rrule, issued) if issued and dated else None
        found.append(Hit(s.start, s.end, Deadline(first, "day", rrule, show(s.start, s.end)), src=text_norm, display=show))
    if not found:
        return hits
    kept = [h for h in hits if not any(f.start <= h.start < f.end for f in found)]
    return sorted(kept + found, key=lambda h: h.start)
