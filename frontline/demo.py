"""`frontline demo`: load the demo data of every installed part, without duplicating any."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from accounts.roles import Role
from frontline.context import AppContext
from policies.loader import load_policy
from resources import resource

DEMO_LOADER = "admin"  # the demo account recorded as loading the demo policy


@dataclass(frozen=True)
class DemoReport:
    users_added: int
    users_present: int
    policy_version: str
    policy_loaded: bool  # False when that version was already in force

    def as_dict(self) -> dict[str, object]:
        return {
            "users_added": self.users_added,
            "users_present": self.users_present,
            "policy_version": self.policy_version,
            "policy_loaded": self.policy_loaded,
        }


def has_data(context: AppContext) -> bool:
    return bool(context.users.list_users(include_inactive=True))


def load_demo(context: AppContext) -> DemoReport:
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
    return DemoReport(added, len(entries) - added, policy.version, loaded)
