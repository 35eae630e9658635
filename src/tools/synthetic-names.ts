/**
 * Japanese and Korean forms of the synthetic corpora's names and words, for their translations
 * (synthetic-translations.ts) and local names.
 */
import type { TranslationLanguage } from '../i18n/languages.ts';
import type { AgreementKind } from '../schemas/article.ts';

/** One text in each translation language. */
export type Local = Record<TranslationLanguage, string>;

/** Standard local forms of the small corpus's names and agreement titles, by English name. */
export const LOCAL_FORMS: Record<string, Local> = {
  Aldoria: { ja: 'アルドリア', ko: '알도리아' },
  Borovia: { ja: 'ボロビア', ko: '보로비아' },
  Cestria: { ja: 'チェストリア', ko: '체스트리아' },
  Dunmark: { ja: 'ダンマーク', ko: '던마크' },
  Estmere: { ja: 'エストミア', ko: '에스트미어' },
  'Lunar Relay': { ja: '月面中継計画', ko: '달 중계 프로그램' },
  'Orbital Watch': { ja: '軌道監視計画', ko: '궤도 감시 프로그램' },
  'Deep Sky Navigation': { ja: '深宇宙航法計画', ko: '심우주 항법 프로그램' },
  'Crewed Lander': { ja: '有人着陸機計画', ko: '유인 착륙선 프로그램' },
  'Alpha summit': { ja: 'アルファ首脳会議', ko: '알파 정상회의' },
  'Beta summit': { ja: 'ベータ首脳会議', ko: '베타 정상회의' },
  'Gamma summit': { ja: 'ガンマ首脳会議', ko: '감마 정상회의' },
  'Lunar relay accord': { ja: '月面中継協定', ko: '달 중계 협정' },
  'Orbital watch dialogue': { ja: '軌道監視対話', ko: '궤도 감시 대화' },
  'Crewed lander pledge': { ja: '有人着陸機に関する誓約', ko: '유인 착륙선 서약' },
};

/** WORDS in Japanese and Korean: the archive corpus's agreement titles, and topics. */
export const WORD_FORMS: Record<string, Local> = {
  launch: { ja: '打ち上げ', ko: '발사' },
  orbit: { ja: '軌道', ko: '궤도' },
  satellite: { ja: '衛星', ko: '위성' },
  agency: { ja: '宇宙機関', ko: '우주기관' },
  treaty: { ja: '条約', ko: '조약' },
  partner: { ja: '協力国', ko: '협력국' },
  crew: { ja: '乗組員', ko: '승무원' },
  module: { ja: 'モジュール', ko: '모듈' },
  lander: { ja: '着陸機', ko: '착륙선' },
  station: { ja: '宇宙ステーション', ko: '우주정거장' },
  relay: { ja: '通信中継', ko: '통신 중계' },
  signal: { ja: '信号', ko: '신호' },
  navigation: { ja: '航法', ko: '항법' },
  summit: { ja: '首脳会議', ko: '정상회의' },
  minister: { ja: '閣僚', ko: '장관' },
  delegation: { ja: '代表団', ko: '대표단' },
  budget: { ja: '予算', ko: '예산' },
  schedule: { ja: '日程', ko: '일정' },
  mission: { ja: 'ミッション', ko: '임무' },
  payload: { ja: '搭載機器', ko: '탑재체' },
  rocket: { ja: 'ロケット', ko: '로켓' },
  tracking: { ja: '追跡', ko: '추적' },
};

/** The archive corpus's agreement kinds. */
export const KIND_FORMS: Record<AgreementKind, Local> = {
  'joint-statement': { ja: '共同声明', ko: '공동성명' },
  'memorandum-of-understanding': { ja: '覚書', ko: '양해각서' },
  'implementation-agreement': { ja: '実施取決め', ko: '이행약정' },
  agreement: { ja: '協定', ko: '협정' },
  dialogue: { ja: '対話', ko: '대화' },
  pledge: { ja: '誓約', ko: '서약' },
};

/** Syllables of the archive corpus's made-up country names. */
export const KANA_SYLLABLES: Local[] = [...'アカサタナハマラベガドミルキソ'].map((ja, n) => ({
  ja,
  ko: '아카사타나하마라베가도미루키소'[n]!,
}));
