"""After a question about getting something done, "要钱不" asks the fee of that service, not of petitioning."""

from __future__ import annotations

import pytest

from actions.consultation import follow_up_answer

_BEFORE = "我爸腿脚不行好几年了 想给他办个残疾证 去哪里办"


@pytest.mark.parametrize("said", ["那办证要钱不", "评残要不要交钱", "辦證要錢嗎", "要收费吗 多少钱"])
def test_the_fee_of_the_service_is_answered(said):
    answer = follow_up_answer(_BEFORE, said)
    assert answer is not None
    assert "残联" in answer
    assert "诉讼费" not in answer


@pytest.mark.parametrize("said", ["反映这个要花钱吗", "打官司要钱吗"])
def test_the_fee_of_petitioning_is_left_to_the_fee_answer(said):
    assert follow_up_answer(_BEFORE, said) is None
