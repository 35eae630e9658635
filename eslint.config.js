// @ts-check
/**
 * `npm run lint`: ESLint over every TypeScript and Astro file (typescript-eslint, eslint-plugin-astro
 * with its accessibility rules), then `prettier --check`. The layout rule keeps src/domain/ pure.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', '.dist-*/', '.astro/', 'node_modules/', 'tests/.output/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Underscore-prefixed names are deliberately unused (destructuring that drops a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Pure logic: no I/O, no Astro at run time, nothing from the layers built on it.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'astro:*'], message: 'src/domain/ is pure logic: no I/O, no Astro modules.' },
            {
              group: ['**/pipeline/**', '**/output/**', '**/cli/**', '**/tools/**', '**/pages/**', '**/components/**'],
              message: 'src/domain/ builds on nothing but itself and src/schemas/.',
            },
          ],
        },
      ],
    },
  },
);
