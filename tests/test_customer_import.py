"""`customers import`: every kind from CSV, bad rows by line and reason, idempotent re-import."""

import argparse
import gc
import json
import multiprocessing
import os
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select

from customers import importer
from customers.csv_source import CsvImportError
from customers.csv_values import CellValueError, amount
from customers.identity import name_keys, phone_digits
from customers.importer import BadRow, ImportReport, import_csv
from customers.models import Contact, Customer, CustomerEmail, CustomerPhone, Feedback, Order
from frontline.cli import customer_import
from frontline.cli.output import CommandError
from frontline.context import AppContext

CUSTOMERS = """\
客户编号,姓名,手机,邮箱,等级,标签,语言
C1,张三,"+86 138 0013 8000; 021-5555 1234",ZS@Example.com,Gold,"vip; wholesale",
C2,Emma Clarke,07700 900123,emma@example.co.uk,,,en
C3,李四,139-0000-1111,,silver,,
"""
ORDERS = """\
单号,客户,下单时间,金额,状态,商品
O1,C1,2024-03-01 10:00,"1,234.50",delivered,2 x 茶叶
O2,C1,2024-03-05T09:30:00+00:00,99,late,1 x 茶壶
O3,C2,2024-03-06,0.5,placed,
"""


def write(folder: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(content.encode(encoding))
    return path


def count(context: AppContext, model: type) -> int:
    with context.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model)) or 0


def rows(context: AppContext, model: type, order_by: str = "ref") -> list:
    with context.engine.connect() as connection:
        table = model.__table__  # type: ignore[attr-defined]
        return list(connection.execute(select(table).order_by(table.c[order_by])))


def customer_ids(context: AppContext) -> dict[str, int]:
    return {row.ref: row.id for row in rows(context, Customer)}


CUSTOMERS_MAPPING = {"ref": "客户编号", "name": "姓名", "phone": "手机", "email": "邮箱"}
CUSTOMERS_MAPPING |= {"tier": "等级", "tags": "标签", "language": "语言"}


@pytest.fixture
def customers(context: AppContext, tmp_path: Path) -> ImportReport:
    path = write(tmp_path, "customers.csv", CUSTOMERS)
    return import_csv(context.engine, "customers", path, CUSTOMERS_MAPPING)


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Options that load any file in bulk (into SQLite; PostgreSQL has no bulk load), with
    the pinyin computed in a forked process, as in a process that has not loaded pypinyin."""
    monkeypatch.setattr(importer, "pinyin_loaded", lambda: False)
    return {"bulk_lines": 1}


def report_numbers(report: ImportReport) -> tuple[int, int, int, int]:
    return report.read, report.added, report.present, len(report.bad)


def indexes(engine: Engine) -> list[tuple[str, str]]:
    """SQLite: the indexes of the tables an import writes, as created."""
    with engine.connect() as connection:
        return list(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
            )
        )


def statements(engine: Engine) -> list[str]:
    """The SQL statements the engine runs from now on."""
    run: list[str] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _record(connection, cursor, statement, parameters, context, executemany) -> None:  # noqa: PLR0917
        run.append(statement)

    return run


def test_customers_with_their_phones_emails_and_search_keys(
    context: AppContext, customers: ImportReport
):
    assert report_numbers(customers) == (3, 3, 0, 0)
    assert_fixture_customers(context)


def test_a_bulk_load_stores_what_an_import_row_by_row_stores(
    context: AppContext, tmp_path: Path, bulk: dict[str, int]
):
    path = write(tmp_path, "customers.csv", CUSTOMERS)
    report = import_csv(context.engine, "customers", path, CUSTOMERS_MAPPING, **bulk)

    assert report_numbers(report) == (3, 3, 0, 0)
    assert_fixture_customers(context)
    assert not multiprocessing.active_children()


def test_a_file_loaded_again_in_bulk_adds_nothing_and_changes_nothing(
    context: AppContext, tmp_path: Path, bulk: dict[str, int]
):
    path = write(tmp_path, "customers.csv", CUSTOMERS)
    import_csv(context.engine, "customers", path, CUSTOMERS_MAPPING, **bulk)
    before = [rows(context, model, "id") for model in (Customer, CustomerPhone, CustomerEmail)]
    again = import_csv(context.engine, "customers", path, CUSTOMERS_MAPPING, **bulk)

    assert report_numbers(again) == (3, 0, 3, 0)
    assert [rows(context, model, "id") for model in (Customer, CustomerPhone, CustomerEmail)] == (
        before
    )
    assert not multiprocessing.active_children()


def assert_fixture_customers(context: AppContext) -> None:
    zhang, emma, li = rows(context, Customer)
    assert (zhang.name, zhang.name_key, zhang.pinyin_key, zhang.initials_key) == (
        "张三",
        "张三",
        "zhangsan",
        "zs",
    )
    assert (zhang.tier, json.loads(zhang.tags), zhang.language) == (
        "gold",
        ["vip", "wholesale"],
        "zh",
    )
    assert (emma.name_key, emma.pinyin_key, emma.tier, emma.language) == (
        "emmaclarke",
        None,
        "standard",
        "en",
    )
    assert (li.tier, li.pinyin_key, li.initials_key) == ("silver", "lisi", "ls")
    phones = {
        (p.customer_id, p.digits, p.last4, p.shown) for p in rows(context, CustomerPhone, "id")
    }
    assert phones == {
        (zhang.id, phone_digits("+86 138 0013 8000"), "8000", "+86 138 0013 8000"),
        (zhang.id, phone_digits("021-5555 1234"), "1234", "021-5555 1234"),
        (emma.id, phone_digits("07700 900123"), "0123", "07700 900123"),
        (li.id, phone_digits("139-0000-1111"), "1111", "139-0000-1111"),
    }
    emails = {(e.customer_id, e.email) for e in rows(context, CustomerEmail, "id")}
    assert emails == {(zhang.id, "zs@example.com"), (emma.id, "emma@example.co.uk")}


def test_orders_with_mapping_amounts_and_times_in_utc(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(tmp_path, "orders.csv", ORDERS)
    mapping = {"ref": "单号", "customer": "客户", "ordered_at": "下单时间", "amount": "金额"}
    report = import_csv(
        context.engine, "orders", path, mapping | {"status": "状态", "items": "商品"}
    )

    assert report_numbers(report) == (3, 3, 0, 0)
    ids = customer_ids(context)
    o1, o2, o3 = rows(context, Order)
    assert (o1.customer_id, o1.amount, o1.currency, o1.status, o1.items) == (
        ids["C1"],
        Decimal("1234.50"),
        "CNY",
        "delivered",
        "2 x 茶叶",
    )
    assert o1.ordered_at == datetime(2024, 3, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    assert (o2.ordered_at, o2.status) == (datetime(2024, 3, 5, 9, 30, tzinfo=UTC), "late")
    assert (o3.ordered_at, o3.amount, o3.items) == (
        datetime(2024, 3, 5, 16, 0, tzinfo=UTC),  # a date alone: its midnight in Shanghai
        Decimal("0.50"),
        "",
    )


def test_contacts_with_complaints(context: AppContext, customers: ImportReport, tmp_path: Path):
    path = write(
        tmp_path,
        "contacts.csv",
        "id,customer,time,channel,category,summary,outcome,agent,satisfaction,complaint,"
        "resolved_at\n"
        "K1,C1,2024-03-01 10:00,Phone,late_delivery,Parcel late,voucher,li.na,4,yes,\n"
        "K2,C1,2024-03-02 10:00,chat,late_delivery,Still late,refund,li.na,,yes,"
        "2024-03-03 09:00\n"
        "K3,C2,2024-03-02 11:00,email,question,Sizes?,answered,,5,no,\n"
        "K4,C3,2024-03-04 08:00,store,damaged_item,Cracked,,,,open,\n"
        "K5,C3,2024-03-04 08:00,social,damaged_item,Cracked,,,,resolved,\n",
    )
    report = import_csv(context.engine, "contacts", path, {"ref": "id", "at": "time"})

    assert report_numbers(report) == (5, 5, 0, 0)
    k1, k2, k3, k4, k5 = rows(context, Contact)
    assert (k1.channel, k1.complaint_state, k1.resolved_at, k1.satisfaction, k1.agent) == (
        "phone",
        "open",
        None,
        4,
        "li.na",
    )
    assert (k2.complaint_state, k2.resolved_at) == (
        "resolved",
        datetime(2024, 3, 3, 1, 0, tzinfo=UTC),
    )
    assert (k3.complaint_state, k3.satisfaction, k3.agent) == (None, 5, None)
    assert (k4.complaint_state, k4.outcome, k5.complaint_state) == ("open", "", "resolved")


def test_feedback_nps_and_csat(context: AppContext, customers: ImportReport, tmp_path: Path):
    path = write(
        tmp_path,
        "feedback.csv",
        "ref,customer,at,kind,score,comment\n"
        "F1,C1,2024-03-01,nps,10,很好\n"
        "F2,C2,2024-03-01,CSAT,1,Slow delivery\n"
        "F3,C2,2024-03-01,csat,0,\n"
        "F4,C2,2024-03-01,nps,11,\n"
        "F5,C2,2024-03-01,ces,3,\n",
    )
    report = import_csv(context.engine, "feedback", path)

    assert [(f.ref, f.kind, f.score, f.comment) for f in rows(context, Feedback)] == [
        ("F1", "nps", 10, "很好"),
        ("F2", "csat", 1, "Slow delivery"),
    ]
    assert report.bad == [
        BadRow(4, "score", "0 is out of range for csat: 1-5"),
        BadRow(5, "score", "11 is out of range: it must be from 0 to 10"),
        BadRow(6, "kind", "'ces' is not one of nps, csat"),
    ]


def test_bad_rows_are_reported_by_line_and_reason_and_good_rows_land(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path,
        "orders.csv",
        "ref,customer,ordered_at,amount,status\n"
        "O1,C1,2024-03-01,10.00,delivered\n"
        "O2,C1,2024-03-01,-5.00,delivered\n"
        "O3,C1,2024-03-01,12.345,delivered\n"
        'O4,C1,2024-03-01,"12,50",delivered\n'
        "O5,C1,01/03/2024,10.00,delivered\n"
        "O6,C1,2024-03-01,10.00,lost\n"
        "O7,C1,2024-03-01,,delivered\n"
        "O8,C1,2024-03-01,10.00\n"
        "\n"
        'O9,C1,2024-03-01,"1,000",shipped\n'
        "O10,C1,2024-03-01,1,000,shipped\n"
        "O11,C1,2024-03-01,5,placed,,\n",
    )
    report = import_csv(context.engine, "orders", path)

    assert report.bad == [
        BadRow(3, "amount", "'-5.00' is negative; amounts cannot be"),
        BadRow(4, "amount", "'12.345' has more than 2 decimal places"),
        BadRow(5, "amount", "'12,50' is not an amount (write e.g. 1234.50 or 1,234.50)"),
        BadRow(
            6,
            "ordered_at",
            "'01/03/2024' is not an ISO 8601 date or time (e.g. 2024-03-01 or "
            "2024-03-01 14:30); give --date-format for other forms",
        ),
        BadRow(
            7,
            "status",
            "'lost' is not one of placed, shipped, delivered, late, returned, cancelled",
        ),
        BadRow(8, "amount", "missing"),
        BadRow(9, None, "4 cells where the header has 5"),
        BadRow(12, None, "6 cells where the header has 5"),
    ]
    assert str(report.bad[0]) == "line 3: amount: '-5.00' is negative; amounts cannot be"
    assert report_numbers(report) == (11, 3, 0, 8)
    assert [(o.ref, o.amount) for o in rows(context, Order)] == [
        ("O1", Decimal("10.00")),
        ("O11", Decimal("5.00")),  # trailing empty cells are no harm
        ("O9", Decimal("1000.00")),
    ]


def test_unknown_customer_is_a_bad_row(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path,
        "feedback.csv",
        "ref,customer,at,kind,score\nF1,C404,2024-03-01,nps,9\nF2,C1,2024-03-01,nps,9\n",
    )
    report = import_csv(context.engine, "feedback", path)

    assert report.bad == [BadRow(2, "customer", "no customer with ref 'C404'")]
    assert [f.ref for f in rows(context, Feedback)] == ["F2"]


def test_importing_the_same_files_again_adds_nothing(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    customers_file = write(tmp_path, "customers.csv", CUSTOMERS)
    orders_file = write(tmp_path, "orders.csv", ORDERS)
    mapping = {"ref": "单号", "customer": "客户", "ordered_at": "下单时间", "amount": "金额"}
    mapping |= {"status": "状态"}
    first = import_csv(context.engine, "orders", orders_file, mapping)
    again = import_csv(context.engine, "orders", orders_file, mapping)
    customers_again = import_csv(
        context.engine,
        "customers",
        customers_file,
        {"ref": "客户编号", "name": "姓名"} | {"phone": "手机", "email": "邮箱"},
    )

    assert report_numbers(first) == (3, 3, 0, 0)
    assert report_numbers(again) == (3, 0, 3, 0)
    assert report_numbers(customers_again) == (3, 0, 3, 0)
    counts = [count(context, m) for m in (Customer, CustomerPhone, CustomerEmail, Order)]
    assert counts == [3, 4, 2, 3]


def test_a_ref_repeated_in_the_file_is_added_once(context: AppContext, tmp_path: Path):
    path = write(
        tmp_path,
        "customers.csv",
        "ref,name,phone\nC1,张三,13800138000\nC2,李四,\nC1,张三,13900139000\n",
    )
    report = import_csv(context.engine, "customers", path)

    assert report_numbers(report) == (3, 2, 1, 0)
    assert [p.shown for p in rows(context, CustomerPhone, "id")] == ["13800138000"]


def test_a_file_of_known_and_new_customers_adds_the_new_ones_with_their_own_phones(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path,
        "customers.csv",
        "ref,name,phone,email\n"
        "C1,张三,13700000001,\n"
        "C4,王五,13700000004,c4@example.com\n"
        "C2,Emma Clarke,13700000002,\n"
        "C5,赵六,13700000005; 13700000055,\n"
        "C5,赵六,13700000005,\n"
        "C6,Jack Taylor,,c6@example.com\n",
    )
    # Batches of two: known and new customers side by side in each, a repeat across two.
    report = import_csv(context.engine, "customers", path, batch_size=2)

    assert report_numbers(report) == (6, 3, 3, 0)
    ids = customer_ids(context)
    phones = {(p.customer_id, p.shown) for p in rows(context, CustomerPhone, "id")}
    assert {(customer, shown) for customer, shown in phones if customer > ids["C3"]} == {
        (ids["C4"], "13700000004"),
        (ids["C5"], "13700000005"),
        (ids["C5"], "13700000055"),
    }
    assert len(phones) == 4 + 3  # the fixture's four, none added to known customers
    emails = {(e.customer_id, e.email) for e in rows(context, CustomerEmail, "id")}
    assert (ids["C4"], "c4@example.com") in emails
    assert (ids["C6"], "c6@example.com") in emails
    assert gc.isenabled()  # the import paused the cycle collector, and restored it


@pytest.mark.parametrize("in_bulk", [False, True], ids=["row by row", "bulk"])
def test_pinyin_keys_read_a_word_as_a_word_whatever_came_before(
    context: AppContext, tmp_path: Path, request: pytest.FixtureRequest, in_bulk: bool
):
    # Pinyin is cached word by word: 长 alone is zhang, in 长江 it is chang.
    path = write(tmp_path, "customers.csv", "ref,name\nC1,王长\nC2,王长江\nC3,李重\nC4,李重庆\n")
    options = request.getfixturevalue("bulk") if in_bulk else {}
    import_csv(context.engine, "customers", path, **options)

    assert [(c.pinyin_key, c.initials_key) for c in rows(context, Customer)] == [
        ("wangzhang", "wz"),
        ("wangchangjiang", "wcj"),
        ("lizhong", "lz"),
        ("lichongqing", "lcq"),
    ]


def test_a_bulk_load_keys_only_the_customers_it_adds(
    context: AppContext, tmp_path: Path, bulk: dict[str, int]
):
    first = write(tmp_path, "first.csv", "ref,name\nC1,张三\n")
    import_csv(context.engine, "customers", first)
    with context.engine.begin() as connection:  # as a later version might key a name
        connection.execute(Customer.__table__.update().values(pinyin_key="zhang-san"))
    path = write(tmp_path, "customers.csv", "ref,name\nC1,张三\nC2,张三\nC3,Emma\nC2,王五\n")
    report = import_csv(context.engine, "customers", path, batch_size=1, **bulk)

    assert report_numbers(report) == (4, 2, 2, 0)
    assert [(c.ref, c.name, c.pinyin_key, c.initials_key) for c in rows(context, Customer)] == [
        ("C1", "张三", "zhang-san", "zs"),
        ("C2", "张三", "zhangsan", "zs"),
        ("C3", "Emma", None, None),
    ]


def test_a_bulk_load_into_sqlite_rebuilds_the_indexes_of_tables_half_the_file_or_less(
    sqlite_context: AppContext, tmp_path: Path, bulk: dict[str, int]
):
    engine = sqlite_context.engine
    before = indexes(engine)
    run = statements(engine)
    path = write(tmp_path, "customers.csv", CUSTOMERS)
    import_csv(engine, "customers", path, CUSTOMERS_MAPPING, **bulk)
    rebuilt = {statement for statement in run if statement.startswith("CREATE INDEX")}
    run.clear()
    more = write(tmp_path, "more.csv", "ref,name\nC4,王五\n")  # 2 lines, 3 customers there
    import_csv(engine, "customers", more, **bulk)

    tables = ("ix_customers_", "ix_customer_phones_", "ix_customer_emails_")
    assert rebuilt == {sql for name, sql in before if name.startswith(tables)}
    assert len(rebuilt) == 8  # customers 3, phones 3, e-mail addresses 2: not the unique ref
    assert not [statement for statement in run if "INDEX" in statement]
    assert indexes(engine) == before
    assert [c.pinyin_key for c in rows(sqlite_context, Customer)][-1] == "wangwu"


@pytest.mark.parametrize("failure", ["broken CSV", "pinyin process"])
def test_a_failing_bulk_load_leaves_what_was_stored_and_the_indexes(
    sqlite_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    bulk: dict[str, int],
    failure: str,
):
    engine = sqlite_context.engine
    import_csv(engine, "customers", write(tmp_path, "first.csv", "ref,name\nC1,张三\n"))
    before = (indexes(engine), rows(sqlite_context, Customer))
    content = "ref,name,phone\n" + "".join(f"C{n},王{n},1380000{n:04d}\n" for n in range(2, 9))
    if failure == "broken CSV":
        content += 'C9,"李四,13800000009\n'  # a quote left open, after rows already inserted
    else:
        monkeypatch.setattr(importer, "_names_pinyin", lambda *args: os._exit(3))
    path = write(tmp_path, "customers.csv", content)
    run = statements(engine)

    error = CsvImportError if failure == "broken CSV" else RuntimeError
    with pytest.raises(error, match="line 9" if failure == "broken CSV" else "exit code 3"):
        import_csv(engine, "customers", path, batch_size=2, **bulk)
    assert "DROP INDEX" in " ".join(run)  # the indexes were gone when it failed
    assert (indexes(engine), rows(sqlite_context, Customer)) == before
    assert count(sqlite_context, CustomerPhone) == 0
    assert not multiprocessing.active_children()


def test_a_bulk_load_keys_names_itself_once_pypinyin_is_loaded(
    sqlite_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    name_keys("张三")  # as an earlier import in the same process would have
    monkeypatch.setattr(importer, "_names_pinyin", lambda *args: os._exit(3))  # if forked
    path = write(tmp_path, "customers.csv", "ref,name\nC1,王长江\nC2,Emma\n")
    import_csv(sqlite_context.engine, "customers", path, bulk_lines=1)

    keys = [(c.pinyin_key, c.initials_key) for c in rows(sqlite_context, Customer)]
    assert keys == [("wangchangjiang", "wcj"), (None, None)]


def test_files_without_refs_get_stable_derived_ones(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path,
        "feedback.csv",
        "customer,at,kind,score,comment\n"
        "C1,2024-03-01,nps,9,\n"
        "C1,2024-03-02,nps,9,\n"
        "C1,2024-03-02,nps,9,\n",  # the same answer twice: one is a duplicate
    )
    first = import_csv(context.engine, "feedback", path)
    again = import_csv(context.engine, "feedback", path)

    assert report_numbers(first) == (3, 2, 1, 0)
    assert report_numbers(again) == (3, 0, 3, 0)
    refs = [f.ref for f in rows(context, Feedback, "at")]
    assert len(set(refs)) == 2
    assert all(ref.startswith("feedback-") and len(ref) == 33 for ref in refs)


def test_date_format_and_timezone_options(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path,
        "contacts.csv",
        "ref,customer,at,channel,resolved_at\n"
        "K1,C1,01/03/2024 10:30,phone,02/03/2024 08:00\n"
        "K2,C1,2024-03-01 10:30,phone,\n",
    )
    report = import_csv(
        context.engine, "contacts", path, date_format="%d/%m/%Y %H:%M", timezone="Europe/London"
    )

    assert report.bad == [
        BadRow(3, "at", "'2024-03-01 10:30' does not match the date format '%d/%m/%Y %H:%M'")
    ]
    (k1,) = rows(context, Contact)
    assert (k1.at, k1.resolved_at) == (
        datetime(2024, 3, 1, 10, 30, tzinfo=UTC),
        datetime(2024, 3, 2, 8, 0, tzinfo=UTC),
    )


def test_a_date_only_format_means_midnight_where_the_customer_is(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path, "orders.csv", "ref,customer,ordered_at,amount,status\nO1,C1,2024/3/1,5,placed\n"
    )
    import_csv(context.engine, "orders", path, date_format="%Y/%m/%d")

    assert rows(context, Order)[0].ordered_at == datetime(2024, 2, 29, 16, 0, tzinfo=UTC)


def test_utf8_with_byte_order_mark(context: AppContext, tmp_path: Path):
    path = write(tmp_path, "customers.csv", "ref,name\nC1,王五\n", encoding="utf-8-sig")
    report = import_csv(context.engine, "customers", path)

    assert report_numbers(report) == (1, 1, 0, 0)
    assert rows(context, Customer)[0].name == "王五"


def test_line_numbers_count_the_lines_of_quoted_multi_line_fields(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path,
        "contacts.csv",
        "ref,customer,at,channel,summary\r\n"
        'K1,C1,2024-03-01,phone,"Called twice.\r\nParcel late.\r\nVoucher offered."\r\n'
        "K2,C1,2024-03-01,fax,short\r\n"
        'K3,C1,2024-03-01,"pho\nne","x"\r\n'
        "K4,C404,2024-03-01,chat,x\r\n",
    )
    report = import_csv(context.engine, "contacts", path)

    assert report.bad == [
        BadRow(5, "channel", "'fax' is not one of phone, chat, email, social, store"),
        BadRow(6, "channel", "'pho\\nne' is not one of phone, chat, email, social, store"),
        BadRow(8, "customer", "no customer with ref 'C404'"),
    ]
    assert rows(context, Contact)[0].summary == "Called twice.\r\nParcel late.\r\nVoucher offered."


def test_contradictory_complaint_times_are_bad_rows(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    path = write(
        tmp_path,
        "contacts.csv",
        "ref,customer,at,channel,complaint,resolved_at\n"
        "K1,C1,2024-03-02,phone,open,2024-03-03\n"
        "K2,C1,2024-03-02,phone,yes,2024-03-01\n"
        "K3,C1,2024-03-02,phone,maybe,\n",
    )
    report = import_csv(context.engine, "contacts", path)

    assert report.bad == [
        BadRow(2, "complaint", "'open', but the row has a resolved_at time"),
        BadRow(3, "resolved_at", "earlier than the contact itself (at)"),
        BadRow(4, "complaint", "'maybe' is not one of yes, no, open, resolved"),
    ]


def test_a_nul_character_is_a_bad_row(context: AppContext, tmp_path: Path):
    path = write(tmp_path, "customers.csv", "ref,name,notes\nC1,A\x00B,\nC2,B,\x00\n")
    report = import_csv(context.engine, "customers", path)

    assert report.bad == [BadRow(2, "name", "contains a NUL character")]
    assert [c.ref for c in rows(context, Customer)] == ["C2"]  # unused columns don't matter


def test_bad_phone_and_email_are_bad_rows(context: AppContext, tmp_path: Path):
    path = write(
        tmp_path,
        "customers.csv",
        "ref,name,phone,email\nC1,A,12,\nC2,B,,not-an-address\nC3,C,13800138000,c@example.com\n",
    )
    report = import_csv(context.engine, "customers", path)

    assert report.bad == [
        BadRow(2, "phone", "'12' is not a phone number"),
        BadRow(3, "email", "'not-an-address' is not an e-mail address"),
    ]
    assert [c.ref for c in rows(context, Customer)] == ["C3"]


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        (
            {"price": "金额"},
            "--map price=金额: importing orders knows no field 'price'; the fields are "
            "customer, ordered_at, amount, status, ref, currency, items",
        ),
        (
            {"amount": "Total"},
            "--map amount=Total: the file has no column 'Total'; its columns are '单号', "
            "'客户', '下单时间', '金额', '状态', '商品'",
        ),
        (
            {"ref": "单号", "customer": "客户", "ordered_at": "下单时间", "status": "状态"},
            "importing orders needs the field 'amount', and the file has no column of that "
            "name: map one with --map amount=COLUMN (its columns are '单号', '客户', "
            "'下单时间', '金额', '状态', '商品')",
        ),
    ],
)
def test_mapping_mistakes_stop_the_import_with_one_message(
    context: AppContext,
    customers: ImportReport,
    tmp_path: Path,
    mapping: dict[str, str],
    message: str,
):
    path = write(tmp_path, "orders.csv", ORDERS)
    with pytest.raises(CsvImportError) as error:
        import_csv(context.engine, "orders", path, mapping)

    assert str(error.value) == message
    assert count(context, Order) == 0


def test_columns_match_regardless_of_case(context: AppContext, tmp_path: Path):
    path = write(tmp_path, "customers.csv", "Ref,NAME,Customer Phone\nC1,A,13800138000\n")
    report = import_csv(context.engine, "customers", path, {"phone": "customer phone"})

    assert report_numbers(report) == (1, 1, 0, 0)
    assert count(context, CustomerPhone) == 1


def test_a_file_that_is_not_utf8_is_refused_whole(
    context: AppContext, customers: ImportReport, tmp_path: Path
):
    text = "ref,name\n" + "".join(f"N{n},Name {n}\n" for n in range(3000)) + "N9,王五\n"
    path = write(tmp_path, "gbk.csv", text, encoding="gbk")
    with pytest.raises(CsvImportError) as error:
        import_csv(context.engine, "customers", path, batch_size=100)

    assert str(error.value) == (
        f"{path}, line 3002: not UTF-8 text; save the file as CSV UTF-8 and try again"
    )
    assert count(context, Customer) == 3  # those of the fixture; none of this file
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty; the first line must be a header"),
        (
            'ref,name\nC1,"unclosed\n',
            "line 2: broken CSV (unexpected end of data); check the quotes",
        ),
    ],
)
def test_unreadable_files(context: AppContext, tmp_path: Path, content: str, message: str):
    path = write(tmp_path, "customers.csv", content)
    with pytest.raises(CsvImportError, match="^" + str(path).replace("\\", "\\\\") + ".*"):
        import_csv(context.engine, "customers", path)
    with pytest.raises(CsvImportError) as error:
        import_csv(context.engine, "customers", path)
    assert message in str(error.value)
    with pytest.raises(CsvImportError, match="no such file"):
        import_csv(context.engine, "customers", tmp_path / "missing.csv")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "--timezone 'Mars/Olympus': not a timezone name"),
        ({"date_format": "DD/MM/YYYY"}, "--date-format 'DD/MM/YYYY' has no % directives"),
    ],
)
def test_bad_options(context: AppContext, tmp_path: Path, options: dict[str, str], message: str):
    path = write(tmp_path, "customers.csv", "ref,name\nC1,A\n")
    with pytest.raises(CsvImportError, match=message):
        import_csv(context.engine, "customers", path, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,234.50", "1234.50"), ("0.5", "0.5"), ("12.500", "12.500"), ("-0", "0"), ("+3", "3")],
)
def test_amounts(text: str, value: str):
    assert amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["-1", "12,50", "1.234", "1e3", "NaN", "1_000", "1,2345", "¥5"])
def test_not_amounts(text: str):
    with pytest.raises(CellValueError):
        amount(text)


def command(argv: list[str]) -> argparse.Namespace:
    """Parse as `frontline customers ...` would, with this module's `import` registered."""
    parser = argparse.ArgumentParser(prog="frontline")
    commands = parser.add_subparsers(dest="command", required=True)
    actions = commands.add_parser("customers").add_subparsers(dest="action", required=True)
    customer_import.register(actions)
    return parser.parse_args(["customers", "import", *argv])


def test_command_prints_a_summary_and_the_first_bad_rows(
    context: AppContext,
    customers: ImportReport,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    lines = ["单号,客户,时间,金额,状态"]
    lines += [f"O{n},C1,2024-03-01,{n}.00,placed" for n in range(5)]
    lines += [f"B{n},C1,2024-03-01,-{n + 1},placed" for n in range(25)]
    path = write(tmp_path, "orders.csv", "\n".join(lines) + "\n")
    argv = ["orders", str(path), "--map", "ref=单号", "--map", "customer=客户"]
    argv += ["--map", "ordered_at=时间", "--map", "amount=金额", "--map", "status=状态"]

    args = command(argv)
    assert args.handler(context, args) == 0
    printed = capsys.readouterr().out.splitlines()

    assert printed[0] == f"{path}: 30 orders rows read: 5 added, 0 already present, 25 bad"
    assert printed[1] == "  line 7: amount: '-1' is negative; amounts cannot be"
    assert len(printed) == 1 + 20 + 1
    assert printed[-1] == "  … and 5 more bad rows (--json lists them all)"

    args = command([*argv, "--json"])
    assert args.handler(context, args) == 0
    result = json.loads(capsys.readouterr().out)
    assert {k: result[k] for k in ("kind", "read", "added", "present", "bad")} == {
        "kind": "orders",
        "read": 30,
        "added": 0,
        "present": 5,
        "bad": 25,
    }
    assert len(result["bad_rows"]) == 25
    assert result["bad_rows"][0] == {
        "line": 7,
        "field": "amount",
        "reason": "'-1' is negative; amounts cannot be",
    }


def test_command_options_reach_the_importer(
    context: AppContext,
    customers: ImportReport,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
):
    path = write(tmp_path, "fb.csv", "customer,when,kind,score\nC1,1/3/2024 08:00,nps,7\n")
    args = command(
        [
            *("feedback", str(path), "--map", "at=when"),
            *("--date-format", "%d/%m/%Y %H:%M", "--timezone", "UTC"),
        ]
    )
    assert args.handler(context, args) == 0

    assert rows(context, Feedback)[0].at == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    assert capsys.readouterr().out.endswith("1 added, 0 already present, 0 bad\n")


@pytest.mark.parametrize(
    ("maps", "error", "message"),
    [
        (["ref"], CommandError, "--map 'ref': write FIELD=COLUMN"),
        (["ref=a", "ref=b"], CommandError, "--map ref: given twice, as 'a' and 'b'"),
        (["colour=x"], CsvImportError, "--map colour=x: importing customers knows no field"),
        (["nmae=x"], CsvImportError, "--map nmae=x: .*; did you mean 'name'\\? the fields"),
        (["name=Full name"], CsvImportError, "--map name=Full name: the file has no column"),
    ],
)
def test_command_mapping_mistakes_are_user_errors(
    context: AppContext, tmp_path: Path, maps: list[str], error: type, message: str
):
    path = write(tmp_path, "customers.csv", "ref,name\nC1,A\n")
    args = command(["customers", str(path), *[f"--map={m}" for m in maps]])
    with pytest.raises(error, match="^" + message.replace("(", r"\(")):
        args.handler(context, args)
    assert count(context, Customer) == 0


def test_command_refuses_an_unknown_kind(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        command(["invoices", "x.csv"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'invoices'" in capsys.readouterr().err
