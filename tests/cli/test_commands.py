"""`ctct lists`, `ctct contacts get|add|find` and `ctct export` against `ctct emulator`."""

import csv
import io
import json
import os
import unittest

from harness import CONTACT_A, LIST_A, LIST_B, UNKNOWN_ID, EmulatorTestCase, contact, members


class CommandsTest(EmulatorTestCase):
    SEED = {
        "lists": [{"list_id": LIST_A, "name": "Newsletter"}, {"list_id": LIST_B, "name": "Customers"}],
        "contacts": [
            contact("ada@example.com", "Ada", [LIST_A], CONTACT_A),
            contact("grace@example.com", "Grace", [LIST_A, LIST_B]),
        ],
    }

    def run_cli(self, *args, **kwargs):
        return self.emulator.run(*args, **kwargs)

    def assertNoToken(self, result):
        self.assertNotIn(self.emulator.token, result.stdout + result.stderr)

    def test_lists_shows_a_table_of_lists(self):
        result = self.run_cli("lists")
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0].split(), ["LIST", "ID", "NAME", "MEMBERS", "FAVORITE", "UPDATED"])
        rows = {line.split()[1]: line.split() for line in lines[1:]}
        self.assertEqual(rows["Newsletter"][0], LIST_A)
        self.assertEqual(rows["Newsletter"][2], "2")
        self.assertEqual(rows["Customers"][2], "1")
        self.assertNoToken(result)

    def test_contacts_get_shows_the_contact(self):
        result = self.run_cli("contacts", "get", CONTACT_A)
        self.assertEqual(result.returncode, 0, result.stderr)
        fields = dict(line.split(None, 1) for line in result.stdout.splitlines()[1:])
        self.assertEqual(fields["email"], "ada@example.com")
        self.assertEqual(fields["first_name"], "Ada")
        self.assertEqual(fields["lists"], LIST_A)
        as_json = json.loads(self.run_cli("contacts", "get", CONTACT_A, "--json").stdout)
        self.assertEqual(as_json["contact_id"], CONTACT_A)
        self.assertEqual(as_json["list_memberships"], [LIST_A])

    def test_contacts_get_of_an_unknown_id_fails_with_the_reason(self):
        result = self.run_cli("contacts", "get", UNKNOWN_ID)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertTrue(result.stderr.startswith("ctct: "), result.stderr)
        self.assertIn("404", result.stderr)
        refused = self.run_cli("contacts", "get", "not-an-id")
        self.assertEqual(refused.returncode, 1)
        self.assertIn("contact_id", refused.stderr)

    def test_contacts_add_creates_then_updates(self):
        args = ["contacts", "add", "--email", "new@example.com", "--first-name", "Nora", "--list", LIST_B]
        created = self.run_cli(*args)
        self.assertEqual(created.returncode, 0, created.stderr)
        self.assertRegex(created.stdout, r"^Created contact [0-9a-f-]{36} \(new@example.com\) on list " + LIST_B)
        updated = self.run_cli("contacts", "add", "--email", "ada@example.com", "--list", LIST_B)
        self.assertEqual(updated.returncode, 0, updated.stderr)
        self.assertTrue(updated.stdout.startswith("Updated contact " + CONTACT_A), updated.stdout)
        self.assertEqual(
            members(self.emulator.state(), LIST_B), ["ada@example.com", "grace@example.com", "new@example.com"]
        )

    def test_contacts_add_of_a_bad_address_fails_before_sending(self):
        result = self.run_cli("contacts", "add", "--email", "not-an-address", "--list", LIST_A)
        self.assertEqual(result.returncode, 1)
        self.assertIn("email", result.stderr)
        self.assertEqual(self.emulator.control("GET", "stats")["requests"], 0)

    def test_contacts_find_by_address(self):
        result = self.run_cli("contacts", "find", "GRACE@example.com")
        self.assertEqual(result.returncode, 0, result.stderr)
        header, row = result.stdout.splitlines()
        self.assertEqual(header.split(), ["CONTACT", "ID", "EMAIL", "NAME", "STATUS", "LISTS"])
        self.assertIn("grace@example.com", row)
        self.assertIn(LIST_B, row)
        missing = self.run_cli("contacts", "find", "nobody@example.com")
        self.assertEqual(missing.returncode, 1)
        self.assertEqual(missing.stderr, "ctct: no contact has the address nobody@example.com.\n")

    def test_usage_errors_exit_2(self):
        for args in (
            [],
            ["contacts"],
            ["contacts", "add", "--email", "a@example.com"],
            ["import", os.path.join(self.tmp.name, "missing.csv"), "--list", LIST_A],
            ["lists", "--no-such-option"],
        ):
            with self.subTest(args=args):
                result = self.run_cli(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertNoToken(result)

    def test_a_missing_token_is_a_usage_error(self):
        env = self.emulator.env()
        del env["CTCT_ACCESS_TOKEN"]
        result = self.run_cli("lists", env=env)
        self.assertEqual(result.returncode, 2)
        self.assertIn("CTCT_ACCESS_TOKEN", result.stderr)

    def test_help_shows_no_token(self):
        for args in (["--help"], ["import", "--help"], ["contacts", "add", "--help"]):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 0)
            self.assertIn("--token", result.stdout)
            self.assertNoToken(result)

    def test_a_refused_token_is_never_echoed(self):
        secret = "not-the-token-0123456789abcdef"
        env = self.emulator.env()
        del env["CTCT_ACCESS_TOKEN"]
        for args in (["lists"], ["contacts", "find", "ada@example.com"], ["export", "--pages"]):
            with self.subTest(args=args):
                result = self.run_cli(*args, "--token", secret, env=env)
                self.assertEqual(result.returncode, 1)
                self.assertIn("401", result.stderr)
                self.assertNotIn(secret, result.stdout + result.stderr)

    def read_csv(self, path):
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    def test_export_by_pages_writes_every_contact(self):
        out = os.path.join(self.tmp.name, "all.csv")
        result = self.run_cli("export", "--pages", "--out", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "Exported 2 contacts to %s\n" % out)
        rows = self.read_csv(out)
        self.assertEqual([r["email"] for r in rows], ["ada@example.com", "grace@example.com"])
        self.assertEqual(rows[0]["first_name"], "Ada")
        self.assertEqual(rows[0]["contact_id"], CONTACT_A)
        self.assertNotIn("\r", result.stderr)  # not a terminal: plain progress lines

    def test_export_of_a_list_to_standard_output(self):
        result = self.run_cli("export", "--pages", "--list", LIST_B)
        self.assertEqual(result.returncode, 0, result.stderr)
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        self.assertEqual([r["email"] for r in rows], ["grace@example.com"])
        self.assertIn("Exported 1 contacts of list %s to standard output" % LIST_B, result.stderr)

    def test_export_through_the_bulk_export(self):
        out = os.path.join(self.tmp.name, "bulk.csv")
        result = self.run_cli("export", "--list", LIST_A, "--out", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding="utf-8") as f:
            text = f.read()
        for address in ("ada@example.com", "grace@example.com"):
            self.assertIn(address, text)


if __name__ == "__main__":
    unittest.main()
