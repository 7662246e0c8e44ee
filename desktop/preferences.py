"""The preferences dialog: the interface language, applied at once."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.i18n import LANGUAGES, language_name


class PreferencesDialog(QDialog):
    def __init__(self, language_choice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.language = QComboBox()
        self.language.addItem("", "")
        for language in LANGUAGES:
            self.language.addItem(language_name(language), language)
        self.language.setCurrentIndex(max(0, self.language.findData(language_choice)))
        self._language_label = QLabel()
        self._language_label.setBuddy(self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self._language_label, self.language)
        form.addRow(buttons)
        self.retranslate()

    def language_choice(self) -> str:
        """The chosen language, or empty to follow the system."""
        return str(self.language.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self._language_label.setText(self.tr("&Language:"))
        self.language.setItemText(0, self.tr("System language"))
        self.language.setAccessibleName(self.tr("Language"))
