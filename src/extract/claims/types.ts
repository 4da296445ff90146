import type { Modality, Polarity, QuantityQualifier } from '../../model/assertion';
import type { TextSpan } from '../../model/document';
import type { TimeSpan } from '../../time/timespan';

/** A claim found in a document, its entities still keyed as the linker keys them (lexicon id or provisional key). */
export interface Claim {
  subject: string;
  predicate: string;
  object: { entity: string } | { value: string; datatype: string; qualifier?: QuantityQualifier };
  evidence: TextSpan;
  valid: TimeSpan | null;
  attributedTo: string | null;
  modality: Modality;
  polarity: Polarity;
  confidence: number;
}
