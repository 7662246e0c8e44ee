from datetime import date

import pytest
from sqlalchemy import select

from accounts.directory import AccountError, InactiveUserError, WrongPinError
from accounts.models import User
from accounts.roles import Role
from frontline.context import AppContext
from store.sessions import transaction


def test_added_users_are_listed_with_their_details(context: AppContext):
    context.users.add(
        "li.na", Role.AGENT, display_name="李娜", team="shanghai-1", started_on=date(2025, 3, 10)
    )
    context.users.add("chen.jing", Role.SUPERVISOR, display_name="陈静")
    users = {user.username: user for user in context.users.list_users()}
    assert set(users) == {"li.na", "chen.jing"}
    li = users["li.na"]
    assert (li.display_name, li.role, li.team) == ("李娜", Role.AGENT, "shanghai-1")
    assert li.tenure_days(date(2026, 3, 10)) == 365
    assert not li.has_pin


def test_duplicate_and_invalid_names_are_refused(context: AppContext):
    context.users.add("li.na", Role.AGENT)
    with pytest.raises(AccountError, match="already exists"):
        context.users.add("li.na", Role.SENIOR)
    with pytest.raises(AccountError, match="invalid user name"):
        context.users.add("li na", Role.AGENT)
    assert [user.role for user in context.users.list_users()] == [Role.AGENT]


def test_pin_is_stored_only_as_a_salted_slow_hash(context: AppContext):
    context.users.add("a1", Role.AGENT, pin="2468")
    context.users.add("a2", Role.AGENT, pin="2468")
    with transaction(context.engine) as session:
        hashes = session.scalars(select(User.pin_hash).order_by(User.username)).all()
    assert all(h.startswith("scrypt$") and "2468" not in h for h in hashes)
    assert hashes[0] != hashes[1], "the same PIN must hash differently (salt)"


def test_sign_in_checks_the_pin(context: AppContext):
    context.users.add("chen.jing", Role.SUPERVISOR, pin="2468")
    assert context.users.sign_in("chen.jing", "2468").role is Role.SUPERVISOR
    with pytest.raises(WrongPinError):
        context.users.sign_in("chen.jing", "1357")
    with pytest.raises(WrongPinError):
        context.users.sign_in("chen.jing", None)
    context.users.set_pin("chen.jing", None)
    assert context.users.sign_in("chen.jing", None).username == "chen.jing"


def test_short_pins_and_unknown_users_are_refused(context: AppContext):
    with pytest.raises(AccountError, match="at least 4"):
        context.users.add("a1", Role.AGENT, pin="12")
    assert context.users.list_users() == []
    with pytest.raises(AccountError, match="no user named 'ghost'"):
        context.users.sign_in("ghost", None)


def test_deactivated_users_cannot_sign_in(context: AppContext):
    context.users.add("a1", Role.AGENT)
    with transaction(context.engine) as session:
        session.scalars(select(User)).one().active = False
    with pytest.raises(InactiveUserError):
        context.users.sign_in("a1", None)
    assert context.users.list_users() == []
    assert len(context.users.list_users(include_inactive=True)) == 1
