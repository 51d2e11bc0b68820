/**
 * The admins' screens: models (versions, scores per term, activation, autofill and autocorrect), jobs and schedules,
 * user accounts and the audit log. Plugin screens like those of {@code org.taxonomist.web}: they may reach the DAM only
 * through {@link org.taxonomist.dam.DamAdapter}, never {@code org.taxonomist.dam.reference}.
 */
package org.taxonomist.web.admin;
