"""`frontline approvals`: requests above the on-the-spot limit, and deciding them."""

import argparse

from frontline.cli.arguments import add_language_argument
from frontline.cli.output import print_json, print_table
from frontline.context import AppContext
from policies.grant_log import list_requests
from policies.requests import Outcome


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    approvals = commands.add_parser("approvals", help="approval requests: list, approve, deny")
    actions = approvals.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="pending requests (all with --all)")
    listing.add_argument("--all", action="store_true", help="include decided requests")
    listing.add_argument("--json", action="store_true", help="print the requests as JSON")
    listing.set_defaults(handler=run_list)

    approve = actions.add_parser("approve", help="grant a pending request")
    approve.add_argument("id", type=int)
    approve.add_argument("--by", required=True, metavar="USER", help="the approver")
    approve.add_argument("--note", help="a note kept with the approval")
    add_language_argument(approve)
    approve.add_argument("--json", action="store_true", help="print the outcome as JSON")
    approve.set_defaults(handler=run_approve)

    deny = actions.add_parser("deny", help="refuse a pending request")
    deny.add_argument("id", type=int)
    deny.add_argument("--by", required=True, metavar="USER", help="the approver")
    deny.add_argument("--reason", required=True, help="why; the agent sees it")
    deny.set_defaults(handler=run_deny)

    withdraw = actions.add_parser("withdraw", help="take back one's own pending request")
    withdraw.add_argument("id", type=int)
    withdraw.add_argument("--by", required=True, metavar="USER", help="who made the request")
    withdraw.set_defaults(handler=run_withdraw)


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    requests = list_requests(context.engine, pending_only=not args.all)
    if args.json:
        print_json([request.as_dict() for request in requests])
        return 0
    print_table(
        ["ID", "CREATED", "AGENT", "CUSTOMER", "KIND", "AMOUNT", "APPROVER", "STATUS", "REASON"],
        [
            [
                r.id,
                f"{r.created_at:%Y-%m-%d %H:%M}",
                r.agent,
                r.customer,
                r.kind,
                f"{r.currency} {r.value}",
                r.approver_role,
                r.status,
                r.reason,
            ]
            for r in requests
        ],
    )
    return 0


def run_approve(context: AppContext, args: argparse.Namespace) -> int:
    result = context.compensations.approve(args.id, context.agent(args.by), args.note)
    if args.json:
        print_json(result.as_dict())
    else:
        print(result.message.zh if args.lang == "zh" else result.message.en)
    return 1 if result.outcome is Outcome.REFUSED else 0


def run_deny(context: AppContext, args: argparse.Namespace) -> int:
    context.compensations.deny(args.id, context.agent(args.by), args.reason)
    print(f"Request {args.id} denied.")
    return 0


def run_withdraw(context: AppContext, args: argparse.Namespace) -> int:
    context.compensations.withdraw(args.id, context.agent(args.by))
    print(f"Request {args.id} withdrawn.")
    return 0
