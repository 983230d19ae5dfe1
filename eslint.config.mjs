// ESLint: Next's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's.
// Formatting is Prettier's (.prettierrc.json). `npm test` runs both first (scripts/lint.mjs).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Public pages ship no client runtime (server/client-runtime.mts removes it), so a link is a
      // plain <a>; `<Link>` would add nothing. The workspace's way home and global-error's
      // reload are full navigations on purpose.
      '@next/next/no-html-link-for-pages': 'off',
      // Prettier wraps code at 120 columns; this catches what it leaves long (comments, JSX text).
      // A literal (an exact expected text, a SQL statement, a URL) stays whole: splitting it would
      // only make it harder to read and compare.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
      // A leading underscore names what a destructuring leaves out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  globalIgnores(['.next/**', 'data/**', 'tmp/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
