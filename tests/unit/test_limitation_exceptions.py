"""Wherever the bot tells a citizen the 3-year limitation of a civil claim (民法典 第188条), it also says, in plain
words, which claims it does not bar (民法典 第196条): stopping an infringement, removing an obstruction or a
danger; the return of immovable or registered movable property; support, maintenance and 赡养 payments."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import explain_route, faq_answer, load_knowledge

# what 第196条 lists, in the plain words the bot uses
NOT_BARRED = ("停止侵害", "排除妨碍", "消除危险", "返还", "赡养费", "抚养费", "扶养费", "不受诉讼时效")


def _civil_three_years(text: str) -> bool:
    """The text tells the 3-year limitation for civil claims in general (not only a claim for damages)."""
    return "诉讼时效一般是3年" in text and "要赔偿" not in text and "请求赔偿" not in text


@pytest.mark.parametrize("key", ["litigation", "can_i_sue"])
def test_faq_answers_that_tell_the_three_years_name_what_it_does_not_bar(key: str) -> None:
    answer = faq_answer(key)
    assert _civil_three_years(answer)
    for words in NOT_BARRED:
        assert words in answer, words
    assert answer.index("第188条") < answer.index("第196条")


@pytest.mark.parametrize("variant", [None, "civil_dispute"])
def test_civil_routes_name_the_claims_without_a_limitation_period(variant: str | None) -> None:
    text = explain_route("litigation", variant)
    for words in NOT_BARRED:
        assert words in text, words
    assert "第196条" in text


def test_every_time_limit_citing_188_for_any_claim_is_followed_by_196() -> None:
    """A route view whose limits cite 第188条 for civil claims in general also cites 第196条; a limit told only
    for damages (a hospital's) needs no exception: a claim for damages is barred after 3 years."""
    kb = load_knowledge()
    for code, route in kb.routes.items():
        for view in [route.base, *route.variants.values()]:
            articles = [item.article for item in view.time_limits if item.law == "民法典"]
            general = [
                item
                for item in view.time_limits
                if item.article == "第188条" and "赔偿" not in item.text.split("诉讼时效")[0]
            ]
            if general:
                assert "第196条" in articles, (code, view.key)


def test_the_property_returned_is_immovable_or_registered() -> None:
    """第196条第二项 covers only immovables and registered movables: a loan or goods are not returned timelessly."""
    for text in (
        faq_answer("litigation"),
        faq_answer("can_i_sue"),
        explain_route("litigation", "civil_dispute"),
    ):
        assert "不动产" in text and "登记过的" in text
