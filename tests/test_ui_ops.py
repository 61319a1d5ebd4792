"""Operations run off the GUI thread and announce exactly what they changed."""

from __future__ import annotations

import threading

import pytest

from companion.ui import ops
from companion.ui.context import UiContext
from companion.ui.tasks import TaskRunner


@pytest.fixture
def context(qapp, app):
    runner = TaskRunner()
    yield UiContext(app, runner, "caring-cities-2023", "Asia/Seoul")
    runner.shutdown()


def mark_attended(app, course_id, session_id):
    assert threading.current_thread() is not threading.main_thread()
    app.progress.set_attended(course_id, session_id, True)
    return ops.changed(session_id, ops.ATTENDANCE)


def forgetful(app):
    return "no record of changes"


@pytest.mark.ui
def test_an_operation_gives_its_value_then_announces_its_changes(context, qtbot, app):
    seen: list = []
    context.changed.connect(lambda flags: seen.append(("changed", flags)))
    session = app.library.course("caring-cities-2023").live_sessions[0].id
    ops.run(context, mark_attended, "caring-cities-2023", session).success(lambda v: seen.append(("done", v))).run()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == [("done", session), ("changed", frozenset({ops.ATTENDANCE}))]
    assert session in app.store.attended("caring-cities-2023")


@pytest.mark.ui
def test_an_operation_that_does_not_say_what_it_changed_fails_loudly(context, qtbot):
    errors: list = []
    ops.run(context, forgetful).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], TypeError) and "forgetful" in str(errors[0])


def test_unknown_change_flags_are_refused():
    with pytest.raises(ValueError, match="unknown change flags"):
        ops.changed(None, "everything")
    assert ops.DOWNLOADS in ops.ALL
