"""`ctct xref lists|contacts`: v2 ids to v3 ids for a migration, from arguments, a file or
standard input, as CSV or as the outcome's JSON, with the exit statuses of the command line."""

import csv
import io
import json
import os
import subprocess
from pathlib import Path

from harness import CLI, LIST_A, LIST_B, TIMEOUT, EmulatorTestCase

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
SUCCESS, FAILURE, USAGE, ERROR = 0, 1, 2, 3
CONTACT_ROUTE = "GET /v3/contacts/contact_id_xrefs"
LIST_ROUTE = "GET /v3/contact_lists/list_id_xrefs"


def rows(stdout):
    return list(csv.reader(io.StringIO(stdout)))


class XrefTest(EmulatorTestCase):
    SEED = {
        "lists": [{"list_id": LIST_A, "name": "Newsletter"}, {"list_id": LIST_B, "name": "Customers"}],
        "v2_lists": [{"id": "1234567890", "name": "Newsletter"}, {"id": "987", "name": "Customers"}],
    }

    def requests(self, route):
        return self.emulator.control("GET", "stats")["by_route"].get(route, 0)

    def test_ids_given_as_arguments(self):
        result = self.emulator.run("xref", "lists", "987", "1234567890")
        self.assertEqual(result.returncode, SUCCESS, result.stderr)
        # In the order given, not the API's (ascending by sequence id).
        self.assertEqual(rows(result.stdout), [["v2_id", "v3_id"], ["987", LIST_B], ["1234567890", LIST_A]])
        self.assertEqual(result.stderr, "Translated 2 v2 list ids to v3.\n")

    def test_unknown_ids_have_an_empty_v3_id_and_are_counted(self):
        result = self.emulator.run("xref", "lists", "1234567890", "555", "0987", "987", "666")
        self.assertEqual(result.returncode, FAILURE)
        # Each id once: 0987 and 987 are one id, written as first given.
        self.assertEqual(
            rows(result.stdout),
            [["v2_id", "v3_id"], ["1234567890", LIST_A], ["555", ""], ["0987", LIST_B], ["666", ""]],
        )
        self.assertEqual(result.stderr, "2 of 4 v2 list ids have no v3 list: their v3_id is empty.\n")

    def test_a_file_of_1200_ids_takes_three_requests(self):
        ids = [str(1000 + i) for i in range(1200)]
        matched = [i for i in ids if int(i) % 100 != 0]  # 12 of them have no v3 contact
        self.emulator.seed(
            {
                "contacts": [{"email_address": {"address": "p%s@example.com" % i}} for i in matched],
                "v2_contacts": [{"id": i, "email_addresses": [{"email_address": "p%s@example.com" % i}]} for i in ids],
            }
        )
        v3_of = {c["email_address"]["address"]: c["contact_id"] for c in self.emulator.state()["contacts"]}
        # A spreadsheet's export: a header, a second column, blank lines.
        path = os.path.join(self.tmp.name, "ids.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            f.write("contact id,name\n")
            for n, i in enumerate(ids):
                f.write("%s,Person %s\n%s" % (i, i, "\n" if n % 400 == 0 else ""))

        result = self.emulator.run("xref", "contacts", "--from", path)
        self.assertEqual(result.returncode, FAILURE, result.stderr)
        expected = [["v2_id", "v3_id"]] + [[i, v3_of.get("p%s@example.com" % i, "")] for i in ids]
        self.assertEqual(rows(result.stdout), expected)
        self.assertEqual(result.stderr, "12 of 1200 v2 contact ids have no v3 contact: their v3_id is empty.\n")
        self.assertEqual(self.requests(CONTACT_ROUTE), 3)  # 500, 500 and 200

        # The answer read back as the next run's input: its header is skipped.
        answer = os.path.join(self.tmp.name, "answer.csv")
        Path(answer).write_text(result.stdout, encoding="utf-8")
        again = self.emulator.run("xref", "contacts", "--from", answer, "--json")
        self.assertEqual(len(json.loads(again.stdout)["value"]["xrefs"]), 1188)

    def test_ids_from_standard_input(self):
        result = subprocess.run(
            [CLI, "xref", "lists", "--from", "-"],
            input="1234567890\n\n 987 \n",
            env=self.emulator.env(),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        self.assertEqual(result.returncode, SUCCESS, result.stderr)
        self.assertEqual(rows(result.stdout), [["v2_id", "v3_id"], ["1234567890", LIST_A], ["987", LIST_B]])

    def test_json_is_the_outcome_every_language_gives(self):
        """The shared vectors' outcomes of lists.id_xrefs and contacts.id_xrefs, byte for byte."""
        for name, kind in (("108-lists-id-xrefs.json", "lists"), ("107-contacts-id-xrefs.json", "contacts")):
            with self.subTest(vector=name):
                vector = json.loads((VECTORS / name).read_text(encoding="utf-8"))
                self.emulator.reset()
                self.emulator.seed(vector["setup"]["seed"])
                result = self.emulator.run("xref", kind, *vector["call"]["args"]["sequence_ids"], "--json")
                expected = json.dumps(vector["expect"], separators=(",", ":"), ensure_ascii=False)
                self.assertEqual(result.stdout, expected + "\n")
                unmatched = vector["expect"]["value"].get("unmatched", [])
                self.assertEqual(result.returncode, FAILURE if unmatched else SUCCESS)

    def test_a_wrong_token_is_an_error_that_says_so(self):
        env = self.emulator.env(CTCT_ACCESS_TOKEN="wrong-token-0123456789")
        for extra in ([], ["--json"]):
            with self.subTest(extra=extra):
                result = self.emulator.run("xref", "lists", "1234567890", *extra, env=env)
                self.assertEqual(result.returncode, ERROR)
                self.assertNotIn("wrong-token-0123456789", result.stdout + result.stderr)
                if extra:
                    self.assertEqual(json.loads(result.stdout)["status"], 401)
                else:
                    self.assertEqual(result.stdout, "")
                    self.assertRegex(result.stderr, r"^ctct: .*401")

    def test_ids_that_are_not_v2_ids_are_refused_before_sending(self):
        path = os.path.join(self.tmp.name, "ids.txt")
        Path(path).write_text("v2_id\n1234567890\n%s\n" % LIST_A, encoding="utf-8")
        for args, said in (
            (["lists", "1", "12x"], "entry 2 of the arguments (not shown"),
            (["lists", "--from", path], "entry 3 of %s (blank lines not counted) (not shown" % path),
            (["contacts", "--from", os.path.join(self.tmp.name, "missing.txt")], "cannot read"),
        ):
            with self.subTest(args=args):
                result = self.emulator.run("xref", *args)
                self.assertEqual(result.returncode, FAILURE)
                self.assertEqual(result.stdout, "")
                self.assertIn(said, result.stderr)
                self.assertNotIn(LIST_A, result.stderr)
        empty = os.path.join(self.tmp.name, "empty.txt")
        Path(empty).write_text("\n\n", encoding="utf-8")
        self.assertIn("no v2 ids in %s" % empty, self.emulator.run("xref", "lists", "--from", empty).stderr)
        for args in (["xref", "lists"], ["xref"], ["xref", "segments", "1"]):
            with self.subTest(args=args):
                self.assertEqual(self.emulator.run(*args).returncode, USAGE)
        self.assertEqual(self.emulator.control("GET", "stats")["requests"], 0)
