"""Client and AsyncClient against the C++ registry of operations (ctct._core.describe_operations()):
every group is an attribute, every operation a method of the same name, and each method takes
what the registry's rule gives, read from the module's own signatures:
  argument      positional, by its name; a described model is optional there and also takes its
                fields as keywords (all but those named like another parameter)
  option        positional or keyword, with a default
  fields        the `positional` fields first, positionally; every other field as a keyword
  bulk_options  the keywords wait, poll_interval_ms and on_progress
A failure names the group.operation and what differs."""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set, Tuple

import ctct
import ctct.oauth
import ctct.testing
import ctct.v2
import pytest
from ctct import _core

# Old spellings still taken, with a DeprecationWarning, until the version named.
DEPRECATED = {"progress": ("on_progress", (0, 2))}
# Client members that are not operations of the registry.
CLIENT_OWN = {"close", "base_url"}
# Methods a listing adds to its group (pages() and iter(), with the keywords of its listing
# operation: list(), or the one named here).
LISTING = {"pages", "iter"}
LISTING_OPERATION = {"contact_reports": "activity_details"}

REGISTRY: Dict[str, Any] = json.loads(_core.describe_operations())
# The design document, whose names table (section "Names across languages") this test checks.
DESIGN = Path(__file__).resolve().parents[2] / "docs" / "ARCHITECTURE.md"
VERSION = tuple(int(part) for part in ctct.__version__.split(".")[:2])


class Signature:
    """A method's parameters from pybind11's signature line (the first line of its docstring)."""

    def __init__(self, method: Any) -> None:
        line = (method.__doc__ or "").split("\n", 1)[0]
        arguments = ast.parse(f"def {line}: pass").body[0].args  # type: ignore[attr-defined]
        given = arguments.args[1:]  # without self
        first_default = len(given) - len(arguments.defaults)
        self.required = [a.arg for a in given[:first_default]]
        self.optional = [a.arg for a in given[first_default:]]
        self.keywords = {a.arg for a in arguments.kwonlyargs}


def expected(op: Dict[str, Any]) -> Tuple[List[str], List[str], Set[str]]:
    """(required positional, optional positional, keyword-only) names the rule gives."""
    required: List[str] = []
    optional: List[str] = []
    keywords: Set[str] = set()
    model_fields: List[str] = []
    for param in op["params"]:
        takes = param["takes"]
        if takes == "bulk_options":
            keywords |= {"wait", "poll_interval_ms", "on_progress"}
        elif takes == "fields":
            required += param["positional"]
            keywords |= set(param["fields"]) - set(param["positional"])
        elif takes == "option":
            optional.append(param["name"])
        elif "fields" in param:  # a described model
            optional.append(param["name"])
            model_fields += param["fields"]
        else:
            required.append(param["name"])
    named = set(required) | set(optional) | keywords
    keywords |= {name for name in model_fields if name not in named}
    keywords |= {old for old, (new, until) in DEPRECATED.items() if new in keywords and VERSION < until}
    return required, optional, keywords


def differences(method: Any, op: Dict[str, Any]) -> List[str]:
    actual = Signature(method)
    required, optional, keywords = expected(op)
    found = []
    if actual.required != required:
        found.append(f"positional arguments {actual.required}, the registry gives {required}")
    if actual.optional != optional:
        found.append(f"optional positional arguments {actual.optional}, the registry gives {optional}")
    if actual.keywords != keywords:
        extra, missing = sorted(actual.keywords - keywords), sorted(keywords - actual.keywords)
        found.append(f"keywords: {extra} not in the registry, {missing} missing")
    return found


def groups_of(cls: type) -> Iterator[Tuple[str, type, List[Dict[str, Any]]]]:
    """(group name, its class, its operations), from the properties of cls."""
    client = cls(access_token="t")
    try:
        for group in REGISTRY["groups"]:
            part = getattr(client, group["name"], None)
            yield group["name"], type(part), group["operations"]
    finally:
        client.close()


@pytest.mark.parametrize("cls", [ctct.Client, ctct.AsyncClient], ids=lambda cls: cls.__name__)
def test_every_group_and_operation_is_bound_as_the_registry_says(cls: type) -> None:
    problems: List[str] = []
    for name, group_class, operations in groups_of(cls):
        if not isinstance(vars(cls).get(name), property):
            problems.append(f"{cls.__name__}.{name}: no such group")
            continue
        for op in operations:
            method = vars(group_class).get(op["name"])
            if method is None:
                problems.append(f"{name}.{op['name']}: {group_class.__name__} has no method {op['name']}")
                continue
            problems += [f"{name}.{op['name']}: {d}" for d in differences(method, op)]
        extra = {attr for attr in vars(group_class) if not attr.startswith("_")} - LISTING
        extra -= {op["name"] for op in operations}
        problems += [f"{name}.{attr}: not in the registry" for attr in sorted(extra)]
    for op in REGISTRY["client"]:
        method = vars(cls).get(op["name"])
        if method is None:
            problems.append(f"client.{op['name']}: {cls.__name__} has no method {op['name']}")
            continue
        problems += [f"client.{op['name']}: {d}" for d in differences(method, op)]
    extra = {attr for attr in vars(cls) if not attr.startswith("_")} - CLIENT_OWN
    extra -= {op["name"] for op in REGISTRY["client"]} | {group["name"] for group in REGISTRY["groups"]}
    problems += [f"client.{attr}: not in the registry" for attr in sorted(extra)]
    assert not problems, "\n".join(problems)


# The clients besides the v3 one: the registry's list of their operations, and what else they have.
OTHER_CLIENTS = [
    (ctct.v2.Client, "v2_client", {"close", "base_url"}),
    (ctct.v2.AsyncClient, "v2_client", {"close", "base_url"}),
    (ctct.oauth.OAuthClient, "oauth_client", {"close", "token_url"}),
    (ctct.oauth.AsyncOAuthClient, "oauth_client", {"close", "token_url"}),
]


@pytest.mark.parametrize(
    ("cls", "listed", "own"), OTHER_CLIENTS, ids=[f"{c.__module__}.{c.__name__}" for c, _, _ in OTHER_CLIENTS]
)
def test_the_v2_and_oauth_clients_are_bound_as_the_registry_says(cls: type, listed: str, own: Set[str]) -> None:
    problems: List[str] = []
    for op in REGISTRY[listed]:
        method = vars(cls).get(op["name"])
        if method is None:
            problems.append(f"{listed}.{op['name']}: {cls.__name__} has no method {op['name']}")
            continue
        problems += [f"{listed}.{op['name']}: {d}" for d in differences(method, op)]
    extra = {attr for attr in vars(cls) if not attr.startswith("_")} - own - {op["name"] for op in REGISTRY[listed]}
    problems += [f"{listed}.{attr}: not in the registry" for attr in sorted(extra)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("cls", [ctct.Client, ctct.AsyncClient], ids=lambda cls: cls.__name__)
def test_listings_take_the_keywords_of_list(cls: type) -> None:
    listings = 0
    for name, group_class, _ in groups_of(cls):
        if "pages" not in vars(group_class):
            continue
        listings += 1
        one_page = Signature(vars(group_class)[LISTING_OPERATION.get(name, "list")])
        for method in LISTING:
            every = Signature(vars(group_class)[method])
            assert (every.required, every.optional, every.keywords) == (
                one_page.required,
                one_page.optional,
                one_page.keywords,
            ), f"{name}.{method}"
    assert listings == 6  # contacts, lists, tags, custom_fields, segments, contact_reports


def test_a_difference_is_named() -> None:
    """The check itself: a method that takes its fields under another name fails, naming them."""
    (bulk,) = [group for group in REGISTRY["groups"] if group["name"] == "bulk"]
    (delete_lists,) = [op for op in bulk["operations"] if op["name"] == "delete_lists"]
    renamed = json.loads(json.dumps(delete_lists).replace('"lists"', '"list_ids"'))
    assert differences(ctct.Bulk.delete_lists, renamed) == [
        "positional arguments ['lists'], the registry gives ['list_ids']"
    ]


def python_column(concept: str) -> str:
    """The Python cell of a row of the design document's names table."""
    for row in DESIGN.read_text(encoding="utf-8").splitlines():
        cells = row.split("|")
        if len(cells) > 4 and cells[1].strip() == concept:
            return cells[3]
    raise AssertionError(f"{DESIGN.name}'s names table has no row '{concept}'")


# Rows of the names table with what Python must have for each: the spelling the row gives, and a
# check that Python has it.
CONCEPTS = {
    "progress hook": ("on_progress=", lambda: "on_progress" in Signature(ctct.Bulk.import_contacts).keywords),
    "poll interval": ("poll_interval_ms=", lambda: "poll_interval_ms" in Signature(ctct.Bulk.wait).keywords),
    "wait for activities": ("wait=", lambda: "wait" in Signature(ctct.Bulk.delete_lists).keywords),
    "groups": ("`custom_fields`", lambda: isinstance(vars(ctct.Client).get("custom_fields"), property)),
    "page errors": ("`PageError`", lambda: issubclass(ctct.PageError, ctct.CtctError)),
    "emulator start, stop": ("`stop()`", lambda: callable(getattr(ctct.testing.Emulator, "stop", None))),
    "emulator `limits()`": ("`limits(per_second=, daily=)`", lambda: callable(ctct.testing.Emulator.limits)),
    "emulator": ("host=", lambda: "host" in inspect.signature(ctct.testing.Emulator).parameters),
    "API key (shares the limiter)": ("api_key=", lambda: "api_key" in Signature(ctct.Client.__init__).keywords),
    "engine (shared I/O loops)": (
        "engine=Engine(threads=)",
        lambda: "engine" in Signature(ctct.Client.__init__).keywords,
    ),
    "OAuth client": (
        "`oauth.AsyncOAuthClient`",
        lambda: "timeout_ms" in Signature(ctct.oauth.AsyncOAuthClient.__init__).keywords,
    ),
    "a model argument": (
        '`lists.create(name="Leads")`',
        lambda: "name" in Signature(ctct.ContactLists.create).keywords,
    ),
}


@pytest.mark.parametrize("concept", sorted(CONCEPTS))
def test_the_names_table_gives_what_python_has(concept: str) -> None:
    spelling, present = CONCEPTS[concept]
    assert spelling in python_column(concept), f"the names table's '{concept}' row does not give {spelling}"
    assert present(), f"Python lacks {spelling} ({concept})"
