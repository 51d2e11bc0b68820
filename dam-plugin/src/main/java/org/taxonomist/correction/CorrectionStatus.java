package org.taxonomist.correction;

/** Where a correction stands. A rejected one (or an approved one whose change was undone) is not proposed again for the same labels. */
public enum CorrectionStatus {
    PENDING, APPROVED, REJECTED
}
