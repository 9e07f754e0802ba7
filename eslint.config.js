import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Keeps each process's seam visible: what may import what. */
const sharedStaysPortable = {
  files: ['shared/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['electron', 'electron/*'],
            message: 'shared/ runs everywhere: no Electron.',
          },
          {
            group: ['node:*'],
            message: 'shared/ runs in the renderer too: no Node modules.',
          },
          {
            group: ['react', 'react-dom', 'react-dom/*', '@mantine/*'],
            message: 'shared/ has no DOM or UI code.',
          },
          {
            group: ['**/electron/**', '**/renderer/**'],
            message: 'shared/ depends on nothing of the app.',
          },
        ],
      },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
  },
};

const rendererStaysInThePage = {
  files: ['renderer/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/electron/**', 'electron', 'electron/*'],
            message: 'The renderer reaches the backend only through the contract client.',
          },
          { group: ['node:*'], message: 'The renderer has no Node.' },
        ],
      },
    ],
  },
};

const backendHasNoElectron = {
  files: [
    'electron/backend/**/*.ts',
    'electron/cli/**/*.ts',
    'electron/harness/**/*.ts',
    'electron/common/**/*.ts',
  ],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['electron', 'electron/*'],
            message: 'The backend runs without Electron (CLI, harness, utility process).',
          },
          {
            group: ['**/renderer/**', '**/electron/main/**'],
            message: 'The backend does not depend on the UI or the main process.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  sharedStaysPortable,
  rendererStaysInThePage,
  backendHasNoElectron,
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
