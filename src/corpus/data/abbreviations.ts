/**
 * Abbreviations whose full stop does not end a sentence. `Intl.Segmenter` breaks after
 * them when a capitalised word follows ("Mr. Netanyahu"); the sentence splitter joins
 * such breaks again. Single initials and dotted initialisms (`F.`, `U.S.`, `U.N.`) are
 * recognised by shape and need no entry here.
 */
export const ABBREVIATIONS: readonly string[] = [
  // titles and ranks, which precede a name
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Rev.', 'Hon.',
  'Gen.', 'Lt.', 'Col.', 'Maj.', 'Capt.', 'Cmdr.', 'Adm.', 'Sgt.', 'Cpl.', 'Pvt.',
  'Sen.', 'Rep.', 'Gov.', 'Pres.', 'Amb.', 'Sec.', 'Insp.', 'Supt.',
  // months
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  // other common ones in news prose
  'No.', 'Nos.', 'Vol.', 'Art.', 'Fig.', 'approx.', 'est.', 'vs.', 'etc.', 'e.g.', 'i.e.', 'cf.',
  'Inc.', 'Corp.', 'Ltd.', 'Co.', 'Bros.', 'Mt.', 'Ft.', 'Ave.', 'Blvd.',
];
