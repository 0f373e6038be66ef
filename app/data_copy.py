"""migrate-data: a unit's SQLite file copied into the shared PostgreSQL database, safely and more than once.

Rules:
- The file is only read. Both databases must be at this program's schema (the file: `init` first; the shared
  database: `init --admin-url`).
- Rows are matched by the identity the program itself uses, never by id: grades and frameworks by code,
  groups, specialties and competencies by (framework, code), positions by key, units and employees by code,
  periods by name, forms by (person, position, period, kind), ratings by (form, competency), accounts by name.
  A row already in the shared database must hold the same content (ids compared through what they point to;
  an account's lockout counters left aside); if it differs, nothing at all is copied and the first differences
  are named. Rows that belong to one parent and have no identity of their own (a person's degrees, a position's
  tasks…) are compared as a whole with the parent's: copied with a new parent, equal to an existing parent's.
- New rows get new ids from the target's sequences; every reference is remapped.
- The audit trail is a hash chain (app.audit_chain). The file's chain is verified first (a broken chain is
  refused: re-sealing it would launder a change). Its entries are appended to the shared chain in their order,
  with their original content (time, who, what, old and new value, reason); the form they name gets its new id,
  so they are sealed again in the shared chain. One entry (entity 'audit', field 'copy', key 'tệp:' + the hash
  of the file's first entry) records how many of the file's entries are copied and the file's own hash at that
  point: whoever kept the file's chain head (`audit verify`) can match it, and the next run copies only the
  entries after it (and refuses if the file's history no longer starts the same way). Accounts whose digest
  changed with the new ids are sealed again, as the program does after any change of an account.
- Before committing, every table is checked: as many rows in the target as in the file, and the same checksum
  (SHA-256 of the rows' content, references as identities); the copied trail re-verified link by link.
- Everything is one transaction: a failure leaves the shared database as it was.
This module never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table, insert, select, text, tuple_

from app.errors import StorageError, UserError

# copy order; natural key columns, or None for rows owned by the parent named in OWNED
TABLES: list[tuple[str, tuple[str, ...] | None]] = [
    ("grades", ("code",)),
    ("frameworks", ("code",)),
    ("competency_groups", ("framework_id", "code")),
    ("specialties", ("framework_id", "code")),
    ("competencies", ("framework_id", "code")),
    ("competency_levels", ("competency_id", "level")),
    ("positions", ("key",)),
    ("position_warnings", None),
    ("task_groups", None),
    ("task_items", None),
    ("work_relationships", None),
    ("authorities", None),
    ("position_qualifications", None),
    ("qualification_rules", ("position_id",)),
    ("requirements", ("position_id", "competency_id")),
    ("units", ("code",)),
    ("employees", ("code",)),
    ("employee_degrees", None),
    ("employee_grade_periods", None),
    ("employee_works", None),
    ("employee_certificates", None),
    ("assessment_periods", ("name",)),
    ("assessments", ("employee_id", "position_id", "period_id", "kind")),
    ("ratings", ("assessment_id", "competency_id")),
    ("accounts", ("username",)),
    ("account_roles", ("account_id", "role", "unit_id")),
    ("remembered_logins", ("token_hash",)),
]
OWNED = {"position_warnings": "position_id", "task_groups": "position_id", "task_items": "task_group_id",
         "work_relationships": "position_id", "authorities": "position_id", "position_qualifications": "position_id",
         "employee_degrees": "employee_id", "employee_grade_periods": "employee_id", "employee_works": "employee_id",
         "employee_certificates": "employee_id"}
VOLATILE = {"accounts": {"failed_attempts", "locked_until"}}  # not content: the lockout counters
LABELS = {"grades": "ngạch, hạng", "frameworks": "khung năng lực", "competency_groups": "nhóm năng lực",
          "specialties": "chuyên ngành", "competencies": "năng lực", "competency_levels": "mô tả cấp độ",
          "positions": "vị trí việc làm", "position_warnings": "ghi chú vị trí", "task_groups": "nhóm nhiệm vụ",
          "task_items": "nhiệm vụ", "work_relationships": "quan hệ công tác", "authorities": "quyền hạn",
          "position_qualifications": "yêu cầu trình độ", "qualification_rules": "điều kiện tiêu chuẩn",
          "requirements": "cấp độ yêu cầu", "units": "đơn vị", "employees": "công chức", "employee_degrees": "văn bằng",
          "employee_grade_periods": "quá trình giữ ngạch", "employee_works": "văn bản, đề án",
          "employee_certificates": "chứng chỉ", "assessment_periods": "kỳ đánh giá", "assessments": "phiếu đánh giá",
          "ratings": "điểm năng lực", "accounts": "tài khoản", "account_roles": "vai trò tài khoản",
          "remembered_logins": "ghi nhớ đăng nhập", "audit_log": "mục nhật ký thay đổi"}
MARK_ENTITY, MARK_FIELD, MARK_PREFIX = "audit", "copy", "tệp:"
CHUNK = 500


def _tables() -> dict[str, Table]:
    from app.models import Base

    return Base.metadata.tables


def _value(v):
    """A column value as compared: datetimes in UTC, dates in ISO form (SQLite and PostgreSQL alike)."""
    if isinstance(v, dt.datetime):
        return (v if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc).isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


class Snapshot:
    """Rows of one database by table and id; each row's content with references replaced by identities."""

    def __init__(self, conn=None):
        self.rows: dict[str, dict] = defaultdict(dict)
        self._ident: dict[tuple[str, object], object] = {}
        self._conn = conn  # rows not read yet are fetched from it (the target)

    def add(self, table: str, rows) -> None:
        pk = _pk(table)
        for r in rows:
            self.rows[table][r[pk]] = r

    def render(self, table: str, row: dict) -> tuple:
        """The row's content: every column but the id, references as the identity of what they point to."""
        t = _tables()[table]
        refs = _id_refs(table)
        skip = VOLATILE.get(table, set()) | ({"id"} if "id" in t.c else set())
        out = []
        for c in t.c:
            if c.name in skip:
                continue
            v = row[c.name]
            if c.name in refs and v is not None:
                v = self.ident(refs[c.name], v)
            out.append((c.name, _value(v)))
        return tuple(out)

    def ident(self, table: str, key) -> object:
        memo = (table, key)
        if memo not in self._ident:
            row = self.rows[table].get(key)
            if row is None and self._conn is not None:
                t = _tables()[table]
                found = self._conn.execute(select(t).where(t.c[_pk(table)] == key)).first()
                row = self.rows[table][key] = dict(found._mapping) if found is not None else None
            if row is None:
                raise StorageError(f"Dữ liệu hỏng: bảng {table} không có dòng số {key} mà một dòng khác tham chiếu. "
                                   "Chưa chép gì; hãy chạy 'competency-gap check' trên tệp.")
            natural = dict(TABLES).get(table)
            if natural:
                rendered = dict(self.render(table, row))
                self._ident[memo] = (table, tuple(rendered[k] if k in rendered else row[k] for k in natural))
            else:
                self._ident[memo] = (table, self.render(table, row))
        return self._ident[memo]


def _pk(table: str) -> str:
    return _tables()[table].primary_key.columns.keys()[0]


def _id_refs(table: str) -> dict[str, str]:
    """Columns holding another row's id → that table (grade codes are identities already)."""
    return {fk.parent.name: fk.column.table.name for fk in _tables()[table].foreign_keys if fk.column.name == "id"}


@dataclass
class CopyReport:
    source: str
    target: str
    dry_run: bool = False
    copied: Counter = field(default_factory=Counter)
    present: Counter = field(default_factory=Counter)
    trail_copied: int = 0
    trail_present: int = 0
    resealed: int = 0
    checked: list[str] = field(default_factory=list)
    new_hr: list[str] = field(default_factory=list)  # accounts copied with the hr role

    @property
    def nothing_new(self) -> bool:
        return not sum(self.copied.values()) and not self.trail_copied

    def lines(self) -> list[str]:
        verb = "Sẽ chép" if self.dry_run else "Đã chép"
        out = []
        if self.nothing_new:
            out.append(f"Không có gì mới để chép: mọi dữ liệu của {self.source} đã có trong {self.target} "
                       f"({sum(self.present.values())} dòng, {self.trail_present} mục nhật ký).")
        else:
            parts = [f"{n} {LABELS[t]}" for t, n in self.copied.items() if n]
            out.append(f"{verb} từ {self.source} vào {self.target}: " + (", ".join(parts) or "không dòng dữ liệu nào")
                       + f"; {self.trail_copied} mục nhật ký thay đổi.")
            if sum(self.present.values()):
                out.append(f"Đã có sẵn, không chép lại: {sum(self.present.values())} dòng "
                           f"(khung năng lực có sẵn, dữ liệu của lần chép trước…), {self.trail_present} mục nhật ký.")
            if self.resealed:
                out.append(f"Ghi lại dấu kiểm tra của {self.resealed} tài khoản (mã định danh mới) vào nhật ký.")
        out.extend(self.checked)
        if self.new_hr:
            out.append("Lưu ý: tài khoản quản trị (hr) của tệp cũng là quản trị của cơ sở dữ liệu dùng chung: "
                       + ", ".join(self.new_hr) + ". Hãy xem lại vai trò của các tài khoản này.")
        if self.dry_run:
            out.append("Chạy thử (--dry-run): chưa ghi gì.")
        return out


class Copier:
    def __init__(self, src_conn, dst_conn, report: CopyReport, progress: Callable[[str], None]):
        self.src, self.dst, self.report, self.say = src_conn, dst_conn, report, progress
        self.map: dict[str, dict] = defaultdict(dict)  # table → source id → target id
        self.new: dict[str, set] = defaultdict(set)  # target ids inserted by this run
        self.source = Snapshot()
        self.target = Snapshot(dst_conn)
        self.conflicts: list[str] = []

    # ---------------------------------------------------------------- reading
    def _read(self, conn, table: str, where=None) -> list[dict]:
        t = _tables()[table]
        query = select(t)
        if where is not None:
            query = query.where(where)
        return [dict(r._mapping) for r in conn.execute(query)]

    def _target_rows(self, table: str, column: str, values) -> list[dict]:
        t = _tables()[table]
        values = list(values)
        rows = []
        for i in range(0, len(values), CHUNK):
            rows += self._read(self.dst, table, t.c[column].in_(values[i:i + CHUNK]))
        return rows

    def _target_by_keys(self, table: str, natural: tuple[str, ...], keys: list[tuple]) -> dict[tuple, dict]:
        """Target rows with these natural keys (read by the key's first column, matched on all of it)."""
        wanted = set(keys)
        firsts = {k[0] for k in keys if k[0] is not None}
        return {key: r for r in self._target_rows(table, natural[0], firsts)
                if (key := tuple(r[n] for n in natural)) in wanted}

    # ---------------------------------------------------------------- writing
    def _new_ids(self, table: str, n: int) -> list[int]:
        if not n:
            return []
        return list(self.dst.execute(text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
                                     {"t": table, "n": n}).scalars())

    def _mapped(self, table: str, row: dict) -> dict:
        """The row with its references remapped."""
        out = dict(row)
        for column, ref in _id_refs(table).items():
            if out[column] is not None:
                if out[column] not in self.map[ref]:
                    raise StorageError(f"Dữ liệu hỏng trong tệp: bảng {table} tham chiếu dòng số {out[column]} của "
                                       f"bảng {ref}, không có. Chưa chép gì; hãy chạy 'competency-gap check' trên tệp.")
                out[column] = self.map[ref][out[column]]
        return out

    def copy_table(self, table: str, natural: tuple[str, ...] | None) -> None:
        rows = self._read(self.src, table)
        if table == "units":  # parents first
            rows = _parents_first(rows)
        self.source.add(table, rows)
        pk = _pk(table)
        inserts: list[dict] = []
        if natural:
            refs = _id_refs(table)
            keys = [tuple(self.map[refs[n]].get(r[n]) if n in refs and r[n] is not None else r[n] for n in natural)
                    for r in rows]
            existing = self._target_by_keys(table, natural, keys) if rows else {}
            for r, key in zip(rows, keys):
                if key in existing:
                    self.map[table][r[pk]] = existing[key][pk]
                    self.target.add(table, [existing[key]])
                    self._compare(table, r, existing[key])
                    self.report.present[table] += 1
                else:
                    inserts.append(self._mapped(table, r) | {"__source": r[pk]})
                    if table == "units":  # a child's parent is mapped before the child is remapped
                        self._insert(table, inserts)
                        inserts = []
        else:
            owner = OWNED[table]
            parent = _id_refs(table)[owner]
            by_owner = defaultdict(list)
            for r in rows:
                by_owner[r[owner]].append(r)
            matched = [o for o in by_owner if self.map[parent].get(o) not in self.new[parent]]
            there = defaultdict(list)
            for r in self._target_rows(table, owner, [self.map[parent][o] for o in matched]):
                there[r[owner]].append(r)
            for o, group in by_owner.items():
                if o in matched:
                    self._pair(table, group, there.get(self.map[parent][o], []))
                else:
                    inserts.extend(self._mapped(table, r) | {"__source": r[pk]} for r in group)
        self._insert(table, inserts)

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        t = _tables()[table]
        pk = _pk(table)
        if pk == "id":
            for r, new_id in zip(rows, self._new_ids(table, len(rows))):
                r["id"] = new_id
        values = []
        for r in rows:
            source_id = r.pop("__source")
            self.map[table][source_id] = r[pk]
            self.new[table].add(r[pk])
            values.append(r)
        self.dst.execute(insert(t), values)
        self.report.copied[table] += len(values)

    def _compare(self, table: str, src_row: dict, dst_row: dict) -> None:
        if self.source.render(table, src_row) != self.target.render(table, dst_row):
            key = ", ".join(str(src_row[n]) for n in dict(TABLES)[table] if not n.endswith("_id")) or src_row[_pk(table)]
            self.conflicts.append(f"{LABELS[table]} '{key}'")

    def _pair(self, table: str, group: list[dict], there: list[dict]) -> None:
        """Rows owned by a parent that is already there: the same multiset of contents, paired."""
        pk = _pk(table)
        self.target.add(table, there)
        free = defaultdict(list)
        for r in there:
            free[self.target.render(table, r)].append(r)
        unmatched = 0
        for r in group:
            candidates = free.get(self.source.render(table, r))
            if candidates:
                self.map[table][r[pk]] = candidates.pop()[pk]
                self.report.present[table] += 1
            else:
                unmatched += 1
        if unmatched or any(free.values()):
            owner = OWNED[table]
            parent = self.source.rows[_id_refs(table)[owner]].get(group[0][owner], {})
            name = parent.get("code") or parent.get("key") or parent.get("name") or group[0][owner]
            self.conflicts.append(f"{LABELS[table]} của '{name}'")

    def note_hr(self) -> None:
        new_roles = self.new["account_roles"]
        for r in self.source.rows["account_roles"].values():
            if r["role"] == "hr" and self.map["account_roles"].get(r["id"]) in new_roles:
                self.report.new_hr.append(self.source.rows["accounts"][r["account_id"]]["username"])

    # ---------------------------------------------------------------- checks
    def verify_tables(self) -> None:
        for table, _natural in TABLES:
            ids = list(self.map[table].values())
            if not ids:
                continue
            missing = [i for i in ids if i not in self.target.rows[table]]
            self.target.add(table, self._target_rows(table, _pk(table), missing))
        for table, _natural in TABLES:
            src = sorted(repr(self.source.render(table, r)) for r in self.source.rows[table].values())
            dst = sorted(repr(self.target.render(table, self.target.rows[table][self.map[table][i]]))
                         for i in self.source.rows[table] if self.map[table].get(i) in self.target.rows[table])
            if len(src) != len(dst) or _digest(src) != _digest(dst):
                raise StorageError(f"Kiểm tra sau khi chép không khớp ở bảng {table} ({len(src)} dòng trong tệp, "
                                   f"{len(dst)} dòng tương ứng trong cơ sở dữ liệu dùng chung). Chưa ghi gì.")
        total = sum(len(self.source.rows[t]) for t, _n in TABLES)
        self.report.checked.append(f"Đã đối chiếu {len(TABLES)} bảng, {total} dòng: số dòng và mã kiểm tra "
                                   "SHA-256 của nội dung khớp giữa tệp và cơ sở dữ liệu dùng chung.")


def _digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _parents_first(rows: list[dict]) -> list[dict]:
    by_id = {r["id"]: r for r in rows}

    def depth(r, seen=0):
        return 0 if r["parent_id"] is None or seen > len(rows) else 1 + depth(by_id[r["parent_id"]], seen + 1)

    return sorted(rows, key=lambda r: (depth(r), r["id"]))


# ------------------------------------------------------------------ the audit trail


def _chain_problem(rows: list[dict]) -> str | None:
    from app.audit_chain import GENESIS, seal

    previous = GENESIS
    for r in rows:
        if not r["hash"] or r["prev_hash"] != previous or seal(r, r["prev_hash"]) != r["hash"]:
            return f"mục số {r['id']}"
        previous = r["hash"]
    return None


def copy_trail(copier: Copier, source_name: str) -> None:
    """Append the file's entries not copied before to the shared chain, sealed again; record how far it got."""
    from app.audit_chain import SYSTEM, SYSTEM_NAME, chain_rows, last_hash
    from app.models import AuditEntry

    t = AuditEntry.__table__
    rows = [dict(r._mapping) for r in copier.src.execute(select(t).order_by(t.c.id))]
    if not rows:
        return
    broken = _chain_problem(rows)
    if broken:
        raise UserError(f"Nhật ký thay đổi của tệp {source_name} không liền mạch ({broken} bị sửa, xóa hoặc chèn ngoài "
                        "chương trình). Chưa chép gì: chép sang sẽ niêm phong lại một nhật ký đã bị sửa. Hãy kiểm tra "
                        "bằng 'competency-gap --db … audit verify' và khôi phục bản sao lưu còn nguyên vẹn.")
    key = MARK_PREFIX + rows[0]["hash"]
    mark = copier.dst.execute(select(t.c.new_value).where(t.c.entity == MARK_ENTITY, t.c.field == MARK_FIELD,
                                                          t.c.entity_key == key).order_by(t.c.id.desc()).limit(1)).scalar()
    done = 0
    if mark:
        count, _, head = mark.partition(":")
        done = int(count)
        if done > len(rows) or rows[done - 1]["hash"] != head:
            raise UserError(f"Nhật ký của tệp {source_name} không còn khớp với phần đã chép lần trước ({done} mục, mã "
                            f"đầu chuỗi {head[:12]}…): tệp đã được khôi phục từ bản cũ hoặc bị sửa. Chưa chép gì.")
    copier.report.trail_present = done
    new = rows[done:]
    if not new:
        return
    assessments = copier.map["assessments"]
    entries = []
    for r in new:
        values = {c: r[c] for c in ("at", "actor", "actor_name", "action", "entity", "entity_key", "item", "field",
                                    "old_value", "new_value", "reason")}
        if values["at"] is not None and values["at"].tzinfo is None:  # SQLite keeps UTC without its zone
            values["at"] = values["at"].replace(tzinfo=dt.timezone.utc)
        old = r["assessment_id"]
        values["assessment_id"] = assessments.get(old) if old is not None else None
        if r["entity"] == "assessment" and r["entity_key"].isdigit():  # the form's id: the new one, or marked old
            mapped = assessments.get(int(r["entity_key"]))
            values["entity_key"] = str(mapped) if mapped is not None else f"cũ:{r['entity_key']}"
        entries.append(values)
    head = rows[-1]["hash"]
    entries.append(dict(at=None, actor=SYSTEM, actor_name=SYSTEM_NAME, action="import", entity=MARK_ENTITY,
                        entity_key=key, assessment_id=None, item="", field=MARK_FIELD, old_value=mark,
                        new_value=f"{len(rows)}:{head}",
                        reason=f"Chép dữ liệu từ tệp {source_name}: {len(new)} mục nhật ký (mục {done + 1}–{len(rows)} "
                               f"của tệp), niêm phong lại trong chuỗi chung vì mã định danh mới; mã đầu chuỗi của tệp "
                               f"sau mục {len(rows)}: {head}"))
    last_hash(copier.dst)  # the trail's lock first: nobody appends between here and the commit
    first_id = copier.dst.execute(select(t.c.id).order_by(t.c.id.desc()).limit(1)).scalar() or 0
    copier.dst.execute(insert(t), chain_rows(copier.dst, entries))
    copier.report.trail_copied = len(new)
    copier.report.resealed = _reseal_accounts(copier)
    _check_copied_trail(copier, first_id, new)


def _reseal_accounts(copier: Copier) -> int:
    """Accounts whose digest changed with the new ids (employee, unit of a role): sealed again, as after a change."""
    from app.audit_chain import SYSTEM, SYSTEM_NAME, account_digest, chain_rows, recorded_digests
    from app.models import AuditEntry

    last = recorded_digests(copier.dst)
    rows = []
    for account_id in sorted(set(copier.map["accounts"].values())):
        username = copier.dst.execute(text("SELECT username FROM accounts WHERE id = :i"), {"i": account_id}).scalar()
        digest = account_digest(copier.dst, account_id)
        if last.get(username) != digest:
            rows.append(dict(actor=SYSTEM, actor_name=SYSTEM_NAME, entity="account", entity_key=username,
                             field="digest", action="seal", old_value=last.get(username), new_value=digest,
                             reason="Chép dữ liệu từ tệp của đơn vị: mã định danh mới"))
    if rows:
        copier.dst.execute(insert(AuditEntry.__table__), chain_rows(copier.dst, rows))
    return len(rows)


def _check_copied_trail(copier: Copier, after_id: int, source_rows: list[dict]) -> None:
    """The appended part of the shared chain: linked, sealed, and holding the file's entries' content."""
    from app.audit_chain import seal
    from app.models import AuditEntry

    t = AuditEntry.__table__
    previous = copier.dst.execute(select(t.c.hash).where(t.c.id <= after_id).order_by(t.c.id.desc()).limit(1)).scalar()
    from app.audit_chain import GENESIS

    previous = previous or GENESIS
    rows = [dict(r._mapping) for r in copier.dst.execute(select(t).where(t.c.id > after_id).order_by(t.c.id))]
    for r in rows:
        if r["prev_hash"] != previous or seal(r, previous) != r["hash"]:
            raise StorageError(f"Kiểm tra nhật ký sau khi chép không khớp ở mục số {r['id']}. Chưa ghi gì.")
        previous = r["hash"]
    columns = ("at", "actor", "actor_name", "action", "entity", "item", "field", "old_value", "new_value", "reason")
    mine = [r for r in rows if not (r["entity"] == MARK_ENTITY and r["field"] == MARK_FIELD)]
    if [tuple(_value(r[c]) for c in columns) for r in mine[:len(source_rows)]] != \
            [tuple(_value(r[c]) for c in columns) for r in source_rows]:
        raise StorageError("Kiểm tra nhật ký sau khi chép: nội dung các mục không khớp với tệp. Chưa ghi gì.")
    copier.report.checked.append(f"Đã kiểm tra {len(rows)} mục nhật ký vừa thêm: chuỗi niêm phong liền mạch, nội "
                                 "dung khớp với tệp.")


# ------------------------------------------------------------------ the command


def copy_database(source_url: str, target_url: str, dry_run: bool = False,
                  progress: Callable[[str], None] = lambda _line: None) -> CopyReport:
    """Copy the unit's SQLite file into the shared PostgreSQL database (see the module's rules)."""
    from app.bootstrap import READ, WRITE, open_database
    from app.database import sqlite_path, storage_error
    from app.db_url import is_postgres, safe_url
    from sqlalchemy.exc import DBAPIError

    path = sqlite_path(source_url)
    if path is None:
        raise UserError("--from phải là tệp SQLite của đơn vị, ví dụ sqlite:///D:/du-lieu/don-vi.sqlite3.")
    if not path.exists():
        raise UserError(f"Không thấy tệp {path}. Chưa chép gì.")
    if not is_postgres(target_url):
        raise UserError("--to phải là cơ sở dữ liệu dùng chung PostgreSQL, ví dụ postgresql://cg_app@may-chu/nang_luc.")
    report = CopyReport(str(path), safe_url(target_url), dry_run)
    progress(f"Mở tệp {path} (chỉ đọc)…")
    src, _ = open_database(source_url, READ)
    try:
        progress(f"Mở cơ sở dữ liệu dùng chung {report.target}…")
        dst, _ = open_database(target_url, WRITE)
        try:
            with src.read_session() as rs, dst.engine.connect() as conn:
                try:
                    with conn.begin() as tx:
                        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": COPY_LOCK})
                        copier = Copier(rs.connection(), conn, report, progress)
                        for table, natural in TABLES:
                            copier.copy_table(table, natural)
                            if copier.source.rows[table]:
                                progress(f"  {LABELS[table]}: {len(copier.source.rows[table])} dòng trong tệp, "
                                         f"{report.copied[table]} dòng mới.")
                        copier.note_hr()
                        if copier.conflicts:
                            raise UserError(_conflict_message(copier.conflicts, report))
                        progress("Chép nhật ký thay đổi…")
                        copy_trail(copier, Path(path).name)
                        progress("Đối chiếu số dòng và mã kiểm tra…")
                        copier.verify_tables()
                        if dry_run:
                            tx.rollback()
                except DBAPIError as exc:
                    raise storage_error(exc, dst) from None
        finally:
            dst.dispose()
    finally:
        src.dispose()
    return report


COPY_LOCK = 0x434F50595F44  # two copies into the same database wait for each other ("COPY_D")


def _conflict_message(conflicts: list[str], report: CopyReport) -> str:
    shown = "; ".join(conflicts[:8]) + (f"; và {len(conflicts) - 8} chỗ khác" if len(conflicts) > 8 else "")
    return (f"Chưa chép gì: {len(conflicts)} dữ liệu trong tệp {report.source} trùng mã với dữ liệu đã có trong "
            f"{report.target} nhưng khác nội dung ({shown}). Hãy đối chiếu: nếu là hai đơn vị/người khác nhau, đổi mã "
            "trong tệp trước khi chép; nếu dữ liệu dùng chung đã được sửa sau lần chép trước thì không cần chép lại.")
