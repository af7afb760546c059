package com.servicedesk.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Rows given as Java records: a template's field {@code $F{name}} reads the component {@code name()}.
 * A field the template types as {@link java.util.Date} takes an {@link Instant}, or a {@link LocalDate}
 * at the start of its day in the bank's zone, so that the template's own pattern formats it. Templates
 * use it for their subreports' rows too: {@code new com.servicedesk.reports.RecordDataSource($P{Reviews})}.
 */
public final class RecordDataSource implements JRRewindableDataSource {

    private final List<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private Iterator<? extends Record> iterator;
    private Record current;

    public RecordDataSource(List<? extends Record> rows) {
        this.rows = rows;
        this.iterator = rows.iterator();
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            return false;
        }
        current = iterator.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors.computeIfAbsent(field.getName(), name -> {
            for (RecordComponent c : current.getClass().getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c.getAccessor();
                }
            }
            return null;
        });
        if (accessor == null) {
            throw new JRException("no component '" + field.getName() + "' in " + current.getClass().getSimpleName());
        }
        try {
            Object value = accessor.invoke(current);
            if (Date.class.equals(field.getValueClass())) {
                return date(value);
            }
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("cannot read " + field.getName(), e);
        }
    }

    /** An instant or a day as the {@link Date} JasperReports formats; null stays null. */
    public static Date date(Object value) {
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof LocalDate day) {
            return Date.from(day.atStartOfDay(Reports.ZONE).toInstant());
        }
        return (Date) value;
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
    }
}
