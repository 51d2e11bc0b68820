package org.taxonomist.deploy;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that the build assembled in admin-web, deployed as it is: the tests see what users run. */
final class Deployments {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "it-admin-password-123";

    private Deployments() {}

    /**
     * The deployment's address on loopback: Payara reports the machine's own interface address,
     * and the tests must only talk to localhost.
     */
    static URI local(URL base, String path) {
        return URI.create("http://localhost:" + base.getPort() + path);
    }

    /**
     * The application's address on loopback: its context root comes from the WAR's name, not from the injected
     * URL, which Arquillian's Payara Micro container leaves at "/" when it reads the server's output before the
     * deployment's lines (one fresh-clone run: every console test then saw Payara's 404 page).
     */
    static URI app(URL base) {
        return local(base, "/taxonomist/");
    }

    static WebArchive taxonomistWar() {
        File war = new File(System.getProperty("taxonomist.war", "../admin-web/target/taxonomist.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: build admin-web first (mvn install -DskipTests)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
