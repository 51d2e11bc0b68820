package org.taxonomist.models.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the command-line tools accept, and how they word a command line they refuse. */
class OptionsTest {

    private static final List<String> TAKEN = List.of("manifest", "bags");

    @Test
    void readsNamedValuesInEitherForm() {
        Options options = new Options(List.of("--manifest", "m.csv", "--bags=7"), TAKEN);
        assertEquals(Path.of("m.csv"), options.path("manifest"));
        assertEquals(7, options.number("bags", 3));
    }

    @Test
    void fallsBackWhereAnOptionIsLeftOut() {
        Options options = new Options(List.of(), TAKEN);
        assertEquals(3, options.number("bags", 3));
        assertEquals("nsfwjs:mobilenet_v2", options.text("manifest", "nsfwjs:mobilenet_v2"));
        assertEquals(
                "--manifest is required",
                assertThrows(Options.UsageException.class, () -> options.required("manifest"))
                        .getMessage());
    }

    @Test
    void refusesWhatTheCommandDoesNotTakeNamingWhatItDoes() {
        String unknown = assertThrows(Options.UsageException.class, () -> new Options(List.of("--folds", "5"), TAKEN))
                .getMessage();
        assertTrue(unknown.contains("--folds") && unknown.endsWith("options: --manifest, --bags"), unknown);
        String valueless = assertThrows(Options.UsageException.class, () -> new Options(List.of("--manifest"), TAKEN))
                .getMessage();
        assertTrue(valueless.contains("--manifest"), valueless);
        assertThrows(Options.UsageException.class, () -> new Options(List.of("--bags", "1", "--bags", "2"), TAKEN));
        assertThrows(Options.UsageException.class, () -> new Options(List.of("stray"), TAKEN));
    }

    @Test
    void aNumberMustBeWhole() {
        Options options = new Options(List.of("--bags", "many"), TAKEN);
        assertEquals(
                "--bags must be a whole number, not many",
                assertThrows(Options.UsageException.class, () -> options.number("bags", 3))
                        .getMessage());
    }
}
