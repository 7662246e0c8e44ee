"""Trainer mode without the UI: scenario files, branches, scoring, the sandbox and its records."""

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from customers.models import Customer
from frontline.cli.main import main
from frontline.context import AppContext
from frontline.demo import load_demo
from frontline.training import (
    TrainingRun,
    create_sandbox,
    decide_request,
    grant_request,
    pending_request,
    scenario_case,
)
from frontline.training_replay import replay, stand_in_trainee
from knowledge.service import IndexReport
from policies.audit import AuditLog
from policies.models import ApprovalRequest, AuditEntry, Grant
from policies.requests import Outcome
from store.types import utcnow
from training.actions_file import Action, ActionsFileError, read_actions
from training.events import Event, EventKind, GrantOutcome
from training.models import TrainingSession
from training.records import progress, record_session
from training.rubric import RubricScore
from training.scenario_loader import ScenarioError, check_scenario, load_scenario
from training.scoring import score

DATA = Path(__file__).parent / "data" / "training"
SCENARIO = DATA / "late_delivery.toml"

MODEL_ANSWER = """
[[actions]]
at = 10
do = "search"
query = "配送 延迟"
[[actions]]
at = 20
do = "customer"
ref = "T-2001"
[[actions]]
at = 35
do = "article"
article = "DEL-003"
[[actions]]
at = 60
do = "reply"
text = "非常抱歉让您久等了，我来帮您查一下。"
[[actions]]
at = 120
do = "grant"
kind = "voucher"
amount = "30.00"
reason = "Order 6 days late; loyal customer."
[[actions]]
at = 200
do = "end"
"""

OVER_AUTHORITY = """
[[actions]]
at = 30
do = "reply"
text = "您的工单已经超过 SLA 了。"
[[actions]]
at = 900
do = "grant"
kind = "refund"
amount = "899.00"
reason = "Refund the late order."
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def broken(tmp_path: Path, old: str, new: str) -> list[str]:
    """The diagnostics of the test scenario with one piece of text replaced."""
    text = SCENARIO.read_text(encoding="utf-8")
    assert old in text
    path = write(tmp_path, "broken.toml", text.replace(old, new, 1))
    return [str(d) for d in check_scenario(path).diagnostics]


# --- scenario files


def test_the_test_scenario_is_valid() -> None:
    scenario = load_scenario(SCENARIO)
    assert scenario.id == "late-delivery-loyal"
    assert scenario.opening.says.zh == "我的包裹晚了。"
    assert scenario.expect.compensation is not None
    assert scenario.expect.compensation.max_amount == Decimal("50.00")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('min = "20.00"', 'min = "twenty"', "broken.toml:42: min must be an amount"),
        (
            'goto = "pleased"\n\n[[turns.next]]\non = "reply"',
            'goto = "nowhere"\n\n[[turns.next]]\non = "reply"',
            "goto 'nowhere': no turn has this id",
        ),
        (
            'difficulty = "basic"',
            'difficulty = "easy"',
            "broken.toml:5: difficulty 'easy': one of basic",
        ),
        (
            'status = "late"',
            'status = "late"\ncolour = "red"',
            "broken.toml:21: unknown key 'colour'",
        ),
        (
            'title = { en = "A loyal customer\'s late delivery", zh = "老客户的延迟配送" }',
            'title = { en = "Late" }',
            "broken.toml:3: title needs both languages",
        ),
        (
            'order = "O-T2001-0031"',
            'order = "O-NOPE"',
            "order 'O-NOPE' is not among [[persona.orders]]",
        ),
        ("ends = true", "ends = false", "turn 'pleased' has no [[turns.next]] and does not end"),
        ("[case]\n", "[case\n", "broken.toml:30: TOML syntax"),
    ],
)
def test_scenario_errors_name_the_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    problems = broken(tmp_path, old, new)
    assert any(message in problem for problem in problems), problems
    with pytest.raises(ScenarioError):
        load_scenario(tmp_path / "broken.toml")


def test_one_check_reports_every_section(tmp_path: Path) -> None:
    text = SCENARIO.read_text(encoding="utf-8")
    text = text.replace('tier = "gold"', "tier = 3").replace(
        "target_minutes = 6", "target_minutes = 0"
    )
    problems = [str(d) for d in check_scenario(write(tmp_path, "two.toml", text)).diagnostics]
    assert any("tier must be a non-empty string" in p for p in problems)
    assert any("target_minutes must be a whole number from 1 to 120" in p for p in problems)


def test_an_unreachable_turn_is_a_warning(tmp_path: Path) -> None:
    text = SCENARIO.read_text(encoding="utf-8") + (
        '\n[[turns]]\nid = "orphan"\nsays = { en = "Hm.", zh = "嗯。" }\nends = true\n'
    )
    checked = check_scenario(write(tmp_path, "orphan.toml", text))
    assert checked.scenario is not None
    assert [(d.warning, d.message) for d in checked.diagnostics] == [
        (True, "turn 'orphan' can never be reached")
    ]


def test_actions_file_errors_name_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.toml",
        '[[actions]]\nat = 5\ndo = "grant"\nkind = "voucher"\nreason = "late"\n\n'
        '[[actions]]\nat = 2\ndo = "dance"\n\n[[actions]]\nat = 1\ndo = "end"\n\n'
        '[[actions]]\nat = 9\ndo = "grant"\nkind = "gift"\nspeed = 3\n',
    )
    with pytest.raises(ActionsFileError) as raised:
        read_actions(path)
    text = str(raised.value)
    assert "bad.toml:9: do must be one of" in text
    assert "bad.toml:12: at 1 is before the action above" in text
    assert 'bad.toml:15: do = "grant" needs reason' in text
    assert "bad.toml:19: unknown key 'speed'" in text


# --- the scripted customer and the score


def test_branches_follow_what_the_trainee_does() -> None:
    scenario = load_scenario(SCENARIO)
    run = TrainingRun(scenario, "wang.wei", "liu.yang", "scripted", "en")
    assert [e.text for e in run.events] == ["My parcel is late."]
    assert run.record(Event(5, EventKind.SEARCH, text="late", found=("DEL-003",))) is None
    turn = run.record(Event(8, EventKind.ARTICLE, ref="DEL-003-EN"))  # the other language
    assert turn is not None
    assert turn.id == "hopeful"
    small = Event(
        9, EventKind.GRANT, compensation="voucher", amount=Decimal(10), outcome=GrantOutcome.GRANTED
    )
    assert run.record(small) is None  # below the branch's minimum: the customer waits
    refused = Event(
        10,
        EventKind.GRANT,
        compensation="refund",
        amount=Decimal(500),
        outcome=GrantOutcome.REFUSED,
    )
    assert run.record(refused).id == "waiting"  # type: ignore[union-attr]
    assert [e.turn for e in run.events if e.kind is EventKind.CUSTOMER_SAYS] == [
        "opening",
        "hopeful",
        "waiting",
    ]


def test_live_mode_suggests_the_script_and_the_trainer_speaks() -> None:
    run = TrainingRun(load_scenario(SCENARIO), "wang.wei", "liu.yang", "live", "zh")
    run.record(Event(3, EventKind.REPLY, text="您好"))
    assert run.suggestion is not None
    assert run.suggestion.id == "waiting"
    run.customer_says("我等了九天了！")
    said = [e.text for e in run.events if e.kind is EventKind.CUSTOMER_SAYS]
    assert said == ["我的包裹晚了。", "我等了九天了！"]
    assert run.suggestion is None


def test_time_over_the_target_loses_points() -> None:
    scenario = load_scenario(SCENARIO)
    quick = score(scenario, [Event(300, EventKind.END)])
    slow = score(scenario, [Event(500, EventKind.END)])
    late = score(scenario, [Event(700, EventKind.END)])
    points = [next(c.earned for c in card.checks if c.id == "time") for card in (quick, slow, late)]
    assert points == [2, 1, 0]


# --- the sandbox, against the real services


@pytest.fixture
def desk(context: AppContext) -> AppContext:
    load_demo(context, customers=3)
    return context


def replayed(desk: AppContext, actions: list[Action]) -> TrainingRun:
    """The test scenario played by a stand-in trainee in a sandbox of the desk."""
    return replay(
        desk,
        load_scenario(SCENARIO),
        actions,
        trainee=stand_in_trainee(),
        trainer="liu.yang",
        language="zh",
        now=utcnow(),
    )


def test_a_model_answer_scores_full_marks(desk: AppContext, tmp_path: Path) -> None:
    actions = read_actions(write(tmp_path, "model.toml", MODEL_ANSWER))
    run = replayed(desk, actions)
    card = run.end()
    assert (card.earned, card.possible) == (14, 14), card.as_dict()
    compensation = next(check for check in card.checks if check.id == "compensation")
    assert compensation.detail.en == "Given: 30.00 (Voucher); acceptable: 20.00–50.00 (Voucher)."
    assert compensation.detail.zh == "已给予：30.00（代金券）；可接受范围：20.00–50.00（代金券）。"
    grant = next(e for e in run.events if e.kind is EventKind.GRANT)
    assert grant.outcome is GrantOutcome.GRANTED  # the sandbox's real policy allowed it
    assert [e.turn for e in run.events if e.turn] == ["opening", "hopeful", "pleased"]


def test_an_over_authority_answer_is_flagged(desk: AppContext, tmp_path: Path) -> None:
    actions = read_actions(write(tmp_path, "poor.toml", OVER_AUTHORITY))
    card = replayed(desk, actions).end()
    failed = {check.id: check for check in card.flags}
    assert "authority" in failed
    assert "A refund for a late parcel needs a senior agent" in failed["authority"].detail.en
    assert "forbidden:0" in failed  # the jargon
    assert "article:DEL-003" in failed
    assert "time" in failed
    assert card.percent < 30


def counts(context: AppContext) -> dict[str, object]:
    with context.engine.connect() as connection:
        figures: dict[str, object] = {
            model.__tablename__: connection.scalar(select(func.count()).select_from(model))
            for model in (Customer, Grant, ApprovalRequest, AuditEntry, TrainingSession)
        }
    figures["head"] = AuditLog(context.engine).verify().head
    return figures


def test_the_desk_is_untouched_by_a_session(desk: AppContext, tmp_path: Path) -> None:
    before = counts(desk)
    actions = read_actions(
        write(
            tmp_path,
            "model.toml",
            MODEL_ANSWER
            + OVER_AUTHORITY.replace("at = 30", "at = 210").replace("at = 900", "at = 220"),
        )
    )
    run = replayed(desk, actions)
    assert sum(e.kind is EventKind.GRANT for e in run.events) == 1  # the end stops the replay
    assert counts(desk) == before
    assert not list((desk.settings.home / "training").iterdir())  # the sandbox is discarded


def test_a_sandbox_holds_the_scenario_and_the_desks_policy(desk: AppContext) -> None:
    scenario = load_scenario(SCENARIO)
    trainee = desk.users.get("wang.wei")
    desk.knowledge.update_index()  # a workstation that has searched before
    sandbox = create_sandbox(desk, scenario, trainee, now=utcnow())
    try:
        inside = sandbox.context
        # It starts with a copy of the desk's index, current as it is: nothing to build.
        assert inside.knowledge.update_index() == IndexReport(0, 0, rebuilt=False)
        assert (
            inside.compensations.active_policy().version
            == desk.compensations.active_policy().version
        )
        assert inside.profiles.profile("T-2001", now=utcnow()).figures.orders == 2
        assert inside.knowledge.search("配送").hits
        assert inside.users.get("wang.wei").role == "agent"
        decision = inside.compensations.decide(
            inside.agent("wang.wei"), "T-2001", scenario_case(scenario)
        )
        assert decision.facts["case.days_late"] == 6
        assert decision.facts["case.days_since_purchase"] == 9
        assert decision.facts["customer.tier"] == "gold"
    finally:
        sandbox.discard()
    assert not sandbox.folder.exists()


def test_progress_across_sessions(desk: AppContext) -> None:
    scenario = load_scenario(SCENARIO)
    for seconds in (200, 500):
        run = TrainingRun(scenario, "wang.wei", "liu.yang", "scripted", "zh")
        run.end(at=seconds)
        rubric = (RubricScore("empathy", 3, "Warm opening"), RubricScore("ownership", 4))
        record_session(desk.engine, run.finished_session(rubric, "Good start"))
    records = progress(desk.engine, "wang.wei")
    assert [r.rubric_percent for r in records] == [88, 88]
    assert [r.earned for r in records] == [9, 8]  # the second took longer than the target
    assert records[0].rubric[0].comment == "Warm opening"
    assert records[0].events[0].text == "我的包裹晚了。"
    assert progress(desk.engine, "li.na") == []


# --- the command line


def test_cli_check_prints_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken(tmp_path, "days_ago = 9", "days_ago = -9")
    assert main(["training", "check", str(tmp_path)]) == 1
    out = capsys.readouterr()
    assert "broken.toml:18: days_ago must be a whole number from 0 to 36500" in out.out
    assert "1 error(s)" in out.err


def test_cli_check_looks_up_kinds_and_articles(
    desk: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken(tmp_path, 'articles = ["DEL-003"]', 'articles = ["DEL-999"]')
    assert main(["training", "check", str(tmp_path / "broken.toml")]) == 1
    assert "no article 'DEL-999' in the knowledge base" in capsys.readouterr().out


def test_cli_run_prints_the_score_as_json(
    desk: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actions = write(tmp_path, "model.toml", MODEL_ANSWER)
    code = main(
        [
            "training",
            "run",
            str(SCENARIO),
            "--actions",
            str(actions),
            "--json",
            "--trainee",
            "wang.wei",
            "--record",
            "liu.yang",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["percent"], result["trainee"]) == (100, "wang.wei")
    assert main(["training", "progress", "wang.wei", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == result["recorded"]


def test_cli_run_names_a_bad_action(
    desk: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actions = write(tmp_path, "a.toml", '[[actions]]\nat = 1\ndo = "article"\narticle = "NOPE-1"\n')
    assert main(["training", "run", str(SCENARIO), "--actions", str(actions)]) == 1
    assert "a.toml:1: no article 'NOPE-1' in the knowledge base" in capsys.readouterr().err


def test_the_trainer_decides_a_request_in_the_sandbox(desk: AppContext) -> None:
    scenario = load_scenario(SCENARIO)
    sandbox = create_sandbox(desk, scenario, desk.users.get("wang.wei"), now=utcnow())
    try:
        assert pending_request(sandbox) is None
        case = scenario_case(scenario)
        request = grant_request(
            sandbox,
            scenario,
            "wang.wei",
            kind="voucher",
            reason="Six days late",
            amount=Decimal("80.00"),
            item=None,
            case=case,
        )
        asked = sandbox.context.compensations.grant(request)
        assert asked.outcome is Outcome.PENDING  # above the agent's CNY 30
        waiting = pending_request(sandbox)
        assert waiting is not None
        assert waiting.id == asked.request_id
        decide_request(sandbox, waiting.id, approve=True, note="")
        assert pending_request(sandbox) is None
        with sandbox.context.engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(Grant)) == 1
    finally:
        sandbox.discard()
