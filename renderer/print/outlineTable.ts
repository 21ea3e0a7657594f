/** The print renderer of a sheet outline lives in shared/outline/printTable.ts (the Word export uses it too). */
export {
  printColumns,
  printNumber,
  printRow,
  printRows,
  printTable,
  printText,
} from '../../shared/outline/printTable';
