"""Deciding, for one case, what each compensation kind allows: a pure function of its inputs.

The same policy, facts, budget usage and clock always give the same decision, so a recorded
grant can be replayed. Anything that cannot be checked (a missing fact, a value of the wrong
type) never allows more: an allow rule that cannot be checked is skipped, and a deny rule that
cannot be checked denies.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_DOWN, Decimal

from policies import explain
from policies.decision import BudgetLeft, Decision, KindDecision, Status
from policies.facts import FACTS, Facts, FactType, FactValue
from policies.model import Amount, Condition, Effect, Kind, Policy, Rule, Unit
from policies.money import CENT
from store.bilingual import Text

HUNDRED = Decimal(100)
ZERO = Decimal(0)
# How many unmet rules a "not applicable" explanation names: enough to see why, short to read.
UNMET_SHOWN = 2


class _UncheckedError(Exception):
    """A rule needs a fact that is missing or of the wrong type."""

    def __init__(self, problem: Text) -> None:
        self.problem = problem


@dataclass
class _Tier:
    """The best limit the matching allow rules give for one tier (on the spot, or approval)."""

    rule: Rule | None = None
    limit: Decimal = Decimal(0)
    binding: BudgetLeft | None = None
    budgets: tuple[BudgetLeft, ...] = ()

    def consider(
        self,
        rule: Rule,
        limit: Decimal,
        binding: BudgetLeft | None,
        budgets: tuple[BudgetLeft, ...],
    ) -> None:
        if self.rule is None or limit > self.limit:
            self.rule, self.limit, self.binding, self.budgets = rule, limit, binding, budgets


@dataclass
class _KindRules:
    denies: list[Rule] = field(default_factory=list)
    allows: list[Rule] = field(default_factory=list)


class DecisionEngine:
    """A policy prepared for fast decisions: rules indexed by role and kind."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._by_role: dict[str, dict[str, _KindRules]] = {}

    def decide(self, facts: Facts, used: Mapping[str, Decimal], at: datetime) -> Decision:
        """The decision for every kind; `used` is money already drawn from each budget."""
        policy = self.policy
        role = facts.get("agent.role")
        remaining = {
            budget.id: max(ZERO, budget.limit - used.get(budget.id, ZERO)).quantize(CENT)
            for budget in policy.budgets.values()
        }
        kinds = tuple(
            self._decide_kind(kind, role, facts, remaining) for kind in policy.kinds.values()
        )
        return Decision(policy.version, policy.currency, at, dict(facts), dict(used), kinds)

    def _rules_for(self, role: str) -> dict[str, _KindRules]:
        if role not in self._by_role:
            lineage = set(self.policy.lineage(role))
            index = {kind: _KindRules() for kind in self.policy.kinds}
            for rule in self.policy.rules:
                if rule.roles & lineage:
                    for kind in rule.kinds:
                        rules = index[kind]
                        (rules.denies if rule.effect is Effect.DENY else rules.allows).append(rule)
            self._by_role[role] = index
        return self._by_role[role]

    def _decide_kind(
        self, kind: Kind, role: FactValue | None, facts: Facts, remaining: dict[str, Decimal]
    ) -> KindDecision:
        if not isinstance(role, str) or role not in self.policy.roles:
            problem = (
                explain.no_rule_for_role(str(role)) if role else explain.missing_fact("agent.role")
            )
            return KindDecision(kind.id, kind.name, kind.unit, Status.NOT_APPLICABLE, problem)
        rules = self._rules_for(role)[kind.id]
        for rule in rules.denies:
            try:
                failed = _first_unmet(rule, facts)
            except _UncheckedError as unchecked:
                return self._denied(
                    kind, rule, explain.unchecked(rule, unchecked.problem), unchecked
                )
            if failed is None:
                return self._denied(kind, rule, explain.forbidden(rule))
        return self._allow(kind, rules.allows, facts, remaining)

    def _denied(
        self, kind: Kind, rule: Rule, why: Text, unchecked: _UncheckedError | None = None
    ) -> KindDecision:
        problems = (unchecked.problem,) if unchecked else ()
        return KindDecision(
            kind.id, kind.name, kind.unit, Status.DENIED, why, (rule.id,), problems=problems
        )

    def _allow(
        self, kind: Kind, allows: list[Rule], facts: Facts, remaining: dict[str, Decimal]
    ) -> KindDecision:
        now, approval = _Tier(), _Tier()
        unmet: list[tuple[Rule, Condition]] = []  # the first few, explained only if shown
        problems: list[Text] = []
        for rule in allows:
            try:
                failed = _first_unmet(rule, facts)
                if failed is not None:
                    if len(unmet) < UNMET_SHOWN:
                        unmet.append((rule, failed))
                    continue
                budgets = self._budgets_left(rule, remaining)
                if rule.max is not None:
                    now.consider(rule, *self._capped(rule.max, kind, facts, budgets), budgets)
                if rule.approval_max is not None:
                    approval.consider(
                        rule, *self._capped(rule.approval_max, kind, facts, budgets), budgets
                    )
            except _UncheckedError as unchecked:
                problems.append(explain.unchecked_offer(rule, unchecked.problem))
        if now.rule is None and approval.rule is None:
            why = (
                explain.join(*problems)
                if problems
                else explain.no_rule(
                    [explain.rule_needs(r, c, facts.get(c.fact)) for r, c in unmet]
                )
            )
            status = Status.NOT_APPLICABLE if not problems else Status.DENIED
            return KindDecision(
                kind.id, kind.name, kind.unit, status, why, problems=tuple(problems)
            )
        return self._limits(kind, now, approval, facts, tuple(problems))

    def _limits(
        self, kind: Kind, now: _Tier, approval: _Tier, facts: Facts, problems: tuple[Text, ...]
    ) -> KindDecision:
        show = _Shower(kind.unit, self.policy.currency)
        money = _Shower(Unit.MONEY, self.policy.currency)  # budgets are money whatever the kind
        approver = self._approver(approval) if approval.limit > now.limit else None
        rule_ids = tuple(dict.fromkeys(r.id for r in (now.rule, approval.rule) if r is not None))
        if now.rule is not None and now.limit > 0:
            status, deciding = Status.ALLOWED, now
            why = explain.allowed(show(now.limit), now.rule)
        elif approver is not None and approval.rule is not None:
            status, deciding = Status.NEEDS_APPROVAL, approval
            why = explain.approval_only(show(approval.limit), approver, approval.rule)
        else:
            spent = now if now.rule is not None else approval
            return KindDecision(
                kind.id, kind.name, kind.unit, Status.DENIED,
                explain.budget_spent(spent.binding, money), rule_ids,
                binding=spent.binding, budgets=spent.budgets, problems=problems,
            )  # fmt: skip
        extra: list[Text | None] = []
        if deciding.binding is not None:
            extra.append(explain.limited_by(deciding.binding, money(deciding.binding.remaining)))
        if status is Status.ALLOWED and approver is not None:
            extra.append(explain.with_approval(show(approval.limit), approver))
            if approval.binding is not None and approval.binding != deciding.binding:
                extra.append(
                    explain.limited_by(approval.binding, money(approval.binding.remaining))
                )
        suggested = self._suggested(deciding, facts)
        if suggested is not None:
            extra.append(explain.suggestion(show(suggested)))
        return KindDecision(
            kind.id, kind.name, kind.unit, status, explain.join(why, *extra), rule_ids,
            limit=now.limit if now.rule is not None else None,
            approval_limit=approval.limit if approver is not None else None,
            approver=approval.rule.approver if approver is not None and approval.rule else None,
            suggested=suggested, binding=deciding.binding,
            budgets=deciding.budgets, problems=problems,
        )  # fmt: skip

    def _approver(self, tier: _Tier) -> Text | None:
        """The name of the role that may approve up to the tier's limit, if there is one."""
        if tier.rule is None or tier.rule.approver is None or tier.limit <= 0:
            return None
        return self.policy.roles[tier.rule.approver].name

    def _budgets_left(self, rule: Rule, remaining: dict[str, Decimal]) -> tuple[BudgetLeft, ...]:
        budgets = self.policy.budgets
        return tuple(
            BudgetLeft(b, budgets[b].name, budgets[b].limit, remaining[b]) for b in rule.budgets
        )

    def _capped(
        self, amount: Amount, kind: Kind, facts: Facts, budgets: tuple[BudgetLeft, ...]
    ) -> tuple[Decimal, BudgetLeft | None]:
        """The rule's amount in the kind's unit, lowered to what the tightest budget allows."""
        limit = resolve(amount, facts)
        binding = None
        for budget in budgets:
            allowed = _in_unit(budget.remaining, kind, facts)
            if allowed < limit:
                limit, binding = allowed, budget
        return limit, binding

    def _suggested(self, tier: _Tier, facts: Facts) -> Decimal | None:
        if tier.rule is None or tier.rule.suggested is None:
            return None
        try:
            return min(resolve(tier.rule.suggested, facts), tier.limit)
        except _UncheckedError:
            return None  # a share of an order value nobody gave: no playbook answer then


@dataclass(frozen=True)
class _Shower:
    unit: Unit
    currency: str

    def __call__(self, amount: Decimal) -> str:
        return explain.amount_text(amount, self.unit, self.currency)


def resolve(amount: Amount, facts: Facts) -> Decimal:
    """A rule amount for this case: fixed, or a share of the order value up to the cap."""
    if amount.fixed is not None:
        return amount.fixed
    assert amount.percent is not None
    share = (_order_value(facts) * amount.percent / HUNDRED).quantize(CENT, ROUND_DOWN)
    return share if amount.cap is None else min(share, amount.cap)


def money_value(amount: Decimal, kind: Kind, facts: Facts) -> Decimal:
    """The money a grant of amount (in the kind's unit) draws from budgets."""
    if kind.unit is Unit.PERCENT:
        return (_order_value(facts) * amount / HUNDRED).quantize(CENT, ROUND_DOWN)
    return amount


def _in_unit(money: Decimal, kind: Kind, facts: Facts) -> Decimal:
    """Money left in a budget, as the most of this kind it pays for."""
    if kind.unit is not Unit.PERCENT:
        return money
    order_value = _order_value(facts)
    if order_value == 0:
        return HUNDRED
    return min(HUNDRED, (money * HUNDRED / order_value).quantize(CENT, ROUND_DOWN))


def _order_value(facts: Facts) -> Decimal:
    value = facts.get("case.order_value")
    if value is None:
        raise _UncheckedError(explain.missing_fact("case.order_value"))
    if not isinstance(value, Decimal):
        raise _UncheckedError(explain.wrong_type("case.order_value", value))
    return value


def _first_unmet(rule: Rule, facts: Facts) -> Condition | None:
    """The first condition the facts fail; raises _UncheckedError when none fails but one cannot
    be checked (a rule with an unmet condition does not apply, whatever the unknowns)."""
    unchecked = None
    for condition in rule.conditions:
        try:
            if not _holds(condition, facts.get(condition.fact)):
                return condition
        except _UncheckedError as exc:
            unchecked = unchecked or exc
    if unchecked is not None:
        raise unchecked
    return None


def _holds(condition: Condition, value: FactValue | None) -> bool:
    if value is None:
        raise _UncheckedError(explain.missing_fact(condition.fact))
    if condition.one_of is not None:
        if not isinstance(value, str):
            raise _UncheckedError(explain.wrong_type(condition.fact, value))
        return value in condition.one_of
    if isinstance(value, str | bool) or (
        FACTS[condition.fact] is FactType.INTEGER and not isinstance(value, int)
    ):
        raise _UncheckedError(explain.wrong_type(condition.fact, value))
    if condition.minimum is not None and value < condition.minimum:
        return False
    return condition.maximum is None or value <= condition.maximum
