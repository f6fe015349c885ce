"""Rasa's model graph run in the order dask runs it, without asking dask to schedule it again for every run.

Each message runs the model's graph about three times (the NLU pipeline, then the policies for each action):
`DaskGraphRunner.run` builds the graph of the nodes needed, and `dask.get` orders it (`dask.order`), keeps a
state machine of ready tasks and runs them one by one in this thread. For a graph of ten to twenty nodes that
bookkeeping was about 8% of the Rasa server's CPU per message (py-spy, 2026-12-05), for the same order each
time: dask's order depends only on the graph's keys and dependencies.

So the first run of a graph of a given shape (keys, each node's inputs, targets) goes through dask with each
node's call recorded, and later runs of that shape call the nodes in the recorded order with the same
arguments (the outputs of the nodes they need, or the input tuples Rasa put in the graph). Same nodes, same
order, same inputs, same outputs; an error is raised as dask raises it (the node's own exception). A graph
of any other form (anything but node names as inputs) goes to Rasa's own `run`.
"""

from __future__ import annotations

import logging
from typing import Any

import dask
from dask.core import istask
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

from bot.rasa_plugins.patches.swap import replace

logger = logging.getLogger("rasa.engine.runner.dask")  # Rasa's logger for this runner
SCHEMAS = "_intake_minimal_schemas"  # attribute on a runner: targets → its minimal graph schema
MAX_SHAPES = 256
_orders: dict[tuple, tuple[str, ...]] = {}  # graph shape → the keys in the order dask ran their nodes
_rasa_run: Any = None


def shape_of(graph: dict[str, Any], targets: list[str]) -> tuple | None:
    """What dask's order depends on, or None for a graph this module leaves to dask."""
    parts = []
    for key, task in graph.items():
        if istask(task):
            if not all(type(need) is str for need in task[1:]):
                return None
            parts.append((key, task[1:]))
        elif type(task) is tuple and len(task) == 2 and type(task[0]) is str:  # an input, as Rasa adds them
            parts.append((key, None))
        else:
            return None
    return tuple(parts), tuple(targets)


def _recorded(graph: dict[str, Any], targets: list[str]) -> tuple[Any, tuple[str, ...]]:
    """dask's result for the graph, and the keys of the nodes in the order dask called them."""
    order: list[str] = []

    def recording(key: str, node: Any) -> Any:
        def call(*args: Any) -> Any:
            order.append(key)
            return node(*args)

        return call

    graph = {
        key: (recording(key, task[0]), *task[1:]) if istask(task) else task for key, task in graph.items()
    }
    return dask.get(graph, targets), tuple(order)


def _replayed(graph: dict[str, Any], targets: list[str], order: tuple[str, ...]) -> tuple:
    """The nodes called in `order`, each with the values of the keys it needs (as dask passes them)."""
    values = {key: task for key, task in graph.items() if not istask(task)}
    for key in order:
        node, *needs = graph[key]
        values[key] = node(*(values.get(need, need) for need in needs))
    return tuple(values[target] for target in targets)


def _minimal_schema(self: DaskGraphRunner, targets: list[str]) -> Any:
    schemas = self.__dict__.setdefault(SCHEMAS, {})
    key = tuple(targets)
    if key not in schemas:
        schemas[key] = self._graph_schema.minimal_graph_schema(targets)
    return schemas[key]


def run(self: DaskGraphRunner, inputs: dict[str, Any] | None = None, targets: list[str] | None = None) -> Any:
    """Drop-in for `DaskGraphRunner.run`."""
    run_targets = targets if targets else self._graph_schema.target_names
    if type(run_targets) is not list:
        return _rasa_run(self, inputs, targets)
    run_graph = self._build_dask_graph(_minimal_schema(self, run_targets))
    if inputs:
        self._add_inputs_to_graph(inputs, run_graph)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            f"Running graph with inputs: {inputs}, targets: {targets} and {self._execution_context}."
        )
    shape = shape_of(run_graph, run_targets)
    try:
        order = _orders.get(shape) if shape is not None else None
        if order is not None:
            return dict(_replayed(run_graph, run_targets, order))
        result, order = _recorded(run_graph, run_targets)
        if shape is not None:
            if len(_orders) >= MAX_SHAPES:
                _orders.clear()
            _orders[shape] = order
        return dict(result)
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


def install() -> None:
    global _rasa_run
    _rasa_run = replace(DaskGraphRunner, "run", run)
