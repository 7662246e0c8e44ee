"""Reading the raw TOML of a policy folder, remembering where every value was written."""

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

from policies.diagnostics import Diagnostic
from policies.model import Source
from policies.source_map import Path, SourceMap

SECTIONS = ("policy", "roles", "kinds", "budgets", "rules", "tests")
MAX_FILE_BYTES = 2_000_000
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


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


@dataclass
class RawPolicy:
    """Every file's sections, merged, with the files' bytes for the version hash."""

    files: list[FilePath] = field(default_factory=list)
    sections: dict[str, list[Located]] = field(default_factory=dict)
    contents: dict[str, bytes] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def policy_files(path: FilePath) -> list[FilePath]:
    return [path] if path.is_file() else sorted(path.glob("*.toml"))


def read_policy_folder(path: FilePath) -> RawPolicy:
    raw = RawPolicy(files=policy_files(path))
    if not raw.files:
        raw.diagnostics.append(Diagnostic(Source(path, 0), "no policy files (*.toml) found"))
    for file in raw.files:
        try:
            data = file.read_bytes()
        except OSError as exc:
            raw.diagnostics.append(Diagnostic(Source(file, 0), f"cannot read: {exc.strerror}"))
            continue
        _read_file(file, data, raw)
    return raw


def read_policy_contents(contents: dict[str, bytes]) -> RawPolicy:
    """A policy from stored file contents, as recorded when it was loaded."""
    raw = RawPolicy(files=[FilePath(name) for name in sorted(contents)])
    for file in raw.files:
        _read_file(file, contents[file.name], raw)
    return raw


def _read_file(file: FilePath, data: bytes, raw: RawPolicy) -> None:
    if len(data) > MAX_FILE_BYTES:
        raw.diagnostics.append(Diagnostic(Source(file, 0), "file larger than 2 MB"))
        return
    try:
        text = data.decode("utf-8")
        document = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raw.diagnostics.append(Diagnostic(Source(file, line), "not valid UTF-8"))
        return
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) if match else 1
        message = _TOML_LINE.sub("", str(exc)).strip()
        raw.diagnostics.append(Diagnostic(Source(file, line), f"TOML syntax: {message}"))
        return
    raw.contents[file.name] = data
    source_map = SourceMap(text)
    for key, value in document.items():
        located = Located(value, file, (key,), source_map)
        if key not in SECTIONS:
            raw.diagnostics.append(
                Diagnostic(
                    located.source(), f"unknown section {key!r} (known: {', '.join(SECTIONS)})"
                )
            )
            continue
        raw.sections.setdefault(key, []).append(located)
