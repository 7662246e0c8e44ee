"""Training sessions: a sandbox desk seeded from a scenario, and the session played in it.

A sandbox is a separate SQLite file (and search index) under FRONTLINE_HOME/training, made
from the scenario's customer and history, the policy in force and the current knowledge base
of the real desk. The trainee grants, searches and reads in the sandbox with the real
services; the real desk's database is only read to copy the policy and articles, and only
written to record the finished session (`training.records`).
"""

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from accounts.directory import UserRecord
from accounts.roles import Role
from customers.seeding import (
    NewContact,
    NewCustomer,
    NewFeedback,
    NewOrder,
    add_customer,
    copy_value_cuts,
)
from frontline.config import Settings
from frontline.context import AppContext
from frontline.schema import init_database
from knowledge.copying import copy_knowledge
from policies.grant_log import RequestRecord, list_requests
from policies.requests import Case, GrantRequest, GrantResult
from resources import resource
from store.types import utcnow
from training.dialogue import Conversation
from training.events import Event, EventKind, GrantOutcome
from training.records import FinishedSession
from training.rubric import RubricScore
from training.scenario import Persona, Scenario, Turn
from training.scoring import KindNames, ScoreCard, score

SANDBOX_LOADER = "training"  # recorded as loading the policy into a sandbox
SANDBOX_APPROVER = "training.supervisor"  # approves requests in a sandbox, played by the trainer
_CASE_FIELDS = ("days_late", "days_since_purchase")


def scenarios_folder() -> Path:
    return Path(str(resource("scenarios")))


def training_folder(desk: AppContext) -> Path:
    return desk.settings.home / "training"


@dataclass
class Sandbox:
    folder: Path
    context: AppContext
    trainee: UserRecord  # the trainee's account in the sandbox, with the scenario's role
    kinds: KindNames  # the policy's compensation kinds by name, for the score's details

    def discard(self) -> None:
        _remove(self.folder, self.context)


def _remove(folder: Path, context: AppContext) -> None:
    context.close()
    shutil.rmtree(folder, ignore_errors=True)


def create_sandbox(
    desk: AppContext, scenario: Scenario, trainee: UserRecord, *, now: datetime
) -> Sandbox:
    """A new sandbox for one session of scenario; the desk's database is only read."""
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    folder = training_folder(desk) / f"{stamp}-{scenario.id}"
    folder.mkdir(parents=True)
    sandbox = AppContext(Settings(home=folder, database_url=f"sqlite:///{folder / 'sandbox.db'}"))
    try:
        init_database(sandbox.engine)
        policy = desk.compensations.active_policy()
        sandbox.compensations.load_policy(
            policy, by=SANDBOX_LOADER, source=f"training: the desk's policy {policy.version[:12]}"
        )
        copy_knowledge(desk.engine, sandbox.engine)
        # The same articles, rows and revisions: the desk's index serves the sandbox as it is
        # (what differs, if the desk's index is behind, is updated on first use).
        desk.knowledge.folder.copy_to(sandbox.knowledge.folder)
        copy_value_cuts(desk.engine, sandbox.engine)
        account = sandbox.users.add(
            trainee.username,
            Role(scenario.role),
            display_name=trainee.display_name,
            team=trainee.team or "training",
            started_on=trainee.started_on,
        )
        sandbox.users.add(
            SANDBOX_APPROVER, Role.SUPERVISOR, display_name="Training supervisor 培训主管"
        )
        add_customer(sandbox.engine, persona_customer(scenario.persona, now, policy.currency))
    except BaseException:
        _remove(folder, sandbox)
        raise
    kinds = {kind_id: kind.name for kind_id, kind in policy.kinds.items()}
    return Sandbox(folder, sandbox, account, kinds)


def persona_customer(persona: Persona, now: datetime, currency: str) -> NewCustomer:
    """The scenario's customer as the customers package stores one; days count back from now."""

    def ago(days: int) -> datetime:
        return now - timedelta(days=days)

    return NewCustomer(
        ref=persona.ref,
        name=persona.name,
        language=persona.language,
        tier=persona.tier,
        created_at=ago(persona.customer_for_days),
        tags=persona.tags,
        phones=persona.phones,
        emails=persona.emails,
        orders=tuple(
            NewOrder(o.ref, ago(o.days_ago), o.amount, currency, o.status, o.items)
            for o in persona.orders
        ),
        contacts=tuple(
            NewContact(
                f"{persona.ref}-K{index:03d}",
                ago(c.days_ago),
                c.channel,
                c.category,
                c.summary,
                c.outcome,
                c.agent,
                c.satisfaction,
                c.complaint,
            )
            for index, c in enumerate(persona.contacts, start=1)
        ),
        feedback=tuple(
            NewFeedback(f"{persona.ref}-F{index:03d}", ago(f.days_ago), f.kind, f.score, f.comment)
            for index, f in enumerate(persona.feedback, start=1)
        ),
    )


def scenario_case(scenario: Scenario, overrides: dict[str, str | int | bool] | None = None) -> Case:
    """The policy's case for the scenario's [case], as a model answer fills in the pane."""
    spec = scenario.case
    given: dict[str, str | int | bool] = {
        "category": spec.category,
        **({"severity": spec.severity} if spec.severity else {}),
        **({"order": spec.order} if spec.order else {}),
        **spec.facts,
        **(overrides or {}),
    }
    order = next((o for o in scenario.persona.orders if o.ref == given.get("order")), None)
    named = {key: int(given[key]) for key in _CASE_FIELDS if key in given}
    if order is not None:
        named.setdefault("days_since_purchase", order.days_ago)
    facts = {
        key if "." in key else f"case.{key}": value
        for key, value in given.items()
        if key not in {"category", "severity", "order", *_CASE_FIELDS}
    }
    return Case(
        category=str(given["category"]),
        severity=str(given["severity"]) if "severity" in given else None,
        order_value=order.amount if order is not None else None,
        days_since_purchase=named.get("days_since_purchase"),
        days_late=named.get("days_late"),
        facts=facts,
    )


def grant_event(at: float, kind: str, asked: Decimal | None, result: GrantResult) -> Event:
    outcome = GrantOutcome(result.outcome.value)  # the same three values, by design
    # In money where the policy valued it (a percentage discount as the money it takes off),
    # so that a scenario's range and totals compare like with like.
    amount = next((a for a in (result.value, result.amount, asked) if a is not None), None)
    return Event(at, EventKind.GRANT, compensation=kind, amount=amount, outcome=outcome)


@dataclass
class TrainingRun:
    """One session in progress: the events so far and where the scripted customer is.

    In live mode the trainer types the customer's lines and the script only suggests them.
    """

    scenario: Scenario
    trainee: str
    trainer: str
    mode: str  # scripted, live or headless
    language: str
    clock: Callable[[], float] = time.monotonic
    started_at: datetime = field(default_factory=utcnow)
    events: list[Event] = field(default_factory=list)
    kinds: KindNames = field(default_factory=dict)  # the sandbox policy's kind names

    def __post_init__(self) -> None:
        self.conversation = Conversation(self.scenario)
        self._origin = self.clock()
        self.suggestion: Turn | None = None  # live mode: what the script would say next
        self._customer_says(self.scenario.opening, 0.0)

    @property
    def live(self) -> bool:
        return self.mode == "live"

    @property
    def finished(self) -> bool:
        return any(event.kind is EventKind.END for event in self.events)

    def elapsed(self) -> float:
        return self.clock() - self._origin

    def record(self, event: Event) -> Turn | None:
        """Add what the trainee did; the customer's next scripted turn if it follows."""
        self.events.append(event)
        if self.conversation.finished:
            return None
        turn = self.conversation.next_turn(event)
        if turn is None:
            return None
        if self.live:
            self.suggestion = turn
            return None
        self._customer_says(turn, event.at)
        return turn

    def customer_says(self, text: str) -> None:
        """The trainer, playing the customer live, writes a line."""
        self.events.append(Event(self.elapsed(), EventKind.CUSTOMER_SAYS, text=text))
        self.suggestion = None

    def _customer_says(self, turn: Turn, at: float) -> None:
        text = turn.says.get(self.language)
        self.events.append(Event(at, EventKind.CUSTOMER_SAYS, text=text, turn=turn.id))

    def end(self, at: float | None = None) -> ScoreCard:
        if not self.finished:
            self.events.append(Event(self.elapsed() if at is None else at, EventKind.END))
        return score(self.scenario, self.events, self.kinds)

    def finished_session(
        self, rubric: tuple[RubricScore, ...] = (), notes: str = ""
    ) -> FinishedSession:
        card = self.end()
        ended = self.started_at + timedelta(seconds=card.minutes * 60)
        return FinishedSession(
            self.scenario,
            self.trainee,
            self.trainer,
            self.mode,
            self.language,
            self.started_at,
            ended,
            card,
            tuple(self.events),
            rubric,
            notes,
        )


def pending_request(sandbox: Sandbox) -> RequestRecord | None:
    """The sandbox's newest approval request still waiting, for the trainer to decide."""
    waiting = list_requests(sandbox.context.engine, pending_only=True, newest_first=True, limit=1)
    return waiting[0] if waiting else None


def decide_request(sandbox: Sandbox, request_id: int, *, approve: bool, note: str) -> None:
    """The trainer, as the sandbox's supervisor, approves or denies a trainee's request."""
    supervisor = sandbox.context.agent(SANDBOX_APPROVER)
    if approve:
        sandbox.context.compensations.approve(request_id, supervisor, note or None)
    else:
        sandbox.context.compensations.deny(request_id, supervisor, note)


def grant_request(
    sandbox: Sandbox,
    scenario: Scenario,
    username: str,
    *,
    kind: str,
    reason: str,
    amount: Decimal | None,
    item: str | None,
    case: Case,
) -> GrantRequest:
    return GrantRequest(
        agent=sandbox.context.agent(username),
        customer=scenario.persona.ref,
        case=case,
        kind=kind,
        reason=reason,
        amount=amount,
        item=item,
    )
