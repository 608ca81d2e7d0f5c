"""
Integrity tests of dags/npc_monthly.py without Airflow (standard library only: ast, unittest).

Airflow cannot be installed where the project is built, so the DAG file is checked as source: it
compiles, and its DAG(...) arguments, tasks, dependencies, outlet and command templates are the
agreed ones. Run from the repository root:

    python3 -m unittest discover -s dags/tests
"""

from __future__ import annotations

import ast
import py_compile
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_commands  # noqa: E402  (a sibling script, found through the path above)

DAGS = Path(__file__).resolve().parent.parent
DAG_FILE = DAGS / "npc_monthly.py"
STAGES = ["pull", "ingest", "transform", "check", "publish", "report"]
PERIOD = "{{ data_interval_start.in_timezone('Asia/Shanghai').strftime('%Y-%m') }}"

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
        for keyword in call.keywords:
            if keyword.arg == name:
                return self.resolve(keyword.value)
        raise AssertionError(f"DAG(...) has no argument {name}")

    def literal(self, node: ast.AST):
        return ast.literal_eval(self.resolve(node))

    def task_calls(self) -> dict[str, ast.Call]:
        """Variable name -> its stage("task_id", ...) call, in the order of the DAG block."""
        return {
            node.targets[0].id: node.value
            for node in self.dag_block.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and dotted(node.value.func) == "stage"
        }

    def dependency_chains(self) -> list[list[str]]:
        """Each `a >> b >> c` statement of the DAG block as the list of its names."""

        def names(node: ast.AST) -> list[str]:
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.RShift):
                return names(node.left) + names(node.right)
            return [node.id] if isinstance(node, ast.Name) else ["<not a task variable>"]

        return [names(node.value) for node in self.dag_block.body if isinstance(node, ast.Expr) and isinstance(node.value, ast.BinOp)]


def keyword(call: ast.Call, name: str):
    return next((k.value for k in call.keywords if k.arg == name), None)


class DagFilesCompile(unittest.TestCase):
    def test_every_python_file_under_dags_compiles(self):
        files = sorted(DAGS.rglob("*.py"))
        self.assertIn(DAG_FILE, files)
        with tempfile.TemporaryDirectory() as out:
            for index, path in enumerate(files):
                with self.subTest(file=str(path.relative_to(DAGS))):
                    py_compile.compile(str(path), cfile=str(Path(out) / f"{index}.pyc"), doraise=True)


class NpcMonthlyDag(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dag = DagSource(DAG_FILE)

    def test_dag_id_catchup_and_one_run_at_a_time(self):
        self.assertEqual(self.dag.literal(self.dag.dag_argument("dag_id")), "npc_monthly")
        self.assertIs(self.dag.literal(self.dag.dag_argument("catchup")), False)
        self.assertEqual(self.dag.literal(self.dag.dag_argument("max_active_runs")), 1)

    def test_tags(self):
        tags = self.dag.literal(self.dag.dag_argument("tags"))
        self.assertIn("npcwh", tags)
        self.assertIn("monthly", tags)

    def test_monthly_data_interval_schedule_shortly_after_month_end_in_shanghai(self):
        schedule = self.dag.dag_argument("schedule")
        self.assertEqual(dotted(schedule.func), "CronDataIntervalTimetable")
        self.assertEqual(self.dag.literal(schedule.args[0]), "0 2 1 * *")
        self.assert_shanghai(keyword(schedule, "timezone"))

    def test_start_date_is_a_first_of_month_in_shanghai(self):
        start = self.dag.dag_argument("start_date")
        self.assertEqual(dotted(start.func), "pendulum.datetime")
        self.assertEqual([self.dag.literal(a) for a in start.args][2], 1)
        self.assert_shanghai(keyword(start, "tz"))

    def assert_shanghai(self, node: ast.AST):
        zone = self.dag.resolve(node)
        self.assertEqual(dotted(zone.func), "pendulum.timezone")
        self.assertEqual(self.dag.literal(zone.args[0]), "Asia/Shanghai")

    def test_default_args_owner_and_retries_with_exponential_backoff(self):
        args = self.dag.dag_argument("default_args")
        entries = {self.dag.literal(k): v for k, v in zip(args.keys, args.values)}
        owner = self.dag.literal(entries["owner"])
        self.assertTrue(owner.strip())
        self.assertNotEqual(owner, "airflow")
        self.assertGreaterEqual(self.dag.literal(entries["retries"]), 1)
        self.assertIs(self.dag.literal(entries["retry_exponential_backoff"]), True)
        self.assertEqual(dotted(entries["retry_delay"].func), "timedelta")

    def test_one_task_per_stage_in_pipeline_order(self):
        calls = self.dag.task_calls()
        task_ids = [self.dag.literal(call.args[0]) for call in calls.values()]
        self.assertEqual(task_ids, STAGES)
        self.assertEqual(list(render_commands.stage_commands(DAG_FILE)), STAGES)
        chains = self.dag.dependency_chains()
        self.assertEqual(len(chains), 1, "one dependency chain")
        self.assertEqual([self.dag.literal(calls[name].args[0]) for name in chains[0]], STAGES)

    def test_every_task_is_a_bash_operator_running_its_template_without_xcom(self):
        stage = next(n for n in self.dag.tree.body if isinstance(n, ast.FunctionDef) and n.name == "stage")
        operator = next(n for n in ast.walk(stage) if isinstance(n, ast.Call) and dotted(n.func) == "BashOperator")
        command = keyword(operator, "bash_command")
        self.assertEqual(dotted(command.value), "STAGE_COMMANDS")
        self.assertIs(self.dag.literal(keyword(operator, "do_xcom_push")), False)
        operators = {dotted(n.func) for n in ast.walk(self.dag.tree) if isinstance(n, ast.Call) and dotted(n.func).endswith("Operator")}
        self.assertEqual(operators, {"BashOperator"}, "no Python callables: the DAG only schedules npcwh")
        self.assertFalse([n for n in ast.walk(self.dag.tree) if isinstance(n, ast.FunctionDef) and n.decorator_list])

    def test_publish_has_the_metric_values_asset_as_its_only_outlet(self):
        calls = self.dag.task_calls()
        outlets = {self.dag.literal(call.args[0]): keyword(call, "outlets") for call in calls.values()}
        self.assertEqual([task for task, value in outlets.items() if value is not None], ["publish"])
        (asset,) = [self.dag.resolve(element) for element in outlets["publish"].elts]
        self.assertEqual(dotted(asset.func), "Asset")
        self.assertEqual(self.dag.literal(keyword(asset, "name")), "metric_values")
        imports = {(n.module, alias.name) for n in ast.walk(self.dag.tree) if isinstance(n, ast.ImportFrom) for alias in n.names}
        self.assertIn(("airflow.sdk", "Asset"), imports)
        self.assertIn(("airflow.sdk", "DAG"), imports)
        self.assertIn(("airflow.providers.standard.operators.bash", "BashOperator"), imports)

    def test_nothing_is_read_or_fetched_when_the_file_is_parsed(self):
        for node in ast.walk(self.dag.tree):
            if isinstance(node, ast.Call):
                name = dotted(node.func)
                self.assertNotIn(name.rsplit(".", 1)[-1], FORBIDDEN_CALLS, f"I/O call {name}")
                self.assertNotIn(name, {"Variable.get", "Variable.set", "Connection.get"}, "Variables only through Jinja")
            if isinstance(node, ast.Attribute):
                self.assertNotIn(node.attr, FORBIDDEN_ATTRIBUTES, f"use of .{node.attr}")
            if isinstance(node, ast.Name):
                self.assertNotEqual(node.id, "Variable", "Variables only through Jinja")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                for module in modules:
                    self.assertNotIn(module.split(".")[0], FORBIDDEN_MODULES, f"import of {module}")


class StageCommands(unittest.TestCase):
    def setUp(self):
        self.templates = render_commands.stage_commands(DAG_FILE)
        self.values = render_commands.sample_values("./npcwh", "/tmp/landing", "/tmp/wh", "2023-06")

    def test_templates_are_the_agreed_command_lines(self):
        launcher, landing, warehouse = (
            "{{ var.value.npcwh_launcher }}",
            "{{ var.value.npcwh_landing }}",
            "{{ var.value.npcwh_warehouse }}",
        )
        source = "{{ var.value.npcwh_source }}"
        self.assertEqual(
            self.templates,
            {
                "pull": f"{launcher} pull --source {source} --landing {landing}",
                "ingest": f"{launcher} ingest --landing {landing} --warehouse {warehouse}",
                "transform": f"{launcher} transform --warehouse {warehouse} --period {PERIOD}",
                "check": f"{launcher} check --warehouse {warehouse} --period {PERIOD}",
                "publish": f"{launcher} publish --warehouse {warehouse}",
                "report": f"{launcher} report --warehouse {warehouse} --period {PERIOD} --format pdf,xlsx,html",
            },
        )

    def test_each_template_is_one_command_without_shell_plumbing(self):
        for stage, template in self.templates.items():
            with self.subTest(stage=stage):
                self.assertTrue(template.startswith("{{ var.value.npcwh_launcher }} " + stage + " "))
                for plumbing in (";", "&&", "||", "|", ">", "<", "`", "$(", "\n"):
                    self.assertNotIn(plumbing, template.replace("{{", "").replace("}}", ""))

    def test_rendered_with_sample_values(self):
        self.assertEqual(
            [render_commands.render(t, self.values) for t in self.templates.values()],
            [
                "./npcwh pull --source liaison --landing /tmp/landing",
                "./npcwh ingest --landing /tmp/landing --warehouse /tmp/wh",
                "./npcwh transform --warehouse /tmp/wh --period 2023-06",
                "./npcwh check --warehouse /tmp/wh --period 2023-06",
                "./npcwh publish --warehouse /tmp/wh",
                "./npcwh report --warehouse /tmp/wh --period 2023-06 --format pdf,xlsx,html",
            ],
        )

    def test_an_unknown_expression_is_an_error_not_a_silent_blank(self):
        with self.assertRaises(KeyError):
            render_commands.render("{{ var.value.npcwh_launcher }} run --at {{ ds }}", self.values)


if __name__ == "__main__":
    unittest.main()
