package com.servicedesk.web.portal;

import com.servicedesk.calendar.ArrangementProblem;
import com.servicedesk.calendar.ArrangementStatus;
import com.servicedesk.calendar.CalendarVersionView;
import com.servicedesk.calendar.DayKind;
import com.servicedesk.calendar.HolidayCalendarAdministration;
import com.servicedesk.calendar.HolidayNoticeParser;
import com.servicedesk.calendar.InvalidArrangementException;
import com.servicedesk.calendar.ProposedDay;
import com.servicedesk.shared.Role;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The holiday calendars: every year known; for administrators, a year's arrangement entered by hand
 * or pasted from the notice, proposed, and approved by a second administrator.
 */
@Named
@ViewScoped
public class HolidayCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the editor: text as typed, checked only when proposed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String date;
        private String kind = DayKind.OFF.name();
        private String name;
        private String nameEn;
        private boolean invalid;

        Row(ProposedDay day) {
            date = day.date();
            kind = day.kind();
            name = day.name();
            nameEn = day.nameEn();
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public boolean isInvalid() {
            return invalid;
        }

        ProposedDay day() {
            return new ProposedDay(date, kind, name, nameEn);
        }
    }

    @EJB
    private HolidayCalendarAdministration calendars;

    @Inject
    private TimeSource time;

    @Inject
    private UserSession session;

    @Inject
    private Messages messages;

    private Integer year;
    private List<CalendarVersionView> years = List.of();
    private List<CalendarVersionView> history = List.of();
    private String source;
    private LocalDate noticeDate;
    private String pasted;
    private List<Row> rows = new ArrayList<>();
    private List<String> unrecognised = List.of();
    private List<Timeline.Item> timeline = List.of();

    @PostConstruct
    void init() {
        years = calendars.versions();
    }

    /** After the view parameter: the year asked for, or the first year the bank still needs. */
    public void load() {
        if (year == null) {
            int next = time.today().getYear() + 1;
            year = years.stream().anyMatch(v -> v.year() == next && v.status() == ArrangementStatus.IN_FORCE)
                    ? next + 1 : next;
        }
        history = isAdmin() ? calendars.history(year)
                : calendars.inForce(year).map(List::of).orElse(List.of());
        timeline = isAdmin() ? Timeline.of(calendars.auditTrail(year)) : List.of();
        startEditor();
    }

    /** The editor starts from the proposal waiting, else from the version in force (a correction), else empty. */
    private void startEditor() {
        Optional<CalendarVersionView> start = pending().or(this::inForce);
        source = start.map(CalendarVersionView::source).orElse(null);
        noticeDate = start.map(CalendarVersionView::noticeDate).orElse(null);
        rows = new ArrayList<>(start.map(v -> v.days().stream()
                .map(d -> new Row(new ProposedDay(d.date().toString(), d.kind().name(), d.name(), d.nameEn())))
                .toList()).orElse(List.of()));
        unrecognised = List.of();
    }

    /** Opens the year chosen in the picker as its own address, so that it can be bookmarked and reloaded. */
    public String openYear() {
        return "/holiday-calendars?faces-redirect=true&year=" + year;
    }

    public void parse() {
        HolidayNoticeParser.Parsed parsed = HolidayNoticeParser.parse(year, pasted);
        rows = new ArrayList<>(parsed.days().stream().sorted(Comparator.comparing(ProposedDay::date))
                .map(Row::new).toList());
        unrecognised = parsed.unrecognised();
        if (rows.isEmpty()) {
            messages.error("calendar.nothingRead");
        } else {
            messages.info("calendar.read", String.valueOf(rows.size()));
        }
    }

    public void addRow() {
        rows.add(new Row(new ProposedDay(year + "-", DayKind.OFF.name(), "", null)));
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public void propose() {
        rows.forEach(r -> r.invalid = false);
        try {
            HolidayCalendarAdministration.Proposal proposal = calendars.propose(year, source, noticeDate,
                    rows.stream().map(Row::day).toList());
            messages.info("calendar.proposed", String.valueOf(year), String.valueOf(proposal.version().version()));
            refresh();
        } catch (InvalidArrangementException e) {
            for (ArrangementProblem problem : e.problems()) {
                if (problem.index() >= 0 && problem.index() < rows.size()) {
                    rows.get(problem.index()).invalid = true;
                }
                String detail = problem.rule() == ArrangementProblem.Rule.WORKING_ON_WEEKDAY
                        ? messages.text("weekday." + LocalDate.parse(problem.date()).getDayOfWeek())
                        : problem.detail() == null ? "" : problem.detail();
                messages.error("calendar.rule." + problem.rule().name(), String.valueOf(problem.index() + 1),
                        problem.date(), detail);
            }
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void approve() {
        CalendarVersionView approved = calendars.approve(year);
        messages.info("calendar.approved", String.valueOf(year), String.valueOf(approved.version()),
                String.valueOf(approved.recomputedCases()));
        refresh();
    }

    public void withdraw() {
        calendars.withdraw(year, messages.text("calendar.withdrawnReason", session.getCaller().username()));
        messages.info("calendar.withdrawn");
        refresh();
    }

    private void refresh() {
        years = calendars.versions();
        load();
    }

    public Optional<CalendarVersionView> pending() {
        return history.stream().filter(v -> v.status() == ArrangementStatus.PROPOSED).findFirst();
    }

    public Optional<CalendarVersionView> inForce() {
        return history.stream().filter(v -> v.status() == ArrangementStatus.IN_FORCE).findFirst();
    }

    public CalendarVersionView getPending() {
        return pending().orElse(null);
    }

    public CalendarVersionView getInForce() {
        return inForce().orElse(null);
    }

    /** Versions no longer used: superseded or withdrawn. */
    public List<CalendarVersionView> getEarlier() {
        return history.stream().filter(v -> v.status() == ArrangementStatus.SUPERSEDED
                || v.status() == ArrangementStatus.WITHDRAWN).toList();
    }

    /** Whether the signed-in administrator may approve the waiting proposal (someone else proposed it). */
    public boolean isMayApprove() {
        return isAdmin() && pending().map(p -> !p.proposedBy().equals(session.getCaller().username())).orElse(false);
    }

    /** The dates a proposal changes against the version in force: new, removed, or of another kind. */
    public Set<LocalDate> getChangedDates() {
        Map<LocalDate, DayKind> current = new HashMap<>();
        inForce().ifPresent(v -> v.days().forEach(d -> current.put(d.date(), d.kind())));
        Set<LocalDate> changed = new HashSet<>();
        pending().ifPresent(p -> {
            Set<LocalDate> proposed = new HashSet<>();
            p.days().forEach(d -> {
                proposed.add(d.date());
                if (current.get(d.date()) != d.kind()) {
                    changed.add(d.date());
                }
            });
            current.keySet().stream().filter(d -> !proposed.contains(d)).forEach(changed::add);
        });
        return inForce().isPresent() ? changed : Set.of();
    }

    public String dayName(CalendarVersionView.Day day) {
        return session.isEnglish() ? day.nameEn() : day.name();
    }

    public boolean isAdmin() {
        return session.hasRole(Role.ADMIN.name());
    }

    public List<String> getKinds() {
        return List.of(DayKind.OFF.name(), DayKind.WORKING.name());
    }

    public List<CalendarVersionView> getYears() {
        return years;
    }

    public List<CalendarVersionView> getHistory() {
        return history;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getNoticeDate() {
        return noticeDate;
    }

    public void setNoticeDate(LocalDate noticeDate) {
        this.noticeDate = noticeDate;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Timeline.Item> getTimeline() {
        return timeline;
    }

    public List<String> getUnrecognised() {
        return unrecognised;
    }
}
