"""The anchored scan gives exactly the matches of ``finditer`` (tracker/anchored_scan.py)."""

import random
import re

from tracker.anchored_scan import AnchoredScan
from tracker.deadline_rules import MASTER, MASTER_SCAN


def _spans(matches):
    return [(m.span(), m.groupdict() or m.groups()) for m in matches]


def test_deadline_grammar_is_scanned_near_its_anchors():
    # Every deadline phrase holds one of MASTER_SCAN's anchor characters: a new phrase
    # family without one (say a festival named by other characters) makes this fail;
    # add a character every phrase of the family holds to MASTER_SCAN's anchors.
    back = MASTER_SCAN.guaranteed()
    assert back is not None, "a deadline phrase may hold none of MASTER_SCAN's anchors: add one its family holds"
    assert set(back) <= MASTER_SCAN.anchors and max(back.values()) <= 16


def test_same_matches_as_finditer_on_running_text():
    text = ("各县（市、区）要于2031年3月底前完成摸底，每季度末次月10日前报送进展；到2032年底，"
            "基本建成。自收到通知之日起15个工作日内反馈。“十一”前开展一次检查，春节前发放到位，"
            "三夏期间加强巡查，2031-2032年秋冬季持续推进。每月25日前报市局，十四五期末全面完成。"
            "请于本月底前上报。2031年9月1日至30日开展集中行动，9-12月为整改阶段，上半年完成评估。") * 3
    assert _spans(MASTER_SCAN.finditer(text)) == _spans(MASTER.finditer(text))


def test_same_matches_as_finditer_on_random_text():
    rnd = random.Random(11)
    pieces = list("年月日天周期季时夏秋收播种耕汛末节旦庆午“”\"，。,;、和及与至到-—前后内底初中以之起每按逐第上下半"
                  "本当今明次十一二三四五六七八九〇两百0123456789工作个小星号份国元劳动端") + [
        "2031年", "12月", "31日前", "每月", "之日起", "个工作日内", "“十一”", "五一", "十三五", "期末", "年底前",
        "下旬", "每季度", "结束后", "次月", "(分别在6月、12月底)", "采暖季", "麦收", "封冻", "入冬", "开学初", "放假", "于5号"]
    for _ in range(600):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(40, 300)))
        assert _spans(MASTER_SCAN.finditer(text)) == _spans(MASTER.finditer(text)), text


def test_anchors_read_from_a_longer_text_give_the_same_matches():
    # DocumentTasks._due hands the scan the body's anchors inside a paragraph, shifted to it.
    rnd = random.Random(5)
    pieces = ["2031年", "12月", "31日前", "每月", "之日起", "个工作日内", "年底前", "下旬", "，", "。", "推进工作", "及时"]
    for _ in range(300):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(20, 120)))
        a = rnd.randrange(len(body))
        b = rnd.randrange(a, len(body) + 1)
        known = [x - a for x in MASTER_SCAN.anchor_starts(body) if a <= x < b]
        assert _spans(MASTER_SCAN.finditer(body[a:b], known)) == _spans(MASTER.finditer(body[a:b])), (body, a, b)


def test_a_pattern_without_a_guarantee_is_scanned_by_finditer():
    loose = AnchoredScan(re.compile(r"(?:第\d+条|\d{4}年)"), "年")  # 第3条 holds no 年
    assert loose.guaranteed() is None
    text = "根据第12条规定，2031年完成。" * 10
    assert _spans(loose.finditer(text)) == _spans(re.finditer(r"(?:第\d+条|\d{4}年)", text))
    unbounded = AnchoredScan(re.compile(r"\d+年"), "年")  # the start may lie any way before 年
    assert unbounded.guaranteed() is None


def test_lookarounds_are_read_in_the_whole_text():
    pattern = re.compile(r"(?<=于)\d{1,2}月(?=底前)")
    scan = AnchoredScan(pattern, "月")
    assert scan.guaranteed() == {"月": 2}
    text = "各单位于6月底前报送，7月底前完成，于12月底前总结。" * 8
    assert _spans(scan.finditer(text)) == _spans(pattern.finditer(text))


def test_anchor_starts_bound_the_matches():
    # DocumentTasks._due passes over a stretch with no anchor: every match holds one.
    text = "各部门要加强领导，认真组织实施。各县区要于2031年3月底前完成摸底，“十一”前开展检查。"
    starts = MASTER_SCAN.anchor_starts(text)
    assert starts and all(text[i] in MASTER_SCAN.anchors for i in starts)
    for m in MASTER.finditer(text):
        assert any(m.start() <= i < max(m.end(), m.start() + 1) + 16 for i in starts)
    assert MASTER_SCAN.anchor_starts("各部门要加强领导，认真组织实施。") == []
    assert AnchoredScan(re.compile(r"a*"), "b").anchor_starts("aaa") is None
