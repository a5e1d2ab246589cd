// Русский: import { ru } from '@parley/core/locales/ru'; safeParseTimeline(data, { locale: ru }).
import type { ParleyIssueData } from '../errors/issue.js';
import type { ParleyLocale } from '../errors/locale.js';
import type { DateFailureReason, DateLevel2Feature } from '../dates/edtf.js';
import { _codePoint, _figures, _foundKind, _kindOf, _list, _plural, _quote } from './_words.js';

type Issue = ParleyIssueData<string>;
type Params = NonNullable<Issue['params']>;

const TYPES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  boolean: 'true или false',
  array: 'список',
  object: 'объект',
  record: 'объект (словарь)',
};
const expectedTypes = (expected: Issue['expected']) =>
  [
    ...new Set((Array.isArray(expected) ? expected : [expected]).map((t) => TYPES[String(t)] ?? String(t))),
  ].join(' или ') || 'другое значение';

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
      return 'объект';
    case 'missing':
      return 'ничего';
    default:
      return typeof received;
  }
}

const KINDS: Record<string, string> = {
  actor: 'участник',
  party: 'государство или организация',
  person: 'лицо',
  state: 'государство',
  organisation: 'организация',
  place: 'место',
  source: 'источник',
  image: 'изображение',
  event: 'событие',
};
const kind = (name: unknown) => KINDS[String(name)] ?? String(name);

const FORMATS: Record<string, string> = {
  id: 'Ожидался идентификатор из букв, цифр и - _ . : (до 100 знаков, начинается с буквы или цифры)',
  language: 'Ожидался языковой тег, например "en", "uk", "ru", "tr" или "sr-Latn"',
  duration:
    'Ожидалась продолжительность в формате ISO 8601, например "PT4H", "PT3H30M", "P2D", "P2W" или "P6M"',
  sameAs: 'Ожидался идентификатор Wikidata, например "Q212", или http(s)-адрес',
};
function format(expected: Issue['expected']): string {
  const name = String(expected);
  if (name.startsWith('id:')) return `Ожидался идентификатор (${kind(name.slice(3))})`;
  return FORMATS[name] ?? 'Неверный формат';
}

const TOKENS: Record<string, string> = {
  name_or_close: "имя свойства в двойных кавычках или '}'",
  name: 'имя свойства в двойных кавычках',
  comma_or_bracket: "',' или ']' после элемента списка",
  comma_or_brace: "',' или '}' после значения свойства",
  colon: "':' после имени свойства",
  quote: `'"', чтобы закрыть строку`,
  digit_after_minus: "цифра после '-'",
  digit_after_dot: 'цифра после десятичной точки',
  exponent_digit: 'цифра в показателе степени',
  value: 'значение',
};

function found(text: unknown): string {
  const excerpt = String(text);
  switch (_foundKind(excerpt)) {
    case 'space':
      return 'пробел';
    case 'tab':
      return 'табуляция';
    case 'line_break':
      return 'перевод строки';
    case 'other_space':
      return `${_codePoint(excerpt)} (пробельный символ, который JSON не допускает)`;
    case 'control':
      return _codePoint(excerpt);
    default:
      return excerpt === "'" ? `"'"` : `'${excerpt}'`;
  }
}

const SYNTAX: Record<string, (issue: Issue) => string> = {
  unexpected: ({ expected, received }) =>
    received === undefined
      ? `Неожиданный конец текста: ожидалось ${TOKENS[String(expected)]}.`
      : `Ожидалось ${TOKENS[String(expected)]}, а найдено ${found(received)}.`,
  comment: () => 'Комментарии в JSON не допускаются.',
  after_value: () => 'Лишний текст после значения JSON.',
  trailing_comma: ({ params }) => `Лишняя запятая перед '${params?.['before']}': удалите её.`,
  leading_zero: () => 'Числа не могут начинаться с нуля.',
  not_a_number: ({ received }) => `${String(received)} в JSON не допускается: используйте null или строку.`,
  single_quote: () => `Ожидалось значение, а найдено "'": строки JSON заключаются в двойные кавычки.`,
  unicode_escape: ({ received }) =>
    `Неверная escape-последовательность '${String(received)}' в строке: после \\u должны идти четыре шестнадцатеричные цифры.`,
  invalid_escape: ({ received }) =>
    `Неверная escape-последовательность ${_foundKind(String(received)) === 'text' ? `'\\${String(received)}'` : `(обратная косая черта, а за ней ${found(received)})`} в строке: допустимы \\" \\\\ \\/ \\b \\f \\n \\r \\t и \\uXXXX.`,
  line_break: () =>
    `Неэкранированный перевод строки в строке: запишите его как \\n или закройте строку знаком '"'.`,
  control_character: ({ received, params }) =>
    `Неэкранированный управляющий символ ${_codePoint(String(received))} в строке: запишите его как ${params?.['escape']}.`,
};

const chars = (count: unknown) =>
  _plural('ru', count, { one: 'символ', few: 'символа', many: 'символов', other: 'символа' });
const items = (count: unknown) =>
  _plural('ru', count, { one: 'элемент', few: 'элемента', many: 'элементов', other: 'элемента' });

const SIZES: Record<string, (issue: Issue) => string> = {
  number: ({ limit, received }) =>
    `Слишком много: ожидалось не больше ${limit}, получено ${value(received)}.`,
  string: ({ limit, received }) =>
    `Слишком длинно: допускается максимум ${chars(limit)}, получено ${received}.`,
  array: ({ limit, received }) =>
    `Слишком длинный список: допускается максимум ${items(limit)}, получено ${received}.`,
  json_string: ({ limit, received }) =>
    `Строка слишком длинная: ${chars(received)}, а в любой строке допускается не больше ${limit}.`,
  json_key: ({ limit, received }) =>
    `Имя свойства слишком длинное: ${chars(received)}, а в любой строке допускается не больше ${limit}.`,
  json_array: ({ limit }) => `Слишком много элементов в одном списке: допускается не больше ${limit}.`,
  json_object: ({ limit }) => `Слишком много свойств в одном объекте: допускается не больше ${limit}.`,
  text: ({ limit, received }) => `В тексте ${chars(received)}; предел — ${limit} (параметр maxLength).`,
  document: ({ limit }) =>
    `В документе слишком много элементов в списках и словарях: предел — ${limit} (параметр maxValues).`,
};

/** The level 2 forms of EDTF, as the date sentence names them. */
const LEVEL_2: Record<DateLevel2Feature, string> = {
  set: 'множество ([…] или {…})',
  exponential_year: 'год в экспоненциальной записи',
  significant_digits: 'значащие цифры',
  inner_qualifier: 'пометку внутри даты',
  unspecified_digits: 'X не только в последних цифрах года или вместо целого месяца или дня',
  unspecified_in_interval: 'X в интервале',
  sub_year_grouping: 'группировку частей года (25–41)',
};

/** Why a date is impossible, by the date parser's `reason` (see `DateFailureReason`). */
const DATES: Record<DateFailureReason, (params: Params) => string> = {
  syntax: ({ text }) =>
    `Ожидалась дата EDTF, например "2025-06-02", "2025-05~", "2025-21" или "2025-06-02T13:00+03:00", получено ${_quote(text)}.`,
  year_range: ({ text, min, max }) =>
    `Parley размещает на хронологии годы от ${min} до ${max}, получено ${text}.`,
  level2: ({ text, feature }) =>
    `${_quote(text)} использует ${LEVEL_2[feature as DateLevel2Feature] ?? feature}: это EDTF уровня 2, который Parley не поддерживает.`,
  month: ({ text, month }) =>
    `В ${_quote(text)} нет месяца ${month}: месяцы — от 01 до 12, а времена года 21–24 пишутся без дня.`,
  day: ({ month, day, days }) =>
    `В месяце ${month} нет дня ${day}: в нём ${_plural('ru', days, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}.`,
  hours: ({ value }) => `Часы — от 00 до 23 (вместо 24:00 напишите 00:00 следующего дня), получено ${value}.`,
  minutes: ({ value }) => `Минуты — от 00 до 59, получено ${value}.`,
  seconds: ({ value }) => `Секунды — от 00 до 59, получено ${value}.`,
  qualified_time: () => 'Дата со временем не может иметь ?, ~ или %: помечайте так день, месяц или год.',
  offset: ({ value }) => `Смещение от UTC — от -14:00 до +14:00, получено ${value}.`,
  too_long: ({ limit }) => `Дата может содержать не больше ${chars(limit)}.`,
  open_interval: () => 'Интервалу нужен хотя бы один известный конец, например "2025-05-31/2025-06-01".',
  interval_order: ({ text }) => `Интервал ${_quote(text)} заканчивается раньше, чем начинается.`,
};

/**
 * Issues of the YAML and CSV readers, by their `reason`; `detail` is the reading library's own
 * English words, for its rarer errors.
 */
/** The text formats a reader refuses a non-string for. */
const TEXT_NAMES: Record<string, string> = { json_text: 'JSON', yaml_text: 'YAML', csv_text: 'CSV' };

const TEXT_FORMATS: Record<string, (issue: Issue) => string> = {
  yaml: ({ params }) => `Синтаксическая ошибка YAML: ${params?.['detail']}`,
  yaml_key: ({ received }) =>
    `${received === undefined ? 'Этот ключ' : `Ключ ${JSON.stringify(received)}`} встречается дважды в одном словаре: каждый ключ допускается только один раз.`,
  yaml_key_type: () =>
    'Ключ словаря должен быть простым текстом, а не списком, словарём или ссылкой (alias).',
  yaml_exhausted: () => 'YAML вложен слишком глубоко, чтобы его прочитать.',
  yaml_depth: ({ limit }) =>
    `Списки и словари вложены глубже, чем разрешено: предел — ${limit} (параметр maxDepth).`,
  yaml_documents: () =>
    'Текст содержит больше одного документа YAML (строка ---), а хронология — это один документ.',
  yaml_tag: ({ params }) =>
    `${params?.['detail']}: хронология использует только простые значения YAML (текст, числа, true/false, null, списки и словари).`,
  yaml_alias: ({ received }) => `У ссылки *${received} нет предшествующего якоря &${received}.`,
  yaml_collection_tag: ({ received }) =>
    `Тег ${received} — не простые данные: используйте список или словарь.`,
  yaml_binary: () => 'Двоичные данные (!!binary) не могут быть частью хронологии.',
  yaml_aliases: ({ limit, params }) =>
    `Ссылки (aliases) разворачиваются в слишком много узлов: предел — ${limit} (${params?.['detail']}).`,
  csv: ({ params }) => `Синтаксическая ошибка CSV: ${params?.['detail']}`,
  csv_quote: () => 'Ячейка в кавычках не закрыта: добавьте закрывающую ".',
  csv_header: ({ expected }) =>
    `Первая строка должна называть столбцы, и среди них — "section" (что представляет собой каждая строка: ${(expected as string[]).join(', ')}).`,
  csv_unnamed_column: ({ params }) => `У столбца ${params?.['column']} нет названия в строке заголовков.`,
  csv_duplicate_column: ({ received }) => `Столбец "${received}" встречается в строке заголовков дважды.`,
  csv_row_length: ({ received, limit }) =>
    `В этой строке ячеек: ${received}, а в заголовке столбцов: ${limit}; ${Number(received) > Number(limit) ? 'в ячейке есть разделитель без кавычек, или строка длиннее заголовка' : 'не хватает ячеек'}.`,
  csv_timeline_row: () => 'Раздел "timeline" может занимать только одну строку.',
  csv_section: ({ expected, received }) =>
    `Неизвестный раздел ${JSON.stringify(received)}; ожидалось одно из ${_list(expected)}.`,
  csv_cell_json: ({ params }) =>
    `Ячейка начинается как JSON, но это неправильный JSON (${params?.['detail']}).`,
};

const TEXT_FORMAT_HINTS: Record<string, string> = {
  yaml_key: 'Удалите один из двух или объедините то, что в них сказано.',
  yaml_aliases: 'Выпишите повторяющуюся часть полностью или ссылайтесь на неё через идентификаторы.',
  csv_header: 'Начните с шаблона examples/template.csv.',
  csv_row_length: 'Заключите в кавычки каждую ячейку с разделителем, например "Стамбул, Турция".',
  csv_cell_json:
    'Текст, который начинается с [, { или ", запишите в кавычках JSON, например "\\"Цитируемые\\" слова".',
};
export const RU_MESSAGES: Record<string, (issue: Issue) => string | undefined> = {
  syntax: (issue) => SYNTAX[issue.reason ?? '']?.(issue),
  duplicate_key: ({ received }) =>
    `Повторяющееся имя свойства ${_quote(received)}: каждое имя может встречаться в объекте только один раз.`,
  forbidden_key: ({ received }) =>
    `Имя свойства ${_quote(received)} запрещено: "__proto__", "constructor" и "prototype" отклоняются из соображений безопасности, так как с их помощью можно подменить поведение объектов.`,
  too_deep: ({ limit }) =>
    `Списки и объекты вложены слишком глубоко: наибольшая допустимая глубина — ${limit}.`,
  invalid_type: ({ expected, received }) =>
    TEXT_NAMES[String(expected)]
      ? `Ожидался текст ${TEXT_NAMES[String(expected)]} (строка).`
      : received === undefined
        ? `Не хватает обязательного поля; ожидалось: ${expectedTypes(expected)}.`
        : `Ожидалось: ${expectedTypes(expected)}, получено ${value(received)}.`,
  invalid_value: ({ expected, received }) =>
    `Ожидалось одно из ${_list(expected)}, получено ${value(received)}.`,
  invalid_format: ({ expected, received }) => `${format(expected)}, получено ${value(received)}.`,
  invalid_key: ({ expected, received }) => `${format(expected)}, получено ${value(received)}.`,
  invalid_date: ({ reason, params = {}, received }) =>
    DATES[(reason ?? '') as DateFailureReason]?.(params) ??
    `Неверная дата ${value(received)}: ожидалась дата EDTF, например "2025-06-02", "2025-05" или "2025-05-31/2025-06-01", существующая в календаре.`,
  invalid_url: ({ received }) =>
    `Ожидался полный адрес http:// или https://, например "https://www.bbc.co.uk/news", получено ${value(received)}.`,
  invalid_country: ({ received }) =>
    `Ожидался код страны ISO 3166-1 alpha-2 заглавными буквами, например "TR", "UA" или "RU", получено ${value(received)}.`,
  invalid_range: ({ reason, received, params }) =>
    reason === 'estimate'
      ? `Ожидалось low ≤ best ≤ high, получено ${_figures(received, { low: 'low', best: 'best', high: 'high' })}.`
      : reason === 'role'
        ? `Должность заканчивается (${params?.['to']}) раньше, чем начинается (${params?.['from']}).`
        : reason === 'duration'
          ? `Диапазон заканчивается (${params?.['to']}) ниже, чем начинается (${params?.['from']}); меньшую длительность запишите в "iso".`
          : 'Значения идут в неверном порядке.',
  forbidden_character: ({ received, params }) =>
    `Содержит невидимый управляющий символ ${_codePoint(String(received))} в позиции ${params?.['position']}; удалите его.`,
  unrecognized_key: ({ received }) => `Неизвестное поле ${JSON.stringify(received)}.`,
  unknown_type: ({ path, expected, received }) => {
    const tag = String(path[path.length - 1]);
    return received === undefined
      ? `Не хватает "${tag}"; ожидалось одно из ${_list(expected)}.`
      : `Неизвестное значение ${tag} ${value(received)}; ожидалось одно из ${_list(expected)}.`;
  },
  too_small: ({ origin, limit, received }) =>
    origin === 'string' && limit === 1
      ? 'Не может быть пустым.'
      : origin === 'number'
        ? `Слишком мало: ожидалось не меньше ${limit}, получено ${value(received)}.`
        : `Слишком коротко: нужно минимум ${origin === 'string' ? chars(limit) : items(limit)}, получено ${received}.`,
  too_big: (issue) => SIZES[issue.origin ?? '']?.(issue),
  missing_name: () => 'Лицу нужно имя или хотя бы одна должность, если оно известно только по должности.',
  missing_claimant: () => 'Утверждению нужен автор: идентификатор того, кто его делает.',
  missing_words: () => 'Заявлению нужна цитата или пересказ.',
  missing_figure: () => 'Оценке нужно хотя бы одно из low, best и high.',
  duplicate_id: ({ received, params }) =>
    `Повторяющийся идентификатор ${JSON.stringify(received)}; он уже использован в ${params?.['first']}.`,
  unresolved_reference: ({ expected, received }) =>
    `Нет элемента (${kind(expected)}) с идентификатором ${JSON.stringify(received)}.`,
  wrong_reference_kind: ({ expected, received, params }) =>
    `${JSON.stringify(received)} — это ${kind(params?.['is'])} (${params?.['at']}), а этому полю нужен элемент: ${kind(expected)}.`,
  unreadable: ({ params }) => `Документ не удалось прочитать: ${params?.['error']}.`,
  too_many_issues: ({ received, limit }) =>
    `…и ещё ${_plural('ru', received, { one: 'проблема', few: 'проблемы', many: 'проблем', other: 'проблемы' })} (предел maxIssues — ${limit}).`,
  outside_period: ({ received, expected }) =>
    `Дата события ${String(received)} выходит за пределы периода хронологии ${String(expected)}.`,
  unreferenced: ({ received }) =>
    `Ничто не ссылается на ${JSON.stringify(received)}; читатели этого никогда не увидят.`,
  uncited: () => 'Событие не ссылается ни на один источник; читатели не могут его проверить.',
};

function hint(issue: Issue): string | undefined {
  const forFormat = issue.reason && TEXT_FORMAT_HINTS[issue.reason];
  if (forFormat) return forFormat;
  if (issue.suggestion !== undefined) return `Возможно, вы имели в виду "${issue.suggestion}"?`;
  if (issue.code === 'unrecognized_key')
    return Array.isArray(issue.expected) && issue.expected.length > 0
      ? `Известные здесь поля: ${issue.expected.join(', ')}.`
      : 'Удалите его.';
  return issue.code === 'uncited' ? 'Добавьте ссылку на источник, который об этом сообщает.' : undefined;
}

/** Russian. */
export const ru: ParleyLocale = {
  locale: 'ru',
  message: (issue) =>
    (issue.reason && TEXT_FORMATS[issue.reason]?.(issue)) || RU_MESSAGES[issue.code]?.(issue),
  hint,
};
