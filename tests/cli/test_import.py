"""`ctct import FILE.csv --list ID` against `ctct emulator`: mapping, checks, rejects, summary."""

import csv
import os
import unittest

from harness import CONTACT_A, LIST_A, LIST_B, EmulatorTestCase, contact, members


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


class ImportTest(EmulatorTestCase):
    SEED = {
        "lists": [{"list_id": LIST_A, "name": "Newsletter"}, {"list_id": LIST_B, "name": "Leads"}],
        "contacts": [contact("ada@example.com", "Ada", [LIST_A], CONTACT_A)],
    }

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def test_a_spreadsheet_export_is_mapped_checked_and_imported(self):
        people = write(
            self.path("people.csv"),
            [
                ["E-mail Address", "First Name", "Last Name", "Notes"],
                ["new.one@example.com", "New", "One", "met at the fair"],
                ["ADA@example.com", "Ada", "Lovelace", ""],
                ["not-an-address", "Bad", "Address", ""],
                ["long@example.com", "x" * 51, "Name", ""],
                ["new.one@example.com", "Again", "", ""],
                ["new.two@example.com", 'New, "Two"', "Two", "quoted, with a comma"],
                ["multi@example.com", "Multi", "Two\nLines", ""],
                ["after@example.com", "After", "", ""],
            ],
        )
        result = self.emulator.run("import", people, "--list", LIST_B)
        self.assertEqual(result.returncode, 1, result.stderr)  # rows were rejected
        self.assertIn("ignoring columns Notes", result.stderr)
        out = result.stdout
        self.assertIn("Imported %s into list %s:" % (people, LIST_B), out)
        self.assertRegex(out, r"created\s+3\n")
        self.assertRegex(out, r"updated\s+1  \(addresses already stored before the import\)")
        rejects = self.path("people.rejects.csv")
        self.assertRegex(out, r"rejected\s+4  \(written to %s\)" % rejects)
        self.assertIn("row 4: E-mail Address must be an email address", out)
        self.assertIn("row 5: First Name is 51 characters long", out)
        self.assertIn("row 6: the address is also on row 2", out)
        self.assertIn("row 8: Last Name contains a line break", out)  # a quoted field over two lines

        with open(rejects, newline="", encoding="utf-8") as f:
            rejected = list(csv.reader(f))
        self.assertEqual(rejected[0], ["E-mail Address", "First Name", "Last Name", "Notes", "reject_reason"])
        self.assertEqual(
            [r[0] for r in rejected[1:]],
            ["not-an-address", "long@example.com", "new.one@example.com", "multi@example.com"],
        )
        self.assertEqual(rejected[4][2], "Two\nLines")
        self.assertTrue(all(r[4] for r in rejected[1:]))

        state = self.emulator.state()
        self.assertEqual(
            members(state, LIST_B),
            ["ada@example.com", "after@example.com", "new.one@example.com", "new.two@example.com"],
        )
        two = [c for c in state["contacts"] if c["email_address"]["address"] == "new.two@example.com"]
        self.assertEqual(two[0]["first_name"], 'New, "Two"')
        # Not a terminal: progress comes as plain lines, never redrawn in place.
        self.assertIn("importing: 4/4 (100%)", result.stderr)
        self.assertNotIn("\r", result.stderr)
        self.assertNotIn(self.emulator.token, out + result.stderr)

    def test_a_clean_import_exits_0_and_leaves_no_rejects_file(self):
        people = write(
            self.path("clean.csv"), [["email", "first_name"], ["a1@example.com", "A"], ["a2@example.com", "B"]]
        )
        result = self.emulator.run("import", people, "--list", LIST_A)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertRegex(result.stdout, r"created\s+2\n")
        self.assertRegex(result.stdout, r"rejected\s+0\n")
        self.assertFalse(os.path.exists(self.path("clean.rejects.csv")))
        self.assertEqual(
            members(self.emulator.state(), LIST_A), ["a1@example.com", "a2@example.com", "ada@example.com"]
        )

    def test_a_byte_order_mark_before_the_header_is_not_part_of_it(self):
        people = self.path("excel.csv")
        with open(people, "w", newline="", encoding="utf-8-sig") as f:  # as spreadsheets save "CSV UTF-8"
            csv.writer(f).writerows([["Email", "Surname"], ["bom@example.com", "Mark"]])
        result = self.emulator.run("import", people, "--list", LIST_A)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertNotIn("ignoring columns", result.stderr)
        self.assertIn("bom@example.com", members(self.emulator.state(), LIST_A))

    def test_map_overrides_name_the_fields(self):
        people = write(self.path("fr.csv"), [["Courriel", "Prénom", "Title"], ["zoe@example.com", "Zoé", "ignored"]])
        rejects = self.path("elsewhere.csv")
        result = self.emulator.run(
            "import",
            people,
            "--list",
            LIST_A,
            "--map",
            "Courriel=email",
            "--map",
            "prénom=first_name",
            "--map",
            "Title=ignore",
            "--rejects",
            rejects,
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertNotIn("ignoring columns", result.stderr)
        zoe = [c for c in self.emulator.state()["contacts"] if c["email_address"]["address"] == "zoe@example.com"]
        self.assertEqual(zoe[0].get("first_name"), "Zoé")
        self.assertNotIn("job_title", zoe[0])

    def test_custom_field_columns_fill_the_accounts_custom_fields(self):
        field_id = "cf000000-0000-4000-8000-000000000001"
        self.emulator.seed({"custom_fields": [{"custom_field_id": field_id, "label": "Plan", "type": "string"}]})
        people = write(
            self.path("plans.csv"),
            [["email", "cf:Plan", "Level"], ["gold@example.com", "Gold", "3"], ["long@example.com", "x" * 256, "1"]],
        )
        result = self.emulator.run("import", people, "--list", LIST_A, "--map", "Level=cf:Plan_level")
        self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
        self.assertIn("row 3: cf:Plan.value is 256 characters long", result.stdout)
        self.assertIn("Row 1: cf:Plan_level names no custom field", result.stdout)  # reported by Constant Contact
        gold = [c for c in self.emulator.state()["contacts"] if c["email_address"]["address"] == "gold@example.com"]
        self.assertEqual(gold, [])  # a row with an unknown custom field is not imported

        result = self.emulator.run("import", people, "--list", LIST_A, "--map", "Level=ignore")
        gold = [c for c in self.emulator.state()["contacts"] if c["email_address"]["address"] == "gold@example.com"]
        self.assertEqual(gold[0]["custom_fields"], [{"custom_field_id": field_id, "value": "Gold"}])

    def test_mapping_mistakes_are_usage_errors(self):
        people = write(self.path("p.csv"), [["Name", "Contact"], ["Ann", "ann@example.com"]])
        cases = {
            ("--map", "Contact=e-mail"): '"e-mail" is not a field',
            ("--map", "Nope=email"): 'no column "Nope"',
            ("--map", "Contact"): "is not COLUMN=FIELD",
            (): "no column holds the email address",
        }
        for extra, message in cases.items():
            with self.subTest(extra=extra):
                result = self.emulator.run("import", people, "--list", LIST_A, *extra)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertIn(message, result.stderr)
        self.assertEqual(self.emulator.control("GET", "stats")["requests"], 0)

    def test_every_row_rejected_sends_nothing(self):
        people = write(self.path("bad.csv"), [["email"], ["nope"], [""]])
        result = self.emulator.run("import", people, "--list", LIST_A)
        self.assertEqual(result.returncode, 1)
        self.assertIn("Nothing imported from %s: no row could be sent." % people, result.stdout)
        self.assertRegex(result.stdout, r"rejected\s+2")
        self.assertIn("the email address is empty.", result.stdout)
        self.assertEqual(self.emulator.control("GET", "stats")["requests"], 0)

    def test_an_unknown_list_is_a_failure(self):
        people = write(self.path("p.csv"), [["email"], ["ann@example.com"]])
        result = self.emulator.run("import", people, "--list", "22222222-2222-4222-8222-000000000009")
        self.assertEqual(result.returncode, 1)
        self.assertIn("did not complete", result.stdout)
        self.assertRegex(result.stdout, r"sent\s+1  \(1 new addresses, 0 already stored\)")


if __name__ == "__main__":
    unittest.main()
