"""`frontline customers import`: customers, orders, contacts or feedback from a CSV file."""

import argparse
import sys
import textwrap
from pathlib import Path

from customers.csv_rows import KINDS
from customers.csv_values import DEFAULT_TIMEZONE
from customers.importer import ImportReport, import_csv
from customers.scoring import rescore
from frontline.cli.output import CommandError, print_json
from frontline.context import AppContext
from store.types import utcnow

SHOWN_BAD_ROWS = 20


def register(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `import` to the actions of `frontline customers`."""
    importing = actions.add_parser(
        "import",
        help="import customers, orders, contacts or feedback from a CSV file",
        description=textwrap.fill(
            "Import rows from a UTF-8 CSV file with a header line. Every good row is imported "
            "and every bad one reported; rows whose ref is already there are skipped, so "
            "importing a file again adds nothing."
        ),
        epilog=_fields_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    importing.add_argument("kind", choices=list(KINDS), metavar="KIND", help=", ".join(KINDS))
    importing.add_argument("file", type=Path, metavar="FILE.csv")
    importing.add_argument(
        "--map",
        dest="mapping",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read FIELD from COLUMN (repeatable); a column named like its field needs none",
    )
    importing.add_argument(
        "--date-format",
        metavar="FMT",
        help="how dates are written, as for strptime, e.g. '%%d/%%m/%%Y %%H:%%M' "
        "(default: ISO 8601, e.g. 2024-03-01 or 2024-03-01T14:30:00+08:00)",
    )
    importing.add_argument(
        "--timezone",
        default=DEFAULT_TIMEZONE,
        metavar="TZ",
        help="the timezone of times written without an offset (default: %(default)s)",
    )
    importing.add_argument(
        "--json", action="store_true", help="print the counts and every bad row as JSON"
    )
    importing.set_defaults(handler=run_import)


def _fields_help() -> str:
    lines = ["fields (* required; without a ref, one is derived from the row's values):"]
    for kind in KINDS.values():
        names = " ".join(f"{f.name}*" if f.required else f.name for f in kind.fields)
        lines.append(
            textwrap.fill(
                names, initial_indent=f"  {kind.name + ':':11}", subsequent_indent=" " * 13
            )
        )
    lines += [
        "",
        "phone, email and tags may hold several values separated by ';' or ','.",
        "complaint is yes, no, open or resolved; amounts may be written 1,234.50.",
    ]
    return "\n".join(lines)


def mapping_from(given: list[str]) -> dict[str, str]:
    """--map FIELD=COLUMN options as {field: column}."""
    mapping: dict[str, str] = {}
    for item in given:
        name, equals, column = item.partition("=")
        name = name.strip().lower()
        if not equals or not name or not column.strip():
            raise CommandError(f"--map {item!r}: write FIELD=COLUMN, e.g. --map ref=OrderNo")
        if mapping.get(name, column) != column:
            raise CommandError(f"--map {name}: given twice, as {mapping[name]!r} and {column!r}")
        mapping[name] = column
    return mapping


def run_import(context: AppContext, args: argparse.Namespace) -> int:
    mapping = mapping_from(args.mapping)
    progress = _Progress(args.kind) if sys.stderr.isatty() and not args.json else None
    try:
        report = import_csv(
            context.engine,
            args.kind,
            args.file,
            mapping,
            date_format=args.date_format,
            timezone=args.timezone,
            progress=progress,
        )
    finally:
        if progress:
            progress.end()
    if report.added and args.kind == "orders":
        rescore(context.engine, now=utcnow(), tz=context.timezone)  # new spend moves the quintiles
    if args.json:
        print_json(report.as_dict())
    else:
        print_report(report)
    return 0


class _Progress:
    """Rows read so far, on one line of standard error (a terminal's only)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.shown = False

    def __call__(self, read: int) -> None:
        print(f"\rImporting {self.kind}: {read:,} rows read", end="", file=sys.stderr, flush=True)
        self.shown = True

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def print_report(report: ImportReport, shown: int = SHOWN_BAD_ROWS) -> None:
    print(
        f"{report.file}: {report.read:,} {report.kind} rows read: {report.added:,} added, "
        f"{report.present:,} already present, {len(report.bad):,} bad"
    )
    for bad in report.bad[:shown]:
        print(f"  {bad}")
    if len(report.bad) > shown:
        print(f"  … and {len(report.bad) - shown:,} more bad rows (--json lists them all)")
