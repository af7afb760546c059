package com.servicedesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EARs the build produced, deployed as they are: the tests run against the real artifacts. */
final class Deployments {

    private Deployments() {
    }

    /** servicedesk-demo.ear: the product with the demo data and the test kit, as the tests need it. */
    static EnterpriseArchive servicedesk() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("servicedesk.ear")));
    }

    /** servicedesk.ear: the product alone, as a bank deploys it. */
    static EnterpriseArchive production() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, productionFile());
    }

    static File productionFile() {
        return new File(System.getProperty("servicedesk.production.ear"));
    }

    /**
     * The portal's address, {@code http://host:port/servicedesk/}, from any address Arquillian gives:
     * with the test kit's web module beside the portal, its injected URL may be either's.
     */
    static String portal(java.net.URL any) {
        return any.getProtocol() + "://" + any.getHost() + ":" + any.getPort() + "/servicedesk/";
    }
}
