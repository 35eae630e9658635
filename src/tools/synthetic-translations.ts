/**
 * Japanese and Korean translations for the synthetic corpora (synthetic-corpus.ts,
 * archive-corpus.ts): which articles are translated, their headlines, deks and bodies from fixed
 * phrase lists, agreement titles, and local names (synthetic-names.ts) for about half the data
 * entries. Drawn from streams of their own, so a corpus with translations has the same English
 * files as one without.
 */
import { translationLanguages, type TranslationLanguage } from '../i18n/languages.ts';
import { picker, streamSeed, WORDS } from './seeded-random.ts';
import type { Corpus, CorpusArticle, CorpusTranslation, LocalNames } from './synthetic-corpus.ts';
import { WORD_FORMS, type Local } from './synthetic-names.ts';

/** The words a talk can be about, for the translations' text. */
const TOPICS = [
  'launch',
  'orbit',
  'satellite',
  'module',
  'lander',
  'station',
  'relay',
  'signal',
  'navigation',
  'budget',
  'schedule',
  'mission',
  'payload',
  'rocket',
  'tracking',
].map((word) => WORD_FORMS[word]!);

const ROLES: Record<TranslationLanguage, string[]> = {
  ja: ['首脳', '閣僚', '代表団', '宇宙機関の長官', '実務者', '報道官'],
  ko: ['정상', '장관', '대표단', '우주기관장', '실무진', '대변인'],
};
/** In place of a second country, for an article about one. */
const PARTNERS: Local = { ja: '関係国', ko: '관계국' };
const TRANSLATION_NOTES: Local = { ja: '英語の原文からの翻訳です。', ko: '영어 원문을 번역한 기사입니다.' };

/** Korean particles change with the last syllable: 과/와, 은/는, 이/가, 을/를. */
function josa(word: string, afterConsonant: string, afterVowel: string): string {
  const last = word.at(-1) ?? '';
  const code = last.charCodeAt(0);
  const closed =
    code >= 0xac00 && code <= 0xd7a3
      ? (code - 0xac00) % 28 !== 0
      : // Digits read as 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구.
        '013678'.includes(last) && last !== '';
  return word + (closed ? afterConsonant : afterVowel);
}

interface Terms {
  a: string;
  b: string;
  program: string;
  topic: string;
  topic2: string;
  role: string;
  year: number;
}
type Phrase = (t: Terms) => string;

const HEADLINES: Record<TranslationLanguage, Phrase[]> = {
  ja: [
    (t) => `${t.a}と${t.b}、宇宙協力で合意`,
    (t) => `${t.a}と${t.b}、${t.program}で連携強化`,
    (t) => `${t.a}、${t.program}への参加を表明`,
    (t) => `${t.a}と${t.b}の${t.role}、${t.topic}を協議`,
    (t) => `${t.program}、${t.topic}の新たな日程を発表`,
  ],
  ko: [
    (t) => `${t.a}·${t.b}, 우주 협력 합의`,
    (t) => `${t.a}·${t.b}, ${t.program} 협력 강화`,
    (t) => `${t.a}, ${t.program} 참여 표명`,
    (t) => `${t.a}·${t.b} ${t.role}, ${t.topic} 논의`,
    (t) => `${t.program}, ${t.topic} 새 일정 발표`,
  ],
};

const DEKS: Record<TranslationLanguage, Phrase[]> = {
  ja: [
    (t) => `${t.a}と${t.b}の${t.role}は、${t.program}をめぐる${t.topic}の協力について協議し、今後の日程を確認した。`,
    (t) => `${t.program}の${t.topic}について、${t.a}と${t.b}が共同声明を発表した。`,
    (t) => `${t.a}は${t.program}への参加を表明し、${t.topic}と${t.topic2}の分野で${t.b}と協力する方針を示した。`,
  ],
  ko: [
    (t) =>
      `${josa(t.a, '과', '와')} ${t.b}의 ${josa(t.role, '은', '는')} ${t.program}의 ${t.topic} 협력 방안을 논의하고 향후 일정을 확인했다.`,
    (t) => `${josa(t.a, '과', '와')} ${josa(t.b, '이', '가')} ${t.program}의 ${t.topic}에 관한 공동성명을 발표했다.`,
    (t) =>
      `${josa(t.a, '은', '는')} ${t.program} 참여를 표명하고 ${josa(t.topic, '과', '와')} ${t.topic2} 분야에서 ${josa(t.b, '과', '와')} 협력할 방침을 밝혔다.`,
  ],
};

const SENTENCES: Record<TranslationLanguage, Phrase[]> = {
  ja: [
    (t) => `${t.a}と${t.b}の${t.role}は、${t.program}の${t.topic}について協議した。`,
    (t) => `${t.role}によると、${t.topic}の詳細は年内に詰める予定だという。`,
    (t) => `両国は${t.topic}と${t.topic2}の分野で協力を深めることを確認した。`,
    (t) => `${t.program}は${t.year}年までに${t.topic}の第一段階を終える計画である。`,
    (t) => `会合では、${t.topic}に必要な予算の分担も議題となった。`,
    (t) => `${t.a}の${t.role}は「${t.topic}は両国にとって重要な一歩だ」と述べた。`,
    (t) => `関係者は、${t.topic}をめぐる調整にはなお時間がかかるとの見方を示している。`,
    (t) => `${t.b}側は、${t.program}への追加の資金拠出を検討している。`,
    (t) => `次回の会合は${t.year}年に${t.a}で開かれる見通しだ。`,
  ],
  ko: [
    (t) => `${josa(t.a, '과', '와')} ${t.b}의 ${josa(t.role, '은', '는')} ${t.program}의 ${t.topic}에 대해 논의했다.`,
    (t) => `${t.role}에 따르면 ${t.topic}의 세부 사항은 연내에 확정될 예정이다.`,
    (t) => `양국은 ${josa(t.topic, '과', '와')} ${t.topic2} 분야에서 협력을 강화하기로 했다.`,
    (t) => `${josa(t.program, '은', '는')} ${t.year}년까지 ${t.topic}의 첫 단계를 마칠 계획이다.`,
    (t) => `회의에서는 ${t.topic}에 필요한 예산 분담도 논의됐다.`,
    (t) => `${t.a}의 ${josa(t.role, '은', '는')} "${josa(t.topic, '은', '는')} 양국에 중요한 진전"이라고 말했다.`,
    (t) => `관계자들은 ${josa(t.topic, '을', '를')} 둘러싼 조율에 시간이 더 걸릴 것으로 보고 있다.`,
    (t) => `${t.b} 측은 ${t.program}에 대한 추가 자금 지원을 검토하고 있다.`,
    (t) => `다음 회의는 ${t.year}년 ${t.a}에서 열릴 전망이다.`,
  ],
};

const HEADINGS: Record<TranslationLanguage, Phrase[]> = {
  ja: [
    (t) => `## ${t.topic}をめぐる協議`,
    () => '## 今後の日程',
    (t) => `## ${t.program}の見通し`,
    () => '## 背景',
    (t) => `## ${t.b}の立場`,
  ],
  ko: [
    (t) => `## ${t.topic} 협의`,
    () => '## 향후 일정',
    (t) => `## ${t.program} 전망`,
    () => '## 배경',
    (t) => `## ${t.b}의 입장`,
  ],
};

/** The list, quotation and closing link the English bodies have too. */
const EXTRAS: Record<TranslationLanguage, { list: Phrase; quote: Phrase; link: (slug: string) => string }> = {
  ja: {
    list: (t) => `- ${t.topic}\n- ${t.topic2}\n- 予算と日程`,
    quote: (t) => `> 「共に${t.topic}を進める」と報道官は述べた。`,
    link: (slug) => `背景は[宇宙機関の発表](https://example.net/${slug})を参照。`,
  },
  ko: {
    list: (t) => `- ${t.topic}\n- ${t.topic2}\n- 예산과 일정`,
    quote: (t) => `> "함께 ${josa(t.topic, '을', '를')} 추진하겠다"고 대변인은 말했다.`,
    link: (slug) => `배경은 [우주기관 발표](https://example.net/${slug}) 참조.`,
  },
};

/**
 * Characters of translated text for one English word: what a Japanese or Korean translation of a
 * report of that length comes to, so a bench builds as much text as real translations would give.
 */
const CHARACTERS_PER_WORD: Record<TranslationLanguage, number> = { ja: 2.5, ko: 2.8 };

/** The list in a seeded random order. */
function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const order = [...list];
  for (let n = order.length - 1; n > 0; n--) {
    const other = Math.floor(rand() * (n + 1));
    [order[n], order[other]] = [order[other]!, order[n]!];
  }
  return order;
}

/** What a sentence is about: two of the countries (or one and its partners), two topics, a role. */
function drawTerms(lang: TranslationLanguage, countries: string[], program: string, rand: () => number): Terms {
  const [a, b] = shuffled(countries, rand);
  const [topic, topic2] = shuffled(TOPICS, rand);
  return {
    a: a!,
    b: b ?? PARTNERS[lang],
    program,
    topic: topic![lang],
    topic2: topic2![lang],
    role: ROLES[lang][Math.floor(rand() * ROLES[lang].length)]!,
    year: 2025 + Math.floor(rand() * 10),
  };
}

/** Local forms of a corpus's entries, in the order of its data lists. */
interface LocalForms {
  countries: Local[];
  leaders: Local[];
  programs: Local[];
  summits: Local[];
  agreement: (agreement: Pick<CorpusArticle['agreements'][number], 'id' | 'title' | 'kind'>) => Local;
}

/**
 * The English corpus with translations of `share` of its published articles into each language,
 * and local names on about half its data entries: all drawn from a stream of their own, so the
 * English articles are those of the same seed without translations.
 */
export function withTranslations(
  english: Omit<Corpus, 'translations'>,
  forms: LocalForms,
  share: number,
  seed: number,
): Corpus {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`translations is a share from 0 to 1, not ${share}`);
  if (share === 0) return { ...english, translations: [] };
  const { rand, pick } = picker(streamSeed(seed, 1));

  // Both names, or one, for about half the entries; the others fall back to English on the pages.
  const named = <T extends { id: string; name: string }>(entries: T[], locals: Local[]): T[] =>
    entries.map((entry, n) => {
      const draw = rand();
      if (draw >= 0.5) return entry;
      const local = locals[n]!;
      const names: LocalNames = draw < 0.4 ? { ...local } : draw < 0.45 ? { ja: local.ja } : { ko: local.ko };
      const { id, name, ...rest } = entry;
      return { id, name, names, ...rest } as unknown as T;
    });
  const countries = named(english.countries, forms.countries);
  const leaders = named(english.leaders, forms.leaders);
  const programs = named(english.programs, forms.programs);
  const summits = named(english.summits, forms.summits);

  const countryForm = new Map(english.countries.map((c, n) => [c.id, forms.countries[n]!]));
  const programForm = new Map(english.programs.map((p, n) => [p.id, forms.programs[n]!]));
  const published = english.articles.filter((article) => !article.draft);
  const count = Math.round(share * published.length);
  /** `count` articles, each as likely as another, in the order of the corpus. */
  const chosen = (): CorpusArticle[] =>
    shuffled(
      published.map((_, n) => n),
      rand,
    )
      .slice(0, count)
      .sort((x, y) => x - y)
      .map((n) => published[n]!);

  const translations = translationLanguages.flatMap((lang) =>
    chosen().map((article): CorpusTranslation => {
      const local = article.countries.map((id) => countryForm.get(id)![lang]);
      const program = programForm.get(pick(article.programs))![lang];
      const terms = drawTerms(lang, local, program, rand);
      const agreement = article.agreements.length > 0 && rand() < 1 / 3 ? pick(article.agreements) : undefined;
      return {
        id: article.id,
        lang,
        title: pick(HEADLINES[lang])(terms),
        description: pick(DEKS[lang])(terms),
        translator: 'Synthetic Translator',
        ...(rand() < 0.5 ? { translationNote: TRANSLATION_NOTES[lang] } : {}),
        ...(agreement ? { agreementTitles: { [agreement.id]: forms.agreement(agreement)[lang] } } : {}),
        mentions: { countries: local, program },
      };
    }),
  );
  return { countries, leaders, programs, summits, articles: english.articles, translations };
}

/**
 * A translation's body: paragraphs of three to five different sentences under headings, as long as
 * the English body would be (`long`: 500–900 words, else about 200), with a list, a quotation and a
 * link.
 */
export function translatedBody({ lang, mentions }: CorpusTranslation, long: boolean, rand: () => number): string {
  const terms = () => drawTerms(lang, mentions.countries, mentions.program, rand);
  const headings = shuffled(HEADINGS[lang], rand);
  const words = long ? 500 + Math.floor(rand() * 400) : 180 + Math.floor(rand() * 60);
  const target = words * CHARACTERS_PER_WORD[lang];
  const sectionLength = (long ? 150 : 80) * CHARACTERS_PER_WORD[lang];
  const separator = lang === 'ko' ? ' ' : '';
  const extras = EXTRAS[lang];
  const parts: string[] = [];
  let length = 0;
  let section = 0;
  while (length < target) {
    if (length > 0 && length / sectionLength > section) {
      section++;
      parts.push(headings[(section - 1) % headings.length]!(terms()));
      if (section === 1) parts.push(extras.list(terms()));
      if (section === 2) parts.push(extras.quote(terms()));
    }
    const paragraph = shuffled(SENTENCES[lang], rand)
      .slice(0, 3 + Math.floor(rand() * 3))
      .map((sentence) => sentence(terms()))
      .join(separator);
    parts.push(paragraph);
    length += paragraph.length;
  }
  parts.push(extras.link(WORDS[Math.floor(rand() * WORDS.length)]!));
  return parts.join('\n\n');
}
