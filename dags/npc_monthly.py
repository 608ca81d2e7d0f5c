"""
npc_monthly: the monthly run of the npc-warehouse pipeline (Apache Airflow 3.1).

Each task runs one stage of the ``npcwh`` command for the month of the run's
``data_interval_start`` (in Asia/Shanghai): pull >> ingest >> transform >> check >> publish >> report.
``pull`` extracts the changes of the upstream database named by the Variable npcwh_source into the
landing zone (incremental by watermark, so a retry or rerun delivers nothing twice); ``ingest`` then
takes those batches together with any delivered as files.
The DAG only schedules; every stage is idempotent for its month, so retries and reruns are safe.
Nothing is read when the file is parsed: paths come from Airflow Variables through Jinja at run
time, and no data passes through XCom.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG, Asset
from airflow.timetables.interval import CronDataIntervalTimetable

SHANGHAI = pendulum.timezone("Asia/Shanghai")

# The single place where the stage command lines are written. dags/tests/render_commands.py reads
# this dict (without Airflow) so the npcwh CLI tests can parse every line with the real parser.
# {{ var.value.X }} is Airflow's Variable X, resolved when the task runs (or from the environment
# variable AIRFLOW_VAR_X); the period is the month of data_interval_start in Shanghai time.
STAGE_COMMANDS = {
    "pull": (
        "{{ var.value.npcwh_launcher }} pull"
        " --source {{ var.value.npcwh_source }}"
        " --landing {{ var.value.npcwh_landing }}"
    ),
    "ingest": (
        "{{ var.value.npcwh_launcher }} ingest"
        " --landing {{ var.value.npcwh_landing }}"
        " --warehouse {{ var.value.npcwh_warehouse }}"
    ),
    "transform": (
        "{{ var.value.npcwh_launcher }} transform"
        " --warehouse {{ var.value.npcwh_warehouse }}"
        " --period {{ data_interval_start.in_timezone('Asia/Shanghai').strftime('%Y-%m') }}"
    ),
    "check": (
        "{{ var.value.npcwh_launcher }} check"
        " --warehouse {{ var.value.npcwh_warehouse }}"
        " --period {{ data_interval_start.in_timezone('Asia/Shanghai').strftime('%Y-%m') }}"
    ),
    "publish": (
        "{{ var.value.npcwh_launcher }} publish"
        " --warehouse {{ var.value.npcwh_warehouse }}"
    ),
    "report": (
        "{{ var.value.npcwh_launcher }} report"
        " --warehouse {{ var.value.npcwh_warehouse }}"
        " --period {{ data_interval_start.in_timezone('Asia/Shanghai').strftime('%Y-%m') }}"
        " --format pdf,xlsx,html"
    ),
}

# What publish makes visible to analysts and to DAGs scheduled on it ("x-" URIs are left as is).
METRIC_VALUES = Asset(name="metric_values", uri="x-npcwh://warehouse/metric_values", group="npcwh")

DEFAULT_ARGS = {
    "owner": "npcwh-data-team",
    "retries": 3,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(hours=1),
    "execution_timeout": timedelta(hours=3),
}


def stage(task_id: str, **kwargs) -> BashOperator:
    """One pipeline stage: the npcwh command of STAGE_COMMANDS[task_id], nothing pushed to XCom."""
    return BashOperator(
        task_id=task_id,
        bash_command=STAGE_COMMANDS[task_id],
        do_xcom_push=False,
        **kwargs,
    )


with DAG(
    dag_id="npc_monthly",
    description="Monthly npc-warehouse pipeline: pull, ingest, transform, check, publish, report",
    doc_md=__doc__,
    # A data-interval timetable: the run for June covers June 1 02:00 to July 1 02:00 Shanghai time
    # and starts just after it ends, so data_interval_start falls in the month the run is for.
    schedule=CronDataIntervalTimetable("0 2 1 * *", timezone=SHANGHAI),
    start_date=pendulum.datetime(2023, 1, 1, tz=SHANGHAI),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["npcwh", "monthly", "warehouse"],
) as dag:
    pull = stage("pull")
    ingest = stage("ingest")
    transform = stage("transform")
    check = stage("check")
    publish = stage("publish", outlets=[METRIC_VALUES])
    report = stage("report")

    pull >> ingest >> transform >> check >> publish >> report
