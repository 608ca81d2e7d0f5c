"""
Print the stage command lines of dags/npc_monthly.py with sample values, one per line.

The DAG's STAGE_COMMANDS dict is the single source of the command lines. This script reads it
without importing Airflow (it parses the file with ``ast``), replaces each Jinja expression with a
sample value and prints the result, in stage order, so the npcwh CLI tests can run every line
through the real command-line parser. An expression it does not know is an error: a new
placeholder in the DAG must be given a sample value here first.

    python3 dags/tests/render_commands.py
    ./npcwh pull --source liaison --landing /tmp/landing
    ./npcwh ingest --landing /tmp/landing --warehouse /tmp/wh
    ...

Standard library only.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

DAG_FILE = Path(__file__).resolve().parent.parent / "npc_monthly.py"
JINJA = re.compile(r"\{\{(.*?)\}\}")
PERIOD_EXPRESSION = "data_interval_start.in_timezone('Asia/Shanghai').strftime('%Y-%m')"


def stage_commands(dag_file: Path = DAG_FILE) -> dict[str, str]:
    """The STAGE_COMMANDS dict of the DAG file, in its order, read without executing the file."""
    module = ast.parse(dag_file.read_text(encoding="utf-8"), filename=str(dag_file))
    for node in module.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "STAGE_COMMANDS" for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"{dag_file} has no top-level STAGE_COMMANDS dict")


def sample_values(launcher: str, landing: str, warehouse: str, period: str, source: str = "liaison") -> dict[str, str]:
    """Each Jinja expression of the templates (whitespace-trimmed) and its sample value."""
    return {
        "var.value.npcwh_launcher": launcher,
        "var.value.npcwh_source": source,
        "var.value.npcwh_landing": landing,
        "var.value.npcwh_warehouse": warehouse,
        PERIOD_EXPRESSION: period,
    }


def render(template: str, values: dict[str, str]) -> str:
    """The template with every {{ expression }} replaced; an unknown expression raises KeyError."""

    def value(match: re.Match) -> str:
        expression = match.group(1).strip()
        if expression not in values:
            raise KeyError(f"no sample value for the Jinja expression {{{{ {expression} }}}}")
        return values[expression]

    return JINJA.sub(value, template)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--launcher", default="./npcwh")
    parser.add_argument("--landing", default="/tmp/landing")
    parser.add_argument("--warehouse", default="/tmp/wh")
    parser.add_argument("--period", default="2023-06")
    parser.add_argument("--source", default="liaison")
    args = parser.parse_args(argv)
    values = sample_values(args.launcher, args.landing, args.warehouse, args.period, args.source)
    try:
        for template in stage_commands().values():
            print(render(template, values))
    except KeyError as error:
        print(f"render_commands: {error.args[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
