"""companion-portal: run the reference portal.

    companion-portal --demo                      # the sample course, a demo participant, on 127.0.0.1:8765
    companion-portal --course PATH --user LOGIN:PASSWORD [--database URL] [--data-dir DIR]
    companion-portal --demo --port 0 --ready-file F   # any free port; F gets {"url", "login", "password"}
    companion-portal bundle --course PATH --out FILE.ccb  # one course file for USB sticks and e-mail
    companion-portal bundle --from FILE.imscc --out FILE.ccb  # the same, from another platform's export
    companion-portal course import FILE.imscc    # publish a course another platform exported
    companion-portal migrate --database URL      # create or upgrade the portal's schema (Alembic)
    companion-portal organizer add LOGIN --course ID  # an organizer who runs that course from /desk
    companion-portal --database URL --workers 4  # several processes sharing the database and the data folder

Subcommands are looked up in ``COMMANDS`` (name → function taking the rest of the arguments); with
no subcommand the portal serves.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "caring-cities"
DEMO_ORGANIZER, DEMO_ORGANIZER_PASSWORD = "organizer", "caring-cities-desk"  # the demo's desk (/desk)
DATABASE_ENV, DATA_DIR_ENV, THREADS_ENV = "COMPANION_PORTAL_DATABASE", "COMPANION_PORTAL_DIR", "COMPANION_PORTAL_THREADS"
UPDATES_ENV = "COMPANION_PORTAL_UPDATES_DIR"  # --updates-dir, for the workers of --workers N
DEFAULT_THREADS = 40


def data_folder(explicit: str | None) -> Path:
    folder = Path(explicit or os.environ.get(DATA_DIR_ENV) or Path.home() / ".companion-portal")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def build(args) -> tuple[object, str]:
    from companion.shared_kernel import load_package, resources_dir, weeks_to_run_now

    from .app import PortalConfig, create_app

    data_dir = data_folder(args.data_dir)
    database = database_url(args.database, data_dir)
    app = create_app(PortalConfig(database_url=database, data_dir=data_dir, threads=args.threads,
                                  updates_dir=Path(args.updates_dir) if args.updates_dir else None))
    courses = [Path(p) for p in args.course]
    if args.demo:
        from .media import prepare_demo_package

        courses.insert(0, prepare_demo_package(resources_dir() / "courses" / "caring-cities-2023",
                                               data_dir / "packages" / "caring-cities-2023"))
    served = []
    for folder in courses:
        shift = 0
        if args.demo:
            shift = weeks_to_run_now(load_package(folder).course, datetime.now(timezone.utc))
        served.append(app.state.add_course(folder, shift))
    users = list(args.user)
    if args.demo:
        users.insert(0, f"{DEMO_LOGIN}:{DEMO_PASSWORD}")
    for spec in users:
        login, _, password = spec.partition(":")
        if not login or not password:
            raise SystemExit(f"companion-portal: --user wants LOGIN:PASSWORD, not '{spec}'")
        app.state.add_participant(login, password, "Demo Participant" if login == DEMO_LOGIN else login, "Asia/Seoul",
                                  served)  # on the roster of every course served
    if args.demo:  # someone trying the demo can answer the demo participant's work on the desk
        app.state.add_organizer(DEMO_ORGANIZER, DEMO_ORGANIZER_PASSWORD, "Demo Organizer", served[:1])
    return app, database


def database_url(explicit: str | None, data_dir: Path) -> str:
    return explicit or os.environ.get(DATABASE_ENV) or f"sqlite:///{data_dir / 'portal.sqlite3'}"


def worker_app():
    """The app in each worker process of ``--workers N`` (uvicorn imports and calls this): the same
    database and data folder as the parent, which migrated the schema and added courses and users."""
    from .app import PortalConfig, create_app

    data_dir = data_folder(None)
    updates = os.environ.get(UPDATES_ENV)
    return create_app(PortalConfig(database_url=database_url(None, data_dir), data_dir=data_dir, migrate=False,
                                   threads=int(os.environ.get(THREADS_ENV, DEFAULT_THREADS)),
                                   updates_dir=Path(updates) if updates else None))


def listen(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free one), bound before the server runs, so its address is
    known and can be written to the ready file."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def write_ready_file(path: Path, info: dict) -> None:
    """Written whole (temporary name, then renamed) so a reader never sees half of it."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(info), encoding="utf-8")
    os.replace(temporary, path)


def serve_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="companion-portal", description="The Companion reference course portal.",
                                     epilog="Other commands: " + ", ".join(f"companion-portal {name} --help"
                                                                            for name in COMMANDS if name != "serve"))
    parser.add_argument("--demo", action="store_true", help="serve the sample course (shifted to run now) with a "
                                                            "demo participant")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port (see --ready-file)")
    parser.add_argument("--ready-file", metavar="PATH", help="once listening, write {\"url\": ...} (and the demo "
                                                             "sign-in with --demo) as JSON to PATH")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL (default: SQLite in the data folder); "
                                                           "e.g. postgresql+psycopg://user@host/db")
    parser.add_argument("--data-dir", metavar="DIR", help="where uploads and the SQLite database live")
    parser.add_argument("--course", action="append", default=[], metavar="PATH", help="serve a course package")
    parser.add_argument("--user", action="append", default=[], metavar="LOGIN:PASSWORD", help="add a participant")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (they share only the "
                                                                            "database and the data folder)")
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS, metavar="N",
                        help=f"requests each worker runs at once, and its open database connections (default "
                             f"{DEFAULT_THREADS}); PostgreSQL's max_connections must exceed workers × (threads + 5)")
    parser.add_argument("--updates-dir", metavar="REPO_DIR", help="serve the app's TUF update repository "
                                                                   "(python -m companion.updates.publish) at /updates/")
    parser.add_argument("--forwarded-allow-ips", metavar="IPS", default="127.0.0.1",
                        help="proxies trusted for X-Forwarded-For (the client address that sign-in throttling "
                             "counts); comma-separated, or * behind a load balancer that is the only way in")
    return parser


def serve(argv: list[str]) -> int:
    args = serve_parser().parse_args(argv)
    try:
        import uvicorn

        app, database = build(args)
        sock = listen(args.host, args.port)
    except Exception as exc:  # one sentence, no traceback
        print(f"companion-portal: {exc}", file=sys.stderr)
        return 2
    host, port = sock.getsockname()[:2]
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    from sqlalchemy.engine import make_url

    shown = make_url(database).render_as_string(hide_password=True)
    print(f"Companion reference portal on {url}  (API docs: {url}/docs, database: {shown})", flush=True)
    if args.demo:
        print(f"Demo sign-in: login '{DEMO_LOGIN}', password '{DEMO_PASSWORD}'. In the app: Settings → Course "
              f"portal → {url}, then Sign in.", flush=True)
        print(f"The organizer's desk: {url}/desk/ (login '{DEMO_ORGANIZER}', password '{DEMO_ORGANIZER_PASSWORD}').",
              flush=True)
    if args.ready_file:
        info = {"url": url, "pid": os.getpid()}
        if args.demo:
            info.update(login=DEMO_LOGIN, password=DEMO_PASSWORD)
        write_ready_file(Path(args.ready_file), info)
    # idle keep-alive connections are kept longer than a load balancer's usual 60 s, so the portal
    # does not close one just as a client (or the balancer) sends on it
    options = {"log_level": "warning", "access_log": False, "forwarded_allow_ips": args.forwarded_allow_ips, "timeout_keep_alive": 75}
    if args.workers <= 1:
        uvicorn.Server(uvicorn.Config(app, **options)).run(sockets=[sock])
        return 0
    from uvicorn.supervisors import Multiprocess

    os.environ[DATABASE_ENV], os.environ[DATA_DIR_ENV] = database, str(data_folder(args.data_dir))
    os.environ[THREADS_ENV] = str(args.threads)
    if args.updates_dir:
        os.environ[UPDATES_ENV] = str(Path(args.updates_dir).resolve())
    # a worker that does not answer the supervisor's ping in time is killed with its connections: on
    # a loaded machine (a deadline rush) 5 s, uvicorn's default, is too short
    config = uvicorn.Config("companion_portal.__main__:worker_app", factory=True, workers=args.workers,
                            timeout_worker_healthcheck=60, **options)
    Multiprocess(config, sockets=[sock]).run()
    return 0


def bundle(argv: list[str]) -> int:
    """Write a course package folder, or a course another platform exported as an IMS Common Cartridge,
    as one course file (.ccb), the same format the app exports."""
    parser = argparse.ArgumentParser(prog="companion-portal bundle", description="Write a course package folder "
                                     "(course.json and its files), or an IMS Common Cartridge (.imscc) from Moodle, "
                                     "Canvas or another platform, as one course file that participants import "
                                     "with File → Import course file… or 'companion courses add FILE.ccb'.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--course", metavar="PATH", type=Path, help="the course package folder")
    source.add_argument("--from", dest="cartridge", metavar="FILE.imscc", type=Path,
                        help="an IMS Common Cartridge (1.0 to 1.3)")
    parser.add_argument("--out", required=True, metavar="FILE.ccb", type=Path, help="the course file to write")
    args = parser.parse_args(argv)
    import shutil
    import tempfile

    from companion.shared_kernel import EXTENSION, BundleError, CompanionError, bundle_fault, cartridge_to_package, \
        import_report, size_text, write_package_bundle

    out = args.out if args.out.suffix else args.out.with_suffix(EXTENSION)
    temp = None
    try:
        folder = args.course
        if args.cartridge is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            temp = Path(tempfile.mkdtemp(prefix=".cartridge-", dir=out.parent))
            found = cartridge_to_package(args.cartridge, temp / "package")
            print(import_report(found.report))
            folder = temp / "package"
        written = write_package_bundle(folder, out)
    except BundleError as exc:
        print(f"companion-portal: {bundle_fault(exc)}", file=sys.stderr)
        return 2
    except (CompanionError, OSError) as exc:
        print(f"companion-portal: {exc}", file=sys.stderr)
        return 2
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    print(f"Wrote {written.path}: {written.files} material files, {size_text(written.bytes)}.")
    return 0


def course(argv: list[str]) -> int:
    """``course import FILE.imscc``: publish a cartridge on this portal, its materials served by it."""
    parser = argparse.ArgumentParser(prog="companion-portal course", description="Publish a course on this portal.")
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = sub.add_parser("import", help="publish an IMS Common Cartridge (.imscc) from Moodle, Canvas or another "
                                        "platform: its package is kept in the data folder and its materials served")
    imp.add_argument("file", type=Path, metavar="FILE.imscc")
    imp.add_argument("--database", metavar="URL", help="SQLAlchemy URL (default: SQLite in the data folder)")
    imp.add_argument("--data-dir", metavar="DIR")
    args = parser.parse_args(argv)
    from companion.shared_kernel import BundleError, CompanionError, bundle_fault, cartridge_to_package, import_report

    from .app import PortalConfig, create_app

    data_dir = data_folder(args.data_dir)
    try:
        staging = data_dir / "packages" / ".incoming"
        found = cartridge_to_package(args.file, staging)
        folder = data_dir / "packages" / found.manifest["id"]
        import shutil

        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
        app = create_app(PortalConfig(database_url=database_url(args.database, data_dir), data_dir=data_dir))
        course_id = app.state.add_course(folder, 0)
    except BundleError as exc:
        print(f"companion-portal: {bundle_fault(exc)}", file=sys.stderr)
        return 2
    except (CompanionError, OSError) as exc:
        print(f"companion-portal: {exc}", file=sys.stderr)
        return 2
    print(import_report(found.report))
    print(f"Published '{course_id}' from {folder}; participants get it at their next sync.")
    return 0


def migrate(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="companion-portal migrate",
                                     description="Create the portal's tables, or upgrade them to this version's "
                                                 "schema (Alembic). Safe to run again; one runs at a time.")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL (default: SQLite in the data folder)")
    parser.add_argument("--data-dir", metavar="DIR")
    args = parser.parse_args(argv)
    from sqlalchemy.exc import SQLAlchemyError

    from .core import make_engine
    from .schema import migrate as upgrade

    database = database_url(args.database, data_folder(args.data_dir))
    engine = make_engine(database)
    try:
        before, after = upgrade(engine)
    except SQLAlchemyError as exc:
        print(f"companion-portal migrate: {exc.__class__.__name__}: {getattr(exc, 'orig', exc)}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    where = engine.url.render_as_string(hide_password=True)
    print(f"{where}: schema at revision {after}" + ("" if before == after else f" (was {before or 'empty'})"))
    return 0


def organizer(argv: list[str]) -> int:
    """``organizer add LOGIN``: an organizer account for the desk (/desk), with the courses it runs."""
    parser = argparse.ArgumentParser(prog="companion-portal organizer",
                                     description="Add an organizer who signs in to the desk at /desk (or set an "
                                                 "existing one's name and password) and choose the courses they run.")
    parser.add_argument("action", choices=["add"])
    parser.add_argument("login")
    parser.add_argument("--name", help="the name shown on the desk (default: the login)")
    parser.add_argument("--course", action="append", default=[], metavar="ID",
                        help="a published course this organizer runs (repeat for more)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input instead of asking")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL (default: SQLite in the data folder)")
    parser.add_argument("--data-dir", metavar="DIR")
    args = parser.parse_args(argv)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass(f"Password for {args.login}: ")
        if password != getpass.getpass("Again: "):
            print("companion-portal: the two passwords differ; nothing changed.", file=sys.stderr)
            return 2
    if len(password) < 10:
        print("companion-portal: an organizer's password needs at least 10 characters.", file=sys.stderr)
        return 2
    from .admin import add_organizer
    from .config import PortalConfig
    from .core import Portal
    from .errors import ApiRefusal

    data_dir = data_folder(args.data_dir)
    portal = Portal(PortalConfig(database_url=database_url(args.database, data_dir), data_dir=data_dir, threads=2))
    try:
        add_organizer(portal, args.login, password, args.name or args.login, args.course)
    except ApiRefusal as exc:
        print(f"companion-portal: {exc.message}", file=sys.stderr)
        return 2
    finally:
        portal.engine.dispose()
        portal.hasher.shutdown()
    runs = ", ".join(args.course) or "no course yet"
    print(f"Organizer {args.login} can sign in at /desk ({runs}).")
    return 0


COMMANDS: dict[str, Callable[[list[str]], int]] = {"serve": serve, "migrate": migrate, "bundle": bundle,
                                                    "course": course, "organizer": organizer}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    return serve(argv)


if __name__ == "__main__":
    sys.exit(main())
