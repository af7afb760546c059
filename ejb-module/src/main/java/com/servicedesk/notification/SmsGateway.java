package com.servicedesk.notification;

import com.servicedesk.shared.JsonSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * SMS through the bank's gateway: a JSON {@code POST} of {@code {"to", "text", "reference"}} to
 * {@code servicedesk.sms.url}, with {@code Authorization: Bearer servicedesk.sms.token} when one is set.
 * Any 2xx answer is a delivery; a provider with another interface plugs in behind that URL. The
 * reference is the notification's, the same on every attempt, so that a provider can drop a repeat.
 */
@ApplicationScoped
public class SmsGateway {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    @ConfigProperty(name = "servicedesk.sms.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "servicedesk.sms.token")
    private Optional<String> token;

    public void send(Outgoing message) throws DeliveryException {
        String target = url.filter(u -> !u.isBlank()).orElseThrow(() ->
                new DeliveryException("no SMS gateway is configured (servicedesk.sms.url)"));
        String json = JsonSupport.JSON.createObjectBuilder().add("to", message.address()).add("text", message.body())
                .add("reference", message.messageId()).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        token.filter(t -> !t.isBlank()).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<Void> answer = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw new DeliveryException("the SMS gateway answered " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new DeliveryException("the SMS gateway could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while sending an SMS", e);
        }
    }
}
