"""The sentences, in English and Chinese, that tell an agent why a decision came out as it did."""

from collections.abc import Callable
from decimal import Decimal

from policies.decision import BudgetLeft
from policies.facts import FACT_LABELS, FactValue
from policies.model import Condition, Rule, Unit
from store.bilingual import Text


def amount_text(amount: Decimal, unit: Unit, currency: str) -> str:
    return f"{amount}%" if unit is Unit.PERCENT else f"{currency} {amount}"


def join(*parts: Text | None) -> Text:
    present = [part for part in parts if part is not None]
    return Text(" ".join(p.en for p in present), "".join(p.zh for p in present))


def allowed(limit: str, rule: Rule) -> Text:
    why = _why(rule)
    return Text(
        f"You may give up to {limit} now ({why.en}).", f"现在可给予最多 {limit}（{why.zh}）。"
    )


def with_approval(limit: str, approver: Text) -> Text:
    return Text(
        f"Up to {limit} with approval by a {approver.en.lower()}.",
        f"经{approver.zh}批准最多可给予 {limit}。",
    )


def approval_only(limit: str, approver: Text, rule: Rule) -> Text:
    why = _why(rule)
    return Text(
        f"Only with approval by a {approver.en.lower()}, up to {limit} ({why.en}).",
        f"需经{approver.zh}批准，最多 {limit}（{why.zh}）。",
    )


def limited_by(budget: BudgetLeft, left: str) -> Text:
    return Text(
        f"Limited by the budget “{budget.name.en}”: {left} left.",
        f"受预算“{budget.name.zh}”限制：剩余 {left}。",
    )


def suggestion(amount: str) -> Text:
    return Text(f"Suggested: {amount}.", f"建议给予 {amount}。")


def forbidden(rule: Rule) -> Text:
    why = _why(rule)
    return Text(f"Not allowed ({why.en}).", f"不允许（{why.zh}）。")


def budget_spent(budget: BudgetLeft | None, show: Callable[[Decimal], str]) -> Text:
    if budget is None:
        return Text("Not allowed now: the limit here is zero.", "暂不允许：此处上限为零。")
    left = show(budget.remaining)
    return Text(
        f"Not allowed now: the budget “{budget.name.en}” has {left} left.",
        f"暂不允许：预算“{budget.name.zh}”仅剩 {left}。",
    )


def unchecked(rule: Rule, problem: Text) -> Text:
    return Text(
        f"Not allowed: rule {rule.id} could not be checked ({problem.en}).",
        f"不允许：无法核对规则 {rule.id}（{problem.zh}）。",
    )


def unchecked_offer(rule: Rule, problem: Text) -> Text:
    """An allow rule that might apply, once the fact it needs is known."""
    return Text(
        f"Rule {rule.id} could not be checked ({problem.en}): give it to see what it offers.",
        f"规则 {rule.id} 暂无法核对（{problem.zh}）：补充后即可查看可给予的补偿。",
    )


def no_rule(unmet: list[Text]) -> Text:
    return join(Text("No rule offers this in this case.", "本案例没有适用的规则。"), *unmet)


def no_rule_for_role(role: str) -> Text:
    return Text(
        f"The role {role!r} has no rules in this policy.", f"角色 {role!r} 在本政策中没有规则。"
    )


def rule_needs(rule: Rule, condition: Condition, value: FactValue | None) -> Text:
    needs = _condition(condition)
    return Text(
        f"Rule {rule.id} needs {needs.en} ({_value_en(value)}).",
        f"规则 {rule.id} 要求{needs.zh}（{_value_zh(value)}）。",
    )


def missing_fact(fact: str) -> Text:
    label = FACT_LABELS[fact]
    return Text(f"{label.en} not known", f"{label.zh}未知")


def wrong_type(fact: str, value: object) -> Text:
    label = FACT_LABELS[fact]
    return Text(f"{label.en} {value!r} not valid", f"{label.zh} {value!r} 无效")


def _why(rule: Rule) -> Text:
    return Text(
        f"rule {rule.id}: {rule.reason.en.rstrip('.')}",
        f"规则 {rule.id}：{rule.reason.zh.rstrip('。')}",
    )


def _condition(condition: Condition) -> Text:
    label = FACT_LABELS[condition.fact]
    if condition.one_of is not None:
        values = sorted(condition.one_of)
        return Text(
            f"the {label.en} to be {' or '.join(values)}", f"{label.zh}为 {'、'.join(values)}"
        )
    low, high = condition.minimum, condition.maximum
    if low is not None and high is not None:
        return Text(
            f"the {label.en} between {low} and {high}", f"{label.zh}在 {low} 到 {high} 之间"
        )
    if low is not None:
        return Text(f"the {label.en} to be at least {low}", f"{label.zh}至少为 {low}")
    return Text(f"the {label.en} to be at most {high}", f"{label.zh}不超过 {high}")


def _value_en(value: FactValue | None) -> str:
    return "unknown here" if value is None else f"here: {value}"


def _value_zh(value: FactValue | None) -> str:
    return "当前未知" if value is None else f"当前为 {value}"
