"""Write district-2024-yingshang.docx: a Word document with a real task table whose
task, lead-unit and deadline cells are merged vertically over two rows.

    .venv/bin/python tests/data/blind/make_docx_blind.py
"""

from pathlib import Path

import docx

HERE = Path(__file__).parent

BEFORE = [
    "北岭市金河区人民政府办公室",
    "金政办发〔2024〕3号",
    "金河区人民政府办公室关于印发金河区2024年优化营商环境重点任务清单的通知",
    "各镇人民政府、街道办事处，区直各部门：",
    "现将《金河区2024年优化营商环境重点任务清单》印发给你们，请认真抓好落实。"
    "各牵头单位每月25日前将任务进展情况报送区营商环境办。",
    "金河区人民政府办公室",
    "2024年1月22日",
    "金河区2024年优化营商环境重点任务清单",
    "一、重点任务",
]
HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "提升政务服务水平", "推行“一网通办”，政务服务事项网上可办率达到95%以上", "区行政审批局", "区大数据中心", "2024年6月底前"],
    ["2", None, "推行“高效办成一件事”，新增集成服务事项10项", None, "区司法局、各镇（街道）", "2024年9月底前"],
    ["3", "优化市场准入", "推行经营主体登记“智能审批”", "区市场监管局", "区行政审批局", "2024年3月31日前"],
    ["4", "加强要素保障", "开展“标准地”出让，新增工业用地全部按“标准地”供应", "区自然资源局", "区发展改革局", "2024年12月底前"],
    ["5", None, "落实惠企政策“免申即享”", "区发展改革局", "区财政局、区税务局", None],
]
AFTER = [
    "二、工作要求",
    "（一）各牵头单位要建立工作台账，于2024年12月20日前报送年度工作总结。",
]


def main() -> None:
    d = docx.Document()
    for line in BEFORE:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for j, h in enumerate(HEADER):
        table.cell(0, j).text = h
    for i, row in enumerate(ROWS, start=1):
        for j, value in enumerate(row):
            if value is not None:
                table.cell(i, j).text = value
    # None marks a cell merged with the one above it (vMerge continue in Word XML).
    for i, row in enumerate(ROWS, start=1):
        for j, value in enumerate(row):
            if value is None:
                table.cell(i - 1, j).merge(table.cell(i, j))
    for line in AFTER:
        d.add_paragraph(line)
    d.save(HERE / "district-2024-yingshang.docx")


if __name__ == "__main__":
    main()
