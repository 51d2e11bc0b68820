package org.taxonomist.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

    private static final String HOST = "dam.example.org:8080";

    @Test
    void aFormAnotherSitePostsIsRefused() {
        assertTrue(CrossSiteRequestFilter.isForeign("POST", "cross-site", "https://evil.example", HOST));
        assertTrue(CrossSiteRequestFilter.isForeign("DELETE", "same-site", "http://other.example.org:8080", HOST));
        assertTrue(
                CrossSiteRequestFilter.isForeign("POST", null, "https://evil.example", HOST),
                "an older browser: Origin only");
        assertTrue(CrossSiteRequestFilter.isForeign("PUT", null, "null", HOST), "a sandboxed frame");
        assertTrue(
                CrossSiteRequestFilter.isForeign("POST", null, "http://dam.example.org:9090", HOST),
                "another port is another origin");
    }

    @Test
    void ourOwnPagesAndNonBrowserClientsPass() {
        assertFalse(CrossSiteRequestFilter.isForeign("POST", "same-origin", "http://dam.example.org:8080", HOST));
        assertFalse(CrossSiteRequestFilter.isForeign("POST", null, null, HOST), "curl and scripts send neither header");
        assertFalse(CrossSiteRequestFilter.isForeign("POST", "none", null, HOST), "typed into the address bar");
        assertFalse(CrossSiteRequestFilter.isForeign("POST", null, "http://DAM.example.org:8080", HOST));
        assertFalse(CrossSiteRequestFilter.isForeign("POST", null, "http://localhost", "localhost"));
    }

    @Test
    void readsAreNeverRefused() {
        assertFalse(CrossSiteRequestFilter.isForeign("GET", "cross-site", "https://evil.example", HOST));
        assertFalse(CrossSiteRequestFilter.isForeign("HEAD", "cross-site", null, HOST));
    }

    @Test
    void readsAnotherSiteSentAreKnownAsSuch() {
        assertTrue(CrossSiteRequestFilter.sentByAnotherSite("cross-site"));
        assertTrue(CrossSiteRequestFilter.sentByAnotherSite("same-site"));
        assertFalse(CrossSiteRequestFilter.sentByAnotherSite("same-origin"));
        assertFalse(CrossSiteRequestFilter.sentByAnotherSite("none"));
        assertFalse(CrossSiteRequestFilter.sentByAnotherSite(null));
    }
}
