"""migrate-data's audit trail: the file's chain verified, its entries appended to the shared chain and sealed
again there, how far it got recorded, accounts sealed again (see app.data_copy for the rules)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, text

from app.data_copy.rows import MARK_ENTITY, MARK_FIELD, MARK_PREFIX, Copier, _value
from app.errors import StorageError, UserError


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
    marks = list(copier.dst.execute(select(t.c.new_value).where(
        t.c.entity == MARK_ENTITY, t.c.field == MARK_FIELD, t.c.entity_key == key).order_by(t.c.id.desc())).scalars())
    done, mark = 0, None
    for value in marks:  # the furthest copy this file's history continues (a file copied more than once)
        count, _, head = value.partition(":")
        if int(count) <= len(rows) and rows[int(count) - 1]["hash"] == head and int(count) > done:
            done, mark = int(count), value
    if marks and mark is None:
        count, _, head = marks[0].partition(":")
        raise UserError(
            f"Nhật ký của tệp {source_name} bắt đầu giống một tệp đã chép trước đây nhưng khác ở phần sau (lần chép "
            f"trước: {count} mục, mã đầu chuỗi {head[:12]}…): tệp đã được khôi phục từ bản sao lưu cũ, đã bị sửa, hoặc "
            "là bản sao của tệp đó mà một đơn vị khác dùng tiếp. Chưa chép gì. Hãy đối chiếu với bộ phận CNTT trước khi "
            "chép.")
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
    from app.audit_chain import (
        SYSTEM,
        SYSTEM_NAME,
        account_digest,
        chain_rows,
        recorded_digests,
    )
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
