### Accord — интерфейс хабарламалары, қазақ тілі (kk), кирилл жазуы.
### src/i18n/en/main.ftl файлының (түпнұсқа) аудармасы; идентификаторлар жиыны бірдей.
### Терминдер src/i18n/GLOSSARY.md бойынша; ресми іс қағаздары стилі (gov.kz, mfa.gov.kz).
### «Accord» өнім атауы аударылмайды. Сан есімнен кейін зат есім өзгермейді: тек *[other].

## Document, page titles

page-title = { $page } · Accord
page-title-empty = Accord
app-description = Accord — дипломатиялық кездесулерде уағдаласылған бастамаларды есепке алу жүйесі.

## Language switcher

language-switcher-label = Тіл
language-en = English
language-ru = Русский
language-kk = Қазақша

## Layout

layout-skip-link = Негізгі мазмұнға өту
nav-main-label = Негізгі мәзір
nav-my-initiatives = Менің бастамаларым
nav-dashboard = Жиынтық
nav-initiatives = Бастамалар
nav-meetings = Кездесулер
nav-users = Пайдаланушылар
nav-partners = Серіктестер
nav-sectors = Салалар
nav-audit = Аудит
layout-account-title = Есептік жазба
layout-sign-out = Шығу
layout-footer = Accord · кездесу қорытындысынан бастамалардың орындалуына дейін

## Shared words and busy labels

common-cancel = Бас тарту
common-loading = Жүктелуде…
common-loading-form = Пішін жүктелуде…
common-none = —
common-yes = иә
common-no = жоқ
busy-saving = Сақталуда…
busy-filtering = Сүзгі қолданылуда…
busy-searching = Іздеу…
busy-creating = Құрылуда…
busy-deleting = Жойылуда…
busy-loading = Жүктелуде…

## Dates and counts

# «2 желтоқсан 2026 ж.»
date-long = { $day } { $month } { $year } ж.
# «16 қар. 2026»
date-short = { $day } { $month } { $year }
date-time = { $date }, { $time } { $zone }
# «қар. 2026»
month-year-short = { $month } { $year }

month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан

# CLDR қысқартулары.
month-short-1 = қаң.
month-short-2 = ақп.
month-short-3 = нау.
month-short-4 = сәу.
month-short-5 = мам.
month-short-6 = мау.
month-short-7 = шіл.
month-short-8 = там.
month-short-9 = қыр.
month-short-10 = қаз.
month-short-11 = қар.
month-short-12 = жел.

month-standalone-short-1 = қаң.
month-standalone-short-2 = ақп.
month-standalone-short-3 = нау.
month-standalone-short-4 = сәу.
month-standalone-short-5 = мам.
month-standalone-short-6 = мау.
month-standalone-short-7 = шіл.
month-standalone-short-8 = там.
month-standalone-short-9 = қыр.
month-standalone-short-10 = қаз.
month-standalone-short-11 = қар.
month-standalone-short-12 = жел.

count-initiatives =
    { $count ->
       *[other] { $count } бастама
    }
count-open-initiatives =
    { $count ->
       *[other] { $count } ашық бастама
    }
count-meetings =
    { $count ->
       *[other] { $count } кездесу
    }
count-rows =
    { $count ->
       *[other] { $count } жол
    }
count-items =
    { $count ->
       *[other] { $count } жазба
    }
percent = { $percent }%

## Errors

errors-heading-not-found = Табылмады
errors-heading-forbidden = Рұқсат жоқ
errors-heading-unauthenticated = Жүйеге кіру қажет
errors-heading-unavailable = Уақытша қолжетімсіз
errors-heading-other = Қате орын алды
error-validation = Төменде белгіленген өрістерді түзетіңіз.
error-not-found =
    { $what ->
        [initiative] Бастама табылмады.
        [meeting] Кездесу табылмады.
        [partner] Серіктес табылмады.
        [readout] Ақпараттық хабарлама табылмады.
        [sector] Сала табылмады.
        [spreadsheet] Кесте табылмады.
        [user] Пайдаланушы табылмады.
       *[other] Жазба табылмады.
    }
error-conflict = Бұл жазбаны басқа пайдаланушы бұрын сақтап қойған.
error-forbidden = Бұл әрекетке рұқсатыңыз жоқ.
error-unauthenticated = Жүйеге кіріңіз.
error-unavailable = Қызмет уақытша қолжетімсіз. Сәлден соң қайталап көріңіз.
error-internal = Сервер тарапында қате орын алды. Өтініш коды: { $reference }.
error-request = Сұрауды орындау мүмкін болмады: { $reason }
error-unreadable-request = өріс жоқ, қайталанған немесе түрі дұрыс емес.

## Forms

form-error-prefix = Қате:{ " " }
form-error-summary-heading = Қателер табылды
form-error-summary-conflict = Бетте жазбаның ағымдағы нұсқасы көрсетілген. Сіз енгізген деректер төменде сақталған: оларды тексеріп, қайта сақтаңыз.

## Edit conflict

conflict-heading =
    { $what ->
        [meeting] Бұл кездесуді басқа пайдаланушы бұрын сақтап қойған
        [initiative] Бұл бастаманы басқа пайдаланушы бұрын сақтап қойған
        [partner] Бұл серіктесті басқа пайдаланушы бұрын сақтап қойған
        [sector] Бұл саланы басқа пайдаланушы бұрын сақтап қойған
       *[other] Бұл жазбаны басқа пайдаланушы бұрын сақтап қойған
    }
conflict-body = Ештеңе қайта жазылған жоқ. Екі нұсқаны салыстырыңыз; сіздің мәндеріңіз төмендегі пішінде сақталған. Оларды ағымдағы нұсқаның үстінен қолдану үшін сақтаңыз немесе олардан бас тартыңыз.
conflict-caption = Ағымдағы нұсқа және сіздің нұсқаңыз
conflict-field = Өріс
conflict-current = Ағымдағы нұсқа
conflict-yours = Сіздің нұсқаңыз
conflict-save-mine = Менің нұсқамды ағымдағы нұсқаның үстінен сақтау
conflict-discard = Өзгерістерімнен бас тарту

## Field names

field-title = Атауы
field-status = Мәртебесі
field-owner_id = Жауапты
field-deadline = Мерзімі
field-partner_id = Серіктес
field-sector_ids = Салалар
field-meeting_id = Кездесу
field-description = Сипаттамасы
field-obligor = Келесі қадам кімде
field-strength = Міндеттілігі
field-confidentiality = Құпиялылығы
field-next_review_on = Келесі тексеру
field-blocked_reason = Бөгелу себебі
field-completed_on = Орындалған күні
field-held_on = Күні
field-location = Өткен орны
field-summary = Қысқаша мазмұны
field-readout = Ақпараттық хабарлама
field-source_url = Дереккөз сілтемесі
field-participants = Қатысушылар
field-name = Атауы
field-kind = Түрі
field-parent_id = Құрамында
field-world_region = Әлем өңірі
field-iso_code = ISO коды
field-slug = Кілт
field-email = Электрондық пошта
field-display_name = Аты-жөні
field-role = Рөлі
field-active = Белсенді
field-reason = Себебі
field-retired_at = Есептен шығарылды
field-restored_at = Есепке қайтарылды
field-merged_into = Біріктірілді
field-merged_from = Мұнда ауыстырылды
field-note = Ескертпе
field-evidence_url = Растайтын сілтеме
field-organisation = Ұйым
field-side = Тарап
field-synonyms = Синонимдер
field-meeting-date = Кездесу күні

## Closed value sets

status-proposed = Ұсынылған
status-active = Жұмыста
status-blocked = Бөгелген
status-completed = Орындалған
status-dropped = Тоқтатылған

health-overdue = Мерзімі өткен
health-due_soon = Мерзімі таяу
health-stale = Қозғалыссыз
health-on_track = Жоспар бойынша
health-closed = Жабылған

role-admin = Әкімші
role-manager = Басшы
role-officer = Референт
role-viewer = Бақылаушы

confidentiality-public = Ашық қолжетімділік
confidentiality-internal = Ішкі пайдалану үшін
confidentiality-restricted = Шектеулі қолжетімділік

obligor-us = Бізде
obligor-them = Серіктесте
obligor-joint = Бірлесіп

strength-firm = Нақты уағдаластық
strength-soft = Ниет

side-ours = Біздің тарап
side-theirs = Серіктес тарап

partner-kind-country = Ел
partner-kind-region = Өңір
partner-kind-city = Қала немесе порт
partner-kind-organisation = Ұйым

world-region-africa = Африка
world-region-northern_america = Солтүстік Америка
world-region-latin_america = Латын Америкасы және Кариб бассейні
world-region-central_asia = Орталық Азия
world-region-eastern_asia = Шығыс Азия
world-region-south_eastern_asia = Оңтүстік-Шығыс Азия
world-region-southern_asia = Оңтүстік Азия
world-region-western_asia = Батыс Азия
world-region-europe = Еуропа
world-region-oceania = Океания

dashboard-level-world = Әлем өңірлері
dashboard-level-top = Елдер мен ұйымдар
dashboard-level-sub = Өңірлер

change-kind-created = Құрылды
change-kind-completed = Орындалды
change-kind-slipped = Мерзімі өтіп кетті
change-kind-reassigned = Басқа жауаптыға берілді

audit-kind-initiative = Бастама
audit-kind-meeting = Кездесу
audit-kind-partner = Серіктес
audit-kind-sector = Сала
audit-kind-user = Пайдаланушы

initiative-sort-deadline = Мерзімі
initiative-sort-updated = Соңғы жаңарту
initiative-sort-title = Атауы
initiative-sort-relevance = Сәйкестігі

sheet-column-title = Атауы
sheet-column-partner = Серіктес
sheet-column-owner_email = Жауаптының электрондық поштасы
sheet-column-deadline = Мерзімі
sheet-column-status = Мәртебесі
sheet-column-sectors = Салалар
sheet-column-confidentiality = Құпиялылығы
sheet-column-description = Сипаттамасы
sheet-column-meeting_date = Бастапқы кездесу күні
sheet-column-external_ref = Сыртқы идентификатор

problem-kind-empty = Бос файл
problem-kind-too_big = Файл тым үлкен
problem-kind-utf16 = UTF-16 кодтауындағы мәтін
problem-kind-not_utf8 = UTF-8 кодтауындағы мәтін емес
problem-kind-not_text = Мәтіндік файл емес
problem-kind-too_many_columns = Бағандар тым көп
problem-kind-cell_too_long = Ұяшық тым ұзын
problem-kind-too_many_rows = Жолдар тым көп
problem-kind-unreadable = CSV файлы емес
problem-kind-no_rows = Жолдар жоқ

## Sign-in page

login-page-title = Кіру
login-heading = Accord жүйесіне кіру
login-signed-out = Сіз жүйеден шықтыңыз.
login-error-invalid = Электрондық пошта немесе құпиясөз қате.
login-error-missing = Электрондық пошта мен құпиясөзді енгізіңіз.
login-error-throttled =
    { $seconds ->
       *[other] Сәтсіз әрекеттер тым көп. { $seconds } секунд күтіп, қайталап көріңіз.
    }
login-email-label = Электрондық пошта
login-password-label = Құпиясөз
login-submit = Кіру

## Home: my initiatives

home-page-title = Менің бастамаларым
home-heading = Менің бастамаларым
home-all-initiatives = Барлық бастамалар
home-loading = Бастамаларыңыз жүктелуде…
home-empty = Сізге әзірге бірде-бір бастама бекітілмеген. Кездесуді енгізіп, уағдаластықтарды қосыңыз.
home-result-count =
    { $count ->
       *[other] { $count } бастама: алдымен мерзімі өткендер, содан кейін мерзімі таяулар, қозғалыссыздар және жоспар бойынша жүргендер.
    }
home-table-caption = Менің бастамаларым, назар аударуды қажет ететіндерден бастап
home-meetings-heading = Соңғы кездесулер
home-all-meetings = Барлық кездесулер
home-meetings-loading = Кездесулер жүктелуде…
home-meetings-empty = Әзірге кездесулер енгізілмеген.
home-meetings-caption = Соңғы кездесулер

## Page not found

not-found-page-title = Бет табылмады
not-found-heading = Бет табылмады
not-found-body = Бұл мекенжайда ештеңе жоқ. Бет басқа жерге ауыстырылған немесе сілтемеде қате болуы мүмкін.
not-found-home-link = Басты бетке өту

## Tables of initiatives and meetings

initiative-table-initiative = Бастама
initiative-table-partner = Серіктес
initiative-table-deadline = Мерзімі
initiative-table-status = Мәртебесі
initiative-table-health = Жай-күйі
initiative-table-owner = Жауапты
initiative-table-last-update = Соңғы жаңарту
meeting-table-date = Күні
meeting-table-meeting = Кездесу
meeting-table-partner = Серіктес
meeting-table-location = Өткен орны
meeting-table-participants = Қатысушылар

## Download links

downloads-csv = CSV жүктеп алу ({ $what })
downloads-excel = Excel (.xlsx)

## Initiative page

initiative-loading = Бастама жүктелуде…
initiative-fallback-title = Бастама
initiative-back-to-all = Барлық бастамаларға оралу
initiative-breadcrumb = Бастамалар
initiative-edit = Өзгерту
initiative-delete = Жою…
initiative-read-only = Тек қарау: жауапты — басқа қызметкер
initiative-fact-partner = Серіктес
initiative-fact-owner = Жауапты
initiative-fact-deadline = Мерзімі
initiative-fact-next-review = Келесі тексеру
initiative-fact-sectors = Салалар
initiative-fact-meeting = Бастапқы кездесу
initiative-fact-obligor = Келесі қадам кімде
initiative-fact-strength = Міндеттілігі
initiative-fact-confidentiality = Құпиялылығы
initiative-fact-completed-on = Орындалған күні
initiative-fact-blocked-reason = Бөгелу себебі
initiative-unassigned = Тағайындалмаған
initiative-description-heading = Сипаттамасы
initiative-history-heading = Өзгерістер тарихы

initiative-status-form-heading = Мәртебені өзгерту
initiative-status-form-current = { $status } (өзгеріссіз, ескертпе қосу)
initiative-status-form-new-status = Жаңа мәртебе
initiative-status-form-note = Ескертпе
initiative-status-form-note-hint = Не болды. Бөгелген деп белгілегенде міндетті: неге кедергі болып тұрғанын көрсетіңіз.
initiative-status-form-evidence = Растайтын сілтеме
initiative-status-form-evidence-hint = Қол қойылған мәтінге, хаттамаға немесе ресми хабарламаға сілтеме. Орындалды деп белгілеу үшін осы сілтеме немесе ескертпе қажет.
initiative-status-form-submit = Сақтау

initiative-timeline-empty = Әзірге өзгерістер жоқ.
initiative-timeline-system = Жүйе
initiative-timeline-change = { $field }: { $before } → { $after }
initiative-timeline-evidence = Растау:

## History headlines

history-created = Құрылды
history-created-as = «{ $status }» мәртебесімен құрылды
history-status-changed = Мәртебе өзгертілді
history-status-changed-from-to = Мәртебе өзгертілді: «{ $from }» → «{ $to }»
history-progress-note = Орындалу барысы туралы ескертпе
history-follow-up = Кездесуде қайта талқыланды
history-deleted = Жойылды
history-edited = Өзгертілді

## Initiative list and filters

initiatives-page-title = Бастамалар
initiatives-heading = Бастамалар
initiatives-import = Кестені импорттау
initiatives-new = Жаңа бастама
initiatives-loading-filters = Сүзгілер жүктелуде…
initiatives-loading = Бастамалар жүктелуде…
initiatives-filters-label = Бастамаларды сүзу
initiatives-filter-text = Мәтін
initiatives-filter-text-placeholder = Атаулардағы, ескертпелердегі немесе ақпараттық хабарламалардағы сөздер
initiatives-filter-partner = Серіктес
initiatives-filter-partner-any = Кез келген серіктес
initiatives-filter-sector = Сала
initiatives-filter-sector-any = Кез келген сала
initiatives-filter-status = Мәртебесі
initiatives-filter-status-any = Кез келген мәртебе
initiatives-filter-status-open = Ашық (жабылмаған)
initiatives-filter-health = Жай-күйі
initiatives-filter-health-any = Кез келген жай-күй
initiatives-filter-owner = Жауапты
initiatives-filter-owner-any = Кез келген
initiatives-filter-region = Әлем өңірі
initiatives-filter-region-any = Кез келген өңір
initiatives-filter-due-by = Мерзімі қай күнге дейін
filters-apply = Сүзгілерді қолдану
filters-clear = Тазарту
initiatives-result-count =
    { $count ->
       *[other] { $count } бастама
    } · { $sort ->
        [deadline] мерзімі бойынша
        [updated] соңғы жаңарту бойынша
        [relevance] сәйкестігі бойынша
       *[title] атауы бойынша
    } сұрыпталған
initiatives-result-count-partial =
    { $count ->
       *[other] { $count } бастама
    }, осы беттен бастап { $shown } көрсетілген · { $sort ->
        [deadline] мерзімі бойынша
        [updated] соңғы жаңарту бойынша
        [relevance] сәйкестігі бойынша
       *[title] атауы бойынша
    } сұрыпталған
initiatives-sort-relevance-link = Алдымен ең сәйкестері
initiatives-empty = Сүзгілерге сәйкес бастамалар жоқ.
initiatives-table-caption = Бастамалар
initiatives-pager-label = Беттер
initiatives-pager-first = Бірінші бет
initiatives-pager-next = Келесі бет

## New and edit initiative

initiative-form-new-title = Жаңа бастама
initiative-form-title-hint = Уағдаластықтың мәні бірнеше сөзбен.
initiative-form-partner-blank = Серіктесті таңдаңыз
initiative-form-owner-blank = Тағайындалмаған
initiative-form-deadline-hint = Бастама жұмысқа алынғанда міндетті.
initiative-form-strength-hint = Нақты уағдаластық: келісілген немесе қол қойылған. Ниет: мүдделілік немесе дайындық.
initiative-form-confidentiality-hint = Қолжетімділігі шектеулі бастамаларды бақылаушылар көрмейді.
initiative-form-create = Бастаманы құру
initiative-form-edit-title = Бастаманы өзгерту
initiative-form-edit-heading = Өзгерту: { $title }
initiative-form-back = Бастамаға оралу
initiative-form-save = Өзгерістерді сақтау

## Delete an initiative or a meeting

delete-title = Жою
delete-heading =
    { $kind ->
        [meeting] Бұл кездесу жойылсын ба?
       *[initiative] Бұл бастама жойылсын ба?
    }
delete-initiative-consequence-1 = Бастама, оның мәртебелер тарихы және кездесулермен байланыстары жойылады.
delete-initiative-consequence-2 = Жиынтық оны есепке алмайтын болады.
delete-consequence-audit = Аудит журналында соңғы мәндері, сондай-ақ жазбаны кім, қашан және не себепті жойғаны сақталады.
delete-meeting-consequence-1 = Кездесу және оның қатысушылары жойылады.
delete-meeting-consequence-2 = Онда уағдаласылған бастамалар сақталады, бірақ кездесуге байланыссыз болады (әр өзгеріс олардың тарихында көрсетіледі).
delete-reason-label = Жою себебі
delete-reason-hint = Міндетті; аудит журналында сақталады (ең көбі { $max } таңба).
delete-submit = Біржола жою
delete-keep = Жоймау

## Dashboard

dashboard-page-title = Жиынтық
dashboard-heading = Жиынтық
dashboard-loading = Жиынтық жүктелуде…
dashboard-filters-label = Жиынтықты сүзу
dashboard-filter-sector = Сала
dashboard-filter-sector-any = Барлық салалар
dashboard-filter-owner = Жауапты
dashboard-filter-owner-any = Барлығы
dashboard-filter-region = Әлем өңірі
dashboard-filter-region-any = Барлық өңірлер
dashboard-levels-label = Деңгей
dashboard-changes-link = Осы тоқсанда не өзгерді
dashboard-figure-open =
    { $count ->
       *[other] ашық
    }
dashboard-figure-overdue =
    { $count ->
       *[other] мерзімі өткен
    }
dashboard-figure-due-30 =
    { $count ->
       *[other] мерзімі 30 күн ішінде
    }
dashboard-figure-stale =
    { $count ->
       *[other] қозғалыссыз
    }
dashboard-figure-completed =
    { $count ->
       *[other] орындалған
    }
dashboard-empty = Сәйкес бастамалар жоқ.
dashboard-chart-heading =
    { $level ->
        [world] Әлем өңірлері бойынша ашық және орындалған бастамалар
       *[other] Серіктестер бойынша ашық және орындалған бастамалар
    }
dashboard-chart-heading-top =
    { $level ->
        [world] Назар аударуды ең көп қажет ететін { $count } әлем өңірі
       *[other] Назар аударуды ең көп қажет ететін { $count } серіктес
    }
dashboard-table-heading =
    { $level ->
        [world] Әлем өңірлері бойынша, назар аударуды қажет ететіндерден бастап
       *[other] Серіктестер бойынша, назар аударуды қажет ететіндерден бастап
    }
dashboard-table-shown =
    { $level ->
        [world] Назар аударуды ең көп қажет ететін әлем өңірлері: { $total } ішінен { $shown }.
       *[other] Назар аударуды ең көп қажет ететін серіктестер: { $total } ішінен { $shown }.
    }
dashboard-table-show-all = Барлығын көрсету ({ $total })
dashboard-months-heading = Ай сайын ашылғаны және орындалғаны
dashboard-matrix-heading =
    { $level ->
        [world] Әлем өңірлері мен салалар бойынша ашық бастамалар
       *[other] Серіктестер мен салалар бойынша ашық бастамалар
    }
dashboard-matrix-heading-top =
    { $level ->
        [world] Әлем өңірлері мен салалар бойынша ашық бастамалар: назар аударуды ең көп қажет ететін { $count }
       *[other] Серіктестер мен салалар бойынша ашық бастамалар: назар аударуды ең көп қажет ететін { $count }
    }
dashboard-table-caption =
    { $level ->
        [world] Әлем өңірлері бойынша бастамалар: мәртебесі, жай-күйі, мерзімдері, орындалуы және уақтылылығы
       *[other] Серіктестер бойынша бастамалар: мәртебесі, жай-күйі, мерзімдері, орындалуы және уақтылылығы
    }
dashboard-col-partner = Серіктес
dashboard-col-world-region = Әлем өңірі
dashboard-col-all = Барлығы
dashboard-col-overdue = Мерзімі өткен
dashboard-col-due-30 = Мерзімі 30 күн ішінде
dashboard-col-stale = Қозғалыссыз
dashboard-col-completion = Орындалуы
dashboard-col-on-time = Мерзімінде
dashboard-cell-all = «{ $name }» серіктесімен барлық бастамалар: { $count }
dashboard-cell-status =
    { $status ->
        [proposed] «{ $name }» серіктесімен «Ұсынылған» мәртебесіндегі бастамалар: { $count }
        [active] «{ $name }» серіктесімен «Жұмыста» мәртебесіндегі бастамалар: { $count }
        [blocked] «{ $name }» серіктесімен «Бөгелген» мәртебесіндегі бастамалар: { $count }
        [completed] «{ $name }» серіктесімен «Орындалған» мәртебесіндегі бастамалар: { $count }
       *[dropped] «{ $name }» серіктесімен «Тоқтатылған» мәртебесіндегі бастамалар: { $count }
    }
dashboard-cell-overdue = «{ $name }» серіктесімен мерзімі өткен бастамалар: { $count }
dashboard-cell-stale = «{ $name }» серіктесімен қозғалыссыз бастамалар: { $count }
dashboard-cell-due = «{ $name }» серіктесімен мерзімі { $date } дейінгі бастамалар: { $count }
dashboard-on-time-title = Алғашқы мерзімінде: мерзімі белгіленген { $total } орындалған бастаманың { $on_time }; қазіргі мерзімінде: { $on_time_current }
dashboard-table-hint = Мерзімі 30 күн ішінде: мерзімі бүгіннен { $date } дейінгі ашық бастамалар. Қозғалыссыз: 60 күн бойы жаңартылмаған. Орындалуы: тоқтатылғандардан басқа барлық бастамалардың ішінде орындалғандардың үлесі. Мерзімінде: мерзімі белгіленген орындалған бастамалардың ішінде алғаш келісілген мерзімінде немесе одан бұрын орындалғандардың үлесі (қазіргі мерзім бойынша үлесі ұяшықтың түсіндірмесінде). Ауыстырулар: мерзімдер неше рет ауыстырылды. Серіктестің жолына оның құрамындағы серіктестер де кіреді.
dashboard-matrix-empty = Ашық бастамалар жоқ.
dashboard-matrix-caption =
    { $level ->
        [world] Әлем өңірлері мен салалар бойынша ашық бастамалар, мерзімі өткендерінің санымен
       *[other] Серіктестер мен салалар бойынша ашық бастамалар, мерзімі өткендерінің санымен
    }
dashboard-matrix-overdue = мерзімі өткені: { $count }
dashboard-matrix-hint = Әр ұяшықта ашық бастамалар саны көрсетіледі (екі салаға жататын бастама екеуінде де есептеледі); мерзімі өткендері жақша ішінде көрсетіліп, ерекшеленеді.

## Dashboard charts

dashboard-chart-title = Серіктестер бойынша бастамалар: мерзімі өткен, мерзімі таяу, қозғалыссыз, жоспар бойынша және орындалған
dashboard-chart-row = { $name }: мерзімі өткен — { $overdue }, мерзімі таяу — { $due_soon }, қозғалыссыз — { $stale }, жоспар бойынша — { $on_track }, орындалған — { $completed }
dashboard-chart-segment =
    { $segment ->
        [overdue] { $name }: мерзімі өткен — { $count }
        [due_soon] { $name }: мерзімі таяу — { $count }
        [stale] { $name }: қозғалыссыз — { $count }
        [on_track] { $name }: жоспар бойынша — { $count }
       *[completed] { $name }: орындалған — { $count }
    }
dashboard-chart-legend-completed = Орындалған
dashboard-chart-legend-note = Дәл осы деректер төмендегі кестеде берілген.
dashboard-months-title = Соңғы 12 айда ай сайын ашылған және орындалған бастамалар
dashboard-months-row = { $month }: ашылды — { $opened }, орындалды — { $completed }
dashboard-months-bar-opened = { $month }: ашылды — { $count }
dashboard-months-bar-completed = { $month }: орындалды — { $count }
dashboard-months-opened = Ашылды
dashboard-months-completed = Орындалды
dashboard-months-table-summary = Дәл осы деректер кесте түрінде
dashboard-months-table-caption = Ай сайын ашылған және орындалған бастамалар
dashboard-months-col-month = Ай
dashboard-months-hint = Ашылды: сол айда құрылғандар. Орындалды: сол айда орындалып, әлі де орындалған күйінде тұрғандар (қайта ашылған бастама сол айдан алынады).

## What changed

changes-page-title = Не өзгерді
changes-fallback-heading = Не өзгерді
changes-loading = Анықтама жүктелуде…
changes-heading = { $date } бастап не өзгерді
changes-period-label = Кезеңді таңдау
changes-since = Басталу күні
changes-submit = Анықтаманы көрсету
changes-last-30-days = Соңғы 30 күн
changes-this-quarter = Ағымдағы тоқсан
changes-this-year = Ағымдағы жыл
changes-figure-created =
    { $count ->
       *[other] құрылды
    }
changes-figure-completed =
    { $count ->
       *[other] орындалды
    }
changes-figure-slipped =
    { $count ->
       *[other] мерзімі өтіп кетті
    }
changes-figure-reassigned =
    { $count ->
       *[other] басқа жауаптыға берілді
    }
changes-truncated = Кезең ұзақ: әр тізімде соңғы { $count } жазба көрсетілген.
changes-empty = Бұл кезеңде ештеңе құрылмаған, орындалмаған, мерзімі өтпеген және басқа жауаптыға берілмеген.
changes-by-partner-heading = Серіктестер бойынша
changes-table-caption = Кезеңдегі серіктестер бойынша өзгерістер
changes-col-partner = Серіктес
changes-list-heading = { $kind } ({ $count })
changes-reassigned-detail = { $from } → { $to }
changes-nobody = ешкім
changes-unknown-user = пайдаланушы { $id }

## Meetings

meetings-page-title = Кездесулер
meetings-heading = Кездесулер
meetings-import = Ақпараттық хабарламаны импорттау
meetings-new = Кездесуді енгізу
meetings-search-label = Кездесулерді іздеу
meetings-search-placeholder = Атауы, серіктес немесе өткен орны
meetings-search-submit = Іздеу
meetings-loading = Кездесулер жүктелуде…
meetings-result-count =
    { $count ->
       *[other] { $count } кездесу
    }
meetings-result-count-search =
    { $count ->
       *[other] «{ $search }» сұрауы бойынша { $count } кездесу табылды
    }
meetings-empty = Бұл сұрау бойынша кездесулер табылмады.
meetings-table-caption = Кездесулер

meeting-loading = Кездесу жүктелуде…
meeting-fallback-title = Кездесу
meeting-back-to-all = Барлық кездесулерге оралу
meeting-breadcrumb = Кездесулер
meeting-correct = Түзету
meeting-delete = Жою…
meeting-fact-date = Күні
meeting-fact-partner = Серіктес
meeting-fact-location = Өткен орны
meeting-fact-confidentiality = Құпиялылығы
meeting-fact-source = Дереккөз
meeting-summary-heading = Қысқаша мазмұны
meeting-initiatives-heading = Кездесу қорытындысы бойынша бастамалар
meeting-add-initiative = Кездесу қорытындысы бойынша бастама қосу
meeting-initiatives-empty = Бұл кездесудің қорытындысы бойынша әзірге бастамалар енгізілмеген.
meeting-initiatives-caption = Кездесу қорытындысы бойынша бастамалар
meeting-participants-heading = Қатысушылар
meeting-participants-empty = Қатысушылар көрсетілмеген.
meeting-readout-heading = Ақпараттық хабарлама

meeting-form-new-title = Жаңа кездесу
meeting-form-new-heading = Кездесуді енгізу
meeting-form-title-hint = Мысалы: Елшінің Фландрия министр-президентімен кездесуі
meeting-form-partner-blank = Серіктесті таңдаңыз
meeting-form-source-hint = Жарияланған ақпараттық хабарлама, бар болса.
meeting-form-readout-hint = Ақпараттық хабарламаның толық мәтіні, жарияланған болса.
meeting-form-confidentiality-hint = Қолжетімділігі шектеулі кездесулерді, олардың қысқаша мазмұны мен ақпараттық хабарламасын бақылаушылар көрмейді.
meeting-form-participants-heading = Қатысушылар
meeting-form-participants-hint = Қажет емес жолдарды бос қалдырыңыз.
meeting-form-add-participant = Қатысушы қосу
meeting-form-participant = { $number }-қатысушы
meeting-form-participant-name = Аты-жөні
meeting-form-participant-title = Лауазымы
meeting-form-participant-organisation = Ұйым
meeting-form-participant-side = Тарап
meeting-form-save = Кездесуді сақтау
meeting-edit-title = Кездесуді түзету
meeting-edit-heading = Түзету: { $title }
meeting-edit-back = Кездесуге оралу
meeting-edit-save = Түзетулерді сақтау

## Partner page

partner-loading = Серіктес жүктелуде…
partner-fallback-title = Серіктес
partner-breadcrumb = Бастамалар
partner-all-initiatives =
    { $count ->
       *[other] Барлық бастамалар ({ $count })
    }
partner-fact-kind = Түрі
partner-fact-world-region = Әлем өңірі
partner-fact-includes = Құрамы
partner-brief-heading = Келесі кездесуге арналған анықтама
partner-brief-count =
    { $count ->
       *[other] «{ $name }» серіктесімен және оның құрамындағы серіктестермен { $count } ашық бастама; алдымен мерзімі өткендер мен қозғалыссыздар.
    }
partner-brief-csv = Анықтаманы жүктеп алу (CSV)
partner-brief-excel = Excel (.xlsx)
partner-brief-empty = Ашық бастамалар жоқ.
partner-brief-caption = Ашық бастамалар, назар аударуды қажет ететіндерден бастап
partner-meetings-heading = Кездесулер
partner-meetings-empty = Кездесулер енгізілмеген.
partner-meetings-caption = Осы серіктеспен кездесулер

## Your account and setting a password

account-page-title = Есептік жазба
account-heading = Есептік жазба
account-password-set = Құпиясөз орнатылды. Есептік жазбаңызға кірген басқа браузерлердің барлығында жүйеден шығу орындалды.
account-name = Аты-жөні
account-email = Электрондық пошта
account-role = Рөлі
account-password-heading = Құпиясөзді өзгерту
account-current-password = Ағымдағы құпиясөз
account-new-password = Жаңа құпиясөз
account-new-password-hint = Кемінде { $min } таңба.
account-repeat-password = Жаңа құпиясөзді қайталаңыз
account-submit = Құпиясөзді өзгерту

set-password-page-title = Құпиясөзді орнату
set-password-heading = Құпиясөзді орнату
set-password-checking = Сілтеме тексерілуде…
set-password-expired = Сілтеменің мерзімі өтіп кеткен немесе ол бұрын пайдаланылған. Әкімшіден жаңа сілтеме сұраңыз.
set-password-sign-in = Кіру
set-password-for = Пайдаланушы: { $name } ({ $email }).
set-password-new = Жаңа құпиясөз
set-password-new-hint = Кемінде { $min } таңба; есте қалатын сөйлемді пайдаланған ыңғайлы.
set-password-repeat = Құпиясөзді қайталаңыз
set-password-submit = Құпиясөзімді орнату

## Validation messages

validation-required = «{ $label }» өрісін толтырыңыз.
validation-too-long = «{ $label }» өрісі ең көбі { $max } таңбадан тұруы тиіс.
validation-date = «{ $label }» өрісіне күнді 2026-03-10 пішімінде енгізіңіз.
validation-url = «{ $label }» өрісіне http:// немесе https:// деп басталатын веб-мекенжай енгізіңіз.
validation-choose-partner = Серіктесті таңдаңыз.
validation-choose-meeting = Кездесуді таңдаңыз.
validation-choose-owner = Жауаптыны таңдаңыз.

status-error-not-allowed = Бастаманы «{ $from }» мәртебесінен «{ $to }» мәртебесіне ауыстыруға болмайды.
status-error-blocked-needs-reason = Бастаманың неге бөгелгенін көрсетіңіз.
status-error-completed-needs-evidence = Орындалды деп белгілеу үшін растау қажет: ескертпе немесе нәтижеге сілтеме.
status-error-open-needs-deadline = Бастаманы жұмысқа алмас бұрын мерзімін белгілеңіз.
status-error-open-needs-owner = Бастаманы жұмысқа алмас бұрын жауаптыны тағайындаңыз.
status-error-empty-note = Орындалу барысы туралы ескертпе бос болмауы тиіс.
status-error-choose-status = Мәртебені таңдаңыз.

initiative-error-needs-deadline = Мерзімін белгілеңіз; мерзімсіз тек ұсынылған бастама бола алады.
initiative-error-needs-owner = Жауаптыны тағайындаңыз; жауаптысыз тек ұсынылған бастама бола алады.
initiative-error-choose-obligor = Келесі қадам кімде екенін көрсетіңіз.
initiative-error-choose-strength = Таңдаңыз: нақты уағдаластық немесе ниет.
initiative-error-choose-confidentiality = Бұл бастаманы кім көре алатынын көрсетіңіз.
initiative-error-sectors-from-list = Салаларды тізімнен таңдаңыз.
initiative-error-too-many-sectors = Ең көбі { $max } сала таңдаңыз.
initiative-error-new-status = Жаңа бастаманың мәртебесі «Ұсынылған» немесе «Жұмыста» болуы тиіс.
initiative-error-deadline-past = Жаңа бастаманың мерзімі өткен күн болмауы тиіс.
initiative-error-deadline-before-meeting = Мерзім бастама туындаған кездесуден бұрын болмауы тиіс.
initiative-error-create-own-only = Өзіңіз жауапты болатын бастамаларды ғана құра аласыз.
initiative-error-reassign-manager-only = Бұл бастаманы басқа жауаптыға тек басшы бере алады.

meeting-error-choose-confidentiality = Бұл кездесуді кім көре алатынын көрсетіңіз.
meeting-error-too-many-participants = Кездесуге ең көбі { $max } қатысушы көрсетуге болады.
meeting-error-choose-side = Таңдаңыз: біздің тарап немесе серіктес тарап.

deletion-error-reason-required = Себебін көрсетіңіз.
deletion-error-reason-too-long = Себебі ең көбі { $max } таңбадан тұруы тиіс.

partner-error-slug = Кілт тек кіші латын әріптерінен, цифрлардан және дефистерден тұруы тиіс.
partner-error-choose-kind = Серіктестің түрін таңдаңыз.
partner-error-iso-code = ISO коды BE немесе BE-VLG түрінде болуы тиіс.
partner-error-choose-world-region = Әлем өңірін таңдаңыз.
partner-error-choose-parent = Жоғары тұрған серіктесті тізімнен таңдаңыз.
partner-error-parent-exists = Бар жоғары тұрған серіктесті таңдаңыз.
partner-error-parent-cycle = Серіктес өзінің немесе өз бөлігінің құрамына кіре алмайды.
partner-error-slug-taken = Бұл кілтті басқа серіктес пайдаланып жатыр.
partner-error-choose-merge-into = Біріктірілетін серіктесті таңдаңыз.

sector-error-key = Кілт тек латын әріптерінен, цифрлардан және дефистерден тұруы тиіс (мысалы, space-industry).
sector-error-synonyms-pipe = Синонимдерде | таңбасы болмауы тиіс.
sector-error-name-taken = Мұндай атаулы сала бұрыннан бар.

user-error-choose-role = Рөлді таңдаңыз.
user-error-email-required = Электрондық поштаны көрсетіңіз.
user-error-email-invalid = Электрондық пошта мекенжайын енгізіңіз, мысалы: name@mfa.gov.kz.
user-error-email-taken = Мұндай электрондық поштасы бар пайдаланушы бұрыннан бар.
user-error-own-admin = Өзіңізден әкімші құқығын алып тастай алмайсыз; басқа әкімшіге жүгініңіз.

password-error-too-short = Құпиясөз кемінде { $min } таңбадан тұруы тиіс.
password-error-too-long = Құпиясөз ең көбі { $max } таңбадан тұруы тиіс.
password-error-too-common = Бұл құпиясөз тым кең таралған; басқасын таңдаңыз.
password-error-contains-email = Құпиясөзде электрондық пошта мекенжайыңыз болмауы тиіс.
password-error-repeat-differs = Құпиясөздер сәйкес келмейді; бір құпиясөзді екі рет енгізіңіз.
password-error-link-expired = Сілтеменің мерзімі өтіп кеткен немесе ол бұрын пайдаланылған. Әкімшіден жаңа сілтеме сұраңыз.
password-error-throttled =
    { $seconds ->
       *[other] Қате құпиясөз тым көп енгізілді. { $seconds } секунд күтіп, қайталап көріңіз.
    }
password-error-not-current = Бұл сіздің ағымдағы құпиясөзіңіз емес.

audit-error-date = Күнді ЖЖЖЖ-АА-КК пішімінде көрсетіңіз.
audit-error-choose-kind = Жазба түрін тізімнен таңдаңыз.
audit-error-choose-person = Пайдаланушыны тізімнен таңдаңыз.
audit-error-record-number = Жазба нөмірі — 0-ден үлкен бүтін сан.
audit-error-no-page = Мұндай бет жоқ.
audit-error-until-before-from = Соңғы күн бірінші күннен бұрын тұр.

readout-error-text-required = Ақпараттық хабарламаның мәтінін қойыңыз.
readout-error-choose-decision = Бұл ұсыныспен не істеу керегін таңдаңыз.
readout-error-choose-link = Осы кездесу қосылатын бастаманы таңдаңыз.
readout-error-proposals-changed = Бет ашылғаннан кейін ұсыныстар өзгерді: оларды қайта қарап шығыңыз.
readout-error-choose-open-initiative = Өзгертуге құқығыңыз бар ашық бастаманы таңдаңыз.

## Busy label shared by the admin forms that add a record

busy-adding = Қосылуда…

## Users (src/ui/pages/admin_users.rs)

admin-users-page-title = Пайдаланушылар
admin-users-heading = Пайдаланушылар
admin-users-loading = Пайдаланушылар жүктелуде…
admin-users-link-heading = Құпиясөз орнату сілтемесі жасалды
admin-users-link-body = Бұл сілтемені { $email } мекенжайына жіберіңіз: ол арқылы пайдаланушы өз құпиясөзін орнатады. Сілтеме бір рет қана, { $expires } дейін жарамды және тек қазір көрсетіледі.
admin-users-link-note = Оған дейін есептік жазбаның құпиясөзі жоқ: оған ешкім кіре алмайды.
admin-users-new-heading = Пайдаланушы қосу
admin-users-new-hint = Пайдаланушыға жіберетін бір реттік сілтеме аласыз; ол сол сілтеме арқылы өз құпиясөзін орнатады.
admin-users-new-submit = Пайдаланушыны қосу
admin-users-table-caption = Пайдаланушылардың есептік жазбалары
admin-users-col-role-access = Рөлі және қолжетімділігі
admin-users-col-password = Құпиясөз
admin-users-deactivated = (өшірілген)
admin-users-role-of = { $name } пайдаланушысының рөлі
admin-users-access-of = { $name } пайдаланушысының қолжетімділігі
admin-users-access-active = Белсенді
admin-users-access-deactivated = Өшірілген
admin-users-save = Сақтау
admin-users-new-link = Жаңа сілтеме
admin-users-new-link-label = { $name } пайдаланушысының құпиясөзін жойып, құпиясөз орнату сілтемесін жасау

## Partners (src/ui/pages/admin_partners.rs, admin_partners/retire.rs)

admin-partners-page-title = Серіктестер
admin-partners-heading = Серіктестер
admin-partners-loading = Серіктестер жүктелуде…
admin-partners-name-hint = Ақпараттық хабарламалардағыдай, мысалы: Лимбург провинциясы.
admin-partners-parent-blank = Жоқ: ел немесе ұйым
admin-partners-parent-hint = Жиынтықта оның көрсеткіштері осы серіктестің көрсеткіштеріне қосылады.
admin-partners-region-blank = Жоғары тұрған серіктестің өңірімен бірдей
admin-partners-region-hint = Оның құрамындағы серіктестер де осы өңірге жатады.
admin-partners-iso-hint = Міндетті емес: ел үшін BE, өңір үшін BE-VLI.
admin-partners-slug-hint = Міндетті емес: бос қалдырылса, атауынан жасалады.
admin-partners-new-heading = Серіктес қосу
admin-partners-new-submit = Серіктесті қосу
admin-partners-edit-loading = Серіктес жүктелуде…
admin-partners-edit-title = Серіктесті өзгерту
admin-partners-edit-heading = Серіктесті өзгерту: { $name }
admin-partners-back = Серіктестер тізіміне оралу
admin-partners-breadcrumb = Серіктестер
admin-partners-save = Серіктесті сақтау
admin-partners-table-caption = Серіктестер, әрқайсысы өзі кіретін серіктестің астында
admin-partners-col-actions = Әрекеттер
admin-partners-state-merged = біріктірілген
admin-partners-state-retired = есептен шығарылған
admin-partners-edit = Өзгерту
admin-partners-edit-label = { $name } серіктесін өзгерту
admin-partners-merged-heading = Біріктірілген
admin-partners-merged-body = Бұл серіктес { $name } серіктесімен біріктірілді. Оның кездесулері мен бастамалары енді сонда; өзгерістер тарихы аудит журналында сақталады.
admin-partners-retired-heading = Есептен шығарылған
admin-partners-retired-body = Есептен шығарылған: жаңа кездесулер мен бастамалар үшін ұсынылмайды. Оның жазбалары сақталады және көрсеткіштерде ескеріледі.
admin-partners-bring-back = Есепке қайтару
admin-partners-retire-heading = Есептен шығару
admin-partners-retire-body = Accord енді бақыламайтын серіктесті есептен шығарыңыз: ол жаңа кездесулер мен бастамалар үшін ұсынылмайды; оның жазбалары, тарихы мен көрсеткіштері сақталады.
admin-partners-retire-submit = Серіктесті есептен шығару
admin-partners-merge-heading = Қайталанған жазбаны біріктіру
admin-partners-merge-body = Егер бұл серіктес екі рет енгізілген болса, оны сақталатын серіктеспен біріктіріңіз: оның кездесулері, бастамалары және құрамындағы серіктестер соған ауыстырылады (әр ауыстыру аудит журналына жазылады, жиынтық та соған сәйкес өзгереді), ал бұл серіктес есептен шығарылады.
admin-partners-merge-into = Біріктірілетін серіктес
admin-partners-merge-blank = Сақталатын серіктесті таңдаңыз
admin-partners-merge-submit = Таңдалған серіктеспен біріктіру
admin-partners-busy-merging = Біріктірілуде…

## Sectors (src/ui/pages/admin_sectors.rs)

admin-sectors-page-title = Салалар
admin-sectors-heading = Салалар
admin-sectors-lede = Бастамалар жатқызылатын ынтымақтастық салалары. Ақпараттық хабарламада саланың синонимдерінің бірі кездессе, импорттау кезінде сол сала ұсынылады.
admin-sectors-new-heading = Сала қосу
admin-sectors-new-submit = Саланы қосу
admin-sectors-loading = Салалар жүктелуде…
admin-sectors-name-hint = Жиынтықта көрсетілетіндей, мысалы: Ғарыш саласы.
admin-sectors-slug-hint = Латын әріптері, цифрлар және дефистер; бос қалдырылса, атауынан жасалады (қазақша немесе орысша атау үшін кілтті өзіңіз енгізіңіз).
admin-sectors-synonyms-hint = Ақпараттық хабарламада осы саланы білдіретін сөздер мен сөз тіркестері, үтір арқылы, кез келген тілде: space, satellite, космос, ғарыш.
admin-sectors-table-caption = Салалар, олардың синонимдері және әр саладағы бастамалар саны
admin-sectors-col-initiatives = Бастамалар
admin-sectors-col-actions = Әрекеттер
admin-sectors-state-retired = есептен шығарылған
admin-sectors-edit = Өзгерту
admin-sectors-edit-label = { $name } саласын өзгерту
admin-sectors-edit-loading = Сала жүктелуде…
admin-sectors-edit-title = Саланы өзгерту
admin-sectors-edit-heading = Саланы өзгерту: { $name }
admin-sectors-back = Салалар тізіміне оралу
admin-sectors-breadcrumb = Салалар
admin-sectors-save = Саланы сақтау
admin-sectors-retired-heading = Есептен шығарылған
admin-sectors-retired-body = Есептен шығарылған: жаңа бастамалар үшін де, ақпараттық хабарламаларды импорттау кезінде де ұсынылмайды. Оған жатқызылған бастамаларда ол сақталады.
admin-sectors-bring-back = Есепке қайтару
admin-sectors-retire-heading = Есептен шығару
admin-sectors-retire-body = Енді пайдаланылмайтын саланы есептен шығарыңыз: ол жаңа бастамалар үшін де, ақпараттық хабарламаларды импорттау кезінде де ұсынылмайды; оған жатқызылған бастамаларда ол сақталады, сүзгілер оларды бұрынғыша табады.
admin-sectors-retire-submit = Саланы есептен шығару

## Audit trail (src/ui/pages/admin_audit.rs)

admin-audit-page-title = Аудит журналы
admin-audit-heading = Аудит журналы
admin-audit-loading = Аудит журналы жүктелуде…
admin-audit-empty = Сүзгілерге сәйкес өзгерістер жоқ.
admin-audit-older = Ертерек өзгерістер
admin-audit-filters-label = Аудит журналын сүзу
admin-audit-filter-who = Кім
admin-audit-filter-who-any = Кез келген пайдаланушы
admin-audit-filter-kind = Жазба түрі
admin-audit-filter-kind-any = Кез келген түр
admin-audit-filter-record = Жазба нөмірі
admin-audit-filter-from = Басталу күні
admin-audit-filter-until = Аяқталу күні
admin-audit-table-caption = Өзгерістер, соңғыларынан бастап: қашан, кім, қай жазба, қандай әрекет және не өзгерді
admin-audit-col-when = Уақыты
admin-audit-col-who = Кім
admin-audit-col-record = Жазба
admin-audit-col-action = Әрекет
admin-audit-col-changes = Өзгерістер
admin-audit-record = { $kind } № { $id }
admin-audit-system = Жүйе
admin-audit-action-create = Құру
admin-audit-action-update = Өзгерту
admin-audit-action-status = Мәртебені өзгерту
admin-audit-action-note = Орындалу барысы туралы ескертпе
admin-audit-action-follow_up = Қайта талқылау
admin-audit-action-password = Құпиясөзді өзгерту
admin-audit-action-delete = Жою
admin-audit-action-retire = Есептен шығару
admin-audit-action-restore = Есепке қайтару
admin-audit-action-merge = Басқа серіктеспен біріктіру

## Import a readout (src/ui/pages/import_readout.rs)

import-readout-page-title = Ақпараттық хабарламаны импорттау
import-readout-heading = Ақпараттық хабарламаны импорттау
import-readout-breadcrumb = Кездесулер
import-readout-lede = Кездесу туралы жарияланған ақпараттық хабарламаны қойыңыз. Accord кездесу деректерін, қатысушыларды және ондағы барлық уағдаластықтарды ұсынады, әрқайсысын ол алынған мәтін үзіндісінің жанында көрсетеді. Ұсыныстарды тексермейінше ештеңе сақталмайды.
import-readout-source-url-hint = Ақпараттық хабарлама жарияланған жер, бар болса.
import-readout-text-label = Ақпараттық хабарламаның мәтіні
import-readout-text-hint = Хабарламаны толығымен қойыңыз. Ең көбі 200 КБ; HTML-ге ұқсайтынның бәрі қарапайым мәтін ретінде сақталады.
import-readout-submit = Уағдаластықтарды табу
import-readout-busy-reading = Мәтін өңделуде…
import-readout-by-hand = Кездесуді қолмен енгізу
import-readout-review-title = Ақпараттық хабарламаны тексеру
import-readout-review-heading = Ұсыныстарды тексеру
import-readout-review-loading = Ақпараттық хабарлама өңделуде…
import-readout-paste-link = Ақпараттық хабарламаны қою
import-readout-saved = Ақпараттық хабарлама сақталды.
import-readout-open-meeting = Кездесуді ашу
import-readout-too-long = Төмендегі мәтінді тек осы кездесу туралы ақпараттық хабарламаға дейін қысқартып, қайта өңдеңіз.
import-readout-found-none = Бұл ақпараттық хабарламадан уағдаластық табылмады. Кездесуді бәрібір сақтауға болады.
import-readout-found =
    { $count ->
        [one] { $count } уағдаластық табылды. Оны тексеріп, сақтаңыз.
       *[other] { $count } уағдаластық табылды. Әрқайсысы бойынша шешім қабылдап, барлығын бірге сақтаңыз.
    }
import-readout-source-heading = Ақпараттық хабарлама
import-readout-marks-hint = Әр белгіленген үзінді — нөмірленген ұсыныс.
import-readout-proposals-heading = Ұсынылған уағдаластықтар ({ $count })
import-readout-save = Кездесуді және қабылданған уағдаластықтарды сақтау
import-readout-start-again = Қайта бастау
import-readout-proposal = { $number }-ұсыныс
import-readout-proposal-sectors = { $number }-ұсыныстың салалары
import-readout-meeting-heading = Кездесу
import-readout-partner-blank = Серіктесті таңдаңыз
import-readout-unmatched-partner = Хабарламада { $name } аталады, бірақ ол серіктестер тізімінде жоқ: ең жақынын таңдаңыз.
import-readout-summary-hint = Ақпараттық хабарламаның өзі кездесумен бірге сақталады.
import-readout-sectors-none = Салалар: таңдалмаған
import-readout-sectors = Салалар: { $sectors }
import-readout-similar = «{ $title }» бастамасына ұқсайды, ол қазірдің өзінде бақылауда: қайталанатын бастама құрғанша, соны толықтырған жөн.
import-readout-show-source = Хабарламадан көрсету
import-readout-found-by = «{ $trigger }» сөздері бойынша табылды
import-readout-when = Мерзімі: «{ $due }»
import-readout-needs-owner-deadline = Жауапты мен мерзім қажет.
import-readout-needs-owner = Жауапты қажет.
import-readout-needs-deadline = Мерзім қажет.
import-readout-flag-reason = Жауаптысы мен мерзімі жоқ нақты уағдаластық — дәл ұмытылып кететін уағдаластық.
import-readout-decision = Шешім
import-readout-decision-create = Бастама құру
import-readout-decision-link = Бар бастаманы толықтыру
import-readout-decision-reject = Қабылдамау
import-readout-owner-blank = Тағайындалмаған
import-readout-status-hint = «Жұмыста» мәртебесі үшін жауапты мен мерзім қажет.
import-readout-link-label = Толықтырылатын бастама
import-readout-link-blank = Бастаманы таңдаңыз
import-readout-kind-continue-dialogue = Диалогты жалғастыру
import-readout-kind-mou = Меморандум немесе келісім
import-readout-kind-event = Іс-шара
import-readout-kind-working-group = Жұмыс тобы
import-readout-kind-visit = Сапар
import-readout-kind-project = Жоба
import-readout-kind-other = Басқа

## Import a spreadsheet (src/ui/pages/import_sheet.rs)

import-sheet-page-title = Кестені импорттау
import-sheet-heading = Кестені импорттау
import-sheet-breadcrumb = Бастамалар
import-sheet-lede = Кестеде жүргізіп жүрген уағдаластықтарыңызды Accord жүйесіне көшіріңіз. Кестені CSV пішімінде (UTF-8, үтірмен немесе нүктелі үтірмен бөлінген) сақтаңыз; Accord тақырып жолын оқиды, әр бағанда не бар екенін анықтайды және әр жолдан не шығатынын көрсетеді. Сіз растамайынша ештеңе сақталмайды, ал сол файлды қайта импорттау ештеңені екі рет құрмайды.
import-sheet-problem-heading = Файл оқылмады
import-sheet-file-label = Кесте (CSV)
import-sheet-file-hint = Ең көбі { $megabytes } МБ; ұяшықта ең көбі { $characters } таңба болуы мүмкін.
import-sheet-submit = Файлды тексеру
import-sheet-busy-reading = Файл оқылуда…
import-sheet-columns-heading = Accord танитын бағандар
import-sheet-columns-intro = Ағылшын, орыс немесе қазақ тіліндегі тақырыптар танылады; анықталған нәтижені түзетуге болады.
import-sheet-column-hint-title = міндетті, ең көбі 200 таңба.
import-sheet-column-hint-partner = міндетті: серіктестің атауы немесе кілті; белгісіз серіктестерді тексеру кезінде қосуға болады.
import-sheet-column-hint-owner_email = Accord пайдаланушысының электрондық поштасы; жұмыстағы бастамалар үшін міндетті.
import-sheet-column-hint-deadline = 2027-03-31, 31.03.2027 немесе 31/03/2027.
import-sheet-column-hint-status = proposed, active, blocked, completed немесе dropped не олардың орысша немесе қазақша атаулары; бос мән proposed дегенді білдіреді.
import-sheet-column-hint-sectors = салалардың атаулары, үтір немесе нүктелі үтір арқылы.
import-sheet-column-hint-confidentiality = public, internal немесе restricted; бос мән internal дегенді білдіреді.
import-sheet-column-hint-description = кез келген мәтін.
import-sheet-column-hint-meeting_date = уағдаластыққа қол жеткізілген кездесудің күні.
import-sheet-column-hint-external_ref = кестеңіздегі жолдың өз кілті (Ref тақырыбы бар баған), Accord бойынша бірегей: қайта импорттағанда жол сол арқылы табылады (ол болмаса — атауы мен серіктесі бойынша). Реттік нөмір (№) кілт болып табылмайды.
import-sheet-problem-empty = Файл бос.
import-sheet-problem-too_big = Файлдың көлемі { $megabytes } МБ-тан асады: оны бірнеше кішірек файлға бөліңіз.
import-sheet-problem-utf16 = Файлда UTF-16 кодтауындағы мәтін бар (Excel-дегі «Юникод мәтіні»): оны «CSV UTF-8 (үтірмен бөлінген)» пішімінде сақтап, сол файлды жүктеңіз.
import-sheet-problem-not_utf8 = { $row }-жол UTF-8 кодтауындағы мәтін емес (файл Windows-1251 немесе басқа кодтауда сақталған болуы мүмкін): оны «CSV UTF-8 (үтірмен бөлінген)» пішімінде сақтап, сол файлды жүктеңіз.
import-sheet-problem-not_text = { $row }-жолда NUL таңбасы бар, ал мәтінде ол болмайды: файл Excel кітабы (.xlsx) немесе UTF-16 мәтіні болуы мүмкін. Файлды «CSV UTF-8 (үтірмен бөлінген)» пішімінде сақтап, сол файлды жүктеңіз.
import-sheet-problem-too_many_columns = { $row }-жолдағы бағандар саны — { $count }, ал ең көбі { $max } болуы мүмкін. Файлдың дұрыс екенін және ондағы тырнақшалардың жұп екенін тексеріңіз.
import-sheet-problem-cell_too_long = { $row }-жол, { $column }-баған: ұяшықтағы таңбалар саны — { $count }, ал ең көбі { $max } болуы мүмкін. Файлдың дұрыс екенін және ондағы тырнақшалардың жұп екенін тексеріңіз.
import-sheet-problem-too_many_rows = Файлда { $max } жолдан көп: оны бірнеше кішірек файлға бөліңіз.
import-sheet-problem-unreadable = Жүктелген файлды оқу мүмкін болмады: қайталап көріңіз және файлдың CSV пішімінде экспортталғанын тексеріңіз.
import-sheet-problem-unreadable-row = { $row }-жолды CSV ретінде оқу мүмкін емес: файлдың CSV пішімінде экспортталғанын тексеріңіз.
import-sheet-problem-no_rows = Файлда тақырып жолы бар, бірақ оның астында бірде-бір уағдаластық жоқ.
import-sheet-review-title = Кестені тексеру
import-sheet-review-heading = Кестені тексеру
import-sheet-review-loading = Барлық жолдар тексерілуде…
import-sheet-upload-link = Кестені жүктеу
import-sheet-imported =
    { $count ->
        [0] «{ $file }» файлы импортталды: жаңа бастама жоқ.
        [one] «{ $file }» файлы импортталды: { $count } бастама құрылды.
       *[other] «{ $file }» файлы импортталды: { $count } бастама құрылды.
    }
import-sheet-see-initiatives = Бастамаларға өту
import-sheet-import-another = Басқа кестені импорттау
import-sheet-summary-rows =
    { $count ->
        [one] «{ $file }»: { $count } жол.
       *[other] «{ $file }»: { $count } жол.
    }
import-sheet-summary-creates = Құрылатын бастамалар: { $count }.
import-sheet-summary-already =
    { $count ->
        [one] { $count } жол бұрын импортталған, ол өзгеріссіз қалады.
       *[other] { $count } жол бұрын импортталған, олар өзгеріссіз қалады.
    }
import-sheet-summary-invalid =
    { $count ->
        [one] { $count } жолда қателер бар: файлды түзетіп, қайта жүктеңіз немесе ол жолды алып тастаңыз.
       *[other] { $count } жолда қателер бар: файлды түзетіп, қайта жүктеңіз немесе ол жолдарды алып тастаңыз.
    }
import-sheet-summary-skipped =
    { $count ->
        [one] { $count } жол алынып тасталды.
       *[other] { $count } жол алынып тасталды.
    }
import-sheet-missing = Мына мәндер қай бағанда екенін көрсетіңіз: { $columns }.
import-sheet-check-again = Қайта тексеру
import-sheet-mapping-legend = Әр бағанда не бар
import-sheet-column-number = { $number }-баған
import-sheet-not-imported = Импорттамау
import-sheet-unknown-partners = Accord жүйесінде мынадай атаулы серіктестер жоқ: { $names }. Файлдағы атауларды түзетіңіз немесе әкімшіден серіктестерді қосуды сұраңыз.
import-sheet-partners-legend = Accord жүйесінде әлі жоқ серіктестер
import-sheet-partners-hint = Әрқайсысын қайда қосу керегін таңдаңыз (олар импортпен бірге қосылады) немесе файлды түзетіңіз.
import-sheet-partner-skip = Қоспау
import-sheet-place-country = «{ $region }» әлем өңіріндегі ел немесе ұйым
import-sheet-place-part-of = «{ $name }» серіктесінің құрамындағы өңір
import-sheet-rows-caption = Файлдың жолдары және оларды импорттау нәтижесі
import-sheet-col-row = Жол
import-sheet-col-outcome = Нәтиже
import-sheet-col-leave-out = Алып тастау
import-sheet-unlisted-problems =
    { $count ->
        [one] Қатесі бар тағы { $count } жол көрсетілмеген: жоғарыдағыларды түзетіп, қайта тексеріңіз.
       *[other] Қателері бар тағы { $count } жол көрсетілмеген: жоғарыдағыларды түзетіп, қайта тексеріңіз.
    }
import-sheet-unlisted =
    { $count ->
        [one] Қатесіз тағы { $count } жол көрсетілмеген.
       *[other] Қатесіз тағы { $count } жол көрсетілмеген.
    }
import-sheet-outcome-create = Құрылады
import-sheet-outcome-skipped = Алынып тасталды
import-sheet-outcome-imported = Бұрын импортталған:
import-sheet-outcome-open = ашу
import-sheet-leave-out-row = { $row }-жолды алып тастау
import-sheet-blocked = Қалдырылған жолдарда қате тұрғанда ештеңе импорттау мүмкін емес.
import-sheet-nothing-new = Импорттайтын жаңа ештеңе жоқ.
import-sheet-import-submit =
    { $count ->
        [one] { $count } бастаманы импорттау
       *[other] { $count } бастаманы импорттау
    }
import-sheet-import-hint = Импорт бір қадаммен орындалады: жоғарыда құрылатын деп белгіленген жолдардың бәрі құрылады немесе бірде-біреуі құрылмайды.
import-sheet-busy-importing = Импортталуда… үлкен файлдар үшін бұл бірнеше секундқа созылады

## Spreadsheet import: a row's problems and the plan's (src/domain/spreadsheet/rows.rs,
## review.rs, src/api/sheets.rs, src/server/store/sheets.rs)
sheet-row-partner-retired = «{ $name }» серіктесі есептен шығарылған: оның орнына келген серіктесті көрсетіңіз.
sheet-row-partner-too-long = «{ $name }» серіктес атауы үшін тым ұзын (ең көбі { $max } таңба): бұл бағанда серіктестер көрсетілгенін тексеріңіз.
sheet-row-partner-unknown = «{ $name }» деген серіктес жоқ: оны қосыңыз немесе атауын түзетіңіз.
sheet-row-owner-unknown = { $email } электрондық поштасы бар белсенді пайдаланушы жоқ.
sheet-row-not-a-date = «{ $value }» — күн емес: 2027-03-31 немесе 31.03.2027 түрінде жазыңыз.
sheet-row-not-a-status = «{ $value }» — мәртебе емес: «ұсынылған», «жұмыста», «бөгелген», «орындалған» немесе «тоқтатылған» деп жазыңыз.
sheet-row-sector-unknown = «{ $name }» деген сала жоқ.
sheet-row-not-a-confidentiality = «{ $value }» — құпиялылық деңгейі емес: «ашық қолжетімділік», «ішкі пайдалану үшін» немесе «шектеулі қолжетімділік» деп жазыңыз.
sheet-row-deadline-before-meeting = Мерзім бастама келісілген кездесуден бұрын болмауы тиіс.
sheet-row-reference-too-long = Сыртқы идентификатор ең көбі { $max } таңбадан тұруы тиіс.
sheet-row-only-own = Тек өзіңіз жауапты бастамаларды ғана импорттай аласыз: ұяшықты бос қалдырыңыз, өз электрондық поштаңызды жазыңыз немесе бұл жолды импорттауды басшыдан сұраңыз.
sheet-row-cells = Жолдағы ұяшықтар саны: { $cells }, тақырып жолында: { $width }. Ішінде бөлгіш таңба бар ұяшықты тырнақшаға алыңыз.
sheet-row-same-title-partner = { $row }-жолда да атауы мен серіктесі осындай: олардың бірін алып тастаңыз.
sheet-row-same-reference = { $row }-жолда да сыртқы идентификаторы осындай: олардың бірін алып тастаңыз.
sheet-plan-partners-changed = Осы тексеруден кейін Accord-тағы серіктестер тізімі өзгерді: файлды қайта тексеріңіз.
sheet-plan-rows-have-problems = Кейбір жолдарда әлі де қателер бар: файлды түзетіңіз немесе ол жолдарды алып тастап, қайта тексеріңіз.
sheet-plan-parent-retired = Жаңа серіктесті құрамына қосу үшін әлі есепте тұрған серіктесті таңдаңыз.

## The readout importer's notes (src/api/import.rs, src/domain/import.rs)
readout-date-publication = Ақпараттық хабарламада кездесудің қашан өткені айтылмаған: бұл оның жарияланған күні.
readout-date-unknown = Ақпараттық хабарламада кездесудің қашан өткені айтылмаған.
readout-error-too-long = Ақпараттық хабарлама тым ұзын (көлемі байтпен: { $bytes }, ең көбі: { $max }). Тек осы кездесу туралы хабарламаны қойыңыз.

## The page shown when the signed-in user cannot be checked (src/server/response.rs)
outage-heading-unavailable = Accord өз дерекқорына қосыла алмай тұр
outage-heading-internal = Қате орын алды
outage-saved = Сақтағандарыңыздың бәрі орнында. Бұл бет өздігінен жаңармайды.
outage-try-again = Сәлден соң қайталап көріңіз

## Есептік жазба: тіл және уақыт белдеуі

account-preferences-heading = Тіл және уақыт белдеуі
account-preferences-saved = Тіл мен уақыт белдеуі сақталды.
account-language = Тіл
account-language-browser = Браузер баптауларындағыдай
account-time-zone = Уақыт белдеуі
account-time-zone-office = Мекемедегідей ({ $zone })
account-time-zone-hint = Сіздің «бүгініңізді» (мерзімі өткенін және мерзімі жақындағанын) әрі сізге көрсетілетін уақытты анықтайды.
account-preferences-submit = Баптауларды сақтау
account-error-language = Тізімнен тілді таңдаңыз.
account-error-time-zone = Тізімнен уақыт белдеуін таңдаңыз.

## Кестеге шығару: баған тақырыптары

export-column-id = Идентификатор
export-column-last-activity = Соңғы әрекет
export-column-updated = Өзгертілді (UTC)
export-column-link = Сілтеме
export-column-partner-or-region = Серіктес немесе өңір
export-column-open = Ашық
export-column-completed-percent = Орындалды (%)
export-column-on-time-percent = Мерзімінде (%)
export-column-what-happened = Не болды
export-column-on = Күні
export-column-initiative-id = Бастама идентификаторы
export-column-detail = Толығырақ

## Ауыстырылған мерзімдер (issue 19)
field-deadline_reason = Мерзімді ауыстыру себебі
initiative-form-deadline-reason-hint = Мерзім ауыстырылса не алынып тасталса қажет; ол бастаманың тарихында сақталады.
initiative-deadline-moved = { $count } рет ауыстырылды: { $shift } ({ $first })
initiative-deadline-later = алғаш келісілгеннен { $days } күн кейін
initiative-deadline-earlier = алғаш келісілгеннен { $days } күн бұрын
initiative-deadline-removed = { $count } рет ауыстырылды, қазір мерзімсіз; алғаш келісілгені { $first }
initiative-deadline-same = қайтадан алғашқы мерзім
initiative-moves-heading = Мерзім ауыстырулары
initiative-move-line = { $from } → { $to }
initiative-move-meta = { $who }, { $when }
deadline-none = мерзімсіз
changes-moved-detail = { $from } орнына { $to }
changes-figure-moved =
    { $count ->
       *[other] мерзім ауыстырылды
    }
change-kind-deadline_moved = Мерзім ауыстырылды
dashboard-col-moved = Ауыстырулар
dashboard-moved-title = Мерзім ауыстырулары: { $moves }, мерзімі ауыстырылған бастамалар: { $moved } ({ $name })
