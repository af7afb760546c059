package com.servicedesk.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * E-mail through the server's mail session {@code java:jboss/mail/ServiceDesk}, which the provisioning
 * CLI points at the bank's SMTP relay ({@code servicedesk.smtp.host}, {@code servicedesk.smtp.port}).
 * The letter goes as a PDF attachment; the Message-ID is the notification's own.
 */
@ApplicationScoped
public class MailGateway {

    /** How long a send may wait for the relay before the attempt counts as failed and is retried. */
    static final String TIMEOUT_MILLIS = "20000";

    @Resource(lookup = "java:jboss/mail/ServiceDesk")
    private Session session;

    public void send(Outgoing message) throws DeliveryException {
        try {
            session.getProperties().putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            session.getProperties().putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
            MimeMessage mail = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", message.messageId());
                }
            };
            mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.address(), message.recipientName(),
                    StandardCharsets.UTF_8.name()));
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mail.setSentDate(new Date());
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            if (message.attachment() != null) {
                MimeBodyPart pdf = new MimeBodyPart();
                pdf.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(message.attachment(),
                        "application/pdf")));
                pdf.setFileName(jakarta.mail.internet.MimeUtility.encodeText(message.attachmentName(),
                        StandardCharsets.UTF_8.name(), null));
                parts.addBodyPart(pdf);
            }
            mail.setContent(parts);
            Transport.send(mail);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryException("e-mail not accepted by the relay: " + e.getMessage(), e);
        }
    }
}
