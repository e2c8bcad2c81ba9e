// Lint: typescript-eslint, React hooks, no cycles, imports flowing one way
// (model → layout → scene → io → store → ui → app), and no user-visible literal
// strings in components (they belong in src/i18n).
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench-results', '.tmp', 'public/*.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('./src/model', ['./src/layout', './src/scene', './src/io', './src/store', './src/ui', './src/app', './src/i18n'], 'src/model imports nothing of the app'),
            layer('./src/layout', ['./src/scene', './src/io', './src/store', './src/ui', './src/app', './src/i18n'], 'src/layout may import only src/model'),
            layer('./src/scene', ['./src/io', './src/store', './src/ui', './src/app', './src/i18n'], 'src/scene may import only src/model and src/layout'),
            layer('./src/io', ['./src/store', './src/ui', './src/app'], 'src/io may import only src/model, src/layout and src/scene'),
            layer('./src/store', ['./src/layout', './src/scene', './src/io', './src/ui', './src/app'], 'src/store may import only src/model'),
            layer('./src/ui', ['./src/app'], 'src/ui must not import src/app'),
            layer('./src/i18n', ['./src/layout', './src/scene', './src/io', './src/store', './src/ui', './src/app'], 'src/i18n holds words only'),
          ],
        },
      ],
      // The file format refuses control characters, so its patterns must name them.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '19' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react/jsx-no-literals': ['error', { noStrings: true, allowedStrings: ['+', '−', '—', '→', ' ', '×', '·'], ignoreProps: true }],
      'react/jsx-key': 'error',
      'react/no-danger': 'error',
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
