package org.taxonomist.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Every job XML is valid Job Specification Language: the server only says "xJCL invalid per schema". */
class JobXmlTest {

    @Test
    void everyJobValidatesAgainstTheBatchSchema() throws IOException, SAXException {
        URL xsd = getClass().getClassLoader().getResource("xsd/jobXML_2_0.xsd");
        assertNotNull(xsd, "the schema ships in jakarta.batch-api");
        Schema schema =
                SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        List<Path> jobs;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/META-INF/batch-jobs"))) {
            jobs = files.sorted().toList();
        }
        assertEquals(
                List.of(
                        "audit-labels.xml",
                        "embed.xml",
                        "import.xml",
                        "map.xml",
                        "near-duplicates.xml",
                        "read-text.xml",
                        "retag.xml",
                        "super-labels.xml",
                        "train-heads.xml"),
                jobs.stream().map(p -> p.getFileName().toString()).toList());
        for (Path job : jobs) {
            schema.newValidator().validate(new StreamSource(job.toFile()));
        }
    }
}
