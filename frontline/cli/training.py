"""`frontline training`: check and list scenarios, replay a trainee's actions, show progress."""

import argparse
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from frontline.cli.output import CommandError, print_json, print_table
from frontline.config import ConfigError, load_settings
from frontline.context import AppContext
from frontline.schema import SchemaError, require_current
from frontline.training import scenarios_folder
from frontline.training_checks import check_against_desk
from frontline.training_replay import ReplayError, replay, stand_in_trainee
from knowledge.library import article_hashes
from policies.model import Policy
from policies.versions import NoPolicyError
from store.engine import DatabaseUrlError
from store.located_toml import Diagnostic
from store.types import utcnow
from training.actions_file import ActionsFileError, read_actions
from training.records import progress, record_session
from training.scenario import Scenario
from training.scenario_loader import (
    ScenarioError,
    check_scenario,
    load_scenario,
    load_scenarios,
    scenario_files,
)


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    training = commands.add_parser("training", help="role-play scenarios for trainers")
    actions = training.add_subparsers(dest="action", required=True, metavar="ACTION")

    check = actions.add_parser("check", help="validate scenario files (FILE:LINE errors)")
    check.add_argument("path", type=Path, metavar="PATH", help="a scenario file or a folder")
    check.set_defaults(handler=run_check, needs_database=False)

    listing = actions.add_parser("list", help="the scenarios in a folder")
    listing.add_argument("path", type=Path, nargs="?", metavar="DIR")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list, needs_database=False)

    run = actions.add_parser("run", help="replay a trainee's actions in a sandbox and score them")
    run.add_argument("scenario", type=Path, metavar="SCENARIO")
    run.add_argument("--actions", type=Path, required=True, metavar="FILE")
    run.add_argument("--trainee", metavar="USER", help="whose session it is (default: none)")
    run.add_argument("--language", choices=("en", "zh"), help="default: the customer's")
    run.add_argument(
        "--record", metavar="TRAINER", help="keep the result in the trainee's progress"
    )
    run.add_argument("--json", action="store_true")
    run.set_defaults(handler=run_replay)

    shown = actions.add_parser("progress", help="a trainee's sessions and scores")
    shown.add_argument("trainee", metavar="USER")
    shown.add_argument("--json", action="store_true")
    shown.set_defaults(handler=run_progress)


def run_check(_context: None, args: argparse.Namespace) -> int:
    files = scenario_files(args.path)
    if not files:
        raise CommandError(f"{args.path}: no scenario files (*.toml)")
    desk = _desk_reference()
    errors = 0
    ids: dict[str, Path] = {}
    for file in files:
        checked = check_scenario(file)
        problems = list(checked.diagnostics)
        if checked.scenario is not None:
            if desk is not None:
                problems.extend(check_against_desk(checked.scenario, *desk))
            if checked.scenario.id in ids:
                problems.append(
                    Diagnostic(
                        checked.scenario.source, f"id also used by {ids[checked.scenario.id]}"
                    )
                )
            ids[checked.scenario.id] = file
        for problem in problems:
            print(problem)
        errors += sum(not problem.warning for problem in problems)
    checked_against = (
        "" if desk is not None else " (no desk database: policy and articles not checked)"
    )
    print(f"{len(files)} scenario file(s), {errors} error(s){checked_against}", file=sys.stderr)
    return 1 if errors else 0


def _desk_reference() -> tuple[Policy, set[str]] | None:
    """The desk's policy in force and article ids, when there is a desk to check against."""
    try:
        context = AppContext(load_settings())
    except (ConfigError, DatabaseUrlError):  # no desk: the files are still checked alone
        return None
    try:
        require_current(context.engine)
        return context.compensations.active_policy(), set(article_hashes(context.engine))
    except (SchemaError, NoPolicyError, SQLAlchemyError):
        return None
    finally:
        context.close()


def run_list(_context: None, args: argparse.Namespace) -> int:
    scenarios = load_scenarios(args.path or scenarios_folder())
    if args.json:
        print_json([_summary(s) for s in scenarios])
        return 0
    print_table(
        ["ID", "DIFFICULTY", "LANGUAGE", "TITLE"],
        [(s.id, s.difficulty, s.persona.language, s.title.en) for s in scenarios],
    )
    return 0


def _summary(scenario: Scenario) -> dict[str, object]:
    return {
        "id": scenario.id,
        "title": {"en": scenario.title.en, "zh": scenario.title.zh},
        "summary": {"en": scenario.summary.en, "zh": scenario.summary.zh},
        "difficulty": str(scenario.difficulty),
        "language": scenario.persona.language,
        "skills": list(scenario.skills),
    }


def run_replay(context: AppContext, args: argparse.Namespace) -> int:
    try:
        scenario = load_scenario(args.scenario)
        actions = read_actions(args.actions)
    except (ScenarioError, ActionsFileError) as exc:
        raise CommandError(f"cannot run:\n{exc}") from None
    trainee = context.users.get(args.trainee) if args.trainee else stand_in_trainee()
    if args.record and not args.trainee:
        raise CommandError("--record needs --trainee: whose progress it is")
    trainer = args.record or "headless"
    try:
        run = replay(
            context,
            scenario,
            actions,
            trainee=trainee,
            trainer=trainer,
            language=args.language or scenario.persona.language,
            now=utcnow(),
        )
    except ReplayError as exc:
        raise CommandError(str(exc)) from None
    finished = run.finished_session()
    session_id = record_session(context.engine, finished) if args.record else None
    if args.json:
        print_json(
            {
                "scenario": scenario.id,
                "trainee": trainee.username,
                "recorded": session_id,
                **finished.card.as_dict(),
                "events": [event.as_dict() for event in run.events],
            }
        )
        return 0
    card = finished.card
    print(f"{scenario.id}: {card.earned}/{card.possible} ({card.percent} %)")
    for check in card.checks:
        mark = "ok  " if check.passed else "MISS" if check.earned == 0 else "part"
        print(f"  {mark} {check.earned}/{check.possible}  {check.title.en}: {check.detail.en}")
    return 0


def run_progress(context: AppContext, args: argparse.Namespace) -> int:
    context.users.get(args.trainee)  # an unknown user is an error, not an empty list
    records = progress(context.engine, args.trainee)
    if args.json:
        print_json([record.as_dict() for record in records])
        return 0
    print_table(
        ["ID", "FINISHED", "SCENARIO", "MODE", "CHECKS", "RUBRIC"],
        [
            (
                r.id,
                r.finished_at.strftime("%Y-%m-%d %H:%M"),
                r.scenario,
                r.mode,
                f"{r.percent} %",
                "" if r.rubric_percent is None else f"{r.rubric_percent} %",
            )
            for r in records
        ],
    )
    return 0
