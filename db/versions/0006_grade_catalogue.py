"""Grades as an extensible catalogue: kind (ngạch / hạng chức danh nghề nghiệp), default required range,
codes up to 32 characters everywhere a grade code is stored; specialised ngạch and viên chức hạng seeded.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD, NEW = 8, 32
# (table, column, nullable): every column that holds a grade code
GRADE_COLUMNS = [
    ("competencies", "grade_code", True),
    ("positions", "grade_code", False),
    ("employees", "grade_code", True),
    ("qualification_rules", "state_management_grade", True),
    ("qualification_rules", "lower_grade", True),
    ("assessments", "frozen_grade_code", True),
    ("assessments", "frozen_position_grade", False),
]
# The five ngạch of 0001 get their kind and default range; the rest are new rows (a frozen copy of
# app.grades.BUILTIN as of this revision: code, name, kind, rank, default min, default max).
DEFAULTS = {"CVCC": (4, 5), "CVC": (3, 4), "CV": (2, 3), "CS": (1, 2), "NV": (1, 2)}
NEW_GRADES = [
    ("04.023", "Thanh tra viên cao cấp", "ngach", 5, 4, 5),
    ("04.024", "Thanh tra viên chính", "ngach", 4, 3, 4),
    ("04.025", "Thanh tra viên", "ngach", 3, 2, 3),
    ("06.029", "Kế toán viên cao cấp", "ngach", 5, 4, 5),
    ("06.030", "Kế toán viên chính", "ngach", 4, 3, 4),
    ("06.031", "Kế toán viên", "ngach", 3, 2, 3),
    ("06.032", "Kế toán viên trung cấp", "ngach", 2, 1, 2),
    ("HANG-I", "Viên chức hạng I", "hang", 5, 4, 5),
    ("HANG-II", "Viên chức hạng II", "hang", 4, 3, 4),
    ("HANG-III", "Viên chức hạng III", "hang", 3, 2, 3),
    ("HANG-IV", "Viên chức hạng IV", "hang", 2, 1, 2),
    ("V.07.01.01", "Giảng viên cao cấp (hạng I)", "hang", 5, 4, 5),
    ("V.07.01.02", "Giảng viên chính (hạng II)", "hang", 4, 3, 4),
    ("V.07.01.03", "Giảng viên (hạng III)", "hang", 3, 2, 3),
    ("V.07.02.24", "Giáo viên mầm non hạng I", "hang", 5, 4, 5),
    ("V.07.02.25", "Giáo viên mầm non hạng II", "hang", 4, 3, 4),
    ("V.07.02.26", "Giáo viên mầm non hạng III", "hang", 3, 2, 3),
    ("V.07.03.27", "Giáo viên tiểu học hạng I", "hang", 5, 4, 5),
    ("V.07.03.28", "Giáo viên tiểu học hạng II", "hang", 4, 3, 4),
    ("V.07.03.29", "Giáo viên tiểu học hạng III", "hang", 3, 2, 3),
    ("V.07.04.30", "Giáo viên trung học cơ sở hạng I", "hang", 5, 4, 5),
    ("V.07.04.31", "Giáo viên trung học cơ sở hạng II", "hang", 4, 3, 4),
    ("V.07.04.32", "Giáo viên trung học cơ sở hạng III", "hang", 3, 2, 3),
    ("V.07.05.13", "Giáo viên trung học phổ thông hạng I", "hang", 5, 4, 5),
    ("V.07.05.14", "Giáo viên trung học phổ thông hạng II", "hang", 4, 3, 4),
    ("V.07.05.15", "Giáo viên trung học phổ thông hạng III", "hang", 3, 2, 3),
    ("V.08.01.01", "Bác sĩ cao cấp (hạng I)", "hang", 5, 4, 5),
    ("V.08.01.02", "Bác sĩ chính (hạng II)", "hang", 4, 3, 4),
    ("V.08.01.03", "Bác sĩ (hạng III)", "hang", 3, 2, 3),
    ("V.08.03.07", "Y sĩ hạng IV", "hang", 2, 1, 2),
]
RANGE_CHECK = ("(default_min IS NULL AND default_max IS NULL)"
               " OR (default_min BETWEEN 1 AND 5 AND default_max BETWEEN 1 AND 5 AND default_min <= default_max)")


def _widen(length: int, old: int) -> None:
    for table in ("grades", *dict.fromkeys(t for t, _c, _n in GRADE_COLUMNS)):
        columns = [("code", False)] if table == "grades" else [(c, n) for t, c, n in GRADE_COLUMNS if t == table]
        with op.batch_alter_table(table) as batch:
            for column, nullable in columns:
                batch.alter_column(column, existing_type=sa.String(length=old), type_=sa.String(length=length),
                                   existing_nullable=nullable)


def upgrade() -> None:
    _widen(NEW, OLD)
    with op.batch_alter_table("grades") as batch:
        batch.alter_column("name", existing_type=sa.String(length=100), type_=sa.String(length=200),
                           existing_nullable=False)
        batch.add_column(sa.Column("kind", sa.String(length=8), nullable=False, server_default="ngach"))
        batch.add_column(sa.Column("default_min", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("default_max", sa.Integer(), nullable=True))
    grades = sa.table("grades", sa.column("code", sa.String), sa.column("name", sa.String),
                      sa.column("kind", sa.String), sa.column("rank", sa.Integer),
                      sa.column("default_min", sa.Integer), sa.column("default_max", sa.Integer))
    for code, (low, high) in DEFAULTS.items():
        op.execute(grades.update().where(grades.c.code == code).values(default_min=low, default_max=high))
    existing = {c.casefold() for c in op.get_bind().execute(sa.select(grades.c.code)).scalars()}
    op.bulk_insert(grades, [{"code": c, "name": n, "kind": k, "rank": r, "default_min": lo, "default_max": hi}
                            for c, n, k, r, lo, hi in NEW_GRADES if c.casefold() not in existing])
    with op.batch_alter_table("grades") as batch:
        batch.alter_column("kind", existing_type=sa.String(length=8), existing_nullable=False, server_default=None)
        batch.create_check_constraint(op.f("ck_grades_code_length"), f"length(code) BETWEEN 1 AND {NEW}")
        batch.create_check_constraint(op.f("ck_grades_kind"), "kind IN ('ngach', 'hang')")
        batch.create_check_constraint(op.f("ck_grades_default_range"), RANGE_CHECK)


def downgrade() -> None:
    """Back to five ngạch codes of 8 characters: refused while longer codes are in use."""
    bind = op.get_bind()
    used = " AND ".join(f"code NOT IN (SELECT {column} FROM {table} WHERE {column} IS NOT NULL)"
                        for table, column, _nullable in GRADE_COLUMNS)
    op.execute(f"DELETE FROM grades WHERE length(code) > {OLD} AND {used}")  # seeded or added, never used
    for table, column, _nullable in [("grades", "code", False), *GRADE_COLUMNS]:
        longest = bind.execute(sa.text(f"SELECT MAX(length({column})) FROM {table}")).scalar()
        if longest and longest > OLD:
            raise RuntimeError(f"{table}.{column} holds grade codes longer than {OLD} characters")
    if (bind.execute(sa.text("SELECT MAX(length(name)) FROM grades")).scalar() or 0) > 100:
        raise RuntimeError("grades.name holds names longer than 100 characters")
    with op.batch_alter_table("grades") as batch:
        batch.drop_constraint(op.f("ck_grades_default_range"), type_="check")
        batch.drop_constraint(op.f("ck_grades_kind"), type_="check")
        batch.drop_constraint(op.f("ck_grades_code_length"), type_="check")
        batch.drop_column("default_max")
        batch.drop_column("default_min")
        batch.drop_column("kind")
        batch.alter_column("name", existing_type=sa.String(length=200), type_=sa.String(length=100),
                           existing_nullable=False)
    _widen(OLD, NEW)
