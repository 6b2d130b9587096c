"""The objection window of a 公示 or 公告, and a call to members of the public: no duty of a unit.

A page that publishes a list, a result or a decision for comment closes with the window
in which anyone may object ("如有异议，请从即日起7日内向县扶贫办提出", "公示期间如有异议，
请于5月20日前向区人社局反映", "对公示对象有异议的，可在公示期内实名反映"). The sentence
names a right of the public and the office that receives the objection, not a duty handed
to that office: it is no task, whatever time it names. So is a call to members of the public to sign up
("欢迎广大市民参与，请自愿参加的人员于6月19日前报名", "请来访群众于…前预约登记") and a call for the whole
public's comments on a draft ("现向全社会公开征求意见，请将意见于…前反馈"): persons who may choose to come, not units.
"""

from __future__ import annotations

from tracker.extract.rules import rule

OBJECTION_WINDOW = rule(
    "objection_window",
    # Matched at the start of a sentence: the period may come first ("公示期间，").
    # So may an item's number, the window counted from the posting ("1、自公示之日起30日内，") and
    # the public named ("任何单位或者个人对…有异议的").
    r"(?:\d{1,2}[、.])?(?:[^。;,]{0,8}?(?:期间|期内|期限内)|自公示之日起[^。;,]{1,8}?内)?,?(?:任何单位(?:或者|或|和|及)个人)?"
    r"(?:如|若|凡|对[^。;,]{1,40}?)(?:有|存在)(?:异议|不同意见)",
    "scope",
    [("如有异议，请从即日起7日内向县扶贫开发领导小组办公室提出意见。", ["如有异议"]),
     ("1、自公示之日起30日内，任何单位或者个人对拟推荐的名单、申报材料有异议的，应当书面向某处提出。",
      ["1、自公示之日起30日内,任何单位或者个人对拟推荐的名单、申报材料有异议"]),
     ("公示期间如有异议，请于2027年5月20日前向区人社局反映。", ["公示期间如有异议"]),
     ("对公示对象有异议的，可在公示期内以书面形式实名反映。", ["对公示对象有异议"]),
     ("各乡镇要于5月20日前对有异议的名单进行复核。", []),
     ("请各单位于6月30日前报送意见。", [])],
    doc="Matched at the start of a sentence of a 公示 or 公告 page.",
)

# A call to members of the public who choose to take part: individuals, not units.
PUBLIC_CALL = rule(
    "public_call",
    r"[^。;]{0,40}?请(?:(?:自愿|有意)[^,;。]{0,12}?(?:人员|个人|市民|群众|居民|公众|人士)|(?:来访|广大)(?:群众|市民|居民|网民))"
    # comments asked of the whole public on a draft ("现向全社会公开征求意见，请将意见于7月26日前反馈至…")
    r"|[^。;]{0,120}?向(?:全|广大)?社会(?:各界)?(?:公开)?征求意见",
    "scope",
    [("欢迎广大市民积极参与开放日活动，请自愿参加活动的人员于6月19日前报名。",
      ["欢迎广大市民积极参与开放日活动,请自愿参加活动的人员"]),
     ("请有意报名的个人于5月10日前提交材料。", ["请有意报名的个人"]),
     ("请来访群众于1月21日上午前到所在地乡镇政府预约登记。", ["请来访群众"]),
     ("我局起草了《某办法》（征求意见稿），现向全社会公开征求意见，请将意见于7月26日前反馈至某中心。",
      ["我局起草了《某办法》(征求意见稿),现向全社会公开征求意见"]),
     ("现将征求意见稿印发给你们，请各单位于3月15日前反馈修改意见。", []),
     ("请有意申报的企业于3月30日前报送申报材料。", []), ("请各单位于6月30日前报送名单。", [])],
    doc="Matched at the start of a sentence.",
)
