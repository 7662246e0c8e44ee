"""Turning the text of one CSV cell into a value: dates, amounts, scores, lists, yes/no.

Each parser raises CellValueError with a reason a person can act on; the importer adds
which field and which line.
"""

import re
from datetime import UTC, datetime, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from customers.csv_source import CsvImportError

DEFAULT_TIMEZONE = "Asia/Shanghai"
# Amounts are stored as 64-bit counts of cents; this many digits before the point leaves
# room for sums.
MAX_AMOUNT_DIGITS = 13
# Thousands separators only where they group three digits, so the decimal comma of
# "12,50" is refused rather than read as 1250.
_AMOUNT = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_LIST_SEPARATORS = re.compile(r"[;,]")
_COMPLAINT = {
    "": None,
    "no": None,
    "n": None,
    "false": None,
    "0": None,
    "yes": "yes",
    "y": "yes",
    "true": "yes",
    "1": "yes",
    "open": "open",
    "resolved": "resolved",
}


class CellValueError(ValueError):
    """A cell whose text is not a usable value; the message says why."""


class DateReader:
    """Dates and times as the file writes them, returned in UTC.

    ISO 8601 by default (a date alone means its midnight); otherwise a strptime format.
    Times without an offset are local to the given timezone.
    """

    def __init__(self, date_format: str | None, timezone: str = DEFAULT_TIMEZONE) -> None:
        if date_format is not None and "%" not in date_format:
            raise CsvImportError(
                f"--date-format {date_format!r} has no % directives; "
                "write it as for strptime, e.g. %d/%m/%Y %H:%M"
            )
        try:
            self.zone: tzinfo = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CsvImportError(
                f"--timezone {timezone!r}: not a timezone name such as Asia/Shanghai or UTC"
            ) from None
        self.date_format = date_format

    def __call__(self, text: str) -> datetime:
        try:
            if self.date_format is None:
                value = datetime.fromisoformat(text)
            else:
                value = datetime.strptime(text, self.date_format)
            if value.tzinfo is not None:
                return value.astimezone(UTC)
            # The same as value.replace(tzinfo=zone).astimezone(UTC), three times faster:
            # replace() is slow to call, and an import calls this once per row and date.
            utc = value - self.zone.utcoffset(value)  # type: ignore[operator]
            return datetime(
                utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond, UTC
            )
        except (ValueError, OverflowError):
            raise CellValueError(self._expected(text)) from None

    def _expected(self, text: str) -> str:
        if self.date_format is None:
            return (
                f"{text!r} is not an ISO 8601 date or time (e.g. 2024-03-01 or "
                "2024-03-01 14:30); give --date-format for other forms"
            )
        return f"{text!r} does not match the date format {self.date_format!r}"


def amount(text: str) -> Decimal:
    """A non-negative amount of money with at most two decimal places, exactly."""
    match = _AMOUNT.fullmatch(text)
    if match is None:
        raise CellValueError(f"{text!r} is not an amount (write e.g. 1234.50 or 1,234.50)")
    fraction = match[1]
    if fraction and len(fraction) > 2 and fraction[2:].strip("0"):
        raise CellValueError(f"{text!r} has more than 2 decimal places")
    value = Decimal(text.replace(",", "") if "," in text else text)
    if text[0] == "-":
        if value:
            raise CellValueError(f"{text!r} is negative; amounts cannot be")
        value = abs(value)  # -0.00
    if len(text) > MAX_AMOUNT_DIGITS and abs(value) >= 10**MAX_AMOUNT_DIGITS:
        raise CellValueError(f"{text!r} is too large")
    return value


def whole_number(text: str, low: int, high: int) -> int:
    if not text.isdecimal():
        raise CellValueError(f"{text!r} is not a whole number from {low} to {high}")
    value = int(text)
    if not low <= value <= high:
        raise CellValueError(f"{value} is out of range: it must be from {low} to {high}")
    return value


def bounded(text: str, limit: int) -> str:
    if len(text) > limit:
        raise CellValueError(f"longer than {limit} characters ({len(text)})")
    return text


def items_of(text: str) -> list[str]:
    """The entries of a list cell, "a; b, c": separated by ';' or ',', blanks and repeats
    dropped, in order."""
    if "," not in text and ";" not in text:  # most cells hold one entry: nothing to split
        entry = text.strip()
        return [entry] if entry else []
    entries = (entry.strip() for entry in _LIST_SEPARATORS.split(text))
    return list(dict.fromkeys(entry for entry in entries if entry))


def complaint(text: str) -> str | None:
    """yes, open or resolved for a complaint; no (or nothing) for a contact that was not."""
    try:
        return _COMPLAINT[text.lower()]
    except KeyError:
        raise CellValueError(f"{text!r} is not one of yes, no, open, resolved") from None
