"""`frontline demo`: load the demo data of every installed part, without duplicating any."""

import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from accounts.roles import Role
from customers.demo_loader import Progress, load_demo_customers
from customers.demo_material import Material, load_material
from customers.scoring import rescore
from frontline.context import AppContext
from frontline.demo_history import CUSTOMERS_NEEDED, seed_grant_history
from knowledge.importer import import_folder
from policies.loader import load_policy
from resources import resource
from store.types import utcnow

DEMO_LOADER = "admin"  # the demo account recorded as loading the demo policy
DEMO_CUSTOMERS = 300  # C1001 ... C1300 unless asked for more


@dataclass(frozen=True)
class DemoReport:
    users_added: int
    users_present: int
    policy_version: str
    policy_loaded: bool  # False when that version was already in force
    articles_added: int
    articles_updated: int
    customers_added: int
    customers_present: int

    def as_dict(self) -> dict[str, object]:
        return {
            "users_added": self.users_added,
            "users_present": self.users_present,
            "policy_version": self.policy_version,
            "policy_loaded": self.policy_loaded,
            "articles_added": self.articles_added,
            "articles_updated": self.articles_updated,
            "customers_added": self.customers_added,
            "customers_present": self.customers_present,
        }


def has_data(context: AppContext) -> bool:
    return bool(context.users.list_users(include_inactive=True))


def demo_material() -> Material:
    """Names, products and stories the demo customers are made of (resources/demo/)."""
    return load_material(resource("demo"))


def load_demo(
    context: AppContext,
    *,
    customers: int = DEMO_CUSTOMERS,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> DemoReport:
    """Load what is missing; customers' histories run up to `now` (default: this moment)."""
    entries = tomllib.loads(resource("demo", "users.toml").read_text("utf-8"))["user"]
    added = 0
    for entry in entries:
        if context.users.exists(entry["username"]):
            continue
        context.users.add(
            entry["username"],
            Role.parse(entry["role"]),
            display_name=entry["display_name"],
            team=entry.get("team"),
            started_on=entry.get("started_on"),
            pin=entry.get("pin"),
        )
        added += 1
    policy = load_policy(Path(str(resource("policies"))))
    loaded = context.compensations.load_policy(
        policy, by=DEMO_LOADER, source="demo: resources/policies"
    )
    # Into the database only: each workstation indexes it on its first search.
    articles = import_folder(context.engine, Path(str(resource("kb"))))
    moment = now or utcnow()
    people = load_demo_customers(
        context.engine, customers, now=moment, material=demo_material(), progress=progress
    )
    if people.added:
        rescore(context.engine, now=moment, tz=context.timezone)  # segments need the quintiles
    # The history's grants need its customers' facts (a tier, at least) to be allowed.
    if customers >= CUSTOMERS_NEEDED:
        seed_grant_history(context, moment)
    return DemoReport(
        users_added=added,
        users_present=len(entries) - added,
        policy_version=policy.version,
        policy_loaded=loaded,
        articles_added=len(articles.added),
        articles_updated=len(articles.updated),
        customers_added=people.added,
        customers_present=people.present,
    )
