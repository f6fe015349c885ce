"""Every article the bot cites says what the bot says it says (docs/legal.md).

`ARTICLES` is what each cited article is about (key words, at least one of which the citing sentence must
use) and the figures it sets (every figure the citing sentence states must be one of them). The test
walks every citation in knowledge/legal_routes.yml, in the responses of domain.yml, in the filing texts
and in the widget's privacy notice: a citation of an article the table does not know, or of an article
for something it does not say (a 60-day limit citing 第32条), fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from actions.service_offices import OFFICES
from bot.domain.knowledge import DEFAULT_PATH, RECORDED, after_filing_lines, deadline, load_knowledge
from bot.domain.safety import crisis_check_in, crisis_reply

ROOT = Path(__file__).resolve().parents[2]
PETITION = "信访工作条例"
INTERPRETATION = "最高人民法院关于适用行政诉讼法的解释"


@dataclass(frozen=True)
class Says:
    words: tuple[str, ...]  # what the article is about: the citing sentence uses at least one
    figures: frozenset[str] = frozenset()  # the time limits and counts it sets, e.g. "60日"


def says(*words: str, figures: tuple[str, ...] = ()) -> Says:
    return Says(words, frozenset(figures))


# (law, article) → what it says. Summaries of the primary texts, see docs/legal.md §5.
ARTICLES: dict[tuple[str, str], Says] = {
    # 《信访工作条例》 (2022)
    (PETITION, "第17条"): says("网上", "信息网络", "书信", "电话", "传真", "走访", "渠道"),
    (PETITION, "第18条"): says("公布", "渠道", "通信地址"),
    # 第19条 asks for name, address, request, facts and reasons; it does not ask for an ID number
    (PETITION, "第19条"): says("姓名", "住址", "请求", "事实", "理由", "身份证"),
    (PETITION, "第19条第3款"): says("上级", "同一"),
    (PETITION, "第20条"): says("走访", "代表", "接待场所", "政法部门", figures=("5人",)),
    (PETITION, "第21条"): says("查询", "评价", "信息系统"),
    (PETITION, "第22条"): says("登记", "转送", "交办", "转给", "政法部门", figures=("15日",)),
    (PETITION, "第23条"): says("受理", "告知", "异议", figures=("15日", "5个工作日")),
    (PETITION, "第23条第4款"): says("政法", "纪检监察", figures=("15日",)),
    (PETITION, "第25条"): says("上报", "紧急"),
    (PETITION, "第26条"): says("聚集", "堵路", "冲击", "禁止"),
    (PETITION, "第28条"): says("信访不能代替", "法定途径", "两条路", "分离"),
    (PETITION, "第29条"): says("建议", "采纳"),
    (PETITION, "第30条"): says("检举", "控告", "透露"),
    (PETITION, "第31条"): says("导入", "法定途径", "申诉求决", "诉讼", "仲裁", "复议"),
    (PETITION, "第32条"): says("载明"),  # only what the 信访处理意见书 contains: no time limit
    (PETITION, "第34条"): says("办结", "延长", "延期", "意见书", figures=("60日", "30日")),
    (PETITION, "第35条"): says("复查", figures=("30日",)),
    (PETITION, "第36条"): says("复核", figures=("30日",)),
    (PETITION, "第36条第3款"): says("复核", "同一事实"),
    # 第46条: organs and their staff who leak a report or retaliate against a petitioner are dealt with
    (PETITION, "第46条"): says("打击报复", "透露"),
    # 行政复议法 (2023), 行政诉讼法 and its interpretation (法释〔2018〕1号)
    # 第20条第3款: not told of the right to review, the 60 days run from learning of it, at most 1 year
    ("行政复议法", "第20条"): says("申请行政复议", "复议", figures=("60日", "1年")),
    # 第20条第2款: a delay for force majeure or another good reason; 第3款: not told of the right, at most 1 year
    ("行政复议法", "第20条第2款"): says("不可抗力", "正当理由"),
    ("行政复议法", "第20条第3款"): says("没告诉", "未告知", figures=("1年",)),
    ("行政复议法", "第23条"): says("先申请行政复议", "先申请复议"),
    ("行政复议法", "第62条"): says("复议决定", figures=("60日", "30日")),
    ("行政复议法", "第27条"): says("上一级", "税务"),  # vertically led organs: the one above reviews
    # 行政复议法实施条例 (2007) 第16条: an organ that does not act: from the end of its time to act, else 60 days after
    # it received the application
    ("行政复议法实施条例", "第16条"): says("不办", "期限届满", figures=("60日",)),
    ("行政复议法", "第24条"): says("县级以上地方人民政府"),  # a department's decision: its government reviews
    # fraud by a clinic: the 医保 office
    ("医疗保障基金使用监督管理条例", "第40条"): says("骗取医保基金", "医保局"),
    # 行政处罚法 (2021)
    ("行政处罚法", "第66条"): says("暂缓", "分期"),
    ("行政处罚法", "第67条"): says("处罚决定书", figures=("15日",)),
    ("行政处罚法", "第72条"): says("加处罚款", "强制执行", figures=("3%",)),
    ("行政处罚法", "第73条"): says("不停止执行", "加处罚款"),
    # 第44条 told beforehand, with the right to state one's case; 第45条 heard, never punished harder for it;
    # 第62条 no penalty without both; 第63条 a hearing for the heavier penalties, at no cost; 第64条 asked within 5 days
    ("行政处罚法", "第44条"): says("陈述", "申辩", "告诉"),
    ("行政处罚法", "第45条"): says("申辩", "更重"),
    ("行政处罚法", "第62条"): says("申辩", "不能作出处罚决定"),
    ("行政处罚法", "第63条"): says("听证"),
    ("行政处罚法", "第32条"): says("从轻", "减轻"),  # lightened: harm undone of one's own accord, …
    ("行政处罚法", "第33条"): says(
        "不罚", "不予行政处罚"
    ),  # a first, slight offence put right; no fault shown
    # the substance of one's own matter (faq entries of actions.own_matter_questions)
    # 第26条: a death disputed, autopsy within 48 hours (7 days with cold storage); 第35条 is the appraisers' pool
    # 第24条 records sealed with both sides there; 第27条 the body to the mortuary, kept 14 days at most
    ("医疗纠纷预防和处理条例", "第24条"): says("封存"),
    ("医疗纠纷预防和处理条例", "第26条"): says("尸检", figures=("48小时", "7日")),
    ("医疗纠纷预防和处理条例", "第27条"): says("太平间", "存放", figures=("14日",)),
    ("医疗纠纷预防和处理条例", "第34条"): says("鉴定"),
    ("劳动争议调解仲裁法", "第52条"): says(
        "事业单位", "人事争议"
    ),  # staff of public institutions follow this law
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第15条"): says("欠条"),
    ("民事诉讼法", "第24条"): says(
        "住的地方", "干活的地方"
    ),  # a contract suit: the defendant's or where performed
    ("劳动和社会保障部关于确立劳动关系有关事项的通知", "第4条"): says("用工主体责任"),
    ("民法典", "第465条"): says("受法律保护", "约束力"),  # a contract lawfully made binds both sides
    ("民法典", "第577条"): says("违约", "没按合同"),
    ("民法典", "第150条"): says("胁迫", "威胁", "逼"),
    ("民法典", "第151条"): says("显失公平", "危困"),
    ("民法典", "第152条"): says("撤销", figures=("1年", "90日", "5年")),
    ("民法典", "第670条"): says("预先", "扣"),
    ("民法典", "第680条"): says("高利", "禁止"),
    ("民法典", "第1218条"): says("过错"),
    # a spouse who hid, moved, sold or squandered the couple's property gets less or none; found after, divided again
    ("民法典", "第1092条"): says("少分或者不分", "再次分割"),
    ("民法典", "第236条"): says("排除妨碍"),
    ("民法典", "第179条"): says("恢复原状", "拆除"),
    # 第103条: the unit where a food-safety accident happens and the hospital treating it report it at once
    ("食品安全法", "第103条"): says("食品安全事故", "报告"),
    # 道路交通安全法 第49条: a motor vehicle carries no more people than its approved number
    ("道路交通安全法", "第49条"): says("核定的人数", "超员"),
    # 道路交通安全法 第73条: the accident finding is evidence; 第74条: damages mediated by the police or sued
    ("道路交通安全法", "第73条"): says("证据"),
    ("道路交通安全法", "第74条"): says("调解", "起诉"),
    # 道路交通事故处理程序规定 (2017) 第71条: 复核 asked in writing within 3 days of receiving the finding, once;
    # 第72条: decided by the traffic police one level up, the application handed to either
    ("道路交通事故处理程序规定", "第71条"): says("复核", figures=("3日",)),
    ("道路交通事故处理程序规定", "第72条"): says("上一级"),
    # 民法典 第1085条: after a divorce the parent not living with the child pays part or all of its support
    ("民法典", "第1085条"): says("抚养费"),
    ("食品安全法", "第148条"): says("十倍", "赔偿损失", "先赔"),  # 第1款 damages, the one asked pays first
    ("义务教育法", "第2条"): says("不收学费"),
    ("义务教育法", "第56条"): says("责令退还"),
    ("社会救助暂行办法", "第9条"): says("低保标准"),
    ("社会救助暂行办法", "第11条"): says("申请"),
    ("社会救助暂行办法", "第12条"): says("差额"),
    ("土地管理法", "第48条"): says("区片综合地价", "地上附着物"),  # the standards set by the province
    ("电子商务法", "第35条"): says("不合理限制", "不合理费用", "平台"),  # a platform's terms on its shops
    # the compensation's accounts published, never taken
    ("土地管理法", "第49条"): says("公布", "侵占", "挪用"),
    ("社会保险法", "第17条"): says("丧葬补助金"),
    ("劳动合同法", "第42条"): says("孕期"),
    ("劳动合同法", "第39条"): says(
        "严重违", "录用条件"
    ),  # 第1项: in probation, shown not to meet the hiring terms
    ("女职工劳动保护特别规定", "第5条"): says("怀孕"),
    ("行政处罚法", "第64条"): says("听证", figures=("5日",)),
    # either way by choice: review first, or straight to court, unless a law says review first
    ("行政诉讼法", "第44条"): says("复议", "起诉"),
    ("行政诉讼法", "第45条"): says("复议决定", figures=("15日",)),
    ("行政诉讼法", "第46条"): says("行政诉讼", "起诉", figures=("6个月",)),
    (INTERPRETATION, "第1条第2款第九项"): says("复查、复核意见", "受理、转送"),
    ("噪声污染防治法", "第43条"): says("夜间", "施工", "证明"),  # 2022: night building work near homes
    ("政府信息公开条例", "第27条"): says(
        "申请", "信息公开"
    ),  # who may be asked: the organs that act in their own name
    ("政府信息公开条例", "第29条"): says(
        "信函", "网上", "书面", "写清"
    ),  # in writing (online too), what is wanted
    ("政府信息公开条例", "第33条"): says("信息公开", "答复", figures=("20个工作日",)),
    ("税收征收管理法", "第88条"): says("纳税", "缴纳税款", "担保", "复议"),
    ("土地管理法", "第14条"): says("人民政府", "处理决定", figures=("30日",)),
    ("刑事诉讼法", "第112条"): says("不立案", "复议"),
    ("刑事诉讼法", "第113条"): says("检察院", "不立案"),
    ("反家庭暴力法", "第15条"): says("出警", "制止", "就医", "验伤", "伤情"),
    ("反家庭暴力法", "第16条"): says("告诫书"),
    # the village, the women's federation, an employer: complaints and calls for help, which they must take up
    ("反家庭暴力法", "第13条"): says("村委会", "居委会", "村（居）委会", "妇联", "求助"),
    ("反家庭暴力法", "第23条"): says("人身安全保护令"),
    ("反家庭暴力法", "第28条"): says("人身安全保护令", figures=("72小时", "24小时")),
    ("反家庭暴力法", "第24条"): says("口头", "书面"),
    ("反家庭暴力法", "第25条"): says("基层法院", "住的地方", "居住地"),
    ("反家庭暴力法", "第27条"): says("被申请人", "请求", "要法院做什么"),
    ("反家庭暴力法", "第29条"): says("骚扰", "跟踪", "接触", "迁出", "搬出"),
    ("反家庭暴力法", "第34条"): says("违反保护令", "违反人身安全保护令", "罚款", "拘留"),
    ("医疗纠纷预防和处理条例", "第16条"): says("查阅", "复制", "病历"),
    ("医疗纠纷预防和处理条例", "第22条"): says("协商", "调解", "诉讼"),
    ("民法典", "第188条"): says("诉讼时效", figures=("3年",)),
    ("民法典", "第1079条"): says("离婚", "调解", "家庭暴力"),
    # the police's 紧急止付 and 快速冻结 of a swindler's account, which banks carry out
    ("反电信网络诈骗法", "第20条"): says("紧急止付", "快速冻结"),
    # someone who may have a mental disorder and endangers others: stopped and taken for a diagnosis (第2款)
    ("精神卫生法", "第28条"): says("送到医疗机构", "精神障碍诊断"),
    # the proceeds of a crime recovered, and the victim's property returned
    ("刑法", "第64条"): says("追回", "还给"),
    # 合同诈骗: (四) 收受对方当事人给付的货物、货款、预付款或者担保财产后逃匿的
    ("刑法", "第224条"): says("合同诈骗"),
    # refusing to carry out a judgment or ruling one can carry out
    ("刑法", "第313条"): says("拒不执行判决、裁定罪"),
    ("民法典", "第1084条"): says("两周岁", "八周岁", "抚养"),
    ("民法典", "第1091条"): says("赔偿"),
    # 第194条: suspended by an obstacle in the last 6 months, then 6 more months; 第195条: interrupted
    ("民法典", "第194条"): says("中止", figures=("6个月",)),
    ("民法典", "第195条"): says("中断"),
    ("民法典", "第1225条"): says("查阅", "复制", "病历"),
    ("民法典", "第585条"): says("违约金", "减少"),
    ("民法典", "第1010条"): says("性骚扰"),
    # 妇女权益保障法 (2022): 第23条 harassment forbidden, complaint, police, suit; 第25条 the employer's duty
    ("妇女权益保障法", "第23条"): says("性骚扰", "投诉", "报案", "起诉"),
    ("妇女权益保障法", "第25条"): says("预防", "制止"),
    # village matters (bot.route_model.law_acts_local, the civil-dispute notes)
    ("妇女权益保障法", "第55条"): says("集体经济组织", "分红", "征地补偿", "平等"),
    ("最高人民法院关于审理涉及农村土地承包纠纷案件适用法律问题的解释", "第22条"): says(
        "征地补偿安置方案", "份额"
    ),
    ("民法典", "第290条"): says("流水", "用水"),
    ("民法典", "第1203条"): says("生产", "赔偿"),
    ("森林法", "第76条"): says("盗伐", "补种", "罚款"),
    ("森林法", "第22条"): says("争议", "人民政府", "不能砍"),
    ("道路交通安全法", "第5条"): says("交通管理部门", "交警"),
    ("道路交通安全法", "第25条"): says("红绿灯", "信号", "增设"),
    ("快递暂行条例", "第27条"): says("保价", "民事"),
    ("民法典", "第496条"): says("格式条款", "提示"),
    ("物业管理条例", "第10条"): says("业主大会", "业主委员会", "指导"),
    ("民法典", "第274条"): says("绿地", "道路", "共有"),
    ("民法典", "第275条"): says("车位", "车库"),
    ("民法典", "第282条"): says("收入", "挣的钱", "共有"),
    ("民法典", "第287条"): says("民事责任", "起诉"),
    ("民法典", "第278条"): says("表决", "同意", "维修资金", "三分之二", "四分之三"),
    ("民法典", "第281条"): says("维修资金"),
    ("民法典", "第196条"): says("不受诉讼时效", "不适用诉讼时效"),
    # 第1067条: parents who cannot work or live in hardship may claim support from adult children
    ("民法典", "第1067条"): says("赡养费"),
    # 第39条: 2 years, not counting detention; suspended by an obstacle in the last 6 months
    # 第4条 unlawful penalties, seizures, expropriations and other unlawful acts on property; 第9条 claimed from the
    # organ first, or together with a review or a suit
    ("国家赔偿法", "第4条"): says("国家赔偿", "违法"),
    ("国家赔偿法", "第9条"): says("一并提出"),
    # 民法典 第1165条 fault liability; 第1229条 pollution liability; 第1230条 the polluter bears the burden of proof
    ("民法典", "第1165条"): says("过错", "造成伤害"),
    # 民法典 第1192条 between persons: one hurt while working for another, each bears by fault
    ("民法典", "第1192条"): says("劳务", "雇工", "过错"),
    ("民法典", "第1229条"): says("污染"),
    ("民法典", "第1230条"): says("证明", "证据"),
    ("国家赔偿法", "第39条"): says("国家赔偿", "羁押", "中止", figures=("2年", "6个月")),
    # 劳动争议调解仲裁法, 劳动保障监察条例
    # 第2条: the labour disputes the law lists, (一) whether one is employed among them
    ("劳动争议调解仲裁法", "第2条"): says("确认劳动关系", "劳动争议"),
    ("劳动争议调解仲裁法", "第5条"): says("调解", "仲裁"),
    ("劳动争议调解仲裁法", "第21条"): says("仲裁委员会", "履行地", "所在地"),
    ("劳动争议调解仲裁法", "第27条"): says("申请期限", "仲裁", "时效", figures=("1年",)),
    ("劳动争议调解仲裁法", "第27条第4款"): says("拖欠", "劳动关系终止", "离职", figures=("1年",)),
    ("劳动争议调解仲裁法", "第27条第2款"): says("中断", figures=("1年",)),
    ("劳动争议调解仲裁法", "第27条第3款"): says("中止"),
    ("劳动争议调解仲裁法", "第29条"): says("受理", figures=("5日",)),
    ("劳动争议调解仲裁法", "第43条"): says("仲裁", figures=("45日", "15日")),
    ("劳动争议调解仲裁法", "第51条"): says("申请执行", "裁决书"),
    ("劳动争议调解仲裁法", "第53条"): says("仲裁不收费", "不收费"),
    # 劳动合同法: double pay without a written contract, deemed open-ended after a year
    ("劳动合同法", "第25条"): says("违约金", "培训", "竞业限制"),
    ("劳动合同法", "第82条"): says("二倍的工资", "双倍工资"),
    ("劳动合同法", "第14条第3款"): says("无固定期限劳动合同"),
    # a dismissal for changed circumstances: notice or a month's pay, severance by years, twice for an unlawful one
    ("劳动合同法", "第40条"): says("提前", "一个月工资", figures=("30日",)),
    ("劳动合同法", "第46条"): says("经济补偿"),
    ("劳动合同法", "第47条"): says("每干满一年", "一个月工资", "半个月工资", "平均工资"),
    ("劳动合同法", "第87条"): says("二倍", "赔偿金"),
    # 第48条: after an unlawful dismissal the worker chooses: the job back, or the 第87条 compensation
    ("劳动合同法", "第48条"): says("继续", "赔偿金"),
    # 行政强制法: a seizure needs its written decision and list, and lasts 30 (+30) days
    ("行政强制法", "第24条"): says("扣押决定书", "清单"),
    ("行政强制法", "第25条"): says("扣押", "查封", figures=("30日",)),
    # 民事诉讼法 (2023): enforcement of judgments and awards in force
    ("民事诉讼法", "第236条"): says(
        "执行", "异议"
    ),  # 2023 text (第232条 before): objection to an enforcement act
    ("民事诉讼法", "第247条"): says("申请执行", "拒绝履行"),
    # 保全 (2021 and 2023 texts): in a suit (第103条), before it with a guarantee and a suit within 30 days (第104条),
    # by 查封、扣押、冻结 (第106条)
    ("民事诉讼法", "第103条"): says("保全"),
    ("民事诉讼法", "第104条"): says("保全", "担保", figures=("30日",)),
    ("民事诉讼法", "第106条"): says("查封", "扣押", "冻结"),
    # a suit decided: appeal while not in force, retrial within 6 months, then the procuratorate (2023 text)
    ("民事诉讼法", "第171条"): says("上诉", figures=("15日", "10日")),
    ("民事诉讼法", "第216条"): says("再审", figures=("6个月",)),
    ("民事诉讼法", "第213条"): says("解除婚姻关系"),  # no retrial of a divorce itself
    ("民事诉讼法", "第152条"): says(
        "审结", "普通程序", figures=("6个月",)
    ),  # the ordinary trial's time limit
    ("民事诉讼法", "第164条"): says("简易程序", figures=("3个月",)),
    ("民事诉讼法", "第165条"): says("小额诉讼"),
    ("民事诉讼法", "第61条"): says("诉讼代理人"),  # a lawyer, a close relative and others as agents
    ("民法典", "第710条"): says("磨损", "损耗"),  # normal wear of a rented thing is not the tenant's to pay
    ("不动产登记暂行条例实施细则", "第14条"): says(
        "继承", "公证"
    ),  # inheritance: the deeds, notarised or not
    ("民事诉讼法", "第220条"): says("检察建议", "抗诉"),
    ("行政诉讼法", "第85条"): says("上诉", figures=("15日", "10日")),
    ("行政诉讼法", "第93条"): says("检察建议", "抗诉"),
    (INTERPRETATION, "第110条"): says("再审", figures=("6个月",)),
    ("民事诉讼法", "第250条"): says("申请执行", figures=("2年",)),  # its 中止、中断 follow the 诉讼时效's
    # 工伤保险条例 (2010)
    ("工伤保险条例", "第14条"): says("工作时间", "工作场所", "工作原因", "上下班途中"),
    # 人社部发〔2016〕29号 第二条: past retirement age, no pension drawn, or insured by the project
    ("关于执行〈工伤保险条例〉若干问题的意见（二）", "第二条"): says("退休年龄", "超龄", "养老金"),
    ("工伤保险条例", "第16条"): says("故意犯罪", "醉酒", "自残"),
    ("工伤保险条例", "第17条"): says("工伤认定", figures=("30日", "1年")),
    ("工伤保险条例", "第18条"): says("劳动关系", "证明材料"),
    ("工伤保险条例", "第19条"): says("举证"),
    ("工伤保险条例", "第20条"): says("认定决定", figures=("60日", "15日")),
    ("工伤保险条例", "第39条"): says(
        "丧葬补助金", "供养亲属抚恤金", "一次性工亡补助金", figures=("6个月", "20倍")
    ),
    # 人社部发〔2013〕34号 第七条: a contractor who passes work to a labour boss without standing bears the injury
    ("关于执行〈工伤保险条例〉若干问题的意见", "第七条"): says("转包", "分包", "用工资格", "用工主体"),
    ("工伤保险条例", "第54条"): says("劳动争议", "劳动仲裁"),
    ("工伤保险条例", "第62条"): says("没有参加", "未参加", "没交工伤保险"),
    # 住宅室内装饰装修管理办法 (建设部令第110号): 第5条 forbids changing the main and load-bearing structure
    ("住宅室内装饰装修管理办法", "第5条"): says("承重"),
    # 消防法 (2021)
    ("消防法", "第28条"): says("疏散通道", "安全出口", "消防车通道"),
    ("消防法", "第18条"): says(
        "物业", "共用消防设施"
    ),  # the estate's manager keeps the shared fire equipment
    # 国办发〔2015〕96号 第二条(二): born outside marriage, registered with either parent; with the father only with a
    # paternity test
    ("国务院办公厅关于解决无户口人员登记户口问题的意见", "第二条"): says(
        "随父随母", "出生医学证明", "亲子鉴定"
    ),
    ("工伤保险条例", "第15条"): says("视同工伤", "突发疾病", figures=("48小时",)),
    ("人民调解法", "第17条"): says(
        "申请", "主动", "不愿意", "拒绝"
    ),  # asked for or offered; a refusal ends it
    ("人民调解法", "第33条"): says("确认", "司法确认", figures=("30日",)),
    # 市场主体登记管理条例 (2021): registered on the spot, else within 3 working days (+3); the simple
    # deregistration's 20-day notice, which a sole trader does not need
    # 市场主体登记管理条例实施细则 (2022): 第63条 the yearly report, 1 January to 30 June; 第70条 not reported in
    # time: the list of abnormal operation, a fine up to 10,000 yuan
    ("市场主体登记管理条例实施细则", "第63条"): says("年度报告"),
    ("市场主体登记管理条例实施细则", "第70条"): says("经营异常", "罚款"),
    ("市场主体登记管理条例", "第19条"): says("当场", "登记", figures=("3个工作日",)),
    ("市场主体登记管理条例", "第33条"): says("简易注销", "公示", figures=("20日",)),
    ("行政复议法", "第87条"): says("复议不收费"),
    # 第17条 one or two agents, with a power of attorney and both identity papers; 第22条 in writing (posted, online,
    # in person) or orally
    ("行政复议法", "第17条"): says("委托", "代理人"),
    ("行政复议法", "第22条"): says("邮寄", "网上", "口头申请"),
    ("诉讼费用交纳办法", "第13条"): says("诉讼费", "每件"),
    ("诉讼费用交纳办法", "第44条"): says("缓交", "减交", "免交"),
    # 第45条: a claim for support (赡养费, 扶养费, 抚育费, 抚恤金) is exempted from fees on application
    ("诉讼费用交纳办法", "第45条"): says("免交"),
    ("劳动保障监察条例", "第13条"): says("违法行为发生地", "用工所在地"),
    ("劳动保障监察条例", "第17条"): says("调查", figures=("60个工作日", "30个工作日")),
    ("劳动保障监察条例", "第20条"): says("不再查处", figures=("2年",)),
    # 农村土地承包经营纠纷调解仲裁法
    ("农村土地承包经营纠纷调解仲裁法", "第2条第3款"): says("征收"),
    ("农村土地承包经营纠纷调解仲裁法", "第4条"): says("直接向人民法院起诉"),
    ("农村土地承包经营纠纷调解仲裁法", "第18条"): says("时效", figures=("2年",)),
    ("农村土地承包经营纠纷调解仲裁法", "第47条"): says("仲裁", figures=("60日", "30日")),
    ("农村土地承包经营纠纷调解仲裁法", "第48条"): says("起诉", figures=("30日",)),
    ("农村土地承包经营纠纷调解仲裁法", "第52条"): says("收取费用"),
    # 社会保险法 (2018)
    # 第41条: an uninsured employer pays the injury benefits; if it does not, the fund pays first and recovers them
    ("社会保险法", "第41条"): says("先行支付"),
    # 村民委员会组织法 (2018): reports of bribery and fraud in a village committee election, and who investigates
    ("村民委员会组织法", "第17条"): says("贿选", "举报", "当选无效"),
    # 未成年人保护法 (2020): the school stops bullying, involves the parents, reports serious cases
    ("未成年人保护法", "第39条"): says("欺凌"),
    # 国有土地上房屋征收与补偿条例 (2011): no forced eviction by violence or cutting utilities; enforcement by the court
    ("国有土地上房屋征收与补偿条例", "第27条"): says("先补偿", "暴力", "逼"),
    ("国有土地上房屋征收与补偿条例", "第28条"): says("人民法院强制执行", "法院强制执行"),
    # questions about one kind of matter (actions/matter_questions.py)
    ("刑事诉讼法", "第110条"): says("报案", "接受"),
    ("诉讼费用交纳办法", "第14条"): says("执行", "每件"),
    ("诉讼费用交纳办法", "第20条"): says("执行完", "执行后"),
    ("诉讼费用交纳办法", "第38条"): says("被执行"),
    ("民法典", "第722条"): says("房租", "租金", "解除"),
    ("民法典", "第944条"): says("物业费", "停水", "停电"),
    # 民法典 第942条 the 物业's duty to protect owners' safety; 第1198条 a public place's 安全保障义务; 第1256条 a public
    # road's keeper who cannot show it cleared, guarded or warned answers for the harm
    ("民法典", "第942条"): says("物业", "人身安全", "安全保障"),
    ("民法典", "第1198条"): says("安全保障"),
    ("民法典", "第1256条"): says("清理", "警示"),
    # 社会保险法 第15条 the pension is 统筹 plus 个人账户; 第16条 15 years paid to draw it monthly
    ("社会保险法", "第15条"): says("基础养老金", "个人账户", "统筹", "两块组成"),
    ("社会保险法", "第16条"): says("15年", figures=("15年",)),
    ("价格法", "第12条"): says("政府定价", "政府指导价"),
    ("社会保险法", "第63条"): says("补缴"),
    ("社会保险法", "第86条"): says("滞纳金"),
    ("社会保险法", "第83条"): says("行政复议", "行政诉讼"),
    ("人民调解法", "第4条"): says("不收费", "不收取"),
    ("人民调解法", "第31条"): says("约束力", "履行"),  # an agreement reached binds both sides
    ("劳动合同法", "第2条"): says("企业", "个体", "劳动关系"),
    # working people's own questions (actions.worker_questions)
    ("劳动合同法", "第19条"): says("试用期", figures=("1年", "3年")),
    ("劳动合同法", "第21条"): says("试用期", "说明理由"),
    ("劳动合同法", "第20条"): says("试用期", "百分之八十", "最低工资"),
    ("劳动合同法", "第22条"): says("培训", "服务期"),
    ("劳动合同法", "第23条"): says("竞业限制", "经济补偿"),
    ("劳动合同法", "第24条"): says("竞业限制", "高管", "保密"),
    ("劳动合同法", "第38条"): says("解除", "社保", "工资"),
    ("劳动合同法", "第44条"): says("养老", "终止", "破产", "解散"),
    ("劳动合同法", "第50条"): says("档案", "证明", figures=("15日",)),
    ("劳动合同法", "第84条"): says("档案", "退还"),
    ("劳动合同法", "第92条"): says("派遣"),
    ("劳动合同法", "第89条"): says("证明", "责令改正"),
    ("劳动合同法", "第85条"): says("责令限期", "加付赔偿金"),
    ("工资支付暂行规定", "第15条"): says("克扣"),
    ("工资支付暂行规定", "第16条"): says("经济损失", "20%", "最低工资"),
    ("劳动和社会保障部关于确立劳动关系有关事项的通知", "第1条"): says("劳动关系", "管理", "报酬"),
    ("劳动合同法实施条例", "第10条"): says("工作年限", "合并计算"),
    ("劳动合同法实施条例", "第21条"): says("法定退休年龄", "终止"),
    ("社会保险法", "第60条"): says("按时足额", "减免", "代扣代缴"),
    ("女职工劳动保护特别规定", "第6条"): says("夜班", "减轻", figures=("7个月",)),
    # 第2条: what is no labour dispute, among it a household and its domestic helper
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第2条"): says(
        "保姆", "家政", "不属于劳动争议"
    ),
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第35条"): says(
        "协议", "重大误解", "显失公平"
    ),
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第36条"): says("竞业", "30%"),
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第38条"): says("竞业", "解除"),
    ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "第46条"): says("安排", "换了一家公司"),
    ("劳动争议调解仲裁法", "第24条"): says("代理人", "委托"),
    ("保障农民工工资支付条例", "第30条"): says("总承包", "先行清偿"),
    ("保障农民工工资支付条例", "第36条"): says("总承包", "清偿"),
    ("消费者权益保护法", "第55条"): says("三倍", "欺诈"),
    ("消费者权益保护法", "第24条"): says("修理", "更换", "退货"),
    # 消费者权益保护法 第40条: the seller pays the buyer, then claims from the maker whose fault it was
    ("消费者权益保护法", "第40条"): says("追偿", "店家"),
    ("民法典", "第1127条"): says("第一顺序", "法定继承"),
    ("民法典", "第1130条"): says("均等"),
    # answers to old people and families (actions.family_questions, actions.suing_questions)
    ("民法典", "第1126条"): says("女儿", "男女平等"),
    ("民法典", "第1153条"): says("一半"),
    ("民法典", "第235条"): says("还给", "返还"),
    ("民法典", "第1245条"): says("养的动物", "饲养"),
    ("民法典", "第1246条"): says("安全措施", "拴绳"),
    ("老年人权益保障法", "第16条"): says("住房", "侵占"),
    ("社会救助暂行办法", "第13条"): says("停发", "书面说明"),
    # 第47条: 临时救助 for a household whose basic living is suddenly in severe difficulty; 第48条: applied for at the
    # 乡镇人民政府、街道办事处, approved by the county's 民政, simplified when urgent
    ("社会救助暂行办法", "第47条"): says("临时救助"),
    ("社会救助暂行办法", "第48条"): says("乡镇", "街道", "简化"),
    ("行政诉讼法", "第26条"): says("被告", "告谁", "就告谁"),
    ("行政诉讼法", "第12条"): says("协议"),
    # an administrative agreement not kept: the court orders it kept, remedied or paid for
    ("行政诉讼法", "第78条"): says("继续履行", "补救", "赔偿"),
    ("民事诉讼法", "第56条"): says("代表人"),
    # 个人信息保护法
    ("个人信息保护法", "第5条"): says("必需", "必要", "合法"),
    ("个人信息保护法", "第6条"): says("影响最小", "最小"),
    ("个人信息保护法", "第13条"): says("法定职责"),
    ("个人信息保护法", "第19条"): says("保存"),
    # the route model's reasons, read by staff on the case (tests/unit/test_legal_articles_in_code.py)
    # 第31条第一项: litigation, procuratorate and police procedures; 第六项: the rest, an ordinary petition
    (PETITION, "第31条第一项"): says("诉讼与信访分离", "诉讼"),
    (PETITION, "第31条第六项"): says("普通信访", "信访处理意见书"),
    # 行政复议法 (2023) 第11条: what may be reviewed; (一) penalties, (二) coercive measures, (十二) benefits not paid
    ("行政复议法", "第11条"): says("行政复议"),
    ("行政复议法", "第11条第二项"): says("行政强制措施"),
    ("行政处罚法", "第9条"): says("行政处罚", "责令停产停业", "罚款", "吊销"),  # the kinds of penalty
    ("国家赔偿法", "第3条"): says("拘押", "拘留", "殴打"),  # unlawful detention and harm to the person
    ("国家赔偿法", "第33条"): says("日平均工资", "每日"),  # a day of liberty lost, at the average daily wage
    ("民法典", "第148条"): says("欺诈", "骗"),  # an act done under fraud may be undone
    ("农村土地承包经营纠纷调解仲裁法", "第2条"): says("承包", "征收"),  # what a land-contract dispute is
    ("反家庭暴力法", "第2条"): says("家庭成员"),
    ("消费者权益保护法", "第39条"): says("调解", "起诉"),  # settle, mediate, complain, arbitrate or sue
    ("刑事诉讼法", "第115条"): says("立案侦查", "侦查"),  # a registered case is investigated
    ("城镇燃气管理条例", "第5条"): says("燃气管理部门"),
    # 野生动物保护法 (2022) 第19条: losses caused by protected wild animals, compensated by the local government
    ("野生动物保护法", "第19条"): says("补偿", "野生动物"),
    # 监察法 第15条: who is subject to supervision (公职人员); the 2018 numbering, not checked against the 2024 revision
    ("监察法", "第15条"): says("公职人员"),
    # small businesses and buyers (faq lease_eviction, food_injury, fine_unpayable, seal_not_penalty,
    # insurer_regulator): 民法典 第734条 a tenant's right to renew first; 食品安全法 第131条 the platform pays when
    # it cannot name the shop; 行政复议法 (2023) 第42条 review does not stop the decision; 行政强制法 第2条 what a
    # coercive measure is; 行政处罚法 第9条 the kinds of penalty; 保险法 第16条 the duty to answer truly, and an
    # insurer that knew cannot rescind; 第131条 an agent may not lead one to conceal
    ("民法典", "第734条"): says("优先承租", "续租"),
    ("食品安全法", "第131条"): says("平台"),
    ("行政复议法", "第42条"): says("不停止执行", "照样执行"),
    ("行政强制法", "第2条"): says("强制措施"),
    ("保险法", "第16条"): says("如实告知"),
    ("保险法", "第131条"): says("如实告知"),
    # workers, traders and buyers asking beside an answer (faq of actions.trade_questions): 劳动争议调解仲裁法 第7条
    # ten or more with one claim may send representatives; 劳动合同法 第26条 a term that frees the employer of its
    # legal duty is void, 第58条 the agency is the employer of a dispatched worker; 民法典 第586条 a deposit at most
    # 20% of the contract, 第587条 the deposit rule (lost by the giver, returned double by the taker), 第962条 an
    # agent who hides or lies pays and earns no fee; 诉讼费用交纳办法 第29条 the loser bears the costs; 安全生产法
    # (2021) 第76条 rewards for reporting hazards; 税收征收管理法 第13条 anyone may report tax offences, kept secret,
    # rewarded; 食品安全法 第78条 health food may claim no cure
    ("劳动争议调解仲裁法", "第7条"): says("推举代表", figures=("十个人",)),
    ("劳动合同法", "第26条"): says("无效"),
    ("劳动合同法", "第58条"): says("用人单位"),
    ("民法典", "第586条"): says("20%", "不算定金"),
    ("民法典", "第587条"): says("定金", "双倍返还"),
    ("民法典", "第962条"): says("如实", "隐瞒", "赔偿"),
    ("民法典", "第964条"): says("中介费", "报酬", "必要费用"),
    ("诉讼费用交纳办法", "第29条"): says("输的一方", "败诉"),
    ("安全生产法", "第76条"): says("奖励"),
    ("税收征收管理法", "第13条"): says("检举", "保密", "奖励"),
    ("食品安全法", "第78条"): says("保健", "疾病"),
    # 村民委员会组织法 (2018): 第30条 村务公开 and how often; 第31条 the township or county orders the books shown
    ("村民委员会组织法", "第30条"): says("公开", "公布"),
    ("村民委员会组织法", "第31条"): says("调查核实", "责令公布"),
    # 农村土地承包法 (2018): 第27条 no taking back within the term; 第55条 协商、调解、仲裁 or a lawsuit
    ("农村土地承包法", "第27条"): says("收回"),
    ("农村土地承包法", "第55条"): says("仲裁", "起诉"),
    # 土地管理法 (2019): 第62条 one homestead a household, approved by the township; 第66条 land taken back for
    # a village's public use, with fair compensation
    ("土地管理法", "第62条"): says(
        "审核批准", "一处", "出卖"
    ),  # and no new homestead after selling the house
    ("土地管理法", "第66条"): says("补偿", "收回"),
    # 水法 (2016) 第39条: 河道采砂许可制度; the water authority sets no-dig zones and seasons
    ("水法", "第39条"): says("采砂", "许可"),
    # workers' own questions (faq of actions.labour_rights_questions): 劳动合同法 第63条 equal pay for agency
    # workers; 企业破产法 第48条 wages listed by the administrator unclaimed, 第113条 wages paid first;
    # 劳动争议调解仲裁法 第28条 the written (or oral) application; 劳动保障监察条例 第9条 the reporter kept secret;
    # 国家赔偿法 第36条 money unlawfully taken returned; 个人信息保护法 第10条 no one may disclose another's data
    ("劳动合同法", "第63条"): says("同工同酬"),
    ("企业破产法", "第48条"): says("管理人", "申报"),
    ("企业破产法", "第113条"): says("破产财产", "工资"),
    ("劳动争议调解仲裁法", "第28条"): says("申请书", "口头申请"),
    ("劳动保障监察条例", "第9条"): says("举报", "保密"),
    ("国家赔偿法", "第36条"): says("返还", "退还"),
    ("个人信息保护法", "第10条"): says("个人信息", "公开"),
    # 《住房公积金管理条例》: a unit that does not pay in is ordered to by the centre
    ("住房公积金管理条例", "第38条"): says("限期缴存", "不缴", "少缴"),
    # 《村民委员会组织法》: 征地补偿费的使用、分配方案 are for the 村民会议 to decide
    ("村民委员会组织法", "第24条"): says("村民会议"),
    # 《户口登记条例》: 户口登记工作由各级公安机关主管
    ("户口登记条例", "第3条"): says("公安机关"),
    # a neighbour's dog (治安管理处罚法 2025, in force 2026-01-01: 第89条 a kept animal disturbing or frightening
    # people, warning then fine); a shed put up without a permit (城乡规划法 第64条 stopped and ordered down, 第68条
    # pulled down by order of the county government); a landlord cutting water and power (民法典 第708条 the home kept
    # fit for the agreed use, 第543条 a contract changed only by agreement); a mortgage stopped (民法典 第676条 overdue
    # interest, 第563条 the purchase ended after a reminder); the medical-insurance fund (医疗保障基金使用监督管理条例 第6条)
    ("治安管理处罚法", "第89条"): says("养狗", "动物", "干扰"),
    ("城乡规划法", "第64条"): says("规划", "停止建设", "限期拆除"),
    ("城乡规划法", "第68条"): says("强制拆除"),
    ("民法典", "第708条"): says("按约定", "约定的用途", "正常住"),
    ("民法典", "第543条"): says("商量", "协商", "同意"),
    ("民法典", "第676条"): says("逾期", "利息"),
    ("民法典", "第563条"): says("解除"),
    ("医疗保障基金使用监督管理条例", "第6条"): says("医保基金", "医疗保障部门"),
    # 终本: resumed on new property clues, free of the 2-year limit for applying
    ("最高人民法院关于严格规范终结本次执行程序的规定（试行）", "第9条"): says("恢复执行", "终结本次执行"),
    ("最高人民法院关于适用民法典婚姻家庭编的解释（一）", "第5条"): says("彩礼"),
    # 2024: registered and lived together, returned only when the time was short and the sum high, and then a share
    ("最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定", "第5条"): says("一起生活", "比例"),
    # not registered but lived together: whether and what share is returned, weighed the same way
    ("最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定", "第6条"): says("一起生活", "比例"),
}
LAWS = sorted({law for law, _ in ARTICLES if law != PETITION}, key=len, reverse=True)

FIGURE = re.compile(r"(\d+)\s*(个工作日|日|天|个月|年|小时|人)")
ARTICLE_NO = r"第[0-9一二三四五六七八九十]+条(?:第\d+款)?(?:第[一二三四五六七八九十]+项)?"
# 《law》第N条 / law 第N条 / 第N条, then more articles joined by 、
CITATION = re.compile(
    rf"(?:《(?P<book>[^《》]+)》|(?P<bare>{'|'.join(map(re.escape, LAWS))})\s*)?"
    rf"(?P<articles>{ARTICLE_NO}(?:[、和]{ARTICLE_NO})*)"
)
SENTENCE_END = "。！？\n"


@dataclass(frozen=True)
class Citation:
    where: str
    law: str
    article: str
    statement: str


def _law(name: str | None) -> str:
    return name or PETITION


def _figures(statement: str) -> set[str]:
    return {f"{n}{'日' if unit == '天' else unit}" for n, unit in FIGURE.findall(statement)}


def citations_in_text(where: str, text: str) -> list[Citation]:
    """Each citation in free text, with the statement it backs: the sentence up to it, after any
    earlier citation in the same sentence."""
    found = []
    start = 0
    for match in CITATION.finditer(text):
        begin = max(text.rfind(ch, 0, match.start()) for ch in SENTENCE_END) + 1
        statement = text[max(begin, start) : match.start()].strip("（()）；，、： ")
        if not statement:  # a citation that opens its sentence backs what follows
            end = min(
                [i for i in (text.find(ch, match.end()) for ch in SENTENCE_END) if i >= 0] or [len(text)]
            )
            statement = text[match.end() : end]
        law = _law(match["book"] or match["bare"])
        for article in re.findall(ARTICLE_NO, match["articles"]):
            found.append(Citation(where, law, article, statement))
        start = match.end()
    return found


def citations_of(where: str, text: str, article: str, law: str = "") -> list[Citation]:
    """A structured entry: `article` may list several (第22条、第20条)."""
    if article.startswith("最高"):
        return citations_in_text(where, f"{text}（{article}）")
    return [Citation(where, _law(law), a, text) for a in re.findall(ARTICLE_NO, article)]


def knowledge_citations() -> list[Citation]:
    kb = load_knowledge()
    found: list[Citation] = []
    for code, route in kb.routes.items():
        for view in [route.base, *route.variants.values()]:
            where = f"routes.{code}.{view.key or '-'}"
            for item in (*view.time_limits, *view.notes, *view.after_filing):
                found += citations_of(where, item.text, item.article, item.law)
                found += citations_in_text(where, item.text)
            for text in (view.title, view.summary, view.where):
                found += citations_in_text(where, text)
            if view.limitation is not None:  # the period warned of, and how it is interrupted or suspended
                limit = view.limitation
                found += citations_of(where, f"{limit.what}（{limit.runs}）", limit.article, limit.law)
                for item in limit.pauses:
                    found += citations_of(where, item.text, item.article, item.law)
        for item in route.after_filing:
            found += citations_of(f"routes.{code}.after_filing", item.text, item.article, item.law)
    for key, item in kb.filing.items():
        found += citations_of(f"filing.{key}", item.text, item.article, item.law)
    for step in kb.deadlines.values():
        found += citations_of(f"process_deadlines.{step.step}", step.text, step.article)
    for ground in kb.rejection_grounds:
        found += citations_of(f"rejection_grounds.{ground.key}", ground.text, ground.article)
    ch = kb.channels
    kinds = "".join(name + note for _, name, note in ch.kinds) + ch.progress_query
    found += citations_of("channels", kinds, ch.articles)
    found += citations_of("channels.visits", ch.visits_text, ch.visits_article)
    for guide in kb.crisis.values():
        for text in (guide.tell, guide.lawful, guide.staff, *(line.what for line in guide.lines)):
            found += citations_in_text(f"crisis.{guide.kind}", text)
    for entry in kb.faq.values():
        found += citations_in_text(f"faq.{entry.key}", entry.answer)
    return found


def response_citations() -> list[Citation]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    found = []
    for name, variants in (domain.get("responses") or {}).items():
        for variant in variants:
            found += citations_in_text(f"domain.yml {name}", variant.get("text") or "")
    return found


def other_citations() -> list[Citation]:
    found = citations_in_text("bot.domain.knowledge.RECORDED", RECORDED)
    widget = (ROOT / "bot" / "web" / "widget" / "config.js").read_text(encoding="utf-8")
    for line in re.findall(r'"([^"\n]*第\d+条[^"\n]*)"', widget):
        found += citations_in_text("widget config.js", line)
    for template in ("console/templates/staff/case.html", "templates/demo_guide.html"):
        html = (ROOT / "bot" / "web" / template).read_text(encoding="utf-8")
        found += citations_in_text(template, _plain(html))
    for _, office in OFFICES:  # the consultation answers (actions/service_offices.py)
        found += citations_in_text("consultation offices", office)
    for code in load_knowledge().routes:
        for identified in (True, False):
            for line in after_filing_lines(code, identified=identified):
                found += citations_in_text(f"filing {code}", line)
    return found


def _plain(html: str) -> str:
    """Template text: each `{{ value }}` read as N, tags and Jinja statements as line breaks."""
    return re.sub(r"\{[%#].*?[%#]\}|<[^>]+>", "\n", re.sub(r"\{\{.*?\}\}", "N", html))


def problems(citations: list[Citation]) -> list[str]:
    wrong = []
    for c in citations:
        said = ARTICLES.get((c.law, c.article))
        if said is None:
            wrong.append(f"{c.where}: {c.law} {c.article} is not in the table (what does it say?)")
            continue
        if not any(word in c.statement for word in said.words):
            wrong.append(
                f"{c.where}: {c.law} {c.article} cited for {c.statement!r}, which is none of {said.words}"
            )
        extra = _figures(c.statement) - said.figures
        if extra:
            wrong.append(f"{c.where}: {c.law} {c.article} sets none of {sorted(extra)} in {c.statement!r}")
    return wrong


ALL = {
    "knowledge": knowledge_citations,
    "domain responses": response_citations,
    "other texts": other_citations,
}


@pytest.mark.parametrize("source", list(ALL))
def test_every_citation_says_what_its_article_says(source: str) -> None:
    found = ALL[source]()
    assert found, f"no citations found in {source}: the walk is broken"
    assert problems(found) == []


def test_the_walk_reaches_every_kind_of_entry() -> None:
    wheres = {c.where.split(".")[0] for c in knowledge_citations()}
    assert {
        "routes",
        "filing",
        "process_deadlines",
        "rejection_grounds",
        "channels",
        "crisis",
        "faq",
    } <= wheres
    laws = {c.law for c in knowledge_citations()}
    assert len(laws) >= 14  # every law of the brief is cited somewhere
    cited = {(c.law, c.article) for c in knowledge_citations() + response_citations() + other_citations()}
    assert len(cited) >= 45


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("受理之日起60日内办结，出具信访处理意见书（第32条）。", True),  # the audit's finding
        ("信访部门60日内登记并转送（第22条）。", True),  # a figure the article does not set
        ("申请行政复议，应当在60日内提出（行政复议法 第62条）。", True),  # 第62条 is the decision
        ("对复议决定不服，可以在收到复议决定书之日起15日内向法院起诉（行政诉讼法 第45条）。", False),
        ("申请劳动争议仲裁的时效期间为1年（《劳动争议调解仲裁法》第27条）。", False),
        ("仲裁在45日内结束（劳动争议调解仲裁法 第99条）。", True),  # unknown article
        ("检举材料不会透露给被检举的人（第30条）；其他事项也一样保密（第31条）。", True),
    ],
)
def test_the_checker_catches_wrong_citations(text: str, bad: bool) -> None:
    assert bool(problems(citations_in_text("example", text))) is bad


def test_a_statement_is_only_the_clause_its_citation_backs() -> None:
    found = citations_in_text(
        "x", "事项先登记（第22条）；受理后60日内办结（第34条）。走访代表最多5人（第20条）。"
    )
    assert [(c.article, c.statement) for c in found] == [
        ("第22条", "事项先登记"),
        ("第34条", "受理后60日内办结"),
        ("第20条", "走访代表最多5人"),
    ]
    pdpl = citations_in_text("x", "只收集必需的信息（个人信息保护法 第5条、第6条）。")
    assert [(c.law, c.article) for c in pdpl] == [("个人信息保护法", "第5条"), ("个人信息保护法", "第6条")]


# Each deadline value of the process is pinned to its article.
@pytest.mark.parametrize(
    ("step", "days", "article"),
    [
        ("register_transfer", 15, "第22条"),
        ("acceptance_notice", 15, "第23条"),
        ("jurisdiction_objection", 5, "第23条"),
        ("handling", 60, "第34条"),
        ("extension", 30, "第34条"),
        ("review_request", 30, "第35条"),
        ("review_answer", 30, "第35条"),
        ("reexamination_request", 30, "第36条"),
        ("reexamination_answer", 30, "第36条"),
    ],
)
def test_each_process_deadline_is_pinned_to_its_article(step: str, days: int, article: str) -> None:
    rule = deadline(step)
    assert (rule.days, rule.article) == (days, article)
    unit = "个工作日" if rule.working_days else "日"
    assert f"{days}{unit}" in ARTICLES[(PETITION, article)].figures


def test_no_file_cites_article_32_for_a_time_limit() -> None:
    """第34条 sets the 60 days; a 第32条 in the routes and answers is only 行政处罚法's (a lighter penalty)."""
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    assert not re.search(r"(?<!行政处罚法 )第32条", text.split("routes:", 1)[1])


def test_staff_are_shown_only_the_regulations_grounds_for_not_accepting() -> None:
    html = (ROOT / "bot" / "web" / "console" / "templates" / "staff" / "case.html").read_text(
        encoding="utf-8"
    )
    block = html[html.index('id="rejection-grounds"') :]
    block = block[: block.index("</div>")]
    listed = {
        c.article for item in re.findall(r"<li>(.*?)</li>", block) for c in citations_in_text("li", item)
    }
    assert listed == {g.article for g in load_knowledge().rejection_grounds} == {"第19条第3款", "第36条第3款"}


def test_12356_is_never_promised_around_the_clock() -> None:
    """Some regions staff 12356 at least 18 hours a day, not 24 (国家卫健委, 2024-12)."""
    widget = (ROOT / "bot" / "web" / "widget" / "config.js").read_text(encoding="utf-8")
    texts = [
        crisis_reply("self_harm"),
        crisis_check_in("self_harm"),
        load_knowledge().crisis_guide("self_harm").lines[0].what,
    ]
    texts += [line for line in widget.splitlines() if "12356" in line]
    for text in texts:
        for promise in ("24小时", "二十四小时", "全天候", "随时拨打", "7×24", "7x24"):
            assert promise not in text, promise
    assert "18小时" in crisis_reply("self_harm")


def test_the_code_cites_the_projects_own_brief_not_a_file_users_do_not_have() -> None:
    assert (ROOT / "docs" / "legal.md").is_file()
    private = "DOMAIN" + ".md"
    folders = ("bot", "actions", "knowledge", "docs", "tests", "bench")
    files = [ROOT / "README.md"] + [
        p for folder in folders for p in (ROOT / folder).rglob("*") if p.is_file()
    ]
    citing = [
        str(path.relative_to(ROOT))
        for path in files
        if path.suffix in {".py", ".md", ".yml", ".yaml", ".js", ".html", ".txt"}
        and private in path.read_text(encoding="utf-8", errors="ignore")
    ]
    assert citing == []
