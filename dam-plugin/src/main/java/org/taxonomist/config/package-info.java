/**
 * Settings the server reads through MicroProfile Config: the folder that holds everything it keeps
 * ({@link TaxonomistHome}) and the bounds on one upload ({@link UploadLimits}). It depends on no other package of the
 * server modules (the start-up sequence lives in {@code org.taxonomist.startup}), so that any of them can read its
 * settings.
 */
package org.taxonomist.config;
