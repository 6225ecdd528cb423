"""`ctct deliver FILE.csv --list ID`: each row a lead through the LeadQueue, in batches of one
import each, every lead's outcome in a result file (CSV or JSON lines) as it is answered."""

import csv
import json
import os

from harness import LIST_A, EmulatorTestCase

SUCCESS, FAILURE, USAGE = 0, 1, 2
IMPORT_ROUTE = "POST /v3/activities/contacts_json_import"


class DeliverTest(EmulatorTestCase):
    SEED = {"lists": [{"list_id": LIST_A, "name": "Leads"}]}

    def write_leads(self, rows, header=("Email Address", "First Name", "Company Name")):
        path = os.path.join(self.tmp.name, "leads.csv")
        with open(path, "w", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows)
        return path

    def requests(self, route):
        return self.emulator.control("GET", "stats")["by_route"].get(route, 0)

    def test_250_leads_go_in_three_imports_and_each_has_its_outcome(self):
        path = self.write_leads([("lead%d@example.com" % i, "Lead%d" % i, "Acme") for i in range(250)])
        result = self.emulator.run("deliver", path, "--list", LIST_A, "--max-leads", "100", "--max-wait-ms", "50")
        self.assertEqual(result.returncode, SUCCESS, result.stderr)
        results_path = os.path.join(self.tmp.name, "leads.results.csv")
        self.assertIn("Delivered 250 of 250 leads from %s to list %s" % (path, LIST_A), result.stdout)
        self.assertIn(results_path, result.stdout)
        with open(results_path, newline="") as file:
            answered = list(csv.DictReader(file))
        self.assertEqual(sorted(int(r["row"]) for r in answered), list(range(2, 252)))
        for record in answered:
            self.assertEqual(record["outcome"], "success", record["reason"])
            self.assertEqual(record["list_id"], LIST_A)
            self.assertTrue(record["contact_id"])
            self.assertEqual(record["email_address"], "lead%d@example.com" % (int(record["row"]) - 2))
        self.assertEqual(self.requests(IMPORT_ROUTE), 3)
        stored = {c["email_address"]["address"]: c for c in self.emulator.state()["contacts"]}
        self.assertEqual(len(stored), 250)
        self.assertEqual(stored["lead7@example.com"]["first_name"], "Lead7")

    def test_a_refused_row_is_a_failure_in_json_lines_and_the_exit_status_says_so(self):
        path = self.write_leads([("good@example.com", "Good", ""), ("not-an-address", "Bad", "")])
        out = os.path.join(self.tmp.name, "out.jsonl")
        result = self.emulator.run("deliver", path, "--list", LIST_A, "--results", out, "--max-wait-ms", "50")
        self.assertEqual(result.returncode, FAILURE, result.stderr)
        self.assertIn("Delivered 1 of 2 leads", result.stdout)
        self.assertIn("failed    1", result.stdout)
        with open(out) as file:
            by_row = {line["row"]: line["result"] for line in map(json.loads, file)}
        self.assertEqual(by_row[2]["outcome"], "success")
        self.assertEqual(by_row[3]["outcome"], "failure")
        self.assertIn("email", by_row[3]["reason"])

    def test_columns_are_named_or_mapped_and_without_an_email_column_nothing_is_sent(self):
        path = self.write_leads([("mapped@example.com", "Mia")], header=("E", "first name"))
        result = self.emulator.run("deliver", path, "--list", LIST_A)
        self.assertEqual(result.returncode, USAGE)
        self.assertIn("no column holds the email address", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "leads.results.csv")))
        self.assertEqual(self.requests(IMPORT_ROUTE), 0)

        result = self.emulator.run("deliver", path, "--list", LIST_A, "--map", "E=email", "--max-wait-ms", "50")
        self.assertEqual(result.returncode, SUCCESS, result.stderr)
        stored = self.emulator.state()["contacts"]
        self.assertEqual(
            [(c["email_address"]["address"], c["first_name"]) for c in stored], [("mapped@example.com", "Mia")]
        )
