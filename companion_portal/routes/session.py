"""Sign-in and sign-out (PROTOCOL.md: Sign-in), with sign-in throttled per login and per client
address (429 with Retry-After; see ``throttle``)."""

from __future__ import annotations

import asyncio
import math
import secrets

from fastapi import APIRouter, Header, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import insert, select
from starlette.concurrency import run_in_threadpool

from .. import throttle
from ..core import API, PortalDep, bearer, token_digest
from ..errors import ApiRefusal
from ..limits import LOGIN_CHARS, PASSWORD_CHARS
from ..models import Participant, Token
from ..passwords import check_password, hash_password

router = APIRouter(prefix=API + "/session", tags=["session"])
# checked when the login is unknown, so an unknown login costs the same time as a wrong password
_NOBODY = hash_password(secrets.token_urlsafe(16))


class SignIn(BaseModel):
    login: str = Field(min_length=1, max_length=LOGIN_CHARS)
    password: str = Field(min_length=1, max_length=PASSWORD_CHARS)


def _too_many(wait) -> ApiRefusal:
    seconds = max(1, math.ceil(wait.total_seconds()))
    return ApiRefusal(429, "too_many_sign_ins", f"Too many failed sign-ins; try again in {seconds} s.",
                      headers={"Retry-After": str(seconds)})


@router.post("")
async def sign_in(body: SignIn, request: Request, portal: PortalDep) -> dict:
    """Async so that a sign-in waiting for its turn at the password hash holds no thread: the
    lock check, the hash and the failure's record run together in ``portal.hasher`` (one thread per
    core), so a burst of guesses sent at once cannot all pass a lock check made before any failed."""
    keys = throttle.keys(body.login, request.client.host if request.client else None)
    person = await asyncio.get_running_loop().run_in_executor(
        portal.hasher, _attempt, portal, keys, body.login, body.password)
    if person is None:
        raise ApiRefusal(401, "bad_credentials", "The login or the password is wrong.")
    token = secrets.token_urlsafe(32)
    expires = portal.now() + portal.config.token_ttl
    await run_in_threadpool(_issue, portal, keys, person.id, token, expires)
    return {"token": token, "expires_at": expires.isoformat().replace("+00:00", "Z"),
            "participant": {"id": person.id, "name": person.name, "time_zone": person.time_zone}}


def _attempt(portal, keys: dict[str, str], login: str, password: str):
    """One try, in the hasher's thread: locked (429), else the password checked and a failure
    recorded before the thread takes the next try. Returns the participant, or None."""
    person = _person(portal, keys, login)
    right = check_password(password, person.password_hash if person is not None else _NOBODY)
    if not right or person is None:
        _failed(portal, keys)
        return None
    return person


def _person(portal, keys: dict[str, str], login: str):
    """The participant with this login (None: unknown), unless sign-ins for it are locked (429)."""
    with portal.read() as conn:
        wait = throttle.locked_for(conn, keys, portal.now())
        if wait is not None:
            raise _too_many(wait)
        return conn.execute(select(Participant.id, Participant.name, Participant.time_zone,
                                   Participant.password_hash).where(Participant.login == login)).first()


def _failed(portal, keys: dict[str, str]) -> None:
    with portal.db() as s:
        throttle.failed(s, keys, portal.now(), portal.config.limits)


def _issue(portal, keys: dict[str, str], participant_id: str, token: str, expires) -> None:
    with portal.write() as conn:
        throttle.succeeded(conn, keys)
        conn.execute(insert(Token), {"token_sha256": token_digest(token), "participant_id": participant_id,
                                     "expires_at": expires, "revoked": False})


@router.delete("", status_code=204)
def sign_out(portal: PortalDep, authorization: str | None = Header(default=None)) -> Response:
    """Revokes the token sent (an unknown or already revoked token is not an error: signing out twice
    is safe)."""
    token = bearer(authorization)
    if token is not None:
        with portal.db() as s:
            row = s.get(Token, token_digest(token))
            if row is not None:
                row.revoked = True
    return Response(status_code=204)
