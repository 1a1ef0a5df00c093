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
    description: 'US wire style: AP datelines (`CHICAGO, Sept. 4, 2015 –`), dates, times, numbers and states as AP writes them, an end mark (###).',
    datelineStyle: 'ap',
    rules: {
      'dateline-format': 'warn',
      'require-end-mark': ['warn', { mark: '\\#\\#\\#' }],
      'headline-style': ['warn', { maxLength: 100 }],
      'time-style': 'warn',
      'number-style': 'warn',
      'state-abbreviation': 'warn',
      'lead-length': 'warn',
    },
  },
  international: {
    description: 'UK/EU/UN style: `London, 14 October 2025 –` datelines and dates, ENDS as the end mark.',
    datelineStyle: 'international',
    rules: {
      'dateline-format': 'warn',
      'require-end-mark': ['warn', { mark: 'ENDS' }],
      'lead-length': 'warn',
    },
  },
};

export const PRESET_NAMES = Object.keys(PRESETS);
