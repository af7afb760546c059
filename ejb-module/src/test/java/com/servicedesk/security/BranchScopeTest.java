package com.servicedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BranchScopeTest {

    @Test
    void aRestrictedScopeIncludesItsBranchesOnly() {
        BranchScope scope = BranchScope.of(Set.of("BJ01", "BJ02"));
        assertTrue(scope.includes("BJ01"));
        assertFalse(scope.includes("SH01"));
        assertEquals(Set.of("BJ01", "BJ02"), scope.queryBranches());
    }

    @Test
    void theWholeBankIncludesEveryBranchAndAnEmptyScopeMatchesNothing() {
        assertTrue(BranchScope.ALL.includes("SH01"));
        assertFalse(BranchScope.NONE.includes("BJ01"));
        assertEquals(1, BranchScope.NONE.queryBranches().size(), "an in-clause needs one value that matches no branch");
        assertFalse(BranchScope.NONE.queryBranches().contains("BJ01"));
    }
}
