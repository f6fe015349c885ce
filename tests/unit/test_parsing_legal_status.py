from __future__ import annotations

import pytest

from bot.parsing.legal_status import LEGAL_STATUS_LABELS, detect_legal_status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已经起诉了，还没判", "in_court"),
        ("还没判", "in_court"),  # a judgement can only be pending in a suit
        ("还没有开庭", "in_court"),
        ("下个月开庭", "in_court"),
        ("法院已经立案了", "in_court"),
        ("在打官司", "in_court"),
        ("法院判决了但是对方不执行", "judged"),
        ("申请了强制执行", "judged"),
        ("已经判了", "judged"),
        ("一审判了，我上诉了", "judged"),
        ("二审维持原判", "judged"),
        ("法院判我赔钱", "judged"),
        ("去年申请了劳动仲裁", "in_arbitration"),
        ("仲裁裁决后对方不履行", "in_arbitration"),
        ("对处罚决定不服", "administrative_decision"),
        ("申请了行政复议", "administrative_decision"),
        ("城管给了我罚单", "administrative_decision"),
        # a fine told with its sum is the decision itself
        ("运管说我非法营运 罚了两万 还把车拖走了", "administrative_decision"),
        ("环保局罚俺三千块", "administrative_decision"),
        ("交警罰款２００", "administrative_decision"),  # traditional, full-width digits
        ("罚了5000 也没打官司", "administrative_decision"),
        # an employer's fine is no administrative decision
        ("厂里罚了我两百 说我迟到", None),
        ("老板罚款500块 扣在工资里", None),
        # every sum in a message where the employer fines is the employer's
        ("站长乱罚款 这个月又罚了我800多块", None),
        ("网点老板动不动就罚款 一单投诉罚200 虚假签收罚500", None),
        ("公司規定遲到罰款 上個月罰了我３００", None),  # traditional, full-width digits
        ("罚款会罚多少钱", None),
        ("征收决定下来了", "administrative_decision"),
        ("不服处罚决定，起诉到法院", "in_court"),  # the furthest procedure wins
        ("仲裁以后又去法院起诉了", "in_court"),
        ("没起诉", "none"),
        ("沒有起訴", "none"),
        ("没打官司", "none"),
        ("我没钱打官司", "none"),
        ("没有申请仲裁", "none"),
        ("没有", "none"),
        ("都没有。", "none"),
        ("没有走法律程序", "none"),
        ("没有起诉，也没有开庭", "none"),
        ("没有起诉，也没有判决", "none"),
    ],
)
def test_detect_legal_status(text: str, expected: str) -> None:
    assert detect_legal_status(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我想起诉他们",  # only an intention
        "能不能申请仲裁",
        "需要走诉讼吗",
        "跟公司谈判没结果",
        "判断不了",
        "公安不予立案",
        "物业乱收费",
        "不知道",
        "",
        None,
    ],
)
def test_no_status(text: str | None) -> None:
    assert detect_legal_status(text) is None


def test_labels_cover_all_codes() -> None:
    assert set(LEGAL_STATUS_LABELS) == {
        "in_court",
        "judged",
        "in_arbitration",
        "administrative_decision",
        "none",
    }
    assert all(label and "_" not in label for label in LEGAL_STATUS_LABELS.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("没有打官司 我一个老人家打么子官司", "none"),
        ("我一个老人家打么子官司", "none"),
        ("哪有钱打官司", "none"),
        ("打个屁官司", "none"),  # crude, and a no
        ("打个屁的官司 老子没钱", "none"),
        ("仲裁个屁", "none"),
        ("谁跟你打官司了", "none"),
        ("打不起官司", "none"),
        ("没得打官司", "none"),
        ("冇打官司", "none"),
        ("官司没打", "none"),
        ("仲裁还没申请", "none"),
        ("法院没去过", "none"),
        ("判决不公", "judged"),
        ("对判决不服", "judged"),
        ("打官司了", "in_court"),
    ],
)
def test_denials_after_the_word_and_rhetorical_questions(text, expected):
    assert detect_legal_status(text) == expected


def test_names_procedure():
    from bot.parsing.legal_status import names_procedure

    assert names_procedure("想起诉但是没钱")
    assert not names_procedure("没有")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("已经申请劳动仲裁了 还没开庭", "in_arbitration"),  # the arbitration's hearing
        ("仲裁下个月开庭", "in_arbitration"),
        ("仲裁裁决了，公司又起诉到法院，下个月开庭", "in_court"),
        ("后来检察院不起诉放了，想申请国家赔偿", "none"),  # nobody is suing
        ("法院还没开庭", "in_court"),
        ("没有打过官司", "none"),  # the denial reaches past 打过
        ("没打过官司", "none"),
    ],
)
def test_hearings_of_arbitrations_and_decisions_not_to_prosecute(text, status):
    assert detect_legal_status(text) == status


@pytest.mark.parametrize(
    "text",
    [
        "没告 上哪告去",
        "没告",
        "还没去告",
        "没告过",
        "没告呢 不知道上哪告",
        "没有 我上哪打官司去",
        "没告，告不起",
        "不告了 算了",
        "俺们往哪儿告去",
        "哪有起诉啊 俺就是问问打官司值不值当 没打",  # "哪有…" says there is none
        "哪有打官司",
    ],
)
def test_not_suing_said_with_gao_alone_or_asking_where_is_none(text):
    # 告 alone is how many people say "sue"; "上哪告去" asks where, so nobody has sued yet
    assert detect_legal_status(text) == "none"


@pytest.mark.parametrize("text", ["没告诉我", "还没告诉他们", "没有控告过谁", "公告贴出来了"])
def test_gao_inside_other_words_says_nothing_about_a_suit(text):
    assert detect_legal_status(text) is None


def test_gao_to_a_court_stays_a_suit():
    assert detect_legal_status("已经告到法院了") == "in_court"


@pytest.mark.parametrize(
    "text",
    [
        "有业主起诉了 判了 开发商没钱执行不了 我自己没起诉",  # others sued; the citizen has not
        "别人起诉了 我没有",
        "有的工友去仲裁了 俺还没申请",
        "没有 有家长报警了 派出所说是经济纠纷让我们起诉",  # the police's advice is nobody's suit
        "律师让我们起诉 我们还没起诉",
        "诉讼情况改成没有起诉",  # the field's own name is no suit
        "官司那一项改成没有",
    ],
)
def test_others_suing_or_advising_a_suit_leaves_the_citizen_with_none(text):
    assert detect_legal_status(text) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我没起诉 但是对方起诉我了", "in_court"),  # sued by the other side: the matter is in court
        ("有人起诉了", "in_court"),
        ("诉讼情况改成正在审理", "in_court"),
        ("官司那项改成法院判了", "judged"),
        ("没有，下个月开庭", "in_court"),
    ],
)
def test_a_suit_the_citizen_is_party_to_is_still_read(text, expected):
    assert detect_legal_status(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年八月县人民政府下了一个确权决定书，把山林判给了邻村，我们全村不服", "administrative_decision"),
        ("乡政府把那块地判给了他家", None),
        ("镇里调解 把宅基地判給了堂哥", None),
        ("还没判", "in_court"),
    ],
)
def test_awarded_to_someone_is_no_proceeding_in_court(text, expected):
    assert detect_legal_status(text) == expected
