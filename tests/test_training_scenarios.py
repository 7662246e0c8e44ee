"""The demo scenarios: valid against the demo desk, and their written answers score as meant."""

from pathlib import Path

import pytest

from frontline.context import AppContext
from frontline.demo import load_demo
from frontline.training import scenarios_folder
from frontline.training_checks import check_against_desk
from frontline.training_replay import replay, stand_in_trainee
from knowledge.library import article_hashes
from store.types import utcnow
from training.actions_file import read_actions
from training.scenario_loader import check_scenario, load_scenario, scenario_files

FOLDER = scenarios_folder()
ANSWERS = FOLDER / "answers"
SCENARIOS = sorted(path.stem for path in scenario_files(FOLDER))
POOR = sorted(path.name.removesuffix(".poor.toml") for path in ANSWERS.glob("*.poor.toml"))


@pytest.fixture
def demo(sqlite_context: AppContext) -> AppContext:
    load_demo(sqlite_context, customers=3)
    return sqlite_context


def test_there_are_eight_bilingual_scenarios_in_both_languages() -> None:
    scenarios = [load_scenario(FOLDER / f"{name}.toml") for name in SCENARIOS]
    assert len(scenarios) >= 8
    assert {s.persona.language for s in scenarios} == {"en", "zh"}
    assert [s.id for s in scenarios] == SCENARIOS  # each file is named after its scenario
    assert len(POOR) >= 3


def test_every_scenario_fits_the_demo_desk(demo: AppContext) -> None:
    policy = demo.compensations.active_policy()
    articles = set(article_hashes(demo.engine))
    for name in SCENARIOS:
        checked = check_scenario(FOLDER / f"{name}.toml")
        assert checked.scenario is not None, checked.diagnostics
        problems = checked.diagnostics + check_against_desk(checked.scenario, policy, articles)
        assert [str(p) for p in problems if not p.warning] == []


def score_of(demo: AppContext, name: str, answer: Path) -> tuple[int, int, list[str]]:
    scenario = load_scenario(FOLDER / f"{name}.toml")
    run = replay(
        demo,
        scenario,
        read_actions(answer),
        trainee=stand_in_trainee(),
        trainer="liu.yang",
        language=scenario.persona.language,
        now=utcnow(),
    )
    card = run.end()
    return card.earned, card.possible, [check.id for check in card.checks if not check.passed]


@pytest.mark.parametrize("name", SCENARIOS)
def test_the_model_answer_scores_full_marks(demo: AppContext, name: str) -> None:
    earned, possible, missed = score_of(demo, name, ANSWERS / f"{name}.toml")
    assert missed == []
    assert earned == possible


@pytest.mark.parametrize("name", POOR)
def test_a_poor_answer_is_flagged(demo: AppContext, name: str) -> None:
    earned, possible, missed = score_of(demo, name, ANSWERS / f"{name}.poor.toml")
    assert earned < possible * 0.6
    assert missed
