"""Commit, then deliver: the on-time proof that does not trust the client's clock, over real HTTP on
127.0.0.1 against the reference portal (docs/protocol-commitments.md)."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from companion.domain.digest import canonical_json, content_sha256

from .conftest import SAMPLE
from .support.portal import Caller

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
ESSAY = {"text": "Care is a public service. " * 20}
ESSAY_DUE = datetime(2023, 7, 21, 21, 59, tzinfo=timezone.utc)  # 23:59 in Madrid (CEST)
BEFORE = ESSAY_DUE - timedelta(minutes=18)
AFTER = ESSAY_DUE + timedelta(hours=30)


@pytest.fixture
def server(tmp_path, clock):
    from companion_portal.testing import running_portal

    with running_portal(tmp_path / "portal", course=SAMPLE, users={"ana": "secret-pw", "ben": "other-pw"},
                        clock=clock.now) as running:
        yield running


@pytest.fixture
def ana(server):
    return Caller(server.url, "ana", "secret-pw")


def commit(caller: Caller, sid: str, body: dict = ESSAY, item: str = "essay", kind: str = "essay"):
    digest = content_sha256(kind, item, body, ())
    return caller.put(f"/courses/{COURSE}/commitments/{sid}",
                      json={"item_id": item, "kind": kind, "content_sha256": digest})


def own_signature(key: bytes, receipt: dict) -> str:
    """An independent check of the documented signature: HMAC-SHA256 over the canonical JSON (sorted
    keys, no spaces) of the receipt's fields but the signature."""
    fields = {k: v for k, v in receipt.items() if k != "signature"}
    message = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def test_committed_before_the_deadline_and_delivered_after_it_is_on_time_by_the_commitment(server, ana, clock):
    sid = str(uuid.uuid4())
    clock.set(BEFORE)
    first = commit(ana, sid)
    assert first.status_code == 201
    proof = first.json()
    assert proof["received_at"] == "2023-07-21T21:41:00Z" and proof["submission_id"] == sid
    assert proof["content_sha256"] == content_sha256("essay", "essay", ESSAY, ())
    clock.set(AFTER)
    again = commit(ana, sid)  # a repeat after a lost reply: the same receipt, not a new time
    assert again.status_code == 200 and again.json() == proof
    delivered = ana.submit(COURSE, "essay", "essay", ESSAY, submission_id=sid)
    assert delivered.status_code == 201
    receipt = delivered.json()
    assert receipt["status"] == "accepted" and receipt["on_time_by"] == "commitment"
    assert receipt["received_at"] == "2023-07-23T03:59:00Z"


def test_a_backdated_submitted_at_without_a_commitment_is_late(server, ana, clock):
    clock.set(AFTER)
    answer = ana.submit(COURSE, "essay", "essay", ESSAY, submitted_at="2023-07-21T20:00:00Z", clock_offset_s=0.0)
    assert answer.status_code == 201
    assert answer.json()["status"] == "late" and "on_time_by" not in answer.json()


def test_delivered_before_the_deadline_is_on_time_by_arrival(server, ana, clock):
    clock.set(BEFORE)
    answer = ana.submit(COURSE, "essay", "essay", ESSAY)
    assert answer.json()["status"] == "accepted" and answer.json()["on_time_by"] == "arrival"


def test_content_that_differs_from_the_commitment_is_not_on_time_by_it(server, ana, clock):
    sid = str(uuid.uuid4())
    clock.set(BEFORE)
    assert commit(ana, sid).status_code == 201
    other = {"text": "A different essay, written after the deadline."}
    clash = commit(ana, sid, body=other)
    assert clash.status_code == 409 and clash.json()["error"]["code"] == "conflict"
    clock.set(AFTER)
    answer = ana.submit(COURSE, "essay", "essay", other, submission_id=sid)
    assert answer.status_code == 201 and answer.json()["status"] == "late"


def test_another_participants_commitment_earns_nothing(server, ana, clock):
    ben = Caller(server.url, "ben", "other-pw")
    clock.set(BEFORE)
    assert commit(ben, str(uuid.uuid4())).status_code == 201
    clock.set(AFTER)
    assert ana.submit(COURSE, "essay", "essay", ESSAY).json()["status"] == "late"


def test_the_receipts_signature_verifies_with_the_portals_key_and_fails_when_altered(server, ana, clock, tmp_path):
    from companion_portal.receipts import verify

    clock.set(BEFORE)
    proof = commit(ana, str(uuid.uuid4())).json()
    key = (tmp_path / "portal" / "receipt-key").read_bytes().strip()
    assert len(key) >= 32
    assert proof["signature"] == own_signature(key, proof)
    assert verify(key, proof)
    for field, value in (("received_at", "2023-07-21T21:00:00Z"), ("content_sha256", "0" * 64),
                         ("submission_id", str(uuid.uuid4()))):
        assert not verify(key, {**proof, field: value}), field
    assert not verify(b"another portal's key", proof)


def test_bad_commitments_are_refused_with_a_reason(server, ana):
    digest = "a" * 64
    assert ana.put(f"/courses/{COURSE}/commitments/not-a-uuid",
                   json={"item_id": "essay", "kind": "essay", "content_sha256": digest}).status_code == 400
    assert ana.put(f"/courses/{COURSE}/commitments/{uuid.uuid4()}",
                   json={"item_id": "essay", "kind": "poem", "content_sha256": digest}).status_code == 422
    assert ana.put(f"/courses/{COURSE}/commitments/{uuid.uuid4()}",
                   json={"item_id": "essay", "kind": "essay", "content_sha256": "xyz"}).status_code == 422
    assert ana.put(f"/courses/no-course/commitments/{uuid.uuid4()}",
                   json={"item_id": "essay", "kind": "essay", "content_sha256": digest}).status_code == 404
    assert Caller(server.url).put(f"/courses/{COURSE}/commitments/{uuid.uuid4()}",
                                  json={"item_id": "essay", "kind": "essay",
                                        "content_sha256": digest}).status_code == 401


def test_canonical_json_is_what_the_signature_covers():
    assert canonical_json({"b": 1, "a": "é"}) == json.dumps({"a": "é", "b": 1}, sort_keys=True, separators=(",", ":"),
                                                            ensure_ascii=False).encode()


# ---- the app: commit at Submit's first link, deliver when the link allows ----

SELFIES_DUE = datetime(2023, 7, 19, 21, 59, tzinfo=timezone.utc)  # 23:59 in Madrid


def test_the_app_commits_first_shows_the_proof_and_is_judged_on_time_by_it(app, portal, clock, tmp_path):
    from PIL import Image

    from companion.ui.pages.submission_words import last_submission_words, outbox_note

    clock.set(SELFIES_DUE - timedelta(minutes=18))
    app.sync.sign_in(portal.url, "ana", "secret-pw")
    for n in range(2):
        path = tmp_path / f"selfie{n}.png"
        Image.effect_noise((300, 200), 90 + n).convert("RGB").save(path)
        app.assignments.add_photo(COURSE, "selfies", path)
    sub = app.assignments.submit(COURSE, "selfies")
    # the link lasts a moment: the commitment gets through, the first photo's upload does not
    portal.faults.fail_next(1, 503, retry_after=600, path_contains="/uploads")
    report = app.sync.run(refresh_courses=False)
    assert report.delivered == 0 and report.waiting == 1
    item = app.store.get_submission(sub.id)
    assert item.state in ("queued", "uploading") and item.receipt is None
    proof = item.commitment
    assert proof["submission_id"] == sub.id and proof["content_sha256"] == sub.content_sha256
    assert proof["received_at"] == "2023-07-19T21:41:00Z" and len(proof["signature"]) == 64
    note = outbox_note(item, "Europe/Madrid", "Europe/Madrid", SELFIES_DUE)
    assert note == ("Your selfies' fingerprint reached the portal at Wed 19 Jul 23:41 CEST (your time and course "
                    "time) — on time; the photos follow when the connection allows")
    assert "fingerprint reached the portal" in last_submission_words(item, "Asia/Seoul", "Europe/Madrid", SELFIES_DUE)

    clock.set(SELFIES_DUE + timedelta(days=1))  # the photos go a day late
    assert app.sync.run(refresh_courses=False, now=True).delivered == 1
    done = app.store.get_submission(sub.id)
    assert done.state == "delivered" and done.commitment == proof  # kept, not sent again
    assert done.receipt["status"] == "accepted" and done.receipt["on_time_by"] == "commitment"
    assert "its fingerprint reached the portal before the deadline" in outbox_note(done, "Asia/Seoul", "Europe/Madrid",
                                                                                    SELFIES_DUE)
