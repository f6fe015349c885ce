"""The load benchmark names its bottleneck from the figures of the level that failed, not from a fixed text."""

import importlib

from bench.cluster import load


def _row(busy: float, shares: dict[str, float], ms: float = 0.0, failed: bool = True, kinds=None, servers=1):
    levels = [
        {"citizens": 300, "p95": 0.1, "msgs_per_s": 20.0, "messages": 1200, "errors": 0, "error_kinds": {}}
    ]
    if failed:
        levels.append(
            {"citizens": 600, "p95": 12.0, "msgs_per_s": 37.0, "messages": 2000, "errors": 950,
             "error_kinds": kinds or {}, "cpu": shares, "cpu_ms_per_message": ms, "machine_busy": busy}
        )  # fmt: skip
    return load.Row(rasa_servers=servers, served=300, levels=levels, cpu_share=shares, machine_busy=busy)


def test_a_rasa_server_that_needs_its_whole_core_is_named():
    # 600 citizens = 40 msg/s at 33 ms: 1.3 cores in all, three quarters of them the one Rasa server's
    text = load.verdict(
        [_row(0.49, {"rasa1": 0.36, "action1": 0.07, "postgres": 0.05}, ms=33, kinds={"503": 464})]
    )
    assert "each Rasa server's one core" in text and "503 ×464" in text


def test_a_cluster_that_needs_every_core_is_cpu_bound():
    text = load.verdict([_row(0.75, {"rasa1": 0.29, "rasa2": 0.28, "action1": 0.1}, ms=50, servers=2)])
    assert "CPU bound" in text


def test_idle_cores_and_cheap_messages_point_at_waits():
    assert "not CPU" in load.verdict([_row(0.3, {"rasa1": 0.2, "action1": 0.05}, ms=10)])


def test_other_jobs_taking_the_machine_are_named():
    assert "measures the contention" in load.verdict([_row(0.95, {"rasa1": 0.15, "action1": 0.02}, ms=30)])


def test_every_level_passing_says_the_limit_is_higher():
    assert "above the levels tried" in load.verdict([_row(0.5, {"rasa1": 0.3}, failed=False)])


def test_the_target_line_says_what_cpu_per_message_the_target_needs():
    line = load.target_line([_row(0.75, {"rasa1": 0.3}, ms=33)])
    assert "2.6 cores" in line and "22 ms" in line


def test_each_level_gets_its_own_cpu_shares_and_cpu_per_message():
    from bench.citizens import Level

    ticks = load.TICKS
    snapshots = [
        {"rasa1": 0, "postgres": 0, "load generator": 0, "_busy": 0, "_all": 0},
        {"rasa1": 2 * ticks, "postgres": ticks, "load generator": 0, "_busy": 4 * ticks, "_all": 10 * ticks},
    ]
    level = Level(300, 0.2, 20.0, 1200, 0, {}, sent=1500)
    (row,) = load.level_rows([level], snapshots)
    assert row["cpu"] == {"rasa1": 0.2, "postgres": 0.1}
    assert row["machine_busy"] == 0.4
    assert row["cpu_ms_per_message"] == 2.0  # 3 s of the cluster's CPU over 1,500 messages


def test_every_cluster_bench_module_imports() -> None:
    # bench.cluster.profile kept importing names that moved when the load bench was split, and broke unseen
    for name in (
        "bench.cluster.load",
        "bench.cluster.profile",
        "bench.cluster.cpu",
        "bench.cluster.load_report",
    ):
        assert importlib.import_module(name) is not None
