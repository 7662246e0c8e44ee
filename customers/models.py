"""The customers package's tables: customers and their orders, contacts and feedback.

Customers are known to other packages by their external reference (`ref`, e.g. C1001);
every history table carries its own external reference too, unique, so importing the same
file twice adds nothing twice. Compensation received is not stored here: the policies
package's grant log is its record.
"""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from store.base import Base
from store.types import ScaledDecimal, UTCDateTime

MONEY = ScaledDecimal(2)


def search_key(length: int) -> String:
    """A text column matched by prefix: compared by code point on every database, so a
    range scan of its index finds every key that starts with the typed text."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


CONTACT_CHANNELS = ("phone", "chat", "email", "social", "store")
COMPLAINT_STATES = ("open", "resolved")
FEEDBACK_KINDS = ("nps", "csat")


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(search_key(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Search keys: the name folded ("zhangsan", "emmaclarke") and, for Chinese names, the
    # pinyin ("zhangsan") and its initials ("zs"); matched by prefix.
    name_key: Mapped[str] = mapped_column(search_key(200), index=True)
    pinyin_key: Mapped[str | None] = mapped_column(search_key(400), index=True)
    initials_key: Mapped[str | None] = mapped_column(search_key(50), index=True)
    language: Mapped[str] = mapped_column(String(16), default="zh")
    tier: Mapped[str] = mapped_column(String(32), default="standard")
    tags: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CustomerPhone(Base):
    __tablename__ = "customer_phones"
    __table_args__ = (Index("ix_customer_phones_last4", "last4", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    digits: Mapped[str] = mapped_column(search_key(32), index=True)  # national number, digits
    last4: Mapped[str] = mapped_column(search_key(4))
    shown: Mapped[str] = mapped_column(String(64))  # as written in the source


class CustomerEmail(Base):
    __tablename__ = "customer_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    email: Mapped[str] = mapped_column(search_key(320), index=True)  # lower-cased


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_customer_at", "customer_id", "ordered_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    amount: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(
        String(32)
    )  # placed, shipped, delivered, late, returned, cancelled
    items: Mapped[str] = mapped_column(String(500))  # a summary for people


class Contact(Base):
    """A call, chat or message; a complaint when complaint_state is set."""

    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_customer_at", "customer_id", "at", "id"),
        # Open complaints across all customers, oldest first; partial, so that the planner
        # never prefers it to the customer's own index for one customer's history.
        Index(
            "ix_contacts_open_complaints",
            "at",
            sqlite_where=text("complaint_state = 'open'"),
            postgresql_where=text("complaint_state = 'open'"),
        ),
        CheckConstraint(
            "complaint_state IS NULL OR complaint_state IN ('open', 'resolved')",
            name="complaint_state",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(200))
    agent: Mapped[str | None] = mapped_column(String(64))
    satisfaction: Mapped[int | None]  # 1-5, when the customer rated the contact
    complaint_state: Mapped[str | None] = mapped_column(String(16))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Feedback(Base):
    """An NPS (0-10) or CSAT (1-5) answer, with the customer's comment."""

    __tablename__ = "customer_feedback"
    __table_args__ = (
        Index("ix_customer_feedback_customer_at", "customer_id", "at", "id"),
        CheckConstraint("kind IN ('nps', 'csat')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(8))
    score: Mapped[int]
    comment: Mapped[str] = mapped_column(Text, default="")


class ValueCuts(Base):
    """Quintile boundaries of recency, frequency and monetary value across all customers.

    Recomputed by `frontline customers rescore` (and after imports); a profile scores one
    customer against the latest cuts without scanning everyone.
    """

    __tablename__ = "customer_value_cuts"

    id: Mapped[int] = mapped_column(primary_key=True)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    customers: Mapped[int]
    cuts: Mapped[str] = mapped_column(Text)  # JSON: {"recency": [4 numbers], ...}
