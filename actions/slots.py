"""Names shared by the actions: the slot contract, which answers may be skipped, which intents are not answers."""

from __future__ import annotations

# defined once in bot.domain.intake_fields; the actions read them from here
from bot.domain.intake_fields import NOT_PROVIDED as NOT_PROVIDED
from bot.domain.intake_fields import SLOT_LABELS as SLOT_LABELS

# the order in which the form asks (domain.yml, forms)
INTAKE_SLOTS = (
    "issue_text",
    "category",
    "location",
    "occurred_at",
    "respondent",
    "legal_status",
    "prior_report",
    "people_count",
    "petitioner_name",
    "phone",
    "address",
)
REQUIRED_SLOTS = frozenset({"issue_text", "category", "location"})
OPTIONAL_SLOTS = frozenset(INTAKE_SLOTS) - REQUIRED_SLOTS
ANONYMITY_SLOTS = frozenset({"petitioner_name", "phone"})
# slots that change together with the one named: a place answered sets its code, a class its confidence
COMPANIONS = {
    "location": ("location_code", "location_candidates"),
    "category": ("category_confidence", "category_candidates"),
    "id_number": ("id_number_encrypted",),
}

# slots cleared when a case has been filed, so the next matter starts clean (name and phone are kept)
RESET_AFTER_FILING = (
    "issue_text",
    "category",
    "category_confidence",
    "category_candidates",
    "location",
    "location_code",
    "location_candidates",
    "occurred_at",
    "respondent",
    "legal_status",
    "prior_report",
    "people_count",
    "id_number",
    "id_number_encrypted",
    "evidence",
    "intake_turns",
    "intake_id",
    "matter_kind",
)

# intents whose messages are questions or requests, never answers to the current question
NON_ANSWER_INTENTS = frozenset(
    {
        "ask_what_is_petition",
        "ask_channels",
        "ask_next_steps",
        "ask_duration",
        "ask_privacy",
        "check_progress",
        "ask_human",
        "stop",
        "goodbye",
        "correct_detail",
        "self_harm",
        "threat_violence",
        "domestic_violence",
        "ask_consultation",
        "ask_help_choose",
        "express_frustration",
        "several_matters",
    }
)
# questions that may come with the answer in the same breath ("电话可以留 137… 老板会不会知道是我告的"): the
# answer is read, and the question still answered
QUESTION_INTENTS = frozenset(
    {
        "ask_what_is_petition",
        "ask_channels",
        "ask_next_steps",
        "ask_duration",
        "ask_privacy",
        "ask_consultation",
        "express_frustration",
    }
)
# intents whose text is not used for free-text answers (respondent, prior report, ...)
NOT_FREE_TEXT_INTENTS = NON_ANSWER_INTENTS | {"greet", "thanks", "out_of_scope", "affirm"}

# answers kept in the citizen's words: a question's remainder is never taken for one
WORDS_AS_SAID_SLOTS = frozenset({"prior_report", "respondent", "people_count", "legal_status"})
# answers read strictly (a count, a name, a number, a party, an address): "四五户吧" said as a guess carries one
STRICT_ANSWER_SLOTS = frozenset({"people_count", "respondent", "address", "petitioner_name", "phone"})
# what a correction replaces whole, reason and all ("找过村委会，是他们说不归他们管")
TOLD_WHOLE_SLOTS = frozenset({"issue_text", "prior_report"})
