"""The hash-chained audit log: appending entries, and proving the chain complete and unchanged.

Each entry's hash covers its sequence number, time, action, actor, subject, canonical JSON
payload and the previous entry's hash. Hashes are domain-separated, as RFC 6962 separates
leaves from nodes: an entry hash starts from byte 0x00, the genesis value from 0x01, and a
grant's record digest from 0x02, so no value of one kind can pass for another.
"""

import hashlib
import json
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import Engine, Select, select
from sqlalchemy.orm import Session

from policies.models import ApprovalRequest, AuditEntry, Grant
from store.sessions import transaction

_Row = TypeVar("_Row")
GENESIS = hashlib.sha256(b"\x01frontline-desk audit log v1").hexdigest()
_ENTRY = b"\x00"
_RECORD = b"\x02"
# Rows fetched per round trip while verifying: memory stays constant whatever the log's size.
VERIFY_BATCH = 2000


def canonical(data: object) -> str:
    """JSON with sorted keys and no spaces: the same data always gives the same text."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(entry: AuditEntry) -> str:
    content = canonical(
        [
            entry.seq,
            entry.at.isoformat(),
            entry.action,
            entry.actor,
            entry.subject,
            entry.payload,
            entry.prev_hash,
        ]
    )
    return hashlib.sha256(_ENTRY + content.encode()).hexdigest()


def grant_digest(grant: Grant) -> str:
    """A digest of everything recorded about a grant, kept in its audit entry."""
    fields = [
        grant.id,
        grant.idempotency_key,
        grant.created_at.isoformat(),
        grant.agent,
        grant.agent_role,
        grant.team,
        grant.customer,
        grant.kind,
        grant.item,
        _fixed(grant.amount, 4),
        _fixed(grant.value, 2),
        grant.currency,
        grant.category,
        grant.reason,
        grant.policy_version,
        grant.rule_ids,
        grant.snapshot,
        grant.approval_id,
        grant.approved_by,
    ]
    return hashlib.sha256(_RECORD + canonical(fields).encode()).hexdigest()


def summary(record: Grant | ApprovalRequest) -> dict[str, object]:
    """Who gave what to whom, as an audit entry's payload states it."""
    return {
        "agent": record.agent,
        "customer": record.customer,
        "kind": record.kind,
        "amount": _fixed(record.amount, 4),
        "value": _fixed(record.value, 2),
        "currency": record.currency,
        "policy_version": record.policy_version,
    }


def grant_entry(grant: Grant) -> dict[str, object]:
    """The payload of a grant's entry: its summary and a digest of the whole row."""
    return summary(grant) | {"grant": grant.id, "digest": grant_digest(grant)}


def _fixed(amount: Decimal, places: int) -> str:
    return f"{amount:.{places}f}"


def link(
    *,
    seq: int,
    prev_hash: str,
    at: datetime,
    action: str,
    actor: str,
    subject: str,
    payload: dict[str, object],
) -> AuditEntry:
    """The entry that follows prev_hash, with its own hash computed."""
    entry = AuditEntry(
        seq=seq,
        at=at,
        action=action,
        actor=actor,
        subject=subject,
        payload=canonical(payload),
        prev_hash=prev_hash,
    )
    entry.hash = entry_hash(entry)
    return entry


def append(
    session: Session,
    *,
    at: datetime,
    action: str,
    actor: str,
    subject: str,
    payload: dict[str, object],
) -> AuditEntry:
    """Add an entry at the head; the caller holds the ledger lock for the transaction."""
    head = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (head[0] + 1, head[1]) if head else (1, GENESIS)
    entry = link(
        seq=seq, prev_hash=prev_hash, at=at, action=action, actor=actor, subject=subject,
        payload=payload,
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Head:
    seq: int  # 0 for an empty log
    hash: str


@dataclass
class VerifyReport:
    entries: int = 0
    grants: int = 0
    head: Head = field(default_factory=lambda: Head(0, GENESIS))
    problem: str | None = None  # the first thing wrong, naming the entry
    bad_entry: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "entries": self.entries,
            "grants": self.grants,
            "head_seq": self.head.seq,
            "head_hash": self.head.hash,
            "problem": self.problem,
            "bad_entry": self.bad_entry,
        }


class _Broken(Exception):  # noqa: N818 - control flow inside verify, never escapes it
    def __init__(self, seq: int | None, problem: str) -> None:
        self.seq, self.problem = seq, problem


class AuditLog:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def head(self) -> Head:
        with transaction(self._engine) as session:
            row = session.execute(
                select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
            ).first()
        return Head(row[0], row[1]) if row else Head(0, GENESIS)

    def verify(
        self, *, expect_head: str | None = None, progress: Callable[[int], None] | None = None
    ) -> VerifyReport:
        """Walk the whole chain, and every grant against its entry, in constant memory."""
        report = VerifyReport()
        with transaction(self._engine) as session:
            try:
                self._walk(session, report, progress)
                if expect_head is not None and not _is_in_chain(session, expect_head):
                    raise _Broken(
                        None,
                        f"the noted head {expect_head} is not in the log: "
                        "entries were removed from its end or the log was replaced",
                    )
            except _Broken as broken:
                report.problem, report.bad_entry = broken.problem, broken.seq
        return report

    def _walk(
        self, session: Session, report: VerifyReport, progress: Callable[[int], None] | None
    ) -> None:
        with (
            closing(_stream(session, select(Grant).order_by(Grant.id))) as grants,
            closing(_stream(session, select(AuditEntry).order_by(AuditEntry.seq))) as entries,
        ):
            report.head = _check_chain(entries, grants, report, progress)


def _check_chain(
    entries: Iterator[AuditEntry],
    grants: Iterator[Grant],
    report: VerifyReport,
    progress: Callable[[int], None] | None,
) -> Head:
    prev_hash, expected = GENESIS, 1
    for entry in entries:
        if entry.seq != expected:
            raise _Broken(expected, f"entry {expected} is missing: it was removed")
        if entry.prev_hash != prev_hash:
            raise _Broken(
                entry.seq,
                f"entry {entry.seq} does not follow entry {entry.seq - 1}: "
                "an entry was inserted, removed or moved here",
            )
        if entry_hash(entry) != entry.hash:
            raise _Broken(entry.seq, f"entry {entry.seq} was changed after it was written")
        if entry.action == "grant":
            _check_grant(entry, next(grants, None))
            report.grants += 1
        prev_hash, expected = entry.hash, expected + 1
        report.entries += 1
        if progress is not None and report.entries % VERIFY_BATCH == 0:
            progress(report.entries)
    extra = next(grants, None)
    if extra is not None:
        raise _Broken(None, f"grant {extra.id} has no audit entry: it was added directly")
    return Head(expected - 1, prev_hash)


def _check_grant(entry: AuditEntry, grant: Grant | None) -> None:
    recorded = json.loads(entry.payload)
    if not (isinstance(recorded, dict) and {"grant", "digest"} <= recorded.keys()):
        raise _Broken(entry.seq, f"entry {entry.seq} is not a well-formed grant entry")
    if grant is None or grant.id != recorded["grant"]:
        raise _Broken(
            entry.seq,
            f"grant {recorded['grant']} (entry {entry.seq}) is missing from the grant log",
        )
    if grant_digest(grant) != recorded["digest"]:
        raise _Broken(
            entry.seq, f"grant {grant.id} (entry {entry.seq}) was changed after it was recorded"
        )


def _is_in_chain(session: Session, head_hash: str) -> bool:
    found = session.execute(select(AuditEntry.seq).where(AuditEntry.hash == head_hash)).first()
    return found is not None or head_hash == GENESIS


def _stream(session: Session, query: Select[_Row]) -> Generator[_Row]:
    result = session.execute(query, execution_options={"yield_per": VERIFY_BATCH})
    try:
        for row in result.scalars():
            yield row
            session.expunge(row)
    finally:
        result.close()  # a server-side cursor, when verification stops early
