"""Verifying the audit chain: time, entries per second, and memory that stays flat with size.

Builds an audit log of N entries quickly (rows inserted in bulk, the chain computed with
`policies.audit.entry_hash`, `canonical` and `GENESIS`; 8 in 10 entries are grants with their
grant rows and digests, as in a real ledger), in one SQLite file under a temporary folder.
Then `AuditLog(engine).verify()` runs in a fresh process for a small log and for the full one,
which reports its peak RSS during verification (Linux VmHWM, reset just before; elsewhere
getrusage ru_maxrss) and, in a second pass, the tracemalloc peak of the verification.

    .venv/bin/python benchmarks/audit_verify.py [--entries 1000000] [--small 100000]
"""

import argparse
import multiprocessing
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory
from types import SimpleNamespace

from frontline.schema import init_database, load_models
from policies.audit import GENESIS, VERIFY_BATCH, AuditLog, canonical, grant_entry, link
from policies.models import AuditEntry, Grant
from store.engine import open_engine

START = datetime(2025, 11, 24, 1, 0, tzinfo=UTC)
POLICY_VERSION = "5f0c" * 16
ROWS_PER_TRANSACTION = 20_000
AGENTS = ("li.na", "wang.wei", "emma.clarke", "tom.becker", "zhao.min", "james.okafor")


def build(path: Path, entries: int) -> float:
    """An audit log of `entries` valid entries in a new SQLite file; returns seconds taken."""
    began = time.perf_counter()
    engine = open_engine(f"sqlite:///{path}")
    init_database(engine)
    audit_rows: list[dict[str, object]] = []
    grant_rows: list[dict[str, object]] = []
    prev_hash, grant_id = GENESIS, 0
    with engine.connect() as connection:
        for seq in range(1, entries + 1):
            at = START + timedelta(seconds=seq * 2)
            actor = AGENTS[seq % len(AGENTS)]
            if seq == 1:
                action, subject = "policy_load", f"policy:{POLICY_VERSION[:16]}"
                payload = {"version": POLICY_VERSION, "name": "Benchmark", "rules": 6}
            elif seq % 10 == 0:
                action, subject = "approval_request", f"request:{seq // 10}"
                payload = {"agent": actor, "customer": f"C{seq % 50_000:05d}", "kind": "refund"}
            elif seq % 10 == 5:
                action, subject = "denied", f"request:{seq // 10}"
                payload = {"request": seq // 10, "outcome": "denied", "note": "Too much"}
            else:
                grant_id += 1
                grant = _grant(grant_id, at, actor, seq)
                grant_rows.append(vars(grant))
                action, subject = "grant", f"grant:{grant_id}"
                payload = grant_entry(grant)  # type: ignore[arg-type]
            entry = link(
                seq=seq, prev_hash=prev_hash, at=at, action=action, actor=actor,
                subject=subject, payload=payload,
            )  # fmt: skip
            prev_hash = entry.hash
            audit_rows.append({c.key: getattr(entry, c.key) for c in AuditEntry.__table__.columns})
            if len(audit_rows) == ROWS_PER_TRANSACTION or seq == entries:
                with connection.begin():
                    if grant_rows:
                        connection.execute(Grant.__table__.insert(), grant_rows)
                    connection.execute(AuditEntry.__table__.insert(), audit_rows)
                audit_rows, grant_rows = [], []
                if sys.stderr.isatty():
                    print(f"\r  building: {seq:,} entries", end="", file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    engine.dispose()
    return time.perf_counter() - began


def _grant(grant_id: int, at: datetime, agent: str, seq: int) -> SimpleNamespace:
    value = Decimal(seq % 9000 + 500) / 100
    customer = f"C{seq % 50_000:05d}"
    snapshot = canonical(
        {
            "policy_version": POLICY_VERSION,
            "at": at.isoformat(),
            "facts": {
                "agent.role": "agent",
                "agent.team": "shanghai-1",
                "case.category": "late_delivery",
                "case.days_late": seq % 7,
                "customer.compensation_30d": "45.00",
            },
            "used": {"agent_daily": "120.00", "customer_30d": "45.00", "per_grant": "0"},
            "decision": {"kind": "voucher", "status": "allowed", "limit": "50.00"},
        }
    )
    return SimpleNamespace(
        id=grant_id,
        idempotency_key=f"bench-{grant_id}",
        created_at=at,
        agent=agent,
        agent_role="agent",
        team="shanghai-1",
        customer=customer,
        kind="voucher",
        item=None,
        amount=value,
        value=value,
        currency="CNY",
        category="late_delivery",
        reason="Parcel late",
        policy_version=POLICY_VERSION,
        rule_ids="late.voucher.agent",
        snapshot=snapshot,
        approval_id=None,
        approved_by=None,
    )


def _status_kib(field: str) -> int | None:
    """A memory figure of this process from /proc (Linux), in KiB."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return None


def _reset_peak_rss() -> bool:
    """Start the peak RSS (VmHWM) afresh; Linux keeps ru_maxrss across exec, so it would
    report the parent's peak instead of ours."""
    try:
        Path("/proc/self/clear_refs").write_text("5", encoding="ascii")
    except OSError:
        return False
    return True


def verify_in_child(path: Path, trace: bool, results: object) -> None:
    """Runs in a fresh process, so its peak memory belongs to verification alone."""
    load_models()
    log = AuditLog(open_engine(f"sqlite:///{path}"))
    log.head()  # connect, and load what the first query needs
    if _reset_peak_rss():
        rss_before = _status_kib("VmRSS") or 0
    else:
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    report = log.verify()
    seconds = time.perf_counter() - began
    peak = _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    traced_peak = None
    if trace:  # tracing every allocation makes verify() about four times slower
        tracemalloc.start()
        log.verify()
        _current, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    results.put(  # type: ignore[attr-defined]
        {
            "ok": report.ok,
            "problem": report.problem,
            "entries": report.entries,
            "grants": report.grants,
            "seconds": seconds,
            "rss_peak_kib": peak,
            "rss_growth_kib": peak - rss_before,
            "tracemalloc_peak_bytes": traced_peak,
        }
    )


def measure(path: Path, trace: bool) -> dict[str, object]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    child = context.Process(target=verify_in_child, args=(path, trace, results))
    child.start()
    found = results.get()
    child.join()
    if not found["ok"]:
        sys.exit(f"verification failed: {found['problem']}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000, help="0: only --entries")
    parser.add_argument("--dir", type=Path, default=None, help="where the SQLite files go")
    parser.add_argument(
        "--trace",
        choices=("small", "all", "none"),
        default="small",
        help="which logs get the (slow) tracemalloc pass; the RSS peak is measured for all",
    )
    args = parser.parse_args()
    load_models()
    sizes = [size for size in (args.small, args.entries) if 0 < size < args.entries]
    sizes.append(args.entries)
    print(f"audit verify, {datetime.now().date()}; batches of {VERIFY_BATCH} rows per fetch")
    print(
        f"{'entries':>10}{'grants':>10}{'build s':>10}{'verify s':>10}{'entries/s':>12}"
        f"{'peak RSS':>10}{'RSS growth':>12}{'tracemalloc':>13}{'file MB':>9}"
    )
    with TemporaryDirectory(dir=args.dir) as scratch:
        for size in sizes:
            path = Path(scratch) / f"audit-{size}.db"
            built = build(path, size)
            trace = args.trace == "all" or (args.trace == "small" and size < args.entries)
            found = measure(path, trace)
            traced = found["tracemalloc_peak_bytes"]
            traced_text = f"{traced / 2**20:>10.2f} MB" if traced is not None else f"{'-':>13}"
            print(
                f"{found['entries']:>10,}{found['grants']:>10,}{built:>10.1f}"
                f"{found['seconds']:>10.1f}{found['entries'] / found['seconds']:>12,.0f}"
                f"{found['rss_peak_kib'] / 1024:>7.1f} MB"
                f"{found['rss_growth_kib'] / 1024:>9.1f} MB"
                f"{traced_text}{path.stat().st_size / 2**20:>9.0f}",
                flush=True,
            )
            path.unlink()
    print("peak RSS: of the fresh process that verifies, during verify() (VmHWM reset before it)")
    print("RSS growth: that peak less the process's RSS before verify() (imports, connection)")
    print("tracemalloc: peak of Python allocations during a second verify() in that process")


if __name__ == "__main__":
    main()
