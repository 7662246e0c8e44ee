"""CSV import speed: rows per second for each kind, first import and re-import.

Writes synthetic CSV files (by default 20,000 customers, 500,000 orders, 100,000 contacts and
50,000 feedback answers; bilingual names, several phones, thousands separators, a few bad
rows), imports them into a new SQLite database with `customers.importer.import_csv`, then
imports each file again (nothing is added the second time), and prints rows/s.

    .venv/bin/python benchmarks/customer_import.py [--customers 20000] [--orders 500000]
        [--contacts 100000] [--feedback 50000] [--dir DIR] [--profile KIND]
        [--pg postgresql://postgres@127.0.0.1:5432/test]   (or FRONTLINE_TEST_PG_URL)

A kind given 0 rows is left out: `--customers 200000 --orders 0 --contacts 0 --feedback 0`
times the customers alone at ten times the size. For PostgreSQL a scratch database is
created and dropped again. `--profile KIND` times
nothing: it prints where the time of one SQLite import of KIND goes, the first in the
process (after the customers, unprofiled, for another kind), so that one-time costs such as
loading pypinyin's dictionaries show as they do in `frontline customers import`.

Besides wall-clock time it prints the CPU time of this process and of those the importer
forks (a large SQLite import shares its work with two): on SQLite that is all the work, so
rows per CPU second is what one otherwise idle core would give; on PostgreSQL the server's
work is not in it.
"""

import argparse
import cProfile
import csv
import os
import pstats
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from customers.importer import ImportReport, import_csv
from frontline.schema import init_database, load_models
from store.engine import open_engine
from store.scratch import scratch_postgres

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"
ENGLISH = ["Emma Clarke", "Oliver Smith", "Amelia Jones", "Jack Taylor", "Mia Brown"]
STATUSES = ["delivered"] * 6 + ["shipped", "placed", "late", "returned", "cancelled"]
CHANNELS = ["phone", "chat", "email", "social", "store"]
CATEGORIES = ["late_delivery", "damaged_item", "billing", "refund", "product_question"]
BAD_EVERY = 1000  # one row in this many is bad, so reporting is part of what is measured
KINDS = ("customers", "orders", "contacts", "feedback")


def write_files(folder: Path, args: argparse.Namespace) -> dict[str, Path]:
    rng = random.Random(args.seed)
    start = datetime(2023, 1, 1)
    refs = [f"C{n:07d}" for n in range(args.customers)]

    def moment() -> str:
        return (start + timedelta(seconds=rng.randrange(3 * 365 * 86400))).isoformat(" ")

    def customer_ref(number: int) -> str:
        return "C-UNKNOWN" if number % BAD_EVERY == BAD_EVERY - 1 else rng.choice(refs)

    files = {kind: folder / f"{kind}.csv" for kind in KINDS}
    with _writer(files["customers"], "ref name phone email tier tags") as out:
        for number, ref in enumerate(refs):
            if number % 3:
                name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
            else:
                name = f"{rng.choice(ENGLISH)} {number}"
            phones = [f"+86 1{rng.randrange(30, 99)} {rng.randrange(10**8):08d}"]
            if number % 4 == 0:
                phones.append(f"021-{rng.randrange(10**8):08d}")
            tier, tags = rng.choice(["standard", "silver", "gold"]), "vip;wholesale" * (number % 2)
            out.writerow([ref, name, "; ".join(phones), f"user{number}@example.com", tier, tags])
    with _writer(files["orders"], "ref customer ordered_at amount status items") as out:
        for number in range(args.orders):
            cents = rng.randrange(500, 2_000_000)
            amount = f"{cents // 100:,}.{cents % 100:02d}"
            items = f"{rng.randint(1, 4)} x item {rng.randrange(500)}"
            status = rng.choice(STATUSES)
            out.writerow([f"O{number:08d}", customer_ref(number), moment(), amount, status, items])
    header = "ref customer at channel category summary outcome agent satisfaction complaint"
    with _writer(files["contacts"], header) as out:
        for number in range(args.contacts):
            out.writerow(
                [
                    *(f"K{number:08d}", customer_ref(number), moment(), rng.choice(CHANNELS)),
                    *(rng.choice(CATEGORIES), "Customer asked about the parcel.\nAgent checked."),
                    *("resolved", f"agent.{rng.randrange(40)}", rng.choice(["", "3", "4", "5"])),
                    rng.choice(["no", "no", "no", "open", "resolved"]),
                ]
            )
    with _writer(files["feedback"], "ref customer at kind score comment") as out:
        for number in range(args.feedback):
            kind = rng.choice(["nps", "csat"])
            score = rng.randint(0, 10) if kind == "nps" else rng.randint(1, 5)
            out.writerow(
                [f"F{number:08d}", customer_ref(number), moment(), kind, score, "很好, thanks"]
            )
    return files


class _writer:  # noqa: N801  (used as a function)
    def __init__(self, path: Path, header: str) -> None:
        self.file = path.open("w", encoding="utf-8", newline="")
        self.out = csv.writer(self.file)
        self.out.writerow(header.split())

    def __enter__(self):
        return self.out

    def __exit__(self, *exc_info) -> None:
        self.file.close()


def timed(url: str, kind: str, path: Path) -> tuple[ImportReport, float, float]:
    """The report, the wall-clock seconds and the CPU seconds of one import, this process's
    and those of the processes it forked."""
    engine = open_engine(url)
    began, cpu = time.perf_counter(), _cpu_seconds()
    report = import_csv(engine, kind, path)
    elapsed, cpu = time.perf_counter() - began, _cpu_seconds() - cpu
    engine.dispose()
    return report, elapsed, cpu


def _cpu_seconds() -> float:
    # Forked processes count once ended and waited for, as the importer does with its own.
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def run(name: str, url: str, files: dict[str, Path]) -> None:
    engine = open_engine(url)
    init_database(engine)
    engine.dispose()
    print(f"\n{name}; load average {os.getloadavg()[0]:.1f} before")
    print(
        f"  {'':16}{'rows':>9}  {'added':>9}  {'present':>9}  {'bad':>5}  {'seconds':>7}  "
        f"{'rows/s':>8}  {'CPU s':>6}  {'rows/CPU s':>10}"
    )
    for attempt in ("first", "again"):
        for kind, path in files.items():
            report, elapsed, cpu = timed(url, kind, path)
            label = kind if attempt == "first" else f"{kind} again"
            print(
                f"  {label:16}{report.read:>9,}  {report.added:>9,}  {report.present:>9,}  "
                f"{len(report.bad):>5,}  {elapsed:7.2f}  {report.read / elapsed:>8,.0f}  "
                f"{cpu:6.2f}  {report.read / cpu:>10,.0f}"
            )


def profile(url: str, kind: str, files: dict[str, Path]) -> None:
    engine = open_engine(url)
    init_database(engine)
    if kind != "customers":
        import_csv(engine, "customers", files["customers"])
    profiler = cProfile.Profile()
    report = profiler.runcall(import_csv, engine, kind, files[kind])
    engine.dispose()
    print(f"\nwhere the time of importing {report.read:,} {kind} rows goes (cProfile, slower):")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(20)
    stats.sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--orders", type=int, default=500_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--feedback", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--pg", default=os.environ.get("FRONTLINE_TEST_PG_URL"))
    parser.add_argument("--dir", type=Path, default=None, help="where the files go")
    parser.add_argument("--profile", choices=KINDS, help="profile one SQLite import, time none")
    args = parser.parse_args()
    load_models()
    print(f"customer import, {datetime.now().date()}, {os.cpu_count()} CPUs")
    with TemporaryDirectory(dir=args.dir) as scratch:
        folder = Path(scratch)
        began = time.perf_counter()
        files = {k: path for k, path in write_files(folder, args).items() if getattr(args, k)}
        sizes = ", ".join(f"{k} {path.stat().st_size / 1e6:.1f} MB" for k, path in files.items())
        print(f"files written in {time.perf_counter() - began:.1f} s: {sizes}")
        sqlite_url = f"sqlite:///{folder / 'bench.db'}"
        if args.profile:
            profile(sqlite_url, args.profile, files)
            return
        run("SQLite (WAL, synchronous=FULL)", sqlite_url, files)
        if args.pg:
            with scratch_postgres(args.pg, "frontline_bench") as url:
                run("PostgreSQL", url, files)
        else:
            print("\nPostgreSQL: skipped (give --pg URL or set FRONTLINE_TEST_PG_URL)")


if __name__ == "__main__":
    main()
