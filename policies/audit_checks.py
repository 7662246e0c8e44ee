"""The record of audit chain verifications: when the chain was last proved intact, and how far.

Each check is a row of its own in the append-only `audit_checks` table, so the record of
checks cannot be rewritten any more than the chain it speaks of.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select

from policies.audit import VerifyReport
from policies.models import AuditCheckRecord
from store.sessions import transaction


@dataclass(frozen=True)
class AuditCheck:
    id: int
    checked_at: datetime
    checked_by: str
    entries: int
    head_seq: int
    head_hash: str
    ok: bool
    problem: str | None
    bad_entry: int | None

    def as_dict(self) -> dict[str, object]:
        return {
            name: value.isoformat() if isinstance(value, datetime) else value
            for name, value in vars(self).items()
        }


def record_check(engine: Engine, report: VerifyReport, *, by: str, at: datetime) -> AuditCheck:
    check = AuditCheckRecord(
        checked_at=at,
        checked_by=by,
        entries=report.entries,
        head_seq=report.head.seq,
        head_hash=report.head.hash,
        ok=report.ok,
        problem=report.problem,
        bad_entry=report.bad_entry,
    )
    with transaction(engine) as session:
        session.add(check)
        session.flush()
        return _record(check)


def last_check(engine: Engine) -> AuditCheck | None:
    latest = recent_checks(engine, limit=1)
    return latest[0] if latest else None


def recent_checks(engine: Engine, *, limit: int) -> list[AuditCheck]:
    """The latest verifications, newest first."""
    query = select(AuditCheckRecord).order_by(AuditCheckRecord.id.desc()).limit(limit)
    with transaction(engine) as session:
        return [_record(check) for check in session.scalars(query)]


def _record(check: AuditCheckRecord) -> AuditCheck:
    return AuditCheck(
        id=check.id,
        checked_at=check.checked_at,
        checked_by=check.checked_by,
        entries=check.entries,
        head_seq=check.head_seq,
        head_hash=check.head_hash,
        ok=check.ok,
        problem=check.problem,
        bad_entry=check.bad_entry,
    )
