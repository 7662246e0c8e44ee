"""The supervisor's overview, wired from three packages: grants (policies), contacts handled
(customers) and who is in which team (accounts)."""

from datetime import datetime, time, timedelta

from accounts.roles import Role
from customers.workload import contacts_by_agent
from frontline.context import AppContext
from policies.overview import GrantOverview, grant_overview
from store.types import utcnow

# Whose figures make a team's median: the people who grant day to day. A supervisor or a
# trainer who grants now and then still shows, through their grants.
GRANTING_ROLES = frozenset({Role.AGENT, Role.SENIOR})


def recent_overview(context: AppContext, days: int, now: datetime | None = None) -> GrantOverview:
    """The last `days` days, today included, in the policy's time zone."""
    zone = context.timezone
    today = (now or utcnow()).astimezone(zone).date()
    since = datetime.combine(today - timedelta(days=days - 1), time(), tzinfo=zone)
    until = datetime.combine(today + timedelta(days=1), time(), tzinfo=zone)
    staff = context.users.list_users()
    return grant_overview(
        context.engine,
        since=since,
        until=until,
        tz=zone,
        contacts_by_agent=contacts_by_agent(context.engine, since, until),
        teams={user.username: user.team for user in staff if user.role in GRANTING_ROLES},
    )
