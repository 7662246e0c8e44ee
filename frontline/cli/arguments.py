"""Argument types and groups shared by several `frontline` commands."""

import argparse
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from frontline.cli.output import CommandError
from policies.facts import FactError, parse_fact
from policies.requests import Case


def amount(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r} (write e.g. 25.00)") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}")
    return value


def whole_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative: {text!r}")
    return value


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write YYYY-MM-DD)") from None


def day_start(value: date, timezone: str) -> datetime:
    return datetime.combine(value, time(), ZoneInfo(timezone))


def day_end(value: date, timezone: str) -> datetime:
    """The first moment after the day, so that --to includes the whole day."""
    return day_start(value + timedelta(days=1), timezone)


def add_case_arguments(parser: argparse.ArgumentParser) -> None:
    case = parser.add_argument_group("the case")
    case.add_argument("--category", help="case category, e.g. late_delivery")
    case.add_argument("--severity", help="e.g. low, medium, high, critical")
    case.add_argument("--order-value", type=amount, metavar="V", help="order value, e.g. 640.00")
    case.add_argument("--days-late", type=whole_number, metavar="N")
    case.add_argument("--days-since-purchase", type=whole_number, metavar="N")
    case.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="any other fact, e.g. customer.tier=gold (repeatable)",
    )


def case_from(args: argparse.Namespace) -> Case:
    facts = {}
    for given in args.fact:
        name, equals, value = given.partition("=")
        if not equals:
            raise CommandError(f"--fact {given!r}: write NAME=VALUE, e.g. customer.tier=gold")
        try:
            facts[name.strip()] = parse_fact(name.strip(), value)
        except FactError as exc:
            raise CommandError(f"--fact {given!r}: {exc}") from None
    return Case(
        category=args.category,
        severity=args.severity,
        order_value=args.order_value,
        days_late=args.days_late,
        days_since_purchase=args.days_since_purchase,
        facts=facts,
    )


def add_language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("en", "zh"), default="en", help="language of the explanations"
    )
