"""A trainee's actions written down, for `frontline training run`: model answers, tests.

The format is described in docs/scenario-format.md ("Actions files"); problems are reported
as FILE:LINE diagnostics like a scenario's.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path

from store.located_toml import Diagnostic, Located, Source, TomlFileError, parse_toml

MAX_FILE_BYTES = 1_000_000


class Do(StrEnum):
    SEARCH = "search"
    CUSTOMER = "customer"
    ARTICLE = "article"
    REPLY = "reply"
    GRANT = "grant"
    ESCALATE = "escalate"
    END = "end"


# What each action needs and may have besides `at` and `do`.
_KEYS: dict[Do, tuple[set[str], set[str]]] = {
    Do.SEARCH: ({"query"}, set()),
    Do.CUSTOMER: ({"ref"}, set()),
    Do.ARTICLE: ({"article"}, set()),
    Do.REPLY: ({"text"}, set()),
    Do.GRANT: ({"kind", "reason"}, {"amount", "item", "case"}),
    Do.ESCALATE: (set(), {"text"}),
    Do.END: (set(), set()),
}


@dataclass(frozen=True)
class Action:
    at: float
    do: Do
    source: Source
    text: str = ""  # the query, reply, note or grant reason
    ref: str | None = None  # the customer's reference or the article's id
    kind: str | None = None
    amount: Decimal | None = None
    item: str | None = None
    case: dict[str, str | int | bool] = field(default_factory=dict)


class ActionsFileError(Exception):
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


def read_actions(path: Path) -> list[Action]:
    """The actions in a file, in order; ActionsFileError lists every problem."""
    try:
        document = parse_toml(path, path.read_bytes(), MAX_FILE_BYTES)
    except OSError as exc:
        raise ActionsFileError(
            [Diagnostic(Source(path, 0), f"cannot read: {exc.strerror}")]
        ) from None
    except TomlFileError as exc:
        raise ActionsFileError([Diagnostic(exc.source, exc.message)]) from None
    problems: list[Diagnostic] = []
    entries = document.value.get("actions")
    if set(document.value) != {"actions"} or not isinstance(entries, list):
        raise ActionsFileError([Diagnostic(Source(path, 1), "expected [[actions]] entries only")])
    actions: list[Action] = []
    for index in range(len(entries)):
        located = document.child("actions").child(index)
        found = _action(located, problems)
        if found is None:
            continue
        if actions and found.at < actions[-1].at:
            problems.append(
                Diagnostic(located.source("at"), f"at {found.at:g} is before the action above")
            )
        actions.append(found)
    if problems:
        raise ActionsFileError(problems)
    return actions


def _action(located: Located, problems: list[Diagnostic]) -> Action | None:
    entry = located.value
    if not isinstance(entry, dict):
        problems.append(Diagnostic(located.source(), "an action must be a table"))
        return None
    before = len(problems)
    try:
        do = Do(str(entry.get("do")))
    except ValueError:
        known = ", ".join(d.value for d in Do)
        problems.append(Diagnostic(located.source("do"), f"do must be one of: {known}"))
        return None
    at = entry.get("at")
    if isinstance(at, bool) or not isinstance(at, int | float) or at < 0:
        problems.append(Diagnostic(located.source("at"), "at must be the seconds since the start"))
        at = 0
    required, optional = _KEYS[do]
    for key in sorted(required - entry.keys()):
        problems.append(Diagnostic(located.source(), f'do = "{do}" needs {key}'))
    for key in sorted(entry.keys() - required - optional - {"at", "do"}):
        problems.append(Diagnostic(located.source(key), f'unknown key {key!r} for do = "{do}"'))
    amount = _amount(located, problems)
    case = entry.get("case", {})
    if not isinstance(case, dict):
        problems.append(Diagnostic(located.source("case"), "case must be a table"))
    if len(problems) > before:
        return None
    text = entry.get("query") or entry.get("text") or entry.get("reason") or ""
    return Action(
        at=float(at),
        do=do,
        source=located.source(),
        text=str(text),
        ref=entry.get("ref") or entry.get("article"),
        kind=entry.get("kind"),
        amount=amount,
        item=entry.get("item"),
        case=case,
    )


def _amount(located: Located, problems: list[Diagnostic]) -> Decimal | None:
    value = located.value.get("amount")
    if value is None:
        return None
    try:
        return Decimal(str(value)) if isinstance(value, str) else Decimal("x")
    except InvalidOperation:
        problems.append(
            Diagnostic(located.source("amount"), 'amount must be a string, e.g. "30.00"')
        )
        return None
