"""The contacts staff handled in a period: how many each (the denominator of grant rates),
and which."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select

from customers.models import Contact, Customer
from store.sessions import transaction


def contacts_by_agent(engine: Engine, since: datetime, until: datetime) -> dict[str, int]:
    """Contacts per agent from since (inclusive) to until (exclusive); contacts with no
    agent recorded (imported history, self-service) count for nobody."""
    query = (
        select(Contact.agent, func.count())
        .where(Contact.at >= since, Contact.at < until, Contact.agent.is_not(None))
        .group_by(Contact.agent)
    )
    with transaction(engine) as session:
        return {str(agent): count for agent, count in session.execute(query)}


@dataclass(frozen=True)
class HandledContact:
    at: datetime
    agent: str
    customer: str  # the customer's reference, e.g. C1001
    category: str


def handled_contacts(engine: Engine, since: datetime, until: datetime) -> list[HandledContact]:
    """Contacts a member of staff handled from since (inclusive) to until (exclusive), oldest
    first."""
    query = (
        select(Contact.at, Contact.agent, Customer.ref, Contact.category)
        .join(Customer, Customer.id == Contact.customer_id)
        .where(Contact.at >= since, Contact.at < until, Contact.agent.is_not(None))
        .order_by(Contact.at, Contact.id)
    )
    with transaction(engine) as session:
        return [
            HandledContact(at, str(agent), customer, category)
            for at, agent, customer, category in session.execute(query)
        ]
