"""The supervisor's grant log at 1,000,000 grants: pages, counts, the overview and exports.

Builds a year of synthetic grants in bulk (`grant_log_data.py`) in an SQLite file, and with
`--pg URL` in a scratch PostgreSQL database as well (created and dropped), then ANALYZEs them
as a bulk load should be (and VACUUMs PostgreSQL's, as autovacuum would). For each filter
below it times the first page (`grant_page`, 100 rows), then five further pages followed by
keyset, and `count_grants`, and prints the plan of the page query each database chose. Then
`grant_overview` over the last 30 and 90 days, and exports in a fresh process each, with
their peak RSS (Linux VmHWM, reset just before): the whole log to CSV and 100,000 rows to
.xlsx.

    .venv/bin/python benchmarks/grant_log.py [--grants 1000000] [--keep FILE] [--pg URL]
"""

import argparse
import multiprocessing
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TypeVar
from zoneinfo import ZoneInfo

from audit_verify import _reset_peak_rss, _status_kib
from customer_queries import captured, explain
from grant_log_data import AGENTS, END, OUTLIER, START, build, policy_version
from sqlalchemy import Engine, select

from frontline.schema import init_database, load_models
from policies.grant_export import export_csv, export_xlsx
from policies.grant_log import GRANT_LOG_COLUMNS, GrantFilter, GrantPage, count_grants, grant_page
from policies.models import Grant
from policies.overview import GrantOverview, grant_overview
from store.engine import open_engine
from store.scratch import scratch_postgres
from store.sessions import refresh_statistics

_T = TypeVar("_T")
PAGE = 100
NEXT_PAGES = 5
DAY = timedelta(days=1)
SHANGHAI = ZoneInfo("Asia/Shanghai")
FILTERS = {
    "none": GrantFilter(),
    "agent": GrantFilter(agent="agent17"),
    "team": GrantFilter(team="team-3"),
    "kind (discount, 6 %)": GrantFilter(kind="discount"),
    "customer, frequent": GrantFilter(customer="C100123"),
    "customer, rare": GrantFilter(customer="C154321"),
    "dates: a week 5 months ago": GrantFilter(since=END - 150 * DAY, until=END - 143 * DAY),
    "amount >= 1000": GrantFilter(min_value=Decimal(1000)),
    "amount 500-510": GrantFilter(min_value=Decimal(500), max_value=Decimal(510)),
    "amount >= 5000 (none)": GrantFilter(min_value=Decimal(5000)),
    "category": GrantFilter(category="warranty"),
    "policy version, the first": GrantFilter(policy_version=policy_version(START)),
    "status approved": GrantFilter(status="approved"),
    "status direct": GrantFilter(status="direct"),
    "agent + kind + direct": GrantFilter(agent="agent05", kind="voucher", status="direct"),
    "team + category + dates": GrantFilter(
        team="team-2", category="price_drop", since=END - 60 * DAY, until=END - 30 * DAY
    ),
    "outlier + approved + >= 300": GrantFilter(
        agent=OUTLIER, status="approved", min_value=Decimal(300)
    ),
    "old policy + agent": GrantFilter(policy_version=policy_version(START), agent="agent11"),
    "agent + customer (none)": GrantFilter(agent="agent05", customer="C100001"),
    "team + kind unknown (none)": GrantFilter(team="team-2", kind="no_such_kind"),
    "kind gift + amount >= 200 (none)": GrantFilter(kind="gift", min_value=Decimal(200)),
}
XLSX_FILTER = GrantFilter(since=END - 36 * DAY)  # about 100,000 grants


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grants", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="SQLite file to build once and reuse")
    parser.add_argument("--dir", type=Path, help="where a temporary SQLite file goes")
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL server for a scratch database")
    parser.add_argument("--samples", type=int, default=5, help="first-page timings per filter")
    parser.add_argument("--no-export", action="store_true", help="skip the exports")
    args = parser.parse_args()
    load_models()
    with TemporaryDirectory(dir=args.dir) as scratch:
        path = args.keep or Path(scratch) / "grants.db"
        engine = open_engine(f"sqlite:///{path}")
        if not path.exists() or count_grants(engine, GrantFilter()) != args.grants:
            path.unlink(missing_ok=True)
            engine = open_engine(f"sqlite:///{path}")
            prepare(engine, args.grants)
        report(engine, args, Path(scratch))
        if args.pg:
            with scratch_postgres(args.pg, "frontline_bench") as url:
                engine = open_engine(url)
                prepare(engine, args.grants)
                report(engine, args, Path(scratch))
                engine.dispose()


def prepare(engine: Engine, grants: int) -> None:
    began = time.perf_counter()
    init_database(engine)
    build(engine, grants)
    refresh_statistics(engine, ["grants", "approval_requests", "approval_outcomes"])
    if engine.dialect.name == "postgresql":
        # What autovacuum soon does to an append-only table: with the visibility map set,
        # the overview's scans read the covering index alone (90 days: 1.3 s before, 0.5 s).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM grants")
    print(f"{engine.dialect.name}: {grants:,} grants built in {time.perf_counter() - began:.0f} s")


def report(engine: Engine, args: argparse.Namespace, scratch: Path) -> None:
    print(f"\n{engine.dialect.name}, pages of {PAGE}, milliseconds (median / max)")
    print(f"{'filter':34}{'first page':>16}{'next pages':>16}{'count':>20}  plan of the page query")
    for name, wanted in FILTERS.items():
        first = [_timed(_page(engine, wanted, None)) for _ in range(args.samples)]
        page = first[-1][1]
        following = []
        for _ in range(NEXT_PAGES):
            if page.next_after is None:
                break
            seconds, page = _timed(_page(engine, wanted, page.next_after))
            following.append((seconds, page))
        counted_in, total = _timed(lambda w=wanted: count_grants(engine, w))
        with captured(engine) as seen:
            grant_page(engine, wanted, after=None, limit=PAGE)
        print(
            f"{name:34}{_figures(first):>16}{_figures(following):>16}"
            f"{total:>10,} {counted_in * 1000:7.0f} ms  {_plan(engine, seen[-1])}",
            flush=True,
        )
    for days in (30, 90):
        runs = [_timed(lambda d=days: _overview(engine, d)) for _ in range(3)]
        overview = runs[-1][1]
        print(
            f"overview, last {days} days: {_figures(runs)} ms; {overview.total.count:,} grants, "
            f"{len(overview.agents)} agents, {len(overview.repeat_customers)} repeat customers"
        )
    if not args.no_export:
        for kind, wanted in (("csv", GrantFilter()), ("xlsx", XLSX_FILTER)):
            found = _in_child(
                engine.url.render_as_string(hide_password=False), kind, wanted, scratch
            )
            print(
                f"export {kind}: {found['rows']:,} rows in {found['seconds']:.1f} s, "
                f"peak RSS {found['rss_peak_kib'] / 1024:.0f} MB "
                f"(growth {found['rss_growth_kib'] / 1024:.1f} MB), "
                f"file {found['bytes'] / 2**20:.0f} MB"
            )


def _page(engine: Engine, wanted: GrantFilter, after: int | None) -> Callable[[], GrantPage]:
    return lambda: grant_page(engine, wanted, after=after, limit=PAGE)


def _overview(engine: Engine, days: int) -> GrantOverview:
    contacts = dict.fromkeys(AGENTS, 1500)
    return grant_overview(
        engine, since=END - days * DAY, until=END, tz=SHANGHAI, contacts_by_agent=contacts
    )


def _timed(call: Callable[[], _T]) -> tuple[float, _T]:
    began = time.perf_counter()
    result = call()
    return time.perf_counter() - began, result


def _figures(runs: Sequence[tuple[float, object]]) -> str:
    if not runs:
        return "-"
    seconds = [run[0] * 1000 for run in runs]
    return f"{statistics.median(seconds):.1f} / {max(seconds):.1f}"


def _plan(engine: Engine, executed: tuple[str, object]) -> str:
    """What the database does for the statement: its scans and sorts, in one line."""
    steps = explain(engine, *executed)
    if engine.dialect.name == "sqlite":
        return " | ".join(steps)
    steps = [step.strip().removeprefix("->  ") for step in steps if "(cost" in step]
    return " | ".join(step.split("  (cost")[0] for step in steps)


def _in_child(url: str, kind: str, wanted: GrantFilter, scratch: Path) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    out = scratch / f"grants.{kind}"
    child = context.Process(target=_export, args=(url, kind, wanted, out, results))
    child.start()
    found = results.get()
    child.join()
    out.unlink()
    return found


def _export(url: str, kind: str, wanted: GrantFilter, out: Path, results: object) -> None:
    """Runs in a fresh process, so that its peak memory is the export's."""
    load_models()
    engine = open_engine(url)
    with engine.connect() as connection:
        connection.execute(select(Grant.id).limit(1))  # connect before measuring
    rss_before = _status_kib("VmRSS") or 0 if _reset_peak_rss() else 0
    export = export_csv if kind == "csv" else export_xlsx
    began = time.perf_counter()
    rows = export(engine, wanted, out, GRANT_LOG_COLUMNS, tz=SHANGHAI)
    seconds = time.perf_counter() - began
    peak = _status_kib("VmHWM") or 0
    results.put(  # type: ignore[attr-defined]
        {
            "rows": rows,
            "seconds": seconds,
            "rss_peak_kib": peak,
            "rss_growth_kib": peak - rss_before,
            "bytes": out.stat().st_size,
        }
    )


if __name__ == "__main__":
    sys.exit(main())
