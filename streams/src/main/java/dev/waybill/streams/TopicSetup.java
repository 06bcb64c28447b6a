package dev.waybill.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Gets the topics ready before the topology starts: the brokers must answer within the wait, the
 * shipments topic must exist, and the topics written that are missing are created with its partition
 * count (the verdicts topic compacted), so that every output is partitioned as the input. When the
 * webhooks topic exists, the two routing topics are made ready too, and the one keyed by shipment id
 * must have the shipments topic's partition count.
 */
public final class TopicSetup {

    private TopicSetup() {
    }

    /**
     * What start-up found.
     *
     * @param partitions the partition count of the shipments topic
     * @param webhooks   true when the webhooks topic exists, so the topology is to read it
     */
    public record Ready(int partitions, boolean webhooks) {
    }

    /**
     * Checks the brokers and creates the missing topics, waiting until the brokers describe them.
     *
     * @throws IllegalStateException with a one-line reason: brokers not reached within {@code wait}, the
     *         shipments topic missing, a routing topic partitioned otherwise, a topic that could not be created
     */
    public static Ready ensure(Admin admin, Topics topics, Duration wait) {
        long ms = wait.toMillis();
        try {
            admin.describeCluster().nodes().get(ms, TimeUnit.MILLISECONDS);
            Set<String> existing = admin.listTopics().names().get(ms, TimeUnit.MILLISECONDS);
            if (!existing.contains(topics.shipments())) {
                throw new IllegalStateException("the input topic " + topics.shipments()
                        + " does not exist: create it with the partition count the work is to be split by");
            }
            int partitions = partitions(admin, topics.shipments(), ms);
            boolean webhooks = existing.contains(topics.webhooks());
            int pushed = webhooks && existing.contains(topics.pushed()) ? partitions(admin, topics.pushed(), ms)
                    : partitions;
            if (pushed != partitions) {
                throw new IllegalStateException("the topic " + topics.pushed() + " has " + pushed + " partitions and "
                        + topics.shipments() + " " + partitions + ": they must be partitioned alike; delete "
                        + topics.pushed() + " to have it made again");
            }
            List<String> wanted = new ArrayList<>(topics.written());
            if (webhooks) {
                wanted.addAll(topics.routing());
            }
            List<NewTopic> missing = new ArrayList<>();
            for (String name : wanted) {
                if (!existing.contains(name)) {
                    NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.empty());
                    if (name.equals(topics.verdicts())) {
                        topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(ms, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {   // another process made it meanwhile
                        throw e;
                    }
                }
                awaitDescribed(admin, missing.stream().map(NewTopic::name).toList(), System.nanoTime() + ms * 1_000_000L);
            }
            return new Ready(partitions, webhooks);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the brokers did not answer within " + wait.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the brokers refused: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the brokers", e);
        }
    }

    /**
     * Waits until the brokers describe {@code names}: a topic the controller has just created may not be
     * in the metadata a broker answers from yet (unknown topic), and the topology must not start before.
     */
    private static void awaitDescribed(Admin admin, List<String> names, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            try {
                admin.describeTopics(names).allTopicNames().get(left, TimeUnit.NANOSECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static int partitions(Admin admin, String topic, long ms)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(ms, TimeUnit.MILLISECONDS).get(topic)
                .partitions().size();
    }
}
