"""Exceptions that carry an outcome: raised by ``unwrap()`` and by ``iter()`` listings.

``unwrap()`` raises a :class:`FailureError` or an :class:`IncompleteError`; ``iter()`` raises a
:class:`PageError` (Node's name) at a page that is not a success, which is also one of those two.

Operations never raise for what the API or the network did; they answer an outcome. These
exceptions exist for code that prefers to stop at the first outcome that is not a success.
"""

from __future__ import annotations

from typing import List, Optional, Protocol


class Outcome(Protocol):
    """What every outcome has (ContactOutcome, DeliveryOutcome, ...)."""

    @property
    def outcome(self) -> str: ...
    @property
    def reason(self) -> Optional[str]: ...
    @property
    def status(self) -> int: ...
    @property
    def error_key(self) -> Optional[str]: ...
    @property
    def attempts(self) -> int: ...
    @property
    def warnings(self) -> List[str]: ...


class CtctError(Exception):
    """An outcome that is not a success; ``str()`` is its reason, ``.outcome`` the outcome."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.reason)
        self.outcome = outcome

    @property
    def status(self) -> int:
        return self.outcome.status

    @property
    def error_key(self) -> Optional[str]:
        return self.outcome.error_key


class FailureError(CtctError):
    """The API answered and a retry would get the same answer (or the input was refused)."""


class IncompleteError(CtctError):
    """The call could not complete: network, timeout, 5xx, throttling, or credentials."""


class PageError(CtctError):
    """A page of an ``iter()`` listing that is not a success (``pages()`` yields it instead)."""


class PageFailureError(PageError, FailureError):
    """A page the API refused: a :class:`PageError` and a :class:`FailureError`."""


class PageIncompleteError(PageError, IncompleteError):
    """A page that could not be read: a :class:`PageError` and an :class:`IncompleteError`."""


def error_for(outcome: Outcome, page: bool = False) -> CtctError:
    """The exception for an outcome that is not a success; ``page``: a page of a listing."""
    if outcome.outcome == "failure":
        return PageFailureError(outcome) if page else FailureError(outcome)
    return PageIncompleteError(outcome) if page else IncompleteError(outcome)
