"""The load benchmark names its bottleneck from the figures of the level that failed, not from a fixed text."""

from bench.cluster import load


def _row(busy: float, shares: dict[str, float], failed: bool = True, kinds: dict | None = None) -> load.Row:
    levels = [
        {"citizens": 300, "p95": 0.1, "msgs_per_s": 20.0, "messages": 1200, "errors": 0, "error_kinds": {}}
    ]
    if failed:
        levels.append(
            {"citizens": 600, "p95": 12.0, "msgs_per_s": 37.0, "messages": 2000, "errors": 950,
             "error_kinds": kinds or {}}
        )  # fmt: skip
    return load.Row(rasa_servers=1, served=300, levels=levels, cpu_share=shares, machine_busy=busy)


def test_idle_cores_mean_the_server_itself_is_the_limit():
    text = load.verdict([_row(0.40, {"rasa1": 0.28, "action1": 0.03}, kinds={"503": 900, "no reply": 50})])
    assert "CPU was not the limit" in text
    assert "503 ×900" in text
    assert f"{0.28 * load.CORES:.0%} of one core" in text


def test_full_cores_taken_by_the_cluster_are_cpu_bound():
    assert "CPU bound" in load.verdict([_row(0.95, {"rasa1": 0.6, "rasa2": 0.3})])


def test_other_jobs_taking_the_machine_are_named():
    assert "measures the contention" in load.verdict([_row(0.95, {"rasa1": 0.15, "action1": 0.02})])


def test_every_level_passing_says_the_limit_is_higher():
    assert "above the levels tried" in load.verdict([_row(0.5, {"rasa1": 0.3}, failed=False)])


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


def test_a_rasa_server_using_its_whole_core_is_named():
    text = load.verdict([_row(0.49, {"rasa1": 0.36, "action1": 0.05}, kinds={"503": 464})])
    assert "one core at most" in text and "503 ×464" in text
