"""A signature date written with dashes or dots under the issuer's name is the issue date; a bare
dashed date elsewhere (a portal's posting date, a title's line) is not."""

import pytest

from tracker.extract import extract_text
from tracker.extract.header_lines import issue_date

NOTICE = """关于开展迎新年系列活动的通知

各班级：
为丰富校园文化生活，现将有关事项通知如下：
一、各班于12月30日前上报节目单。
特此通知。
{issuer}
{signed}
"""


@pytest.mark.parametrize("issuer,signed,expected", [
    ("某某中学", "2015.12.24", "2015-12-24"),
    ("政教处、团总支", "2009-9-22", "2009-09-22"),
    ("某区教育局", "2016.06.30", "2016-06-30"),
])
def test_a_dashed_signature_under_the_issuer_dates_the_notice(issuer, signed, expected):
    doc = extract_text(NOTICE.format(issuer=issuer, signed=signed)).to_contract()
    assert [d["issued"] for d in doc["documents"]] == [expected]
    # the year-less due date takes the signature's year
    assert [t["deadline"] for t in doc["tasks"]] == [f"{expected[:4]}-12-30"]


@pytest.mark.parametrize("lines", [
    ["关于开展活动的通知", "2019-09-20"],   # a title, not an issuer
    ["建议", "2019-09-20"],
    ["某区教育局", "2016.06.31"],           # no such day
    ["某区教育局", "2016/06/30/1"],
])
def test_no_issue_date_from_a_bare_dashed_line_elsewhere(lines):
    assert issue_date(lines) is None
