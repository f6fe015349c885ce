""" "我是伊犁 …": a place after 我是 is where the writer is from, never their name."""

from __future__ import annotations

import pytest

from bot.parsing.name import extract_name


@pytest.mark.parametrize("said", ["我是伊犁 哈萨克族", "我是白城 在长春打工", "本人伊犁 伊宁市的"])
def test_a_place_after_wo_shi_is_where_the_writer_is_from(said):
    assert extract_name(said) is None


@pytest.mark.parametrize(("said", "name"), [("我是王芳", "王芳"), ("我是张伟 电话13800001111", "张伟")])
def test_a_name_after_wo_shi_is_still_read(said, name):
    assert extract_name(said) == name
