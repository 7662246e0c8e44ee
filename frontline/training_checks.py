"""Checking scenarios against the desk they will run on: its policy and knowledge base."""

from collections.abc import Iterator

from policies.model import Policy
from store.located_toml import Diagnostic, Source
from training.events import article_base
from training.scenario import Scenario


def check_against_desk(
    scenario: Scenario, policy: Policy, article_ids: set[str]
) -> list[Diagnostic]:
    """Kinds, categories, roles and articles the scenario names that the desk does not know."""
    problems = [
        Diagnostic(
            source,
            f"unknown compensation kind {kind!r} (the policy has: "
            f"{', '.join(sorted(policy.kinds))})",
        )
        for source, kind in _kinds(scenario)
        if kind not in policy.kinds
    ]
    categories = {
        value
        for rule in policy.rules
        for condition in rule.conditions
        if condition.fact == "case.category"
        for value in condition.one_of or ()
    }
    if scenario.expect.compensation is not None and scenario.case.category not in categories:
        problems.append(
            Diagnostic(
                scenario.case.source,
                f"no rule of the policy is about case category {scenario.case.category!r}",
                warning=True,
            )
        )
    if scenario.role not in policy.roles:
        problems.append(Diagnostic(scenario.source, f"the policy has no role {scenario.role!r}"))
    known = {article_base(article_id) for article_id in article_ids}
    problems.extend(
        Diagnostic(source, f"no article {article!r} in the knowledge base")
        for source, article in _articles(scenario)
        if article_base(article) not in known
    )
    return problems


def _kinds(scenario: Scenario) -> Iterator[tuple[Source, str]]:
    expect = scenario.expect
    if expect.compensation is not None:
        yield from ((expect.source, kind) for kind in expect.compensation.kinds)
    for rule in (*expect.beyond_authority, *expect.forbidden):
        yield from ((rule.source, kind) for kind in rule.kinds)
    for turn in scenario.turns:
        for branch in turn.branches:
            yield from ((branch.source, kind) for kind in branch.kinds)


def _articles(scenario: Scenario) -> Iterator[tuple[Source, str]]:
    yield from ((scenario.expect.source, article) for article in scenario.expect.articles)
    for turn in scenario.turns:
        for branch in turn.branches:
            if branch.article is not None:
                yield branch.source, branch.article
