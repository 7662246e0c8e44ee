"""Problems found in policy files, each pointing at the file and line to fix."""

from dataclasses import dataclass

from store.located_toml import Source


@dataclass(frozen=True)
class Diagnostic:
    source: Source
    message: str
    warning: bool = False

    def __str__(self) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{self.source}: {prefix}{self.message}"


class PolicyError(Exception):
    """The policy has errors and cannot be used; the last valid policy stays in force."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))
