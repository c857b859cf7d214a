# SPDX-License-Identifier: MIT
"""Runs a connector.py for Connector Workbench: python3 -m fivetran_connector_sdk.workbench
--project DIR [--configuration FILE] [--state FILE]. Operations are written to standard
output as JSON lines (see the package docstring); the exit code is 0 after a successful
sync and 1 when the connector failed."""

import argparse
import importlib.util
import json
import os
import sys
import traceback

import fivetran_connector_sdk as sdk


def load_connector(project):
    """Imports connector.py under a private name, as the Fivetran CLI does, and finds the
    module-level Connector object."""
    path = os.path.join(project, "connector.py")
    sys.path.insert(0, project)
    spec = importlib.util.spec_from_file_location("connector_connector_code", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for value in vars(module).values():
        if isinstance(value, sdk.Connector):
            return value
    raise RuntimeError("The connector object is missing: connector.py must define connector = Connector(...) at module level.")


def main():
    parser = argparse.ArgumentParser(prog="fivetran_connector_sdk.workbench")
    parser.add_argument("--project", required=True)
    parser.add_argument("--configuration")
    parser.add_argument("--state")
    args = parser.parse_args()
    sdk._attach_channel()
    try:
        configuration = {}
        if args.configuration:
            with open(args.configuration, "r", encoding="utf-8") as f:
                configuration = json.load(f)
        state = {}
        if args.state:
            with open(args.state, "r", encoding="utf-8") as f:
                state = json.load(f)
        connector = load_connector(os.path.abspath(args.project))
        connector._sync(configuration, state)
    except BaseException as error:  # every failure is reported to the workbench, then the exit code says so
        sdk._sink.send({"op": "error", "message": f"{type(error).__name__}: {error}", "trace": traceback.format_exc()})
        sdk._sink.flush()
        return 1
    sdk._sink.send({"op": "done"})
    sdk._sink.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
