"""Plain labour-law questions workers and small traders ask mid-way: whether the general contractor pays what a
gang boss left owing, whether a work-injury claim needs the boss's consent, equal pay for agency workers, wages
from a bankrupt company, whether arbitration comes before the court, what arbitration needs, whether the boss
learns who complained and what if he fires them for it, a resignation pressed on workers when the factory moves,
whether a fine already paid comes back, whether debt collectors' harassment is against the law.

Each kind is a FAQ entry of knowledge/legal_routes.yml, named by what the question clause says and what the story
(with the message) tells; `actions.own_matter_questions` reads these after the working people's own
(`actions.worker_questions`). Patterns are searched in normalised text (simplified characters, half-width
digits). Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.question_kinds import QuestionKind
from actions.worker_questions import HURT, WAGES_OWED, both

_ANY = re.compile("")
# a dispute with an employer: its own words, not a shop's or a landlord's
LABOUR = r"仲裁|劳动|工资|工钱|欠薪|老板|上班|辞退|开除|炒|裁员|离职|辞职|员工|职工|社保|干活|工地|厂|公司|派遣|试用期|加班"
# told of a job: arbitration comes first only of a labour dispute ("公司" alone may be a developer)
_EMPLOYED = r"工资|工钱|欠薪|辞退|开除|炒了|裁员|离职|辞职|劳动合同|劳动关系|员工|职工|社保|加班|上班|试用期|派遣|劳动仲裁|打工"
# the one who employs, named as the one who must agree
_BOSS = r"老板|单位|公司|厂里|厂长|包工头|工头|项目部|老板娘|领导"
# the contractor above the gang boss: "总包", "总承包", "项目部", "施工单位"
_CONTRACTOR = r"总包|总承包|大包|项目部|施工单位|建筑公司|发包"
# a question whether someone must pay or answer for it
_OWES = r"负责|负不负责|管不管|要不要管|该不该管|有没有责任|有责任|担责|给钱|给不给|付钱|出钱|掏钱|赔|还钱|清偿|承担"
# asked whether it breaks the law: "犯不犯法", "违不违法", "这样合法吗"
_UNLAWFUL = r"犯法|违法|合法|犯罪|违不违法|能这样|可以这样|报警"
# the debt collectors named in the story
_COLLECTORS = r"催收|催债|讨债|要债|逼债|爆通讯录|通讯录|网贷|借贷|贷款|欠款|借了"
# told of a company in bankruptcy
_BANKRUPT = r"破产|清算组|管理人|宣告破产|申请破产"
# a fine imposed by an office (not a boss's deduction from the wages: worker_questions' wage_fines)
_FINED = r"罚款|罚了|罚单|罚我|被罚|处罚决定|交了?罚"
# "因为投诉把我开了", "告了他 他报复我咋办": fired (or worse) for complaining
_FOR_COMPLAINING = (
    r"(?:因为|为了?|就因为)[^,，。]{0,6}(?:这个|这事|投诉|举报|告|反映)[^,，。]{0,10}"
    r"(?:开|辞|炒|开除|辞退|解雇|报复|穿小鞋|不让干|赶走|扣)|"
    r"(?:投诉|举报|告|反映)(?:了|完)?[^,，。]{0,6}(?:把我|把俺|将我)?(?:开|辞|炒|开除|辞退|解雇)(?:了|掉)"
)

# (FAQ key, what the question clause says, what the story must tell); the first that fits answers
LABOUR_RIGHTS_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # "总包要不要负责啊", "项目部该不该给钱" of wages left owing on a site
    (
        "general_contractor_wages",
        re.compile(rf"(?:{_CONTRACTOR})[^,，。]{{0,8}}(?:{_OWES})|(?:找|告)(?:{_CONTRACTOR})"),
        re.compile(WAGES_OWED),
    ),
    # "工伤认定要老板同意吗", "厂里不签字能认工伤吗": no consent needed (工伤保险条例 第17条)
    (
        "work_injury_without_consent",
        re.compile(
            rf"(?:{_BOSS})[^,，。]{{0,4}}(?:同意|签字|盖章|点头|批准|认可|配合|开证明)|"
            rf"(?:{_BOSS})?不(?:同意|签字|盖章|配合|承认|认)[^,，。]{{0,8}}(?:能不能|能|还能|可以|咋|怎么)[^,，。]{{0,4}}(?:认定|申请|认|办)"
        ),
        re.compile(rf"工伤|{HURT}"),
    ),
    # "这算不算同工不同酬", "派遣的就该比正式工少拿吗"
    (
        "dispatch_equal_pay",
        re.compile(
            r"同工同酬|同工不同酬|(?:比|跟|和)正式工[^,，。]{0,8}(?:少|低|不一样|差)|"
            r"(?:一样|同样)的活[^,，。]{0,8}(?:少|低|不一样|差)"
        ),
        _ANY,
    ),
    # "你们能帮我要钱吗" of wages owed: the answer of "帮我们要回来"
    (
        "wages_recover",
        re.compile(r"(?:帮|替)(?:我|我们|俺|俺们|咱|咱们)?(?:把钱)?(?:要|讨|追)(?:钱|工钱|工资|账)"),
        # said alone it is the wages (the message may be all there is); a loan, a deposit or a fine is not
        re.compile(r"^(?![\s\S]*(?:借|贷|定金|押金|预付|学费|退款|罚款|房租|货款|彩礼|骗))"),
    ),
    # "跟正式工干一样的活 工资少一半 这合法吗" from an agency worker
    (
        "dispatch_equal_pay",
        re.compile(r"合法|违法|合理|算不算|能这样|可以这样|行吗|可以吗|咋办|怎么办|能不能要|能要"),
        both(r"派遣", r"正式工|合同工|同岗|一样的活|同样的活|同工", r"少|低|差|不一样"),
    ),
    # "多久能拿到钱", "还能要回来吗" of a company gone bankrupt
    (
        "bankruptcy_wages",
        re.compile(
            r"多久|多长时间|什么时候|啥时候|哪天|能不能拿|能拿|拿得到|拿不拿得到|要回来|要得回|拿回|找谁|找哪|"
            r"怎么办|咋办|咋整|排在|先给|优先|还有没有|还给不给"
        ),
        re.compile(_BANKRUPT),
    ),
    # "要不要先去仲裁", "能不能直接告到法院" of a labour dispute: arbitration first
    (
        "labour_arbitration_first",
        re.compile(
            r"(?:要不要|用不用|需不需要|需要|是不是要|是不是得|得不得|一定要|必须|非得|该不该|应该|是要)先(?:去)?(?:申请)?(?:劳动)?仲裁|"
            r"先(?:去)?(?:申请)?(?:劳动)?仲裁(?:还是|吗|么|嘛|不|呢|才)|"
            r"(?:能不能|可不可以|能|可以|能否)直接(?:去)?(?:法院|起诉|告|打官司)|直接(?:去)?(?:法院|起诉|告)[^,，。]{0,4}(?:行不行|吗|么|不|可以)|"
            r"仲裁前置"
        ),
        re.compile(_EMPLOYED),
    ),
    # "仲裁要准备什么材料", "去仲裁要带啥"
    (
        "arbitration_papers",
        re.compile(
            r"(?=.*仲裁)(?:.*(?:材料|准备|带什么|带啥|要啥|要什么|需要什么|申请书|手续|证据|咋写|怎么写))"
        ),
        _ANY,
    ),
    # "我想去仲裁 要准备啥": the arbitration said before the question
    (
        "arbitration_papers",
        re.compile(r"材料|准备什么|准备啥|带什么|带啥|要带|申请书|手续"),
        re.compile(r"(?:想|要|准备|打算|得|先)(?:去)?(?:申请|打)?(?:劳动)?仲裁(?!过|了|裁决|已)"),
    ),
    # "投诉欠薪老板会知道是我投诉的吗"
    (
        "labour_complaint_confidential",
        re.compile(
            r"(?:会|能|会不会)知道(?:是)?(?:我|俺)|知道是(?:我|俺)|(?:查|猜)(?:出|到)(?:是)?(?:我|俺)|保密|泄露|透露|(?:告诉|说给)(?:老板|公司|厂里)"
        ),
        both(r"投诉|举报|告|反映", rf"{WAGES_OWED}|社保|加班|劳动监察|劳动局|人社|监察大队"),
    ),
    # "那他要是因为这个把我开了咋办"
    (
        "complaint_dismissal",
        re.compile(_FOR_COMPLAINING),
        both(r"投诉|举报|告|反映|仲裁|监察", LABOUR),
    ),
    # "我们不签辞职书会怎样" when the factory moves away
    (
        "relocation_resignation",
        re.compile(
            r"不签|签不签|要不要签|该不该签|能不能不签|可以不签|不(?:写|交)辞职|辞职(?:书|信|申请)[^,，。]{0,6}(?:签|写)|补偿"
        ),
        re.compile(r"(?:厂|公司|单位|车间|工厂)[^。]{0,12}(?:搬|迁|挪)(?:到|去|走|了)|搬迁|迁址|迁厂|搬厂"),
    ),
    # "不签辞职书会怎样", "能不能不签" of a resignation pressed on a worker, with no move told
    (
        "resignation_refused",
        re.compile(r"不签|签不签|要不要签|该不该签|不写|不交|不(?:想|愿意)?(?:辞|走)"),
        re.compile(r"辞职(?:书|信|申请|报告)|离职(?:书|申请|协议)|自愿离职|自动离职|写辞职|签辞职"),
    ),
    # "打官司得多久" of wages owed: the inspection's and arbitration's own times, which come before a court
    (
        "wages_how_long",
        re.compile(
            r"(?:打官司|起诉|告|仲裁|法院|监察|投诉)[^,，。]{0,6}(?:多久|多长时间|几个月|要等多|啥时候有结果|什么时候有结果)"
        ),
        re.compile(WAGES_OWED),
    ),
    # "交罚款了还能退吗", "罚款交了能不能退回来"
    (
        "fine_refund",
        # "秤能要回来吗" asks for a thing seized, not the money paid
        re.compile(
            r"退(?:回|还|给|钱|吗|么|不|嘛)|还能退|能不能退|能退|返还|(?:钱|罚款)[^,，。]{0,6}(?:要回来|拿回来)"
        ),
        re.compile(_FINED),
    ),
    # "他们这样犯不犯法" of debt collectors' calls and threats
    (
        "debt_collection_unlawful",
        re.compile(_UNLAWFUL),
        re.compile(_COLLECTORS),
    ),
)
# general kinds that only these entries take over: "老板会知道是我告的吗" of a wage complaint told before (not a
# report of an official), "打官司得多久" of wages owed (arbitration and the labour inspectors come first)
ONLY_THESE = {
    QuestionKind.CONFIDENTIALITY: frozenset({"labour_complaint_confidential"}),
    QuestionKind.SUIT_TIME: frozenset({"wages_how_long"}),
    QuestionKind.WHAT_NEXT: frozenset({"relocation_resignation", "resignation_refused"}),
}
# asked of the story but about something else
LABOUR_RIGHTS_EXCEPT = {
    # a wage IOU goes straight to court (iou_suit); a work injury is recognised before anything is arbitrated; a
    # nanny's or a rider's relation is for worker_questions to read
    "labour_arbitration_first": re.compile(
        r"欠条|借条|打的条|打了(?:个|张)?条|工伤|保姆|家政|钟点工|月嫂|众包|骑手"
    ),
    # a fine by the boss is the wages' own (worker_questions.wage_fines); a refund of wages is not a fine's
    "wages_how_long": re.compile(r"欠条|借条|打的条|工伤|受伤|摔"),
    "fine_refund": re.compile(r"扣工资|工资[^。]{0,6}扣|扣[^。]{0,4}工资|押金|定金|预付|学费|会员|充值"),
    # a boss harassing the worker for the wages is no debt collection
    "debt_collection_unlawful": re.compile(r"欠薪|工资|工钱"),
    # an official reported, whose own secrecy is the petition's (第30条)
    "labour_complaint_confidential": re.compile(r"干部|书记|村长|主任|官员|纪委|贪污|受贿|腐败"),
    # a pension office's fine, a shop's or a review: not a factory moving
    "relocation_resignation": re.compile(r"拆迁|征收|征地|搬家|搬走了(?:的)?邻居"),
}
