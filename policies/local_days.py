"""Days in a time zone as spans of UTC time, so that a database groups timestamps by local
day with range conditions alone, on SQLite (which knows no time zones) and PostgreSQL alike.

A period is cut into spans over which the zone's UTC offset stays the same (a daylight-saving
change starts a new span), and each span at the local midnights of that fixed offset.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

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


def day_spans(
    since: datetime, until: datetime, tz: ZoneInfo
) -> list[tuple[date, datetime, datetime]]:
    """The period cut at tz's midnights and where its UTC offset changes: (local day, start,
    end). A day cut by an offset change comes twice, as does an hour the clock repeats
    across midnight (Beirut's, when summer time ends): a moment belongs to the day its local
    clock shows."""
    spans = []
    for start, end, offset in offset_spans(since, until, tz):
        shift = timedelta(seconds=offset)
        moment = start.astimezone(UTC)
        while moment < end:
            day = (moment + shift).date()
            midnight = datetime.combine(day + timedelta(days=1), time(), tzinfo=UTC) - shift
            spans.append((day, moment, min(midnight, end)))
            moment = midnight
    return spans


def _offset(moment: datetime, tz: ZoneInfo) -> int:
    delta = moment.astimezone(tz).utcoffset()
    assert delta is not None
    return int(delta.total_seconds())
