"""Line numbers for the tables and keys of a TOML file, which tomllib does not report.

Paths are tuples such as ("rules", 2, "when", "case", "category"): table names, the index of
an entry in an array of tables, then the (possibly dotted) key.
"""

import re

Path = tuple[str | int, ...]

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
