package com.servicedesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, deployed as it is: the tests run against the real artifact. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive servicedesk() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("servicedesk.ear")));
    }
}
