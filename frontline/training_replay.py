"""Replaying a written list of trainee actions in a fresh sandbox (`frontline training run`)."""

from datetime import datetime

from accounts.directory import UserRecord
from accounts.roles import Role
from frontline.context import AppContext
from frontline.training import (
    Sandbox,
    TrainingRun,
    create_sandbox,
    grant_event,
    grant_request,
    scenario_case,
)
from knowledge.library import UnknownArticleError, get_article
from store.located_toml import Source
from training.actions_file import Action, Do
from training.events import Event, EventKind
from training.scenario import Scenario

SEARCH_HITS = 10  # what the knowledge pane shows before scrolling
_KINDS = {
    Do.CUSTOMER: EventKind.CUSTOMER,
    Do.REPLY: EventKind.REPLY,
    Do.ESCALATE: EventKind.ESCALATE,
}


class ReplayError(Exception):
    """An action that cannot be played, at its line in the actions file."""

    def __init__(self, source: Source, message: str) -> None:
        super().__init__(f"{source}: {message}")


def stand_in_trainee() -> UserRecord:
    """The trainee of a replay that names none: a new agent with no history."""
    return UserRecord(0, "trainee", "Trainee 学员", Role.AGENT, "training", None, False, True)


def replay(
    desk: AppContext,
    scenario: Scenario,
    actions: list[Action],
    *,
    trainee: UserRecord,
    trainer: str,
    language: str,
    now: datetime,
) -> TrainingRun:
    """Play the actions in a new sandbox, discarded afterwards; the finished run."""
    sandbox = create_sandbox(desk, scenario, trainee, now=now)
    try:
        run = TrainingRun(
            scenario,
            trainee.username,
            trainer,
            "headless",
            language,
            started_at=now,
            kinds=sandbox.kinds,
        )
        end_at = actions[-1].at if actions else 0.0
        for action in actions:
            if action.do is Do.END:
                end_at = action.at
                break
            run.record(_perform(sandbox, scenario, trainee.username, action))
        run.end(at=end_at)
        return run
    finally:
        sandbox.discard()


def _perform(sandbox: Sandbox, scenario: Scenario, username: str, action: Action) -> Event:
    context = sandbox.context
    if action.do is Do.SEARCH:
        hits = context.knowledge.search(action.text, limit=SEARCH_HITS).hits
        found = tuple(hit.id for hit in hits)
        return Event(action.at, EventKind.SEARCH, text=action.text, found=found)
    if action.do is Do.ARTICLE:
        try:
            article = get_article(context.engine, action.ref or "")
        except UnknownArticleError:
            raise ReplayError(
                action.source, f"no article {action.ref!r} in the knowledge base"
            ) from None
        return Event(action.at, EventKind.ARTICLE, ref=article.id)
    if action.do is Do.GRANT:
        request = grant_request(
            sandbox,
            scenario,
            username,
            kind=action.kind or "",
            reason=action.text,
            amount=action.amount,
            item=action.item,
            case=scenario_case(scenario, action.case),
        )
        result = context.compensations.grant(request)
        return grant_event(action.at, request.kind, action.amount, result)
    return Event(action.at, _KINDS[action.do], text=action.text, ref=action.ref)
