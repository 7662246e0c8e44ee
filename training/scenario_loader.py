"""Reading scenario files: a `Scenario`, or every problem found as FILE:LINE diagnostics.

The format is described in docs/scenario-format.md. This module checks what a scenario file
can check on its own (keys, types, amounts, turns and branches that lead somewhere); whether
its kinds, categories and articles exist in the desk's policy and knowledge base is checked
where those are known (`frontline.training_checks`).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from store.bilingual import Text
from store.located_toml import Diagnostic, Located, Source, TomlFileError, parse_toml
from training.scenario import (
    Branch,
    CaseSpec,
    CompensationExpectation,
    Difficulty,
    Expectations,
    Forbidden,
    Persona,
    Scenario,
    SeedContact,
    SeedFeedback,
    SeedOrder,
    Trigger,
    Turn,
)

MAX_FILE_BYTES = 1_000_000
IDENTIFIER = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
LANGUAGES = ("en", "zh")
T = TypeVar("T")


class ScenarioError(Exception):
    """A scenario file with errors; every problem is listed."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


@dataclass
class ScenarioCheck:
    scenario: Scenario | None
    diagnostics: list[Diagnostic] = field(default_factory=list)


def scenario_files(path: Path) -> list[Path]:
    return [path] if path.is_file() else sorted(path.glob("*.toml"))


def load_scenario(path: Path) -> Scenario:
    """The scenario in one file; ScenarioError lists every problem."""
    checked = check_scenario(path)
    if checked.scenario is None:
        raise ScenarioError(checked.diagnostics)
    return checked.scenario


def load_scenarios(folder: Path) -> list[Scenario]:
    """Every valid scenario in a folder, by title; files with errors are left out."""
    found = [check_scenario(file).scenario for file in scenario_files(folder)]
    return sorted((s for s in found if s is not None), key=lambda s: s.id)


def check_scenario(path: Path) -> ScenarioCheck:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ScenarioCheck(None, [Diagnostic(Source(path, 0), f"cannot read: {exc.strerror}")])
    try:
        document = parse_toml(path, data, MAX_FILE_BYTES)
    except TomlFileError as exc:
        return ScenarioCheck(None, [Diagnostic(exc.source, exc.message)])
    reader = _Reader()
    scenario = reader.scenario(document)
    problems = sorted(reader.diagnostics, key=lambda d: d.source.line)
    failed = any(not d.warning for d in problems)
    return ScenarioCheck(None if failed else scenario, problems)


class _InvalidError(Exception):
    """A value is wrong; its diagnostic is recorded already."""


class _Reader:
    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def error(self, source: Source, message: str) -> None:
        self.diagnostics.append(Diagnostic(source, message))

    # --- the document

    def scenario(self, document: Located) -> Scenario | None:
        try:
            self._keys(document, {"scenario", "persona", "case", "turns", "expect"})
        except _InvalidError:
            return None
        # Each section is read even when another has errors, so that one check lists them all.
        header = self._section(document, "scenario", self._header)
        persona = self._section(document, "persona", self._persona)
        orders = _declared_orders(document.value.get("persona"))
        case = self._section(document, "case", lambda located: self._case(located, orders))
        expect = self._section(document, "expect", self._expectations)
        turns = self._section(document, "turns", self._turns)
        if header is None or persona is None or case is None or expect is None or turns is None:
            return None
        return Scenario(**header, persona=persona, case=case, turns=turns, expect=expect)

    def _section(self, document: Located, key: str, read: Callable[[Located], T]) -> T | None:
        if key not in document.value:
            return None  # reported as missing
        try:
            return read(document.child(key))
        except _InvalidError:
            return None

    def _header(self, located: Located) -> dict[str, Any]:
        self._table(located, "[scenario]")
        self._keys(located, {"id", "title", "summary", "difficulty"}, {"skills", "role"})
        return {
            "id": self._identifier(located, "id"),
            "title": self._text(located, "title"),
            "summary": self._text(located, "summary"),
            "difficulty": self._choice(located, "difficulty", Difficulty),
            "skills": self._strings(located, "skills"),
            "source": located.source(),
            "role": self._identifier(located, "role", "agent"),
        }

    def _persona(self, located: Located) -> Persona:
        self._table(located, "[persona]")
        self._keys(
            located,
            {"ref", "name", "language", "tier", "customer_for_days", "briefing"},
            {"phones", "emails", "tags", "orders", "contacts", "feedback"},
        )
        orders = tuple(self._each(located, "orders", self._order))
        refs = [order.ref for order in orders]
        for index, ref in enumerate(refs):
            if ref in refs[:index]:
                self.error(
                    located.child("orders").child(index).source("ref"), f"order {ref!r} twice"
                )
        return Persona(
            ref=self._string(located, "ref"),
            name=self._string(located, "name"),
            language=self._language(located),
            tier=self._identifier(located, "tier"),
            customer_for_days=self._integer(located, "customer_for_days", 0, 36_500),
            briefing=self._text(located, "briefing"),
            phones=self._strings(located, "phones"),
            emails=self._strings(located, "emails"),
            tags=self._strings(located, "tags"),
            orders=orders,
            contacts=tuple(self._each(located, "contacts", self._contact)),
            feedback=tuple(self._each(located, "feedback", self._feedback)),
        )

    def _order(self, located: Located) -> SeedOrder:
        self._keys(located, {"ref", "days_ago", "amount", "status", "items"})
        return SeedOrder(
            ref=self._string(located, "ref"),
            days_ago=self._integer(located, "days_ago", 0, 36_500),
            amount=self._amount(located, "amount"),
            status=self._identifier(located, "status"),
            items=self._string(located, "items"),
        )

    def _contact(self, located: Located) -> SeedContact:
        self._keys(
            located,
            {"days_ago", "channel", "category", "summary", "outcome"},
            {"agent", "satisfaction", "complaint"},
        )
        return SeedContact(
            days_ago=self._integer(located, "days_ago", 0, 36_500),
            channel=self._identifier(located, "channel"),
            category=self._identifier(located, "category"),
            summary=self._string(located, "summary"),
            outcome=self._string(located, "outcome"),
            agent=self._optional(located, "agent", self._string),
            satisfaction=self._optional(
                located, "satisfaction", lambda t, k: self._integer(t, k, 1, 5)
            ),
            complaint=self._optional(
                located, "complaint", lambda t, k: self._one_of(t, k, ("open", "resolved"))
            ),
        )

    def _feedback(self, located: Located) -> SeedFeedback:
        self._keys(located, {"days_ago", "kind", "score"}, {"comment"})
        kind = self._one_of(located, "kind", ("nps", "csat"))
        low, high = (0, 10) if kind == "nps" else (1, 5)
        return SeedFeedback(
            days_ago=self._integer(located, "days_ago", 0, 36_500),
            kind=kind,
            score=self._integer(located, "score", low, high),
            comment=self._optional(located, "comment", self._string) or "",
        )

    def _case(self, located: Located, orders: set[str]) -> CaseSpec:
        self._table(located, "[case]")
        self._keys(located, {"category"}, {"order", "severity", "facts"})
        order = self._optional(located, "order", self._string)
        if order is not None and order not in orders:
            self.error(located.source("order"), f"order {order!r} is not among [[persona.orders]]")
        facts = located.value.get("facts", {})
        if not isinstance(facts, dict) or not all(
            isinstance(value, str | int | bool) for value in facts.values()
        ):
            self.error(
                located.source("facts"), "facts must be a table of strings, numbers or true/false"
            )
            facts = {}
        return CaseSpec(
            category=self._identifier(located, "category"),
            source=located.source(),
            order=order,
            severity=self._optional(located, "severity", self._identifier),
            facts=dict(facts),
        )

    def _expectations(self, located: Located) -> Expectations:
        self._table(located, "[expect]")
        self._keys(
            located,
            {"target_minutes"},
            {"articles", "compensation", "escalate", "beyond_authority", "forbidden"},
        )
        return Expectations(
            source=located.source(),
            articles=self._strings(located, "articles"),
            compensation=self._optional(located, "compensation", self._compensation),
            escalate=self._optional(located, "escalate", self._boolean) or False,
            beyond_authority=tuple(self._each(located, "beyond_authority", self._forbidden)),
            forbidden=tuple(self._each(located, "forbidden", self._forbidden)),
            target_minutes=self._integer(located, "target_minutes", 1, 120),
        )

    def _compensation(self, table: Located, key: str) -> CompensationExpectation:
        located = table.child(key)
        self._table(located, "[expect.compensation]")
        self._keys(located, {"kinds", "min", "max"}, {"required"})
        low, high = self._amount(located, "min"), self._amount(located, "max")
        if low > high:
            self.error(located.source("min"), f"min {low} is above max {high}")
        kinds = self._strings(located, "kinds")
        if not kinds:
            self.error(located.source("kinds"), "name at least one kind of compensation")
        return CompensationExpectation(
            kinds, low, high, self._optional(located, "required", self._boolean) or False
        )

    def _forbidden(self, located: Located) -> Forbidden:
        self._keys(located, {"on", "why"}, {"words", "kinds", "above"})
        on = self._choice(located, "on", Trigger)
        return Forbidden(
            on=on,
            why=self._text(located, "why"),
            source=located.source(),
            words=self._strings(located, "words"),
            kinds=self._strings(located, "kinds"),
            above=self._optional(located, "above", self._amount),
        )

    # --- the dialogue

    def _turns(self, located: Located) -> tuple[Turn, ...]:
        turns = tuple(self._each_entry(located, "[[turns]]", self._turn))
        if not turns:
            self.error(located.source(), "a scenario needs at least one [[turns]]")
            raise _InvalidError
        ids = [turn.id for turn in turns]
        for turn in turns:
            if ids.count(turn.id) > 1 and ids.index(turn.id) != turns.index(turn):
                self.error(turn.source, f"turn {turn.id!r} is defined twice")
            for branch in turn.branches:
                if branch.goto not in ids:
                    self.error(branch.source, f"goto {branch.goto!r}: no turn has this id")
            if not turn.ends and not turn.branches:
                self.error(turn.source, f"turn {turn.id!r} has no [[turns.next]] and does not end")
        if not any(turn.ends for turn in turns):
            self.error(turns[0].source, "no turn ends the conversation (ends = true)")
        self._reachable(turns)
        return turns

    def _reachable(self, turns: tuple[Turn, ...]) -> None:
        by_id = {turn.id: turn for turn in turns}
        seen, waiting = {turns[0].id}, [turns[0]]
        while waiting:
            for branch in waiting.pop().branches:
                if branch.goto in by_id and branch.goto not in seen:
                    seen.add(branch.goto)
                    waiting.append(by_id[branch.goto])
        for turn in turns:
            if turn.id not in seen:
                self.diagnostics.append(
                    Diagnostic(turn.source, f"turn {turn.id!r} can never be reached", warning=True)
                )

    def _turn(self, located: Located) -> Turn:
        self._keys(located, {"id", "says"}, {"next", "ends"})
        return Turn(
            id=self._identifier(located, "id"),
            says=self._text(located, "says"),
            source=located.source(),
            branches=tuple(self._each(located, "next", self._branch)),
            ends=self._optional(located, "ends", self._boolean) or False,
        )

    def _branch(self, located: Located) -> Branch:
        self._keys(located, {"on", "goto"}, {"words", "article", "kinds", "min", "max"})
        on = self._choice(located, "on", Trigger)
        if on is Trigger.ARTICLE and "article" not in located.value:
            self.error(located.source(), 'on = "article" needs article = "ID"')
        return Branch(
            on=on,
            goto=self._identifier(located, "goto"),
            source=located.source(),
            words=self._strings(located, "words"),
            article=self._optional(located, "article", self._string),
            kinds=self._strings(located, "kinds"),
            min_amount=self._optional(located, "min", self._amount),
            max_amount=self._optional(located, "max", self._amount),
        )

    # --- shapes

    def _keys(
        self,
        located: Located,
        required: set[str],
        optional: frozenset[str] | set[str] = frozenset(),
    ) -> bool:
        if not isinstance(located.value, dict):
            self.error(located.source(), "expected a table")
            raise _InvalidError
        ok = True
        for key in sorted(required - located.value.keys()):
            self.error(located.source(), f"missing {key!r}")
            ok = False
        for key in located.value.keys() - required - optional:
            known = ", ".join(sorted(required | optional))
            self.error(located.source(key), f"unknown key {key!r} (known: {known})")
            ok = False
        return ok

    def _table(self, located: Located, name: str) -> None:
        if not isinstance(located.value, dict):
            self.error(located.source(), f"{name} must be a table")
            raise _InvalidError

    def _each(self, table: Located, key: str, read: Callable[[Located], T]) -> list[T]:
        if key not in table.value:
            return []
        return self._each_entry(table.child(key), key, read)

    def _each_entry(self, located: Located, name: str, read: Callable[[Located], T]) -> list[T]:
        if not isinstance(located.value, list):
            self.error(located.source(), f"{name} must be an array of tables ([[...]])")
            return []
        found = []
        for index in range(len(located.value)):
            try:
                found.append(read(located.child(index)))
            except _InvalidError:
                continue
        return found

    def _value(self, table: Located, key: str) -> Any:
        if key not in table.value:
            raise _InvalidError  # reported as missing by _keys
        return table.value[key]

    def _optional(self, table: Located, key: str, read: Callable[[Located, str], T]) -> T | None:
        return read(table, key) if key in table.value else None

    def _string(self, table: Located, key: str) -> str:
        value = self._value(table, key)
        if not isinstance(value, str) or not value.strip():
            self.error(table.source(key), f"{key} must be a non-empty string")
            raise _InvalidError
        return value.strip()

    def _identifier(self, table: Located, key: str, default: str | None = None) -> str:
        if default is not None and key not in table.value:
            return default
        value = self._string(table, key)
        if not IDENTIFIER.fullmatch(value):
            self.error(table.source(key), f"{key} {value!r}: use lower-case letters, digits, - _ .")
            raise _InvalidError
        return value

    def _one_of(self, table: Located, key: str, choices: tuple[str, ...]) -> str:
        value = self._string(table, key)
        if value not in choices:
            self.error(table.source(key), f"{key} {value!r}: one of {', '.join(choices)}")
            raise _InvalidError
        return value

    def _language(self, table: Located) -> str:
        return self._one_of(table, "language", LANGUAGES)

    def _choice(self, table: Located, key: str, enum: type[Difficulty] | type[Trigger]) -> Any:
        return enum(self._one_of(table, key, tuple(member.value for member in enum)))

    def _integer(self, table: Located, key: str, low: int, high: int) -> int:
        value = self._value(table, key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(table.source(key), f"{key} must be a whole number from {low} to {high}")
            raise _InvalidError
        return value

    def _boolean(self, table: Located, key: str) -> bool:
        value = self._value(table, key)
        if not isinstance(value, bool):
            self.error(table.source(key), f"{key} must be true or false")
            raise _InvalidError
        return value

    def _amount(self, table: Located, key: str) -> Decimal:
        value = self._value(table, key)
        try:
            if not isinstance(value, str):
                raise InvalidOperation
            amount = Decimal(value)
        except InvalidOperation:
            self.error(
                table.source(key), f'{key} must be an amount written as a string, e.g. "30.00"'
            )
            raise _InvalidError from None
        if not amount.is_finite() or amount < 0 or amount.as_tuple().exponent < -2:  # type: ignore[operator]
            self.error(
                table.source(key),
                f"{key} {value!r} is not an amount of money (at most 2 decimals, not negative)",
            )
            raise _InvalidError
        return amount

    def _strings(self, table: Located, key: str) -> tuple[str, ...]:
        value = table.value.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.error(table.source(key), f"{key} must be a list of non-empty strings")
            return ()
        return tuple(v.strip() for v in value)

    def _text(self, table: Located, key: str) -> Text:
        value = self._value(table, key)
        if (
            not isinstance(value, dict)
            or set(value) != {"en", "zh"}
            or not all(isinstance(v, str) and v.strip() for v in value.values())
        ):
            self.error(
                table.source(key), f'{key} needs both languages: {key} = {{ en = "…", zh = "…" }}'
            )
            raise _InvalidError
        return Text(value["en"].strip(), value["zh"].strip())


def _declared_orders(persona: object) -> set[str]:
    """The order refs the persona declares, valid or not: a bad order is reported once."""
    entries = persona.get("orders", []) if isinstance(persona, dict) else []
    return (
        {str(e.get("ref")) for e in entries if isinstance(e, dict)}
        if isinstance(entries, list)
        else set()
    )
