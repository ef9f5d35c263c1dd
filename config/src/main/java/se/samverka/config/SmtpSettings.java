package se.samverka.config;

import java.util.Objects;
import java.util.Optional;

/**
 * How to send e-mail (calendar invitations to members): present when {@code SMTP_HOST} is set.
 *
 * @param host     the SMTP server ({@code SMTP_HOST})
 * @param port     its port ({@code SMTP_PORT}, default 587)
 * @param user     the login, when the server wants one ({@code SMTP_USER})
 * @param password its password ({@code SMTP_PASSWORD})
 * @param from     the sender, e.g. samverka@region.se ({@code SMTP_FROM})
 * @param security {@code starttls} (default), {@code ssl} or {@code none} ({@code SMTP_SECURITY})
 */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, String from, String security) {
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(security, "security");
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user.orElse("-") + ", from=" + from
                + ", security=" + security + ", password hidden]";
    }
}
