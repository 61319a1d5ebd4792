"""The portal's budget for what comes from outside: a request body that trickles in is answered 408
after BODY_SECONDS (the size caps are in tests/test_portal_adversary.py), and the portal keeps
answering others meanwhile. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

import pytest
import requests

pytestmark = pytest.mark.integration


def test_a_body_sent_a_byte_at_a_time_is_answered_408_and_others_are_served(portal, monkeypatch):
    from companion_portal import limits

    monkeypatch.setattr(limits, "BODY_SECONDS", 1.0)
    where = urlsplit(portal.url)
    sock = socket.create_connection((where.hostname, where.port), timeout=5)
    sock.sendall(b"POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 60\r\n\r\n{")
    started, answer = time.monotonic(), b""
    sock.settimeout(0.3)
    while time.monotonic() - started < 6 and not answer:
        try:
            sock.send(b" ")
            answer = sock.recv(200)
        except TimeoutError:
            continue
        except OSError:
            break
        # meanwhile a participant signs in as usual
        if time.monotonic() - started < 0.5:
            ok = requests.post(portal.url + "/api/v1/session", json={"login": "ana", "password": "secret-pw"},
                               timeout=5)
            assert ok.status_code == 200
    sock.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer
    assert time.monotonic() - started < 4
