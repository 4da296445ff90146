export { analysisRecords, type AnalysisRecord, type AnalysisRecords, type ClaimRecord } from './records';
