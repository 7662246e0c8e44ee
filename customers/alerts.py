"""Alerts that prompt proactive service: things the agent should know before the customer says
them. Each has a code, a severity and a message in English and Chinese.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from customers.history import Complaint, Order, require_aware
from customers.lifecycle import Stage
from customers.value import Segment, money
from store.bilingual import Text

# The window of the compensation figure the caller passes: the policies package sums grants
# over the last 30 days (its customer.compensation_30d fact). Used in the message only.
COMPENSATION_WINDOW_DAYS = 30


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class AlertCode(StrEnum):
    # In the order alerts of the same severity are listed.
    COMPLAINT_UNRESOLVED = "complaint_unresolved"
    KEY_CUSTOMER_AT_RISK = "key_customer_at_risk"
    REPEAT_COMPLAINT = "repeat_complaint"
    LATE_ORDER = "late_order"
    COMPENSATION_NEAR_CAP = "compensation_near_cap"


SEVERITY = {
    AlertCode.COMPLAINT_UNRESOLVED: Severity.HIGH,  # a promise already overdue
    AlertCode.KEY_CUSTOMER_AT_RISK: Severity.HIGH,  # the relationships most worth keeping
    AlertCode.REPEAT_COMPLAINT: Severity.MEDIUM,
    AlertCode.LATE_ORDER: Severity.MEDIUM,
    AlertCode.COMPENSATION_NEAR_CAP: Severity.LOW,  # limits what can be offered, no more
}
_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(Severity)}
_CODE_RANK = {code: rank for rank, code in enumerate(AlertCode)}


@dataclass(frozen=True)
class Alert:
    code: AlertCode
    severity: Severity
    message: Text
    subject: str | None = None  # the complaint's or order's reference, when about one


@dataclass(frozen=True)
class AlertSettings:
    unresolved_complaint_days: int = 7  # an open complaint older than this alerts
    repeat_complaint_days: int = 30  # two or more complaints opened within this many days
    near_cap_share: Decimal = Decimal("0.8")  # compensation at or above this share of the cap


SETTINGS = AlertSettings()


def alerts(
    *,
    now: datetime,
    complaints: Iterable[Complaint] = (),
    orders: Iterable[Order] = (),
    compensation_30d: Decimal = Decimal(0),
    compensation_cap: Decimal | None = None,
    stage: Stage | None = None,
    segment: Segment | None = None,
    settings: AlertSettings = SETTINGS,
) -> list[Alert]:
    """Every alert for one customer, most severe first.

    Within a severity, alerts follow AlertCode's order; complaints and orders oldest first.
    `compensation_cap` is the policy's limit for one customer over the same 30 days; without
    one there is no compensation alert.
    """
    require_aware("now", now)
    oldest_first = sorted(complaints, key=lambda complaint: (complaint.opened_at, complaint.ref))
    found = [
        *_unresolved(oldest_first, now, settings),
        *_repeated(oldest_first, now, settings),
        *_late(orders),
        *_near_cap(compensation_30d, compensation_cap, settings),
    ]
    if stage is Stage.AT_RISK and segment is Segment.KEY:
        found.append(
            _alert(
                AlertCode.KEY_CUSTOMER_AT_RISK,
                Text(
                    "Key customer buying far less often than usual: follow up after this contact",
                    "重点客户购买频率明显下降：处理完本次问题后建议回访",
                ),
            )
        )
    return sorted(found, key=lambda alert: (_SEVERITY_RANK[alert.severity], _CODE_RANK[alert.code]))


def _alert(code: AlertCode, message: Text, subject: str | None = None) -> Alert:
    return Alert(code, SEVERITY[code], message, subject)


def _unresolved(complaints: list[Complaint], now: datetime, settings: AlertSettings) -> list[Alert]:
    limit = timedelta(days=settings.unresolved_complaint_days)
    found = []
    for complaint in complaints:
        age = now - complaint.opened_at
        if complaint.is_open and age > limit:
            found.append(
                _alert(
                    AlertCode.COMPLAINT_UNRESOLVED,
                    Text(
                        f"Complaint {complaint.ref} unresolved for {age.days} days",
                        f"投诉 {complaint.ref} 已 {age.days} 天未解决",
                    ),
                    complaint.ref,
                )
            )
    return found


def _repeated(complaints: list[Complaint], now: datetime, settings: AlertSettings) -> list[Alert]:
    days = settings.repeat_complaint_days
    since = now - timedelta(days=days)
    recent = [complaint for complaint in complaints if since <= complaint.opened_at <= now]
    if len(recent) < 2:
        return []
    return [
        _alert(
            AlertCode.REPEAT_COMPLAINT,
            Text(
                f"{len(recent)} complaints in the last {days} days",
                f"近 {days} 天内投诉 {len(recent)} 次",
            ),
        )
    ]


def _late(orders: Iterable[Order]) -> list[Alert]:
    late = sorted(
        (order for order in orders if order.is_late),
        key=lambda order: (order.ordered_at, order.ref),
    )
    return [
        _alert(
            AlertCode.LATE_ORDER,
            Text(
                f"Order {order.ref} is late",
                f"订单 {order.ref} 已延迟",
            ),
            order.ref,
        )
        for order in late
    ]


def _near_cap(received: Decimal, cap: Decimal | None, settings: AlertSettings) -> list[Alert]:
    # Nothing received means nothing to warn about, even against a cap of zero.
    if cap is None or received <= 0 or received < settings.near_cap_share * cap:
        return []
    days = COMPENSATION_WINDOW_DAYS
    shown, limit = money(received), money(cap)
    if received >= cap:
        text = Text(
            f"Compensation cap reached: {shown} received in the last {days} days (cap {limit})",
            f"补偿已达上限：近 {days} 天已获 {shown}（上限 {limit}）",
        )
    else:
        text = Text(
            f"Compensation near the cap: {shown} received in the last {days} days (cap {limit})",
            f"补偿接近上限：近 {days} 天已获 {shown}（上限 {limit}）",
        )
    return [_alert(AlertCode.COMPENSATION_NEAR_CAP, text)]
