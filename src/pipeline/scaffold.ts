/**
 * The text of a new article as `npm run new` writes it: every required field, placeholders that
 * the content check refuses to publish, and comments listing the ids each reference accepts.
 */
import { agreementKinds, agreementStatuses } from '../schemas/article.ts';

/** Marks text an editor still has to write; a published article must not contain it. */
export const PLACEHOLDER = 'TODO:';

export interface KnownIds {
  countries: readonly string[];
  leaders: readonly string[];
  programs: readonly string[];
  summits: readonly string[];
}

const idComment = (label: string, ids: readonly string[]) =>
  `# ${label}: ${ids.length > 0 ? ids.join(', ') : '(none yet)'}`;

export function scaffoldArticle(title: string, date: string, ids: KnownIds): string {
  return `---
# Fill in every field, then delete "draft: true" to publish. Guide: docs/editing.md
title: ${JSON.stringify(title)}
description: "${PLACEHOLDER} one or two sentences shown under the headline and in lists"
date: "${date}"
${idComment('summit (optional, one of)', ids.summits)}
# summit: ${ids.summits[0] ?? 'summit-id'}
${idComment('leaders', ids.leaders)}
leaders: []
${idComment('countries', ids.countries)}
countries: []
${idComment('programs', ids.programs)}
programs: []
# agreements: one entry per agreement, pledge or dialogue the report covers, for example:
#   - id: us-japan-artemis-implementation-agreement
#     title: U.S.–Japan Artemis implementation agreement
#     kind: one of ${agreementKinds.join(', ')}
#     status: one of ${agreementStatuses.join(', ')}
#     parties: [japan, united-states]
#     programs: [artemis]
#     date: "2022-05-23"   # optional, "YYYY-MM-DD", "YYYY-MM" or "YYYY"
agreements: []
source:
  publication: "${PLACEHOLDER} name of the publication"
  author: "${PLACEHOLDER} reporter's name, or delete this line"
draft: true
---

${PLACEHOLDER} write the report here, in the archive's own words, with \`##\` headings.
`;
}

/**
 * The text of a new translation as `npm run new -- --translate <id> --lang <lang>` writes it: the
 * fields a translation carries, with the original's headline, dek and body to translate from.
 */
export function scaffoldTranslation(original: { title: string; description: string; body: string }): string {
  return `---
# Translate the headline, the dek and the text, then delete "draft: true" to publish.
# Every fact (date, summit, leaders, countries, programs, agreements, source, picture) comes from
# the English original: do not write it here. Guide: docs/editing.md
title: ${JSON.stringify(`${PLACEHOLDER} ${original.title}`)}
description: ${JSON.stringify(`${PLACEHOLDER} ${original.description}`)}
translator: "${PLACEHOLDER} who translated it"
# translationNote: a note to readers, in the translation's language (optional if translator is given)
draft: true
---

${PLACEHOLDER} translate the text below, then delete this line.

${original.body.trim()}
`;
}
