package com.servicedesk.customer;

import com.servicedesk.organisation.BranchCases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

/** A branch's customers: all of them move, so that their next case is taken in where they now belong. */
@Stateless
@PermitAll
public class CustomerBranchCases extends BranchCases {

    public CustomerBranchCases() {
        super("customers", "Customer", "Customer", null);
    }
}
