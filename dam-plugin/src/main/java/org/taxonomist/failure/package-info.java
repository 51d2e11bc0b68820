/**
 * The one reading of failures: {@link Failure} turns any exception (searching its cause chain) into a status, a message
 * and whether it is a known refusal or a fault of the server, for REST answers, the console's messages and bulk
 * decisions' outcomes alike. The services' refusals extend {@link RefusedRequestException} with their status.
 */
package org.taxonomist.failure;
