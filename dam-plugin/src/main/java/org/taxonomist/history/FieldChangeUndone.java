package org.taxonomist.history;

/** Announced inside the undo's transaction, so that whoever proposed the change can remember it was unwanted. */
public record FieldChangeUndone(FieldChange change, String user) {}
