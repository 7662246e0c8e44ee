"""Finished sessions in the desk's database, and each trainee's progress across them."""

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select

from store.bilingual import Text
from store.sessions import transaction
from training.events import Event
from training.models import TrainingSession
from training.rubric import RubricScore, rubric_percent
from training.scenario import Scenario
from training.scoring import Check, ScoreCard, percent_of


@dataclass(frozen=True)
class SessionRecord:
    """A finished session as stored: enough to show it in a progress list or re-export it."""

    id: int
    scenario: str
    title: Text
    trainee: str
    trainer: str
    mode: str
    language: str
    started_at: datetime
    finished_at: datetime
    earned: int
    possible: int
    rubric_percent: int | None
    checks: tuple[Check, ...]
    rubric: tuple[RubricScore, ...]
    events: tuple[Event, ...]
    notes: str

    @property
    def percent(self) -> int:
        return percent_of(self.earned, self.possible)

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "scenario": self.scenario,
            "title": {"en": self.title.en, "zh": self.title.zh},
            "trainee": self.trainee,
            "trainer": self.trainer,
            "mode": self.mode,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "earned": self.earned,
            "possible": self.possible,
            "percent": self.percent,
            "rubric_percent": self.rubric_percent,
        }


@dataclass(frozen=True)
class FinishedSession:
    """What a session produced, ready to be recorded."""

    scenario: Scenario
    trainee: str
    trainer: str
    mode: str
    language: str
    started_at: datetime
    finished_at: datetime
    card: ScoreCard
    events: tuple[Event, ...]
    rubric: tuple[RubricScore, ...] = ()
    notes: str = ""


def record_session(engine: Engine, finished: FinishedSession) -> int:
    """Store a finished session; its id."""
    title = finished.scenario.title
    row = TrainingSession(
        scenario=finished.scenario.id,
        title=json.dumps({"en": title.en, "zh": title.zh}, ensure_ascii=False),
        trainee=finished.trainee,
        trainer=finished.trainer,
        mode=finished.mode,
        language=finished.language,
        started_at=finished.started_at,
        finished_at=finished.finished_at,
        earned=finished.card.earned,
        possible=finished.card.possible,
        rubric_percent=rubric_percent(finished.rubric),
        checks=json.dumps([c.as_dict() for c in finished.card.checks], ensure_ascii=False),
        rubric=json.dumps([r.as_dict() for r in finished.rubric], ensure_ascii=False),
        events=json.dumps([e.as_dict() for e in finished.events], ensure_ascii=False),
        notes=finished.notes,
    )
    with transaction(engine, write=True) as session:
        session.add(row)
        session.flush()
        return row.id


def progress(engine: Engine, trainee: str) -> list[SessionRecord]:
    """The trainee's sessions, oldest first."""
    query = (
        select(TrainingSession)
        .where(TrainingSession.trainee == trainee)
        .order_by(TrainingSession.finished_at, TrainingSession.id)
    )
    with transaction(engine) as session:
        return [_record(row) for row in session.scalars(query)]


def _record(row: TrainingSession) -> SessionRecord:
    title = json.loads(row.title)
    return SessionRecord(
        id=row.id,
        scenario=row.scenario,
        title=Text(title["en"], title["zh"]),
        trainee=row.trainee,
        trainer=row.trainer,
        mode=row.mode,
        language=row.language,
        started_at=row.started_at,
        finished_at=row.finished_at,
        earned=row.earned,
        possible=row.possible,
        rubric_percent=row.rubric_percent,
        checks=tuple(Check.from_dict(entry) for entry in json.loads(row.checks)),
        rubric=tuple(RubricScore(**entry) for entry in json.loads(row.rubric)),
        events=tuple(Event.from_dict(entry) for entry in json.loads(row.events)),
        notes=row.notes,
    )
