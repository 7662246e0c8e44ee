"""`frontline init` and `frontline info`."""

import argparse

from frontline.cli.output import print_json, print_table
from frontline.context import AppContext
from frontline.schema import init_database
from store.migrate import schema_state


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    init = commands.add_parser("init", help="create or upgrade the database schema")
    init.add_argument("--json", action="store_true", help="print the result as JSON")
    init.set_defaults(handler=run_init, needs_schema=False)

    info = commands.add_parser("info", help="show the data folder, database and schema version")
    info.add_argument("--json", action="store_true", help="print the result as JSON")
    info.set_defaults(handler=run_info, needs_schema=False)


def run_init(context: AppContext, args: argparse.Namespace) -> int:
    before, after = init_database(context.engine)
    if args.json:
        print_json({"from": before.current, "to": after.current, "changed": before != after})
    elif before == after:
        print(f"Database schema is up to date ({after.current}).")
    else:
        print(f"Database schema upgraded from {before.current or 'empty'} to {after.current}.")
    return 0


def run_info(context: AppContext, args: argparse.Namespace) -> int:
    state = schema_state(context.engine)
    info = {
        "home": str(context.settings.home),
        "database": context.database.kind,
        "location": context.database.location,
        "schema": state.current,
        "schema_head": state.head,
    }
    if args.json:
        print_json(info)
    else:
        print_table(["setting", "value"], list(info.items()))
    return 0
