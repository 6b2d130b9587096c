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

# The comments such a call asks for, in a later sentence of its paragraph ("意见建议请于11月23日前寄至某委",
# "征集意见截止时间为6月6日"): the public's, as the call is. With no call before it in the paragraph
# (a draft sent to units: "意见建议请于3月15日前反馈"), the sentence is the addressees' duty.
PUBLIC_COMMENTS = rule(
    "public_comments",
    r"(?:意见(?:和|及|、)?建议|(?:征集|征求|反馈)意见(?:的)?(?:截止)?(?:时间|日期))",
    "scope",
    [("意见建议请于2027年11月23日前寄至某委。", ["意见建议"]), ("征集意见截止时间为2027年6月6日。", ["征集意见截止时间"]),
     ("各单位要于5月10日前报送意见。", [])],
    doc="Matched at the start of a sentence whose paragraph made a public call before it.",
)


# A 公告's window told alone under its heading ("一、征集时间" over "自本公告发布之日起，至2027年11月20日止。"):
# the time the public may answer it. A window followed by what is done in it ("…止，禁止…") is no such line.
NOTICE_WINDOW = rule(
    "notice_window",
    r"自本?(?:公告|通告)(?:发布|公布|张贴)之日起,?至[^,;。]{2,16}?止(?:。|$)",
    "scope",
    [("自本公告发布之日起，至2027年11月20日止。", ["自本公告发布之日起,至2027年11月20日止。"]),
     ("自本通告发布之日起至2027年5月31日止，禁止在河道内采砂。", [])],
    doc="Matched at the start of a sentence.",
)


def public_call(para: str, start: int, end: int) -> bool:
    """Is the sentence ``para[start:end]`` a call to members of the public (``PUBLIC_CALL``), the
    comments asked for by such a call made earlier in its paragraph (``PUBLIC_COMMENTS``), or a
    公告's window told alone (``NOTICE_WINDOW``)?"""
    if PUBLIC_CALL.pattern.match(para, start, end) or NOTICE_WINDOW.pattern.match(para, start, end):
        return True
    if not PUBLIC_COMMENTS.pattern.match(para, start, end):
        return False
    opens = [0] + [i + 1 for i, ch in enumerate(para[:start]) if ch in "。;"]
    return any(PUBLIC_CALL.pattern.match(para, a, start) for a in opens if a < start)
