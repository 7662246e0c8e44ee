"""Entry point of the `frontline` command."""

import argparse
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError

from accounts.directory import AccountError
from customers.csv_source import CsvImportError
from customers.timeline import TimelineError, UnknownCustomerError
from frontline.cli import (
    approvals,
    audit,
    compensation,
    customers,
    database,
    demo,
    grants,
    kb,
    policy,
    training,
    users,
)
from frontline.cli.output import CommandError
from frontline.config import ConfigError, load_settings
from frontline.context import AppContext
from frontline.schema import SchemaError, require_current
from knowledge.analytics import FeedbackError
from knowledge.evaluation import GoldenFileError
from knowledge.library import UnknownArticleError
from policies.diagnostics import PolicyError
from policies.requests import CompensationError
from policies.versions import NoPolicyError
from store.engine import DatabaseUrlError

# Mistakes a user can make; anything else is a bug and keeps its traceback.
USER_ERRORS = (
    AccountError,
    CommandError,
    CompensationError,
    ConfigError,
    CsvImportError,
    DatabaseUrlError,
    FeedbackError,
    GoldenFileError,
    NoPolicyError,
    PolicyError,
    SchemaError,
    TimelineError,
    UnknownArticleError,
    UnknownCustomerError,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontline",
        description="Frontline Desk administration. Honours FRONTLINE_HOME and FRONTLINE_DB_URL.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    modules = (
        database,
        users,
        demo,
        policy,
        compensation,
        approvals,
        grants,
        audit,
        kb,
        customers,
        training,
    )
    for module in modules:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(build_parser().parse_args(argv))
    except BrokenPipeError:
        # The reader went away (`frontline grants list | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(args: argparse.Namespace) -> int:
    if not getattr(args, "needs_database", True):
        try:
            return int(args.handler(None, args))
        except USER_ERRORS as exc:
            return _fail(str(exc))
    try:
        context = AppContext(load_settings())
    except USER_ERRORS as exc:
        return _fail(str(exc))
    try:
        if getattr(args, "needs_schema", True):
            require_current(context.engine)
        return int(args.handler(context, args))
    except USER_ERRORS as exc:
        return _fail(str(exc))
    except OperationalError as exc:
        where = context.database.location
        return _fail(f"cannot use the database at {where}: {str(exc.orig).strip().splitlines()[0]}")
    finally:
        context.close()


def _fail(message: str) -> int:
    print(f"frontline: error: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
