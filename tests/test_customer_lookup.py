"""Finding customers by reference, phone in any format, e-mail, name and pinyin."""

from datetime import UTC, datetime

import pytest

from customers.lookup import MatchedBy, find_customers
from frontline.context import AppContext
from tests.customer_rows import add_customer

CREATED = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.fixture
def people(context: AppContext) -> AppContext:
    add_customer(
        context.engine,
        "C1001",
        "张三",
        phones=("+86 138-1234-5678",),
        emails=("zhang.san@example.cn",),
        tier="gold",
        created_at=CREATED,
    )
    add_customer(context.engine, "C1002", "张伟", phones=("13900005678",), created_at=CREATED)
    add_customer(context.engine, "C1003", "欧阳娜娜", phones=("137 0000 1111",), created_at=CREATED)
    add_customer(
        context.engine,
        "C1004",
        "Emma Clarke",
        phones=("+44 7700 900123",),
        emails=("Emma.Clarke@example.co.uk",),
        created_at=CREATED,
    )
    add_customer(
        context.engine, "C1010", "Zhang Li", phones=("(021) 6234 9012",), created_at=CREATED
    )
    return context


def refs(context: AppContext, text: str) -> list[str]:
    return [candidate.ref for candidate in find_customers(context.engine, text)]


def test_pinyin_with_or_without_spaces_finds_the_chinese_name(people: AppContext) -> None:
    assert refs(people, "zhang san") == ["C1001"]
    assert refs(people, "Zhangsan") == ["C1001"]
    assert refs(people, "ouyang") == ["C1003"]


def test_a_name_as_typed_so_far_finds_everyone_it_starts(people: AppContext) -> None:
    assert refs(people, "张") == ["C1001", "C1002"]
    # Zhang Li is written in Latin letters; 张三 and 张伟 match by pinyin.
    assert set(refs(people, "zhang")) == {"C1001", "C1002", "C1010"}
    assert refs(people, "emma c") == ["C1004"]


def test_initials_find_chinese_names(people: AppContext) -> None:
    assert refs(people, "oynn") == ["C1003"]


def test_a_phone_number_in_any_format_finds_its_customer(people: AppContext) -> None:
    for written in ("13812345678", "+86 138 1234 5678", "0086-138-1234-5678", "138 1234"):
        assert refs(people, written)[0] == "C1001", written
    for written in ("+44 7700 900 123", "+44 (0)7700 900123", "07700 900123"):
        assert refs(people, written) == ["C1004"], written
    assert refs(people, "(021) 6234-9012") == ["C1010"]


def test_the_last_four_digits_list_every_candidate(people: AppContext) -> None:
    candidates = find_customers(people.engine, "5678")

    assert [c.ref for c in candidates] == ["C1001", "C1002"]
    assert {c.matched_by for c in candidates} == {MatchedBy.PHONE_END}


def test_email_and_reference_are_matched_whatever_the_case(people: AppContext) -> None:
    assert refs(people, "EMMA.clarke@example.co.uk") == ["C1004"]
    assert refs(people, "zhang.san@") == ["C1001"]
    assert refs(people, "c1001") == ["C1001"]
    assert refs(people, "C100") == ["C1001", "C1002", "C1003", "C1004"]


def test_an_exact_match_comes_before_partial_ones(people: AppContext) -> None:
    assert refs(people, "C1001")[0] == "C1001"
    assert refs(people, "") == []
    assert refs(people, "nobody at all") == []


def test_surnames_are_found_by_their_surname_reading(context: AppContext) -> None:
    add_customer(context.engine, "C2001", "曾小贤", created_at=CREATED)
    add_customer(context.engine, "C2002", "单田芳", created_at=CREATED)

    assert refs(context, "zeng xiaoxian") == ["C2001"]
    assert refs(context, "shan tian") == ["C2002"]
