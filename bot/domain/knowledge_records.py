"""The typed records of knowledge/legal_routes.yml (built by `bot.domain.knowledge_parse`, read via `bot.domain.knowledge`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.domain.story_topics import speaks_of, with_topics

# docs/legal.md §3, in routing order (the lead's taxonomy).
ROUTE_CODES: tuple[str, ...] = (
    "litigation",
    "administrative_review",
    "labour_arbitration",
    "labour_inspection",
    "land_contract_arbitration",
    "state_compensation",
    "discipline_inspection",
    "suggestion",
    "praise",
    "consultation",
    "hotline_12345",
    "petition",
)
# Variants every engineer may decide; each needs its own text in the knowledge file.
ROUTE_VARIANTS: dict[str, tuple[str, ...]] = {
    "litigation": (
        "court_case",
        "civil_dispute",
        "land_title",
        "police_inaction",
        "domestic_violence",
        "medical",
        "enforcement",
    ),
    "administrative_review": ("info_disclosure", "review_first", "expropriation"),
    "hotline_12345": ("market", "environment", "housing", "transport"),
    "labour_arbitration": ("work_injury",),
}
# hazards a story may tell (bot.domain.safety.hazards_in), each with a tip in the knowledge file
HAZARD_KINDS: tuple[str, ...] = ("fire_hazard",)
# 第23条: written notice within 15 days of the organ's receipt / 政法 and 纪检监察 own rules / nothing to accept.
NOTICE_KINDS: tuple[str, ...] = ("written", "own_rules", "none")
FILING_KEYS: tuple[str, ...] = (
    "notice_written",
    "notice_missing_identity",
    "notice_own_rules",
    "led_into",
    "led_into_closing",
)
# the crisis kinds, most urgent first (bot.domain.safety reports the first that matches)
CRISIS_KINDS: tuple[str, ...] = (
    "domestic_violence",
    "danger",
    "self_harm",
    "violence",
    "gas_or_fire",
    "fraud_now",
    "missing_person",
)
FAQ_KEYS: tuple[str, ...] = (
    "what_is_petition",
    "channels",
    "next_steps",
    "how_long",
    "anonymous",
    "why_personal_info",
    "litigation",
)
PETITION_LAW = "信访工作条例"


class KnowledgeError(ValueError):
    """The knowledge file is missing something the bot relies on."""


def cite(article: str, law: str = "") -> str:
    """`第20条` + `行政复议法` → `《行政复议法》第20条`; no law means 《信访工作条例》."""
    if not article:
        return ""
    if article.startswith(("最高", "《")):
        return article
    return f"《{law or PETITION_LAW}》{article}"


@dataclass(frozen=True)
class Hotline:
    number: str
    what: str


@dataclass(frozen=True)
class TimeLimit:
    """A cited statement; also used for notes and filing lines."""

    text: str
    article: str
    law: str = ""
    unless: tuple[str, ...] = ()  # words of the story for which the limit does not hold (赡养费: no 3 years)
    about: tuple[
        str, ...
    ] = ()  # words of the story the limit is for (赡养费's none to a late flat); empty: any

    def concerns(self, story: str | None) -> bool:
        """Whether the limit belongs in the answer for this story (every limit when the story is unknown)."""
        if story is None:
            return True
        story = with_topics(story)  # "三个儿子没一个管他的": support, however told
        if any(word in story for word in self.unless):
            return False
        return not self.about or any(word in story for word in self.about)

    @property
    def citation(self) -> str:
        return cite(self.article, self.law)


@dataclass(frozen=True)
class Note:
    text: str
    article: str = ""
    law: str = ""
    about: tuple[str, ...] = ()  # words of the story that make the note worth saying; empty: always
    unless: tuple[str, ...] = ()  # words of the story for which it is wrong advice (再审 to a 终本 case)
    in_summary: bool = False  # also said under the route line of the summary, when the story is about it

    def concerns(self, story: str | None) -> bool:
        """Whether the note belongs in the answer for this story (every note when the story is unknown)."""
        story = with_topics(story) if story is not None else None
        if story is not None and any(word in story for word in self.unless):
            return False
        return not self.about or story is None or speaks_of(story, self.about)

    @property
    def citation(self) -> str:
        return cite(self.article, self.law)


@dataclass(frozen=True)
class Limitation:
    """The period a route must be taken within, counted from the story's time (the warning of `bot.domain.time_left`).

    `runs` is "60日", "6个月" or "1年"; `pauses` are the cited ways the period is interrupted, suspended or not
    counted, only those the law gives for this route; `about`/`unless` are story words it needs or that lift it."""

    runs: str
    what: str  # the period by what must be done in it: "申请行政复议的期限", "申请劳动仲裁的时效"
    counted_from: str  # "知道或者应当知道这个决定的那天"
    article: str
    law: str = ""
    pauses: tuple[
        Note, ...
    ] = ()  # a pause's `about`: said only for stories that tell it (an organ not acting)
    about: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # words of the act that starts the period (罚, 答复): a time is counted from only when told beside one of them
    starts: tuple[str, ...] = ()

    def concerns(self, story: str | None) -> bool:
        told = with_topics(story or "")
        return (not self.about or any(w in told for w in self.about)) and not any(
            w in told for w in self.unless
        )

    @property
    def citation(self) -> str:
        return cite(self.article, self.law)


@dataclass(frozen=True)
class RouteVariant:
    """What the citizen is told for one route (or one variant of it)."""

    key: str
    title: str
    summary: str
    where: str
    hotlines: tuple[Hotline, ...]
    time_limits: tuple[TimeLimit, ...]
    notes: tuple[Note, ...]
    notice: str | None = None  # one of NOTICE_KINDS; None: the route's
    limitation: Limitation | None = None  # a period the citizen must act within, when the route has one
    after_filing: tuple[
        TimeLimit, ...
    ] = ()  # the route's, unless a variant says its own (a 复查 is answered in 30 days)


@dataclass(frozen=True)
class Route:
    code: str
    base: RouteVariant
    variants: dict[str, RouteVariant] = field(default_factory=dict)
    notice: str = "none"  # one of NOTICE_KINDS
    led_into: bool = False  # 第31条第一至五项: led into another statutory procedure
    after_filing: tuple[TimeLimit, ...] = ()

    def resolve(self, variant: str | None = None) -> RouteVariant:
        """The variant's text, or the route's own text when no (known) variant is asked for."""
        return self.variants.get(variant or "", self.base)

    def notice_for(self, variant: str | None = None) -> str:
        """The 第23条 notice of a variant (a land-title dispute is decided by a government), else the route's."""
        return self.resolve(variant).notice or self.notice


@dataclass(frozen=True)
class Deadline:
    step: str
    days: int
    working_days: bool
    article: str
    text: str


@dataclass(frozen=True)
class CrisisGuide:
    kind: str
    lines: tuple[Hotline, ...]
    tell: str
    staff: str
    flags: tuple[str, ...]
    lawful: str = ""


@dataclass(frozen=True)
class FaqEntry:
    key: str
    question: str
    answer: str


@dataclass(frozen=True)
class Channels:
    articles: str
    kinds: tuple[tuple[str, str, str], ...]  # (key, name, note)
    progress_query: str
    visits_text: str
    visits_article: str
    max_representatives: int


@dataclass(frozen=True)
class RejectionGround:
    """One of the only grounds the 条例 gives for 不予受理 (第19条第3款, 第36条第3款)."""

    key: str
    article: str
    text: str


@dataclass(frozen=True)
class RouteQuestionText:
    """A question that tells two routes apart (`bot.route_model.questions`); "是" means the routes in `yes_means`
    (a code covers its every variant, `code/variant` only that variant)."""

    key: str
    text: str
    yes_means: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    routes: dict[str, Route]
    deadlines: dict[str, Deadline]
    crisis: dict[str, CrisisGuide]
    other_lines: tuple[Hotline, ...]
    channels: Channels
    faq: dict[str, FaqEntry]
    filing: dict[str, TimeLimit] = field(default_factory=dict)
    rejection_grounds: tuple[RejectionGround, ...] = ()
    route_questions: tuple[RouteQuestionText, ...] = ()  # in the order they are tried (第31条)
    hazard_tips: dict[str, TimeLimit] = field(default_factory=dict)  # HAZARD_KINDS → what to do, cited

    def route(self, code: str) -> Route:
        if code not in self.routes:
            raise KeyError(f"unknown route code: {code!r}")
        return self.routes[code]

    def deadline(self, step: str) -> Deadline:
        if step not in self.deadlines:
            raise KeyError(f"unknown deadline step: {step!r}")
        return self.deadlines[step]

    def crisis_guide(self, kind: str) -> CrisisGuide:
        if kind not in self.crisis:
            raise KeyError(f"unknown crisis kind: {kind!r}")
        return self.crisis[kind]
