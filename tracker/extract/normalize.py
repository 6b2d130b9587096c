"""Normalized text for matching, with a way back to the original for display.

The extractor matches on a normalized form of the text: NFKC (full-width digits and
punctuation become ASCII, Kangxi radicals such as ⼼ become 心), traditional characters
folded to simplified ones, all document brackets 〔［【 unified to ``[``, spaces removed
(``2019 年`` -> ``2019年``), and `` and `` between CJK text read as 和 (a conversion
artefact seen in real gazettes). ``NText`` keeps both forms and maps positions of the
normalized text back to the original, so titles, task texts and unit names can be shown
exactly as the document writes them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

# Traditional characters common in official documents, folded for matching only.
_TRAD = (
    "責责單单頭头牽牵負负時时間间節节點点務务門门關关於于發发號号區区縣县會会辦办廳厅聯联"
    "實实別别協协劃划業业農农財财統统計计衛卫銀银園园處处組组織织資资醫医療疗藥药監监環环"
    "護护設设規规經经濟济開开態态嚴严應应將将對对爲为為为個个與与並并進进達达過过從从這这"
    "國国體体車车運运輸输電电網网報报確确項项長长東东書书記记黨党團团場场條条勵励獎奖稅税"
    "產产領领導导職职極极驗验鄉乡鎮镇續续標标準准機机構构權权審审認认證证營营銷销價价費费"
    "質质總总數数據据範范圍围創创學学習习強强變变歷历現现動动員员優优廣广陽阳貿贸調调萬万"
    "億亿專专轉转傳传級级紀纪約约給给絡络結结綜综綠绿維维緊紧線线編编類类顯显風风養养館馆"
    "齊齐龍龙戶户減减隊队際际險险災灾熱热氣气壓压廢废棄弃礦矿鋼钢鐵铁舉举擬拟擴扩擔担換换"
    "損损兩两內内後后採采來来爭争當当歲岁週周屬属產产規规劃划門门負负務务銷销區区檢检測测"
    "訂订請请認认議议評评論论講讲讀读識识課课試试該该說说許许訪访詢询諾诺謀谋謂谓譯译護护"
    "農农漁渔糧粮鹽盐獸兽畜畜稅税價价貸贷購购貴贵賣卖買买費费賠赔質质賬账負负貨货責责"
    "隊队陣阵陸陆隨随險险雜杂雙双雞鸡離离難难電电靈灵頁页順顺須须預预領领頻频額额題题願愿"
    "類类顧顾飲饮飯饭餘余館馆馬马駐驻騎骑驗验髮发鬥斗魚鱼鳥鸟麥麦黃黄齡龄門门閉闭問问閱阅"
    "闊阔關关華华萬万葉叶蘇苏藝艺蘭兰處处號号補补裝装製制複复褲裤覺觉規规視视觀观設设"
    "證证詳详誠诚語语説说課课調调談谈請请諸诸謝谢譜谱變变讓让財财貧贫貫贯貿贸資资賦赋贈赠"
    "趨趋跡迹踐践車车軌轨軍军軟软較较載载輔辅輕轻輪轮辦办農农邊边遷迁遞递遺遗選选還还醫医"
    "釋释針针銷销鋪铺錄录鍵键鎮镇鏈链長长門门閒闲闡阐陳陈陰阴隊队階阶際际隱隐雲云電电靜静"
    "響响頂顶項项順顺領领頭头頻频顆颗顯显飛飞養养餐餐驅驱體体點点黨党齊齐"
)
_SIMP = {_TRAD[i]: _TRAD[i + 1] for i in range(0, len(_TRAD) - 1, 2)}

_BRACKETS = {"〔": "[", "〕": "]", "［": "[", "］": "]", "【": "[", "】": "]", "﹝": "[", "﹞": "]",
             "〈": "<", "〉": ">", "﹙": "(", "﹚": ")"}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [(0x00A0, 0x00A0), (0x2000, 0x200A), (0x2460, 0x2468), (0x2E80, 0x2FDF),
              (0x3000, 0x3000), (0xF900, 0xFAFF), (0xFF01, 0xFF5E)]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    for trad, simp in _SIMP.items():
        table[ord(trad)] = simp
    for a, b in _BRACKETS.items():
        table[ord(a)] = b
    table[ord("\r")] = " "
    table[ord("\t")] = " "
    table[ord("\ufeff")] = " "
    return table


_TABLE = _build_table()
# Substituting only the characters that change is several times faster than
# str.translate, which looks every character of a long text up in the table.
_MAPPED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")
_MAPPED_STR = {chr(cp): v for cp, v in _TABLE.items()}


def _sub_one(m: re.Match) -> str:
    return _MAPPED_STR[m.group()]
_AND = re.compile(r"(?<=[\u3400-\u9fff”、）)]) and (?=[\u3400-\u9fff“（(])")
_SPACE_RUNS = re.compile(r"[^ \t\r\f\v\u3000\xa0\u2000-\u200a\ufeff]+")


def fold(text: str) -> str:
    """Length-preserving normalization: NFKC per character, simplified characters,
    unified brackets, and ' and ' between CJK text turned into 和 plus spaces."""
    folded = _MAPPED.sub(_sub_one, text)
    if " and " in folded:
        folded = _AND.sub("和    ", folded)
    return folded


def norm(text: str) -> str:
    """The matching form of a short string: folded, with every space removed."""
    return "".join(_SPACE_RUNS.findall(fold(text)))


class NText:
    """A text in its original form plus its normalized form, with a position map."""

    __slots__ = ("orig", "norm", "_nstarts", "_ostarts")

    def __init__(self, orig: str):
        self.orig = orig
        folded = fold(orig)
        parts, nstarts, ostarts = [], [], []
        n = 0
        for m in _SPACE_RUNS.finditer(folded):
            parts.append(m.group())
            nstarts.append(n)
            ostarts.append(m.start())
            n += m.end() - m.start()
        self.norm = "".join(parts)
        self._nstarts = nstarts
        self._ostarts = ostarts

    def to_orig(self, i: int) -> int:
        """Original index of normalized index ``i`` (``len(norm)`` maps to the end)."""
        if i >= len(self.norm):
            return len(self.orig)
        k = bisect_right(self._nstarts, i) - 1
        return self._ostarts[k] + (i - self._nstarts[k])

    def orig_slice(self, start: int, end: int) -> str:
        """The original text behind ``norm[start:end]``."""
        if end <= start:
            return ""
        return self.orig[self.to_orig(start):self.to_orig(end - 1) + 1]


_LINEBREAKS = re.compile(r"[ \t\u3000]*\n[ \t\u3000\n]*")
# " and " between CJK characters (ideographs or full-width punctuation) is a conversion
# artefact for 和; English text and mixed Latin text are left alone.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3001\u300a-\u300f\u201c\u201d\uff08\uff09]")


def repair_and(text: str) -> str:
    """Display text with " and " between CJK characters read back as 和.

    Occurrences are found with str.find, so a long text without them costs one scan.
    """
    i = text.find(" and ")
    if i < 0:
        return text
    parts, last = [], 0
    while i >= 0:
        if i > 0 and _CJK.match(text, i - 1) and _CJK.match(text, i + 5):
            parts.append(text[last:i])
            parts.append("和")
            last = i + 5
        i = text.find(" and ", i + 5)
    parts.append(text[last:])
    return "".join(parts)


def display(text: str) -> str:
    """Original text tidied for display: line breaks left by page layout removed and
    " and " between CJK characters read back as 和."""
    if "\n" in text:
        text = _LINEBREAKS.sub("", text)
    return repair_and(text.strip())


# Item numbering at the start of a paragraph: 一、 （一） 1. 1、 (1) ① 第一条 第一章 第一阶段.
NUMBERING = re.compile(
    r"^(?:[-*#>]\s*)?(?:"
    r"(?P<l1>[一二三四五六七八九十百]+、)"
    r"|(?P<l2>\([一二三四五六七八九十百]+\)、?)"
    r"|(?P<l3>\d{1,3}(?:\.(?!\d)|、|\. ?|．))"
    r"|(?P<l4>\(\d{1,3}\)|[①②③④⑤⑥⑦⑧⑨])"
    r"|(?P<l5>第[一二三四五六七八九十百\d]+(?:阶段|步|[章节条部分项]))"
    r")"
)


def numbering(line_norm: str) -> str | None:
    """The item number that opens a normalized paragraph, or None."""
    m = NUMBERING.match(line_norm)
    return m.group().rstrip("、. ") if m else None
