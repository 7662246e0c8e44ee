"""The knowledge pane's look, scoped under its object name; appended to the app's stylesheet."""

STYLE = """
#knowledgePane QLineEdit#knowledgeSearch {
    font-size: 14px;
    padding: 8px 10px;
}
#knowledgePane QComboBox {
    padding: 4px 8px;
    min-width: 110px;
}
#knowledgePane QComboBox::drop-down {
    border: none;
    width: 20px;
}
#knowledgePane QLabel#knowledgeCount, #knowledgePane QLabel#knowledgeIndexLabel {
    color: #5b6b80;
    font-size: 12px;
}
#knowledgePane QLabel#knowledgeCorrection {
    color: #3d4b5c;
    font-size: 12px;
}
#knowledgePane QLabel#paneError {
    background: #fdecea;
    border: 1px solid #f5c2bd;
    border-radius: 6px;
    color: #8c1d18;
    padding: 6px 10px;
}
#knowledgePane QLabel#knowledgeNotice {
    background: #eaf1fd;
    border: 1px solid #c7d9f8;
    border-radius: 6px;
    color: #1d3f7a;
    padding: 6px 10px;
}
#knowledgePane QProgressBar#knowledgeIndexProgress {
    border: none;
    border-radius: 3px;
    background: #e3e8ef;
    max-height: 6px;
}
#knowledgePane QProgressBar#knowledgeIndexProgress::chunk {
    border-radius: 3px;
    background: #2f6fde;
}
#knowledgePane QListView#knowledgeResults {
    border: 1px solid #dde2ea;
    border-radius: 6px;
    background: #ffffff;
}
#knowledgePane QSplitter#knowledgeSplitter::handle {
    height: 8px;
}
#knowledgePane QFrame#articleViewer {
    border: 1px solid #dde2ea;
    border-radius: 6px;
    background: #ffffff;
}
#knowledgePane QLabel#articleTitle {
    font-size: 17px;
    font-weight: 600;
    color: #1d2b3a;
}
#knowledgePane QLabel#articleMeta, #knowledgePane QLabel#internalNote {
    color: #5b6b80;
    font-size: 12px;
}
#knowledgePane QLabel#articleNotice {
    color: #1e6b3a;
    font-size: 12px;
}
#knowledgePane QLabel#badge {
    border-radius: 8px;
    padding: 1px 8px;
    font-size: 11px;
    font-weight: 600;
}
#knowledgePane QLabel#badge[kind="language"] {
    background: #e9edf3;
    color: #3d4b5c;
}
#knowledgePane QLabel#badge[kind="customer"] {
    background: #e2f3e8;
    color: #1e6b3a;
}
#knowledgePane QLabel#badge[kind="internal"] {
    background: #fdf0d8;
    color: #8a5300;
}
#knowledgePane QTextBrowser#articleBody {
    border: none;
    border-top: 1px solid #eef1f5;
    background: #ffffff;
}
#knowledgePane QPushButton#copyReply {
    background: #2f6fde;
    border-color: #2f6fde;
    color: #ffffff;
    font-weight: 600;
    padding: 5px 14px;
}
#knowledgePane QPushButton#copyReply:hover {
    background: #2a63c7;
}
#knowledgePane QToolButton#articleBack, #knowledgePane QToolButton#articleForward,
#knowledgePane QToolButton#articleClose {
    padding: 4px;
    border-radius: 5px;
}
#knowledgePane QToolButton:hover {
    background: #eef1f5;
}
#knowledgePane QFrame#articleFeedback {
    background: #f7f9fb;
    border: none;
    border-top: 1px solid #eef1f5;
    border-bottom-left-radius: 6px;
    border-bottom-right-radius: 6px;
}
#knowledgePane QLabel#feedbackQuestion {
    color: #3d4b5c;
    font-size: 12px;
}
#knowledgePane QLabel#feedbackMessage {
    color: #5b6b80;
    font-size: 12px;
}
#knowledgePane QPushButton#vote {
    padding: 4px 10px;
    font-size: 12px;
}
#knowledgePane QPushButton#vote:checked {
    background: #eaf1fd;
    border-color: #2f6fde;
    color: #1d3f7a;
}
"""
