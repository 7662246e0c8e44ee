"""The grant log under a filter, written to CSV or to an Excel workbook as the table shows it.

Both stream: rows are fetched in batches and written as they come (openpyxl's write-only
mode keeps no cells in memory), so memory stays flat whatever the number of rows.
"""

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import Engine

from policies.grant_log import GRANT_LOG_COLUMNS, GrantFilter, iter_log_batches
from policies.money import tidy

UTC_ZONE = ZoneInfo("UTC")
# Excel shows these columns' numbers with two places, as money is written.
_MONEY_COLUMNS = frozenset({"value"})
_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
_CREATED_AT = GRANT_LOG_COLUMNS.index("created_at")
_AMOUNT = GRANT_LOG_COLUMNS.index("amount")


def export_csv(
    engine: Engine,
    grant_filter: GrantFilter,
    out: Path,
    headers: Sequence[str],
    *,
    tz: ZoneInfo = UTC_ZONE,
    newest_first: bool = True,
) -> int:
    """Write the filtered grants, in the grant log's order, to a UTF-8 CSV file; returns
    rows written. A byte-order mark lets Excel read Chinese correctly."""
    _check(headers)
    batches = iter_log_batches(engine, grant_filter, newest_first=newest_first)
    with out.open("w", encoding="utf-8-sig", newline="") as file:
        return write_csv(file, batches, headers, tz=tz)


def write_csv(
    file: TextIO,
    batches: Iterable[list[tuple[Any, ...]]],
    headers: Sequence[str],
    *,
    tz: ZoneInfo,
) -> int:
    """Write batches from `iter_log_batches`, valued as GrantLogRow.as_dict() gives them but
    for the time zone of their times."""
    _check(headers)

    def line(row: tuple[Any, ...]) -> list[Any]:
        values = list(row)
        values[_CREATED_AT] = values[_CREATED_AT].astimezone(tz).isoformat()
        values[_AMOUNT] = tidy(values[_AMOUNT])
        return values

    csv.writer(file).writerow(headers)
    written = 0
    for batch in batches:
        # A batch at a time through a buffer: one write to the file, not one per row.
        text = io.StringIO()
        csv.writer(text).writerows(map(line, batch))
        file.write(text.getvalue())
        written += len(batch)
    return written


def export_xlsx(
    engine: Engine,
    grant_filter: GrantFilter,
    out: Path,
    headers: Sequence[str],
    *,
    tz: ZoneInfo = UTC_ZONE,
    newest_first: bool = True,
) -> int:
    """Write the filtered grants, in the grant log's order, to one sheet of an .xlsx
    workbook; returns rows written. Times are in tz (Excel has none), amounts are numbers."""
    _check(headers)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Grants")
    sheet.append(list(headers))
    written = 0
    for row in _rows(iter_log_batches(engine, grant_filter, newest_first=newest_first)):
        sheet.append(
            [
                _cell(sheet, name, value, tz)
                for name, value in zip(GRANT_LOG_COLUMNS, row, strict=True)
            ]
        )
        written += 1
    workbook.save(out)
    return written


def _rows(batches: Iterable[list[tuple[Any, ...]]]) -> Iterator[tuple[Any, ...]]:
    for batch in batches:
        yield from batch


def _cell(sheet: WriteOnlyWorksheet, column: str, value: object, tz: ZoneInfo) -> object:
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value.astimezone(tz).replace(tzinfo=None))
        cell.number_format = _TIME_FORMAT
        return cell
    if column in _MONEY_COLUMNS:
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = "0.00"
        return cell
    return value


def _check(headers: Sequence[str]) -> None:
    if len(headers) != len(GRANT_LOG_COLUMNS):
        raise ValueError(
            f"{len(headers)} headers for {len(GRANT_LOG_COLUMNS)} columns "
            f"({', '.join(GRANT_LOG_COLUMNS)})"
        )
