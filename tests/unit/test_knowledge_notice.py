"""Which organ answers, said at filing, fits the matter (docs/legal.md §2): the court routes follow the 政法
organs' own rules (第23条第4款); a civil dispute not yet in court gets neither (it is mediated or brought to court:
no organ owes a 15-day written answer, and no 政法 organ handles it); a land-title or medical
dispute, decided or mediated by an administrative organ first, gets the written notice."""

from bot.domain.knowledge import after_filing_lines


def test_a_civil_dispute_is_promised_no_written_notice_and_no_organs_own_rules():
    """A dispute with a developer is mediated or sued: no organ owes a 15-day written answer, and it is no matter
    the 政法 or 纪检监察 organs handle by their own rules (hr-002 was told so)."""
    lines = " ".join(after_filing_lines("litigation", identified=True, variant="civil_dispute"))
    assert "会书面告诉您是否受理" not in lines and "第23条第4款" not in lines and "政法机关" not in lines
    assert "第31条" in lines  # led into mediation or a suit


def test_a_land_title_or_medical_dispute_gets_the_written_notice():
    for variant in ("land_title", "medical"):
        lines = " ".join(after_filing_lines("litigation", identified=True, variant=variant))
        assert "15日内" in lines and "第23条第4款" not in lines


def test_a_case_already_in_court_follows_the_courts_own_rules():
    lines = " ".join(after_filing_lines("litigation", identified=True, variant="court_case"))
    assert "政法机关" in lines and "第23条第4款" in lines
