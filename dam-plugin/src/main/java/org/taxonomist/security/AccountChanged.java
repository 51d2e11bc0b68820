package org.taxonomist.security;

/** An admin changed, disabled or deleted the account: what was remembered about its logins no longer holds. */
public record AccountChanged(String username) {}
