"""Grants per second, durable: one process, then 8 processes at once; and what a decision costs.

Every grant is the real `Compensations.grant`: ledger lock, budget sums, decision, grant row
and audit entry in one committed transaction (SQLite: BEGIN IMMEDIATE, WAL,
synchronous=FULL; PostgreSQL: advisory lock, the server's own commit settings). Budgets are
large enough that nothing is refused.

    .venv/bin/python benchmarks/grant_throughput.py [--seconds 10] [--workers 8]
        [--pg postgresql://postgres@127.0.0.1:5432/test]   (or FRONTLINE_TEST_PG_URL)

For PostgreSQL a scratch database is created and dropped again.
"""

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory
from uuid import uuid4

from sqlalchemy import Engine, func, select, text

from frontline.schema import init_database, load_models
from policies.audit import AuditLog
from policies.engine import DecisionEngine
from policies.loader import load_policy
from policies.models import Grant
from policies.requests import Agent, Case, GrantRequest, NoCustomerFacts, Outcome
from policies.service import Compensations
from store.engine import open_engine
from store.scratch import scratch_postgres
from store.sessions import transaction
from store.types import utcnow

BIG = "100000000.00"
POLICY = f"""
[policy]
name = "Throughput benchmark"
currency = "CNY"
timezone = "Asia/Shanghai"

[roles.agent]
name = "Agent"

[kinds.voucher]
unit = "money"

[budgets.per_grant]
scope = "grant"
limit = "500.00"

[budgets.agent_daily]
scope = "agent"
period = "day"
limit = "{BIG}"

[budgets.team_daily]
scope = "team"
period = "day"
limit = "{BIG}"

[budgets.customer_30d]
scope = "customer"
period = "30d"
limit = "{BIG}"

[[rules]]
id = "late.voucher"
effect = "allow"
roles = ["agent"]
kinds = ["voucher"]
when.case.category = "late_delivery"
max = "50.00"
budgets = ["per_grant", "agent_daily", "team_daily", "customer_30d"]
"""
CASE = Case(category="late_delivery", days_late=3, order_value=Decimal("300.00"))
AMOUNT = Decimal("10.00")
CUSTOMERS = 500  # grants spread over this many customers, as a day's contacts are


def request(worker: int, number: int) -> GrantRequest:
    return GrantRequest(
        Agent(f"bench.{worker}", "agent", f"team-{worker % 2}"),
        f"C{(worker * 7919 + number) % CUSTOMERS:05d}",
        CASE,
        "voucher",
        "Parcel late",
        amount=AMOUNT,
        idempotency_key=uuid4().hex,
    )


def grant_for(url: str, worker: int, seconds: float, start: object, results: object) -> None:
    """A worker process: grant until `seconds` after the start signal; report timings."""
    load_models()
    engine = open_engine(url)
    service = Compensations(engine, NoCustomerFacts())
    service.active_policy()  # connect and compile before the start signal
    start.wait()  # type: ignore[attr-defined]
    began = time.time()
    latencies = []
    while time.time() - began < seconds:
        t0 = time.perf_counter()
        result = service.grant(request(worker, len(latencies)))
        latencies.append(time.perf_counter() - t0)
        if result.outcome is not Outcome.GRANTED:
            raise SystemExit(f"worker {worker}: {result.outcome}: {result.message.en}")
    results.put((began, time.time(), latencies))  # type: ignore[attr-defined]
    engine.dispose()


def concurrent(url: str, workers: int, seconds: float) -> tuple[int, float, list[float], list[int]]:
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    processes = [
        context.Process(target=grant_for, args=(url, n, seconds, start, results))
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    time.sleep(3)  # let every worker import, connect and reach the start line
    start.set()
    reports = [results.get(timeout=seconds + 120) for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode != 0:
            sys.exit(f"a worker failed with exit code {process.exitcode}")
    began = min(report[0] for report in reports)
    ended = max(report[1] for report in reports)
    latencies = [latency for report in reports for latency in report[2]]
    return len(latencies), ended - began, latencies, [len(report[2]) for report in reports]


def single(service: Compensations, seconds: float) -> tuple[int, float, list[float]]:
    latencies = []
    began = time.perf_counter()
    while time.perf_counter() - began < seconds:
        t0 = time.perf_counter()
        result = service.grant(request(100, len(latencies)))
        latencies.append(time.perf_counter() - t0)
        assert result.outcome is Outcome.GRANTED, result.message.en
    return len(latencies), time.perf_counter() - began, latencies


def per_call(call: object, repeat: int) -> list[float]:
    timings = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        call()  # type: ignore[operator]
        timings.append(time.perf_counter() - t0)
    return timings


def ms(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def show(
    label: str, count: int, elapsed: float, latencies: list[float], shares: list[int] | None = None
) -> None:
    print(
        f"  {label:34}{count / elapsed:9,.0f} grants/s   "
        f"p50 {ms(latencies, 0.5):6.2f} ms  p95 {ms(latencies, 0.95):6.2f} ms  "
        f"max {max(latencies) * 1000:7.1f} ms  ({count:,} grants in {elapsed:.1f} s)"
    )
    if shares:  # how evenly the lock was shared between the processes
        print(f"  {'':34}grants per process: fewest {min(shares):,}, most {max(shares):,}")


def run(name: str, url: str, policy_folder: Path, args: argparse.Namespace) -> None:
    engine = open_engine(url)
    init_database(engine)
    service = Compensations(engine, NoCustomerFacts())
    service.load_policy(load_policy(policy_folder), by="admin", source="benchmark")
    print(f"\n{name}: {describe(engine)}")

    rules = DecisionEngine(load_policy(policy_folder))
    agent = Agent("bench.0", "agent", "team-0")
    facts = {**CASE.all_facts(), **agent.facts(), "customer.compensation_30d": Decimal(0)}
    now = utcnow()
    evaluation = per_call(lambda: rules.decide(facts, {}, now), 5000)
    for number in range(50):  # some history, so the budget sums have rows to add up
        service.grant(request(0, number))
    reads = per_call(lambda: service.decide(agent, "C00001", CASE), 500)
    print(
        f"  {'decision, evaluation only':34}{1 / statistics.fmean(evaluation):9,.0f} per s     "
        f"p50 {ms(evaluation, 0.5):6.3f} ms  p95 {ms(evaluation, 0.95):6.3f} ms"
    )
    print(
        f"  {'decision with budget reads':34}{1 / statistics.fmean(reads):9,.0f} per s     "
        f"p50 {ms(reads, 0.5):6.3f} ms  p95 {ms(reads, 0.95):6.3f} ms"
    )
    show("grant, 1 process", *single(service, args.seconds))
    engine.dispose()
    show(f"grant, {args.workers} processes", *concurrent(url, args.workers, args.seconds))

    engine = open_engine(url)
    with transaction(engine) as session:
        recorded = session.scalar(select(func.count()).select_from(Grant))
    report = AuditLog(engine).verify()
    print(f"  audit verify: ok={report.ok}, {report.grants:,} grants, {recorded:,} recorded")
    engine.dispose()


def describe(engine: Engine) -> str:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            settings = ("journal_mode", "synchronous")
            values = [connection.exec_driver_sql(f"PRAGMA {s}").scalar() for s in settings]
            return f"journal_mode={values[0]}, synchronous={values[1]} (2 = FULL)"
        settings = ("server_version", "fsync", "synchronous_commit", "wal_sync_method")
        values = [connection.execute(text(f"SHOW {s}")).scalar() for s in settings]
        return ", ".join(f"{s}={v}" for s, v in zip(settings, values, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="per throughput run")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--pg", default=os.environ.get("FRONTLINE_TEST_PG_URL"))
    parser.add_argument("--dir", type=Path, default=None, help="where the SQLite file goes")
    args = parser.parse_args()
    load_models()
    print(
        f"grant throughput, {datetime.now().date()}, {os.cpu_count()} CPUs; "
        f"{args.seconds:g} s per run; amounts CNY {AMOUNT}, budgets never binding"
    )
    with TemporaryDirectory(dir=args.dir) as scratch:
        folder = Path(scratch)
        (folder / "policy").mkdir()
        (folder / "policy" / "matrix.toml").write_text(POLICY, encoding="utf-8")
        run("SQLite", f"sqlite:///{folder / 'bench.db'}", folder / "policy", args)
        if args.pg:
            with scratch_postgres(args.pg, "frontline_bench") as url:
                run("PostgreSQL", url, folder / "policy", args)
        else:
            print("\nPostgreSQL: skipped (give --pg URL or set FRONTLINE_TEST_PG_URL)")


if __name__ == "__main__":
    main()
