"""Data files shipped with Frontline Desk: demo content, translations, styles, icons."""

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    return files(__name__).joinpath(*parts)
