"""The debrief as an HTML document, in English or Chinese.

The document is self-contained and keeps to what Qt's QTextDocument renders (tables,
colours, borders, no flexbox), so the same document is the HTML export and, printed by Qt,
the PDF.
"""

from collections.abc import Callable, Iterable
from datetime import datetime
from html import escape

from store.bilingual import Text
from training.debrief import Debrief, TimelineEntry, Who
from training.events import EventKind, GrantOutcome
from training.rubric import TOP_SCORE

L = {
    "report": Text("Training debrief", "培训复盘报告"),
    "trainee": Text("Trainee", "学员"),
    "trainer": Text("Trainer", "培训师"),
    "date": Text("Date", "日期"),
    "mode": Text("Customer", "客户扮演"),
    "duration": Text("Duration", "用时"),
    "automatic": Text("Automatic checks", "自动评分"),
    "rubric": Text("Trainer's rubric", "培训师评分"),
    "check": Text("Check", "检查项"),
    "points": Text("Points", "得分"),
    "detail": Text("Detail", "说明"),
    "criterion": Text("Criterion", "评分项"),
    "score": Text("Score", "分数"),
    "comment": Text("Comment", "评语"),
    "not_scored": Text("Not scored", "未评分"),
    "rubric_pending": Text("The trainer has not scored the rubric.", "培训师尚未评分。"),
    "notes": Text("Trainer's notes", "培训师总评"),
    "no_notes": Text("No notes.", "无总评。"),
    "timeline": Text("Timeline", "时间线"),
    "time": Text("Time", "时间"),
    "who": Text("Who", "角色"),
    "what": Text("What happened", "经过"),
    "of": Text("{0} of {1} points", "{1} 分中得 {0} 分"),
    "total": Text("Total", "合计"),
    "sandbox": Text(
        "Frontline Desk · Trainer mode. The session ran in a sandbox: no real customer, "
        "grant or audit entry was involved.",
        "Frontline Desk · 培训模式。本次演练在沙盒中进行，未涉及真实客户、补偿记录或审计日志。",
    ),
}
WHO = {
    Who.CUSTOMER: Text("Customer", "客户"),
    Who.TRAINEE: Text("Trainee", "学员"),
    Who.SESSION: Text("—", "—"),
}
MODES = {
    "scripted": Text("Scripted", "脚本对话"),
    "live": Text("Played live by the trainer", "培训师现场扮演"),
    "headless": Text("Replayed from an actions file", "按操作文件回放"),
}

INK, MUTED, LINE, ACCENT = "#1d2b3a", "#5b6b80", "#dde2ea", "#2f6fde"
GOOD, FAIR, POOR = ("#1d5b2f", "#e6f4ea"), ("#7a4d00", "#fff4dc"), ("#8c1d18", "#fdecea")
FONTS = {
    "en": "'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK SC', sans-serif",
    "zh": "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans', sans-serif",
}


# A page width and margins for browsers. QTextDocument skips @supports blocks, and must: it
# would indent every table by the body's margin. The PDF has its page margins.
BROWSER_ONLY = (
    "@supports (display: block) { body { max-width: 860px; margin: 32px auto; padding: 0 24px; "
    "line-height: 1.35; } }"
)


def grade(percent: int | None) -> str:
    """ "good" from 80 %, "fair" from 50 %, "poor" below; "none" before any score."""
    if percent is None:
        return "none"
    return "good" if percent >= 80 else "fair" if percent >= 50 else "poor"


def band(percent: int | None) -> tuple[str, str]:
    """(ink, background) for a score, by its grade."""
    return {"good": GOOD, "fair": FAIR, "poor": POOR}.get(grade(percent), (MUTED, "#f3f5f8"))


def file_name(debrief: Debrief, suffix: str) -> str:
    """A file name for the report: debrief-wang.wei-late-delivery-loyal-20250601-1430.pdf."""
    stamp = debrief.started_at.astimezone().strftime("%Y%m%d-%H%M")
    return f"debrief-{debrief.username}-{debrief.scenario}-{stamp}.{suffix}"


def date_text(moment: datetime) -> str:
    """The session's date and time on this computer's clock."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def duration_text(seconds: float, language: str) -> str:
    minutes, secs = divmod(max(0, round(seconds)), 60)
    if language == "zh":
        return f"{minutes} 分 {secs} 秒" if minutes else f"{secs} 秒"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"


def mode_text(mode: str, language: str) -> str:
    return MODES[mode].get(language) if mode in MODES else mode


def debrief_html(debrief: Debrief, language: str) -> str:
    """The report as a complete HTML document, every label in language ("en" or "zh")."""
    lang = "zh" if language.startswith("zh") else "en"

    def t(key: str) -> str:
        return escape(L[key].get(lang))

    title = escape(debrief.title.get(lang))
    body = "".join(
        (
            _header(debrief, lang, t),
            _summary(debrief, lang, t),
            _checks(debrief, lang, t),
            _rubric(debrief, lang, t),
            _notes(debrief, t),
            _timeline(debrief, lang, t),
            f"<p style='color:{MUTED}; font-size:8pt; margin-top:18px'>{t('sandbox')}</p>",
        )
    )
    return (
        "<!DOCTYPE html>\n"
        f"<html lang='{'zh-CN' if lang == 'zh' else 'en'}'><head><meta charset='utf-8'>"
        f"<title>{t('report')} · {title}</title><style>{BROWSER_ONLY}</style></head>"
        f'<body style="font-family:{FONTS[lang]}; font-size:10pt; color:{INK}; '
        f'background:#ffffff">{body}</body></html>\n'
    )


LabelFn = Callable[[str], str]  # a label by key, escaped, in the report's language


def _table(heading: str, head: Iterable[tuple[str, str]], rows: str) -> str:
    """A full-width section: its heading and column labels are the table's header rows, which
    Qt repeats on each page the table spans and never leaves alone at the foot of a page."""
    columns = list(head)
    cells = "".join(
        f"<th align='left' width='{width}' style='background:#f3f5f8; color:{MUTED}; "
        f"font-size:8.5pt; font-weight:600; padding:6px 8px; "
        f"border-bottom:1px solid {LINE}'>{label}</th>"
        for label, width in columns
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='border-collapse:collapse'>"
        f"<thead><tr>{_heading(heading, len(columns))}</tr><tr>{cells}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _heading(text: str, span: int) -> str:
    return (
        f"<th align='left' colspan='{span}' style='font-size:13pt; font-weight:600; "
        f"color:{INK}; padding:22px 0 8px 0'>{text}</th>"
    )


def _td(content: str, style: str = "", *, align: str = "left") -> str:
    return (
        f"<td align='{align}' valign='top' style='padding:6px 8px; "
        f"border-bottom:1px solid #eef1f5; {style}'>{content}</td>"
    )


def _header(debrief: Debrief, lang: str, t: LabelFn) -> str:
    facts = (
        (t("trainee"), escape(debrief.trainee)),
        (t("trainer"), escape(debrief.trainer)),
        (t("date"), escape(date_text(debrief.started_at))),
        (t("mode"), escape(mode_text(debrief.mode, lang))),
        (t("duration"), escape(duration_text(debrief.seconds, lang))),
    )
    labels = "".join(
        f"<td style='padding:0 18px 0 0; color:{MUTED}; font-size:8.5pt'>{label}</td>"
        for label, _ in facts
    )
    values = "".join(
        f"<td style='padding:2px 18px 0 0; font-weight:600'>{value}</td>" for _, value in facts
    )
    return (
        f"<p style='color:{ACCENT}; font-size:9pt; font-weight:600; margin:0'>"
        f"{t('report').upper() if lang == 'en' else t('report')}</p>"
        f"<h1 style='font-size:20pt; font-weight:600; margin:4px 0 12px 0'>"
        f"{escape(debrief.title.get(lang))}</h1>"
        f"<table cellspacing='0' cellpadding='0'><tr>{labels}</tr><tr>{values}</tr></table>"
    )


def _summary(debrief: Debrief, lang: str, t: LabelFn) -> str:
    rubric = debrief.rubric_percent
    scored = [line.score for line in debrief.rubric if line.score is not None]

    def card(label: str, percent: int | None, note: str) -> str:
        ink, background = band(percent)
        figure = "—" if percent is None else f"{percent}%"
        return (
            f"<td width='49%' style='background:{background}; padding:12px 16px; "
            f"border:1px solid {LINE}'>"
            f"<span style='color:{MUTED}; font-size:9pt'>{label}</span><br>"
            f"<span style='color:{ink}; font-size:24pt; font-weight:700'>{figure}</span><br>"
            f"<span style='color:{MUTED}; font-size:8.5pt'>{note}</span></td>"
        )

    auto_note = escape(L["of"].get(lang).format(debrief.earned, debrief.possible))
    rubric_note = (
        escape(L["of"].get(lang).format(sum(scored), TOP_SCORE * len(scored)))
        if scored
        else t("rubric_pending")
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:16px'><tr>"
        f"{card(t('automatic'), debrief.percent, auto_note)}<td width='16'></td>"
        f"{card(t('rubric'), rubric, rubric_note)}</tr></table>"
    )


def _checks(debrief: Debrief, lang: str, t: LabelFn) -> str:
    rows = []
    for check in debrief.checks:
        ink, background = GOOD if check.passed else POOR if check.failed else FAIR
        shade = "" if check.passed else f"background:{background};"
        mark = "✓" if check.passed else "✗" if check.failed else "◐"
        rows.append(
            "<tr>"
            + _td(
                f"<span style='color:{ink}'>{mark}</span>&nbsp; {escape(check.title.get(lang))}",
                shade,
            )
            + _td(
                f"{check.earned} / {check.possible}",
                f"{shade} color:{ink}; font-weight:600",
                align="right",
            )
            + _td(escape(check.detail.get(lang)), f"{shade} color:{MUTED}")
            + "</tr>"
        )
    ink, _ = band(debrief.percent)
    rows.append(
        "<tr>"
        + _td(f"<b>{t('total')}</b>")
        + _td(f"<b>{debrief.earned} / {debrief.possible}</b>", f"color:{ink}", align="right")
        + _td(f"<b style='color:{ink}'>{debrief.percent}%</b>")
        + "</tr>"
    )
    head = ((t("check"), "38%"), (t("points"), "10%"), (t("detail"), "52%"))
    return _table(t("automatic"), head, "".join(rows))


def _rubric(debrief: Debrief, lang: str, t: LabelFn) -> str:
    rows = []
    for line in debrief.rubric:
        criterion = line.criterion
        if line.score is None:
            score = f"<span style='color:{MUTED}'>{t('not_scored')}</span>"
        else:
            ink, _ = band(round(100 * line.score / TOP_SCORE))
            dots = "●" * line.score + "○" * (TOP_SCORE - line.score)
            score = (
                f"<span style='color:{ink}; font-weight:600'>{line.score} / {TOP_SCORE}</span>"
                f"<br><span style='color:{ink}; font-size:9pt'>{dots}</span>"
            )
        comment = _multiline(line.comment) if line.comment.strip() else ""
        rows.append(
            "<tr>"
            + _td(
                f"<b>{escape(criterion.name.get(lang))}</b><br>"
                f"<span style='color:{MUTED}; font-size:8.5pt'>"
                f"{escape(criterion.question.get(lang))}</span>"
            )
            + _td(score, "white-space:nowrap")
            + _td(comment)
            + "</tr>"
        )
    head = ((t("criterion"), "42%"), (t("score"), "12%"), (t("comment"), "46%"))
    return _table(t("rubric"), head, "".join(rows))


def _notes(debrief: Debrief, t: LabelFn) -> str:
    notes = debrief.notes.strip()
    text = _multiline(notes) if notes else f"<span style='color:{MUTED}'>{t('no_notes')}</span>"
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='border-collapse:collapse'>"
        f"<thead><tr>{_heading(t('notes'), 1)}</tr></thead><tbody><tr>"
        f"<td style='background:#f7f9fb; border-left:3px solid {ACCENT}; padding:10px 14px'>"
        f"{text}</td></tr></tbody></table>"
    )


def _timeline(debrief: Debrief, lang: str, t: LabelFn) -> str:
    rows = []
    for entry in debrief.timeline:
        shade = "background:#f7f9fb;" if entry.who is Who.CUSTOMER else ""
        who_ink = ACCENT if entry.who is Who.TRAINEE else MUTED
        rows.append(
            "<tr>"
            + _td(entry.time, f"{shade} color:{MUTED}; white-space:nowrap")
            + _td(
                escape(WHO[entry.who].get(lang)),
                f"{shade} color:{who_ink}; font-weight:600; white-space:nowrap",
            )
            + _td(_what(entry, lang), shade)
            + "</tr>"
        )
    head = ((t("time"), "9%"), (t("who"), "12%"), (t("what"), "79%"))
    return _table(t("timeline"), head, "".join(rows))


_OUTCOME_INK = {
    GrantOutcome.GRANTED: GOOD[0],
    GrantOutcome.PENDING: FAIR[0],
    GrantOutcome.REFUSED: POOR[0],
}


def _what(entry: TimelineEntry, lang: str) -> str:
    if entry.kind is EventKind.CUSTOMER_SAYS:
        return _multiline(entry.text)  # the Who column says who speaks
    colon = "：" if lang == "zh" else ": "
    what = f"<b>{escape(entry.action.get(lang))}</b>"
    if entry.text:
        separator = "<br>" if entry.kind is EventKind.REPLY else colon
        what += separator + _multiline(entry.text)
    if entry.detail is not None:
        ink = MUTED if entry.outcome is None else _OUTCOME_INK[entry.outcome]
        separator = colon if entry.kind is EventKind.GRANT else "<br>"
        what += f"{separator}<span style='color:{ink}'>{escape(entry.detail.get(lang))}</span>"
    return what


def _multiline(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())
