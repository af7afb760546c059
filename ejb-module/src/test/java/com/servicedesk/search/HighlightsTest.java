package com.servicedesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void theMatchIsMarkedInItsPassageWithEllipsesWhereTheTextGoesOn() {
        assertEquals("信用卡<em>年费</em>被重复扣收", Highlights.around("信用卡年费被重复扣收", "年费", 20, 40));
        assertEquals("…用卡<em>年费</em>被重…", Highlights.around("信用卡年费被重复扣收", "年费", 2, 2));
        assertEquals("<em>TS-2026</em>1205-000001", Highlights.around("TS-20261205-000001", "ts-2026", 0, 40),
                "without regard to case, the text's own spelling shown");
        assertNull(Highlights.around("信用卡年费被重复扣收", "费年", 20, 40));
        assertNull(Highlights.around(null, "年费", 20, 40));
    }

    @Test
    void theTextIsEscapedAndOnlyTheMarkIsMarkup() {
        assertEquals("&lt;b&gt;<em>&quot;年费&quot;</em> &amp; &#39;x&#39;",
                Highlights.around("<b>\"年费\" & 'x'", "\"年费\"", 20, 40));
    }

    @Test
    void aTitleIsOneLineOfAtMostItsLength() {
        assertEquals("客户 反映 到账延迟", Highlights.shorten("  客户\n反映\t 到账延迟 ", 60));
        assertEquals("一二三…", Highlights.shorten("一二三四五", 3));
        assertNull(Highlights.shorten(null, 3));
    }
}
