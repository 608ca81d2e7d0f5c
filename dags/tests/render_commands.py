"""
Print the command lines dags/npc_monthly.py runs, with sample values, one per line.

The DAG's STAGE_COMMANDS dict is the single source of the command lines and STAGE_ENV plus the
period templates (MONTH, QUARTER, YEAR) the single source of their values. This script reads them
without importing Airflow (it parses the file with ``ast``), renders each Jinja expression of the
environment with a sample value, expands each "$VARIABLE" the way bash expands a double-quoted
word, and prints the resulting argument list shell-quoted, so the npcwh CLI tests can run every
line through the real command-line parser. A stage that takes a period is printed once per grain
(month, quarter, year). An expression it does not know is an error: a new placeholder in the DAG
must be given a sample value here first.

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
import shlex
import sys
from pathlib import Path

DAG_FILE = Path(__file__).resolve().parent.parent / "npc_monthly.py"
JINJA = re.compile(r"\{\{(.*?)\}\}")
VARIABLE = re.compile(r"^\$([A-Z_]+)$")
GRAINS = ("MONTH", "QUARTER", "YEAR")


def literals(dag_file: Path = DAG_FILE) -> dict[str, object]:
    """Every top-level `NAME = <literal>` of the DAG file, read without executing the file."""
    module = ast.parse(dag_file.read_text(encoding="utf-8"), filename=str(dag_file))
    out = {}
    for node in module.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return out


def stage_commands(dag_file: Path = DAG_FILE) -> dict[str, str]:
    """The STAGE_COMMANDS dict of the DAG file, in its order."""
    return literals(dag_file)["STAGE_COMMANDS"]


def sample_values(launcher: str, landing: str, warehouse: str, periods: dict[str, str], source: str = "liaison",
                  dag_file: Path = DAG_FILE) -> dict[str, str]:
    """Each Jinja expression of the environment (whitespace-trimmed) and its sample value."""
    names = literals(dag_file)
    values = {
        "var.value.npcwh_launcher": launcher,
        "var.value.npcwh_source": source,
        "var.value.npcwh_landing": landing,
        "var.value.npcwh_warehouse": warehouse,
    }
    for grain in GRAINS:
        values[JINJA.fullmatch(names[grain]).group(1).strip()] = periods[grain]
    return values


def render(template: str, values: dict[str, str]) -> str:
    """The template with every {{ expression }} replaced; an unknown expression raises KeyError."""

    def value(match: re.Match) -> str:
        expression = match.group(1).strip()
        if expression not in values:
            raise KeyError(f"no sample value for the Jinja expression {{{{ {expression} }}}}")
        return values[expression]

    return JINJA.sub(value, template)


def arguments(command: str, env: dict[str, str]) -> list[str]:
    """The argument list bash makes of the command, each "$VAR" word replaced by env's value whole."""
    words = []
    for word in shlex.split(command):
        variable = VARIABLE.match(word)
        if variable:
            words.append(env[variable.group(1)])
        elif "$" in word:
            raise ValueError(f"'{word}' in {command!r}: a value must be a whole double-quoted \"$VARIABLE\"")
        else:
            words.append(word)
    return words


def command_lines(values: dict[str, str], dag_file: Path = DAG_FILE) -> list[list[str]]:
    """The argument lists of every stage, a stage with a period once per grain, in stage order."""
    names = literals(dag_file)
    env = {name: render(template, values) for name, template in names["STAGE_ENV"].items()}
    out = []
    for command in names["STAGE_COMMANDS"].values():
        if "$NPCWH_PERIOD" not in command:
            out.append(arguments(command, env))
            continue
        for grain in GRAINS:
            out.append(arguments(command, dict(env, NPCWH_PERIOD=render(names[grain], values))))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--launcher", default="./npcwh")
    parser.add_argument("--landing", default="/tmp/landing")
    parser.add_argument("--warehouse", default="/tmp/wh")
    parser.add_argument("--period", default="2023-06")
    parser.add_argument("--quarter", default="2023-Q2")
    parser.add_argument("--year", default="2023")
    parser.add_argument("--source", default="liaison")
    args = parser.parse_args(argv)
    periods = {"MONTH": args.period, "QUARTER": args.quarter, "YEAR": args.year}
    values = sample_values(args.launcher, args.landing, args.warehouse, periods, args.source)
    try:
        for words in command_lines(values):
            print(shlex.join(words))
    except (KeyError, ValueError) as error:
        print(f"render_commands: {error.args[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
