"""The clerk's vocabulary, in one place: labels, role words, title words, office suffixes.

Loaded once from the JSON files beside this module; every stage of the extractor takes
its words from here, so a new phrasing of a label or a new kind of office is one line of
data. ``alternation`` builds the regex alternative of a word list, longest first (so
时限要求 wins over 时限).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the extractor (see the ``_about`` line of each data file)."""

    unit_labels: dict[str, str]
    time_labels: tuple[str, ...]
    person_labels: tuple[str, ...]
    role_of: dict[str, str]
    closing_roles: tuple[str, ...]
    document_kinds: tuple[str, ...]
    plan_kinds: tuple[str, ...]
    report_kinds: tuple[str, ...]
    work_above: tuple[str, ...]
    work_lists: tuple[str, ...]
    month_lists: tuple[str, ...]
    office_suffixes: tuple[str, ...]
    table_columns: tuple[tuple[str, tuple[str, ...]], ...]
    bare_columns: tuple[tuple[str, tuple[str, ...]], ...]
    division_words: tuple[str, ...]
    indicator_words: tuple[str, ...]
    listing_words: tuple[str, ...]
    not_names: frozenset[str]
    name_tails: tuple[str, ...]
    field_labels: tuple[str, ...] = ()
    object_labels: tuple[str, ...] = ()
    township_suffixes: tuple[str, ...] = ()
    not_townships: tuple[str, ...] = ()
    kinds_under_each: tuple[str, ...] = ()
    spell_words: tuple[str, ...] = ()
    hazard_words: tuple[str, ...] = ()
    season_words: tuple[str, ...] = ()
    issuer_teams: tuple[str, ...] = ()
    holiday_time: tuple[str, ...] = ()
    action_manner: tuple[str, ...] = ()
    action_generic: tuple[str, ...] = ()
    action_goes_on: tuple[str, ...] = ()
    unit_staff: tuple[str, ...] = ()
    year_targets: tuple[str, ...] = ()
    quota_words: tuple[str, ...] = ()
    fact_words: tuple[str, ...] = ()
    totals_words: tuple[str, ...] = ()
    provinces: frozenset[str] = frozenset()
    draft_words: tuple[str, ...] = ()
    kind_words: tuple[str, ...] = ()
    place_heads: frozenset[str] = frozenset()
    target_verbs: tuple[str, ...] = ()
    target_lists: tuple[str, ...] = ()
    events_after: tuple[str, ...] = ()
    events_before: tuple[str, ...] = ()
    key_point_lists: tuple[str, ...] = ()
    principle_heads: tuple[str, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label: units, people, then time limits."""
        return (*self.unit_labels, *self.person_labels, *self.time_labels)


def _load(name: str) -> dict:
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    """The lexicon, read from its data files on first use."""
    labels, roles = _load("labels.json"), _load("roles.json")
    titles, offices = _load("titles.json"), _load("offices.json")
    column_data = _load("columns.json")
    spells = _load("spells.json")
    actions = _load("actions.json")
    events = _load("events.json")
    columns = column_data["columns"]
    role_of = {w: role for role in ("lead", "support", "responsible") for w in roles[role]}
    closing = {w: role for role, words in roles["closing"].items() for w in words}
    return Lexicon(
        unit_labels=dict(labels["units"]),
        time_labels=tuple(labels["time"]),
        person_labels=tuple(labels["person"]),
        role_of={**closing, **role_of},
        closing_roles=tuple(closing),
        document_kinds=tuple(titles["document_kinds"]),
        plan_kinds=tuple(titles["plan_kinds"]),
        report_kinds=tuple(titles["report_kinds"]),
        work_above=tuple(titles["work_above"]),
        work_lists=tuple(titles["work_lists"]),
        month_lists=tuple(titles["month_lists"]),
        # Longest first, so that 管委会 is found before 会.
        office_suffixes=tuple(sorted(offices["suffixes"], key=len, reverse=True)),
        table_columns=tuple((role, tuple(words)) for role, words in columns),
        bare_columns=tuple((role, tuple(words)) for role, words in column_data["bare"]),
        division_words=tuple(column_data["division_words"]),
        indicator_words=tuple(column_data["indicator_words"]),
        listing_words=tuple(column_data["listing_words"]),
        not_names=frozenset(offices["not_names"]),
        name_tails=tuple(offices["name_tails"]),
        field_labels=tuple(labels["fields"]),
        object_labels=tuple(labels["objects"]),
        township_suffixes=tuple(offices["township_suffixes"]),
        not_townships=tuple(offices["not_townships"]),
        kinds_under_each=tuple(offices["kinds_under_each"]),
        spell_words=tuple(spells["spell"]),
        hazard_words=tuple(spells["hazards"]),
        season_words=tuple(spells["seasons"]),
        issuer_teams=tuple(spells["issuer_teams"]),
        holiday_time=tuple(spells["holiday_time"]),
        action_manner=tuple(actions["manner"]),
        action_generic=tuple(actions["generic"]),
        action_goes_on=tuple(actions["goes_on"]),
        unit_staff=tuple(offices["staff"]),
        year_targets=tuple(titles["year_targets"]),
        quota_words=tuple(column_data["quota_words"]),
        fact_words=tuple(column_data["fact_words"]),
        totals_words=tuple(column_data["totals_words"]),
        provinces=frozenset(offices["provinces"]),
        draft_words=tuple(column_data["draft_words"]),
        kind_words=tuple(column_data["kind_words"]),
        place_heads=frozenset(column_data["place_heads"]),
        target_verbs=tuple(column_data["target_verbs"]),
        target_lists=tuple(titles["target_lists"]),
        events_after=tuple(events["after"]),
        events_before=tuple(events["before"]),
        key_point_lists=tuple(titles["key_point_lists"]),
        principle_heads=tuple(titles["principle_heads"]),
    )


def alternation(words) -> str:
    """``(?:a|b|…)`` of ``words``, longest first, each escaped."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
