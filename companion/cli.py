"""The `companion` command: the desktop app (no subcommand) and headless subcommands.

Errors are one sentence on stderr and a non-zero exit, never a traceback; the traceback of an
unexpected error goes to companion.log in the data folder.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from companion import __version__
from companion.domain.bundle import EXTENSION, BundleError
from companion.domain.errors import CompanionError, UnknownTimeZone
from companion.domain import reasons
from companion.domain.completion import DONE
from companion.domain.i18n import number, percent, size, translate, unit
from companion.domain.outbox import NEEDS_ATTENTION
from companion.domain.schedule import is_valid_zone
from companion.domain.downloading import DONE as DONE_FILE
from companion.domain.sharing import PORTAL, parse_peer
from companion.services.course_import import export_cartridge, is_cartridge, report_json
from companion.services.settings import SHARE_KBIT, SHARE_PORT
from companion.sync.discovery import enabled as discovery_enabled
from companion.domain.schedule import countdown
from companion.domain.timefmt import clock_label, date_label, due_line, night_note, session_line, zone_name
from companion.ui import words

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_UNEXPECTED = 1


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad argument is one sentence on stderr (exit 2), as every other refusal."""

    def error(self, message: str):
        hint = translate("cli", "see '{0} --help'").format(self.prog)
        self.exit(EXIT_ERROR, f"companion: {message} ({hint})\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="companion", description=(
        "Companion: your offline-first desktop companion for online training courses. "
        "With no command it opens the app."))
    p.add_argument("--version", action="version", version=f"companion {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="keep data in DIR (default: $COMPANION_DATA_DIR or the "
                                                      "platform's data folder)")
    p.add_argument("--self-test", action="store_true", help="open the main window offscreen, check the store "
                                                          "and resources, and exit (0 when all is well)")
    p.add_argument("--self-test-portal", metavar="URL", help=argparse.SUPPRESS)  # with --self-test: a portal round
    p.add_argument("--self-test-login", metavar="NAME", help=argparse.SUPPRESS)  # ... password on stdin
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    courses = sub.add_parser("courses", help="list, add or shift courses")
    courses.add_argument("--json", action="store_true", help="print JSON")
    csub = courses.add_subparsers(dest="courses_command", metavar="ACTION")
    add = csub.add_parser("add", help="import a course package folder (course.json plus its files), a course "
                                      "file (.ccb, made by 'courses export' or 'companion-portal bundle') or a "
                                      "course exported by another platform (IMS Common Cartridge, .imscc)")
    add.add_argument("path", type=Path)
    add.add_argument("--into", metavar="COURSE_ID", help="add a question bank (Moodle XML, GIFT, QTI) to this installed "
                                                         "course as practice quizzes instead of a course of its own")
    export_course = csub.add_parser("export", help="write a course and every material file verified on this "
                                                   "computer to one course file (.ccb) for a colleague or a USB stick")
    export_course.add_argument("course_id")
    export_course.add_argument("file", type=Path, metavar="FILE.ccb")
    export_course.add_argument("--format", choices=("ccb", "imscc"), default=None,
                               help="ccb: a Companion course file (the default); imscc: an IMS Common Cartridge 1.1 "
                                    "that Moodle, Canvas and other platforms import (and Companion reads back "
                                    "unchanged); default: from FILE's extension")
    shift = csub.add_parser("shift", help="move a course's dates by whole weeks so that it runs now")
    shift.add_argument("course_id")
    group = shift.add_mutually_exclusive_group(required=True)
    group.add_argument("--start-week", metavar="YYYY-MM-DD", type=_date,
                       help="a day in the week the course should start in")
    group.add_argument("--reset", action="store_true", help="go back to the published dates")

    status = sub.add_parser("status", help="the certificate checklist and quiz scores")
    status.add_argument("--course", metavar="ID")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.add_argument("--tz", metavar="ZONE", help="show times in this IANA zone")

    schedule = sub.add_parser("schedule", help="live sessions and deadlines in your time zone")
    schedule.add_argument("--course", metavar="ID")
    schedule.add_argument("--tz", metavar="ZONE", help="show times in this IANA zone (default: yours)")
    schedule.add_argument("--json", action="store_true", help="print JSON")

    export = sub.add_parser("export-ics", help="write live sessions and deadlines to an .ics calendar file")
    export.add_argument("file", type=Path)
    export.add_argument("--course", metavar="ID")

    login = sub.add_parser("login", help="sign in to a course portal (the token goes to the OS keyring); other "
                                         "portals stay signed in")
    login.add_argument("--portal", metavar="URL", required=True)
    login.add_argument("--login", metavar="NAME", required=True)
    login.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    logout = sub.add_parser("logout", help="sign out of a portal and forget its token (the others stay signed in)")
    logout.add_argument("--portal", metavar="URL", help="the portal to sign out of (default: the chosen one)")
    portals = sub.add_parser("portals", help="the portals signed in to: each one's address and login")
    portals.add_argument("--json", action="store_true", help="print JSON")

    sync = sub.add_parser("sync", help="send what waits in the outbox and refresh courses; exit 0 all delivered, "
                                       "3 portal unreachable (work kept), 4 some item needs attention, 5 sign in")
    sync.add_argument("--course", metavar="ID")

    submit = sub.add_parser("submit", help="submit an assignment, exactly as the app's Submit button does")
    submit.add_argument("assignment_id")
    submit.add_argument("--course", metavar="ID")
    submit.add_argument("--text-file", type=Path, metavar="F", help="the essay or action plan (plain text, UTF-8)")
    submit.add_argument("--file", type=Path, action="append", default=[], metavar="F", help="a photo (repeatable)")
    submit.add_argument("--answers-file", type=Path, metavar="F", help="survey answers as JSON: {question id: answer}")

    download = sub.add_parser("download", help="download lecture materials for offline use (resumes where it "
                                               "stopped); exit codes as for sync")
    download.add_argument("material_ids", nargs="*", metavar="MATERIAL_ID")
    download.add_argument("--course", metavar="ID")
    download.add_argument("--variant", metavar="NAME", choices=("original", "low", "audio", "text"))
    download.add_argument("--limit-kbit", type=_count, metavar="N", help="cap the download speed at N kilobits per second "
                                                                              "(2000 is about 250 kB/s)")
    download.add_argument("--peer", action="append", default=[], metavar="HOST:PORT",
                          help="a colleague's computer that shares course files (`companion share`), tried before "
                               "the portal; repeatable. Without it, computers sharing are found on this network "
                               "by multicast DNS")

    share = sub.add_parser("share", help="share the lecture files verified on this computer with colleagues on this "
                                         "local network (read-only) until stopped with Ctrl+C")
    share.add_argument("--port", type=int, metavar="N", help="listen on port N (default: the setting, 8765)")
    share.add_argument("--address", default="0.0.0.0", metavar="IP",
                       help="listen on this address only (default: every network of this computer)")
    share.add_argument("--limit-kbit", type=int, metavar="N",
                       help="cap what sharing sends at N kilobits per second (default: the setting, 20000, "
                            "about 2.5 MB/s; 0: no cap)")
    share.add_argument("--no-announce", action="store_true", help="do not announce by multicast DNS (colleagues "
                                                                  "name this computer with --peer)")

    attend = sub.add_parser("attend", help="record that you attended a live session (or --undo it)")
    attend.add_argument("session_id")
    attend.add_argument("--course", metavar="ID")
    attend.add_argument("--undo", action="store_true")

    search = sub.add_parser("search", help="find words in lecture notes, downloaded PDFs, quizzes, assignments and "
                                           "live sessions (no network needed; case and accents do not matter)")
    search.add_argument("text", nargs="+", metavar="TEXT", help='words to find (all of them); "quotes" keep a phrase')
    search.add_argument("--course", metavar="ID", help="only this course (default: every course)")
    search.add_argument("--limit", type=_count, default=20, metavar="N", help="show at most N results (default 20)")
    search.add_argument("--json", action="store_true", help="print JSON")

    review = sub.add_parser("review", help="the quiz questions due for spaced review today (missed ones first); "
                                           "--take reviews them here, one by one")
    review.add_argument("--course", metavar="ID", help="only this course (default: every course)")
    review.add_argument("--json", action="store_true", help="print JSON")
    review.add_argument("--take", action="store_true", help="review the due questions in this terminal")
    review.add_argument("--limit", type=_count, default=None, metavar="N", help="review at most N questions")
    update = sub.add_parser("update", help="look for an update of Companion now; a small one is fetched and starts "
                                           "the next time Companion starts (the download rules of Settings apply)")
    update.add_argument("--yes", action="store_true", help="fetch a large update too (it is only offered otherwise)")
    update.add_argument("--peer", action="append", default=[], metavar="HOST:PORT",
                        help="a colleague's computer that shares (`companion share`) and has fetched the update: its "
                             "file is taken from there first, checked against the repository's signatures; "
                             "repeatable. Without it, computers sharing are found on this network by multicast DNS")
    return p


def cmd_update(app, args) -> int:
    from companion.domain.updates import notes_for
    from companion.services.settings import LANGUAGE
    from companion.services.updates import State

    try:
        peers = [parse_peer(text) for text in getattr(args, "peer", [])]
    except ValueError as exc:
        print("companion: " + translate("cli", "'{0}' is not a computer's address like 192.168.1.20:8765")
              .format(exc), file=sys.stderr)
        return EXIT_ERROR
    # colleagues who fetched it pass the update's file on (the same peers the downloads ask)
    app.downloads.peers = (lambda: peers) if peers or not discovery_enabled() else app.discovery.peers
    status = app.updates.check(None, by_hand=True)  # the system's metered flag is Qt's: unknown here
    if status.state is State.OFFER and args.yes:
        status = app.updates.fetch(status.offer, None)
    print(words.update_state(status.state.value, version=status.version, error=status.error, hold=status.hold,
                             installed=status.installed))
    if status.state is State.READY and status.source == "peer":
        print(translate("cli", "Its file came from a colleague's computer on this network (checked against the "
                               "publisher's signature)."))
    if status.state in (State.OFFER, State.HELD) and status.offer is not None:
        print(words.update_cost(status.offer))
        notes = notes_for(status.offer.notes, app.settings.get(LANGUAGE) or "en")
        if notes:  # the publisher's text: printable characters and line breaks only
            print("".join(ch for ch in notes[:4000] if ch == "\n" or ch.isprintable()))
    ok = (State.UP_TO_DATE, State.READY, State.OFFER, State.HELD, State.NEVER)
    return EXIT_OK if status.state in ok else EXIT_ERROR


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("cli", "'{0}' is not a date like 2026-11-23").format(text)) from None


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "'{0}' is not a whole number above zero").format(text))
    return value


def _iso(instant) -> str | None:
    return instant.isoformat().replace("+00:00", "Z") if instant else None


def _asked_zone(app, args) -> str:
    """--tz when given (refused with a clear sentence when unknown), else the participant's zone."""
    if args.tz and not is_valid_zone(args.tz):
        raise UnknownTimeZone(args.tz)
    return args.tz or app.settings.time_zone()


def cmd_courses(app, args) -> int:
    if args.courses_command == "add":
        from companion.services.bank_import import import_question_bank, is_question_bank

        if args.path.is_file() and (is_question_bank(args.path) or args.into):
            report = import_question_bank(app.library, args.path, into=args.into)
            print(json.dumps(report.as_json(), ensure_ascii=False, indent=1) if args.json
                  else words.bank_imported(report))
            return EXIT_OK
        if args.path.is_dir() or args.path.name == "course.json":
            print(words.import_result(app.library.import_package(args.path)))
        elif args.path.suffix.lower() == ".imscc" or is_cartridge(args.path):
            imported = app.imports.import_cartridge(args.path)
            print(report_json(imported) if args.json else words.import_report(imported.report))
        else:
            print(words.bundle_imported(app.bundles.import_file(args.path)))
        return EXIT_OK
    if args.courses_command == "export":
        if args.format == "imscc" or (args.format is None and args.file.suffix.lower() == ".imscc"):
            target = args.file if args.file.suffix else args.file.with_suffix(".imscc")
            print(words.cartridge_exported(export_cartridge(app.library, app.store, args.course_id, target)))
            return EXIT_OK
        target = args.file if args.file.suffix else args.file.with_suffix(EXTENSION)
        print(words.bundle_exported(app.bundles.export(args.course_id, target)))
        return EXIT_OK
    if args.courses_command == "shift":
        course_id = args.course_id
        if args.reset:
            app.library.reset_shift(course_id)
            print(translate("cli", "'{0}' is back on its published dates.").format(course_id))
            return EXIT_OK
        weeks = app.library.shift_to_week(course_id, args.start_week)
        course = app.library.course(course_id)
        print(translate("cli", "Shifted '{0}' by %n week(s): it now runs {1} to {2}, sessions at the same "
                               "wall-clock time in {3}.", None, abs(weeks)).format(
            course.title, date_label(course.starts_on), date_label(course.ends_on),
            zone_name(app.clock.now(), course.time_zone)))
        return EXIT_OK
    infos = app.library.courses()
    if args.json:
        print(json.dumps([{"id": c.id, "title": c.title, "version": c.version, "starts_on": c.starts_on.isoformat(),
                           "ends_on": c.ends_on.isoformat(), "shift_weeks": c.shift_weeks, "bundled": c.bundled}
                          for c in infos], indent=2))
        return EXIT_OK
    for c in infos:
        shifted = ("  " + translate("cli", "(dates shifted by %n week(s))", None, c.shift_weeks)) if c.shift_weeks else ""
        print(translate("cli", "{0}  {1}  v{2}  {3} to {4}").format(c.id, c.title, c.version, c.starts_on, c.ends_on)
              + shifted)
    return EXIT_OK


def _held(app, course_id: str) -> list:
    """The course's certificates kept on this computer (docs/protocol-certificates.md)."""
    return app.sync.certificates.held(course_id) if app.sync.certificates is not None else []


def cmd_status(app, args) -> int:
    course_id = args.course or app.library.default_course_id()
    user_tz = _asked_zone(app, args)
    st = app.progress.status(course_id)
    course = st.course
    if args.json:
        out = {
            "course": {"id": course.id, "title": course.title, "version": course.version,
                       "starts_on": course.starts_on.isoformat(), "ends_on": course.ends_on.isoformat(),
                       "time_zone": course.time_zone, "shift_weeks": course.shift_weeks},
            "time_zone": user_tz,
            "eligible": st.checklist.eligible,
            "done": st.checklist.done_count,
            "required": len(st.checklist.required),
            "items": [{"key": i.key, "kind": i.kind, "id": i.item_id, "title": i.title, "state": i.state,
                       "detail": i.detail, "due": _iso(i.due), "required": i.required}
                      for i in st.checklist.items],
            "quizzes": [{"id": o.quiz.id, "title": o.quiz.title,
                         "due": _iso(o.quiz.due.instant()) if o.quiz.due else None,
                         "attempts": len(o.attempts), "best_score": o.best_score, "passed": o.passed}
                        for o in st.quizzes],
            "outbox": dict(st.outbox.counts),
            "certificates": [{"code": c.code, "name": c.name, "issued_on": c.issued_on, "sha256": c.sha256,
                              "path": c.path} for c in _held(app, course_id)],
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(translate("cli", "{0}: {1} to {2}").format(course.title, date_label(course.starts_on, False),
                                                     date_label(course.ends_on, False)))
    if course.shift_weeks:
        print("  " + translate("cli", "Dates shifted by %n week(s) from the published programme.", None,
                               course.shift_weeks))
    verdict = (translate("cli", "eligible for the certificate") if st.checklist.eligible
               else translate("cli", "not yet eligible for the certificate"))
    print("  " + translate("cli", "{0} of {1} required items done: {2}.").format(
        number(st.checklist.done_count), number(len(st.checklist.required)), verdict))
    for held in _held(app, course_id):
        line = (translate("cli", "Certificate issued {0}, verification code {1}, withdrawn by the organizer "
                                 "(no longer valid; your copy is kept): {2}") if held.withdrawn
                else translate("cli", "Certificate issued {0}, verification code {1}: {2}"))
        print("  " + line.format(date_label(date.fromisoformat(held.issued_on), False), held.grouped_code, held.path))
    print()
    kinds = (("live_session", translate("cli", "Live sessions")), ("quiz", translate("cli", "Quizzes")),
             ("assignment", translate("cli", "Assignments")))
    for kind, heading in kinds:
        print(heading)
        for item in (i for i in st.checklist.items if i.kind == kind):
            mark = "[x]" if item.state == DONE else "[ ]"
            optional = "" if item.required else " " + translate("cli", "(optional)")
            print(f"  {mark} {item.title}{optional}: {item.state_label}. {item.detail}.")
            if item.due:
                label = translate("cli", "starts") if kind == "live_session" else translate("cli", "due")
                print(f"      {label} {due_line(item.due, user_tz, course.time_zone, with_year=True)}")
    print()
    print(translate("cli", "Outbox: %n item(s) waiting to be sent, {0} needing attention, {1} delivered.", None,
                    st.outbox.waiting).format(number(st.outbox.needs_attention), number(st.outbox.delivered)))
    return EXIT_OK


def cmd_schedule(app, args) -> int:
    course_id = args.course or app.library.default_course_id()
    user_tz = _asked_zone(app, args)
    data = app.schedule.as_json(course_id, user_tz)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    course = app.library.course(course_id)
    now = app.clock.now()
    print(translate("cli", "{0}: times in {1} (your time) and {2} (course time)").format(
        course.title, zone_name(now, user_tz), zone_name(now, course.time_zone)))
    for item in app.schedule.items(course_id):
        if item.end_instant:
            line = session_line(item.start_instant, item.end_instant, user_tz, item.start.time_zone, with_year=True)
            state = translate("cli", "over") if item.is_over(now) else ""
            print(f"  {translate('cli', 'Live'):5} {item.title}\n        {line}" + (f"  [{state}]" if state else ""))
            note = night_note(item.start_instant, item.end_instant, user_tz)
            if note:
                print(f"        {note}")
        else:
            line = due_line(item.start_instant, user_tz, item.start.time_zone, with_year=True)
            print(f"  {translate('cli', 'Due'):5} {item.title.removesuffix(' due')}\n        {line} · "
                  f"{countdown(item.start_instant, now)}")
    return EXIT_OK


def cmd_export_ics(app, args) -> int:
    course_id = args.course or app.library.default_course_id()
    try:
        count = app.schedule.export_ics(course_id, args.file)
    except OSError as exc:
        raise CompanionError(translate("cli", "cannot write {0}: {1}").format(args.file, exc.strerror)) from None
    print(translate("cli", "Wrote %n event(s) to {0}; import it into Outlook, Google Calendar or Apple Calendar.",
                    None, count).format(args.file))
    return EXIT_OK


def cmd_login(app, args) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(translate("cli", "Password for {0} at {1}: ").format(args.login, args.portal))
    if not password:
        raise CompanionError(translate("cli", "no password was given"))
    from companion.portal.errors import PortalError

    try:
        signed = app.sync.sign_in(args.portal, args.login, password)
    except PortalError as exc:
        if exc.status == 429 and exc.retry_after:
            raise CompanionError(try_again_later(exc.retry_after, app.clock.now())) from None
        raise
    if not signed.persisted:
        app.sync.sign_out()
        raise CompanionError(words.no_keyring() + " " + translate(
            "cli", "Set one up (or PYTHON_KEYRING_BACKEND) so `companion sync` can use your sign-in; nothing was "
                   "stored."))
    print(translate("cli", "Signed in to {0} as {1}. The token is in your system keyring.").format(
        app.settings.portal_url(), signed.name))
    return EXIT_OK


def try_again_later(retry_after_s: float, now) -> str:
    """The portal refused sign-in for a while (429 with Retry-After): say when to try again."""
    from datetime import timedelta

    if retry_after_s < 60:
        return translate("cli", "Too many failed sign-ins: the portal refuses more for now. Try again in {0} seconds.").format(
            max(1, round(retry_after_s)))
    at = clock_label((now + timedelta(seconds=retry_after_s)).astimezone())
    return translate("cli", "Too many failed sign-ins: the portal refuses more for now. Try again in {0} minutes, at {1}.").format(
        -(-int(retry_after_s) // 60), at)


def cmd_logout(app, args) -> int:
    url = args.portal
    if url:
        from companion.services.settings import check_portal_url

        url = check_portal_url(url)
        if url not in [s.url for s in app.sync.sign_ins()]:
            raise CompanionError(translate("cli", "You are not signed in to {0}; `companion portals` lists the "
                                                  "portals you are signed in to.").format(url))
    app.sync.sign_out(url)
    print(translate("cli", "Signed out; the token was removed from this computer."))
    return EXIT_OK


def cmd_portals(app, args) -> int:
    sign_ins = app.sync.sign_ins()
    courses = {cid: app.sync.portal_of(cid) for cid in app.library.known_ids()}
    if args.json:
        print(json.dumps([{"url": s.url, "login": s.login, "name": s.name, "chosen": n == 0,
                           "state": "expired" if s.expired else "signed_in",
                           "courses": sorted(c for c, url in courses.items() if url == s.url)}
                          for n, s in enumerate(sign_ins)], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not sign_ins:
        print(translate("cli", "Not signed in to any portal; `companion login --portal URL --login NAME` signs in."))
        return EXIT_OK
    for s in sign_ins:
        state = (translate("cli", "sign-in expired: sign in again") if s.expired
                 else translate("cli", "signed in"))
        print(translate("cli", "{0}  as {1} ({2}): {3}").format(s.url, s.login, s.name, state))
        mine = sorted(c for c, url in courses.items() if url == s.url)
        if mine:
            print("  " + translate("cli", "Courses: {0}").format(", ".join(mine)))
    return EXIT_OK


def cmd_sync(app, args) -> int:
    report = app.sync.run(args.course, now=True)
    print(words.sync_report(report))
    for change in report.changes:
        print("  " + translate("cli", "Course update: {0}").format(words.reason(change)))
    for answer in report.feedback:  # an organizer answered: the verdict in words, the comment as written
        found = app.library.course(answer.course_id).assignment(answer.item_id)
        verdict = {"accepted": translate("cli", "accepted"),
                   "needs_revision": translate("cli", "needs revision: submit it again")}.get(answer.verdict or "")
        title = found.title if found else answer.item_id
        print("  " + (translate("cli", "Feedback from the organizer on {0}: {1}").format(title, verdict) if verdict
                      else translate("cli", "Feedback from the organizer on {0}").format(title)))
        for line in answer.comment.splitlines():
            print("    " + line)
    for held in report.certificates:
        print("  " + translate("cli", "Your certificate for {0} has arrived: {1}").format(held.course_title, held.path))
    if report.clock_is_off:
        print("  " + translate("cli", "This computer's clock is off by %n minute(s); deadlines are judged by the "
                               "portal's time.", None, int(round(abs(report.clock_offset_s) / 60))))
    for item in app.outbox.items(args.course):
        if item.state == NEEDS_ATTENTION:
            print("  " + translate("cli", "Needs attention: {0} '{1}' ({2}): {3}").format(
                item.kind, item.item_id, item.id[:8], words.reason(item.reason)), file=sys.stderr)
    return report.exit_code


def cmd_submit(app, args) -> int:
    course_id = args.course or app.library.default_course_id()
    assignment = app.assignments.assignment(course_id, args.assignment_id)
    draft = app.assignments.draft(course_id, assignment.id)
    body = dict(draft.body)
    if args.text_file:
        try:
            body["text"] = args.text_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CompanionError(translate("cli", "cannot read {0} as UTF-8 text: {1}").format(args.text_file, exc)) from None
    if args.answers_file:
        try:
            body["answers"] = json.loads(args.answers_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CompanionError(translate("cli", "cannot read survey answers from {0}: {1}").format(
                args.answers_file, exc)) from None
    # the files named on the command line are the submission's files (not added to older ones)
    app.assignments.save_draft(course_id, assignment.id, body, () if args.file else None)
    try:
        for photo in args.file:
            app.assignments.add_photo(course_id, assignment.id, photo)
        record = app.assignments.submit(course_id, assignment.id)
    except BaseException:  # refused: the draft the participant had is put back as it was
        app.assignments.save_draft(course_id, assignment.id, draft.body, draft.files)
        raise
    print(translate("cli", "Submitted '{0}' at {1} as {2}; it waits in the outbox until `companion sync` (or the "
                           "app) delivers it.").format(assignment.title, f"{record.submitted_at:%Y-%m-%d %H:%M UTC}",
                                                       record.id))
    return EXIT_OK


def cmd_download(app, args) -> int:
    course_id = args.course or app.library.default_course_id()
    try:
        peers = [parse_peer(text) for text in args.peer]
    except ValueError as exc:
        print("companion: " + translate("cli", "'{0}' is not a computer's address like 192.168.1.20:8765")
              .format(exc), file=sys.stderr)
        return EXIT_ERROR
    if app.sync.client(course_id) is not None:
        app.sync.run(course_id, now=False)  # the portal's manifest names the files and where they are
    known = {m.id for _lecture, m in app.library.course(course_id).materials()}
    for material_id in args.material_ids:
        if material_id not in known:
            raise CompanionError(f"'{material_id}' is not part of this course", code=reasons.UNKNOWN_ITEM,
                                 data={"course_id": course_id, "kind": "material", "item": material_id})
    titles = app.downloads.enqueue(course_id, args.material_ids or None, args.variant)
    pending = app.downloads.pending(course_id)
    if not pending:
        print(translate("cli", "Everything asked for is already available offline.") if not titles
              else translate("cli", "Nothing to download."))
        return EXIT_OK
    total = sum(max(0, (d.size or 0) - d.part_bytes) for d in pending)
    print(translate("cli", "Downloading %n file(s), {0} in all.", None, len(pending)).format(size(total)))
    tty = sys.stdout.isatty()
    last = {"t": 0.0}

    def show(p) -> None:
        import time

        if time.monotonic() - last["t"] < (0.2 if tty else 5) and p.done != p.total:
            return
        last["t"] = time.monotonic()
        width = 30
        filled = int(width * (p.percent or 0) / 100)
        left = (translate("cli", "{0} left").format(unit(p.seconds_left / 60, "duration-minute"))
                if p.seconds_left and p.seconds_left >= 60
                else translate("cli", "{0} left").format(unit(p.seconds_left, "duration-second")) if p.seconds_left
                else "")
        line = (f"{p.material_id[:28]:28} [{'#' * filled}{'.' * (width - filled)}] {percent((p.percent or 0) / 100):>4} "
                f"{unit(p.speed / 1e6, 'megabyte-per-second', 2)} {left}")
        print(("\r" + line) if tty else line, end="" if tty else "\n", flush=True)

    rate = args.limit_kbit * 1000 / 8 if args.limit_kbit else None
    app.downloads.peers = (lambda: peers) if peers or not discovery_enabled() else app.discovery.peers
    report = app.downloads.run(course_id, rate_bytes=rate, progress=show)
    if tty:
        print()
    print(words.download_report(report))
    shared = Counter(d.source for d in app.downloads.states(course_id).values()
                     if d.state == DONE_FILE and d.source and d.source != PORTAL)
    for name, n in sorted(shared.items()):
        print("  " + translate("cli", "%n file(s) came from {0} on this network.", None, n).format(name))
    for d in app.downloads.failed(course_id):
        print("  " + translate("cli", "Failed: {0} ({1}): {2}").format(d.material_id, d.variant, words.reason(d.reason)),
              file=sys.stderr)
    return report.exit_code


def cmd_share(app, args) -> int:
    import threading

    port = args.port if args.port is not None else app.settings.get(SHARE_PORT)
    kbit = args.limit_kbit if args.limit_kbit is not None else app.settings.get(SHARE_KBIT)
    try:
        server = app.sharing.start(port=port, rate_bytes=kbit * 1000 / 8 if kbit else None, host=args.address,
                                   announce=not args.no_announce and discovery_enabled())
    except OSError as exc:
        print("companion: " + translate("cli", "cannot share on port {0}: {1}").format(port, exc.strerror or exc),
              file=sys.stderr)
        return EXIT_ERROR
    files = app.sharing.catalog.files()
    print(translate("cli", "Sharing %n verified lecture file(s) on this network as {0} (port {1}); only those "
                           "files, read-only. Press Ctrl+C to stop.", None, len(files)).format(server.name, server.port),
          flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print(translate("cli", "Stopped sharing; {0} sent.").format(size(server.bytes_sent)), flush=True)
    finally:
        app.sharing.stop()
    return EXIT_OK


def cmd_attend(app, args) -> int:
    course_id = args.course or app.library.default_course_id()
    app.progress.set_attended(course_id, args.session_id, not args.undo)
    print((translate("cli", "Removed your attendance of '{0}'.") if args.undo
           else translate("cli", "Recorded your attendance of '{0}'.")).format(args.session_id))
    return EXIT_OK


def cmd_search(app, args) -> int:
    text = " ".join(args.text)
    courses = [args.course] if args.course else app.library.known_ids()
    if args.course and args.course not in app.library.known_ids():
        app.library.course(args.course)  # refuses an unknown course with the known ones named
    for course_id in courses:
        app.search.ensure_current(course_id)
    hits = app.search.search(text, args.course, limit=max(1, args.limit))
    if args.json:
        print(json.dumps({"query": text, "count": len(hits), "results": [h.as_json() for h in hits]},
                         indent=2, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print(words.search_nothing(text))
        return EXIT_OK
    for n, hit in enumerate(hits, start=1):
        course = f" [{hit.course_id}]" if len(courses) > 1 else ""
        print(f"{n}. {hit.title}  ({words.search_place(hit)}){course}")
        marked, last = [], 0
        for a, b in hit.spans:
            marked += [hit.snippet[last:a], "[", hit.snippet[a:b], "]"]
            last = b
        print("   " + "".join(marked) + hit.snippet[last:])
    return EXIT_OK


def speak_language(app) -> str:
    """Install the participant's language for what the CLI prints: the app's language setting, else
    the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    import os

    from companion.domain import i18n
    from companion.services.locale import LANGUAGE, apply_language, file_backend, pick_language

    preferred = [tag for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
                 for tag in os.environ.get(name, "").split(":") if tag and tag not in ("C", "POSIX")]
    language = pick_language(app.settings.get(LANGUAGE), [t.split(".")[0] for t in preferred])
    i18n.install(file_backend(language))
    apply_language(language)
    return language


def _rating_word(rating: int) -> str:
    return {1: translate("cli", "Again"), 2: translate("cli", "Hard"), 3: translate("cli", "Good"),
            4: translate("cli", "Easy")}[rating]


def _read(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


def cmd_review(app, args) -> int:
    from companion.domain import review as rv

    if args.course is not None:
        app.library.course(args.course)  # an unknown course is a clear error, not an empty list
    if args.take:
        return _take_review(app, args)
    items = app.reviews.session(args.course, args.limit)
    summary = app.reviews.summary(args.course)
    if args.json:
        print(json.dumps({"due": len(items), "minutes": rv.minutes_for(len(items)), "cards": summary.cards,
                          "day_ends": _iso(app.reviews.day_end()),
                          "questions": [{"course_id": i.card.key.course_id, "quiz_id": i.card.key.quiz_id,
                                         "question_id": i.card.key.question_id, "due": _iso(i.card.due),
                                         "missed": i.card.missed, "reviews": i.card.reviews} for i in items]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    if not items:
        print(translate("cli", "Nothing to review today. Questions you answer in quizzes come back here when "
                               "they are due."))
        return EXIT_OK
    print(translate("cli", "%n question(s) to review today, about {0} minute(s). Missed ones come first.",
                    None, len(items)).format(rv.minutes_for(len(items))))
    for i in items:
        mark = translate("cli", "missed") if i.card.missed else ""
        print(f"  {i.course_title} · {i.quiz.title} · {i.question.id}" + (f"  [{mark}]" if mark else ""))
    print(translate("cli", "Run `companion review --take` to review them here."))
    return EXIT_OK


def _take_review(app, args) -> int:
    import time as _time

    done = 0
    while args.limit is None or done < args.limit:
        item = app.reviews.next_item(args.course)
        if item is None:
            break
        left = app.reviews.due_count(args.course)
        q = item.question
        print()
        print(translate("cli", "%n question(s) left · {0} · {1}", None, left).format(item.course_title,
                                                                                    item.quiz.title))
        print(q.prompt)
        for n, option in enumerate(q.options, 1):
            print(f"  {n}. {option.text}")
        started = _time.monotonic()
        chosen = None
        while chosen is None:
            how = (translate("cli", "Your answer (numbers separated by commas; q to stop): ") if q.allows_many
                   else translate("cli", "Your answer (a number; q to stop): "))
            line = _read(how)
            if line is None or line.strip().lower() in ("q", "quit"):
                print(translate("cli", "Stopped. Reviewed %n question(s); the rest wait for you.", None, done))
                return EXIT_OK
            try:
                picks = [int(part) for part in line.replace(" ", ",").split(",") if part]
            except ValueError:
                picks = []
            if picks and all(1 <= n <= len(q.options) for n in picks) and (q.allows_many or len(picks) == 1):
                chosen = [q.options[n - 1].id for n in picks]
            else:
                print(translate("cli", "Type the number of an option, 1 to {0}.").format(len(q.options)))
        seconds = _time.monotonic() - started
        checked = app.reviews.check(item, chosen, seconds)
        print(translate("cli", "Right.") if checked.correct else translate("cli", "Not quite."))
        if not checked.correct:
            right = [f"{n}. {o.text}" for n, o in enumerate(q.options, 1) if o.id in checked.correct_option_ids]
            print(translate("cli", "The answer: {0}").format("; ".join(right)))
        if checked.explanation:
            print(checked.explanation)
        rating = None
        while True:
            line = _read(translate("cli", "Grade: {0} (inferred from your answer and time). Enter keeps it, or "
                                          "type 1 Again, 2 Hard, 3 Good, 4 Easy: ").format(
                _rating_word(checked.inferred_rating)))
            if line is None or not line.strip():
                break
            if line.strip() in ("1", "2", "3", "4"):
                rating = int(line.strip())
                break
            print(translate("cli", "Type 1, 2, 3 or 4, or press Enter."))
        outcome = app.reviews.rate(item, checked.correct, seconds, rating)
        how = translate("cli", "chosen") if outcome.chosen else translate("cli", "inferred")
        print(translate("cli", "Saved: {0} ({1}).").format(_rating_word(outcome.rating), how))
        done += 1
    print()
    print(translate("cli", "Done: %n question(s) reviewed. Nothing else is due today.", None, done)
          if app.reviews.due_count(args.course) == 0 else
          translate("cli", "Reviewed %n question(s); more are due today.", None, done))
    return EXIT_OK


def _log_unexpected(data_dir: Path | None) -> Path | None:
    import traceback

    try:
        from companion.paths import data_dir as resolve

        folder = resolve(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "companion.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc())
        return log
    except Exception:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from companion.services.app_folders import start_chosen

        confirm = start_chosen(sys.argv[1:] if argv is None else list(argv))  # may hand the start to an update
        from companion.ui.main import run_gui  # Qt is imported only when a window is wanted

        portal = None
        if args.self_test and args.self_test_portal:
            portal = (args.self_test_portal, args.self_test_login or "demo", sys.stdin.readline().rstrip("\r\n"))
        return run_gui(args.data_dir, self_test=args.self_test, self_test_portal=portal, confirm_start=confirm)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    app = None
    try:
        from companion.app import build_app

        app = build_app(args.data_dir)
        speak_language(app)
        handler = {"courses": cmd_courses, "status": cmd_status, "attend": cmd_attend, "schedule": cmd_schedule,
                   "export-ics": cmd_export_ics, "login": cmd_login, "logout": cmd_logout,
                   "portals": cmd_portals, "sync": cmd_sync,
                   "submit": cmd_submit, "download": cmd_download, "share": cmd_share,
                   "search": cmd_search, "review": cmd_review, "update": cmd_update}[args.command]
        return handler(app, args)
    except BundleError as exc:
        importing = args.command == "courses" and args.courses_command == "add"
        print(f"companion: {words.bundle_refused(exc) if importing else words.bundle_fault(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except CompanionError as exc:
        print(f"companion: {words.error(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and cut short: not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("companion: " + translate("cli", "interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:  # the last guard: one sentence, the traceback in the log
        log = _log_unexpected(args.data_dir)
        where = " " + translate("cli", "(details in {0})").format(log) if log else ""
        print("companion: " + translate("cli", "unexpected error: {0}: {1}").format(exc.__class__.__name__, exc) + where,
              file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        if app is not None:
            app.close()


if __name__ == "__main__":
    sys.exit(main())
