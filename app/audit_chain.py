"""A trail that shows tampering: every audit entry is sealed with a hash chained to the one before it.

hash = sha256(canonical entry (time in UTC, account, action, what, old and new value, reason) + the previous
entry's hash); the first entry follows GENESIS. The chain follows insert order (the id), appended inside the
writing transaction: on SQLite write sessions hold the write lock from their first statement (BEGIN IMMEDIATE),
on PostgreSQL a transaction-level advisory lock is taken before the last hash is read, so two writers never
fork the chain.

Accounts and their roles: whenever the program changes one, the trail records a digest of the row
(entity 'account', field 'digest'); a row changed, added or deleted outside the program no longer matches
the last digest. `verify` reports the first broken link, missing triggers and accounts that differ.

What this can and cannot promise (README, "Nhật ký thay đổi chống sửa"): it detects, it cannot prevent;
someone who can write the file and knows this scheme can recompute the whole chain, unless its head has been
kept elsewhere (printed by `audit verify`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from sqlalchemy import event, insert, inspect as sa_inspect, select, text
from sqlalchemy.orm import Session

from app.database import WRITERS_LOCK_KEY

GENESIS = "0" * 64
LOCK_KEY = WRITERS_LOCK_KEY  # PostgreSQL advisory lock of the trail, the one every writer takes first
ACCOUNT_FIELDS = ("username", "display_name", "password_hash", "employee_id", "active")
SYSTEM = "he-thong"
SYSTEM_NAME = "Chương trình"

SQLITE_TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
}
POSTGRES_FUNCTION = ("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                     "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$")
POSTGRES_TRIGGERS = {
    "audit_log_append_only": "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                             "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    # row triggers never see TRUNCATE (migration 0009)
    "audit_log_no_truncate": "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                             "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
}


# ------------------------------------------------------------------ the seal


def _utc_text(at: dt.datetime | None) -> str:
    if at is None:
        return ""
    if isinstance(at, str):  # a raw SQLite read
        at = dt.datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(values: dict) -> bytes:
    """The entry as hashed: one JSON array in a fixed order (UTF-8, no spaces); the id is not part of it."""
    g = values.get
    assessment = g("assessment_id")
    return json.dumps([_utc_text(g("at")), g("actor") or "", g("actor_name") or "", g("action") or "",
                       g("entity") or "", g("entity_key") or "", None if assessment is None else int(assessment),
                       g("item") or "", g("field") or "", g("old_value"), g("new_value"), g("reason") or ""],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal(values: dict, previous: str) -> str:
    return hashlib.sha256(canonical(values) + previous.encode("ascii")).hexdigest()


def _is_postgres(s_or_conn) -> bool:
    bind = s_or_conn.get_bind() if isinstance(s_or_conn, Session) else s_or_conn
    return bind.dialect.name == "postgresql"


def last_hash(conn) -> str:
    """The chain's head inside this transaction (PostgreSQL: after taking the trail's advisory lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})
    head = conn.execute(text("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).first()
    return head[0] if head is not None and head[0] else GENESIS


def _complete(values: dict) -> dict:
    from app.models.base import utcnow

    values.setdefault("at", None)
    if values["at"] is None:
        values["at"] = utcnow()
    elif values["at"].tzinfo is not None:
        values["at"] = values["at"].astimezone(dt.timezone.utc)
    for name in ("actor_name", "item", "field", "reason"):
        if values.get(name) is None:
            values[name] = ""
    return values


def chain_rows(conn, rows: list[dict]) -> list[dict]:
    """Seal entries about to be inserted in this order (Core inserts: record_many, imports)."""
    previous = last_hash(conn)
    for values in rows:
        _complete(values)
        values["prev_hash"] = previous
        values["hash"] = previous = seal(values, previous)
    return rows


COLUMNS = ("at", "actor", "actor_name", "action", "entity", "entity_key", "assessment_id", "item", "field",
           "old_value", "new_value", "reason")


def _before_flush(session: Session, _context, _instances) -> None:
    from app.models import Account, AccountRole, AuditEntry

    pending = [o for o in session.new if isinstance(o, AuditEntry)]
    watched = session.info.setdefault("audit_accounts", [])
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Account):
            state = sa_inspect(obj)
            if obj in session.new or obj in session.deleted or any(
                    state.attrs[name].history.has_changes() for name in ACCOUNT_FIELDS + ("roles",)):
                watched.append((obj, obj.username))
        elif isinstance(obj, AccountRole) and obj.account_id is not None:
            watched.append((obj.account_id, None))
    if not pending:
        return
    # the unit of work inserts new rows of one table in the order they were added
    pending.sort(key=lambda o: sa_inspect(o).insert_order)
    session.info["audit_actor"] = (pending[-1].actor, pending[-1].actor_name)
    previous = last_hash(session.connection())
    for entry in pending:
        values = _complete({name: getattr(entry, name) for name in COLUMNS})
        for name in ("at", "actor_name", "item", "field", "reason"):
            setattr(entry, name, values[name])
        entry.prev_hash = previous
        entry.hash = previous = seal(values, previous)


def account_digest(conn, account_id: int) -> str | None:
    """sha256 of the account row's lasting fields and its roles (not the lockout counters), or None if gone."""
    row = conn.execute(text("SELECT username, display_name, password_hash, employee_id, active FROM accounts "
                            "WHERE id = :i"), {"i": account_id}).first()
    if row is None:
        return None
    roles = sorted((r.role, r.unit_id if r.unit_id is not None else -1) for r in conn.execute(
        text("SELECT role, unit_id FROM account_roles WHERE account_id = :i"), {"i": account_id}))
    data = [row.username, row.display_name, row.password_hash, row.employee_id, bool(row.active),
            [list(r) for r in roles]]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def recorded_digests(conn) -> dict[str, str | None]:
    """The last digest the trail recorded for each account name."""
    rows = conn.execute(text("SELECT entity_key, new_value FROM audit_log WHERE entity = 'account' "
                             "AND field = 'digest' ORDER BY id")).all()
    return {key: value for key, value in rows}


def _after_flush(session: Session, _context) -> None:
    from app.models import Unit

    watched = session.info.pop("audit_accounts", [])
    everyone = any(isinstance(o, Unit) for o in session.deleted)  # a unit's deletion takes heads' roles with it
    if not watched and not everyone:
        return
    conn = session.connection()
    ids: dict[int, str | None] = {}
    for obj, name in watched:
        if isinstance(obj, int):
            ids.setdefault(obj, None)
        elif obj.id is not None:
            ids[obj.id] = name
    if everyone:
        ids.update({i: n for i, n in conn.execute(text("SELECT id, username FROM accounts"))})
    if not ids:
        return
    names = dict(conn.execute(text("SELECT id, username FROM accounts")).all())
    last = recorded_digests(conn)
    actor, actor_name = session.info.get("audit_actor", (None, None))
    rows = []
    for account_id, name in sorted(ids.items()):
        username = names.get(account_id, name)
        if username is None:
            continue
        digest = account_digest(conn, account_id)
        if last.get(username) != digest:
            rows.append(dict(actor=actor or username, actor_name=actor_name or "", entity="account",
                             entity_key=username, field="digest", action="seal" if digest else "delete",
                             old_value=last.get(username), new_value=digest))
    if rows:
        from app.models import AuditEntry

        conn.execute(insert(AuditEntry.__table__), chain_rows(conn, rows))


_installed = False


def install() -> None:
    """Seal every session's audit entries and account changes (idempotent)."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
        _installed = True


# ------------------------------------------------------------------ triggers


def missing_triggers(conn) -> list[str]:
    if conn.dialect.name == "postgresql":
        present = {r[0] for r in conn.execute(text(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal "
            "AND tgenabled <> 'D'"))}
        return [n for n in POSTGRES_TRIGGERS if n not in present]
    present = {r[0] for r in conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))}
    return [n for n in SQLITE_TRIGGERS if n not in present]


def create_triggers(conn, names: list[str] | None = None) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(POSTGRES_FUNCTION))
        for name, sql in POSTGRES_TRIGGERS.items():
            if names is None or name in names:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON audit_log"))
                conn.execute(text(sql))
        return
    for name, sql in SQLITE_TRIGGERS.items():
        if names is None or name in names:
            conn.execute(text(sql))


def restore_triggers(db) -> list[str]:
    """At start-up: put back the triggers that make the trail append-only, and record that it was done."""
    from app.actor import Actor
    from app import audit
    from app.errors import UserError
    from app.logs import log

    with db.read_session() as s:
        if not missing_triggers(s.connection()):
            return []
    try:
        with db.session() as s:
            missing = missing_triggers(s.connection())
            if missing:
                create_triggers(s.connection(), missing)
                audit.record(s, Actor(username=SYSTEM, display_name=SYSTEM_NAME), "audit", "audit_log", "trigger",
                             None, ", ".join(missing), action="restore",
                             reason="Khi khởi động, chương trình thấy thiếu trigger chống sửa/xóa nhật ký và đã tạo lại")
        return missing
    except UserError as exc:  # e.g. PostgreSQL: the program's role may not create triggers (the owner must)
        log.error("thiếu trigger chống sửa nhật ký và không tạo lại được: %s", exc)
        return []


# ------------------------------------------------------------------ verification


@dataclass
class Verification:
    entries: int = 0
    head: str = GENESIS
    broken: str | None = None  # the first broken link of the chain
    broken_id: int | None = None
    triggers_missing: list[str] = field(default_factory=list)
    accounts: list[str] = field(default_factory=list)  # accounts that differ from the trail's digest
    restored: list[str] = field(default_factory=list)  # trigger restorations recorded in the trail

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.triggers_missing and not self.accounts

    def lines(self, tr=lambda s: s) -> list[str]:
        """What the check found, one line each (tr: the window's language for the lines of an intact trail)."""
        out = []
        if self.broken:
            out.append(self.broken)
        if self.triggers_missing:
            out.append("Thiếu trigger chống sửa/xóa nhật ký: " + ", ".join(self.triggers_missing)
                       + " (có người đã xóa; chương trình tạo lại khi khởi động).")
        out.extend(self.accounts)
        out.extend(self.restored)
        if self.ok:
            out.insert(0, tr("Nhật ký nguyên vẹn: {0} mục, chuỗi liền mạch.").format(self.entries))
        out.append(tr("Mã đầu chuỗi (hãy lưu ở nơi khác để đối chiếu lần sau): {0}").format(self.head))
        return out


def verify_connection(conn) -> Verification:
    result = Verification()
    from app.models import AuditEntry

    t = AuditEntry.__table__
    rows = conn.execute(select(t.c.id, t.c.prev_hash, t.c.hash, *(t.c[c] for c in COLUMNS)).order_by(t.c.id)).all()
    result.entries = len(rows)
    position = {r.hash: r.id for r in rows if r.hash}
    previous = GENESIS
    for r in rows:
        values = r._asdict()
        if not r.hash or not r.prev_hash:
            result.broken = f"Mục số {r.id} không có dấu niêm phong: được chèn vào ngoài chương trình."
        elif r.prev_hash != previous:
            if r.prev_hash in position and position[r.prev_hash] > r.id:
                result.broken = f"Thứ tự nhật ký bị đảo tại mục số {r.id}: mục này vốn đứng sau mục số " \
                                f"{position[r.prev_hash]}."
            elif r.prev_hash in position:
                result.broken = f"Có mục bị chèn thêm hoặc đảo chỗ trước mục số {r.id}."
            else:
                result.broken = f"Mất mục nhật ký ngay trước mục số {r.id} (đã bị xóa), hoặc có mục chèn thêm."
        elif seal(values, r.prev_hash) != r.hash:
            result.broken = f"Mục số {r.id} đã bị sửa sau khi ghi (nội dung không khớp dấu niêm phong)."
        if result.broken:
            result.broken_id = r.id
            break
        previous = r.hash
    for r in rows:  # restorations are said even past a broken link
        if r.entity == "audit" and r.action == "restore":
            at = _utc_text(r.at)[:16].replace("T", " ")
            result.restored.append(f"Lưu ý: lúc {at} (UTC) chương trình đã tạo lại trigger bị xóa ({r.new_value}).")
    if rows and rows[-1].hash:
        result.head = rows[-1].hash
    result.triggers_missing = missing_triggers(conn)
    recorded = recorded_digests(conn)
    present = dict(conn.execute(text("SELECT username, id FROM accounts")).all())
    for username, account_id in sorted(present.items()):
        digest = account_digest(conn, account_id)
        if username not in recorded or recorded[username] is None:
            result.accounts.append(f"Tài khoản '{username}' không có trong nhật ký: được thêm ngoài chương trình.")
        elif recorded[username] != digest:
            result.accounts.append(f"Tài khoản '{username}' (vai trò, mật khẩu, trạng thái…) khác với lần chương "
                                   "trình ghi nhận cuối: đã bị sửa ngoài chương trình.")
    for username, digest in sorted(recorded.items()):
        if digest is not None and username not in present:
            result.accounts.append(f"Tài khoản '{username}' đã bị xóa ngoài chương trình.")
    return result


def verify(db, actor) -> Verification:
    """HR only: the chain, the triggers and the accounts against the trail."""
    from app.permissions import Action, require

    require(actor, Action.READ_AUDIT)
    with db.read_session() as s:
        return verify_connection(s.connection())
