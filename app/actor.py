"""Who is acting. Every service takes an Actor; until accounts exist it is the local user."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str = ""
    roles: frozenset[str] = field(default_factory=frozenset)
    employee_id: int | None = None
    unit_id: int | None = None  # the unit of the actor's own employee record
    unit_scope: frozenset[int] = field(default_factory=frozenset)  # units a head leads, sub-units included
    # what the account held when it logged in, checked again at every action (app.accounts.AccountGuard)
    account_id: int | None = field(default=None, compare=False)
    grants: frozenset[tuple[str, int | None]] = field(default_factory=frozenset, compare=False, repr=False)
    credential: str = field(default="", compare=False, repr=False)

    @property
    def employee_only(self) -> bool:
        """An employee with no other role: works on their own self-assessment only."""
        return self.roles == {"employee"}

    @property
    def label(self) -> str:
        return self.display_name or self.username


def _local_username() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system (e.g. a container)
        return "local"


def local_user() -> Actor:
    """The person at this computer, with every right (single-PC use, before accounts exist)."""
    return Actor(username=_local_username(), roles=frozenset({"local"}))
