package dev.evergreen.render.view;

import java.util.List;

/** The archive's articles of one year, newest first. */
public record YearGroup(int year, List<ItemView> items) {
}
