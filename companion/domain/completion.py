"""Where a participant stands against the certificate rules, as a checklist."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from .course import Course
from .i18n import QT_TRANSLATE_NOOP, number, translate
from .quiz import AttemptSummary, attempts_left, best_score

DONE = "done"  # counts toward the certificate
SENDING = "sending"  # made and kept on this computer, waiting to reach the portal
TO_DO = "to_do"  # open, deadline ahead
UPCOMING = "upcoming"  # a live session still to come
OVERDUE = "overdue"  # deadline passed and not done
MISSED = "missed"  # a live session that is over with no attendance recorded
OPTIONAL = "optional"  # not needed for the certificate

STATE_LABELS = {
    DONE: QT_TRANSLATE_NOOP("domain", "Done"),
    SENDING: QT_TRANSLATE_NOOP("domain", "Waiting to be sent"),
    TO_DO: QT_TRANSLATE_NOOP("domain", "To do"),
    UPCOMING: QT_TRANSLATE_NOOP("domain", "Upcoming"),
    OVERDUE: QT_TRANSLATE_NOOP("domain", "Overdue"),
    MISSED: QT_TRANSLATE_NOOP("domain", "No attendance recorded"),
    OPTIONAL: QT_TRANSLATE_NOOP("domain", "Optional"),
}


@dataclass(frozen=True)
class ChecklistItem:
    key: str  # "live_session:ID", "quiz:ID", "assignment:ID"
    kind: str
    item_id: str
    title: str
    state: str
    detail: str
    due: datetime | None  # an instant (UTC); for a live session, its start
    required: bool

    @property
    def state_label(self) -> str:
        return translate("domain", STATE_LABELS[self.state])


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItem, ...]

    @property
    def required(self) -> list[ChecklistItem]:
        return [i for i in self.items if i.required]

    @property
    def done_count(self) -> int:
        return sum(1 for i in self.required if i.state == DONE)

    @property
    def eligible(self) -> bool:
        return all(i.state == DONE for i in self.required)

    @property
    def missing(self) -> list[ChecklistItem]:
        return [i for i in self.required if i.state != DONE]


def _fmt_score(score: float) -> str:
    """60 -> '60', 66.67 -> '66.7' (as the participant's language writes numbers)."""
    return number(score, 0 if float(score).is_integer() else 1)


def checklist(course: Course, now: datetime, *, attended: set[str],
              attempts: Mapping[str, Sequence[AttemptSummary]],
              deliveries: Mapping[str, str]) -> Checklist:
    """The certificate checklist.

    ``attended``: live-session ids with attendance recorded. ``attempts``: finished attempts per
    quiz id. ``deliveries``: per assignment id, the furthest its submission got: "delivered",
    "waiting" (kept locally, not yet at the portal), "draft" or absent; or what the organizer made
    of its latest delivery: "accepted" (done) or "needs_revision" (open again).
    """
    rules = course.completion
    items: list[ChecklistItem] = []

    for s in course.live_sessions:
        start, end = s.start.instant(), s.end.instant()
        if s.id in attended:
            state, detail = DONE, translate("domain", "Attendance recorded")
        elif now < end:
            state, detail = UPCOMING, (translate("domain", "Happening now") if now >= start
                                        else translate("domain", "Join on the day"))
        else:
            state, detail = MISSED, translate("domain", "The session is over")
        items.append(ChecklistItem(f"live_session:{s.id}", "live_session", s.id, s.title, state, detail,
                                   start, rules.attend_all_live_sessions))

    for q in course.quizzes:
        tries = list(attempts.get(q.id, ()))
        best = best_score(tries)
        due = q.due.instant() if q.due else None
        left = attempts_left(q, tries)
        if best is not None and best >= q.pass_score:
            state, detail = DONE, translate("domain", "Passed: best score {0}/100").format(_fmt_score(best))
        else:
            past = due is not None and now > due
            state = OVERDUE if past else TO_DO
            if best is None:
                detail = translate("domain", "Not attempted yet; pass mark {0}/100").format(_fmt_score(q.pass_score))
            else:
                detail = translate("domain", "Best score {0}/100, below the pass mark of {1}").format(
                    _fmt_score(best), _fmt_score(q.pass_score))
            if left is not None and not past:
                detail += translate("domain", "; %n attempt(s) left", None, left)
        items.append(ChecklistItem(f"quiz:{q.id}", "quiz", q.id, q.title, state, detail, due,
                                   rules.pass_all_quizzes))

    required = set(rules.required_assignments)
    for a in course.assignments:
        due = a.due.instant() if a.due else None
        got = deliveries.get(a.id)
        needed = a.id in required
        if got == "delivered":
            state, detail = DONE, translate("domain", "Delivered to the portal")
        elif got == "accepted":
            state, detail = DONE, translate("domain", "Accepted by the organizer")
        elif got == "needs_revision":  # the organizer asked for it again: open, whatever the deadline
            state = TO_DO if needed else OPTIONAL
            detail = translate("domain", "The organizer asked for a revision: submit it again")
        elif got == "waiting":
            state, detail = SENDING, translate("domain", "Submitted and kept on this computer until the portal takes it")
        else:
            past = due is not None and now > due
            if not needed:
                state = OPTIONAL
            else:
                state = OVERDUE if past else TO_DO
            detail = (translate("domain", "Draft saved, not submitted") if got == "draft"
                      else translate("domain", "Not started"))
        items.append(ChecklistItem(f"assignment:{a.id}", "assignment", a.id, a.title, state, detail, due, needed))

    return Checklist(tuple(items))


def next_deadline(items: Checklist, now: datetime) -> ChecklistItem | None:
    """The soonest deadline still ahead for work that is not done (live sessions excluded)."""
    ahead = [i for i in items.items
             if i.kind != "live_session" and i.due is not None and i.due > now and i.state not in (DONE, SENDING)]
    return min(ahead, key=lambda i: (i.due, not i.required), default=None)
