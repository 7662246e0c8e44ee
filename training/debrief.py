"""The debrief: what a finished session's report shows (`training.debrief_html` writes it).

A `Debrief` is built from a session just finished (before or after the trainer's rubric) or
from a stored record, so that a report can be exported again at any time.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from store.bilingual import Text
from training.events import Event, EventKind, GrantOutcome
from training.records import FinishedSession, SessionRecord
from training.rubric import CRITERIA, Criterion, RubricScore, rubric_percent
from training.scoring import Check, Tally

LANGUAGES = ("en", "zh")
SHOWN_HITS = 5  # of a search's results, in the timeline: the first ones, as the list shows


class Who(StrEnum):
    CUSTOMER = "customer"
    TRAINEE = "trainee"
    SESSION = "session"  # the session itself: its end


@dataclass(frozen=True)
class Names:
    """How people, compensation kinds and articles are called; their ids where unknown."""

    people: Mapping[str, str] = field(default_factory=dict)  # username: display name
    kinds: Mapping[str, Text] = field(default_factory=dict)  # compensation kind: its name
    articles: Mapping[str, str] = field(default_factory=dict)  # article id: its title

    def person(self, username: str) -> str:
        name = self.people.get(username)
        return f"{name} ({username})" if name and name != username else username

    def kind(self, kind: str, language: str) -> str:
        name = self.kinds.get(kind)
        return name.get(language) if name is not None else kind

    def article(self, article_id: str) -> str:
        title = self.articles.get(article_id.upper())
        return f"{article_id} · {title}" if title else article_id


@dataclass(frozen=True)
class RubricLine:
    criterion: Criterion
    score: int | None  # None: not scored
    comment: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    at: float  # seconds since the session started
    who: Who
    kind: EventKind
    action: Text  # what happened, e.g. "Searched the knowledge base"
    text: str = ""  # what was said or typed, as the person wrote it
    detail: Text | None = None  # e.g. the search's hits
    outcome: GrantOutcome | None = None

    @property
    def time(self) -> str:
        return clock(self.at)

    def line(self, language: str) -> str:
        """What happened as one plain line: "Searched the knowledge base: late (1 result…)"."""
        if self.kind is EventKind.CUSTOMER_SAYS:
            return self.text
        chinese = language.startswith("zh")
        what = [self.action.get(language), self.text] if self.text else [self.action.get(language)]
        detail = self.detail.get(language) if self.detail is not None else ""
        if detail and len(what) == 1:
            what, detail = [what[0], detail], ""
        line = ("：" if chinese else ": ").join(what)
        if detail:
            line += f"（{detail}）" if chinese else f" ({detail})"
        return line


@dataclass(frozen=True)
class Debrief(Tally[Check]):
    scenario: str
    title: Text
    trainee: str  # as shown: "王伟 (wang.wei)"
    trainer: str
    username: str  # the trainee's
    started_at: datetime
    mode: str  # scripted, live or headless
    seconds: float
    checks: tuple[Check, ...]
    rubric: tuple[RubricLine, ...]  # every criterion, in the rubric's order
    notes: str
    timeline: tuple[TimelineEntry, ...]

    @property
    def scored(self) -> tuple[RubricScore, ...]:
        return tuple(
            RubricScore(line.criterion.id, line.score, line.comment)
            for line in self.rubric
            if line.score is not None
        )

    @property
    def rubric_percent(self) -> int | None:
        return rubric_percent(self.scored)

    @classmethod
    def from_finished(cls, finished: FinishedSession, names: Names | None = None) -> "Debrief":
        names = names or Names()
        return cls(
            scenario=finished.scenario.id,
            title=finished.scenario.title,
            trainee=names.person(finished.trainee),
            trainer=names.person(finished.trainer),
            username=finished.trainee,
            started_at=finished.started_at,
            mode=finished.mode,
            seconds=(finished.finished_at - finished.started_at).total_seconds(),
            checks=finished.card.checks,
            rubric=rubric_lines(finished.rubric),
            notes=finished.notes,
            timeline=timeline(finished.events, names),
        )

    @classmethod
    def from_record(cls, record: SessionRecord, names: Names | None = None) -> "Debrief":
        names = names or Names()
        return cls(
            scenario=record.scenario,
            title=record.title,
            trainee=names.person(record.trainee),
            trainer=names.person(record.trainer),
            username=record.trainee,
            started_at=record.started_at,
            mode=record.mode,
            seconds=(record.finished_at - record.started_at).total_seconds(),
            checks=record.checks,
            rubric=rubric_lines(record.rubric),
            notes=record.notes,
            timeline=timeline(record.events, names),
        )


def rubric_lines(scores: Iterable[RubricScore]) -> tuple[RubricLine, ...]:
    given = {score.criterion: score for score in scores}
    return tuple(
        RubricLine(c, given[c.id].score, given[c.id].comment)
        if c.id in given
        else RubricLine(c, None)
        for c in CRITERIA
    )


def clock(seconds: float) -> str:
    """mm:ss (and h:mm:ss past an hour)."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


# --- the timeline

_GRANT_ACTIONS = {
    GrantOutcome.GRANTED: Text("Granted a compensation", "发放补偿"),
    GrantOutcome.PENDING: Text("Asked a supervisor to approve", "提交主管审批"),
    GrantOutcome.REFUSED: Text("Tried a compensation the policy refused", "尝试的补偿被政策拒绝"),
}
_ACTIONS = {
    EventKind.CUSTOMER_SAYS: Text("Customer", "客户"),
    EventKind.SEARCH: Text("Searched the knowledge base", "搜索知识库"),
    EventKind.CUSTOMER: Text("Opened the customer's record", "打开客户档案"),
    EventKind.ARTICLE: Text("Opened an article", "打开文章"),
    EventKind.REPLY: Text("Replied", "回复"),
    EventKind.ESCALATE: Text("Handed the case to a supervisor", "将案件转交主管"),
    EventKind.END: Text("Session ended", "会话结束"),
}


def timeline(events: Iterable[Event], names: Names) -> tuple[TimelineEntry, ...]:
    """The session's events in time order (the order they happened in when times tie)."""
    ordered = sorted(enumerate(events), key=lambda pair: (pair[1].at, pair[0]))
    return tuple(_entry(event, names) for _, event in ordered)


def _entry(event: Event, names: Names) -> TimelineEntry:
    kind = event.kind
    if kind is EventKind.CUSTOMER_SAYS:
        return TimelineEntry(event.at, Who.CUSTOMER, kind, _ACTIONS[kind], event.text)
    if kind is EventKind.END:
        return TimelineEntry(event.at, Who.SESSION, kind, _ACTIONS[kind])
    if kind is EventKind.SEARCH:
        count = len(event.found)
        hits = ", ".join(event.found[:SHOWN_HITS]) + (" …" if count > SHOWN_HITS else "")
        detail = (
            Text(f"{count} result(s): {hits}", f"{count} 条结果：{hits}")
            if event.found
            else Text("No results", "无结果")
        )
        return TimelineEntry(event.at, Who.TRAINEE, kind, _ACTIONS[kind], event.text, detail)
    if kind is EventKind.GRANT:
        outcome = event.outcome or GrantOutcome.REFUSED
        amount = "" if event.amount is None else _amount(event.amount)
        what = Text(
            f"{names.kind(event.compensation or '', 'en')} {amount}".strip(),
            f"{names.kind(event.compensation or '', 'zh')} {amount}".strip(),
        )
        return TimelineEntry(
            event.at, Who.TRAINEE, kind, _GRANT_ACTIONS[outcome], detail=what, outcome=outcome
        )
    text = event.text
    if kind is EventKind.ARTICLE:
        text = names.article(event.ref or "")
    elif kind is EventKind.CUSTOMER:
        text = event.ref or ""
    return TimelineEntry(event.at, Who.TRAINEE, kind, _ACTIONS[kind], text)


def _amount(amount: Decimal) -> str:
    return f"{amount:.2f}" if amount != amount.to_integral() else f"{amount.normalize():f}"
