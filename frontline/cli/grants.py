"""`frontline grants`: the grant log, listed or exported to CSV."""

import argparse
import csv
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from frontline.cli.arguments import day, day_end, day_start
from frontline.cli.output import CommandError, print_json, print_table
from frontline.context import AppContext
from policies.grant_log import GRANT_COLUMNS, GrantFilter, grant_row, iter_grants
from policies.models import Grant


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    grants = commands.add_parser("grants", help="the grant log")
    actions = grants.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list grants, oldest first")
    _add_filters(listing)
    listing.add_argument("--json", action="store_true", help="print the grants as JSON lines")
    listing.set_defaults(handler=run_list)

    export = actions.add_parser("export", help="write grants to a CSV file (streamed)")
    export.add_argument("--csv", required=True, type=Path, metavar="FILE", help="'-' for stdout")
    _add_filters(export)
    export.set_defaults(handler=run_export)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agent", metavar="USER")
    parser.add_argument("--customer", metavar="ID")
    parser.add_argument("--kind")
    parser.add_argument("--from", dest="since", type=day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="until", type=day, metavar="YYYY-MM-DD", help="inclusive")


def _filter(context: AppContext, args: argparse.Namespace) -> GrantFilter:
    # Days are the policy's days, the same ones its daily budgets count.
    timezone = context.compensations.active_policy().timezone
    return GrantFilter(
        agent=args.agent,
        customer=args.customer,
        kind=args.kind,
        since=day_start(args.since, timezone) if args.since else None,
        until=day_end(args.until, timezone) if args.until else None,
    )


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    grants = iter_grants(context.engine, _filter(context, args))
    if args.json:
        for grant in grants:
            print_json(grant_row(grant), indent=None)
        return 0
    print_table(
        ["ID", "CREATED", "AGENT", "CUSTOMER", "KIND", "VALUE", "APPROVED BY", "REASON"],
        [
            [
                g.id,
                f"{g.created_at:%Y-%m-%d %H:%M}",
                g.agent,
                g.customer,
                g.kind,
                f"{g.currency} {g.value}",
                g.approved_by,
                g.reason,
            ]
            for g in grants
        ],
    )
    return 0


def run_export(context: AppContext, args: argparse.Namespace) -> int:
    grants = iter_grants(context.engine, _filter(context, args))
    if str(args.csv) == "-":
        count = _write(sys.stdout, grants)
    else:
        try:
            with args.csv.open("w", encoding="utf-8-sig", newline="") as file:
                count = _write(file, grants)
        except OSError as exc:
            raise CommandError(f"cannot write {args.csv}: {exc.strerror}") from None
        print(f"{count} grants written to {args.csv}", file=sys.stderr)
    return 0


def _write(file: TextIO, grants: Iterable[Grant]) -> int:
    writer = csv.writer(file)
    writer.writerow(GRANT_COLUMNS)
    count = 0
    for grant in grants:
        writer.writerow(grant_row(grant).values())
        count += 1
    return count
