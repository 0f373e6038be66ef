"""migrate-data's rows: the tables in copy order, their identities, matching, remapping and the checks (see
app.data_copy for the rules)."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Table, insert, select, text

from app import employee_keys
from app.errors import StorageError

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
# not content: the lockout counters; a person's list keys, made from the name and code (made again when copied)
VOLATILE = {"accounts": {"failed_attempts", "locked_until"}, "employees": set(employee_keys.KEY_COLUMNS)}
LABELS = {"grades": "ngạch/hạng", "frameworks": "khung năng lực", "competency_groups": "nhóm năng lực",
          "specialties": "chuyên ngành", "competencies": "năng lực", "competency_levels": "mô tả cấp độ",
          "positions": "vị trí việc làm", "position_warnings": "ghi chú vị trí", "task_groups": "nhóm nhiệm vụ",
          "task_items": "nhiệm vụ", "work_relationships": "quan hệ công tác", "authorities": "quyền hạn",
          "position_qualifications": "yêu cầu trình độ", "qualification_rules": "điều kiện tiêu chuẩn",
          "requirements": "cấp độ yêu cầu", "units": "đơn vị", "employees": "công chức", "employee_degrees": "văn bằng",
          "employee_grade_periods": "quá trình giữ ngạch", "employee_works": "văn bản/đề án",
          "employee_certificates": "chứng chỉ", "assessment_periods": "kỳ đánh giá", "assessments": "phiếu đánh giá",
          "ratings": "điểm năng lực", "accounts": "tài khoản", "account_roles": "vai trò tài khoản",
          "remembered_logins": "ghi nhớ đăng nhập", "audit_log": "mục nhật ký thay đổi"}
MARK_ENTITY, MARK_FIELD, MARK_PREFIX = "audit", "copy", "tệp:"
CHUNK = 500  # values in one IN (…)
ROWS_AT_ONCE = 5000  # rows of a large table read, copied and checked at a time

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

    def load(self, table: str, keys) -> None:
        """Read these rows, and the rows they refer to, in a few queries (instead of one per row in ident)."""
        keys = [k for k in set(keys) if k is not None and k not in self.rows[table]]
        t = _tables()[table]
        column = t.c[_pk(table)]
        rows = []
        for i in range(0, len(keys), CHUNK):
            rows += [dict(r._mapping) for r in self._conn.execute(select(t).where(column.in_(keys[i:i + CHUNK])))]
        if not rows:
            return
        self.add(table, rows)
        for name, ref in _id_refs(table).items():
            self.load(ref, [r[name] for r in rows])

    def render(self, table: str, row: dict) -> tuple:
        """The row's content: every column but the id, references as the identity of what they point to."""
        out = []
        for name, ref, when in _plan(table):
            v = row[name]
            if v is not None:
                if ref is not None:
                    v = self.ident(ref, v)
                elif when:
                    v = _value(v)
            out.append((name, v))
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


@functools.cache
def _pk(table: str) -> str:
    return _tables()[table].primary_key.columns.keys()[0]


@functools.cache
def _id_refs(table: str) -> dict[str, str]:
    """Columns holding another row's id → that table (grade codes are identities already)."""
    return {fk.parent.name: fk.column.table.name for fk in _tables()[table].foreign_keys if fk.column.name == "id"}


@functools.cache
def _plan(table: str) -> tuple[tuple[str, str | None, bool], ...]:
    """The columns compared: (name, table a reference points to, whether the value is a date or time)."""
    t = _tables()[table]
    skip = VOLATILE.get(table, set()) | ({"id"} if "id" in t.c else set())
    refs = _id_refs(table)
    plan = []
    for c in t.c:
        if c.name not in skip:
            try:
                timely = issubclass(c.type.python_type, dt.date)
            except NotImplementedError:
                timely = False
            plan.append((c.name, refs.get(c.name), timely))
    return tuple(plan)


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
        self.verified = 0  # rows checked (verify_table)
        self.seen: Counter = Counter()  # rows read from the file, by table

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
        """Copy one table; a table nothing refers to is checked at once and let go of, the ones with an identity of
        their own a few thousand rows at a time (ratings: constant memory whatever the file's size)."""
        leaf = table in _leaves() and table != "account_roles"
        if not (leaf and natural):
            rows = self._read(self.src, table)
            self._copy_rows(table, natural, _parents_first(rows) if table == "units" else rows)
            if leaf:
                self.verify_table(table)
            return
        t = _tables()[table]
        pk = t.c[_pk(table)]
        last = None
        while True:
            query = select(t).order_by(pk).limit(ROWS_AT_ONCE)
            rows = [dict(r._mapping) for r in self.src.execute(query if last is None else query.where(pk > last))]
            if not rows:
                break
            last = rows[-1][pk.name]
            self._copy_rows(table, natural, rows)
            self.verify_table(table)

    def _copy_rows(self, table: str, natural: tuple[str, ...] | None, rows: list[dict]) -> None:
        self.source.add(table, rows)
        self.seen[table] += len(rows)
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
            values.append(employee_keys.with_keys(r) if table == "employees" else r)
        self.dst.execute(insert(t), values)
        self.report.copied[table] += len(values)

    def _compare(self, table: str, src_row: dict, dst_row: dict) -> None:
        """A row already there must hold the file's content (references through the mapping; verify_tables then
        compares every row through what the references point to)."""
        if _canon(table, self._mapped(table, src_row)) != _canon(table, dst_row):
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
    def verify_table(self, table: str) -> None:
        """As many rows in the target as in the file, and the same SHA-256 of their content (references as the
        identity of what they point to). A table nothing refers to is then let go of (memory)."""
        mapping = self.map[table]
        self.target.load(table, [mapping[i] for i in self.source.rows[table] if i in mapping])
        for name, ref in _id_refs(table).items():  # what the rows refer to, read at once
            self.target.load(ref, (r[name] for r in self.target.rows[table].values()))
        src = sorted(repr(self.source.render(table, r)) for r in self.source.rows[table].values())
        dst = sorted(repr(self.target.render(table, self.target.rows[table][self.map[table][i]]))
                     for i in self.source.rows[table] if self.map[table].get(i) in self.target.rows[table])
        if len(src) != len(dst) or _digest(src) != _digest(dst):
            raise StorageError(f"Kiểm tra sau khi chép không khớp ở bảng {table} ({len(src)} dòng trong tệp, "
                               f"{len(dst)} dòng tương ứng trong cơ sở dữ liệu dùng chung). Chưa ghi gì.")
        self.verified += len(src)
        if table in _leaves() and table != "account_roles":
            self.source.rows.pop(table, None)
            self.target.rows.pop(table, None)

    def verify_tables(self) -> None:
        for table, _natural in TABLES:
            if table not in _leaves() or table == "account_roles":
                self.verify_table(table)
        self.report.checked.append(f"Đã đối chiếu {len(TABLES)} bảng, {self.verified} dòng: số dòng và mã kiểm tra "
                                   "SHA-256 của nội dung khớp giữa tệp và cơ sở dữ liệu dùng chung.")


@functools.cache
def _leaves() -> frozenset[str]:
    """Tables no other table refers to by id."""
    referred = {ref for table, _n in TABLES for ref in _id_refs(table).values()}
    return frozenset(table for table, _n in TABLES if table not in referred)


def _canon(table: str, row: dict) -> tuple:
    """The compared columns' values as they are (references as ids), dates and times in UTC."""
    return tuple(_value(row[name]) if timely and row[name] is not None else row[name]
                 for name, _ref, timely in _plan(table))


def _digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _parents_first(rows: list[dict]) -> list[dict]:
    by_id = {r["id"]: r for r in rows}

    def depth(r, seen=0):
        return 0 if r["parent_id"] is None or seen > len(rows) else 1 + depth(by_id[r["parent_id"]], seen + 1)

    return sorted(rows, key=lambda r: (depth(r), r["id"]))
