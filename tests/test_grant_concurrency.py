"""Many processes granting at once never overspend a budget; a killed one loses nothing.

Each worker is a separate OS process (`tests/grant_worker.py`) with its own engine, as
workstations are: only the database's locks keep them apart.
"""

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import select

from frontline.context import AppContext
from policies.loader import load_policy
from policies.models import Grant
from policies.requests import Agent, Case, GrantRequest, NoCustomerFacts, Outcome
from policies.service import Compensations
from store.sessions import transaction

ROOT = Path(__file__).resolve().parent.parent
AT = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # fixed: no budget day may end mid-test
WORKERS = 8
ATTEMPTS = 15
AMOUNT = Decimal("25.00")
AGENT_DAILY = Decimal("250.00")
CUSTOMER_30D = Decimal("300.00")
TIMEOUT = 60.0  # seconds for a whole run; the tests take a few

POLICY = f"""
[policy]
name = "Contention test"
currency = "CNY"
timezone = "Asia/Shanghai"

[roles.agent]
name = "Agent"

[kinds.voucher]
unit = "money"

[kinds.refund]
unit = "money"

[budgets.agent_daily]
scope = "agent"
period = "day"
limit = "{AGENT_DAILY}"

[budgets.customer_30d]
scope = "customer"
period = "30d"
limit = "{CUSTOMER_30D}"

[[rules]]
id = "late.agent"
effect = "allow"
roles = ["agent"]
kinds = ["voucher", "refund"]
when.case.category = "late_delivery"
max = "50.00"
budgets = ["agent_daily", "customer_30d"]
"""


class Worker:
    """One `tests.grant_worker` process; its stdout lines arrive on a queue."""

    def __init__(self, url: str, stderr: IO[str], **options: object) -> None:
        command = [sys.executable, "-m", "tests.grant_worker", url, "--at", AT.isoformat()]
        for name, value in options.items():
            command += [f"--{name.replace('_', '-')}", str(value)]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.endswith("\n"):  # a line cut short by a kill is not a report
                self.lines.put(line)
        self.lines.put(None)

    def next_line(self, deadline: float) -> dict[str, object] | None:
        """The next report, or None once the process has ended."""
        try:
            line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            pytest.fail(f"worker {self.process.pid} said nothing for too long")
        return None if line is None else json.loads(line)

    def start(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def reports(self, deadline: float) -> list[dict[str, object]]:
        """Every report until the process ends."""
        found = []
        while (line := self.next_line(deadline)) is not None:
            found.append(line)
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=TIMEOUT)
        self._reader.join(timeout=TIMEOUT)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


class Spawner:
    """Starts workers on one database and makes sure none outlives the test."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url, self.folder = url, folder
        self.workers: list[Worker] = []
        self._logs: list[IO[str]] = []

    def __call__(self, **options: object) -> Worker:
        log = (self.folder / f"worker-{len(self.workers)}.stderr").open("w", encoding="utf-8")
        self._logs.append(log)
        worker = Worker(self.url, log, **options)
        self.workers.append(worker)
        return worker

    def start_together(self, deadline: float) -> None:
        for worker in self.workers:
            assert worker.next_line(deadline) == {"ready": True}, self.stderr()
        for worker in self.workers:
            worker.start()

    def stderr(self) -> str:
        for log in self._logs:
            log.flush()
        return "".join(
            path.read_text(encoding="utf-8") for path in sorted(self.folder.glob("*.stderr"))
        )

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        for log in self._logs:
            log.close()


@pytest.fixture
def spawn(context: AppContext, tmp_path: Path) -> Iterator[Spawner]:
    spawner = Spawner(context.settings.database_url, tmp_path)
    yield spawner
    spawner.close()


@pytest.fixture
def policy(context: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "policy"
    folder.mkdir()
    (folder / "matrix.toml").write_text(POLICY, encoding="utf-8")
    context.compensations.load_policy(load_policy(folder), by="admin", source="test")


def recorded_grants(context: AppContext) -> list[Grant]:
    with transaction(context.engine) as session:
        return list(session.scalars(select(Grant).order_by(Grant.id)))


@dataclass(frozen=True)
class Scenario:
    name: str
    cap: Decimal

    def options(self, worker: int) -> dict[str, object]:
        if self.name == "customer":  # eight agents of one team, one customer
            agent, customer = f"agent.{worker}", "C-shared"
        else:  # one agent at eight desks, a customer each
            agent, customer = "agent.solo", f"C-{worker}"
        return {
            "agent": agent,
            "team": "shanghai-1",
            "customer": customer,
            "kinds": "voucher,refund",
            "amount": AMOUNT,
            "attempts": ATTEMPTS,
            "key_prefix": f"w{worker}",
        }


SCENARIOS = [Scenario("customer", CUSTOMER_30D), Scenario("agent", AGENT_DAILY)]


@pytest.mark.usefixtures("policy")
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: f"{s.name}-cap")
def test_concurrent_grants_fill_a_budget_exactly_and_never_beyond(
    context: AppContext, spawn: Spawner, scenario: Scenario
) -> None:
    deadline = time.monotonic() + TIMEOUT
    workers = [spawn(**scenario.options(n)) for n in range(WORKERS)]
    spawn.start_together(deadline)
    reports = [report for worker in workers for report in worker.reports(deadline)]
    exits = [worker.process.wait(timeout=TIMEOUT) for worker in workers]

    assert exits == [0] * WORKERS, spawn.stderr()
    assert not [r for r in reports if r["outcome"] not in ("granted", "refused")]
    assert sorted(r["key"] for r in reports) == sorted(
        f"w{n}-{a}" for n in range(WORKERS) for a in range(ATTEMPTS)
    )
    granted = {r["key"]: r for r in reports if r["outcome"] == "granted"}
    grants = recorded_grants(context)
    assert {(g.idempotency_key, g.id) for g in grants} == {
        (key, r["grant_id"]) for key, r in granted.items()
    }
    total = sum((g.value for g in grants), Decimal(0))
    assert total == sum(Decimal(r["value"]) for r in granted.values())
    assert total == scenario.cap  # reached, and not one grant beyond it
    by_agent: defaultdict[str, Decimal] = defaultdict(Decimal)
    by_customer: defaultdict[str, Decimal] = defaultdict(Decimal)
    for grant in grants:
        by_agent[grant.agent] += grant.value
        by_customer[grant.customer] += grant.value
    assert max(by_agent.values()) <= AGENT_DAILY
    assert max(by_customer.values()) <= CUSTOMER_30D
    report = context.audit.verify()
    assert report.ok, report.problem
    assert report.grants == len(grants)


@pytest.mark.usefixtures("policy")
def test_a_worker_killed_mid_burst_loses_none_of_the_grants_it_reported(
    context: AppContext, spawn: Spawner
) -> None:
    deadline = time.monotonic() + TIMEOUT
    worker = spawn(
        agent="agent.burst",
        team="shanghai-1",
        customer="C-burst-{attempt}",
        kinds="voucher,refund",
        amount="0.01",
        key_prefix="burst",
    )
    spawn.start_together(deadline)
    reported = []
    while len(reported) < 25:
        line = worker.next_line(deadline)
        assert line is not None, spawn.stderr()
        reported.append(line)
    time.sleep(random.uniform(0, 0.05))  # land the kill anywhere in a grant
    os.kill(worker.process.pid, signal.SIGKILL)
    reported += worker.reports(deadline)

    assert worker.process.wait(timeout=TIMEOUT) == -signal.SIGKILL
    assert {r["outcome"] for r in reported} == {"granted"}
    assert [r["key"] for r in reported] == [f"burst-{n}" for n in range(len(reported))]
    grants = {g.idempotency_key: g.id for g in recorded_grants(context)}
    assert {r["key"]: r["grant_id"] for r in reported}.items() <= grants.items()
    # The grant in flight when the kill came is either wholly there or wholly absent.
    assert len(grants) in (len(reported), len(reported) + 1)
    report = context.audit.verify()
    assert report.ok, report.problem
    assert report.grants == len(grants)
    # The lock the killed worker may have held is gone: the next grant goes through.
    desk = Compensations(context.engine, NoCustomerFacts(), clock=lambda: AT)
    after = desk.grant(
        GrantRequest(
            Agent("agent.after", "agent", "shanghai-1"),
            "C-after",
            Case(category="late_delivery"),
            "voucher",
            "Parcel late",
            amount=Decimal("1.00"),
        )
    )
    assert after.outcome is Outcome.GRANTED
    assert context.audit.verify().ok
