"""The unit directory: canonical names, aliases, kinds and members of collectives."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import NotFoundError
from tracker.ledger.changes import Changes
from tracker.resources import resource_path

KINDS = ("department", "county", "zone", "collective", "other")
KIND_ZH = {"department": "部门", "county": "县（市、区）", "zone": "开发区", "collective": "统称", "other": "其他"}
DEFAULT_DIRECTORY = resource_path("data", "units.json")

_SPACE = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """The form names are compared in: NFKC (full/half-width brackets alike), no spaces."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", name or ""))


def guess_kind(name: str) -> str:
    """A unit's kind from the shape of its name (used for names first met on import)."""
    n = normalize_name(name)
    if n.startswith(("各", "有关")) or "有关" in n or n.endswith(("各部门", "各单位")) or "直有关" in n:
        return "collective"
    if "开发区" in n or "管委" in n or n.endswith(("园区", "新区")):
        return "zone"
    if re.search(r"[县区市旗](人民)?政府$", n) and not n.startswith(("市政府", "省政府")):
        return "county"
    return "department"


@dataclass
class Unit:
    """A unit of the directory."""

    id: int
    name: str
    kind: str
    aliases: list[str]
    members: list[int]


class UnitsPart:
    """``ledger.units``: look-ups, aliases, members."""

    def __init__(self, ledger):
        self._ledger = ledger
        self._cache: dict[str, int] | None = None

    @property
    def _db(self):
        return self._ledger.db

    def _index(self) -> dict[str, int]:
        if self._cache is None:
            idx: dict[str, int] = {}
            for uid, name in self._db.execute("SELECT id, name FROM units"):
                idx[normalize_name(name)] = uid
            for alias, uid in self._db.execute("SELECT alias, unit_id FROM unit_aliases"):
                idx.setdefault(normalize_name(alias), uid)
            self._cache = idx
        return self._cache

    def invalidate(self) -> None:
        """Forget cached look-ups (after another process changed the directory)."""
        self._cache = None

    def find(self, name: str) -> int | None:
        """The unit id for a name or alias, or None."""
        return self._index().get(normalize_name(name))

    def resolve(self, name: str, kind: str | None = None) -> int:
        """The unit id for ``name``, adding the unit when the name is new (never dropped)."""
        uid = self.find(name)
        if uid is None:
            self.invalidate()  # another process may have added it since the cache was filled
            uid = self.find(name)
        if uid is None:
            with self._ledger.transaction():
                uid = self._db["units"].insert(
                    {"name": name.strip(), "kind": kind or guess_kind(name)}
                ).last_pk
            self._index()[normalize_name(name)] = uid
        return uid

    def get(self, unit: int | str) -> Unit:
        """A unit by id or name; raises NotFoundError."""
        uid = unit if isinstance(unit, int) else self.find(unit)
        row = None if uid is None else self._db.execute(
            "SELECT id, name, kind FROM units WHERE id=?", [uid]).fetchone()
        if row is None:
            raise NotFoundError(f"没有这个单位：{unit}")
        aliases = [r[0] for r in self._db.execute(
            "SELECT alias FROM unit_aliases WHERE unit_id=? ORDER BY alias", [uid])]
        members = [r[0] for r in self._db.execute(
            "SELECT member_id FROM unit_members WHERE collective_id=? ORDER BY member_id", [uid])]
        return Unit(row[0], row[1], row[2], aliases, members)

    def all(self) -> list[Unit]:
        """Every unit, by name."""
        ids = [r[0] for r in self._db.execute("SELECT id FROM units ORDER BY name")]
        return [self.get(i) for i in ids]

    def directory(self) -> tuple[list[tuple[int, str, str, list[str]]], list[tuple[int, int]]]:
        """Every unit as (id, name, kind, aliases) and every (collective id, member id) pair,
        in three queries (for matching many names against the whole directory at once)."""
        aliases: dict[int, list[str]] = {}
        for alias, uid in self._db.execute("SELECT alias, unit_id FROM unit_aliases ORDER BY alias"):
            aliases.setdefault(uid, []).append(alias)
        units = [(uid, name, kind, aliases.get(uid, []))
                 for uid, name, kind in self._db.execute("SELECT id, name, kind FROM units ORDER BY id")]
        members = [tuple(r) for r in self._db.execute("SELECT collective_id, member_id FROM unit_members")]
        return units, members

    def names(self) -> dict[int, str]:
        """Id → canonical name for every unit."""
        return dict(self._db.execute("SELECT id, name FROM units"))

    def task_counts(self) -> dict[int, int]:
        """Unit id → number of active tasks assigned to it directly."""
        return dict(self._db.execute(
            "SELECT a.unit_id, COUNT(DISTINCT a.task_id) FROM assignments a JOIN tasks t ON t.id=a.task_id "
            "WHERE t.state='active' GROUP BY a.unit_id"))

    def members_of(self, unit_id: int) -> list[int]:
        """Member unit ids of a collective (empty for an ordinary unit)."""
        return [r[0] for r in self._db.execute(
            "SELECT member_id FROM unit_members WHERE collective_id=? ORDER BY member_id", [unit_id])]

    def add_alias(self, alias: str, canonical: str) -> Changes:
        """Make ``alias`` another name of ``canonical``; if ``alias`` was a unit of its own,
        merge it (its assignments and ticks move to the canonical unit)."""
        target = self.find(canonical)
        if target is None:
            raise NotFoundError(f"没有这个单位：{canonical}")
        changes = Changes(units={target})
        with self._ledger.transaction():
            old = self._db.execute("SELECT id FROM units WHERE name=?", [alias.strip()]).fetchone()
            if old and old[0] != target:
                changes.merge(self._merge(old[0], target))
            self._db.execute("INSERT OR REPLACE INTO unit_aliases(alias, unit_id) VALUES (?, ?)",
                             [alias.strip(), target])
        self.invalidate()
        changes.message = f"已将“{alias}”设为“{canonical}”的别名。"
        return changes

    def remove_alias(self, alias: str) -> Changes:
        """Forget one alias of a unit (its canonical name stays); raises NotFoundError."""
        row = self._db.execute("SELECT unit_id FROM unit_aliases WHERE alias=?", [alias]).fetchone()
        if row is None:
            raise NotFoundError(f"没有这个别名：{alias}")
        with self._ledger.transaction():
            self._db.execute("DELETE FROM unit_aliases WHERE alias=?", [alias])
        self.invalidate()
        return Changes(units={row[0]}, message=f"已删除别名“{alias}”。")

    def _merge(self, old: int, target: int) -> Changes:
        db = self._db
        tasks = {r[0] for r in db.execute("SELECT task_id FROM assignments WHERE unit_id=?", [old])}
        db.execute("""UPDATE OR IGNORE assignments SET unit_id=? WHERE unit_id=?""", [target, old])
        db.execute("DELETE FROM assignments WHERE unit_id=?", [old])
        db.execute("UPDATE progress_events SET unit_id=? WHERE unit_id=?", [target, old])
        db.execute("UPDATE unit_aliases SET unit_id=? WHERE unit_id=?", [target, old])
        db.execute("UPDATE OR IGNORE unit_members SET member_id=? WHERE member_id=?", [target, old])
        db.execute("UPDATE OR IGNORE unit_members SET collective_id=? WHERE collective_id=?", [target, old])
        db.execute("DELETE FROM unit_members WHERE member_id=? OR collective_id=?", [old, old])
        name = db.execute("SELECT name FROM units WHERE id=?", [old]).fetchone()[0]
        db.execute("DELETE FROM units WHERE id=?", [old])
        db.execute("INSERT OR REPLACE INTO unit_aliases(alias, unit_id) VALUES (?, ?)", [name, target])
        for tid in tasks:
            self._ledger.tasks.refresh_cells(tid)
        return Changes(tasks=tasks, units={old, target})

    def set_members(self, collective: str, members: list[str]) -> Changes:
        """Give a collective its members; from then on each member ticks its own cells."""
        cid = self.resolve(collective, "collective")
        with self._ledger.transaction():
            self._db.execute("UPDATE units SET kind='collective' WHERE id=?", [cid])
            self._db.execute("DELETE FROM unit_members WHERE collective_id=?", [cid])
            for name in members:
                mid = self.resolve(name)
                if mid != cid:
                    self._db.execute("INSERT OR IGNORE INTO unit_members VALUES (?, ?)", [cid, mid])
            tasks = {r[0] for r in self._db.execute(
                "SELECT task_id FROM assignments WHERE unit_id=?", [cid])}
            for tid in tasks:
                self._ledger.tasks.refresh_cells(tid)
        return Changes(tasks=tasks, units={cid}, message=f"“{collective}”共 {len(members)} 个成员单位。")

    def rename(self, unit_id: int, name: str, kind: str | None = None) -> Changes:
        """Change a unit's canonical name (the old one stays as an alias) or its kind."""
        with self._ledger.transaction():
            old = self.get(unit_id)
            if name.strip() and name.strip() != old.name:
                self._db.execute("UPDATE units SET name=? WHERE id=?", [name.strip(), unit_id])
                self._db.execute("INSERT OR REPLACE INTO unit_aliases VALUES (?, ?)", [old.name, unit_id])
            if kind:
                self._db.execute("UPDATE units SET kind=? WHERE id=?", [kind, unit_id])
        self.invalidate()
        tasks = {r[0] for r in self._db.execute("SELECT task_id FROM assignments WHERE unit_id=?", [unit_id])}
        return Changes(tasks=tasks, units={unit_id})

    def load_defaults(self, path: Path = DEFAULT_DIRECTORY) -> int:
        """Fill the directory from the shipped defaults; returns how many units were added."""
        if not path.exists():
            return 0
        import json   # (only when a new ledger is filled: not for every command)

        data = json.loads(path.read_text("utf-8"))
        added = 0
        with self._ledger.transaction():
            for entry in data.get("units", []):
                if self.find(entry["name"]) is None:
                    self.resolve(entry["name"], entry.get("kind"))
                    added += 1
                uid = self.find(entry["name"])
                for alias in entry.get("aliases", []):
                    self._db.execute("INSERT OR IGNORE INTO unit_aliases VALUES (?, ?)", [alias, uid])
        self.invalidate()
        return added
