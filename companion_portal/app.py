"""The reference portal: PROTOCOL.md version 1 over FastAPI, records in SQLAlchemy.

Stateless between requests (everything lives in the database and the upload folder), so several
processes can run behind a load balancer with PostgreSQL and shared storage. The routes live in
``companion_portal.routes`` by area; they reach the portal's state through ``core.PortalDep``.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from functools import partial

import anyio.to_thread

from fastapi import FastAPI, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse

from . import admin, desk
from .desk import certificates as desk_certificates
from .config import Faults, PortalConfig, now_utc  # noqa: F401 (imported from here by tests and benches)
from .bodylimit import BodyLimit
from .desk.guard import DeskHeaders
from .core import API, Portal
from .errors import error_body, install_error_handlers
from .routes import ROUTERS


def create_app(config: PortalConfig) -> FastAPI:
    portal = Portal(config)
    app = FastAPI(title="Companion reference portal", version="1",
                  description="The course portal API of PROTOCOL.md, version 1.", lifespan=partial(_lifespan, config))
    app.state.portal = portal
    app.state.config = config
    app.add_middleware(GZipMiddleware, minimum_size=800)
    app.add_middleware(BodyLimit, api_prefix=API)
    app.add_middleware(DeskHeaders)  # outside the body cap: its refusals under /desk carry them too
    install_error_handlers(app)
    if config.faults is not None:
        _inject_faults(app, config.faults)
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(desk.router)  # the organizer's pages (/desk), apart from the participants' API
    if config.updates_dir is not None:
        from fastapi.staticfiles import StaticFiles

        app.mount("/updates", StaticFiles(directory=config.updates_dir), name="updates")
    app.include_router(desk_certificates.router)  # the desk's certificates, verification, survey and grades
    # the organizer's commands, bound to this portal (used by the command line and the tests)
    app.state.add_course = partial(admin.add_course, portal)
    app.state.add_participant = partial(admin.add_participant, portal)
    app.state.record_attendance = partial(admin.record_attendance, portal)
    app.state.add_organizer = partial(admin.add_organizer, portal)
    return app


@asynccontextmanager
async def _lifespan(config: PortalConfig, _app: FastAPI):
    """Requests run at once in this process: as many as its pooled database connections."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = config.threads
    yield


def _inject_faults(app: FastAPI, faults: Faults) -> None:
    @app.middleware("http")
    async def _faults(request: Request, call_next):
        if faults.ignore_range:
            request.scope["headers"] = [(k, v) for k, v in request.scope["headers"] if k not in (b"range", b"if-range")]
        if faults.html_instead and "/materials/" in request.url.path:
            return Response("<html><body>Please sign in to the network.</body></html>", media_type="text/html")
        hit = faults.take(request.url.path)  # the link first: it drops requests to any route
        if hit is None and any(part in request.url.path for part in faults.absent):
            return JSONResponse({"detail": "Not Found"}, status_code=404)  # FastAPI's own answer to no route
        if hit is not None:
            status, retry_after = hit
            headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
            return JSONResponse(error_body("injected_fault", "a fault injected for testing"), status_code=status,
                                headers=headers)
        return await call_next(request)
