"""`ctct import` in a real terminal (tmux): what a person sees. The pane is read with
capture-pane until the command's exit status shows, so nothing here depends on timing."""

import csv
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest

from harness import CLI, LIST_A, TIMEOUT, EmulatorProcess


class TerminalTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not shutil.which("tmux"):
            raise RuntimeError("tmux is missing: run scripts/bootstrap")
        cls.emulator = EmulatorProcess()
        cls.emulator.seed({"lists": [{"list_id": LIST_A, "name": "Newsletter"}]})
        cls.tmp = tempfile.TemporaryDirectory()
        # A server of our own (-L), so no other tmux session is touched.
        cls.socket = "ctct-cli-test-%d" % os.getpid()
        env = cls.emulator.env(TERM="xterm-256color", PS1="$ ")
        subprocess.run(
            [
                "tmux",
                "-L",
                cls.socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "150",
                "-y",
                "50",
                "-s",
                "cli",
                "bash --norc --noprofile",
            ],
            env=env,
            check=True,
            timeout=TIMEOUT,
        )

    @classmethod
    def tearDownClass(cls):
        subprocess.run(["tmux", "-L", cls.socket, "kill-server"], timeout=TIMEOUT)
        cls.emulator.stop()
        cls.tmp.cleanup()

    def tmux(self, *args):
        return subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True, timeout=TIMEOUT
        ).stdout

    def type_line(self, line):
        self.tmux("send-keys", "-t", "cli", "-l", line)
        self.tmux("send-keys", "-t", "cli", "Enter")

    def screen_after(self, pattern):
        """The pane (history included) once `pattern` matches on it."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            screen = self.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "cli")
            if re.search(pattern, screen):
                return screen
            if time.monotonic() > deadline:
                self.fail("%r never showed; the pane holds:\n%s" % (pattern, screen))
            time.sleep(0.2)

    def test_import_shows_a_progress_bar_a_summary_and_the_rejects_file(self):
        people = os.path.join(self.tmp.name, "people.csv")
        with open(people, "w", newline="", encoding="utf-8") as f:
            rows = [["Email", "First Name"]] + [["person%d@example.com" % i, "Person %d" % i] for i in range(40)]
            rows += [["not-an-address", "Broken"]]
            csv.writer(f).writerows(rows)

        self.type_line('%s import %s --list %s; echo "exit status $?"' % (CLI, people, LIST_A))
        screen = self.screen_after(r"exit status \d")  # the typed line shows "$?", not a digit

        self.assertIn("exit status 1", screen)  # a row was rejected
        # The bar, redrawn in place, left at its end.
        self.assertRegex(screen, r"importing\s+\[#{30}\] 100%  40/40")
        self.assertIn("Imported %s into list %s:" % (people, LIST_A), screen)
        self.assertRegex(screen, r"created\s+40")
        self.assertRegex(screen, r"updated\s+0")
        rejects = os.path.join(self.tmp.name, "people.rejects.csv")
        self.assertRegex(screen, r"rejected\s+1  \(written to %s\)" % rejects)
        self.assertIn("row 42: Email must be an email address like name@example.com", screen)
        with open(rejects, newline="", encoding="utf-8") as f:
            self.assertEqual(list(csv.reader(f))[1][:2], ["not-an-address", "Broken"])
        # The token came from the environment and is nowhere on the screen.
        self.assertNotIn(self.emulator.token, screen)

    def test_a_list_is_set_up_and_filled_in_a_terminal(self):
        self.type_line('%s lists create --name "Terminal leads"; echo "created status $?"' % CLI)
        screen = self.screen_after(r"created status \d")
        self.assertIn("created status 0", screen)
        list_id = re.search(r"list_id\s+([0-9a-f-]{36})", screen).group(1)

        rows = ",".join('{"email": "tty%d@example.com"}' % i for i in range(3))
        self.type_line(
            "%s bulk import-contacts %s --rows '[%s]' --wait; echo \"import status $?\"" % (CLI, list_id, rows)
        )
        screen = self.screen_after(r"import status \d")
        self.assertIn("import status 0", screen)
        self.assertRegex(screen, r"import-contacts \[#{30}\] 100%  3/3")  # the bar, left at its end
        self.assertRegex(screen, r"completed\s+1")

        self.type_line('%s lists; echo "lists status $?"' % CLI)
        screen = self.screen_after(r"lists status \d")
        self.assertRegex(screen, r"%s\s+Terminal leads\s+3\s" % list_id)
        self.assertNotIn(self.emulator.token, screen)

    def test_v2_ids_piped_into_xref(self):
        self.emulator.seed({"v2_lists": [{"id": "1234567890", "name": "Newsletter"}]})
        self.type_line("printf '1234567890\\n555\\n' | %s xref lists --from -; echo \"xref status $?\"" % CLI)
        screen = self.screen_after(r"xref status \d")
        self.assertIn('"v2_id","v3_id"\n"1234567890","%s"\n"555",""\n' % LIST_A, screen)  # as export quotes
        self.assertIn("1 of 2 v2 list ids has no v3 list: their v3_id is empty.", screen)
        self.assertIn("xref status 1", screen)


if __name__ == "__main__":
    unittest.main()
