"""The first stage: text that is no part of the document is taken out before reading.

Text copied from a government web page brings the page's furniture (where the page sits
in the site, reading tools, view counters, the posting time) and, on some sites, a
pinyin gloss after every character (關(guān)於). A furniture line is dropped whole; a
gloss is cut, so the document reads as its characters alone.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from itertools import accumulate

from tracker.extract.normalize import find_all, norm, norm_lines
from tracker.extract.rules import required_literals, rule, run

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"

PINYIN_GLOSS = rule(
    "pinyin_gloss",
    # A syllable in brackets right after a character, with a tone mark (or one of the
    # toneless particles), as reading aids print it.
    # (The bracket comes first so the scan skips other characters quickly.)
    # A toned syllable is a gloss after a Latin letter too: the character it glosses was
    # garbled by a wrong decoding ("推進" read as "七M(jìn)").
    rf"[(（](?:(?<=[\u3400-\u9fff][(（])\s?(?:[a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}|men|de|zi|me)"
    rf"|(?<=[A-Za-z][(（])\s?[a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}})\s?[)）]",
    "cut",
    [("推進(jìn)項(xiàng)目建設(shè)", ["(jìn)", "(xiàng)", "(shè)"]),
     ("我們(men)要抓緊(jǐn)落實", ["(men)", "(jǐn)"]),
     ("七M(jìn)東部石化基地", ["(jìn)"]),
     ("附件(a)和附件(b)", []), ("Plan(de)", []),
     ("市场监管局（牵头）", [])],
    on="original",
)

PORTAL_FOOTER = rule(
    "portal_footer", r"网站标识码|ICP备|公网安备|版权所有|[\[【](?:打印本页|关闭窗口|我要纠错)[\]】]",
    "furniture", [("网站标识码:1234000001 皖ICP备05001234号", ["网站标识码", "ICP备"]),
                  ("版权所有:某某市人民政府办公室", ["版权所有"]),
                  ("发布机构:区政府办 【打印本页】", ["[打印本页]"]),
                  ("牵头单位:市发改委", [])])

FURNITURE_LINE = [
    rule("site_position", r"^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|当前页面)[:>]",
         "furniture", [("当前位置:首页>政务公开>通知公告", ["当前位置:"]),
                       ("您的位置:首页>政策文件", ["您的位置:"]),
                       ("当前工作的位置:要前移", [])]),
    rule("page_tools",
         r"^(?:[\[【]?(?:听全文|分享到|打印本页|关闭窗口|打印|关闭|收藏|纠错|我要纠错)[\]】]?"
         r"|字号[:]?(?:[大中小]|默认|超大)*|扫一扫在手机(?:上)?打开当前页)(?=$|[:\s|/\[])",
         "furniture", [("听全文", ["听全文"]), ("分享到:", ["分享到"]),
                       ("【打印本页】【关闭窗口】", ["[打印本页]"]), ("字号:大中小", ["字号:大中小"]),
                       ("打印机采购工作要于6月底前完成", [])]),
    # A counter opening its line may stand empty: the page's script fills it in.
    rule("view_count", r"(?:浏览量|浏览次数|阅读量|阅读次数|访问量|访问次数|点击量|点击数|浏览)[:]?\d+次?"
         r"|^(?:浏览量|浏览次数|阅读量|阅读次数|访问量|访问次数|点击量|点击数):",
         "furniture", [("浏览量:128", ["浏览量:128"]),
                       ("发布时间:2024-03-05 来源:区政府办 浏览次数:57次", ["浏览次数:57次"]),
                       ("浏览次数: 来源:某县政府办公室 时间:", ["浏览次数:"]), ("访问次数:", ["访问次数:"]),
                       ("浏览全文后填写意见", [])]),
    rule("posting_time",
         r"^(?:发布|发文|成文|更新)?(?:时间|日期)[:](?:19|20)\d{2}-\d{1,2}-\d{1,2}",
         "furniture", [("时间:2023-06-01 09:30", ["时间:2023-06-01"]),
                       ("发布日期:2021-11-18", ["发布日期:2021-11-18"]),
                       ("时间:2023年6月1日前", [])]),
    rule("breadcrumb", r"^(?:首页|网站首页|主页)[>»›/]", "furniture",
         [("首页>政务公开>通知公告", ["首页>"]), ("首页 » 政策文件 » 通知", ["首页»"]),
          ("首页工作要抓实", [])]),
    rule("menu_item", r"^[•·▪◆◇■□►]\S{1,4}$", "furniture",
         [("• 首页", ["•首页"]), ("▪ 政务公开", ["▪政务公开"]), ("• 各乡镇要于3月底前完成排查", [])]),
    # A portal's information box: who posted the page and where it came from (the 文号
    # and 成文日期 lines of the box are kept: they name the document).
    rule("portal_box", r"^(?:解读单位|信息来源|来源|来自|发布部门|发布机构|索引号|解读类型)[:]", "furniture",
         [("解读单位: 某区管理区 来源: 某区管理区 发布日期: 2027年03月03日", ["解读单位:"]),
          ("发布部门: 某某市人民政府办公室", ["发布部门:"]), ("来源:县政府 2027-03-23 10:56", ["来源:"]),
          ("来自: 某区管委会", ["来自:"]),
          ("资金来源:由县财政安排", []), ("发布文号: 某府办函〔2027〕2号", [])]),
    rule("posting_clock",
         r"^(?:19|20)\d{2}(?:年|-|/|\.)\d{1,2}(?:月|-|/|\.)\d{1,2}日?\d{1,2}:\d{2}(?::\d{2})?$", "furniture",
         [("2027年07月23日 03:26:57", ["2027年07月23日03:26:57"]), ("2027-03-05 09:30", ["2027-03-0509:30"]),
          ("2027年7月23日", [])]),
    # A page's links to its neighbours and related pages, and its own address and keywords
    # ("上一篇：某某通知  下一篇：某某公告", "相关新闻", "本文链接：http://…", "本文关键词：某市,某项资金",
    # "设为首页 | 加入收藏"): the titles they show are other pages', their dates no due dates.
    rule("page_links",
         r"^(?:(?:上一篇|下一篇|上一条|下一条)(?=$|[:|]|下一篇|下一条)|(?:本文链接|本文关键词|原文链接)(?=:)"
         r"|相关(?:新闻|文章|阅读|链接|政策|文件)(?:推荐)?(?=$|[:|]|Related)|(?:发布评论|用户评论)(?=$|还能)"
         r"|(?:设为首页|加入桌面|加入收藏)(?=$|\|))",
         "furniture", [("上一篇：某区2027年植树节活动  下一篇：某镇召开安全生产会议", ["上一篇"]),
                       ("上一篇  下一篇", ["上一篇"]), ("上一条:公示", ["上一条"]),
                       ("本文链接：http://www.example.gov.cn/a/1.html", ["本文链接"]),
                       ("本文关键词：某市,专项资金", ["本文关键词"]), ("相关新闻", ["相关新闻"]),
                       ("加入桌面 | 设为首页 | 网站地图", ["加入桌面"]),
                       ("相关文件要于6月底前报送", []), ("上一篇文章的内容", []), ("设为首页的栏目要更新", [])]),
    # A page's list of links (related news, a ranking) in text saved as markdown: a line
    # that is nothing but a link ("## [2027年6月18日某某价格调整](http://…)").
    rule("link_line", r"^(?:#{1,6}|[-*])?\[[^\[\]]{1,160}\]\((?:https?:)?//[^()]*\)$", "furniture",
         [('## [2027年6月18日某某价格调整](http://www.example.gov.cn/t1.html "2027年6月18日某某价格调整")',
           ['##[2027年6月18日某某价格调整](http://www.example.gov.cn/t1.html"2027年6月18日某某价格调整")']),
          ("- [某某通知](https://example.gov.cn/a.html)", ["-[某某通知](https://example.gov.cn/a.html)"]),
          ("[附件1](http://example.gov.cn/f.doc)各镇要于6月底前填报。", [])]),
    # A posting's dateline with its byline ("2027年04月02日作者:来源:某部"): the page's date.
    rule("dateline", r"^(?:19|20)\d{2}(?:年|-|/|\.)\d{1,2}(?:月|-|/|\.)\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?"
         r"(?:作者|来源|信息来源|编辑|责任编辑|发布机构|浏览次数):", "furniture",
         [("2027年04月02日作者:来源:某部", ["2027年04月02日作者:"]),
          ("2027-04-02 10:15 来源:某县政府办", ["2027-04-0210:15来源:"]),
          ("2027年4月2日前,来源地要完成登记", [])]),
    # A news site's copyright notice ("豫都网版权与免责声明", "3、如因作品版权和其它问题可联系本网…").
    rule("site_notice", r"版权与免责声明|免责声明|本网[^。]{0,30}?(?:版权|转载|免责|稿件|作品|移除)"
         r"|(?:版权|转载|免责|稿件|作品)[^。]{0,30}?本网", "furniture",
         [("某某网版权与免责声明", ["版权与免责声明"]),
          ("3、如因作品版权和其它问题可联系本网，本网确认后将在24小时内移除相关争议内容。",
           ["作品版权和其它问题可联系本网", "本网确认后将在24小时内移除"]),
          ("本网格内的企业要于6月底前完成自查。", [])]),
    # A forum post's edit stamp and tools ("本帖最后由 某某 于 2027-1-5 16:57 编辑", "[复制链接]").
    rule("forum_stamp", r"^本帖最后由.{1,40}?编辑$|^[\[【]复制链接[\]】]$|^登录/注册后可看大图$", "furniture",
         [("本帖最后由 某社区发言人 于 2027-1-5 16:57 编辑", ["本帖最后由某社区发言人于2027-1-516:57编辑"]),
          ("[复制链接]", ["[复制链接]"]), ("本帖所列各项工作要于6月底前完成", [])]),
    PORTAL_FOOTER,
]

# A forum's anti-copy noise: runs of short random tokens hidden between the words of a post
# ("…交办的各项工作任务。* T9 W; Y+ m. y2 Q", "(公章) - a& v: M* E2 D"), each token one or two
# printable ASCII characters, several of them a letter or digit beside a mark ("W;", "Y+").
# A table's cells ("| 1 | 2 | ||") and figures ("1 2 3 4") mix no letter with a mark: they stay.
FORUM_JAMMER = rule(
    "forum_jammer",
    r"(?<!\S)(?=(?:[\x21-\x7e]{1,2}[ \t]+){0,12}?(?:[A-Za-z0-9][^\w\s]|[^\w\s][A-Za-z0-9])[ \t])"
    r"(?:[\x21-\x7e]{1,2}[ \t]+){3,}[\x21-\x7e]{1,2}(?!\S)",
    "cut",
    [("交办的各项工作任务。\n* T9 W; Y+ m. y2 Q", ["* T9 W; Y+ m. y2 Q"]),
     ("某某委员会(公章) - a& v: M* E2 D", ["- a& v: M* E2 D"]),
     ("| 1 | 2 | ||", []), ("编号 1 2 3 4 5", []), ("PM2.5 浓度下降 5 %", [])],
    on="original",
    when=lambda m: sum(1 for t in m.group().split() if len(t) == 2 and (t[0].isalnum() != t[1].isalnum())) >= 3,
)

# The page's reading tools run into the last line of the text ("二〇〇八年七月扫一扫在手机打开
#当前页用户登录…"): the line keeps what stands before them.
TRAILING_TOOLS = rule(
    "trailing_tools", r"(?<=\S)\s*扫一扫\s*在手机(?:上)?\s*打开当前页.*$", "cut",
    [("二〇二七年七月扫一扫在手机打开当前页用户登录", ["扫一扫在手机打开当前页用户登录"]),
     ("扫一扫在手机打开当前页", []), ("扫一扫二维码报名", [])],
    on="original",
)

# A page's address run into the text it shows ("http://www.example.gov.cn/t1.shtml为贯彻落实…"):
# the address goes, the text stays.
LEADING_URL = rule(
    "leading_url", r"^\s*https?://[\x21-\x7e]+\s*(?=[^\x00-\x7f])", "cut",
    [("http://www.example.gov.cn/a/t1.shtml为贯彻落实上级部署，现公告如下：", ["http://www.example.gov.cn/a/t1.shtml"]),
     ("网址：http://www.example.gov.cn", [])],
    on="original",
)

# Every gloss holds a Latin letter or a toned vowel: a line without one has none.
_GLOSS_LETTER = re.compile(f"[a-zü{_TONED}]")
# The rules anchored at the line's start are tried by one match of their alternation (each
# fails at the first character on nearly every line: one call instead of nine); the others
# are searched one by one. (Every anchored pattern opens with ^ and has no top-level |.)
_ANCHORED = re.compile("|".join(f"(?:{r.pattern.pattern})" for r in FURNITURE_LINE
                                if r.pattern.pattern.startswith("^")))
_FURNITURE_PATTERNS = [r.pattern for r in FURNITURE_LINE if not r.pattern.pattern.startswith("^")]
# Each of those holds one of a few words ("浏览", "本网", "ICP备" …): a line holding none of
# them (nearly every line) is passed by one search for the words, which has literal
# starts to jump to, instead of three patterns tried at every character.
_NEEDED = [required_literals(p) for p in _FURNITURE_PATTERNS]
_FURNITURE_WORDS = None if None in _NEEDED else re.compile(
    "|".join(re.escape(w) for w in sorted(frozenset().union(*_NEEDED), key=len, reverse=True)))
_ALL_WORDS = frozenset() if _FURNITURE_WORDS is None else frozenset().union(*_NEEDED)
_FURNITURE_CORE = tuple(sorted(w for w in _ALL_WORDS if not any(v != w and v in w for v in _ALL_WORDS)))


_FURNITURE_MAX = 160  # furniture lines are short; a paragraph is never dropped


def cut_glosses(text: str) -> str:
    """``text`` without the pinyin glosses after its characters."""
    if ("(" not in text and "（" not in text) or not _GLOSS_LETTER.search(text):
        return text
    spans = PINYIN_GLOSS.spans(text)
    return _cut_spans(text, spans) if spans else text


def _cut_spans(text: str, spans) -> str:
    """``text`` without the parts ``spans`` cover."""
    parts, last = [], 0
    for s in spans:
        parts.append(text[last:s.start])
        last = s.end
    parts.append(text[last:])
    return "".join(parts)


# Every run of anti-copy noise holds a letter or digit beside a mark: a line without one has none.
_JAMMER_MARK = re.compile(r"[A-Za-z0-9][!-/:-@\[-`{-~]|[!-/:-@\[-`{-~][A-Za-z0-9]")


def is_furniture(line: str, line_norm: str | None = None) -> bool:
    """Is ``line`` web-page furniture (position, tools, counters, posting time)?
    ``line_norm`` is its normalized form when the caller has it."""
    if not line.strip():
        return False
    n = norm(line) if line_norm is None else line_norm
    if len(line) > _FURNITURE_MAX:
        # A site footer may be one long line. (The rule first looks for its words, which
        # nearly every long line lacks, before trying its pattern at each character.)
        return bool(PORTAL_FOOTER.spans(n))
    # A line no rule's pattern finds anything in (nearly every line) is rejected by bare
    # searches, without building spans; a find is confirmed by the rules. (One pattern
    # joining them all was slower: it tried each anchored branch at every position.)
    return (_ANCHORED.match(n) is not None
            or (_FURNITURE_WORDS is None or _FURNITURE_WORDS.search(n) is not None)
            and any(p.search(n) for p in _FURNITURE_PATTERNS)) and bool(run(FURNITURE_LINE, n))


def clean_lines(lines: list[str], folds: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """The lines of a text without web furniture and with pinyin glosses cut, and the
    normalized form of each (every line is normalized once, here). ``folds``: filled with
    each line's fold (see ``norm_lines``)."""
    out, norms = [], []
    # The lines normalized in one call: norm keeps line breaks and never reads across
    # one, so the whole text's form, split at them, is each line's form.
    whole = norm_lines(lines, folds)
    # The lines holding a furniture word, found by one search of the whole text (no word
    # holds a line break): a short line holding none, whose start no anchored rule
    # matches, is no furniture (is_furniture's own first tests, without a call per line).
    worded = None
    forms = whole.split("\n")
    if _FURNITURE_WORDS is not None:
        # Plain finds of the words no other word holds (a line holding a word holds one of
        # those), cheaper than the alternation tried at every character of the text. Only
        # the short lines are searched (the test below reads no other: a long line is never
        # plain); a long one stands as an empty line, so the lines keep their indexes.
        short = [n if len(ln) <= _FURNITURE_MAX else "" for ln, n in zip(lines, forms)]
        text = "\n".join(short)
        found = [i for w in _FURNITURE_CORE for i in find_all(text, w)]
        # A line's index: how many lines end (line break included) at or before the word.
        ends = list(accumulate(len(n) + 1 for n in short)) if found else []
        worded = {bisect_right(ends, i) for i in found}
    for k, (ln, n) in enumerate(zip(lines, forms)):
        if not ln or ln.isspace():  # a blank line (many of a page) is kept as it is: no test below finds it
            out.append(ln)
            norms.append(n)
            continue
        cut = cut_glosses(ln) if "(" in ln or "（" in ln else ln
        if cut is not ln:
            n = norm(cut)  # a glossed furniture line ("瀏覽次數(shù):") reads as furniture once cut
            plain = False
        else:
            plain = worded is not None and k not in worded and len(cut) <= _FURNITURE_MAX and _ANCHORED.match(n) is None
        if not plain and is_furniture(cut, n):
            continue
        if "http" in cut and cut.lstrip().startswith("http"):
            url = LEADING_URL.pattern.match(cut)
            if url:
                cut = cut[url.end():]
                n = norm(cut)
        # A jammer run holds at least three blanks between its tokens: counting them (in C)
        # passes nearly every line before the pattern is tried at each blank.
        if " " in cut and cut.count(" ") + cut.count("\t") >= 3 and _JAMMER_MARK.search(cut):
            jammed = FORUM_JAMMER.spans(cut)
            if jammed:
                cut = _cut_spans(cut, jammed)
                n = norm(cut)
                if not n:
                    continue
                if is_furniture(cut, n):
                    continue
        if "扫一扫" in cut:
            tools = TRAILING_TOOLS.pattern.search(cut)
            if tools:
                cut = cut[:tools.start()]
                n = norm(cut)
        out.append(cut)
        norms.append(n)
    return out, norms


# Raw markup left in a page's text ("…通知如下:</span></p><p class="ql-block"><span>一、管控时限"):
# a block's end is a line break, other tags are no text, entities read as their characters.
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|tr|h[1-6]|table)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,400}>")


def strip_markup(text: str) -> str:
    """``text`` without HTML markup, when it holds any (block ends become line breaks)."""
    if "</" not in text and "<br" not in text and "<BR" not in text:
        return text
    return html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", text)))
