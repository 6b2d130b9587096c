"""Targets divided among units in prose: each clause naming units and the figure they must
reach is one ``table`` task of those units, due at the end of the year the passage sets its
targets for (invented passages of the shapes met in real documents)."""

from notice_helpers import table_tasks

HEAD = "某市人民政府办公室关于印发某市2027年大气污染防治工作方案的通知\n某政办发〔2026〕9号\n各县（区）人民政府：\n" \
    "现将方案印发给你们，请认真组织实施。\n某市人民政府办公室\n2026年12月1日\n"


def _rows(text):
    return table_tasks(HEAD + text)


def test_each_clause_of_units_before_their_target_is_one_task_due_at_the_years_end():
    tasks = _rows("二、主要目标\n全市2027年空气质量改善目标为：PM2.5平均浓度下降5%。\n"
                  "甲县、乙区、PM2.5平均浓度达到50微克/立方米；丙县PM2.5平均浓度达到55微克/立方米；"
                  "丁区、戊县PM2.5平均浓度达到58微克/立方米。\n")
    assert [[u.name for u in t.units] for t in tasks] == [["甲县", "乙区"], ["丙县"], ["丁区", "戊县"]]
    assert {t.deadline.isoformat() for t in tasks} == {"2027-12-31"}


def test_units_after_a_qualifier_and_a_clause_with_no_figure_among_rows():
    tasks = _rows("2027年各乡镇改善目标按以下原则分配：\n"
                  "（一）上年浓度高于60的甲镇、乙乡的PM2.5平均浓度均下降至60以下。\n"
                  "（二）上年浓度低于60的丙镇、丁乡确保PM2.5浓度不升。\n")
    assert [[u.name for u in t.units] for t in tasks] == [["甲镇", "乙乡"], ["丙镇", "丁乡"]]


def test_figures_handed_out_after_a_lead_are_one_task_each():
    tasks = _rows("2027年全市播种面积任务为30万亩。各县区任务分别为：甲区3万亩，乙县5万亩，丙县4万亩。\n")
    assert [t.units[0].name for t in tasks] == ["甲区", "乙县", "丙县"]
    assert tasks[0].text.startswith("各县区任务分别为")


def test_one_place_beside_one_figure_or_a_verb_before_a_place_divides_nothing():
    assert _rows("2027年工作目标：完成甲县3所学校改扩建工程；启动乙县20个村卫生站建设。\n") == []
    assert _rows("2027年工作任务：甲县PM2.5平均浓度达到50微克/立方米。\n") == []


def test_shares_listed_after_a_total_restate_it():
    assert _rows("2027年全市计划改造危房900户。其中，甲市300户，乙市400户，丙市200户。\n") == []
