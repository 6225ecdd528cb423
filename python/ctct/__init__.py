"""Constant Contact API v3 (and the legacy v2 delivery) on one C++ core.

    import ctct

    with ctct.Client(access_token="...") as client:
        outcome = client.add_contact_to_list(list_id, email="ann@example.com", first_name="Ann")
        print(outcome.outcome, outcome.reason)

Every operation answers an outcome (``success``, ``failure`` or ``error``) instead of raising;
``outcome.unwrap()`` gives the value or raises a :class:`CtctError` carrying the outcome, and
``iter()`` raises a :class:`PageError` at a page that is not a success.
The clients of one API key (``api_key=``, else found in the managed tokens or the access token)
share 4 requests a second and a daily count (``rate_limit=ctct.RateLimit(...)``, or a limiter of
your own: ``rate_limiter=ctct.RateLimiter(...)``), and retry what is safe to repeat
(``retry=ctct.RetryOptions(...)``). Clients share one I/O thread and connection pool, the
process-wide engine's, unless given one (``engine=ctct.Engine(threads=2)``). ``AsyncClient`` has
the same operations as coroutines.
``ctct.testing.Emulator`` serves an in-memory Constant Contact for tests, ``ctct.oauth`` holds
the OAuth helpers and managed tokens, and ``ctct.v2`` the legacy v2 client.
"""

# Every class of the core (models, outcomes, clients, their groups and pages) is ctct.<Name>: the
# core lists them (its operations registry and model lists), so a new one needs no line here.
# The core's submodules stay private: ctct.oauth and ctct.v2 are this package's own modules,
# imported after the star so that they win (for type checkers, whose stub lists both).
from types import ModuleType as _ModuleType

from . import _core

_ELSEWHERE = {"Emulator", "describe_operations"}  # ctct.testing.Emulator; the parity tests' registry
_core.__all__ = [
    n
    for n in dir(_core)
    if not n.startswith("_") and n not in _ELSEWHERE and not isinstance(getattr(_core, n), _ModuleType)
]
from ._core import *  # noqa: E402, F403, I001
from . import oauth as oauth  # noqa: E402
from . import v2 as v2  # noqa: E402
from ._core import __version__ as __version__  # noqa: E402
from .errors import CtctError as CtctError  # noqa: E402
from .errors import FailureError as FailureError  # noqa: E402
from .errors import IncompleteError as IncompleteError  # noqa: E402
from .errors import PageError as PageError  # noqa: E402
