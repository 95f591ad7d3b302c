// publish/report: printed reports — the edition report and the two-page unit profiles, HTML printed to PDF by Chromium.
export { editionReportHtml, type EditionReportInput } from './editionReport.js';
export { unitReportHtml, type UnitReportInput } from './unitReport.js';
export { scoreMap, type MapUnit } from './map.js';
export { PdfPrinter, ChromiumMissingError, CHROMIUM_PATH, CHROMIUM_FLAGS } from './pdf.js';
export {
  buildEditionReport,
  buildUnitReports,
  robustnessOf,
  type ReportData,
  type ReportOptions,
} from './build.js';
export { loadReportData } from './load.js';
