"""Shortcuts of the extractor that lean on what its rules' patterns hold: each stays exact
only while the rules keep that property, and these tests say so when a rule changes."""

import re
from re import _constants as C, _parser as P

from tracker.extract.item_lists import (LIST_CATEGORIES, LIST_CLOSING, LIST_HANDOVER, LIST_HEADING, LIST_INTRO,
                                       LIST_NOUNS)


def _holds(items, marks: set[str]) -> bool:
    """Does every path through the parsed sequence ``items`` read one of ``marks`` (in what
    it consumes or in a lookahead, which sees no further than the end of the search)?"""
    for op, av in items:
        if op is C.LITERAL and chr(av) in marks:
            return True
        if op is C.IN and all(o is C.LITERAL and chr(v) in marks for o, v in av):
            return True  # (the parser makes "(?:A|B)" of one-character words a class)
        if op is C.BRANCH and all(_holds(alt, marks) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and _holds(av[3], marks):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds(av[2], marks):
            return True
        if op is C.ASSERT and av[0] == 1 and _holds(av[1], marks):
            return True
    return False


def _every_match_holds(pattern: re.Pattern, words: tuple[str, ...]) -> bool:
    """Does every match of ``pattern`` hold one of ``words``? Each word is written as one
    private-use character in the pattern's source, and the parsed pattern is read."""
    source, marks = pattern.pattern, set()
    for k, word in enumerate(words):
        mark = chr(0xE000 + k)
        source = source.replace(word, mark)
        marks.add(mark)
    return _holds(P.parse(source, pattern.flags).data, marks)


def test_announced_list_rules_need_a_list_noun():
    # announced_lists passes over a paragraph holding none of LIST_NOUNS: a rule of the
    # family that may match without one needs its word added to LIST_NOUNS.
    for r in (LIST_INTRO, LIST_HEADING, LIST_CLOSING, LIST_CATEGORIES):
        assert _every_match_holds(r.pattern, LIST_NOUNS), r.name


def test_the_guard_sees_a_rule_without_the_words():
    assert not _every_match_holds(re.compile(r"(?:实事|好事)清单"), LIST_NOUNS)
    assert not _every_match_holds(re.compile(r"(?<=实事)清单"), LIST_NOUNS)
    assert not _every_match_holds(re.compile(r"(?:实事)?清单"), LIST_NOUNS)
    assert _every_match_holds(re.compile(r"(?:民生实事|重点工程)+清单"), LIST_NOUNS)
    assert _every_match_holds(re.compile(r"[^。]*?(?=工程)"), LIST_NOUNS)
    assert _every_match_holds(re.compile(r"(?:实事|工程)清单"), LIST_NOUNS)
    assert not _every_match_holds(re.compile(r"[实工]清单"), LIST_NOUNS)


def test_named_after_rule_is_tried_only_around_its_run():
    # list_named._named_after_spans tries LIST_NAMED_AFTER only from the clause of the first
    # 等N个 run to NAMED_AFTER_TAIL characters past the last: the rule must hold that run,
    # no clause stop before it, and at most NAMED_AFTER_TAIL characters after it.
    from tracker.extract.list_named import _CLAUSE_STOPS, _NAMED_RUN, NAMED_AFTER_TAIL, LIST_NAMED_AFTER

    head, sep, tail = LIST_NAMED_AFTER.pattern.pattern.partition(_NAMED_RUN.pattern)
    assert sep, "the rule no longer holds the run _NAMED_RUN finds"
    assert P.parse(tail).getwidth()[1] <= NAMED_AFTER_TAIL
    assert _never_reads(P.parse(head).data, set(_CLAUSE_STOPS))


def _never_reads(items, stops: set[str]) -> bool:
    """Can no path through the parsed sequence ``items`` read one of ``stops``? (Only
    literals, classes that exclude them, groups and repeats are understood.)"""
    for op, av in items:
        if op is C.LITERAL:
            ok = chr(av) not in stops
        elif op is C.IN:
            ok = av[0][0] is C.NEGATE and stops <= {chr(v) for o, v in av[1:] if o is C.LITERAL}
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            ok = _never_reads(av[2], stops)
        elif op is C.SUBPATTERN:
            ok = _never_reads(av[3], stops)
        else:
            ok = False
        if not ok:
            return False
    return True


def test_list_intro_needs_a_handover_word():
    # announced_lists tries LIST_INTRO only in a paragraph holding one of LIST_HANDOVER: a
    # way of handing over to the items without one needs its word added there. Words of
    # one character are read as they stand (":" also opens "(?:" in the source).
    source, marks = LIST_INTRO.pattern.pattern, set()
    for k, word in enumerate(LIST_HANDOVER):
        if len(word) == 1:
            marks.add(word)
        else:
            source = source.replace(word, chr(0xE000 + k))
            marks.add(chr(0xE000 + k))
    assert _holds(P.parse(source, LIST_INTRO.pattern.flags).data, marks)
    assert not _holds(P.parse("实事(?:是|为)?[:—]").data, {":", "即"})


def test_norm_drops_every_space_the_runs_pattern_skipped():
    # norm and NText drop the spaces of a folded text by str.replace and str.split instead
    # of finding the runs between them with a pattern: same text, same runs, same map.
    import random

    from tracker.normtext import NORM_SPACES, NText, fold, norm

    runs = re.compile("[^" + re.escape(NORM_SPACES) + "]+")
    alphabet = list(NORM_SPACES) + list("各区要于6月底前完成，（）\n") + [" and ", "\uff08", "\u2f3c"]
    rng = random.Random(7)
    texts = ["", " ", "\f\v", "甲 乙\u3000丙\f丁\v戊", "某局 and 某委负责", "  各区要\t于 6 月底前完成。\n"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(2000)]
    for text in texts:
        found = list(runs.finditer(fold(text)))
        assert norm(text) == "".join(m.group() for m in found), repr(text)
        nt = NText(text)
        assert nt.norm == "".join(m.group() for m in found), repr(text)
        assert [o for _, o in nt.run_starts()] == [m.start() for m in found], repr(text)


_LINE_BREAK = ord("\n")
_CATEGORY_TAKES_BREAK = {C.CATEGORY_SPACE: True, C.CATEGORY_NOT_SPACE: False, C.CATEGORY_DIGIT: False,
                         C.CATEGORY_NOT_DIGIT: True, C.CATEGORY_WORD: False, C.CATEGORY_NOT_WORD: True,
                         C.CATEGORY_LINEBREAK: True, C.CATEGORY_NOT_LINEBREAK: False}


def _class_takes_break(items) -> bool:
    """Does the parsed class ``items`` admit a line break (True when it cannot be told)?"""
    negate, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or av == _LINE_BREAK
        elif op is C.RANGE:
            hit = hit or av[0] <= _LINE_BREAK <= av[1]
        elif op is C.CATEGORY and av in _CATEGORY_TAKES_BREAK:
            hit = hit or _CATEGORY_TAKES_BREAK[av]
        else:
            return True
    return hit != negate


def _never_reads_break(items) -> bool:
    """Can no path through the parsed sequence ``items`` read a line break (in what it
    consumes or in a lookaround)? Unknown constructs count as reading one."""
    for op, av in items:
        if op is C.LITERAL and av != _LINE_BREAK or op is C.NOT_LITERAL and av == _LINE_BREAK \
                or op is C.AT:
            continue
        if op is C.IN and not _class_takes_break(av):
            continue
        if op is C.BRANCH and all(_never_reads_break(alt) for alt in av[1]):
            continue
        if op is C.SUBPATTERN and _never_reads_break(av[3]):
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and _never_reads_break(av[2]):
            continue
        return False
    return True


def test_posting_lines_are_searched_line_by_line():
    # posted_day searches only the lines holding one of POSTED_MARKS, each up to its line
    # break: every match of the rule must hold a mark and never read a line break.
    from tracker.extract.page_dates import POSTED, POSTED_MARKS

    parsed = P.parse(POSTED.pattern.pattern, POSTED.pattern.flags).data
    assert _holds(parsed, set(POSTED_MARKS))
    assert _never_reads_break(parsed)


def test_the_line_guard_sees_a_pattern_crossing_lines():
    for source in (r"a\sb", r"a.b", r"a[^x]b", r"a\nb", r"a(?=\n)", r"a[\n-z]", r"a\Db", r"(a)\1"):
        assert not _never_reads_break(P.parse(source, re.M).data), source
    for source in (r"^a[ \t]*b$", r"a[^\n]{0,9}b", r"a\d+(?:x|y)?", r"a\S"):
        assert _never_reads_break(P.parse(source, re.M).data), source


def test_search_in_lines_is_the_whole_search():
    import random

    from tracker.extract.page_dates import POSTED, POSTED_MARKS
    from tracker.extract.rules import search_in_lines

    pieces = ["发布时间:2027-03-06 17:09", "来源：某县政府办 作者:某某 2027-05-18 22:16:28", "19.07.2027  03:01",
              "2027年04月08日 来源:某某网", "时间:2027-03-06", "今天是:2027-12-06", "各区要于6月底前完成。", "", "  ",
              "责任单位：某局", "2027-05-18"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randrange(1, 8)))
        whole = POSTED.pattern.search(text)
        found = search_in_lines(POSTED.pattern, text, POSTED_MARKS)
        assert (whole and whole.span()) == (found and found.span()), repr(text)


def test_coverage_counts_the_characters_of_the_runs_found():
    # merge.coverage marks the runs found as bytes of one integer and spreads them by
    # shifts; it must count what a walk over the characters counts.
    import random

    from tracker.extract.merge import _grams, _runs, coverage

    def walked(short: str, grams: set[str], n: int) -> float:
        if not short:
            return 0.0
        if len(short) < n:
            return 1.0 if any(short in g for g in grams) else 0.0
        covered = set()
        for i in range(len(short) - n + 1):
            if short[i:i + n] in grams:
                covered.update(range(i, i + n))
        return len(covered) / len(short)

    rng = random.Random(5)
    for _ in range(3000):
        short = "".join(rng.choice("各区要于月底前完成") for _ in range(rng.randrange(0, 60)))
        other = "".join(rng.choice("各区要于月底前完成报送") for _ in range(rng.randrange(0, 80)))
        for n in (2, 3, 6):
            grams = _grams(other, n)
            assert coverage(short, grams, n) == walked(short, grams, n), (short, other, n)
            assert coverage(short, grams, n, runs=_runs(short, n)) == walked(short, grams, n)


def test_a_list_name_holds_its_noun():
    # headed_list passes over a paragraph holding neither 实事 nor 工程: every list name does.
    from tracker.extract.list_named import LIST_NAME
    assert _every_match_holds(LIST_NAME, ("实事", "工程"))


def test_a_headline_ends_with_its_mark():
    # is_bare_line tries HEADLINE only on paragraphs ending with "!" (before a final line break).
    from tracker.extract.bare_lines import HEADLINE
    assert HEADLINE.pattern.pattern.endswith("!$") and not HEADLINE.pattern.flags & re.MULTILINE


def test_a_work_list_heading_names_its_year_first():
    # list_start tries WORK_LIST only on paragraphs with 年 within YEAR_AT characters of their start.
    from tracker.extract.work_list import WORK_LIST, YEAR_AT
    # (A place of up to seven characters, or a 工程's name of up to six, before the year.)
    opening = r"^(?:[\u4e00-\u9fff]{1,6}?[省市区县州镇乡]|[\u4e00-\u9fff]{2,4}工程)?(?P<y>(?:19|20)\d{2})年"
    assert WORK_LIST.pattern.pattern.startswith(opening) and YEAR_AT == 6 + 1 + 4


def test_a_posting_line_holds_its_year():
    # posted_day searches only the lines holding one of POSTED_YEARS as well as a mark.
    from tracker.extract.page_dates import POSTED, POSTED_YEARS
    assert _every_match_holds(POSTED.pattern, POSTED_YEARS)
    assert not _every_match_holds(re.compile(r"\d{4}年"), POSTED_YEARS)


def test_furniture_lines_are_found_by_their_core_words():
    # clean_lines finds the lines holding a furniture word by plain finds of the words no
    # other word holds: every word holds one of them.
    from tracker.extract.clean import _ALL_WORDS, _FURNITURE_CORE
    assert _ALL_WORDS and all(any(c in w for c in _FURNITURE_CORE) for w in _ALL_WORDS)


def test_code_runs_are_the_runs_as_bytes():
    # The merge compares runs as UTF-32 bytes unpacked in C (merge_grams._code_runs); they
    # must be the character runs one for one, surrogates and short texts included.
    import random

    from tracker.extract.merge_grams import _code_runs, _runs

    rng = random.Random(7)
    alphabet = "各区要于月底前完成ab1,。\ud800\U0001f600"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert _code_runs(s) == [r.encode("utf-32-le", "surrogatepass") for r in _runs(s)], repr(s)
