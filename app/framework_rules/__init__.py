"""Every rule a competency framework must obey, in one place (no Qt, no database).

The Excel import, its dry run and the framework editor all call `check_framework` on the data-file
dictionary (the shape of resources/frameworks/*.json, as app.services.catalog.framework_data returns
it). Each problem is a `FrameworkIssue` naming the workbook sheet ("part"), the 0-based index of the
item in that sheet (in the order app.excel.framework_io writes rows, which is `walk`'s order), the
column header, and a Vietnamese sentence saying what to type instead.

Enumerated values (grades, origins, kinds, education levels…) have Vietnamese labels; `canonical`
turns a label or a code, typed in any case, with or without accents, into the code.

The package: shape.py (parts, columns, limits, enumerations, canonical form), checks.py
(check_framework), diff.py (diff_frameworks). This module is its public face.
"""

from app.framework_rules.checks import check_framework, framework_warnings, number_hint
from app.framework_rules.diff import Change, FrameworkDiff, diff_frameworks
from app.framework_rules.shape import (
    AUTHORITIES,
    COLUMNS,
    COLUMN_ENUMS,
    COMPETENCIES,
    DEFAULT_GRADES,
    ENUMS,
    FIELDS,
    FIELD_LABELS,
    FrameworkIssue,
    FrameworkRejected,
    GROUPS,
    INFO,
    LIMITS,
    MAX_POSITION_NUMBER,
    PARTS,
    POSITIONS,
    QUALIFICATIONS,
    RELATIONSHIPS,
    REQUIREMENTS,
    RULES,
    RULE_ENUMS,
    RULE_FIELDS,
    RULE_HEADERS,
    RULE_NUMBERS,
    SPECIALTIES,
    TASKS,
    TEXT,
    allowed_text,
    canonical,
    comparable,
    enum_code,
    enum_label,
    enum_values,
    indexed,
    walk,
)

__all__ = [
    "Change", "FrameworkDiff", "check_framework", "diff_frameworks", "framework_warnings", "number_hint",
    "AUTHORITIES",
    "COLUMNS",
    "COLUMN_ENUMS",
    "COMPETENCIES",
    "DEFAULT_GRADES",
    "ENUMS",
    "FIELDS",
    "FIELD_LABELS",
    "FrameworkIssue",
    "FrameworkRejected",
    "GROUPS",
    "INFO",
    "LIMITS",
    "MAX_POSITION_NUMBER",
    "PARTS",
    "POSITIONS",
    "QUALIFICATIONS",
    "RELATIONSHIPS",
    "REQUIREMENTS",
    "RULES",
    "RULE_ENUMS",
    "RULE_FIELDS",
    "RULE_HEADERS",
    "RULE_NUMBERS",
    "SPECIALTIES",
    "TASKS",
    "TEXT",
    "allowed_text",
    "canonical",
    "comparable",
    "enum_code",
    "enum_label",
    "enum_values",
    "indexed",
    "walk",
]
