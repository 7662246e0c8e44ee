"""Reading the raw TOML of a policy folder, remembering where every value was written."""

from dataclasses import dataclass, field
from pathlib import Path as FilePath

from policies.diagnostics import Diagnostic
from store.located_toml import Located, Source, TomlFileError, parse_toml

SECTIONS = ("policy", "roles", "kinds", "budgets", "rules", "tests")
MAX_FILE_BYTES = 2_000_000


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
    try:
        document = parse_toml(file, data, MAX_FILE_BYTES)
    except TomlFileError as exc:
        raw.diagnostics.append(Diagnostic(exc.source, exc.message))
        return
    raw.contents[file.name] = data
    for key, located in document.items():
        if key not in SECTIONS:
            raw.diagnostics.append(
                Diagnostic(
                    located.source(), f"unknown section {key!r} (known: {', '.join(SECTIONS)})"
                )
            )
            continue
        raw.sections.setdefault(key, []).append(located)
