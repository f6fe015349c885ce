"""Letters typed for digits in a phone number: O for 0, l or I for 1 ("1383521O476"), as people do on a phone's
letter keyboard or from a card written by hand. Only inside a run that is plainly a number (at least 7 digits among
at most 2 letters, no other letter touching it), so English words and codes stay as written."""

from __future__ import annotations

import re

_LOOKS_LIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_RUN_RE = re.compile(r"(?<![A-Za-z])[0-9OoIl][0-9OoIl \-]{6,}[0-9OoIl](?![A-Za-z])")
_MIN_DIGITS = 7
_MAX_LETTERS = 2


def letters_as_digits(text: str) -> str:
    """The text with O/o read as 0 and l/I as 1 inside runs that are plainly a number; length kept."""
    if not text:
        return text or ""

    def one(match: re.Match[str]) -> str:
        run = match.group()
        digits = sum(c.isdigit() for c in run)
        letters = sum(c in "OoIl" for c in run)
        if digits < _MIN_DIGITS or not 0 < letters <= _MAX_LETTERS:
            return run
        return run.translate(_LOOKS_LIKE)

    return _RUN_RE.sub(one, text)
