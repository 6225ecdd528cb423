"""An in-memory Constant Contact for tests: no account, no network beyond loopback.

    from ctct.testing import Emulator

    with Emulator() as emulator:
        ids = emulator.seed(lists=[{"name": "Leads"}])
        client = emulator.client()
        outcome = client.add_contact_to_list(ids["lists"][0], email="ann@example.com")

The emulator runs in this process on a free port of 127.0.0.1 and enforces what the service
enforces (tokens, required fields, lengths, duplicates, pagination). Its control API resets,
seeds, injects faults into, and shows its state and traffic.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any, Dict, Iterable, List, Mapping, Optional, Type, Union

from . import _core, v2
from ._core import AsyncClient, Client

# Models, or dicts with their JSON field names.
Resource = Union[Mapping[str, Any], Any]


def _as_json_value(resource: Resource) -> Any:
    return resource.to_dict() if hasattr(resource, "to_dict") else dict(resource)


class EmulatorError(RuntimeError):
    """The emulator refused a control call (a malformed seed or fault)."""


class Emulator:
    """Constant Contact in memory on a loopback port; a context manager that starts and stops it."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, access_token: str = "", api_key: str = "") -> None:
        """An empty token or key is generated; port 0 takes a free port on `host`."""
        self._core = _core.Emulator(host=host, port=port, access_token=access_token, api_key=api_key)

    def start(self) -> Emulator:
        self._core.start()
        return self

    def stop(self) -> None:
        self._core.stop()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return repr(self._core)

    @property
    def port(self) -> int:
        return self._core.port

    @property
    def url(self) -> str:
        return self._core.url

    @property
    def v3_url(self) -> str:
        return self._core.v3_url

    @property
    def v2_url(self) -> str:
        return self._core.v2_url

    @property
    def access_token(self) -> str:
        return self._core.access_token

    @property
    def api_key(self) -> str:
        return self._core.api_key

    def client(self, **options: Any) -> Client:
        """A v3 client of this emulator; the keyword arguments are the client's own (timeouts,
        retry, rate_limit, rate_limiter)."""
        return Client(access_token=self.access_token, base_url=self.v3_url, **options)

    def async_client(self, **options: Any) -> AsyncClient:
        return AsyncClient(access_token=self.access_token, base_url=self.v3_url, **options)

    def v2_client(self, **options: Any) -> v2.Client:
        return v2.Client(api_key=self.api_key, access_token=self.access_token, base_url=self.v2_url, **options)

    def v2_async_client(self, **options: Any) -> v2.AsyncClient:
        return v2.AsyncClient(api_key=self.api_key, access_token=self.access_token, base_url=self.v2_url, **options)

    def limits(self, *, per_second: int = 0, daily: int = 0) -> None:
        """Makes /v3 and /v2 answer 429 beyond `per_second` (a token bucket) or `daily` requests; 0: off."""
        self.control("POST", "limits", {"per_second": per_second, "daily": daily})

    def control(self, method: str, path: str, body: Any = None) -> Any:
        """Calls /__emulator/<path> in process with a JSON body; answers the decoded JSON."""
        text = self._core.control(method, path, "" if body is None else json.dumps(body))
        answer = json.loads(text) if text else None
        if isinstance(answer, list) and answer and isinstance(answer[0], dict) and "error_key" in answer[0]:
            raise EmulatorError(answer[0].get("error_message") or answer[0]["error_key"])
        return answer

    def reset(self) -> None:
        """Forgets every resource, fault and count."""
        self.control("POST", "reset")

    def seed(
        self,
        *,
        lists: Iterable[Resource] = (),
        contacts: Iterable[Resource] = (),
        v2_lists: Iterable[Resource] = (),
        v2_contacts: Iterable[Resource] = (),
        tags: Iterable[Resource] = (),
        custom_fields: Iterable[Resource] = (),
    ) -> Dict[str, List[str]]:
        """Stores resources as given (missing ids and times filled in); answers their ids by kind."""
        body = {
            "lists": [_as_json_value(r) for r in lists],
            "contacts": [_as_json_value(r) for r in contacts],
            "v2_lists": [_as_json_value(r) for r in v2_lists],
            "v2_contacts": [_as_json_value(r) for r in v2_contacts],
            "tags": [_as_json_value(r) for r in tags],
            "custom_fields": [_as_json_value(r) for r in custom_fields],
        }
        ids: Dict[str, List[str]] = self.control("POST", "seed", body)
        return ids

    def fault(
        self,
        path: str,
        *,
        method: Optional[str] = None,
        status: Optional[int] = None,
        body: Any = None,
        delay_ms: Optional[int] = None,
        action: Optional[str] = None,
        times: int = 1,
    ) -> Dict[str, Any]:
        """Makes the next `times` requests to `path` (a prefix when it ends in '*') answer `status`
        with `body`, wait `delay_ms`, or take `action` ("drop", "malformed", "truncate")."""
        spec: Dict[str, Any] = {"path": path, "times": times}
        if method is not None:
            spec["method"] = method
        if status is not None:
            spec["status"] = status
        if body is not None:
            spec["body"] = body if isinstance(body, str) else json.dumps(body)
        if delay_ms is not None:
            spec["delay_ms"] = delay_ms
        if action is not None:
            spec["action"] = action
        answer: Dict[str, Any] = self.control("POST", "faults", spec)
        return answer

    def faults(self) -> List[Dict[str, Any]]:
        """The faults still waiting for requests."""
        answer: List[Dict[str, Any]] = self.control("GET", "faults")
        return answer

    def clear_faults(self) -> None:
        self.control("DELETE", "faults")

    def state(self) -> Dict[str, Any]:
        """Every stored resource, as JSON: lists, contacts, activities, v2_lists, v2_contacts."""
        answer: Dict[str, Any] = self.control("GET", "state")
        return answer

    def stats(self) -> Dict[str, Any]:
        """API traffic: requests, distinct connections, requests per route, 429s of the limits, and
        token requests by grant type, answered with tokens (`grants`) or refused (`refused_grants`)."""
        answer: Dict[str, Any] = self.control("GET", "stats")
        return answer


__all__ = ["Emulator", "EmulatorError"]
