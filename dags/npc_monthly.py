"""
npc_monthly: the monthly run of the npc-warehouse pipeline (Apache Airflow 3.1).

Each task runs one stage of the ``npcwh`` command for the run's month:
pull >> ingest >> transform >> check >> publish >> report. When the month closes a quarter (March,
June, September, December) or a year (December), the ``quarter`` and ``year`` groups then compute,
check, publish and render that quarter or year; in other months they are skipped.

The month is the ``period`` parameter when the run was given one (``conf={"period": "2023-06"}``,
as ``npcwh airflow trigger`` sends it), else the month of the data interval in Asia/Shanghai, else
(a run without a logical date) the last month whose interval has ended when the run was created.
The DAG only schedules; every stage is idempotent for its period, so retries and reruns are safe.
Nothing is read when the file is parsed, and no data passes through XCom.
"""

from __future__ import annotations

import logging
from datetime import timedelta, timezone

import pendulum
from airflow.exceptions import AirflowFailException, AirflowSkipException
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.python import ShortCircuitOperator
from airflow.sdk import DAG, Asset, Param, TaskGroup
from airflow.timetables.interval import CronDataIntervalTimetable

SHANGHAI = pendulum.timezone("Asia/Shanghai")
# Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for every
# period here and keeps the period functions free of pendulum (the tests run them without Airflow).
SHANGHAI_OFFSET = timezone(timedelta(hours=8))
# The schedule's hour: a month's data interval runs from its 1st 02:00 to the next 1st 02:00.
SCHEDULE_HOUR = 2

# The single place where the stage command lines are written. Values reach the shell only through
# the environment (STAGE_ENV and NPCWH_PERIOD), always double-quoted, so paths with spaces work and
# nothing in a Variable or in the run's conf is read as shell syntax. dags/tests/render_commands.py
# reads these dicts (without Airflow) so the npcwh CLI tests can parse every line with the real parser.
STAGE_COMMANDS = {
    "pull": '"$NPCWH_LAUNCHER" pull --source "$NPCWH_SOURCE" --landing "$NPCWH_LANDING"',
    "ingest": '"$NPCWH_LAUNCHER" ingest --landing "$NPCWH_LANDING" --warehouse "$NPCWH_WAREHOUSE"',
    "transform": '"$NPCWH_LAUNCHER" transform --warehouse "$NPCWH_WAREHOUSE" --period "$NPCWH_PERIOD"',
    "check": '"$NPCWH_LAUNCHER" check --warehouse "$NPCWH_WAREHOUSE" --period "$NPCWH_PERIOD"',
    "publish": '"$NPCWH_LAUNCHER" publish --warehouse "$NPCWH_WAREHOUSE"',
    "report": '"$NPCWH_LAUNCHER" report --warehouse "$NPCWH_WAREHOUSE" --period "$NPCWH_PERIOD" --format pdf,xlsx,html',
}

# {{ var.value.X }} is Airflow's Variable X, resolved when the task runs (or from the environment
# variable AIRFLOW_VAR_X).
STAGE_ENV = {
    "NPCWH_LAUNCHER": "{{ var.value.npcwh_launcher }}",
    "NPCWH_SOURCE": "{{ var.value.npcwh_source }}",
    "NPCWH_LANDING": "{{ var.value.npcwh_landing }}",
    "NPCWH_WAREHOUSE": "{{ var.value.npcwh_warehouse }}",
}

# The period of each grain, rendered by the macros of the same names (see DAG(user_defined_macros)).
MONTH = "{{ npcwh_month(params.period, dag_run) }}"
QUARTER = "{{ npcwh_closed_quarter(params.period, dag_run) }}"
YEAR = "{{ npcwh_closed_year(params.period, dag_run) }}"

# What publish makes visible to analysts and to DAGs scheduled on it ("x-" URIs are left as is).
METRIC_VALUES = Asset(name="metric_values", uri="x-npcwh://warehouse/metric_values", group="npcwh")

# One slot: every npcwh stage of every run (scheduled, triggered or backfilled) takes turns, so two
# runs never write the warehouse or pull the same source at once. Create it before the first run:
# airflow pools set npcwh_warehouse 1 "npc-warehouse: one npcwh stage at a time".
WAREHOUSE_POOL = "npcwh_warehouse"

# npcwh exit codes a retry cannot change: 1 a bug, 2 a wrong command line, 3 bad input, 4 failed
# checks, 9 out of memory (the same heap again; NPCWH_JAVA_OPTS in the stage's environment gives more).
# Every other failure is retried: 5 Airflow, 6 the source database, 7 the warehouse busy, 8 the Spark
# master unreachable, and a process killed by a signal (a worker shut down).
FAIL_AT_ONCE = (1, 2, 3, 4, 9)

log = logging.getLogger(__name__)


def run_month(period: str | None, dag_run) -> str:
    """The month a run is for (YYYY-MM): its period parameter, its data interval, or its creation."""
    if period:
        return period
    if dag_run.data_interval_start is not None:
        local = dag_run.data_interval_start.astimezone(SHANGHAI_OFFSET)
    else:
        # Like the timetable's own rule for manual runs: the last month whose interval has ended.
        ended = dag_run.run_after.astimezone(SHANGHAI_OFFSET) - timedelta(hours=SCHEDULE_HOUR)
        local = ended.replace(day=1) - timedelta(days=1)
    return f"{local.year:04d}-{local.month:02d}"


def closed_quarter(period: str | None, dag_run) -> str:
    """The quarter the run's month closes ('2023-Q2' for 2023-06), or '' when it closes none."""
    month = run_month(period, dag_run)
    number = int(month[5:7])
    return f"{month[:4]}-Q{number // 3}" if number % 3 == 0 else ""


def closed_year(period: str | None, dag_run) -> str:
    """The year the run's month closes ('2023' for 2023-12), or '' when it closes none."""
    month = run_month(period, dag_run)
    return month[:4] if month.endswith("-12") else ""


def closes_a_period(period: str) -> bool:
    """The gate of the quarter and year groups: their rendered period is '' when the month closes none.

    A function of its own, not the built-in bool: PythonOperator reads its callable's signature, and
    built-in types have none (inspect.signature(bool) raises ValueError).
    """
    return bool(period)


def notify_failure(context) -> None:
    """on_failure_callback of every task: one line naming what failed, for log-based alerting.

    Plug in a notifier by adding it next to this one in DEFAULT_ARGS["on_failure_callback"]
    (any Airflow notifier, e.g. a provider's Slack or SMTP notifier); see dags/README.md.
    """
    ti = context["ti"]
    month = run_month(context["params"].get("period"), context["dag_run"])
    log.error(
        "npcwh task failed: dag=%s run=%s task=%s try=%s month=%s log=%s",
        ti.dag_id, ti.run_id, ti.task_id, ti.try_number, month, ti.log_url,
    )


DEFAULT_ARGS = {
    "owner": "npcwh-data-team",
    "retries": 3,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(hours=1),
    "execution_timeout": timedelta(hours=3),
    "on_failure_callback": [notify_failure],
}


class NpcwhStage(BashOperator):
    """One npcwh stage, failing without retries when its exit code says a retry cannot help.

    Airflow 3.1's BashOperator raises AirflowSkipException for an exit code in skip_on_exit_code and
    AirflowException for any other non-zero one (providers/standard/operators/bash.py), and the task
    runner retries an AirflowException but never an AirflowFailException
    (task-sdk/src/airflow/sdk/execution_time/task_runner.py). So the codes of FAIL_AT_ONCE are
    declared "skip" codes and their skip is turned into a failure that is not retried.
    """

    def __init__(self, *, stage: str, period: str | None = None, **kwargs):
        env = dict(STAGE_ENV, NPCWH_PERIOD=period) if period else dict(STAGE_ENV)
        super().__init__(
            bash_command=STAGE_COMMANDS[stage],
            env=env,
            # The worker's environment (the pseudonymisation key, JAVA_HOME, credentials) is kept.
            append_env=True,
            skip_on_exit_code=FAIL_AT_ONCE,
            pool=WAREHOUSE_POOL,
            do_xcom_push=False,
            **kwargs,
        )

    def execute(self, context):
        try:
            return super().execute(context)
        except AirflowSkipException as final:
            raise AirflowFailException(
                f"npcwh failed in a way a retry cannot change (exit 1 bug, 2 usage, 3 bad input, 4 checks "
                f"failed, 9 out of memory; {final}): see its error above, fix the cause, then clear the task"
            ) from final


def rollup(grain: str, period: str) -> TaskGroup:
    """The quarter or year group: when the month closes one, compute, check, publish and render it."""
    with TaskGroup(grain) as group:
        closes = ShortCircuitOperator(
            task_id=f"month_closes_{grain}",
            python_callable=closes_a_period,
            op_args=[period],
        )
        transform = NpcwhStage(task_id="transform", stage="transform", period=period)
        check = NpcwhStage(task_id="check", stage="check", period=period)
        publish = NpcwhStage(task_id="publish", stage="publish", outlets=[METRIC_VALUES])
        report = NpcwhStage(task_id="report", stage="report", period=period)
        closes >> transform >> check >> publish >> report
    return group


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
    params={
        "period": Param(
            None,
            type=["null", "string"],
            pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
            description="The month to process (YYYY-MM); empty: the month of the data interval.",
        )
    },
    user_defined_macros={
        "npcwh_month": run_month,
        "npcwh_closed_quarter": closed_quarter,
        "npcwh_closed_year": closed_year,
    },
    tags=["npcwh", "monthly", "warehouse"],
) as dag:
    pull = NpcwhStage(task_id="pull", stage="pull")
    ingest = NpcwhStage(task_id="ingest", stage="ingest")
    transform = NpcwhStage(task_id="transform", stage="transform", period=MONTH)
    check = NpcwhStage(task_id="check", stage="check", period=MONTH)
    publish = NpcwhStage(task_id="publish", stage="publish", outlets=[METRIC_VALUES])
    report = NpcwhStage(task_id="report", stage="report", period=MONTH)

    pull >> ingest >> transform >> check >> publish >> report
    publish >> rollup("quarter", QUARTER)
    publish >> rollup("year", YEAR)
