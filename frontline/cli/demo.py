"""`frontline demo`."""

import argparse

from frontline.cli.output import print_json
from frontline.context import AppContext
from frontline.demo import has_data, load_demo


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    demo = commands.add_parser("demo", help="load the demo data (safe to run again)")
    demo.add_argument(
        "--if-empty", action="store_true", help="do nothing if the database already has users"
    )
    demo.add_argument("--json", action="store_true", help="print what was loaded as JSON")
    demo.set_defaults(handler=run_demo)


def run_demo(context: AppContext, args: argparse.Namespace) -> int:
    if args.if_empty and has_data(context):
        if args.json:
            print_json({"skipped": True})
        else:
            print("The database already has data; demo data not loaded.")
        return 0
    report = load_demo(context)
    if args.json:
        print_json(report.as_dict())
    else:
        state = "loaded" if report.policy_loaded else "already in force"
        print(
            f"Demo data: {report.users_added} users added, {report.users_present} already there; "
            f"demo policy {report.policy_version[:12]} {state}; "
            f"{report.articles_added} knowledge articles added, {report.articles_updated} updated."
        )
    return 0
