"""`frontline demo`: load the demo data of every installed part, without duplicating any."""

import tomllib
from dataclasses import dataclass

from accounts.roles import Role
from frontline.context import AppContext
from resources import resource


@dataclass(frozen=True)
class DemoReport:
    users_added: int
    users_present: int

    def as_dict(self) -> dict[str, int]:
        return {"users_added": self.users_added, "users_present": self.users_present}


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
    return DemoReport(users_added=added, users_present=len(entries) - added)
