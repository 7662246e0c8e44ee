"""A customer's history, newest first, a page at a time, stable while events arrive."""

from datetime import UTC, datetime, timedelta

import pytest

from customers.timeline import EventType, Timeline, TimelineError, UnknownCustomerError
from frontline.context import AppContext
from tests.customer_rows import add_contact, add_customer, add_feedback, add_order

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def history(context: AppContext) -> Timeline:
    """C1001 with 12 orders, 6 contacts (2 complaints) and 3 answers; some share a time."""
    customer = add_customer(context.engine, "C1001", "张三", created_at=START)
    for n in range(12):
        add_order(context.engine, customer, f"O-{n}", START + timedelta(days=n), "100.00")
    for n in range(6):
        state = "open" if n == 5 else "resolved" if n == 2 else None
        add_contact(
            context.engine, customer, f"K-{n}", START + timedelta(days=2 * n), complaint=state
        )
    for n in range(3):
        add_feedback(context.engine, customer, f"F-{n}", START + timedelta(days=4 * n), 9)
    return context.timeline


def every_page(timeline: Timeline, **options: object) -> list[list[tuple[str, int]]]:
    pages, cursor = [], None
    while True:
        page = timeline.page("C1001", before=cursor, **options)  # type: ignore[arg-type]
        pages.append([(str(e.type), e.id) for e in page.events])
        if page.next_cursor is None:
            return pages
        cursor = page.next_cursor


def test_pages_run_newest_first_and_cover_everything_once(history: Timeline) -> None:
    pages = every_page(history, limit=5)
    events = [event for page in pages for event in page]

    assert [len(page) for page in pages] == [5, 5, 5, 5, 1]
    assert len(set(events)) == 21
    first = history.page("C1001", limit=21).events
    assert [e.at for e in first] == sorted((e.at for e in first), reverse=True)
    assert [(str(e.type), e.id) for e in first] == events


def test_a_type_filter_pages_through_that_type_only(history: Timeline) -> None:
    complaints = history.page("C1001", types=[EventType.COMPLAINT]).events
    both = every_page(history, types=[EventType.ORDER, EventType.FEEDBACK], limit=4)

    assert [(e.type, e.status) for e in complaints] == [
        (EventType.COMPLAINT, "open"),
        (EventType.COMPLAINT, "resolved"),
    ]
    assert sum(len(page) for page in both) == 15


def test_paging_is_stable_while_new_events_arrive(context: AppContext, history: Timeline) -> None:
    first = history.page("C1001", limit=7)
    add_order(context.engine, 1, "O-new", START + timedelta(days=40), "50.00")
    add_contact(context.engine, 1, "K-new", START + timedelta(days=40))

    rest = every_page_from(history, first.next_cursor)
    before = [(str(e.type), e.id) for e in first.events]

    assert len(before) + len(rest) == 21
    assert not set(before) & set(rest)
    newest = history.page("C1001", limit=2).events
    assert [(e.type, e.title) for e in newest] == [
        (EventType.CONTACT, "Parcel late"),  # at the same instant, a contact follows an order
        (EventType.ORDER, "Lumen scarf ×1"),
    ]


def every_page_from(timeline: Timeline, cursor: str | None) -> list[tuple[str, int]]:
    events: list[tuple[str, int]] = []
    while cursor is not None:
        page = timeline.page("C1001", before=cursor, limit=7)
        events += [(str(e.type), e.id) for e in page.events]
        cursor = page.next_cursor
    return events


def test_bad_cursors_and_unknown_customers_are_refused(history: Timeline) -> None:
    with pytest.raises(TimelineError, match="cursor 'garbage'"):
        history.page("C1001", before="garbage")
    with pytest.raises(UnknownCustomerError, match="C9999"):
        history.page("C9999")
    with pytest.raises(TimelineError, match="page size 0"):
        history.page("C1001", limit=0)
