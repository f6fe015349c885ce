"""Every answer a question table points at is in the reviewed knowledge file: a key renamed or folded in one place
and still named in another is an error reply to a citizen (hk-006, hw-029: fine_pay_first after it was folded)."""

from __future__ import annotations

from actions import own_matter_questions as own
from bot.domain.knowledge import load_knowledge


def test_every_key_the_own_matter_tables_name_has_an_answer():
    faq = load_knowledge().faq
    named = {key for key, *_ in own.ASKED} | {key for key, _ in own.OFFICE}
    assert named - set(faq) == set()
