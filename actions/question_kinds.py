"""The kinds of question a citizen asks mid-way, and the FAQ entry of the knowledge file that answers each.

The words that detect each kind are in `actions.question_detect`; the answers are built in `actions.questions`.
"""

from __future__ import annotations

from enum import Enum


class QuestionKind(Enum):
    FEES = "fees"  # 要不要花钱、收费吗
    CONFIDENTIALITY = "confidentiality"  # 会不会知道是我反映的、保密吗
    ANONYMOUS = "anonymous"  # 能不能匿名
    WHICH_OFFICE = "which_office"  # 该找哪个部门、归谁管
    CAN_I_SUE = "can_i_sue"  # 能不能起诉、要不要打官司
    WHEN_HANDLED = "when_handled"  # 什么时候有人来管、多久有回复
    WILL_YOU_ACT = "will_you_act"  # 你们管不管、能管吗、有人管吗
    WHAT_NEXT = "what_next"  # 提交以后呢、接下来怎么办
    WHY_ASKED = "why_asked"  # 要地址干嘛、为啥要留电话、问这么细干什么
    ARE_YOU_A_BOT = "are_you_a_bot"  # 你是机器人吗、是真人吗
    VISIT_TOGETHER = "visit_together"  # 我们二十几个人能不能一起去
    MATERIALS = "materials"  # 要带啥材料、需要准备什么证据
    GET_BACK = "get_back"  # 东西能要回来吗
    POLICE_NO_CASE = "police_no_case"  # 是不是他们不给立案啊
    NEED_TO_FILE = "need_to_file"  # 那还用登记吗
    DOUBLE_WAGES = "double_wages"  # 没签合同的双倍工资能要吗
    SUPPORT = "support"  # 儿子们都不给养老钱 能要赡养费吗
    CHILD_SUPPORT = "child_support"  # 离婚了孩子抚养费他不给 能找你们吗
    ARBITRATION_TIME = "arbitration_time"  # 仲裁一般多久能出结果
    REVIEW_TIME = "review_time"  # 复议多久能有结果、复议输了呢
    ARBITRATION_LIMIT = "arbitration_limit"  # 仲裁有期限吗、过了一年还能申请吗
    ARBITRATION_WHERE = "arbitration_where"  # 去哪里申请仲裁
    OFFICE_PHONE = "office_phone"  # 信访局电话多少
    MEDICAL_ROUTES = "medical_routes"  # 我能起诉医院吗？还是找卫健委？
    MEDICAL_RECORDS = "medical_records"  # 医院不给病历合法吗 我要怎么拿到
    IS_IT_LAWFUL = "is_it_lawful"  # 这合法吗、这正常吗、这个能撤销吗
    DOES_IT_HELP = "does_it_help"  # 这事找你们有用吗
    WORK_INJURY_UNINSURED = "work_injury_uninsured"  # 老板没买保险 那工伤还认不认
    WORK_INJURY_DEADLINE = "work_injury_deadline"  # 工伤认定有时间限制没得
    WORK_INJURY_FAULT = "work_injury_fault"  # 他自己违规操作 那就不算工伤了吗
    WORK_INJURY_COMMUTE = "work_injury_commute"  # 下班路上被车撞了 算不算工伤
    WORK_INJURY_WHAT = "work_injury_what"  # 这个算不算工伤 (no more said of how it happened)
    FINE_UNPAYABLE = "fine_unpayable"  # 罚款交不起会不会被拘留；要不要先交罚款
    LIFT_CONSENT = "lift_consent"  # 加装电梯到底要多少人同意
    HARASSMENT = "harassment"  # 经理动手动脚 我能举报吗 会不会丢工作
    RURAL_PENSION = "rural_pension"  # 新农保每个月才一百来块 为啥这么少
    PENSION_FORMULA = "pension_formula"  # 退休的养老金是咋算的 交的年头多就多给吗
    PENSION_YEARS = "pension_years"  # 是不是得交够15年才能领
    WHAT_IS_ARBITRATION = "what_is_arbitration"  # 啥是仲裁
    WHAT_IS_REVIEW = "what_is_review"  # 复议是什么意思
    WHAT_IS_REVIEW_FIRST = "what_is_review_first"  # 复议前置是啥意思
    REVIEW_DEADLINE = "review_deadline"  # 多少天内能申请复议
    FORCED_DEMOLITION = "forced_demolition"  # 他们真能强拆吗
    PETITION_AND_SUIT = "petition_and_suit"  # 信访和起诉能同时弄吗
    STILL_IN_TIME = "still_in_time"  # 过了一年多了还来得及吗
    SUIT_COST = "suit_cost"  # 打官司要钱不
    WORK_INJURY_NO_CONTRACT = "work_injury_no_contract"  # 没签合同的能认工伤吗
    DISMISSAL_PAY = "dismissal_pay"  # n+1能要到吗；被辞退了这合理吗
    VISIT_LAWFUL = "visit_lawful"  # 去北京上访会不会被抓
    CALL_POLICE = "call_police"  # 要不要报警、这算诈骗吗
    ENFORCEMENT_FEE = "enforcement_fee"  # 法院执行要交钱吗
    SEIZURE_TIME = "seizure_time"  # 扣车最长能扣多久
    SELF_HELP = "self_help"  # 房东能断水断电、换锁吗
    KINDERGARTEN_FEE = "kindergarten_fee"  # 普惠园能随便涨价吗
    SOCIAL_INSURANCE_OWED = "social_insurance_owed"  # 公司没交的社保能补吗
    OVERCHARGE = "overcharge"  # 乱收费找谁管
    MEDICAL_APPRAISAL_COST = "medical_appraisal_cost"  # 医疗鉴定要多少钱 谁出
    DOMESTIC_HELPER = "domestic_helper"  # 做保姆被欠工钱 能去劳动局告吗
    REFUND_MULTIPLE = "refund_multiple"  # 能退一赔三吗
    SUIT_TIME = "suit_time"  # 起诉的话要多久
    INHERITANCE = "inheritance"  # 爹走了没留遗嘱 宅基地俺有份没
    OFFICE_HOURS = "office_hours"  # 你们下班了吗、礼拜天有没有人
    PROXY = "proxy"  # 让女儿替我去行不行、一定要本人去吗
    PENALTY_HEARING = "penalty_hearing"  # 罚款还没下来 我们能说理吗
    COMPENSATION = "compensation"  # 这个能不能赔偿、死的羊能赔不
    ENFORCE_JUDGMENT = "enforce_judgment"  # 打赢了官司对方不给钱 要不要申请执行
    CHANNELS = "channels"  # 可以写信反映吗、打电话能反映不
    SEND_EVIDENCE = "send_evidence"  # 照片怎么发给你们
    REVIEW_MISSED = "review_missed"  # 复议的60天过了 还有办法吗
    RETRIAL = "retrial"  # 官司输了 驳回了 还能再告吗
    MEDIATION = "mediation"  # 能不能让村里的人去说说他、社区能出面调解吗
    REVIEW_OR_SUE = "review_or_sue"  # 先复议还是直接去法院告、要不要先复议
    OWN_MATTER = "own_matter"  # 要不要先做鉴定、该告谁、能不能少罚 (actions.own_matter_questions)
    OTHER = "other"  # asks something we have no reviewed answer for


# the questions about one kind of matter (actions.matter_questions), each with its own FAQ entry
MATTER_FAQ = {
    QuestionKind.CALL_POLICE: "call_police",
    QuestionKind.ENFORCEMENT_FEE: "enforcement_fee",
    QuestionKind.SEIZURE_TIME: "seizure_time",
    QuestionKind.SELF_HELP: "landlord_self_help",
    QuestionKind.KINDERGARTEN_FEE: "kindergarten_fee",
    QuestionKind.SOCIAL_INSURANCE_OWED: "social_insurance_arrears",
    QuestionKind.OVERCHARGE: "overcharge",
    QuestionKind.MEDICAL_APPRAISAL_COST: "medical_appraisal_cost",
    QuestionKind.DOMESTIC_HELPER: "domestic_helper",
    QuestionKind.REFUND_MULTIPLE: "refund_three",
    QuestionKind.SUIT_TIME: "civil_suit_time",
    QuestionKind.INHERITANCE: "homestead_inheritance",
}
# the questions about the way things are done (actions.procedure_questions); compensation's entry depends on the
# story (actions.questions)
PROCEDURE_FAQ = {
    QuestionKind.OFFICE_HOURS: "office_hours",
    QuestionKind.PROXY: "proxy",
    QuestionKind.PENALTY_HEARING: "penalty_hearing",
    QuestionKind.COMPENSATION: "compensation_civil",
    QuestionKind.ENFORCE_JUDGMENT: "enforce_judgment",
    QuestionKind.CHANNELS: "channels",
    QuestionKind.SEND_EVIDENCE: "send_evidence",
    QuestionKind.REVIEW_MISSED: "review_missed",
    QuestionKind.RETRIAL: "retrial",
    QuestionKind.MEDIATION: "mediation",
    QuestionKind.REVIEW_OR_SUE: "review_or_sue",
}
MATTER_KINDS = frozenset(MATTER_FAQ)

# kinds the rules' FAQ answer would miss (a yes or no on fees and on who learns the name, which office):
# answered here even when the classifier read the message as a question
OWN_ANSWER_KINDS = frozenset(
    {
        QuestionKind.FEES,
        QuestionKind.CONFIDENTIALITY,
        QuestionKind.WHICH_OFFICE,
        QuestionKind.ARE_YOU_A_BOT,
        QuestionKind.VISIT_TOGETHER,
        QuestionKind.ANONYMOUS,  # "为什么要我名字？不留行不行" wants a plain yes before the reasons
        QuestionKind.MATERIALS,  # "那要带啥材料" read as a question about channels
        # "这种事你们管得了吗" and "有用吗" read as what 信访 is; the situation's own questions read as anything
        QuestionKind.WILL_YOU_ACT,
        QuestionKind.DOES_IT_HELP,
        QuestionKind.GET_BACK,
        QuestionKind.POLICE_NO_CASE,
        QuestionKind.NEED_TO_FILE,
        QuestionKind.DOUBLE_WAGES,
        QuestionKind.SUPPORT,
        QuestionKind.CHILD_SUPPORT,
        QuestionKind.ARBITRATION_TIME,
        QuestionKind.REVIEW_TIME,
        QuestionKind.ARBITRATION_LIMIT,
        QuestionKind.ARBITRATION_WHERE,
        QuestionKind.OFFICE_PHONE,
        QuestionKind.MEDICAL_ROUTES,
        QuestionKind.MEDICAL_RECORDS,
        QuestionKind.IS_IT_LAWFUL,
        QuestionKind.WORK_INJURY_UNINSURED,
        QuestionKind.WORK_INJURY_DEADLINE,
        QuestionKind.WORK_INJURY_FAULT,
        QuestionKind.WORK_INJURY_COMMUTE,
        QuestionKind.WORK_INJURY_WHAT,
        QuestionKind.FINE_UNPAYABLE,
        QuestionKind.LIFT_CONSENT,
        QuestionKind.HARASSMENT,
        QuestionKind.RURAL_PENSION,
        QuestionKind.PENSION_FORMULA,
        QuestionKind.PENSION_YEARS,
        QuestionKind.WHAT_IS_ARBITRATION,
        QuestionKind.WHAT_IS_REVIEW,
        QuestionKind.WHAT_IS_REVIEW_FIRST,
        QuestionKind.REVIEW_DEADLINE,
        QuestionKind.FORCED_DEMOLITION,
        QuestionKind.PETITION_AND_SUIT,
        QuestionKind.STILL_IN_TIME,
        QuestionKind.SUIT_COST,
        QuestionKind.WORK_INJURY_NO_CONTRACT,
        QuestionKind.DISMISSAL_PAY,
        QuestionKind.VISIT_LAWFUL,
        QuestionKind.OWN_MATTER,
        *MATTER_KINDS,
        *PROCEDURE_FAQ,
    }
)

# the FAQ entry of the knowledge file that answers each kind
FAQ_KEY = {
    QuestionKind.FEES: "fees",
    QuestionKind.CONFIDENTIALITY: "confidentiality",
    QuestionKind.ANONYMOUS: "anonymous",
    QuestionKind.WHICH_OFFICE: "which_office",
    QuestionKind.CAN_I_SUE: "can_i_sue",
    QuestionKind.WHEN_HANDLED: "when_handled",
    QuestionKind.WILL_YOU_ACT: "when_handled",
    QuestionKind.WHAT_NEXT: "next_steps",
    QuestionKind.WHY_ASKED: "why_personal_info",
    QuestionKind.ARE_YOU_A_BOT: "about_assistant",
    QuestionKind.VISIT_TOGETHER: "visits_together",
    QuestionKind.MATERIALS: "materials",
    QuestionKind.GET_BACK: "seized_goods",  # when nothing was seized, the story's route answers (answer_in_context)
    QuestionKind.POLICE_NO_CASE: "police_no_case",
    QuestionKind.NEED_TO_FILE: "need_to_file",
    QuestionKind.DOUBLE_WAGES: "double_wages",
    QuestionKind.SUPPORT: "support",
    QuestionKind.CHILD_SUPPORT: "child_support",
    QuestionKind.ARBITRATION_TIME: "arbitration_time",
    QuestionKind.REVIEW_TIME: "review_time",
    QuestionKind.ARBITRATION_LIMIT: "arbitration_limit",
    QuestionKind.ARBITRATION_WHERE: "arbitration_where",
    QuestionKind.OFFICE_PHONE: "office_phone",
    QuestionKind.MEDICAL_ROUTES: "medical_dispute",
    QuestionKind.MEDICAL_RECORDS: "medical_records",
    QuestionKind.IS_IT_LAWFUL: "is_it_lawful",
    QuestionKind.DOES_IT_HELP: "does_it_help",
    QuestionKind.WORK_INJURY_UNINSURED: "work_injury_uninsured",
    QuestionKind.WORK_INJURY_DEADLINE: "work_injury_deadline",
    QuestionKind.WORK_INJURY_FAULT: "work_injury_fault",
    QuestionKind.WORK_INJURY_COMMUTE: "work_injury_commute",
    QuestionKind.WORK_INJURY_WHAT: "work_injury_what",
    QuestionKind.FINE_UNPAYABLE: "fine_unpayable",
    QuestionKind.LIFT_CONSENT: "lift_consent",
    QuestionKind.HARASSMENT: "harassment",
    QuestionKind.RURAL_PENSION: "rural_pension",
    QuestionKind.PENSION_FORMULA: "pension_formula",
    QuestionKind.PENSION_YEARS: "pension_years",
    QuestionKind.WHAT_IS_ARBITRATION: "what_is_arbitration",
    QuestionKind.WHAT_IS_REVIEW: "what_is_review",
    QuestionKind.WHAT_IS_REVIEW_FIRST: "what_is_review_first",
    QuestionKind.REVIEW_DEADLINE: "review_deadline",
    QuestionKind.FORCED_DEMOLITION: "forced_demolition",
    QuestionKind.PETITION_AND_SUIT: "litigation",
    QuestionKind.STILL_IN_TIME: "litigation",  # with the story's route, its own time limits (actions.questions)
    QuestionKind.SUIT_COST: "suit_costs",
    QuestionKind.WORK_INJURY_NO_CONTRACT: "work_injury_no_contract",
    QuestionKind.DISMISSAL_PAY: "dismissal_pay",
    QuestionKind.VISIT_LAWFUL: "visit_lawful",
    QuestionKind.OWN_MATTER: "own_matter",  # what decides it when no entry of actions.own_matter_questions fits
    **MATTER_FAQ,
    **PROCEDURE_FAQ,
}

# questions whose answer depends on the route the story points to
ROUTE_ANSWERED = frozenset(
    {
        QuestionKind.WHICH_OFFICE,
        QuestionKind.WHEN_HANDLED,
        QuestionKind.WILL_YOU_ACT,
        QuestionKind.CAN_I_SUE,
        QuestionKind.DOES_IT_HELP,
        QuestionKind.IS_IT_LAWFUL,
    }
)

# kinds whose answer already says where to go: "要找谁" asked with them needs no second answer
SAYS_WHERE = frozenset(
    {
        QuestionKind.SUPPORT,
        QuestionKind.CHILD_SUPPORT,
        QuestionKind.ARBITRATION_WHERE,
        QuestionKind.MEDICAL_ROUTES,
        QuestionKind.FORCED_DEMOLITION,
    }
)

# asked in words that sound like anger ("到底有没有人", "去北京上访会不会被抓"), still plain questions: the plain
# answer first, never the answer to anger
PLAIN_FIRST = frozenset({QuestionKind.VISIT_LAWFUL, QuestionKind.OFFICE_HOURS})
