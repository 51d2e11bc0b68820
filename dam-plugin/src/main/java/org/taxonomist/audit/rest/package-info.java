/**
 * JAX-RS resources of {@code org.taxonomist.audit}: admins read the audit log ({@code /api/audit}), filtered, as JSON
 * pages or as one CSV file.
 */
package org.taxonomist.audit.rest;
