"""The words that say the citizen does not know ("不知道", "记不清", "说不好", "搞不清"), defined once for every
reader: a time, a place, a party or a head count not known is an answer, not a message to read again."""

from __future__ import annotations

import re

DONT_KNOW = re.compile(r"不知道|不清楚|不晓得|不记得|忘了|记不清|说不清|说不好|搞不清")
