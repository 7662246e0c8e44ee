"""The training package's table: one row per finished role-play session.

Sessions run in a sandbox database of their own; only this record of what happened, and how
it was scored, is kept in the desk's database, so that each trainee's progress is shared
across workstations. It never refers to customers, grants or the audit log.
"""

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from store.base import Base
from store.types import UTCDateTime


class TrainingSession(Base):
    __tablename__ = "training_sessions"
    __table_args__ = (Index("ix_training_sessions_trainee", "trainee", "finished_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)  # JSON {"en": …, "zh": …}: scenarios change
    trainee: Mapped[str] = mapped_column(String(64))
    trainer: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16))  # scripted, live or headless
    language: Mapped[str] = mapped_column(String(8))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime())
    earned: Mapped[int]
    possible: Mapped[int]
    rubric_percent: Mapped[int | None]
    checks: Mapped[str] = mapped_column(Text)  # JSON: the score card
    rubric: Mapped[str] = mapped_column(Text)  # JSON: the trainer's scores and comments
    events: Mapped[str] = mapped_column(Text)  # JSON: the session's timeline
    notes: Mapped[str] = mapped_column(Text, default="")  # the trainer's overall comment
