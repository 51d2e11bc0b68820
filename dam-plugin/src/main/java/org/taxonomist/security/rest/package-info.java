/**
 * JAX-RS resources of {@code org.taxonomist.security}: admins manage user accounts ({@code /api/users}).
 */
package org.taxonomist.security.rest;
