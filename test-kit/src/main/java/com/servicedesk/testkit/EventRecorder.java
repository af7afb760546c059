package com.servicedesk.testkit;

import com.servicedesk.events.EventBroker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/**
 * A consumer of the domain events' topic as a bank's integration would write one: a durable
 * subscription (it misses nothing while the server restarts) whose messages are kept with their
 * properties in {@link ReceivedEvents}, for the tests to read at {@code /test-support/events}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRecorder {

    @EJB
    private EventBroker broker;

    @Inject
    private ReceivedEvents received;

    private JMSContext jms;

    @PostConstruct
    void subscribe() {
        jms = broker.connectionFactory().createContext(JMSContext.AUTO_ACKNOWLEDGE);
        jms.setClientID("servicedesk-test-kit");
        JMSConsumer consumer = jms.createDurableConsumer(jms.createTopic(EventBroker.TOPIC), "test-kit-events");
        consumer.setMessageListener(this::keep);
        jms.start();
        EventBroker.releaseThread();
    }

    @PreDestroy
    void close() {
        jms.close();
        EventBroker.releaseThread();
    }

    private void keep(Message message) {
        try {
            received.add(new ReceivedEvents.Received(message.getStringProperty("eventId"),
                    message.getStringProperty("eventType"), message.getIntProperty("eventVersion"),
                    message.getStringProperty("aggregateType"), message.getStringProperty("aggregateReference"),
                    message.getLongProperty("aggregateVersion"), ((TextMessage) message).getText()));
        } catch (JMSException e) {
            throw new IllegalStateException("an event message could not be read", e);
        }
    }
}
