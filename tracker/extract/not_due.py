"""Passages whose time phrases state a scope, not a due date.

A document opens by saying why and on what it is written ("为贯彻…，现将…通知如下", "根据…，
制定本方案") and announces its guiding statements and expected targets under the year they
cover ("2024年全市教育工作的总体要求是：…", "一、2023年全区经济社会发展的主要预期目标"). The
years in them are the document's scope; the duties come after. A title's period standing on a
line of its own ("（2024—2026年）") is part of the title, and a year before a document's name
("2023年市《政府工作报告》") names that document.
"""

from __future__ import annotations

import re

from tracker.extract.campaign import PERIOD_STATEMENT, STAGES_AHEAD
from tracker.extract.list_rules import LIST_YEAR  # a list's year is a scope too (the rule lives with the lists')
from tracker.extract.objections import OBJECTION_WINDOW, public_call
from tracker.extract.reported_aims import reported_aim
from tracker.extract.rules import rule

# The purpose sentence opening a document: it names its grounds and announces what follows.
PREAMBLE = rule(
    "preamble",
    r"(?:为了?|根据|按照|依据|依照)[^。!?]*?"
    r"(?:(?:通知|意见|方案|安排|事项|要求|措施)如下|如下(?:意见|通知|方案|措施)|制定本(?:方案|意见|办法|细则|计划)"
    r"|制定[^。,;]{0,30}(?:方案|意见|办法|细则|计划|要点)(?:\([^()]*\))?"
    r"|现将[^。!?]*?(?:印发|下发|转发|下达)给你们,请[^。!?前]*)"
    r"(?:,[^,;。]{0,8})?[。:]?$",
    "scope",
    [("为贯彻落实全省工作会议精神，做好2027年的报表工作，现将报送日期通知如下，请遵照执行。",
      ["为贯彻落实全省工作会议精神,做好2027年的报表工作,现将报送日期通知如下,请遵照执行。"]),
     ("为全面落实区委部署，现就全区2027年重点工作，制定分工方案如下。",
      ["为全面落实区委部署,现就全区2027年重点工作,制定分工方案如下。"]),
     ("为夯实基础，结合实际，制定某某三年行动方案（2027—2029年）。",
      ["为夯实基础,结合实际,制定某某三年行动方案(2027—2029年)。"]),
     ("为确保2027年投资目标实现，现将项目计划下发给你们，请认真做好建设工作，确保全年目标完成。",
      ["为确保2027年投资目标实现,现将项目计划下发给你们,请认真做好建设工作,确保全年目标完成。"]),
     ("为确保按期完成，现将方案印发给你们，请于2027年3月底前上报实施情况。", []),
     ("为确保按期完成，各乡镇要于2027年3月底前上报方案。", [])],
    doc="A sentence opening with its grounds (为/根据/按照…) and ending by announcing the "
        "text that follows (…通知如下, 制定本方案) or handing it on (现将…印发给你们，请…, with no "
        "due date): its years are the document's scope.",
)

# A year (or a quarter of it) heading a guiding statement or a list of expected targets.
SCOPE_STATEMENT = rule(
    "scope_statement",
    r"(?:19|20)\d{2}年(?:第?[一二三四1-4]季度)?,?[^。;:,]{0,24}?"
    r"(?:总体要求|指导思想|总体思路|工作思路|主要预期目标|预期目标|主要目标|工作要点)(?:是|为)?(?=:|$)",
    "scope",
    [("2027年全市教育工作的总体要求是：坚持稳中求进", ["2027年全市教育工作的总体要求是"]),
     ("2027年第一季度，区政府工作总体要求是：围绕…", ["2027年第一季度,区政府工作总体要求是"]),
     ("2027年全区经济社会发展的主要预期目标", ["2027年全区经济社会发展的主要预期目标"]),
     ("2027年底前完成主要目标任务", [])],
    doc="The year a guiding statement or a list of expected targets covers is its scope.",
)

# A title's period on a line of its own, right under the title.
TITLE_PERIOD = rule(
    "title_period",
    r"^\((?:19|20)\d{2}年?[-—–~至到]{1,2}(?:19|20)\d{2}年?\)$",
    "scope",
    [("（2027—2029年）", ["(2027—2029年)"]), ("(2027-2029)", ["(2027-2029)"]),
     ("（2027年底前完成）", [])],
)

# A year naming a document or an event of that year: "2023年市《政府工作报告》", "2024年县《…》".
NAMED_YEAR = rule(
    "named_year",
    r"(?:19|20)\d{2}年(?:度)?[省市县区镇乡]?(?:政府)?[《<]",
    "scope",
    [("确保2027年市《政府工作报告》中提出的各项工作任务有力推进", ["2027年市《"]),
     ("关于印发2027年县《政府工作报告》确定的重点工作", ["2027年县《"]),
     ("确保2027年底前完成《规划》编制", [])],
)

# A span of years naming a plan ("制定完成2027年至2030年项目建设计划", "编制2026-2030年发展规划")
# or a winter campaign ("强化2027-2028年秋冬季大气污染防治执法检查"): the name, not the time due.
PLAN_SPAN = rule(
    "plan_span",
    r"(?:19|20)\d{2}年?[-—至到~](?:19|20)\d{2}年"
    r"(?:(?!完成|建成|编制|制定|出台|印发|实现|推进|开展|启动)[^\d,;。、()]){0,6}?"
    r"(?:规划|计划|方案|秋冬季(?![,;。、()前底末期]|攻坚期))",
    "scope",
    [("各市制定完成2027年至2030年项目建设计划", ["2027年至2030年项目建设计划"]),
     ("编制2026-2030年发展规划", ["2026-2030年发展规划"]),
     ("为提升2027-2028年省秋冬季大气污染防治执法检查的质量", ["2027-2028年省秋冬季"]),
     ("切实加强某某地区2027-2028年秋冬季大气污染防治工作", ["2027-2028年秋冬季"]),
     ("2027-2028年秋冬季前完成改造", []), ("2027-2028年秋冬季期间,每周调度", []),
     ("2027年至2028年完成规划编制", []), ("2027-2028年,每年修订计划", [])],
)

# A dated act already done by the issuer or a higher office, told as the ground of the
# document: a meeting that approved it ("经2027年2月18日区政府第38次常务会议研究同意",
# "已经2027年7月30日区政府常务会议审议通过") or a document issued that day ("民政部于
# 2027年10月24日下发《…》", "…总经理签发的《…》", a title right after the day: "2026年6月1日《某办法》实施以来",
# a news item's "3月16日，某市人民政府公布…"), or a day told with its time of day ("9月13日下午，…主持召开…",
# not "于12月29日上午报教务处"). Read at the end of the date; a date ending in 前 is a due date.
PAST_EVENT = rule(
    "past_event",
    r"(?<=日)[^,;。]{0,30}?(?:会议|常务会|常委会|党组会)[^,;。]{0,8}?(?:研究|审议|讨论)?(?:通过|同意|审定)"
    r"|(?<=[日月])(?:下发|转发|印发|发布|出台)了?(?=[《<])|(?<=日)[^,;。前]{0,40}?(?:下发|印发|发布|出台|签发|签署|颁布)的(?=[《<])|(?<=日)[《<](?=[^,;。》>]{1,40}[》>])"
    r"|(?<=日),[^,;。]{2,20}?(?:政府|办公厅|办公室|委员会|[部厅局委])(?:正式|联合)?(?:公布|发布|印发|出台|下发)了?"
    r"|(?<=日)(?:上午|下午|晚上)(?![^,;。]{0,8}前)(?!(?:报送|上报|报(?!告会)|交|送|提交)[^,;。]{0,10}?(?:办公室|[处科室局部厅委办]))",
    "not_due",
    [("经2027年2月18日区政府第38次常务会议研究同意，现将《分解》印发给你们", ["区政府第38次常务会议研究同意"]),
     ("《要点》已经2027年7月30日区政府第144次常务会议审议通过", ["区政府第144次常务会议审议通过"]),
     ("民政部于2027年10月24日下发《关于开展核查的通知》", ["下发"]), ("2023年3月20日县政府办印发的《某预案》废止", ["县政府办印发的"]),
     ("具体内容见2027年3月13日总经理签发的《关于开展征文活动的通知》", ["总经理签发的"]), ("对2026年6月1日《某办法》实施以来批准的项目", ["《"]),
     ("3月16日，某市人民政府公布2027年重点量化目标任务", [",某市人民政府公布"]), ("6月30日，县政府组织验收", []),
     ("2027年1月18日，省委办公厅、省政府办公厅联合下发通知，决定开展活动", [",省委办公厅、省政府办公厅联合下发"]),
     ("2027年9月13日下午，副区长某某主持召开区政府常务会议。", ["下午"]),
     ("各镇于9月13日下午5点前报送", []), ("于12月29日上午报教务处", []),
     ("各单位于2027年3月底前召开会议研究，提出意见", []),
     ("于2027年6月30日前印发实施方案", [])],
    doc="Applied with match() right after a date that does not end in 前 (a hand-in that morning is due).",
)

# A time named as the subject of a statement about it ("今年5—12月是我市争创文明城市的时间",
# "2027年是规划实施的收官之年", "2026年，是…最困难的一年", "某日是…的纪念日", "6月是…安全生产月"):
# it names a period or a day, no duty is due then.
SPAN_STATEMENT = rule(
    "span_statement",
    r"(?<=[年月日份]),?(?:是|为)[^,;。]{0,30}?(?:的时间|时期|阶段|期间|之年|关键年|攻坚年|收官年|开局年|的一年|纪念日"
    r"|(?:宣传|活动|生产|主题|服务|质量|文明|法治|消防|安全)月”?)"
    # "离年底还有4个月时间": the time left until then, told to urge, not a due date.
    r"|(?<=[年月日底末])(?:还有|尚有|仅剩|只剩|仅有|只有)[^,;。]{0,8}?(?:时间|天|个月|周)"
    # "4月5日至7日放假调休，共3天": the days of a holiday, no duty falls due on them.
    r"|(?<=[日号]),?[^,;。前]{0,10}?放假(?!前)|(?<=[年月日])[^,;。前]{0,16}?(?:会议|大会)期间",  # "今年市人代会议期间": a session
    "not_due",
    [("今年5—12月是我市争创文明城市的时间，各部门应行动起来", ["是我市争创文明城市的时间"]),
     ("2027年是规划实施的收官之年", ["是规划实施的收官之年"]),
     ("2026年，是本市经济发展最困难的一年。", [",是本市经济发展最困难的一年"]),
     ("2027年12月11日是自治区成立80周年的纪念日。", ["是自治区成立80周年的纪念日"]),
     ("今年6月是第26个全国“安全生产月”", ["是第26个全国“安全生产月”"]),
     ("今年六月份是全国第30个“安全生产月”", ["是全国第30个“安全生产月”"]),
     ("2027年3月31日为申报截止日期", []),
     ("目前，离年底还有4个月时间，各部门要狠抓落实", ["还有4个月"]),
     ("清明节：4月5日至4月7日放假调休，共3天。", ["至4月7日放假"]), ("10月1日—7日，全体师生员工放假；", [",全体师生员工放假"]),
     ("各科室9月30日放假前完成安全检查", []), ("在今年市七届人大二次会议期间，代表们提出建议", ["市七届人大二次会议期间"]),
     ("2027年6月底前为集中整治阶段", []),
     ("各地要于5月底为企业办结手续", [])],
    doc="Applied with match() right after a date that does not end in 前.",
)

# A sentence that states the document's guiding thought ("全面贯彻落实…精神，…", "深入践行…讲话精神，以…为…")
# or closes with the call to unite ("2027年，全市各级各部门要紧密团结在…周围，…"): its times are quoted nodes or the horizon.
GUIDING = rule(
    "guiding",
    r"(?:(?:19|20)\d{2}年,)?[^,;。]{0,20}?要?紧密团结在|(?:以[^,;。]{2,40}?为(?:指导|引领),)?为?了?(?:全面|深入|认真|坚决|进一步)?"
    r"(?:贯彻落实|学习贯彻|贯彻|践行)(?:[^,;。“]|“[^“”]{0,60}”){2,60}?(?:精神|思想),",
    "scope",
    [("全面贯彻落实党的代表大会精神，坚持稳中求进，到2027年实现翻一番。", ["全面贯彻落实党的代表大会精神,"]),
     ("深入践行总书记考察讲话精神，按照“11月前全面完成”的要求，严格落实责任。", ["深入践行总书记考察讲话精神,"]),
     ("以新时代中国特色社会主义思想为指导，深入贯彻全会精神，加快发展。",
      ["以新时代中国特色社会主义思想为指导,深入贯彻全会精神,"]),
     ("为贯彻落实市委关于全县2027年底实现整体搬迁的指示精神，经研究，决定于12月下旬启动搬迁。",
      ["为贯彻落实市委关于全县2027年底实现整体搬迁的指示精神,"]),
     ("为贯彻落实《意见》关于“继续办好，长期坚持”的精神，某班从现有规模基础上逐步扩大，2027年达到2000人。",
      ["为贯彻落实《意见》关于“继续办好,长期坚持”的精神,"]),
     ("2027年，全市各级各部门要紧密团结在党中央周围，着力推进高质量发展。", ["2027年,全市各级各部门要紧密团结在"]), ("各乡镇要认真贯彻通知要求，于6月底前完成排查。", [])],
    doc="Matched at the start of a sentence; the sentence holds no duty of its own "
        "(see not_a_duty: a modal with a time 要于/须在 keeps it).",
)

# Reported speech of a news item ("市委绩效办相关负责人表示，…我市将继续…"): what an official
# said, told by the page, not a duty the document sets.
REPORTED = rule(
    "reported",
    r"(?:[^,;。]{0,30}?(?:负责人|发言人|新闻发言人)|他|她)[^,;。]{0,4}?(?:表示|介绍|称)[,:]"
    # the reporter's own words: "记者从…获悉，", "记者了解到，", "据了解，"
    r"|(?:[^,;。]{0,12}?,)?(?:记者[^,;。]{0,40}?(?:获悉|了解到|获知)|据了解|(?:数据|统计)显示|据统计)[,:]",
    "scope",
    [("市教育局相关负责人表示，我市将于9月底前完成改造。", ["市教育局相关负责人表示,"]),
     ("6月23日，记者从市住建局日前召开的推进会上获悉，全市项目进展顺利。", ["6月23日,记者从市住建局日前召开的推进会上获悉,"]),
     ("据了解，督查的内容为2027年3月底前落实的整改任务。", ["据了解,"]), ("数据显示，1至5月受理来电250万件。", ["数据显示,"]),
     ("据市发改委主要负责人介绍：全年项目进展顺利", ["据市发改委主要负责人介绍:"]),
     ("他介绍，目前准备工作正有序进行，还计划在4月底举行揭牌仪式。", ["他介绍,"]), ("各单位主要负责人要于3月底前签字确认。", [])],
)

# A news page telling what a document lays down ("《通知》明确了28件实事的完成时限…",
# "《政府工作报告》对2027年全省发展作出的安排部署，…", "其他重点任务还包括…"): the document's
# content told about, no duty of its own (a duty it quotes, "《通知》要求，X要于…", follows a
# verb without 了).
DOC_REPORTS = rule(
    "doc_reports",
    r"[^,;。《]{0,40}?[《<][^》>]{1,40}[》>]"
    r"(?:(?:明确|提出|确定|规定|部署|列出|细化)了|对[^,;。]{1,40}?(?:作出|做出)了?(?:的|具体)?(?:安排部署|安排|部署))"
    r"|(?:其他|其余|此外,?)(?:的)?(?:重点)?(?:工作|任务|项目|实事)还?包括",
    "scope",
    [("《通知》明确了8件实事的完成时限和主要责任单位，其中6件要求在今年11月底前完成。",
      ["《通知》明确了"]),
     ("《政府工作报告》对2027年全省经济社会发展作出的安排部署，必须不折不扣抓好落实。",
      ["《政府工作报告》对2027年全省经济社会发展作出的安排部署"]),
     ("会议审议通过的《政府工作报告》明确了2027年的主要预期目标", ["会议审议通过的《政府工作报告》明确了"]),
     ("其他重点任务还包括完成国土空间总体规划编制，年内新增奶牛5万头。", ["其他重点任务还包括"]),
     ("《通知》要求，今年11月底前，市经信委要力争新增发放卡片。", []),
     ("各区要按照《方案》明确的时限于6月底前完成。", [])],
    doc="Matched at the start of a sentence; a modal with a time after it (要于/须在) keeps "
        "the sentence's own duty.",
)

# What the issuing government itself will do ("市政府将于年中、年末对…进行专项督查", "县政府将适时进行调度",
# "2028年，省委、省政府将继续实施一批…"): its own follow-up or plan, no duty it hands out.
ISSUER_OWN = rule(
    "issuer_own",
    r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?(?:同时,|此外,|(?:(?:19|20)\d{2}年|今年|明年),?)?"
    r"(?:[省市州县区旗]委、)?[省市州县区旗盟](?:人民)?政府将",
    "scope",
    [("市政府将于年中、年末对重点工作进展情况进行专项督查。", ["市政府将"]),
     ("（三）县政府将适时进行调度，按季度通报落实情况。", ["(三)县政府将"]),
     ("市委、市政府将对各项任务实施动态管理", ["市委、市政府将"]), ("2028年，省委、省政府将继续实施一批民生实事项目。", ["2028年,省委、省政府将"]),
     ("各县区政府要于6月底前完成摸底。", []), ("区政府办公室将每季度通报进展。", [])],
    doc="Matched at the start of a sentence. The government's office (政府办公室将每季度通报…) "
        "is a unit doing a duty of its own: kept.",
)

# A date in brackets with the issuer's name, under a text it signs ("（某部 二〇二七年一月
# 二十八日）"), or a document number opening the signature run into the addressees
# ("某府发〔2027〕8号 二〇二七年三月十七日 省政府各部门："): the page's date, no due date.
SIGNED_DATE = rule(
    "signed_date",
    r"\([^()\d,;。]{2,20}? ?(?:\d{4}|[〇○零O一二三四五六七八九]{4})年[^()]{1,8}日\)。?$"
    r"|[^,;。\d]{1,8}[〔\[]\d{4}[〕\]]\d{1,4}号 ?(?:\d{4}|[〇○零O一二三四五六七八九]{4})年",
    "scope",
    [("（某部　二〇二七年一月二十八日）", ["(某部 二〇二七年一月二十八日)"]),
     ("某府发〔2027〕8号二〇二七年三月十七日省政府各部门：", ["某府发〔2027〕8号二〇二七年"]),
     ("（2027年3月底前完成）", []), ("各单位2027年3月10日前报送。", [])],
    doc="Matched at the start of a sentence.",
)

_MODAL_TIME = re.compile(r"(?:要|须|务必|必须|应当|应)(?:在|于)")

# A clause that grants rather than binds: a policy's entitlement or relief ("…的企业可继续免征
# 五年企业所得税", "经批准，可以提前离岗") or an invitation to the public ("如有意见，可以于…前
# 反映"). Its times say how long the grant lasts or when one may act; nobody owes a duty then.
PERMISSION = rule(
    "permission",
    r"可以|可继续|可免|可[于在向按]|可享受|免征|免缴|免于",
    "not_due",
    [("2027年12月31日之前已完成改制的企业，自2028年1月1日起可继续免征五年房产税。", ["可继续", "免征"]),
     ("经省政府批准，2027年年底前省属企业可免缴国有资本收益。", ["可免"]),
     ("如有意见建议，可以于2027年10月14日前向县政府办公室反映。", ["可以"]),
     ("各乡镇要于2027年3月底前完成可行性研究。", [])],
    doc="Searched in a sentence; a sentence that also binds (要, 应, 须, 负责, 请) keeps its duty.",
)
_BINDS = re.compile(r"要|应|须|务必|负责|(?<![申邀])请|责任")


def not_a_duty(para: str, start: int, end: int) -> bool:
    """Is the sentence ``para[start:end]`` a preamble, a guiding statement, reported speech (not an aim
    it tells with its time: reported_aims), a report of what a document lays down, the issuer's own
    follow-up, a signature, a grant or an invitation (可以, 免征), the statement of a campaign's period or
    of its stages ahead, an objection window or a call to the public, whose time phrases set no due date?"""
    if PREAMBLE.pattern.match(para, start, end) or REPORTED.pattern.match(para, start, end) and not reported_aim(para, start, end) \
            or ISSUER_OWN.pattern.match(para, start, end) or SIGNED_DATE.pattern.match(para, start, end) \
            or OBJECTION_WINDOW.pattern.match(para, start, end) or public_call(para, start, end):
        return True
    if PERMISSION.pattern.search(para, start, end) and not _BINDS.search(para, start, end):
        return True
    # A period's statement going on with a duty due by its own date ("活动时间：…，但必须在1月20日前
    # 完成") keeps that duty, as a stage's or a guiding statement does.
    return (GUIDING.pattern.match(para, start, end) is not None or STAGES_AHEAD.pattern.match(para, start, end)
            or PERIOD_STATEMENT.pattern.match(para, start, end) is not None
            or DOC_REPORTS.pattern.match(para, start, end) is not None) \
        and _MODAL_TIME.search(para, start, end) is None


# The closing call to finish every task of the document in its year ("确保今年政府各项工作任务圆满完成",
# "确保2027年各项年度目标任务全面完成", "确保今年各项指标高质量完成"): set elsewhere, this is none.
EVERY_TASK = rule(
    "every_task",
    r"[^,;。]{0,8}?各项[^,;。]{0,8}?(?:任务|指标|目标)[^,;。]{0,6}?完成",
    "not_due",
    [("政府各项工作任务圆满完成", ["政府各项工作任务圆满完成"]), ("各项年度目标任务全面完成", ["各项年度目标任务全面完成"]),
     ("各项指标高质量完成", ["各项指标高质量完成"]), ("完成农村改厕任务", []), ("完成改厕指标", [])],
    doc="Matched right after a time phrase that follows 确保 (every_task).",
)
_ENSURE = re.compile(r"确保(?:在|于)?$")


def every_task(text_norm: str, start: int, end: int) -> bool:
    """Is the time phrase at ``text_norm[start:end]`` the year of a call to finish every task?"""
    return _ENSURE.search(text_norm, max(0, start - 3), start) is not None \
        and EVERY_TASK.pattern.match(text_norm, end) is not None


# A length of time that is a target value ("审批时间压缩至90个工作日以内", "办理时限缩短到
# 5个工作日内"), not a time limit for the duty.
DURATION_TARGET = rule(
    "duration_target",
    # A speech's or a session's length ("发言时间控制在10分钟内", "控制15分钟以内") is no due time either.
    r"(?:(?:压缩|缩短|压减|缩减|减少|降低|降|控制|减)(?:至|到|在|为)\d+(?:\.\d+)?个?(?:工作日|自然日|日|天|小时|个月|周|分钟)"
    r"|控制\d+分钟)(?:以内|之内|内)?",
    "not_due",
    [("全流程审批时间压缩至60个工作日以内", ["压缩至60个工作日以内"]),
     ("办结时间缩短到3个工作日内，年底前完成", ["缩短到3个工作日内"]),
     ("每位代表发言时间控制在8分钟内", ["控制在8分钟内"]), ("交流发言控制12分钟以内", ["控制12分钟以内"]),
     ("收到申请后5个工作日内办结", [])],
)
