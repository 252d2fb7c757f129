//! The words and phrase patterns that mark a commitment: data, kept apart from the matching.

use crate::readout::Strength;

/// What kind of phrase fired; decides strength refinements, date mode and item extraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Agree,
    AgreeThat,
    Commit,
    Future,
    Plan,
    Sign,
    Upgrade,
    Interest,
    Hope,
    Ready,
    Intend,
    Propose,
    Invite,
    LookForward,
    Expect,
    CommitNoun,
    Discuss,
    Stress,
    Outline,
}

impl Class {
    pub(super) fn strength(self) -> Strength {
        match self {
            Class::Agree
            | Class::AgreeThat
            | Class::Commit
            | Class::Future
            | Class::Plan
            | Class::Sign
            | Class::Upgrade => Strength::Firm,
            _ => Strength::Soft,
        }
    }
}

pub(super) const PATTERNS: &[(&str, Class)] = &[
    (
        "reached|reach|reaches an|a mutual? agreement|agreements|consensus|understanding to|on|that|regarding",
        Class::Agree,
    ),
    (
        "agreement|agreements|consensus|understanding was|were|has|have been? reached to|on|that|regarding",
        Class::Agree,
    ),
    (
        "was|is|were an|the agreement|agreements to|on",
        Class::Agree,
    ),
    ("was|were|been agreed|decided to|that|on|upon", Class::Agree),
    ("decided|decide|decides to|on|that|upon", Class::Agree),
    ("resolved|resolve|resolves to", Class::Agree),
    (
        "committed|commit|commits|pledged|pledge|pledges|undertook|undertake|undertakes to|themselves",
        Class::Commit,
    ),
    (
        "will|shall be held|organized|organised|signed|launched|established|opened|convened|hosted|discussed|created|set|conducted|implemented|built|constructed|arranged|staged|considered|prepared|sent|submitted|finalized|finalised|concluded|adopted|developed|provided|allocated|delivered|supplied|invested|deployed",
        Class::Future,
    ),
    (
        "will|shall hold|host|sign|visit|organize|organise|open|launch|establish|set|convene|conduct|create|send|attend|participate|pay|meet|arrange|continue|start|begin|finalize|finalise|conclude|prepare|implement|explore|provide|allocate|supply|invest|deliver|build|train|deploy|resume",
        Class::Future,
    ),
    ("will|shall take place|part", Class::Future),
    (
        "would hold|host|organise|organize|sign|visit|open|launch|establish|convene",
        Class::Future,
    ),
    (
        "is|are|was|were scheduled|planned|slated|due to|for",
        Class::Plan,
    ),
    (
        "is|are|was|were to be held|signed|organized|organised|launched|opened|hosted",
        Class::Plan,
    ),
    ("scheduled for|to", Class::Plan),
    ("plan|plans|planned|planning to", Class::Plan),
    ("adopted|concluded a|an|the", Class::Sign),
    ("was|were adopted|approved", Class::Sign),
    (
        "welcomed|noted|hailed the signing|conclusion|adoption of",
        Class::Sign,
    ),
    (
        "accepted|accepts|accept the|an|this invitation|proposal|offer",
        Class::Commit,
    ),
    (
        "preparations|preparation for|of the? upcoming|forthcoming|next|planned",
        Class::Plan,
    ),
    ("hope|hopes|hoped|hoping for|to", Class::Hope),
    (
        "readiness|ready|willingness|willing|prepared|eager|keen to|for",
        Class::Ready,
    ),
    (
        "intention|intentions|intends|intend|intended|intending to|of",
        Class::Intend,
    ),
    ("would like to", Class::Intend),
    (
        "proposal|proposals|suggestion|suggestions|offer|initiative|idea to|for|of|on",
        Class::Propose,
    ),
    (
        "proposed|propose|proposes|suggested|suggest|suggests|offered|offers",
        Class::Propose,
    ),
    ("put|puts forward", Class::Propose),
    ("invited|invite|invites|inviting|invitation", Class::Invite),
    ("look|looked|looks|looking forward to", Class::LookForward),
    ("is|are|was|were expected to", Class::Expect),
    (
        "steps|measures|plans were|was|have|has been? also? outlined|identified|mapped|defined|determined",
        Class::Outline,
    ),
    (
        "outlined|identified|mapped|defined|determined further|concrete|specific|practical|next steps|measures|plans",
        Class::Outline,
    ),
    (
        "stressed|emphasized|emphasised|underlined|underscored|highlighted the? full|timely|swift|effective|practical|consistent? implementation|continuation of",
        Class::Stress,
    ),
    (
        "stressed|emphasized|emphasised|underlined|underscored|highlighted continuing|continuation|implementing",
        Class::Stress,
    ),
    (
        "stressed|emphasized|emphasised|underlined|underscored|highlighted the need|necessity to continue|implement|hold|establish|sign",
        Class::Stress,
    ),
    // French (issue 18): the same classes, by the verbs French readouts use. An apostrophe
    // splits words ("s’engagent"), so the verb after it stands alone.
    (
        "ont|a|avons|sont|est convenu|convenus|convenue|convenues de|d|que|du|des",
        Class::Agree,
    ),
    ("été convenu|décidé|retenu", Class::Agree),
    ("ont|a décidé de|d|que", Class::Agree),
    (
        "accordés|accordées|entendus|entendues sur|pour|de|d",
        Class::Agree,
    ),
    ("engagent|engagées|engagés|engage à|dans", Class::Commit),
    ("ont|a|avons signé|paraphé", Class::Sign),
    (
        "été signé|signés|signée|signées|conclu|conclus|paraphé",
        Class::Sign,
    ),
    (
        "sera|seront|serait organisé|organisée|organisés|organisées|tenu|tenue|tenus|dressé|dressée|signé|signée|créé|créée|assuré|assurée|assurés|lancé|lancée|mis|mise|examiné|examinée",
        Class::Future,
    ),
    ("se tiendra|tiendront", Class::Future),
    ("prévoit|prévoient|envisage|envisagent", Class::Plan),
    ("vise|visent à", Class::Plan),
    (
        "volonté|disposition|disponibilité commune? de|d|à",
        Class::Ready,
    ),
    ("intérêt pour|à|commun", Class::Interest),
    ("invité|invitée|invite|invitation", Class::Invite),
    ("proposé|proposée|propose|proposition", Class::Propose),
    // Russian (issue 18).
    (
        "договорились|договорилась|договорился|условились|решили|согласились|договорённость|договоренность|договорённости|договоренности",
        Class::Agree,
    ),
    (
        "подписали|подписал|подписала|подписан|подписано|подписаны|подписан",
        Class::Sign,
    ),
    ("готовность|готовы|готова", Class::Ready),
    ("высказались|выступили за", Class::Ready),
    ("заинтересованность|заинтересованы", Class::Interest),
    ("намерены|намерена|намерен|намерение", Class::Intend),
    ("пригласил|пригласила|пригласили|приглашение", Class::Invite),
    (
        "предложил|предложила|предложили|предложение",
        Class::Propose,
    ),
    (
        "приготовления|подготовка|подготовку|подготовке к",
        Class::Plan,
    ),
    (
        "будут|будет проведены|проведено|проведен|проведена|организованы|организован|продолжены|продолжена|подписаны|подписан",
        Class::Future,
    ),
];
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "that", "those", "my",
    "your", "such",
];

pub(super) const EXPECT_VERBS: &[&str] = &[
    "be",
    "pay",
    "visit",
    "hold",
    "host",
    "sign",
    "take",
    "attend",
    "arrive",
    "meet",
    "open",
    "launch",
    "participate",
    "travel",
    "come",
    "make",
    "start",
    "begin",
    "continue",
    "discuss",
];

/// Adjectives that show "commitment to" takes a noun phrase, not an action.
pub(super) const COMMON_ADJECTIVES: &[&str] = &[
    "close",
    "closer",
    "comprehensive",
    "mutual",
    "mutually",
    "strategic",
    "long-term",
    "multilateral",
    "bilateral",
    "deeper",
    "sustainable",
    "peaceful",
    "regional",
    "open",
    "free",
    "fair",
    "good",
    "constructive",
    "pragmatic",
    "full",
    "peace",
    "democracy",
    "friendly",
];

/// After "agreed that ... would": these make it a plan rather than an opinion.
pub(super) const WOULD_ACTIONS: &[&str] = &[
    "hold",
    "host",
    "sign",
    "visit",
    "organize",
    "organise",
    "open",
    "launch",
    "establish",
    "set",
    "convene",
    "conduct",
    "create",
    "send",
    "attend",
    "participate",
    "pay",
    "meet",
    "continue",
    "start",
    "begin",
    "prepare",
    "work",
    "take",
];
pub(super) const WOULD_PARTICIPLES: &[&str] = &[
    "held",
    "organized",
    "organised",
    "signed",
    "launched",
    "established",
    "opened",
    "convened",
    "hosted",
    "discussed",
    "created",
    "set",
    "conducted",
    "implemented",
    "arranged",
    "prepared",
    "sent",
    "finalized",
    "finalised",
    "considered",
];

/// Gerunds that make "discussed the issue of ..." an intent rather than a topic.
pub(super) const ACTION_GERUNDS: &[&str] = &[
    "holding",
    "establishing",
    "creating",
    "organizing",
    "organising",
    "signing",
    "opening",
    "launching",
    "setting",
    "conducting",
    "convening",
    "building",
    "constructing",
    "implementing",
    "hosting",
    "concluding",
];

pub(super) const TOPIC_NOUNS: &[&str] = &[
    "prospects",
    "prospect",
    "possibility",
    "possibilities",
    "issue",
    "issues",
    "question",
    "questions",
    "idea",
    "ways",
    "options",
    "matters",
];

/// Words showing that a sentence reports a discussion.
pub(super) const DISCUSSION_MARKERS: &[&str] = &[
    "discussed",
    "discuss",
    "discusses",
    "discussing",
    "discussion",
    "discussions",
    "considered",
    "consider",
    "considering",
    "exchanged",
    "exchange",
    "explored",
    "explore",
    "exploring",
    "studied",
    "reviewed",
    "deliberated",
    "talks",
    "touched",
    "addressed",
];
