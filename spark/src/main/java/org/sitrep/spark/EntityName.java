package org.sitrep.spark;

import java.io.Serializable;

/** What an article calls an entity: its canonical name and kind ({@code kind} null when unknown). */
record EntityName(String id, String name, String kind) implements Serializable {
}
