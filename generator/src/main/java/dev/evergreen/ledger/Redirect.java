package dev.evergreen.ledger;

import dev.evergreen.model.Alias;
import dev.evergreen.model.Item;

/** An old URL and the item readers arriving there are sent to. */
record Redirect(Alias alias, Item target) {

    String from() {
        return alias.url();
    }

    String to() {
        return target.url();
    }
}
