/**
 * The benchmark's corpus (`npm run bench`): archive-sized, with numbered names, so that a build of it
 * shows how the site scales. The build tests' small corpus is in synthetic-corpus.ts.
 */
import { agreementKinds, agreementStatuses } from '../schemas/article.ts';
import { picker, WORDS } from './seeded-random.ts';
import { pickTerms, type Corpus, type CorpusArticle, type CorpusOptions } from './synthetic-corpus.ts';
import { KANA_SYLLABLES, KIND_FORMS, WORD_FORMS, type Local } from './synthetic-names.ts';
import { withTranslations } from './synthetic-translations.ts';

/**
 * An archive-sized corpus for benchmarks: 40 countries, 60 leaders, 25 programs, a summit a month and
 * 150 agreements, articles spread over 2001–2025. Same seed, same corpus.
 */
export function makeArchiveCorpus({ articles, seed = 1, translations = 0 }: Omit<CorpusOptions, 'drafts'>): Corpus {
  const { pick, pickSome } = picker(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const name = (n: number) =>
    `${letters[n % 26]!.toUpperCase()}${letters[(n * 7) % 26]}${letters[(n * 11 + 3) % 26]}ovia`;
  const countries = Array.from({ length: 40 }, (_, n) => ({
    id: `country-${n + 1}`,
    name: `${name(n)} ${n + 1}`,
    officialName: `Republic of ${name(n)} ${n + 1}`,
    iso2: `${letters[Math.floor(n / 26)]!.toUpperCase()}${letters[n % 26]!.toUpperCase()}`,
    aliases: [],
  }));
  const leaders = Array.from({ length: 60 }, (_, n) => ({
    id: `leader-${n + 1}`,
    name: `Leader Number ${n + 1}`,
    country: countries[n % countries.length]!.id,
    offices: [
      { title: `Head of government of ${countries[n % countries.length]!.name}`, from: '2000-01-01', to: '2012-12-31' },
      { title: `Minister of space of ${countries[n % countries.length]!.name}`, from: '2013-01-01' },
    ],
  }));
  const programs = Array.from({ length: 25 }, (_, n) => ({
    id: `program-${n + 1}`,
    name: `Program ${n + 1}`,
    description: `Program ${n + 1} is a synthetic space program used by the benchmark.`,
    leadAgencies: [`Agency ${(n % 7) + 1}`],
    partners: pickSome(
      countries.map((c) => c.id),
      4,
    ),
  }));
  const summits = Array.from({ length: 300 }, (_, n) => {
    const host = countries[n % countries.length]!;
    return {
      id: `summit-${n + 1}`,
      name: `Summit ${n + 1} in ${host.name}`,
      startDate: `${2001 + Math.floor(n / 12)}-${String(1 + (n % 12)).padStart(2, '0')}-15`,
      city: `City ${n + 1}`,
      country: host.id,
      leaders: pickSome(
        leaders.map((l) => l.id),
        3,
      ),
    };
  });
  const agreementPool = Array.from({ length: 150 }, (_, n) => ({
    id: `agreement-${n + 1}`,
    title: `Agreement ${n + 1} on ${pick(WORDS)}`,
    kind: agreementKinds[n % agreementKinds.length]!,
    parties: pickSome(
      countries.map((c) => c.id),
      3,
    ).sort(),
    programs: pickSome(
      programs.map((p) => p.id),
      2,
    ),
  }));
  // No agreement in the benchmark has ended.
  const statuses = agreementStatuses.filter((status) => status !== 'ended');
  const list: CorpusArticle[] = Array.from({ length: articles }, (_, index) => {
    const day = Math.floor((index / articles) * 25 * 365);
    const date = new Date(Date.UTC(2001, 0, 1 + day)).toISOString().slice(0, 10);
    const summit = index % 3 === 0 ? pick(summits) : undefined;
    const agreements = index % 2 === 0 ? pickSome(agreementPool, 2).map((a) => ({ ...a, status: pick(statuses) })) : [];
    return {
      id: `${date.slice(0, 4)}/report-${String(index + 1).padStart(6, '0')}`,
      title: `Report ${index + 1}: ${pick(WORDS)} ${pick(WORDS)} talks advance`,
      date,
      ...(summit ? { summit: summit.id } : {}),
      ...pickTerms(pickSome, { leaders, countries, programs }, summit, { leaders: 3, countries: 4, programs: 3 }),
      agreements,
      draft: false,
    };
  });
  // Made-up names in katakana and hangul, numbered as the English ones are.
  const countryForms = countries.map((_, n): Local => {
    const [first, second] = [KANA_SYLLABLES[n % 15]!, KANA_SYLLABLES[(n * 7 + 3) % 15]!];
    return { ja: `${first.ja}${second.ja}ビア${n + 1}`, ko: `${first.ko}${second.ko}비아 ${n + 1}` };
  });
  return withTranslations(
    { countries, leaders, programs, summits, articles: list },
    {
      countries: countryForms,
      leaders: leaders.map((_, n) => ({ ja: `指導者ナンバー${n + 1}`, ko: `지도자 넘버 ${n + 1}` })),
      programs: programs.map((_, n) => ({ ja: `プログラム${n + 1}`, ko: `프로그램 ${n + 1}` })),
      summits: summits.map((_, n) => {
        const host = countryForms[n % countryForms.length]!;
        return { ja: `${host.ja}首脳会議（第${n + 1}回）`, ko: `제${n + 1}회 ${host.ko} 정상회의` };
      }),
      agreement: ({ id, title, kind }) => {
        const number = id.slice('agreement-'.length);
        const topic = WORD_FORMS[title.split(' ').at(-1)!]!;
        const name = KIND_FORMS[kind];
        return {
          ja: `${topic.ja}に関する${name.ja}（第${number}号）`,
          ko: `${topic.ko}에 관한 ${name.ko}(제${number}호)`,
        };
      },
    },
    translations,
    seed,
  );
}
