package org.taxonomist.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taxonomist.models.testdata.TestImages;

/**
 * The whole REST flow on a real Payara Micro with the real model: upload → suggestions →
 * approve/reject → search; heads trained by the Jakarta Batch job; the error cases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaggingFlowIT {

    @ArquillianResource
    URL base;

    private Api admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.taxonomistWar();
    }

    @BeforeEach
    void connect() throws Exception {
        admin = new Api(Deployments.local(base, base.getPath()), Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        new Api(Deployments.local(base, "/"), null, null).await("/health/ready", a -> a.status() == 200, Duration.ofMinutes(3));
    }

    @Test
    void uploadedPhotoGetsSuggestionsThatCanBeApprovedAndFound() throws IOException {
        Api.Answer created = admin.upload("gravel.png", Files.readAllBytes(TestImages.photo("gravel.png")), "Gravel path", "pebbles");
        assertEquals(201, created.status(), created.body());
        long id = created.json().get("id").asLong();

        JsonNode asset = admin.await("api/assets/" + id, a -> a.json().get("suggestions").size() > 0, Duration.ofSeconds(60)).json();
        JsonNode rating = asset.get("suggestions").get(0);
        assertEquals("Content rating", rating.get("field").asText());
        assertEquals("PENDING", rating.get("status").asText());
        assertTrue(rating.get("confidence").asDouble() > 0 && rating.get("confidence").asDouble() <= 1);
        assertTrue(rating.get("source").asText().startsWith("nsfwjs-mobilenet_v2@"), rating.toString());

        Api.Answer approved = admin.post("api/suggestions/" + rating.get("id").asLong() + "/approve", null);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().get("status").asText());
        String term = rating.get("term").asText();
        assertEquals(List.of(term), texts(admin.get("api/assets/" + id).json().get("fields").get("Content rating")));

        JsonNode hits = admin.get("api/search?q=" + term).json();
        assertTrue(ids(hits).contains(id), "search for the approved term finds the asset: " + hits);
        JsonNode filtered = admin.get("api/search?field=Content%20rating&term=" + term).json();
        assertTrue(ids(filtered).contains(id));
        assertTrue(ids(admin.get("api/search?q=pebbles").json()).contains(id), "keywords are searchable");

        Api.Answer again = admin.post("api/suggestions/" + rating.get("id").asLong() + "/reject", null);
        assertEquals(409, again.status(), "a decided suggestion cannot be flipped: " + again.body());

        JsonNode searches = admin.get("api/searches?limit=10").json();
        assertTrue(StreamSupport.stream(searches.spliterator(), false)
                .anyMatch(s -> s.get("query").asText().equals("pebbles") && s.get("hits").asLong() >= 1), searches.toString());
    }

    @Test
    void labellingByHandApprovesTheMatchingSuggestion() throws IOException {
        long id = uploadOrFind("retina.jpg");
        JsonNode rating = admin.await("api/assets/" + id, a -> a.json().get("suggestions").size() > 0, Duration.ofSeconds(60))
                .json().get("suggestions").get(0);
        assertEquals("PENDING", rating.get("status").asText());

        admin.put("api/assets/" + id + "/fields/Content%20rating/" + rating.get("term").asText());
        JsonNode after = admin.get("api/assets/" + id).json().get("suggestions").get(0);
        assertEquals("APPROVED", after.get("status").asText());
        assertEquals("admin", after.get("decidedBy").asText());
    }

    @Test
    void headTrainedOnExistingLabelsSuggestsForUnlabelledAssets() throws IOException {
        label(uploadOrFind("motorcycle_left.png"), "Vehicles");
        label(upload("motorcycle_left-crop.png", crop("motorcycle_left.png")), "Vehicles");
        label(uploadOrFind("rocket.jpg"), "Vehicles");
        label(uploadOrFind("astronaut.png"), "People");
        label(upload("astronaut-crop.png", crop("astronaut.png")), "People");
        label(uploadOrFind("camera.png"), "People");
        label(uploadOrFind("coins.png"), "Objects");
        label(uploadOrFind("clock_motion.png"), "Objects");
        label(uploadOrFind("page.png"), "Objects");
        label(uploadOrFind("horse.png"), "Animals");
        long unlabelled = uploadOrFind("motorcycle_right.png");

        JsonNode done = trainHeads();
        assertTrue(done.get("exitStatus").asText().contains("Subject: v"), done.toString());
        assertTrue(done.get("exitStatus").asText().contains("Animals"), "too few horses is reported: " + done);

        JsonNode subject = suggestionsFor(unlabelled, "Subject");
        assertFalse(subject.isEmpty(), "the trained head proposed Subject terms for the unlabelled motorcycle");
        JsonNode best = subject.get(0);
        assertEquals("Vehicles", best.get("term").asText(), "the other motorcycle photo is a vehicle: " + subject);
        assertTrue(best.get("source").asText().startsWith("head:Subject v"), best.toString());

        assertEquals("REJECTED", admin.post("api/suggestions/" + best.get("id").asLong() + "/reject", null).json()
                .get("status").asText());
        trainHeads();
        List<JsonNode> vehicles = StreamSupport.stream(suggestionsFor(unlabelled, "Subject").spliterator(), false)
                .filter(s -> s.get("term").asText().equals("Vehicles")).toList();
        assertEquals(1, vehicles.size(), "the rejected term is not proposed again");
        assertEquals("REJECTED", vehicles.get(0).get("status").asText());
    }

    @Test
    void badInputGetsClearJsonErrorsAndStoresNothing() throws IOException {
        long before = admin.get("api/search").json().get("total").asLong();

        Api.Answer text = admin.upload("notes.jpg", "just some text, not an image".getBytes(), null, null);
        assertEquals(422, text.status(), text.body());
        assertTrue(text.json().get("message").asText().contains("image"), text.body());

        byte[] photo = Files.readAllBytes(TestImages.photo("rocket.jpg"));
        Api.Answer truncated = admin.upload("half.jpg", Arrays.copyOf(photo, photo.length / 2), null, null);
        assertEquals(422, truncated.status(), truncated.body());

        Api.Answer bomb = admin.upload("bomb.png", Bombs.pngHeaderClaiming(60_000, 60_000), null, null);
        assertEquals(413, bomb.status(), bomb.body());

        Api.Answer huge = admin.upload("huge.jpg", new byte[21_000_000], null, null);
        assertEquals(413, huge.status(), huge.body());

        assertEquals(before, admin.get("api/search").json().get("total").asLong(), "nothing was stored");

        Api.Answer missing = admin.get("api/assets/987654");
        assertEquals(404, missing.status());
        assertTrue(missing.json().get("message").asText().contains("987654"));
        assertEquals(404, admin.post("api/suggestions/987654/approve", null).status());

        long id = uploadOrFind("coffee.png");
        Api.Answer duplicate = admin.upload("coffee-again.png", Files.readAllBytes(TestImages.photo("coffee.png")), null, null);
        assertEquals(409, duplicate.status());
        assertEquals(id, duplicate.json().get("existingId").asLong());
    }

    @Test
    void everyEndpointNeedsTheRightLogin() {
        Api anonymous = admin.as(null, null);
        assertEquals(401, anonymous.get("api/search").status());
        assertEquals(401, admin.as("admin", "wrong-password").get("api/search").status());

        Api.Answer created = admin.post("api/users",
                "{\"username\":\"lena\",\"password\":\"lena-library-2026\",\"role\":\"LIBRARIAN\"}");
        assertTrue(created.status() == 201 || created.status() == 400, created.body());
        Api librarian = admin.as("lena", "lena-library-2026");
        assertEquals(200, librarian.get("api/search").status());
        Api.Answer forbidden = librarian.post("api/jobs/train-heads", null);
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals(403, librarian.get("api/users").status());
        assertNotNull(forbidden.json().get("message"));
    }

    private long uploadOrFind(String photo) throws IOException {
        return upload(photo, Files.readAllBytes(TestImages.photo(photo)));
    }

    private JsonNode trainHeads() {
        Api.Answer started = admin.post("api/jobs/train-heads?field=Subject", null);
        assertEquals(202, started.status(), started.body());
        JsonNode done = admin.await("api/jobs/executions/" + started.json().get("executionId").asLong(),
                a -> List.of("COMPLETED", "FAILED", "STOPPED").contains(a.json().get("status").asText()), Duration.ofMinutes(3)).json();
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        return done;
    }

    private void label(long assetId, String subject) {
        Api.Answer labelled = admin.put("api/assets/" + assetId + "/fields/Subject/" + subject);
        assertEquals(200, labelled.status(), labelled.body());
    }

    private long upload(String name, byte[] content) {
        Api.Answer answer = admin.upload(name, content, name, null);
        assertTrue(answer.status() == 201 || answer.status() == 409, answer.body());
        return answer.status() == 201 ? answer.json().get("id").asLong() : answer.json().get("existingId").asLong();
    }

    /** The central 80% of a photo: a different file of the same subject. */
    private static byte[] crop(String photo) throws IOException {
        BufferedImage image = ImageIO.read(TestImages.photo(photo).toFile());
        int w = image.getWidth();
        int h = image.getHeight();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image.getSubimage(w / 10, h / 10, w * 8 / 10, h * 8 / 10), "png", png);
        return png.toByteArray();
    }

    private JsonNode suggestionsFor(long assetId, String field) {
        JsonNode all = admin.await("api/assets/" + assetId, a -> a.json().get("suggestions").size() > 0, Duration.ofSeconds(60))
                .json().get("suggestions");
        return Api.JSON.valueToTree(StreamSupport.stream(all.spliterator(), false)
                .filter(s -> s.get("field").asText().equals(field)).toList());
    }

    private static List<Long> ids(JsonNode hits) {
        return StreamSupport.stream(hits.get("assets").spliterator(), false).map(a -> a.get("id").asLong()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
