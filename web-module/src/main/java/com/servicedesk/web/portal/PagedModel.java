package com.servicedesk.web.portal;

import com.servicedesk.shared.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table the service pages: PrimeFaces asks for a page (and the column it is sorted by), and the
 * service's {@link Page} answers with the rows and the total. The sources are serializable, since
 * the model lives in the view's state.
 */
final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A page of a list sorted by a column the table names (null: the list's own order). */
    @FunctionalInterface
    interface SortedSource<T> extends Serializable {
        Page<T> page(int page, int size, String sortField, boolean ascending);
    }

    /** A page of a list in its own order. */
    @FunctionalInterface
    interface Source<T> extends Serializable {
        Page<T> page(int page, int size);
    }

    /** What tells one row from the others, for selection. */
    @FunctionalInterface
    interface RowKey<T> extends Serializable {
        String of(T row);
    }

    private final SortedSource<T> source;
    private final RowKey<T> rowKey;

    private PagedModel(SortedSource<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    static <T> PagedModel<T> sorted(SortedSource<T> source, RowKey<T> rowKey) {
        return new PagedModel<>(source, rowKey);
    }

    static <T> PagedModel<T> of(Source<T> source, RowKey<T> rowKey) {
        return new PagedModel<>((page, size, sortField, ascending) -> source.page(page, size), rowKey);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) source.page(0, 1, null, false).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta order = sort == null ? null : sort.values().stream().findFirst().orElse(null);
        Page<T> page = source.page(first / pageSize, pageSize, order == null ? null : order.getField(),
                order != null && order.getOrder() == SortOrder.ASCENDING);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.of(row);
    }

    /** A ticked row, found among those of the page shown (a selection is of the rows on the page). */
    @Override
    public T getRowData(String key) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> rowKey.of(r).equals(key)).findFirst().orElse(null);
    }
}
