package io.transcheck.job;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An ActiveMQ Artemis broker inside transcheck ({@code --role=broker}): for tests and small
 * installations that have no broker of their own. Messages are kept in memory; a lost message is
 * not lost work, since a restarted run re-sends the partitions that did not complete.
 */
public final class Broker implements AutoCloseable {
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    public Broker(String host, int port) throws Exception {
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJournalDirectory("target/artemis/journal")
                .addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port);
        server.setConfiguration(config);
        server.start();
    }

    @Override public void close() throws Exception {
        server.stop();
    }
}
