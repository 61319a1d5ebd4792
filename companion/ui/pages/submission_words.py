"""What the Submissions page says about a submission: its state, the portal's receipt, why it waits
or was refused, in the participant's language. Times follow the one rule of
:mod:`companion.domain.timefmt` (the participant's time and the course's, both zones named)."""

from __future__ import annotations

from datetime import datetime

from companion.domain import outbox, reasons
from companion.domain.i18n import QT_TRANSLATE_NOOP, number, translate
from companion.domain.reasons import Reason
from companion.domain.timefmt import instant_line

from .. import words

STATE_WORDS = {"queued": QT_TRANSLATE_NOOP("ui", "Waiting for a connection"), "uploading": QT_TRANSLATE_NOOP("ui", "Sending"),
               "delivered": QT_TRANSLATE_NOOP("ui", "Delivered"), "needs_attention": QT_TRANSLATE_NOOP("ui", "Needs your attention"),
               "draft": QT_TRANSLATE_NOOP("ui", "Draft"), "kept_local": QT_TRANSLATE_NOOP("ui", "Kept on this computer")}
KIND_WORDS = {"essay": QT_TRANSLATE_NOOP("ui", "Essay"), "photos": QT_TRANSLATE_NOOP("ui", "Photos"), "survey": QT_TRANSLATE_NOOP("ui", "Survey"),
              "action_plan": QT_TRANSLATE_NOOP("ui", "Action plan"), "quiz_attempt": QT_TRANSLATE_NOOP("ui", "Quiz attempt"),
              "attendance": QT_TRANSLATE_NOOP("ui", "Attendance")}
# the portal's verdict in its receipt (PROTOCOL.md: accepted | late | rejected)
VERDICT_WORDS = {"accepted": QT_TRANSLATE_NOOP("ui", "accepted"), "late": QT_TRANSLATE_NOOP("ui", "submitted after the deadline"),
                 "rejected": QT_TRANSLATE_NOOP("ui", "refused")}


def when(instant: datetime, user_tz: str, course_tz: str | None) -> str:
    """An instant by the app's one rule: the participant's time and the course's, zones named."""
    return instant_line(instant, user_tz, course_tz or user_tz)


def state_words(state: str) -> str:
    return translate("ui", STATE_WORDS[state]) if state in STATE_WORDS else state


def kind_words(kind: str) -> str:
    return translate("ui", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def _instant(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text or "").replace("Z", "+00:00"))
    except ValueError:
        return None


def verdict_words(receipt: dict, due: datetime | None) -> str:
    """'accepted as on time' / 'accepted as on time, though it arrived after the deadline' / ...,
    from the receipt's status code (the portal's own sentence is English: it is not shown)."""
    status = str(receipt.get("status") or "")
    received = _instant(receipt.get("received_at"))
    if status == "accepted" and receipt.get("on_time_by") == "commitment":
        return translate("ui", "accepted as on time: its fingerprint reached the portal before the deadline")
    if status == "accepted" and due is not None:
        if received is not None and received > due:
            return translate("ui", "accepted as on time: submitted before the deadline, delivered after it")
        return translate("ui", "accepted as on time")
    return translate("ui", VERDICT_WORDS[status]) if status in VERDICT_WORDS else ""


def receipt_words(receipt: dict, user_tz: str, course_tz: str | None = None, due: datetime | None = None) -> str:
    """'arrived at the portal Thu 20 Jul 08:02 KST (your time) · …, accepted as on time': when and
    that it arrived; the receipt's number and fingerprint are behind the outbox's Details
    (:func:`receipt_details`), not in the sentence."""
    received = _instant(receipt.get("received_at"))
    text = (translate("ui", "arrived at the portal {0}").format(when(received, user_tz, course_tz))
            if received is not None else translate("ui", "arrived at the portal"))
    verdict = verdict_words(receipt, due)
    if verdict:
        text = translate("ui", "{0}, {1}").format(text, verdict)
    score = receipt.get("score")  # the portal's word: shown only when it is a score at all
    if isinstance(score, (int, float)) and not isinstance(score, bool) and 0 <= score <= 100:
        text += " · " + translate("ui", "portal score {0}/100").format(number(score, 0 if float(score).is_integer() else 1))
    return text


def receipt_details(receipt: dict) -> str:
    """What the outbox's Details shows of a receipt: its number at the portal and the fingerprint of
    what the portal received, each whole, with what a fingerprint is for."""
    lines = [translate("ui", "Receipt number at the portal: {0}").format(str(receipt.get("submission_id") or "—"))]
    fingerprint = str(receipt.get("content_sha256") or "")
    if fingerprint:
        lines.append(translate("ui", "Fingerprint of what the portal received: {0}").format(fingerprint))
        lines.append(translate("ui", "The fingerprint is computed from the work itself: it lets the portal and this "
                                     "computer check that the work arrived complete and unaltered."))
    return "\n".join(lines)


def is_conflict(item) -> bool:
    """The portal holds another version of this item from another computer."""
    return (item is not None and item.state == outbox.NEEDS_ATTENTION and item.reason is not None
            and item.reason.code == reasons.CONFLICT)


def commitment_words(item, user_tz: str, course_tz: str | None = None, due: datetime | None = None) -> str:
    """The on-time proof of an item still waiting for its content to go: 'Your selfies' fingerprint
    reached the portal at … (your time) — on time; the photos follow when the connection allows'."""
    proof = getattr(item, "commitment", None)
    if item is None or not proof or item.state not in outbox.WAITING_STATES:
        return ""
    received = _instant(proof.get("received_at"))
    if received is None:
        return ""
    at = when(received, user_tz, course_tz)
    photos = item.kind == "photos"
    if due is not None and received <= due:
        text = (translate("ui", "Your selfies' fingerprint reached the portal at {0} — on time; the photos follow "
                                "when the connection allows") if photos else
                translate("ui", "Your submission's fingerprint reached the portal at {0} — on time; the rest "
                                "follows when the connection allows"))
    elif due is not None:
        text = (translate("ui", "Your selfies' fingerprint reached the portal at {0}, after the deadline; the photos "
                                "follow when the connection allows") if photos else
                translate("ui", "Your submission's fingerprint reached the portal at {0}, after the deadline; the "
                                "rest follows when the connection allows"))
    else:
        text = (translate("ui", "Your selfies' fingerprint reached the portal at {0}; the photos follow when the "
                                "connection allows") if photos else
                translate("ui", "Your submission's fingerprint reached the portal at {0}; the rest follows when "
                                "the connection allows"))
    return text.format(at)


def note_words(item, user_tz: str = "UTC") -> str:
    """Why an outbox item waits, was refused or was settled, in the participant's language (times
    in it in the participant's zone)."""
    if item is None:
        return ""
    if item.reason is not None:
        return words.reason(Reason(item.reason.code, {"zone": user_tz, **item.reason.data}))
    if item.state in outbox.WAITING_STATES:
        return translate("ui", "Kept on this computer until the portal takes it")
    return ""


def outbox_note(item, user_tz: str, course_tz: str | None = None, due: datetime | None = None) -> str:
    """The table's 'Receipt / note' cell."""
    if item.receipt:
        return receipt_words(item.receipt, user_tz, course_tz, due)
    proof = commitment_words(item, user_tz, course_tz, due) if item.reason is None else ""
    if proof:
        return proof
    return note_words(item, user_tz) or translate("ui", "Kept on this computer until the portal takes it")


def last_submission_words(latest, user_tz: str, course_tz: str | None, due: datetime | None) -> str:
    """The line under an assignment: what became of its latest submission."""
    if latest is None:
        return ""
    submitted = when(latest.submitted_at, user_tz, course_tz)
    if latest.state == outbox.DELIVERED and latest.receipt:
        return translate("ui", "Delivered · {0}").format(receipt_words(latest.receipt, user_tz, course_tz, due))
    if latest.state == outbox.NEEDS_ATTENTION:
        reason = note_words(latest, user_tz) or translate("ui", "see the outbox")
        return translate("ui", "Submitted {0} — the portal refused it: {1} Fix it and submit again.").format(
            submitted, reason)
    if latest.state == outbox.KEPT_LOCAL:
        return translate("ui", "Submitted {0} — kept on this computer: {1}").format(submitted, note_words(latest, user_tz))
    proof = commitment_words(latest, user_tz, course_tz, due)
    if proof:
        return translate("ui", "Submitted {0} — {1}").format(submitted, proof)
    return translate("ui", "Submitted {0} — waiting for a connection to the portal.").format(submitted)


# ---- the organizer's feedback (docs/protocol-feedback.md): fixed words for its verdict codes ----
FEEDBACK_STATE_WORDS = {"accepted": QT_TRANSLATE_NOOP("ui", "Accepted"),
                        "needs_revision": QT_TRANSLATE_NOOP("ui", "Needs revision")}


def feedback_state_words(verdict: str | None) -> str:
    """The verdict in a word or two ('Accepted', 'Needs revision'); '' for none."""
    return translate("ui", FEEDBACK_STATE_WORDS[verdict]) if verdict in FEEDBACK_STATE_WORDS else ""


def feedback_verdict_sentence(verdict: str | None) -> str:
    if verdict == "accepted":
        return translate("ui", "The organizer accepted this work.")
    if verdict == "needs_revision":
        return translate("ui", "The organizer asked for a revision.")
    return translate("ui", "The organizer commented on this work.")


def feedback_next_step(verdict: str | None, revised: bool) -> str:
    """What the participant can do now."""
    if revised:
        return translate("ui", "You sent a new version after this answer; the organizer has not answered it yet.")
    if verdict == "accepted":
        return translate("ui", "Nothing more to do for this assignment.")
    if verdict == "needs_revision":
        return translate("ui", "Change your work below and submit it again.")
    return ""


def feedback_about(submitted_at: datetime | None, answered_at: datetime, user_tz: str, course_tz: str | None) -> str:
    answered = when(answered_at, user_tz, course_tz)
    if submitted_at is None:
        return translate("ui", "Answered {0}").format(answered)
    return translate("ui", "About your submission of {0} · answered {1}").format(
        when(submitted_at, user_tz, course_tz), answered)


def feedback_note(record) -> str:
    """The outbox's word on an answered item: 'organizer: needs revision'."""
    verdict = feedback_state_words(record.verdict) if record is not None else ""
    if record is None:
        return ""
    return translate("ui", "organizer: {0}").format(verdict) if verdict else translate("ui", "organizer: commented")


def feedback_notice(titles: list[str], verdicts: list[str | None]) -> str:
    """The notification when new answers arrive: one named with its verdict, several counted."""
    if len(titles) == 1:
        verdict = feedback_state_words(verdicts[0])
        if verdict:
            return translate("ui", "New feedback from the organizer on {0}: {1}.").format(titles[0], verdict)
        return translate("ui", "New feedback from the organizer on {0}.").format(titles[0])
    return translate("ui", "New feedback from the organizer on %n submission(s).", None, len(titles))
