/** The grid look: AG Grid's Quartz theme, compact like a spreadsheet, frozen header rows. */
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
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
});
