"""What old people and families ask about their own matter: a house signed over by a trick, a parent's own house
taken by a child, how an inheritance is shared, whether a house in dispute can be held from sale, who pays when a
neighbour's dog bit someone, whether a stopped allowance is paid back, whether a bride price comes back, and
whether the assistant can phone someone for them.

Rows of the same shape as `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the
question clause says, what the story must tell). Patterns are searched in normalised text. Pure: no I/O.
"""

from __future__ import annotations

import re

_ANY = re.compile("")

_CHILD = r"儿子|儿媳|女儿|女婿|闺女|子女|儿女|孙子|小儿子|大儿子"
# "房子还是我的名字 他们住着把我赶出来了": the parent's own house, the parent kept out
_OWN_HOUSE = r"(?:房子|房|屋|家)[^。]{0,10}(?:是我的|是俺的|我的名字|俺的名字|我名下|写的我|在我名下)"
_KEPT_OUT = r"不让我进|不让俺进|赶出来|撵出来|赶出门|撵出门|轰出来|占着|霸着|霸占|不让我回|不让俺回|回不去"
_PARENT_HOUSE_TAKEN = rf"^(?=[\s\S]*(?:{_CHILD}))(?=[\s\S]*(?:{_OWN_HOUSE}))(?=[\s\S]*(?:{_KEPT_OUT}))"
# "我就想回自己家住 这个能告他们吗", "房子能要回来不"
_WANTS_HOME = r"告|起诉|打官司|回(?:自己|俺|我)?家住|要回来|拿回来|要回房|怎么办|咋办|咋整"

# "房子能要回来不" of a house a child had signed over by a trick: undone for fraud (民法典 第148条)
_GET_IT_BACK = r"要回来|拿回来|要得回|拿得回|要回|讨回|追回|收回|还给(?:我|俺)|改回|撤销|能不能回来|反悔"
_SIGNED_OVER_BY_TRICK = r"^(?=[\s\S]*(?:过户|名下|房产证|改名|转到|转给))(?=[\s\S]*(?:骗|哄|忽悠|糊弄|不知情|偷偷|趁|稀里糊涂|按的手印|按了手印))"

# "姐妹三个能分多少", "我们几个怎么分", "能分几成": shares of an inheritance
_SHARES = r"分多少|分几|能分多|怎么分|咋分|平分|均分|分得一样|分一样"
_ESTATE = r"遗产|继承|留下的|留给|遗嘱|走了|去世|过世|老人没了|爸没了|妈没了"

# "咬了孙子…能让她赔不", "打疫苗的钱谁出"
_PAY = r"赔|医药费|医疗费|疫苗(?:的)?钱|谁出|谁来出|谁掏|谁负责"
_BITTEN = r"(?:狗|犬|猫)[^。]{0,12}(?:咬|抓|扑)|(?:咬|抓|扑)(?:了|伤|到)?[^。]{0,6}(?:狗|犬)|被狗|狗咬"
# a bite that hurt someone ("被狗咬了 打疫苗花了两千"): the keeper pays, whatever else is asked (no nuisance)
_HURT = r"疫苗|狂犬|医药费|医疗费|缝针|缝了|打针|住院|看病|伤口|流血|咬伤|咬破"
BITE_WITH_HARM = rf"^(?=[\s\S]*(?:{_BITTEN}))(?=[\s\S]*(?:{_HURT}))"
# "狗主人不给 找谁", "这事咋办": who deals with it, or what to do
_WHO_OR_WHAT = r"找谁|找哪|归谁|谁管|怎么办|咋办|咋整|怎么弄|能(?:不能)?要(?:回|得)"

# "停的那几个月的钱能补给俺不", "能补发吗": an allowance stopped and paid back
_BACK_PAY = r"补(?:给|发|回|上|交)|补不补|能补|补吗|补么|追发|补发"
_ALLOWANCE_STOPPED = (
    r"(?:低保|最低生活保障|补贴|津贴|救助金|抚恤金|特困|五保)[^。]{0,10}(?:停|取消|断|没了|不发|没发|没到账)"
)

# "你能帮我打电话给开发商吗", "能不能替俺打个电话问问街道": the assistant phones no one
_CALL_FOR_ME = (
    r"(?:帮|替|代)(?:我|俺|咱)(?:们)?(?:打|拨)(?:个|一个|一下|一)?电话|"
    # asked for ("你能不能打电话给街道"), not feared ("你们会不会打电话到街道去问": who learns it, 第30条)
    r"(?:你|你们|您)(?:能|可以|能不能|可不可以|能否)(?:今天|现在|马上|赶紧|赶快)?(?:就)?(?:帮忙|帮俺|帮我)?(?:去)?(?:打|拨)"
    r"(?:个|一个)?电话(?:给|到|去|问)(?!我|俺)"  # "你们能不能今天就打电话给民政"
)
# "能不能先拦住别让他卖", "房子能冻结吗": the property held before a suit decides (民事诉讼法 第103条、第104条)
_HOLD_PROPERTY = r"拦住|拦下|拦着|(?:别|不)让他?(?:们)?卖|不准他?(?:们)?卖|冻结|查封|保全|扣住|先扣"
_PROPERTY_AT_STAKE = r"房|遗产|继承|宅基地|车|存款|卖"

# "是不是算错了", "到底涨没涨": a pension's yearly rise, which only the pension office can check
_PENSION_RISE = r"算错|算得?不对|算少|少算|涨(?:了)?没(?:有)?|涨没涨|涨了吗|(?:咋|怎么|为啥|为什么)(?:没(?:见)?|才|就)涨|涨(?:了)?多少"
_PENSION = r"养老金|退休金|退休工资|养老保险待遇"
# "我爸二级不就是重度吗": the disability grades (not a work injury's 伤残 grades)
_GRADE_ASKED = r"[一二三四1-4]级[^,，。]{0,6}(?:极重度|重度|中度|轻度)|(?:算不算|是不是|不就是|算)(?:极)?重度|重度(?:吗|么|不|没)"
_DISABLED = r"^(?![\s\S]*(?:工伤|劳动能力|伤残等级))[\s\S]*(?:残疾|残联)"

# "彩礼能要回来不", "彩礼退不退": a bride price returned when no marriage was registered (婚姻家庭编解释（一） 第5条)
_BRIDE_PRICE_BACK = rf"{_GET_IT_BACK}|退(?:不退|吗|么|不|还|回)|还不还|该不该还|能还"
_BRIDE_PRICE = r"彩礼|聘礼|礼金|订婚钱|定亲钱|三金"

# "他转走的钱离婚时候还能分回来吗", "藏起来的存款法院分财产时能算进去吗": property a spouse hid or moved in a divorce
_SHARE_BACK = r"分回|能分|分得到|分不分|怎么分|咋分|算进去|算不算|要回来|追回|拿回来|能不能要|还能要"
_DIVORCE = r"离婚|离了婚|闹离婚"
_HIDDEN = r"转走|转移|藏|隐瞒|偷偷|过户给|转到|转给|挥霍|变卖|卖了"
_HIDDEN_IN_DIVORCE = rf"^(?=[\s\S]*(?:{_DIVORCE}))[\s\S]*(?:{_HIDDEN})"
# read before the villagers' rows: "离婚…能分" of a couple's savings is not a married-out daughter's land money
MARITAL_PROPERTY_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("hidden_marital_property", re.compile(_SHARE_BACK), re.compile(_HIDDEN_IN_DIVORCE)),
)

FAMILY_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("call_for_me", re.compile(_CALL_FOR_ME), _ANY),
    ("house_signed_over_by_fraud", re.compile(_GET_IT_BACK), re.compile(_SIGNED_OVER_BY_TRICK)),
    ("parent_house_taken", re.compile(_WANTS_HOME), re.compile(_PARENT_HOUSE_TAKEN)),
    ("inheritance_shares", re.compile(_SHARES), re.compile(_ESTATE)),
    ("property_preservation", re.compile(_HOLD_PROPERTY), re.compile(_PROPERTY_AT_STAKE)),
    ("animal_bite", re.compile(_PAY), re.compile(_BITTEN)),
    ("animal_bite", re.compile(_WHO_OR_WHAT), re.compile(BITE_WITH_HARM)),
    ("allowance_back_pay", re.compile(_BACK_PAY), re.compile(_ALLOWANCE_STOPPED)),
    ("pension_rise", re.compile(_PENSION_RISE), re.compile(_PENSION)),
    ("disability_grade", re.compile(_GRADE_ASKED), re.compile(_DISABLED)),
    ("bride_price_return", re.compile(_BRIDE_PRICE_BACK), re.compile(_BRIDE_PRICE)),
)
