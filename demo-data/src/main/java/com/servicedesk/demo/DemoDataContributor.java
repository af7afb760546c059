package com.servicedesk.demo;

/**
 * One bounded context's part of the demo data set. The seeder runs each contributor once, in
 * {@link #order()}, in a transaction of its own, and records that it ran, so a restart adds nothing
 * twice; a capability added later brings its own contributor instead of changing existing ones.
 */
public interface DemoDataContributor {

    /** A stable name, recorded once the part exists. */
    String name();

    /** Contributors run in ascending order; later parts may use earlier ones (staff before cases). */
    int order();

    /** Creates this part of the data set and returns how many records it made. */
    int seed(DemoRandom random);
}
