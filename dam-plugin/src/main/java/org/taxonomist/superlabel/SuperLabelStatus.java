package org.taxonomist.superlabel;

/**
 * What librarians decided about a super-label. Active and promoted ones are shown on assets and
 * expand searches; a hidden one is kept (so a re-run does not bring it back as new) but shown
 * nowhere else; a merged one counts towards the super-label it was merged into.
 */
public enum SuperLabelStatus {
    ACTIVE,
    HIDDEN,
    MERGED,
    PROMOTED
}
