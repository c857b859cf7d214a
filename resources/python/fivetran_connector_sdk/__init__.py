# SPDX-License-Identifier: MIT
"""Connector Workbench's local stand-in for the Fivetran Connector SDK (2.x interface).

It implements the documented interface of ``fivetran_connector_sdk`` (``Connector``,
``Operations`` and ``Logging``) so that a generated ``connector.py`` runs unchanged on a
machine without the SDK, without Java and without network access to Fivetran. It does
not talk gRPC: every operation becomes one JSON line for the workbench, which writes it
into its local warehouse.

Protocol (see docs/python-runtime.md): ``python3 -m fivetran_connector_sdk.workbench``
runs a connector and writes one JSON object per line to its standard output; anything
the connector prints goes to standard error instead, so it cannot corrupt the stream.

    {"op": "schema", "tables": [{"table": ..., "primary_key": [...], "columns": {...}}]}
    {"op": "upsert", "table": "t", "data": {...}}
    {"op": "update", "table": "t", "data": {...}}
    {"op": "delete", "table": "t", "data": {...}}
    {"op": "truncate", "table": "t"}
    {"op": "checkpoint", "state": {...}}
    {"op": "log", "level": "INFO", "message": "..."}
    {"op": "done"}   or   {"op": "error", "message": "...", "trace": "..."}

``Connector.debug()`` runs the connector in-process instead and prints a log and a
progress table like ``fivetran debug``.
"""

import base64
import datetime
import decimal
import enum
import json
import sys
import time

__version__ = "2.12.1+workbench"
__all__ = ["Connector", "Operations", "Logging"]

_TYPES = {
    "BOOLEAN", "SHORT", "INT", "LONG", "DECIMAL", "FLOAT", "DOUBLE", "NAIVE_DATE",
    "NAIVE_DATETIME", "UTC_DATETIME", "BINARY", "XML", "STRING", "JSON",
}


class _Sink:
    """Where operations go: the workbench's JSON-lines channel, or a debug log."""

    def __init__(self):
        self.channel = None
        self.declared = {}
        self.counts = {"Upserts": 0, "Updates": 0, "Deletes": 0, "Truncates": 0, "SchemaChanges": 0, "Checkpoints": 0}
        self.min_level = 0
        self.state = {}

    def send(self, message):
        if self.channel is not None:
            self.channel.write(json.dumps(message, ensure_ascii=False, separators=(",", ":")))
            self.channel.write("\n")

    def flush(self):
        if self.channel is not None:
            self.channel.flush()


_sink = _Sink()


class Logging:
    """Log messages; in Fivetran they appear in the connection's "Connector SDK logs"."""

    class Level(enum.IntEnum):
        DEBUG = 0
        FINE = 0
        INFO = 1
        WARNING = 2
        ERROR = 3
        SEVERE = 3
        CRITICAL = 4

    @staticmethod
    def _log(level, message, exception=None):
        text = str(message)
        if exception is not None:
            text += f": {type(exception).__name__}: {exception}"
        if level < _sink.min_level:
            return
        name = Logging.Level(level).name
        if _sink.channel is not None:
            _sink.send({"op": "log", "level": name, "message": text})
        else:
            stamp = datetime.datetime.now().strftime("%H:%M:%S.%f")[:-3]
            print(f"{stamp} {name} \u26a1 connector {text}", flush=True)

    @staticmethod
    def debug(message):
        Logging._log(Logging.Level.DEBUG, message)

    @staticmethod
    def fine(message):
        Logging._log(Logging.Level.DEBUG, message)

    @staticmethod
    def info(message):
        Logging._log(Logging.Level.INFO, message)

    @staticmethod
    def warning(message):
        Logging._log(Logging.Level.WARNING, message)

    @staticmethod
    def error(message, exception=None):
        Logging._log(Logging.Level.ERROR, message, exception)

    @staticmethod
    def severe(message, exception=None):
        Logging._log(Logging.Level.ERROR, message, exception)

    @staticmethod
    def critical(message, exception=None):
        Logging._log(Logging.Level.CRITICAL, message, exception)


class ConnectorError(Exception):
    """Raised by Operations.error(): it ends the sync."""


def _check_table(table):
    if not isinstance(table, str) or not table.strip():
        raise ValueError(f"Table names must be non-empty strings, got {table!r}.")


def _wire_value(table, column, value):
    """A Python value as JSON for the workbench, checked against a declared type the way
    the SDK checks it, so that code which Fivetran would reject fails here too."""
    declared = _sink.declared.get(table, {}).get(column)
    kind = declared if isinstance(declared, str) else (declared or {}).get("type")
    if value is None:
        return None
    if kind == "DECIMAL":
        if isinstance(value, bool) or isinstance(value, float):
            raise TypeError(f"{table}.{column} is DECIMAL: pass a str or int, not {type(value).__name__} ({value!r}).")
        return str(value)
    if kind == "UTC_DATETIME":
        if isinstance(value, datetime.datetime):
            if value.tzinfo is None:
                raise ValueError(f"{table}.{column} is UTC_DATETIME: the datetime needs a time zone.")
            return value.isoformat()
        if isinstance(value, str):
            text = value.replace("Z", "+00:00").replace("z", "+00:00")
            try:
                parsed = datetime.datetime.fromisoformat(text)
            except ValueError:
                parsed = None
            if parsed is None or parsed.tzinfo is None:
                raise ValueError(f"{table}.{column} is UTC_DATETIME: {value!r} needs an offset such as Z or +00:00.")
            return value
    if kind in ("SHORT", "INT", "LONG") and isinstance(value, float) and not value.is_integer():
        raise TypeError(f"{table}.{column} is {kind}: {value!r} is not an integer.")
    if kind == "BOOLEAN" and not isinstance(value, (bool, int, float, str)):
        raise TypeError(f"{table}.{column} is BOOLEAN: {value!r} is not a boolean.")
    return _plain(value)


def _plain(value):
    """Values JSON cannot carry, in the form the SDK sends them."""
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _row(table, data, what):
    _check_table(table)
    if not isinstance(data, dict):
        raise TypeError(f"{what} expects a dict of column values for {table}, got {type(data).__name__}.")
    return {str(column): _wire_value(table, column, value) for column, value in data.items()}


class Operations:
    """The operations a connector sends; since SDK 2.0 they are called directly (no yield)."""

    @staticmethod
    def upsert(table, data, *, file=None):
        if file is not None:
            raise NotImplementedError("File uploads are not supported by the workbench runtime.")
        _sink.send({"op": "upsert", "table": table, "data": _row(table, data, "upsert")})
        _sink.counts["Upserts"] += 1

    @staticmethod
    def update(table, modified, *, file=None):
        if file is not None:
            raise NotImplementedError("File uploads are not supported by the workbench runtime.")
        _sink.send({"op": "update", "table": table, "data": _row(table, modified, "update")})
        _sink.counts["Updates"] += 1

    @staticmethod
    def delete(table, keys):
        _sink.send({"op": "delete", "table": table, "data": _row(table, keys, "delete")})
        _sink.counts["Deletes"] += 1

    @staticmethod
    def truncate(table):
        _check_table(table)
        _sink.send({"op": "truncate", "table": table})
        _sink.counts["Truncates"] += 1

    @staticmethod
    def checkpoint(state):
        try:
            text = json.dumps(state)
        except (TypeError, ValueError) as error:
            raise TypeError(f"The state must be JSON-serialisable: {error}") from error
        _sink.state = json.loads(text)
        _sink.send({"op": "checkpoint", "state": _sink.state})
        # A checkpoint is where the real SDK waits for Fivetran; here it is where the
        # workbench gets everything written so far.
        _sink.flush()
        _sink.counts["Checkpoints"] += 1

    @staticmethod
    def error(message, trace=None):
        if not isinstance(message, str) or not message.strip():
            raise ValueError("Operations.error() needs a message.")
        raise ConnectorError(message if trace is None else f"{message}\n{trace}")

    @staticmethod
    def warning(message):
        Logging.warning(message)


def _validate_configuration(configuration):
    if not isinstance(configuration, dict):
        raise ValueError("The configuration must be a JSON object.")
    for key, value in configuration.items():
        if not isinstance(value, str):
            raise ValueError(f"Invalid configuration: all values must be strings ({key!r} is {type(value).__name__}).")


def _validate_schema(tables):
    """The checks of the SDK's process_tables(), so that a schema Fivetran refuses fails here too."""
    if not isinstance(tables, list):
        raise ValueError("schema() must return a list of table entries.")
    declared = {}
    for entry in tables:
        if not isinstance(entry, dict) or "table" not in entry:
            raise ValueError("Entry missing table name.")
        name = entry["table"]
        _check_table(name)
        if name in declared:
            raise ValueError(f"Table already defined: {name}")
        key = entry.get("primary_key", [])
        if not isinstance(key, list) or not all(isinstance(column, str) for column in key):
            raise ValueError(f"primary_key of {name} must be a list of column names.")
        columns = entry.get("columns", {})
        if not isinstance(columns, dict):
            raise ValueError(f"columns of {name} must be a dict.")
        for column, kind in columns.items():
            if isinstance(kind, str):
                if kind.upper() == "DECIMAL":
                    raise ValueError("DECIMAL data type missing precision and scale")
                if kind.upper() not in _TYPES:
                    raise ValueError(f"Unrecognized column type: {kind} ({name}.{column})")
            elif isinstance(kind, dict):
                if str(kind.get("type", "")).upper() != "DECIMAL" or "precision" not in kind or "scale" not in kind:
                    raise ValueError(f"Only DECIMAL columns take a dict with type, precision and scale ({name}.{column}).")
            else:
                raise ValueError(f"Unrecognized column type for {name}.{column}.")
        declared[name] = {
            column: (kind.upper() if isinstance(kind, str) else {**kind, "type": "DECIMAL"})
            for column, kind in columns.items()
        }
    return declared


class Connector:
    """A connector: its update() and, optionally, its schema()."""

    def __init__(self, update, schema=None, configuration_form=None):
        self.update_method = update
        self.schema_method = schema
        self.configuration_form = configuration_form

    def _sync(self, configuration, state):
        _validate_configuration(configuration)
        tables = self.schema_method(configuration) if self.schema_method else []
        _sink.declared = _validate_schema(tables)
        _sink.send({"op": "schema", "tables": _plain(tables)})
        _sink.counts["SchemaChanges"] += len(tables)
        result = self.update_method(configuration=configuration, state=state)
        # SDK 1.x connectors yield their operations; draining the generator runs them.
        if result is not None and hasattr(result, "__iter__") and not isinstance(result, (dict, str)):
            for _ in result:
                pass

    def debug(self, project_path=None, configuration=None, state=None, naming=None, log_level=Logging.Level.DEBUG):
        """Runs schema() and update() here, printing the log and a progress table like
        `fivetran debug`; the last checkpointed state is printed at the end."""
        if configuration is None:
            raise ValueError("A configuration is required: load configuration.json and pass it.")
        _sink.min_level = int(log_level)
        started = time.monotonic()
        state = dict(state or {})
        try:
            self._sync(configuration, state)
            status = "SUCCEEDED"
        except Exception as error:  # the report below says why, as the tester does
            Logging.critical("Sync failed", error)
            status = "FAILED"
        print("SYNC PROGRESS:")
        print("Operation     | Calls")
        print("------------- + ------------")
        for name, count in _sink.counts.items():
            print(f"{name:<13} | {count}")
        print(f"Checkpoint: {json.dumps(_sink.state)}")
        print(f"Sync {status} in {time.monotonic() - started:.1f} s")
        return status == "SUCCEEDED"


def _attach_channel():
    """Makes the process's standard output the operations channel, and sends what the
    connector itself prints to standard error, where the workbench shows it as log."""
    import os

    fd = os.dup(1)
    os.dup2(2, 1)
    _sink.channel = os.fdopen(fd, "w", encoding="utf-8", buffering=1 << 16)
    sys.stdout = sys.stderr
