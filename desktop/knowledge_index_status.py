"""The knowledge pane's index progress: a thin bar while a workstation builds its index."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class IndexStatus(QWidget):
    """Hidden until the index reports progress; the index reports every few hundred articles,
    so until the first report the bar only shows activity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeIndexRow")
        self.label = QLabel(objectName="knowledgeIndexLabel")
        self.bar = QProgressBar(objectName="knowledgeIndexProgress", textVisible=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        self._done, self._total = 0, 0
        self.hide()
        self.retranslate()

    def show_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        self.bar.setRange(0, total if done else 0)
        self.bar.setValue(done)
        self.retranslate()
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        text = (
            self.tr("Building the search index: %1 of %2 articles")
            if self._done
            else self.tr("Building the search index for %2 articles…")
        )
        self.label.setText(text.replace("%1", str(self._done)).replace("%2", str(self._total)))
        self.bar.setAccessibleName(self.tr("Search index progress"))
