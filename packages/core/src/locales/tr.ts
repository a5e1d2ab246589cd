// Türkçe: import { tr } from '@parley/core/locales/tr'; safeParseTimeline(data, { locale: tr }).
import type { ParleyIssueData } from '../errors/issue.js';
import type { ParleyLocale } from '../errors/locale.js';
import type { DateFailureReason, DateLevel2Feature } from '../dates/edtf.js';
import { _codePoint, _figures, _foundKind, _kindOf, _list, _quote } from './_words.js';

type Issue = ParleyIssueData<string>;
type Params = NonNullable<Issue['params']>;

const TYPES: Record<string, string> = {
  string: 'metin',
  number: 'sayı',
  int: 'tam sayı',
  boolean: 'true ya da false',
  array: 'liste',
  object: 'nesne',
  record: 'nesne (sözlük)',
};
const expectedTypes = (expected: Issue['expected']) =>
  [
    ...new Set((Array.isArray(expected) ? expected : [expected]).map((t) => TYPES[String(t)] ?? String(t))),
  ].join(' ya da ') || 'başka bir değer';

function value(received: unknown): string {
  switch (_kindOf(received)) {
    case 'string':
      return _quote(received);
    case 'number':
      return `${String(received)} sayısı`;
    case 'boolean':
      return String(received);
    case 'null':
      return 'null';
    case 'array':
      return 'bir liste';
    case 'object':
      return 'bir nesne';
    case 'missing':
      return 'hiçbir şey';
    default:
      return typeof received;
  }
}

const KINDS: Record<string, string> = {
  actor: 'aktör',
  party: 'devlet ya da kuruluş',
  person: 'kişi',
  state: 'devlet',
  organisation: 'kuruluş',
  place: 'yer',
  source: 'kaynak',
  image: 'görsel',
  event: 'olay',
};
const kind = (name: unknown) => KINDS[String(name)] ?? String(name);

const FORMATS: Record<string, string> = {
  id: 'Harf, rakam ve - _ . : işaretlerinden oluşan bir kimlik bekleniyordu (en çok 100 karakter, harf ya da rakamla başlar)',
  language: '"en", "uk", "ru", "tr" ya da "sr-Latn" gibi bir dil etiketi bekleniyordu',
  duration: '"PT4H", "PT3H30M", "P2D", "P2W" ya da "P6M" gibi bir ISO 8601 süresi bekleniyordu',
  sameAs: '"Q212" gibi bir Wikidata kimliği ya da bir http(s) adresi bekleniyordu',
};
function format(expected: Issue['expected']): string {
  const name = String(expected);
  if (name.startsWith('id:')) return `Bir kimlik bekleniyordu (${kind(name.slice(3))})`;
  return FORMATS[name] ?? 'Biçim hatalı';
}

const TOKENS: Record<string, string> = {
  name_or_close: "çift tırnaklı bir özellik adı ya da '}'",
  name: 'çift tırnaklı bir özellik adı',
  comma_or_bracket: "bir liste öğesinden sonra ',' ya da ']'",
  comma_or_brace: "bir özellik değerinden sonra ',' ya da '}'",
  colon: "özellik adından sonra ':'",
  quote: `metni kapatmak için '"'`,
  digit_after_minus: "'-' işaretinden sonra bir rakam",
  digit_after_dot: 'ondalık noktadan sonra bir rakam',
  exponent_digit: 'üste bir rakam',
  value: 'bir değer',
};

function found(text: unknown): string {
  const excerpt = String(text);
  switch (_foundKind(excerpt)) {
    case 'space':
      return 'bir boşluk';
    case 'tab':
      return 'bir sekme';
    case 'line_break':
      return 'bir satır sonu';
    case 'other_space':
      return `${_codePoint(excerpt)} (JSON'un kabul etmediği bir boşluk karakteri)`;
    case 'control':
      return _codePoint(excerpt);
    default:
      return excerpt === "'" ? `"'"` : `'${excerpt}'`;
  }
}

const SYNTAX: Record<string, (issue: Issue) => string> = {
  unexpected: ({ expected, received }) =>
    received === undefined
      ? `Metin beklenmedik biçimde bitti: ${TOKENS[String(expected)]} bekleniyordu.`
      : `${TOKENS[String(expected)]} bekleniyordu, ${found(received)} bulundu.`,
  comment: () => "JSON'da yorumlara izin verilmez.",
  after_value: () => 'JSON değerinden sonra fazladan metin var.',
  trailing_comma: ({ params }) => `'${params?.['before']}' öncesinde fazladan virgül var: silin.`,
  leading_zero: () => 'Sayılar sıfırla başlayamaz.',
  not_a_number: ({ received }) => `${String(received)} JSON'da kullanılamaz: null ya da bir metin kullanın.`,
  single_quote: () => `Bir değer bekleniyordu, "'" bulundu: JSON metinleri çift tırnak kullanır.`,
  unicode_escape: ({ received }) =>
    `Metinde geçersiz kaçış dizisi '${String(received)}': \\u işaretinden sonra dört onaltılık rakam gelmelidir.`,
  invalid_escape: ({ received }) =>
    `Metinde geçersiz kaçış dizisi ${_foundKind(String(received)) === 'text' ? `'\\${String(received)}'` : `(ters eğik çizgi ve ardından ${found(received)})`}: geçerli olanlar \\" \\\\ \\/ \\b \\f \\n \\r \\t ve \\uXXXX.`,
  line_break: () => `Metinde kaçışsız satır sonu: \\n olarak yazın ya da metni '"' ile kapatın.`,
  control_character: ({ received, params }) =>
    `Metinde kaçışsız denetim karakteri ${_codePoint(String(received))}: ${params?.['escape']} olarak yazın.`,
};

const SIZES: Record<string, (issue: Issue) => string> = {
  number: ({ limit, received }) => `Çok büyük: en çok ${limit} bekleniyordu, ${value(received)} geldi.`,
  string: ({ limit, received }) => `Çok uzun: en çok ${limit} karakter olabilir, ${received} karakter geldi.`,
  array: ({ limit, received }) => `Liste çok uzun: en çok ${limit} öğe olabilir, ${received} öğe geldi.`,
  json_string: ({ limit, received }) =>
    `Metin çok uzun: ${received} karakter; okuyucu bir metinde en çok ${limit} karakter kabul eder.`,
  json_key: ({ limit, received }) =>
    `Özellik adı çok uzun: ${received} karakter; okuyucu bir metinde en çok ${limit} karakter kabul eder.`,
  json_array: ({ limit }) => `Bir listede çok fazla öğe var: en çok ${limit} olabilir.`,
  json_object: ({ limit }) => `Bir nesnede çok fazla özellik var: en çok ${limit} olabilir.`,
  text: ({ limit, received }) =>
    `Metin ${received} karakter uzunluğunda; sınır ${limit} (maxLength seçeneği).`,
  document: ({ limit }) => `Belgenin liste ve sözlüklerinde ${limit} öğeden fazlası var (maxValues sınırı).`,
};

/** The level 2 forms of EDTF, as the date sentence names them. */
const LEVEL_2: Record<DateLevel2Feature, string> = {
  set: 'bir küme ([…] ya da {…})',
  exponential_year: 'üslü yazılmış bir yıl',
  significant_digits: 'anlamlı basamaklar',
  inner_qualifier: 'tarihin içinde bir niteleyici',
  unspecified_digits: 'yılın son basamakları ya da bütün bir ay veya gün dışında X',
  unspecified_in_interval: 'bir aralıkta X',
  sub_year_grouping: 'bir yıl içi gruplama (25–41)',
};

/** Why a date is impossible, by the date parser's `reason` (see `DateFailureReason`). */
const DATES: Record<DateFailureReason, (params: Params) => string> = {
  syntax: ({ text }) =>
    `"2025-06-02", "2025-05~", "2025-21" ya da "2025-06-02T13:00+03:00" gibi bir EDTF tarihi bekleniyordu; gelen: ${_quote(text)}.`,
  year_range: ({ text, min, max }) =>
    `Parley zaman çizelgesine ${min} ile ${max} arasındaki yılları yerleştirir; gelen: ${text}.`,
  level2: ({ text, feature }) =>
    `${_quote(text)} ${LEVEL_2[feature as DateLevel2Feature] ?? feature} kullanıyor: bu, Parley'nin desteklemediği EDTF 2. düzeyidir.`,
  month: ({ text, month }) =>
    `${_quote(text)} içinde ${month}. ay yok: aylar 01 ile 12 arasındadır, 21–24 mevsimleri ise gün almaz.`,
  day: ({ month, day, days }) => `${month} ayının ${day}. günü yok: bu ay ${days} gün çeker.`,
  hours: ({ value }) =>
    `Saatler 00 ile 23 arasındadır (24:00 yerine ertesi günün 00:00'ını yazın); gelen: ${value}.`,
  minutes: ({ value }) => `Dakikalar 00 ile 59 arasındadır; gelen: ${value}.`,
  seconds: ({ value }) => `Saniyeler 00 ile 59 arasındadır; gelen: ${value}.`,
  qualified_time: () =>
    'Saat içeren bir tarih ?, ~ ya da % taşıyamaz: bunları gün, ay ya da yıl için kullanın.',
  offset: ({ value }) => `UTC farkı -14:00 ile +14:00 arasında olmalı; gelen: ${value}.`,
  too_long: ({ limit }) => `Bir tarih en çok ${limit} karakter olabilir.`,
  open_interval: () => 'Bir aralığın en az bir ucu bilinmeli, ör. "2025-05-31/2025-06-01".',
  interval_order: ({ text }) => `${_quote(text)} aralığı başlamadan önce bitiyor.`,
};

/**
 * Issues of the YAML and CSV readers, by their `reason`; `detail` is the reading library's own
 * English words, for its rarer errors.
 */
/** The text formats a reader refuses a non-string for. */
const TEXT_NAMES: Record<string, string> = { json_text: 'JSON', yaml_text: 'YAML', csv_text: 'CSV' };

const TEXT_FORMATS: Record<string, (issue: Issue) => string> = {
  yaml: ({ params }) => `YAML söz dizimi hatası: ${params?.['detail']}`,
  yaml_key: ({ received }) =>
    `${received === undefined ? 'Bu anahtar' : `${JSON.stringify(received)} anahtarı`} aynı eşlemede iki kez geçiyor: her anahtar yalnızca bir kez yer alabilir.`,
  yaml_key_type: () => 'Eşleme anahtarı düz metin olmalı; liste, eşleme ya da takma ad (alias) olamaz.',
  yaml_exhausted: () => 'YAML okunamayacak kadar derin iç içe.',
  yaml_depth: ({ limit }) => `Listeler ve eşlemeler ${limit} düzeyden daha derin iç içe (maxDepth seçeneği).`,
  yaml_documents: () =>
    'Metinde birden fazla YAML belgesi var (--- satırı); bir zaman çizelgesi tek bir belgedir.',
  yaml_tag: ({ params }) =>
    `${params?.['detail']}: zaman çizelgesi yalnızca düz YAML değerleri kullanır (metin, sayı, true/false, null, liste ve eşleme).`,
  yaml_alias: ({ received }) => `*${received} takma adından önce &${received} çapası yok.`,
  yaml_collection_tag: ({ received }) =>
    `${received} etiketi düz veri değil: bir liste ya da eşleme kullanın.`,
  yaml_binary: () => 'İkili veri (!!binary) bir zaman çizelgesinin parçası olamaz.',
  yaml_aliases: ({ limit, params }) =>
    `Takma adlar ${limit} düğümden fazlasına açılıyor (${params?.['detail']}).`,
  csv: ({ params }) => `CSV söz dizimi hatası: ${params?.['detail']}`,
  csv_quote: () => 'Tırnak içindeki bir hücre hiç kapanmıyor: kapanış " işaretini ekleyin.',
  csv_header: ({ expected }) =>
    `İlk satır sütunları adlandırmalı ve bunlardan biri "section" olmalı (her satırın ne olduğu: ${(expected as string[]).join(', ')}).`,
  csv_unnamed_column: ({ params }) => `Başlık satırında ${params?.['column']}. sütunun adı yok.`,
  csv_duplicate_column: ({ received }) => `"${received}" sütunu başlık satırında iki kez geçiyor.`,
  csv_row_length: ({ received, limit }) =>
    `Bu satırda ${received} hücre var, başlıkta ise ${limit}: ${Number(received) > Number(limit) ? 'bir hücrede tırnaksız ayraç var ya da satır başlıktan uzun' : 'hücreler eksik'}.`,
  csv_timeline_row: () => 'Yalnızca bir satırın bölümü "timeline" olabilir.',
  csv_section: ({ expected, received }) =>
    `Bilinmeyen bölüm ${JSON.stringify(received)}; şunlardan biri bekleniyordu: ${_list(expected)}.`,
  csv_cell_json: ({ params }) =>
    `Hücre JSON gibi başlıyor ama geçerli bir JSON değil (${params?.['detail']}).`,
};

const TEXT_FORMAT_HINTS: Record<string, string> = {
  yaml_key: 'İkisinden birini kaldırın ya da söylediklerini birleştirin.',
  yaml_aliases: 'Tekrarlanan kısmı açıkça yazın ya da ona kimliklerle başvurun.',
  csv_header: 'examples/template.csv şablonuyla başlayın.',
  csv_row_length: 'Ayraç içeren her hücreyi tırnak içine alın, ör. "İstanbul, Türkiye".',
  csv_cell_json:
    '[, { ya da " ile başlayan metni JSON tırnakları içinde yazın, ör. "\\"Alıntılanan\\" sözler".',
};
export const TR_MESSAGES: Record<string, (issue: Issue) => string | undefined> = {
  syntax: (issue) => SYNTAX[issue.reason ?? '']?.(issue),
  duplicate_key: ({ received }) =>
    `Yinelenen özellik adı ${_quote(received)}: her ad bir nesnede yalnızca bir kez geçebilir.`,
  forbidden_key: ({ received }) =>
    `${_quote(received)} özellik adına izin verilmez: "__proto__", "constructor" ve "prototype", nesnelerin davranışını değiştirmek için kullanılabildiklerinden güvenlik gereği reddedilir.`,
  too_deep: ({ limit }) => `Listeler ve nesneler çok derin iç içe: en çok ${limit} düzeye izin verilir.`,
  invalid_type: ({ expected, received }) =>
    TEXT_NAMES[String(expected)]
      ? `${TEXT_NAMES[String(expected)]} metni (bir metin) bekleniyordu.`
      : received === undefined
        ? `Zorunlu alan eksik; beklenen: ${expectedTypes(expected)}.`
        : `Beklenen: ${expectedTypes(expected)}, gelen: ${value(received)}.`,
  invalid_value: ({ expected, received }) =>
    `Şunlardan biri bekleniyordu: ${_list(expected)}; gelen: ${value(received)}.`,
  invalid_format: ({ expected, received }) => `${format(expected)}; gelen: ${value(received)}.`,
  invalid_key: ({ expected, received }) => `${format(expected)}; gelen: ${value(received)}.`,
  invalid_date: ({ reason, params = {}, received }) =>
    DATES[(reason ?? '') as DateFailureReason]?.(params) ??
    `Geçersiz tarih ${value(received)}: "2025-06-02", "2025-05" ya da "2025-05-31/2025-06-01" gibi, takvimde var olan bir EDTF tarihi bekleniyordu.`,
  invalid_url: ({ received }) =>
    `"https://www.bbc.co.uk/news" gibi tam bir http:// ya da https:// adresi bekleniyordu; gelen: ${value(received)}.`,
  invalid_country: ({ received }) =>
    `"TR", "UA" ya da "RU" gibi büyük harfli bir ISO 3166-1 alpha-2 ülke kodu bekleniyordu; gelen: ${value(received)}.`,
  invalid_range: ({ reason, received, params }) =>
    reason === 'estimate'
      ? `low ≤ best ≤ high bekleniyordu; gelen: ${_figures(received, { low: 'low', best: 'best', high: 'high' })}.`
      : reason === 'role'
        ? `Görev, başlamadan (${params?.['from']}) önce bitiyor (${params?.['to']}).`
        : reason === 'duration'
          ? `Aralık, başladığı değerin (${params?.['from']}) altında bitiyor (${params?.['to']}); kısa olan süreyi "iso" alanına yazın.`
          : 'Değerler yanlış sırada.',
  forbidden_character: ({ received, params }) =>
    `${params?.['position']}. konumda görünmeyen denetim karakteri ${_codePoint(String(received))} var; silin.`,
  unrecognized_key: ({ received }) => `Bilinmeyen alan ${JSON.stringify(received)}.`,
  unknown_type: ({ path, expected, received }) => {
    const tag = String(path[path.length - 1]);
    return received === undefined
      ? `"${tag}" eksik; şunlardan biri bekleniyordu: ${_list(expected)}.`
      : `Bilinmeyen ${tag} değeri ${value(received)}; şunlardan biri bekleniyordu: ${_list(expected)}.`;
  },
  too_small: ({ origin, limit, received }) =>
    origin === 'string' && limit === 1
      ? 'Boş olamaz.'
      : origin === 'number'
        ? `Çok küçük: en az ${limit} bekleniyordu, ${value(received)} geldi.`
        : `Çok kısa: en az ${limit} ${origin === 'string' ? 'karakter' : 'öğe'} gerekiyor, ${received} geldi.`,
  too_big: (issue) => SIZES[issue.origin ?? '']?.(issue),
  missing_name: () => 'Bir kişinin adı ya da, yalnızca göreviyle biliniyorsa, en az bir görevi olmalıdır.',
  missing_claimant: () => 'Bir iddianın sahibi olmalıdır: iddiayı ortaya atanın kimliği.',
  missing_words: () => 'Bir açıklamanın alıntısı ya da özeti olmalıdır.',
  missing_figure: () => 'Bir tahminde low, best ve high değerlerinden en az biri olmalıdır.',
  duplicate_id: ({ received, params }) =>
    `Yinelenen kimlik ${JSON.stringify(received)}; ${params?.['first']} bunu zaten kullanıyor.`,
  unresolved_reference: ({ expected, received }) =>
    `${JSON.stringify(received)} kimlikli bir öğe (${kind(expected)}) yok.`,
  wrong_reference_kind: ({ expected, received, params }) =>
    `${JSON.stringify(received)} bir ${kind(params?.['is'])} (${params?.['at']}), ama bu alan şunu gerektiriyor: ${kind(expected)}.`,
  unreadable: ({ params }) => `Belge okunamadı: ${params?.['error']}.`,
  too_many_issues: ({ received, limit }) => `…ve ${received} sorun daha (maxIssues sınırı ${limit}).`,
  outside_period: ({ received, expected }) =>
    `Olayın tarihi ${String(received)}, kronolojinin dönemi ${String(expected)} dışında.`,
  unreferenced: ({ received }) =>
    `${JSON.stringify(received)} öğesine hiçbir şey başvurmuyor; okurlar onu hiç görmeyecek.`,
  uncited: () => 'Olay hiçbir kaynağa dayanmıyor; okurlar onu doğrulayamaz.',
};

function hint(issue: Issue): string | undefined {
  const forFormat = issue.reason && TEXT_FORMAT_HINTS[issue.reason];
  if (forFormat) return forFormat;
  if (issue.suggestion !== undefined) return `"${issue.suggestion}" mi demek istediniz?`;
  if (issue.code === 'unrecognized_key')
    return Array.isArray(issue.expected) && issue.expected.length > 0
      ? `Burada bilinen alanlar: ${issue.expected.join(', ')}.`
      : 'Silin.';
  return issue.code === 'uncited' ? 'Bunu bildiren kaynağı gösteren bir alıntı ekleyin.' : undefined;
}

/** Turkish. */
export const tr: ParleyLocale = {
  locale: 'tr',
  message: (issue) =>
    (issue.reason && TEXT_FORMATS[issue.reason]?.(issue)) || TR_MESSAGES[issue.code]?.(issue),
  hint,
};
