package se.samverka.web;

import se.samverka.core.text.Texts;

/** The texts for templates, with fixed numbers of arguments (templates call methods by arity, not varargs). */
public final class PageTexts {
    private final Texts texts;

    PageTexts(Texts texts) {
        this.texts = texts;
    }

    public String get(String key) {
        return texts.get(key);
    }

    public String get(String key, Object a) {
        return texts.get(key, a);
    }

    public String get(String key, Object a, Object b) {
        return texts.get(key, a, b);
    }

    public String get(String key, Object a, Object b, Object c) {
        return texts.get(key, a, b, c);
    }
}
