"""
The periods a run computes and the command lines it runs, without Airflow.

The period functions of dags/npc_monthly.py (the macros npcwh_month, npcwh_closed_quarter and
npcwh_closed_year), the rollup gate and the failure notifier need only the standard library: they
are compiled from the DAG file's source alone and called with hand-picked runs. The commands are rendered the way the worker's bash sees
them. When jinja2 is installed (Airflow brings it), the period templates are also rendered by it.

    python3 -m unittest discover -s dags/tests
"""

from __future__ import annotations

import ast
import inspect
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_commands  # noqa: E402  (a sibling script, found through the path above)

try:
    import jinja2
except ImportError:
    jinja2 = None

DAG_FILE = render_commands.DAG_FILE
UTC = timezone.utc
PERIOD_FUNCTIONS = ("run_month", "closed_quarter", "closed_year", "closes_a_period", "notify_failure")


def period_functions() -> dict:
    """The functions of PERIOD_FUNCTIONS with the constants they read, from the source only."""
    module = ast.parse(DAG_FILE.read_text(encoding="utf-8"))
    kept = [
        node for node in module.body
        if isinstance(node, ast.FunctionDef) and node.name in PERIOD_FUNCTIONS
        or isinstance(node, ast.Assign) and node.targets[0].id in ("SHANGHAI_OFFSET", "SCHEDULE_HOUR", "log")
    ]
    namespace = {"timedelta": timedelta, "timezone": timezone, "logging": logging, "__name__": "npc_monthly"}
    exec(compile(ast.Module(body=kept, type_ignores=[]), str(DAG_FILE), "exec"), namespace)
    return namespace


def run(data_interval_start: datetime | None = None, run_after: datetime | None = None) -> SimpleNamespace:
    """The two fields of Airflow's dag_run the period functions read."""
    return SimpleNamespace(data_interval_start=data_interval_start, run_after=run_after or datetime.now(UTC))


class Periods(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        functions = period_functions()
        cls.month, cls.quarter, cls.year, cls.gate, cls.notify = (staticmethod(functions[n]) for n in PERIOD_FUNCTIONS)

    def test_a_scheduled_run_is_for_the_month_its_data_interval_starts_in_shanghai(self):
        # The June run's interval starts June 1 02:00 Shanghai = May 31 18:00 UTC: June, not May.
        self.assertEqual(self.month(None, run(datetime(2023, 5, 31, 18, 0, tzinfo=UTC))), "2023-06")
        self.assertEqual(self.month(None, run(datetime(2022, 12, 31, 18, 0, tzinfo=UTC))), "2023-01")

    def test_the_period_parameter_wins_over_the_data_interval(self):
        self.assertEqual(self.month("2023-03", run(datetime(2023, 5, 31, 18, 0, tzinfo=UTC))), "2023-03")

    def test_a_run_without_a_logical_date_is_for_the_last_month_whose_interval_has_ended(self):
        # Like CronDataIntervalTimetable.infer_manual_data_interval: intervals end on the 1st at 02:00.
        cases = {
            datetime(2023, 7, 15, 9, 30, tzinfo=UTC): "2023-06",
            datetime(2023, 6, 30, 18, 0, tzinfo=UTC): "2023-06",  # July 1 02:00 Shanghai: June has ended
            datetime(2023, 6, 30, 17, 0, tzinfo=UTC): "2023-05",  # July 1 01:00 Shanghai: June has not
            datetime(2024, 1, 10, 0, 0, tzinfo=UTC): "2023-12",
        }
        for run_after, month in cases.items():
            with self.subTest(run_after=run_after.isoformat()):
                self.assertEqual(self.month(None, run(run_after=run_after)), month)
                self.assertEqual(self.month("", run(run_after=run_after)), month, "an empty period is no period")

    def test_the_months_that_close_a_quarter_or_a_year(self):
        quarters = {m: self.quarter(f"2023-{m:02d}", run()) for m in range(1, 13)}
        self.assertEqual({m: q for m, q in quarters.items() if q},
                         {3: "2023-Q1", 6: "2023-Q2", 9: "2023-Q3", 12: "2023-Q4"})
        years = {m: self.year(f"2023-{m:02d}", run()) for m in range(1, 13)}
        self.assertEqual({m: y for m, y in years.items() if y}, {12: "2023"})
        self.assertEqual(self.quarter(None, run(datetime(2023, 8, 31, 18, 0, tzinfo=UTC))), "2023-Q3")
        self.assertEqual([self.gate(""), self.gate("2023-Q3"), self.gate("2023")], [False, True, True])
        self.assertIn("period", inspect.signature(self.gate).parameters, "PythonOperator reads the signature")

    def test_the_failure_notifier_logs_one_line_naming_the_task_and_its_month(self):
        ti = SimpleNamespace(dag_id="npc_monthly", run_id="scheduled__2023-05-31T18:00:00+00:00",
                             task_id="quarter.check", try_number=4, log_url="http://airflow:8080/dags/npc_monthly/runs/r")
        context = {"ti": ti, "params": {"period": None}, "dag_run": run(datetime(2023, 5, 31, 18, 0, tzinfo=UTC))}
        with self.assertLogs("npc_monthly", "ERROR") as logs:
            self.notify(context)
        self.assertEqual(logs.output, [
            "ERROR:npc_monthly:npcwh task failed: dag=npc_monthly run=scheduled__2023-05-31T18:00:00+00:00"
            " task=quarter.check try=4 month=2023-06 log=http://airflow:8080/dags/npc_monthly/runs/r"])

    @unittest.skipUnless(jinja2, "jinja2 is not installed")
    def test_the_period_templates_render_with_jinja_as_airflow_renders_them(self):
        names = render_commands.literals()
        functions = period_functions()
        env = jinja2.Environment(undefined=jinja2.StrictUndefined)
        macros = {"npcwh_month": functions["run_month"], "npcwh_closed_quarter": functions["closed_quarter"],
                  "npcwh_closed_year": functions["closed_year"]}
        no_logical_date = run(run_after=datetime(2024, 1, 10, tzinfo=UTC))
        rendered = {grain: env.from_string(names[grain]).render(params={"period": None}, dag_run=no_logical_date, **macros)
                    for grain in render_commands.GRAINS}
        self.assertEqual(rendered, {"MONTH": "2023-12", "QUARTER": "2023-Q4", "YEAR": "2023"})
        given = env.from_string(names["QUARTER"]).render(params={"period": "2023-05"}, dag_run=no_logical_date, **macros)
        self.assertEqual(given, "")


class StageCommands(unittest.TestCase):
    def setUp(self):
        self.names = render_commands.literals()
        self.periods = {"MONTH": "2023-06", "QUARTER": "2023-Q2", "YEAR": "2023"}

    def values(self, warehouse: str = "/tmp/wh", source: str = "liaison") -> dict[str, str]:
        return render_commands.sample_values("./npcwh", "/tmp/landing", warehouse, self.periods, source)

    def test_templates_are_the_agreed_command_lines(self):
        npcwh, landing, warehouse, period = '"$NPCWH_LAUNCHER"', '"$NPCWH_LANDING"', '"$NPCWH_WAREHOUSE"', '"$NPCWH_PERIOD"'
        self.assertEqual(
            self.names["STAGE_COMMANDS"],
            {
                "pull": f'{npcwh} pull --source "$NPCWH_SOURCE" --landing {landing}',
                "ingest": f"{npcwh} ingest --landing {landing} --warehouse {warehouse}",
                "transform": f"{npcwh} transform --warehouse {warehouse} --period {period}",
                "check": f"{npcwh} check --warehouse {warehouse} --period {period}",
                "publish": f"{npcwh} publish --warehouse {warehouse}",
                "report": f"{npcwh} report --warehouse {warehouse} --period {period} --format pdf,xlsx,html",
            },
        )
        self.assertEqual(
            self.names["STAGE_ENV"],
            {f"NPCWH_{name.upper()}": f"{{{{ var.value.npcwh_{name} }}}}" for name in ("launcher", "source", "landing", "warehouse")},
        )

    def test_commands_hold_no_template_and_no_shell_plumbing_only_quoted_variables(self):
        for stage, command in self.names["STAGE_COMMANDS"].items():
            with self.subTest(stage=stage):
                self.assertNotIn("{{", command)
                for plumbing in (";", "&&", "||", "|", ">", "<", "`", "$(", "${", "\n", "'"):
                    self.assertNotIn(plumbing, command)
                for word in command.split():
                    if "$" in word:
                        self.assertRegex(word, r'^"\$[A-Z_]+"$', "a value is one whole double-quoted variable")
                        self.assertIn(word.strip('"$'), set(self.names["STAGE_ENV"]) | {"NPCWH_PERIOD"})

    def test_rendered_with_sample_values(self):
        lines = [shlex.join(words) for words in render_commands.command_lines(self.values())]
        self.assertEqual(
            lines,
            [
                "./npcwh pull --source liaison --landing /tmp/landing",
                "./npcwh ingest --landing /tmp/landing --warehouse /tmp/wh",
                "./npcwh transform --warehouse /tmp/wh --period 2023-06",
                "./npcwh transform --warehouse /tmp/wh --period 2023-Q2",
                "./npcwh transform --warehouse /tmp/wh --period 2023",
                "./npcwh check --warehouse /tmp/wh --period 2023-06",
                "./npcwh check --warehouse /tmp/wh --period 2023-Q2",
                "./npcwh check --warehouse /tmp/wh --period 2023",
                "./npcwh publish --warehouse /tmp/wh",
                "./npcwh report --warehouse /tmp/wh --period 2023-06 --format pdf,xlsx,html",
                "./npcwh report --warehouse /tmp/wh --period 2023-Q2 --format pdf,xlsx,html",
                "./npcwh report --warehouse /tmp/wh --period 2023 --format pdf,xlsx,html",
            ],
        )

    def test_a_path_with_spaces_or_shell_characters_stays_one_argument(self):
        warehouse = "/data/npc warehouse/$HOME; rm -rf x"
        lines = [shlex.join(words) for words in render_commands.command_lines(self.values(warehouse=warehouse))]
        ingest = shlex.split(lines[1])
        self.assertEqual(ingest, ["./npcwh", "ingest", "--landing", "/tmp/landing", "--warehouse", warehouse])

    @unittest.skipUnless(shutil.which("bash"), "bash is not installed")
    def test_bash_passes_each_value_as_one_argument_as_rendered(self):
        # Each command runs in real bash (as BashOperator runs it), with a launcher that prints its arguments.
        with tempfile.TemporaryDirectory(prefix="npc wh ") as folder:
            launcher = Path(folder) / "npcwh args"
            launcher.write_text('#!/bin/sh\nprintf "%s\\0" "$@"\n', encoding="utf-8")
            launcher.chmod(0o755)
            values = render_commands.sample_values(str(launcher), f"{folder}/landing *", f"{folder}/$HOME; x",
                                                   self.periods, "liaison `id`")
            env = {name: render_commands.render(t, values) for name, t in self.names["STAGE_ENV"].items()}
            env["NPCWH_PERIOD"] = "2023-06"
            for stage, command in self.names["STAGE_COMMANDS"].items():
                with self.subTest(stage=stage):
                    out = subprocess.run(["bash", "-c", command], env=dict(os.environ, **env), capture_output=True,
                                         check=True).stdout.decode("utf-8")
                    self.assertEqual(out.split("\0")[:-1], render_commands.arguments(command, env)[1:])

    def test_an_unknown_expression_is_an_error_not_a_silent_blank(self):
        with self.assertRaises(KeyError):
            render_commands.render("{{ ds }}", self.values())

    def test_a_value_pasted_into_a_word_is_refused(self):
        with self.assertRaises(ValueError):
            render_commands.arguments('npcwh --warehouse=$NPCWH_WAREHOUSE', {"NPCWH_WAREHOUSE": "/tmp/wh"})


if __name__ == "__main__":
    unittest.main()
