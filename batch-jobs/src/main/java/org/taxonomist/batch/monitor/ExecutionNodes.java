package org.taxonomist.batch.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.taxonomist.cluster.ServerNodes;

/**
 * Which server runs each job execution, and whether one the repository calls running was cut off: its server died
 * (another server's, whose heartbeat stopped) or restarted since (this server's, created before it started). Such an
 * execution is reported as failed, and any server can restart it from its last checkpoint.
 */
@ApplicationScoped
public class ExecutionNodes {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServerNodes nodes;

    /** This server runs the execution (it has just started or restarted it). */
    @Transactional
    public void ranHere(long executionId) {
        em.merge(new ExecutionNode(executionId, nodes.self()));
    }

    /** The server that runs the execution, where recorded (not for executions from before servers were recorded). */
    @Transactional
    public Optional<String> owner(long executionId) {
        return Optional.ofNullable(em.find(ExecutionNode.class, executionId)).map(ExecutionNode::getNodeId);
    }

    /** Asks the server that runs the execution to stop it: it looks every second ({@link #takeStopRequests}). */
    @Transactional
    public void requestStop(long executionId) {
        em.find(ExecutionNode.class, executionId).requestStop(true);
    }

    /** The executions this server runs that an admin on another server asked to stop; the requests are taken. */
    @Transactional
    public List<Long> takeStopRequests() {
        List<ExecutionNode> asked = em.createQuery(
                        "select n from ExecutionNode n where n.nodeId = :self and n.stopRequested = true",
                        ExecutionNode.class)
                .setParameter("self", nodes.self())
                .getResultList();
        asked.forEach(node -> node.requestStop(false));
        return asked.stream().map(ExecutionNode::getExecutionId).toList();
    }

    @Transactional
    boolean cutOff(long executionId, Instant createdAt) {
        Optional<String> owner =
                Optional.ofNullable(em.find(ExecutionNode.class, executionId)).map(ExecutionNode::getNodeId);
        String self = nodes.self();
        return cutOff(
                createdAt,
                owner,
                self,
                ServerNodes.STARTED,
                owner.filter(o -> !o.equals(self)).map(nodes::alive).orElse(false));
    }

    /**
     * The rule: an execution of this server's (or of no recorded server: started before servers were recorded) was
     * cut off if created before this server started; another server's, if that server is no longer alive.
     */
    static boolean cutOff(
            Instant createdAt, Optional<String> owner, String self, Instant selfStarted, boolean ownerAlive) {
        if (owner.isEmpty() || owner.get().equals(self)) {
            return createdAt.isBefore(selfStarted);
        }
        return !ownerAlive;
    }
}
