"""`frontline demo`."""

import argparse
import sys

from customers.demo_loader import Progress
from frontline.cli.arguments import whole_number
from frontline.cli.output import print_json
from frontline.context import AppContext
from frontline.demo import DEMO_CUSTOMERS, has_data, load_demo

MAX_CUSTOMERS = 10_000_000  # C1001 ... C10001000


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    demo = commands.add_parser("demo", help="load the demo data (safe to run again)")
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing if the database already has users"
    )
    demo.add_argument(
        "--customers",
        type=customer_count,
        default=DEMO_CUSTOMERS,
        metavar="N",
        help=f"demo customers C1001 ... to have (default {DEMO_CUSTOMERS}; "
        "200000 makes about 5 million history events, for benchmarks)",
    )
    demo.add_argument("--json", action="store_true", help="print what was loaded as JSON")
    demo.set_defaults(handler=run_demo)


def customer_count(text: str) -> int:
    count = whole_number(text)
    if count > MAX_CUSTOMERS:
        raise argparse.ArgumentTypeError(f"at most {MAX_CUSTOMERS:,} demo customers")
    return count


def run_demo(context: AppContext, args: argparse.Namespace) -> int:
    if args.if_empty and has_data(context):
        if args.json:
            print_json({"skipped": True})
        else:
            print("The database already has data; demo data not loaded.")
        return 0
    report = load_demo(context, customers=args.customers, progress=_progress())
    if args.json:
        print_json(report.as_dict())
    else:
        state = "loaded" if report.policy_loaded else "already in force"
        print(
            f"Demo data: {report.users_added} users added, {report.users_present} already there; "
            f"demo policy {report.policy_version[:12]} {state}; "
            f"{report.articles_added} knowledge articles added, {report.articles_updated} updated; "
            f"{report.customers_added:,} customers added, "
            f"{report.customers_present:,} already there."
        )
    return 0


def _progress() -> Progress | None:
    """Customers loaded so far, on a terminal only: a large demo takes minutes."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\rcustomers: {done:,} of {total:,}", end=end, file=sys.stderr, flush=True)

    return show
