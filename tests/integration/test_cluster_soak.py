"""The short form of `make soak`: a whole `make cluster` on free ports (PostgreSQL, Redis, 2 Rasa servers, 2 action
servers, the web app, HAProxy), citizens filing over REST, socket.io and WeChat while one Rasa server is killed
with SIGKILL and an action server, PostgreSQL and Redis restart. About 3 minutes; needs the trained model."""

from __future__ import annotations

import shutil

import pytest

from bench.cluster import soak
from bench.cluster.harness import running_cluster
from bench.stack import ensure_model
from tests.pg_server import find_bin_dir

pytestmark = pytest.mark.e2e

DUPLICATES_FROM_A_KILL = 2  # messages in flight on the killed server
MISSING = [name for name in ("redis-server", "haproxy", "curl") if shutil.which(name) is None]


@pytest.mark.skipif(
    bool(MISSING), reason=f"not installed: {MISSING} (scripts/ensure_redis.sh, ensure_haproxy.sh)"
)
@pytest.mark.skipif(
    find_bin_dir() is None, reason="no PostgreSQL server binaries (scripts/ensure_postgres.sh)"
)
def test_no_message_slot_or_case_is_lost_while_parts_fail() -> None:
    ensure_model()
    with running_cluster(name="cluster-soak-test") as cluster:
        report = soak.run_soak(cluster, soak.SHORT)
    print(soak.render(report))
    assert {row["fault"] for row in report.p95} == {name for name, _ in soak.faults(cluster)}
    assert report.intakes >= soak.SHORT.citizens and set(report.by_channel) == {"rest", "socketio", "wechat"}
    assert report.unanswered == 0, report.problems
    # a server killed after saving a WeChat message's turn but before marking it finished used to have it run
    # again by the other server; the takeover now answers from the saved turn (test_cluster_wechat_takeover).
    # The tolerance stays until a soak run shows 0 (2026-12-05: the run stopped first, the killed server still
    # loading its model after 150 s on a machine at load 9); no case is ever filed twice (the filing key)
    assert report.duplicates <= DUPLICATES_FROM_A_KILL and report.duplicate_cases == 0, report.problems
    assert report.lost_messages == 0, report.problems
    assert report.lost_slots == 0 and report.cases_missing == 0, report.problems
    assert report.finished == report.intakes, report.problems
