package org.taxonomist.batch.monitor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionNodesTest {

    private static final Instant STARTED = Instant.parse("2026-12-06T10:00:00Z");
    private static final Optional<String> HERE = Optional.of("a");
    private static final Optional<String> THERE = Optional.of("b");

    @Test
    void thisServersExecutionWasCutOffIfItPredatesTheServersStart() {
        assertTrue(ExecutionNodes.cutOff(STARTED.minusSeconds(1), HERE, "a", STARTED, false), "killed, restarted");
        assertFalse(ExecutionNodes.cutOff(STARTED.plusSeconds(1), HERE, "a", STARTED, false), "running here now");
    }

    @Test
    void anotherServersExecutionWasCutOffOnlyIfThatServerStoppedBeating() {
        assertFalse(
                ExecutionNodes.cutOff(STARTED.minusSeconds(60), THERE, "a", STARTED, true),
                "runs on a live server, however old");
        assertTrue(ExecutionNodes.cutOff(STARTED.plusSeconds(60), THERE, "a", STARTED, false), "its server died");
    }

    @Test
    void anExecutionOfNoRecordedServerFollowsTheSingleServerRule() {
        assertTrue(ExecutionNodes.cutOff(STARTED.minusSeconds(1), Optional.empty(), "a", STARTED, false));
        assertFalse(ExecutionNodes.cutOff(STARTED.plusSeconds(1), Optional.empty(), "a", STARTED, false));
    }
}
