package org.taxonomist.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasStayText() {
        AuditEntry entry = new AuditEntry(
                Instant.parse("2026-12-04T10:00:00Z"),
                "lena",
                "10.0.0.7",
                "taxonomy.add-term",
                "field Subject",
                null,
                "=HYPERLINK(\"http://evil.example\",\"click\")");
        StringWriter out = new StringWriter();
        AuditCsv.write(List.of(entry), out);
        assertEquals(
                "at,actor,address,action,target,before,after\r\n"
                        + "2026-12-04T10:00:00Z,lena,10.0.0.7,taxonomy.add-term,field Subject,,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n",
                out.toString());
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, AuditCsv.safe(risky));
        }
        assertEquals("plain", AuditCsv.safe("plain"));
    }
}
