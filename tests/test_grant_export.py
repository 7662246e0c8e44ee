"""Exports of the grant log: the CSV and the Excel file hold exactly the filtered rows, in
the table's columns and order, under the headers given."""

import csv
import json
from datetime import UTC, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from frontline.cli.main import main
from frontline.context import AppContext
from policies.grant_export import export_csv, export_xlsx
from policies.grant_log import GRANT_LOG_COLUMNS, GrantFilter, GrantLogRow, iter_log_rows
from tests.test_grant_log import START, Ledger, build_ledger
from tests.test_grant_overview import grant_all

SHANGHAI = ZoneInfo("Asia/Shanghai")
HEADERS = [f"Header {n} 列" for n in range(len(GRANT_LOG_COLUMNS))]
FILTER = GrantFilter(team="online-en", min_value=Decimal("15.00"))
# Values of every type a filter binds: text, times, money.
DATED = GrantFilter(
    since=START + timedelta(days=1), until=START + timedelta(days=5), max_value=Decimal("20.00")
)


@pytest.fixture
def ledger(context: AppContext) -> Ledger:
    return build_ledger(context)


def read_sheet(path: Path) -> list[tuple[object, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return list(workbook["Grants"].iter_rows(values_only=True))
    finally:
        workbook.close()


def expected(ledger: Ledger, wanted: GrantFilter) -> list[GrantLogRow]:
    rows = list(iter_log_rows(ledger.context.engine, wanted))
    assert 3 < len(rows) < 32  # a filter that tells rows apart
    return rows


@pytest.mark.parametrize("wanted", [FILTER, DATED], ids=["team and amount", "dates and amount"])
def test_csv_holds_the_filtered_rows(ledger: Ledger, tmp_path: Path, wanted: GrantFilter) -> None:
    out = tmp_path / "grants.csv"
    rows = expected(ledger, wanted)

    assert export_csv(ledger.context.engine, wanted, out, HEADERS, tz=SHANGHAI) == len(rows)

    with out.open(encoding="utf-8-sig", newline="") as file:
        header, *lines = list(csv.reader(file))
    assert header == HEADERS
    written = [dict(zip(GRANT_LOG_COLUMNS, line, strict=True)) for line in lines]
    assert [line["id"] for line in written] == [str(row.id) for row in rows]
    for line, row in zip(written, rows, strict=True):
        plain = row.as_dict() | {"created_at": row.created_at.astimezone(SHANGHAI).isoformat()}
        assert line == {name: "" if value is None else str(value) for name, value in plain.items()}
    assert written[0]["created_at"].endswith("+08:00")


@pytest.mark.parametrize("zone", ["Europe/London", "Asia/Kolkata", "Australia/Lord_Howe"])
def test_times_are_written_in_the_zone_across_a_daylight_saving_change(
    context: AppContext, tmp_path: Path, zone: str
) -> None:
    grants = [  # London leaves summer time at 01:00 UTC on 25 October; the others are +05:30, +11
        (moment, "li.na", "C1001", "voucher", "20.00")
        for moment in ("2026-10-25 00:30", "2026-10-25 00:59:59.999999", "2026-10-25 01:00",
                       "2026-10-25 01:14:00.5", "2026-10-25 01:15", "2026-10-25 01:30")
    ]  # fmt: skip
    grant_all(context, grants, UTC)  # type: ignore[arg-type]

    times = exported_times(context, tmp_path, ZoneInfo(zone))

    assert len(set(times)) == len(grants)


def test_an_offset_of_odd_seconds_is_written_too(context: AppContext, tmp_path: Path) -> None:
    grants = [  # Shanghai kept its local mean time, +08:05:43, until 1901
        (moment, "li.na", "C1001", "voucher", "20.00")
        for moment in ("1899-06-01 12:00", "1899-06-01 12:14:59.5", "1899-06-01 12:15")
    ]
    grant_all(context, grants, UTC)  # type: ignore[arg-type]

    times = exported_times(context, tmp_path, SHANGHAI)

    assert times[0] == "1899-06-01T20:05:43+08:05:43"


def exported_times(context: AppContext, tmp_path: Path, tz: ZoneInfo) -> list[str]:
    """The times a CSV export of every grant writes, checked against isoformat()'s."""
    out = tmp_path / "grants.csv"
    export_csv(context.engine, GrantFilter(), out, HEADERS, tz=tz, newest_first=False)
    with out.open(encoding="utf-8-sig", newline="") as file:
        times = [line[1] for line in list(csv.reader(file))[1:]]
    rows = iter_log_rows(context.engine, GrantFilter(), newest_first=False)
    assert times == [row.created_at.astimezone(tz).isoformat() for row in rows]
    return times


def test_xlsx_holds_the_filtered_rows(ledger: Ledger, tmp_path: Path) -> None:
    out = tmp_path / "grants.xlsx"
    rows = expected(ledger, FILTER)

    assert export_xlsx(ledger.context.engine, FILTER, out, HEADERS, tz=SHANGHAI) == len(rows)

    header, *lines = read_sheet(out)
    assert list(header) == HEADERS
    assert len(lines) == len(rows)
    for line, row in zip(lines, rows, strict=True):
        cells = dict(zip(GRANT_LOG_COLUMNS, line, strict=True))
        assert cells["created_at"] == row.created_at.astimezone(SHANGHAI).replace(tzinfo=None)
        assert Decimal(str(cells["value"])) == row.value
        assert Decimal(str(cells["amount"])) == row.amount
        others = [n for n in GRANT_LOG_COLUMNS if n not in ("created_at", "value", "amount")]
        assert {n: cells[n] for n in others} == {n: getattr(row, n) for n in others}


def test_headers_must_name_every_column(ledger: Ledger, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2 headers for 15 columns"):
        export_csv(ledger.context.engine, GrantFilter(), tmp_path / "x.csv", ["a", "b"])
    assert not (tmp_path / "x.csv").exists()


def test_the_command_line_filters_and_exports(
    ledger: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wanted = GrantFilter(agent="li.na", status="approved")
    assert main(["grants", "list", "--agent", "li.na", "--status", "approved", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in listed] == [
        r.id for r in iter_log_rows(ledger.context.engine, wanted, newest_first=False)
    ]
    assert [r["status"] for r in listed] == ["approved"]

    out = tmp_path / "grants.xlsx"
    args = ["grants", "export", "--xlsx", str(out), "--team", "online-en", "--min-value", "15"]
    assert main(args) == 0
    assert f"written to {out}" in capsys.readouterr().err
    header, *lines = read_sheet(out)
    assert list(header) == list(GRANT_LOG_COLUMNS)
    assert [line[0] for line in lines] == [r.id for r in expected(ledger, FILTER)][::-1]
