"""`frontline grants`: the grant log, listed or exported to CSV or Excel."""

import argparse
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from frontline.cli.arguments import amount, day, day_end, day_start
from frontline.cli.output import CommandError, print_json, print_table
from frontline.context import AppContext
from policies.grant_export import export_csv, export_xlsx, write_csv
from policies.grant_log import GRANT_LOG_COLUMNS, GrantFilter, iter_log_rows


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    grants = commands.add_parser("grants", help="the grant log")
    actions = grants.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list grants, oldest first")
    _add_filters(listing)
    listing.add_argument("--json", action="store_true", help="print the grants as JSON lines")
    listing.set_defaults(handler=run_list)

    export = actions.add_parser("export", help="write grants to a CSV or Excel file (streamed)")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="FILE", help="'-' for stdout")
    target.add_argument("--xlsx", type=Path, metavar="FILE", help="an Excel workbook")
    _add_filters(export)
    export.set_defaults(handler=run_export)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agent", metavar="USER")
    parser.add_argument("--team")
    parser.add_argument("--customer", metavar="ID")
    parser.add_argument("--kind")
    parser.add_argument("--category")
    parser.add_argument("--policy-version", metavar="VERSION")
    parser.add_argument(
        "--status", choices=("direct", "approved"), help="within authority, or after approval"
    )
    parser.add_argument("--min-value", type=amount, metavar="V", help="money drawn, inclusive")
    parser.add_argument("--max-value", type=amount, metavar="V", help="inclusive")
    parser.add_argument("--from", dest="since", type=day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="until", type=day, metavar="YYYY-MM-DD", help="inclusive")


def _filter(args: argparse.Namespace, timezone: ZoneInfo) -> GrantFilter:
    return GrantFilter(
        agent=args.agent,
        customer=args.customer,
        kind=args.kind,
        since=day_start(args.since, timezone.key) if args.since else None,
        until=day_end(args.until, timezone.key) if args.until else None,
        team=args.team,
        category=args.category,
        policy_version=args.policy_version,
        status=args.status,
        min_value=args.min_value,
        max_value=args.max_value,
    )


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    # Days are the policy's days, the same ones its daily budgets count.
    rows = iter_log_rows(context.engine, _filter(args, context.timezone), newest_first=False)
    if args.json:
        for row in rows:
            print_json(row.as_dict(), indent=None)
        return 0
    print_table(
        ["ID", "CREATED", "AGENT", "CUSTOMER", "KIND", "VALUE", "APPROVED BY", "REASON"],
        [
            [
                r.id,
                f"{r.created_at.astimezone(context.timezone):%Y-%m-%d %H:%M}",
                r.agent,
                r.customer,
                r.kind,
                f"{r.currency} {r.value}",
                r.approved_by,
                r.reason,
            ]
            for r in rows
        ],
    )
    return 0


def run_export(context: AppContext, args: argparse.Namespace) -> int:
    zone = context.timezone
    grant_filter = _filter(args, zone)
    if args.csv is not None and str(args.csv) == "-":
        write_csv(
            sys.stdout, context.engine, grant_filter, GRANT_LOG_COLUMNS, tz=zone, newest_first=False
        )
        return 0
    out, export = (args.csv, export_csv) if args.csv is not None else (args.xlsx, export_xlsx)
    try:
        count = export(
            context.engine, grant_filter, out, GRANT_LOG_COLUMNS, tz=zone, newest_first=False
        )
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror}") from None
    print(f"{count} grants written to {out}", file=sys.stderr)
    return 0
