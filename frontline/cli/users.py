"""`frontline users`: add users, list them, set their PINs."""

import argparse
import getpass
import sys
from datetime import date

from accounts.roles import Role
from frontline.cli.output import CommandError, print_json, print_table
from frontline.context import AppContext


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    users = commands.add_parser("users", help="manage the people who sign in")
    actions = users.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = actions.add_parser("add", help="add a user")
    add.add_argument("name", help="user name used to sign in, e.g. li.na")
    add.add_argument("--role", required=True, type=_role, help=_ROLES_HELP)
    add.add_argument("--display-name", help="name shown in the app (default: the user name)")
    add.add_argument("--team", help="team the user works in")
    add.add_argument("--started", type=_date, help="first working day, YYYY-MM-DD (tenure)")
    _add_pin_options(add)
    add.add_argument("--json", action="store_true", help="print the new user as JSON")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="list users")
    listing.add_argument("--all", action="store_true", help="include deactivated users")
    listing.add_argument("--json", action="store_true", help="print the users as JSON")
    listing.set_defaults(handler=run_list)

    set_pin = actions.add_parser("set-pin", help="set or clear a user's sign-in PIN")
    set_pin.add_argument("name")
    _add_pin_options(set_pin)
    set_pin.add_argument("--clear", action="store_true", help="remove the PIN")
    set_pin.set_defaults(handler=run_set_pin)


_ROLES_HELP = "one of: " + ", ".join(role.value for role in Role)


def _add_pin_options(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--pin", action="store_true", help="ask for a PIN at the terminal")
    source.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from the first line of stdin"
    )


def run_add(context: AppContext, args: argparse.Namespace) -> int:
    user = context.users.add(
        args.name,
        args.role,
        display_name=args.display_name,
        team=args.team,
        started_on=args.started,
        pin=_read_pin(args),
    )
    if args.json:
        print_json(user.as_dict())
    else:
        print(f"Added {user.username} ({user.role.value}).")
    return 0


def run_list(context: AppContext, args: argparse.Namespace) -> int:
    users = context.users.list_users(include_inactive=args.all)
    if args.json:
        print_json([user.as_dict() for user in users])
        return 0
    rows = [
        (u.username, u.display_name, u.role.value, u.team, u.started_on, "yes" if u.has_pin else "")
        for u in users
    ]
    print_table(["user", "name", "role", "team", "started", "PIN"], rows)
    return 0


def run_set_pin(context: AppContext, args: argparse.Namespace) -> int:
    if args.clear == (args.pin or args.pin_stdin):
        raise CommandError("give either --pin, --pin-stdin or --clear")
    context.users.set_pin(args.name, None if args.clear else _read_pin(args))
    print(f"PIN {'removed' if args.clear else 'set'} for {args.name}.")
    return 0


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not args.pin:
        return None
    if not sys.stdin.isatty():
        raise CommandError("--pin needs a terminal; use --pin-stdin in scripts")
    first = getpass.getpass("PIN: ")
    if getpass.getpass("PIN again: ") != first:
        raise CommandError("the two PINs differ")
    return first


def _role(text: str) -> Role:
    try:
        return Role.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
