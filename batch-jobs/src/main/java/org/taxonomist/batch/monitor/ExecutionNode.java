package org.taxonomist.batch.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The server that runs a job execution: only it can, since the batch runtime runs an execution where it started it;
 * and whether an admin on another server asked it to stop.
 */
@Entity
@Table(name = "tx_job_node")
public class ExecutionNode {

    @Id
    private Long executionId;

    @Column(nullable = false, length = 64)
    private String nodeId;

    private boolean stopRequested;

    protected ExecutionNode() {}

    ExecutionNode(long executionId, String nodeId) {
        this.executionId = executionId;
        this.nodeId = nodeId;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getNodeId() {
        return nodeId;
    }

    void requestStop(boolean requested) {
        stopRequested = requested;
    }
}
