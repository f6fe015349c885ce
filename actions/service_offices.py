"""Who does what a citizen asks to get done: a table of (words of the question, the office and how), read in order,
the narrower topics first. Answers a consultation ("残疾证去哪办") and a question beside a matter."""

from __future__ import annotations

import re

from bot.domain import text as textutil

# the allowances 民政 pays ("高龄补帖": a common slip), whose certification is not the pension's
ALLOWANCE = r"高龄|津贴|补贴|补帖|低保|救助|残疾"
# a certification the question does not say of what: the story says ("能不能上门来给我认证" of an allowance)
BARE_CERTIFICATION = r"(?<!实名)认证"

# (words of the question, who does it); the first match wins, so the narrower topics come first
OFFICES = (
    # 行政复议法 (2023): the county government reviews its departments' acts (第24条), in writing or orally
    # (第22条), free of charge (第87条); 60 days from knowing of the act (第20条)
    (
        r"复议",
        "行政复议，向复议机关申请：对县区政府部门（比如医保局、人社局、市场监管局）的决定不服，一般向县区人民政府申请；"
        "写一份复议申请书，写不了的也可以口头申请，带上身份证、那份决定书或者通知、能说明情况的证据和票据；"
        "要在知道这个决定之日起60日内申请，申请复议不收费。具体在哪个窗口递交，可以打12345或者12348问",
    ),
    # 噪声污染防治法 (2022) 第43条: no noisy building work at night near homes, save repairs, emergencies and work
    # that must run on, which needs a paper from the construction or environment department and a public notice
    (
        r"夜间施工|夜间作业|(?:夜里|晚上|半夜|夜间|深夜)[^,，。]{0,8}(?:施工|打桩|开工|还能干|还在干)|施工[^,，。]{0,6}(?:许可|证明)|"
        r"(?:许可证|证明)[^,，。]{0,6}(?:随便|乱)(?:发|开|批)",
        "不能随便发。住宅、学校、医院这些地方附近，夜间（一般是晚上10点到第二天早上6点）原则上不准干有噪声的施工，"
        "只有抢修、抢险，或者工艺上必须连续干的才例外；例外的也要拿到住建、生态环境等部门的证明，还要在工地显眼的地方公示、"
        "告诉附近居民（噪声污染防治法 第43条）。可以请工地把证明拿出来看；没有证明或者超出了证明写的时间，"
        "向区县生态环境、住建或者城管部门举报，也可以打12345",
    ),
    # 政府信息公开条例 (2019): asked of the organ that made or keeps the document (第27条), in writing, online too
    # (第29条); answered at once or within 20 working days, 20 more at most (第33条); a refusal: 复议 first
    (
        r"信息公开|公开(?:文件|政策|依据)|(?:文件|红头文件|政策依据)[^,，。]{0,6}(?:公开|拿出来|给我看|看看)",
        "可以申请政府信息公开：向制作或者保存这份文件的行政机关提出，写清您要哪份文件（名称、文号或者大概内容），"
        "用信函、网上申请或者到窗口填表都行（政府信息公开条例 第27条、第29条）；能当场答复的当场答复，不能的在20个工作日内答复，"
        "最多再延长20个工作日（政府信息公开条例 第33条）。不予公开或者到期不答复的，要先申请行政复议（行政复议法 第23条）",
    ),
    # before 户口 ("卖给城里户口的人"): a rural house or homestead sold outside the village (土地管理法 第62条)
    (
        r"(?:宅基地|农村的?房子?|老房子?|老屋|承包地)[^,，。]{0,12}(?:卖|买|转让)|(?:卖|买|转让)[^,，。]{0,8}(?:宅基地|农村的?房子?)",
        "宅基地归村集体所有，只能由本村集体经济组织的成员申请使用；城镇居民（城里户口的人）按国家政策不能买农村的宅基地和宅基地上的房子，"
        "这样签的买卖合同多半会被认定无效。卖给本村符合申请宅基地条件的村民，一般是可以的；农村村民出卖、出租、赠与住宅以后，"
        "再申请宅基地的，不予批准（土地管理法 第62条）。拿不准的话，可以打12348公共法律服务热线免费问，或者找乡镇政府问清楚",
    ),
    # before 低保 ("补贴"): the farm subsidies are the agriculture office's, paid through the 一卡通, not 民政's
    (
        r"地力保护|种粮|粮食补贴|农机(?:购置)?补贴|惠农补贴|良种补贴|农资补贴|一卡通|"
        r"(?:种地|种田|耕地|农业|农机|拖拉机)[^,，。]{0,6}补(?:贴|助|帖)",
        "耕地地力保护补贴、农机购置补贴这些惠农补贴，一亩（一台）补多少，由省里和县里每年定，各地不一样；"
        "一般通过惠民惠农财政补贴资金“一卡通”打到卡上。今年的标准和发放时间，问乡镇政府的农业服务中心或者财政所，"
        "也可以问县区农业农村局，或者打12345",
    ),
    (r"入学|转学|学籍|上小学|上初中|上学", "入学、转学和学籍，找学校或县区教育局"),
    (
        r"学历认证|学历报告|学历证明|学历查询|学位认证|学信网",
        "学历认证报告，在中国高等教育学生信息网（学信网）上申请；函授、业余、自考这些成人教育的学历也在学信网上查、上面申请，"
        "查不到的（比如毕业年份早的），可以在学信网申请学历认证，或者找毕业学校问",
    ),
    # an old-age allowance's certification is the civil-affairs office's, not the pension's (lead-052)
    (
        rf"(?:{ALLOWANCE})[^,，。]{{0,12}}认证|认证[^,，。]{{0,6}}(?:{ALLOWANCE})",
        "高龄津贴这类补贴的认证，归户籍所在地的街道办（乡镇政府）和县区民政部门管，平时多由社区（村委会）经手。"
        "老人卧床、出不了门的，跟社区说明情况，请他们上门认证，不少地方都是这么办的；有的地方也能让家里人用手机视频认证。"
        "具体怎么认证，以街道或者县区民政部门说的为准",
    ),
    # 农村部分计划生育家庭奖励扶助: a monthly sum for rural parents of an only child (or two daughters) from 60,
    # applied for at the village, checked by the township's 卫生健康 (计生) office, granted by the county's
    (
        r"奖励扶助|(?:农村|种地|种田|农民|农业户口)[^,，。]{0,12}独生子女|独生子女[^,，。]{0,24}(?:农村|种地|种田|农民|农业户口|每(?:个)?月)",
        "农村独生子女（或者只有两个女孩）的父母，年满60岁、符合条件的，按月领“农村部分计划生育家庭奖励扶助金”，这不是退休职工的一次性奖励。"
        "带上户口簿、身份证、独生子女父母光荣证或者能证明只有一个孩子的材料，先向户籍所在地的村委会申报，"
        "由乡镇（街道）管卫生健康（计生）的办公室审核，县区卫生健康部门审批。以前没领的能不能补发，各地规定不一样，申报时一并问清楚；"
        "拿不准可以打12345问",
    ),
    # 独生子女父母奖励: set by each province's 人口与计划生育条例; a closed employer's share falls to the local health
    # (former family-planning) office or the street office, which differs by place
    (
        r"独生子女|计生奖励|计划生育奖励|光荣证",
        "独生子女父母奖励，按各省的人口与计划生育条例发：企业职工退休时的一次性奖励，一般由原单位发；单位倒闭、不在了的，"
        "一般由户籍所在地的街道（乡镇）或者县区卫生健康部门（原来的计生部门）负责，有的地方由社保经办机构随退休手续一起办。"
        "带上独生子女父母光荣证、身份证、户口簿和退休证明，先到户籍所在地街道（乡镇）管卫生健康（计生）的办公室问",
    ),
    # 养老金领取资格认证: by data matching first, else in person, by an app, at a window, or at home for the bedridden
    (
        BARE_CERTIFICATION,
        "养老金领取资格认证，现在多数地方社保部门会先用大数据比对，比对不上的才要本人认证：家里人可以用手机上的"
        "国家社会保险公共服务平台、掌上12333或者当地人社App帮您刷脸认证；不会用手机的，带上身份证到社区（村委会）"
        "或者社保经办机构的窗口认证；年纪大、行动不便的，可以请社区或社保经办机构上门认证。认证补上以后，停发的养老金"
        "一般会恢复发放，停发那几个月的钱也会补发。具体怎么办，可以打12333人社服务热线问",
    ),
    (
        r"三方协议|就业协议",
        "三方协议（毕业生就业协议）里写了违约金的，毁约一般要按协议约定承担；约定得过分高的，可以请法院适当减少"
        "（民法典 第585条）；已经签了劳动合同的，单位只能在培训服务期和竞业限制两种情况下要违约金（劳动合同法 第25条）。"
        "觉得要得太多，可以先跟单位商量，"
        "请学校的就业指导中心帮着沟通，谈不拢的可以打12348公共法律服务热线免费问",
    ),
    (
        r"档案",
        "人事档案的转移和查询，找档案现在存放的地方（人才服务中心、人社局或原单位），再到要转入的地方办接收",
    ),
    # before 社保: "工伤赔偿要去仲裁吗" is about where to apply (劳动争议调解仲裁法 第21条), and it is free (第53条)
    (
        r"劳动仲裁|仲裁委|申请仲裁|仲裁.{0,6}(?:钱|费|哪|怎么)",
        "劳动仲裁不收费，向劳动合同履行地或者用人单位所在地的劳动人事争议仲裁委员会申请（一般设在县区人社局），"
        "带上身份证、申请书和劳动关系的证据；怎么写申请书，可以打12333人社服务热线或12348公共法律服务热线问",
    ),
    (r"法律援助|请律师|请不起律师", "法律援助，找县区司法局的法律援助中心，也可以打12348公共法律服务热线"),
    (r"残疾", "残疾证和残疾人补贴，找县区残联，或者户籍所在地的乡镇政府（街道办）"),
    (r"退役|退伍|优待证|优抚", "退役军人的优待和补助，找县区退役军人事务局或乡镇（街道）退役军人服务站"),
    # 机动车驾驶证申领和使用规定: renewed within 90 days before expiry, at the issuing office or any other one
    (
        r"(?:驾驶证|驾照|驾驶本)[^,，。]{0,12}(?:到期|期满|过期|换证|换本|换新|换)",
        "驾驶证有效期满前90日内就可以申请换证，不用回发证的地方：向您现在所在地的车管所申请也行，"
        "带上身份证、驾驶证和医疗机构出具的身体条件证明；也可以先在交管12123 App上问清楚或者网上办理。"
        "具体要哪些材料，以当地车管所说的为准",
    ),
    (r"驾驶证|驾照|行驶证|车管|年检|车牌", "驾驶证、行驶证和车辆业务，找当地公安交管部门的车管所"),
    # who gets a free or half-price ticket is set locally and by each site: the site or the culture and tourism office
    (
        r"门票|景区|景点|公园|博物馆|索道",
        "景区、公园的门票对老年人是免票还是半价，各地各景区的规定不一样，以当地的规定和景区公布的优惠办法为准："
        "可以先问景区售票处，也可以问当地文化和旅游部门，或者打12345政务服务便民热线；觉得景区没有按公布的办法给优惠，"
        "也可以向当地文化和旅游部门或者12345反映",
    ),
    # 医保 before 社保: "退休以后医保关系怎么转" is the 医疗保障局's, not 人社's
    (
        r"医保|医疗保险|报销|就医备案|异地就医|新农合|居民医疗|职工医疗|长期护理|长护险|护理保险",
        "医保的参保、转移接续、异地就医备案和报销，找当地医疗保障局（医保局）的医保经办机构，"
        "也可以打12393医疗保障服务热线",
    ),
    # before 社保 ("退休的时候"): the award to an only child's parents: paid by the employer at retirement; rules differ where it has closed
    (
        r"独生子女[^,，。]{0,6}(?:奖励|奖金|补助|扶助|费)|独生子女父母",
        "独生子女父母奖励（退休时的一次性奖励、年老以后的奖励扶助），一般由原单位发；单位倒闭、改制了没人发的，"
        "各地办法不一样，多由户籍地的县区卫生健康部门（原来的计生部门）或者街道（乡镇）负责，可以先问县区卫健委，"
        "或者打12345问清楚",
    ),
    # 社会保险法 第17条: a member's survivors draw the funeral grant and the survivors' pension from the pension fund
    (
        r"丧葬费|丧葬补助|抚恤金|遗属",
        "参加养老保险的人去世后，家属可以领丧葬补助金和抚恤金（社会保险法 第17条），向他领养老金的社保经办机构申请，"
        "一般要带死亡证明、户口注销证明、亲属关系证明和领取人的身份证；机关事业单位的，先找原单位。"
        "具体材料可以打12333人社服务热线问",
    ),
    # contributions a flexible worker stopped paying: usually not paid back, carried on from now (local rules differ)
    (
        r"(?:灵活就业|个体|自由职业|自己交)[^,，。]{0,12}(?:补缴|补交|断)|(?:补缴|补交)[^,，。]{0,10}(?:灵活就业|个体)",
        "灵活就业人员自己交的社保断了，一般不能把中断的那几年往回补缴，可以从现在起接着交，以前交的年限会累计算上；"
        "少数地方对特定情况有补缴的规定，以当地社保经办机构的答复为准，可以打12333人社服务热线问清楚",
    ),
    (
        r"社保|养老保险|养老金|失业|工伤保险|工伤认定|退休|生育津贴",
        "社保、养老金、失业和工伤保险，找当地人社部门的社保经办机构，也可以打12333人社服务热线",
    ),
    (r"公积金", "公积金的提取和贷款，找当地住房公积金管理中心，也可以打12329公积金热线"),
    # cemeteries and funeral services are overseen by the county's civil-affairs office; prices also by 12315
    (
        r"公墓|墓地|墓位|墓穴|骨灰|殡葬|殡仪",
        "公墓、墓地和殡葬服务归县区民政部门管，收什么费、收多少要按当地的规定和当初签的合同来；"
        "觉得收费不合理、不交就要清理，可以向县区民政部门反映，收费价格的问题也可以打12315或者12345",
    ),
    (r"护照|港澳|通行证|出入境", "护照和港澳台通行证，找当地公安出入境管理部门"),
    (
        r"户口|户籍|落户|投靠|入户|上户|迁户|迁入|迁出|准迁|身份证|居住证|无犯罪",
        "户口、身份证、居住证和无犯罪记录证明，找户籍所在地或居住地的派出所",
    ),
    (r"出生证明|准生证|生育登记|独生子女", "出生证明和生育登记，找出生的医院或县区卫健部门"),
    (
        r"离婚.{0,12}(?:不同意|不肯|起诉|打官司|孩子|抚养|财产)|(?:起诉|打官司).{0,4}离婚",
        "对方不同意离婚，或者孩子抚养、财产分不清，要到法院起诉离婚；怎么起诉、大概花多少钱，"
        "可以打12348公共法律服务热线免费问，经济困难的可以申请法律援助",
    ),
    (r"结婚|离婚|婚姻登记", "婚姻登记，找县区民政局的婚姻登记处"),
    (r"领养|收养", "收养登记，找县区民政部门"),
    (
        r"承包经营权证|承包证|土地证.{0,6}(?:丢|补|换)",
        "农村土地承包经营权证丢了、坏了要补办，先到乡镇政府（农村经营管理站）申请，再由县区农业农村局审核办理",
    ),
    (
        r"(?:宅基地|农村的?房子?|承包地|土地).{0,8}(?:继承|卖|买|转让)",
        "农村宅基地、房屋和承包地能不能转让或继承，法律有专门的规定，可以打12348公共法律服务热线免费问，"
        "也可以找乡镇政府或县区自然资源部门",
    ),
    (
        r"建房|盖房|翻修|翻建|宅基地",
        "农村建房、翻建和宅基地审批，找户籍所在地的乡镇政府，再由自然资源部门办理",
    ),
    # 民法典 第278条: who votes and how many must agree to use the maintenance fund; 第281条: urgent repairs
    (
        r"维修资金|维修基金|专项维修",
        "动用小区的维修资金（比如换电梯、修屋顶），要业主共同决定：参加表决的业主，专有部分面积和人数都要占全体的三分之二以上，"
        "同意的要超过参加表决的业主专有部分面积的一半、人数的一半（民法典 第278条）；电梯、屋顶这类紧急情况急需维修的，"
        "业主大会或者业委会可以依法申请使用维修资金（民法典 第281条）。具体怎么申请，找小区业委会、物业，"
        "或者区县住建部门的维修资金管理机构，也可以打12345问",
    ),
    (r"公租房|廉租房|保障房|住房补贴", "公租房和住房保障，找县区住建（住房保障）部门或街道"),
    (r"房产证|不动产|过户", "房产证和不动产登记，找当地不动产登记中心"),
    (r"营业执照|个体户|开店|注册公司", "营业执照，找当地市场监管局或政务服务中心"),
    (r"税|发票", "税务问题，找当地税务局，也可以打12366纳税服务热线"),
    (
        r"低保|救助|补贴|高龄|养老院",
        "低保、救助、高龄补贴和养老服务，找户籍所在地的乡镇政府（街道办）或县区民政部门",
    ),
)
GENERAL = "这类办事问题，到当地政务服务中心问，或者拨打12345政务服务便民热线，问得最清楚"


def office_for(question: str, place: str | None = None, story: str | None = None) -> str:
    """Who does what the question asks about; with the county the citizen named ("光山县"), that county's. A
    certification asked of without saying what is certified is the one of the allowance the question or the `story`
    tells, if any ("高龄补帖 … 村里说要我自己去认证")."""
    clean = textutil.normalize_for_parsing(question or "")
    allowance = re.search(ALLOWANCE, f"{clean} {textutil.normalize_for_parsing(story or '')}")
    if allowance and re.search(BARE_CERTIFICATION, clean) and not re.search(r"养老金|退休金|社保", clean):
        clean = f"{clean}（{allowance.group()}认证）"
    where = next((office for words, office in OFFICES if re.search(words, clean)), GENERAL)
    return where.replace("县区", place).replace("当地", place) if place else where
