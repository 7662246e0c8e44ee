"""Turning a policy folder into a checked Policy, or into the list of what to fix."""

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from policies.diagnostics import Diagnostic, PolicyError
from policies.facts import FACTS, FactType
from policies.model import (
    Amount,
    Budget,
    CatalogueItem,
    Condition,
    Effect,
    Kind,
    Policy,
    Role,
    Rule,
    Scope,
    Unit,
)
from policies.money import AmountError, parse_amount
from policies.reader import RawPolicy, read_policy_contents, read_policy_folder
from policies.validation import validate
from store.bilingual import Text
from store.located_toml import Located, Source

E = TypeVar("E", bound=StrEnum)
IDENTIFIER = re.compile(r"[a-z][a-z0-9_.-]{0,63}")
_PERIOD = re.compile(r"(\d{1,3})d")


@dataclass
class CheckResult:
    policy: Policy | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.warning]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.warning]


def load_policy(path: Path) -> Policy:
    """The policy in path; PolicyError lists every error when there is any."""
    return _valid(check_policy(path))


def load_policy_contents(contents: dict[str, bytes]) -> Policy:
    """A policy from the file contents recorded when it was loaded."""
    return _valid(_check(read_policy_contents(contents)))


def check_policy(path: Path) -> CheckResult:
    return _check(read_policy_folder(path))


def _valid(result: CheckResult) -> Policy:
    if result.policy is None:
        raise PolicyError(result.errors)
    return result.policy


def _check(raw: RawPolicy) -> CheckResult:
    builder = _Builder(raw.diagnostics)
    policy = builder.build(raw)
    if policy is not None:
        raw.diagnostics.extend(validate(policy))
    failed = any(not d.warning for d in raw.diagnostics)
    ordered = sorted(raw.diagnostics, key=lambda d: (str(d.source.file), d.source.line))
    return CheckResult(None if failed else policy, ordered)


def policy_version(contents: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for name in sorted(contents):
        digest.update(f"{len(name)}:{name}:{len(contents[name])}:".encode())
        digest.update(contents[name])
    return digest.hexdigest()


class _Builder:
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self._diagnostics = diagnostics

    def error(self, source: Source, message: str) -> None:
        self._diagnostics.append(Diagnostic(source, message))

    def build(self, raw: RawPolicy) -> Policy | None:
        sections = raw.sections
        header = self._header(sections.get("policy", []))
        if "policy" not in sections and raw.contents:
            self.error(Source(raw.files[0], 1), "missing [policy] section with name and currency")
        roles = self._named(sections.get("roles", []), "role", self._role)
        kinds = self._named(sections.get("kinds", []), "kind", self._kind)
        budgets = self._named(sections.get("budgets", []), "budget", self._budget)
        rules = self._rules(sections.get("rules", []))
        tests = tuple(
            {"_source": entry.source(), **entry.value}
            for located in sections.get("tests", [])
            for entry in self._array(located, "tests")
        )
        if header is None:
            return None
        name, currency, timezone = header
        return Policy(
            name,
            currency,
            roles,
            kinds,
            budgets,
            tuple(rules),
            policy_version(raw.contents),
            tests,
            timezone=timezone,
            contents=dict(raw.contents),
        )

    def _header(self, located: list[Located]) -> tuple[str, str, str] | None:
        if not located:
            return None
        if len(located) > 1:
            self.error(located[1].source(), "[policy] is defined in more than one file")
        table = located[0]
        if not self._keys(table, required={"name", "currency"}, optional={"timezone"}):
            return None
        currency = table.value["currency"]
        if not (isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency)):
            self.error(table.source("currency"), 'currency must be a code such as "CNY"')
            return None
        timezone = table.value.get("timezone", "UTC")
        try:
            ZoneInfo(timezone)
        except (ValueError, TypeError, ZoneInfoNotFoundError):
            self.error(table.source("timezone"), f"unknown time zone {timezone!r}")
            return None
        return str(table.value["name"]), currency, timezone

    def _named(self, tables: list[Located], what: str, parse: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for table in tables:
            if not isinstance(table.value, dict):
                self.error(table.source(), f"[{table.path[0]}] must be a table of {what}s")
                continue
            for key, entry in table.items():
                if not IDENTIFIER.fullmatch(key):
                    self.error(
                        entry.source(),
                        f"{what} id {key!r}: use lower-case letters, digits, '_', '-', '.'",
                    )
                elif key in found:
                    self.error(
                        entry.source(),
                        f"duplicate {what} id {key!r} (first at {found[key].source})",
                    )
                elif not isinstance(entry.value, dict):
                    self.error(entry.source(), f"{what} {key!r} must be a table")
                else:
                    parsed = parse(key, entry)
                    if parsed is not None:
                        found[key] = parsed
        return found

    def _role(self, key: str, entry: Located) -> Role | None:
        if not self._keys(entry, required=set(), optional={"name", "inherits", "approves"}):
            return None
        inherits = self._id_list(entry, "inherits")
        approves = entry.value.get("approves", False)
        if not isinstance(approves, bool):
            self.error(entry.source("approves"), "approves must be true or false")
        return Role(key, self._text(entry, "name", key), inherits, approves is True, entry.source())

    def _kind(self, key: str, entry: Located) -> Kind | None:
        if not self._keys(entry, required={"unit"}, optional={"name", "catalogue"}):
            return None
        unit = self._choice(entry, "unit", Unit)
        if unit is None:
            return None
        catalogue: dict[str, CatalogueItem] = {}
        if unit is Unit.ITEM:
            if not isinstance(entry.value.get("catalogue"), dict) or not entry.value["catalogue"]:
                self.error(entry.source(), f'kind {key!r} has unit "item" but no catalogue')
                return None
            for item_id, item in entry.child("catalogue").items():
                if self._keys(item, required={"value"}, optional={"name"}):
                    value = self._amount(item, "value")
                    if value is not None:
                        catalogue[item_id] = CatalogueItem(
                            item_id, self._text(item, "name", item_id), value
                        )
        elif "catalogue" in entry.value:
            self.error(entry.source("catalogue"), 'only kinds with unit "item" have a catalogue')
        return Kind(key, self._text(entry, "name", key), unit, catalogue, entry.source())

    def _budget(self, key: str, entry: Located) -> Budget | None:
        if not self._keys(entry, required={"scope", "limit"}, optional={"name", "period"}):
            return None
        scope = self._choice(entry, "scope", Scope)
        if scope is None:
            return None
        limit = self._amount(entry, "limit")
        period = entry.value.get("period")
        if scope is Scope.GRANT:
            days = 0
            if period is not None:
                self.error(entry.source("period"), "a per-grant budget has no period")
        elif period == "day":
            days = 1
        elif isinstance(period, str) and (match := _PERIOD.fullmatch(period)) and int(match[1]) > 0:
            days = int(match[1])
        else:
            self.error(
                entry.source("period"), 'period must be "day" or a number of days such as "30d"'
            )
            return None
        if limit is None:
            return None
        return Budget(key, self._text(entry, "name", key), scope, days, limit, entry.source())

    def _rules(self, tables: list[Located]) -> list[Rule]:
        rules: list[Rule] = []
        seen: dict[str, Source] = {}
        for located in tables:
            for entry in self._array(located, "rules"):
                rule = self._rule(entry)
                if rule is None:
                    continue
                if rule.id in seen:
                    self.error(
                        rule.source, f"duplicate rule id {rule.id!r} (first at {seen[rule.id]})"
                    )
                    continue
                seen[rule.id] = rule.source
                rules.append(rule)
        return rules

    def _rule(self, entry: Located) -> Rule | None:
        optional = {"when", "max", "approval_max", "approver", "suggested", "budgets", "reason"}
        if not self._keys(entry, required={"id", "effect", "roles", "kinds"}, optional=optional):
            return None
        value = entry.value
        rule_id = value["id"]
        if not (isinstance(rule_id, str) and rule_id.strip()):
            self.error(entry.source("id"), "rule id must be a non-empty string")
            return None
        effect = self._choice(entry, "effect", Effect)
        if effect is None:
            return None
        amounts = {
            key: self._rule_amount(entry, key) for key in ("max", "approval_max", "suggested")
        }
        approver = value.get("approver")
        if approver is not None and not isinstance(approver, str):
            self.error(entry.source("approver"), "approver must be a role id")
            approver = None
        if effect is Effect.ALLOW and amounts["max"] is None and amounts["approval_max"] is None:
            self.error(entry.source(), f"allow rule {rule_id!r} needs max or approval_max")
        if effect is Effect.DENY:
            for key in ("max", "approval_max", "approver", "suggested", "budgets"):
                if key in value:
                    self.error(entry.source(key), f"a deny rule has no {key}")
        if (amounts["approval_max"] is None) != (approver is None):
            self.error(
                entry.source("approval_max" if approver is None else "approver"),
                "approval_max and approver go together",
            )
        return Rule(
            id=rule_id,
            effect=effect,
            roles=frozenset(self._id_list(entry, "roles")),
            kinds=self._id_list(entry, "kinds"),
            conditions=self._conditions(entry),
            reason=self._text(entry, "reason", ""),
            source=entry.source(),
            max=amounts["max"],
            approval_max=amounts["approval_max"],
            approver=approver,
            suggested=amounts["suggested"],
            budgets=self._id_list(entry, "budgets"),
            key_sources={key: entry.source(key) for key in value},
        )

    def _conditions(self, entry: Located) -> tuple[Condition, ...]:
        if "when" not in entry.value:
            return ()
        when = entry.child("when")
        if not isinstance(when.value, dict):
            self.error(when.source(), "when must be a table of facts")
            return ()
        conditions = []
        for fact, located in _flatten(when):
            if fact not in FACTS:
                self.error(located.source(), f"unknown fact {fact!r} (known: {', '.join(FACTS)})")
                continue
            condition = self._condition(fact, located)
            if condition is not None:
                conditions.append(condition)
        return tuple(conditions)

    def _condition(self, fact: str, located: Located) -> Condition | None:
        kind, value = FACTS[fact], located.value
        if kind is FactType.TEXT:
            values = [value] if isinstance(value, str) else value
            if not (
                isinstance(values, list) and values and all(isinstance(v, str) for v in values)
            ):
                self.error(located.source(), f"{fact} takes a text or a list of texts")
                return None
            return Condition(fact, one_of=frozenset(values))
        if _is_range(value):
            bounds = {key: self._amount(located, key) for key in value}
            if None in bounds.values():
                return None
            low, high = bounds.get("min"), bounds.get("max")
            if low is not None and high is not None and low > high:
                self.error(located.source(), f"{fact}: min is above max")
                return None
            return Condition(fact, minimum=low, maximum=high)
        self.error(
            located.source(),
            f"{fact} takes a range such as {{ min = 3 }} or {{ min = 1, max = 5 }}",
        )
        return None

    def _rule_amount(self, entry: Located, key: str) -> Amount | None:
        if key not in entry.value:
            return None
        value = entry.value[key]
        if isinstance(value, dict):
            located = entry.child(key)
            if not self._keys(located, required={"percent"}, optional={"cap"}):
                return None
            percent = self._amount(located, "percent", percent=True)
            cap = self._amount(located, "cap") if "cap" in value else None
            if percent is None or ("cap" in value and cap is None):
                return None
            if percent > 100:
                self.error(located.source("percent"), "percent cannot exceed 100")
                return None
            return Amount(percent=percent, cap=cap)
        fixed = self._amount(entry, key)
        return None if fixed is None else Amount(fixed=fixed)

    def _choice(self, located: Located, key: str, choices: type[E]) -> E | None:
        try:
            return choices(located.value[key])
        except ValueError:
            self.error(located.source(key), f"{key} must be one of: {', '.join(choices)}")
            return None

    def _amount(self, located: Located, key: str, *, percent: bool = False) -> Decimal | None:
        try:
            return parse_amount(located.value[key], allow_percent_places=percent)
        except AmountError as exc:
            self.error(located.source(key), f"{key}: {exc}")
            return None

    def _keys(self, located: Located, *, required: set[str], optional: set[str]) -> bool:
        present = set(located.value)
        for key in sorted(present - required - optional):
            known = ", ".join(sorted(required | optional))
            self.error(located.source(key), f"unknown key {key!r} (known: {known})")
        for key in sorted(required - present):
            self.error(located.source(), f"missing {key!r}")
        return required <= present

    def _id_list(self, located: Located, key: str) -> tuple[str, ...]:
        value = located.value.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            self.error(located.source(key), f"{key} must be a list of ids")
            return ()
        return tuple(value)

    def _text(self, located: Located, key: str, default: str) -> Text:
        value = located.value.get(key, default)
        if isinstance(value, str):
            return Text(value, value)
        if (
            isinstance(value, dict)
            and set(value) == {"en", "zh"}
            and all(isinstance(v, str) for v in value.values())
        ):
            return Text(value["en"], value["zh"])
        self.error(located.source(key), f'{key} must be a text or {{ en = "…", zh = "…" }}')
        return Text(default, default)

    def _array(self, located: Located, what: str) -> list[Located]:
        if not isinstance(located.value, list):
            self.error(located.source(), f"write each of the {what} as [[{what}]]")
            return []
        entries = []
        for index in range(len(located.value)):
            entry = located.child(index)
            if isinstance(entry.value, dict):
                entries.append(entry)
            else:
                self.error(entry.source(), f"each of the {what} must be a table")
        return entries


def _flatten(located: Located) -> list[tuple[str, Located]]:
    """Fact names from nested tables (when.case.days_late = {min = 3} is case.days_late)."""
    found: list[tuple[str, Located]] = []
    for _key, child in located.items():
        if isinstance(child.value, dict) and child.value and not _is_range(child.value):
            found.extend(_flatten(child))
        else:
            name = ".".join(str(part) for part in child.path[child.path.index("when") + 1 :])
            found.append((name, child))
    return found


def _is_range(value: object) -> bool:
    """A { min = …, max = … } table, as opposed to a table of more facts."""
    return isinstance(value, dict) and bool(value) and set(value) <= {"min", "max"}
