"""Which organ answers, said at filing, fits the matter (docs/legal.md §2): the court routes follow the 政法
organs' own rules (第23条第4款), a civil dispute not yet in court too (it is mediated or brought to court, and
two fresh testers' citizens were promised a 15-day written answer no organ owes them); a land-title or medical
dispute, decided or mediated by an administrative organ first, gets the written notice."""

from bot.domain.knowledge import after_filing_lines


def test_a_civil_dispute_is_promised_no_written_notice_within_15_days():
    lines = " ".join(after_filing_lines("litigation", identified=True, variant="civil_dispute"))
    assert "会书面告诉您是否受理" not in lines and "第23条第4款" in lines


def test_a_land_title_or_medical_dispute_gets_the_written_notice():
    for variant in ("land_title", "medical"):
        lines = " ".join(after_filing_lines("litigation", identified=True, variant=variant))
        assert "15日内" in lines and "第23条第4款" not in lines


def test_a_case_already_in_court_follows_the_courts_own_rules():
    lines = " ".join(after_filing_lines("litigation", identified=True, variant="court_case"))
    assert "政法机关" in lines and "第23条第4款" in lines
