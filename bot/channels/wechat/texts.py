"""What the channel itself says to citizens (everything else comes from the bot)."""

from __future__ import annotations

WELCOME = (
    "您好，欢迎关注！我是信访智能受理助手，可以帮您把要反映的事情说清楚、登记下来，"
    "并告诉您该走哪条渠道、有哪些时限。\n\n"
    "直接用文字说说您遇到的事就行，也可以发位置告诉我地点，发图片作为材料。\n\n"
    "隐私说明：您告诉我的内容只保存在受理单位自己的数据库里，用于登记和办理您的事项；"
    "身份证号会加密保存，只显示部分号码。姓名和电话可以不留，但不留姓名就没法书面告知您结果。"
)
VOICE_UNCLEAR = "抱歉，这段语音我没听清。麻烦您打字告诉我，好吗？"
UNSUPPORTED = "抱歉，这类消息我暂时看不了。请用文字说说您的情况，也可以发图片或位置。"
FAILED = "抱歉，系统刚才出了点问题，您的话可能没收到。请稍后再发一次。"
IMAGE_LABEL = "[图片]"
IMAGE_RECEIVED = "收到您的图片，已经记在这次对话里，工作人员受理时能看到。"
# the intake's generic "not understood" note makes no sense after a picture: left out then
NOT_UNDERSTOOD = frozenset({"抱歉，这个回答我没太看懂。"})
