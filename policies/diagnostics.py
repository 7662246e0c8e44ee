"""Problems found in policy files, each pointing at the file and line to fix."""

from store.located_toml import Diagnostic

__all__ = ["Diagnostic", "PolicyError"]


class PolicyError(Exception):
    """The policy has errors and cannot be used; the last valid policy stays in force."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))
