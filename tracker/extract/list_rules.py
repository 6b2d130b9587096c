"""The rules naming an announced list of 实事, 工程 or counted 项目 (see ``item_lists``): a
sentence handing over to its items, a heading naming the year's list, a sentence or line
closing its paragraph, and a list counted by its categories."""

from __future__ import annotations

import re

from tracker.extract.rules import rule


LIST_INTRO = rule(
    "announced_list",
    # The list's noun (实事, 工程, or counted 项目), then (within the clause) the words that
    # hand over to its items; or, further on in the sentence, ",即" ("十件实事…,即A;B;…").
    r"(?:实事|预期(?:目标|指标)|(?:[十二三四五六七八九\d]+[大项件][”\"]?(?:重点|民生|惠民)?|重点|民生|惠民)工程"
    r"|[十二三四五六七八九\d]+[大项个][”\"]?(?:重点|民生|惠民|建设|公益)*项目)"
    r"(?:[^。;!?\n:]{0,80}?,即(?![将可使时便刻日])"
    # or, after a remark on the list, the words including its items by name, split at 、 only when
    # as many as the list counts ("十大民生实事项目与群众息息相关,包括A、B、…")
    r"|[^。;!?\n:]{0,40}?(?:,(?:具体|主要)?包括|包括,)(?=[^。;!?\n:]{2,}?、)"
    # or the plans of its items named in title marks ("…实事方案为《A实施方案》《B实施方案》")
    r"|[^。;!?\n:]{0,6}?方案为(?=《)"
    # or a sentence closing its paragraph that hands over to the list's items ("…,具体项目安排如下。")
    r"|[^。;!?\n:]{0,60}?(?:具体|主要)(?:项目|内容)[^。;!?\n:]{0,8}?如下。(?=\n|$)|[^。;!?\n:]{21,60}?。(?:具体|主要)?(?:包括|分别是|分别为)(?::|——)|[^。;!?\n:]{0,20}?"
    r"(?:(?:分别是|分别为|主要内容是|主要内容为|具体是|具体为|主要有|是|为|包括|如下)?(?::|——)|分别是|分别为"
    # or, after the sentence naming the list, a short one handing over ("…实事。具体包括：")
    r"|[。](?:具体|主要)?(?:包括|分别是|分别为|如下|有)(?::|——)"
    # or the sentence naming it closes and its ordinal items run on ("…实事。一是…。二是…")
    r"|[。](?=一是)))",
    "list",
    [("某县今年将集中力量办好十件民生实事。这十件民生实事分别是：新建…；改造…；开通…。",
      ["实事分别是:"]),
     ("2027年某市将办好8件为民实事：一是…；二是…；三是…。", ["实事:"]),
     ("确定以下12项为区政府2027年度民生实事项目：", ["实事项目:"]),
     ("这20项实事的主要内容是——", ["实事的主要内容是——"]),
     ("最终选出10项民生实事项目，分别为：", ["实事项目,分别为:"]),
     ("某州2027年“五大工程”是：", ["五大工程”是:"]),
     ("2027年某县十大惠民工程主要有：", ["十大惠民工程主要有:"]),
     ("2027年，某市将接续办好12件重点民生实事。具体包括：", ["实事。具体包括:"]),
     ("某县将重点抓好12件大事和民生实事。分别是：（1）…", ["实事。分别是:"]),
     ("2027年某镇将办好6件民生实事。一是新建…。二是改造…。", ["实事。"]),
     ("2027年某县10项重点建设项目为：…", ["10项重点建设项目为:"]),
     ("2027年“十件实事”涉及养老、托育、供水、道路等多个民生领域，亮点十足。分别为：新建…；改造…。",
      ["实事”涉及养老、托育、供水、道路等多个民生领域,亮点十足。分别为:"]),
     ("这八件实事涉及教育、交通等领域，件件与群众相关，即新建…；改造…。",
      ["实事涉及教育、交通等领域,件件与群众相关,即"]),
     ("2027年某县主要预期目标为:", ["预期目标为:"]),
     ("明确12件民生实事计划安排资金3亿元,具体项目及资金安排如下。", ["实事计划安排资金3亿元,具体项目及资金安排如下。"]),
     ("现将2027年民生实事工作有关事项通知如下。", []),
     ("确定了2027年为民办好10件实事,实事方案为《新建幼儿园实施方案》《改造道路实施方案》", ["实事,实事方案为"]),
     ("新选出的十大民生实事项目与群众生活息息相关，包括甲工程、乙工程、丙工程。",
      ["实事项目与群众生活息息相关,包括"]),
     ("据了解，3件民生实事项目包括，甲工程、乙工程、丙工程。", ["实事项目包括,"]),
     ("办好实事，即将启动…", []),
     ("办好实事，包括各类项目", []),
     ("一是抓实事，二是抓落实。", []),
     ("要多办实事。主要是：…", [])],
    doc="A sentence naming a list of 实事 or 工程 just before its items.",
)
LIST_HEADING = rule(
    "announced_list_heading",
    # A heading closing its paragraph that names the year's list ("某市2027年实事项目").
    r"(?:(?:19|20)\d{2}年度?|今年)[^。,;:!?]{0,12}?(?:实事|(?:[十二三四五六七八九\d]+[大项件][”\"]?(?:重点|民生|惠民)?|重点|民生|惠民)工程"
    # or its expected targets ("2027年经济社会发展主要预期目标", "2027年全市就业目标责任制主要指标"; not the
    # main indicators of a statistical account, "2026年全市经济运行主要指标")
    r"|预期目标|预期指标|目标[^。,;:!?]{0,8}?主要指标)"
    r"(?:项目|计划|主要|实施|内容|清单|名单)*[”\"]?(?:\([^()]{1,20}\))?$",
    "list",
    [("某市2027年实事项目", ["2027年实事项目"]),
     ("某县2027年度“十大工程”", ["2027年度“十大工程”"]),
     ("2027年十件民生实事", ["2027年十件民生实事"]),
     ("一、2027年全市促进就业目标责任制主要指标", ["2027年全市促进就业目标责任制主要指标"]),
     ("一、2026年全市经济运行主要指标", []),
     ("今年县本级“五大”工程计划项目主要实施内容", ["今年县本级“五大”工程计划项目主要实施内容"]),
     ("2028年全市10大重点民生实事项目(按得票多少排序)", ["2028年全市10大重点民生实事项目(按得票多少排序)"]),
     ("2026年民生实事项目完成情况", []),
     ("2027年实事项目推进会召开", [])],
    doc="A heading naming the year's list of 实事 or 工程 just before its numbered items.",
)
LIST_CLOSING = rule(
    "announced_list_closing",
    # A sentence naming a counted list that closes its paragraph, the numbered items in the
    # paragraphs after it ("…公布了今年的十件民生实事。" then "一、…"), or a line that is
    # only the list's name ("十大民生实事项目", the year in the sentences before it), or the
    # title of the paper giving it ("…20件民生实事项目安排意见", "…实施计划").
    r"(?:(?<=[。!?])|(?<![^\n]))[^。!?\n]*?[十二三四五六七八九\d]+[大项件][”\"]?[^。,;:!?\n]{0,8}?"
    r"(?:实事|工程)(?:项目|清单|名单)?(?:安排意见|实施计划|计划|安排)?[”\"]?"
    # or the news of the list's choice closing the line ("…十件民生实事项目 正式出炉!")
    r"(?: ?(?:名单)?(?:正式|新鲜)?(?:出炉|揭晓|产生|敲定))?[。!]?$",
    "list",
    [("2029年某省政府工作报告公布了今年的十件民生实事。", ["2029年某省政府工作报告公布了今年的十件民生实事。"]),
     ("十大民生实事项目", ["十大民生实事项目"]),
     ("2029年20件民生实事项目安排意见", ["2029年20件民生实事项目安排意见"]),
     ("某县10件民生实事实施计划", ["某县10件民生实事实施计划"]),
     ("会上通报了某县2029年十项惠民工程", ["会上通报了某县2029年十项惠民工程"]),
     ("经代表票决,县政府2029年度八件民生实事项目 正式出炉!", ["经代表票决,县政府2029年度八件民生实事项目 正式出炉!"]),
     ("2029年十件民生实事名单揭晓", ["2029年十件民生实事名单揭晓"]),
     ("2028年十件民生实事揭晓以来进展顺利。", []),
     ("今年要办好十件实事,确保按期完成。", []),
     ("三、实施十大工程", ["三、实施十大工程"]),  # matched, then passed over: a plan's section
     ("十件实事:一是…", [])],
    doc="A sentence or line naming a counted list of 实事 or 工程 at its paragraph's end, before its items.",
)
LIST_CATEGORIES = rule(
    "announced_list_categories",
    # A list counted by its categories, its items named category by category in the
    # sentences after it ("…共5大类12个。其中,教育领域2个,包括A、B;…").
    r"(?:实事|工程)(?:项目)?[^。;,]{0,4}?(?:共|分为|涵盖)[^。;,]{0,4}?[\d一二三四五六七八九十]{1,3}"
    r"(?:大类|个类别|个方面|大方面|个领域|大领域)(?:共|计)?[\d一二三四五六七八九十]{1,3}[个项件]",
    "list",
    [("确定2028年民生实事项目共6大类15个", ["实事项目共6大类15个"]),
     ("某县2028年为民办实事分为4个方面20项", ["实事分为4个方面20项"]),
     ("2028年重点工程涵盖5大领域共30个", ["工程涵盖5大领域共30个"]),
     ("去年7大类20个民生实事项目全部完成", []),
     ("实事项目共12个", [])],
    doc="A sentence naming a list of 实事 or 工程 by its categories and items.",
)
LIST_CONTENTS = rule(
    "announced_list_contents",
    # A numbered section heading naming the list's contents ("一、纳入民生实事项目管理的内容"),
    # its numbered items under it, the year in the sentences before it; a heading on how the
    # list is assessed or reported on ("三、民生实事考核内容") is none.
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))"
    r"(?![^。,;:!?\n]*(?:考核|评价|评估|督查|要求|方式|程序|办法|标准|责任|情况))"
    r"[^。,;:!?\n]{0,14}?(?:实事|民生工程|惠民工程)(?:项目)?[^。,;:!?\n]{0,8}?(?:内容|清单|名单|任务)$",
    "list",
    [("一、纳入民生实事项目管理的内容", ["一、纳入民生实事项目管理的内容"]),
     ("(二)今年惠民工程清单", ["(二)今年惠民工程清单"]),
     ("一、为民实事主要任务", ["一、为民实事主要任务"]),
     ("三、民生实事考核内容", []),
     ("二、实事项目完成情况清单", []),
     ("一、项目内容", [])],
    flags=re.M,
    doc="A numbered heading naming the contents of the year's list of 实事, over its numbered items.",
)
LIST_NAMED_AFTER = rule(
    "announced_list_named_after",
    # Names joined by 、 closed by "等N个项目" and the words making them the year's list
    # ("…选出了A、B、C等10个项目确定为今年的民生实事"): the names are its items.
    # The names may be counted "共N个", one clause may come between ("…共4个项目,总投资1亿元,作为…").
    r"[^。;,:、]{2,40}(?:、[^。;,:、]{2,30}){2,}[等共][\d一二三四五六七八九十]{1,3}[个项件大](?:项目|实事|工程)?"
    r"(?:,[^。;,:、]{2,16})?,?"
    r"(?:确定|列|选定|定|作)为(?:今年|本年度?|(?:19|20)\d{2}年度?)的?[^。;,]{0,12}?(?:实事|工程|项目)",
    "list",
    [("最终选出了城南幼儿园项目、老街改造项目、农贸市场项目等8个项目确定为今年的民生实事",
      ["最终选出了城南幼儿园项目、老街改造项目、农贸市场项目等8个项目确定为今年的民生实事"]),
     ("将甲路、乙桥、丙站等5项工程列为2028年重点工程",
      ["将甲路、乙桥、丙站等5项工程列为2028年重点工程"]),
     ("票决出甲村道路项目、乙村污水项目、丙水库加固工程共3个项目,总投资900万元,作为2028年人大跟踪监督的民生实事项目",
      ["票决出甲村道路项目、乙村污水项目、丙水库加固工程共3个项目,总投资900万元,作为2028年人大跟踪监督的民生实事"]),
     ("承诺了扩大就业、增加收入、完善社保等10项民生工程", []),
     ("甲路、乙桥、丙站共3个项目,总投资2亿元,已全部建成", []),
     ("甲路、乙桥、丙站等5项工程已全部建成", [])],
    doc="Names of the year's list written before the words that make them its items.",
)
LIST_CHOSEN = rule(
    "announced_list_chosen",
    # The result of a vote handing over to the items, the list named after them in the same
    # sentence ("…最终票决出:A;B;…;J,为我市2027年10项民生实事项目。"): the items run up to
    # the tail that names them.
    r"(?:票决|表决|评选|遴选|选)(?:产生|出)了?:(?=(?P<items>[^。:]{4,600}?)"
    r"(?P<tail>[,;](?:为|是|作为|成为)[^。,;:]{0,24}?[十二三四五六七八九两\d]+[项件大个][^。,;:]{0,10}?(?:实事|工程)(?:项目)?。))",
    "list",
    [("最终票决出:新建城南幼儿园;改造老旧小区;开通夜间公交,为某市2029年3项民生实事项目。", ["票决出:"]),
     ("代表们评选出:甲路改造;乙桥新建,作为县政府2029年度两件实事工程。", ["评选出:"]),
     ("会议选出:主席一名;副主席两名,为本届委员会成员。", []),
     ("最终票决出:新建城南幼儿园;改造老旧小区。", [])],
    value=lambda m: (m.start("tail"), m.end("tail")),
    doc="A vote's result handing over to items named as the year's list after them.",
)
LIST_YEAR = rule(
    "announced_list_year",
    # The year opening a sentence that only announces a counted list ("2027年,某街道将实施十件民生实事
    # 项目。", "今年,区委区政府共兴办17件惠民实事项目"): the year the list is for, not a due date of
    # the sentence (its items, given elsewhere or not at all, are the duties).
    r"(?:(?:19|20)\d{2}年度?|今年),?[^。;:]{0,160}?(?:将|要)?(?:继续|接续|着力|集中力量|重点)?(?:滚动)?共?"
    r"(?:实施|办好|推出|兴办|为民办|启动实施|确定|安排)[^。;:,]{0,6}?[十二三四五六七八九百\d]+[件项个大]"
    r"[^。;:,]{0,10}?(?:实事|工程)(?:项目)?(?=[。,;(]|$)",
    "scope",
    [("2027年,某街道将实施十件民生实事项目。", ["2027年,某街道将实施十件民生实事项目"]),
     ("今年,区委区政府共兴办17件惠民实事项目(含25个子项目)。", ["今年,区委区政府共兴办17件惠民实事项目"]),
     ("2027年,某省将着力实施10件惠民实事,实实在在提升群众的幸福感。", ["2027年,某省将着力实施10件惠民实事"]),
     ("2027年,我县围绕“学有所教、病有所医”等重点领域,将继续滚动实施10件县级重点民生实事。",
      ["2027年,我县围绕“学有所教、病有所医”等重点领域,将继续滚动实施10件县级重点民生实事"]),
     ("2027年十件民生实事项目进展顺利,确保在年底前全面完成。", []),
     ("2027年底前完成十件实事", [])],
    doc="The year of a sentence that only announces a counted list of 实事 or 工程 is the list's, not a due date.",
)
