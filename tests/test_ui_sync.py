"""Sync in the real window against the reference portal on 127.0.0.1."""

from __future__ import annotations

import pytest

from companion_portal.testing import FaultProxy

pytestmark = [pytest.mark.ui, pytest.mark.integration]


def test_submit_offline_then_delivered_when_the_portal_comes_up(window, qtbot, portal):
    app = window.context.app
    proxy = FaultProxy(portal.port)
    try:
        app.sync.sign_in(proxy.url, "ana", "secret-pw")
        proxy.mode = "refuse"
        window.go_to("submissions", "essay")
        page = window.pages["submissions"]
        page.select("essay")
        qtbot.waitUntil(lambda: page.assignment is not None and page.assignment.id == "essay", timeout=5000)
        qtbot.keyClicks(page.text, "Caring cities put care on the public agenda.")
        page.submit.click()
        qtbot.waitUntil(lambda: "waiting for a connection" in page.sub_state.text(), timeout=5000)
        window.sync.sync(now=True)
        qtbot.waitUntil(lambda: window.sync.last is not None and window.sync.last.unreachable, timeout=30_000)
        qtbot.waitUntil(lambda: "Offline" in window.sync_status.text(), timeout=5000)
        assert "1 item waiting to be sent" in window.outbox_status.text()
        assert "waiting for a connection" in page.sub_state.text()
        proxy.mode = "pass"  # the connection comes back
        window.sync.sync(now=True)
        qtbot.waitUntil(lambda: page.sub_state.text().startswith("Delivered · arrived at the portal "),
                        timeout=30_000)
        assert "accepted as on time" in page.sub_state.text()
        # when and that it arrived, in words; the receipt's number and fingerprint only behind Details
        receipt = app.store.get_submission(page.outbox_model.row_object(0).id).receipt
        fingerprint, number = receipt["content_sha256"], str(receipt["submission_id"])
        cell = page.outbox_model.index(0, 3).data()
        assert cell.startswith("arrived at the portal ") and "receipt" not in cell, cell
        assert fingerprint[:4] not in page.sub_state.text() and number[:4] not in cell, (cell, page.sub_state.text())
        outbox_panel = page.outbox_panel
        outbox_panel.table.selectRow(0)
        assert outbox_panel.details_button.isVisibleTo(outbox_panel) and not outbox_panel.details.isVisibleTo(outbox_panel)
        outbox_panel.details_button.click()
        assert outbox_panel.details.isVisibleTo(outbox_panel)
        # shown whole: the splitter gives the outbox the room the details need
        details = outbox_panel.details
        qtbot.waitUntil(lambda: details.height() >= details.heightForWidth(details.width())
                        and details.geometry().bottom() <= outbox_panel.contentsRect().bottom(), timeout=3000)
        assert fingerprint in outbox_panel.details.text() and number in outbox_panel.details.text()
        assert "complete and unaltered" in outbox_panel.details.text()
        qtbot.waitUntil(lambda: "Nothing waiting" in window.outbox_status.text(), timeout=5000)
        assert "Online · last sync" in window.sync_status.text()
        assert page.outbox_model.index(0, 1).data() == "Delivered"
    finally:
        proxy.close()


def test_expired_sign_in_asks_again_then_carries_on(window, qtbot, portal):
    from companion.portal.client import PortalClient

    app = window.context.app
    app.sync.sign_in(portal.url, "ana", "secret-pw")
    window.context.changed.emit(frozenset({"settings"}))
    qtbot.waitUntil(lambda: window.context.login == "ana", timeout=5000)
    app.assignments.save_draft("caring-cities-2023", "essay", {"text": "Kept while signed out."})
    sub = app.assignments.submit("caring-cities-2023", "essay")
    PortalClient(portal.url, app.sync.client().token).sign_out()  # the token expires
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: window.notice.isVisible() and "sign in again" in window.notice.text.text(), timeout=30_000)
    window.notice.action.click()
    dialog = window.sign_in_dialog
    assert dialog.portal.text() == portal.url and dialog.login.text() == "ana"
    dialog.password.setText("secret-pw")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: app.store.get_submission(sub.id).state == "delivered", timeout=30_000)


def test_demo_portal_from_the_app(window, qtbot):
    window.start_demo_portal()
    qtbot.waitUntil(lambda: window.demo_server is not None, timeout=120_000)  # a process that makes its media
    assert "demo portal runs at http://127.0.0.1:" in window.notice.text.text()
    qtbot.waitUntil(lambda: window.sync.last is not None and not window.sync.running
                    and window.sync.last.finished_at is not None and not window.sync.last.signed_out, timeout=30_000)
    assert "Online" in window.sync_status.text()


def test_sign_in_refused_for_now_says_when_to_try_again(window, qtbot, portal, clock):
    from .support.portal import lock_out

    wait = lock_out(portal.url, "ana", clock)
    window.sign_in()
    dialog = window.sign_in_dialog
    dialog.portal.setText(portal.url)
    dialog.login.setText("ana")
    dialog.password.setText("secret-pw")
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: "Try again in" in dialog.message.text(), timeout=20_000)
    assert f"Try again in {-(-wait // 60)} minutes, at " in dialog.message.text()
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
    dialog.reject()


def test_a_demo_portal_still_starting_when_the_window_closes_goes_with_it(window, qtbot):
    from companion.services.demo_portal import DemoPortal

    window.start_demo_portal()
    window.close()  # waits for the start to finish, then stops what it started
    assert window.demo_server is None and not DemoPortal.running
