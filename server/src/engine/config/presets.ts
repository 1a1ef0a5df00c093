import type { DatelineStyle } from '../rules/types';
import type { RuleSetting } from './resolve';

/**
 * The presets. `recommended` holds the defaults every rule declares; the others change only what
 * their convention changes.
 */
export const PRESETS: Record<string, { description: string; datelineStyle?: DatelineStyle; rules: Record<string, RuleSetting> }> = {
  recommended: {
    description: 'Every required part is an error; form and text findings are warnings; any dateline style is accepted.',
    rules: {},
  },
  ap: {
    description: 'US wire style: AP datelines (`CHICAGO, Sept. 4, 2015 –`), an end mark (###).',
    datelineStyle: 'ap',
    rules: {
      'dateline-format': 'warn',
      'require-end-mark': ['warn', { mark: '\\#\\#\\#' }],
      'headline-style': ['warn', { maxLength: 100 }],
    },
  },
  international: {
    description: 'UK/EU/UN style: `London, 14 October 2025 –` datelines, ENDS as the end mark.',
    datelineStyle: 'international',
    rules: {
      'dateline-format': 'warn',
      'require-end-mark': ['warn', { mark: 'ENDS' }],
    },
  },
};

export const PRESET_NAMES = Object.keys(PRESETS);
