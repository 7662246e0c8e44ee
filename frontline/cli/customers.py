"""`frontline customers`: find a customer, show their profile and history, import records."""

import argparse

from customers.lookup import find_customers
from customers.timeline import EventType, TimelinePage
from frontline.cli.arguments import whole_number
from frontline.cli.output import print_json, print_table
from frontline.context import AppContext


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    customers = commands.add_parser("customers", help="customer records and history")
    actions = customers.add_subparsers(dest="action", required=True, metavar="ACTION")

    find = actions.add_parser("find", help="by reference, phone, e-mail, name or pinyin")
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--limit", type=whole_number, default=10, metavar="N")
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=run_find)

    timeline = actions.add_parser("timeline", help="a customer's history, newest first")
    timeline.add_argument("ref", metavar="ID")
    timeline.add_argument("--before", metavar="CURSOR", help="the next_cursor of the last page")
    timeline.add_argument(
        "--type",
        dest="types",
        action="append",
        choices=[str(t) for t in EventType],
        help="only this type (repeatable)",
    )
    timeline.add_argument("--limit", type=whole_number, default=20, metavar="N")
    timeline.add_argument("--json", action="store_true")
    timeline.set_defaults(handler=run_timeline)


def run_find(context: AppContext, args: argparse.Namespace) -> int:
    candidates = find_customers(context.engine, args.text, limit=args.limit)
    if args.json:
        print_json([candidate.as_dict() for candidate in candidates])
        return 0
    print_table(
        ["ID", "NAME", "TIER", "MATCHED BY"],
        [(c.ref, c.name, c.tier, c.matched_by.name.lower()) for c in candidates],
    )
    return 0


def run_timeline(context: AppContext, args: argparse.Namespace) -> int:
    types = [EventType(t) for t in args.types] if args.types else None
    page = context.timeline.page(args.ref, before=args.before, types=types, limit=args.limit)
    if args.json:
        print_json(page.as_dict())
    else:
        print_timeline(page)
    return 0


def print_timeline(page: TimelinePage) -> None:
    print_table(
        ["WHEN", "TYPE", "WHAT", "AMOUNT", "STATUS", "DETAIL"],
        [
            (
                f"{event.at:%Y-%m-%d %H:%M}",
                event.type,
                event.title,
                "" if event.amount is None else f"{event.currency} {event.amount}",
                event.status or "",
                event.detail,
            )
            for event in page.events
        ],
    )
    if page.next_cursor:
        print(f"\nmore: --before {page.next_cursor}")
