"""Words and numbers of the compensation pane: the policy's ids as people read them.

The policy names its case categories, tiers and severities by id only; the labels live here,
in the translation files. An id the labels do not know is shown tidied rather than hidden.
"""

from collections.abc import Iterable, Mapping
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from policies.grant_log import RequestRecord
from policies.model import Policy, Text, Unit


def ui_language() -> str:
    """'zh' when the interface is in Chinese, else 'en'.

    The translation of this marker names the language of the installed translation, as Qt's
    own QT_LAYOUT_DIRECTION marker names the layout direction.
    """
    marker = QCoreApplication.translate(
        "CompensationLabels",
        "en",
        "the language of this translation: zh for Chinese, en for English",
    )
    return "zh" if marker.strip().lower().startswith("zh") else "en"


def ui_text(text: Text) -> str:
    """A policy text (names, reasons, explanations) in the interface language."""
    return text.zh if ui_language() == "zh" else text.en


def join_names(names: Iterable[str]) -> str:
    """A list of names inside a sentence, with the interface language's separator."""
    return ("、" if ui_language() == "zh" else ", ").join(names)


def _tidy_id(value: str) -> str:
    return value.replace("_", " ").replace("-", " ").capitalize()


CATEGORIES = {
    "late_delivery": QT_TRANSLATE_NOOP("CompensationLabels", "Late delivery"),
    "lost_parcel": QT_TRANSLATE_NOOP("CompensationLabels", "Lost parcel"),
    "damaged_item": QT_TRANSLATE_NOOP("CompensationLabels", "Damaged item"),
    "wrong_item": QT_TRANSLATE_NOOP("CompensationLabels", "Wrong item sent"),
    "warranty": QT_TRANSLATE_NOOP("CompensationLabels", "Fault under warranty"),
    "return_outside_window": QT_TRANSLATE_NOOP(
        "CompensationLabels", "Return after the 7-day window"
    ),
    "service_failure": QT_TRANSLATE_NOOP("CompensationLabels", "Service failure"),
    "price_drop": QT_TRANSLATE_NOOP("CompensationLabels", "Price dropped after purchase"),
    "payment_dispute": QT_TRANSLATE_NOOP("CompensationLabels", "Payment dispute"),
}
SEVERITIES = {
    "low": QT_TRANSLATE_NOOP("CompensationLabels", "Low"),
    "medium": QT_TRANSLATE_NOOP("CompensationLabels", "Medium"),
    "high": QT_TRANSLATE_NOOP("CompensationLabels", "High"),
    "critical": QT_TRANSLATE_NOOP("CompensationLabels", "Critical"),
}
TIERS = {
    "standard": QT_TRANSLATE_NOOP("CompensationLabels", "Standard"),
    "silver": QT_TRANSLATE_NOOP("CompensationLabels", "Silver"),
    "gold": QT_TRANSLATE_NOOP("CompensationLabels", "Gold"),
    "platinum": QT_TRANSLATE_NOOP("CompensationLabels", "Platinum"),
    "under_review": QT_TRANSLATE_NOOP("CompensationLabels", "Under fraud review"),
}
STAGES = {
    "prospect": QT_TRANSLATE_NOOP("CompensationLabels", "Prospect"),
    "new": QT_TRANSLATE_NOOP("CompensationLabels", "New customer"),
    "active": QT_TRANSLATE_NOOP("CompensationLabels", "Active"),
    "loyal": QT_TRANSLATE_NOOP("CompensationLabels", "Loyal"),
    "at_risk": QT_TRANSLATE_NOOP("CompensationLabels", "At risk"),
    "churned": QT_TRANSLATE_NOOP("CompensationLabels", "Churned"),
}
SEGMENTS = {
    "key": QT_TRANSLATE_NOOP("CompensationLabels", "Key customer"),
    "growth": QT_TRANSLATE_NOOP("CompensationLabels", "Growth"),
    "standard": QT_TRANSLATE_NOOP("CompensationLabels", "Standard value"),
    "low": QT_TRANSLATE_NOOP("CompensationLabels", "Low value"),
    "prospect": QT_TRANSLATE_NOOP("CompensationLabels", "No purchases yet"),
}
ORDER_STATUSES = {
    "placed": QT_TRANSLATE_NOOP("CompensationLabels", "Placed"),
    "shipped": QT_TRANSLATE_NOOP("CompensationLabels", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("CompensationLabels", "Delivered"),
    "late": QT_TRANSLATE_NOOP("CompensationLabels", "Late"),
    "returned": QT_TRANSLATE_NOOP("CompensationLabels", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("CompensationLabels", "Cancelled"),
}


def _label(table: Mapping[str, object], value: str) -> str:
    source = table.get(value)  # QT_TRANSLATE_NOOP is typed as returning object
    if source is None:
        return _tidy_id(value)
    return QCoreApplication.translate("CompensationLabels", str(source))


def category_label(category: str) -> str:
    return _label(CATEGORIES, category)


def severity_label(severity: str) -> str:
    return _label(SEVERITIES, severity)


def tier_label(tier: str) -> str:
    return _label(TIERS, tier)


def stage_label(stage: str) -> str:
    return _label(STAGES, stage)


def segment_label(segment: str) -> str:
    return _label(SEGMENTS, segment)


def order_status_label(status: str) -> str:
    return _label(ORDER_STATUSES, status)


# The order agents see them in; ids a policy adds come after, alphabetically.
CATEGORY_ORDER = tuple(CATEGORIES)
SEVERITY_ORDER = tuple(SEVERITIES)
TIER_ORDER = tuple(TIERS)


def money(amount: Decimal, currency: str) -> str:
    return f"{currency} {amount:,.2f}"


def amount_label(amount: Decimal, unit: Unit, currency: str) -> str:
    """An amount in a kind's unit: money, or a percentage of the order."""
    if unit is Unit.PERCENT:
        return f"{amount.normalize():f}%"
    return money(amount, currency)


def request_title(policy: Policy | None, record: RequestRecord) -> str:
    """What was asked for, how much, for whom: "Voucher · CNY 80.00 · C1001"."""
    kind = policy.kinds.get(record.kind) if policy else None
    name = ui_text(kind.name) if kind else record.kind
    if kind is not None and record.item in kind.catalogue:
        name = f"{name}: {ui_text(kind.catalogue[record.item].name)}"
    unit = kind.unit if kind else Unit.MONEY
    return " · ".join((name, amount_label(record.amount, unit, record.currency), record.customer))


def role_name(policy: Policy | None, role: str) -> str:
    """A policy role (an approver) by its name in the policy."""
    if policy is not None and role in policy.roles:
        return ui_text(policy.roles[role].name).lower()  # it runs on inside a sentence
    return _tidy_id(role).lower()


def condition_values(policy: Policy, fact: str) -> set[str]:
    """Every text value the policy's rules test the fact against."""
    return {
        value
        for rule in policy.rules
        for condition in rule.conditions
        if condition.fact == fact and condition.one_of is not None
        for value in condition.one_of
    }


def uses_fact(policy: Policy, fact: str) -> bool:
    return any(c.fact == fact for rule in policy.rules for c in rule.conditions)


def ordered(values: Iterable[str], preferred: tuple[str, ...]) -> list[str]:
    found = set(values)
    known = [value for value in preferred if value in found]
    return known + sorted(found - set(preferred))


def policy_categories(policy: Policy) -> list[str]:
    """The case categories the policy's rules ask about."""
    return ordered(condition_values(policy, "case.category"), CATEGORY_ORDER)


def policy_tiers(policy: Policy) -> list[str]:
    return ordered(condition_values(policy, "customer.tier"), TIER_ORDER)


def severities(policy: Policy) -> list[str]:
    """The usual scale, and any other severity the policy's rules name."""
    return ordered(set(SEVERITY_ORDER) | condition_values(policy, "case.severity"), SEVERITY_ORDER)
