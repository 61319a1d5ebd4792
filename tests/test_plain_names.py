"""Names from the network shown as plain text: a peer that calls itself with terminal escapes, bidi
overrides or markup is shown without them, on one line, cut to a readable length."""

from __future__ import annotations

from companion.domain.untrusted import plain_text


def test_terminal_escapes_and_bidi_overrides_are_removed():
    assert plain_text("\x1b]0;pwned\x07Office\x1b[2J PC") == "]0;pwnedOffice[2J PC"
    assert plain_text("invoice\u202egnp.exe") == "invoicegnp.exe"
    assert plain_text("a\u200bb\u2066c\u2069") == "abc"
    assert "\x1b" not in plain_text("\x1b[31mred") and "\u202e" not in plain_text("x\u202ey")


def test_lines_and_length_are_bounded_and_real_names_kept():
    assert plain_text("first\nsecond\r\nthird\tfourth") == "first second third fourth"
    assert plain_text("A" * 500) == "A" * 79 + "…"
    assert plain_text("Oficina de Bogotá · 서울 사무실") == "Oficina de Bogotá · 서울 사무실"
    assert plain_text("<b>Ana</b> & co") == "<b>Ana</b> & co"  # markup stays text: the UI shows it as plain text
