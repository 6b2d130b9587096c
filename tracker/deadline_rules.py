"""The grammar of deadline phrases: one regex, ``MASTER``, that finds them.

Everything here works on *normalized* text: folded by ``cn_numerals.fold`` and with
whitespace removed, so one regex covers "2019 年 12 月", "２０１９年" and "二〇一九年".
``tracker.deadlines`` maps positions back to the original text; ``tracker.deadline_resolve``
turns a match into a date or a recurrence, ``tracker.deadline_filters`` decides whether a
match in running text is a deadline at all.
"""

from __future__ import annotations

import re

from tracker.anchored_scan import AnchoredScan
from tracker.festivals import FESTIVAL_BEFORE

_DASH = r"[-—–~〜‐―至到]{1,2}"
_Y4 = r"(?:19|20)\d\d"
# 元月 is January ("2003年元月10日前"); 元 after a figure is money ("500元").
_MON = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|(?<![\d〇零一二三四五六七八九十百千万两])元(?=月)"
_DAY = (r"3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?"
        r"|十[一二三四五六七八九]?|[一二三四五六七八九]")
_NUM = r"\d{1,3}|[一二两三四五六七八九十百]{1,4}"

# Characters that, right before a year-less 年底/年内/月…, show that the phrase is not
# a deadline ("三年内" is relative, "每年" recurring, "近年" / "全年" vague).
_BARE_LB = r"(?<![\d〇○零一二三四五六七八九十两几多每近往历同上去前半周全该本今当明次元第])"

# A day may lose its 日 before 前 ("11月10前", "3月20之前"), or before the hour it is due by ("4月26中午
# 12点之前", "6月16上午11点前"): the clerk reads 11月10日前, 4月26日中午12点之前.
_LOST_DAY_END = r"(?:(?:上午|下午|中午|晚上?)?\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分|半)?))?(?:以|之)?前"
# A span of days in one month ("9月1日至30日", "5月8-12日") is due on its last day.
# A page may lose the 月 before 底 too ("2023年4底前"): the month's end.
_MONTH_BODY = (rf"(?:(?<!月)(?P<m0>{_MON}){_DASH})?(?P<m>{_MON})(?:月份?|(?<=年\d)(?=底前)|(?<=年1[0-2])(?=底前))"
               rf"(?:(?:(?P<d0>{_DAY})[日号]?{_DASH})?(?P<d>{_DAY})(?:[日号]|(?={_LOST_DAY_END}))|(?P<me>底|末)|(?P<xun>上中旬|中下旬|上旬|中旬|下旬|初|中))?")
# A page may lose the 月 of a date ("于128日前" for 于1月28日前, "分别于615日、1215日前"):
# three or four digits before 日, after 于/在 or in a list, are a month and a day when they
# split into a valid pair (``deadline_resolve`` checks the month and the day). Two digits
# that can be a day are one ("要在24日前撤除", "在31日前完成整改"), never 2月4日 or 3月1日.
# Two digits no day can be ("76日前": 7月6日前) are a month and a day as well. Before 前 the
# digits may also open their clause or follow the doer ("，76日前完成", "各村委会415日前要完成").
# A weekday written after such a day ("于711日(星期三)前") confirms one split (``deadline_days``);
# alone, without 前, it makes no date ("926日(星期六)正常上班" in a holiday notice is no duty).
# A clock between the day and 前 ("于78日17:00前") is part of the day.
_LOST_MD = r"(?:(?=\d{3,4}日)(?:1[0-2]|[1-9])\d{1,2}|3[2-9]|[4-9][1-9])"


def _weekday(group: str | None = None) -> str:
    """A bracketed weekday after a day ("(星期三)", "(本周三)"); its name is captured as ``group``."""
    name = f"(?P<{group}>" if group else "(?:"
    return rf"(?:\((?:本|下)?(?:星期|周|礼拜){name}[一二三四五六日天])\))"


_MD_WEEKDAY = _weekday("mdw")
_MD_WEEKDAY_U = _weekday()
# The hour of a day-only deadline, required when no 于/在 marks the day ("8日下午17:00前").
_DD_CLOCK = r"(?:(?:上午|下午|中午|晚上?)?\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分|半)?)|(?:上午|下午|中午|晚上?)?下班)"
# A page that lost the 月 may lose the clock's colon too ("于916日(周六)1200前": 12:00).
_MD_CLOCK = r"(?:(?:上午|下午|中午|晚上?)?(?:\d{1,2}(?::\d{2}|[时点](?:\d{1,2}分?)?)|(?:[01]\d|2[0-4])[0-5]\d)|下班|上午|下午|中午)?"
_LOST_MONTH = (rf"(?:(?<=[于在、和])|(?<![\d.\-/年月日号:])(?={_LOST_MD}日{_MD_WEEKDAY_U}?{_MD_CLOCK}(?:以?前|之前)(?!后)))"
               rf"(?P<md>{_LOST_MD})日{_MD_WEEKDAY}?(?={_MD_CLOCK}(?:以?前|之前)|[、和](?:1[0-2]|[1-9])\d{{1,2}}日)")
# A page may lose both the 年 and the 月 of a full date ("于2022418日前", "截止时间为2018629日") or
# the 月 alone after a written year ("2022年418日"): the digits after the year are a month and a
# day only where they split one way (or the weekday written after them picks one), or a span of
# days in one month whose dash was lost too where no day can be read ("2011137日": 1月3日—7日).
_LOST_YEAR_MD = rf"(?:(?<=\d{{4}})|(?<=\d年))(?P<ymd>\d{{2,5}})日{_weekday('ymw')}?"
_COMMON_BODY = (rf"{_LOST_YEAR_MD}|{_LOST_MONTH}|{_MONTH_BODY}"
                r"|(?P<half>上|下)半年度?(?:底|末)?"
                # "三季度季后10日": the day of the month after that quarter (a report schedule).
                rf"|第?(?P<q>[一二三四1-4])季度(?:(?:季后|结束后)(?P<qk>{_DAY})[日号天]|末|底)?"
                r"|(?P<heat>(?:采暖|供暖|取暖)(?:季|期))(?:开始)?"
                # "“十一”前" is 国庆 (quoted, never the number 十一), "“五一”前" the labour day;
                # 中秋节 and 端午节 by the lunar calendar.
                rf"|(?P<fest>{FESTIVAL_BEFORE})(?=之?前)"
                # "请于本月底前反馈", "本月25日前报送": the month of issue.
                rf"|(?P<tm>本|当)月(?:(?P<tmd>{_DAY})[日号]|(?P<tme>底|末))"
                # "下月10日前", "次月5日前", "下个月中旬": the month after the month of issue.
                rf"|(?P<nm>下个?|次)月(?:(?P<nmd>{_DAY})[日号]|(?P<nme>底|末)|(?P<nmx>上旬|中旬|下旬))"
                # "在月底前完成", "月底前报送" with no month before it: the month of issue. Not
                # after a month or a mask ("6月底", "xx月底前"), nor 每月/上月/同月.
                r"|(?<![\dxX*×_月每本当下次上个同年])(?P<bm>月)(?P<bme>底|末)(?=(?:以|之)?前)"
                # "本周五前", "下周一下班前": that weekday in the week of issue, or the week after.
                rf"|(?P<wk>本|下)(?:周|星期)(?P<wd>[一二三四五六日天]){_DD_CLOCK}?(?=(?:以|之)?前)"
                # "要在24日前撤除", "于5日前报送": a day with no month, after 在/于 and before 前,
                # is the next such day from the issue date (this month's, else the next month's).
                # Its hour may stand before the 前 ("务必于14日16时之前", "但8日下午17:00前"): with
                # an hour the day needs no 于/在 before it.
                rf"|(?:(?<=[于在])|(?<![\d.\-/年月日号:])(?=(?:3[01]|[12]\d|0?[1-9])[日号]{_DD_CLOCK}(?:以?前|之前)))"
                rf"(?P<dd>3[01]|[12]\d|0?[1-9])[日号](?={_DD_CLOCK}?(?:以?前|之前))")

_DATED = (rf"(?:(?<![\d.])(?P<y0>{_Y4})年?{_DASH}(?={_Y4}年))?"
          rf"(?P<Y>(?:(?<![\d.])(?P<y>{_Y4})|(?P<yc>[〇○零O一二三四五六七八九]{{4}})"
          r"|(?P<yr>今|本|当|明|次))年"
          # A page may lose the 年 between the year and a month ("202711月底前"): four digits
          # and a month still name both.
          rf"|(?<![\d.])(?P<yg>{_Y4})(?=(?:1[0-2]|[1-9])月|\d{{2,5}}日))")
# 年终 as a time ("在上半年结束时和年终分两次进行督查", "年终前完成"), not as a noun's
# first word ("年终考评", "年终总结"): only before 前/时, a clause end or an act.
_YEAR_END = r"终(?=前|之前|时|[,;。]|分|进行|开展|组织|集中|统一|全面)"
# A year-less 年中 as one of a duty's checkpoints ("于年中和年末分别组织一次自查", "年中前"),
# not the 年中 of 一年中 or 年中考核.
_MID_YEAR = r"中(?=前|之前|时|和|及|与|、)"
# 初步, 中央: words, not 年初, 年中; "2027年年内", "2027年年中" write the 年 twice.
_YEAR_TAIL = rf"(?P<ye>年?(?:底|末|内|{_YEAR_END}|中(?!央|心|国|华|共)|初(?!步))|度)"

# The day of the month after a period ends: "每季度末次月10日前", "每季度结束后10日内",
# "每季度首月10日前", "每半年结束后次月15日前". Tried before the bare 末/底 ending.
_AFTER_PERIOD = (r"(?:(?:结束|终了|末)(?:后|之后)?的?(?:次月|下月|下一个月)?|(?:次月|下月|首月|第[一1]个月)的?"
                 # "每季度报表在下季度第一个月的15日前", "每月数据于次月5日前": the report named between
                 r"|[^,;。\d]{0,6}?(?:在|于)(?:下个?|次|下一)(?:季度?|月|半年度?)(?:首月|第[一1]个月)?的?"
                 r"|(?P<last>最后一个?月|最后1个月|末月)的?|后)")

# "逢单月10日前", "每双月之十日前": the odd or the even months of the year, on one day.
# "一季度一通报", "一月一调度": one report in every period, as 每; "实行月报制度": a report
# every month, the system the sentence starts; "于季后10日内报送", "于月后5日前报送": the day
# after each quarter or month, written without 每 in running text;
# "各组一天汇报一次进展": one report a day, as 每天 (deadline_filters keeps a daily match only
# before a report or an update, never a rate such as "每天洒水3次").
# "原则上两个月召开一次", "三个月开展一次督查": a cycle of N periods told by its one act, without 每.
_CYCLE = (r"(?<![每按逐\d一两二三四五六七八九十])(?=(?:\d{1,2}|[一两二三四五六七八九十]{1,2})个?(?:月|周|天|季度)"
          r"(?:召开|开展|组织|举行|举办|通报|调度|报送|上报|汇报|报告|督查|检查)[一1]次)")
# "在3月、6月、9月、12月底前", "分别于4月、7月、10月、次年1月5日前": four or more months listed
# without 每, closed by a day and 前 — a report every quarter (or every other month) when they step
# evenly round the year (deadline_resolve checks the steps).
_MONTH_ROUND = (r"(?<=[在于])(?P<mls>(?:1[0-2]|[1-9])月(?:[、,和及与](?:次年)?(?:1[0-2]|[1-9])月){3,11})"
                rf"(?:底|末|(?P<mlsd>{_DAY})[日号])(?=(?:以|之)?前)")
_RECUR = (rf"{_MONTH_ROUND}|(?:逢|每)?(?P<par>[单双])月(?:之|的)?(?P<pd>{_DAY})[日号]|"
          rf"(?:每|按(?=季度|月)|逐(?=季度?|月|年|周)|(?<=实行)(?=[日周月]报制度)|一(?=(?:季度?|月|周)一(?:通报|调度|报告|报送))"
          # "于当周周五下午5点前完成申请": the Friday of each week in a weekly routine.
          rf"|当(?=周(?:周|星期)[一二三四五六日])|一(?=天(?:汇报|报告|报送|上报)一次)|(?<=[于在])(?=[季月]后\d)|{_CYCLE})(?P<en>\d{{1,2}}|[一两二三四五六七八九十]{{1,2}})?个?"
          r"(?P<eu>半个?月|半年度?|年度?|季度?|月|周|星期|天|日)的?"
          rf"(?:{_AFTER_PERIOD}(?P<rk>{_DAY})(?:个工作日|日|天|号)(?:内|以内)?"
          r"|(?P<rh>上|下)半年"
          r"|第?(?P<rq>[一二三四1-4])季度(?:末|底)?"
          # "每年6月、12月底前", "每年6月底和12月底前": the months of one yearly rule, listed.
          # "每年1、4、7、10月8日前": the months listed with 月 only after the last.
          rf"|(?:(?P<rm>{_MON})月(?P<rmlist>(?:(?:底|末)?[、和及与](?:1[0-2]|[1-9])月)+(?=底|末|\d|前|以前|之前))?"
          r"|(?P<rmb>1[0-2]|[1-9])(?P<rmblist>(?:、(?:1[0-2]|[1-9])){1,11})月)?"
          rf"(?:(?P<rd>{_DAY})[日号](?:[和、及与](?P<rd2>{_DAY})[日号](?:[和、及与](?P<rd3>{_DAY})[日号])?)?|[年月]?(?P<rme>底|末)"
          # "每月初": the first days of the month, read like 上旬.
          r"|(?P<rx>上旬|中旬|下旬|(?<=月)初(?!步)))"
          rf"|(?P<rm2>{_MON})月"
          # "每周一、四", "每周二和周五": the weekdays of one weekly rule, listed.
          r"|(?<=周|期)(?:周|星期)?(?P<rw>[一二三四五六日天])(?P<rwl>(?:(?:上午|下午|早上|晚上|中午)?[、和及与](?:周|星期)?[一二三四五六日天](?![次季月年])){0,6})(?!次))?"
          # "每季度末(分别在6月、9月和12月底)", "每半年(即6月、12月底前)": the months, named.
          r"(?:\((?:分别|即)?(?:在|于|为)?(?P<rml>(?:1[0-2]|[1-9])月(?:[、,和及与](?:1[0-2]|[1-9])月)+)"
          r"(?P<rmle>底|末)?(?:以?前)?\))?"
          r"(?:(?<=[^每按逐][日周月])报制度)?")

# Farming and flood seasons named as deadlines ("麦收前", "夏播结束前", "汛期前"): their
# start varies by year and place and the document does not fix it, so the phrase is kept
# with no date, like a duty relative to an event.
# The end of a five-year plan ("“十三五”末", "十四五期末"): the Nth plan ends in 1955 + 5N. Work set
# for the plan's span is due at its end as well, when the span is its time ("“十四五”期间，建成…",
# "力争在“十四五”期间开工建设", "确保“十四五”期间全面建成"), not when it only says which plan's
# work is meant ("报送“十五五”期间计划建成区", "“十四五”期间，…建设主要以…为重点", a table's title),
# nor in a condition on what may apply ("示范项目原则上在“十四五”期间开工建设").
_PLAN_END = (r"(?<!则上在“)(?<!则上在)(?P<plan>十[一二三四五六七八九]五)[\"“”']?(?:(?:时期|期)?末|期间(?:"
             r"(?=,?(?:建成|完成|新增|新建|实施|开工|实现|全面|基本|累计))"
             r"|(?<=[在于保]“十.五”期间)|(?<=[在于保]\"十.五\"期间)|(?<=[在于保]十.五期间)))")

# The freeze and the onset of winter ("封冻前必须完成秋翻", "争取在入冬以前…") likewise.
# A school's term ("各学校要在开学前进行安全自查", "开学初,各学校要召开…", "开学第一周",
# "开学后第一天将自查报告交中心校", "放假前", "确保在大学生离校前完成体检") counts from a day
# the notice does not give: likewise.
_FARM_SEASON = (r"(?:(?:三夏|三秋|麦收|夏收|秋收|夏播|秋播|夏种|秋种|春耕|春播|主汛期|汛期|封冻|上冻|入冬|开学|放假|离校|返校|寒假|暑假)"
                r"(?:结束|开始|到来)?(?=(?:之?前|以前)(?!后))"
                r"|(?<![寒暑])假期(?=(?:之?前|以前)(?!后))"
                # A holiday notice's "节日前", "节假日前", "在节前", "节前，…": the eve of the holiday it is about
                # (holiday_eve.py); never 环节, 季节, 细节, a named festival (春节前) nor "节前检查" as a name.
                r"|(?<![春秋庆午明动一环季细章关礼调音时])节(?:假日|日)(?=(?:之?前|以前)(?!后))"
                r"|(?:(?<=[在于,;。:])|^)节(?=(?:之?前|以前)(?!后))"
                r"|开学(?:初(?!期)|后?第[一1二2]周|后第[一1二2三3]天)"
                # The same day's hour in an urgent notice ("请于今日下午18:00时前上报"): kept as written.
                r"|(?:今日|今天)(?:上午|下午|晚上?)?\d{1,2}(?::\d{2})?(?:时|点)?(?:\d{1,2}分)?(?=之?前|以前))")

_RELATIVE = (r"(?P<rp>之日起|之日后|之日|之后|以后|后|起)?(?<![\d.月])"
             rf"(?P<rn>{_NUM})个?(?P<ru>工作日|日|天|个月|周|星期|小时|分钟|年)(?:内|以内|之内)")

def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made anonymous, for use inside a lookahead."""
    return "(?:" + re.sub(r"\(\?P<\w+>", "(?:", pattern) + ")"


# Every phrase starts with one of these; the leading lookahead lets the regex engine
# skip other characters cheaply (about 4x faster on running text).
_FIRST = r"[“\"劳中端到至每按逐逢单双季国元之以后起\d〇○零O一二三四五六七八九十两百上下第今本当明次年采供取麦夏秋春主汛封入开放日周月离返寒暑假节清]"

MASTER = re.compile(
    rf"(?={_FIRST})"
    r"(?P<pre>到|至)?"
    r"(?:"
    rf"(?P<rec>{_RECUR})"
    rf"|(?P<rel>{_RELATIVE})"
    rf"|(?P<agri>{_FARM_SEASON})"
    rf"|{_PLAN_END}"
    rf"|(?:{_DATED}|{_BARE_LB}(?={_unnamed(_COMMON_BODY)}|年[底末内]|年{_YEAR_END}|年{_MID_YEAR}))"
    rf"(?:{_COMMON_BODY}|(?(Y){_YEAR_TAIL}|年(?P<ye2>底|末|内|{_YEAR_END}|{_MID_YEAR})))?"
    r")"
    r"(?P<bef>以前|之前|前夕?)?"  # "“七一”前夕": on the eve
)

# Every phrase holds one of these characters a few characters after its start (the scan
# reads how far from MASTER itself, and checks that no phrase lacks them): MASTER is tried
# only in front of them.
MASTER_SCAN = AnchoredScan(MASTER, "年月日号天周期季时钟夏秋收播种耕汛冻冬学假校末底节旦庆午“\"")

# A year masked by a template or a copy ("201*年1月16日前", "20xx年底", "**年12月", "__年", or left
# out: "于年2月7日"), right before a phrase that names no year: the phrase is kept, with no date.
MASKED_YEAR = re.compile(r"(?:(?:19|20)\d?[*xX×]{1,2}|[*xX×_]{2,4})年$")
DROPPED_YEAR = re.compile(r"(?:^|(?<=[于为在至到:,、(\n]))年$")  # only before a month: "于年底前" is this year's
