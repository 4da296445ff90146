/**
 * Whole lines that are web-page furniture rather than article text: comment widgets,
 * share buttons, menus. Matched against a trimmed line, case-insensitively. These are
 * general patterns of news sites, not phrases of one article.
 */
export const WEB_CHROME_PATTERNS: readonly RegExp[] = [
  // comment widgets
  /^(?:write|post|leave|add|submit) (?:a |your )?(?:comment|reply|response)s?(?: (?:for|on|to|about) this (?:article|story|post|page))?[.:]?$/i,
  /^(?:there are )?no comments?(?: yet)?(?: (?:for|on|to|about) this (?:article|story|post|page))?[.!]?$/i,
  /^\d+ (?:comments?|replies|responses)$/i,
  /^(?:comments?|replies|responses) ?\(\d+\)$/i,
  /^(?:be the first to comment|join the (?:conversation|discussion)|comments? are closed)[.!]?$/i,
  /^(?:show|view|load|hide|read) (?:all |more )?comments?$/i,
  // share buttons
  /^share(?: (?:this|on \w+|via \w+|article|story))?:?$/i,
  /^(?:tweet|email|e-mail|print|copy link|facebook|twitter|whatsapp|telegram|linkedin|reddit|pinterest)$/i,
  // menus and site navigation
  /^(?:open|close|toggle|show|hide) (?:menu|navigation|search|sidebar)$/i,
  /^(?:menu|search|home|subscribe|sign in|sign up|log in|login|register|newsletter)$/i,
  /^skip to (?:main )?content$/i,
  /^(?:read more|see more|load more|show more|related(?: articles| posts| news| stories)?|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|advertisement)$/i,
  /^back to top$/i,
];
