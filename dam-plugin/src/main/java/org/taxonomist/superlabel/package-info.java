/**
 * Super-labels in the server: topics over the assets' terms (fitted by {@code org.taxonomist.models.topics}, the terms
 * read through the DAM adapter), stored with librarians' decisions (name, hide, merge, promote to a taxonomy term) that
 * survive re-runs ({@link TopicMatching}). Also each asset's super-labels and "more like this" ({@link AssetTopics}),
 * and the expansion of searches that name a super-label ({@link SuperLabelSearch}).
 */
package org.taxonomist.superlabel;
