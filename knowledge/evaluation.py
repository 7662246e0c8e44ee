"""Search quality against golden queries: recall, MRR and nDCG at k, overall and per language.

A golden file holds one JSON object per line, `{"query": ..., "relevant": [ids, best first],
"language": "zh"}`; knowledge owners keep one to check search after every change.
"""

import json
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Ranker = Callable[[str], Sequence[str]]  # a query to the ids it finds, best first


class GoldenFileError(ValueError):
    """A golden file line that cannot be read; the message names the line."""


@dataclass(frozen=True)
class GoldenQuery:
    query: str
    relevant: tuple[str, ...]
    language: str


@dataclass(frozen=True)
class Scores:
    queries: int
    recall: float
    mrr: float
    ndcg: float

    def as_dict(self) -> dict[str, float]:
        return {
            "queries": self.queries,
            "recall": round(self.recall, 4),
            "mrr": round(self.mrr, 4),
            "ndcg": round(self.ndcg, 4),
        }


@dataclass(frozen=True)
class Miss:
    query: str
    relevant: tuple[str, ...]
    found: tuple[str, ...]


@dataclass
class Evaluation:
    k: int
    overall: Scores
    by_language: dict[str, Scores] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "k": self.k,
            "overall": self.overall.as_dict(),
            "by_language": {lang: s.as_dict() for lang, s in sorted(self.by_language.items())},
            "misses": [
                {"query": m.query, "relevant": list(m.relevant), "found": list(m.found)}
                for m in self.misses
            ],
        }


def read_golden(path: Path) -> list[GoldenQuery]:
    golden = []
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            golden.append(_golden_line(line, f"{path}:{number}"))
    return golden


def _golden_line(line: str, where: str) -> GoldenQuery:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldenFileError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise GoldenFileError(f"{where}: write one JSON object per line")
    query, relevant = data.get("query"), data.get("relevant")
    if not isinstance(query, str) or not query.strip():
        raise GoldenFileError(f"{where}: query must be a non-empty text")
    if (
        not isinstance(relevant, list)
        or not relevant
        or not all(isinstance(item, str) for item in relevant)
    ):
        raise GoldenFileError(f"{where}: relevant must list one article id or more")
    return GoldenQuery(query, tuple(relevant), str(data.get("language") or "unknown"))


def evaluate(golden: Sequence[GoldenQuery], rank: Ranker, *, k: int = 10) -> Evaluation:
    everything: list[tuple[float, float, float]] = []
    by_language: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    misses = []
    for item in golden:
        found = tuple(rank(item.query))[:k]
        scores = _scores(found, item.relevant, k)
        everything.append(scores)
        by_language[item.language].append(scores)
        if not scores[0]:
            misses.append(Miss(item.query, item.relevant, found))
    return Evaluation(
        k=k,
        overall=_mean(everything),
        by_language={language: _mean(rows) for language, rows in by_language.items()},
        misses=misses,
    )


def _scores(found: Sequence[str], relevant: Sequence[str], k: int) -> tuple[float, float, float]:
    """Recall, reciprocal rank and nDCG of one query, relevance being yes or no."""
    wanted = set(relevant)
    hits = [position for position, article_id in enumerate(found) if article_id in wanted]
    recall = len(hits) / len(wanted)
    reciprocal_rank = 1 / (hits[0] + 1) if hits else 0.0
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(wanted), k)))
    ndcg = sum(1 / math.log2(position + 2) for position in hits) / ideal
    return recall, reciprocal_rank, ndcg


def _mean(rows: Sequence[tuple[float, float, float]]) -> Scores:
    count = len(rows)
    if count == 0:
        return Scores(0, 0.0, 0.0, 0.0)
    return Scores(
        count,
        sum(row[0] for row in rows) / count,
        sum(row[1] for row in rows) / count,
        sum(row[2] for row in rows) / count,
    )
