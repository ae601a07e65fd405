package io.leadflow.kernel;

import java.util.Set;

/**
 * Consumer mailbox providers. For a B2B seller an address at one of them says nothing about the company and is a
 * negative signal in scoring, so ingestion and scoring must agree on the list; nor does such a domain ever make an
 * account.
 */
public final class FreeMailDomains {

    private static final Set<String> DOMAINS = Set.of(
            "gmail.com",
            "googlemail.com",
            "yahoo.com",
            "yahoo.co.uk",
            "yahoo.fr",
            "yahoo.de",
            "ymail.com",
            "hotmail.com",
            "hotmail.co.uk",
            "hotmail.fr",
            "hotmail.de",
            "outlook.com",
            "live.com",
            "msn.com",
            "aol.com",
            "icloud.com",
            "me.com",
            "mac.com",
            "gmx.de",
            "gmx.net",
            "gmx.com",
            "web.de",
            "mail.com",
            "mail.ru",
            "yandex.ru",
            "yandex.com",
            "proton.me",
            "protonmail.com",
            "zoho.com",
            "qq.com",
            "163.com",
            "126.com",
            "free.fr",
            "orange.fr",
            "laposte.net",
            "libero.it",
            "t-online.de",
            "seznam.cz",
            "wp.pl",
            "o2.pl",
            "rediffmail.com",
            "fastmail.com",
            "tutanota.com",
            "hey.com");

    private FreeMailDomains() {}

    public static boolean contains(String domain) {
        return DOMAINS.contains(domain);
    }
}
