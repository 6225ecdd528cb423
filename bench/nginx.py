"""nginx on loopback serving the canned answers: its own configuration and files under the
bench's build folder, one worker, keep-alive without a request limit, no access log."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

from canned import ITERATE_PREFIX

CONFIG = """\
worker_processes 1;
pid {work}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  keepalive_requests 100000000;
  keepalive_timeout 300s;
  client_body_temp_path {work}/client_body;
  proxy_temp_path {work}/proxy;
  fastcgi_temp_path {work}/fastcgi;
  uwsgi_temp_path {work}/uwsgi;
  scgi_temp_path {work}/scgi;
  default_type application/json;
  server {{
    listen 127.0.0.1:{port};
    root {canned};
    location = /v3/contacts/{contact_id} {{ try_files /contact.json =500; }}
    location = /v3/contacts {{
      if ($request_method = POST) {{ return 201 '{created}'; }}
      try_files /page.json =500;
    }}
    location = {iterate}/v3/contacts {{ try_files /pages.json =500; }}
  }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """Started on a free loopback port; stop() ends it (a context manager)."""

    def __init__(self, work: Path, canned: Path, contact_id: str) -> None:
        self.work = work
        self.port = free_port()
        work.mkdir(parents=True, exist_ok=True)
        created = (canned / "created.json").read_text()
        if "'" in created or "$" in created:
            raise ValueError("created.json cannot be inlined in nginx's configuration")
        self.config = work / "nginx.conf"
        self.config.write_text(
            CONFIG.format(
                work=work,
                port=self.port,
                canned=canned,
                contact_id=contact_id,
                created=created,
                iterate=ITERATE_PREFIX,
            )
        )
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v3"

    @property
    def iterate_url(self) -> str:
        """The base URL whose contacts listing never ends (canned.ITERATE_PREFIX)."""
        return f"http://127.0.0.1:{self.port}{ITERATE_PREFIX}/v3"

    def __enter__(self) -> Nginx:
        # -e: the error log under the bench folder from the start (the default one needs root).
        self.process = subprocess.Popen(
            [
                "nginx",
                "-p",
                str(self.work),
                "-c",
                str(self.config),
                "-e",
                str(self.work / "error.log"),
                "-g",
                "daemon off;",
            ]
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with {self.process.returncode}; see {self.work}/error.log")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not start listening within 10 s")

    def __exit__(self, *exc: object) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    @staticmethod
    def version() -> str:
        out = subprocess.run(["nginx", "-v"], capture_output=True, text=True)
        return (out.stderr or out.stdout).strip().split("/")[-1]
