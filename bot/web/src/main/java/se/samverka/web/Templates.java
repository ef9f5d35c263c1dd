package se.samverka.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/** The Pebble engine of the pages: templates from web/templates/*.peb, autoescaped, every variable required. */
final class Templates {
    static final String FOLDER = "web/templates/";

    private Templates() {}

    static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(FOLDER);
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).build();
    }
}
