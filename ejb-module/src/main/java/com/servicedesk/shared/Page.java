package com.servicedesk.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a longer list, with the total the list would have unpaged. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Without the items. JSON-B (Yasson) keeps every object it is writing in a hash set to detect
     * cycles, so a page and each of its records are hashed as they are written; a record's generated
     * hash visits every field, and hashing a page of fifty records field by field cost a third of a
     * work-queue request. Equal pages still hash equally. The list records hash by id for the same
     * reason.
     */
    @Override
    public int hashCode() {
        return Objects.hash(page, size, total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
