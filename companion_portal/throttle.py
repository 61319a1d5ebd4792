"""Sign-in throttling kept in the database (so several worker processes share it): each failure
bumps a row per login and per client address with one atomic upsert; past the free failures the key
is locked for a time that doubles with every further failure (``Limits.lock_for``)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, delete, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from .limits import Limits
from .models import SignInFailures


def keys(login: str, address: str | None) -> dict[str, str]:
    return {"login": "login:" + login.strip().casefold(), "address": "address:" + (address or "unknown")}


def locked_for(s: Session | Connection, keys_: dict[str, str], now: datetime) -> timedelta | None:
    """How long the longest lock on any of these keys still lasts (None: not locked)."""
    until = s.scalars(select(SignInFailures.locked_until).where(SignInFailures.key.in_(keys_.values()))).all()
    longest = max((u for u in until if u is not None and u > now), default=None)
    return None if longest is None else longest - now


def _upsert(s: Session):
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(SignInFailures)


def failed(s: Session, keys_: dict[str, str], now: datetime, limits: Limits) -> None:
    free = {"login": limits.sign_in_free_per_login, "address": limits.sign_in_free_per_address}
    forget_before = now - limits.sign_in_forget_after
    for kind, key in keys_.items():
        statement = _upsert(s).values(key=key, failures=1, last_failure_at=now)
        statement = statement.on_conflict_do_update(index_elements=[SignInFailures.key], set_={
            "failures": case((SignInFailures.last_failure_at < forget_before, 1), else_=SignInFailures.failures + 1),
            "last_failure_at": now})
        s.execute(statement)
        failures = s.scalar(select(SignInFailures.failures).where(SignInFailures.key == key))
        lock = limits.lock_for(failures, free[kind])
        if lock:
            s.execute(update(SignInFailures).where(SignInFailures.key == key).values(locked_until=now + lock))


def succeeded(s: Session | Connection, keys_: dict[str, str]) -> None:
    """A right password clears its login's count (not the address's: one success must not open the
    door for guessing other logins from there)."""
    s.execute(delete(SignInFailures).where(SignInFailures.key == keys_["login"]))
