"""The trainer's rubric: the four habits of good service, each scored 0-4 with a comment."""

from dataclasses import dataclass

from store.bilingual import Text

TOP_SCORE = 4


@dataclass(frozen=True)
class Criterion:
    id: str
    name: Text
    question: Text  # what the trainer asks themselves while scoring


CRITERIA = (
    Criterion(
        "empathy",
        Text("Empathy", "同理心"),
        Text(
            "Did the trainee acknowledge how the customer feels before solving the problem?",
            "学员是否先体察并回应客户的感受，再着手解决问题？",
        ),
    ),
    Criterion(
        "listening",
        Text("Active listening", "积极倾听"),
        Text(
            "Did the trainee confirm the customer's real need instead of assuming it?",
            "学员是否确认了客户真正的需求，而不是自以为是？",
        ),
    ),
    Criterion(
        "language",
        Text("The customer's language", "客户的语言"),
        Text(
            "Did the trainee speak plainly, without internal jargon or policy codes?",
            "学员是否用通俗易懂的话沟通，没有内部术语或政策代码？",
        ),
    ),
    Criterion(
        "ownership",
        Text("Ownership", "主人翁意识"),
        Text(
            "Did the trainee own the problem to the end, without passing the customer around?",
            "学员是否对问题负责到底，没有把客户推来推去？",
        ),
    ),
)


@dataclass(frozen=True)
class RubricScore:
    criterion: str
    score: int  # 0 to TOP_SCORE
    comment: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.score <= TOP_SCORE:
            raise ValueError(f"{self.criterion}: a score from 0 to {TOP_SCORE}, not {self.score}")
        if self.criterion not in {c.id for c in CRITERIA}:
            raise ValueError(f"unknown rubric criterion {self.criterion!r}")

    def as_dict(self) -> dict[str, object]:
        return {"criterion": self.criterion, "score": self.score, "comment": self.comment}


def rubric_percent(scores: tuple[RubricScore, ...]) -> int | None:
    """The rubric's share of its top marks; None before the trainer has scored."""
    if not scores:
        return None
    return round(100 * sum(s.score for s in scores) / (TOP_SCORE * len(scores)))
