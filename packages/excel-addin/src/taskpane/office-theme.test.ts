import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { fluentThemeFor, isDarkOfficeTheme } from './office-theme.js';

describe('Office theme → Fluent theme', () => {
  it('follows isDarkTheme when the host reports it', () => {
    expect(fluentThemeFor({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe(webDarkTheme);
    expect(fluentThemeFor({ isDarkTheme: false, bodyBackgroundColor: '#000000' })).toBe(webLightTheme);
  });

  it('falls back to the body colour on hosts without isDarkTheme', () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#F3F3F3' })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: 'not a colour' })).toBe(false);
  });

  it('is light outside Office', () => {
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});
