"""Command line: who is acting (--user) and the accounts (`user`)."""

from __future__ import annotations

import sys

from app.actor import Actor, local_user
from app.database import Database
from app.errors import UserError
from app.cli.output import table


ENV_PASSWORD = "COMPETENCY_GAP_PASSWORD"
ENV_NEW_PASSWORD = "COMPETENCY_GAP_NEW_PASSWORD"


def _secret(env: str, prompt: str, confirm: bool = False) -> str:
    """A password from the environment, else typed (never echoed, never printed)."""
    import getpass
    import os

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"Cần mật khẩu: đặt biến {env} hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nhập lại mật khẩu: ") != value:
        raise UserError("Hai lần nhập mật khẩu không khớp.")
    return value


def acting_user(args, db: Database) -> Actor | None:
    """The local user while the database has no accounts; else the logged-in account (--user), checked again
    against the database at every step of the command (a disabled account stops at its next step)."""
    from app.accounts import has_accounts, login, watch

    if not has_accounts(db):
        return None if args.command == "user" else local_user()
    import os

    username = args.user or os.environ.get("COMPETENCY_GAP_USER")
    if not username:
        raise UserError("Cơ sở dữ liệu có tài khoản: hãy dùng --user TÊN (mật khẩu: biến COMPETENCY_GAP_PASSWORD).")
    actor = login(db, username, _secret(ENV_PASSWORD, f"Mật khẩu của {username}: "))
    watch(db, actor)
    return actor


def cmd_user(args, db: Database, actor: Actor | None) -> None:
    from app import accounts

    if args.action == "list":
        rows = accounts.list_accounts(db, actor)
        table([(a.username, a.display_name, ", ".join(r + (f"@{u}" if u else "") for r, u in a.roles),
                 a.employee or "", "" if a.active else "đã khóa") for a in rows],
               ["Tài khoản", "Họ và tên", "Vai trò", "Công chức", "Trạng thái"])
        return
    if not args.name:
        raise UserError(f"Cần tên tài khoản: user {args.action} TÊN")
    if args.action == "add":
        if not args.role:
            raise UserError("Cần vai trò: --role hr|head|employee")
        password = _secret(ENV_NEW_PASSWORD, "Mật khẩu mới: ", confirm=True)
        info = accounts.add_account(db, actor, args.name, password, args.role, args.employee, args.unit)
        print(f"Đã tạo tài khoản {info.username} ({accounts.ROLES[args.role]}).")
    elif args.action == "grant":
        if not args.role:
            raise UserError("Cần vai trò: --role hr|head|employee")
        info = accounts.grant_role(db, actor, args.name, args.role, args.unit, args.employee)
        roles = ", ".join(r + (f"@{u}" if u else "") for r, u in info.roles)
        print(f"Tài khoản {info.username}: {roles}.")
    elif args.action == "revoke":
        if not args.role:
            raise UserError("Cần vai trò: --role hr|head|employee")
        info = accounts.revoke_role(db, actor, args.name, args.role, args.unit)
        roles = ", ".join(r + (f"@{u}" if u else "") for r, u in info.roles)
        print(f"Tài khoản {info.username}: {roles}.")
    elif args.action == "disable":
        accounts.disable_account(db, actor, args.name)
        print(f"Đã khóa tài khoản {args.name}.")
    else:
        if actor is None:
            raise UserError("Chưa có tài khoản nào.")
        current = None
        if actor.username == args.name.strip():  # one's own: the current password again (it may be a colleague at
            current = _secret(ENV_PASSWORD, "Mật khẩu hiện tại: ")  # an unlocked computer typing the command)
        accounts.change_password(db, actor, args.name, _secret(ENV_NEW_PASSWORD, "Mật khẩu mới: ", confirm=True),
                                 current=current)
        print(f"Đã đổi mật khẩu của {args.name}.")
