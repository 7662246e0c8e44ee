"""How fast `frontline demo --customers N` fills a database: customers/s, events/s, time, size.

The real loader (customers.demo_loader) into a fresh SQLite file, then, when a server is
given, into a scratch PostgreSQL database that is created and dropped again. Afterwards the
same load runs a second time, which must add nothing (the idempotence check), and the
generator runs alone on a sample, to tell generating from writing.

    .venv/bin/python benchmarks/customer_demo.py [--customers 200000] [--dir DIR]
        [--pg postgresql://postgres@127.0.0.1:5432/test]   (or FRONTLINE_TEST_PG_URL)

Wall time depends on what else the machine runs; CPU time of this process is printed too.
"""

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import Engine, text

from customers.demo_data import generate_customers
from customers.demo_loader import CHUNK, load_demo_customers
from frontline.demo import demo_material
from frontline.schema import init_database
from store.engine import open_engine
from store.scratch import scratch_postgres

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)  # fixed, so every run writes the same rows
SAMPLE = 5_000  # customers generated without a database
SizeOf = Callable[[Engine], int]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--chunk", type=int, default=CHUNK, help="customers per transaction")
    parser.add_argument("--dir", type=Path, help="where to put the SQLite file (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite file")
    parser.add_argument("--pg", default=os.environ.get("FRONTLINE_TEST_PG_URL"))
    args = parser.parse_args()

    generation_only(min(SAMPLE, args.customers))
    with TemporaryDirectory() as scratch:
        folder = args.dir or Path(scratch)
        path = folder / f"demo-{args.customers}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        run("SQLite", f"sqlite:///{path}", args, lambda _: sqlite_size(path))
        if args.keep and args.dir:
            print(f"  kept {path}")
    if args.pg:
        with scratch_postgres(args.pg, "frontline_bench") as url:
            run("PostgreSQL", url, args, postgres_size)
    else:
        print("\nPostgreSQL: skipped (give --pg URL or set FRONTLINE_TEST_PG_URL)")


def generation_only(count: int) -> None:
    material = demo_material()
    started, cpu = time.perf_counter(), time.process_time()
    events = sum(c.events for c in generate_customers(range(1001, 1001 + count), now=NOW,
                                                      material=material))  # fmt: skip
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"Generation alone, {count:,} customers: {count / seconds:,.0f} customers/s, "
        f"{events / seconds:,.0f} events/s ({events / count:.1f} events per customer, "
        f"{cpu / events * 1e6:.1f} µs CPU per event)"
    )


def run(name: str, url: str, args: argparse.Namespace, size: SizeOf) -> None:
    engine = open_engine(url)
    init_database(engine)
    material = demo_material()
    print(f"\n{name}: {args.customers:,} customers, {args.chunk:,} per transaction")
    started, cpu = time.perf_counter(), time.process_time()
    mark = [0.0]

    def progress(done: int, total: int) -> None:
        elapsed = time.perf_counter() - started
        if elapsed - mark[0] >= 30 or done == total:
            mark[0] = elapsed
            print(f"  {done:>9,} customers  {elapsed:7.1f} s  {done / elapsed:8,.0f}/s", flush=True)

    load = load_demo_customers(
        engine, args.customers, now=NOW, material=material, chunk=args.chunk, progress=progress
    )
    cpu = time.process_time() - cpu
    print(
        f"  loaded:  {load.added:,} customers, {load.events:,} events, {load.rows:,} rows "
        f"in {load.seconds:,.1f} s (CPU {cpu:,.1f} s)\n"
        f"           {load.added / load.seconds:,.0f} customers/s, "
        f"{load.events / load.seconds:,.0f} events/s, {load.rows / load.seconds:,.0f} rows/s\n"
        f"  size:    {size(engine) / 1e6:,.0f} MB"
    )
    again = load_demo_customers(engine, args.customers, now=NOW, material=material)
    if again.added:
        sys.exit(f"the second load added {again.added} customers: not idempotent")
    print(f"  again:   nothing added, {again.present:,} present, in {again.seconds:.2f} s")
    engine.dispose()


def sqlite_size(path: Path) -> int:
    return sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )


def postgres_size(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(text("SELECT pg_database_size(current_database())")))


if __name__ == "__main__":
    main()
