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

    private Deployments() {
    }

    /**
     * The deployment's address on loopback: Payara reports the machine's own interface address,
     * and the tests must only talk to localhost.
     */
    static URI local(URL base, String path) {
        return URI.create("http://localhost:" + base.getPort() + path);
    }

    static WebArchive taxonomistWar() {
        File war = new File(System.getProperty("taxonomist.war", "../admin-web/target/taxonomist.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: build admin-web first (mvn install -DskipTests)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
