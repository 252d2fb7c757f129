### Accord — сообщения интерфейса, русский язык (ru).
### Перевод src/i18n/en/main.ftl (источник); набор идентификаторов тот же.
### Термины — по src/i18n/GLOSSARY.md. Официально-деловой стиль, безличные формулировки.
### Название продукта «Accord» не переводится. Множественное число: one / few / many / other.

## Document, page titles

page-title = { $page } · Accord
page-title-empty = Accord
app-description = Accord — учёт инициатив, согласованных на дипломатических встречах.

## Language switcher

language-switcher-label = Язык
language-en = English
language-ru = Русский
language-kk = Қазақша

## Layout

layout-skip-link = Перейти к основному содержанию
nav-main-label = Основное меню
nav-my-initiatives = Мои инициативы
nav-dashboard = Сводка
nav-initiatives = Инициативы
nav-meetings = Встречи
nav-users = Пользователи
nav-partners = Партнёры
nav-sectors = Отрасли
nav-audit = Аудит
layout-account-title = Учётная запись
layout-sign-out = Выйти
layout-footer = Accord · от сообщений о встречах к исполнению инициатив

## Shared words and busy labels

common-cancel = Отмена
common-loading = Загрузка…
common-loading-form = Загрузка формы…
common-none = —
common-yes = да
common-no = нет
busy-saving = Сохранение…
busy-filtering = Применение фильтров…
busy-searching = Поиск…
busy-creating = Создание…
busy-deleting = Удаление…
busy-loading = Загрузка…

## Dates and counts

# «2 декабря 2026 г.»
date-long = { $day } { $month } { $year } г.
# «16 нояб. 2026 г.»
date-short = { $day } { $month } { $year } г.
date-time = { $date }, { $time } { $zone }
# «нояб. 2026 г.»
month-year-short = { $month } { $year } г.

# Родительный падеж (для date-long).
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

# Сокращения CLDR, форма внутри даты (родительный падеж).
month-short-1 = янв.
month-short-2 = февр.
month-short-3 = мар.
month-short-4 = апр.
month-short-5 = мая
month-short-6 = июн.
month-short-7 = июл.
month-short-8 = авг.
month-short-9 = сент.
month-short-10 = окт.
month-short-11 = нояб.
month-short-12 = дек.

# Сокращения CLDR, самостоятельная форма (подписи графика).
month-standalone-short-1 = янв.
month-standalone-short-2 = февр.
month-standalone-short-3 = март
month-standalone-short-4 = апр.
month-standalone-short-5 = май
month-standalone-short-6 = июнь
month-standalone-short-7 = июль
month-standalone-short-8 = авг.
month-standalone-short-9 = сент.
month-standalone-short-10 = окт.
month-standalone-short-11 = нояб.
month-standalone-short-12 = дек.

count-initiatives =
    { $count ->
        [one] { $count } инициатива
        [few] { $count } инициативы
        [many] { $count } инициатив
       *[other] { $count } инициативы
    }
count-open-initiatives =
    { $count ->
        [one] { $count } открытая инициатива
        [few] { $count } открытые инициативы
        [many] { $count } открытых инициатив
       *[other] { $count } открытой инициативы
    }
count-meetings =
    { $count ->
        [one] { $count } встреча
        [few] { $count } встречи
        [many] { $count } встреч
       *[other] { $count } встречи
    }
count-rows =
    { $count ->
        [one] { $count } строка
        [few] { $count } строки
        [many] { $count } строк
       *[other] { $count } строки
    }
count-items =
    { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }
percent = { $percent } %

## Errors

errors-heading-not-found = Не найдено
errors-heading-forbidden = Нет доступа
errors-heading-unauthenticated = Требуется вход
errors-heading-unavailable = Временно недоступно
errors-heading-other = Произошла ошибка
error-validation = Исправьте поля, отмеченные ниже.
error-not-found =
    { $what ->
        [initiative] Инициатива не найдена.
        [meeting] Встреча не найдена.
        [partner] Партнёр не найден.
        [readout] Информационное сообщение не найдено.
        [sector] Отрасль не найдена.
        [spreadsheet] Таблица не найдена.
        [user] Пользователь не найден.
       *[other] Запись не найдена.
    }
error-conflict = Эту запись уже сохранил другой пользователь.
error-forbidden = У вас нет прав на это действие.
error-unauthenticated = Войдите в систему.
error-unavailable = Сервис временно недоступен. Повторите попытку позже.
error-internal = Ошибка на стороне сервера. Код обращения: { $reference }.
error-request = Не удалось выполнить запрос: { $reason }
error-unreadable-request = поле отсутствует, повторяется или имеет неверный тип.

## Forms

form-error-prefix = Ошибка:{ " " }
form-error-summary-heading = Обнаружены ошибки
form-error-summary-conflict = На странице показана текущая версия записи. Введённые вами данные сохранены ниже: проверьте их и сохраните ещё раз.

## Edit conflict

conflict-heading =
    { $what ->
        [meeting] Эту встречу уже сохранил другой пользователь
        [initiative] Эту инициативу уже сохранил другой пользователь
        [partner] Этого партнёра уже сохранил другой пользователь
        [sector] Эту отрасль уже сохранил другой пользователь
       *[other] Эту запись уже сохранил другой пользователь
    }
conflict-body = Ничего не перезаписано. Сравните две версии; ваши значения сохранены в форме ниже. Сохраните, чтобы применить их поверх текущей версии, или отмените их.
conflict-caption = Текущая версия и ваша
conflict-field = Поле
conflict-current = Текущая версия
conflict-yours = Ваша версия
conflict-save-mine = Сохранить мою версию поверх текущей
conflict-discard = Отменить мои изменения

## Field names

field-title = Название
field-status = Статус
field-owner_id = Ответственный
field-deadline = Срок
field-partner_id = Партнёр
field-sector_ids = Отрасли
field-meeting_id = Встреча
field-description = Описание
field-obligor = За кем следующий шаг
field-strength = Обязательность
field-confidentiality = Конфиденциальность
field-next_review_on = Следующая проверка
field-blocked_reason = Причина блокировки
field-completed_on = Дата выполнения
field-held_on = Дата
field-location = Место
field-summary = Краткое содержание
field-readout = Информационное сообщение
field-source_url = Ссылка на источник
field-participants = Участники
field-name = Наименование
field-kind = Тип
field-parent_id = Входит в
field-world_region = Регион мира
field-iso_code = Код ISO
field-slug = Ключ
field-email = Эл. почта
field-display_name = Имя
field-role = Роль
field-active = Активен
field-reason = Причина
field-retired_at = Выведен из учёта
field-restored_at = Возвращён в учёт
field-merged_into = Объединён с
field-merged_from = Перенесено из
field-note = Примечание
field-evidence_url = Ссылка на подтверждение
field-organisation = Организация
field-side = Сторона
field-synonyms = Синонимы
field-meeting-date = Дата встречи

## Closed value sets

status-proposed = Предложена
status-active = В работе
status-blocked = Заблокирована
status-completed = Выполнена
status-dropped = Снята

health-overdue = Просрочено
health-due_soon = Срок истекает
health-stale = Без движения
health-on_track = По плану
health-closed = Закрыто

role-admin = Администратор
role-manager = Руководитель
role-officer = Референт
role-viewer = Наблюдатель

confidentiality-public = Открытый доступ
confidentiality-internal = Для внутреннего пользования
confidentiality-restricted = Ограниченный доступ

obligor-us = За нами
obligor-them = За партнёром
obligor-joint = Совместно

strength-firm = Твёрдая договорённость
strength-soft = Намерение

side-ours = Наша сторона
side-theirs = Сторона партнёра

partner-kind-country = Страна
partner-kind-region = Регион
partner-kind-city = Город или порт
partner-kind-organisation = Организация

world-region-africa = Африка
world-region-northern_america = Северная Америка
world-region-latin_america = Латинская Америка и Карибский бассейн
world-region-central_asia = Центральная Азия
world-region-eastern_asia = Восточная Азия
world-region-south_eastern_asia = Юго-Восточная Азия
world-region-southern_asia = Южная Азия
world-region-western_asia = Западная Азия
world-region-europe = Европа
world-region-oceania = Океания

dashboard-level-world = Регионы мира
dashboard-level-top = Страны и организации
dashboard-level-sub = Регионы

change-kind-created = Созданы
change-kind-completed = Выполнены
change-kind-slipped = Просрочены (истёк срок)
change-kind-reassigned = Переданы другому ответственному

audit-kind-initiative = Инициатива
audit-kind-meeting = Встреча
audit-kind-partner = Партнёр
audit-kind-sector = Отрасль
audit-kind-user = Пользователь

initiative-sort-deadline = Срок
initiative-sort-updated = Последнее обновление
initiative-sort-title = Название
initiative-sort-relevance = Релевантность

sheet-column-title = Название
sheet-column-partner = Партнёр
sheet-column-owner_email = Эл. почта ответственного
sheet-column-deadline = Срок
sheet-column-status = Статус
sheet-column-sectors = Отрасли
sheet-column-confidentiality = Конфиденциальность
sheet-column-description = Описание
sheet-column-meeting_date = Дата исходной встречи
sheet-column-external_ref = Внешний идентификатор

problem-kind-empty = Пустой файл
problem-kind-too_big = Слишком большой файл
problem-kind-utf16 = Текст в кодировке UTF-16
problem-kind-not_utf8 = Текст не в кодировке UTF-8
problem-kind-not_text = Не текстовый файл
problem-kind-too_many_columns = Слишком много столбцов
problem-kind-cell_too_long = Слишком длинная ячейка
problem-kind-too_many_rows = Слишком много строк
problem-kind-unreadable = Не файл CSV
problem-kind-no_rows = Нет строк

## Sign-in page

login-page-title = Вход
login-heading = Вход в Accord
login-signed-out = Вы вышли из системы.
login-error-invalid = Неверный адрес электронной почты или пароль.
login-error-missing = Введите адрес электронной почты и пароль.
login-error-throttled =
    { $seconds ->
        [one] Слишком много неудачных попыток. Подождите { $seconds } секунду и повторите попытку.
        [few] Слишком много неудачных попыток. Подождите { $seconds } секунды и повторите попытку.
        [many] Слишком много неудачных попыток. Подождите { $seconds } секунд и повторите попытку.
       *[other] Слишком много неудачных попыток. Подождите { $seconds } секунды и повторите попытку.
    }
login-email-label = Эл. почта
login-password-label = Пароль
login-submit = Войти

## Home: my initiatives

home-page-title = Мои инициативы
home-heading = Мои инициативы
home-all-initiatives = Все инициативы
home-loading = Загрузка ваших инициатив…
home-empty = За вами пока не закреплено ни одной инициативы. Внесите встречу и добавьте достигнутые договорённости.
home-result-count =
    { $count ->
        [one] { $count } инициатива: сначала просроченные, затем с истекающим сроком, без движения и идущие по плану.
        [few] { $count } инициативы: сначала просроченные, затем с истекающим сроком, без движения и идущие по плану.
        [many] { $count } инициатив: сначала просроченные, затем с истекающим сроком, без движения и идущие по плану.
       *[other] { $count } инициативы: сначала просроченные, затем с истекающим сроком, без движения и идущие по плану.
    }
home-table-caption = Мои инициативы, начиная с требующих внимания
home-meetings-heading = Последние встречи
home-all-meetings = Все встречи
home-meetings-loading = Загрузка встреч…
home-meetings-empty = Встречи пока не внесены.
home-meetings-caption = Последние встречи

## Page not found

not-found-page-title = Страница не найдена
not-found-heading = Страница не найдена
not-found-body = По этому адресу ничего нет. Возможно, страница перемещена или в ссылке опечатка.
not-found-home-link = Перейти на главную страницу

## Tables of initiatives and meetings

initiative-table-initiative = Инициатива
initiative-table-partner = Партнёр
initiative-table-deadline = Срок
initiative-table-status = Статус
initiative-table-health = Состояние
initiative-table-owner = Ответственный
initiative-table-last-update = Последнее обновление
meeting-table-date = Дата
meeting-table-meeting = Встреча
meeting-table-partner = Партнёр
meeting-table-location = Место
meeting-table-participants = Участники

## Download links

downloads-csv = Скачать CSV ({ $what })
downloads-excel = Excel (.xlsx)

## Initiative page

initiative-loading = Загрузка инициативы…
initiative-fallback-title = Инициатива
initiative-back-to-all = Ко всем инициативам
initiative-breadcrumb = Инициативы
initiative-edit = Изменить
initiative-delete = Удалить…
initiative-read-only = Только просмотр: ответственный — другой сотрудник
initiative-fact-partner = Партнёр
initiative-fact-owner = Ответственный
initiative-fact-deadline = Срок
initiative-fact-next-review = Следующая проверка
initiative-fact-sectors = Отрасли
initiative-fact-meeting = Исходная встреча
initiative-fact-obligor = За кем следующий шаг
initiative-fact-strength = Обязательность
initiative-fact-confidentiality = Конфиденциальность
initiative-fact-completed-on = Дата выполнения
initiative-fact-blocked-reason = Причина блокировки
initiative-unassigned = Не назначен
initiative-description-heading = Описание
initiative-history-heading = История

initiative-status-form-heading = Изменение статуса
initiative-status-form-current = { $status } (без изменений, добавить примечание)
initiative-status-form-new-status = Новый статус
initiative-status-form-note = Примечание
initiative-status-form-note-hint = Что произошло. При блокировке обязательно: укажите, что мешает.
initiative-status-form-evidence = Ссылка на подтверждение
initiative-status-form-evidence-hint = Ссылка на подписанный текст, протокол или официальное сообщение. Для отметки о выполнении нужна эта ссылка или примечание.
initiative-status-form-submit = Сохранить

initiative-timeline-empty = Изменений пока нет.
initiative-timeline-system = Система
initiative-timeline-change = { $field }: { $before } → { $after }
initiative-timeline-evidence = Подтверждение:

## History headlines

history-created = Создана
history-created-as = Создана со статусом «{ $status }»
history-status-changed = Статус изменён
history-status-changed-from-to = Статус изменён: «{ $from }» → «{ $to }»
history-progress-note = Отметка о ходе работы
history-follow-up = Повторно обсуждалась на встрече
history-deleted = Удалена
history-edited = Изменена

## Initiative list and filters

initiatives-page-title = Инициативы
initiatives-heading = Инициативы
initiatives-import = Импорт таблицы
initiatives-new = Новая инициатива
initiatives-loading-filters = Загрузка фильтров…
initiatives-loading = Загрузка инициатив…
initiatives-filters-label = Фильтр инициатив
initiatives-filter-text = Текст
initiatives-filter-text-placeholder = Слова из названий, примечаний или информационных сообщений
initiatives-filter-partner = Партнёр
initiatives-filter-partner-any = Любой партнёр
initiatives-filter-sector = Отрасль
initiatives-filter-sector-any = Любая отрасль
initiatives-filter-status = Статус
initiatives-filter-status-any = Любой статус
initiatives-filter-status-open = Открытые (не закрытые)
initiatives-filter-health = Состояние
initiatives-filter-health-any = Любое состояние
initiatives-filter-owner = Ответственный
initiatives-filter-owner-any = Любой
initiatives-filter-region = Регион мира
initiatives-filter-region-any = Любой регион
initiatives-filter-due-by = Срок до
filters-apply = Применить фильтры
filters-clear = Сбросить
initiatives-result-count =
    { $count ->
        [one] { $count } инициатива
        [few] { $count } инициативы
        [many] { $count } инициатив
       *[other] { $count } инициативы
    } · сортировка { $sort ->
        [deadline] по сроку
        [updated] по последнему обновлению
        [relevance] по релевантности
       *[title] по названию
    }
initiatives-result-count-partial =
    { $count ->
        [one] { $count } инициатива
        [few] { $count } инициативы
        [many] { $count } инициатив
       *[other] { $count } инициативы
    }, показано { $shown } начиная с этой страницы · сортировка { $sort ->
        [deadline] по сроку
        [updated] по последнему обновлению
        [relevance] по релевантности
       *[title] по названию
    }
initiatives-sort-relevance-link = Сначала наиболее подходящие
initiatives-empty = Нет инициатив, соответствующих фильтрам.
initiatives-table-caption = Инициативы
initiatives-pager-label = Страницы
initiatives-pager-first = Первая страница
initiatives-pager-next = Следующая страница

## New and edit initiative

initiative-form-new-title = Новая инициатива
initiative-form-title-hint = Суть договорённости в нескольких словах.
initiative-form-partner-blank = Выберите партнёра
initiative-form-owner-blank = Не назначен
initiative-form-deadline-hint = Обязателен, когда инициатива в работе.
initiative-form-strength-hint = Твёрдая договорённость: согласовано или подписано. Намерение: заинтересованность или готовность.
initiative-form-confidentiality-hint = Инициативы с ограниченным доступом не видны наблюдателям.
initiative-form-create = Создать инициативу
initiative-form-edit-title = Изменение инициативы
initiative-form-edit-heading = Изменение: { $title }
initiative-form-back = К инициативе
initiative-form-save = Сохранить изменения

## Delete an initiative or a meeting

delete-title = Удаление
delete-heading =
    { $kind ->
        [meeting] Удалить эту встречу?
       *[initiative] Удалить эту инициативу?
    }
delete-initiative-consequence-1 = Инициатива, история её статусов и связи со встречами будут удалены.
delete-initiative-consequence-2 = Сводка перестанет её учитывать.
delete-consequence-audit = В журнале аудита сохранятся последние значения, а также кто, когда и почему удалил запись.
delete-meeting-consequence-1 = Встреча и её участники будут удалены.
delete-meeting-consequence-2 = Инициативы, согласованные на встрече, сохранятся, но больше не будут с ней связаны (каждое изменение отражено в их истории).
delete-reason-label = Причина удаления
delete-reason-hint = Обязательно; сохраняется в журнале аудита (не более { $max } символов).
delete-submit = Удалить безвозвратно
delete-keep = Не удалять

## Dashboard

dashboard-page-title = Сводка
dashboard-heading = Сводка
dashboard-loading = Загрузка сводки…
dashboard-filters-label = Фильтр сводки
dashboard-filter-sector = Отрасль
dashboard-filter-sector-any = Все отрасли
dashboard-filter-owner = Ответственный
dashboard-filter-owner-any = Все
dashboard-filter-region = Регион мира
dashboard-filter-region-any = Все регионы
dashboard-levels-label = Уровень
dashboard-changes-link = Что изменилось в этом квартале
dashboard-figure-open =
    { $count ->
        [one] открытая
        [few] открытые
        [many] открытых
       *[other] открытой
    }
dashboard-figure-overdue =
    { $count ->
        [one] просроченная
        [few] просроченные
        [many] просроченных
       *[other] просроченной
    }
dashboard-figure-due-30 =
    { $count ->
        [one] со сроком в ближайшие 30 дней
        [few] со сроком в ближайшие 30 дней
        [many] со сроком в ближайшие 30 дней
       *[other] со сроком в ближайшие 30 дней
    }
dashboard-figure-stale =
    { $count ->
        [one] без движения
        [few] без движения
        [many] без движения
       *[other] без движения
    }
dashboard-figure-completed =
    { $count ->
        [one] выполненная
        [few] выполненные
        [many] выполненных
       *[other] выполненной
    }
dashboard-empty = Нет подходящих инициатив.
dashboard-chart-heading =
    { $level ->
        [world] Открытые и выполненные инициативы по регионам мира
       *[other] Открытые и выполненные инициативы по партнёрам
    }
dashboard-chart-heading-top =
    { $level ->
        [world] Регионы мира, требующие наибольшего внимания (первые { $count })
       *[other] Партнёры, требующие наибольшего внимания (первые { $count })
    }
dashboard-table-heading =
    { $level ->
        [world] По регионам мира, начиная с требующих внимания
       *[other] По партнёрам, начиная с требующих внимания
    }
dashboard-table-shown =
    { $level ->
        [world] Показаны регионы мира, требующие наибольшего внимания: { $shown } из { $total }.
       *[other] Показаны партнёры, требующие наибольшего внимания: { $shown } из { $total }.
    }
dashboard-table-show-all = Показать все ({ $total })
dashboard-months-heading = Открыто и выполнено по месяцам
dashboard-matrix-heading =
    { $level ->
        [world] Открытые инициативы по регионам мира и отраслям
       *[other] Открытые инициативы по партнёрам и отраслям
    }
dashboard-matrix-heading-top =
    { $level ->
        [world] Открытые инициативы по регионам мира и отраслям: { $count }, требующих наибольшего внимания
       *[other] Открытые инициативы по партнёрам и отраслям: { $count }, требующих наибольшего внимания
    }
dashboard-table-caption =
    { $level ->
        [world] Инициативы по регионам мира: статус, состояние, сроки, выполнение и своевременность
       *[other] Инициативы по партнёрам: статус, состояние, сроки, выполнение и своевременность
    }
dashboard-col-partner = Партнёр
dashboard-col-world-region = Регион мира
dashboard-col-all = Всего
dashboard-col-overdue = Просрочено
dashboard-col-due-30 = Срок в ближайшие 30 дней
dashboard-col-stale = Без движения
dashboard-col-completion = Выполнение
dashboard-col-on-time = В срок
dashboard-cell-all = Все инициативы с партнёром «{ $name }»: { $count }
dashboard-cell-status =
    { $status ->
        [proposed] Инициативы с партнёром «{ $name }» в статусе «Предложена»: { $count }
        [active] Инициативы с партнёром «{ $name }» в статусе «В работе»: { $count }
        [blocked] Инициативы с партнёром «{ $name }» в статусе «Заблокирована»: { $count }
        [completed] Инициативы с партнёром «{ $name }» в статусе «Выполнена»: { $count }
       *[dropped] Инициативы с партнёром «{ $name }» в статусе «Снята»: { $count }
    }
dashboard-cell-overdue = Просроченные инициативы с партнёром «{ $name }»: { $count }
dashboard-cell-stale = Инициативы без движения с партнёром «{ $name }»: { $count }
dashboard-cell-due = Инициативы с партнёром «{ $name }» со сроком до { $date }: { $count }
dashboard-on-time-title = В первоначальный срок: { $on_time } из { $total } выполненных, у которых был срок; в действующий срок: { $on_time_current }
dashboard-table-hint = Срок в ближайшие 30 дней: открытые инициативы со сроком с сегодняшнего дня до { $date }. Без движения: нет обновлений 60 дней. Выполнение: доля выполненных среди всех, кроме снятых. В срок: доля выполненных не позднее первоначально согласованного срока среди выполненных, у которых был срок (доля по действующему сроку — в подсказке ячейки). Переносы: сколько раз переносились сроки. Строка партнёра включает входящих в него партнёров.
dashboard-matrix-empty = Открытых инициатив нет.
dashboard-matrix-caption =
    { $level ->
        [world] Открытые инициативы по регионам мира и отраслям, с числом просроченных
       *[other] Открытые инициативы по партнёрам и отраслям, с числом просроченных
    }
dashboard-matrix-overdue = просрочено: { $count }
dashboard-matrix-hint = В каждой ячейке — число открытых инициатив (инициатива, относящаяся к двум отраслям, учитывается в обеих); просроченные указаны в скобках и выделены.

## Dashboard charts

dashboard-chart-title = Инициативы по партнёрам: просроченные, с истекающим сроком, без движения, идущие по плану и выполненные
dashboard-chart-row = { $name }: просрочено — { $overdue }, срок истекает — { $due_soon }, без движения — { $stale }, по плану — { $on_track }, выполнено — { $completed }
dashboard-chart-segment =
    { $segment ->
        [overdue] { $name }: просрочено — { $count }
        [due_soon] { $name }: срок истекает — { $count }
        [stale] { $name }: без движения — { $count }
        [on_track] { $name }: по плану — { $count }
       *[completed] { $name }: выполнено — { $count }
    }
dashboard-chart-legend-completed = Выполнено
dashboard-chart-legend-note = Те же данные приведены в таблице ниже.
dashboard-months-title = Открытые и выполненные инициативы по месяцам за последние 12 месяцев
dashboard-months-row = { $month }: открыто — { $opened }, выполнено — { $completed }
dashboard-months-bar-opened = { $month }: открыто — { $count }
dashboard-months-bar-completed = { $month }: выполнено — { $count }
dashboard-months-opened = Открыто
dashboard-months-completed = Выполнено
dashboard-months-table-summary = Те же данные в виде таблицы
dashboard-months-table-caption = Открытые и выполненные инициативы по месяцам
dashboard-months-col-month = Месяц
dashboard-months-hint = Открыто: созданные в этом месяце. Выполнено: выполненные в этом месяце и по-прежнему выполненные (возобновлённая инициатива из этого месяца исключается).

## What changed

changes-page-title = Что изменилось
changes-fallback-heading = Что изменилось
changes-loading = Загрузка справки…
changes-heading = Что изменилось с { $date }
changes-period-label = Выбор периода
changes-since = С даты
changes-submit = Показать справку
changes-last-30-days = Последние 30 дней
changes-this-quarter = Текущий квартал
changes-this-year = Текущий год
changes-figure-created =
    { $count ->
        [one] создана
        [few] созданы
        [many] создано
       *[other] создано
    }
changes-figure-completed =
    { $count ->
        [one] выполнена
        [few] выполнены
        [many] выполнено
       *[other] выполнено
    }
changes-figure-slipped =
    { $count ->
        [one] просрочена (истёк срок)
        [few] просрочены (истёк срок)
        [many] просрочено (истёк срок)
       *[other] просрочено (истёк срок)
    }
changes-figure-reassigned =
    { $count ->
        [one] передана другому ответственному
        [few] переданы другому ответственному
        [many] передано другому ответственному
       *[other] передано другому ответственному
    }
changes-truncated = Период длинный: в каждом списке показаны последние { $count } записей.
changes-empty = За этот период ничего не создано, не выполнено, не просрочено и не передано.
changes-by-partner-heading = По партнёрам
changes-table-caption = Изменения по партнёрам за период
changes-col-partner = Партнёр
changes-list-heading = { $kind } ({ $count })
changes-reassigned-detail = от { $from } к { $to }
changes-nobody = никого
changes-unknown-user = пользователь { $id }

## Meetings

meetings-page-title = Встречи
meetings-heading = Встречи
meetings-import = Импорт информационного сообщения
meetings-new = Внести встречу
meetings-search-label = Поиск встреч
meetings-search-placeholder = Название, партнёр или место
meetings-search-submit = Найти
meetings-loading = Загрузка встреч…
meetings-result-count =
    { $count ->
        [one] { $count } встреча
        [few] { $count } встречи
        [many] { $count } встреч
       *[other] { $count } встречи
    }
meetings-result-count-search =
    { $count ->
        [one] По запросу «{ $search }» найдена { $count } встреча
        [few] По запросу «{ $search }» найдено { $count } встречи
        [many] По запросу «{ $search }» найдено { $count } встреч
       *[other] По запросу «{ $search }» найдено { $count } встречи
    }
meetings-empty = По этому запросу встреч не найдено.
meetings-table-caption = Встречи

meeting-loading = Загрузка встречи…
meeting-fallback-title = Встреча
meeting-back-to-all = Ко всем встречам
meeting-breadcrumb = Встречи
meeting-correct = Исправить
meeting-delete = Удалить…
meeting-fact-date = Дата
meeting-fact-partner = Партнёр
meeting-fact-location = Место
meeting-fact-confidentiality = Конфиденциальность
meeting-fact-source = Источник
meeting-summary-heading = Краткое содержание
meeting-initiatives-heading = Инициативы по итогам встречи
meeting-add-initiative = Добавить инициативу по итогам встречи
meeting-initiatives-empty = По итогам этой встречи инициативы пока не внесены.
meeting-initiatives-caption = Инициативы по итогам встречи
meeting-participants-heading = Участники
meeting-participants-empty = Участники не указаны.
meeting-readout-heading = Информационное сообщение

meeting-form-new-title = Новая встреча
meeting-form-new-heading = Внесение встречи
meeting-form-title-hint = Например: Встреча Посла с министром-президентом Фландрии
meeting-form-partner-blank = Выберите партнёра
meeting-form-source-hint = Опубликованное информационное сообщение, если есть.
meeting-form-readout-hint = Полный текст информационного сообщения, если оно опубликовано.
meeting-form-confidentiality-hint = Встречи с ограниченным доступом, их краткое содержание и информационное сообщение не видны наблюдателям.
meeting-form-participants-heading = Участники
meeting-form-participants-hint = Лишние строки оставьте пустыми.
meeting-form-add-participant = Добавить участника
meeting-form-participant = Участник { $number }
meeting-form-participant-name = ФИО
meeting-form-participant-title = Должность
meeting-form-participant-organisation = Организация
meeting-form-participant-side = Сторона
meeting-form-save = Сохранить встречу
meeting-edit-title = Исправление встречи
meeting-edit-heading = Исправление: { $title }
meeting-edit-back = К встрече
meeting-edit-save = Сохранить исправления

## Partner page

partner-loading = Загрузка партнёра…
partner-fallback-title = Партнёр
partner-breadcrumb = Инициативы
partner-all-initiatives =
    { $count ->
        [one] Все инициативы ({ $count })
        [few] Все инициативы ({ $count })
        [many] Все инициативы ({ $count })
       *[other] Все инициативы ({ $count })
    }
partner-fact-kind = Тип
partner-fact-world-region = Регион мира
partner-fact-includes = Включает
partner-brief-heading = Справка к следующей встрече
partner-brief-count =
    { $count ->
        [one] { $count } открытая инициатива с партнёром «{ $name }» и входящими в него партнёрами; сначала просроченные и без движения.
        [few] { $count } открытые инициативы с партнёром «{ $name }» и входящими в него партнёрами; сначала просроченные и без движения.
        [many] { $count } открытых инициатив с партнёром «{ $name }» и входящими в него партнёрами; сначала просроченные и без движения.
       *[other] { $count } открытой инициативы с партнёром «{ $name }» и входящими в него партнёрами; сначала просроченные и без движения.
    }
partner-brief-csv = Скачать справку (CSV)
partner-brief-excel = Excel (.xlsx)
partner-brief-empty = Открытых инициатив нет.
partner-brief-caption = Открытые инициативы, начиная с требующих внимания
partner-meetings-heading = Встречи
partner-meetings-empty = Встречи не внесены.
partner-meetings-caption = Встречи с этим партнёром

## Your account and setting a password

account-page-title = Учётная запись
account-heading = Учётная запись
account-password-set = Пароль установлен. Во всех других браузерах выполнен выход из вашей учётной записи.
account-name = Имя
account-email = Эл. почта
account-role = Роль
account-password-heading = Смена пароля
account-current-password = Текущий пароль
account-new-password = Новый пароль
account-new-password-hint = Не менее { $min } символов.
account-repeat-password = Новый пароль ещё раз
account-submit = Сменить пароль

set-password-page-title = Установка пароля
set-password-heading = Установка пароля
set-password-checking = Проверка ссылки…
set-password-expired = Срок действия ссылки истёк, или она уже использована. Запросите новую у администратора.
set-password-sign-in = Войти
set-password-for = Для пользователя { $name } ({ $email }).
set-password-new = Новый пароль
set-password-new-hint = Не менее { $min } символов; удобно использовать запоминающуюся фразу.
set-password-repeat = Пароль ещё раз
set-password-submit = Установить пароль

## Validation messages

validation-required = Заполните поле «{ $label }».
validation-too-long = Поле «{ $label }» должно содержать не более { $max } символов.
validation-date = В поле «{ $label }» укажите дату в формате 2026-03-10.
validation-url = В поле «{ $label }» укажите веб-адрес, начинающийся с http:// или https://.
validation-choose-partner = Выберите партнёра.
validation-choose-meeting = Выберите встречу.
validation-choose-owner = Выберите ответственного.

status-error-not-allowed = Инициативу нельзя перевести из статуса «{ $from }» в статус «{ $to }».
status-error-blocked-needs-reason = Укажите, почему инициатива заблокирована.
status-error-completed-needs-evidence = Для отметки о выполнении нужно подтверждение: примечание или ссылка на результат.
status-error-open-needs-deadline = Прежде чем перевести инициативу в работу, установите срок.
status-error-open-needs-owner = Прежде чем перевести инициативу в работу, назначьте ответственного.
status-error-empty-note = Отметка о ходе работы не может быть пустой.
status-error-choose-status = Выберите статус.

initiative-error-needs-deadline = Установите срок; без срока может быть только предложенная инициатива.
initiative-error-needs-owner = Назначьте ответственного; без ответственного может быть только предложенная инициатива.
initiative-error-choose-obligor = Укажите, за кем следующий шаг.
initiative-error-choose-strength = Выберите: твёрдая договорённость или намерение.
initiative-error-choose-confidentiality = Укажите, кому доступна эта инициатива.
initiative-error-sectors-from-list = Выберите отрасли из списка.
initiative-error-too-many-sectors = Выберите не более { $max } отраслей.
initiative-error-new-status = Новая инициатива может иметь статус «Предложена» или «В работе».
initiative-error-deadline-past = Срок новой инициативы не может быть в прошлом.
initiative-error-deadline-before-meeting = Срок не может быть раньше встречи, по итогам которой появилась инициатива.
initiative-error-create-own-only = Вы можете создавать только инициативы, за которые отвечаете сами.
initiative-error-reassign-manager-only = Передать эту инициативу другому ответственному может только руководитель.

meeting-error-choose-confidentiality = Укажите, кому доступна эта встреча.
meeting-error-too-many-participants = Для встречи можно указать не более { $max } участников.
meeting-error-choose-side = Выберите: наша сторона или сторона партнёра.

deletion-error-reason-required = Укажите причину.
deletion-error-reason-too-long = Причина должна содержать не более { $max } символов.

partner-error-slug = Ключ может содержать только строчные латинские буквы, цифры и дефисы.
partner-error-choose-kind = Выберите тип партнёра.
partner-error-iso-code = Код ISO должен иметь вид BE или BE-VLG.
partner-error-choose-world-region = Выберите регион мира.
partner-error-choose-parent = Выберите вышестоящего партнёра из списка.
partner-error-parent-exists = Выберите существующего вышестоящего партнёра.
partner-error-parent-cycle = Партнёр не может входить в самого себя или в одну из своих частей.
partner-error-slug-taken = Этот ключ уже использует другой партнёр.
partner-error-choose-merge-into = Выберите партнёра, с которым нужно объединить.

sector-error-key = Ключ может содержать только латинские буквы, цифры и дефисы (например, space-industry).
sector-error-synonyms-pipe = Синонимы не могут содержать символ |.
sector-error-name-taken = Отрасль с таким названием уже существует.

user-error-choose-role = Выберите роль.
user-error-email-required = Укажите адрес электронной почты.
user-error-email-invalid = Введите адрес электронной почты, например name@mfa.gov.kz.
user-error-email-taken = Пользователь с таким адресом электронной почты уже существует.
user-error-own-admin = Нельзя снять права администратора с самого себя; обратитесь к другому администратору.

password-error-too-short = Пароль должен содержать не менее { $min } символов.
password-error-too-long = Пароль должен содержать не более { $max } символов.
password-error-too-common = Это слишком распространённый пароль; выберите другой.
password-error-contains-email = Пароль не должен содержать ваш адрес электронной почты.
password-error-repeat-differs = Пароли не совпадают; введите один и тот же пароль дважды.
password-error-link-expired = Срок действия ссылки истёк, или она уже использована. Запросите новую у администратора.
password-error-throttled =
    { $seconds ->
        [one] Слишком много неверных паролей. Подождите { $seconds } секунду и повторите попытку.
        [few] Слишком много неверных паролей. Подождите { $seconds } секунды и повторите попытку.
        [many] Слишком много неверных паролей. Подождите { $seconds } секунд и повторите попытку.
       *[other] Слишком много неверных паролей. Подождите { $seconds } секунды и повторите попытку.
    }
password-error-not-current = Это не ваш текущий пароль.

audit-error-date = Укажите дату в формате ГГГГ-ММ-ДД.
audit-error-choose-kind = Выберите тип записи из списка.
audit-error-choose-person = Выберите пользователя из списка.
audit-error-record-number = Номер записи — целое число больше 0.
audit-error-no-page = Такой страницы нет.
audit-error-until-before-from = Конечная дата раньше начальной.

readout-error-text-required = Вставьте текст информационного сообщения.
readout-error-choose-decision = Выберите, что сделать с этим предложением.
readout-error-choose-link = Выберите инициативу, к которой нужно привязать эту встречу.
readout-error-proposals-changed = Предложения изменились после открытия страницы: просмотрите их ещё раз.
readout-error-choose-open-initiative = Выберите открытую инициативу, которую вы вправе изменять.

## Busy label shared by the admin forms that add a record

busy-adding = Добавление…

## Users (src/ui/pages/admin_users.rs)

admin-users-page-title = Пользователи
admin-users-heading = Пользователи
admin-users-loading = Загрузка пользователей…
admin-users-link-heading = Ссылка для установки пароля создана
admin-users-link-body = Отправьте эту ссылку на адрес { $email }: по ней пользователь сам установит пароль. Ссылка действует один раз, до { $expires }, и показывается только сейчас.
admin-users-link-note = До этого у учётной записи нет пароля: войти в неё невозможно.
admin-users-new-heading = Добавление пользователя
admin-users-new-hint = Вы получите одноразовую ссылку для отправки пользователю; по ней он сам установит пароль.
admin-users-new-submit = Добавить пользователя
admin-users-table-caption = Учётные записи пользователей
admin-users-col-role-access = Роль и доступ
admin-users-col-password = Пароль
admin-users-deactivated = (отключён)
admin-users-role-of = Роль пользователя { $name }
admin-users-access-of = Доступ пользователя { $name }
admin-users-access-active = Активен
admin-users-access-deactivated = Отключён
admin-users-save = Сохранить
admin-users-new-link = Новая ссылка
admin-users-new-link-label = Сбросить пароль пользователя { $name } и создать ссылку для установки пароля

## Partners (src/ui/pages/admin_partners.rs, admin_partners/retire.rs)

admin-partners-page-title = Партнёры
admin-partners-heading = Партнёры
admin-partners-loading = Загрузка партнёров…
admin-partners-name-hint = Как в информационных сообщениях, например: провинция Лимбург.
admin-partners-parent-blank = Нет: страна или организация
admin-partners-parent-hint = На сводке его показатели включаются в показатели этого партнёра.
admin-partners-region-blank = Тот же, что у вышестоящего партнёра
admin-partners-region-hint = Входящие в него партнёры относятся к тому же региону.
admin-partners-iso-hint = Необязательно: BE для страны, BE-VLI для региона.
admin-partners-slug-hint = Необязательно: если оставить пустым, ключ будет образован из наименования.
admin-partners-new-heading = Добавление партнёра
admin-partners-new-submit = Добавить партнёра
admin-partners-edit-loading = Загрузка партнёра…
admin-partners-edit-title = Изменение партнёра
admin-partners-edit-heading = Изменение партнёра: { $name }
admin-partners-back = К списку партнёров
admin-partners-breadcrumb = Партнёры
admin-partners-save = Сохранить партнёра
admin-partners-table-caption = Партнёры, каждый под партнёром, в который он входит
admin-partners-col-actions = Действия
admin-partners-state-merged = объединён
admin-partners-state-retired = выведен из учёта
admin-partners-edit = Изменить
admin-partners-edit-label = Изменить партнёра { $name }
admin-partners-merged-heading = Объединён
admin-partners-merged-body = Этот партнёр объединён с партнёром { $name }. Его встречи и инициативы перенесены туда; история изменений сохраняется в журнале аудита.
admin-partners-retired-heading = Выведен из учёта
admin-partners-retired-body = Выведен из учёта: не предлагается для новых встреч и инициатив. Его записи сохраняются и учитываются в показателях.
admin-partners-bring-back = Вернуть в учёт
admin-partners-retire-heading = Вывод из учёта
admin-partners-retire-body = Выведите из учёта партнёра, которого Accord больше не отслеживает: он перестанет предлагаться для новых встреч и инициатив; его записи, история и показатели сохранятся.
admin-partners-retire-submit = Вывести партнёра из учёта
admin-partners-merge-heading = Объединение дубликатов
admin-partners-merge-body = Если этот партнёр внесён дважды, объедините его с тем, который нужно сохранить: его встречи, инициативы и входящие в него партнёры будут перенесены туда (каждый перенос фиксируется в журнале аудита, сводка обновится), а этот партнёр будет выведен из учёта.
admin-partners-merge-into = Объединить с
admin-partners-merge-blank = Выберите партнёра, который сохраняется
admin-partners-merge-submit = Объединить с выбранным партнёром
admin-partners-busy-merging = Объединение…

## Sectors (src/ui/pages/admin_sectors.rs)

admin-sectors-page-title = Отрасли
admin-sectors-heading = Отрасли
admin-sectors-lede = Сферы сотрудничества, к которым относятся инициативы. При импорте информационного сообщения отрасль предлагается, если в тексте встречается один из её синонимов.
admin-sectors-new-heading = Добавление отрасли
admin-sectors-new-submit = Добавить отрасль
admin-sectors-loading = Загрузка отраслей…
admin-sectors-name-hint = Как на сводке, например: Космическая отрасль.
admin-sectors-slug-hint = Латинские буквы, цифры и дефисы; если оставить пустым, ключ будет образован из наименования (для наименования на казахском или русском языке введите ключ вручную).
admin-sectors-synonyms-hint = Слова и словосочетания, которыми эта отрасль обозначается в информационных сообщениях, через запятую, на любом языке: space, satellite, космос, ғарыш.
admin-sectors-table-caption = Отрасли с синонимами и числом инициатив в каждой
admin-sectors-col-initiatives = Инициативы
admin-sectors-col-actions = Действия
admin-sectors-state-retired = выведена из учёта
admin-sectors-edit = Изменить
admin-sectors-edit-label = Изменить отрасль { $name }
admin-sectors-edit-loading = Загрузка отрасли…
admin-sectors-edit-title = Изменение отрасли
admin-sectors-edit-heading = Изменение отрасли: { $name }
admin-sectors-back = К списку отраслей
admin-sectors-breadcrumb = Отрасли
admin-sectors-save = Сохранить отрасль
admin-sectors-retired-heading = Выведена из учёта
admin-sectors-retired-body = Выведена из учёта: не предлагается для новых инициатив и при импорте информационных сообщений. У инициатив, которым она присвоена, она сохраняется.
admin-sectors-bring-back = Вернуть в учёт
admin-sectors-retire-heading = Вывод из учёта
admin-sectors-retire-body = Выведите из учёта отрасль, которая больше не используется: она перестанет предлагаться для новых инициатив и при импорте информационных сообщений; у инициатив, которым она присвоена, она сохранится, и фильтры по-прежнему будут их находить.
admin-sectors-retire-submit = Вывести отрасль из учёта

## Audit trail (src/ui/pages/admin_audit.rs)

admin-audit-page-title = Журнал аудита
admin-audit-heading = Журнал аудита
admin-audit-loading = Загрузка журнала аудита…
admin-audit-empty = Изменений, соответствующих фильтрам, нет.
admin-audit-older = Более ранние изменения
admin-audit-filters-label = Фильтр журнала аудита
admin-audit-filter-who = Кто
admin-audit-filter-who-any = Любой пользователь
admin-audit-filter-kind = Тип записи
admin-audit-filter-kind-any = Любой тип
admin-audit-filter-record = Номер записи
admin-audit-filter-from = С
admin-audit-filter-until = По
admin-audit-table-caption = Изменения, начиная с последних: когда, кто, какая запись, какое действие и что изменилось
admin-audit-col-when = Когда
admin-audit-col-who = Кто
admin-audit-col-record = Запись
admin-audit-col-action = Действие
admin-audit-col-changes = Изменения
admin-audit-record = { $kind } № { $id }
admin-audit-system = Система
admin-audit-action-create = Создание
admin-audit-action-update = Изменение
admin-audit-action-status = Смена статуса
admin-audit-action-note = Отметка о ходе работы
admin-audit-action-follow_up = Повторное обсуждение
admin-audit-action-password = Смена пароля
admin-audit-action-delete = Удаление
admin-audit-action-retire = Вывод из учёта
admin-audit-action-restore = Возврат в учёт
admin-audit-action-merge = Объединение с другим партнёром

## Import a readout (src/ui/pages/import_readout.rs)

import-readout-page-title = Импорт информационного сообщения
import-readout-heading = Импорт информационного сообщения
import-readout-breadcrumb = Встречи
import-readout-lede = Вставьте опубликованное информационное сообщение о встрече. Accord предложит данные встречи, состав участников и все достигнутые договорённости, каждую — рядом с фрагментом текста, из которого она взята. Ничего не сохраняется, пока вы не проверите предложения.
import-readout-source-url-hint = Где опубликовано информационное сообщение, если оно опубликовано.
import-readout-text-label = Текст информационного сообщения
import-readout-text-hint = Вставьте сообщение целиком. Не более 200 КБ; всё, что похоже на HTML, сохраняется как обычный текст.
import-readout-submit = Найти договорённости
import-readout-busy-reading = Обработка текста…
import-readout-by-hand = Внести встречу вручную
import-readout-review-title = Проверка информационного сообщения
import-readout-review-heading = Проверка предложений
import-readout-review-loading = Обработка информационного сообщения…
import-readout-paste-link = Вставить информационное сообщение
import-readout-saved = Информационное сообщение сохранено.
import-readout-open-meeting = Открыть встречу
import-readout-too-long = Сократите текст ниже до информационного сообщения об одной этой встрече и запустите обработку ещё раз.
import-readout-found-none = В этом информационном сообщении договорённостей не найдено. Встречу всё равно можно сохранить.
import-readout-found =
    { $count ->
        [one] Найдена { $count } договорённость. Проверьте и сохраните.
        [few] Найдено { $count } договорённости. Примите решение по каждой и сохраните их вместе.
        [many] Найдено { $count } договорённостей. Примите решение по каждой и сохраните их вместе.
       *[other] Найдено { $count } договорённости. Примите решение по каждой и сохраните их вместе.
    }
import-readout-source-heading = Информационное сообщение
import-readout-marks-hint = Каждый выделенный фрагмент — пронумерованное предложение.
import-readout-proposals-heading = Предлагаемые договорённости ({ $count })
import-readout-save = Сохранить встречу и принятые договорённости
import-readout-start-again = Начать заново
import-readout-proposal = Предложение { $number }
import-readout-proposal-sectors = Отрасли предложения { $number }
import-readout-meeting-heading = Встреча
import-readout-partner-blank = Выберите партнёра
import-readout-unmatched-partner = В сообщении упоминается { $name }, но такого партнёра нет в списке: выберите ближайшего.
import-readout-summary-hint = Само информационное сообщение сохраняется вместе со встречей.
import-readout-sectors-none = Отрасли: не выбраны
import-readout-sectors = Отрасли: { $sectors }
import-readout-similar = Похоже на инициативу «{ $title }», которая уже отслеживается: лучше дополнить её, чем создавать дубликат.
import-readout-show-source = Показать в сообщении
import-readout-found-by = Найдено по словам «{ $trigger }»
import-readout-when = Срок: «{ $due }»
import-readout-needs-owner-deadline = Нужны ответственный и срок.
import-readout-needs-owner = Нужен ответственный.
import-readout-needs-deadline = Нужен срок.
import-readout-flag-reason = Твёрдая договорённость без ответственного и срока — именно та, о которой забывают.
import-readout-decision = Решение
import-readout-decision-create = Создать инициативу
import-readout-decision-link = Дополнить существующую инициативу
import-readout-decision-reject = Отклонить
import-readout-owner-blank = Не назначен
import-readout-status-hint = Для статуса «В работе» нужны ответственный и срок.
import-readout-link-label = Инициатива, которую нужно дополнить
import-readout-link-blank = Выберите инициативу
import-readout-kind-continue-dialogue = Продолжение диалога
import-readout-kind-mou = Меморандум или соглашение
import-readout-kind-event = Мероприятие
import-readout-kind-working-group = Рабочая группа
import-readout-kind-visit = Визит
import-readout-kind-project = Проект
import-readout-kind-other = Прочее

## Import a spreadsheet (src/ui/pages/import_sheet.rs)

import-sheet-page-title = Импорт таблицы
import-sheet-heading = Импорт таблицы
import-sheet-breadcrumb = Инициативы
import-sheet-lede = Перенесите в Accord договорённости, которые вы уже ведёте в таблице. Сохраните таблицу в формате CSV (UTF-8, с разделителем «запятая» или «точка с запятой»); Accord прочитает строку заголовков, определит, что содержит каждый столбец, и покажет, чем станет каждая строка. Ничего не сохраняется до вашего подтверждения, а повторный импорт того же файла не создаёт дубликатов.
import-sheet-problem-heading = Файл не прочитан
import-sheet-file-label = Таблица (CSV)
import-sheet-file-hint = Не более { $megabytes } МБ; ячейка может содержать не более { $characters } символов.
import-sheet-submit = Проверить файл
import-sheet-busy-reading = Чтение файла…
import-sheet-columns-heading = Столбцы, которые распознаёт Accord
import-sheet-columns-intro = Распознаются заголовки на английском, русском и казахском языках; результат распознавания можно исправить.
import-sheet-column-hint-title = обязательно, не более 200 символов.
import-sheet-column-hint-partner = обязательно: наименование или ключ партнёра; неизвестных партнёров можно добавить при проверке.
import-sheet-column-hint-owner_email = адрес электронной почты пользователя Accord; обязателен для инициатив в работе.
import-sheet-column-hint-deadline = 2027-03-31, 31.03.2027 или 31/03/2027.
import-sheet-column-hint-status = proposed, active, blocked, completed или dropped либо их названия на русском или казахском языке; пустое значение означает proposed.
import-sheet-column-hint-sectors = наименования отраслей через запятую или точку с запятой.
import-sheet-column-hint-confidentiality = public, internal или restricted; пустое значение означает internal.
import-sheet-column-hint-description = любой текст.
import-sheet-column-hint-meeting_date = дата встречи, по итогам которой достигнута договорённость.
import-sheet-column-hint-external_ref = собственный ключ строки в вашей таблице (столбец с заголовком Ref), уникальный в пределах Accord: при повторном импорте строка находится по нему (а без него — по названию и партнёру). Порядковый номер (№) ключом не является.
import-sheet-problem-empty = Файл пуст.
import-sheet-problem-too_big = Размер файла превышает { $megabytes } МБ: разделите его на файлы меньшего размера.
import-sheet-problem-utf16 = Файл содержит текст в кодировке UTF-16 («Текст в Юникоде» в Excel): сохраните его в формате «CSV UTF-8 (разделитель — запятая)» и загрузите этот файл.
import-sheet-problem-not_utf8 = Строка { $row } не является текстом в кодировке UTF-8 (возможно, файл сохранён в кодировке Windows-1251 или другой): сохраните его в формате «CSV UTF-8 (разделитель — запятая)» и загрузите этот файл.
import-sheet-problem-not_text = Строка { $row } содержит символ NUL, которого не бывает в тексте: возможно, это книга Excel (.xlsx) или текст в кодировке UTF-16. Сохраните файл в формате «CSV UTF-8 (разделитель — запятая)» и загрузите этот файл.
import-sheet-problem-too_many_columns = В строке { $row } столбцов: { $count }, а допускается не более { $max }. Убедитесь, что выбран нужный файл и что кавычки в нём парные.
import-sheet-problem-cell_too_long = Строка { $row }, столбец { $column }: символов в ячейке — { $count }, а допускается не более { $max }. Убедитесь, что выбран нужный файл и что кавычки в нём парные.
import-sheet-problem-too_many_rows = В файле более { $max } строк: разделите его на файлы меньшего размера.
import-sheet-problem-unreadable = Не удалось прочитать загруженный файл: повторите попытку и убедитесь, что это файл, экспортированный в формате CSV.
import-sheet-problem-unreadable-row = Строку { $row } не удаётся прочитать как CSV: убедитесь, что это файл, экспортированный в формате CSV.
import-sheet-problem-no_rows = В файле есть строка заголовков, но нет ни одной договорённости.
import-sheet-review-title = Проверка таблицы
import-sheet-review-heading = Проверка таблицы
import-sheet-review-loading = Проверка всех строк…
import-sheet-upload-link = Загрузить таблицу
import-sheet-imported =
    { $count ->
        [0] Файл «{ $file }» импортирован: новых инициатив нет.
        [one] Файл «{ $file }» импортирован: создана { $count } инициатива.
        [few] Файл «{ $file }» импортирован: создано { $count } инициативы.
        [many] Файл «{ $file }» импортирован: создано { $count } инициатив.
       *[other] Файл «{ $file }» импортирован: создано { $count } инициативы.
    }
import-sheet-see-initiatives = Перейти к инициативам
import-sheet-import-another = Импортировать другую таблицу
import-sheet-summary-rows =
    { $count ->
        [one] «{ $file }»: { $count } строка.
        [few] «{ $file }»: { $count } строки.
        [many] «{ $file }»: { $count } строк.
       *[other] «{ $file }»: { $count } строки.
    }
import-sheet-summary-creates = Будет создано инициатив: { $count }.
import-sheet-summary-already =
    { $count ->
        [one] { $count } строка импортирована ранее и останется без изменений.
        [few] { $count } строки импортированы ранее и останутся без изменений.
        [many] { $count } строк импортированы ранее и останутся без изменений.
       *[other] { $count } строки импортированы ранее и останутся без изменений.
    }
import-sheet-summary-invalid =
    { $count ->
        [one] В { $count } строке есть ошибки: исправьте файл и загрузите его снова или исключите эту строку.
        [few] В { $count } строках есть ошибки: исправьте файл и загрузите его снова или исключите эти строки.
        [many] В { $count } строках есть ошибки: исправьте файл и загрузите его снова или исключите эти строки.
       *[other] В { $count } строки есть ошибки: исправьте файл и загрузите его снова или исключите эти строки.
    }
import-sheet-summary-skipped =
    { $count ->
        [one] { $count } строка исключена.
        [few] { $count } строки исключены.
        [many] { $count } строк исключено.
       *[other] { $count } строки исключено.
    }
import-sheet-missing = Укажите, какие столбцы содержат: { $columns }.
import-sheet-check-again = Проверить ещё раз
import-sheet-mapping-legend = Что содержит каждый столбец
import-sheet-column-number = Столбец { $number }
import-sheet-not-imported = Не импортировать
import-sheet-unknown-partners = В Accord нет партнёров с такими наименованиями: { $names }. Исправьте наименования в файле или попросите администратора добавить партнёров.
import-sheet-partners-legend = Партнёры, которых пока нет в Accord
import-sheet-partners-hint = Выберите, куда добавить каждого из них (они будут добавлены при импорте), или исправьте файл.
import-sheet-partner-skip = Не добавлять
import-sheet-place-country = Страна или организация в регионе мира «{ $region }»
import-sheet-place-part-of = Регион в составе партнёра «{ $name }»
import-sheet-rows-caption = Строки файла и результат их импорта
import-sheet-col-row = Строка
import-sheet-col-outcome = Результат
import-sheet-col-leave-out = Исключить
import-sheet-unlisted-problems =
    { $count ->
        [one] Ещё { $count } строка с ошибками не показана: исправьте показанные выше и проверьте ещё раз.
        [few] Ещё { $count } строки с ошибками не показаны: исправьте показанные выше и проверьте ещё раз.
        [many] Ещё { $count } строк с ошибками не показаны: исправьте показанные выше и проверьте ещё раз.
       *[other] Ещё { $count } строки с ошибками не показаны: исправьте показанные выше и проверьте ещё раз.
    }
import-sheet-unlisted =
    { $count ->
        [one] Ещё { $count } строка без ошибок не показана.
        [few] Ещё { $count } строки без ошибок не показаны.
        [many] Ещё { $count } строк без ошибок не показаны.
       *[other] Ещё { $count } строки без ошибок не показаны.
    }
import-sheet-outcome-create = Будет создана
import-sheet-outcome-skipped = Исключена
import-sheet-outcome-imported = Импортирована ранее:
import-sheet-outcome-open = открыть
import-sheet-leave-out-row = Исключить строку { $row }
import-sheet-blocked = Импорт невозможен, пока в оставленных строках есть ошибки.
import-sheet-nothing-new = Новых данных для импорта нет.
import-sheet-import-submit =
    { $count ->
        [one] Импортировать { $count } инициативу
        [few] Импортировать { $count } инициативы
        [many] Импортировать { $count } инициатив
       *[other] Импортировать { $count } инициативы
    }
import-sheet-import-hint = Импорт выполняется за один шаг: создаются либо все строки, отмеченные выше для создания, либо ни одна.
import-sheet-busy-importing = Импорт… для больших файлов это займёт несколько секунд

## Spreadsheet import: a row's problems and the plan's (src/domain/spreadsheet/rows.rs,
## review.rs, src/api/sheets.rs, src/server/store/sheets.rs)
sheet-row-partner-retired = Партнёр «{ $name }» выведен из учёта: укажите партнёра, который его заменил.
sheet-row-partner-too-long = «{ $name }» длиннее, чем может быть название партнёра (не более { $max } символов): проверьте, что в этом столбце указаны партнёры.
sheet-row-partner-unknown = Партнёра «{ $name }» нет: добавьте его или исправьте название.
sheet-row-owner-unknown = Нет активного пользователя с адресом эл. почты { $email }.
sheet-row-not-a-date = «{ $value }» — не дата: укажите 2027-03-31 или 31.03.2027.
sheet-row-not-a-status = «{ $value }» — не статус: укажите «предложена», «в работе», «заблокирована», «выполнена» или «снята».
sheet-row-sector-unknown = Отрасли «{ $name }» нет.
sheet-row-not-a-confidentiality = «{ $value }» — не уровень конфиденциальности: укажите «открытый доступ», «для внутреннего пользования» или «ограниченный доступ».
sheet-row-deadline-before-meeting = Срок не может быть раньше встречи, на которой договорились об инициативе.
sheet-row-reference-too-long = Внешний идентификатор должен содержать не более { $max } символов.
sheet-row-only-own = Импортировать можно только инициативы, за которые отвечаете вы: оставьте ячейку пустой, укажите свой адрес эл. почты или попросите руководителя импортировать эту строку.
sheet-row-cells = Ячеек в строке: { $cells }, в заголовке: { $width }. Ячейку, в которой есть разделитель, заключите в кавычки.
sheet-row-same-title-partner = В строке { $row } то же название и тот же партнёр: исключите одну из них.
sheet-row-same-reference = В строке { $row } тот же внешний идентификатор: исключите одну из них.
sheet-plan-partners-changed = После этой проверки список партнёров в Accord изменился: проверьте файл ещё раз.
sheet-plan-rows-have-problems = В некоторых строках ещё есть ошибки: исправьте файл или исключите эти строки и проверьте ещё раз.
sheet-plan-parent-retired = Выберите партнёра, который ещё состоит на учёте, чтобы добавить нового в его состав.

## The readout importer's notes (src/api/import.rs, src/domain/import.rs)
readout-date-publication = В информационном сообщении не сказано, когда прошла встреча: это дата его публикации.
readout-date-unknown = В информационном сообщении не сказано, когда прошла встреча.
readout-error-too-long = Информационное сообщение слишком длинное (размер в байтах: { $bytes }, допускается не более { $max }). Вставьте только сообщение об этой встрече.

## The page shown when the signed-in user cannot be checked (src/server/response.rs)
outage-heading-unavailable = Accord не может связаться со своей базой данных
outage-heading-internal = Произошла ошибка
outage-saved = Всё сохранённое вами цело. Страница не обновляется сама.
outage-try-again = Повторите попытку через минуту

## Учётная запись: язык и часовой пояс

account-preferences-heading = Язык и часовой пояс
account-preferences-saved = Язык и часовой пояс сохранены.
account-language = Язык
account-language-browser = Как в настройках браузера
account-time-zone = Часовой пояс
account-time-zone-office = Как в учреждении ({ $zone })
account-time-zone-hint = Определяет ваше «сегодня» (что просрочено, а что скоро истекает) и время, которое вам показывается.
account-preferences-submit = Сохранить настройки
account-error-language = Выберите язык из списка.
account-error-time-zone = Выберите часовой пояс из списка.

## Выгрузка в таблицы: заголовки столбцов

export-column-id = Идентификатор
export-column-last-activity = Последнее действие
export-column-updated = Изменено (UTC)
export-column-link = Ссылка
export-column-partner-or-region = Партнёр или регион
export-column-open = Открытые
export-column-completed-percent = Выполнено (%)
export-column-on-time-percent = В срок (%)
export-column-what-happened = Что произошло
export-column-on = Дата
export-column-initiative-id = Идентификатор инициативы
export-column-detail = Подробности

## Перенесённые сроки (issue 19)
field-deadline_reason = Причина переноса срока
initiative-form-deadline-reason-hint = Нужна, если срок переносится или снимается; она остаётся в истории инициативы.
initiative-deadline-moved =
    Перенесён { $count ->
        [one] { $count } раз
        [few] { $count } раза
        [many] { $count } раз
       *[other] { $count } раза
    }: { $shift } ({ $first })
initiative-deadline-later =
    { $days ->
        [one] на { $days } день позже первоначального срока
        [few] на { $days } дня позже первоначального срока
        [many] на { $days } дней позже первоначального срока
       *[other] на { $days } дня позже первоначального срока
    }
initiative-deadline-earlier =
    { $days ->
        [one] на { $days } день раньше первоначального срока
        [few] на { $days } дня раньше первоначального срока
        [many] на { $days } дней раньше первоначального срока
       *[other] на { $days } дня раньше первоначального срока
    }
initiative-deadline-removed =
    Перенесён { $count ->
        [one] { $count } раз
        [few] { $count } раза
        [many] { $count } раз
       *[other] { $count } раза
    }, сейчас без срока; сначала согласован { $first }
initiative-deadline-same = снова первоначальный срок
initiative-moves-heading = Переносы срока
initiative-move-line = { $from } → { $to }
initiative-move-meta = { $who }, { $when }
deadline-none = без срока
changes-moved-detail = с { $from } на { $to }
changes-figure-moved =
    { $count ->
        [one] срок перенесён
        [few] срока перенесены
        [many] сроков перенесено
       *[other] срока перенесено
    }
change-kind-deadline_moved = Срок перенесён
dashboard-col-moved = Переносы
dashboard-moved-title =
    { $moves ->
        [one] { $moves } перенос срока
        [few] { $moves } переноса срока
        [many] { $moves } переносов срока
       *[other] { $moves } переноса срока
    } у { $moved ->
        [one] { $moved } инициативы
        [few] { $moved } инициатив
        [many] { $moved } инициатив
       *[other] { $moved } инициативы
    } ({ $name })
