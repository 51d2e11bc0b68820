/**
 * The audit log ({@code tx_audit}): who did what, when, from which address, on what, before and after, for each
 * decision, hand label, account, taxonomy, model, embedding and job action. {@link AuditTrail} writes an entry in the
 * transaction of the change itself; {@link AuditCsv} exports the log for spreadsheets. Not the label audit, which is
 * {@code org.taxonomist.models.audit} and {@code org.taxonomist.correction}.
 */
package org.taxonomist.audit;
