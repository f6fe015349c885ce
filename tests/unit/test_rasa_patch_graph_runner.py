"""The model graph run by bot.rasa_plugins.patches.graph_runner calls the same nodes in the same order with the
same arguments as dask, and gives the same result, on random graphs shaped like Rasa's (nodes that need other
nodes by name, inputs as Rasa adds them). The trained model's whole graph, with and without the patches, is
compared in tests/e2e/test_rasa_patches_model.py."""

from __future__ import annotations

import random

import dask
import pytest

from bot.rasa_plugins.patches import graph_runner

TRACKER = object()


class Node:
    """A graph node like Rasa's: returns (its name, a value made from its inputs) and notes each call."""

    def __init__(self, name: str, calls: list) -> None:
        self.name, self.calls = name, calls

    def __call__(self, *inputs):
        self.calls.append((self.name, inputs))
        return self.name, (self.name, tuple(value for _, value in inputs))


def _graph(rng: random.Random, calls: list) -> tuple[dict, list[str]]:
    names = [
        f"{rng.choice(['run_', 'nlu_', 'policy_', 'domain_'])}{rng.choice('ABCDEFGH')}{n}" for n in range(14)
    ]
    rng.shuffle(names)
    graph: dict = {"__message__": ("__message__", ["我要反映问题"]), "__tracker__": ("__tracker__", TRACKER)}
    for n, name in enumerate(names):
        earlier = list(graph)[: 2 + n]
        needs = rng.sample(earlier, rng.randint(1, min(3, len(earlier))))
        graph[name] = (Node(name, calls), *needs)
    targets = rng.sample(names[-6:], rng.randint(1, 3))
    return graph, targets


def test_the_same_calls_in_the_same_order_as_dask() -> None:
    rng = random.Random(3)
    for _ in range(60):
        seed = rng.random()
        dask_calls: list = []
        graph, targets = _graph(random.Random(seed), dask_calls)
        expected = dask.get(graph, targets)
        recorded_calls: list = []
        graph, targets = _graph(random.Random(seed), recorded_calls)
        result, order = graph_runner._recorded(graph, targets)
        replayed_calls: list = []
        graph, targets = _graph(random.Random(seed), replayed_calls)
        replayed = graph_runner._replayed(graph, targets, order)
        assert result == expected and replayed == expected
        assert recorded_calls == dask_calls and replayed_calls == dask_calls
        assert [name for name, _ in dask_calls] == list(order)


def test_only_rasas_form_of_graph_is_replayed() -> None:
    calls: list = []
    graph, targets = _graph(random.Random(1), calls)
    assert graph_runner.shape_of(graph, targets) is not None
    assert graph_runner.shape_of({**graph, "x": (Node("x", calls), 3)}, targets) is None  # a literal argument
    assert graph_runner.shape_of({**graph, "y": 5}, targets) is None


def test_a_node_error_is_raised_as_dask_raises_it() -> None:
    def broken(*_):
        raise KeyError("no such slot")

    graph = {"__tracker__": ("__tracker__", None), "a": (broken, "__tracker__")}
    with pytest.raises(KeyError):
        dask.get(graph, ["a"])
    with pytest.raises(KeyError):
        graph_runner._replayed(graph, ["a"], ("a",))
