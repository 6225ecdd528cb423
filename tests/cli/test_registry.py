"""The commands made from the operations registry (`ctct <group> <operation>`), run as a person
runs them: a list set up, filled and checked from the shell alone, the tables, `--json`, the exit
statuses, and what a mistake on the command line says."""

import json
import re
import unittest
from pathlib import Path

from harness import CONTACT_A, LIST_A, LIST_B, UNKNOWN_ID, EmulatorTestCase, contact, members

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?")
SUCCESS, FAILURE, USAGE, ERROR = 0, 1, 2, 3
MAPS = {"custom_field_ids"}  # maps of strings, not nested models


def normalise(text, vector_text):
    """Ids and times the vector does not name, as the vector runners normalise them."""
    text = UUID.sub(lambda m: m.group(0) if m.group(0) in vector_text else "<uuid>", text)
    return TIME.sub(lambda m: m.group(0) if m.group(0) in vector_text else "<time>", text)


def fields(stdout):
    """A FIELD/VALUE table as a dict."""
    lines = stdout.splitlines()
    return dict((line.split(None, 1) + [""])[:2] for line in lines[1:] if line)


def command_line(call):
    """A vector's call as the command line takes it: `<group> <op>` (or the client's `<op>`),
    string arguments as positionals, models and options as --flags."""
    out = [part.replace("_", "-") for part in call["op"].split(".")]
    for value in call["args"].values():
        out += [value] if isinstance(value, str) else flags(value)
    return out


def flags(model, prefix=""):
    """A model's JSON as --flags: a nested object's fields joined to its name, a map as
    NAME=VALUE pairs, a list of strings comma-separated, a list of objects as JSON text."""
    out = []
    for key, value in model.items():
        flag = "--" + (prefix + key).replace("_", "-")
        if key in MAPS:
            out += [flag, ",".join("%s=%s" % pair for pair in value.items())]
        elif isinstance(value, bool):
            out.append(flag if value else flag + "=false")
        elif isinstance(value, dict):
            out += flags(value, prefix + key + "_")
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            out += [flag, ",".join(value)]
        elif isinstance(value, list):
            out += [flag, json.dumps(value)]
        else:
            out += [flag, str(value)]
    return out


class RegistryCommandsTest(EmulatorTestCase):
    SEED = {
        "lists": [{"list_id": LIST_A, "name": "Newsletter"}, {"list_id": LIST_B, "name": "Customers"}],
        "contacts": [contact("ada@example.com", "Ada", [LIST_A], CONTACT_A)],
    }

    def ok(self, *args):
        result = self.emulator.run(*args)
        self.assertEqual(result.returncode, SUCCESS, result.stderr)
        self.assertNotIn(self.emulator.token, result.stdout + result.stderr)
        return result

    def value(self, *args):
        """The value of the outcome `--json` prints."""
        outcome = json.loads(self.ok(*args, "--json").stdout)
        self.assertEqual(outcome["outcome"], "success")
        return outcome["value"]

    def test_a_list_is_set_up_filled_checked_renamed_and_removed_from_the_shell(self):
        created = self.ok("lists", "create", "--name", "Leads", "--description", "From the web form")
        shown = fields(created.stdout)
        self.assertEqual(created.stdout.splitlines()[0].split(), ["FIELD", "VALUE"])
        self.assertEqual(shown["name"], "Leads")
        self.assertEqual(shown["description"], "From the web form")
        leads = shown["list_id"]
        self.assertRegex(leads, UUID)

        # Filled: one by the delivery, two by a bulk import waited for, one by a bulk membership.
        self.ok("add-contact-to-list", leads, "--email", "nora@example.com", "--first-name", "Nora")
        rows = json.dumps([{"email": "ann@example.com"}, {"email": "bob@example.com", "first_name": "Bob"}])
        imported = self.ok("bulk", "import-contacts", leads, "--rows", rows, "--wait")
        self.assertEqual(fields(imported.stdout.split("\n\n")[0])["completed"], "1")
        self.assertIn("import-contacts: 2/2 (100%)", imported.stderr)  # not a terminal: plain lines
        self.ok("bulk", "add-to-lists", leads, "--source-contact-ids", CONTACT_A, "--wait")

        # Checked, from the shell alone.
        table = self.ok("lists").stdout.splitlines()
        row = next(line.split() for line in table if line.startswith(leads))
        self.assertEqual(row[1:3], ["Leads", "4"])
        listed = self.value("contacts", "list", "--lists", leads, "--include", "list_memberships")
        self.assertEqual(
            sorted(c["email_address"]["address"] for c in listed["items"]),
            ["ada@example.com", "ann@example.com", "bob@example.com", "nora@example.com"],
        )

        renamed = self.ok("lists", "update", leads, "--name", "Hot leads", "--favorite")
        self.assertEqual(fields(renamed.stdout)["name"], "Hot leads")
        got = self.value("lists", "get", leads)
        self.assertEqual((got["name"], got["favorite"]), ("Hot leads", True))
        unfavored = self.value("lists", "update", leads, "--name", "Hot leads", "--favorite=false")
        self.assertFalse(unfavored["favorite"])

        removed = self.ok("lists", "remove", leads)
        activity = fields(removed.stdout)
        self.assertEqual(activity["state"], "initialized")
        followed = self.ok("activities", "get", activity["activity_id"])
        self.assertEqual(fields(followed.stdout)["activity_id"], activity["activity_id"])
        self.ok("bulk", "wait", activity["activity_id"])
        self.assertNotIn(leads, [item["list_id"] for item in self.emulator.state()["lists"]])

    def test_tags_from_creation_to_deletion(self):
        tag = self.value("tags", "create", "--name", "VIP", "--tag-source", "Contact")["tag_id"]
        listed = self.ok("tags", "list", "--include-count").stdout.splitlines()
        self.assertEqual(listed[0].split()[:2], ["TAG", "ID"])
        self.assertIn("VIP", listed[1])
        started = self.ok("tags", "add-to-contacts", tag, "--source-contact-ids", CONTACT_A)
        self.assertRegex(started.stdout, r"\binitialized\b")  # without --wait the activity is only started
        activity = self.value("activities", "list", "--limit", "10")["items"][0]["activity_id"]
        self.assertRegex(self.ok("bulk", "wait", activity).stdout, r"completed\s+1")
        self.assertEqual(self.value("tags", "get", tag, "--include-count")["contacts_count"], 1)
        self.ok("tags", "update", tag, "--name", "Very important")
        self.assertEqual(self.value("tags", "get", tag)["name"], "Very important")
        deleted = self.ok("tags", "delete-many", tag, "--wait")
        self.assertRegex(deleted.stdout, r"completed\s+1")
        self.assertNotIn("items", self.value("tags", "list"))  # an empty list is left out

    def test_custom_fields_from_creation_to_removal(self):
        made = self.value("custom-fields", "create", "--label", "Shoe size", "--type", "string")
        field_id = made["custom_field_id"]
        self.assertEqual(made["name"], "Shoe_size")
        table = self.ok("custom-fields", "list").stdout
        self.assertIn("Shoe size", table)
        self.ok("custom-fields", "update", field_id, "--label", "Shoe", "--type", "string")
        self.assertEqual(self.value("custom-fields", "get", field_id)["label"], "Shoe")
        removed = self.ok("custom-fields", "remove", field_id)
        self.assertEqual(removed.stdout, "Done.\n")
        self.assertNotIn("items", self.value("custom-fields", "list"))

    def test_json_is_the_outcome_every_language_gives(self):
        """The shared vectors' expected outcomes, byte for byte, through the command line."""
        for name in (
            "18-lists-create.json",
            "19-lists-create-duplicate-name.json",
            "70-tags-create.json",
            "73-custom-fields-create.json",
            "75-custom-fields-create-too-long.json",
            "22-lists-update.json",
            "32-delivery-v3-custom-fields.json",
            "28-delivery-v3-duplicate-failure.json",
        ):
            with self.subTest(vector=name):
                text = (VECTORS / name).read_text(encoding="utf-8")
                vector = json.loads(text)
                args = command_line(vector["call"])
                self.emulator.reset()
                self.emulator.seed(vector.get("setup", {}).get("seed", {}))
                result = self.emulator.run(*args, "--json")
                expected = json.dumps(vector["expect"], separators=(",", ":"), ensure_ascii=False)
                actual = normalise(result.stdout.strip(), text)
                self.assertEqual(actual, expected)
                self.assertEqual(result.returncode, SUCCESS if vector["expect"]["outcome"] == "success" else FAILURE)
                self.assertEqual(result.stderr, "")

    def test_exit_statuses(self):
        # failure: the API refused (404), the reason on standard error, nothing on standard output
        missing = self.emulator.run("lists", "get", UNKNOWN_ID)
        self.assertEqual(missing.returncode, FAILURE)
        self.assertEqual(missing.stdout, "")
        self.assertRegex(missing.stderr, r"^ctct: .*404")
        as_json = self.emulator.run("lists", "get", UNKNOWN_ID, "--json")
        self.assertEqual(as_json.returncode, FAILURE)
        self.assertEqual(json.loads(as_json.stdout)["status"], 404)
        # failure: input the core refuses before sending (its limits), named by field
        long_name = self.emulator.run("lists", "create", "--name", "x" * 256)
        self.assertEqual(long_name.returncode, FAILURE)
        self.assertIn("name", long_name.stderr)
        # error: a refused token, a server that does not answer
        env = self.emulator.env(CTCT_ACCESS_TOKEN="wrong-token-0123456789")
        refused = self.emulator.run("tags", "list", env=env)
        self.assertEqual(refused.returncode, ERROR)
        self.assertIn("401", refused.stderr)
        self.assertNotIn("wrong-token-0123456789", refused.stdout + refused.stderr)
        nobody = self.emulator.run("activities", "list", env=self.emulator.env(CTCT_BASE_URL="http://127.0.0.1:1/v3"))
        self.assertEqual(nobody.returncode, ERROR)
        self.assertTrue(nobody.stderr.startswith("ctct: "), nobody.stderr)

    def test_whoami_checks_the_credentials(self):
        account = self.value("whoami")
        self.assertEqual(account, self.value("account"))
        self.assertTrue(account["organization_name"])
        self.assertIn("organization_name", fields(self.ok("whoami").stdout))
        env = self.emulator.env(CTCT_ACCESS_TOKEN="revoked-token-0123456789")
        refused = self.emulator.run("whoami", env=env)
        self.assertEqual(refused.returncode, ERROR)
        self.assertIn("401", refused.stderr)
        self.assertNotIn("revoked-token-0123456789", refused.stdout + refused.stderr)

    def test_usage_mistakes_exit_2_and_send_nothing(self):
        for args, said in (
            (["tags"], "A subcommand is required"),
            (["lists", "update", "--name", "X"], "list_id is required"),
            (["tags", "list", "--limit", "many"], "--limit: expected an integer"),
            (
                ["contacts", "counts", "--include-new-subscriber=maybe"],
                "--include-new-subscriber: expected true or false",
            ),
            (["bulk", "import-contacts", LIST_A, "--rows", "[{"], "--rows: the value given is not JSON"),
            (["bulk", "import-contacts", LIST_A, "--rows", '[{"email": 5}]'], "--rows: [0].email: expected a string"),
            (["add-contact-to-list", LIST_A, "--email", "a@example.com", "--custom-field-ids", "fax"], "NAME=VALUE"),
            (["custom-fields", "frobnicate"], "A subcommand is required"),
        ):
            with self.subTest(args=args):
                result = self.emulator.run(*args)
                self.assertEqual(result.returncode, USAGE, result.stderr)
                self.assertIn(said, result.stderr)
        self.assertEqual(self.emulator.control("GET", "stats")["requests"], 0)

    def test_every_group_lists_its_operations(self):
        for group, operations in (
            ("contacts", ["get", "add", "find", "create", "create-or-update", "list", "update", "remove", "counts"]),
            ("lists", ["create", "get", "list", "update", "remove"]),
            ("activities", ["get", "list"]),
            ("tags", ["create", "get", "list", "update", "remove", "add-to-contacts", "delete-many"]),
            ("custom-fields", ["create", "get", "list", "update", "remove"]),
            ("bulk", ["import-contacts", "add-to-lists", "delete-contacts", "export-contacts", "wait"]),
        ):
            with self.subTest(group=group):
                shown = self.ok(group, "--help").stdout
                for operation in operations:
                    self.assertRegex(shown, r"\n  %s\s" % re.escape(operation))

    def test_the_hand_written_commands_keep_their_names(self):
        """`contacts get` stays the hand-written one (a contact's fields, not the outcome)."""
        got = self.ok("contacts", "get", CONTACT_A)
        self.assertEqual(fields(got.stdout)["email"], "ada@example.com")
        self.assertEqual(json.loads(self.ok("contacts", "get", CONTACT_A, "--json").stdout)["contact_id"], CONTACT_A)

    def test_an_export_prints_its_csv(self):
        started = self.value("bulk", "export-contacts", "--list-ids", LIST_A, "--wait")
        csv = self.ok("bulk", "download-export", started["chunks"][0]["activity_id"]).stdout
        self.assertIn("ada@example.com", csv)
        self.assertEqual(members(self.emulator.state(), LIST_A), ["ada@example.com"])


if __name__ == "__main__":
    unittest.main()
