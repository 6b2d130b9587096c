"""Sentences whose dates set no duty, as the implicit stage asks of each dated sentence.

One question over the families that answer it, each in its own module: the grounds, guiding
statements, reported speech and grants of ``not_due``; a year leading a plan's guiding thought or a
notice's preamble (``year_leads``); the issuer's own event or public call (``own_events``); a period's
tally of work done (``done_tallies``); the weather of a spell, forecast or past (``weather_reports``); a
named day, week or month stated (``day_names``).
"""

from __future__ import annotations

from tracker.extract.day_names import day_named
from tracker.extract.done_tallies import done_tally
from tracker.extract.not_due import not_a_duty
from tracker.extract.own_events import own_event
from tracker.extract.weather_reports import weather_report
from tracker.extract.year_leads import year_lead


def no_duty(para: str, start: int, end: int) -> bool:
    """Do the time phrases of the sentence ``para[start:end]`` set no due date (``not_a_duty``,
    ``year_lead``, ``own_event``, ``done_tally``, ``weather_report`` or ``day_named``)?"""
    return not_a_duty(para, start, end) or year_lead(para, start, end) or own_event(para, start, end) \
        or done_tally(para, start, end) or weather_report(para, start, end) or day_named(para, start, end)
