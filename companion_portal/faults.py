"""The portal's English for why a submission is not acceptable (``companion.domain.assignments.problems``
gives codes; the portal answers in its own language, the desktop app in the participant's)."""

from __future__ import annotations

from companion.shared_kernel import Reason, reasons

_ENGLISH = {
    reasons.TEXT_EMPTY: "The text is empty.",
    reasons.TOO_MANY_WORDS: "The text has {words} words; the limit is {limit}.",
    reasons.TOO_FEW_PHOTOS: "Add at least {minimum} photos ({chosen} chosen).",
    reasons.TOO_MANY_PHOTOS: "At most {maximum} photos are accepted ({chosen} chosen).",
    reasons.WRONG_TYPE: "{filename} is {mime}; accepted: {accepted_list}.",
    reasons.FILE_TOO_LARGE: "{filename} is {size} bytes; the limit is {limit} bytes.",
    reasons.ANSWER_REQUIRED: "Answer: \"{prompt}\"",
    reasons.NOT_A_CHOICE: "\"{value}\" is not a choice for \"{prompt}\"",
}


def english(fault: Reason) -> str:
    data = dict(fault.data, accepted_list=", ".join(fault.data.get("accepted") or []))
    return _ENGLISH.get(fault.code, fault.code).format(**data)


def sentence(faults: list[Reason]) -> str:
    return " ".join(english(f) for f in faults)
