"""Does a string read as the name of an office or of a collective of units?

Names end in an office suffix of the lexicon (局, 委员会, 领导小组 …) or name a collective
by the level it stands for (各县（市、区）, 各乡镇, 各地); a clause (a number, a working
verb such as 开展 or 完成) or a verb with its object ("建设…平台") is never one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.extract.lexicon import lexicon
from tracker.extract.rules import rule
from tracker.extract.unit_each import each_kind

UNIT_SUFFIXES = lexicon().office_suffixes
_NAME_TAILS = lexicon().name_tails
# Collectives named by the administrative level they stand for.
_COLLECTIVE = re.compile(
    r"^(?:各|每个|全市各|全省各|全区各|各级|市属|区属|县属|市直|省直|区直|县直)?"
    r"(?:[省市县区乡镇]\([^()]*\)|(?:乡镇|街道|[县区乡镇市])\([^()]*\)[^、,;]{0,6}"
    # "各县、市", "各街道、镇", "各县（市）、区" (各 over both kinds of local government)
    r"|(?:[市县乡]|街道|乡镇)(?:\([^()]*\))?(?:、(?:[市县区乡镇]|街道|乡镇))+(?:\([^()]*\))?(?:人民政府|政府|党委|管委会)?)$"
    r"|^各地(?:方|市|区)?$"
    # A school's own collectives named by one word: "各系要…", "各班于…前上交…".
    r"|^(?:各|每个|全校各)(?:系|班|班级|年级)$"
    # "有关县区", "相关县（市、区）", "相关县（市）区", "其他市（州）": the levels a duty concerns, named without 各.
    r"|^(?:有关|相关|其他)(?:[县区市州]{1,3}|[县市州]\([^()]*\)[县区市]?)$"
    # "试点地区要…", "各试点城市于…前": the places a pilot runs in.
    r"|^(?:各|全部|所有)?试点(?:地区|城市|省份|省市|县区|县市|县|市|区)$"
    # "由属地和市公安局负责落实": the local authority where the matter lies, as one collective.
    r"|^属地$"
)
_COLLECTIVE_PLACE = re.compile(
    r"^(?:各|每个|全市各|各级|市属|区属|县属|省属)[^、,;()]{0,6}(?:区|县|市|州|盟|旗|乡镇|乡|镇|镇街|街道|村|社区|园区|开发区|校|园|省份|省)"
    r"(?:\((?:村|社区|居|街道|乡镇|乡|镇|场|园区)\))?$")  # 各村（社区）, 各乡镇（街道）, 各校, 各高校, 各镇街, 各省份
# The words after a bracketed level ("各县（市、区）政府", "各县（市）区"; not "各镇（街道）招生方案"):
# a name only when they end as an office or a level does.
_LEVEL_TAIL = re.compile(r"^(?:各|每个|全市各|全省各|全区各|各级|市属|区属|县属|市直|省直|区直|县直)?"
                         r"(?:乡镇|街道|[县区乡镇市])\([^()]*\)([^、,;()]{1,6})$")
# A name with its other name (often the office that does the work) in brackets after it.
# "生态环境厅（局）", "急救中心（站）", "护理院（站）": the office is of another kind in some places.
# "各学院（系）", "各系（部）": a school's teaching units are a 系 or a 部 in some schools.
_ONE_CHAR_KINDS = frozenset("局厅委办站所室处科系院部")
# A short quoted programme name inside a name ("区“两旧”专班", "市局“小金库”治理领导小组"):
# the name is read without it.
_QUOTED_INSIDE = re.compile(r"(?<=.)“[^“”。,;:]{1,10}”(?=.)")
_NUMBER_BRACKET = re.compile(r"\[\d")  # "〔2027〕": a document number's year, no name
_ALIAS = re.compile(r"^((?:[^()]|\([^()]{1,6}\)){2,}?)\(([^()]{1,12})\)$")  # "县（市）政府（管委会）" too
# The acting branch of an office written in brackets after its name (交管, 交警, 消防);
# a role (牵头) or a remark (下同, 暂定) in brackets is no branch.
_BRANCH = re.compile(r"^(?!暂|待|下同|同上)[\u4e00-\u9fff]{2}$")


def _branch(word: str) -> bool:
    return _BRANCH.match(word) is not None and word not in lexicon().role_of and word not in lexicon().not_names


# Words that make a string a clause rather than a name ("市属开发区至少引进…").
_CLAUSE_WORDS = re.compile(
    r"\d|至少|引进|培育|开展|推进|加强|实现|完成|落实|提高|达到|建成|要求|按照|根据|通过|进一步|"
    r"确保|支持|鼓励|积极|认真|切实|负责人|同志|(?<!申)请|申请(?=[区市县省州])|你|本单位|本部门|成立|情况|不再|"
    # "X部门转发Y司的通知", "签署意见并加盖学院公章": acts on papers; no office is named for them
    r"转发|印发|签署|加盖|交至|上交|登录|登陆|"
    # "发至X邮箱", "送至X": where papers go; "代表提前熟悉会(议)": an adverb inside a clause; "对X开展…": an object
    r"发(?:送)?至|送至|寄至|提前|^对(?![外口])|"
    # "…方案报区教育局": papers sent to an office (日报社, 晚报 are names)
    r"(?<![日晚周画学党警情])报(?:送|至)?[区市县省州乡镇我所]|联合[区市县省州乡镇]|"  # "X联合市Y局开展…": two units and a verb
    # a subject running on into its clause: "X部门每年共同组织…", "X部门动员组织…", "我委将委托…"
    r"每[年月季周日天]|(?:委|局|办|厅|部门|政府)(?:将|动员|每)|"
    # "以学院为单位": the kind of unit each part of the work is done by, no name of one
    r"^以[^以为]{1,12}为单位|"
    # a clause read as a name: a letter's words to its reader ("…感谢您…", "恳请贵局批准我局…"), an
    # act on others ("X梳理各Y", "要督促Z公司", "X联合同级Y部门"), a manner ("严格查处")
    r"您|我们|贵局|批准|感谢|梳理|严格|嚴格|要督促|联合同[级級]|"
    # "X自行到Y办理": the doer's manner inside a clause, no word of a name (a tail: "X自行…")
    r"自行(?=.)")
# A verb opening a phrase makes it a duty with its object ("建设区级数字化服务平台"),
# not a name; a verb followed by nothing but an office suffix (组织部, 推进办) is a name.
_VERB_LEAD = re.compile(
    r"^(?:建设|推进|推动|组织|制定|开展|完善|建立|健全|加快|加大|实施|落实|打造|构建|搭建|"
    r"培育|提升|提高|加强|做好|编制|整合|研究|出台|完成|实现|强化|深化|优化|规范|创建|"
    r"扩大|引导|促进|确保|启动|上线|形成|探索|谋划|筹建|改造|新建|报送|上报|提交|报请|呈报|抄送|反馈|提供|督促|责成)")
# Places named bare and counted under their level ("乐山、遂宁、眉山等6市", "尚贤、冠山等6个乡镇"):
# one collective, the count no clause.
COUNTED_PLACES = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}等[0-9一二三四五六七八九十]{1,3}个?"
                            r"(?:乡镇|街道|社区|县区|县市|市|县|区|乡|镇|村)(?:\([^()]{1,8}\))?$")
# A verb acting on a collective ("充分肯定各乡镇", "督促各部门"): a clause, never a name.
_VERB_ON_EACH = re.compile(
    r"^(?:充分)?(?:肯定|表扬|批评|督促|指导|协调|通报|希望|号召|动员|帮助|提醒|鼓励|支持|引导|组织)各")
# What may follow a leading verb in a name: 组织部, 推进办, 建设银行 (组织企业 is a duty).
_OFFICE_ENDINGS = frozenset([*"部办室科处局委组所站", "中心", "部门", "单位", "银行", "集团", "公司"])
_FIELD_SECTION = re.compile(r"[\u4e00-\u9fff]{2}[科处股室]")
# Meetings and fairs end in 会 like associations do ("招聘会", "推进会" are events).
_EVENT = re.compile(
    r"(?:招聘|博览|交易|洽谈|座谈|推进|现场|培训|交流|运动|发布|调度|推介|听证|论证|评审|展销|"
    r"表彰|动员|部署|总结|观摩|对接|联席|例|年|峰|展|常务|办公)会$")  # "区政府常务会", "区长办公会": meetings
# One township named by its place (清河头乡, 城关镇), not a word ending so (城乡, 特色小镇).
_TOWNSHIP_ENDS = lexicon().township_suffixes
_NOT_TOWNSHIP = lexicon().not_townships
# Words ending in 部 that are no office: quantifiers and places (全部, 内部, 局部, 干部).
_NOT_OFFICE_BU = re.compile(r"(?:全|内|外|局|干|大|底|顶|头)部$")
# Verbs ending in 行 that are no bank (人行, 农发行 are): "请一并贯彻执行", "全面推行".
_NOT_OFFICE_HANG = re.compile(r"(?:执|运|进|实|推|施|履|可|通|出|旅|试|例|先|并|流|践|遵|奉|力|盛|风)行$")

@lru_cache(maxsize=4096)
def looks_like_unit(name_norm: str) -> bool:
    """True when a normalized string reads as the name of an office or a collective."""
    if not 2 <= len(name_norm) <= 30:
        return False
    if name_norm.startswith("“"):
        # "“河长制”各责任单位": a quoted programme name qualifying the collective.
        close = name_norm.find("”")
        return 2 < close < len(name_norm) - 2 and looks_like_unit(name_norm[close + 1:])
    if "等" in name_norm and COUNTED_PLACES.match(name_norm):
        return True
    if "“" in name_norm and _QUOTED_INSIDE.search(name_norm):
        return _CLAUSE_WORDS.search(name_norm) is None and looks_like_unit(_QUOTED_INSIDE.sub("", name_norm))
    if re.search(r"[。:;,，!?“”《》]", name_norm) or _CLAUSE_WORDS.search(name_norm):
        return False
    if "各" in name_norm and _VERB_ON_EACH.match(name_norm):
        return False
    if name_norm.startswith(("配合", "协助")) and len(name_norm) > 4 and looks_like_unit(name_norm[2:]):
        return False  # "配合人社部门在…前办结": the verb before the unit it helps (配合单位 is a name)
    tail = _LEVEL_TAIL.match(name_norm) if ")" in name_norm else None
    if tail and not (tail.group(1).endswith(UNIT_SUFFIXES) or tail.group(1)[-1] in "市县区旗州镇乡"):
        return False  # "各镇（街道）招生方案": the levels' papers, not their office
    if _COLLECTIVE.match(name_norm) or _COLLECTIVE_PLACE.match(name_norm) or name_norm.startswith(("各", "每个")) and each_kind(name_norm):
        return True
    if name_norm.endswith("]") and "[" in name_norm and not _NUMBER_BRACKET.search(name_norm):
        # "各县〔市、区〕政府〔管委会〕": square brackets (〔〕 folded) read as round ones in a name.
        return looks_like_unit(name_norm.replace("[", "(").replace("]", ")"))
    alias = _ALIAS.match(name_norm) if name_norm.endswith(")") else None
    if alias:  # "各省级商务主管部门（茧丝办）": the office and, in brackets, its other name
        # "区公安分局（交管）": a short bracket names the branch of the office that acts.
        # "生态环境厅（局）": the office is a 局 in some provinces.
        other = alias.group(2)
        # "各学院（研究院）": the other kind may open with a verb (研究院) when it is a kind alone.
        return looks_like_unit(alias.group(1)) and (looks_like_unit(other) or _branch(other) or other in _ONE_CHAR_KINDS
                                                    or len(other) <= 3 and other[-1] in "院所系")
    if not name_norm.endswith(UNIT_SUFFIXES):
        return False
    if name_norm.endswith("会") and _EVENT.search(name_norm):
        return False
    if name_norm.endswith("部") and _NOT_OFFICE_BU.search(name_norm):
        return False  # "问题全部", "企业内部": a quantifier or a place, not an office
    if name_norm.endswith("行") and _NOT_OFFICE_HANG.search(name_norm):
        return False
    if name_norm.endswith("部署"):
        return False  # "政府重大决策部署": a decision deployed, no 署 (海关总署)
    if name_norm.endswith("出台"):
        return False  # "文件出台3日内报告": a document issued, no 电视台
    verb = _VERB_LEAD.match(name_norm)
    # "组织人事科", "组织宣传处": the verb names a field with another, then a section of an office.
    return verb is None or name_norm[verb.end():] in _OFFICE_ENDINGS or _FIELD_SECTION.fullmatch(name_norm, verb.end()) is not None


def verb_ends_name(name_norm: str, verb: str) -> bool:
    """True when ``verb`` closing ``name_norm`` is the tail of an office word, so no verb:
    "各社会组织接到通知后…", "各基层党组织对照…" (组织 ends 社会组织, 党组织)."""
    return name_norm.endswith(_suffixes_over(verb)) and looks_like_unit(name_norm)


@lru_cache(maxsize=1024)
def _suffixes_over(verb: str) -> tuple[str, ...]:
    """The office words longer than ``verb`` that end with it (组织: 社会组织, 党组织), for one
    C-level test of a name's end (the verbs are few, the office words many)."""
    return tuple(suf for suf in UNIT_SUFFIXES if len(suf) > len(verb) and suf.endswith(verb))


def clause_like(piece: str) -> bool:
    """Does ``piece`` read as a clause (a number, a working verb, a verb with its object), never a
    field of work? A verb alone is a field's name too ("组织、人事等部门")."""
    verb = _VERB_LEAD.match(piece)
    return _CLAUSE_WORDS.search(piece) is not None or (verb is not None and verb.end() < len(piece))


def township_name(name_norm: str) -> bool:
    """A township's name: a place of two to five characters and 乡/镇 ("清河头乡"). Read only
    as the subject of a clause ("清河头乡要…", "；清河头乡三天内完成…"): a lone line naming a
    township is as often a place a table row is about."""
    return 3 <= len(name_norm) <= 6 and name_norm.endswith(_TOWNSHIP_ENDS) \
        and not name_norm.endswith(_NOT_TOWNSHIP) and _VERB_LEAD.match(name_norm) is None \
        and _CLAUSE_WORDS.search(name_norm) is None \
        and re.search(r"[的、()]", name_norm) is None


def township_list(name_norm: str) -> bool:
    """One township or several named by their places ("城关镇、河西乡"), as a clause's subject."""
    return all(township_name(p) for p in name_norm.split("、"))


# A narrow table column breaks a name over lines, a few characters a line ("市政/府办/公厅",
# "市/监/察/局"): pieces that are no name, joined up to the longest join that is one.
_BROKEN_PIECE = 4  # the longest piece of a broken name but its last
_BROKEN_PIECES = 8
# A leader's name in the column before the units ("责任领导" / "责任单位" flattened one cell a
# line: "王立新" / "县住建局") is a person, not the first piece of a broken name: a short
# piece with no level word, followed by a whole name that opens with its level.
PERSON_BEFORE_UNIT = rule(
    "person_before_unit",
    r"^(?!中共|国网|中国|国家)[^\W\d省市县区州盟旗镇乡街][^\W\d]{1,2}/(?=[省市县区州盟旗镇乡街])",
    "person",
    [("王立新/县住建局", ["王立新/"]), ("赵敏/市交通运输局", ["赵敏/"]),
     ("市政/府办公厅", []), ("中共/县委办公室", []), ("县农业/农村局", []), ("发改/委", [])],
    on="original",
    when=lambda m: looks_like_unit(m.string[m.end():].rstrip("\t")) and not looks_like_unit(m.group()[:-1]),
)


def broken_name_runs(pieces: list[str]) -> list[tuple[int, int]]:
    """Runs ``(i, j)`` of ``pieces[i:j]`` (lines of one cell, normalized) that form one name
    each: a short piece that is no name is joined to the pieces after it when the join is
    one; every other piece is a run of its own. A piece ending in a tab is followed by no
    line break (it is joined to nothing after it)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        best = None
        first = pieces[k]
        if len(first.rstrip("\t")) <= _BROKEN_PIECE and not first.endswith("\t") \
                and not looks_like_unit(first) \
                and not (k + 1 < len(pieces) and PERSON_BEFORE_UNIT.spans(first + "/" + pieces[k + 1])):
            joined = first
            for j in range(k + 1, min(len(pieces), k + _BROKEN_PIECES)):
                joined += pieces[j].rstrip("\t")
                if looks_like_unit(joined):
                    best = j
                if pieces[j].endswith("\t") or len(pieces[j]) > _BROKEN_PIECE:
                    break
        out.append((k, k + 1) if best is None else (k, best + 1))
        k = k + 1 if best is None else best + 1
    return out


def without_tail(piece: str) -> str:
    """A piece of a unit list without a word of the verb glued to its end ("X、Y分别牵头落实":
    分别 is no part of Y's name)."""
    for tail in _NAME_TAILS:
        if piece.endswith(tail) and len(piece) > len(tail) + 1:
            return piece[:-len(tail)]
    return piece


# Which units, or the work they are given ("此项工作由X负责", "由X、Y负责落实"): no part of a name;
# nor is the whole area before 各 ("全市各学校": the collective is 各学校).
_DETERMINER = re.compile(r"[全我本][省市县区镇乡](?=各)|由?(?:所涉及的|涉及的?|相应的)|(?:(?:此|该|本|这)项|以上|上述)(?:工作|任务|活动|项目|事项|措施)?由|由(?=.)")
# A verb of asking glued before the units it asks ("希望园区各企业按要求…", "指导、督促市相关部门在…前…"): no part of a name.
_ASKING = re.compile(r"(?:并|同时)?(?:希望|督促|要求|责成)(?=各|[省市县区镇乡]|有关|相关|园区|所属|辖区)")  # not "督促检查组"
# When, before 由 and its unit ("春节前由文化站组织…", "会后由各组汇总…") or before the units
# of 各 ("假期前各科室要组织…"): no part of a name.
_WHEN_BY = re.compile(r"[^、,;()由]{1,8}?(?:前|后|期间)(?:由(?=.)|(?=各.))")
# The part of the work before 由 and its unit ("建筑工地由区住建局负责", "公共场所（含广场）由X"): no part of a name.
_PART_BY = re.compile(r"(?:[^、,;()由]|\([^()]{0,30}\)){2,40}?(?<![自理经缘事])由(?=.)")


# A label of the units before their own name ("沿线包片单位县职教中心、县消防大队"): the kind of
# unit they are, then the name, which opens with its level.
_LABEL_BEFORE = re.compile(r"[^、,;()由]{2,16}?(?:单位|部门)(?=[省市县区镇乡])")


# A condition holding a date before the units it picks ("2027年6月30日以前登记成立的社会团体"):
# the date says which units, it is no part of their name.
_DATED_CONDITION = re.compile(r"[^、,;]{0,12}?\d{1,8}[年月日号][^、,;]{0,24}?的(?=.)")


def name_start(s: str, c: int, d: int) -> int:
    """Where the name of the list piece ``s[c:d]`` starts, past the words before it that say
    which units or when ("由所涉及的省政府办公厅", "全市各学校", "春节前由文化站")."""
    if (det := _DETERMINER.match(s, c, d)) and (det.group() != "由" or looks_like_unit(s[det.end():d])):
        return det.end()
    if (ask := _ASKING.match(s, c, d)) and looks_like_unit(s[ask.end():d]):
        return ask.end()
    if (when := _WHEN_BY.match(s, c, d)) and looks_like_unit(s[when.end():d]):
        return when.end()
    if (part := _PART_BY.match(s, c, d)) and looks_like_unit(s[part.end():d]) \
            and not looks_like_unit(s[c:part.end() - 1]):
        return part.end()
    if (label := _LABEL_BEFORE.match(s, c, d)) and looks_like_unit(s[label.end():d]):
        return label.end()
    return after_dated_condition(s, c, d)


def after_dated_condition(s: str, c: int, d: int) -> int:
    """Where the units of ``s[c:d]`` start past a condition holding a date, or ``c``."""
    cond = _DATED_CONDITION.match(s, c, d)
    return cond.end() if cond and looks_like_unit(s[cond.end():d]) else c
