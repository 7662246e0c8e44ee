"""`frontline policy check`: validate a policy folder before it is used."""

import argparse
from pathlib import Path

from frontline.cli.output import print_json, print_table
from frontline.context import AppContext
from policies.loader import check_policy, load_policy
from policies.policy_tests import run_policy_tests


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    policy = commands.add_parser("policy", help="check the authorisation matrix")
    actions = policy.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate policy files; FILE:LINE for each problem")
    check.add_argument("path", type=Path, help="a policy folder or one .toml file")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.set_defaults(handler=run_check, needs_schema=False, needs_database=False)
    load = actions.add_parser("load", help="put a policy in force (only if it has no errors)")
    load.add_argument("path", type=Path, help="a policy folder or one .toml file")
    load.add_argument("--by", default="admin", metavar="USER", help="who loads it (recorded)")
    load.set_defaults(handler=run_load)
    show = actions.add_parser("history", help="the policies put in force, newest first")
    show.add_argument("--json", action="store_true", help="print the history as JSON")
    show.set_defaults(handler=run_history)
    test = actions.add_parser("test", help="run the test cases written in the policy files")
    test.add_argument("path", type=Path, help="a policy folder or one .toml file")
    test.add_argument("--json", action="store_true", help="print the results as JSON")
    test.set_defaults(handler=run_test, needs_schema=False, needs_database=False)


def run_check(_context: AppContext | None, args: argparse.Namespace) -> int:
    result = check_policy(args.path)
    if args.json:
        print_json(
            {
                "valid": result.policy is not None,
                "version": result.policy.version if result.policy else None,
                "problems": [
                    {
                        "file": str(d.source.file),
                        "line": d.source.line,
                        "message": d.message,
                        "severity": "warning" if d.warning else "error",
                    }
                    for d in result.diagnostics
                ],
            }
        )
    else:
        for diagnostic in result.diagnostics:
            print(diagnostic)
        if result.policy is not None:
            policy = result.policy
            print(
                f"{args.path}: OK: {len(policy.rules)} rules, {len(policy.kinds)} kinds, "
                f"{len(policy.roles)} roles, {len(policy.budgets)} budgets; "
                f"version {policy.version[:12]}"
            )
    return 0 if result.policy is not None else 1


def run_test(_context: AppContext | None, args: argparse.Namespace) -> int:
    result = check_policy(args.path)
    if result.policy is None:
        for diagnostic in result.errors:
            print(diagnostic)
        return 1
    results = run_policy_tests(result.policy)
    failed = [r for r in results if not r.passed]
    if args.json:
        print_json(
            {
                "version": result.policy.version,
                "passed": len(results) - len(failed),
                "failed": len(failed),
                "tests": [
                    {
                        "name": r.name,
                        "file": str(r.source.file),
                        "line": r.source.line,
                        "passed": r.passed,
                        "failures": r.failures,
                    }
                    for r in results
                ],
            }
        )
    else:
        for r in results:
            print(f"{'PASS' if r.passed else 'FAIL'}  {r.source}: {r.name}")
            for failure in r.failures:
                print(f"      {failure}")
        print(f"{len(results)} tests: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed or not results else 0


def run_load(context: AppContext, args: argparse.Namespace) -> int:
    # A policy with errors raises PolicyError, listing them: the policy in force stays.
    policy = load_policy(args.path)
    loader = context.users.get(args.by)
    changed = context.compensations.load_policy(
        policy, by=loader.username, source=str(args.path.resolve())
    )
    state = "now in force" if changed else "already in force"
    print(f"{policy.name}: version {policy.version[:12]} {state} ({len(policy.rules)} rules)")
    return 0


def run_history(context: AppContext, args: argparse.Namespace) -> int:
    loads = context.compensations.policies.history()
    if args.json:
        print_json([load.as_dict() for load in loads])
        return 0
    print_table(
        ["VERSION", "LOADED", "BY", "NAME", "FROM"],
        [
            [p.version[:12], f"{p.loaded_at:%Y-%m-%d %H:%M}", p.loaded_by, p.name, p.source]
            for p in loads
        ],
    )
    return 0
