"""A later clause naming a work of its own before its own date: another duty of the sentence.

A meeting's news or a plan runs several works into one sentence, each with its own date:
"…瀍河大道8月底要全线通车，某某立交9月底南北向通车"; "5月底前完成中转站验收；农村危房改造工作
7月底前全面完成". Each clause opens with what is to be done (a road, a project, a work), not
with a unit (``sentences.OWN_SUBJECT_DUE`` reads those), and then its own time: a duty of
its own, not a step of the clause before. A clause opening with its date alone ("，8月底前全部
完成") stays a step of the same work, unless it goes on to another act ("8月底前完成选聘，10月底完成
培训": ``new_dated_action``; a sentence so opening: ``new_dated_sentence``): in a passage with no
note, different actions each with its own date are separate tasks, while rising figures of the same
thing, a finish, the next step of a work started or a report on it stay its milestones.
"""

from __future__ import annotations

import re
from functools import cache

from tracker.extract.lexicon import alternation, lexicon
from tracker.extract.normalize import NUMBERING
from tracker.extract.rules import rule
from tracker.extract.subject_carry import subject_text

# A clause after a comma or semicolon: the work it names, perhaps a modal word, then its time
# (checked to reach the next date phrase).
TOPIC_DUE_OPEN = rule(
    "topic_due_open",
    r"(?<=[,;])(?P<topic>[^,;。、:()“”]{2,24}?)(?:今年|年内)?(?:要|须|必须|务必|确保|力争|争取|将|计划)?(?:在|于)?"
    r"(?=\d{1,2}月|年底|年内|“十一”|国庆|春节)",
    "topic",
    [("地铁1号线年底前要实现轨通，某某大道8月底要全线通车。", ["某某大道"]),
     ("5月底前完成中转站验收；农村危房改造工作7月底前全面完成。", ["农村危房改造工作"]),
     ("6月底前完成淘汰任务的60%，8月底前全部完成。", []),
     ("6月底前完成自查，并于8月底前报送。", []),
     ("2026年项目于9月底前全部完工，2027年项目于11月底前全部完工。", ["2027年项目于"]), ("5月底前开工，2027年底前完工。", []),
     ("各乡镇5月底前完成自查，到10月底前完成整改。", [])],
    value=lambda m: m.span("topic"),
    when=lambda m: _NOT_TOPIC.match(m.group("topic")) is None,
    doc="Checked to end right at the next date phrase of the sentence.",
)
# What opens a clause that is no work of its own: a linking word, a request, a manner, a time, a
# figure; or what ends it: a time clause ("经审核后于…").
_NOT_TOPIC = re.compile(r"(?:并|同时|其中|其余|其他|其它|力争|争取|确保|全部|全面|基本|到|至|从|自|截至|截止|预计|计划|最迟|最晚"
                        r"|分别|均|再|又|还|先|后|逐步|每|于|在|但|而|且|要|须|应|将|请|要求|首次|第一次|首批|当天|当日|次日"
                        r"|\d{1,3}(?!\d)|\d{4}年?度?$)|.*(?:后|时|以前|之前)$")  # a year may name the works ("2027年项目")
# A due phrase of a month or the year ("8月底", "7月底前", "“十一”前", "年内"), not a day an event happens.
_DUE = re.compile(r"前|底|末|旬|年内")
# An event held then ("…活动将于3月底举行"): no duty falls due.
_EVENT_AFTER = re.compile(r"(?:左右)?(?:举行|召开|举办|开幕)")


def opens_topic(para: str, a: int, hi: int, before, hit) -> bool:
    """Does the clause ``para[a:hi]`` (after a comma or semicolon) name a work of its own right
    before the one-off date phrase ``hit`` at ``hi``, after the one-off date ``before``?"""
    if hit.deadline.recurrence or before.deadline.recurrence or not _DUE.search(hit.deadline.text) or "|" in para \
            or _EVENT_AFTER.match(para, hit.end):
        return False  # a table cell's dated steps are its row's milestones
    m = TOPIC_DUE_OPEN.pattern.match(para, a)
    return m is not None and m.end() == hi and TOPIC_DUE_OPEN.when(m)


# A later clause opening with 并 and its own time ("…6月30日前完成整改，并于7月5日前报送整改报告"): the report
# or next act it hands out is a duty of its own, once the clause before is due by a stated date or period.
THEN_DATED_OPEN = rule(
    "then_dated_open",
    r"(?<=[,;])并(?:分别)?(?:于|在)",
    "then_dated",
    [("各乡镇要在6月30日前完成整改，并于7月5日前报送整改报告。", ["并于"]),
     ("请于3月底前报送计划，开展自查，并于10月底前报送自查报告。", ["并于"]),
     ("各单位要认真自查并于5月底前报送。", [])],
    doc="Checked to end right at the next time phrase of the sentence, after a time phrase holding a figure.",
)


def then_dated(para: str, a: int, hi: int, before) -> bool:
    """Does the clause ``para[a:hi]`` open with 并 and its own time phrase at ``hi``, after the time phrase
    ``before`` that states a date or a period ("6月30日前", "30个工作日内", not "放假前")?"""
    m = THEN_DATED_OPEN.pattern.match(para, a)
    return m is not None and m.end() == hi and re.search(r"\d", before.deadline.text) is not None


# A collective named by 各/每个 and a short noun ("各支部书记", "每个基层团委", "各系"): the subject of a clause
# of its own even where it names no office.
_COLLECTIVE = re.compile(r"(?:各|每个)[^,;。于在要应须请]{1,8}")


def own_subject(text_norm: str) -> bool:
    """Is ``text_norm`` the subject opening a later clause: units, a township, or a collective?"""
    return subject_text(text_norm) or _COLLECTIVE.fullmatch(text_norm) is not None


# A later clause opening with its own one-off date after at most a linking or modal word ("，10月底前完成培训",
# "；年底前全面完成入户安检", "，元月11日再将试卷发到各校"); not a target year ("，到2025年…").
_LEAD = r"(?:并|同时|再)?(?:要|须|需|应|务必|必须|确保|力争|争取)?(?:在|于)?"
DATED_ACTION_OPEN = rule(
    "dated_action_open",
    r"(?<=[,;])(?P<lead>" + _LEAD + r")(?:(?:19|20)\d{2}年)?(?:\d{1,2}月|元月|年底|年内|上半年|下半年)",
    "dated_action",
    [("8月底前完成人员选聘，10月底完成人员培训。", ["10月"]), ("9月底前完成商户排查；年底前全面完成入户安检。", ["年底"]),
     ("6月底前完成自查，确保2027年3月底前完成整改。", ["确保2027年3月"]), ("到2025年，覆盖率达到60%，到2027年，达到80%。", [])],
    value=lambda m: m.span("lead"),
    doc="Its lead (group ``lead``) is checked to end right at the next date phrase; ``new_dated_action`` then "
        "compares the two acts.",
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|万|亿|千|个|件|家|条|所|户|公里|平方米)?(?:以上|以下|左右)?|不低于|不少于|不超过|[“”\"《》()\s]")
# What finishes or follows from the work already named ("，4月底前全面竣工", "，明年6月竣工验收交付使用").
_FINISH = re.compile(r"竣工|完工|建成|投用|投入使用|交付|入住|搬进|通车|办结|清零|完毕")
# A work started in the clause before ("3月底前开工建设，4月底前搬进新居"): what follows is its next step.
_STARTED = re.compile(r"开工|动工|启动|开始")
# A report on the work done ("，9月10日前将整改情况报县政府"): its last step.
_REPORT = re.compile(r"报(?!警|名)|[送交]")
_ON_WORK = re.compile(r"情况|结果|总结|报告|进展")
_DUE_PHRASE = re.compile(r"前|底|末|旬|内|至|[-—~]")
# Days listed before one 前 ("3月25日、6月25日、9月25日前"): each of them a due date.
LISTED_DUE = re.compile(r"(?:[、和及]\d{1,2}月\d{1,2}日)+(?:之|以)?前")
# A dated clause that names a thing rather than giving a duty ("2020年年底完成整改的问题，…").
_NAMES_THING = re.compile(r"的[^,;。的]{1,3}$")
# The rest of a due time after its date ("4月19日17:00前", "7月25日下班前").
_DUE_TAIL = re.compile(r"[^,;。]{0,8}?(?:之前|以前|前)")
# Where the act of a clause ends: its punctuation, a quote it closes ("…完成整改任务”的要求"), or the next date.
_ACT_END = re.compile(r"[,;。]|”(?=的|[,;。]|$)|\d{1,2}月")


def _due_end(para: str, h) -> int:
    """Where the due phrase of the date ``h`` ends in ``para``, or -1 when it states no due time."""
    m = _DUE_TAIL.match(para, h.end)
    return m.end() if m else h.end if _DUE_PHRASE.search(h.deadline.text) else -1


@cache
def _act_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lx = lexicon()
    manner, generic = alternation(lx.action_manner), alternation(lx.action_generic)
    return (re.compile(f"^(?:{manner})+|(?:{manner}|[和及与、等])+$"), re.compile(f"(?:{generic})+$"),
            re.compile(f"(?:{manner})+$"))


def _act(text: str) -> tuple[str, bool]:
    """What ``text`` says is done, with figures, words of manner and generic endings set aside, and
    whether it ended with a generic word ("年度创建任务": the year's task of the work, its whole)."""
    edges, generic, manner_end = _act_words()
    t = edges.sub("", _FIGURE.sub("", text))
    bare = generic.sub("", t)
    return manner_end.sub("", bare), bare != t


def _other_act(first: str, later: str) -> bool:
    """Is ``later`` (the words after a date) an act other than ``first`` (the dated clause before)? Not when
    it ends on the same word (rising figures of one thing; "完成排查，…完成复查": the same check again), is a bare
    verb on the same thing ("完成自查，…完成整改"), finishes the work or the whole of its task, carries it
    further, follows a start, or reports on it."""
    (one, _), (two, whole) = _act(first), _act(later)
    if len(one) < 2 or len(two) <= 2 or later.startswith(lexicon().action_goes_on) or _FINISH.search(later) \
            or _STARTED.search(first) or one[-1] == two[-1] or (whole and len(two) <= 4):
        return False
    return not (_ON_WORK.search(later) and _REPORT.search(later) and not _REPORT.search(first))


def new_dated_action(para: str, c: int, hi: int, before, hit) -> bool:
    """Does the clause after the comma or semicolon ``para[c]`` open with its own one-off due date ``hit`` (at ``hi``)
    and go on to an act of its own, other than the act of the clause due ``before``? Different acts each with
    their own date are duties of their own ("8月底前完成选聘，10月底完成培训"); rising figures of the same thing
    ("…可办率不低于50%；…不低于70%"), a clause finishing the work or the whole of its task ("，4月底前全面竣工",
    "，12月底完成年度任务"), the next step of a work started ("3月底前开工，…"), carrying it further ("，12月底前
    进一步完善…") or reporting on it ("，9月10日前将整改情况报县政府") are its milestones."""
    if hit.deadline.recurrence or before.deadline.recurrence or "|" in para or _EVENT_AFTER.match(para, hit.end) \
            or not re.search(r"\d", before.deadline.text) or min(_due_end(para, hit), _due_end(para, before)) < 0:
        return False
    m = DATED_ACTION_OPEN.pattern.match(para, c + 1)
    if m is None or m.end("lead") != hi or para[c - 1] == "后" or _NAMES_THING.search(para, _due_end(para, before), c) \
            or re.search(r"[,;]", para[_due_end(para, before):c]):
        return False  # "…初审后，于…报送" (a relay: sentences.split_subjects), "N年底完成整改的问题，…" (a date naming
        # a thing), or a clause between the two dated ones (the dated clauses of one item's steps are not adjacent)
    return _acts_differ(para, c, before, hit)


def _acts_differ(para: str, c: int, before, hit) -> bool:
    """Is the act after the date ``hit`` other than the act of the clause dated ``before`` (cut at ``para[c]``)?"""
    a = _due_end(para, hit)
    later = para[a:(n.start() if (n := _ACT_END.search(para, a)) else len(para))]
    s = max(para.rfind(x, 0, before.start) for x in ",;。") + 1
    return _other_act(para[s:before.start] + para[max(_due_end(para, before), before.end):c], later)



# A later clause naming its own doer or thing before a request or modal word and its own time ("，盖章原件于6月20日前
# 寄送", "，其中重点来信应在9月15日前办结", "；值班名单请于2月2日前报办公室"), when that subject is no unit
# (``sentences.split_subjects`` reads those) and no linking word.
SUBJECT_DATED_OPEN = rule(
    "subject_dated_open",
    r"(?<=[,;])(?:其中)?(?P<subject>[^,;。:()“”]{2,30}?)(?:原则上)?(?:请|应当|应|须|必须|务必|要|需)?(?:在|于)",
    "subject_dated",
    [("各校6月10日前上传电子表格，盖章原件于6月20日前寄送教育局。", ["盖章原件于"]),
     ("各科室须在9月30日前办结来信，其中重点来信应在9月15日前办结。", ["其中重点来信应在"]),
     ("各科室5月底前完成自查，并于6月底前完成整改。", [])],
    value=lambda m: m.span("subject"),
    doc="Checked to end right at the next date phrase; ``new_subject_action`` then sets aside linking words, "
        "generic subjects (全部任务) and a report on the work.",
)


_FROM_EVENT = re.compile(r"之日|起|后")


def new_subject_action(para: str, c: int, hi: int, before, hit) -> bool:
    """Does the clause after ``para[c]`` name a subject of its own (a thing or doer, no unit, no linking or manner
    word alone) before its own one-off due date ``hit`` at ``hi``, after the clause due ``before``? A duty of its own
    ("…6月10日前上传电子表格，盖章原件于6月20日前寄送"; "…9月30日前办结来信，其中重点来信应在9月15日前办结"),
    unless it names the whole of the work ("，全部任务须于年底前完成": the last figure) or reports on it ("，整改
    情况须于6月10日前报县政府": the last step)."""
    if hit.deadline.recurrence or before.deadline.recurrence or "|" in para or _EVENT_AFTER.match(para, hit.end) \
            or min(_due_end(para, hit), _due_end(para, before)) < 0 or _FROM_EVENT.search(hit.deadline.text):
        return False  # "…信息要在决定作出之日起7个工作日内公开": a standing limit counted from each event, no one-off duty
    m = SUBJECT_DATED_OPEN.pattern.fullmatch(para, c + 1, hi)
    if m is None or _NOT_TOPIC.match(m.group("subject")) or len(_act(m.group("subject"))[0]) < 2:
        return False
    a = _due_end(para, hit)
    later = m.group("subject") + para[a:(n.start() if (n := _ACT_END.search(para, a)) else len(para))]
    s = max(para.rfind(x, 0, before.start) for x in ",;。") + 1
    return not (_ON_WORK.search(later) and _REPORT.search(later) and not _REPORT.search(para[s:c]))


def new_dated_duty(para: str, c: int, hi: int, before, hit) -> bool:
    """Does the clause after ``para[c]``, due by its own date ``hit``, hold a duty other than the clause due ``before``:
    another act after its date (``new_dated_action``) or a subject of its own before it (``new_subject_action``)?"""
    return new_dated_action(para, c, hi, before, hit) or new_subject_action(para, c, hi, before, hit)

_RANGE = re.compile(r"至|[-—~]")
_PREV_DUE = re.compile(r"(?:\d{1,2}月|\d{1,2}日|年)(?:底|末|[上中下]旬)?(?:之|以)?前|月底|月末|年底|年末")
_DATE_HEAD = re.compile(r"^(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}日)?|年底|年内)?[^,;。]{0,8}?(?:之前|以前|前|底|末)?,?")


def new_dated_sentence(text: str, prev: int, a: int, h_start: int, h_end: int, h_text: str) -> bool:
    """Does the sentence at ``a``, opening with its own due date (``text[h_start:h_end]``), go on to an act other
    than the last clause of the sentence before it ("…8月底完成散煤治理。9月底完成管网互通64公里")? Read as
    ``new_dated_action`` reads a clause: rising figures, a finish, a next step or a report keep it a milestone."""
    if not re.fullmatch(_LEAD, text[a:h_start]) or not (_DUE_PHRASE.search(h_text) or _DUE_TAIL.match(text, h_end)) \
            or _RANGE.search(h_text) or not _PREV_DUE.search(text, prev, a):
        return False  # a stage ("2024年至2026年…") or a sentence after a period named, not due ("…为1月至12月。")
    end = n.start() if (n := _ACT_END.search(text, h_end)) else len(text)
    if "|" in text[prev:end]:
        return False  # a table cell's dated steps are its row's milestones
    later = text[(m.end() if (m := _DUE_TAIL.match(text, h_end, end)) else h_end):end]
    first = text[prev:a].rstrip("。")
    return _other_act(_DATE_HEAD.sub("", first[max(first.rfind(x) for x in ",;") + 1:]), later)


# A clause opening with its doers and a word of duty ("饮食中心要…", "各乡镇也须…"), matched at the start
# of a clause (``others_first``, ``other_doers``).
DOERS_DUTY = rule(
    "doers_duty",
    r"(?P<doers>[^,;。]{2,30}?)[也还]?(?:要|应当|应|须|必须|需|务必)(?!求|急|对)",
    "subject",
    [("保卫处要在3月10日前完成门卫检查；后勤处要认真做好师生的后勤保障工作，3月15日前完成食堂检查。", ["保卫处要", "后勤处要"]),
     ("各支部要选派一名联络员，名单于5月8日前报办公室；各科室也要选派一名干事，于5月9日前报名单。", ["各支部要", "各科室也要"]),
     ("3月底前完成自查；同时要做好整改工作，确保按要求完成。", [])],
    value=lambda m: m.group("doers"),
    when=lambda m: own_subject(m.group("doers")),
    doc="The doers (group ``doers``) must read as units, a township or a collective.",
)


def _doers_open(para: str, a: int, hi: int) -> str | None:
    """The doers opening the clause at ``para[a:hi]`` before their word of duty, else None."""
    m = DOERS_DUTY.pattern.match(para, a, hi)
    return m.group(1) if m and DOERS_DUTY.when(m) else None


def other_doers(para: str, start: int, c: int, hi: int) -> bool:
    """Does the clause after ``para[c]`` open with doers of its own and their word of duty, before its own date at
    ``hi``, other than the doers of the piece from ``start``: "保卫处要在3月10日前…；后勤处要做好…，3月15日前…", "各支部
    要…，名单于3月18日前报…；各科室要抽调…，于3月19日前…"? Parallel duties of different doers are tasks of their own; after
    a comma the piece before must name its doers too ("…前完成，各单位要…" may go on with the same work)."""
    doers = _doers_open(para, c + 1, hi)
    if doers is None:
        return False
    m = NUMBERING.match(para[start:c])
    before = _doers_open(para, start + (m.end() if m else 0), c)
    return before != doers and (para[c] == ";" or before is not None)


def others_first(para: str, ms: int, me: int, hits: list) -> list:
    """The dated sentence ``para[ms:me]`` as (start, end, hits) pieces, cut at the ；/; before its
    first date when the duties before it are those of other doers ("甲中心要…；乙中心要…；丙中心要做好…，
    …于1月17日…"): the dated duty is the last doers' own, and the undated ones before it stay free
    for a window that binds them; else the sentence whole."""
    if not hits:
        return [(ms, me, hits)]
    c = para.rfind(";", ms, hits[0].start)
    if c < 0 or (last := _doers_open(para, c + 1, hits[0].start)) is None:
        return [(ms, me, hits)]
    starts = [ms] + [i + 1 for i in range(ms, c) if para[i] == ";"]
    if not any((d := _doers_open(para, x, c)) is not None and d != last for x in starts):
        return [(ms, me, hits)]
    return [(ms, c + 1, []), (c + 1, me, hits)]
