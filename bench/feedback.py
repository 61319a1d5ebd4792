"""What reading the organizers' feedback adds to a participant's sync pass, beside a pass without it
in the same run.

    python bench/feedback.py [--rounds 30]

The reference portal runs in this process (uvicorn on 127.0.0.1, SQLite) with the sample course; the
app (its real store and sync engine) has delivered the essay and the action plan, and the organizer
has answered both with a comment of 4,000 characters (the protocol's longest). Printed:
  - a calm sync pass (nothing to deliver, courses not refreshed) against that portal, and against the
    same portal once the app has learnt it has no feedback route: p50/p95 and requests per pass;
  - the feedback answer's size on the wire (gzip, as the client asks) and decompressed;
  - reading a hostile answer just under the client's size cap (12,000 entries for nobody's
    submissions, about 3.9 MB): the time ``companion.domain.feedback.read_answer`` takes to keep
    nothing of it, beside json.loads of the same bytes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COURSE = "caring-cities-2023"
SAMPLE = ROOT / "resources" / "courses" / COURSE
WHEN = datetime(2023, 7, 10, 12, 0, tzinfo=timezone.utc)


def quantiles(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered) * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms"


def passes(app, portal, rounds: int) -> tuple[list[float], float]:
    times, before = [], len(portal.faults.seen)
    for _ in range(rounds):
        started = time.perf_counter()
        report = app.sync.run(refresh_courses=False)
        times.append(time.perf_counter() - started)
        assert report.failure is None, report
    return times, (len(portal.faults.seen) - before) / rounds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from companion.app import build_app
    from companion.domain.clock import FixedClock
    from companion.domain.feedback import ANSWER_BYTES, read_answer
    from companion_portal.app import Faults
    from companion_portal.models import Feedback, Organizer
    from companion_portal.testing import running_portal

    clock = FixedClock(WHEN)
    with tempfile.TemporaryDirectory() as tmp:
        faults = Faults()
        with running_portal(Path(tmp) / "portal", course=SAMPLE, users={"ana": "secret-pw"}, faults=faults,
                            clock=clock.now) as portal:
            portal.faults = faults
            state = portal.app.state
            state.add_organizer("kim", "desk-password-1", "Kim", [COURSE])
            (Path(tmp) / "app").mkdir()
            app = build_app(Path(tmp) / "app", clock=clock)
            try:
                app.sync.sign_in(portal.url, "ana", "secret-pw")
                for item in ("essay", "action-plan"):
                    app.assignments.save_draft(COURSE, item, {"text": "Care is a public service. " * 40})
                    app.assignments.submit(COURSE, item)
                assert app.sync.run(now=True).delivered == 2
                ana = next(s for s in app.store.submissions(COURSE))
                with state.portal.db() as s:
                    organizer = s.query(Organizer).one()
                    for sub in app.store.submissions(COURSE):
                        s.add(Feedback(submission_id=sub.id, course_id=COURSE, participant_id=_participant(s, "ana"),
                                       organizer_id=organizer.id, verdict="needs_revision", comment=_comment(4000, sub.id),
                                       updated_at=WHEN))
                assert len(app.sync.run(refresh_courses=False).feedback) == 2
                token = app.sync.credentials.get_token(portal.url, "ana")
                url = f"{portal.url}/api/v1/courses/{COURSE}/feedback"
                raw = requests.get(url, headers={"Authorization": f"Bearer {token}", "Accept-Encoding": "gzip"},
                                   stream=True, timeout=30)
                wire = len(raw.raw.read(decode_content=False))
                plain = len(requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30).content)

                with_route, asked = passes(app, portal, args.rounds)
                faults.absent = ("/feedback",)
                app.sync.run(refresh_courses=False)  # learns the route is gone
                without, asked_without = passes(app, portal, args.rounds)
            finally:
                app.close()
            print(f"calm sync pass, portal with feedback (2 answers)  {quantiles(with_route)}   "
                  f"{asked:.1f} requests/pass")
            print(f"calm sync pass, portal without it (learnt once)    {quantiles(without)}   "
                  f"{asked_without:.1f} requests/pass")
            print(f"the feedback answer: {wire:,} bytes on the wire (gzip), {plain:,} decompressed "
                  f"(2 comments of 4,000 characters); submission {ana.id[:8]}…")

    junk = {"version": 1, "feedback": [{"submission_id": str(uuid.uuid4()), "item_id": "essay", "kind": "essay",
                                        "verdict": "accepted", "comment": "x" * 100,
                                        "updated_at": "2023-07-22T08:15:00Z"} for _ in range(12_000)]}
    body = json.dumps(junk).encode()
    started = time.perf_counter()
    data = json.loads(body)
    parsed = time.perf_counter()
    kept = read_answer(data, COURSE, {"mine": "essay"})
    done = time.perf_counter()
    assert len(body) <= ANSWER_BYTES  # what the client would read at most
    print(f"a hostile answer of {len(body) / 1e6:.1f} MB ({len(junk['feedback']):,} entries for nobody): json.loads "
          f"{(parsed - started) * 1000:.0f} ms, read_answer {(done - parsed) * 1000:.0f} ms, kept {len(kept)}")
    return 0


def _comment(chars: int, seed: str) -> str:
    """Varied words (a comment compresses as text does, not as one repeated letter)."""
    import random

    words = ("the", "essay", "shows", "what", "your", "district", "learnt", "from", "care", "services", "please",
             "add", "one", "example", "of", "a", "programme", "older", "residents", "neighbourhood", "teams",
             "budget", "who", "runs", "it", "and", "what", "changed", "since", "2021", "clear", "thank", "you")
    rng, out = random.Random(seed), []
    while sum(len(w) + 1 for w in out) < chars:
        out.append(rng.choice(words))
    return " ".join(out)[:chars]


def _participant(s, login: str) -> str:
    from companion_portal.models import Participant

    return s.query(Participant).filter(Participant.login == login).one().id


if __name__ == "__main__":
    sys.exit(main())
