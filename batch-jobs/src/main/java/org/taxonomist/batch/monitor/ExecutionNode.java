package org.taxonomist.batch.monitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The server that runs a job execution: only it can, since the batch runtime runs an execution where it started it. */
@Entity
@Table(name = "tx_job_node")
public class ExecutionNode {

    @Id
    private Long executionId;

    @Column(nullable = false, length = 64)
    private String nodeId;

    protected ExecutionNode() {}

    ExecutionNode(long executionId, String nodeId) {
        this.executionId = executionId;
        this.nodeId = nodeId;
    }

    public String getNodeId() {
        return nodeId;
    }
}
