package com.servicedesk.retention;

/** What a legal hold can be placed on, by the entity its table and audit chains go by. */
public enum HoldTarget {
    COMPLAINT("Complaint", "complaint"),
    SERVICE_REQUEST("ServiceRequest", "service_request"),
    APPLICATION("BusinessApplication", "business_application"),
    CUSTOMER("Customer", "customer");

    private final String entity;
    private final String table;

    HoldTarget(String entity, String table) {
        this.entity = entity;
        this.table = table;
    }

    /** The entity's JPQL name, which is also its audit type. */
    public String entity() {
        return entity;
    }

    String table() {
        return table;
    }
}
