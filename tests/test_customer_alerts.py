"""Alerts for proactive service: each one firing and not firing, on both sides of its limit."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from customers.alerts import Alert, AlertCode, AlertSettings, Severity, alerts
from customers.history import Complaint, Order
from customers.lifecycle import Stage
from customers.value import Segment

NOW = datetime(2026, 6, 30, 10, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def codes(found: list[Alert]) -> list[AlertCode]:
    return [alert.code for alert in found]


def test_a_customer_with_nothing_to_note_has_no_alerts() -> None:
    assert alerts(now=NOW) == []


def test_an_open_complaint_alerts_once_it_is_older_than_seven_days() -> None:
    assert alerts(now=NOW, complaints=[Complaint("K1", days_ago(6))]) == []
    assert alerts(now=NOW, complaints=[Complaint("K1", days_ago(7))]) == []

    found = alerts(now=NOW, complaints=[Complaint("K1", days_ago(7) - SECOND)])

    assert found == [
        Alert(
            AlertCode.COMPLAINT_UNRESOLVED,
            Severity.HIGH,
            found[0].message,
            subject="K1",
        )
    ]
    assert found[0].message.en == "Complaint K1 unresolved for 7 days"
    assert found[0].message.zh == "投诉 K1 已 7 天未解决"
    assert codes(alerts(now=NOW, complaints=[Complaint("K1", days_ago(8))])) == [
        AlertCode.COMPLAINT_UNRESOLVED
    ]


def test_a_resolved_complaint_does_not_alert_however_old() -> None:
    complaint = Complaint("K1", days_ago(60), resolved_at=days_ago(50))

    assert alerts(now=NOW, complaints=[complaint]) == []


def test_the_unresolved_limit_is_a_setting() -> None:
    settings = AlertSettings(unresolved_complaint_days=3)

    assert alerts(now=NOW, complaints=[Complaint("K1", days_ago(3))], settings=settings) == []
    found = alerts(now=NOW, complaints=[Complaint("K1", days_ago(4))], settings=settings)
    assert codes(found) == [AlertCode.COMPLAINT_UNRESOLVED]


def test_each_overdue_complaint_alerts_oldest_first() -> None:
    complaints = [
        Complaint("K2", days_ago(40), resolved_at=None),
        Complaint("K1", days_ago(50), resolved_at=None),
    ]

    found = alerts(now=NOW, complaints=complaints)

    assert [alert.subject for alert in found] == ["K1", "K2"]


def test_a_second_complaint_within_30_days_alerts() -> None:
    complaints = [
        Complaint("K1", days_ago(30), resolved_at=days_ago(29)),
        Complaint("K2", days_ago(1), resolved_at=days_ago(0.5)),
    ]

    found = alerts(now=NOW, complaints=complaints)

    assert codes(found) == [AlertCode.REPEAT_COMPLAINT]
    assert found[0].severity is Severity.MEDIUM
    assert found[0].message.en == "2 complaints in the last 30 days"
    assert found[0].message.zh == "近 30 天内投诉 2 次"


def test_a_complaint_just_over_30_days_ago_does_not_make_a_repeat() -> None:
    complaints = [
        Complaint("K1", days_ago(30) - SECOND, resolved_at=days_ago(29)),
        Complaint("K2", days_ago(1), resolved_at=days_ago(0.5)),
    ]

    assert alerts(now=NOW, complaints=complaints) == []
    assert alerts(now=NOW, complaints=complaints[1:]) == []


def test_the_repeat_alert_counts_every_complaint_in_the_window() -> None:
    complaints = [Complaint(f"K{n}", days_ago(n), resolved_at=NOW) for n in (2, 5, 9)]

    found = alerts(now=NOW, complaints=complaints)

    assert found[0].message.en == "3 complaints in the last 30 days"


def test_a_late_order_alerts_and_others_do_not() -> None:
    orders = [
        Order("O3", days_ago(3), Decimal("30.00"), "late"),
        Order("O1", days_ago(20), Decimal("10.00"), "late"),
        Order("O2", days_ago(10), Decimal("20.00"), "delivered"),
        Order("O4", days_ago(1), Decimal("40.00"), "shipped"),
    ]

    found = alerts(now=NOW, orders=orders)

    assert codes(found) == [AlertCode.LATE_ORDER, AlertCode.LATE_ORDER]
    assert [alert.subject for alert in found] == ["O1", "O3"]  # oldest first
    assert found[0].message.en == "Order O1 is late"
    assert found[0].message.zh == "订单 O1 已延迟"
    assert alerts(now=NOW, orders=orders[2:]) == []


def test_compensation_from_80_percent_of_the_cap_alerts() -> None:
    cap = Decimal("600.00")

    # 80% of 600.00 is 480.00
    assert alerts(now=NOW, compensation_30d=Decimal("479.99"), compensation_cap=cap) == []
    found = alerts(now=NOW, compensation_30d=Decimal("480.00"), compensation_cap=cap)

    assert codes(found) == [AlertCode.COMPENSATION_NEAR_CAP]
    assert found[0].severity is Severity.LOW
    assert found[0].message.en == (
        "Compensation near the cap: 480.00 received in the last 30 days (cap 600.00)"
    )
    assert found[0].message.zh == "补偿接近上限：近 30 天已获 480.00（上限 600.00）"


def test_compensation_at_the_cap_says_so() -> None:
    found = alerts(now=NOW, compensation_30d=Decimal(600), compensation_cap=Decimal(600))

    assert found[0].message.en.startswith("Compensation cap reached: 600.00")
    assert found[0].message.zh.startswith("补偿已达上限")


def test_no_cap_or_nothing_received_means_no_compensation_alert() -> None:
    assert alerts(now=NOW, compensation_30d=Decimal(5000)) == []
    assert alerts(now=NOW, compensation_30d=Decimal(0), compensation_cap=Decimal(0)) == []


def test_the_near_cap_share_is_a_setting() -> None:
    settings = AlertSettings(near_cap_share=Decimal("0.5"))

    found = alerts(
        now=NOW,
        compensation_30d=Decimal("300.00"),
        compensation_cap=Decimal("600.00"),
        settings=settings,
    )

    assert codes(found) == [AlertCode.COMPENSATION_NEAR_CAP]


def test_an_at_risk_key_customer_alerts() -> None:
    found = alerts(now=NOW, stage=Stage.AT_RISK, segment=Segment.KEY)

    assert codes(found) == [AlertCode.KEY_CUSTOMER_AT_RISK]
    assert found[0].severity is Severity.HIGH
    assert "follow up" in found[0].message.en
    assert "回访" in found[0].message.zh


def test_only_at_risk_and_key_together_alert() -> None:
    assert alerts(now=NOW, stage=Stage.AT_RISK, segment=Segment.GROWTH) == []
    assert alerts(now=NOW, stage=Stage.ACTIVE, segment=Segment.KEY) == []
    assert alerts(now=NOW, stage=Stage.CHURNED, segment=Segment.KEY) == []


def test_alerts_come_most_severe_first_then_in_code_order() -> None:
    found = alerts(
        now=NOW,
        complaints=[Complaint("K1", days_ago(10)), Complaint("K2", days_ago(2))],
        orders=[Order("O1", days_ago(5), Decimal("10.00"), "late")],
        compensation_30d=Decimal("550.00"),
        compensation_cap=Decimal("600.00"),
        stage=Stage.AT_RISK,
        segment=Segment.KEY,
    )

    assert codes(found) == [
        AlertCode.COMPLAINT_UNRESOLVED,
        AlertCode.KEY_CUSTOMER_AT_RISK,
        AlertCode.REPEAT_COMPLAINT,
        AlertCode.LATE_ORDER,
        AlertCode.COMPENSATION_NEAR_CAP,
    ]
    assert [alert.severity for alert in found] == [
        Severity.HIGH,
        Severity.HIGH,
        Severity.MEDIUM,
        Severity.MEDIUM,
        Severity.LOW,
    ]
