"""Text in both of the desk's languages."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A label, reason or message in English and Chinese."""

    en: str
    zh: str

    def get(self, language: str) -> str:
        """The Chinese text for "zh" and "zh_CN", the English one otherwise."""
        return self.zh if language.startswith("zh") else self.en
