/**
 * Every change the plugin makes to an asset's field (autofill, autocorrect, an approved correction) and every hand
 * label, as a {@link FieldChange}: old and new terms, who, when and why. {@link FieldHistory} writes through the DAM
 * adapter, keeps the old value and undoes a change while the field still holds what it wrote; {@link FieldChangeUndone}
 * tells whoever proposed the change.
 */
package org.taxonomist.history;
