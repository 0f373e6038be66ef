"""A shared PostgreSQL database for a test: its own database, an owner role and an application role, on the run's
test cluster (the pg_admin_url fixture of tests/postgres_server.py, a superuser URL)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

OWNER_PASSWORD = "Chu-so-huu-2026"
APP_PASSWORD = "Ung-dung-2026"


def superuser_url(request) -> str:
    return request.getfixturevalue("pg_admin_url")


def engine_for(url: str):
    u = make_url(url)
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return create_engine(u, poolclass=NullPool)


@dataclass
class Shared:
    admin_url: str
    database: str
    owner: str
    app: str

    def url(self, role: str, password: str | None) -> str:
        u = make_url(self.admin_url)
        if u.drivername == "postgresql":
            u = u.set(drivername="postgresql+psycopg")
        return u._replace(username=role, password=password, database=self.database).render_as_string(hide_password=False)

    @property
    def owner_url(self) -> str:
        return self.url(self.owner, OWNER_PASSWORD)

    @property
    def app_url(self) -> str:
        return self.url(self.app, APP_PASSWORD)


def create_shared(admin_url: str) -> Shared:
    tag = uuid.uuid4().hex[:8]
    shared = Shared(admin_url, f"nang_luc_{tag}", f"cg_owner_{tag}", f"cg_app_{tag}")
    engine = engine_for(admin_url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"CREATE ROLE {shared.owner} LOGIN PASSWORD '{OWNER_PASSWORD}'"))
        conn.execute(text(f"CREATE ROLE {shared.app} LOGIN PASSWORD '{APP_PASSWORD}'"))
        conn.execute(text(f"CREATE DATABASE {shared.database} OWNER {shared.owner}"))
    engine.dispose()
    return shared


def drop_shared(shared: Shared) -> None:
    engine = engine_for(shared.admin_url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {shared.database} WITH (FORCE)"))
        for role in (shared.app, shared.owner):
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
    engine.dispose()


@pytest.fixture
def shared_pg(request):
    """A fresh shared database with its two roles (no schema yet), dropped afterwards."""
    shared = create_shared(superuser_url(request))
    yield shared
    drop_shared(shared)
