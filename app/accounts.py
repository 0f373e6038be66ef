"""Accounts: argon2 password hashes, password rules, lockout after repeated failures, login, and the check
that an open session's account still holds.

A password is never stored or logged in clear: only its argon2 hash is kept. What was typed in the user-name
field of a failed login is not logged either (it may be a password typed in the wrong field).

Login resists guessing: each attempt is counted in the database by one UPDATE before the password is checked
(parallel attempts each count; once the account is locked, no more passwords are checked); an unknown, disabled
or locked name costs the same argon2 verification as a known one (against a dummy hash of the same cost), and
every refusal gives the same message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from functools import cache

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.database import Database
from app.errors import NotFound, PermissionDenied, UserError
from app.logs import log
from app.models import Account, AccountRole, Employee, RememberedLogin, Unit
from app.models.base import utcnow
from app.permissions import Action, require
from app.vntext import clean

ROLES = {"hr": "quản trị / tổ chức cán bộ", "head": "lãnh đạo đơn vị", "employee": "công chức"}
MIN_LENGTH = 8  # app.passwords.MIN_LENGTH
MAX_FAILURES = 5
LOCK_MINUTES = 5
REMEMBER_DAYS = 90
REFUSED = ("Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa hay đang tạm khóa do nhập sai "
           f"{MAX_FAILURES} lần (tự mở lại sau {LOCK_MINUTES} phút).")
# an argon2id hash of nothing anyone types, with the production costs: verified for an unknown, disabled or
# locked name so that it takes as long as a wrong password for a real account
DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$XXYFaQhMTcC8QXzcnZRPyQ$tU3C0EA4Igw1ernZJTSLJ92tc5avZgOXs1oCn7n5Ylk"


@cache
def _hasher():
    """argon2 (imported when a password is first checked, not at start-up)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@dataclass(frozen=True)
class AccountInfo:
    username: str
    display_name: str
    roles: list[tuple[str, str | None]]  # (role, unit code)
    employee: str | None
    active: bool
    locked: bool


def check_password_rules(username: str, password: str, names: str = "") -> None:
    """At least 8 characters, not only digits, not containing the user name, not a common password (the list
    shipped with the program), not a keyboard run or a repeat, not a name with a year (app.passwords)."""
    from app import passwords

    passwords.check(password, username, names)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def has_accounts(db: Database) -> bool:
    with db.session() as s:
        return bool(s.scalar(select(func.count(Account.id))))


def _scope(s: Session, account: Account) -> tuple[frozenset[str], frozenset[int], int | None]:
    """Roles, the units a head leads (with everything below them), and the employee's own unit."""
    units = list(s.scalars(select(Unit)))
    children: dict[int | None, list[int]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u.id)
    led: set[int] = set()
    for role in account.roles:
        if role.role == "head" and role.unit_id is not None:
            stack = [role.unit_id]
            while stack:
                unit_id = stack.pop()
                if unit_id not in led:
                    led.add(unit_id)
                    stack.extend(children.get(unit_id, []))
    own_unit = s.get(Employee, account.employee_id).unit_id if account.employee_id else None
    return frozenset(r.role for r in account.roles), frozenset(led), own_unit


def _actor(s: Session, account: Account) -> Actor:
    roles, led, own_unit = _scope(s, account)
    return Actor(username=account.username, display_name=account.display_name, roles=roles,
                 employee_id=account.employee_id, unit_id=own_unit, unit_scope=led, account_id=account.id,
                 grants=frozenset((r.role, r.unit_id) for r in account.roles),
                 credential=_credential(account.password_hash))


def _credential(password_hash: str) -> str:
    """A fingerprint of the stored hash: a new password changes it (and ends the sessions opened before)."""
    import hashlib

    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


# ------------------------------------------------------------ an open session's account, checked at every action


class SessionEnded(PermissionDenied):
    """The account of an open window or command was disabled, lost a role or got a new password."""


class AccountGuard:
    """Checks, at the start of every session of a database, that the logged-in account still holds: active,
    every role it logged in with, the same employee record, the same password. One indexed read (the account
    by its key, with its roles); a change made by HR on another computer takes effect at the next action."""

    def __init__(self, actor: Actor, on_ended=None):
        self.actor = actor
        self.on_ended = on_ended

    def __call__(self, s: Session) -> None:
        from app.models import AccountRole

        a, r = Account.__table__, AccountRole.__table__
        rows = s.execute(select(a.c.active, a.c.employee_id, a.c.password_hash, r.c.role, r.c.unit_id)
                         .select_from(a.outerjoin(r, r.c.account_id == a.c.id))
                         .where(a.c.id == self.actor.account_id)).all()
        if rows and rows[0].active and rows[0].employee_id == self.actor.employee_id \
                and _credential(rows[0].password_hash) == self.actor.credential \
                and self.actor.grants <= {(row.role, row.unit_id) for row in rows if row.role}:
            return
        if not rows or not rows[0].active:
            why = "đã bị khóa"
        elif _credential(rows[0].password_hash) != self.actor.credential:
            why = "vừa được đặt mật khẩu mới"
        else:
            why = "đã được thay đổi vai trò hoặc công chức gắn với tài khoản"
        log.warning("phiên làm việc của '%s' kết thúc: tài khoản %s", self.actor.username, why)
        if self.on_ended is not None:
            self.on_ended()
        raise SessionEnded(f"Tài khoản '{self.actor.username}' {why}: thao tác vừa rồi không được thực hiện. "
                           "Hãy đăng nhập lại.")


def watch(db: Database, actor: Actor | None, on_ended=None) -> None:
    """From now on every session of db checks the actor's account first (None: stop checking). The window and
    the command line call it once someone logs in; on_ended is called when the account no longer holds."""
    db.account_guard = AccountGuard(actor, on_ended) if actor is not None and actor.account_id else None


def _token_hash(token: str) -> str:
    import hashlib

    return hashlib.sha256(token.encode()).hexdigest()


def remember(db: Database, actor: Actor, now: dt.datetime | None = None) -> str:
    """A random token that logs this account in on this computer for REMEMBER_DAYS; only its hash is stored."""
    import secrets

    token = secrets.token_urlsafe(32)
    now = now or utcnow()
    with db.session() as s:
        account = _account(s, actor.username)
        s.add(RememberedLogin(account_id=account.id, token_hash=_token_hash(token), created_at=now,
                              expires_at=now + dt.timedelta(days=REMEMBER_DAYS)))
    log.info("ghi nhớ đăng nhập của '%s' trên máy này", actor.username)
    return token


def login_with_token(db: Database, token: str, now: dt.datetime | None = None) -> Actor | None:
    """The remembered account, or None when the token is unknown, expired, or the account disabled."""
    now = now or utcnow()
    with db.session() as s:
        found = s.scalars(select(RememberedLogin).where(RememberedLogin.token_hash == _token_hash(token))).first()
        if found is None:
            return None
        expires = found.expires_at if found.expires_at.tzinfo else found.expires_at.replace(tzinfo=dt.timezone.utc)
        account = s.get(Account, found.account_id)
        if expires <= now or not account.active:
            s.delete(found)
            return None
        log.info("đăng nhập (đã ghi nhớ trên máy này): '%s'", account.username)
        return _actor(s, account)


def forget(db: Database, token: str) -> None:
    """Forget a remembered login (log out)."""
    from sqlalchemy import delete

    with db.session() as s:
        s.execute(delete(RememberedLogin).where(RememberedLogin.token_hash == _token_hash(token)))


def _forget_account(s: Session, account: Account) -> None:
    from sqlalchemy import delete

    s.execute(delete(RememberedLogin).where(RememberedLogin.account_id == account.id))


def _utc(moment: dt.datetime) -> dt.datetime:
    """In UTC, as every time is stored (timestamptz on PostgreSQL; SQLite compares the UTC text)."""
    return moment.replace(tzinfo=dt.timezone.utc) if moment.tzinfo is None else moment.astimezone(dt.timezone.utc)


_dummy: list = [None, None]  # (hasher, dummy hash of its costs)


def _dummy_hash() -> str:
    hasher = _hasher()
    if _dummy[0] is not hasher:
        _dummy[:] = [hasher, DUMMY_HASH if not hasher.check_needs_rehash(DUMMY_HASH) else hasher.hash("\0dummy")]
    return _dummy[1]


def _verify(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _claim_attempt(s: Session, account_id: int, now: dt.datetime) -> int | None:
    """Count one attempt as failed before the password is checked, in one UPDATE (atomic on SQLite and
    PostgreSQL alike, so parallel attempts each count); the attempt that reaches MAX_FAILURES locks the account
    for LOCK_MINUTES. The attempt's number, or None when the account is disabled or locked (or unknown: id -1),
    in which case no password is checked at all."""
    accounts = Account.__table__
    reached = accounts.c.failed_attempts + 1 >= MAX_FAILURES
    result = s.execute(
        update(accounts)
        .where(accounts.c.id == account_id, accounts.c.active.is_(True),
               or_(accounts.c.locked_until.is_(None), accounts.c.locked_until <= _utc(now)))
        .values(failed_attempts=case((reached, 0), else_=accounts.c.failed_attempts + 1),
                locked_until=case((reached, _utc(now + dt.timedelta(minutes=LOCK_MINUTES))), else_=None))
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        return None
    count, locked = s.execute(select(accounts.c.failed_attempts, accounts.c.locked_until)
                              .where(accounts.c.id == account_id)).one()
    return MAX_FAILURES if locked is not None else count


def login(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The account as an Actor, or PermissionDenied (one message for every refusal).

    The attempt is counted (and the account locked at MAX_FAILURES) before the password is checked, in its own
    short transaction; the check itself holds no lock. Unknown, disabled and locked names cost the same work."""
    now = now or utcnow()
    with db.session() as s:
        row = s.execute(select(Account.id, Account.username, Account.password_hash)
                        .where(Account.username == clean(username))).first()
        attempt = _claim_attempt(s, row.id if row is not None else -1, now)
    checked = row.password_hash if row is not None and attempt is not None else _dummy_hash()
    if not _verify(checked, password) or attempt is None:
        if row is None:  # what was typed is not logged: it may be a password typed in the wrong field
            log.warning("đăng nhập không thành công: tên đăng nhập không có trong cơ sở dữ liệu")
        elif attempt is None:
            log.warning("đăng nhập bị từ chối: '%s' đã bị khóa hoặc đang tạm khóa", row.username)
        else:
            log.warning("sai mật khẩu: '%s' (lần %d)", row.username, attempt)
            if attempt >= MAX_FAILURES:
                log.warning("tạm khóa '%s' %d phút", row.username, LOCK_MINUTES)
        raise PermissionDenied(REFUSED)
    with db.session() as s:
        account = s.get(Account, row.id)
        if account is None or not account.active:  # disabled while the password was being checked
            raise PermissionDenied(REFUSED)
        account.failed_attempts = 0
        account.locked_until = None
        if _hasher().check_needs_rehash(account.password_hash):
            account.password_hash = hash_password(password)
        log.info("đăng nhập: '%s'", account.username)
        return _actor(s, account)


def add_account(db: Database, actor: Actor | None, username: str, password: str, role: str,
                employee: str | None = None, unit: str | None = None, display_name: str = "") -> AccountInfo:
    """Create an account. With no accounts yet, the first one (an HR administrator) needs no login."""
    username = clean(username)
    if not username:
        raise UserError("Tên đăng nhập không được để trống.")
    if role not in ROLES:
        raise UserError(f"Vai trò '{role}' không hợp lệ (hr, head, employee).")
    with db.session() as s:
        first = not s.scalar(select(func.count(Account.id)))
        if first:
            if role != "hr":
                raise UserError("Tài khoản đầu tiên phải là quản trị (vai trò hr).")
        else:
            require(actor, Action.MANAGE_ACCOUNTS)
        if s.scalars(select(Account).where(Account.username == username)).first():
            raise UserError(f"Tên đăng nhập '{username}' đã có.")
        person = _employee(s, employee)
        unit_row = _role_unit(s, role, unit, person)
        check_password_rules(username, password, " ".join([display_name, person.full_name if person else ""]))
        account = Account(username=username, display_name=clean(display_name) or (person.full_name if person else ""),
                          password_hash=hash_password(password), employee_id=person.id if person else None)
        account.roles = [AccountRole(role=role, unit_id=unit_row.id if unit_row else None)]
        s.add(account)
        s.flush()
        author = actor if actor is not None and not first else Actor(username=username)
        audit.record(s, author, "account", username, "role", None, role + (f"@{unit_row.code}" if unit_row else ""),
                     action="add")
        log.info("'%s' tạo tài khoản '%s' (%s)", author.username, username, role)
        return _info(s, account)


def _employee(s: Session, code: str | None) -> Employee | None:
    if not code:
        return None
    person = s.scalars(select(Employee).where(Employee.code == clean(code))).first()
    if person is None:
        raise NotFound(f"Không có công chức mã '{code}'.")
    return person


def _role_unit(s: Session, role: str, unit: str | None, person: Employee | None) -> Unit | None:
    """The unit a head role covers (None for other roles), after the role's own conditions."""
    if role not in ROLES:
        raise UserError(f"Vai trò '{role}' không hợp lệ (hr, head, employee).")
    if role == "employee" and person is None:
        raise UserError("Tài khoản công chức cần gắn với một công chức (--employee MÃ).")
    if role != "head":
        return None
    if not unit:
        raise UserError("Tài khoản lãnh đạo đơn vị cần đơn vị (--unit MÃ).")
    unit_row = s.scalars(select(Unit).where(Unit.code == clean(unit))).first()
    if unit_row is None:
        raise NotFound(f"Không có đơn vị mã '{unit}'.")
    return unit_row


def grant_role(db: Database, actor: Actor, username: str, role: str, unit: str | None = None,
               employee: str | None = None) -> AccountInfo:
    """Give an account one more role (a person may hold several: e.g. head of a unit and an employee)."""
    require(actor, Action.MANAGE_ACCOUNTS)
    with db.session() as s:
        account = _account(s, username)
        person = _employee(s, employee) or (s.get(Employee, account.employee_id) if account.employee_id else None)
        unit_row = _role_unit(s, role, unit, person)
        if any(r.role == role and r.unit_id == (unit_row.id if unit_row else None) for r in account.roles):
            raise UserError(f"Tài khoản '{account.username}' đã có vai trò này.")
        if person is not None and account.employee_id is None:
            audit.record(s, actor, "account", account.username, "employee", None, person.code)
            account.employee_id = person.id
        account.roles.append(AccountRole(role=role, unit_id=unit_row.id if unit_row else None))
        audit.record(s, actor, "account", account.username, "role", None,
                     role + (f"@{unit_row.code}" if unit_row else ""), action="add")
        log.info("'%s' thêm vai trò %s cho '%s'", actor.username, role, account.username)
        s.flush()
        return _info(s, account)


def revoke_role(db: Database, actor: Actor, username: str, role: str, unit: str | None = None) -> AccountInfo:
    """Take a role away from an account (a head leaving a unit: --unit names which). Its open sessions end at
    their next action; an account keeps at least one role (disable it otherwise)."""
    require(actor, Action.MANAGE_ACCOUNTS)
    if role not in ROLES:
        raise UserError(f"Vai trò '{role}' không hợp lệ (hr, head, employee).")
    with db.session() as s:
        account = _account(s, username)
        units = {u.id: u.code for u in s.scalars(select(Unit))}
        held = [r for r in account.roles if r.role == role and (unit is None or units.get(r.unit_id) == clean(unit))]
        if not held:
            raise UserError(f"Tài khoản '{account.username}' không có vai trò này.")
        if len(held) > 1:
            raise UserError(f"Tài khoản '{account.username}' lãnh đạo nhiều đơn vị: hãy ghi đơn vị (--unit MÃ).")
        if len(account.roles) == 1:
            raise UserError(f"Đây là vai trò duy nhất của tài khoản '{account.username}': hãy khóa tài khoản thay vì "
                            "bỏ vai trò.")
        if account.username == actor.username and role == "hr":
            raise UserError("Không tự bỏ vai trò quản trị của tài khoản đang dùng.")
        gone = held[0]
        account.roles.remove(gone)
        audit.record(s, actor, "account", account.username, "role",
                     role + (f"@{units[gone.unit_id]}" if gone.unit_id else ""), None, action="delete")
        log.info("'%s' bỏ vai trò %s của '%s'", actor.username, role, account.username)
        s.flush()
        return _info(s, account)


def _info(s: Session, account: Account) -> AccountInfo:
    units = {u.id: u.code for u in s.scalars(select(Unit))}
    person = s.get(Employee, account.employee_id) if account.employee_id else None
    return AccountInfo(account.username, account.display_name, [(r.role, units.get(r.unit_id)) for r in account.roles],
                       person.code if person else None, account.active,
                       account.locked_until is not None and account.locked_until.replace(tzinfo=dt.timezone.utc) > utcnow())


def list_accounts(db: Database, actor: Actor) -> list[AccountInfo]:
    require(actor, Action.MANAGE_ACCOUNTS)
    with db.session() as s:
        return [_info(s, a) for a in s.scalars(select(Account).order_by(Account.username))]


def _account(s: Session, username: str) -> Account:
    account = s.scalars(select(Account).where(Account.username == clean(username))).first()
    if account is None:
        raise NotFound(f"Không có tài khoản '{username}'.")
    return account


def disable_account(db: Database, actor: Actor, username: str) -> None:
    require(actor, Action.MANAGE_ACCOUNTS)
    with db.session() as s:
        account = _account(s, username)
        if account.username == actor.username:
            raise UserError("Không tự khóa tài khoản đang dùng.")
        _forget_account(s, account)
        if account.active:
            audit.record(s, actor, "account", account.username, "active", True, False, action="disable")
            log.info("'%s' khóa tài khoản '%s'", actor.username, account.username)
        account.active = False


def change_password(db: Database, actor: Actor, username: str, password: str,
                    current: str | None = None) -> Actor | None:
    """Anyone may change their own password, giving the current one (checked, and counted towards the lockout
    like a login); HR may set anyone else's. A new password ends every remembered login and every session
    opened with the old one; for one's own account the actor with the new password is returned, so the session
    that changed it goes on."""
    own = clean(username) == actor.username
    if not own:
        require(actor, Action.MANAGE_ACCOUNTS)
    elif not current:
        raise UserError("Cần nhập mật khẩu hiện tại để đổi mật khẩu.")
    else:
        try:
            login(db, username, current)
        except PermissionDenied:
            raise PermissionDenied("Mật khẩu hiện tại không đúng (hoặc tài khoản đang tạm khóa do nhập sai nhiều "
                                   "lần): chưa đổi mật khẩu.") from None
    with db.session() as s:
        account = _account(s, username)
        person = s.get(Employee, account.employee_id) if account.employee_id else None
        check_password_rules(account.username, password,
                             " ".join([account.display_name, person.full_name if person else ""]))
        account.password_hash = hash_password(password)
        account.failed_attempts = 0
        account.locked_until = None
        _forget_account(s, account)  # a new password ends every remembered login
        audit.record(s, actor, "account", account.username, "password", action="password")
        log.info("'%s' đặt mật khẩu mới cho '%s'", actor.username, account.username)
        return _actor(s, account) if own else None
