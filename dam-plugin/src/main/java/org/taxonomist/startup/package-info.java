/**
 * The start-up sequence ({@link ApplicationStartup}): the reference DAM's demo taxonomy, the first admin, then the
 * plugin's models and leftover tagging, in the background. Kept apart from {@code org.taxonomist.config} so that the
 * settings depend on no other package of the server.
 */
package org.taxonomist.startup;
