"""`frontline audit`: prove the audit log complete and unchanged, and record that it was."""

import argparse
import getpass
import sys

from frontline.cli.output import print_json
from frontline.context import AppContext
from policies.audit_checks import record_check
from store.types import utcnow


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    audit = commands.add_parser("audit", help="verify the tamper-evident audit log")
    actions = audit.add_subparsers(dest="action", required=True, metavar="ACTION")

    verify = actions.add_parser("verify", help="check every entry and every grant (exit 1 if not)")
    verify.add_argument(
        "--expect-head", metavar="HASH", help="a head noted earlier: fail if it is gone"
    )
    verify.add_argument(
        "--by", metavar="NAME", help="who checks, as recorded (default: your login name)"
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.set_defaults(handler=run_verify)

    head = actions.add_parser("head", help="print the latest entry's hash, to note it")
    head.add_argument("--json", action="store_true", help="print the head as JSON")
    head.set_defaults(handler=run_head)


def run_verify(context: AppContext, args: argparse.Namespace) -> int:
    report = context.audit.verify(expect_head=args.expect_head)
    # Recorded whatever the outcome: a failed check is what a supervisor most needs to see.
    record_check(context.engine, report, by=args.by or getpass.getuser(), at=utcnow())
    if args.json:
        print_json(report.as_dict())
    elif report.ok:
        print(
            f"OK: {report.entries} entries and {report.grants} grants verified; "
            f"head {report.head.seq} {report.head.hash}"
        )
    else:
        print(f"FAILED: {report.problem}", file=sys.stderr)
    return 0 if report.ok else 1


def run_head(context: AppContext, args: argparse.Namespace) -> int:
    head = context.audit.head()
    if args.json:
        print_json({"seq": head.seq, "hash": head.hash})
    else:
        print(f"{head.seq} {head.hash}")
    return 0
