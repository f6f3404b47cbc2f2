/**
 * What templates see. These records are public only because FreeMarker reads template values through
 * public accessors; the render stage builds them, nothing else should. Strings are never {@code null}
 * (absent text is {@code ""}); absent objects are {@code null}, which templates test with {@code ??}.
 */
package dev.evergreen.render.view;
