/**
 * The grid look: AG Grid's Quartz theme, compact like a spreadsheet, frozen header rows; a
 * dark variant for the system's dark mode (the shell sets `data-ag-theme-mode` on <html>,
 * see shell/colorScheme.ts).
 */
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz
  .withParams({
    fontFamily: ['Segoe UI', 'Calibri', 'Arial', 'sans-serif'],
    fontSize: 13,
    headerFontSize: 12.5,
    headerFontWeight: 600,
    rowHeight: 28,
    headerHeight: 34,
    spacing: 5,
    cellHorizontalPadding: 8,
    wrapperBorderRadius: 4,
    accentColor: '#1f5fa8',
    headerBackgroundColor: '#e9eef5',
    headerTextColor: '#1b2a3a',
    foregroundColor: '#1b2a3a',
    borderColor: '#c9d2dd',
    rowBorder: { color: '#e1e6ec' },
    columnBorder: { color: '#e1e6ec' },
    oddRowBackgroundColor: '#ffffff',
  })
  .withParams(
    {
      browserColorScheme: 'dark',
      backgroundColor: '#1b2129',
      foregroundColor: '#e3e8ef',
      chromeBackgroundColor: '#1e242c',
      accentColor: '#7fb0ff',
      headerBackgroundColor: '#26303b',
      headerTextColor: '#e3e8ef',
      borderColor: '#46515e',
      rowBorder: { color: '#2e3742' },
      columnBorder: { color: '#2e3742' },
      oddRowBackgroundColor: '#1b2129',
    },
    'dark',
  );
