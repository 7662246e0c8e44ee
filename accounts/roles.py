"""The roles a user can hold."""

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    SENIOR = "senior"
    SUPERVISOR = "supervisor"
    TRAINER = "trainer"
    ADMIN = "admin"

    @classmethod
    def parse(cls, text: str) -> "Role":
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(role.value for role in cls)
            raise ValueError(f"unknown role {text!r}; choose one of: {names}") from None
