"""The objection window of a 公示 or 公告: the public may object within a period.

A page that publishes a list, a result or a decision for comment closes with the window
in which anyone may object ("如有异议，请从即日起7日内向县扶贫办提出", "公示期间如有异议，
请于5月20日前向区人社局反映", "对公示对象有异议的，可在公示期内实名反映"). The sentence
names a right of the public and the office that receives the objection, not a duty handed
to that office: it is no task, whatever time it names.
"""

from __future__ import annotations

from tracker.extract.rules import rule

OBJECTION_WINDOW = rule(
    "objection_window",
    # Matched at the start of a sentence: the period may come first ("公示期间，").
    r"(?:[^。;,]{0,8}?(?:期间|期内|期限内),?)?(?:如|若|凡|对[^。;,]{1,20}?)(?:有|存在)(?:异议|不同意见)",
    "scope",
    [("如有异议，请从即日起7日内向县扶贫开发领导小组办公室提出意见。", ["如有异议"]),
     ("公示期间如有异议，请于2027年5月20日前向区人社局反映。", ["公示期间如有异议"]),
     ("对公示对象有异议的，可在公示期内以书面形式实名反映。", ["对公示对象有异议"]),
     ("各乡镇要于5月20日前对有异议的名单进行复核。", []),
     ("请各单位于6月30日前报送意见。", [])],
    doc="Matched at the start of a sentence of a 公示 or 公告 page.",
)
