"""Villagers' questions about their own matter (actions.village_questions): each gets its reviewed answer, read
with the story told before, in dialect, traditional characters and voice-input run-ons; near questions keep
theirs, and a shrug after an answer ("哪个敢", "打那官司做啥") asks nothing."""

from __future__ import annotations

import pytest

from actions.own_matter_questions import asked_key
from actions.question_detect import detect_question
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer
from bot.domain.text import normalize_for_parsing
from bot.parsing.legal_status import detect_legal_status


def _key(story: str, question: str) -> str | None:
    clean = normalize_for_parsing(question)
    return asked_key(clean, normalize_for_parsing(f"{story}\n{question}"))


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(normalize_for_parsing(question)), question, story=story) or ""


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("", "俺闺女嫁到外村了 户口没迁 村里分征地款有她的份不", "married_out_share"),
        ("我离婚了户口还在娘家村里 村里分红不给我", "我有没有份", "married_out_share"),
        ("村里說嫁出去的女是潑出去的水 征地款不給我們", "這合法嗎", "married_out_share"),
        ("入赘的上门女婿 村里集体分红不给", "该不该给", "married_out_share"),
        ("申请危房改造两年都没批下来", "还能接着申请不", "dilapidated_house_apply"),
        ("俺家是危房 报上去了", "今年还能批下来不", "dilapidated_house_apply"),
        ("老房子墙上裂了好几道大缝子", "下雨天还能住人不", "cracked_house_safety"),
        ("屋里房梁都歪了", "俺娘住着危险不", "cracked_house_safety"),
        ("后山那个坡一下雨就掉石头", "要不要搬出去啊", "landslide_leave"),
        ("屋后头山体滑坡 裂了好长的口子", "晚上还能住不", "landslide_leave"),
        ("他拿锄头把打俺头 起了个大包", "要不要去医院", "headache_doctor"),
        ("被推倒磕到后脑勺 现在还晕乎乎的", "这要紧不", "headache_doctor"),
        ("村里的账十几年没公开过", "能不能直接告他", "village_accounts"),
        ("组里账目从来不公开 问了也不给看", "这个找谁管", "village_accounts"),
        ("化工厂夜里放水 味冲得很 俺头疼好几天了", "俺这头疼要紧不 要去医院不", "headache_doctor"),
        (
            "镇上天天来做工作让签字 不签就说低保医保都给停了",
            "对 他们说不签就停低保医保 这合法吗",
            "benefits_for_signature",
        ),
        ("不簽字就把俺家低保取消", "這樣違法不", "benefits_for_signature"),
        ("承包地合同还没到期 村委会就收回去了", "能不能告村委会嘛", "land_contract_taken"),
        ("俺家的责任田叫组里调走了 给了村长亲戚", "这能去告他们不", "land_contract_taken"),
        ("两个村为一片山林吵了好多年 都说是祖上的", "要不要先找乡里", "land_title_government"),
        ("林權證上寫的是我們村 他們硬說是他們的", "能直接去法院起訴嗎", "land_title_government"),
        ("俺家老房子翻盖", "批这个要花钱不", "homestead_approval_fee"),
        ("想在宅基地上盖新房", "审批要交多少钱", "homestead_approval_fee"),
        ("俺家老房子翻盖", "宅基地要不要审批 去哪批", "homestead_approval"),
        ("村里修路占了我家的自留地 一分钱没给", "该不该补偿我", "village_took_land"),
        ("组里挖渠占了俺家两分田", "得给俺钱不", "village_took_land"),
        ("隔壁村把水渠堵了 俺们的稻子浇不上水", "这能打官司不 俺们损失谁赔", "neighbour_water_loss"),
        ("上游邻村修坝截水 田里一滴水都没有", "损失找谁赔", "neighbour_water_loss"),
        ("退耕还林的补助往年一亩一百二 今年只发了六十", "是真的不", "reforestation_cut"),
        ("退耕还林补助少了一半", "那补助到底是不是调了", "reforestation_cut"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _key(story, question) == key


@pytest.mark.parametrize(
    ("story", "question", "not_key"),
    [
        ("俺闺女嫁到外村了", "户口要迁吗", "married_out_share"),  # the register, not a share
        ("我家宅基地被邻居占了一截", "能告他吗", "land_title_government"),  # a boundary crossed, not who owns
        ("村里收回承包地", "反映这个要花钱吗", "homestead_approval_fee"),  # the petition's fees
        ("俺家老房子翻盖 邻居不让", "反映要花钱不", "homestead_approval_fee"),  # nothing approved
        ("县里征地 每亩补得太少", "该不该补偿我", "village_took_land"),  # the state took it
        ("退耕还林的补助", "每亩应该给多少", "reforestation_cut"),  # the rate, not a cut
        ("危房改造的钱给了村主任小舅子", "能保密吗", "dilapidated_house_apply"),  # 第30条
        ("我们村的账十几年没公开过", "我想问问信访有用没", "village_accounts"),  # whether petitioning helps
    ],
)
def test_near_questions_keep_their_answers(story: str, question: str, not_key: str) -> None:
    assert _key(story, question) != not_key


@pytest.mark.parametrize(
    "message",
    [
        "没有 哪个敢",
        "没有 打那官司做啥",
        "没 谁敢告他们啊",
        "告他干啥 俺就要钱",
        "沒有 哪個敢",
        "没有，谁敢哦！",
    ],
)
def test_a_shrug_after_an_answer_asks_nothing(message: str) -> None:
    assert detect_question(normalize_for_parsing(message)) is None


@pytest.mark.parametrize(
    "message",
    [
        "沒有 要不要先找鄉里",
        "俺这头疼要紧不 要去医院不",
        "是真的不",
        "该去医院不",
        "谁敢管这个事？你们管不管",
    ],
)
def test_questions_after_an_answer_are_asked(message: str) -> None:
    assert detect_question(normalize_for_parsing(message)) is not None


def test_answers_say_yes_or_no_first_and_cite_the_law() -> None:
    assert faq_answer("married_out_share").startswith("有份") and "妇女权益保障法第55条" in faq_answer(
        "married_out_share"
    )
    # "这合法不" and "能告吗" alike: the plain no of 第27条 first, then how to get the field back
    assert faq_answer("land_contract_taken").startswith("村里不能收") and "不得收回" in faq_answer(
        "land_contract_taken"
    )
    assert faq_answer("land_title_government").startswith("要先找政府") and "县级以上人民政府" in faq_answer(
        "land_title_government"
    )
    assert faq_answer("village_accounts").startswith("一般不是") and "村民委员会组织法第31条" in faq_answer(
        "village_accounts"
    )
    assert faq_answer("village_took_land").startswith("该补偿") and "土地管理法第66条" in faq_answer(
        "village_took_land"
    )
    assert "国家赔偿" not in faq_answer("neighbour_water_loss") and "民法典第290条" in faq_answer(
        "neighbour_water_loss"
    )
    assert "撤离" in faq_answer("landslide_leave") and "地质灾害" in faq_answer("landslide_leave")
    assert "120" in faq_answer("headache_doctor") and faq_answer("headache_doctor").startswith("要去")
    assert "诉讼费" not in faq_answer("homestead_approval_fee")
    assert "林业和草原" in faq_answer("reforestation_cut")
    assert "住房和城乡建设" in faq_answer("dilapidated_house_apply")


def test_a_question_in_context_gets_the_village_answer_not_the_general_one() -> None:
    assert "派出所" not in _answer("", "我问一下哈 嫁出去的闺女 户口还在村里 村里分征地款有没有她的份")
    assert "国家赔偿" not in _answer("隔壁村把水渠堵了 庄稼全旱死了", "没有 这能打官司不 俺们损失谁赔")
    assert "不收费" not in _answer(
        "村里修路占了我家的自留地", "我不是问你们收不收费 我问的是村里占了我的地该不该补偿我"
    )


@pytest.mark.parametrize("message", ["没有 打那官司做啥", "没打 告他干嘛", "没有 哪个敢"])
def test_a_shrug_at_the_court_question_is_a_no(message: str) -> None:
    assert detect_legal_status(message) == "none"


def test_a_follow_up_after_a_homestead_question_gets_its_fee_answer() -> None:
    assert "诉讼费" not in _answer("俺家老房子翻盖 宅基地要不要审批 去哪批", "批这个要花钱不")
