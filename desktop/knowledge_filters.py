"""The row under the knowledge search box: language and audience filters, and the count."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from knowledge.search import SearchFilters


class FilterBar(QWidget):
    """Language and audience filters; `changed` fires when the agent picks another one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeFilters")
        self.language = QComboBox(objectName="knowledgeLanguage")
        self.audience = QComboBox(objectName="knowledgeAudience")
        self.count = QLabel(objectName="knowledgeCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.language)
        layout.addWidget(self.audience)
        layout.addStretch(1)
        layout.addWidget(self.count)
        QWidget.setTabOrder(self.language, self.audience)
        self.language.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.audience.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.retranslate()

    def filters(self) -> SearchFilters:
        return SearchFilters(
            language=self.language.currentData(), audience=self.audience.currentData()
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # Language names are written in their own language, the same in every UI.
        languages = ((self.tr("All languages"), None), ("中文", "zh"), ("English", "en"))
        audiences = (
            (self.tr("Everyone"), None),
            (self.tr("For customers"), "customer"),
            (self.tr("Internal"), "internal"),
        )
        _fill(self.language, languages)
        _fill(self.audience, audiences)
        self.language.setAccessibleName(self.tr("Language filter"))
        self.audience.setAccessibleName(self.tr("Audience filter"))
        self.count.setAccessibleName(self.tr("Number of results"))


def _fill(combo: QComboBox, choices: tuple[tuple[str, str | None], ...]) -> None:
    """Replace the choices' texts, keeping the agent's choice and sending no signal."""
    chosen = max(combo.currentIndex(), 0)
    combo.blockSignals(True)
    combo.clear()
    for text, value in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(chosen)
    combo.blockSignals(False)
