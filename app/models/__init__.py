"""SQLAlchemy ORM models (typed 2.0 style). Import from here."""

from app.models.accounts import Account, AccountRole, AuditEntry, RememberedLogin
from app.models.assessment import Assessment, AssessmentPeriod, Rating
from app.models.base import Base
from app.models.catalog import (
    Authority,
    Competency,
    CompetencyGroup,
    CompetencyLevel,
    Framework,
    Grade,
    Position,
    PositionQualification,
    PositionWarning,
    QualificationRule,
    Requirement,
    Specialty,
    TaskGroup,
    TaskItem,
    WorkRelationship,
)
from app.models.org import (
    Employee,
    EmployeeCertificate,
    EmployeeDegree,
    EmployeeGradePeriod,
    EmployeeWork,
    Unit,
)
from app.models.summary import SummaryCell, SummaryUnit, SummaryVerdict

__all__ = [
    "Account",
    "AccountRole",
    "AuditEntry",
    "Assessment",
    "AssessmentPeriod",
    "Authority",
    "Base",
    "Competency",
    "CompetencyGroup",
    "CompetencyLevel",
    "Employee",
    "EmployeeCertificate",
    "EmployeeDegree",
    "EmployeeGradePeriod",
    "EmployeeWork",
    "Framework",
    "Grade",
    "Position",
    "PositionQualification",
    "PositionWarning",
    "QualificationRule",
    "Rating",
    "RememberedLogin",
    "Requirement",
    "Specialty",
    "SummaryCell",
    "SummaryUnit",
    "SummaryVerdict",
    "TaskGroup",
    "TaskItem",
    "Unit",
    "WorkRelationship",
]
