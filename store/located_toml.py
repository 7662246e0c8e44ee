"""TOML files read with the line of every value, which tomllib does not report.

Policy files and training scenarios both point their errors at FILE:LINE with this module.
Paths are tuples such as ("rules", 2, "when", "case", "category"): table names, the index of
an entry in an array of tables, then the (possibly dotted) key.
"""

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any

Path = tuple[str | int, ...]
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


@dataclass(frozen=True)
class Source:
    """A place in a file, shown as FILE:LINE (line 0: the file as a whole)."""

    file: FilePath
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)


def _split_key(text: str) -> tuple[str, ...]:
    return tuple(
        part.strip().strip("\"'")
        for part in re.split(r"\.(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)", text)
    )


class SourceMap:
    def __init__(self, text: str) -> None:
        self._lines: dict[Path, int] = {}
        array_counts: dict[tuple[str, ...], int] = {}
        prefix: Path = ()
        in_multiline = False
        for number, line in enumerate(text.splitlines(), start=1):
            if line.count('"""') % 2 or line.count("'''") % 2:
                in_multiline = not in_multiline
                if not in_multiline:
                    continue
            if in_multiline:
                continue
            if match := _ARRAY_HEADER.match(line):
                name = _split_key(match.group(1))
                index = array_counts.get(name, 0)
                array_counts[name] = index + 1
                prefix = (*name, index)
                self._lines.setdefault(prefix, number)
            elif match := _TABLE_HEADER.match(line):
                prefix = _split_key(match.group(1))
                self._lines.setdefault(prefix, number)
            elif match := _KEY.match(line):
                self._lines.setdefault((*prefix, *_split_key(match.group(1))), number)

    def line(self, path: Path) -> int:
        """The line of the longest known prefix of path; 1 when nothing matches."""
        for end in range(len(path), 0, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return 1


@dataclass
class Located:
    """A value from one file, with the path that addresses it there."""

    value: Any
    file: FilePath
    path: Path
    source_map: SourceMap

    def source(self, *more: str | int) -> Source:
        return Source(self.file, self.source_map.line((*self.path, *more)))

    def child(self, key: str | int) -> "Located":
        return Located(self.value[key], self.file, (*self.path, key), self.source_map)

    def items(self) -> Iterator[tuple[str, "Located"]]:
        for key in self.value:
            yield key, self.child(key)


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in a file, pointing at the line to fix."""

    source: Source
    message: str
    warning: bool = False

    def __str__(self) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{self.source}: {prefix}{self.message}"


class TomlFileError(Exception):
    """A file that is not readable TOML, with the place of the first problem."""

    def __init__(self, source: Source, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


def parse_toml(file: FilePath, data: bytes, max_bytes: int) -> Located:
    """The document of one TOML file, or TomlFileError naming the line at fault."""
    if len(data) > max_bytes:
        raise TomlFileError(Source(file, 0), f"file larger than {max_bytes // 1_000_000} MB")
    try:
        text = data.decode("utf-8")
        document = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TomlFileError(Source(file, line), "not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) if match else 1
        message = _TOML_LINE.sub("", str(exc)).strip()
        raise TomlFileError(Source(file, line), f"TOML syntax: {message}") from None
    return Located(document, file, (), SourceMap(text))
