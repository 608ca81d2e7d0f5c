"""
Integrity tests of dags/npc_monthly.py without Airflow (standard library only: ast, unittest).

Airflow cannot be installed where the project is built, so the DAG file is checked as source: it
compiles, and its DAG(...) arguments, tasks, dependencies, pool, retry rule, outlets and
notifier are the agreed ones. Run from the repository root:

    python3 -m unittest discover -s dags/tests
"""

from __future__ import annotations

import ast
import py_compile
import re
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_commands  # noqa: E402  (a sibling script, found through the path above)

DAGS = Path(__file__).resolve().parent.parent
DAG_FILE = DAGS / "npc_monthly.py"
EXIT_CODES = DAGS.parent / "core/src/main/java/org/npcwh/core/error/ExitCode.java"
MONTH_TASKS = ["pull", "ingest", "transform", "check", "publish", "report"]
ROLLUP_TASKS = ["transform", "check", "publish", "report"]

# Calls, attributes and modules that would do I/O when the scheduler parses the file.
FORBIDDEN_CALLS = {"open", "getenv", "read_text", "read_bytes", "listdir", "scandir", "glob", "urlopen", "system", "popen"}
FORBIDDEN_ATTRIBUTES = {"environ", "xcom_push", "xcom_pull"}
FORBIDDEN_MODULES = {"requests", "httpx", "urllib", "socket", "subprocess", "sqlalchemy", "psycopg2", "duckdb"}


def dotted(node: ast.AST) -> str:
    """'pendulum.timezone' for pendulum.timezone, 'stage' for stage; '' for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        prefix = dotted(node.value)
        return f"{prefix}.{node.attr}" if prefix else ""
    return ""


def keyword(call: ast.Call, name: str):
    return next((k.value for k in call.keywords if k.arg == name), None)


def chains(body: list[ast.stmt]) -> list[list[ast.AST]]:
    """Each `a >> b >> c` statement of a block as the list of its operands."""

    def operands(node: ast.AST) -> list[ast.AST]:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.RShift):
            return operands(node.left) + operands(node.right)
        return [node]

    return [operands(n.value) for n in body if isinstance(n, ast.Expr) and isinstance(n.value, ast.BinOp)]


class DagSource:
    """The parsed DAG file and the few things the tests look up in it."""

    def __init__(self, path: Path):
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.assignments = {
            target.id: node.value
            for node in self.tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        self.definitions = {n.name: n for n in self.tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
        self.dag_block = next(
            node
            for node in self.tree.body
            if isinstance(node, ast.With) and dotted(node.items[0].context_expr.func) == "DAG"
        )

    def resolve(self, node: ast.AST) -> ast.AST:
        """A module-level name replaced by the expression assigned to it."""
        while isinstance(node, ast.Name) and node.id in self.assignments:
            node = self.assignments[node.id]
        return node

    def dag_argument(self, name: str) -> ast.AST:
        call = self.dag_block.items[0].context_expr
        value = keyword(call, name)
        if value is None:
            raise AssertionError(f"DAG(...) has no argument {name}")
        return self.resolve(value)

    def literal(self, node: ast.AST):
        return ast.literal_eval(self.resolve(node))

    def stages(self, body: list[ast.stmt]) -> dict[str, ast.Call]:
        """Variable name -> its NpcwhStage(...) call, in the order of the block."""
        return {
            n.targets[0].id: n.value
            for n in body
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and dotted(n.value.func) == "NpcwhStage"
        }

    def task_ids(self, calls: dict[str, ast.Call], chain: list[ast.AST]) -> list[str]:
        return [self.literal(keyword(calls[node.id], "task_id")) for node in chain]


class DagFilesCompile(unittest.TestCase):
    def test_every_python_file_under_dags_compiles(self):
        files = sorted(DAGS.rglob("*.py"))
        self.assertIn(DAG_FILE, files)
        with tempfile.TemporaryDirectory() as out:
            for index, path in enumerate(files):
                with self.subTest(file=str(path.relative_to(DAGS))):
                    py_compile.compile(str(path), cfile=str(Path(out) / f"{index}.pyc"), doraise=True)

    def test_the_dag_processor_ignores_the_tests(self):
        ignored = (DAGS / ".airflowignore").read_text(encoding="utf-8").split()
        self.assertIn("tests/", ignored)


class NpcMonthlyDag(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dag = DagSource(DAG_FILE)

    def test_dag_id_catchup_one_run_at_a_time_and_tags(self):
        self.assertEqual(self.dag.literal(self.dag.dag_argument("dag_id")), "npc_monthly")
        self.assertIs(self.dag.literal(self.dag.dag_argument("catchup")), False)
        self.assertEqual(self.dag.literal(self.dag.dag_argument("max_active_runs")), 1)
        self.assertLessEqual({"npcwh", "monthly"}, set(self.dag.literal(self.dag.dag_argument("tags"))))

    def test_monthly_data_interval_schedule_from_a_first_of_month_in_shanghai(self):
        schedule = self.dag.dag_argument("schedule")
        self.assertEqual(dotted(schedule.func), "CronDataIntervalTimetable")
        self.assertEqual(self.dag.literal(schedule.args[0]), "0 2 1 * *")
        self.assertEqual(self.dag.literal(self.dag.assignments["SCHEDULE_HOUR"]), 2)
        self.assert_shanghai(keyword(schedule, "timezone"))
        start = self.dag.dag_argument("start_date")
        self.assertEqual(dotted(start.func), "pendulum.datetime")
        self.assertEqual([self.dag.literal(a) for a in start.args][2], 1)
        self.assert_shanghai(keyword(start, "tz"))

    def assert_shanghai(self, node: ast.AST):
        zone = self.dag.resolve(node)
        self.assertEqual(dotted(zone.func), "pendulum.timezone")
        self.assertEqual(self.dag.literal(zone.args[0]), "Asia/Shanghai")

    def test_the_period_parameter_takes_a_month_or_nothing(self):
        params = self.dag.dag_argument("params")
        (name,), (param,) = params.keys, params.values
        self.assertEqual(self.dag.literal(name), "period")
        self.assertEqual(dotted(param.func), "Param")
        self.assertIsNone(self.dag.literal(param.args[0]))
        self.assertEqual(self.dag.literal(keyword(param, "type")), ["null", "string"])
        # jsonschema, which checks Params, matches a pattern with re.search.
        pattern = re.compile(self.dag.literal(keyword(param, "pattern")))
        for good in ("2023-06", "2024-12", "2023-01"):
            self.assertTrue(pattern.search(good), good)
        for bad in ("2023-13", "2023-00", "2023-6", "2023-Q2", "2023", "", "2023-06; rm -rf /"):
            self.assertFalse(pattern.search(bad), repr(bad))

    def test_default_args_owner_retries_with_backoff_and_the_failure_notifier(self):
        args = self.dag.dag_argument("default_args")
        entries = {self.dag.literal(k): v for k, v in zip(args.keys, args.values)}
        owner = self.dag.literal(entries["owner"])
        self.assertTrue(owner.strip())
        self.assertNotEqual(owner, "airflow")
        self.assertGreaterEqual(self.dag.literal(entries["retries"]), 1)
        self.assertIs(self.dag.literal(entries["retry_exponential_backoff"]), True)
        self.assertEqual(dotted(entries["retry_delay"].func), "timedelta")
        self.assertEqual([dotted(e) for e in entries["on_failure_callback"].elts], ["notify_failure"])
        self.assertIn("notify_failure", self.dag.definitions)

    def test_the_month_pipeline_in_order_then_the_quarter_and_the_year_after_publish(self):
        calls = self.dag.stages(self.dag.dag_block.body)
        self.assertEqual([self.dag.literal(keyword(c, "task_id")) for c in calls.values()], MONTH_TASKS)
        for call in calls.values():
            self.assertEqual(self.dag.literal(keyword(call, "task_id")), self.dag.literal(keyword(call, "stage")))
        main, *rollups = chains(self.dag.dag_block.body)
        self.assertEqual(self.dag.task_ids(calls, main), MONTH_TASKS)
        self.assertEqual(
            [(dotted(head), dotted(call.func), [self.dag.literal(a) for a in call.args[:1]], dotted(call.args[1]))
             for head, call in rollups],
            [("publish", "rollup", ["quarter"], "QUARTER"), ("publish", "rollup", ["year"], "YEAR")],
        )

    def test_each_rollup_is_gated_by_its_period_then_runs_the_four_stages(self):
        body = next(n for n in ast.walk(self.dag.definitions["rollup"]) if isinstance(n, ast.With)).body
        gate = next(n.value for n in body if isinstance(n, ast.Assign) and dotted(n.value.func) == "ShortCircuitOperator")
        self.assertEqual(dotted(keyword(gate, "python_callable")), "closes_a_period")
        self.assertEqual([dotted(a) for a in keyword(gate, "op_args").elts], ["period"])
        calls = self.dag.stages(body)
        (chain,) = chains(body)
        self.assertEqual(dotted(chain[0]), "closes")
        self.assertEqual(self.dag.task_ids(calls, chain[1:]), ROLLUP_TASKS)
        for call in calls.values():
            uses_period = "$NPCWH_PERIOD" in render_commands.stage_commands()[self.dag.literal(keyword(call, "stage"))]
            self.assertEqual(dotted(keyword(call, "period")) if uses_period else keyword(call, "period"),
                             "period" if uses_period else None)

    def test_month_stages_get_the_month_exactly_when_their_command_takes_a_period(self):
        commands = render_commands.stage_commands()
        for call in self.dag.stages(self.dag.dag_block.body).values():
            stage = self.dag.literal(keyword(call, "stage"))
            with self.subTest(stage=stage):
                period = keyword(call, "period")
                self.assertEqual(dotted(period) if period else None, "MONTH" if "$NPCWH_PERIOD" in commands[stage] else None)

    def test_every_publish_announces_metric_values_and_nothing_else_has_outlets(self):
        calls = list(self.dag.stages(self.dag.dag_block.body).values())
        calls += self.dag.stages(next(n for n in ast.walk(self.dag.definitions["rollup"]) if isinstance(n, ast.With)).body).values()
        with_outlets = {self.dag.literal(keyword(c, "stage")) for c in calls if keyword(c, "outlets") is not None}
        self.assertEqual(with_outlets, {"publish"})
        asset = self.dag.resolve(self.dag.assignments["METRIC_VALUES"])
        self.assertEqual(dotted(asset.func), "Asset")
        self.assertEqual(self.dag.literal(keyword(asset, "name")), "metric_values")

    def test_every_stage_holds_the_one_warehouse_slot_and_runs_its_command_without_xcom(self):
        init = next(n for n in self.dag.definitions["NpcwhStage"].body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
        call = next(n for n in ast.walk(init) if isinstance(n, ast.Call) and keyword(n, "pool") is not None)
        self.assertEqual(self.dag.literal(keyword(call, "pool")), "npcwh_warehouse")
        self.assertIs(self.dag.literal(keyword(call, "do_xcom_push")), False)
        self.assertIs(self.dag.literal(keyword(call, "append_env")), True, "the worker's environment is kept")
        self.assertEqual(dotted(keyword(call, "bash_command").value), "STAGE_COMMANDS")
        self.assertEqual([dotted(b) for b in self.dag.definitions["NpcwhStage"].bases], ["BashOperator"])

    def test_only_bug_usage_bad_input_failed_checks_and_memory_fail_without_retries(self):
        codes = dict(re.findall(r"^\s+([A-Z_]+)\((\d+),", EXIT_CODES.read_text(encoding="utf-8"), re.MULTILINE))
        final = {int(codes[name]) for name in ("INTERNAL", "USAGE", "BAD_INPUT", "CHECKS_FAILED", "OUT_OF_MEMORY")}
        self.assertEqual(set(self.dag.literal(self.dag.assignments["FAIL_AT_ONCE"])), final)
        retried = {int(codes[n]) for n in ("AIRFLOW", "SOURCE", "WAREHOUSE_BUSY", "SPARK_MASTER")}
        self.assertFalse(retried & final)
        init = next(n for n in ast.walk(self.dag.definitions["NpcwhStage"]) if isinstance(n, ast.Call)
                    and keyword(n, "skip_on_exit_code") is not None)
        self.assertEqual(dotted(keyword(init, "skip_on_exit_code")), "FAIL_AT_ONCE")
        execute = next(n for n in self.dag.definitions["NpcwhStage"].body if isinstance(n, ast.FunctionDef) and n.name == "execute")
        (handler,) = next(n for n in ast.walk(execute) if isinstance(n, ast.Try)).handlers
        self.assertEqual(dotted(handler.type), "AirflowSkipException")
        raised = next(n for n in ast.walk(handler) if isinstance(n, ast.Raise))
        self.assertEqual(dotted(raised.exc.func), "AirflowFailException")

    def test_nothing_is_read_or_fetched_when_the_file_is_parsed(self):
        for node in ast.walk(self.dag.tree):
            if isinstance(node, ast.Call):
                name = dotted(node.func)
                self.assertNotIn(name.rsplit(".", 1)[-1], FORBIDDEN_CALLS, f"I/O call {name}")
            if isinstance(node, ast.Attribute):
                self.assertNotIn(node.attr, FORBIDDEN_ATTRIBUTES, f"use of .{node.attr}")
            if isinstance(node, ast.Name):
                self.assertNotIn(node.id, {"Variable", "Connection"}, "Variables only through Jinja")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                for module in modules:
                    self.assertNotIn(module.split(".")[0], FORBIDDEN_MODULES, f"import of {module}")
        self.assertFalse([n for n in ast.walk(self.dag.tree) if isinstance(n, ast.FunctionDef) and n.decorator_list])


if __name__ == "__main__":
    unittest.main()
