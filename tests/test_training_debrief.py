"""The debrief report without the UI: what it holds, and its HTML in both languages."""

from datetime import timedelta
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from frontline.context import AppContext
from frontline.training import TrainingRun
from store.bilingual import Text
from tests.test_training import SCENARIO
from training.debrief import Debrief, Names, Who, clock
from training.debrief_html import debrief_html, file_name
from training.events import Event, EventKind, GrantOutcome
from training.records import FinishedSession, progress, record_session
from training.rubric import RubricScore
from training.scenario_loader import load_scenario

SCRIPT = "<script>alert('x')</script>"
NAMES = Names(
    {"wang.wei": "王伟", "liu.yang": "刘洋"},
    {"voucher": Text("Voucher", "代金券"), "refund": Text("Refund", "退款")},
    {"DEL-003": "Late parcels & what to offer"},
)
RUBRIC = (
    RubricScore("empathy", 3, "Warm <b>opening</b>"),
    RubricScore("ownership", 4),
)


def played(language: str = "en") -> TrainingRun:
    run = TrainingRun(load_scenario(SCENARIO), "wang.wei", "liu.yang", "scripted", language)
    run.record(Event(10, EventKind.SEARCH, text="late parcel", found=("DEL-003", "DEL-001")))
    run.record(Event(20, EventKind.CUSTOMER, ref="T-2001"))
    run.record(Event(35, EventKind.ARTICLE, ref="DEL-003"))
    run.record(Event(60, EventKind.REPLY, text=f"Sorry! {SCRIPT}"))
    run.record(
        Event(
            95,
            EventKind.GRANT,
            compensation="voucher",
            amount=Decimal("30.00"),
            outcome=GrantOutcome.GRANTED,
        )
    )
    run.record(
        Event(
            130,
            EventKind.GRANT,
            compensation="refund",
            amount=Decimal(899),
            outcome=GrantOutcome.REFUSED,
        )
    )
    run.end(at=200)
    return run


def finished(language: str = "en") -> FinishedSession:
    return played(language).finished_session(RUBRIC, "Good start.\nMind the <jargon> & SLA.")


def test_a_debrief_holds_the_session() -> None:
    debrief = Debrief.from_finished(finished(), NAMES)
    assert debrief.title.en == "A loyal customer's late delivery"
    assert (debrief.trainee, debrief.trainer) == ("王伟 (wang.wei)", "刘洋 (liu.yang)")
    assert debrief.seconds == 200
    assert (debrief.earned, debrief.possible) == (11, 14)  # refused refund: not within authority
    assert debrief.percent == 79
    failed = [c.title.en for c in debrief.checks if c.failed]
    assert failed == ["Within authority"]
    assert [(line.criterion.id, line.score) for line in debrief.rubric] == [
        ("empathy", 3),
        ("listening", None),
        ("language", None),
        ("ownership", 4),
    ]
    assert debrief.rubric_percent == 88
    times = [entry.at for entry in debrief.timeline]
    assert times == sorted(times)
    assert debrief.timeline[0].who is Who.CUSTOMER
    assert debrief.timeline[-1].kind is EventKind.END
    grant = next(e for e in debrief.timeline if e.outcome is GrantOutcome.GRANTED)
    assert grant.line("en") == "Granted a compensation: Voucher 30"
    assert grant.line("zh") == "发放补偿：代金券 30"
    search = next(e for e in debrief.timeline if e.kind is EventKind.SEARCH)
    assert search.line("en") == (
        "Searched the knowledge base: late parcel (2 result(s): DEL-003, DEL-001)"
    )
    article = next(e for e in debrief.timeline if e.kind is EventKind.ARTICLE)
    assert article.text == "DEL-003 · Late parcels & what to offer"
    assert file_name(debrief, "pdf").startswith("debrief-wang.wei-late-delivery-loyal-")


def test_before_the_rubric_nothing_is_scored() -> None:
    debrief = Debrief.from_finished(played().finished_session())
    assert debrief.rubric_percent is None
    assert all(line.score is None for line in debrief.rubric)
    assert debrief.trainee == "wang.wei"  # no names known: the username
    html = debrief_html(debrief, "en")
    assert "The trainer has not scored the rubric." in html
    assert "No notes." in html


class _Structure(HTMLParser):
    """Checks that every tag opened is closed, in order (void elements aside)."""

    VOID = frozenset({"meta", "br"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_html_is_a_complete_document_with_user_text_escaped(language: str) -> None:
    html = debrief_html(Debrief.from_finished(finished(language), NAMES), language)
    assert html.startswith("<!DOCTYPE html>")
    parser = _Structure()
    parser.feed(html)
    parser.close()
    assert parser.stack == []
    assert "script" not in parser.tags
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Warm &lt;b&gt;opening&lt;/b&gt;" in html
    assert "Mind the &lt;jargon&gt; &amp; SLA." in html
    assert "Good start.<br>" in html
    assert "Late parcels &amp; what to offer" in html
    assert "<link" not in html
    assert "src=" not in html  # self-contained


def test_the_english_report() -> None:
    html = debrief_html(Debrief.from_finished(finished(), NAMES), "en")
    assert "<html lang='en'>" in html
    for text in (
        "TRAINING DEBRIEF",
        "A loyal customer&#x27;s late delivery",
        "王伟 (wang.wei)",
        "Automatic checks",
        "79%",
        "11 of 14 points",
        "Trainer&#x27;s rubric",
        "88%",
        "7 of 8 points",
        "Empathy",
        "3 / 4",
        "Not scored",
        "Within authority",
        "0 / 3",
        "Timeline",
        "Tried a compensation the policy refused",
        "Refund 899",
        "Session ended",
        "3 min 20 s",
    ):
        assert text in html, text
    assert "同理心" not in html


def test_the_chinese_report() -> None:
    html = debrief_html(Debrief.from_finished(finished("zh"), NAMES), "zh")
    assert "<html lang='zh-CN'>" in html
    for text in (
        "培训复盘报告",
        "老客户的延迟配送",
        "自动评分",
        "培训师评分",
        "同理心",
        "未评分",
        "在授权范围内",
        "时间线",
        "我的包裹晚了。",  # the customer spoke Chinese in this session
        "发放补偿",
        "代金券 30",
        "3 分 20 秒",
        "14 分中得 11 分",
    ):
        assert text in html, text
    assert "Empathy" not in html
    assert "Automatic checks" not in html


def test_the_timeline_keeps_the_order_of_events() -> None:
    html = debrief_html(Debrief.from_finished(finished(), NAMES), "en")
    order = [
        "My parcel is late.",
        "Searched the knowledge base",
        "Opened the customer&#x27;s record",
        "Opened an article",
        "Replied",
        "Granted a compensation",
        "Tried a compensation the policy refused",
        "Session ended",
    ]
    positions = [html.index(text, html.index(">Timeline<")) for text in order]
    assert positions == sorted(positions)


def test_times_read_as_minutes_and_seconds() -> None:
    assert [clock(s) for s in (0, 9.6, 75, 3599, 3725)] == [
        "00:00",
        "00:10",
        "01:15",
        "59:59",
        "1:02:05",
    ]


def test_a_stored_session_gives_the_same_report(context: AppContext) -> None:
    session = finished("zh")
    record_session(context.engine, session)
    (record,) = progress(context.engine, "wang.wei")
    stored = Debrief.from_record(record, NAMES)
    fresh = Debrief.from_finished(session, NAMES)
    assert stored.checks == fresh.checks
    assert stored.rubric == fresh.rubric
    assert stored.timeline == fresh.timeline
    assert stored.notes == fresh.notes
    assert stored.started_at - fresh.started_at < timedelta(milliseconds=1)
    for language in ("en", "zh"):
        assert debrief_html(stored, language) == debrief_html(fresh, language)
