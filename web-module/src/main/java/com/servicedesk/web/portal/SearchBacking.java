package com.servicedesk.web.portal;

import com.servicedesk.search.SearchHit;
import com.servicedesk.search.SearchService;
import com.servicedesk.shared.BusinessException;
import com.servicedesk.shared.Page;
import com.servicedesk.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The search results page, reached from the header's search box: a lazily paged table of the hits. */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SearchService search;

    @Inject
    private Messages messages;

    private String query;
    private String type = "";

    private final LazyDataModel<SearchHit> model = PagedModel.of(this::search, hit -> hit.type() + "-" + hit.id());

    private Page<SearchHit> search(int page, int size) {
        if (query == null || query.isBlank()) {
            return new Page<>(List.of(), page, size, 0);
        }
        try {
            return search.search(query, type, new PageRequest(page, size));
        } catch (BusinessException e) {
            messages.refused(e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    /** The page that shows a hit. */
    public String page(SearchHit hit) {
        return switch (hit.type()) {
            case "complaint" -> "complaint.xhtml";
            case "service-request" -> "service-request.xhtml";
            default -> "application.xhtml";
        };
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? "" : type;
    }

    public LazyDataModel<SearchHit> getModel() {
        return model;
    }
}
