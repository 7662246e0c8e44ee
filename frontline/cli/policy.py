"""`frontline policy check`: validate a policy folder before it is used."""

import argparse
from pathlib import Path

from frontline.cli.output import print_json
from frontline.context import AppContext
from policies.loader import check_policy


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    policy = commands.add_parser("policy", help="check the authorisation matrix")
    actions = policy.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate policy files; FILE:LINE for each problem")
    check.add_argument("path", type=Path, help="a policy folder or one .toml file")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.set_defaults(handler=run_check, needs_schema=False, needs_database=False)


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
