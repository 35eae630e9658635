export * from './article.ts';
export * from './country.ts';
export * from './leader.ts';
export * from './program.ts';
export * from './summit.ts';
export * from './translation.ts';
