"""Paragraphs that are no duty by their form alone: a bare date or period, a headline, a
signature date run into the title of what follows.

A page puts its signature date and its posting date on lines of their own; a notice gives
its campaign's period as the only line under "一、时间安排"; a news page heads its story
with an exclaimed line ("2027年，全市要办这些大事！"); a signature date written in Chinese
numerals runs into the title of the annex under it. Their years and days say when the page
was signed or what period a campaign spans: the duties are in the sentences around them.
"""

from __future__ import annotations

import re

from tracker.extract.normalize import NUMBERING, norm
from tracker.extract.rules import rule

# A paragraph (or a sentence) that is nothing but a date, perhaps after a list bullet or
# before characters the page lost (?), a weekday, a clock time or a span of hours, or a
# publication remark: the signature date run onto the last line, or a page's posting stamp
# ("•2027年01月23日", "二〇二七年七月", "2027年12月24日（此件公开发布）", "2027年09月01日12点09分"), or
# a meeting's time alone under "三、会议时间" ("2027年3月2日（星期二）上午9:00-11:00"). A
# signature keeps its form when a model text masks its day ("2027年9月xx日"), when the page lost
# its 日 ("2027年12月20", "二〇二七年四月二十三") or when a forum copy leaves it in a table cell
# ("2027年12月16日 |"); one in Chinese numerals may write January 元月 and its days 廿, 卅.
DATE_ONLY = rule(
    "date_only",
    r"^[•·]?(?:\d{4}|[〇○零O一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)月"
    r"(?:(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3}|[xX×*]{1,2})日|\d{1,2}(?=\|?$)|[一二三四五六七八九十廿卅]{1,3}$)?\?*"
    r"(?:\((?:星期|周)[一二三四五六日天]\)|(?:星期|周)?[一二三四五六日天]?)"
    r"(?:(?:上午|下午|中午|晚上)?\d{1,2}(?:点|时|:)\d{1,2}分?\d{0,2}(?:[-—~至]\d{1,2}(?:点|时|:)\d{1,2}分?)?"
    r"|\(此件(?:公开发布|不公开|主动公开)\))?。?\|?$",
    "scope",
    [("•2027年01月23日", ["•2027年01月23日"]), ("二〇二七年七月", ["二〇二七年七月"]),
     ("2027年1月5日?", ["2027年1月5日?"]), ("2027年1月5日????", ["2027年1月5日????"]),
     ("2027年12月24日（此件公开发布）", ["2027年12月24日(此件公开发布)"]),
     ("2027年09月01日12点09分", ["2027年09月01日12点09分"]), ("2027年04月21日 星期一", ["2027年04月21日星期一"]),
     ("二〇二七年七月八日。", ["二〇二七年七月八日。"]),
     ("2027年9月xx日", ["2027年9月xx日"]), ("2027年12月20", ["2027年12月20"]),
     ("2027年12月16日 |", ["2027年12月16日|"]),
     ("2027年3月2日（星期二）上午9:00-11:00", ["2027年3月2日(星期二)上午9:00-11:00"]),
     ("二〇二七年元月五日", ["二〇二七年元月五日"]), ("二〇二七年三月廿九日", ["二〇二七年三月廿九日"]),
     ("二〇二七年四月二十三", ["二〇二七年四月二十三"]),
     ("2027年7月底前", []), ("2027年7月8日12点前", []), ("2027年3月2日（星期二）中午12:00前", []),
     ("2027年12月20日前", [])],
)

# A line that only states a window, alone as a paragraph or as a task's whole text: a
# campaign's, a call's or an exam's time, given under its heading or its short label ("3月15日至4月15日。",
# "通告之日起至2027年10月20日", "2027年9-10月", "2、申报时间:7月1日—7月31日", "三、时间步骤 4月12日至10月31日。
# 分三个阶段进行。", "从1月9日（星期一）起至2月26日（星期日）止。"). It dates the duties it labels or stands
# under, stated elsewhere, and holds no work of its own, unless its label names the work ("调查时间：4月15日
# 至17日": the survey is the task). One rule for both readers: the implicit stage drops such a paragraph
# (``is_bare_line``), the window stage drops a task whose text is such a line (``is_window_only``).
_WORK_LABEL = "".join(f"(?<!{w})" for w in ("调查", "普查", "检查", "排查", "自查", "整治", "清理"))
_YEAR = r"(?:(?:19|20)\d{2}年)"
WINDOW_ONLY = rule(
    "window_only",
    r"^(?:[^,;。:\n]{0,4}?" + _WORK_LABEL + r"(?:时间|日期|时段|期限|时间安排|时间步骤)(?:为|:)?)?(?:从|自)?"
    r"(?:即日起?|本?(?:通告|公告|通知|公示)?(?:发布|下发|印发)?之日起?"
    r"|" + _YEAR + r"?\d{1,2}月(?:\d{1,2}日?(?:\([^()]{1,8}\))?)?|" + _YEAR + r"\d{1,2}(?=[-—至]\d{1,2}月))"
    r"(?:[^\d,;。:]{0,4})?(?:至|到|~|-|—|–|－){1,2}"
    r"(?:" + _YEAR + r"?\d{1,2}月(?:\d{1,2}日)?|" + _YEAR + r"?\d{1,2}日)"
    r"(?:\([^()]{1,8}\))?(?:止|结束)?(?:[。;,]?(?:分[一二三四五六七八九十两\d]个阶段进行|共\d{1,3}天))?[。;.]?$",
    "scope",
    [("3月15日至4月15日。", ["3月15日至4月15日。"]), ("2027年5月-2027年8月", ["2027年5月-2027年8月"]),
     ("2027年11月3日至2027年11月20日止。", ["2027年11月3日至2027年11月20日止。"]),
     ("通告之日起至2027年10月20日", ["通告之日起至2027年10月20日"]),
     ("即日起至2027年10月31日。", ["即日起至2027年10月31日。"]), ("2027年9-10月", ["2027年9-10月"]),
     ("2027年1月11日-13日", ["2027年1月11日-13日"]),
     ("申报时间:7月1日—7月31日", ["申报时间:7月1日—7月31日"]), ("比赛时间:4月3日-4月15日", ["比赛时间:4月3日-4月15日"]),
     ("时间步骤4月12日至10月31日。分三个阶段进行。", ["时间步骤4月12日至10月31日。分三个阶段进行。"]),
     ("2027年9月1日至12月30日(4个月)。", ["2027年9月1日至12月30日(4个月)。"]),
     ("活动时间即日起至12月9日。", ["活动时间即日起至12月9日。"]),
     ("从2027年1月9日(星期一)起至2月26日(星期日)止;", ["从2027年1月9日(星期一)起至2月26日(星期日)止;"]),
     ("3月15日至4月15日完成整治。", []), ("4月15日前", []), ("收到通知之日起至4月15日前报送", []),
     ("即日起至4月15日前报送", []), ("2027年9-10月完成", []),
     ("调查时间:2027年4月15日至4月17日。", []), ("项目单位申报时间为2027年4月1日至4月30日。", []),
     ("9月1日至30日,各乡镇要开展一次整治活动。", [])],
    doc="Matched on a whole paragraph, or on a whole task text with its number and spaces left out "
        "(``is_window_only``); a short label only: units before it make the window theirs "
        "(\"项目单位申报时间为…\").",
)

# A sentence stating only when a named period begins and ends ("本届科技周从2027年5月17日开始至5月22日结束。",
# "2027年的春运从2月2日开始，至3月13日结束，历时40天。", "这次征集的时间到11月30日结束。"): it tells the
# reader the period its duties fall in and asks no one for anything. Its subject holds no word of duty
# and no doer's work label ("整治时间从8月15日起，到11月30日结束": the clean-up is the task); a model
# text may mask the year ("**年").
_BOUND = r"(?:(?:(?:19|20)\d{2}|\*{1,4}|[xX]{2,4})年)?\d{1,2}月\d{1,2}日"
PERIOD_STATED = rule(
    "period_stated",
    r"^(?![^;。]*(?:调查|普查|检查|排查|自查|整治|清理)(?:工作)?的?时间)[^;。:要须需应请]{0,60}?" + _WORK_LABEL + r"(?:的)?(?:时间|期间)?(?:为|是)?"
    r"(?:(?:从|自)?" + _BOUND + r"(?:开始|起),?(?:至|到)|(?<=时间)(?:至|到))"
    r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日(?:结束|止)(?:,(?:历时|共计?)\d{1,3}天)?[。;]?$",
    "scope",
    [("本届科技周从**年5月17日开始至5月22日结束。", ["本届科技周从**年5月17日开始至5月22日结束。"]),
     ("2027年的春运从2月2日开始，至3月13日结束，历时40天。", ["2027年的春运从2月2日开始,至3月13日结束,历时40天。"]),
     ("这次作品征集的时间到11月30日结束。", ["这次作品征集的时间到11月30日结束。"]),
     ("据悉,此次登记是全省首次普查,从2027年8月1日起至12月31日结束。",
      ["据悉,此次登记是全省首次普查,从2027年8月1日起至12月31日结束。"]),
     ("整治时间从8月15日起,到11月30日结束。", []), ("各乡镇要从5月1日开始至5月31日结束自查。", []),
     ("各乡镇要从5月1日开始,至5月31日结束。", []), ("征集时间到11月30日。", []),
     ("活动从5月1日开始至5月31日结束,各单位要组织好。", [])],
    doc="Matched on a whole task text with its number and spaces left out (``is_window_only``).",
)


# A short exclaimed line with no due word: a news headline or a slogan ("2027年，全市要办
# 这些大事！"), not a duty.
HEADLINE = rule(
    "headline",
    r"^(?![^!]*前)[^;。!?:]{2,36}!$",
    "scope",
    [("2027年，全市要办这些大事！", ["2027年,全市要办这些大事!"]),
     ("确保2027年6月底前完成！", []), ("2027年，全市要办这些大事。", []),
     ("力争到2027年实现以下目标：某某网聚集在这里！", [])],
)

# A signature date in Chinese numerals run into the title below it ("二〇二七年七月七日
# 某市2027年民生工程目标"): the page's date, then a name.
SIGNED_TITLE = rule(
    "signed_title",
    r"^[〇○零O一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    r"(?![^,;。!?:]*前)[^,;。!?:]{2,40}$",
    "scope",
    [("二〇二七年七月七日　某市2027年民生工程目标", ["二〇二七年七月七日某市2027年民生工程目标"]),
     ("二〇二七年七月七日前完成验收", []), ("2027年7月7日某市民生工程目标", [])],
)

# The signer's name run into the signature date under it ("某某学院团委二〇二七年三月廿九日"): the
# page's date, in the Chinese numerals of a signature, after a name that asks nothing of anyone.
SIGNER_DATE = rule(
    "signer_date",
    r"^(?:(?![于在至到止前请要应须])[^,;。!?:\d]){2,30}?[〇○零O一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}|元)月"
    r"[一二三四五六七八九十廿卅]{1,3}日?。?$",
    "scope",
    [("共青团某某学院委员会二〇二七年三月廿九日", ["共青团某某学院委员会二〇二七年三月廿九日"]),
     ("某某县人民政府办公室二〇二七年元月五日", ["某某县人民政府办公室二〇二七年元月五日"]),
     ("请各单位于二〇二七年三月廿九日", []), ("各单位二〇二七年三月底前报送", []),
     ("某某学院2027年3月29日", [])],
    doc="A run of Arabic figures is no signature of this kind: DATE_ONLY reads the bare date.",
)


def is_bare_sentence(para_norm: str, start: int, end: int) -> bool:
    """Is the sentence ``para_norm[start:end]`` a headline, a signature date run into a title,
    or a bare date (the signature run onto the body's last line: "…取得胜利。二〇二七年七月八日")?"""
    piece = para_norm[start:end].rstrip("。")
    return bool(piece) and (piece.endswith("!") and HEADLINE.pattern.match(piece) is not None
                            or piece[0] in "〇○零O一二三四五六七八九" and SIGNED_TITLE.pattern.match(piece) is not None
                            or DATE_ONLY.pattern.match(piece.strip()) is not None)


def is_bare_line(para_norm: str) -> bool:
    """Is the paragraph a bare date or period, a headline, or a signature date run into a
    title or after its signer's name (no duty of its own)?"""
    # A headline ends with "!" (its $ may stand before a final line break): its lookahead
    # reads the whole paragraph, so it is tried on those only.
    return DATE_ONLY.pattern.match(para_norm) is not None or WINDOW_ONLY.pattern.match(para_norm) is not None \
        or SIGNED_TITLE.pattern.match(para_norm) is not None or SIGNER_DATE.pattern.match(para_norm) is not None \
        or para_norm.endswith(("!", "!\n")) and HEADLINE.pattern.match(para_norm) is not None


def is_window_only(text: str) -> bool:
    """Does ``text`` (a task's text as shown) only state a window (``WINDOW_ONLY``) or when a named
    period begins and ends (``PERIOD_STATED``), its item number and spaces left out?"""
    s = re.sub(r"\s+", "", norm(text))
    number = NUMBERING.match(s)
    s = s[number.end():] if number else s
    return WINDOW_ONLY.pattern.match(s) is not None or PERIOD_STATED.pattern.match(s) is not None
