// Українська: import { uk } from '@parley/core/locales/uk'; safeParseTimeline(data, { locale: uk }).
import type { ParleyIssueData } from '../errors/issue.js';
import type { ParleyLocale } from '../errors/locale.js';
import type { DateFailureReason, DateLevel2Feature } from '../dates/edtf.js';
import { _codePoint, _figures, _foundKind, _kindOf, _list, _plural, _quote } from './_words.js';

type Issue = ParleyIssueData<string>;
type Params = NonNullable<Issue['params']>;

const TYPES: Record<string, string> = {
  string: 'рядок',
  number: 'число',
  int: 'ціле число',
  boolean: 'true або false',
  array: 'список',
  object: "об'єкт",
  record: "об'єкт (словник)",
};
const expectedTypes = (expected: Issue['expected']) =>
  [
    ...new Set((Array.isArray(expected) ? expected : [expected]).map((t) => TYPES[String(t)] ?? String(t))),
  ].join(' або ') || 'інше значення';

function value(received: unknown): string {
  switch (_kindOf(received)) {
    case 'string':
      return _quote(received);
    case 'number':
      return `число ${String(received)}`;
    case 'boolean':
      return String(received);
    case 'null':
      return 'null';
    case 'array':
      return 'список';
    case 'object':
      return "об'єкт";
    case 'missing':
      return 'нічого';
    default:
      return typeof received;
  }
}

const KINDS: Record<string, string> = {
  actor: 'учасник',
  party: 'держава або організація',
  person: 'особа',
  state: 'держава',
  organisation: 'організація',
  place: 'місце',
  source: 'джерело',
  image: 'зображення',
  event: 'подія',
};
const kind = (name: unknown) => KINDS[String(name)] ?? String(name);

const FORMATS: Record<string, string> = {
  id: 'Очікувався ідентифікатор з літер, цифр і - _ . : (до 100 знаків, починається з літери або цифри)',
  language: 'Очікувався мовний тег, як-от "en", "uk", "ru", "tr" або "sr-Latn"',
  duration: 'Очікувалася тривалість у форматі ISO 8601, як-от "PT4H", "PT3H30M", "P2D", "P2W" або "P6M"',
  sameAs: 'Очікувався ідентифікатор Wikidata, як-от "Q212", або http(s)-адреса',
};
function format(expected: Issue['expected']): string {
  const name = String(expected);
  if (name.startsWith('id:')) return `Очікувався ідентифікатор (${kind(name.slice(3))})`;
  return FORMATS[name] ?? 'Неправильний формат';
}

const TOKENS: Record<string, string> = {
  name_or_close: "назву властивості в подвійних лапках або '}'",
  name: 'назву властивості в подвійних лапках',
  comma_or_bracket: "',' або ']' після елемента списку",
  comma_or_brace: "',' або '}' після значення властивості",
  colon: "':' після назви властивості",
  quote: `'"', щоб закрити рядок`,
  digit_after_minus: "цифру після '-'",
  digit_after_dot: 'цифру після десяткової крапки',
  exponent_digit: 'цифру в показнику степеня',
  value: 'значення',
};

function found(text: unknown): string {
  const excerpt = String(text);
  switch (_foundKind(excerpt)) {
    case 'space':
      return 'пробіл';
    case 'tab':
      return 'табуляцію';
    case 'line_break':
      return 'розрив рядка';
    case 'other_space':
      return `${_codePoint(excerpt)} (пробільний символ, який JSON не дозволяє)`;
    case 'control':
      return _codePoint(excerpt);
    default:
      return excerpt === "'" ? `"'"` : `'${excerpt}'`;
  }
}

const SYNTAX: Record<string, (issue: Issue) => string> = {
  unexpected: ({ expected, received }) =>
    received === undefined
      ? `Несподіваний кінець тексту: очікувалося ${TOKENS[String(expected)]}.`
      : `Очікувалося ${TOKENS[String(expected)]}, а знайдено ${found(received)}.`,
  comment: () => 'Коментарі в JSON не дозволені.',
  after_value: () => 'Зайвий текст після значення JSON.',
  trailing_comma: ({ params }) => `Зайва кома перед '${params?.['before']}': приберіть її.`,
  leading_zero: () => 'Числа не можуть починатися з нуля.',
  not_a_number: ({ received }) => `${String(received)} у JSON не дозволено: використайте null або рядок.`,
  single_quote: () => `Очікувалося значення, а знайдено "'": рядки JSON беруться в подвійні лапки.`,
  unicode_escape: ({ received }) =>
    `Неправильна екранована послідовність '${String(received)}' у рядку: після \\u мають іти чотири шістнадцяткові цифри.`,
  invalid_escape: ({ received }) =>
    `Неправильна екранована послідовність ${_foundKind(String(received)) === 'text' ? `'\\${String(received)}'` : `(зворотна скісна риска, а за нею ${found(received)})`} у рядку: дозволені \\" \\\\ \\/ \\b \\f \\n \\r \\t і \\uXXXX.`,
  line_break: () => `Неекранований розрив рядка в рядку: запишіть його як \\n або закрийте рядок знаком '"'.`,
  control_character: ({ received, params }) =>
    `Неекранований керівний символ ${_codePoint(String(received))} у рядку: запишіть його як ${params?.['escape']}.`,
};

const chars = (count: unknown) =>
  _plural('uk', count, { one: 'символ', few: 'символи', many: 'символів', other: 'символу' });
const items = (count: unknown) =>
  _plural('uk', count, { one: 'елемент', few: 'елементи', many: 'елементів', other: 'елемента' });

const SIZES: Record<string, (issue: Issue) => string> = {
  number: ({ limit, received }) => `Забагато: очікувалося не більше ${limit}, отримано ${value(received)}.`,
  string: ({ limit, received }) => `Задовго: дозволено щонайбільше ${chars(limit)}, отримано ${received}.`,
  array: ({ limit, received }) =>
    `Задовгий список: дозволено щонайбільше ${items(limit)}, отримано ${received}.`,
  json_string: ({ limit, received }) =>
    `Рядок задовгий: ${chars(received)}, а читач приймає в будь-якому рядку щонайбільше ${limit}.`,
  json_key: ({ limit, received }) =>
    `Назва властивості задовга: ${chars(received)}, а читач приймає в будь-якому рядку щонайбільше ${limit}.`,
  json_array: ({ limit }) => `Забагато елементів в одному списку: дозволено не більше ${limit}.`,
  json_object: ({ limit }) => `Забагато властивостей в одному об'єкті: дозволено не більше ${limit}.`,
  text: ({ limit, received }) => `Текст має ${chars(received)}; межа — ${limit} (параметр maxLength).`,
  document: ({ limit }) =>
    `У документі забагато елементів у списках і словниках: межа — ${limit} (параметр maxValues).`,
};

/** The level 2 forms of EDTF, as the date sentence names them. */
const LEVEL_2: Record<DateLevel2Feature, string> = {
  set: 'множину ([…] або {…})',
  exponential_year: 'рік в експоненційному записі',
  significant_digits: 'значущі цифри',
  inner_qualifier: 'позначку всередині дати',
  unspecified_digits: 'X не лише в останніх цифрах року чи замість цілого місяця або дня',
  unspecified_in_interval: 'X в інтервалі',
  sub_year_grouping: 'групування частин року (25–41)',
};

/** Why a date is impossible, by the date parser's `reason` (see `DateFailureReason`). */
const DATES: Record<DateFailureReason, (params: Params) => string> = {
  syntax: ({ text }) =>
    `Очікувалася дата EDTF, як-от "2025-06-02", "2025-05~", "2025-21" або "2025-06-02T13:00+03:00", отримано ${_quote(text)}.`,
  year_range: ({ text, min, max }) =>
    `Parley розміщує на хронології роки від ${min} до ${max}, отримано ${text}.`,
  level2: ({ text, feature }) =>
    `${_quote(text)} використовує ${LEVEL_2[feature as DateLevel2Feature] ?? feature}: це EDTF рівня 2, якого Parley не підтримує.`,
  month: ({ text, month }) =>
    `У ${_quote(text)} немає місяця ${month}: місяці — від 01 до 12, а пори року 21–24 пишуться без дня.`,
  day: ({ month, day, days }) =>
    `У місяці ${month} немає дня ${day}: у ньому ${_plural('uk', days, { one: 'день', few: 'дні', many: 'днів', other: 'дня' })}.`,
  hours: ({ value }) =>
    `Години — від 00 до 23 (замість 24:00 напишіть 00:00 наступного дня), отримано ${value}.`,
  minutes: ({ value }) => `Хвилини — від 00 до 59, отримано ${value}.`,
  seconds: ({ value }) => `Секунди — від 00 до 59, отримано ${value}.`,
  qualified_time: () => 'Дата з часом не може мати ?, ~ або %: позначайте так день, місяць чи рік.',
  offset: ({ value }) => `Зсув від UTC — від -14:00 до +14:00, отримано ${value}.`,
  too_long: ({ limit }) => `Дата може мати щонайбільше ${chars(limit)}.`,
  open_interval: () => 'Інтервалу потрібен принаймні один відомий кінець, напр. "2025-05-31/2025-06-01".',
  interval_order: ({ text }) => `Інтервал ${_quote(text)} закінчується раніше, ніж починається.`,
};

/**
 * Issues of the YAML and CSV readers, by their `reason`; `detail` is the reading library's own
 * English words, for its rarer errors.
 */
/** The text formats a reader refuses a non-string for. */
const TEXT_NAMES: Record<string, string> = { json_text: 'JSON', yaml_text: 'YAML', csv_text: 'CSV' };

const TEXT_FORMATS: Record<string, (issue: Issue) => string> = {
  yaml: ({ params }) => `Помилка синтаксису YAML: ${params?.['detail']}`,
  yaml_key: ({ received }) =>
    `${received === undefined ? 'Цей ключ' : `Ключ ${JSON.stringify(received)}`} трапляється двічі в одному словнику: кожен ключ може бути лише раз.`,
  yaml_key_type: () =>
    'Ключ словника має бути простим текстом, а не списком, словником чи посиланням (alias).',
  yaml_exhausted: () => 'YAML вкладено надто глибоко, щоб його прочитати.',
  yaml_depth: ({ limit }) =>
    `Списки й словники вкладені глибше, ніж дозволено: межа — ${limit} (параметр maxDepth).`,
  yaml_documents: () =>
    'Текст містить більше ніж один документ YAML (рядок ---), а хронологія — це один документ.',
  yaml_tag: ({ params }) =>
    `${params?.['detail']}: хронологія використовує лише прості значення YAML (текст, числа, true/false, null, списки й словники).`,
  yaml_alias: ({ received }) => `Посилання *${received} не має перед собою якоря &${received}.`,
  yaml_collection_tag: ({ received }) => `Тег ${received} — не прості дані: використайте список або словник.`,
  yaml_binary: () => 'Двійкові дані (!!binary) не можуть бути частиною хронології.',
  yaml_aliases: ({ limit, params }) =>
    `Посилання (aliases) розгортаються в забагато вузлів: межа — ${limit} (${params?.['detail']}).`,
  csv: ({ params }) => `Помилка синтаксису CSV: ${params?.['detail']}`,
  csv_quote: () => 'Клітинку в лапках не закрито: додайте закривну ".',
  csv_header: ({ expected }) =>
    `Перший рядок має називати стовпці, і серед них — "section" (що являє собою кожен рядок: ${(expected as string[]).join(', ')}).`,
  csv_unnamed_column: ({ params }) => `Стовпець ${params?.['column']} не має назви в рядку заголовків.`,
  csv_duplicate_column: ({ received }) => `Стовпець "${received}" трапляється в рядку заголовків двічі.`,
  csv_row_length: ({ received, limit }) =>
    `У цьому рядку клітинок: ${received}, а в заголовку стовпців: ${limit}; ${Number(received) > Number(limit) ? 'у клітинці є роздільник без лапок, або рядок довший за заголовок' : 'бракує клітинок'}.`,
  csv_timeline_row: () => 'Розділ "timeline" може мати лише один рядок.',
  csv_section: ({ expected, received }) =>
    `Невідомий розділ ${JSON.stringify(received)}; очікувалося одне з ${_list(expected)}.`,
  csv_cell_json: ({ params }) =>
    `Клітинка починається як JSON, але це не правильний JSON (${params?.['detail']}).`,
};

const TEXT_FORMAT_HINTS: Record<string, string> = {
  yaml_key: 'Приберіть один із двох або об’єднайте те, що в них сказано.',
  yaml_aliases: 'Випишіть повторювану частину повністю або посилайтеся на неї через ідентифікатори.',
  csv_header: 'Почніть із шаблону examples/template.csv.',
  csv_row_length: 'Візьміть у лапки кожну клітинку, що містить роздільник, напр. "Стамбул, Туреччина".',
  csv_cell_json: 'Текст, що починається з [, { або ", запишіть у лапках JSON, напр. "\\"Цитовані\\" слова".',
};
export const UK_MESSAGES: Record<string, (issue: Issue) => string | undefined> = {
  syntax: (issue) => SYNTAX[issue.reason ?? '']?.(issue),
  duplicate_key: ({ received }) =>
    `Повторена назва властивості ${_quote(received)}: кожна назва може трапитися в об'єкті лише раз.`,
  forbidden_key: ({ received }) =>
    `Назва властивості ${_quote(received)} заборонена: "__proto__", "constructor" і "prototype" відхиляються з міркувань безпеки, бо ними можна підмінити поведінку об'єктів.`,
  too_deep: ({ limit }) => `Списки й об'єкти вкладені надто глибоко: найбільша дозволена глибина — ${limit}.`,
  invalid_type: ({ expected, received }) =>
    TEXT_NAMES[String(expected)]
      ? `Очікувався текст ${TEXT_NAMES[String(expected)]} (рядок).`
      : received === undefined
        ? `Бракує обов'язкового поля; очікувалося: ${expectedTypes(expected)}.`
        : `Очікувалося: ${expectedTypes(expected)}, отримано ${value(received)}.`,
  invalid_value: ({ expected, received }) =>
    `Очікувалося одне з ${_list(expected)}, отримано ${value(received)}.`,
  invalid_format: ({ expected, received }) => `${format(expected)}, отримано ${value(received)}.`,
  invalid_key: ({ expected, received }) => `${format(expected)}, отримано ${value(received)}.`,
  invalid_date: ({ reason, params = {}, received }) =>
    DATES[(reason ?? '') as DateFailureReason]?.(params) ??
    `Неправильна дата ${value(received)}: очікувалася дата EDTF, як-от "2025-06-02", "2025-05" або "2025-05-31/2025-06-01", і така, що існує в календарі.`,
  invalid_url: ({ received }) =>
    `Очікувалася повна адреса http:// або https://, як-от "https://www.bbc.co.uk/news", отримано ${value(received)}.`,
  invalid_country: ({ received }) =>
    `Очікувався код країни ISO 3166-1 alpha-2 великими літерами, як-от "TR", "UA" або "RU", отримано ${value(received)}.`,
  invalid_range: ({ reason, received, params }) =>
    reason === 'estimate'
      ? `Очікувалося low ≤ best ≤ high, отримано ${_figures(received, { low: 'low', best: 'best', high: 'high' })}.`
      : reason === 'role'
        ? `Посада закінчується (${params?.['to']}) раніше, ніж починається (${params?.['from']}).`
        : reason === 'duration'
          ? `Діапазон закінчується (${params?.['to']}) нижче, ніж починається (${params?.['from']}); коротшу тривалість запишіть в "iso".`
          : 'Значення йдуть у неправильному порядку.',
  forbidden_character: ({ received, params }) =>
    `Містить невидимий керівний символ ${_codePoint(String(received))} на позиції ${params?.['position']}; приберіть його.`,
  unrecognized_key: ({ received }) => `Невідоме поле ${JSON.stringify(received)}.`,
  unknown_type: ({ path, expected, received }) => {
    const tag = String(path[path.length - 1]);
    return received === undefined
      ? `Бракує "${tag}"; очікувалося одне з ${_list(expected)}.`
      : `Невідоме значення ${tag} ${value(received)}; очікувалося одне з ${_list(expected)}.`;
  },
  too_small: ({ origin, limit, received }) =>
    origin === 'string' && limit === 1
      ? 'Не може бути порожнім.'
      : origin === 'number'
        ? `Замало: очікувалося щонайменше ${limit}, отримано ${value(received)}.`
        : `Закоротко: потрібно щонайменше ${origin === 'string' ? chars(limit) : items(limit)}, отримано ${received}.`,
  too_big: (issue) => SIZES[issue.origin ?? '']?.(issue),
  missing_name: () => "Особі потрібне ім'я або принаймні одна посада, якщо її відомо лише за посадою.",
  missing_claimant: () => 'Твердженню потрібен автор: ідентифікатор того, хто його висловлює.',
  missing_words: () => 'Заяві потрібна цитата або переказ.',
  missing_figure: () => 'Оцінці потрібне принаймні одне з low, best і high.',
  duplicate_id: ({ received, params }) =>
    `Повторений ідентифікатор ${JSON.stringify(received)}; його вже використано в ${params?.['first']}.`,
  unresolved_reference: ({ expected, received }) =>
    `Немає елемента (${kind(expected)}) з ідентифікатором ${JSON.stringify(received)}.`,
  wrong_reference_kind: ({ expected, received, params }) =>
    `${JSON.stringify(received)} — це ${kind(params?.['is'])} (${params?.['at']}), а цьому полю потрібен елемент: ${kind(expected)}.`,
  unreadable: ({ params }) => `Документ не вдалося прочитати: ${params?.['error']}.`,
  too_many_issues: ({ received, limit }) =>
    `…і ще ${_plural('uk', received, { one: 'проблема', few: 'проблеми', many: 'проблем', other: 'проблеми' })} (межа maxIssues — ${limit}).`,
  outside_period: ({ received, expected }) =>
    `Дата події ${String(received)} виходить за межі періоду хронології ${String(expected)}.`,
  unreferenced: ({ received }) =>
    `Ніщо не посилається на ${JSON.stringify(received)}; читачі цього ніколи не побачать.`,
  uncited: () => 'Подія не посилається на жодне джерело; читачі не можуть її перевірити.',
};

function hint(issue: Issue): string | undefined {
  const forFormat = issue.reason && TEXT_FORMAT_HINTS[issue.reason];
  if (forFormat) return forFormat;
  if (issue.suggestion !== undefined) return `Можливо, ви мали на увазі "${issue.suggestion}"?`;
  if (issue.code === 'unrecognized_key')
    return Array.isArray(issue.expected) && issue.expected.length > 0
      ? `Відомі тут поля: ${issue.expected.join(', ')}.`
      : 'Приберіть його.';
  return issue.code === 'uncited' ? 'Додайте цитування джерела, яке про це повідомляє.' : undefined;
}

/** Ukrainian. */
export const uk: ParleyLocale = {
  locale: 'uk',
  message: (issue) =>
    (issue.reason && TEXT_FORMATS[issue.reason]?.(issue)) || UK_MESSAGES[issue.code]?.(issue),
  hint,
};
