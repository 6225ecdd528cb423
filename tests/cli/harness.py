"""Runs the `ctct` command against `ctct emulator`, started in a child process on a free port."""

import json
import os
import subprocess
import tempfile
import unittest
import urllib.request

CLI = os.environ.get("CTCT_CLI", "ctct")
TIMEOUT = 300  # seconds; generous for a loaded machine, never a measure of speed


class EmulatorProcess:
    """`ctct emulator --port 0`, read from the lines it prints when it listens."""

    def __init__(self):
        self.process = subprocess.Popen([CLI, "emulator", "--port", "0"], stdout=subprocess.PIPE, text=True)
        self.banner = {}
        for line in self.process.stdout:
            key, _, value = line.strip().partition(": ")
            self.banner[key] = value
            if key == "access_token":
                break
        if "access_token" not in self.banner:
            raise RuntimeError("ctct emulator did not start: %r" % self.banner)
        self.url = self.banner["url"]
        self.v3_url = self.banner["v3_url"]
        self.token = self.banner["access_token"]

    def control(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + "/__emulator/" + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return json.loads(response.read())

    def reset(self):
        self.control("POST", "reset", {})

    def seed(self, body):
        return self.control("POST", "seed", body)

    def state(self):
        return self.control("GET", "state")

    def env(self, **extra):
        """The environment a user of this emulator runs `ctct` with."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("CTCT_")}
        env.update(CTCT_ACCESS_TOKEN=self.token, CTCT_BASE_URL=self.v3_url)
        env.update(extra)
        return env

    def run(self, *args, env=None, cwd=None):
        return subprocess.run(
            [CLI, *args],
            env=self.env() if env is None else env,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=TIMEOUT)
        self.process.stdout.close()


# Ids the tests seed, so that expectations can name them.
LIST_A = "11111111-1111-4111-8111-000000000001"
LIST_B = "11111111-1111-4111-8111-000000000002"
CONTACT_A = "cccccccc-cccc-4ccc-8ccc-000000000001"
UNKNOWN_ID = "99999999-9999-4999-8999-999999999999"


class EmulatorTestCase(unittest.TestCase):
    """One `ctct emulator` for the test class, reset and seeded with `SEED` before each test, and
    a temporary folder `self.tmp` per test."""

    SEED: dict = {}

    @classmethod
    def setUpClass(cls):
        cls.emulator = EmulatorProcess()

    @classmethod
    def tearDownClass(cls):
        cls.emulator.stop()

    def setUp(self):
        self.emulator.reset()
        self.emulator.seed(self.SEED)
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)


def contact(address, first_name=None, lists=(), contact_id=None):
    body = {"email_address": {"address": address}, "list_memberships": list(lists)}
    if first_name:
        body["first_name"] = first_name
    if contact_id:
        body["contact_id"] = contact_id
    return body


def members(state, list_id):
    """The addresses of the contacts on a list, sorted."""
    return sorted(c["email_address"]["address"] for c in state["contacts"] if list_id in c.get("list_memberships", []))
