#!/usr/bin/env python3
"""An HTTPS server on loopback for the TLS tests, with a CA and a server certificate made at test
time by the openssl command. Every GET answers one page of contact lists.

    python3 tests/tls/https_server.py DIR

makes DIR/ca.pem (the CA to trust), prints the port on its own line and serves until its
standard input closes (the C++ tests run it so). pytest imports it instead.
"""

from __future__ import annotations

import http.server
import json
import ssl
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

LIST_ID = "11111111-1111-4111-8111-000000000001"
PAGE = json.dumps({"lists": [{"list_id": LIST_ID, "name": "Newsletter"}], "lists_count": 1}).encode()


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def make_certificates(directory: Path) -> Path:
    """Writes ca.pem, and server.pem/server.key it signed for 127.0.0.1; answers ca.pem's path."""
    ca_key, ca = directory / "ca.key", directory / "ca.pem"
    key, request, cert = directory / "server.key", directory / "server.csr", directory / "server.pem"
    extensions = directory / "server.ext"
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca),
        "-days",
        "2",
        "-subj",
        "/CN=ctct test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    )
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(request), "-subj", "/CN=127.0.0.1"
    )
    extensions.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        str(request),
        "-CA",
        str(ca),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-out",
        str(cert),
        "-days",
        "2",
        "-extfile",
        str(extensions),
    )
    return ca


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read no access log
        pass


class HttpsServer:
    """Serves the page over TLS on a free port of 127.0.0.1, in a thread; a context manager."""

    def __init__(self, directory: Path) -> None:
        self.ca = make_certificates(directory)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(directory / "server.pem", directory / "server.key")
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
        self._server.daemon_threads = True
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def __enter__(self) -> HttpsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._thread.join()
        self._server.server_close()


if __name__ == "__main__":
    with HttpsServer(Path(sys.argv[1])) as server:
        print(server.port, flush=True)
        sys.stdin.read()
