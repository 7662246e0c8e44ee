"""The customer pane's stylesheet, appended to resources/style/app.qss by the application.

Badge, alert and chip colours come from the tones in customer_labels, which the timeline
painter uses too, so a type or a stage has one colour everywhere.
"""

from desktop.customer_labels import TONES

_BASE = """
#customerPane QLineEdit#customerLookup {
    padding: 8px 10px;
    font-size: 14px;
}
#customerPane QLabel#customerLookupStatus {
    color: #7a8699;
    font-size: 12px;
    padding: 0 2px;
}
#customerPane QListWidget#customerResults {
    padding: 3px;
}
#customerPane QFrame#paneError {
    background: #fdeceb;
    border: 1px solid #f3c4c0;
    border-radius: 6px;
}
#customerPane QLabel#paneErrorText {
    color: #a1281f;
}
#customerPane QPushButton#paneErrorRetry {
    padding: 3px 10px;
    border-color: #e3a9a4;
    background: #ffffff;
    color: #a1281f;
}
#customerPane QScrollArea#customerHeaderScroll,
#customerPane QWidget#customerHeader {
    background: transparent;
}
#customerPane QSplitter#customerSplit::handle:hover {
    background: #eef1f5;
}
#customerPane QLabel#customerName {
    font-size: 20px;
    font-weight: 600;
    color: #1d2b3a;
}
#customerPane QLabel#customerRef {
    font-size: 13px;
    color: #7a8699;
}
#customerPane QToolButton#customerClear {
    border: none;
    border-radius: 12px;
    min-width: 24px;
    min-height: 24px;
    color: #7a8699;
    font-size: 13px;
}
#customerPane QToolButton#customerClear:hover,
#customerPane QToolButton#customerClear:focus {
    background: #eef1f5;
    color: #1d2b3a;
}
#customerPane QLabel#customerBadge {
    border-radius: 10px;
    padding: 2px 9px;
    font-size: 12px;
    font-weight: 600;
}
#customerPane QLabel#customerBadge[tone="tag"] {
    color: #5b6b80;
    background: #ffffff;
    border: 1px solid #dde2ea;
    font-weight: 400;
}
#customerPane QLabel#customerAlert {
    border-radius: 6px;
    font-size: 13px;
}
#customerPane QLabel#customerContact {
    color: #1d2b3a;
    font-size: 13px;
}
#customerPane QFrame#customerFigure {
    background: #f7f9fb;
    border: 1px solid #eef1f5;
    border-radius: 6px;
}
#customerPane QLabel#figureCaption {
    color: #7a8699;
    font-size: 11px;
}
#customerPane QLabel#figureValue {
    color: #1d2b3a;
    font-size: 14px;
    font-weight: 600;
}
#customerPane QLabel#figureNote {
    color: #7a8699;
    font-size: 11px;
}
#customerPane QLabel#timelineTitle {
    font-size: 13px;
    font-weight: 600;
    color: #1d2b3a;
    padding: 3px 6px 3px 0;
}
#customerPane QToolButton#timelineChip {
    border: 1px solid #dde2ea;
    border-radius: 11px;
    padding: 2px 9px;
    background: #ffffff;
    color: #7a8699;
    font-size: 12px;
}
#customerPane QToolButton#timelineChip:focus {
    border-color: #2f6fde;
}
#customerPane QListView#customerTimeline {
    border: 1px solid #eef1f5;
    border-radius: 6px;
    background: #ffffff;
}
#customerPane QListView#customerTimeline::item:hover {
    background: #f7f9fb;
}
#customerPane QListView#customerTimeline::item:selected {
    background: #eaf1fd;
}
#customerPane QLabel#timelineStatus {
    color: #7a8699;
    font-size: 12px;
}
"""


def _tones() -> str:
    rules = []
    for tone, (text, background) in TONES.items():
        rules.append(
            f'#customerPane QLabel#customerBadge[tone="{tone}"],\n'
            f'#customerPane QLabel#customerAlert[tone="{tone}"] '
            f"{{ color: {text}; background: {background}; border: 1px solid {background}; }}\n"
            f'#customerPane QLabel#figureValue[tone="{tone}"] {{ color: {text}; }}\n'
            f'#customerPane QToolButton#timelineChip[tone="{tone}"]:checked '
            f"{{ color: {text}; background: {background}; border-color: {background}; }}\n"
        )
    return "".join(rules)


STYLE = _BASE + _tones()
