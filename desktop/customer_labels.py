"""What the customer pane calls the values that come from data, in the interface language.

Tiers, segments, stages, event types, statuses and severities are stored as codes; each is
shown through a translated label and a tone (a colour family the stylesheet and the timeline
painter share). A code the mapping does not know yet is shown as it is, never hidden.
"""

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

# lupdate reads the context and text of each call, so both are written out at every call.
translate = QCoreApplication.translate


def ui_language() -> str:
    """Which text of a bilingual data message (alerts) to show: "zh" or "en"."""
    # Qt's own trick (QT_LAYOUT_DIRECTION): the translation names its language.
    code = translate(
        "CustomerLabels", "en", "Translate with the code of this translation's language, e.g. zh_CN"
    )
    return "zh" if code.strip().lower().startswith("zh") else "en"


def _raw(code: str) -> str:
    return code.replace("_", " ").capitalize()


def tier_label(tier: str) -> str:
    labels = {
        "standard": translate("CustomerLabels", "Standard", "membership tier"),
        "silver": translate("CustomerLabels", "Silver", "membership tier"),
        "gold": translate("CustomerLabels", "Gold", "membership tier"),
        "platinum": translate("CustomerLabels", "Platinum", "membership tier"),
        "under_review": translate(
            "CustomerLabels", "Under review", "membership tier while a fraud check runs"
        ),
    }
    return labels.get(tier, _raw(tier))


def segment_label(segment: str) -> str:
    labels = {
        "key": translate("CustomerLabels", "Key", "value segment"),
        "growth": translate("CustomerLabels", "Growth", "value segment"),
        "standard": translate("CustomerLabels", "Standard", "value segment"),
        "low": translate("CustomerLabels", "Low", "value segment"),
        "prospect": translate("CustomerLabels", "Prospect", "value segment: never bought"),
    }
    return labels.get(segment, _raw(segment))


def stage_label(stage: str) -> str:
    labels = {
        "prospect": translate("CustomerLabels", "Prospect", "lifecycle stage: never bought"),
        "new": translate("CustomerLabels", "New", "lifecycle stage"),
        "active": translate("CustomerLabels", "Active", "lifecycle stage"),
        "loyal": translate("CustomerLabels", "Loyal", "lifecycle stage"),
        "at_risk": translate("CustomerLabels", "At risk", "lifecycle stage"),
        "churned": translate("CustomerLabels", "Churned", "lifecycle stage"),
    }
    return labels.get(stage, _raw(stage))


def severity_label(severity: str) -> str:
    labels = {
        "high": translate("CustomerLabels", "High", "alert severity"),
        "medium": translate("CustomerLabels", "Medium", "alert severity"),
        "low": translate("CustomerLabels", "Low", "alert severity"),
    }
    return labels.get(severity, _raw(severity))


def event_type_label(event_type: str) -> str:
    labels = {
        "order": translate("CustomerLabels", "Order"),
        "contact": translate(
            "CustomerLabels", "Contact", "a call, chat or message with the customer"
        ),
        "complaint": translate("CustomerLabels", "Complaint"),
        "feedback": translate("CustomerLabels", "Feedback", "an NPS or CSAT survey answer"),
        "compensation": translate("CustomerLabels", "Compensation"),
    }
    return labels.get(event_type, _raw(event_type))


def event_type_plural(event_type: str) -> str:
    """The name of a timeline filter."""
    labels = {
        "order": translate("CustomerLabels", "Orders"),
        "contact": translate(
            "CustomerLabels", "Contacts", "calls, chats and messages with the customer"
        ),
        "complaint": translate("CustomerLabels", "Complaints"),
        "feedback": translate("CustomerLabels", "Feedback", "NPS and CSAT survey answers"),
        "compensation": translate("CustomerLabels", "Compensation"),
    }
    return labels.get(event_type, _raw(event_type))


def status_label(status: str) -> str:
    labels = {
        "placed": translate("CustomerLabels", "Placed", "order status"),
        "shipped": translate("CustomerLabels", "Shipped", "order status"),
        "delivered": translate("CustomerLabels", "Delivered", "order status"),
        "late": translate("CustomerLabels", "Late", "order status"),
        "returned": translate("CustomerLabels", "Returned", "order status"),
        "cancelled": translate("CustomerLabels", "Cancelled", "order status"),
        "open": translate("CustomerLabels", "Open", "complaint status"),
        "resolved": translate("CustomerLabels", "Resolved", "complaint status"),
        "granted": translate("CustomerLabels", "Granted", "compensation status"),
        "approved": translate(
            "CustomerLabels", "Approved", "compensation status: granted after approval"
        ),
    }
    return labels.get(status, _raw(status))


def matched_by_label(matched_by: str) -> str:
    labels = {
        "ref": translate("CustomerLabels", "ID", "matched by the customer ID"),
        "phone": translate("CustomerLabels", "phone", "matched by phone number"),
        "email": translate("CustomerLabels", "e-mail", "matched by e-mail address"),
        "name": translate("CustomerLabels", "name", "matched by name"),
        "pinyin": translate("CustomerLabels", "pinyin", "matched by the pinyin of a Chinese name"),
        "initials": translate(
            "CustomerLabels", "initials", "matched by the pinyin initials of a Chinese name"
        ),
        "phone_end": translate(
            "CustomerLabels", "last digits", "matched by the last four digits of a phone number"
        ),
    }
    return labels.get(matched_by, _raw(matched_by))


def tag_label(tag: str) -> str:
    labels = {
        "vip": translate("CustomerLabels", "VIP", "customer tag"),
        "wechat": translate("CustomerLabels", "WeChat", "customer tag: prefers WeChat"),
        "prefers_email": translate("CustomerLabels", "Prefers e-mail", "customer tag"),
        "gift_buyer": translate("CustomerLabels", "Gift buyer", "customer tag"),
        "corporate": translate("CustomerLabels", "Corporate", "customer tag"),
        "frequent_returns": translate("CustomerLabels", "Frequent returns", "customer tag"),
        "fraud_review": translate("CustomerLabels", "Fraud review", "customer tag"),
    }
    return labels.get(tag, _raw(tag))


def channel_label(channel: str) -> str:
    labels = {
        "phone": translate("CustomerLabels", "Phone", "contact channel"),
        "chat": translate("CustomerLabels", "Chat", "contact channel"),
        "email": translate("CustomerLabels", "E-mail", "contact channel"),
        "social": translate("CustomerLabels", "Social media", "contact channel"),
        "store": translate("CustomerLabels", "In store", "contact channel"),
    }
    return labels.get(channel, _raw(channel))


def category_label(category: str) -> str:
    labels = {
        "late_delivery": translate("CustomerLabels", "Late delivery", "case category"),
        "lost_parcel": translate("CustomerLabels", "Lost parcel", "case category"),
        "damaged_item": translate("CustomerLabels", "Damaged item", "case category"),
        "wrong_item": translate("CustomerLabels", "Wrong item", "case category"),
        "warranty": translate("CustomerLabels", "Warranty", "case category"),
        "return_outside_window": translate(
            "CustomerLabels", "Late return", "case category: return after the return window"
        ),
        "service_failure": translate("CustomerLabels", "Service failure", "case category"),
        "price_drop": translate("CustomerLabels", "Price drop", "case category"),
        "payment_dispute": translate("CustomerLabels", "Payment dispute", "case category"),
        "enquiry": translate("CustomerLabels", "Enquiry", "case category: a question"),
    }
    return labels.get(category, _raw(category))


def event_detail(event_type: str, detail: str) -> str:
    """A contact's "channel · category · outcome" with the codes in words."""
    if event_type not in {"contact", "complaint"}:
        return detail
    parts = detail.split(" · ", 2)
    if len(parts) < 3:
        return detail
    channel, category, outcome = parts
    return " · ".join(filter(None, (channel_label(channel), category_label(category), outcome)))


def language_label(language: str) -> str:
    """The language the customer is served in, as a badge."""
    labels = {
        "zh": translate("CustomerLabels", "Speaks Chinese", "the customer's language"),
        "en": translate("CustomerLabels", "Speaks English", "the customer's language"),
    }
    return labels.get(language, language)


# Tones: colour families named once, used by STYLE's badge rules and the timeline painter.
TONES: dict[str, tuple[str, str]] = {  # tone: (text, background)
    "red": ("#a1281f", "#fdeceb"),
    "amber": ("#8a5300", "#fff3d6"),
    "gold": ("#7a5a00", "#fbefc4"),
    "green": ("#1c6b3c", "#e3f4ea"),
    "teal": ("#0b6b6d", "#e0f3f3"),
    "blue": ("#1f55b8", "#e6efff"),
    "purple": ("#5b34b8", "#efe9fd"),
    "slate": ("#2f3f52", "#e3e8ef"),
    "grey": ("#5b6b80", "#eef1f5"),
}

TIER_TONES = {
    "platinum": "slate",
    "gold": "gold",
    "silver": "grey",
    "standard": "grey",
    "under_review": "red",
}
SEGMENT_TONES = {"key": "purple", "growth": "green", "standard": "grey", "low": "grey"}
STAGE_TONES = {
    "new": "blue",
    "active": "teal",
    "loyal": "green",
    "at_risk": "amber",
    "churned": "red",
}
SEVERITY_TONES = {"high": "red", "medium": "amber", "low": "blue"}
EVENT_TONES = {
    "order": "blue",
    "contact": "teal",
    "complaint": "red",
    "feedback": "purple",
    "compensation": "gold",
}
STATUS_TONES = {
    "placed": "blue",
    "shipped": "blue",
    "delivered": "green",
    "late": "red",
    "returned": "amber",
    "cancelled": "grey",
    "open": "red",
    "resolved": "green",
    "granted": "green",
    "approved": "green",
}


def tone_colours(tone: str) -> tuple[QColor, QColor]:
    text, background = TONES.get(tone, TONES["grey"])
    return QColor(text), QColor(background)


def event_colour(event_type: str) -> QColor:
    """The timeline's marker colour for a type of event."""
    return tone_colours(EVENT_TONES.get(event_type, "grey"))[0]


_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$"}


def money_text(amount: Decimal, currency: str | None) -> str:
    symbol = _SYMBOLS.get(currency or "", f"{currency} " if currency else "")
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.2f}"


def day_text(day: date | None) -> str:
    return "—" if day is None else day.isoformat()


def moment_text(moment: datetime) -> str:
    """An event's time on the agent's clock."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
