"""Tasks of a document's task-division tables, and the body wording kept with a row."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from tracker.deadlines import parse_deadline
from tracker.extract.schedule_cells import header_office, split_steps, with_office
from tracker.extract.dated import find_due, schedule
from tracker.extract.documents import DocBlock
from tracker.extract.empty_rows import says_no_duty
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import NText, display, norm, numbering
from tracker.extract.problems import Problem
from tracker.extract.row_passage import row_passage, written_cells
from tracker.extract.tables import header_map, parse_table
from tracker.extract.titles import is_category, title_from_text
from tracker.extract.units import unit_list_text


_UNREAD = object()  # a deadline cell not read yet (None is a cell holding no time)


def table_tasks(doc: DocBlock, tables: list[str], problems: list[Problem],
                ref: date | None) -> tuple[list[ExtractedTask], list[str]]:
    """Tasks of the document's task tables, and each row's task-name cell.

    A name shared by several rows with goals of their own, or a name that is a
    category ("新材料产业"), says too little on a card: the title is then cut from
    the row's goal and the name joins the section as context. ``ref`` is the date
    year-less deadlines are read against.
    """
    tasks, names = [], []
    # Many rows share a deadline cell ("2027年12月底前"), read once (a Deadline is frozen).
    cell_due: dict[str, object] = {}
    written: list = []  # the document's cells as written, cut once when a row needs them
    for block in tables:
        rows = split_steps(parse_table(block.split("\n"), problems))  # "1. …; 2. …" in a week's cell
        with_office(rows, header_office(block.split("\n"), header_map))  # "| 时间 | 教务处重点工作内容 |"
        title_norms = [norm(row.title) for row in rows]
        shared = Counter(n for row, n in zip(rows, title_norms) if row.title)
        for row, n_name in zip(rows, title_norms):
            n_text = norm(row.text)
            dl = None
            if row.deadline_norm:
                dl = cell_due.get(row.deadline_norm, _UNREAD)
                if dl is _UNREAD:
                    dl = cell_due[row.deadline_norm] = parse_deadline(row.deadline_norm, ref)
            hits = find_due(n_text, ref, dated_issue=doc.issued is not None)
            step_due, step_text, _, ms = schedule(hits)
            # A row with no deadline cell whose text states a recurring duty ("按月公开全市财政收支情况").
            rec = None if dl else next((h.deadline for h in (hits if n_text else find_due(
                n_name, ref, dated_issue=doc.issued is not None)) if h.deadline.recurrence), None)
            dl = dl or rec
            # A row with no time cell whose text lists dated steps ("1.4月底前…主体完工。2.8月底前
            # 竣工交付。3.11月底前…"): due at the last step, as a passage of the body is.
            # A progress cell's forecast ("预计大厦6月底前即可完工，7月上旬交付使用") sets no due date.
            steps_only = dl is None and not row.deadline_norm and len(ms) >= 2 \
                and not any("预计" in m.text for m in ms)
            if row.deadline_norm and re.search(r"[,;、]", row.deadline_norm):
                # "N年6月底前完成方案，12月底前建成": steps in the deadline cell.
                _, _, _, cell_ms = schedule(find_due(row.deadline_norm, ref))
                ms = cell_ms or ms
            name, section = row.title, row.section
            title = name or title_from_text(row.text, ref)
            if name and row.text and n_text != n_name \
                    and (shared[n_name] > 1 or is_category(n_name)):
                title = title_from_text(row.text, ref) or name
                section = f"{section}／{name}" if section else name
            if not (title and title.strip()) or says_no_duty(row.text if row.text.strip() else row.title, [norm(u.name) for u in row.units]) \
                    or (not row.text.strip() and not row.own_duty and unit_list_text(norm(row.title))):
                # a unit cell spilled onto a row; a row filling its own time and unit cells
                # names its work, a unit-like name too ("养老机构 | 4月份 | 民政所")
                continue   # a row holding only a number, a reference or a spilled cell says no duty
            tasks.append(ExtractedTask(
                doc_no=doc.doc_no, title=title, text=_passage(row, title, doc, written),
                units=row.units, deadline=dl.date if dl else step_due if steps_only else None,
                deadline_text=row.deadline_display or (rec.text if rec else step_text if steps_only else None),
                recurrence=dl.recurrence if dl else None,
                milestones=ms, section=section, number=row.number, kind="table"))
            names.append(name or title)
    return tasks, names


def _passage(row, title: str, doc: DocBlock, written: list) -> str:
    """The row's text, with the cell written before it when the text alone cannot name the
    row; ``written`` caches the document's cells."""
    base = row.text or row.line
    if not base:
        return base  # a row with no text of its own may keep the body's paragraph instead
    if not written:
        written.append(written_cells(doc.lines, doc.nlines))
    return row_passage(base, written[0], (title, row.title, row.section or ""))


def keep_restating_paragraphs(nt: NText, table: list[ExtractedTask], names: list[str]) -> None:
    """A row with no text of its own keeps the body paragraph that states its task
    word for word, even when that paragraph is no task by itself (no note, no date):
    the body's wording is what the clerk recognises."""
    s = nt.norm
    counts = Counter(names)
    for t, name in zip(table, names):
        n = norm(name)
        # A name shared by sub-rows names a group, not one row's task.
        if len(n) < 8 or counts[name] > 1 or (t.text and norm(t.text) != norm(t.title)):
            continue
        i = s.find(n)
        while i != -1:
            line = s.rfind("\n", 0, i) + 1
            if not s.startswith("|", line):
                # The sentence that states it, not the whole paragraph (which may
                # state other duties as well).
                a = max(line, s.rfind("。", line, i) + 1)
                stops = [j for j in (s.find("。", i), s.find("\n", i)) if j != -1]
                body = display(nt.orig_slice(a, min(stops) + 1 if stops else len(s)))
                t.text = f"{t.text}\n{body}" if t.text else body
                break
            i = s.find(n, i + 1)


_PROBE = 14  # characters of a row's text looked for in the body


def keep_item_headings(nt: NText, table: list[ExtractedTask]) -> None:
    """A row whose text is the body of a numbered item ("2.注重回应关切。对群众普遍关注的
    …" and the row "回应关切 | 对群众普遍关注的…") keeps that item's heading: the row's
    name is a short tag, the heading says the duty as the body states it."""
    if not table:
        return
    s = nt.norm
    # Each numbered paragraph's body, by its first characters after the heading sentence
    # (one pass over the paragraphs, one look-up per row).
    bodies: dict[str, tuple[int, int] | None] = {}
    line = 0
    while line < len(s):
        stop = s.find("\n", line)
        stop = len(s) if stop == -1 else stop
        num = numbering(s[line:line + 12])
        head_end = s.find("。", line, min(stop, line + 51)) if num else -1
        if head_end != -1 and stop - head_end > _PROBE:
            probe = s[head_end + 1:head_end + 1 + _PROBE]
            a = line + len(num)
            while a < head_end and s[a] in "、.. ":
                a += 1
            bodies[probe] = None if probe in bodies else (a, head_end)  # twice: no item
        line = stop + 1
    for t in table:
        n = norm(t.text)
        span = bodies.get(n[:_PROBE]) if len(n) >= _PROBE and "\n" not in t.text else None
        if span is None:
            continue
        heading = display(nt.orig_slice(*span))
        if heading and norm(heading) not in norm(t.title) + n:
            t.text = f"{heading}。\n{t.text}"
