"""companion-portal: run the reference portal.

    companion-portal --demo                      # the sample course, a demo participant, on 127.0.0.1:8765
    companion-portal --course PATH --user LOGIN:PASSWORD [--database URL] [--data-dir DIR]
    companion-portal bundle --course PATH --out FILE.ccb  # one course file for USB sticks and e-mail
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "caring-cities"


def build(args) -> tuple[object, str]:
    from companion.domain.course import weeks_to_run_now
    from companion.paths import resources_dir
    from companion.services.course_package import load_package

    from .app import PortalConfig, create_app

    data_dir = Path(args.data_dir or os.environ.get("COMPANION_PORTAL_DIR") or Path.home() / ".companion-portal")
    data_dir.mkdir(parents=True, exist_ok=True)
    database = args.database or f"sqlite:///{data_dir / 'portal.sqlite3'}"
    app = create_app(PortalConfig(database_url=database, data_dir=data_dir))
    courses = [Path(p) for p in args.course]
    if args.demo:
        from .media import prepare_demo_package

        courses.insert(0, prepare_demo_package(resources_dir() / "courses" / "caring-cities-2023",
                                               data_dir / "packages" / "caring-cities-2023"))
    for folder in courses:
        shift = 0
        if args.demo:
            shift = weeks_to_run_now(load_package(folder).course, datetime.now(timezone.utc))
        app.state.add_course(folder, shift)
    users = list(args.user)
    if args.demo:
        users.insert(0, f"{DEMO_LOGIN}:{DEMO_PASSWORD}")
    for spec in users:
        login, _, password = spec.partition(":")
        if not login or not password:
            raise SystemExit(f"companion-portal: --user wants LOGIN:PASSWORD, not '{spec}'")
        app.state.add_participant(login, password, "Demo Participant" if login == DEMO_LOGIN else login, "Asia/Seoul")
    return app, database


def bundle(argv: list[str]) -> int:
    """Write a course package folder as one course file (.ccb), the same format the app exports."""
    parser = argparse.ArgumentParser(prog="companion-portal bundle", description="Write a course package folder "
                                     "(course.json and its files) as one course file that participants import "
                                     "with File → Import course file… or 'companion courses add FILE.ccb'.")
    parser.add_argument("--course", required=True, metavar="PATH", type=Path, help="the course package folder")
    parser.add_argument("--out", required=True, metavar="FILE.ccb", type=Path, help="the course file to write")
    args = parser.parse_args(argv)
    from companion.domain.bundle import EXTENSION, BundleError
    from companion.domain.errors import CompanionError
    from companion.services.bundles import write_package_bundle
    from companion.words import bundle_fault, size_text

    out = args.out if args.out.suffix else args.out.with_suffix(EXTENSION)
    try:
        written = write_package_bundle(args.course, out)
    except BundleError as exc:
        print(f"companion-portal: {bundle_fault(exc)}", file=sys.stderr)
        return 2
    except (CompanionError, OSError) as exc:
        print(f"companion-portal: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {written.path}: {written.files} material files, {size_text(written.bytes)}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bundle"]:
        return bundle(argv[1:])
    parser = argparse.ArgumentParser(prog="companion-portal", description="The Companion reference course portal.")
    parser.add_argument("--demo", action="store_true", help="serve the sample course (shifted to run now) with a "
                                                            "demo participant")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL (default: SQLite in the data folder); "
                                                           "e.g. postgresql+psycopg://user@host/db")
    parser.add_argument("--data-dir", metavar="DIR", help="where uploads and the SQLite database live")
    parser.add_argument("--course", action="append", default=[], metavar="PATH", help="serve a course package")
    parser.add_argument("--user", action="append", default=[], metavar="LOGIN:PASSWORD", help="add a participant")
    args = parser.parse_args(argv)
    try:
        import uvicorn

        app, database = build(args)
    except Exception as exc:  # one sentence, no traceback
        print(f"companion-portal: {exc}", file=sys.stderr)
        return 2
    url = f"http://{args.host}:{args.port}"
    print(f"Companion reference portal on {url}  (API docs: {url}/docs, database: {database})", flush=True)
    if args.demo:
        print(f"Demo sign-in: login '{DEMO_LOGIN}', password '{DEMO_PASSWORD}'. In the app: Settings → Course "
              f"portal → {url}, then Sign in.", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
