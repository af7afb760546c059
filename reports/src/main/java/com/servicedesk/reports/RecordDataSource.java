package com.servicedesk.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/** Rows given as Java records: a template's field {@code $F{name}} reads the component {@code name()}. */
final class RecordDataSource implements JRRewindableDataSource {

    private final List<? extends Record> rows;
    private final Map<String, Method> accessors = new HashMap<>();
    private Iterator<? extends Record> iterator;
    private Record current;

    RecordDataSource(List<? extends Record> rows) {
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
            return accessor.invoke(current);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("cannot read " + field.getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
    }
}
