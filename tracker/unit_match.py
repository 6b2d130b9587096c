"""Suggesting that a unit name is a unit already known, or another spelling of one.

Near-duplicate spellings (东昌府区政府 / 东昌府区人民政府, 市食药局 / 市食品药品监督管理局)
split a unit's tasks and its line in the per-unit statistics. At review, each name of an
import that the directory does not know is matched against the directory (``UnitIndex``)
by the rules of ``tracker.unit_names``; two spellings within one import are paired when no
known unit fits; and the units dialog lists units of the ledger that look like one.
The directory is indexed by level, head and first character of the body, so a name is
compared only with the few entries that could match, never with the whole directory.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from tracker.ledger.changes import Changes
from tracker.ledger.units import DEFAULT_DIRECTORY, normalize_name
from tracker.unit_names import Match, compare_names, name_parts


@dataclass(frozen=True)
class Suggestion:
    """Give up spelling ``name`` for ``target`` (``name`` becomes an alias of it)."""

    name: str
    target: str
    unit_id: int | None   # the unit kept (None: ``target`` is another spelling of the same import)
    score: int
    reason: str
    other_id: int | None = None   # units dialog: the unit merged away


def pair_key(a: str, b: str) -> frozenset[str]:
    """The two names of a pair in comparable form, in either order (for dismissals)."""
    return frozenset((normalize_name(a), normalize_name(b)))


class UnitIndex:
    """A unit directory indexed for matching: canonical names, aliases, kinds, members."""

    def __init__(self, units: Iterable[tuple[int, str, str, Iterable[str]]],
                 members: Iterable[tuple[int, int]] = ()):
        self.names: dict[int, str] = {}
        self.kinds: dict[int, str] = {}
        self._known: dict[str, int] = {}
        self._exact: dict[str, list[tuple[str, int]]] = defaultdict(list)
        self._buckets: dict[tuple[str, str, str], list[tuple[str, int]]] = defaultdict(list)
        self.collectives_of: dict[int, set[int]] = defaultdict(set)
        for uid, name, kind, aliases in units:
            self.names[uid], self.kinds[uid] = name, kind
            for spelling in (name, *aliases):
                self._add(spelling, uid)
        for collective, member in members:
            self.collectives_of[member].add(collective)

    def _add(self, spelling: str, uid: int) -> None:
        self._known.setdefault(normalize_name(spelling), uid)
        p = name_parts(spelling)
        self._exact[p.key].append((spelling, uid))
        if p.body and not p.collective and self.kinds[uid] != "collective":
            self._buckets[(p.level, p.head, p.body[0])].append((spelling, uid))

    @classmethod
    def of_ledger(cls, ledger) -> "UnitIndex":
        """The ledger's directory (``ledger.units``)."""
        units, members = ledger.units.directory()
        return cls(units, members)

    @classmethod
    def of_file(cls, path: Path = DEFAULT_DIRECTORY) -> "UnitIndex":
        """A directory file of the shipped form (``data/units.json``); ids count from 1."""
        data = json.loads(Path(path).read_text("utf-8"))
        return cls((i, e["name"], e.get("kind") or "department", e.get("aliases") or [])
                   for i, e in enumerate(data.get("units", []), 1))

    def find(self, name: str) -> int | None:
        """The unit a name or alias stands for as written (as ``ledger.units.find``)."""
        return self._known.get(normalize_name(name))

    def candidates(self, name: str, dismissed: set[frozenset[str]] = frozenset()
                   ) -> list[tuple[int, Match, str]]:
        """Known units ``name`` may be, best first: (unit id, match, the spelling that matched)."""
        p = name_parts(name)
        pool = list(self._exact.get(p.key, ()))
        if p.body:
            pool += self._buckets.get((p.level, p.head, p.body[0]), ())
        best: dict[int, tuple[Match, str]] = {}
        for spelling, uid in pool:
            if pair_key(name, self.names[uid]) in dismissed:
                continue
            m = compare_names(name, spelling)
            if m is not None and (uid not in best or m.score > best[uid][0].score):
                best[uid] = (m, spelling)
        return sorted(((uid, m, s) for uid, (m, s) in best.items()), key=lambda c: -c[1].score)

    def suggest(self, name: str, dismissed: set[frozenset[str]] = frozenset()) -> Suggestion | None:
        """The known unit a new name most likely is; None when the name is known, nothing
        fits, or two units fit equally well."""
        if self.find(name) is not None:
            return None
        found = self.candidates(name, dismissed)
        if not found or (len(found) > 1 and found[1][1].score == found[0][1].score):
            return None
        uid, m, spelling = found[0]
        return Suggestion(name, self.names[uid], uid, m.score, _with_alias(m.reason, spelling, self.names[uid]))


def _with_alias(reason: str, spelling: str, canonical: str) -> str:
    return reason if spelling == canonical else f"{reason}（“{spelling}”是“{canonical}”的别名）"


def contract_unit_names(contract: dict) -> dict[str, int]:
    """Unit names of an import's tasks with how many tasks name each, in order of first use."""
    counts: dict[str, int] = {}
    for t in contract.get("tasks") or []:
        for name in {(u.get("name") or "").strip() for u in t.get("units") or []}:
            if name:
                counts[name] = counts.get(name, 0) + 1
    return counts


def suggest_merges(names: Mapping[str, int], index: UnitIndex,
                   dismissed: set[frozenset[str]] = frozenset()) -> list[Suggestion]:
    """For each new name of an import (name -> tasks naming it): the known unit it likely is;
    then, among the new names no known unit fits, pairs of spellings of one unit."""
    out, unmatched = [], {}
    for name, count in names.items():
        if index.find(name) is not None:
            continue
        s = index.suggest(name, dismissed)
        if s is not None:
            out.append(s)
        else:
            unmatched[name] = count
    return out + _pairs_within(unmatched, dismissed)


def _pairs_within(names: Mapping[str, int], dismissed: set[frozenset[str]]) -> list[Suggestion]:
    """Two spellings of one unit among ``names``: the less used (then shorter) one gives way."""
    order = {n: i for i, n in enumerate(names)}
    local = UnitIndex((i, n, "department", ()) for n, i in order.items())
    options: dict[str, list[tuple[int, str, str]]] = {}   # spelling to give up -> (score, keep, reason)
    for name in names:
        for uid, m, _s in local.candidates(name, dismissed):
            other = local.names[uid]
            keep, drop = sorted((name, other), key=lambda n: (-names[n], -len(normalize_name(n)), order[n]))
            if drop == name:
                options.setdefault(drop, []).append((m.score, keep, m.reason))
    out, dropped, kept = [], set(), set()
    for drop in sorted(options, key=lambda d: (-max(o[0] for o in options[d]), order[d])):
        ranked = sorted(options[drop], key=lambda o: -o[0])
        if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            continue   # two other spellings fit equally: the clerk decides
        score, keep, reason = ranked[0]
        if keep in dropped or drop in kept:
            continue
        dropped.add(drop)
        kept.add(keep)
        out.append(Suggestion(drop, keep, None, score, f"同一文件中的两种写法，{reason}"))
    return out


def near_duplicates(index: UnitIndex, task_counts: Mapping[int, int],
                    dismissed: set[frozenset[str]] = frozenset()) -> list[Suggestion]:
    """Units of one directory that look like one unit (for merging in the units dialog).

    Never two members of one collective (they were listed apart on purpose), nor a
    collective and its member, nor a unit two others fit equally. When both have tasks
    the one with more is kept, else the older one (a directory entry keeps its standard
    name over a spelling met on import).
    """
    pairs: dict[tuple[int, int], Match] = {}
    groups = list(index._exact.values()) + list(index._buckets.values())
    for group in groups:
        for i, (sa, ua) in enumerate(group):
            for sb, ub in group[i + 1:]:
                if ua == ub or pair_key(index.names[ua], index.names[ub]) in dismissed:
                    continue
                if _related(index, ua, ub):
                    continue
                m = compare_names(sa, sb)
                key = (min(ua, ub), max(ua, ub))
                if m is not None and (key not in pairs or m.score > pairs[key].score):
                    pairs[key] = m
    tops: dict[int, list[int]] = defaultdict(list)    # unit -> scores of its pairs
    for (ua, ub), m in pairs.items():
        tops[ua].append(m.score)
        tops[ub].append(m.score)
    out, merged = [], set()
    for (ua, ub), m in sorted(pairs.items(), key=lambda p: (-p[1].score, p[0])):
        both_used = task_counts.get(ua, 0) and task_counts.get(ub, 0)
        keep, drop = sorted((ua, ub), key=lambda u: (-task_counts.get(u, 0) if both_used else 0, u))
        if drop in merged or keep in merged or any(tops[u].count(max(tops[u])) > 1 for u in (ua, ub)):
            continue   # already merged, or two units fit it equally: the clerk decides
        merged.add(drop)
        out.append(Suggestion(index.names[drop], index.names[keep], keep, m.score, m.reason, other_id=drop))
    return out


def _related(index: UnitIndex, a: int, b: int) -> bool:
    """Members of one collective, or a collective and its member: different units by listing."""
    ca, cb = index.collectives_of.get(a, set()), index.collectives_of.get(b, set())
    return bool(ca & cb) or a in cb or b in ca


def store_merges(ledger, merges: Iterable[tuple[str, str]]) -> Changes:
    """After an import is saved: make each (alias, canonical) an alias in the directory, so
    the next import resolves it. Skips a pair whose canonical name the ledger does not hold
    (no task kept it) or that is one unit already. One transaction."""
    changes = Changes()
    done = []
    with ledger.transaction():
        for alias, canonical in merges:
            target = ledger.units.find(canonical)
            if target is None or ledger.units.find(alias) == target:
                continue
            changes.merge(ledger.units.add_alias(alias, canonical))
            done.append(f"“{alias}”→“{canonical}”")
    changes.message = ("已记下单位的别名：" + "、".join(done) + "。") if done else ""
    return changes
