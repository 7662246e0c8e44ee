"""Checks across a parsed policy: references, approvers, inheritance, shadowed rules."""

from policies.diagnostics import Diagnostic
from policies.model import Condition, Effect, Policy, Rule, Unit


def validate(policy: Policy) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    found += _role_references(policy)
    found += _rule_references(policy)
    found += _shadowed_rules(policy)
    found += _roles_without_rules(policy)
    return found


def _role_references(policy: Policy) -> list[Diagnostic]:
    found = []
    for role in policy.roles.values():
        for parent in role.inherits:
            if parent not in policy.roles:
                found.append(
                    Diagnostic(role.source, f"role {role.id!r} inherits unknown role {parent!r}")
                )
            elif role.id in policy.lineage(parent):
                found.append(
                    Diagnostic(
                        role.source, f"role {role.id!r} inherits from itself through {parent!r}"
                    )
                )
    return found


def _rule_references(policy: Policy) -> list[Diagnostic]:
    found = []
    for rule in policy.rules:
        found += [
            Diagnostic(rule.source_of(key), f"rule {rule.id!r}: {message}")
            for key, message in _reference_problems(policy, rule)
        ]
        found += _amount_order(policy, rule)
    return found


def _reference_problems(policy: Policy, rule: Rule) -> list[tuple[str, str]]:
    """(key, problem) pairs for the ids a rule names that the policy does not define."""
    problems = [("roles", f"unknown role {r!r}") for r in sorted(rule.roles - set(policy.roles))]
    problems += [("kinds", f"unknown kind {k!r}") for k in rule.kinds if k not in policy.kinds]
    problems += [
        ("budgets", f"unknown budget {b!r}") for b in rule.budgets if b not in policy.budgets
    ]
    if not rule.roles:
        problems.append(("roles", "names no role"))
    if not rule.kinds:
        problems.append(("kinds", "names no kind"))
    if rule.approver is not None:
        approver = policy.roles.get(rule.approver)
        if approver is None:
            problems.append(("approver", f"unknown approver role {rule.approver!r}"))
        elif not approver.approves:
            problems.append(
                (
                    "approver",
                    f"approver role {rule.approver!r} cannot approve (set approves = true)",
                )
            )
    return problems


def _amount_order(policy: Policy, rule: Rule) -> list[Diagnostic]:
    found = []
    limit, higher, suggested = rule.max, rule.approval_max, rule.suggested
    if (
        limit
        and higher
        and limit.fixed is not None
        and higher.fixed is not None
        and higher.fixed < limit.fixed
    ):
        found.append(
            Diagnostic(
                rule.source_of("approval_max"), f"rule {rule.id!r}: approval_max is below max"
            )
        )
    ceiling = limit or higher
    if (
        suggested
        and ceiling
        and suggested.fixed is not None
        and ceiling.fixed is not None
        and suggested.fixed > ceiling.fixed
    ):
        found.append(
            Diagnostic(
                rule.source_of("suggested"), f"rule {rule.id!r}: suggested is above the maximum"
            )
        )
    for kind_id in rule.kinds:
        kind = policy.kinds.get(kind_id)
        if kind is not None and kind.unit is Unit.PERCENT:
            for amount in (limit, higher, suggested):
                if amount is not None and amount.fixed is not None and amount.fixed > 100:
                    found.append(
                        Diagnostic(
                            rule.source,
                            f"rule {rule.id!r}: {kind_id!r} is a percentage; 100 at most",
                        )
                    )
    return found


def _covers(policy: Policy, deny: Rule, allow: Rule) -> bool:
    """Whether deny applies wherever allow does."""
    roles_covered = all(
        any(role in deny.roles for role in policy.lineage(allow_role)) for allow_role in allow.roles
    )
    kinds_covered = set(allow.kinds) <= set(deny.kinds)
    return (
        roles_covered
        and kinds_covered
        and all(
            any(_implies(mine, theirs) for mine in allow.conditions) for theirs in deny.conditions
        )
    )


def _implies(narrow: Condition, wide: Condition) -> bool:
    if narrow.fact != wide.fact:
        return False
    if wide.one_of is not None:
        return narrow.one_of is not None and narrow.one_of <= wide.one_of
    low_ok = wide.minimum is None or (narrow.minimum is not None and narrow.minimum >= wide.minimum)
    high_ok = wide.maximum is None or (
        narrow.maximum is not None and narrow.maximum <= wide.maximum
    )
    return low_ok and high_ok


def _shadowed_rules(policy: Policy) -> list[Diagnostic]:
    denies = [rule for rule in policy.rules if rule.effect is Effect.DENY]
    found = []
    for allow in policy.rules:
        if allow.effect is not Effect.ALLOW:
            continue
        deny = next((d for d in denies if _covers(policy, d, allow)), None)
        if deny is not None:
            found.append(
                Diagnostic(
                    allow.source,
                    (
                        f"rule {allow.id!r} can never apply: "
                        f"deny rule {deny.id!r} ({deny.source}) always wins"
                    ),
                )
            )
    return found


def _roles_without_rules(policy: Policy) -> list[Diagnostic]:
    allowed_roles = {
        role for rule in policy.rules if rule.effect is Effect.ALLOW for role in rule.roles
    }
    return [
        Diagnostic(
            role.source, f"role {role.id!r} has no allow rule, itself or inherited", warning=True
        )
        for role in policy.roles.values()
        if not allowed_roles & set(policy.lineage(role.id))
    ]
