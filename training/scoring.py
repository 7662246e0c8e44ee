"""The automatic checks of a session: articles, compensation, authority, escalation, forbidden
actions and time, each with its points and a bilingual explanation."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Generic, Protocol, TypeVar

from store.bilingual import Text
from training.dialogue import branch_matches
from training.events import Event, EventKind, GrantOutcome, same_article
from training.scenario import Branch, Forbidden, Scenario, Trigger

ARTICLE_POINTS = 2
COMPENSATION_POINTS = 3
AUTHORITY_POINTS = 3
ESCALATION_POINTS = 2
FORBIDDEN_POINTS = 2
TIME_POINTS = 2


@dataclass(frozen=True)
class Check:
    id: str
    title: Text
    earned: int
    possible: int
    detail: Text

    @property
    def passed(self) -> bool:
        return self.earned == self.possible

    @property
    def failed(self) -> bool:
        """Not a point earned: what a debrief shows in red."""
        return self.earned == 0 and self.possible > 0

    @classmethod
    def from_dict(cls, entry: Mapping[str, object]) -> "Check":
        """A check as `as_dict` stored it."""

        def text(key: str) -> Text:
            value = entry.get(key)
            if isinstance(value, Mapping):
                return Text(str(value.get("en", "")), str(value.get("zh", "")))
            return Text(str(value or ""), str(value or ""))

        earned, possible = int(str(entry["earned"])), int(str(entry["possible"]))
        return cls(str(entry.get("id", "")), text("title"), earned, possible, text("detail"))

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": {"en": self.title.en, "zh": self.title.zh},
            "earned": self.earned,
            "possible": self.possible,
            "passed": self.passed,
            "detail": {"en": self.detail.en, "zh": self.detail.zh},
        }


def percent_of(earned: int, possible: int) -> int:
    return round(100 * earned / possible) if possible else 100


class PointsLike(Protocol):
    @property
    def earned(self) -> int: ...

    @property
    def possible(self) -> int: ...


C = TypeVar("C", bound=PointsLike)


class Tally(Generic[C]):
    """Points over a set of checks: the score card's, and a debrief's."""

    checks: tuple[C, ...]

    @property
    def earned(self) -> int:
        return sum(check.earned for check in self.checks)

    @property
    def possible(self) -> int:
        return sum(check.possible for check in self.checks)

    @property
    def percent(self) -> int:
        return percent_of(self.earned, self.possible)


@dataclass(frozen=True)
class ScoreCard(Tally[Check]):
    checks: tuple[Check, ...]
    minutes: float

    @property
    def flags(self) -> tuple[Check, ...]:
        """Checks that failed outright: what the debrief shows first."""
        return tuple(check for check in self.checks if check.failed)

    def as_dict(self) -> dict[str, object]:
        return {
            "earned": self.earned,
            "possible": self.possible,
            "percent": self.percent,
            "minutes": round(self.minutes, 1),
            "checks": [check.as_dict() for check in self.checks],
        }


KindNames = Mapping[str, Text]  # compensation kind id: its name in the policy


def score(scenario: Scenario, events: list[Event], kinds: KindNames | None = None) -> ScoreCard:
    """The automatic checks; `kinds` names compensation kinds in the details (else their ids)."""
    expect, names = scenario.expect, kinds or {}
    minutes = _duration(events) / 60
    checks = [_article(article, events) for article in expect.articles]
    checks.append(_compensation(scenario, events, names))
    checks.append(_authority(scenario, events, names))
    checks.append(_escalation(scenario, events))
    checks.extend(_avoided(index, rule, events) for index, rule in enumerate(expect.forbidden))
    checks.append(_time(minutes, expect.target_minutes))
    return ScoreCard(tuple(checks), minutes)


def _duration(events: list[Event]) -> float:
    ends = [event.at for event in events if event.kind is EventKind.END]
    return ends[0] if ends else max((event.at for event in events), default=0.0)


def _article(article: str, events: list[Event]) -> Check:
    found = any(
        same_article(article, hit) for e in events if e.kind is EventKind.SEARCH for hit in e.found
    )
    opened = any(
        e.kind is EventKind.ARTICLE and e.ref is not None and same_article(article, e.ref)
        for e in events
    )
    earned = int(found or opened) + int(opened)
    if opened:
        detail = Text(f"{article} was opened.", f"已打开 {article}。")
    elif found:
        detail = Text(
            f"{article} was in the search results but never opened.",
            f"{article} 出现在搜索结果中，但没有打开。",
        )
    else:
        detail = Text(f"{article} was neither found nor opened.", f"没有找到也没有打开 {article}。")
    return Check(
        f"article:{article}",
        Text(f"Key article {article}", f"关键文章 {article}"),
        earned,
        ARTICLE_POINTS,
        detail,
    )


def _grants(events: list[Event]) -> list[Event]:
    return [
        e for e in events if e.kind is EventKind.GRANT and e.outcome is not GrantOutcome.REFUSED
    ]


def _kind_list(ids: Iterable[str], kinds: KindNames) -> Text:
    names = [kinds.get(kind_id, Text(kind_id, kind_id)) for kind_id in ids]
    return Text(", ".join(n.en for n in names), "、".join(n.zh for n in names))


def _compensation(scenario: Scenario, events: list[Event], kinds: KindNames) -> Check:
    expected = scenario.expect.compensation
    given = _grants(events)
    title = Text("Compensation", "补偿")
    total = sum((e.amount or Decimal(0) for e in given), Decimal(0))
    if expected is None:
        ok = not given
        detail = (
            Text("Nothing was given, as the case needs.", "未给予补偿，符合本案需要。")
            if ok
            else Text(
                f"{total} was given where the case needs no compensation.",
                f"本案无需补偿，却给予了 {total}。",
            )
        )
        return Check(
            "compensation", title, COMPENSATION_POINTS if ok else 0, COMPENSATION_POINTS, detail
        )
    span, acceptable = (
        f"{expected.min_amount}–{expected.max_amount}",
        _kind_list(expected.kinds, kinds),
    )
    wanted = Text(f"{span} ({acceptable.en})", f"{span}（{acceptable.zh}）")
    if not given:
        ok = not expected.required
        detail = Text(
            f"Nothing was given; acceptable: {wanted.en}.",
            f"未给予补偿；可接受范围：{wanted.zh}。",
        )
        return Check(
            "compensation", title, COMPENSATION_POINTS if ok else 0, COMPENSATION_POINTS, detail
        )
    kinds_ok = all(e.compensation in expected.kinds for e in given)
    amount_ok = expected.min_amount <= total <= expected.max_amount
    granted = _kind_list(sorted({e.compensation or "" for e in given}), kinds)
    detail = Text(
        f"Given: {total} ({granted.en}); acceptable: {wanted.en}.",
        f"已给予：{total}（{granted.zh}）；可接受范围：{wanted.zh}。",
    )
    earned = COMPENSATION_POINTS if kinds_ok and amount_ok else 1 if kinds_ok or amount_ok else 0
    return Check("compensation", title, earned, COMPENSATION_POINTS, detail)


def _authority(scenario: Scenario, events: list[Event], kinds: KindNames) -> Check:
    problems: list[Text] = []
    for event in events:
        if event.kind is not EventKind.GRANT:
            continue
        name = _kind_list([event.compensation or ""], kinds)
        amount = "" if event.amount is None else f" {event.amount}"
        if event.outcome is GrantOutcome.REFUSED:
            problems.append(
                Text(f"the policy refused {name.en}{amount}", f"政策拒绝了{name.zh}{amount}")
            )
        elif event.outcome is GrantOutcome.PENDING and not scenario.expect.escalate:
            problems.append(
                Text(
                    f"{name.en}{amount} was sent for approval needlessly",
                    f"{name.zh}{amount} 本无需提交审批",
                )
            )
        problems.extend(
            rule.why for rule in scenario.expect.beyond_authority if violates(rule, event)
        )
    title = Text("Within authority", "在授权范围内")
    if not problems:
        detail = Text("Nothing beyond the trainee's authority.", "没有超出授权的操作。")
        return Check("authority", title, AUTHORITY_POINTS, AUTHORITY_POINTS, detail)
    detail = Text("; ".join(p.en for p in problems), "；".join(p.zh for p in problems))
    return Check("authority", title, 0, AUTHORITY_POINTS, detail)


def _escalation(scenario: Scenario, events: list[Event]) -> Check:
    escalated = any(
        e.kind is EventKind.ESCALATE
        or (e.kind is EventKind.GRANT and e.outcome is GrantOutcome.PENDING)
        for e in events
    )
    title = Text("Escalation", "升级处理")
    if scenario.expect.escalate:
        detail = (
            Text("A supervisor was involved, as the case needs.", "已按本案需要请主管介入。")
            if escalated
            else Text(
                "The case needed a supervisor, but none was asked.", "本案需要主管处理，但未升级。"
            )
        )
        return Check(
            "escalation", title, ESCALATION_POINTS if escalated else 0, ESCALATION_POINTS, detail
        )
    handed = any(e.kind is EventKind.ESCALATE for e in events)
    detail = (
        Text(
            "Handed to a supervisor although the trainee could solve it.",
            "本可自行解决，却转交给了主管。",
        )
        if handed
        else Text("Solved without passing the customer on.", "未转交他人，自行解决。")
    )
    return Check("escalation", title, 0 if handed else ESCALATION_POINTS, ESCALATION_POINTS, detail)


def violates(rule: Forbidden, event: Event) -> bool:
    """Whether the event is an action the rule forbids. For `grant`, a grant the policy refused
    counts too (it was attempted); asking approval does not: that is the way to act beyond
    one's authority, and `approval` rules catch it when even that is wrong."""
    if rule.on is Trigger.GRANT and event.outcome is GrantOutcome.REFUSED:
        event = replace(event, outcome=GrantOutcome.GRANTED)
    as_branch = Branch(rule.on, "", rule.source, words=rule.words, kinds=rule.kinds)
    if not branch_matches(as_branch, event):
        return False
    return rule.above is None or (event.amount is not None and event.amount > rule.above)


def _avoided(index: int, rule: Forbidden, events: list[Event]) -> Check:
    broken = [e for e in events if violates(rule, e)]
    title = Text("Forbidden action", "禁止的行为")
    detail = (
        Text(f"Avoided: {rule.why.en}", f"已避免：{rule.why.zh}")
        if not broken
        else Text(
            f"Done {len(broken)} time(s): {rule.why.en}", f"出现 {len(broken)} 次：{rule.why.zh}"
        )
    )
    earned = 0 if broken else FORBIDDEN_POINTS
    return Check(f"forbidden:{index}", title, earned, FORBIDDEN_POINTS, detail)


def _time(minutes: float, target: int) -> Check:
    earned = TIME_POINTS if minutes <= target else 1 if minutes <= 1.5 * target else 0
    detail = Text(
        f"{minutes:.1f} minutes; target {target}.", f"用时 {minutes:.1f} 分钟；目标 {target} 分钟。"
    )
    return Check("time", Text("Time", "用时"), earned, TIME_POINTS, detail)
