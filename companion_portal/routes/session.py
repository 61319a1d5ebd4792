"""Sign-in and sign-out (PROTOCOL.md: Sign-in)."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Header, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from ..core import API, PortalDep, bearer, token_digest
from ..errors import ApiRefusal
from ..models import Participant, Token
from ..passwords import check_password

router = APIRouter(prefix=API + "/session", tags=["session"])


class SignIn(BaseModel):
    login: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=1, max_length=500)


@router.post("")
def sign_in(body: SignIn, portal: PortalDep) -> dict:
    with portal.db() as s:
        person = s.scalars(select(Participant).where(Participant.login == body.login)).first()
        if person is None or not check_password(body.password, person.password_hash):
            raise ApiRefusal(401, "bad_credentials", "The login or the password is wrong.")
        token = secrets.token_urlsafe(32)
        expires = portal.now() + portal.config.token_ttl
        s.add(Token(token_sha256=token_digest(token), participant_id=person.id, expires_at=expires))
        return {"token": token, "expires_at": expires.isoformat().replace("+00:00", "Z"),
                "participant": {"id": person.id, "name": person.name, "time_zone": person.time_zone}}


@router.delete("", status_code=204)
def sign_out(portal: PortalDep, authorization: str | None = Header(default=None)) -> Response:
    token = bearer(authorization)
    if token is not None:
        with portal.db() as s:
            row = s.get(Token, token_digest(token))
            if row is not None:
                row.revoked = True
    return Response(status_code=204)
