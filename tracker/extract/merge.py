"""One obligation stated twice: a body passage merged into the table row it restates.

Official documents often state a duty in the body and again as a row of the annexed
task-division table; the tracker holds it once (the row gives units and deadline, the
passage's text is kept with it). Two texts restate each other when most characters of
one lie in three-character runs of the other; sharing one phrase is not enough. A row filed
under a short tag of a body item's heading (任务类型 "海绵型地块" for "1.推进海绵型地块建设。…")
restates the item when both name the same units (one list holding the other); a tag whose
units are others is another item's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain

from tracker.extract.merge_grams import _code_runs, _grams, _may_cover, _runs, _shares_run, coverage  # noqa: F401 (tests)
from tracker.extract.model import ExtractedTask
from tracker.extract.normalize import norm


_TITLE_COVER = 0.75  # two task names: most of the shorter one in the other
_TEXT_COVER = 0.7    # a row's text: most of it restated by the body passage
_TAG_SHARE = 0.8     # a row name this much shorter than a heading is a tag of it


def merge_into_table(table: list[ExtractedTask], body: list[ExtractedTask],
                     names: list[str] | None = None) -> list[ExtractedTask]:
    """Merge body passages into the table rows that restate them; return the rest.

    A passage restates a row when their task names are nearly the same (most characters
    of the shorter name lie in three-character runs of the other, and neither is much
    longer), or when the passage holds most of the row's text. A phrase the two merely
    share ("工程建设项目审批" in two different duties) is not enough. ``names`` are the
    rows' task-name cells when they differ from the titles. Greedy one-to-one by score.

    Linear in practice: rows are indexed by their three-character runs, so a passage is
    compared only with the rows that share one with it (every test below needs a shared
    run), and rows or passages that are alike in every compared field are compared once.
    """
    names = names or [t.title for t in table]
    unit_norms: dict[str, str] = {}  # the same units recur on many rows and passages

    def units_key(task: ExtractedTask) -> tuple[str, ...]:
        out = []
        for u in task.units:
            n = unit_norms.get(u.name)
            if n is None:
                n = unit_norms[u.name] = norm(u.name)
            out.append(n)
        return tuple(out)

    # Runs and gram sets as bytes (_code_runs); every test below compares them only with each other.
    grams: dict[str, set[bytes]] = {}  # a row's name is often its text, a passage's title its text
    runs: dict[str, list[bytes]] = {}

    def runs_of(text: str) -> list[bytes]:
        found = runs.get(text)
        if found is None:
            found = runs[text] = _code_runs(text)
        return found

    def grams_of(text: str) -> set[bytes]:
        found = grams.get(text)
        if found is None:
            found = grams[text] = set(runs.get(text) or _code_runs(text))
        return found

    row_groups: dict[tuple, _Row] = {}
    row_of: list[_Row] = []
    for ti, (t, name) in enumerate(zip(table, names)):
        # A row with only a task cell (序号|工作任务|责任单位|完成时限) has its words in its name.
        n_name = norm(name)
        text = norm(t.text) or n_name
        key = (n_name, text, t.deadline, t.recurrence, units_key(t))
        row = row_groups.get(key)
        if row is None:
            row = row_groups[key] = _Row(n_name, text, t, grams_of, runs_of)
        row.members.append(ti)
        row_of.append(row)
    # Each test of _pair_score needs a share of one pair of gram sets: the row's name and
    # the passage's title (title likeness), the row's text and the passage's text (text
    # coverage). Rows are indexed by each set apart, so a passage counts, per row, exactly
    # the grams of each pair it shares; only rows whose counts can pass a test are scored.
    name_index: dict[str, list[_Row]] = defaultdict(list)
    text_index: dict[str, list[_Row]] = defaultdict(list)
    by_due: dict = {}  # rows a passage with the same due date may name (_names_row)
    for row in row_groups.values():
        for g in row.name_grams:
            name_index[g].append(row)
        for g in row.text_grams:
            text_index[g].append(row)
        if row.due is not None:
            by_due.setdefault(row.due, []).append(row)
    # A passage's grams are looked up only when some row holds them: one C-level
    # intersection with the indexed grams instead of a look-up of each.
    name_keys, text_keys = set(name_index), set(text_index)
    body_groups: dict[tuple, list[int]] = {}
    for bi, b in enumerate(body):
        key = (norm(b.title), norm(b.text), b.deadline, b.recurrence, units_key(b))
        body_groups.setdefault(key, []).append(bi)
    # Pairs of groups by score: every row of a group pairs with every passage of the other
    # at the same score, so the pairs of members are never listed one by one.
    levels: dict[float, dict[_Row, list[list[int]]]] = {}
    for (btitle, btext, *_rest), members in body_groups.items():
        b = body[members[0]]
        bt_grams, bx_grams = grams_of(btitle), grams_of(btext)
        in_title = Counter(chain.from_iterable(map(name_index.__getitem__, bt_grams & name_keys)))
        in_text = Counter(chain.from_iterable(map(text_index.__getitem__, bx_grams & text_keys)))
        due_rows = by_due.get(b.deadline)
        # The name test of _names_row: the row's name in the passage's text.
        name_in_text = Counter(chain.from_iterable(map(name_index.__getitem__, bx_grams & name_keys))) \
            if due_rows else {}
        title_len, title_need = len(btitle), 0.2 * len(bt_grams)
        # The rows some test of _pair_score may pass for, each test by its own gate: enough
        # of the row's text runs in the passage's text; a name of like length with enough
        # runs in the title, or a tag inside it (4 <= len < the title's); the row's due date
        # with a phrase of its text (a recurring duty) or a fifth of its name in the text.
        found = [row for row, count in in_text.items() if count >= row.text_need]
        for row, count in in_title.items():
            size = len(row.name)
            if 0.6 <= size / title_len <= 1 / 0.6 and count >= (row.name_need if size <= title_len else title_need) \
                    or 4 <= size < title_len and row.name in btitle:
                found.append(row)
        if due_rows:
            found += [row for row in due_rows if in_text.get(row) or row.name_grams
                      and name_in_text.get(row, 0) >= row.name_need]
        for row in dict.fromkeys(found):
            score = _pair_score(row, btitle, btext, bt_grams, bx_grams, b, in_title.get(row, 0), in_text.get(row, 0),
                                runs_of)
            if score is not None:
                levels.setdefault(score, {}).setdefault(row, []).append(members)
    used_b = _match(levels, row_of, table, body)
    return [b for i, b in enumerate(body) if i not in used_b]


def _match(levels: dict[float, dict[_Row, list[list[int]]]], row_of: list[_Row],
           table: list[ExtractedTask], body: list[ExtractedTask]) -> set[int]:
    """Greedy one-to-one: the best score first; at one score, rows in table order, each
    taking the last free passage it pairs with. Join each taken passage to its row;
    return the taken passages."""
    used_b: set[int] = set()
    used_t: set[int] = set()
    free: dict[int, int] = {}  # a passage group (by id) -> index of its last member not yet taken
    for score in sorted(levels, reverse=True):
        pairs = levels[score]
        for ti in sorted(ti for row in pairs for ti in row.members):
            if ti in used_t:
                continue
            best = -1
            for members in pairs[row_of[ti]]:
                k = free.get(id(members), len(members) - 1)
                while k >= 0 and members[k] in used_b:
                    k -= 1
                free[id(members)] = k
                if k >= 0 and members[k] > best:
                    best = members[k]
            if best >= 0:
                used_b.add(best)
                used_t.add(ti)
                _join(table[ti], body[best])
    return used_b


def _join(row: ExtractedTask, passage: ExtractedTask) -> None:
    """Keep the passage's text with the row it restates."""
    row.text = row.text + "\n" + passage.text
    if row.deadline is None and not row.deadline_text and (passage.deadline or passage.deadline_text):
        # a row with no time of its own takes the time the body states
        row.deadline, row.deadline_text = passage.deadline, passage.deadline_text
        row.recurrence, row.milestones = passage.recurrence, passage.milestones


class _Row:
    """Rows alike in name, text, deadline, recurrence and units: compared once."""

    __slots__ = ("name", "text", "task", "name_grams", "text_grams", "name_runs", "text_runs", "members",
                 "text_need", "name_need", "due")

    def __init__(self, name: str, text: str, task: ExtractedTask, grams_of, runs_of):
        self.name, self.text, self.task = name, text, task
        # Its runs, kept for coverage (a row is compared with many passages), then its sets.
        self.name_runs, self.text_runs = runs_of(name), runs_of(text)
        self.name_grams, self.text_grams = grams_of(name), grams_of(text)
        self.members: list[int] = []
        # The fewest shared runs the text and the title tests of _pair_score need, and the
        # due date a passage must share for _names_row (None: that test never passes).
        self.text_need, self.name_need = 0.2 * len(self.text_grams), 0.2 * len(self.name_grams)
        self.due = task.deadline if len(name) >= 6 and task.deadline and task.units else None


def _pair_score(row: _Row, btitle: str, btext: str, bt_grams: set[bytes], bx_grams: set[bytes],
                b: ExtractedTask, n_shared: int, x_shared: int, runs_of) -> float | None:
    """How well passage ``b`` restates ``row`` (title likeness plus text coverage), or
    None when it does not. ``n_shared``: the runs the row's name shares with the passage's
    title, ``x_shared``: those its text shares with the passage's text; a coverage is
    computed only when its share reaches :func:`_may_cover`'s fifth. ``runs_of``: the
    merge's runs of a text (in the form of its gram sets)."""
    name, name_grams = row.name, row.name_grams
    title_sim = 0.0
    if name and btitle and 0.6 <= len(name) / len(btitle) <= 1 / 0.6:
        short, grams, own, runs = (name, bt_grams, name_grams, row.name_runs) if len(name) <= len(btitle) \
            else (btitle, name_grams, bt_grams, None)
        if own and n_shared >= 0.2 * len(own):
            title_sim = coverage(short, grams, runs=runs_of(btitle) if runs is None else runs)
    contain = coverage(row.text, bx_grams, runs=row.text_runs) if row.text_grams and x_shared >= row.text_need else 0.0
    if title_sim < _TITLE_COVER and contain < _TEXT_COVER and (
            _names_row(row, btext, bx_grams, b) or _tag_in_heading(name, btitle, row.task, b)):
        title_sim = _TITLE_COVER
    if title_sim >= _TITLE_COVER or contain >= _TEXT_COVER:
        if contain < _TEXT_COVER and len(name) < _TAG_SHARE * len(btitle) and not _nested_units(row.task, b):
            return None  # a short tag ("城镇雨水排水系统") of a heading whose units are others: another item
        return title_sim + contain
    return None


def _names_row(found: _Row, btext: str, bx_grams: set[bytes], b: ExtractedTask) -> bool:
    """A body sentence that names the row's task in its own words, with the row's due
    date and the row's lead (or first) unit among its units: a restatement ("X要会同Y…
    确保…于<date>前建成" for the row "新建…")."""
    name, row = found.name, found.task
    if len(name) < 6 or not row.deadline or row.deadline != b.deadline or not row.units:
        return False
    if row.recurrence and row.recurrence == b.recurrence and _same_units(row, b):
        # The same recurring duty of the same units ("每周五…周报报X"): one shared
        # phrase of the row's text is enough.
        return _shares_run(norm(row.text) or name, btext, 6)
    if not b.units or norm(row.units[0].name) not in {norm(u.name) for u in b.units}:
        return False
    return _may_cover(found.name_grams, bx_grams) and coverage(name, bx_grams, runs=found.name_runs) >= _TITLE_COVER


def _tag_in_heading(name: str, btitle: str, row: ExtractedTask, b: ExtractedTask) -> bool:
    """A row whose name is a short tag of a body item's heading ("海绵型地块" for "1.推进海绵型
    地块建设。…") and whose units are the item's, one list holding the other: the annexed
    table restates the item in other words."""
    return 4 <= len(name) < len(btitle) and name in btitle and bool(row.units and b.units) and _nested_units(row, b)


def _nested_units(row: ExtractedTask, b: ExtractedTask) -> bool:
    """Do the two name units alike (or one names none): one list holding the other?"""
    if not row.units or not b.units:
        return True
    mine, theirs = {norm(u.name) for u in row.units}, {norm(u.name) for u in b.units}
    return mine <= theirs or theirs <= mine


def _same_units(a: ExtractedTask, b: ExtractedTask) -> bool:
    """Both tasks name the same set of units."""
    return {norm(u.name) for u in a.units} == {norm(u.name) for u in b.units}
