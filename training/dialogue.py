"""The scripted customer: which message comes next, given what the trainee does."""

from training.events import Event, mentions, same_article
from training.scenario import Branch, Scenario, Trigger, Turn


def branch_matches(branch: Branch, event: Event) -> bool:
    if event.trigger is not branch.on:
        return False
    if branch.on is Trigger.REPLY:
        return mentions(event.text, branch.words)
    if branch.on is Trigger.ARTICLE:
        return branch.article is None or (
            event.ref is not None and same_article(branch.article, event.ref)
        )
    if branch.on in (Trigger.GRANT, Trigger.APPROVAL, Trigger.REFUSED):
        return _grant_matches(branch, event)
    return True


def _grant_matches(branch: Branch, event: Event) -> bool:
    if branch.kinds and event.compensation not in branch.kinds:
        return False
    if event.amount is None:
        return branch.min_amount is None and branch.max_amount is None
    above_min = branch.min_amount is None or event.amount >= branch.min_amount
    below_max = branch.max_amount is None or event.amount <= branch.max_amount
    return above_min and below_max


class Conversation:
    """Where the scripted conversation is: the customer's last turn."""

    def __init__(self, scenario: Scenario) -> None:
        self._scenario = scenario
        self.turn = scenario.opening

    @property
    def finished(self) -> bool:
        return self.turn.ends

    def next_turn(self, event: Event) -> Turn | None:
        """The customer's next turn if the event moves the conversation on (the first
        matching branch of the current turn wins), else None."""
        for branch in self.turn.branches:
            if branch_matches(branch, event):
                self.turn = self._scenario.turn(branch.goto)
                return self.turn
        return None
