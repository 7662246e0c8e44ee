"""The demo customers: the same every time, every kind of customer there, stored with the keys
look-up needs, and loaded again without a single duplicate, on both databases."""

import re
import tomllib
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from customers.demo_archetypes import PROFILES, Archetype
from customers.demo_data import DemoCustomer, demo_customer, generate_customers
from customers.demo_loader import chunks, load_demo_customers
from customers.demo_material import Material
from customers.identity import email_key, name_keys, phone_digits
from customers.models import Contact, Customer, CustomerEmail, CustomerPhone, Feedback, Order
from frontline.context import AppContext
from frontline.demo import demo_material
from resources import resource
from store.sessions import transaction

NOW = datetime(2026, 11, 25, 6, 30, tzinfo=UTC)
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def material() -> Material:
    return demo_material()


@pytest.fixture(scope="module")
def demo(material: Material) -> list[DemoCustomer]:
    """The default demo: C1001 ... C1300."""
    return list(generate_customers(range(1001, 1301), now=NOW, material=material))


def by_ref(demo: list[DemoCustomer]) -> dict[str, DemoCustomer]:
    return {customer.ref: customer for customer in demo}


def complaints_within(customer: DemoCustomer, days: int) -> list[dict[str, object]]:
    since = NOW - timedelta(days=days)
    return [c for c in customer.contacts if c["complaint_state"] and c["at"] >= since]


def test_the_same_seed_and_moment_give_the_same_customers(material, demo):
    again = list(generate_customers(range(1001, 1301), now=NOW, material=material))
    assert again == demo
    other_seed = list(generate_customers(range(1001, 1011), now=NOW, material=material, seed=7))
    assert [c.customer["name"] for c in other_seed] != [c.customer["name"] for c in demo[:10]]
    later = demo_customer(1001, now=NOW + timedelta(days=30), material=material)
    assert later.orders[-1]["ordered_at"] > demo[0].orders[-1]["ordered_at"]


def test_a_customer_depends_on_nothing_but_its_own_number(material, demo):
    # What lets a load skip the customers already there and still write the same rows.
    assert demo_customer(1250, now=NOW, material=material) == demo[249]


def test_every_kind_of_customer_is_there_in_its_share(demo):
    kinds = Counter(customer.archetype for customer in demo)
    assert kinds == {kind: profile.share * 3 for kind, profile in PROFILES.items()}
    chinese = sum(bool(HAN.search(str(customer.customer["name"]))) for customer in demo)
    assert 0.6 < chinese / len(demo) < 0.8


def test_each_kind_has_the_history_that_makes_it_what_it_is(demo):
    def last_order_days(customer: DemoCustomer) -> float:
        return (NOW - max(o["ordered_at"] for o in customer.orders)) / timedelta(days=1)

    for customer in demo:
        kind = customer.archetype
        if kind is Archetype.COMPLAINER:
            recent = complaints_within(customer, 90)
            assert len(recent) >= 2, customer.ref
            assert "open" in {c["complaint_state"] for c in recent}, customer.ref
        elif kind is Archetype.PROSPECT:
            assert customer.orders == [], customer.ref
        elif kind is Archetype.NEW:
            assert 1 <= len(customer.orders) <= 2
            assert customer.orders[0]["ordered_at"] > NOW - timedelta(days=90)
        elif kind is Archetype.DORMANT:
            assert last_order_days(customer) > 365, customer.ref
        elif kind is Archetype.AT_RISK_KEY:
            spend = sum(o["amount"] for o in customer.orders if o["status"] != "cancelled")
            assert spend > Decimal(30_000), customer.ref
            assert 50 < last_order_days(customer) < 365, customer.ref
        elif kind is Archetype.LOYAL:
            assert len(customer.orders) >= 20, customer.ref
            assert last_order_days(customer) < 90, customer.ref
        elif kind is Archetype.FRAUD_REVIEW:
            assert customer.customer["tier"] == "under_review"
            assert "fraud_review" in customer.customer["tags"]
    tiers = Counter(customer.customer["tier"] for customer in demo)
    assert set(tiers) == {"standard", "silver", "gold", "platinum", "under_review"}


def test_c1001_is_a_loyal_gold_customer_whose_order_is_late_now(demo):
    c1001 = by_ref(demo)["C1001"]
    assert (c1001.archetype, c1001.customer["tier"]) == (Archetype.LOYAL, "gold")
    assert len(c1001.orders) >= 30
    late = c1001.orders[-1]
    assert (late["status"], late["amount"]) == ("late", Decimal("640.00"))
    assert 8 <= (NOW - late["ordered_at"]) / timedelta(days=1) <= 10
    chased = [c for c in c1001.contacts if late["ref"] in str(c["summary"])]
    assert [c["category"] for c in chased] == ["late_delivery"]
    assert complaints_within(c1001, 90) == []
    assert [o["status"] for o in c1001.orders].count("late") == 1


def test_about_25_history_events_per_customer(material):
    sample = list(generate_customers(range(5001, 7001), now=NOW, material=material))
    assert 22 <= sum(customer.events for customer in sample) / len(sample) <= 28


def test_rows_are_consistent_in_time_and_reference(demo):
    refs = Counter()
    for customer in demo:
        created = customer.customer["created_at"]
        for table, rows, time in (
            ("O", customer.orders, "ordered_at"),
            ("T", customer.contacts, "at"),
            ("F", customer.feedback, "at"),
        ):
            expected = [f"{table}-{customer.ref}-{n:04d}" for n in range(1, len(rows) + 1)]
            assert [row["ref"] for row in rows] == expected
            times = [row[time] for row in rows]
            assert times == sorted(times)
            assert all(created <= at <= NOW for at in times), customer.ref
            refs.update(expected)
        for contact in customer.contacts:
            assert (contact["complaint_state"] == "resolved") == (
                contact["resolved_at"] is not None
            )
            if contact["resolved_at"]:
                assert contact["at"] < contact["resolved_at"] <= NOW
        for order in customer.orders:
            assert Decimal(0) < order["amount"] < Decimal(100_000)
            assert order["currency"] == "CNY"
    assert max(refs.values()) == 1


def test_texts_are_in_the_customers_language(demo):
    for customer in demo:
        language = customer.customer["language"]
        for text in [o["items"] for o in customer.orders] + [
            c["summary"] for c in customer.contacts
        ]:
            assert bool(HAN.search(str(text))) == (language == "zh"), (customer.ref, text)


def test_contacts_use_the_policy_categories_and_the_demo_staff(demo, material):
    policy = tomllib.loads(resource("policies", "matrix.toml").read_text("utf-8"))
    categories = set()
    for rule in policy["rules"]:
        category = rule.get("when", {}).get("case", {}).get("category", [])
        categories.update([category] if isinstance(category, str) else category)
    users = tomllib.loads(resource("demo", "users.toml").read_text("utf-8"))["user"]
    staff = {
        user["username"] for user in users if user["role"] in ("agent", "senior", "supervisor")
    }
    contacts = [contact for customer in demo for contact in customer.contacts]
    assert {c["category"] for c in contacts} == categories | {"enquiry"}
    assert {c["agent"] for c in contacts} - {None} <= staff
    assert {c["channel"] for c in contacts} == {"phone", "chat", "email", "social", "store"}
    assert {s for c in contacts if (s := c["satisfaction"]) is not None} == {1, 2, 3, 4, 5}


def test_phones_come_in_many_formats_and_fold_to_their_digits(demo):
    phones = [phone for customer in demo for phone in customer.phones]
    shapes = {re.sub(r"\d", "9", str(phone["shown"])) for phone in phones}
    assert {"99999999999", "+99 999 9999 9999", "999-9999-9999"} <= shapes
    assert any(str(p["shown"]).startswith("+44 7") for p in phones)
    for phone in phones:
        assert phone["digits"] == phone_digits(str(phone["shown"]))
        assert phone["last4"] == str(phone["digits"])[-4:]
    digits = [phone["digits"] for phone in phones]
    assert len(set(digits)) == len(digits)
    emails = [e["email"] for customer in demo for e in customer.emails]
    assert all(email_key(str(email)) == email for email in emails)
    assert len(set(emails)) == len(emails)


def test_chunks_never_cross_a_power_of_ten():
    assert list(chunks(1001, 300, 1000)) == [(1001, 1300)]
    assert list(chunks(8001, 2500, 1000)) == [(8001, 9000), (9001, 9999), (10000, 10500)]
    assert list(chunks(1001, 0, 1000)) == []


def stored(context: AppContext, table: type, *columns: str) -> list[tuple[object, ...]]:
    with transaction(context.engine) as session:
        query = select(Customer.ref, *(getattr(table, c) for c in columns))
        if table is not Customer:
            query = query.join(table, table.customer_id == Customer.id)
        return [tuple(row) for row in session.execute(query.order_by(*query.selected_columns))]


def generated(demo: list[DemoCustomer], attribute: str, *columns: str) -> list[tuple[object, ...]]:
    rows = [
        (customer.ref, *(row[c] for c in columns))
        for customer in demo
        for row in (
            [customer.customer] if attribute == "customer" else getattr(customer, attribute)
        )
    ]
    return sorted(rows, key=lambda row: tuple("" if v is None else str(v) for v in row))


def test_loading_stores_exactly_the_generated_rows_and_never_twice(context, material, demo):
    first = load_demo_customers(context.engine, 120, now=NOW, material=material, chunk=50)
    assert (first.added, first.present) == (120, 0)
    again = load_demo_customers(context.engine, 120, now=NOW, material=material)
    assert (again.added, again.present, again.rows) == (0, 120, 0)
    more = load_demo_customers(context.engine, 150, now=NOW, material=material)
    assert (more.added, more.present) == (30, 120)
    assert first.events + more.events == sum(customer.events for customer in demo[:150])

    head = demo[:150]
    key = lambda row: tuple("" if v is None else str(v) for v in row)  # noqa: E731
    for table, attribute, columns in (
        (Customer, "customer", ("name", "name_key", "pinyin_key", "tier", "tags", "created_at")),
        (CustomerPhone, "phones", ("digits", "last4", "shown")),
        (CustomerEmail, "emails", ("email",)),
        (Order, "orders", ("ref", "ordered_at", "amount", "currency", "status", "items")),
        (Contact, "contacts", ("ref", "at", "category", "agent", "complaint_state", "resolved_at")),
        (Feedback, "feedback", ("ref", "at", "kind", "score", "comment")),
    ):
        assert sorted(stored(context, table, *columns), key=key) == generated(
            head, attribute, *columns
        ), table.__name__


def test_stored_keys_let_look_up_find_customers(context, material):
    load_demo_customers(context.engine, 100, now=NOW, material=material)
    with transaction(context.engine) as session:
        chinese = session.scalars(
            select(Customer).where(Customer.pinyin_key.is_not(None)).order_by(Customer.ref)
        ).first()
        assert chinese is not None
        keys = name_keys(chinese.name)
        assert (chinese.pinyin_key, chinese.initials_key) == (keys.pinyin, keys.initials)
        surname = chinese.pinyin_key[:4]
        found = session.scalars(
            select(Customer.ref).where(Customer.pinyin_key.startswith(surname))
        ).all()
        assert chinese.ref in found
        phone = session.execute(
            select(CustomerPhone.last4, Customer.ref)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(Customer.ref == "C1001")
        ).first()
        assert phone is not None
        by_last4 = session.scalars(
            select(Customer.ref)
            .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
            .where(CustomerPhone.last4 == phone.last4)
        ).all()
        assert "C1001" in by_last4
        english = session.scalar(select(func.count()).where(Customer.pinyin_key.is_(None)))
        assert 15 <= (english or 0) <= 45
