package org.leavenotify.adapter.mail;

import java.util.Optional;

import org.leavenotify.application.mail.port.out.MailAddressPort;
import org.leavenotify.application.mail.port.out.MailDeliveryPort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The e-mail adapter's beans; imported by the bootstrap application. It provides {@code MailDeliveryPort}:
 * through the SMTP server of {@code spring.mail.*} when Spring Boot made a mail sender for it (that is, when
 * {@code spring.mail.host} is set; Boot then also reports the server's health), otherwise into
 * {@code .eml} files under {@code leavenotify.mail.eml-directory}; and {@code MailAddressPort}: the username at
 * {@code leavenotify.mail.recipient-domain}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
public class MailAdapterConfiguration {

    @Bean
    MailDeliveryPort mailDelivery(ObjectProvider<JavaMailSender> smtp, MailProperties properties) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl server) {
            return new SmtpMailDelivery(server, properties.from(), properties.messageIdDomain());
        }
        return new EmlFileMailDelivery(properties.emlDirectory(), properties.from(), properties.messageIdDomain());
    }

    @Bean
    MailAddressPort mailAddresses(MailProperties properties) {
        return employee -> Optional.of(employee.username() + "@" + properties.recipientDomain());
    }
}
