"""Accounts: argon2 password hashes, password rules, lockout after repeated failures, login.

A password is never stored or logged in clear: only its argon2 hash is kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.database import Database
from app.errors import NotFound, PermissionDenied, UserError
from app.logs import log
from app.models import Account, AccountRole, Employee, RememberedLogin, Unit
from app.models.base import utcnow
from app.permissions import Action, require
from app.vntext import clean, search_key

ROLES = {"hr": "quản trị / tổ chức cán bộ", "head": "lãnh đạo đơn vị", "employee": "công chức"}
MIN_LENGTH = 8
MAX_FAILURES = 5
LOCK_MINUTES = 5
REMEMBER_DAYS = 90


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


def check_password_rules(username: str, password: str) -> None:
    """At least 8 characters, not only digits, and not containing the user name."""
    if len(password) < MIN_LENGTH:
        raise UserError(f"Mật khẩu cần ít nhất {MIN_LENGTH} ký tự.")
    if password.isdigit():
        raise UserError("Mật khẩu không được chỉ gồm chữ số.")
    if search_key(username) and search_key(username) in search_key(password):
        raise UserError("Mật khẩu không được chứa tên đăng nhập.")


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
                 employee_id=account.employee_id, unit_id=own_unit, unit_scope=led)


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


def login(db: Database, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The account as an Actor, or PermissionDenied; failures count towards a timed lockout."""
    now = now or utcnow()
    with db.session() as s:
        account = s.scalars(select(Account).where(Account.username == clean(username))).first()
        if account is None or not account.active:
            log.warning("đăng nhập không thành công: '%s' (không có hoặc đã khóa)", clean(username))
            raise PermissionDenied("Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.")
        locked_until = account.locked_until
        if locked_until is not None and locked_until.tzinfo is None:
            locked_until = locked_until.replace(tzinfo=dt.timezone.utc)
        if locked_until is not None and locked_until > now:
            minutes = max(1, int((locked_until - now).total_seconds() // 60) + 1)
            log.warning("đăng nhập bị từ chối: '%s' đang tạm khóa", account.username)
            raise PermissionDenied(f"Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau {minutes} phút.")
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            _hasher().verify(account.password_hash, password)
        except (VerificationError, InvalidHashError):
            account.failed_attempts += 1
            log.warning("sai mật khẩu: '%s' (lần %d)", account.username, account.failed_attempts)
            if account.failed_attempts >= MAX_FAILURES:
                account.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                account.failed_attempts = 0
                log.warning("tạm khóa '%s' %d phút", account.username, LOCK_MINUTES)
            wrong = PermissionDenied("Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.")
        else:
            wrong = None
            account.failed_attempts = 0
            account.locked_until = None
            if _hasher().check_needs_rehash(account.password_hash):
                account.password_hash = hash_password(password)
            log.info("đăng nhập: '%s'", account.username)
            actor = _actor(s, account)
    if wrong is not None:  # the failure count is committed before the refusal
        raise wrong
    return actor


def add_account(db: Database, actor: Actor | None, username: str, password: str, role: str,
                employee: str | None = None, unit: str | None = None, display_name: str = "") -> AccountInfo:
    """Create an account. With no accounts yet, the first one (an HR administrator) needs no login."""
    username = clean(username)
    if not username:
        raise UserError("Tên đăng nhập không được để trống.")
    if role not in ROLES:
        raise UserError(f"Vai trò '{role}' không hợp lệ (hr, head, employee).")
    check_password_rules(username, password)
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


def change_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """Anyone may change their own password; HR may set anyone's."""
    if clean(username) != actor.username:
        require(actor, Action.MANAGE_ACCOUNTS)
    check_password_rules(username, password)
    with db.session() as s:
        account = _account(s, username)
        account.password_hash = hash_password(password)
        account.failed_attempts = 0
        account.locked_until = None
        _forget_account(s, account)  # a new password ends every remembered login
        audit.record(s, actor, "account", account.username, "password", action="password")
        log.info("'%s' đặt mật khẩu mới cho '%s'", actor.username, account.username)
