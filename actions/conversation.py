"""Hand-off, and messages the bot cannot read: unsure, small talk, off-topic, or no rule fits."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.category_help import asks_which_class
from actions.consultation import earlier_user_texts, is_consultation
from actions.correction_contacts import keeps_second_number
from actions.correction_labels import detail_named_alone
from actions.correction_named import names_another_detail
from actions.correction_parse import is_explicit_correction
from actions.corrections import CorrectDetail
from actions.crisis import CONFIRM_REMINDER
from actions.crisis_aftercare import aftercare_turn
from actions.crisis_company import stopped_after_self_harm
from actions.crisis_timing import held_events, held_story, help_called, still_held_reply, while_help_comes
from actions.faq_reply import consultation_follow_up, specific_answer
from actions.filed_supplement import supplement_to_filed
from actions.intent_words import asks_for_human
from actions.matter_kind import is_grievance, tells_a_story
from actions.matter_unmarked import asks_to_split
from actions.not_a_matter import answer_instead_of_filing, declined
from actions.progress_start import start_check
from actions.progress_turns import answered_by_check, asks_progress
from actions.question_only import asks_without_grievance
from actions.several_matters import SeveralMatters
from actions.struggle import HelpChooseCategory
from actions.summary_accept import GOING_ELSEWHERE, gives_up_unsure
from actions.summary_fix import corrects_the_summary
from actions.summary_remarks import remark_events
from actions.summary_turn import summary_answered, with_summary_again
from actions.summary_words import summary_word_events
from actions.turn_adapter import read_tracker_turn, say_notes, slot_events, story_events
from actions.turn_replies import UNANSWERED_QUESTION, summary_unread_reply
from actions.unclear_replies import (
    PINYIN_REPLY,
    looks_like_pinyin,
    lost_number_followup,
    phone_kept_for_check,
    unclear_reply,
)
from actions.unsure_reading import reads_as_matter
from bot.domain import text as textutil


class Handoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if tracker.active_loop.get("name") == "intake_form" and not asks_for_human(text):
            # "跟美团客服投诉了" at the earlier-reports question: an answer naming a 客服, not a request
            result = read_tracker_turn(tracker, intent="inform")
            say_notes(dispatcher, result.notes)
            return slot_events(result)
        dispatcher.utter_message(
            text="好的，我已经记下您想找工作人员。工作人员会在工作时间查看这段对话并联系您；"
            "着急的话，也可以直接拨打当地信访部门公布的电话，或者12345政务服务便民热线。"
        )
        if tracker.active_loop.get("name"):
            dispatcher.utter_message(response="utter_intake_resumed")
        return [SlotSet("handoff_requested", True)]


class HandleUnclear(Action):
    """NLU fallback, small talk or off-topic text.

    During the intake the message is still read for details (a phone number with an emoji in it is still a
    phone number); outside it, a real story the classifier was unsure about still starts the intake.
    """

    def name(self) -> str:
        return "action_handle_unclear"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        loop = tracker.active_loop.get("name")
        if loop == "intake_form":
            return await self._read_during_intake(dispatcher, tracker, domain)
        if loop:
            if loop != "progress_form" or not answered_by_check(textutil.normalize_for_parsing(text)):
                dispatcher.utter_message(text=unclear_reply(text))  # "那咋整": the progress check answers it
            return []
        after = aftercare_turn(dispatcher, tracker)
        if (
            after is not None
        ):  # "算了 说了也没用", "好 我打打看" after the hotlines (actions.crisis_aftercare)
            return after
        said = await summary_word_events(dispatcher, tracker, domain)
        if said is not None:  # "着" (Minnan "right") at the summary
            return said
        if not tracker.get_slot("awaiting_confirmation") and gives_up_unsure(text):
            dispatcher.utter_message(text=GOING_ELSEWHERE)  # "算了 我还是去找街道吧" after only asking
            return []
        if tracker.get_slot("awaiting_confirmation") and detail_named_alone(
            textutil.normalize_for_parsing(text)
        ):
            # "反映对象" after "想修改哪一项？": that detail is asked again
            return with_summary_again(await CorrectDetail().run(dispatcher, tracker, domain))
        if tracker.get_slot("awaiting_confirmation") and corrects_the_summary(text, tracker.slots):
            corrected = CorrectDetail.tentative(dispatcher, tracker)  # "类别应该是城乡建设吧" at the summary
            if corrected is not None:
                return with_summary_again(corrected)
        if (remarked := remark_events(dispatcher, tracker)) is not None:  # "紧急就不用了吧" at the summary
            return remarked
        clean = textutil.normalize_for_parsing(text)
        added = None if tracker.get_slot("awaiting_confirmation") else supplement_to_filed(tracker, text)
        if added:  # "那我这个能撤回吗" or "刚才那个再补充一点" after filing: to that case, no new intake
            dispatcher.utter_message(text=added)
            return []
        instead = answer_instead_of_filing(tracker.slots, text, earlier_user_texts(tracker))
        if instead:  # "那我好久能拿到钱咯" after filing, "我不是要反映 就是问问": answered, no intake
            say_notes(dispatcher, instead)
            return []
        if asks_progress(clean):  # "我上个月在你们这登记过一个事 想问问到哪一步了": no new matter
            return start_check(dispatcher)
        held = still_held_reply(tracker.slots, text)
        if held:  # "打了110了 警察还没到 他还在外面骂": no questions while he is at the door
            dispatcher.utter_message(text=held)
            return held_events(tracker.slots, text)
        if held_story(tracker.slots) and help_called(text):
            # "打了110了 说马上来 俺好怕" the classifier was unsure of: read as the intake reads it, what to do until
            # the police come first, then the intake goes on
            result = read_tracker_turn(tracker, intent="inform")
            while_help_comes(tracker.slots, text, result, earlier_user_texts(tracker))
            say_notes(dispatcher, result.notes)
            return [*slot_events(result), FollowupAction("intake_form")]
        kept = keeps_second_number(text, tracker.slots) if tracker.get_slot("awaiting_confirmation") else None
        if (
            kept
        ):  # "对 手机号也记上": the second number given with the phone is on record too; the summary waits
            dispatcher.utter_message(text=kept)
            dispatcher.utter_message(text=CONFIRM_REMINDER)
            return []
        # a question we cannot answer there ("我再问一遍 你们会不会…") is said so, never taken for more story
        aside = (
            specific_answer(text, story=tracker.get_slot("issue_text"))
            or (UNANSWERED_QUESTION if asks_without_grievance(text) else None)
            if tracker.get_slot("awaiting_confirmation")
            else None
        )
        if aside:  # "能让他们上门认证吗 老人真下不了床" at the summary: answered, the summary still waits
            dispatcher.utter_message(text=aside)
            dispatcher.utter_message(text=CONFIRM_REMINDER)
            return []
        # "公积金提取被拒了可以投诉吗😤" only asks: answered, and the story is told next; a story or a short
        # grievance the classifier was unsure of ("在东莞打工 老板欠工资") starts the intake
        if reads_as_matter(tracker.latest_message):
            return self.start_intake(dispatcher, tracker)
        answer = (
            lost_number_followup(tracker)
            or consultation_follow_up(tracker)
            or specific_answer(
                text, story=tracker.get_slot("issue_text"), earlier="\n".join(earlier_user_texts(tracker))
            )
            or unclear_reply(text)
        )
        dispatcher.utter_message(text=answer)
        return phone_kept_for_check(tracker, answer)

    @staticmethod
    def start_intake(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """A story the classifier was unsure of: read here (the form will not read it again), then the intake."""

        events = story_events(tracker)
        dispatcher.utter_message(text="我先把您说的记下来，再问几个问题。")
        return [*events, FollowupAction("intake_form")]

    @staticmethod
    async def _read_during_intake(
        dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:

        text = tracker.latest_message.get("text") or ""
        if asks_to_split(text):  # "这是两件事啊" the classifier was unsure of
            return await SeveralMatters().run(dispatcher, tracker, domain)
        # "反映对象改成包工头" the classifier was unsure of is still a correction
        if is_explicit_correction(text, tracker.slots):
            return await CorrectDetail().run(dispatcher, tracker, domain)
        if names_another_detail(text, tracker.slots, tracker.get_slot("requested_slot")):
            corrected = CorrectDetail.tentative(
                dispatcher, tracker
            )  # "反映对象是桃镇派出所" at the name question
            if corrected is not None:
                return corrected
        if tracker.get_slot("requested_slot") == "category" and asks_which_class(text):
            return await HelpChooseCategory().run(dispatcher, tracker, domain)  # "骗老人钱的这种 算啥类"
        # "我不想说了" after "不想活了" (actions.crisis_company) or "我就问问 不用登记"
        stopped = stopped_after_self_harm(tracker, text) or declined(tracker.slots, text)
        if stopped is not None:  # "我就问问 不用登记 我自己去申请": the intake stops, what was said is kept
            dispatcher.utter_message(text=stopped)
            return [ActiveLoop(None), SlotSet("requested_slot", None), FollowupAction("action_listen")]
        result = read_tracker_turn(tracker)  # "超市说不退 就给换一罐": more of the story, read as inform
        notes = result.notes or ([] if result.updates else [unclear_reply(text)])
        say_notes(dispatcher, notes)
        return slot_events(result)


class ReplyOutOfScope(Action):
    """Small talk and off-topic text get the bot's scope; a message of only emoji or marks gets asked for words."""

    def name(self) -> str:
        return "action_reply_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        clean = textutil.normalize_for_parsing(text)
        said = (
            None
            if tracker.active_loop.get("name")
            else await summary_word_events(dispatcher, tracker, domain)
        )
        if said is not None:  # "着啦" at the summary taken for small talk
            return said
        reviewing = not tracker.active_loop.get("name") and bool(tracker.get_slot("awaiting_confirmation"))
        if reviewing and is_explicit_correction(text, tracker.slots, reviewing=True):
            # "反映对象是启航英语培训机构" at the summary taken for small talk is still a correction
            return await CorrectDetail().run(dispatcher, tracker, domain)
        instead = (
            None
            if tracker.active_loop.get("name")
            else answer_instead_of_filing(tracker.slots, text, earlier_user_texts(tracker))
        )
        if instead:  # "咁我今晚佢再嘈可以点算？" after filing: answered for the case filed
            say_notes(dispatcher, instead)
            return []
        told = tells_a_story(clean) or is_grievance(clean)  # "救命 押金不退 无语子": short, but a wrong done
        if not tracker.get_slot("issue_text") and told and not is_consultation(text):
            # "村书记就是个村霸！！谁不听他的就断谁家的水！！" taken for small talk is a story: the intake starts
            return HandleUnclear.start_intake(dispatcher, tracker)
        # "高龄补贴怎么申请？" taken for small talk still gets its answer
        answer = consultation_follow_up(tracker) or specific_answer(
            text, story=tracker.get_slot("issue_text")
        )
        followup = lost_number_followup(tracker)
        if followup or looks_like_pinyin(text):
            dispatcher.utter_message(text=followup or PINYIN_REPLY)
        elif answer:
            dispatcher.utter_message(text=answer)
        elif textutil.has_words(textutil.normalize_for_parsing(text)):
            dispatcher.utter_message(response="utter_out_of_scope")
        else:
            dispatcher.utter_message(text=unclear_reply(text))
        return phone_kept_for_check(tracker, followup)


class DefaultFallback(Action):
    """Core fallback: no rule or story fits. Says so once, and undoes the message so nothing loops."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        loop = tracker.active_loop.get("name")
        said = None if loop else await summary_answered(dispatcher, tracker, domain)
        if said is not None:  # "对 提交 罚款我到底要不要先交" no rule fits: filed, and answered
            return said
        after = aftercare_turn(dispatcher, tracker)
        if after is not None:  # "那你回答我啊" after the hotlines and an answer (actions.crisis_aftercare)
            return [UserUtteranceReverted(), *after, *([FollowupAction(loop)] if loop else [])]
        at_summary = not loop and tracker.get_slot("awaiting_confirmation")
        if at_summary and detail_named_alone(textutil.normalize_for_parsing(text)):
            # "反映对象" after "想修改哪一项？": that detail is asked again
            return with_summary_again(await CorrectDetail().run(dispatcher, tracker, domain))
        if at_summary and is_explicit_correction(text, tracker.slots, reviewing=True):
            corrected = CorrectDetail.tentative(dispatcher, tracker)  # "电话删掉 我不想留了" no rule fits
            if corrected is not None:
                return with_summary_again(corrected)
        stopped = (stopped_after_self_harm(tracker, text) or declined(tracker.slots, text)) if loop else None
        if stopped is not None:  # "俺只是想问问 不用登记吧" that no rule fits: the intake stops, all is kept
            dispatcher.utter_message(text=stopped)
            return [ActiveLoop(None), SlotSet("requested_slot", None), FollowupAction("action_listen")]
        aside = (
            specific_answer(text, story=tracker.get_slot("issue_text"))
            if not loop and tracker.get_slot("awaiting_confirmation")
            else None
        )
        if aside:  # "俺是说先不交 你们能给俺保密不" at the summary: answered, and the summary still waits
            dispatcher.utter_message(text=aside)
            dispatcher.utter_message(text=CONFIRM_REMINDER)
            return [UserUtteranceReverted()]
        # "我不是要反映 就是问问" that no rule fits: still answered, and nothing is kept of it
        instead = None if loop else answer_instead_of_filing(tracker.slots, text, earlier_user_texts(tracker))
        if instead:
            say_notes(dispatcher, instead)
        followup = None if instead else lost_number_followup(tracker)
        at_summary = not loop and tracker.get_slot("awaiting_confirmation")
        if not instead:  # "不留" said again at the summary: the summary's question again
            unread = summary_unread_reply(text, CONFIRM_REMINDER) if at_summary else unclear_reply(text)
            dispatcher.utter_message(text=followup or unread)
        kept = phone_kept_for_check(tracker, followup)
        return [UserUtteranceReverted(), *kept, *([FollowupAction(loop)] if loop else [])]
