"""The supervisor's overview of a period: totals per day and per kind, each agent against
their team, and customers compensated again and again.

Definitions (docs/supervisor.md): an agent's grant rate is grants per 100 contacts handled;
a team's median is taken over its agents in the overview, and only when there are at least
MIN_TEAM_AGENTS of them; an agent is an outlier on a measure when their figure is more than
OUTLIER_FACTOR times their team's median (a median of zero flags nobody).
"""

import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, Literal, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, bindparam, func, select
from sqlalchemy.orm import Session

from policies.local_days import day_spans, local_days
from policies.models import Grant
from store.bilingual import Text
from store.sessions import transaction

OUTLIER_FACTOR = Decimal(2)
MIN_TEAM_AGENTS = 3  # a median of one or two agents is just those agents
REPEAT_GRANTS = 3  # grants to one customer in the period that make them a repeat customer
REPEAT_LIST = 100  # the most compensated customers listed; a long tail helps no one
RATE_PLACES = Decimal("0.01")  # also a cent: medians are rounded to it
K = TypeVar("K")
# Grouped by the bare column, SQLite (once it has statistics) reads a day through
# ix_grants_by_agent by skip-scan and fetches each grant's row: twice as slow as the covering
# index. An expression leaves it nothing to skip-scan.
_AGENT = (Grant.agent + "").label("agent")
_DAY_GROUPS = (
    select(_AGENT, Grant.team, Grant.kind, func.count(), func.sum(Grant.value))
    .where(
        Grant.created_at >= bindparam("start", type_=Grant.created_at.type),
        Grant.created_at < bindparam("end", type_=Grant.created_at.type),
    )
    .group_by(_AGENT, Grant.team, Grant.kind)
)


@dataclass(frozen=True)
class Total:
    count: int
    value: Decimal


@dataclass(frozen=True)
class Outlier:
    measure: Literal["rate", "value"]
    figure: Decimal  # the agent's
    team_median: Decimal
    reason: Text


@dataclass(frozen=True)
class AgentFigures:
    agent: str
    team: str | None  # of their latest grant in the period, or as given
    grants: int
    value: Decimal
    contacts: int | None  # None when not known
    rate: Decimal | None  # grants per 100 contacts; None without contacts
    team_median_rate: Decimal | None  # None for a team too small to have one
    team_median_value: Decimal | None
    outliers: tuple[Outlier, ...]


@dataclass(frozen=True)
class RepeatCustomer:
    customer: str
    grants: int
    value: Decimal
    last_grant_at: datetime


@dataclass(frozen=True)
class GrantOverview:
    since: datetime
    until: datetime
    total: Total
    days: dict[date, Total]  # every day of the period in the time zone given, zeros too
    kinds: dict[str, Total]  # most value first
    agents: list[AgentFigures]  # outliers first, then most value
    repeat_customers: list[RepeatCustomer]  # most grants first, at most REPEAT_LIST


class _Tally(Generic[K]):
    """Grants and value summed by a key, as group rows come in."""

    def __init__(self) -> None:
        self._sums: dict[K, list[int | Decimal]] = {}

    def add(self, key: K, count: int, value: Decimal) -> None:
        sums = self._sums.setdefault(key, [0, Decimal(0)])
        sums[0] += count
        sums[1] += value

    def totals(self) -> dict[K, Total]:
        return {
            key: Total(int(count), Decimal(value)) for key, (count, value) in self._sums.items()
        }

    def total(self) -> Total:
        totals = self.totals().values()
        return Total(sum(t.count for t in totals), sum((t.value for t in totals), Decimal(0)))


@dataclass
class _Agent:
    grants: int = 0
    value: Decimal = Decimal(0)
    by_team: dict[str | None, int] = field(default_factory=dict)
    team_given: str | Literal[False] | None = False  # False: not given

    def add(self, team: str | None, count: int, value: Decimal) -> None:
        self.grants += count
        self.value += value
        self.by_team[team] = self.by_team.get(team, 0) + count

    @property
    def team(self) -> str | None:
        """As given, or the team recorded with most of their grants in the period."""
        if self.team_given is not False:
            return self.team_given
        return max(self.by_team, key=lambda team: self.by_team[team], default=None)


def grant_overview(
    engine: Engine,
    *,
    since: datetime,
    until: datetime,
    tz: ZoneInfo,
    contacts_by_agent: Mapping[str, int] | None,
    teams: Mapping[str, str | None] | None = None,
    repeat_grants: int = REPEAT_GRANTS,
) -> GrantOverview:
    """Figures for grants made from since (inclusive) to until (exclusive).

    Agents listed are those who granted or handled contacts in the period. contacts_by_agent
    gives grant rates; teams gives each agent's team (otherwise the team recorded with most
    of their grants), which places agents who handled contacts but granted nothing.
    """
    days = _Tally[date]()
    kinds = _Tally[str]()
    agents: dict[str, _Agent] = defaultdict(_Agent)
    with transaction(engine) as session:
        # A query per local day: a range of the covering index, grouped with a small sort,
        # instead of the day computed for each grant and every grant of the period sorted.
        connection = session.connection()
        for day, start, end in day_spans(since, until, tz):
            groups = connection.execute(_DAY_GROUPS, {"start": start, "end": end})
            for agent, team, kind, count, value in groups:
                days.add(day, count, value)
                kinds.add(kind, count, value)
                agents[agent].add(team, count, value)
        repeat = _repeat_customers(session, since, until, repeat_grants)
    for name in contacts_by_agent or {}:
        agents.setdefault(name, _Agent())
    for name, figures in agents.items():
        if teams is not None and name in teams:
            figures.team_given = teams[name]
    every_day = {day: Total(0, Decimal(0)) for day in local_days(since, until, tz)}
    return GrantOverview(
        since=since,
        until=until,
        total=days.total(),
        days=every_day | days.totals(),
        kinds=dict(sorted(kinds.totals().items(), key=lambda item: -item[1].value)),
        agents=_against_teams(agents, contacts_by_agent),
        repeat_customers=repeat,
    )


def _repeat_customers(
    session: Session, since: datetime, until: datetime, threshold: int
) -> list[RepeatCustomer]:
    count = func.count().label("grants")
    value = func.sum(Grant.value).label("value")
    rows = session.execute(
        select(Grant.customer, count, value, func.max(Grant.created_at))
        .where(Grant.created_at >= since, Grant.created_at < until)
        .group_by(Grant.customer)
        .having(func.count() >= threshold)
        .order_by(count.desc(), value.desc(), Grant.customer)
        .limit(REPEAT_LIST)
    )
    return [RepeatCustomer(*row) for row in rows]


def _against_teams(
    agents: dict[str, _Agent], contacts: Mapping[str, int] | None
) -> list[AgentFigures]:
    rates = (
        {name: _rate(a.grants, contacts.get(name)) for name, a in agents.items()}
        if contacts
        else {}
    )
    by_team: dict[str | None, list[str]] = defaultdict(list)
    for name, figures in agents.items():
        by_team[figures.team].append(name)
    listed = []
    for team, names in by_team.items():
        known_rates = [rate for name in names if (rate := rates.get(name)) is not None]
        median_rate = _median(known_rates) if team is not None else None
        median_value = _median(agents[name].value for name in names) if team is not None else None
        for name in names:
            figures, rate = agents[name], rates.get(name)
            flags = (
                *_outlier("rate", rate, median_rate),
                *_outlier("value", figures.value, median_value),
            )
            listed.append(
                AgentFigures(
                    agent=name,
                    team=team,
                    grants=figures.grants,
                    value=figures.value,
                    contacts=contacts.get(name) if contacts else None,
                    rate=rate,
                    team_median_rate=median_rate,
                    team_median_value=median_value,
                    outliers=flags,
                )
            )
    return sorted(listed, key=lambda a: (not a.outliers, -a.value, a.agent))


def _rate(grants: int, contacts: int | None) -> Decimal | None:
    if not contacts:
        return None
    return (Decimal(grants) * 100 / contacts).quantize(RATE_PLACES)


def _median(figures: Iterable[Decimal]) -> Decimal | None:
    """Rounded to cents (money) or hundredths (rates), as the figures it is compared with."""
    values = list(figures)
    if len(values) < MIN_TEAM_AGENTS:
        return None
    return statistics.median(values).quantize(RATE_PLACES)


def _outlier(
    measure: Literal["rate", "value"], figure: Decimal | None, median: Decimal | None
) -> tuple[Outlier, ...]:
    if figure is None or not median or figure <= OUTLIER_FACTOR * median:
        return ()
    ratio = (figure / median).quantize(Decimal("0.1"))
    what = {"rate": ("grant rate", "发放率"), "value": ("value granted", "发放金额")}[measure]
    reason = Text(
        f"{what[0].capitalize()} {figure} is {ratio} times the team median ({median}).",
        f"{what[1]} {figure} 是团队中位数（{median}）的 {ratio} 倍。",
    )
    return (Outlier(measure, figure, median, reason),)
