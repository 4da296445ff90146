/** The HTML report: graph → report data → one self-contained page. */
export { reportData, evidenceMarks } from './data';
export type {
  ChangeLike,
  ContradictionLike,
  ReportAnalysis,
  ReportAssertion,
  ReportData,
  ReportDataOptions,
  ReportDocument,
  ReportEdge,
  ReportEntity,
  ReportIssue,
  ReportMark,
  ReportTimelineItem,
} from './data';
export { passageAround, type ReportPassage } from './passage';
export { renderReport, scriptJson, type RenderReportOptions } from './html';
export { reportAssets, type ReportAssets } from './assets';
