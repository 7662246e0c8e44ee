"""Printing results: JSON for automation, aligned tables for people."""

import json
import sys
import unicodedata
from collections.abc import Sequence


class CommandError(Exception):
    """A mistake in what the user asked for; printed as one line, exit status 1."""


def print_json(data: object, *, indent: int | None = 2) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=indent, default=str)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(value) for value in headers]]
    cells += [["" if value is None else str(value) for value in row] for row in rows]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        padded = (
            cell + " " * (width - display_width(cell))
            for cell, width in zip(row, widths, strict=True)
        )
        print("  ".join(padded).rstrip())


def display_width(text: str) -> int:
    """Columns a terminal uses for text: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
