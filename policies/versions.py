"""Which policy is in force: every load is recorded with its files, so any version can be
replayed, and the latest load is the active policy."""

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from policies import audit
from policies.engine import DecisionEngine
from policies.loader import load_policy_contents
from policies.model import Policy
from policies.models import PolicyLoad
from store.sessions import transaction


class NoPolicyError(LookupError):
    """No policy has been loaded into this database yet."""

    def __init__(self) -> None:
        super().__init__("no policy is in force: load one with `frontline policy load PATH`")


@dataclass(frozen=True)
class PolicyLoadRecord:
    version: str
    name: str
    loaded_at: datetime
    loaded_by: str
    source: str

    def as_dict(self) -> dict[str, object]:
        return {
            "version": self.version,
            "name": self.name,
            "loaded_at": self.loaded_at.isoformat(),
            "loaded_by": self.loaded_by,
            "source": self.source,
        }


class PolicyVersions:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._compiled: dict[str, DecisionEngine] = {}

    def activate(
        self, session: Session, policy: Policy, *, by: str, source: str, at: datetime
    ) -> bool:
        """Put policy in force, recorded in the audit log; False if it already is.

        The caller holds the ledger lock, so the check and the load are one step.
        """
        current = _latest(session)
        if current is not None and current.version == policy.version:
            return False
        contents = {name: data.decode("utf-8") for name, data in sorted(policy.contents.items())}
        load = PolicyLoad(
            version=policy.version,
            name=policy.name,
            loaded_at=at,
            loaded_by=by,
            source=source,
            contents=json.dumps(contents, ensure_ascii=False),
        )
        session.add(load)
        session.flush()
        audit.append(
            session,
            at=at,
            action="policy_load",
            actor=by,
            subject=f"policy:{policy.version[:16]}",
            payload={
                "version": policy.version,
                "name": policy.name,
                "source": source,
                "files": sorted(contents),
                "rules": len(policy.rules),
                "previous": current.version if current else None,
            },
        )
        self._compiled[policy.version] = DecisionEngine(policy)
        return True

    def active(self, session: Session) -> DecisionEngine:
        version = session.scalar(select(PolicyLoad.version).order_by(PolicyLoad.id.desc()).limit(1))
        if version is None:
            raise NoPolicyError
        found = self.version(session, version)
        assert found is not None
        return found

    def version(self, session: Session, version: str) -> DecisionEngine | None:
        """Any policy ever loaded, for replaying what it decided."""
        if version in self._compiled:
            return self._compiled[version]
        load = session.scalars(
            select(PolicyLoad).where(PolicyLoad.version == version).limit(1)
        ).first()
        return None if load is None else self._engine_for(load)

    def history(self) -> list[PolicyLoadRecord]:
        with transaction(self._engine) as session:
            loads = session.scalars(select(PolicyLoad).order_by(PolicyLoad.id.desc())).all()
            return [
                PolicyLoadRecord(
                    load.version, load.name, load.loaded_at, load.loaded_by, load.source
                )
                for load in loads
            ]

    def _engine_for(self, load: PolicyLoad) -> DecisionEngine:
        if load.version not in self._compiled:
            stored = json.loads(load.contents)
            policy = load_policy_contents({name: text.encode() for name, text in stored.items()})
            self._compiled[load.version] = DecisionEngine(policy)
        return self._compiled[load.version]


def _latest(session: Session) -> PolicyLoad | None:
    return session.scalars(select(PolicyLoad).order_by(PolicyLoad.id.desc()).limit(1)).first()
