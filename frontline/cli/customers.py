"""`frontline customers`: find a customer, show their profile and history, import records."""

import argparse

from customers.lookup import find_customers
from customers.profile import Profile
from customers.scoring import rescore
from customers.timeline import EventType, TimelinePage
from frontline.cli import customer_import
from frontline.cli.arguments import add_language_argument, whole_number
from frontline.cli.output import print_json, print_table
from frontline.context import AppContext
from store.types import utcnow


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    customers = commands.add_parser("customers", help="customer records and history")
    actions = customers.add_subparsers(dest="action", required=True, metavar="ACTION")

    find = actions.add_parser("find", help="by reference, phone, e-mail, name or pinyin")
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--limit", type=whole_number, default=10, metavar="N")
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=run_find)

    show = actions.add_parser("show", help="profile, scores, stage, alerts and recent history")
    show.add_argument("ref", metavar="ID")
    add_language_argument(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    rescore = actions.add_parser("rescore", help="recompute the value quintiles over everyone")
    rescore.set_defaults(handler=run_rescore)

    customer_import.register(actions)

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


def run_show(context: AppContext, args: argparse.Namespace) -> int:
    profile = context.profiles.profile(args.ref, now=utcnow())
    page = context.timeline.page(profile.customer.ref)
    if args.json:
        print_json(profile.as_dict() | {"timeline": page.as_dict()})
        return 0
    _print_profile(profile, args.lang)
    print()
    print_timeline(page)
    return 0


def _print_profile(profile: Profile, language: str) -> None:
    customer, figures, stage = profile.customer, profile.figures, profile.lifecycle
    print(f"{customer.ref}  {customer.name}  tier {customer.tier}  language {customer.language}")
    print(f"phones {', '.join(customer.phones) or '-'}  e-mail {', '.join(customer.emails) or '-'}")
    print(
        f"orders {figures.orders}  spend {figures.total_spend}"
        f"  average {figures.average_order_value}"
        f"  first {figures.first_purchase or '-'}  last {figures.last_purchase or '-'}"
    )
    cap = f" of {profile.compensation_cap}" if profile.compensation_cap is not None else ""
    print(
        f"complaints in 90 days {profile.complaints_90d} ({profile.open_complaints} open)"
        f"  compensation in 30 days {profile.compensation_30d}{cap}"
    )
    for answer in profile.feedback:
        print(
            f"latest {answer.kind.upper()} {answer.score} on {answer.at:%Y-%m-%d}  {answer.comment}"
        )
    rfm = profile.rfm or "not scored"
    print(
        f"value {rfm}  segment {profile.segment or '-'}  stage {stage.stage}"
        f"  rhythm {stage.rhythm_days or '-'} days  at risk after {stage.at_risk_after or '-'}"
    )
    for alert in profile.alerts:
        message = alert.message.zh if language == "zh" else alert.message.en
        print(f"alert [{alert.severity}] {message}")


def run_rescore(context: AppContext, args: argparse.Namespace) -> int:
    report = rescore(context.engine, now=utcnow(), tz=context.timezone)
    print(f"value quintiles recomputed over {report.customers} customers with purchases")
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
