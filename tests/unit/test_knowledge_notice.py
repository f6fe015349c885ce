"""Which organ answers, said at filing, fits the matter: a civil dispute not yet in court is no 政法 matter."""

from bot.domain.knowledge import after_filing_lines


def test_a_civil_dispute_gets_the_written_notice_not_the_political_legal_organs_rules():
    lines = " ".join(after_filing_lines("litigation", identified=True, variant="civil_dispute"))
    assert "15日内" in lines and "政法机关" not in lines


def test_a_case_already_in_court_follows_the_courts_own_rules():
    lines = " ".join(after_filing_lines("litigation", identified=True, variant="court_case"))
    assert "政法机关" in lines and "第23条第4款" in lines
