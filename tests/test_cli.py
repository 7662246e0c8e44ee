"""The `frontline` command as users and scripts run it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from frontline.cli.main import main
from frontline.cli.output import display_width

FRONTLINE = Path(sys.executable).with_name("frontline")


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(FRONTLINE), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_first_steps_work_on_each_database(empty_database_url: str):
    env = {"FRONTLINE_DB_URL": empty_database_url}
    assert run("init", env=env).returncode == 0
    again = run("init", "--json", env=env)
    assert json.loads(again.stdout)["changed"] is False
    assert run("users", "add", "a1", "--role", "agent", env=env).returncode == 0
    listed = run("users", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert [(u["username"], u["role"]) for u in json.loads(listed.stdout)] == [("a1", "agent")]


def test_default_database_is_sqlite_in_frontline_home(frontline_home: Path):
    assert run("init").returncode == 0
    assert (frontline_home / "frontline.db").exists()
    info = json.loads(run("info", "--json").stdout)
    assert info["database"] == "embedded"
    assert info["schema"] == info["schema_head"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["users", "add", "b", "--role", "boss"], "unknown role 'boss'"),
        (["users", "add", "b", "--role", "agent", "--started", "yesterday"], "not a date"),
        (["users", "frobnicate"], "invalid choice"),
    ],
)
def test_usage_mistakes_get_a_message_and_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
):
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_commands_before_init_say_what_to_do(capsys: pytest.CaptureFixture[str]):
    assert main(["users", "list"]) == 1
    assert capsys.readouterr().err.strip() == (
        "frontline: error: the database has no tables yet: run `frontline init`"
    )


def test_duplicate_user_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]):
    main(["init"])
    main(["users", "add", "a1", "--role", "agent"])
    capsys.readouterr()
    assert main(["users", "add", "a1", "--role", "senior"]) == 1
    err = capsys.readouterr().err
    assert err == "frontline: error: user 'a1' already exists\n"


def test_unreachable_database_is_reported_without_traceback():
    result = run("users", "list", env={"FRONTLINE_DB_URL": "postgresql://u@127.0.0.1:1/none"})
    assert result.returncode == 1
    assert result.stderr.startswith("frontline: error: cannot use the database at 127.0.0.1:1/none")
    assert "Traceback" not in result.stderr


def test_broken_config_file_is_named(frontline_home: Path):
    frontline_home.mkdir()
    (frontline_home / "config.toml").write_text("database_url = [\n")
    result = run("info")
    assert result.returncode == 1
    assert f"{frontline_home / 'config.toml'}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_pin_from_stdin_is_required_at_sign_in():
    assert run("init").returncode == 0
    added = run(
        "users", "add", "sup", "--role", "supervisor", "--pin-stdin", "--json", stdin="2468\n"
    )
    assert json.loads(added.stdout)["has_pin"] is True
    too_short = run("users", "set-pin", "sup", "--pin-stdin", stdin="12\n")
    assert too_short.returncode == 1
    assert "at least 4" in too_short.stderr


def test_demo_is_idempotent_and_if_empty_respects_existing_data(capsys: pytest.CaptureFixture[str]):
    main(["init"])
    capsys.readouterr()
    assert main(["demo", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["users_added"] >= 8
    assert first["policy_loaded"] is True
    assert first["articles_added"] >= 80
    assert (first["customers_added"], first["customers_present"]) == (300, 0)
    assert main(["demo", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "users_added": 0,
        "users_present": first["users_added"],
        "policy_version": first["policy_version"],
        "policy_loaded": False,
        "articles_added": 0,
        "articles_updated": 0,
        "customers_added": 0,
        "customers_present": 300,
    }
    # More customers: only those after the first 300 are added.
    assert main(["demo", "--customers", "350", "--json"]) == 0
    more = json.loads(capsys.readouterr().out)
    assert (more["customers_added"], more["customers_present"]) == (50, 300)
    assert main(["demo"]) == 0
    assert "0 customers added, 300 already there." in capsys.readouterr().out
    assert main(["demo", "--if-empty", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"skipped": True}
    main(["users", "list", "--json"])
    roles = {user["role"] for user in json.loads(capsys.readouterr().out)}
    assert roles == {"agent", "senior", "supervisor", "trainer", "admin"}


def test_user_list_lines_up_chinese_names(capsys: pytest.CaptureFixture[str]):
    main(["init"])
    main(["users", "add", "li.na", "--role", "agent", "--display-name", "李娜", "--team", "t1"])
    main(
        ["users", "add", "emma", "--role", "agent", "--display-name", "Emma Clarke", "--team", "t2"]
    )
    capsys.readouterr()
    main(["users", "list"])
    lines = capsys.readouterr().out.splitlines()
    # The role column starts at the same screen column on every line.
    starts = {display_width(line[: line.index("agent")]) for line in lines[1:]}
    assert len(starts) == 1
