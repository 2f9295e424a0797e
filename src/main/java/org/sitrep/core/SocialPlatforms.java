package org.sitrep.core;

import java.util.List;

/**
 * The social platforms news names as channels ("said on Telegram", "follow her on X", "his YouTube channel"). Page
 * furniture, statement settings and entity types each need to know them; they take the names from here rather than
 * each spelling out its own list, so a new platform is added once.
 */
public final class SocialPlatforms {
    /** The platforms' names as written in news, capitalised. */
    public static final List<String> NAMES = List.of("Twitter", "X", "Facebook", "Instagram", "YouTube", "Telegram",
            "TikTok", "WhatsApp", "Threads", "Bluesky", "Mastodon", "LinkedIn");

    private SocialPlatforms() {
    }

    /** True when {@code word} is one of {@link #NAMES}, as written (case-sensitive: "a telegram" is no platform). */
    public static boolean isOne(String word) {
        return NAMES.contains(word);
    }

    /** The names as a regular-expression alternation without a group ("Twitter|X|..."), for patterns that read them in context. */
    public static String alternation() {
        return String.join("|", NAMES);
    }
}
