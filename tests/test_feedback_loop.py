"""The loop back to the participant, over real HTTP on 127.0.0.1 against the reference portal: an
organizer answers through the desk's own forms (sign-in, CSRF), the app's sync reads the answer,
keeps it, says it is new once, and a "needs revision" is answered by a new submission the portal
takes exactly once. A portal without the feedback route costs the app nothing, and one that lies
about it (sizes, counts, text, submission ids, verdicts) costs it nothing either."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from .conftest import SAMPLE
from .test_cli_sync import cli  # noqa: F401 (the fixture: `companion` as a process)
from .test_desk import csrf_of, signed_in

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
COMMENT = 'Good start.\n<b>Please</b> add one example from your city & send it again. =SUM(A1)'


@pytest.fixture
def desk_portal(tmp_path, clock):
    from companion_portal.app import Faults
    from companion_portal.testing import running_portal

    faults = Faults()
    with running_portal(tmp_path / "portal", course=SAMPLE, users={"ana": "secret-pw"}, faults=faults,
                        clock=clock.now) as server:
        server.faults = faults
        server.app.state.add_organizer("kim", "desk-password-1", "Kim Organizer", [COURSE])
        yield server


def essay_rows(portal) -> list[tuple[str, str]]:
    conn = sqlite3.connect(Path(portal.app.state.config.data_dir) / "portal.sqlite3")
    try:
        return conn.execute("SELECT id, item_id FROM submissions WHERE kind = 'essay' ORDER BY received_at").fetchall()
    finally:
        conn.close()


def answer_on_the_desk(url: str, submission_id: str, verdict: str, comment: str) -> None:
    """What an organizer does: sign in, open the course, follow the submission's link, send the form."""
    desk = signed_in(url, "kim", "desk-password-1")
    course = desk.get(f"{url}/desk/courses/{COURSE}")
    assert f"/desk/courses/{COURSE}/submissions/{submission_id}" in course.text
    page = desk.get(f"{url}/desk/courses/{COURSE}/submissions/{submission_id}")
    assert page.status_code == 200
    form = re.search(r'<form[^>]+action="([^"]+/feedback)"', page.text).group(1)
    sent = desk.post(url + form, data={"verdict": verdict, "comment": comment, "csrf": csrf_of(page.text)},
                     allow_redirects=False)
    assert sent.status_code == 303 and "saved=1" in sent.headers["location"]


def hand_in(app, text: str):
    app.assignments.save_draft(COURSE, "essay", {"text": text})
    return app.assignments.submit(COURSE, "essay")


def test_needs_revision_reaches_the_app_and_the_revision_is_delivered_once_then_accepted(app, desk_portal, clock):
    app.sync.sign_in(desk_portal.url, "ana", "secret-pw")
    first = hand_in(app, "Care is a public service in every district. " * 10)
    assert app.sync.run(now=True).delivered == 1
    assert app.outbox.deliveries(COURSE)["essay"] == "delivered"

    answer_on_the_desk(desk_portal.url, first.id, "needs_revision", COMMENT)
    report = app.sync.run(now=True)
    assert [(f.submission_id, f.item_id, f.verdict) for f in report.feedback] == [(first.id, "essay", "needs_revision")]
    held = app.outbox.feedback(COURSE)[first.id]
    assert held.comment == COMMENT  # as the organizer wrote it, markup and all, to be shown as text
    assert app.outbox.deliveries(COURSE)["essay"] == "needs_revision"
    essay = next(i for i in app.progress.status(COURSE).checklist.items if i.item_id == "essay")
    assert essay.state == "to_do" and "revision" in essay.detail
    assert app.sync.run(now=True).feedback == []  # told once: the same answer is not new at the next pass

    # a day later the participant revises the draft and submits again: a new submission, queued, then
    # delivered once
    clock.set(clock.now() + timedelta(days=1))
    second = hand_in(app, "Care is a public service in every district, as in ours. " * 10)
    assert second.id != first.id
    assert app.outbox.deliveries(COURSE)["essay"] == "waiting"
    report = app.sync.run(now=True)
    assert report.delivered == 1 and app.store.get_submission(second.id).state == "delivered"
    assert app.sync.run(now=True).delivered == 0  # nothing sent twice
    assert essay_rows(desk_portal) == [(first.id, "essay"), (second.id, "essay")]
    assert app.outbox.deliveries(COURSE)["essay"] == "delivered"  # the revision waits for its answer
    # the desk's course page says which delivery is answered and which waits for an answer
    page = signed_in(desk_portal.url, "kim", "desk-password-1").get(f"{desk_portal.url}/desk/courses/{COURSE}").text
    rows = re.findall(r'submissions/([0-9a-f-]+)">.*?<td>(Needs revision|Accepted|Not answered yet)</td></tr>', page)
    assert rows == [(first.id, "Needs revision"), (second.id, "Not answered yet")]
    # the revision's page names the delivery it answers, with that one's feedback as text
    desk = signed_in(desk_portal.url, "kim", "desk-password-1")
    revision = desk.get(f"{desk_portal.url}/desk/courses/{COURSE}/submissions/{second.id}").text
    earlier = revision[revision.index("Earlier deliveries"):revision.index('id="feedback"')]
    assert f'submissions/{first.id}"' in earlier and "Needs revision" in earlier
    assert "&lt;b&gt;Please&lt;/b&gt; add one example from your city &amp; send it again" in earlier
    title = re.search(r"<title>(.*?)</title>", revision, re.S).group(1)
    assert "<" not in title and csrf_of(revision) not in title  # the page's title is words, never the form

    answer_on_the_desk(desk_portal.url, second.id, "accepted", "Thank you: accepted.")
    report = app.sync.run(now=True)
    assert [(f.submission_id, f.verdict) for f in report.feedback] == [(second.id, "accepted")]
    assert app.outbox.deliveries(COURSE)["essay"] == "accepted"
    essay = next(i for i in app.progress.status(COURSE).checklist.items if i.item_id == "essay")
    assert essay.state == "done" and essay.detail == "Accepted by the organizer"

    # the organizer changes an earlier answer: new again, and it is about the older delivery, so the
    # assignment's standing follows the latest delivery's answer
    answer_on_the_desk(desk_portal.url, first.id, "accepted", "On reflection, fine as it was.")
    report = app.sync.run(now=True)
    assert [(f.submission_id, f.verdict) for f in report.feedback] == [(first.id, "accepted")]
    assert app.outbox.deliveries(COURSE)["essay"] == "accepted"


def test_a_portal_without_feedback_is_asked_once_and_the_app_works_as_before(app, desk_portal):
    desk_portal.faults.absent = ("/feedback",)
    app.sync.sign_in(desk_portal.url, "ana", "secret-pw")
    first = hand_in(app, "An essay for a portal that knows less. " * 10)
    report = app.sync.run(now=True)
    assert report.delivered == 1 and report.failure is None and report.feedback == []
    assert app.store.get_submission(first.id).state == "delivered"
    second = hand_in(app, "A second version of the essay. " * 10)
    assert app.sync.run(now=True).delivered == 1
    assert [p for p in desk_portal.faults.seen if p.endswith("/feedback")] == [f"/api/v1/courses/{COURSE}/feedback"]
    assert essay_rows(desk_portal) == [(first.id, "essay"), (second.id, "essay")]
    assert app.outbox.deliveries(COURSE)["essay"] == "delivered" and app.outbox.feedback(COURSE) == {}


def test_a_busy_feedback_route_costs_nothing_and_is_asked_again(app, desk_portal):
    app.sync.sign_in(desk_portal.url, "ana", "secret-pw")
    first = hand_in(app, "Delivered although the feedback route is busy. " * 10)
    # busy, back in half a minute: one request, given up at once (the outbox's schedule waits, not the pass)
    desk_portal.faults.fail_next(1, 503, retry_after=30, path_contains=f"/api/v1/courses/{COURSE}/feedback")
    report = app.sync.run(now=True)
    assert report.delivered == 1 and report.failure is None
    assert not app.sync._extension_absent(desk_portal.url, "feedback")
    answer_on_the_desk(desk_portal.url, first.id, "accepted", "")
    assert [f.verdict for f in app.sync.run(now=True).feedback] == ["accepted"]


def test_the_participants_feedback_route_is_theirs_alone(desk_portal):
    from .support.portal import Caller

    desk_portal.app.state.add_participant("ben", "other-pw", "Ben", "Europe/Madrid", [COURSE])
    ana, ben = Caller(desk_portal.url, "ana", "secret-pw"), Caller(desk_portal.url, "ben", "other-pw")
    sent = ana.submit(COURSE, "essay", "essay", {"text": "Mine. " * 30})
    answer_on_the_desk(desk_portal.url, sent.json()["submission_id"], "needs_revision", "Add an example.")
    assert [a["verdict"] for a in ana.get(f"/courses/{COURSE}/feedback").json()["feedback"]] == ["needs_revision"]
    # the portal's own checklist follows the same rule as the app's: a revision asked is not done
    essay_title = "One-page essay: lessons learned for my city"
    assert essay_title in ana.get(f"/courses/{COURSE}/progress").json()["certificate"]["missing"]
    answer_on_the_desk(desk_portal.url, sent.json()["submission_id"], "accepted", "")
    assert essay_title not in ana.get(f"/courses/{COURSE}/progress").json()["certificate"]["missing"]
    assert ben.get(f"/courses/{COURSE}/feedback").json()["feedback"] == []
    assert requests.get(f"{desk_portal.url}/api/v1/courses/{COURSE}/feedback", timeout=10).status_code == 401


class LyingFeedback(ThreadingHTTPServer):
    """A portal that tells the truth on every route but feedback: a stdlib HTTP server on 127.0.0.1
    (not ours) forwarding to the reference portal, answering ``GET …/feedback`` as ``lie`` says."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, target: str, lie):
        super().__init__(("127.0.0.1", 0), _Forward)
        self.target, self.lie, self.asked = target, lie, 0
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LyingFeedback

    def log_message(self, *args):
        pass

    def _any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        if self.command == "GET" and self.path.endswith("/feedback"):
            self.server.asked += 1
            raw = self.server.lie()
            status, headers, content = 200, {"Content-Type": "application/json"}, raw
        else:
            sent = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection")}
            answer = requests.request(self.command, self.server.target + self.path, data=body, headers=sent,
                                      allow_redirects=False, timeout=30)
            status, content = answer.status_code, answer.content
            headers = {k: v for k, v in answer.headers.items()
                       if k.lower() not in ("content-length", "content-encoding", "transfer-encoding", "connection")}
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_PUT = do_POST = do_PATCH = do_DELETE = do_HEAD = _any


def test_a_portal_lying_about_feedback_costs_nothing_and_only_what_can_be_trusted_is_kept(app, desk_portal):
    first: list = []

    def lies() -> bytes:
        mine = first[0] if first else "none"
        entries = [{"submission_id": str(uuid.uuid4()), "item_id": "essay", "verdict": "accepted", "comment": "x",
                    "updated_at": "2023-07-22T08:15:00Z"} for _ in range(2000)]  # nobody's submissions
        entries.append({"submission_id": mine, "item_id": "survey", "kind": "survey", "verdict": "excellent",
                        "comment": "Fine\u202e work\x00\x1b[2J" + "!" * 10_000, "updated_at": "2023-07-22T08:15:00Z"})
        return json.dumps({"version": 99, "feedback": entries}).encode()

    lying = LyingFeedback(desk_portal.url, lies)
    try:
        app.sync.sign_in(lying.url, "ana", "secret-pw")
        first.append(hand_in(app, "An essay sent through a portal that lies about feedback. " * 10).id)
        report = app.sync.run(now=True)
        assert report.delivered == 1 and report.failure is None and lying.asked == 1
        held = app.outbox.feedback(COURSE)
        assert list(held) == first  # only the answer to her own submission, of the assignment it is about
        answer = held[first[0]]
        assert answer.item_id == "essay" and answer.verdict is None
        assert answer.comment == "Fine work[2J" + "!" * (4000 - len("Fine\u202e work\x00\x1b[2J"))
        assert app.outbox.deliveries(COURSE)["essay"] == "delivered"  # no verdict: no state from it
        assert [f.submission_id for f in report.feedback] == first

        # then an answer far larger than any true one: refused while reading, the pass goes on
        lying.lie = lambda: b'{"feedback": [' + b'{"comment": "' + b"x" * 5_000_000 + b'"}]}'
        second = hand_in(app, "A second essay, delivered whatever the feedback route says. " * 10)
        report = app.sync.run(now=True)
        assert report.delivered == 1 and report.failure is None and report.feedback == []
        assert app.store.get_submission(second.id).state == "delivered"
        assert list(app.outbox.feedback(COURSE)) == first  # what was held stays
    finally:
        lying.close()


def test_companion_sync_prints_the_organizers_answer_and_status_lists_it(cli, desk_portal, tmp_path):  # noqa: F811
    assert cli("login", "--portal", desk_portal.url, "--login", "ana", "--password-stdin",
               stdin="secret-pw\n").returncode == 0
    essay = tmp_path / "essay.txt"
    essay.write_text("My city can learn from Seoul's caring neighbourhoods. " * 10, encoding="utf-8")
    assert cli("submit", "essay", "--text-file", str(essay)).returncode == 0
    assert cli("sync").returncode == 0
    [(submission_id, _item)] = essay_rows(desk_portal)
    answer_on_the_desk(desk_portal.url, submission_id, "needs_revision", COMMENT)
    synced = cli("sync")
    assert synced.returncode == 0, synced.stderr
    assert ("Feedback from the organizer on One-page essay: lessons learned for my city: needs revision: submit it "
            "again") in synced.stdout
    assert "    Good start.\n    <b>Please</b> add one example" in synced.stdout  # the comment as written
    assert "The organizer asked for a revision: submit it again" in cli("status").stdout
