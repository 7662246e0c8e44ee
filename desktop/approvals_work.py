"""The approvals page's background work: the queue, one request's context, the decision."""

from dataclasses import dataclass

from customers.profile import Profile
from customers.timeline import UnknownCustomerError
from frontline.context import AppContext
from policies.grant_detail import DecisionSnapshot, request_decision
from policies.grant_log import RequestRecord, list_requests
from policies.model import Policy
from policies.requests import GrantResult
from store.types import utcnow

QUEUE_LIMIT = 500


@dataclass(frozen=True)
class Queue:
    requests: list[RequestRecord]
    policy: Policy


def load_queue(context: AppContext) -> Queue:
    """Pending requests, oldest first: the longest wait is dealt with first."""
    pending = list_requests(context.engine, pending_only=True, limit=QUEUE_LIMIT)
    return Queue(pending, context.compensations.active_policy())


@dataclass(frozen=True)
class RequestContext:
    request_id: int
    profile: Profile | None  # None when the customer is not on file (a walk-in, a typo)
    decision: DecisionSnapshot  # what the agent saw when asking


def load_request_context(context: AppContext, request: RequestRecord) -> RequestContext:
    try:
        profile: Profile | None = context.profiles.profile(request.customer, now=utcnow())
    except UnknownCustomerError:
        profile = None
    return RequestContext(request.id, profile, request_decision(context.engine, request.id))


def approve(context: AppContext, request_id: int, approver: str, note: str) -> GrantResult:
    return context.compensations.approve(request_id, context.agent(approver), note or None)


def deny(context: AppContext, request_id: int, approver: str, note: str) -> None:
    context.compensations.deny(request_id, context.agent(approver), note)
