"""`--rate-limiter redis://...`: `ctct` processes of one API key share its daily count through a
redis-server of the test's own (a free loopback port, stopped by its pid)."""

import os
import shutil
import socket
import subprocess
import time
import unittest

from harness import LIST_A, EmulatorTestCase

BUDGET = ["--api-key", "cli-app", "--per-day", "2"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisProcess:
    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError as refused:
                if self.process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from refused
                time.sleep(0.01)
        self.url = "redis://127.0.0.1:%d" % self.port

    def stop(self):
        self.process.kill()
        self.process.wait()


@unittest.skipIf(shutil.which("redis-server") is None and not os.environ.get("CI"), "redis-server is not installed")
class RateLimiterTest(EmulatorTestCase):
    SEED = {"lists": [{"list_id": LIST_A, "name": "Newsletter"}]}

    def setUp(self):
        super().setUp()
        self.redis = RedisProcess()
        self.addCleanup(self.redis.stop)

    def requests(self):
        return self.emulator.control("GET", "limits")["used_today"]

    def test_processes_given_one_redis_share_the_keys_daily_count(self):
        runs = [self.emulator.run("lists", "--rate-limiter", self.redis.url, *BUDGET) for _ in range(3)]
        self.assertEqual([run.returncode for run in runs], [0, 0, 1], [run.stderr for run in runs])
        self.assertIn("daily budget of 2 requests", runs[2].stderr)
        self.assertIn("UTC", runs[2].stderr)
        self.assertEqual(self.requests(), 2)
        # Without Redis each process counts only its own requests: a third one is sent.
        self.assertEqual(self.emulator.run("lists", *BUDGET).returncode, 0)
        self.assertEqual(self.requests(), 3)

    def test_the_environment_gives_the_same_options(self):
        env = self.emulator.env(
            CTCT_RATE_LIMITER=self.redis.url, CTCT_API_KEY="cli-app", CTCT_PER_DAY="1", CTCT_PER_SECOND="10"
        )
        codes = [self.emulator.run("lists", env=env).returncode for _ in range(2)]
        self.assertEqual(codes, [0, 1])
        self.assertEqual(self.requests(), 1)

    def test_an_unusable_url_is_a_usage_error_that_repeats_no_password(self):
        bad = self.emulator.run("lists", "--rate-limiter", "redis://ann:s3cret-pw@127.0.0.1:notaport", *BUDGET)
        self.assertEqual(bad.returncode, 2)
        self.assertIn("--rate-limiter", bad.stderr)
        self.assertIn("notaport", bad.stderr)
        self.assertNotIn("s3cret-pw", bad.stderr + bad.stdout)
        keyless = self.emulator.run("lists", "--rate-limiter", self.redis.url)
        self.assertEqual(keyless.returncode, 2)
        self.assertIn("api_key", keyless.stderr)
        self.assertEqual(self.requests(), 0)


if __name__ == "__main__":
    unittest.main()
