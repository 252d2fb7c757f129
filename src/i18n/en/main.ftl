### Accord — interface messages, English (en). Source of truth for ru and kk.
### Issue 17. The strings the UI shows today, read from the code; ids are grouped by where
### they appear. Enum labels are `<enum>-<stored value>`, the stored value kept verbatim
### (so `health-due_soon`: underscores are legal in Fluent ids and let the code build the id
### from `as_str()`). Numbers and dates arrive already formatted; counts still select plural
### categories, so pass them as numbers. "Accord" is the product name: never translated.

## Document, page titles

# $page: the page's own title.
page-title = { $page } · Accord
page-title-empty = Accord
app-description = Accord tracks the initiatives agreed in diplomatic meetings.

## Language switcher (each language named in its own language, in every catalogue)

language-switcher-label = Language
language-en = English
language-ru = Русский
language-kk = Қазақша

## Layout: skip link, header, navigation, footer (src/ui/components/layout.rs)

layout-skip-link = Skip to main content
nav-main-label = Main
nav-my-initiatives = My initiatives
nav-dashboard = Dashboard
nav-initiatives = Initiatives
nav-meetings = Meetings
nav-users = Users
nav-partners = Partners
nav-sectors = Sectors
nav-audit = Audit
layout-account-title = Your account
layout-sign-out = Sign out
layout-footer = Accord · from meeting readouts to tracked initiatives

## Shared words and busy labels of submit buttons

common-cancel = Cancel
common-loading = Loading…
common-loading-form = Loading the form…
common-none = —
common-yes = yes
common-no = no
busy-saving = Saving…
busy-filtering = Filtering…
busy-searching = Searching…
busy-creating = Creating…
busy-deleting = Deleting…
busy-loading = Loading…

## Dates and counts (src/ui/format.rs). Day, month and year arrive as text.

# "2 December 2026"
date-long = { $day } { $month } { $year }
# "16 Nov 2026": table dates
date-short = { $day } { $month } { $year }
# "16 Nov 2026, 09:05 Asia/Almaty"; $date is a date-short, $time is "09:05", $zone the IANA name.
date-time = { $date }, { $time } { $zone }
# "Nov 2026": chart months; $month is a month-standalone-short.
month-year-short = { $month } { $year }

# Month names as date-long needs them.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Abbreviated month names as date-short needs them (inside a date).
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

# Abbreviated month names on their own (chart axis, month-year-short).
month-standalone-short-1 = Jan
month-standalone-short-2 = Feb
month-standalone-short-3 = Mar
month-standalone-short-4 = Apr
month-standalone-short-5 = May
month-standalone-short-6 = Jun
month-standalone-short-7 = Jul
month-standalone-short-8 = Aug
month-standalone-short-9 = Sep
month-standalone-short-10 = Oct
month-standalone-short-11 = Nov
month-standalone-short-12 = Dec

count-initiatives =
    { $count ->
        [one] { $count } initiative
       *[other] { $count } initiatives
    }
count-open-initiatives =
    { $count ->
        [one] { $count } open initiative
       *[other] { $count } open initiatives
    }
count-meetings =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
count-rows =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
count-items =
    { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
# $percent: a whole number.
percent = { $percent }%

## Errors (src/error.rs, src/ui/components/errors.rs)

errors-heading-not-found = Not found
errors-heading-forbidden = Not allowed
errors-heading-unauthenticated = Sign-in needed
errors-heading-unavailable = Temporarily unavailable
errors-heading-other = Something went wrong
error-validation = Please correct the fields marked below.
# $what: the record's kind, lower case: initiative, meeting, partner, readout, sector, spreadsheet, user.
error-not-found =
    { $what ->
        [initiative] Initiative was not found.
        [meeting] Meeting was not found.
        [partner] Partner was not found.
        [readout] Readout was not found.
        [sector] Sector was not found.
        [spreadsheet] Spreadsheet was not found.
        [user] User was not found.
       *[other] The record was not found.
    }
error-conflict = Someone else saved this record first.
error-forbidden = You are not allowed to do that.
error-unauthenticated = Please sign in.
error-unavailable = The service is temporarily unavailable. Please try again shortly.
error-internal = Something went wrong on our side. Reference: { $reference }.
# $reason: technical text from the browser, or error-unreadable-request.
error-request = The request could not be completed: { $reason }
error-unreadable-request = a field is missing, repeated or has the wrong type.

## Forms (src/ui/components/form.rs)

# Read by screen readers before a field's message.
form-error-prefix = Error:{ " " }
form-error-summary-heading = There is a problem
form-error-summary-conflict = The page now shows the current record. What you typed is kept below: check it and save again.

## Edit conflict (src/ui/components/conflict.rs)

# $what: initiative or meeting.
conflict-heading =
    { $what ->
        [meeting] Someone else saved this meeting first
        [initiative] Someone else saved this initiative first
        [partner] Someone else saved this partner first
        [sector] Someone else saved this sector first
       *[other] Someone else saved this record first
    }
conflict-body = Nothing was overwritten. Compare the two versions; your values are kept in the form below. Save to apply them on top of the current version, or discard them.
conflict-caption = The current version and yours
conflict-field = Field
conflict-current = Current version
conflict-yours = Your version
conflict-save-mine = Save my version over the current one
conflict-discard = Discard my changes

## Field names: form labels, history entries, edit comparisons, validation messages
## (src/ui/history.rs FIELDS and OTHER_FIELDS, the forms). Suffix = stored field name.

field-title = Title
field-status = Status
field-owner_id = Owner
field-deadline = Deadline
field-partner_id = Partner
field-sector_ids = Sectors
field-meeting_id = Meeting
field-description = Description
field-obligor = Next step owed by
field-strength = Strength
field-confidentiality = Confidentiality
field-next_review_on = Next review
field-blocked_reason = Blocked because
field-completed_on = Completed on
field-held_on = Date
field-location = Location
field-summary = Summary
field-readout = Readout
field-source_url = Source link
field-participants = Participants
field-name = Name
field-kind = Kind
field-parent_id = Part of
field-world_region = World region
field-iso_code = ISO code
field-slug = Key
field-email = Email
field-display_name = Name
field-role = Role
field-active = Active
field-reason = Reason
field-retired_at = Retired
field-restored_at = Brought back
field-merged_into = Merged into
field-merged_from = Moved here from
field-note = Note
field-evidence_url = Evidence link
field-organisation = Organisation
field-side = Side
field-synonyms = Synonyms
# The label validation uses for a meeting's date (the form itself says field-held_on).
field-meeting-date = Meeting date

## Closed value sets (text_enum! in src/domain/**): <enum>-<stored value>

status-proposed = Proposed
status-active = Active
status-blocked = Blocked
status-completed = Completed
status-dropped = Dropped

health-overdue = Overdue
health-due_soon = Due soon
health-stale = Stale
health-on_track = On track
health-closed = Closed

role-admin = Administrator
role-manager = Manager
role-officer = Desk officer
role-viewer = Viewer

confidentiality-public = Public
confidentiality-internal = Internal
confidentiality-restricted = Restricted

obligor-us = Us
obligor-them = Them
obligor-joint = Joint

strength-firm = Firm
strength-soft = Soft

side-ours = Our side
side-theirs = Their side

partner-kind-country = Country
partner-kind-region = Region
partner-kind-city = City or port
partner-kind-organisation = Organisation

world-region-africa = Africa
world-region-northern_america = Northern America
world-region-latin_america = Latin America and the Caribbean
world-region-central_asia = Central Asia
world-region-eastern_asia = Eastern Asia
world-region-south_eastern_asia = South-eastern Asia
world-region-southern_asia = Southern Asia
world-region-western_asia = Western Asia
world-region-europe = Europe
world-region-oceania = Oceania

dashboard-level-world = World regions
dashboard-level-top = Countries and organisations
dashboard-level-sub = Regions

change-kind-created = Created
change-kind-completed = Completed
change-kind-slipped = Slipped (became overdue)
change-kind-reassigned = Reassigned

audit-kind-initiative = Initiative
audit-kind-meeting = Meeting
audit-kind-partner = Partner
audit-kind-sector = Sector
audit-kind-user = User

initiative-sort-deadline = Deadline
initiative-sort-updated = Last update
initiative-sort-title = Title
initiative-sort-relevance = Best match

sheet-column-title = Title
sheet-column-partner = Partner
sheet-column-owner_email = Owner e-mail
sheet-column-deadline = Deadline
sheet-column-status = Status
sheet-column-sectors = Sectors
sheet-column-confidentiality = Confidentiality
sheet-column-description = Description
sheet-column-meeting_date = Source meeting date
sheet-column-external_ref = External reference

problem-kind-empty = Empty file
problem-kind-too_big = File too big
problem-kind-utf16 = UTF-16 text
problem-kind-not_utf8 = Not UTF-8 text
problem-kind-not_text = Not text
problem-kind-too_many_columns = Too many columns
problem-kind-cell_too_long = Cell too long
problem-kind-too_many_rows = Too many rows
problem-kind-unreadable = Not a CSV file
problem-kind-no_rows = No rows

## Sign-in page (src/ui/pages/login.rs)

login-page-title = Sign in
login-heading = Sign in to Accord
login-signed-out = You have signed out.
login-error-invalid = The email or password is incorrect.
login-error-missing = Enter your email and password.
login-error-throttled =
    { $seconds ->
        [one] Too many failed attempts. Wait { $seconds } second, then try again.
       *[other] Too many failed attempts. Wait { $seconds } seconds, then try again.
    }
login-email-label = Email
login-password-label = Password
login-submit = Sign in

## Home: my initiatives (src/ui/pages/home.rs)

home-page-title = My initiatives
home-heading = My initiatives
home-all-initiatives = All initiatives
home-loading = Loading your initiatives…
home-empty = You own no initiatives yet. Record a meeting and add what was agreed.
home-result-count =
    { $count ->
        [one] { $count } initiative: overdue first, then due soon, stale and on track.
       *[other] { $count } initiatives: overdue first, then due soon, stale and on track.
    }
home-table-caption = My initiatives, what needs attention first
home-meetings-heading = Recent meetings
home-all-meetings = All meetings
home-meetings-loading = Loading meetings…
home-meetings-empty = No meetings recorded yet.
home-meetings-caption = Recent meetings

## Page not found (src/ui/pages/not_found.rs)

not-found-page-title = Page not found
not-found-heading = Page not found
not-found-body = There is nothing at this address. It may have moved, or the link may be mistyped.
not-found-home-link = Go to the start page

## Tables of initiatives and meetings (src/ui/components/initiative_table.rs, meeting_table.rs)

initiative-table-initiative = Initiative
initiative-table-partner = Partner
initiative-table-deadline = Deadline
initiative-table-status = Status
initiative-table-health = Health
initiative-table-owner = Owner
initiative-table-last-update = Last update
meeting-table-date = Date
meeting-table-meeting = Meeting
meeting-table-partner = Partner
meeting-table-location = Location
meeting-table-participants = Participants

## Download links (src/ui/components/downloads.rs)

# $what: how much is in the file, e.g. count-rows, count-items or a bare number.
downloads-csv = Download CSV ({ $what })
downloads-excel = Excel (.xlsx)

## Initiative page (src/ui/pages/initiative.rs)

initiative-loading = Loading the initiative…
initiative-fallback-title = Initiative
initiative-back-to-all = Back to all initiatives
initiative-breadcrumb = Initiatives
initiative-edit = Edit
initiative-delete = Delete…
initiative-read-only = Read only: owned by someone else
initiative-fact-partner = Partner
initiative-fact-owner = Owner
initiative-fact-deadline = Deadline
initiative-fact-next-review = Next review
initiative-fact-sectors = Sectors
initiative-fact-meeting = From meeting
initiative-fact-obligor = Next step owed by
initiative-fact-strength = Strength
initiative-fact-confidentiality = Confidentiality
initiative-fact-completed-on = Completed on
initiative-fact-blocked-reason = Blocked because
initiative-unassigned = Unassigned
initiative-description-heading = Description
initiative-history-heading = History

initiative-status-form-heading = Update status
# $status: the current status's label (status-*).
initiative-status-form-current = { $status } (no change, add a note)
initiative-status-form-new-status = New status
initiative-status-form-note = Note
initiative-status-form-note-hint = What happened. Required when blocking: say what holds it up.
initiative-status-form-evidence = Evidence link
initiative-status-form-evidence-hint = A link to the signed text, the minutes or the announcement. Completing needs this link or a note.
initiative-status-form-submit = Save update

initiative-timeline-empty = No history yet.
initiative-timeline-system = System
# One edited field: $field is a field-* label.
initiative-timeline-change = { $field }: { $before } → { $after }
initiative-timeline-evidence = Evidence:

## History headlines (src/ui/history.rs)

history-created = Created
# $status: a status-* label.
history-created-as = Created as { $status }
history-status-changed = Status changed
history-status-changed-from-to = Status changed from { $from } to { $to }
history-progress-note = Progress note
history-follow-up = Discussed again at a meeting
history-deleted = Deleted
history-edited = Edited

## Initiative list and filters (src/ui/pages/initiatives.rs)

initiatives-page-title = Initiatives
initiatives-heading = Initiatives
initiatives-import = Import a spreadsheet
initiatives-new = New initiative
initiatives-loading-filters = Loading filters…
initiatives-loading = Loading initiatives…
initiatives-filters-label = Filter initiatives
initiatives-filter-text = Text
initiatives-filter-text-placeholder = Words from titles, notes or readouts
initiatives-filter-partner = Partner
initiatives-filter-partner-any = Any partner
initiatives-filter-sector = Sector
initiatives-filter-sector-any = Any sector
initiatives-filter-status = Status
initiatives-filter-status-any = Any status
initiatives-filter-status-open = Open (not closed)
initiatives-filter-health = Health
initiatives-filter-health-any = Any health
initiatives-filter-owner = Owner
initiatives-filter-owner-any = Anyone
initiatives-filter-region = World region
initiatives-filter-region-any = Any region
initiatives-filter-due-by = Due by
filters-apply = Apply filters
filters-clear = Clear
# $sort: deadline, updated, title or relevance (the stored sort value).
initiatives-result-count =
    { $count ->
        [one] { $count } initiative
       *[other] { $count } initiatives
    } · sorted by { $sort ->
        [deadline] deadline
        [updated] last update
        [relevance] best match
       *[title] title
    }
# More than one page: $shown rows on this one.
initiatives-result-count-partial =
    { $count ->
        [one] { $count } initiative
       *[other] { $count } initiatives
    }, showing { $shown } from here · sorted by { $sort ->
        [deadline] deadline
        [updated] last update
        [relevance] best match
       *[title] title
    }
initiatives-sort-relevance-link = Best match first
initiatives-empty = No initiatives match these filters.
initiatives-table-caption = Initiatives
initiatives-pager-label = Pages
initiatives-pager-first = First page
initiatives-pager-next = Next page

## New and edit initiative (src/ui/pages/initiative_form.rs); labels are field-*

initiative-form-new-title = New initiative
initiative-form-title-hint = What was agreed, in a few words.
initiative-form-partner-blank = Choose a partner
initiative-form-owner-blank = Unassigned
initiative-form-deadline-hint = Required once the initiative is active.
initiative-form-strength-hint = Firm: agreed or signed. Soft: interest or intent.
initiative-form-confidentiality-hint = Restricted initiatives are hidden from viewers.
initiative-form-create = Create initiative
initiative-form-edit-title = Edit initiative
# $title: the initiative's title.
initiative-form-edit-heading = Edit: { $title }
initiative-form-back = Back to the initiative
initiative-form-save = Save changes

## Delete an initiative or a meeting (src/ui/pages/delete_record.rs)

delete-title = Delete
# $kind: initiative or meeting.
delete-heading =
    { $kind ->
        [meeting] Delete this meeting?
       *[initiative] Delete this initiative?
    }
delete-initiative-consequence-1 = The initiative, its status history and its links to meetings are deleted.
delete-initiative-consequence-2 = The dashboard stops counting it.
delete-consequence-audit = The audit trail keeps its last values, who deleted it, when and why.
delete-meeting-consequence-1 = The meeting and its participants are deleted.
delete-meeting-consequence-2 = Initiatives agreed at it stay, no longer tied to a meeting (each change is in their history).
delete-reason-label = Why delete it?
delete-reason-hint = Required, kept in the audit trail (at most { $max } characters).
delete-submit = Delete for good
delete-keep = Keep it

## Dashboard (src/ui/pages/dashboard.rs). $level: world, top or sub (dashboard-level-*):
## rows are world regions at "world", partners otherwise.

dashboard-page-title = Dashboard
dashboard-heading = Dashboard
dashboard-loading = Loading the dashboard…
dashboard-filters-label = Filter the dashboard
dashboard-filter-sector = Sector
dashboard-filter-sector-any = Every sector
dashboard-filter-owner = Owner
dashboard-filter-owner-any = Everyone
dashboard-filter-region = World region
dashboard-filter-region-any = Every region
dashboard-levels-label = Level
dashboard-changes-link = What changed this quarter
# Headline figures: the number is shown on its own, this is the word after it.
dashboard-figure-open =
    { $count ->
        [one] open
       *[other] open
    }
dashboard-figure-overdue =
    { $count ->
        [one] overdue
       *[other] overdue
    }
dashboard-figure-due-30 =
    { $count ->
        [one] due in 30 days
       *[other] due in 30 days
    }
dashboard-figure-stale =
    { $count ->
        [one] stale
       *[other] stale
    }
dashboard-figure-completed =
    { $count ->
        [one] completed
       *[other] completed
    }
dashboard-empty = No initiatives match.
dashboard-chart-heading =
    { $level ->
        [world] Open and completed initiatives by world region
       *[other] Open and completed initiatives by partner
    }
# More rows than the chart shows: $count is the number charted (20).
dashboard-chart-heading-top =
    { $level ->
        [world] The { $count } world regions needing most attention
       *[other] The { $count } partners needing most attention
    }
dashboard-table-heading =
    { $level ->
        [world] By world region, what needs attention first
       *[other] By partner, what needs attention first
    }
dashboard-table-shown =
    { $level ->
        [world] The { $shown } world regions needing most attention, of { $total }.
       *[other] The { $shown } partners needing most attention, of { $total }.
    }
dashboard-table-show-all = Show all { $total }
dashboard-months-heading = Opened and completed, month by month
dashboard-matrix-heading =
    { $level ->
        [world] Open initiatives by world region and sector
       *[other] Open initiatives by partner and sector
    }
dashboard-matrix-heading-top =
    { $level ->
        [world] Open initiatives by world region and sector: the { $count } needing most attention
       *[other] Open initiatives by partner and sector: the { $count } needing most attention
    }
dashboard-table-caption =
    { $level ->
        [world] Initiatives by world region: status, health, due dates, completion and timeliness
       *[other] Initiatives by partner: status, health, due dates, completion and timeliness
    }
dashboard-col-partner = Partner
dashboard-col-world-region = World region
dashboard-col-all = All
dashboard-col-overdue = Overdue
dashboard-col-due-30 = Due in 30 days
dashboard-col-stale = Stale
dashboard-col-completion = Completion
dashboard-col-on-time = On time
# Link names of the table's counts. $name: the row (partner or world region).
dashboard-cell-all = All { $count } initiatives with { $name }
# $status: the stored status value.
dashboard-cell-status =
    { $status ->
        [proposed] { $count } proposed initiatives with { $name }
        [active] { $count } active initiatives with { $name }
        [blocked] { $count } blocked initiatives with { $name }
        [completed] { $count } completed initiatives with { $name }
       *[dropped] { $count } dropped initiatives with { $name }
    }
dashboard-cell-overdue = { $count } overdue initiatives with { $name }
dashboard-cell-stale = { $count } stale initiatives with { $name }
# $date: the last day counted as "due in 30 days".
dashboard-cell-due = { $count } initiatives with { $name } due by { $date }
dashboard-on-time-title = { $on_time } of { $total } completed by the first deadline agreed; { $on_time_current } by the deadline as it stands
dashboard-table-hint = Due in 30 days: open, with a deadline from today to { $date }. Stale: no update for 60 days. Completion: completed of all not dropped. On time: completed on or before the first deadline agreed, of those completed that had one (the rate against the deadline as it stands is in the cell's title). Moved: how many times deadlines were moved. A partner's row includes the partners under it.
dashboard-matrix-empty = No open initiatives.
dashboard-matrix-caption =
    { $level ->
        [world] Open initiatives by world region and sector, with how many are overdue
       *[other] Open initiatives by partner and sector, with how many are overdue
    }
dashboard-matrix-overdue = { $count } overdue
dashboard-matrix-hint = Each cell counts open initiatives (an initiative in two sectors counts in both); overdue ones are shown in brackets and highlighted.

## Dashboard charts (src/ui/pages/dashboard/charts.rs)

dashboard-chart-title = Initiatives by partner: overdue, due soon, stale, on track and completed
# One row of the chart's text description; rows are joined with "; ".
dashboard-chart-row = { $name }: { $overdue } overdue, { $due_soon } due soon, { $stale } stale, { $on_track } on track, { $completed } completed
# A bar segment's tooltip. $segment: overdue, due_soon, stale, on_track or completed.
dashboard-chart-segment =
    { $segment ->
        [overdue] { $name }: { $count } overdue
        [due_soon] { $name }: { $count } due soon
        [stale] { $name }: { $count } stale
        [on_track] { $name }: { $count } on track
       *[completed] { $name }: { $count } completed
    }
dashboard-chart-legend-completed = Completed
dashboard-chart-legend-note = The table below gives the same figures.
dashboard-months-title = Initiatives opened and completed per month over the last 12 months
# $month: a month-year-short.
dashboard-months-row = { $month }: { $opened } opened, { $completed } completed
dashboard-months-bar-opened = { $month }: { $count } opened
dashboard-months-bar-completed = { $month }: { $count } completed
dashboard-months-opened = Opened
dashboard-months-completed = Completed
dashboard-months-table-summary = The same figures as a table
dashboard-months-table-caption = Initiatives opened and completed per month
dashboard-months-col-month = Month
dashboard-months-hint = Opened: created that month. Completed: completed that month and still completed (a reopened initiative leaves its month).

## What changed (src/ui/pages/changes.rs, src/server/store/changes.rs)

changes-page-title = What changed
changes-fallback-heading = What changed
changes-loading = Loading the brief…
changes-heading = What changed since { $date }
changes-period-label = Choose the period
changes-since = Since
changes-submit = Show the brief
changes-last-30-days = Last 30 days
changes-this-quarter = This quarter
changes-this-year = This year
# Headline figures: the number is shown on its own, this is the word after it.
changes-figure-created =
    { $count ->
        [one] created
       *[other] created
    }
changes-figure-completed =
    { $count ->
        [one] completed
       *[other] completed
    }
changes-figure-slipped =
    { $count ->
        [one] slipped (became overdue)
       *[other] slipped (became overdue)
    }
changes-figure-reassigned =
    { $count ->
        [one] reassigned
       *[other] reassigned
    }
changes-truncated = A long period: each list shows the latest { $count } items.
changes-empty = Nothing was created, completed, slipped or reassigned in this period.
changes-by-partner-heading = By partner
changes-table-caption = Changes per partner in the period
changes-col-partner = Partner
# $kind: a change-kind-* label.
changes-list-heading = { $kind } ({ $count })
changes-reassigned-detail = from { $from } to { $to }
changes-nobody = nobody
changes-unknown-user = user { $id }

## Meetings (src/ui/pages/meetings.rs, meeting.rs, meeting_form.rs, meeting_edit.rs)

meetings-page-title = Meetings
meetings-heading = Meetings
meetings-import = Import a readout
meetings-new = Record a meeting
meetings-search-label = Search meetings
meetings-search-placeholder = Title, partner or place
meetings-search-submit = Search
meetings-loading = Loading meetings…
meetings-result-count =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
meetings-result-count-search =
    { $count ->
        [one] { $count } meeting matching “{ $search }”
       *[other] { $count } meetings matching “{ $search }”
    }
meetings-empty = No meetings match this search.
meetings-table-caption = Meetings

meeting-loading = Loading the meeting…
meeting-fallback-title = Meeting
meeting-back-to-all = Back to all meetings
meeting-breadcrumb = Meetings
meeting-correct = Correct
meeting-delete = Delete…
meeting-fact-date = Date
meeting-fact-partner = Partner
meeting-fact-location = Location
meeting-fact-confidentiality = Confidentiality
meeting-fact-source = Source
meeting-summary-heading = Summary
meeting-initiatives-heading = Initiatives from this meeting
meeting-add-initiative = Add initiative from this meeting
meeting-initiatives-empty = No initiatives recorded from this meeting yet.
meeting-initiatives-caption = Initiatives from this meeting
meeting-participants-heading = Participants
meeting-participants-empty = No participants recorded.
meeting-readout-heading = Readout

meeting-form-new-title = New meeting
meeting-form-new-heading = Record a meeting
meeting-form-title-hint = For example: Ambassador met the Minister-President of Flanders
meeting-form-partner-blank = Choose a partner
meeting-form-source-hint = The published readout, if any.
meeting-form-readout-hint = The full text of the readout, if published.
meeting-form-confidentiality-hint = Restricted meetings are hidden from viewers, with their summary and readout.
meeting-form-participants-heading = Participants
meeting-form-participants-hint = Leave rows you do not need empty.
meeting-form-add-participant = Add a participant
# $number: the row's number, from 1.
meeting-form-participant = Participant { $number }
meeting-form-participant-name = Name
# A participant's job title.
meeting-form-participant-title = Title
meeting-form-participant-organisation = Organisation
meeting-form-participant-side = Side
meeting-form-save = Save meeting
meeting-edit-title = Correct a meeting
# $title: the meeting's title.
meeting-edit-heading = Correct: { $title }
meeting-edit-back = Back to the meeting
meeting-edit-save = Save corrections

## Partner page (src/ui/pages/partner.rs)

partner-loading = Loading the partner…
partner-fallback-title = Partner
partner-breadcrumb = Initiatives
partner-all-initiatives =
    { $count ->
        [one] All { $count } initiative
       *[other] All { $count } initiatives
    }
partner-fact-kind = Kind
partner-fact-world-region = World region
partner-fact-includes = Includes
partner-brief-heading = Brief for the next meeting
# $name: the partner's name.
partner-brief-count =
    { $count ->
        [one] { $count } open initiative with { $name } and the partners under it; overdue and stale first.
       *[other] { $count } open initiatives with { $name } and the partners under it; overdue and stale first.
    }
partner-brief-csv = Download the brief (CSV)
partner-brief-excel = Excel (.xlsx)
partner-brief-empty = No open initiatives.
partner-brief-caption = Open initiatives, what needs attention first
partner-meetings-heading = Meetings
partner-meetings-empty = No meetings recorded.
partner-meetings-caption = Meetings with this partner

## Your account and setting a password (src/ui/pages/account.rs, set_password.rs)

account-page-title = Your account
account-heading = Your account
account-password-set = Your password is set. Other browsers signed in to your account have been signed out.
account-name = Name
account-email = Email
account-role = Role
account-password-heading = Change your password
account-current-password = Current password
account-new-password = New password
account-new-password-hint = At least { $min } characters.
account-repeat-password = The same new password again
account-submit = Change password

set-password-page-title = Set your password
set-password-heading = Set your password
set-password-checking = Checking the link…
set-password-expired = This link has expired or was already used. Ask an administrator for a new one.
set-password-sign-in = Sign in
# $name and $email: the account the link is for.
set-password-for = For { $name } ({ $email }).
set-password-new = New password
set-password-new-hint = At least { $min } characters; a sentence you remember works well.
set-password-repeat = The same password again
set-password-submit = Set my password

## Validation messages shown next to fields (src/domain/**, src/api/**, src/server/store/**)

# $label: a field-* label.
validation-required = { $label } is required.
validation-too-long = { $label } must be at most { $max } characters.
validation-date = { $label } must be a date such as 2026-03-10.
validation-url = { $label } must be a web address starting with http:// or https://.
validation-choose-partner = Choose a partner.
validation-choose-meeting = Choose a meeting.
validation-choose-owner = Choose an owner.

# $from and $to: status-* labels.
status-error-not-allowed = An initiative cannot move from { $from } to { $to }.
status-error-blocked-needs-reason = Say why the initiative is blocked.
status-error-completed-needs-evidence = Completing needs evidence: a note or a link to the outcome.
status-error-open-needs-deadline = Set a deadline before making the initiative active.
status-error-open-needs-owner = Choose an owner before making the initiative active.
status-error-empty-note = A progress note needs some text.
status-error-choose-status = Choose a status.

initiative-error-needs-deadline = Set a deadline; only proposed initiatives may go without one.
initiative-error-needs-owner = Choose an owner; only proposed initiatives may go without one.
initiative-error-choose-obligor = Choose who owes the next step.
initiative-error-choose-strength = Choose firm or soft.
initiative-error-choose-confidentiality = Choose who may read this initiative.
initiative-error-sectors-from-list = Choose sectors from the list.
initiative-error-too-many-sectors = Choose at most { $max } sectors.
initiative-error-new-status = A new initiative starts as proposed or active.
initiative-error-deadline-past = The deadline of a new initiative cannot be in the past.
initiative-error-deadline-before-meeting = The deadline cannot be before the meeting it came from.
initiative-error-create-own-only = You can only create initiatives you own.
initiative-error-reassign-manager-only = Only a manager can give this initiative to someone else.

meeting-error-choose-confidentiality = Choose who may read this meeting.
meeting-error-too-many-participants = A meeting can list at most { $max } participants.
meeting-error-choose-side = Choose our side or their side.

deletion-error-reason-required = A reason is required.
deletion-error-reason-too-long = A reason must be at most { $max } characters.

partner-error-slug = Key must be lower-case letters, digits and hyphens.
partner-error-choose-kind = Choose what sort of partner this is.
partner-error-iso-code = ISO code must look like BE or BE-VLG.
partner-error-choose-world-region = Choose a world region.
partner-error-choose-parent = Choose a parent from the list.
partner-error-parent-exists = Choose a parent partner that exists.
partner-error-parent-cycle = A partner cannot sit under itself or one of its own parts.
partner-error-slug-taken = Another partner already uses this key.
partner-error-choose-merge-into = Choose the partner to merge into.

sector-error-key = The key needs Latin letters, digits and dashes only (e.g. space-industry).
sector-error-synonyms-pipe = Synonyms cannot contain the | character.
sector-error-name-taken = A sector with this name already exists.

user-error-choose-role = Choose a role.
user-error-email-required = Email is required.
user-error-email-invalid = Enter an email address such as name@mfa.gov.kz.
user-error-email-taken = A user with this email already exists.
user-error-own-admin = You cannot remove your own administrator access; ask another admin.

password-error-too-short = Use at least { $min } characters.
password-error-too-long = Use at most { $max } characters.
password-error-too-common = This password is too common; choose another.
password-error-contains-email = The password must not contain your email address.
password-error-repeat-differs = The two passwords differ; type the same one twice.
password-error-link-expired = This link has expired or was already used. Ask an administrator for a new one.
password-error-throttled =
    { $seconds ->
        [one] Too many wrong passwords. Wait { $seconds } second, then try again.
       *[other] Too many wrong passwords. Wait { $seconds } seconds, then try again.
    }
password-error-not-current = This is not your current password.

audit-error-date = Give a date as YYYY-MM-DD.
audit-error-choose-kind = Choose a kind of record from the list.
audit-error-choose-person = Choose a person from the list.
audit-error-record-number = A record number is a whole number above 0.
audit-error-no-page = That page does not exist.
audit-error-until-before-from = The last day comes before the first.

readout-error-text-required = Paste the text of the readout.
readout-error-choose-decision = Choose what to do with this proposal.
readout-error-choose-link = Choose the initiative to add this meeting to.
readout-error-proposals-changed = The proposals changed since this page was opened: review them again.
readout-error-choose-open-initiative = Choose an open initiative you may change.

## Busy label shared by the admin forms that add a record (admin_users.rs, admin_partners.rs,
## admin_sectors.rs)

busy-adding = Adding…

## Users (src/ui/pages/admin_users.rs); labels are field-*, roles role-*

admin-users-page-title = Users
admin-users-heading = Users
admin-users-loading = Loading users…
admin-users-link-heading = Set-password link issued
# $email: the account's email (the page sets it in bold); $expires: a date-time (date-time).
admin-users-link-body = Send this link to { $email }: with it they choose their own password. It works once, until { $expires }, and is shown only now.
admin-users-link-note = Until then the account has no password: nobody can sign in to it.
admin-users-new-heading = Add a user
admin-users-new-hint = You get a one-time link to send them; they choose their own password with it.
admin-users-new-submit = Add user
admin-users-table-caption = User accounts
admin-users-col-role-access = Role and access
admin-users-col-password = Password
# After a deactivated user's name.
admin-users-deactivated = (deactivated)
# $name: the user's name.
admin-users-role-of = Role of { $name }
admin-users-access-of = Access of { $name }
admin-users-access-active = Active
admin-users-access-deactivated = Deactivated
admin-users-save = Save
admin-users-new-link = New link
admin-users-new-link-label = Reset the password of { $name } and issue a set-password link

## Partners (src/ui/pages/admin_partners.rs, admin_partners/retire.rs); labels are field-*,
## kinds partner-kind-*, regions world-region-*

admin-partners-page-title = Partners
admin-partners-heading = Partners
admin-partners-loading = Loading partners…
admin-partners-name-hint = As your readouts name it, e.g. Limburg Province.
admin-partners-parent-blank = Nothing: a country or organisation
admin-partners-parent-hint = Its figures roll up into this partner on the dashboard.
admin-partners-region-blank = The same as the partner it is part of
admin-partners-region-hint = The partners under it follow.
admin-partners-iso-hint = Optional: BE for a country, BE-VLI for a region.
admin-partners-slug-hint = Optional: made from the name when left empty.
admin-partners-new-heading = Add a partner
admin-partners-new-submit = Add partner
admin-partners-edit-loading = Loading the partner…
admin-partners-edit-title = Edit partner
# $name: the partner's name.
admin-partners-edit-heading = Edit partner: { $name }
admin-partners-back = Back to the partners
admin-partners-breadcrumb = Partners
admin-partners-save = Save partner
admin-partners-table-caption = Partners, each under the partner it is part of
admin-partners-col-actions = Actions
# Badges after a partner's name.
admin-partners-state-merged = merged
admin-partners-state-retired = retired
admin-partners-edit = Edit
# $name: the partner's name.
admin-partners-edit-label = Edit { $name }
admin-partners-merged-heading = Merged
# $name: the partner it was merged into (the page makes it a link).
admin-partners-merged-body = This partner was merged into { $name }. Its meetings and initiatives are there now; its history stays in the audit trail.
admin-partners-retired-heading = Retired
admin-partners-retired-body = Retired: not offered for new meetings and initiatives. Its records are kept and counted.
admin-partners-bring-back = Bring back
admin-partners-retire-heading = Retire
admin-partners-retire-body = Retire a partner Accord no longer tracks: it is no longer offered for new meetings and initiatives; its records, history and figures stay.
admin-partners-retire-submit = Retire partner
admin-partners-merge-heading = Merge a duplicate
admin-partners-merge-body = When this partner was entered twice, merge it into the one to keep: its meetings, initiatives and parts move there (each move in the audit trail, the dashboard follows), and this one is retired.
admin-partners-merge-into = Merge into
admin-partners-merge-blank = Choose the partner to keep
admin-partners-merge-submit = Merge into the chosen partner
admin-partners-busy-merging = Merging…

## Sectors (src/ui/pages/admin_sectors.rs); labels are field-*

admin-sectors-page-title = Sectors
admin-sectors-heading = Sectors
admin-sectors-lede = The fields of cooperation initiatives are tagged with. The readout importer proposes a sector when a readout uses one of its synonyms.
admin-sectors-new-heading = Add a sector
admin-sectors-new-submit = Add sector
admin-sectors-loading = Loading sectors…
admin-sectors-name-hint = As the dashboard shows it, e.g. Space industry.
admin-sectors-slug-hint = Latin letters, digits and dashes; made from the name when left empty (type one for a name in Kazakh or Russian).
# The examples stay in their own languages: synonyms may be in any of them.
admin-sectors-synonyms-hint = Words and phrases that name this sector in a readout, separated by commas, in any language: space, satellite, космос, ғарыш.
admin-sectors-table-caption = Sectors, with their synonyms and how many initiatives have each
admin-sectors-col-initiatives = Initiatives
admin-sectors-col-actions = Actions
# Badge after a sector's name.
admin-sectors-state-retired = retired
admin-sectors-edit = Edit
# $name: the sector's name.
admin-sectors-edit-label = Edit { $name }
admin-sectors-edit-loading = Loading the sector…
admin-sectors-edit-title = Edit sector
admin-sectors-edit-heading = Edit sector: { $name }
admin-sectors-back = Back to the sectors
admin-sectors-breadcrumb = Sectors
admin-sectors-save = Save sector
admin-sectors-retired-heading = Retired
admin-sectors-retired-body = Retired: not offered for new initiatives nor proposed from readouts. The initiatives that have it keep it.
admin-sectors-bring-back = Bring back
admin-sectors-retire-heading = Retire
admin-sectors-retire-body = Retire a sector no longer used: it is no longer offered for new initiatives nor proposed from readouts; the initiatives that have it keep it, and the filters still find them.
admin-sectors-retire-submit = Retire sector

## Audit trail (src/ui/pages/admin_audit.rs); kinds of record audit-kind-*, filter buttons
## filters-apply and filters-clear

admin-audit-page-title = Audit trail
admin-audit-heading = Audit trail
admin-audit-loading = Loading the audit trail…
admin-audit-empty = No changes match these filters.
admin-audit-older = Older changes
admin-audit-filters-label = Filter the audit trail
admin-audit-filter-who = Who
admin-audit-filter-who-any = Anyone
admin-audit-filter-kind = Kind of record
admin-audit-filter-kind-any = Any kind
admin-audit-filter-record = Record number
admin-audit-filter-from = From
admin-audit-filter-until = Until
admin-audit-table-caption = Changes, newest first: when, who, which record, what was done and what changed
admin-audit-col-when = When
admin-audit-col-who = Who
admin-audit-col-record = Record
admin-audit-col-action = Action
admin-audit-col-changes = Changes
# A record: $kind is an audit-kind-* name (or the stored kind), $id its number.
admin-audit-record = { $kind } #{ $id }
# Who made a change the system made.
admin-audit-system = System
# What was done: admin-audit-action-<stored action>.
admin-audit-action-create = Created
admin-audit-action-update = Edited
admin-audit-action-status = Status changed
admin-audit-action-note = Progress note
admin-audit-action-follow_up = Discussed again
admin-audit-action-password = Password changed
admin-audit-action-delete = Deleted
admin-audit-action-retire = Retired
admin-audit-action-restore = Brought back
admin-audit-action-merge = Merged into another partner

## Import a readout (src/ui/pages/import_readout.rs); labels are field-*, statuses status-*,
## obligor-*, strength-*

import-readout-page-title = Import a readout
import-readout-heading = Import a readout
import-readout-breadcrumb = Meetings
import-readout-lede = Paste the published readout of a meeting. Accord proposes the meeting, who took part and every commitment in it, each beside the words it came from. Nothing is saved until you have reviewed the proposals.
import-readout-source-url-hint = Where the readout was published, if anywhere.
import-readout-text-label = Readout text
import-readout-text-hint = Paste the whole readout. Up to 200 KB; anything that looks like HTML is kept as plain text.
import-readout-submit = Find the commitments
import-readout-busy-reading = Reading…
import-readout-by-hand = Record a meeting by hand instead
import-readout-review-title = Review a readout
import-readout-review-heading = Review the proposals
import-readout-review-loading = Reading the readout…
import-readout-paste-link = Paste a readout
import-readout-saved = This readout has been saved.
import-readout-open-meeting = Open the meeting
import-readout-too-long = Shorten the text below to the readout of this one meeting, then read it again.
import-readout-found-none = Accord found no commitment in this readout. You can still save the meeting.
# $count: the commitments found (at least 1).
import-readout-found =
    { $count ->
        [one] Accord found one commitment. Check it, then save.
       *[other] Accord found { $count } commitments. Decide on each, then save them together.
    }
import-readout-source-heading = The readout
import-readout-marks-hint = Each highlighted passage is a numbered proposal.
import-readout-proposals-heading = Proposed commitments ({ $count })
import-readout-save = Save the meeting and the accepted commitments
import-readout-start-again = Start again
# $number: the proposal's number, from 1.
import-readout-proposal = Proposal { $number }
import-readout-proposal-sectors = Sectors of proposal { $number }
import-readout-meeting-heading = The meeting
import-readout-partner-blank = Choose a partner
# $name: the partner as the readout names it.
import-readout-unmatched-partner = The readout names { $name }, which is not among the partners: choose the nearest one.
import-readout-summary-hint = The readout itself is saved with the meeting.
import-readout-sectors-none = Sectors: none chosen
# $sectors: the chosen sectors' names, joined with commas.
import-readout-sectors = Sectors: { $sectors }
# $title: the open initiative the proposal probably repeats.
import-readout-similar = Looks like “{ $title }”, already tracked: add to it rather than create a duplicate.
import-readout-show-source = Show in the readout
# $trigger: the readout's words that made it a commitment.
import-readout-found-by = Found by “{ $trigger }”
# $due: the date as the readout writes it.
import-readout-when = When: “{ $due }”
# What a firm commitment about to be created lacks.
import-readout-needs-owner-deadline = Needs an owner and a deadline.
import-readout-needs-owner = Needs an owner.
import-readout-needs-deadline = Needs a deadline.
import-readout-flag-reason = A firm commitment without an owner and a deadline is the kind that gets forgotten.
import-readout-decision = Decision
import-readout-decision-create = Create an initiative
import-readout-decision-link = Add to an existing initiative
import-readout-decision-reject = Reject
import-readout-owner-blank = Unassigned
import-readout-status-hint = Active needs an owner and a deadline.
import-readout-link-label = Initiative to add to
import-readout-link-blank = Choose an initiative
# Kinds of commitment the readout reader finds (src/api/import.rs kind_label).
import-readout-kind-continue-dialogue = Continue dialogue
import-readout-kind-mou = Memorandum or agreement
import-readout-kind-event = Event
import-readout-kind-working-group = Working group
import-readout-kind-visit = Visit
import-readout-kind-project = Project
import-readout-kind-other = Other

## Import a spreadsheet (src/ui/pages/import_sheet.rs); column names sheet-column-*

import-sheet-page-title = Import a spreadsheet
import-sheet-heading = Import a spreadsheet
import-sheet-breadcrumb = Initiatives
import-sheet-lede = Bring the commitments you already track in a spreadsheet into Accord. Save the sheet as CSV (UTF-8, with commas or semicolons); Accord reads the header row, guesses what each column holds and shows what every row would become. Nothing is saved until you confirm, and importing the same file again creates nothing twice.
import-sheet-problem-heading = The file was not read
import-sheet-file-label = Spreadsheet (CSV)
# $megabytes: the largest file; $characters: the longest cell.
import-sheet-file-hint = Up to { $megabytes } MB; a cell may hold up to { $characters } characters.
import-sheet-submit = Check the file
import-sheet-busy-reading = Reading the file…
import-sheet-columns-heading = Columns Accord understands
import-sheet-columns-intro = Headers in English, Russian or Kazakh are recognised; you can correct the guess.
# What a column may hold, after its sheet-column-* name and a colon. The stored values
# (proposed, public, …) are what a file may write, in every language.
import-sheet-column-hint-title = required, up to 200 characters.
import-sheet-column-hint-partner = required: a partner's name or key; unknown ones can be added in the review.
import-sheet-column-hint-owner_email = the e-mail of an Accord user; required for active work.
import-sheet-column-hint-deadline = 2027-03-31, 31.03.2027 or 31/03/2027.
import-sheet-column-hint-status = proposed, active, blocked, completed or dropped, or their Russian or Kazakh names; empty means proposed.
import-sheet-column-hint-sectors = sector names separated by commas or semicolons.
import-sheet-column-hint-confidentiality = public, internal or restricted; empty means internal.
import-sheet-column-hint-description = any text.
import-sheet-column-hint-meeting_date = the day of the meeting the commitment came from.
import-sheet-column-hint-external_ref = your sheet's own key for the row (a column headed Ref), unique across Accord: a second import finds the row by it (without one, by title and partner). A running number (№) is not a key.
# Why an upload was refused as a whole: import-sheet-problem-<problem kind>. $row and
# $column: positions in the file; $count: how many there are; $max: the limit.
import-sheet-problem-empty = The file is empty.
import-sheet-problem-too_big = The file is larger than { $megabytes } MB: split it into smaller files.
import-sheet-problem-utf16 = The file is UTF-16 text (Excel's “Unicode text”): save it as “CSV UTF-8 (comma delimited)” and upload that.
import-sheet-problem-not_utf8 = Row { $row } is not UTF-8 text (the file was perhaps saved as Windows-1251 or another code page): save it as “CSV UTF-8 (comma delimited)” and upload that.
import-sheet-problem-not_text = Row { $row } holds a NUL character, which text never does: the file is perhaps a workbook (.xlsx) or UTF-16 text. Save it as “CSV UTF-8 (comma delimited)” and upload that.
import-sheet-problem-too_many_columns = Row { $row } has { $count } columns; a file may have at most { $max }. Check that the file is the right one and that its quotes are balanced.
import-sheet-problem-cell_too_long = Row { $row }, column { $column } holds { $count } characters; a cell may hold at most { $max }. Check that the file is the right one and that its quotes are balanced.
import-sheet-problem-too_many_rows = The file has more than { $max } rows: split it into smaller files.
import-sheet-problem-unreadable = The upload could not be read: try again, and check the file is a CSV export.
import-sheet-problem-unreadable-row = Row { $row } cannot be read as CSV: check the file is a CSV export.
import-sheet-problem-no_rows = The file has a header row but no commitments under it.
import-sheet-review-title = Review a spreadsheet
import-sheet-review-heading = Review the spreadsheet
import-sheet-review-loading = Checking every row…
import-sheet-upload-link = Upload a spreadsheet
# $file: the uploaded file's name; $count: the initiatives the import created.
import-sheet-imported =
    { $count ->
        [0] “{ $file }” has been imported: no new initiative.
        [one] “{ $file }” has been imported: { $count } initiative created.
       *[other] “{ $file }” has been imported: { $count } initiatives created.
    }
import-sheet-see-initiatives = See the initiatives
import-sheet-import-another = Import another spreadsheet
# The review in sentences, joined with spaces. $count: rows.
import-sheet-summary-rows =
    { $count ->
        [one] “{ $file }”: { $count } row.
       *[other] “{ $file }”: { $count } rows.
    }
import-sheet-summary-creates = { $count } will be created.
import-sheet-summary-already =
    { $count ->
        [one] { $count } was imported before and stays as it is.
       *[other] { $count } were imported before and stay as they are.
    }
import-sheet-summary-invalid =
    { $count ->
        [one] { $count } has problems: correct the file and upload it again, or leave it out.
       *[other] { $count } have problems: correct the file and upload it again, or leave those rows out.
    }
import-sheet-summary-skipped =
    { $count ->
        [one] { $count } is left out.
       *[other] { $count } are left out.
    }
# $columns: sheet-column-* names, joined with commas.
import-sheet-missing = Say which column holds: { $columns }.
import-sheet-check-again = Check again
import-sheet-mapping-legend = What each column holds
# A column without a header. $number: its position, from 1.
import-sheet-column-number = Column { $number }
import-sheet-not-imported = Not imported
# $names: the partners as the file writes them, joined with commas.
import-sheet-unknown-partners = Accord has no partner called { $names }. Correct the names in the file, or ask an administrator to add the partners.
import-sheet-partners-legend = Partners Accord does not know yet
import-sheet-partners-hint = Choose where to add each one (added with the import), or correct the file.
import-sheet-partner-skip = Do not add
# Where a new partner goes. $region: a world-region-* name.
import-sheet-place-country = A country or organisation in { $region }
# $name: a partner's name.
import-sheet-place-part-of = A region of { $name }
import-sheet-rows-caption = Each row of the file and what importing it would do
import-sheet-col-row = Row
import-sheet-col-outcome = Outcome
import-sheet-col-leave-out = Leave out
import-sheet-unlisted-problems =
    { $count ->
        [one] { $count } more row with problems is not listed: correct those above and check again.
       *[other] { $count } more rows with problems are not listed: correct those above and check again.
    }
import-sheet-unlisted =
    { $count ->
        [one] { $count } more row without problems is not listed.
       *[other] { $count } more rows without problems are not listed.
    }
import-sheet-outcome-create = Will be created
import-sheet-outcome-skipped = Left out
# Followed by a link, import-sheet-outcome-open.
import-sheet-outcome-imported = Imported before:
import-sheet-outcome-open = open it
# $row: the row's number in the file.
import-sheet-leave-out-row = Leave out row { $row }
import-sheet-blocked = Nothing can be imported while a kept row has a problem.
import-sheet-nothing-new = There is nothing new to import.
import-sheet-import-submit =
    { $count ->
        [one] Import { $count } initiative
       *[other] Import { $count } initiatives
    }
import-sheet-import-hint = The import is one step: every row above that will be created is, or none is.
import-sheet-busy-importing = Importing… this takes a few seconds for large files

## Spreadsheet import: a row's problems and the plan's (src/domain/spreadsheet/rows.rs,
## review.rs, src/api/sheets.rs, src/server/store/sheets.rs). The code writes them in English;
## the review page finds them by their English text, so the English must match the code's.
# $name: the partner as the file writes it.
sheet-row-partner-retired = { $name } is retired: name the partner that took its place.
# $name: the cell as the file writes it; $max: characters.
sheet-row-partner-too-long = “{ $name }” is longer than a partner's name may be ({ $max } characters): check that this column holds partners.
sheet-row-partner-unknown = No partner is called { $name }: add it, or correct the name.
sheet-row-owner-unknown = No active user has the e-mail { $email }.
# The dates are examples of what to write; keep them.
sheet-row-not-a-date = { $value } is not a date: write 2027-03-31 or 31.03.2027.
# Name the statuses as the importer reads them in this language (the status-* names).
sheet-row-not-a-status = { $value } is not a status: proposed, active, blocked, completed or dropped.
sheet-row-sector-unknown = No sector is called { $name }.
# Name the levels as the importer reads them in this language (the confidentiality-* names).
sheet-row-not-a-confidentiality = { $value } is not public, internal or restricted.
sheet-row-deadline-before-meeting = The deadline cannot be before the meeting it came from.
sheet-row-reference-too-long = The reference must be at most { $max } characters.
sheet-row-only-own = You can only import initiatives you own: leave the cell empty, put your own e-mail, or ask a manager to import this row.
# $cells: the cells of this row; $width: the header's.
sheet-row-cells = This row has { $cells } cells where the header has { $width }: a cell with the delimiter in it must be in quotes.
# $row: the first row with the same key.
sheet-row-same-title-partner = Row { $row } has the same title and partner: leave one of them out.
sheet-row-same-reference = Row { $row } has the same reference: leave one of them out.
sheet-plan-partners-changed = The partners Accord knows have changed since this review: check the file again.
sheet-plan-rows-have-problems = Some rows still have problems: correct the file or leave them out, then check again.
sheet-plan-parent-retired = Choose a partner that is still tracked to put it under.

## The readout importer's notes (src/api/import.rs, src/domain/import.rs), found by their English text
readout-date-publication = The readout does not say when the meeting was held: this is its publication date.
readout-date-unknown = The readout does not say when the meeting was held.
readout-error-too-long = The readout is too long ({ $bytes } bytes); the limit is { $max } bytes. Paste only the readout of this meeting.

## The page shown when the signed-in user cannot be checked (src/server/response.rs)
outage-heading-unavailable = Accord cannot reach its database
outage-heading-internal = Something went wrong
outage-saved = Nothing you saved is lost. This page does not reload by itself.
outage-try-again = Try again in a moment

## Account: language and time zone (src/ui/pages/account.rs, src/api/preferences.rs)

account-preferences-heading = Language and time zone
account-preferences-saved = Your language and time zone are saved.
account-language = Language
account-language-browser = As my browser asks
account-time-zone = Time zone
# $zone: the installation's IANA time zone, e.g. Asia/Almaty.
account-time-zone-office = The office's ({ $zone })
account-time-zone-hint = Decides your "today" (what is overdue or due soon) and the times shown to you.
account-preferences-submit = Save preferences
account-error-language = Choose a language from the list.
account-error-time-zone = Choose a time zone from the list.

## Spreadsheet exports: column headers the catalogue has no other message for
## (src/domain/export.rs; the others are found by their English text)

export-column-id = Id
export-column-last-activity = Last activity
export-column-updated = Updated (UTC)
export-column-link = Link
export-column-partner-or-region = Partner or region
export-column-open = Open
export-column-completed-percent = Completed (%)
export-column-on-time-percent = On time (%)
export-column-what-happened = What happened
export-column-on = On
export-column-initiative-id = Initiative id
export-column-detail = Detail

## Moved deadlines (issue 19)
field-deadline_reason = Reason for moving the deadline
initiative-form-deadline-reason-hint = Needed when you move or remove a deadline; it stays in the initiative's record.
# $count: how many times the deadline moved; $shift: initiative-deadline-later/-earlier/-same; $first: a date.
initiative-deadline-moved =
    Moved { $count ->
        [one] once
       *[other] { $count } times
    }: { $shift } ({ $first })
initiative-deadline-later =
    { $days ->
        [one] { $days } day later than first agreed
       *[other] { $days } days later than first agreed
    }
initiative-deadline-earlier =
    { $days ->
        [one] { $days } day earlier than first agreed
       *[other] { $days } days earlier than first agreed
    }
initiative-deadline-removed =
    Moved { $count ->
        [one] once
       *[other] { $count } times
    }, now without a deadline; first agreed { $first }
initiative-deadline-same = back on the first deadline agreed
initiative-moves-heading = Deadline moves
# $from, $to: dates or deadline-none; $who: a person; $when: a date.
initiative-move-line = { $from } → { $to }
initiative-move-meta = { $who }, { $when }
deadline-none = no deadline
changes-moved-detail = from { $from } to { $to }
changes-figure-moved =
    { $count ->
        [one] deadline moved
       *[other] deadlines moved
    }
change-kind-deadline_moved = Deadline moved
dashboard-col-moved = Moved
# $moves: moves in all; $moved: initiatives whose deadline moved; $name: the row.
dashboard-moved-title =
    { $moves ->
        [one] { $moves } deadline move
       *[other] { $moves } deadline moves
    } over { $moved ->
        [one] { $moved } initiative
       *[other] { $moved } initiatives
    } with { $name }
