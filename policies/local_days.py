"""Grouping timestamps by day in a time zone, in SQL, on SQLite and PostgreSQL alike.

SQLite knows no time zones, so a period is cut into spans over which the zone's UTC offset
stays the same (a daylight-saving change starts a new span), and each span is grouped by its
timestamps shifted by that fixed offset.
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Interval, SQLColumnExpression, func, literal

# UTC offsets change on whole quarter hours of UTC in every zone of the tz database
# (for any date an overview can cover).
_STEP = timedelta(minutes=15)


def local_days(since: datetime, until: datetime, tz: ZoneInfo) -> list[date]:
    """Every day in tz that the period from since (inclusive) to until (exclusive) touches."""
    first = since.astimezone(tz).date()
    last = (until - timedelta(microseconds=1)).astimezone(tz).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def offset_spans(
    since: datetime, until: datetime, tz: ZoneInfo
) -> list[tuple[datetime, datetime, int]]:
    """The period cut where tz's UTC offset changes: (start, end, offset in seconds)."""
    spans = []
    start, offset = since, _offset(since, tz)
    # Step along whole quarter hours of UTC, where every offset change falls.
    moment = since.astimezone(UTC).replace(second=0, microsecond=0)
    moment -= timedelta(minutes=moment.minute % 15)
    while (moment := moment + _STEP) < until:
        now = _offset(moment, tz)
        if now != offset:
            spans.append((start, moment, offset))
            start, offset = moment, now
    spans.append((start, until, offset))
    return spans


def day_of(
    column: SQLColumnExpression[datetime], offset: int, dialect: str
) -> ColumnElement[object]:
    """The day of a UTC timestamp column shifted by offset seconds."""
    if dialect == "postgresql":
        shifted = func.timezone("UTC", column) + literal(timedelta(seconds=offset), Interval())
        return func.date(shifted)
    return func.date(column, f"{offset:+d} seconds")


def _offset(moment: datetime, tz: ZoneInfo) -> int:
    delta = moment.astimezone(tz).utcoffset()
    assert delta is not None
    return int(delta.total_seconds())
