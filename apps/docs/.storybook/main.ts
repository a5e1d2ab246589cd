import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // public/embed.html is a plain page that uses only the script tag; it loads the built bundle
  // and the example from these folders, served beside Storybook.
  staticDirs: [
    '../public',
    { from: '../../../packages/widget/dist', to: '/widget' },
    { from: '../../../packages/core/examples', to: '/examples' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The docs are for Parley's users, not for learning Storybook: no onboarding checklist.
  features: { sidebarOnboardingChecklist: false },
};

export default config;
