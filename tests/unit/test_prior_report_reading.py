"""Earlier reports read as people write them: where they went, several places, plans, advice and denials."""

from __future__ import annotations

import pytest

from bot.parsing.prior_report import (
    NO_PRIOR_REPORT,
    REPORTED_NO_DETAILS,
    extract_prior_report,
    is_plan,
    names_where,
    read_prior_report_answer,
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # several places: every one is kept, with the reply after them
        ("打过物业电话好多回 也打过12345 都说会处理", "打过物业电话好多回 也打过12345 都说会处理"),
        ("找过村支书 还找过镇里 都推来推去", "找过村支书 还找过镇里 都推来推去"),
        ("去年去街道反映过，还打了12345，都没人管", "去年去街道反映过，还打了12345，都没人管"),
        (
            "去年找過村委會。今年又打了１２３４５，还是没人管。",
            "去年找过村委会。今年又打了12345，还是没人管",  # recorded simplified, digits half-width
        ),
        ("打过自来水公司 打过市长热线 都说管子老化", "打过自来水公司 打过市长热线 都说管子老化"),
        # the office named by its kind, not from a list
        ("找过医院医务科，叫我们自己去告", "找过医院医务科，叫我们自己去告"),
        ("找过学校教务处 说不归他们管", "找过学校教务处 说不归他们管"),
        ("打过燃气公司热线", "打过燃气公司热线"),
        ("去过县人社局两趟", "去过县人社局两趟"),
        # the police: reported is reported, however it is said
        ("报了警 别的地方还没去", "报了警"),
        ("上个月报过警，派出所说证据不够", "上个月报过警，派出所说证据不够"),
        ("十月份报的案 到现在没消息", "十月份报的案 到现在没消息"),
        ("我们去派出所报了案", "我们去派出所报了案"),
        # dialect and plain speech
        ("找过村上 村上不管", "找过村上 村上不管"),
        ("去过镇上好几回", "去过镇上好几回"),
        ("和村干部讲了，他们说上头没钱", "和村干部讲了，他们说上头没钱"),
        ("跟物业提过好几次", "跟物业提过好几次"),
        ("反映到了镇上 镇上说没钱", "反映到了镇上 镇上说没钱"),
        ("写信给市长 没回音", "写信给市长 没回音"),
        ("找过镇长两回", "找过镇长两回"),
        ("村里找过 没用", "村里找过 没用"),
        ("在12345平台上留言了", "在12345平台上留言了"),
        # the place first
        ("12345也打了 社区也找了 都没用", "12345也打了 社区也找了 都没用"),
        ("派出所也报了", "派出所也报了"),
        ("报给了社区 社区说等", "报给了社区 社区说等"),
        ("12345工单号是2023112", "12345工单号是2023112"),
        ("跑了十几趟镇上", "跑了十几趟镇上"),
        ("到了镇政府 没人", "到了镇政府 没人"),
        ("打过95598 说线路老化", "打过95598 说线路老化"),
        # the place said on its own after the report, other offices, few words
        ("反映过，社区", "反映过，社区"),
        ("反映过 是向街道办", "反映过 是向街道办"),
        ("之前投诉到消协了", "之前投诉到消协了"),
        ("找过妇联 妇联说让报警", "找过妇联 妇联说让报警"),
        # what the office said or did is kept with it
        ("报了警，做了笔录", "报了警，做了笔录"),
        ("打了热力公司电话 说派人来看 没来", "打了热力公司电话 说派人来看 没来"),
        # the office answered, so it was asked
        ("12315说让我找你们", "12315说让我找你们"),
        ("我回来了 12345说这个归你们管", "12345说这个归你们管"),
    ],
)
def test_where_they_went_is_read(text: str, span: str) -> None:
    assert extract_prior_report(text) == span
    assert names_where(span)


@pytest.mark.parametrize(
    "text",
    [
        "我们厂工资拖了半年 想明天一起去市信访局",
        "我先打个电话问问12315再说",
        "明天准备去街道问问",
        "打算下周去信访局",
        "过两天去找镇政府",
        "要不要打12345？",
        "可以去信访局吗",
        "能不能直接找市长热线",
        "街道让我们去法院起诉",
        "社区叫我们找物业",
        "先去居委会看看再说",
        "想找12345 但不知道怎么说",
        "告了村支书他会不会找我麻烦",
    ],
)
def test_a_plan_a_question_or_advice_is_no_report(text: str) -> None:
    assert extract_prior_report(text) is None
    assert is_plan(text)
    assert read_prior_report_answer(text) is None  # the question waits for the answer


@pytest.mark.parametrize(
    "text",
    [
        "找过医院医务科 让我们去法院告",  # the advice follows a report made
        "想了很多办法 找过街道也找过社区",
        "打过12345，他们说过两天来看",
    ],
)
def test_a_report_with_advice_or_a_later_date_in_it_is_a_report(text: str) -> None:
    found = extract_prior_report(text)
    assert found not in (None, NO_PRIOR_REPORT)
    assert not is_plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "反映了八百遍都没用",
        "我的事反映了半年没人管",
        "到处反映都没用",
        "投诉过好多次了",
        "找过他们好几次",
        "能找的都找遍了",
        "我都跑了十几趟了还是没人理",
        "打过 没人接",
        "都找过了 没用",
    ],
)
def test_a_complaint_of_being_ignored_says_no_place(text: str) -> None:
    found = extract_prior_report(text)
    assert found not in (None, NO_PRIOR_REPORT)
    assert not names_where(found)


def test_names_where_of_the_fixed_answers() -> None:
    assert names_where(NO_PRIOR_REPORT)
    assert not names_where(REPORTED_NO_DETAILS)
    assert not names_where(None)


@pytest.mark.parametrize(
    "text",
    [
        "还没去",
        "不敢去",
        "没 怕报复",
        "没有 这个没跟谁说过 怕报复",
        "谁也没找",
        "哪儿都没去过",
        "不知道该找谁",
        "没找過",  # traditional characters
        "還沒去過信訪局",
        "冇，第一次",
        "没有，头一回",
        "本来想去信访局 后来没去",
        "没敢跟任何人说",
        "不敢跟别人讲 怕报复",
    ],
)
def test_denials_to_the_question(text: str) -> None:
    assert read_prior_report_answer(text) == NO_PRIOR_REPORT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("没有 只跟物业说过", "只跟物业说过"),
        ("我回来了 12315说让我找你们 之前没反映过", "12315说让我找你们"),
        ("就报了警 别的地方没找", "就报了警"),
        ("有", REPORTED_NO_DETAILS),
        ("社区", "社区"),  # the place alone answers the question
        ("１２３４５", "12345"),
        ("村委会和镇政府", "村委会和镇政府"),
        ("在市长信箱", "在市长信箱"),
        ("这不是第一次了", REPORTED_NO_DETAILS),  # not the first time: reported before
        ("这不是第一次反映了 之前找过村里", "这不是第一次反映了 之前找过村里"),
        ("还没呢，想先问问你们", NO_PRIOR_REPORT),
        ("没呢 打算去", NO_PRIOR_REPORT),
        ("不知道", None),
    ],
)
def test_the_answer_to_the_question(text: str, expected: str | None) -> None:
    assert read_prior_report_answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我爸去了县医院做手术 医生把胆管弄破了",  # a visit to the hospital is the matter
        "我去公司讨薪 老板说没钱",
        "催收公司天天打电话骚扰我",
        "物业说没钱修",
        "打过官司 输了",  # a lawsuit is the court question's
        "镇里说了要修路 一直没修",
        "村里说要征地",
        "我要反映村里的低保问题",  # the matter itself, reported now
        "收到了处罚决定书",
        "退休后单位把补贴停了，以前谁都没通知我们",  # nobody told them: says nothing of reports
        "给13912345678打电话",  # digits of a phone number are no hotline
        "还没去",  # a denial only the question makes plain
        "不敢去",
    ],
)
def test_stories_without_an_earlier_report(text: str) -> None:
    assert extract_prior_report(text) is None


def test_places_told_apart_in_a_long_letter_are_all_kept() -> None:
    letter = "找过街道。孩子上学也难，天天走泥巴路。后来打过12345 还是没人管。希望领导重视"
    assert extract_prior_report(letter) == "找过街道；后来打过12345 还是没人管"
    long_letter = "去年找过街道办，说等通知。" + "路上全是泥，" * 20 + "今年又打了12345"
    found = extract_prior_report(long_letter)
    assert found is not None and found.startswith("去年找过街道办") and len(found) <= 80
