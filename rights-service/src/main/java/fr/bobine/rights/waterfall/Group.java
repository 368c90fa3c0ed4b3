package fr.bobine.rights.waterfall;

import java.util.List;

/** A pari passu or sequential group of positions; {@code next} receives what the members do not take. */
public record Group(String id, GroupMode mode, List<String> members, String next) {
}
