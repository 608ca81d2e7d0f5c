"""
The DAG folder as Airflow itself loads it: runs where Airflow 3.1 is installed, skipped elsewhere.

    pip install "apache-airflow==3.1.*"            # in a virtual environment of your own
    python3 -m unittest discover -s dags/tests       # from the repository root
"""

from __future__ import annotations

import unittest
from pathlib import Path

try:
    from airflow.models.dagbag import DagBag
except ImportError:
    DagBag = None

DAGS = Path(__file__).resolve().parent.parent
MONTH_TASKS = ["pull", "ingest", "transform", "check", "publish", "report"]
ROLLUP_TASKS = ["transform", "check", "publish", "report"]


@unittest.skipUnless(DagBag, "Apache Airflow is not installed")
class AirflowLoadsTheDagFolder(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.bag = DagBag(dag_folder=str(DAGS), include_examples=False)

    def test_the_folder_imports_without_errors_and_holds_only_npc_monthly(self):
        self.assertEqual(self.bag.import_errors, {})
        self.assertEqual(sorted(self.bag.dag_ids), ["npc_monthly"], "the tests are ignored (.airflowignore)")

    def test_tasks_pool_and_retries(self):
        dag = self.bag.dags["npc_monthly"]
        expected = set(MONTH_TASKS) | {f"{grain}.{task}" for grain in ("quarter", "year") for task in ROLLUP_TASKS}
        expected |= {"quarter.month_closes_quarter", "year.month_closes_year"}
        self.assertEqual(set(dag.task_ids), expected)
        for task in dag.tasks:
            with self.subTest(task=task.task_id):
                self.assertEqual(task.owner, "npcwh-data-team")
                if task.task_type == "NpcwhStage":
                    self.assertEqual(task.pool, "npcwh_warehouse")
                    self.assertEqual(task.retries, 3)
                    self.assertEqual(list(task.skip_on_exit_code), [1, 2, 3, 4, 9])
        self.assertEqual(dag.get_task("quarter.transform").upstream_task_ids, {"quarter.month_closes_quarter"})
        self.assertEqual(dag.get_task("quarter.month_closes_quarter").upstream_task_ids, {"publish"})

    def test_the_period_parameter_is_optional_and_takes_only_months(self):
        param = self.bag.dags["npc_monthly"].params.get_param("period")
        self.assertIsNone(param.resolve(None))
        self.assertEqual(param.resolve("2023-06"), "2023-06")
        for bad in ("2023-13", "2023-Q2", "2023-06; rm -rf /"):
            with self.subTest(value=bad), self.assertRaises(Exception):
                param.resolve(bad)


if __name__ == "__main__":
    unittest.main()
