"""Programmer mistakes in arguments raise TypeError naming the parameter and the type expected, never
echoing the value (which may be a token, an API key or a client secret): wrong types, unknown
keywords, missing or extra arguments, for every public callable of the package. Bools are not
integers, bytes are not text."""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, Iterator, List, Tuple

import ctct
import pytest
from ctct import _core, oauth
from ctct.testing import Emulator

SECRET = "secret-value-never-shown-4f2a"


class Secret:
    """A value of no type any parameter takes, whose repr and str are the secret."""

    def __repr__(self) -> str:
        return SECRET

    __str__ = __repr__


def params_of(function: Any) -> List[Tuple[str, str]]:
    """(name, type) of each parameter in pybind11's signature line, without self."""
    line = (function.__doc__ or "").split("\n", 1)[0]
    start = line.index("(") + 1
    depth, quote, part, parts = 0, "", "", []
    for char in line[start:]:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(part)
            part = ""
            continue
        part += char
    parts.append(part)
    found = []
    for text in (p.strip() for p in parts):
        if not text or text in ("*", "/") or text.startswith("self") or ":" not in text:
            continue
        name, kind = text.split(":", 1)
        found.append((name.strip(), kind.split("=")[0].strip()))
    return found


def public_classes() -> Iterator[Tuple[str, type]]:
    for module in (ctct, oauth, ctct.v2):
        for name in (n for n in dir(module) if not n.startswith("_")):
            value = getattr(module, name)
            if isinstance(value, type) and value.__module__.startswith("ctct._core"):
                yield f"{module.__name__}.{name}", value
    yield "ctct._core.Emulator", _core.Emulator


def instances(emulator: Emulator) -> Dict[type, Any]:
    made: Dict[type, Any] = {}
    for _, cls in public_classes():
        try:
            made[cls] = cls()
        except Exception:
            pass
    for client in (
        ctct.Client(access_token="t", base_url=emulator.v3_url),
        ctct.AsyncClient(access_token="t", base_url=emulator.v3_url),
    ):
        made[type(client)] = client
        for part in ("contacts", "lists", "activities", "tags", "custom_fields", "bulk"):
            made[type(getattr(client, part))] = getattr(client, part)
    for v2 in (
        ctct.v2.Client(api_key="k", access_token="t", base_url=emulator.v2_url),
        ctct.v2.AsyncClient(api_key="k", access_token="t", base_url=emulator.v2_url),
    ):
        made[type(v2)] = v2
    made[oauth.OAuthClient] = oauth.OAuthClient(client_id="c", client_secret="s")
    made[oauth.ManagedTokens] = oauth.ManagedTokens(oauth.Tokens(access_token="a"), client_id="c")
    return made


def callables(emulator: Emulator) -> Iterator[Tuple[str, Callable[..., Any], Any]]:
    """(name, callable, its pybind11 function for the signature) of every public callable."""
    made = instances(emulator)
    for name in ("make_pkce", "make_state", "authorization_url"):
        function = getattr(oauth, name)
        yield f"oauth.{name}", function, function
    for name, cls in public_classes():
        if "__init__" in vars(cls):
            yield name, cls, cls.__init__
        instance = made.get(cls)
        if instance is None:
            continue
        for attr, member in vars(cls).items():
            if attr.startswith("_") or isinstance(member, property):
                continue
            yield f"{name}.{attr}", getattr(instance, attr), member


def expect_clean(error: BaseException, *names: str) -> None:
    text = str(error)
    assert "Invoked with" not in text and SECRET not in text, text
    assert "incompatible" not in text, text
    assert any(re.search(rf"\b{re.escape(name)}\b", text) for name in names), (names, text)


def test_every_callable_names_a_wrong_typed_argument_and_an_unknown_keyword(emulator: Emulator) -> None:
    checked = 0
    for _name, call, function in callables(emulator):
        with pytest.raises(TypeError) as unknown:
            call(bogus=SECRET)
        if str(unknown.value).endswith("No constructor defined!"):
            continue  # outcomes, pages and parts: only operations make them
        expect_clean(unknown.value, "bogus")
        assert "got an unexpected keyword argument 'bogus'" in str(unknown.value)
        params = params_of(function)
        typed = [param for param, kind in params if kind != "object"]
        if not typed:
            continue
        # Every argument wrong: the first one is the one named.
        with pytest.raises(TypeError) as wrong:
            call(**{param: Secret() for param, _ in params})
        expect_clean(wrong.value, typed[0])
        assert f"{typed[0]} must be " in str(wrong.value) and "not Secret" in str(wrong.value), str(wrong.value)
        # Each argument wrong on its own, as bytes: a missing argument may be named instead.
        for param in typed:
            with pytest.raises(TypeError) as alone:
                call(**{param: SECRET.encode()})
            expect_clean(alone.value, *(p for p, _ in params))
        checked += 1
    assert checked > 100


def test_every_model_field_setter_names_the_field(emulator: Emulator) -> None:
    made = instances(emulator)
    count = 0
    for _, cls in public_classes():
        instance = made.get(cls)
        for attr, member in vars(cls).items():
            if instance is None or not isinstance(member, property) or member.fset is None:
                continue
            with pytest.raises(TypeError) as wrong:
                setattr(instance, attr, Secret())
            expect_clean(wrong.value, attr)
            count += 1
    assert count > 50


def test_secret_values_of_misspelled_or_wrong_typed_options_are_not_echoed(emulator: Emulator) -> None:
    cases: List[Tuple[Callable[[], Any], str]] = [
        (lambda: ctct.Client(access_token=SECRET, timeout_ms="x"), "timeout_ms must be an integer, not str"),
        (lambda: ctct.Client(access_token=SECRET, bogus=1), "Client() got an unexpected keyword argument 'bogus'"),
        (lambda: ctct.Client(acess_token=SECRET), "Client() got an unexpected keyword argument 'acess_token'"),
        (
            lambda: ctct.v2.Client(api_key=SECRET, access_token=SECRET, timeout_ms=1.5),
            "timeout_ms must be an integer, not float",
        ),
        (
            lambda: oauth.OAuthClient(client_id="c", client_secret=SECRET, token_url=3),
            "token_url must be a string, not int",
        ),
        (
            lambda: oauth.OAuthClient(client_id="c").refresh(refresh_token=SECRET.encode()),
            "refresh_token must be a string, not bytes",
        ),
        (
            lambda: oauth.OAuthClient(client_id="c").refresh(refresh=SECRET),
            "OAuthClient.refresh() got an unexpected keyword argument 'refresh'",
        ),
        (lambda: oauth.Tokens(access_token=SECRET, expires_in="1"), "expires_in must be an integer or None, not str"),
        (
            lambda: oauth.ManagedTokens(
                oauth.Tokens(access_token=SECRET), client_id="c", client_secret=SECRET, bogus=1
            ),
            "ManagedTokens() got an unexpected keyword argument 'bogus'",
        ),
        (lambda: _core.Emulator(access_token=SECRET, port="1"), "port must be an integer, not str"),
        (
            lambda: ctct.Contact({"first_name": 5, "email_address": {"address": SECRET}}),
            "fields['first_name'] must be a string or None, not int",
        ),
        (
            lambda: ctct.Contact(email_address={"address": 5}),
            "email_address['address'] must be a string or None, not int",
        ),
        (lambda: ctct.Contact(list_memberships=["a", b"b"]), "list_memberships[1] must be a string, not bytes"),
        (lambda: ctct.Contact({"bogus": SECRET}), "Contact has no field 'bogus'"),
        (
            lambda: ctct.RetryOptions(max_attempts=2, bogus=SECRET),
            "RetryOptions() got an unexpected keyword argument 'bogus'",
        ),
        (
            lambda: ctct.Client(access_token=SECRET, retry={"max_attempts": 2}),
            "retry must be a RetryOptions or None, not dict",
        ),
        (
            lambda: ctct.Client(access_token=SECRET, rate_limit={"per_second": 1, "bogus": SECRET}),
            "rate_limit must be a RateLimit or None, not dict",
        ),
    ]
    for make, message in cases:
        with pytest.raises(TypeError) as raised:
            make()
        assert str(raised.value) == message
        assert SECRET not in str(raised.value)


def test_booleans_are_not_integers_and_bytes_are_not_text(client: ctct.Client) -> None:
    cases: List[Tuple[Callable[[], Any], str]] = [
        (lambda: client.contacts.list(limit=True), "limit must be an integer or None, not bool"),
        (lambda: client.lists.list(limit=False), "limit must be an integer or None, not bool"),
        (lambda: ctct.Client(access_token="t", max_connections=True), "max_connections must be an integer, not bool"),
        (lambda: ctct.RetryOptions(max_attempts=True), "max_attempts must be an integer, not bool"),
        (lambda: ctct.RateLimit(per_second=True), "per_second must be a number, not bool"),
        (
            lambda: (
                ctct.ContactsCounts(total=True) if hasattr(ctct.ContactsCounts, "total") else ctct.RateLimit(burst=True)
            ),
            None,
        ),
        (lambda: client.contacts.get(b"id"), "contact_id must be a string, not bytes"),
        (lambda: client.contacts.counts(include_new_subscriber=1), "include_new_subscriber must be a bool, not int"),
        (lambda: client.contacts.get("id", include="custom_fields"), "include must be a list, not str"),
    ]
    for make, message in cases:
        with pytest.raises(TypeError) as raised:
            make()
        if message:
            assert str(raised.value) == message
        assert "bool" in str(raised.value) or "bytes" in str(raised.value) or "str" in str(raised.value)
    retry = ctct.RetryOptions()
    with pytest.raises(TypeError, match="^max_attempts must be an integer, not bool$"):
        retry.max_attempts = True  # type: ignore[assignment]
    assert ctct.RateLimit(per_second=2).per_second == 2.0


@pytest.mark.parametrize("make", [ctct.Client, ctct.AsyncClient])
def test_base_url_and_repr_show_no_password(emulator: Emulator, make: Any) -> None:
    url = emulator.v3_url.replace("http://", f"http://ann:{SECRET}@")
    client = make(access_token="t", base_url=url)
    assert client.base_url == emulator.v3_url
    assert repr(client) == f"{make.__name__}(base_url='{emulator.v3_url}')"
    client.close()


@pytest.mark.parametrize("make", [ctct.v2.Client, ctct.v2.AsyncClient])
def test_v2_base_url_and_repr_show_no_password(emulator: Emulator, make: Any) -> None:
    url = emulator.v2_url.replace("http://", f"http://ann:{SECRET}@")
    client = make(api_key="k", access_token="t", base_url=url)
    assert client.base_url == emulator.v2_url and SECRET not in repr(client)
    client.close()


def test_no_function_has_overloads() -> None:
    """The checked arguments convert in the one overload: pybind11 never tries another."""
    for _, cls in public_classes():
        for member in vars(cls).values():
            assert "Overloaded function" not in (getattr(member, "__doc__", None) or "")
