package com.servicedesk.testkit;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The test kit's API at {@code /servicedesk-test-kit/}, for administrators, with HTTP Basic ({@link BasicMechanism}). */
@ApplicationPath("/")
public class TestKitApplication extends Application {
}
