"""What the transport refuses: redirects (never followed, so credentials stay with the API host),
certificates it cannot verify (not retried; ca_bundle, else SSL_CERT_FILE, names the CA to trust),
bodies over max_response_bytes, and plain http to any host but loopback unless
allow_insecure_http is set; max_connections caps the connections."""

from __future__ import annotations

import asyncio
import http.server
import sys
import threading
from pathlib import Path
from typing import Any, Iterator, List

import ctct
import pytest
from ctct.testing import Emulator

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tls"))
from https_server import LIST_ID, HttpsServer  # noqa: E402


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: List[str] = []

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def other_server() -> Iterator[http.server.HTTPServer]:
    """A second loopback server that records every request it gets."""
    handler = type("Recorder", (_Recorder,), {"seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.mark.parametrize("status", [302, 307])
def test_a_redirect_is_not_followed(emulator: Emulator, other_server: http.server.HTTPServer, status: int) -> None:
    location = f"http://127.0.0.1:{other_server.server_address[1]}/v3/contact_lists"
    emulator.control(
        "POST", "faults", {"path": "/v3/contact_lists", "status": status, "body": "", "location": location}
    )
    with emulator.client() as client:
        outcome = client.lists.list()
    assert outcome.outcome == "error" and outcome.status == status and outcome.attempts == 1
    assert "does not follow" in (outcome.reason or "")
    assert other_server.RequestHandlerClass.seen == []  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpsServer]:
    with HttpsServer(tmp_path_factory.mktemp("tls")) as server:
        yield server


def test_an_unverified_certificate_is_an_error_and_not_retried(https_server: HttpsServer) -> None:
    with ctct.Client(access_token="token", base_url=https_server.url + "/v3") as client:
        outcome = client.lists.list()
    assert outcome.outcome == "error" and outcome.attempts == 1
    assert "certificate" in (outcome.reason or "") and "could not be verified" in (outcome.reason or "")


def test_the_ca_bundle_makes_the_certificate_trusted(
    https_server: HttpsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ctct-ca.pem")  # ca_bundle comes first
    with ctct.Client(access_token="token", base_url=https_server.url + "/v3", ca_bundle=str(https_server.ca)) as client:
        outcome = client.lists.list()
    assert outcome.ok, outcome.reason
    assert outcome.value is not None and [item.list_id for item in outcome.value.items] == [LIST_ID]


def test_ssl_cert_file_makes_the_certificate_trusted(
    https_server: HttpsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read when a client is built; CURL_CA_BUNDLE comes after it.
    monkeypatch.setenv("SSL_CERT_FILE", str(https_server.ca))
    monkeypatch.setenv("CURL_CA_BUNDLE", "/nonexistent/ctct-ca.pem")
    with ctct.Client(access_token="token", base_url=https_server.url + "/v3") as client:
        outcome = client.lists.list()
    assert outcome.ok, outcome.reason
    assert outcome.value is not None and [item.list_id for item in outcome.value.items] == [LIST_ID]


def test_a_body_over_max_response_bytes_is_an_error_naming_the_cap(emulator: Emulator) -> None:
    emulator.control("POST", "faults", {"path": "/v3/contacts", "action": "large", "bytes": 4096})
    with emulator.client(max_response_bytes=1024) as client:
        outcome = client.contacts.list()
    assert outcome.outcome == "error" and outcome.attempts == 1
    assert "1024-byte cap (max_response_bytes)" in (outcome.reason or "")


def test_max_connections_caps_the_requests_sent_at_once(emulator: Emulator) -> None:
    emulator.fault("/v3/contact_lists", delay_ms=200, times=0)  # keeps a burst in flight

    async def burst() -> None:
        async with emulator.async_client(max_connections=3, rate_limit=ctct.RateLimit(per_second=0)) as client:
            outcomes = await asyncio.gather(*(client.lists.list() for _ in range(12)))
        assert all(outcome.ok for outcome in outcomes)

    asyncio.run(burst())
    assert emulator.stats()["connections"] == 3
    for wrong in (0, 257):
        with pytest.raises(ctct.UsageError, match="max_connections must be from 1 to 256"):
            emulator.client(max_connections=wrong)


def test_plain_http_goes_to_loopback_only_unless_allowed() -> None:
    with pytest.raises(ctct.UsageError, match="allow_insecure_http"):
        ctct.Client(access_token="token", base_url="http://api.example.com/v3")
    with pytest.raises(ValueError):  # UsageError is a ValueError
        ctct.v2.Client(api_key="key", access_token="token", base_url="http://10.0.0.1/v2")
    ctct.Client(access_token="token", base_url="http://api.example.com/v3", allow_insecure_http=True).close()
    ctct.v2.Client(api_key="key", access_token="token", base_url="http://10.0.0.1/v2", allow_insecure_http=True).close()
    for url in ("http://127.0.0.2:1/v3", "http://localhost:1/v3", "http://[::1]:1/v3"):
        ctct.Client(access_token="token", base_url=url).close()


UNUSABLE_URLS = {
    "not a url": "which is not a URL",
    "file:///etc/passwd": "whose scheme is file",
    "ftp://127.0.0.1/v3": "whose scheme is not http or https",
    "http://127.0.0.1:99999/v3": "whose port is not from 1 to 65535",
    "http://ann:pw-secret@127.0.0.1:0/v3": "whose port is not from 1 to 65535",
}


@pytest.mark.parametrize("url", UNUSABLE_URLS)
def test_unusable_urls_are_refused_when_the_client_is_built(url: str) -> None:
    builders = {
        "ClientOptions.base_url": lambda: ctct.Client(access_token="tok-secret", base_url=url),
        "v2::ClientOptions.base_url": lambda: ctct.v2.Client(
            api_key="key-secret", access_token="tok-secret", base_url=url
        ),
        "token_url": lambda: ctct.oauth.OAuthClient(client_id="id", client_secret="cs-secret", token_url=url),
    }
    for option, build in builders.items():
        with pytest.raises(ctct.UsageError) as refused:
            build()
        message = str(refused.value)
        assert message.startswith(f"{option} must be an http or https URL with a host"), message
        assert UNUSABLE_URLS[url] in message
        assert "secret" not in message  # neither the URL's password nor any credential
