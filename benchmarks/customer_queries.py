"""Customer look-up, profile and timeline latency at 200,000 customers, with query plans.

The demo (`frontline.demo.load_demo`: users, policy, 200,000 customers and about 5 million
orders, contacts and feedback) goes into an SQLite file and/or a scratch PostgreSQL
database, `rescore` runs once (timed), and a few synthetic grants are written straight into
the grant log (not audit-chained: the audit chain of this database will not verify) so that
compensation received and the compensation events of the timeline read a populated table.
Then, round-robin over all the queries so that bursts of load from other work on the machine
spread evenly over them, it times:

- look-up (`customers.lookup.find_customers`) by full phone number in several formats, by
  its last 4 digits, by pinyin prefix ("zhang", "zhang s"), by Chinese name prefix, by
  English name prefix, by e-mail prefix and address, by reference;
- profile with scores (`Profiles.profile`), for random customers and for loyal ones (the
  heaviest archetype, about 75 events each);
- timeline pages (`Timeline.page`): the first page and the 6th (5 cursors followed), with
  and without a type filter.

It prints p50/p95/max (wall clock) against the targets of issue 5 (look-up 20 ms, profile
30 ms, timeline page 30 ms, all p95), with the CPU time of this process for the same calls
(on SQLite all of the work, so wall minus CPU is time spent waiting for a core), then the
query plan of every SQL statement that one call of each kind issues (SQLite: EXPLAIN QUERY
PLAN; PostgreSQL: EXPLAIN), captured with SQLAlchemy's `before_cursor_execute`. It flags
full scans of the big tables (SQLite "SCAN t", PostgreSQL "Seq Scan on t"), a per-customer
read whose index does not start from the customer (SQLite), a parallel plan for one
customer's rows (PostgreSQL), and any plan node that read more than 2,000 rows of a big table
when the statement was run under EXPLAIN ANALYZE (PostgreSQL): an index can be used and still
be the wrong one.

    .venv/bin/python benchmarks/customer_queries.py [--customers 200000]
        [--db sqlite|postgresql|both] [--keep /tmp/frontline-200k.db] [--samples 500]
        [--pg postgresql://postgres@127.0.0.1:5432/test]   (or FRONTLINE_TEST_PG_URL)
        [--pg-database URL] [--analyze] [--no-plans]

`--keep PATH` keeps the SQLite file and reuses it on the next run (the load then adds
nothing, in about a second); without it the file is temporary. `--pg-database URL` uses
(and keeps) an existing PostgreSQL database instead of a scratch one that is dropped.
`--analyze` runs ANALYZE before measuring; by default the planner has whatever statistics
the database gathered by itself (none on a server with autovacuum off, like the test server
here). A 200,000-customer load takes about 3-6 minutes on SQLite and 5-12 on PostgreSQL,
depending on what else the machine runs.
"""

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from pypinyin import lazy_pinyin
from sqlalchemy import Engine, event, func, insert, select, text

from customers.demo_archetypes import FIRST_NUMBER, Archetype, archetype_of
from customers.demo_data import DEMO_SEED, customer_ref
from customers.lookup import find_customers
from customers.models import Contact, Customer, CustomerEmail, CustomerPhone, Feedback, Order
from customers.scoring import rescore
from customers.timeline import EventType
from frontline.config import load_settings
from frontline.context import AppContext
from frontline.demo import load_demo
from frontline.schema import init_database
from policies.models import Grant
from store.engine import open_engine
from store.scratch import scratch_postgres

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)  # fixed, so every run writes the same rows
DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
LOOKUP_MS, PROFILE_MS, TIMELINE_MS = 20.0, 30.0, 30.0  # p95 targets of issue 5
WARMUP = 20  # untimed calls of each query before the measured ones
DEEP_PAGES = 5  # cursors followed before the timed deep page
DEEP_CUSTOMERS = 200  # loyal customers walked to their 6th page, then taken in turn
GRANT_SHARE = 0.10  # synthetic grants: one per 10 customers
BIG_TABLES = (
    "customers",
    "orders",
    "contacts",
    "customer_feedback",
    "customer_phones",
    "customer_emails",
    "grants",
)
_HAN = re.compile(r"[\u3400-\u9fff]")


# --------------------------------------------------------------------------- samples


@dataclass(frozen=True)
class Person:
    number: int
    ref: str
    name: str
    phones: tuple[tuple[str, str], ...]  # (as written, national digits)
    emails: tuple[str, ...]


@dataclass
class Query:
    """One line of the table: a call made `samples` times on varied inputs."""

    name: str
    group: str  # look-up, profile, timeline
    target_ms: float
    inputs: list[object]
    call: Callable[[object], object]
    check: Callable[[object, object], bool] | None = None  # was the right customer found?
    times: list[float] = field(default_factory=list)  # wall clock, ms
    cpu: list[float] = field(default_factory=list)  # this thread's CPU time, ms
    hits: int = 0


def people(engine: Engine, numbers: list[int]) -> list[Person]:
    """Names, phones and e-mail addresses of these demo customers, from the database."""
    refs = [customer_ref(n) for n in numbers]
    with engine.connect() as connection:
        rows = connection.execute(
            select(Customer.id, Customer.ref, Customer.name).where(Customer.ref.in_(refs))
        ).all()
        ids = {row.id: row for row in rows}
        phones: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
        emails: dict[int, list[str]] = {i: [] for i in ids}
        for row in connection.execute(
            select(CustomerPhone.customer_id, CustomerPhone.shown, CustomerPhone.digits).where(
                CustomerPhone.customer_id.in_(ids)
            )
        ):
            phones[row.customer_id].append((row.shown, row.digits))
        for row in connection.execute(
            select(CustomerEmail.customer_id, CustomerEmail.email).where(
                CustomerEmail.customer_id.in_(ids)
            )
        ):
            emails[row.customer_id].append(row.email)
    by_ref = {
        row.ref: Person(int(row.ref[1:]), row.ref, row.name, tuple(phones[i]), tuple(emails[i]))
        for i, row in ids.items()
    }
    return [by_ref[ref] for ref in refs if ref in by_ref]


def phone_formats(digits: str) -> list[str]:
    """The ways an agent may type a number the customer reads out."""
    if len(digits) == 11 and digits.startswith("1"):  # a Chinese mobile number
        a, b, c = digits[:3], digits[3:7], digits[7:]
        return [digits, f"+86 {a} {b} {c}", f"{a}-{b}-{c}", f"0086{digits}", f"86{digits}"]
    if len(digits) == 10 and digits.startswith("7"):  # a UK mobile number
        return [f"0{digits}", f"+44 {digits[:4]} {digits[4:]}", f"0{digits[:4]} {digits[4:]}"]
    if len(digits) == 10:  # North American
        return [digits, f"({digits[:3]}) {digits[3:6]}-{digits[6:]}", f"+1 {digits}"]
    return [digits]


def chinese(person: Person) -> bool:
    return bool(_HAN.match(person.name))


def build_queries(context: AppContext, customers: int, samples: int, seed: int) -> list[Query]:
    rng = random.Random(seed)
    last = FIRST_NUMBER + customers - 1
    pool = rng.sample(range(FIRST_NUMBER, last + 1), min(customers, samples * 4))
    crowd = people(context.engine, pool)
    loyal_numbers = [
        n for n in range(FIRST_NUMBER, last + 1) if archetype_of(n, DEMO_SEED) is Archetype.LOYAL
    ]
    loyal = [customer_ref(n) for n in rng.sample(loyal_numbers, min(len(loyal_numbers), samples))]
    print(f"  loyal sample: {events_of(context.engine, loyal)}")
    zh = [p for p in crowd if chinese(p)]
    en = [p for p in crowd if not chinese(p)]
    with_email = [p for p in crowd if p.emails]

    def cycle(items: list[object]) -> list[object]:
        if not items:
            return []
        return [items[i % len(items)] for i in range(samples)]

    def pick(items: list[Person], make: Callable[[Person], object]) -> list[object]:
        return cycle([make(p) for p in items])

    phone_inputs = []
    for person in crowd:
        shown, digits = person.phones[0]
        phone_inputs.append((rng.choice([shown, *phone_formats(digits)]), person.ref))

    def pinyin(person: Person, given_initial: bool) -> tuple[str, str]:
        syllables = lazy_pinyin(person.name)
        typed = syllables[0] + (f" {syllables[1][0]}" if given_initial else "")
        return typed, person.ref

    def two_letters(person: Person) -> tuple[str, str]:
        typed = lazy_pinyin(person.name)[0] if chinese(person) else person.name.lower()
        return typed[:2], person.ref

    def email_prefix(person: Person) -> tuple[str, str]:
        local, domain = person.emails[0].split("@")
        return f"{local}@{domain[: rng.randint(0, 3)]}", person.ref

    def english(person: Person) -> tuple[str, str]:
        first, last_name = person.name.split(" ", 1)
        return f"{first} {last_name[:2]}", person.ref

    engine = context.engine

    def look_up(item: object) -> object:
        typed, _ = item  # type: ignore[misc]
        return find_customers(engine, typed)

    def found(item: object, result: object) -> bool:
        _, ref = item  # type: ignore[misc]
        return any(c.ref == ref for c in result)  # type: ignore[attr-defined]

    def lookup(name: str, inputs: list[object]) -> Query:
        return Query(name, "look-up", LOOKUP_MS, inputs, look_up, found)

    profiles, timeline = context.profiles, context.timeline
    randoms = cycle([p.ref for p in crowd])

    def profile(ref: object) -> object:
        return profiles.profile(str(ref), now=NOW)

    def first_page(types: list[EventType] | None) -> Callable[[object], object]:
        def call(ref: object) -> object:
            return timeline.page(str(ref), types=types)

        return call

    def deep_page(types: list[EventType] | None) -> Callable[[object], object]:
        """Follow 5 cursors untimed (recorded into the input), then time the 6th page."""

        def call(item: object) -> object:
            ref, cursor = item  # type: ignore[misc]
            return timeline.page(ref, before=cursor, types=types)

        return call

    orders = [EventType.ORDER]
    complaints = [EventType.COMPLAINT, EventType.CONTACT]
    return [
        lookup(
            "phone, full (any format)",
            [phone_inputs[i % len(phone_inputs)] for i in range(samples)],
        ),
        lookup("phone, last 4 digits", pick(crowd, lambda p: (p.phones[0][1][-4:], p.ref))),
        lookup('pinyin prefix ("zhang")', pick(zh, lambda p: pinyin(p, False))),
        lookup('pinyin prefix ("zhang s")', pick(zh, lambda p: pinyin(p, True))),
        lookup('first 2 letters typed ("zh", "em")', pick(crowd, two_letters)),
        lookup("Chinese name, surname (张)", pick(zh, lambda p: (p.name[:1], p.ref))),
        lookup("Chinese name, full (张伟)", pick(zh, lambda p: (p.name, p.ref))),
        lookup('English name prefix ("Emma Cl")', pick(en, english)),
        lookup('e-mail prefix ("name123@q")', pick(with_email, email_prefix)),
        lookup("e-mail, full", pick(with_email, lambda p: (p.emails[0], p.ref))),
        lookup("reference (C123456)", pick(crowd, lambda p: (p.ref, p.ref))),
        Query("profile, random customers", "profile", PROFILE_MS, randoms, profile),
        Query("profile, loyal customers", "profile", PROFILE_MS, cycle(loyal), profile),  # type: ignore[arg-type]
        Query("timeline p1, random", "timeline", TIMELINE_MS, randoms, first_page(None)),
        Query("timeline p1, loyal", "timeline", TIMELINE_MS, cycle(loyal), first_page(None)),  # type: ignore[arg-type]
        Query(
            "timeline p1, loyal, type=order",
            "timeline",
            TIMELINE_MS,
            cycle(loyal),  # type: ignore[arg-type]
            first_page(orders),
        ),
        Query(
            "timeline p1, random, type=complaint+contact",
            "timeline",
            TIMELINE_MS,
            randoms,
            first_page(complaints),
        ),
        Query(
            "timeline p6, loyal",
            "timeline",
            TIMELINE_MS,
            deep_inputs(context, loyal, None, samples),
            deep_page(None),
        ),
        Query(
            "timeline p6, loyal, type=order",
            "timeline",
            TIMELINE_MS,
            deep_inputs(context, loyal, orders, samples),
            deep_page(orders),
        ),
    ]


def events_of(engine: Engine, refs: list[str]) -> str:
    """Mean orders, contacts and feedback of these customers."""
    tables = {"orders": Order, "contacts": Contact, "feedback": Feedback}
    with engine.connect() as connection:
        ids = connection.scalars(select(Customer.id).where(Customer.ref.in_(refs))).all()
        counts = {
            name: connection.scalar(
                select(func.count()).select_from(model).where(model.customer_id.in_(ids))
            )
            / max(1, len(ids))
            for name, model in tables.items()
        }
    parts = ", ".join(f"{value:.1f} {name}" for name, value in counts.items())
    return f"{sum(counts.values()):.1f} events a customer on average ({parts})"


def deep_inputs(
    context: AppContext, refs: list[str], types: list[EventType] | None, samples: int
) -> list[object]:
    """(customer, cursor of page 6) for the loyal customers whose timeline has a 6th page."""
    found: list[object] = []
    for ref in refs[:DEEP_CUSTOMERS]:
        cursor = None
        for _ in range(DEEP_PAGES):
            cursor = context.timeline.page(ref, before=cursor, types=types).next_cursor
            if cursor is None:
                break
        if cursor is not None:
            found.append((ref, cursor))
    print(
        f"  deep pages ({', '.join(map(str, types)) if types else 'all types'}): "
        f"{len(found)} of {min(len(refs), DEEP_CUSTOMERS)} loyal customers have a 6th page"
    )
    if not found:
        return []
    return [found[i % len(found)] for i in range(samples)]


# --------------------------------------------------------------------------- timing


def measure(queries: list[Query], samples: int) -> None:
    for query in queries:  # warm the caches and the code paths
        for item in query.inputs[:WARMUP]:
            query.call(item)
    for i in range(samples):  # round-robin: load from other work hits every query alike
        for query in queries:
            if i >= len(query.inputs):
                continue
            item = query.inputs[i]
            started, cpu = time.perf_counter(), time.thread_time()
            result = query.call(item)
            query.times.append((time.perf_counter() - started) * 1000)
            query.cpu.append((time.thread_time() - cpu) * 1000)
            if query.check is not None and query.check(item, result):
                query.hits += 1


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def print_table(queries: list[Query]) -> bool:
    width = max(len(q.name) for q in queries)
    print(
        f"\n  {'query':<{width}}  {'n':>4}  {'p50':>7}  {'p95':>7}  {'max':>7}  target  OK?"
        f"  {'cpu p50':>7}  {'cpu p95':>7}  found"
    )
    all_ok = True
    for q in queries:
        if not q.times:
            print(f"  {q.name:<{width}}  no input (too few customers of that kind)")
            continue
        p95 = percentile(q.times, 0.95)
        ok = p95 < q.target_ms
        all_ok &= ok
        hits = f"{q.hits / len(q.times):6.0%}" if q.check is not None else ""
        print(
            f"  {q.name:<{width}}  {len(q.times):>4}  {statistics.median(q.times):5.2f}ms"
            f"  {p95:5.2f}ms  {max(q.times):5.1f}ms  <{q.target_ms:.0f}ms  "
            f"{'yes' if ok else 'NO ':<3}  {statistics.median(q.cpu):5.2f}ms"
            f"  {percentile(q.cpu, 0.95):5.2f}ms  {hits}"
        )
    print(
        "  (wall clock; cpu = this process's CPU time for the call: on SQLite the whole of the\n"
        "   work, on PostgreSQL the client's share. found = the customer the text was made from\n"
        "   is among the 10 candidates.)"
    )
    return all_ok


# --------------------------------------------------------------------------- plans


@contextmanager
def captured(engine: Engine) -> Iterator[list[tuple[str, object]]]:
    statements: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, executemany):  # type: ignore[no-untyped-def]
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def explain(engine: Engine, statement: str, parameters: object) -> list[str]:
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            return [row[3] for row in rows]  # (id, parent, notused, detail)
        rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
        return [row[0] for row in rows]


def scans(engine: Engine, statement: str, plan: list[str]) -> list[str]:
    """Full scans of the big tables in a plan, and per-customer reads whose index does not
    start from the customer (SQLite; PostgreSQL's are caught by `wide_reads`)."""
    found = []
    per_customer = re.search(r"\.customer(_id)? = [?%]", statement) is not None
    for line in plan:
        if engine.dialect.name == "sqlite":
            match = re.search(r"\bSCAN (\w+)( USING (COVERING )?INDEX \w+)?", line)
            if match and match.group(1) in BIG_TABLES:
                if match.group(2):
                    found.append(f"full index scan of {match.group(1)}: {line.strip()}")
                else:
                    found.append(f"full table scan of {match.group(1)}: {line.strip()}")
            match = re.search(r"\bSEARCH (\w+) USING .*INDEX (\w+) \((.*)\)", line)
            if (
                match
                and per_customer
                and match.group(1) in BIG_TABLES
                and match.group(1) != "customers"
                and "customer" not in match.group(3)
            ):
                found.append(f"index {match.group(2)} does not start from the customer: {line}")
        else:
            match = re.search(r"Seq Scan on (\w+)", line)
            if match and match.group(1) in BIG_TABLES:
                found.append(f"sequential scan of {match.group(1)}: {line.strip()}")
            if per_customer and "Gather" in line:  # workers cost milliseconds to start
                found.append(f"parallel plan for one customer's rows: {line.strip()}")
    return found


WIDE_READ = 2_000  # rows one plan node may read for one customer or one typed prefix


def wide_reads(engine: Engine, statement: str, parameters: object) -> list[str]:
    """PostgreSQL: run the statement under EXPLAIN ANALYZE and report every node that read
    more than WIDE_READ rows or index entries of a big table (an index can be used and
    still be the wrong one: a range that does not start from the customer)."""
    if engine.dialect.name != "postgresql":
        return []
    with engine.connect() as connection:
        document = connection.exec_driver_sql(
            f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}", parameters
        ).scalar()
    found: list[str] = []

    def walk(node: dict, table: str | None) -> None:  # type: ignore[type-arg]
        relation = node.get("Relation Name") or table
        index = node.get("Index Name")
        if relation in BIG_TABLES or (index and any(t in index for t in BIG_TABLES)):
            read = (
                node.get("Actual Rows", 0)
                + node.get("Rows Removed by Filter", 0)
                + node.get("Rows Removed by Index Recheck", 0)
            ) * node.get("Actual Loops", 1)
            if read > WIDE_READ:
                on = f" on {relation}" if node.get("Relation Name") else ""
                where = f" using {index}" if index else ""
                found.append(f"{node['Node Type']}{on}{where} read {read:,.0f} rows")
        for child in node.get("Plans", []):
            walk(child, None)

    walk(document[0]["Plan"], None)
    return found


def print_plans(engine: Engine, queries: list[Query]) -> list[str]:
    kind = "EXPLAIN QUERY PLAN" if engine.dialect.name == "sqlite" else "EXPLAIN"
    print(f"\n  Query plans ({kind}) of every SQL statement of one call of each query:")
    if engine.dialect.name == "postgresql":
        print(
            f"  (each also run under EXPLAIN ANALYZE: nodes reading over {WIDE_READ:,} rows "
            "are flagged)"
        )
    seen: dict[str, str] = {}  # statement text -> the first query that issued it
    flagged: list[str] = []
    for query in queries:
        if not query.inputs:
            continue
        with captured(engine) as statements:
            query.call(query.inputs[0])
        for statement, parameters in statements:
            shape = " ".join(statement.split())
            if shape in seen:
                continue
            seen[shape] = query.name
            plan = explain(engine, statement, parameters)
            found = scans(engine, statement, plan) + wide_reads(engine, statement, parameters)
            flagged += [f"{query.name}: {s}" for s in found]
            print(f"\n  [{query.name}] {shorten(shape)}")
            for line in plan:
                print(f"      {line}")
            for s in found:
                print(f"      !! {s}")
    print(f"\n  {len(seen)} distinct statements; flagged: {len(flagged)}")
    for line in flagged:
        print(f"  !! {line}")
    return flagged


def shorten(sql: str, keep: int = 400) -> str:
    """The statement without its long select list, which tells nothing about the plan."""
    sql = re.sub(r"^SELECT (.{60}).*? FROM ", r"SELECT \1... FROM ", sql)
    return sql if len(sql) <= keep else sql[:keep] + " ..."


# --------------------------------------------------------------------------- data


def load(context: AppContext, customers: int) -> None:
    init_database(context.engine)
    started = time.perf_counter()
    mark = [0.0]

    def progress(done: int, total: int) -> None:
        elapsed = time.perf_counter() - started
        if elapsed - mark[0] >= 30 or done == total:
            mark[0] = elapsed
            print(f"    {done:>9,} customers  {elapsed:7.1f} s", flush=True)

    report = load_demo(context, customers=customers, now=NOW, progress=progress)
    print(
        f"  demo: {report.customers_added:,} customers added, {report.customers_present:,} "
        f"already there, in {time.perf_counter() - started:,.1f} s"
    )
    with context.engine.connect() as connection:
        counts = {
            table: connection.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in ("customers", "orders", "contacts", "customer_feedback")
        }
    events = counts["orders"] + counts["contacts"] + counts["customer_feedback"]
    print(
        f"  rows: {counts['customers']:,} customers, {events:,} events ({counts['orders']:,} "
        f"orders, {counts['contacts']:,} contacts, {counts['customer_feedback']:,} feedback)"
    )


def seed_grants(context: AppContext, customers: int, seed: int) -> None:
    """About one grant per 10 customers over the last year, straight into the grant log."""
    wanted = int(customers * GRANT_SHARE)
    with context.engine.begin() as connection:
        there = connection.scalar(
            select(func.count()).select_from(Grant).where(Grant.idempotency_key.like("bench-%"))
        )
        if there >= wanted:
            print(f"  grants: {there:,} synthetic grants already there")
            return
    version = context.compensations.active_policy().version
    rng = random.Random(seed + 1)
    rows = []
    for i in range(there, wanted):
        number = rng.randrange(FIRST_NUMBER, FIRST_NUMBER + customers)
        value = Decimal(rng.choice((10, 20, 30, 50, 80, 100)))
        rows.append(
            {
                "idempotency_key": f"bench-{i}",
                "created_at": NOW - timedelta(days=rng.uniform(0, 365)),
                "agent": "agent1",
                "agent_role": "agent",
                "team": "bench",
                "customer": customer_ref(number),
                "kind": "voucher",
                "item": None,
                "amount": value,
                "value": value,
                "currency": "CNY",
                "category": "late_delivery",
                "reason": "benchmark",
                "policy_version": version,
                "rule_ids": "bench",
                "snapshot": "{}",
            }
        )
    with context.engine.begin() as connection:
        connection.execute(insert(Grant), rows)
    print(f"  grants: {len(rows):,} synthetic grants written ({wanted:,} in all)")


@contextmanager
def database(kind: str, args: argparse.Namespace) -> Iterator[str]:
    if kind == "sqlite":
        if args.keep:
            yield f"sqlite:///{args.keep.resolve()}"
            return
        with TemporaryDirectory() as scratch:
            yield f"sqlite:///{scratch}/customers-{args.customers}.db"
        return
    if args.pg_database:
        yield args.pg_database
        return
    with scratch_postgres(args.pg, "frontline_cq") as url:
        yield url


def run(kind: str, args: argparse.Namespace) -> tuple[bool, list[str]]:
    with database(kind, args) as url, TemporaryDirectory() as home:
        shown = open_engine(url).url.render_as_string(hide_password=True)
        print(f"\n=== {kind}: {shown}, {args.customers:,} customers ===")
        context = AppContext(load_settings({"FRONTLINE_HOME": home, "FRONTLINE_DB_URL": url}))
        try:
            load(context, args.customers)
            seed_grants(context, args.customers, args.seed)
            if args.analyze:
                started = time.perf_counter()
                with context.engine.begin() as connection:
                    connection.exec_driver_sql("ANALYZE")
                print(f"  ANALYZE: {time.perf_counter() - started:.1f} s")
            started, cpu = time.perf_counter(), time.process_time()
            report = rescore(context.engine, now=NOW, tz=context.timezone)
            print(
                f"  rescore: {time.perf_counter() - started:.1f} s "
                f"(CPU {time.process_time() - cpu:.1f} s), {report.customers:,} customers "
                "with a purchase"
            )
            started = time.perf_counter()
            queries = build_queries(context, args.customers, args.samples, args.seed)
            print(f"  inputs prepared in {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
            measure(queries, args.samples)
            print(
                f"  measured {sum(len(q.times) for q in queries):,} calls in "
                f"{time.perf_counter() - started:.1f} s; load average "
                f"{os.getloadavg()[0]:.1f} at the end"
            )
            ok = print_table(queries)
            flagged = print_plans(context.engine, queries) if not args.no_plans else []
            return ok, flagged
        finally:
            context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--keep", type=Path, help="SQLite file to keep and reuse")
    parser.add_argument("--samples", type=int, default=500, help="timed calls per query")
    parser.add_argument(
        "--pg",
        default=os.environ.get("FRONTLINE_TEST_PG_URL") or DEFAULT_PG,
        help="PostgreSQL server for a scratch database",
    )
    parser.add_argument("--pg-database", help="an existing PostgreSQL database to use and keep")
    parser.add_argument("--analyze", action="store_true", help="run ANALYZE before measuring")
    parser.add_argument("--no-plans", action="store_true", help="skip the EXPLAIN part")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()

    kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    results = {kind: run(kind, args) for kind in kinds}
    print("\nSummary:")
    failed = False
    for kind, (ok, flagged) in results.items():
        print(f"  {kind}: targets {'met' if ok else 'MISSED'}; plans flagged: {len(flagged)}")
        failed |= not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
