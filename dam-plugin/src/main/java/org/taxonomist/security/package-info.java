/**
 * Who may use the console and the REST API: accounts with PBKDF2 hashes ({@link UserAccounts}), the identity store, the
 * first admin ({@link InitialAdmin}), the one login door with its throttles ({@link LoginGuard}, {@link LoginThrottle}),
 * the authentication mechanism (HTTP Basic on {@code /api}, the form for the console), the cross-site filter for REST
 * state changes and the browser hardening headers. {@link Role} names the roles resources and screens require.
 */
package org.taxonomist.security;
