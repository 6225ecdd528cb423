"""No error of `ctct` echoes a value that could be a secret: a token typed where no argument is
expected, an option value that cannot be read, or the password of a base URL."""

import os
import unittest

from harness import CONTACT_A, LIST_A, UNKNOWN_ID, EmulatorTestCase, contact

SECRET = "sEcReT-t0ken-0123456789abcdef"
NOT_SHOWN = "(not shown, in case it is a secret such as a token)"
MORE = "Run with --help for more information.\n"


class SecretsTest(EmulatorTestCase):
    SEED = {
        "lists": [{"list_id": LIST_A, "name": "Newsletter"}],
        "contacts": [contact("ada@example.com", "Ada", [LIST_A], CONTACT_A)],
    }

    def assertHidden(self, result, *secrets):
        shown = result.stdout + result.stderr
        for secret in (self.emulator.token, *secrets):
            self.assertNotIn(secret, shown)

    def test_unexpected_arguments_are_named_by_position(self):
        result = self.emulator.run("lists", SECRET)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, "")
        self.assertEqual(result.stderr, "Argument 2 was not expected " + NOT_SHOWN + "\n" + MORE)
        two = self.emulator.run("contacts", "get", CONTACT_A, SECRET, "other")
        self.assertEqual(two.returncode, 2)
        self.assertEqual(two.stderr, "Arguments 4, 5 were not expected " + NOT_SHOWN + "\n" + MORE)
        self.assertHidden(two, SECRET, "other")

    def test_a_stray_token_is_never_echoed(self):
        rows = os.path.join(self.tmp.name, "rows.csv")
        with open(rows, "w", encoding="utf-8") as f:
            f.write("email\nann@example.com\n")
        for args in (
            [SECRET],
            ["--token", SECRET, "lists"],
            ["--token=" + SECRET, "lists"],
            ["lists", "-t", SECRET],
            ["lists", "--tokn", SECRET],
            ["lists", "--tokn=" + SECRET],
            ["contacts", "find", "ada@example.com", SECRET],
            ["contacts", "add", "--email", "a@example.com", "--list", LIST_A, SECRET],
            ["export", "--pages", SECRET],
            ["import", rows, "--list", LIST_A, SECRET],
            ["emulator", "--port", SECRET],
            ["contacts", "get", "--json=" + SECRET, CONTACT_A],
            ["lists", "create", "--name", "Leads", SECRET],
            ["tags", "get", UNKNOWN_ID, SECRET],
            ["tags", "list", "--limit", SECRET],
            ["contacts", "counts", "--include-new-subscriber=" + SECRET],
            ["bulk", "import-contacts", LIST_A, "--rows", SECRET],
            ["add-contact-to-list", LIST_A, "--email", "a@example.com", "--custom-field-ids", SECRET],
            [SECRET, "create"],
        ):
            with self.subTest(args=args):
                result = self.emulator.run(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertIn(MORE, result.stderr)
                self.assertHidden(result, SECRET)

    def test_an_unusable_value_is_named_by_its_option(self):
        for port in (SECRET, "70000"):
            result = self.emulator.run("emulator", "--port", port)
            self.assertEqual(result.returncode, 2)
            self.assertEqual(
                result.stderr, "--port: the value given is not a number from 0 to 65535 " + NOT_SHOWN + "\n" + MORE
            )
        flag = self.emulator.run("contacts", "get", "--json=" + SECRET, CONTACT_A)
        self.assertEqual(flag.returncode, 2)
        self.assertEqual(flag.stderr, "--json: the value given cannot be used " + NOT_SHOWN + "\n" + MORE)

    def test_a_base_url_password_is_never_shown(self):
        password = "pa55word-never-shown"
        bad_port = self.emulator.run("lists", "--base-url", "http://ann:%s@127.0.0.1:99999/v3" % password)
        self.assertEqual(bad_port.returncode, 2)
        self.assertIn("--base-url", bad_port.stderr)
        self.assertIn('"http://127.0.0.1:99999/v3"', bad_port.stderr)
        self.assertHidden(bad_port, password)
        with_password = self.emulator.v3_url.replace("http://", "http://ann:%s@" % password)
        for base_url, args in (
            (with_password, ["contacts", "get", UNKNOWN_ID]),
            ("http://ann:%s@127.0.0.1:1/v3" % password, ["lists"]),
        ):
            with self.subTest(base_url=base_url):
                result = self.emulator.run(*args, env=self.emulator.env(CTCT_BASE_URL=base_url))
                self.assertEqual(result.returncode, 1)
                self.assertTrue(result.stderr.startswith("ctct: "), result.stderr)
                self.assertHidden(result, password)


if __name__ == "__main__":
    unittest.main()
