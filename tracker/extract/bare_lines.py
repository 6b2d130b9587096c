"""Paragraphs that are no duty by their form alone: a bare date or period, a headline, a
signature date run into the title of what follows.

A page puts its signature date and its posting date on lines of their own; a notice gives
its campaign's period as the only line under "一、时间安排"; a news page heads its story
with an exclaimed line ("2027年，全市要办这些大事！"); a signature date written in Chinese
numerals runs into the title of the annex under it. Their years and days say when the page
was signed or what period a campaign spans: the duties are in the sentences around them.
"""

from __future__ import annotations

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

# A period standing alone as a paragraph ("3月15日至4月15日。", "通告之日起至2027年10月20日",
# "即日起至2027年10月31日", "2027年9-10月", "2027年1月11日-13日"): a campaign's, a call's or an
# exam's time, given under its heading; the duties that fill it are stated elsewhere.
PERIOD_ONLY = rule(
    "period_only",
    r"^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?|(?:19|20)\d{2}年\d{1,2}(?=[-—至]\d{1,2}月)"
    r"|(?:自|从)?本?(?:通告|公告|通知|公示)?(?:发布|下发|印发)?之日起?|(?:自|从)?即日起?)"
    r"(?:至|到|—|–|-|~)(?:(?:(?:19|20)\d{2}年)?\d{1,2}月(?:\d{1,2}日)?|(?<=日[至到—–\-~])\d{1,2}日)止?[。.]?$",
    "scope",
    [("3月15日至4月15日。", ["3月15日至4月15日。"]), ("2027年5月-2027年8月", ["2027年5月-2027年8月"]),
     ("2027年11月3日至2027年11月20日止。", ["2027年11月3日至2027年11月20日止。"]),
     ("通告之日起至2027年10月20日", ["通告之日起至2027年10月20日"]),
     ("即日起至2027年10月31日。", ["即日起至2027年10月31日。"]), ("2027年9-10月", ["2027年9-10月"]),
     ("2027年1月11日-13日", ["2027年1月11日-13日"]),
     ("3月15日至4月15日完成整治。", []), ("4月15日前", []), ("收到通知之日起至4月15日前报送", []),
     ("即日起至4月15日前报送", []), ("2027年9-10月完成", [])],
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
    return any(r.pattern.match(para_norm) for r in (DATE_ONLY, PERIOD_ONLY, SIGNED_TITLE, SIGNER_DATE)) \
        or para_norm.endswith(("!", "!\n")) and HEADLINE.pattern.match(para_norm) is not None
