"""Reading an import file: UTF-8 CSV records with the physical line each one starts on, and
the header resolved against the fields a kind of import knows.
"""

import csv
import difflib
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _csv import Reader

# (the physical line the record starts on, the header being line 1; its cells)
Record = tuple[int, list[str]]


class CsvImportError(ValueError):
    """The file or the mapping cannot be imported at all; nothing was imported."""


@contextmanager
def open_records(path: Path) -> Iterator[tuple[list[str], Iterator[Record]]]:
    """The header's cells and an iterator over the records after it, skipping blank ones."""
    try:
        file = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise CsvImportError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CsvImportError(f"{path}: is a folder, not a CSV file") from None
    except OSError as exc:
        raise CsvImportError(f"{path}: cannot read it: {exc.strerror}") from None
    with file:
        records = _records(path, csv.reader(file, strict=True))
        header = next(records, None)
        if header is None:
            raise CsvImportError(f"{path}: the file is empty; the first line must be a header")
        yield [cell.strip() for cell in header[1]], records


def _records(path: Path, reader: "Reader") -> Iterator[Record]:
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if (cells and cells[0].strip()) or any(cell.strip() for cell in cells):
                yield start, cells
    except csv.Error as exc:
        # A quote left open swallows the rest of the file: no later row can be trusted.
        raise CsvImportError(
            f"{path}, line {end + 1}: broken CSV ({exc}); check the quotes on that line"
        ) from None
    except UnicodeDecodeError:
        raise CsvImportError(
            f"{path}, line {_first_undecodable_line(path)}: not UTF-8 text; "
            "save the file as CSV UTF-8 and try again"
        ) from None


def _first_undecodable_line(path: Path) -> int:
    """Where the file stops being UTF-8: looked for only once decoding has failed."""
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def resolve_columns(
    kind: str,
    fields: Sequence[str],
    required: Collection[str],
    mapping: Mapping[str, str],
    header: Sequence[str],
) -> dict[str, int]:
    """The header position of each field the file provides; one clear error if it cannot.

    A field is read from the column it is mapped to, or else from the column of its own name.
    Names match exactly, or else ignoring case.
    """
    unknown = [name for name in mapping if name not in fields]
    if unknown:
        name = unknown[0]
        close = difflib.get_close_matches(name, fields, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise CsvImportError(
            f"--map {name}={mapping[name]}: importing {kind} knows no field {name!r}; "
            f"{hint}the fields are {', '.join(fields)}"
        )
    # What the user typed is checked first: a mistake in it explains the rest.
    columns: dict[str, int] = {}
    for name, column in mapping.items():
        position = _find(header, column)
        if position is None:
            raise CsvImportError(
                f"--map {name}={column}: the file has no column {column!r}; "
                f"its columns are {_listed(header)}"
            )
        columns[name] = position
    for name in fields:
        if name in mapping:
            continue
        position = _find(header, name)
        if position is not None:
            columns[name] = position
        elif name in required:
            raise CsvImportError(
                f"importing {kind} needs the field {name!r}, and the file has no column of "
                f"that name: map one with --map {name}=COLUMN (its columns are "
                f"{_listed(header)})"
            )
    return columns


def _find(header: Sequence[str], column: str) -> int | None:
    wanted = column.strip()
    exact = [i for i, cell in enumerate(header) if cell == wanted]
    folded = [i for i, cell in enumerate(header) if cell.casefold() == wanted.casefold()]
    for positions in (exact, folded):
        if len(positions) > 1:
            raise CsvImportError(f"the header has the column {wanted!r} more than once")
        if positions:
            return positions[0]
    return None


def _listed(header: Sequence[str]) -> str:
    listed = ", ".join(repr(cell) for cell in header)
    if len(header) == 1 and any(separator in header[0] for separator in ";\t|"):
        listed += " (only commas separate columns: is this file separated by something else?)"
    return listed
