package com.servicedesk.events;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import io.netty.util.concurrent.FastThreadLocal;
import java.nio.file.Path;
import java.util.Set;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.persistence.impl.journal.OperationContextImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The message broker the domain events are published on: ActiveMQ Artemis, embedded in the server and
 * persistent (its journal in {@code broker/} under the data directory, so that a durable subscriber
 * misses nothing across a restart). The topic is the multicast address {@value #TOPIC}. In-VM clients
 * connect with {@link #connectionFactory()}; consumers outside the server connect over TCP when
 * {@code servicedesk.events.port} is set (bound to {@code servicedesk.events.host}, loopback unless
 * told otherwise), with the user and password {@code servicedesk.events.user} and
 * {@code servicedesk.events.password}.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventBroker {

    /** The topic's address, and its name for JMS clients. */
    public static final String TOPIC = "servicedesk.events";
    /** Where a message no subscriber could take ends up. */
    public static final String DEAD_LETTERS = "servicedesk.events.dead-letters";
    private static final Logger LOG = Logger.getLogger(EventBroker.class.getName());
    private static final String IN_VM = "vm://0";

    @Inject
    @ConfigProperty(name = "servicedesk.data.dir")
    private Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "servicedesk.events.host", defaultValue = "127.0.0.1")
    private String host;

    @Inject
    @ConfigProperty(name = "servicedesk.events.port")
    private Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "servicedesk.events.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "servicedesk.events.password")
    private Optional<String> password;

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory factory;

    @PostConstruct
    void start() {
        Path dir = Path.of(dataDir.orElseGet(() -> System.getProperty("jboss.server.data.dir", "."))).resolve("broker");
        Configuration config = new ConfigurationImpl()
                .setName("servicedesk")
                .setPersistenceEnabled(true)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .setJMXManagementEnabled(false)
                .setCriticalAnalyzer(false)
                .setSecurityEnabled(false)
                // each subscription is a queue of its own on the address; a durable one outlives the server
                .addAddressConfiguration(new CoreAddressConfiguration().setName(TOPIC).addRoutingType(RoutingType.MULTICAST))
                // a message a subscriber fails ten times, or one expired, is kept for a person to look at
                .addAddressConfiguration(new CoreAddressConfiguration().setName(DEAD_LETTERS).addRoutingType(RoutingType.ANYCAST)
                        .addQueueConfiguration(QueueConfiguration.of(DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST)))
                .addAddressSetting("#", new AddressSettings().setAutoDeleteQueues(false).setMaxDeliveryAttempts(10)
                        .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS)).setExpiryAddress(SimpleString.of(DEAD_LETTERS)));
        try {
            config.addAcceptorConfiguration("in-vm", IN_VM);
            broker = new EmbeddedActiveMQ();
            if (port.isPresent()) {
                if (user.isEmpty() || password.isEmpty()) {
                    throw new IllegalStateException("servicedesk.events.port is set: set servicedesk.events.user and"
                            + " servicedesk.events.password too, the TCP acceptor never runs without them");
                }
                config.setSecurityEnabled(true);
                config.addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port.get() + "?protocols=CORE,AMQP");
                broker.setSecurityManager(new OneAccount(user.get(), password.get()));
            }
            broker.setConfiguration(config).start();
        } catch (Exception e) {
            throw new IllegalStateException("the events broker did not start in " + dir, e);
        } finally {
            releaseThread();
        }
        factory = port.isPresent() ? new ActiveMQConnectionFactory(IN_VM, user.get(), password.get())
                : new ActiveMQConnectionFactory(IN_VM);
        LOG.info(() -> "events broker started, topic " + TOPIC + (port.isPresent() ? " also on tcp://" + host + ":" + port.get()
                : " (in-VM only)"));
    }

    /**
     * Stops the broker and the client's thread pools, which Artemis keeps in statics: left running, they
     * would hold this deployment's class loader, and every redeployment would leak a whole application.
     */
    @PreDestroy
    void stop() {
        try {
            factory.close();
            broker.stop();
        } catch (Exception e) {
            LOG.warning(() -> "the events broker did not stop cleanly: " + e);
        } finally {
            ActiveMQClient.clearThreadPools();
            InVMConnector.resetThreadPool();
            releaseThread();
        }
    }

    /**
     * Clears what Artemis leaves on the calling thread. In VM the broker's own code runs on its client's
     * thread and keeps an operation context in a thread-local there, and the Netty buffers it writes
     * messages into keep their per-thread caches in another; on one of the server's pooled threads
     * either would outlive this deployment and hold all its class loaders (measured: every old
     * deployment kept, with its libraries, on every redeployment). Whoever used the broker on a thread
     * that is not the broker's own calls this when done.
     */
    public static void releaseThread() {
        OperationContextImpl.clearContext();
        FastThreadLocal.removeAll();
    }

    /** A connection factory for clients in this server. */
    public ConnectionFactory connectionFactory() {
        return factory;
    }

    /** The one account of the broker's clients, the server's own included, once it listens on TCP. */
    private record OneAccount(String user, String password) implements ActiveMQSecurityManager {

        @Override
        public boolean validateUser(String name, String secret) {
            return user.equals(name) && password.equals(secret);
        }

        @Override
        public boolean validateUserAndRole(String name, String secret, Set<Role> roles, CheckType checkType) {
            return validateUser(name, secret);
        }
    }
}
